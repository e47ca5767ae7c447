"""Inline codes (tags) as numbered placeholders, and the markup kept beside them.

Memories and CAT files carry inline codes: a bold run, a line break, a
footnote reference with its text. Our segments are plain text, so each code
becomes a placeholder between the brackets U+27E6/U+27E7, which prose never
uses, numbered in source order:

=================  ============================================
placeholder        meaning
=================  ============================================
``⟦1⟧``            the opening half of pair 1 (`bpt`, `g`, `pc`, `hi` ...)
``⟦/1⟧``           the closing half of pair 1 (`ept`, `</g>`, `ec` ...)
``⟦2/⟧``           a code standing alone (`ph`, `x`, `it`, `ut` ...)
=================  ============================================

The markup each placeholder stands for (element, attributes, native code,
`sub` content) is kept whole in an `InlineCodes` value beside the text, so
an export writes back exactly what was read for every placeholder the
translator kept. Numbers, not element names, identify a code: a target that
reorders two `ph` keeps which is which, and a target code gets the number of
the source code it matches (same pairing id, or else the same markup).

Fuzzy matching and the number check read the text with the placeholders
taken out (`strip_tags`, `mask_tags`), so a unit that differs from a segment
only in its tags is a 100% match and `⟦12⟧` is no number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

TagKind = Literal["open", "close", "standalone"]

TAG_RE = re.compile(r"⟦(/?)([1-9][0-9]{0,5})(/?)⟧")
"""One placeholder; a token with both slashes is not one (see `find_tags`)."""


@dataclass(frozen=True, slots=True)
class Tag:
    """One placeholder found in a text."""

    kind: TagKind
    number: int
    start: int
    """Offset of `⟦` in the text."""
    end: int
    """Offset just after `⟧`."""

    @property
    def token(self) -> str:
        return token(self.kind, self.number)


def token(kind: TagKind, number: int) -> str:
    """The placeholder text of a code: `⟦1⟧`, `⟦/1⟧` or `⟦1/⟧`."""
    if kind == "open":
        return f"⟦{number}⟧"
    if kind == "close":
        return f"⟦/{number}⟧"
    return f"⟦{number}/⟧"


def find_tags(text: str) -> list[Tag]:
    """Every placeholder in `text`, in order."""
    if "⟦" not in text:
        return []
    tags = []
    for match in TAG_RE.finditer(text):
        closing, number, alone = match.group(1), int(match.group(2)), match.group(3)
        if closing and alone:
            continue
        kind: TagKind = "close" if closing else "standalone" if alone else "open"
        tags.append(Tag(kind, number, match.start(), match.end()))
    return tags


def strip_tags(text: str) -> str:
    """`text` without its placeholders: what fuzzy matching compares."""
    if "⟦" not in text:
        return text
    return TAG_RE.sub(lambda m: m.group(0) if m.group(1) and m.group(3) else "", text)


def mask_tags(text: str) -> str:
    """`text` with each placeholder blanked to spaces of the same length.

    Offsets stay valid, so a check that reads the masked text can still point
    into the real one; `⟦12⟧` no longer looks like the number 12.
    """
    if "⟦" not in text:
        return text
    return TAG_RE.sub(lambda m: m.group(0) if m.group(1) and m.group(3) else " " * len(m.group(0)), text)


@dataclass(frozen=True, slots=True)
class TagDifference:
    """How the target's placeholders differ from the source's."""

    missing: tuple[Tag, ...] = ()
    """Source placeholders the target lacks."""
    extra: tuple[Tag, ...] = ()
    """Target placeholders the source lacks (or has fewer of)."""
    reordered: tuple[Tag, ...] = ()
    """Target placeholders present on both sides but in another order.

    Only placeholders that would have to move are listed; a pair whose
    closing half comes before its opening half is always reported here.
    """

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra or self.reordered)


def compare_tags(source: str, target: str) -> TagDifference:
    """Missing, extra and reordered placeholders of `target` against `source`.

    Reordering is measured against the longest common subsequence of the two
    token sequences: what lies outside it moved. Word order differs between
    languages, so a moved standalone code can be right; the check that uses
    this reports it as a warning, not an error.
    """
    src, tgt = find_tags(source), find_tags(target)
    if not src and not tgt:
        return TagDifference()
    remaining: dict[str, int] = {}
    for tag in src:
        remaining[tag.token] = remaining.get(tag.token, 0) + 1
    shared: list[Tag] = []
    extra: list[Tag] = []
    for tag in tgt:
        if remaining.get(tag.token, 0) > 0:
            remaining[tag.token] -= 1
            shared.append(tag)
        else:
            extra.append(tag)
    missing_left = dict(remaining)
    missing: list[Tag] = []
    for tag in reversed(src):
        if missing_left.get(tag.token, 0) > 0:
            missing_left[tag.token] -= 1
            missing.append(tag)
    missing.reverse()
    missing_ids = {id(t) for t in missing}
    src_kept = [t.token for t in src if id(t) not in missing_ids]
    kept_in_lcs = _lcs_members([t.token for t in shared], src_kept)
    reordered = [tag for i, tag in enumerate(shared) if i not in kept_in_lcs]
    reordered_ids = {id(t) for t in reordered}
    opened: set[int] = set()
    for tag in tgt:  # a closing half before its opening half is wrong in any language
        if tag.kind == "open":
            opened.add(tag.number)
        elif (
            tag.kind == "close"
            and tag.number not in opened
            and id(tag) not in reordered_ids
            and any(t.kind == "open" and t.number == tag.number for t in tgt)
        ):
            reordered.append(tag)
            reordered_ids.add(id(tag))
    reordered.sort(key=lambda t: t.start)
    return TagDifference(tuple(missing), tuple(extra), tuple(reordered))


def _lcs_members(a: list[str], b: list[str]) -> set[int]:
    """Indices into `a` of one longest common subsequence of `a` and `b`."""
    if a == b:
        return set(range(len(a)))
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            rows[i][j] = rows[i + 1][j + 1] + 1 if a[i] == b[j] else max(rows[i + 1][j], rows[i][j + 1])
    members: set[int] = set()
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            members.add(i)
            i += 1
            j += 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            i += 1
        else:
            j += 1
    return members


def next_source_tag(source: str, target: str) -> str | None:
    """The first source placeholder the target does not have yet (the editor's insert key)."""
    have: dict[str, int] = {}
    for tag in find_tags(target):
        have[tag.token] = have.get(tag.token, 0) + 1
    for tag in find_tags(source):
        if have.get(tag.token, 0) > 0:
            have[tag.token] -= 1
        else:
            return tag.token
    return None


# -- the markup kept beside the placeholders ---------------------------------


@dataclass(frozen=True, slots=True)
class Code:
    """The markup one placeholder stands for, as it was in the file."""

    markup: str
    """Serialised XML: a whole element (`<bpt i="1">&lt;b&gt;</bpt>`), or for a
    wrapping element (`hi`, `g`, `pc`) its start tag or its end tag alone."""
    wraps: bool = False
    """True when `markup` is half of an element that encloses segment text, so it
    can be written only while both halves stand, properly nested."""


@dataclass(frozen=True, slots=True)
class InlineCodes:
    """The markup behind a segment's placeholders, per side, in one file vocabulary."""

    vocabulary: str
    """Whose markup this is: `tmx`, `xliff1` or `xliff2`. Another format writes
    its own generic codes instead of foreign markup."""
    source: Mapping[str, Code] = field(default_factory=dict)
    target: Mapping[str, Code] = field(default_factory=dict)

    def lookup(self, tok: str) -> Code | None:
        """A target placeholder's markup: the target's own, else the source's (inserted from it)."""
        return self.target.get(tok) or self.source.get(tok)

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": self.vocabulary,
                "s": {k: [c.markup, c.wraps] for k, c in self.source.items()},
                "t": {k: [c.markup, c.wraps] for k, c in self.target.items()},
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str | None) -> InlineCodes | None:
        if not data:
            return None
        raw = json.loads(data)
        return cls(
            vocabulary=raw["v"],
            source={k: Code(m, bool(w)) for k, (m, w) in raw.get("s", {}).items()},
            target={k: Code(m, bool(w)) for k, (m, w) in raw.get("t", {}).items()},
        )

    def __bool__(self) -> bool:
        return bool(self.source or self.target)


def render(
    text: str,
    lookup: Callable[[str], Code | None],
    generic: Callable[[Tag, bool], str],
    escape: Callable[[str], str],
) -> str:
    """Markup for `text`: escaped text, each placeholder replaced by its kept markup.

    A wrapping code is written only when both of its halves stand in `text`,
    properly nested (else the output would not be well-formed); any other
    placeholder without kept markup gets `generic(tag, paired)`, where
    `paired` says whether its other half is present and properly nested.
    """
    tags = find_tags(text)
    if not tags:
        return escape(text)
    nested = _nested_pairs(tags)
    out: list[str] = []
    position = 0
    for index, tag in enumerate(tags):
        out.append(escape(text[position : tag.start]))
        position = tag.end
        code = lookup(tag.token)
        paired = index in nested
        if code is not None and (not code.wraps or paired):
            out.append(code.markup)
        else:
            out.append(generic(tag, paired))
    out.append(escape(text[position:]))
    return "".join(out)


def _nested_pairs(tags: list[Tag]) -> set[int]:
    """Indices of open/close placeholders that form properly nested pairs."""
    stack: list[tuple[int, int]] = []
    paired: set[int] = set()
    for index, tag in enumerate(tags):
        if tag.kind == "open":
            stack.append((index, tag.number))
        elif tag.kind == "close" and any(number == tag.number for _, number in stack):
            while stack:
                opened, number = stack.pop()
                if number == tag.number:
                    paired.update((opened, index))
                    break
    return paired


Key = tuple[str, ...]


class Numbering:
    """Gives codes their numbers: source codes in order, target codes by their source twin.

    A code has one or more `keys`, most telling first: the pairing id a
    format gives (`i` of `bpt`/`ept`, `id` of `g` ...) or, when there is
    none, its markup, then its element and `type` (a footnote `ph` whose
    `sub` text was translated). A target code takes the number of the first
    unused source code sharing a key; one that matches none gets a new number
    after all the source's.
    """

    def __init__(self) -> None:
        self.next = 1
        self.waiting: dict[Key, list[int]] = {}
        self.used: set[int] = set()
        self.pair_numbers: dict[Key, int] = {}

    def source(self, keys: tuple[Key, ...], kind: TagKind, pair_key: Key | None = None) -> int:
        number = self._paired(kind, pair_key)
        for key in keys:
            self.waiting.setdefault(key, []).append(number)
        return number

    def target_side(self) -> None:
        """Switch to numbering the target: pairing ids start afresh."""
        self.pair_numbers = {}

    def target(self, keys: tuple[Key, ...], kind: TagKind, pair_key: Key | None = None) -> int:
        if kind == "close" and pair_key is not None and pair_key in self.pair_numbers:
            return self.pair_numbers.pop(pair_key)
        for key in keys:
            for number in self.waiting.get(key, ()):
                if number not in self.used:
                    self.used.add(number)
                    if kind == "open" and pair_key is not None:
                        self.pair_numbers[pair_key] = number
                    return number
        return self._paired(kind, pair_key)

    def _paired(self, kind: TagKind, pair_key: Key | None) -> int:
        if kind == "close" and pair_key is not None and pair_key in self.pair_numbers:
            return self.pair_numbers.pop(pair_key)
        number = self.next
        self.next += 1
        if kind == "open" and pair_key is not None:
            self.pair_numbers[pair_key] = number
        return number
