"""Typography of the translation: `punctuation-end`, `quote-style`, `whitespace`.

These look at the target text (the source is OCR output the editor does not
fix) except `punctuation-end`, which compares how both sides end.

Quote conventions are CLDR's delimiters for the target language (babel does
not ship them, so the few we need are listed here): Russian uses « » outside
and „ “ inside; English “ ” outside and ‘ ’ inside, and straight quotes are
acceptable in English but not in Russian. Russian typography puts a space on
both sides of an em dash, so " — " is never a whitespace problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from workbench.core.abbreviations import rules_for
from workbench.core.checks.base import CheckContext, CheckSpec, Finding, Span, register
from workbench.core.languages import base_language
from workbench.core.wording import N_, Wording, phrase, worded

SPECS = (
    CheckSpec(
        "punctuation-end",
        "warning",
        "Source and target end with different punctuation.",
    ),
    CheckSpec(
        "quote-style",
        "warning",
        "Quotation marks that do not follow the target language's convention.",
    ),
    CheckSpec(
        "whitespace",
        "info",
        "Double spaces, leading or trailing spaces, or a space before punctuation.",
    ),
)


@dataclass(frozen=True)
class QuoteStyle:
    """A language's quotation marks (CLDR delimiters)."""

    outer: tuple[str, str]
    inner: tuple[str, str]
    straight_ok: bool
    """Whether `"` and `'` are acceptable (plain-text English) or wrong (Russian)."""

    @property
    def marks(self) -> str:
        return "".join((*self.outer, *self.inner))


QUOTE_STYLES: dict[str, QuoteStyle] = {
    "ru": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "uk": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "be": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "de": QuoteStyle(("„", "“"), ("‚", "‘"), straight_ok=False),
    "fr": QuoteStyle(("«", "»"), ("«", "»"), straight_ok=False),
    "en": QuoteStyle(("“", "”"), ("‘", "’"), straight_ok=True),
}

_ALL_QUOTES = "«»„“”‘’‚‹›\"'"

# Terminal punctuation classes; closing quotes, brackets and footnote digits are looked through.
_END_CLASS = {".": ".", "…": "…", "?": "?", "!": "!", ":": ":", ";": ";", ",": ","}
_TRAILING = re.compile(r"[\s\"'»”’“)\]\u00b9\u00b2\u00b3\u2070-\u2079]+$")
_ABBREVIATION_TAIL = re.compile(r"(?:[^\W\d_]{1,6}\.\s?){1,3}$")
_FOOTNOTE_TAIL = re.compile(r"(?<=[^\W\d_][.!?…;:,»”\"')])[0-9]{1,3}$")
"""A footnote number after a word and its punctuation ("the state.12"), not "version 12.18"."""

_QUOTED = re.compile(r"([\"'“‘])([^\"'“”‘’„«»]{1,120}?)([\"'”’])")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LANGUAGES = {"ru", "uk", "be"}
_QUOTE_MARK = re.compile(f"[{re.escape(_ALL_QUOTES)}]")
_ANY_WHITESPACE_PROBLEM = re.compile(
    r"^\s|\s$|\S[ \u00a0]{2,}\S|\w[ \u00a0]+[,.;:!?)\]»](?:$|[\s,;:!?)\]»”\"])"
    r"|[^\W\d_]—[^\W\d_]"
)
"""One search that finds whether any whitespace rule could fire (most segments: none)."""
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=\w)[ \u00a0]+(?=[,.;:!?)\]»](?:$|[\s,;:!?)\]»”\"]))")
"""A space before a mark that closes a phrase; not before ".deb", "../file" or "..."."""
_TIGHT_DASH = re.compile(r"(?<=[^\W\d_])—(?=[^\W\d_])")


@register("typography", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    target_lang = base_language(ctx.target_lang)
    quotes = QUOTE_STYLES.get(target_lang)
    spaced_dash = target_lang in {"ru", "uk", "be"}
    source_abbr = rules_for(ctx.source_lang).abbreviations
    target_abbr = rules_for(ctx.target_lang).abbreviations
    for seg in ctx.segments:
        target = seg.target
        if not target.strip():
            continue
        if "punctuation-end" in checks:
            yield from _punctuation_end(seg.position, seg.source, target, source_abbr, target_abbr)
        if "quote-style" in checks and quotes is not None:
            yield from _quote_style(seg.position, target, quotes, target_lang, seg.source)
        if "whitespace" in checks and _ANY_WHITESPACE_PROBLEM.search(target):
            yield from _whitespace(seg.position, target, spaced_dash, seg.source)
    ctx.advance(len(ctx.segments))


def ending(text: str) -> tuple[str, Span] | None:
    """The terminal punctuation class of `text` and its span, or None when a word ends it.

    Closing quotes and brackets are looked through ("…identity." and
    «…идентичности». both end in a full stop); so is a footnote number after
    the punctuation ("the state.12"). "..." counts as "…".
    """
    stripped = _FOOTNOTE_TAIL.sub("", _TRAILING.sub("", text))
    stripped = _TRAILING.sub("", stripped)
    if not stripped:
        return None
    if stripped.endswith("..."):
        return "…", (len(stripped) - 3, len(stripped))
    last = stripped[-1]
    if last in _END_CLASS:
        return _END_CLASS[last], (len(stripped) - 1, len(stripped))
    return None


_END_NAMES = {
    ".": N_("a full stop"),
    "…": N_("an ellipsis"),
    "?": N_("a question mark"),
    "!": N_("an exclamation mark"),
    ":": N_("a colon"),
    ";": N_("a semicolon"),
    ",": N_("a comma"),
    None: N_("no punctuation"),
}


def _ends_with_abbreviation(text: str, abbreviations: Mapping[str, object]) -> bool:
    """Whether the final full stop belongs to an abbreviation ("и т. д.", "etc.", "1923 г.")."""
    tail = _ABBREVIATION_TAIL.search(_TRAILING.sub("", text))
    if tail is None:
        return False
    parts = tail.group().split()
    words = [w for part in parts for w in part.split(".") if w]
    for k in range(1, min(3, len(words)) + 1):
        key = ".".join(words[-k:]).casefold() + "."
        if key in abbreviations:
            return True
    return False


def _punctuation_end(
    position: int,
    source: str,
    target: str,
    source_abbr: Mapping[str, object],
    target_abbr: Mapping[str, object],
) -> Iterator[Finding]:
    last_source, last_target = source.rstrip()[-2:], target.rstrip()[-2:]
    if last_source[-1:] == last_target[-1:] and last_source[-1:] in ".?!;:," and "." not in (
        last_source[:1] + last_target[:1]
    ):
        return  # the common case: both end with the same mark, no ellipsis involved
    if not any(ch.isalpha() for ch in source):
        return
    src, tgt = ending(source), ending(target)
    src_class = src[0] if src else None
    tgt_class = tgt[0] if tgt else None
    if src_class == tgt_class:
        return
    # A stop that closes an abbreviation may stand for "no punctuation" too.
    if {src_class, tgt_class} == {".", None} and (
        (src_class == "." and _ends_with_abbreviation(source, source_abbr))
        or (tgt_class == "." and _ends_with_abbreviation(target, target_abbr))
    ):
        return
    yield Finding(
        position,
        "punctuation-end",
        "warning",
        **worded(N_("The source ends with {source_end} but the target with {target_end}."),
                 source_end=phrase(_END_NAMES[src_class]), target_end=phrase(_END_NAMES[tgt_class])),
        source_spans=(src[1],) if src else (),
        target_spans=(tgt[1],) if tgt else ((len(target.rstrip()) - 1, len(target.rstrip())),),
    )


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (O’Brien, don't) or after a plural s (workers’) is no quote."""
    if text[i] not in "'’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalpha() and after.isalpha():
        return True
    return text[i] in "'’" and before in "sS" and not after.isalnum() and _latin(before)


def _latin(ch: str) -> bool:
    return "a" <= ch.casefold() <= "z"


def _at_opening(text: str, i: int) -> bool:
    """A quotation mark opens when nothing but a space, a bracket or a dash stands before it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{-–—/" or text[i - 1] in _ALL_QUOTES


_LANGUAGE_NAMES = {"ru": N_("Russian"), "uk": N_("Ukrainian"), "be": N_("Belarusian"), "de": N_("German"),
                   "fr": N_("French"), "en": N_("English")}


def _copied_literals(target: str, source: str) -> set[int]:
    """Positions of quotation marks around text copied verbatim from the source.

    'Choices', "1.0", “All rights reserved”: an untranslated literal (a field
    name, a version, a licence phrase) keeps the source's quotation marks in
    technical translations, and flagging it teaches editors to ignore the check.
    Only text without a letter of the target's own script counts, so a
    translated phrase in "straight quotes" is still reported.
    """
    exempt: set[int] = set()
    for m in _QUOTED.finditer(target):
        inner = m.group(2).strip()
        if inner and inner in source and not _CYRILLIC.search(inner):
            exempt.update((m.start(), m.end() - 1))
    return exempt


def _quote_style(
    position: int, target: str, style: QuoteStyle, lang: str, source: str = ""
) -> Iterator[Finding]:
    """Walk the quotation marks with a nesting depth and report what breaks the convention.

    A closing mark with no opening in this segment is fine: a quotation may
    span several sentences, and so several segments.
    """
    exempt = _copied_literals(target, source) if source and lang in _CYRILLIC_LANGUAGES else set()
    straight: list[Span] = []
    foreign: list[Span] = []
    nested: list[Span] = []
    inner_outside: list[Span] = []
    depth = 0
    (outer_open, outer_close), (inner_open, inner_close) = style.outer, style.inner
    same_pair = style.outer == style.inner
    for mark in _QUOTE_MARK.finditer(target):
        i, ch = mark.start(), mark.group()
        if _is_apostrophe(target, i) or i in exempt:
            continue
        if ch in "\"'":
            if not style.straight_ok:
                straight.append((i, i + 1))
        elif ch == outer_open:
            if depth >= 1 and not same_pair:
                nested.append((i, i + 1))  # «…«…»…»: the inner pair should be „ “
            depth += 1
        elif ch == inner_open:
            if depth == 0:
                inner_outside.append((i, i + 1))
            depth += 1
        elif ch == outer_close or (ch == inner_close and not _at_opening(target, i)):
            depth = max(0, depth - 1)
        else:
            foreign.append((i, i + 1))  # “ opening a Russian quotation, ” anywhere, ‹ ›
    name = phrase(_LANGUAGE_NAMES[lang]) if lang in _LANGUAGE_NAMES else lang
    convention = phrase(N_("{outer_open} {outer_close} outside and {inner_open} {inner_close} inside"),
                        outer_open=outer_open, outer_close=outer_close, inner_open=inner_open,
                        inner_close=inner_close)
    if straight:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("Straight quotation marks in the translation; {language} uses {convention}."),
                     language=name, convention=convention),
            target_spans=tuple(straight),
        )
    if foreign:
        marks = " ".join(sorted({target[s] for s, _ in foreign}))
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("Quotation marks {marks} are not {language}; {language} uses {convention}."),
                     marks=marks, language=name, convention=convention),
            target_spans=tuple(foreign),
        )
    if inner_outside:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("{inner_open} {inner_close} are for a quotation inside another; "
                        "on their own {language} quotations take {outer_open} {outer_close}."),
                     inner_open=inner_open, inner_close=inner_close, language=name,
                     outer_open=outer_open, outer_close=outer_close),
            target_spans=tuple(inner_outside),
        )
    if nested:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("A quotation inside a quotation uses {outer_open} {outer_close} again; "
                        "the inner pair should be {inner_open} {inner_close}."),
                     outer_open=outer_open, outer_close=outer_close, inner_open=inner_open,
                     inner_close=inner_close),
            target_spans=tuple(nested),
        )


def _whitespace(
    position: int, target: str, spaced_dash: bool, source: str = ""
) -> Iterator[Finding]:
    """Spacing slips in the translation; a space before a mark the source also has is copied
    on purpose ("Ctrl+Alt+Del .", a breadcrumb "docs »")."""
    problems: list[tuple[Wording, Span]] = []
    lead = len(target) - len(target.lstrip())
    if lead:
        problems.append((phrase(N_("a space at the start")), (0, lead)))
    trail = len(target.rstrip())
    if trail < len(target):
        problems.append((phrase(N_("a space at the end")), (trail, len(target))))
    problems.extend((phrase(N_("a double space")), m.span()) for m in _DOUBLE_SPACE.finditer(target))
    problems.extend(
        (phrase(N_("a space before “{mark}”"), mark=target[m.end()]), m.span())
        for m in _SPACE_BEFORE.finditer(target)
        if f" {target[m.end()]}" not in source
    )
    if spaced_dash:
        problems.extend(
            (phrase(N_("an em dash without spaces (Russian puts a space on both sides)")), m.span())
            for m in _TIGHT_DASH.finditer(target)
        )
    if not problems:
        return
    kinds = tuple(dict.fromkeys(kind for kind, _ in problems))
    yield Finding(
        position,
        "whitespace",
        "info",
        **worded(N_("The translation has {problems}."), problems=kinds),
        target_spans=tuple(span for _, span in problems),
    )
