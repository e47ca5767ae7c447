"""Where a pattern matches the empty text in every text: a reading of the pattern, not of a text.

A rule's zero-width match says something only where the pattern asserts something about the
text there. `\\s*$` ("spaces, then the end") matches nothing at the end of every target, so a
forbidden `\\s*$` flagged every target (hardening, round 33); `^(?!\\p{Lu})` matches nothing at
a target's start only when the target does not start with a capital, and is sound. The text
alone cannot tell the two apart (both match at one place of it); the pattern's parse can: the
first reaches the end through parts that each may match nothing (`\\s*`) and an anchor (`$`),
the second passes a lookahead, which asserts.

The parse is the standard library's (`re._parser`, the one `re.compile` uses), read for its
structure only; what it cannot parse (the `regex` module's fuzzy matching, `(?|...)`, `\\L<name>`)
is read as asserting everywhere, so such a rule keeps every finding it had."""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # typeshed names it sre_constants only
import re._parser as sre_parse  # type: ignore[import-not-found]
from enum import Enum
from functools import cache
from typing import Any


class Place(Enum):
    """A place of every text where a pattern may match nothing whatever the text holds."""

    ANYWHERE = "anywhere"
    START = "start"
    END = "end"
    """`$`: the end, and before a final line break."""
    VERY_END = "very end"
    """`\\Z`: the end only."""
    LINE_START = "line start"
    """`^` under `(?m)`: the start, and after each line break."""
    LINE_END = "line end"
    """`$` under `(?m)`: the end, and before each line break."""


_WITHIN = {Place.START: {Place.LINE_START}, Place.END: {Place.LINE_END},
           Place.VERY_END: {Place.END, Place.LINE_END}}
"""The places each place is one of in every text: the text's start is a line's start, its end
(`$`, `\\Z`) a line's end."""


_REGEX_ONLY = re.compile(r"\\(?:[pP](?:\{[^}]*\}|\w)|[XmMG]|.)|\{[^{}]*\}", re.DOTALL)
"""An escape of the `regex` module that `re` does not read: a property (`\\p{Lu}`, `\\pL`), a
grapheme (`\\X`), a word's start or end (`\\m`, `\\M`), the search's start (`\\G`); any other
escape is left as written. And braces: a counted repeat (`{2,5}`) both read alike, but `re`
reads `{e<=1}` as text where `regex` matches fuzzily (`(?:x){e<=1}` matches nothing too)."""
_COUNTED = re.compile(r"\{\d*(?:,\d*)?\}")


class _Unreadable(Exception):
    """A part of the pattern `re` would read otherwise than `regex` does."""


def _as_re(pattern: str) -> str:
    """`pattern` written for `re`'s parser with the same structure: a property becomes a class of
    one character (`\\w`), an assertion of `regex`'s a word boundary (an assertion too)."""

    def readable(escape: re.Match[str]) -> str:
        text = escape.group()
        if text[0] == "{":
            if _COUNTED.fullmatch(text):
                return text
            raise _Unreadable(text)
        if text[1] in "pP" and len(text) > 2:
            return r"\w"
        if text[1] == "X":
            return "."
        if text[1] in "mMG":
            return r"\b"
        return text

    return _REGEX_ONLY.sub(readable, pattern)


@cache
def empty_places(pattern: str) -> frozenset[Place]:
    """The places of every text where `pattern` matches nothing whatever the text holds (none when
    it cannot be read)."""
    try:
        parsed = sre_parse.parse(_as_re(pattern), 0)
    except (_Unreadable, re.error, RecursionError, OverflowError, ValueError):
        return frozenset()
    return frozenset(_places(list(parsed), bool(parsed.state.flags & re.MULTILINE)))


def _places(items: list[tuple[Any, Any]], multiline: bool) -> set[Place]:
    """Where the sequence `items` matches nothing in any text: where each of its items does."""
    places = {Place.ANYWHERE}
    for op, value in items:
        places = _both(places, _item_places(op, value, multiline))
        if not places:
            break
    return places


def _item_places(op: Any, value: Any, multiline: bool) -> set[Place]:
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, body = value
        return {Place.ANYWHERE} if least == 0 else _places(list(body), multiline)
    if op == sre.SUBPATTERN:
        _, added, removed, body = value
        inner = (multiline or bool(added & re.MULTILINE)) and not removed & re.MULTILINE
        return _places(list(body), inner)
    if op == sre.ATOMIC_GROUP:
        return _places(list(value), multiline)
    if op == sre.BRANCH:
        return set().union(*(_places(list(branch), multiline) for branch in value[1]))
    if op == sre.AT:
        line = Place.LINE_START, Place.LINE_END
        start, end = line if multiline else (Place.START, Place.END)
        return {sre.AT_BEGINNING: {start}, sre.AT_BEGINNING_STRING: {Place.START},
                sre.AT_END: {end}, sre.AT_END_STRING: {Place.VERY_END}}.get(value, set())
    return set()  # a character, a class, a lookaround, a boundary, a back-reference


def _both(first: set[Place], second: set[Place]) -> set[Place]:
    """Where two parts in a row both match nothing: the narrower place where one is within the
    other. A start and an end meet only where a line (or the text) is empty, which says
    something (`(?m)^$`, a blank line; `^$`, a target left empty)."""
    both: set[Place] = set()
    for one in first:
        for other in second:
            if one is Place.ANYWHERE or one in _WITHIN.get(other, ()):
                both.add(other)
            elif other is Place.ANYWHERE or other is one or other in _WITHIN.get(one, ()):
                both.add(one)
    return both


def is_empty_place(places: frozenset[Place], text: str, at: int) -> bool:
    """Whether place `at` of `text` is one where the pattern of `places` matches nothing in any text."""
    if Place.ANYWHERE in places:
        return True
    if at == 0 and Place.START in places:
        return True
    if at == len(text) and places & {Place.END, Place.VERY_END, Place.LINE_END}:
        return True
    if Place.LINE_START in places and (at == 0 or text[at - 1] == "\n"):
        return True
    if Place.LINE_END in places and text[at:at + 1] == "\n":
        return True
    return Place.END in places and at == len(text) - 1 and text.endswith("\n")
