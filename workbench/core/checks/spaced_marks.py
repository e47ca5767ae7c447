"""Spaces a translation puts where a mark allows none (`whitespace`): inside Markdown emphasis,
inside a character reference, before a full-width mark, before an ellipsis that ends a word.

Each breaks something a reader sees. CommonMark opens emphasis only on a marker a space does not
follow and closes it only on one a space does not precede, so «** текст**» and «_Карта. _» print
their asterisks and underscores instead of bold or italic; «& amp;» is no reference and prints
as typed; Chinese, Japanese and Korean text takes no space before its full-width marks (the
mark's own width is the space), so «китайский ：» shows a gap twice as wide as any; and an
ellipsis, like a stop, stands against the word it ends («Адам…», not «Адам ...»). The source
tells what is markup: a rule fires only where the source uses the same marker, reference or
mark without the space, so a source that spaces them itself (a formula's "a * b", a menu's
"Open ...") leaves the translation alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import Span
from workbench.wording import N_, Wording, phrase

_HINT = re.compile(r"[ \u00a0*_&][ \u00a0，。：；！？、）」』】〉》….*_]")
"""What every rule's match holds: a space before a full-width mark, an ellipsis or an emphasis
marker, or a marker or an ampersand before a space. A character class first, which the regex
engine skips to in C (most targets hold none of these pairs)."""

_FULL_WIDTH_CLOSING = "，。：；！？、）」』】〉》"
"""Full-width marks that close: comma, stop, colon, semicolon, «!», «?», the enumeration comma,
closing brackets and corner quotes."""
_SPACE_BEFORE_FULL_WIDTH = re.compile(rf"(?<=\S)[ \u00a0]+(?=[{_FULL_WIDTH_CLOSING}])")

_SPACED_ENTITY = re.compile(r"&[ \u00a0]+(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
"""«Trench & amp; Company»: a character reference broken after its ampersand."""

_SPACE_BEFORE_WORD_ELLIPSIS = re.compile(r"(?<=[^\W\d_])[ \u00a0]+(?=(?:\.\.\.|…)[,;:!?)\]»”])")
"""«Л. Адам ..., под редакцией»: an ellipsis that ends a word (a comma or a bracket follows it)
set off by a space. One between words («от А ... до Я») may mark an omission, and one that ends
the text a quotation cut short («…по типу Constructor …»), and are left alone."""
_SPACE_BEFORE_ANY_ELLIPSIS = re.compile(r"[ \u00a0](?:\.\.\.|…)")
_SPACED_ELLIPSIS_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])[ \u00a0]+(?=(?:\.\.\.|…)[ \u00a0]+[^\W\d_])")
"""«сельской экономики ... из-за её»: an ellipsis between words set off from the word before it."""
_GLUED_ELLIPSIS_BETWEEN_WORDS = re.compile(r"[^\W\d_](?:\.\.\.|…)[ \u00a0]+[^\W\d_]")
"""The source's "rural economy... because of": an ellipsis glued to the word before it, a word after."""

_MARKER = r"(\*\*|\*|__|_)"
_OPENED_SPACED = re.compile(rf"(?<![^\s(\[«„“\"']){_MARKER}[ \u00a0]+(?=[^\W\d_])")
"""«_ Древняя карта», «** Важно**»: an emphasis marker at a word's start followed by a space."""
_CLOSED_SPACED = re.compile(rf"(?<=[^\s*_\\])[ \u00a0]+{_MARKER}(?=$|[\s.,;:!?)\]»”])")
"""«(Звездный каталог) _.», «Молестины: *»: a space before an emphasis marker that ends a word."""
_EMPHASIS = re.compile(rf"(?<![\w*\\]){_MARKER}(?=[^\s*_])[^\n]{{0,300}}?(?<=[^\s*_\\])\1(?![\w*])")
"""Emphasis as the source writes it: a marker against its first word, the same against its last,
a title's length at most (a line of markers none closes is otherwise read to its end from each)."""
_BULLET = re.compile(r"(?:^|\n)[ \t]*[*+-][ \t]")
_CODE = re.compile(r"(`+)[^`\n]+?\1(?!`)")


def may_have_spaced_marks(target: str) -> bool:
    """Whether `spaced_marks` may find something in `target` (never False when it would)."""
    return _HINT.search(target) is not None


def spaced_marks(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space of `target` inside emphasis or a reference, or before a full-width mark or a
    word's ellipsis, that the source writes without it."""
    yield from _full_width(target, source)
    if "&" in target:
        for m in _SPACED_ENTITY.finditer(target):
            name = f"&{m.group(1)};"
            if name in source:
                yield phrase(N_("a space inside “{name}”"), name=name), (m.start() + 1, m.start(1))
    if ("..." in target or "…" in target) and not _SPACE_BEFORE_ANY_ELLIPSIS.search(source):
        spaced = [*_SPACE_BEFORE_WORD_ELLIPSIS.finditer(target), *_spaced_ellipses_between_words(target, source)]
        for m in spaced:
            mark = "…" if target[m.end()] == "…" else "..."
            yield phrase(N_("a space before “{mark}”"), mark=mark), m.span()
    if ("*" in target or "_" in target) and ("*" in source or "_" in source):
        yield from _padded_emphasis(target, source)


def _spaced_ellipses_between_words(target: str, source: str) -> list[re.Match[str]]:
    """Each ellipsis between words spaced from the word before it (`_SPACED_ELLIPSIS_BETWEEN_WORDS`)
    where the source glues as many of its own between words to the word before: the quotation's
    omission, "economy... because", kept glued as Russian glues it («экономики… из-за»). One
    the source has no ellipsis for may mark an omission of the translator's («от А ... до Я»)."""
    spaced = list(_SPACED_ELLIPSIS_BETWEEN_WORDS.finditer(target))
    return spaced if spaced and len(spaced) <= len(_GLUED_ELLIPSIS_BETWEEN_WORDS.findall(source)) else []


def _full_width(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    for m in _SPACE_BEFORE_FULL_WIDTH.finditer(target):
        mark = target[m.end()]
        if re.search(rf"[ \u00a0]{mark}", source) is None:
            yield phrase(N_("a space before “{mark}”"), mark=mark), m.span()


def _padded_emphasis(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each emphasis marker of `target` padded on its inner side where the source's emphasis with
    the same marker is not: the source's "*Triangle:*" as «* Треугольник: *». A marker that opens
    a line is a list's bullet unless no line of the source is one."""
    source = _blank_code(source)
    used = {m.group(1) for m in _EMPHASIS.finditer(source)}
    if not used:
        return
    padded = ({m.group(1) for m in _OPENED_SPACED.finditer(source)}
              | {m.group(1) for m in _CLOSED_SPACED.finditer(source)})
    bullets = _BULLET.search(source) is not None
    target = _blank_code(target)
    closing = [m for m in _CLOSED_SPACED.finditer(target) if m.group(1) in used and m.group(1) not in padded]
    closers = {m.start(1) for m in closing}
    for m in _OPENED_SPACED.finditer(target):
        marker = m.group(1)
        if marker not in used or marker in padded or m.start(1) in closers:
            continue
        before = target[:m.start()].rstrip(" \t")
        if marker == "*" and bullets and (not before or before.endswith("\n")):
            continue
        yield phrase(N_("a space after “{mark}”"), mark=marker), (m.end(1), m.end())
    for m in closing:
        yield phrase(N_("a space before “{mark}”"), mark=m.group(1)), (m.start(), m.start(1))


def _blank_code(text: str) -> str:
    """`text` with its inline code spans blanked out to as many backquotes (their markers are
    code, not emphasis), so that offsets stay the text's own."""
    if "`" not in text:
        return text
    return _CODE.sub(lambda m: "`" * len(m.group()), text)
