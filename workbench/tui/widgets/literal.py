"""User text made safe to draw: shown literally, whatever it contains.

Segment text comes from OCR, old files and other tools: it can hold Rich or
Textual markup (`[bold]`, `[/]`), control characters, or a whole book on one
line. It is always wrapped in `rich.text.Text` (never parsed as markup), and
control characters are drawn as visible symbols so they can neither move the
terminal's cursor nor vanish from a reviewer's sight. A combining mark with no
letter to sit on (at the start, or after a space) is drawn as a dotted circle,
`◌`, the usual picture of one: the terminal put it on whatever cell came before,
a border or another widget's space, which no later redraw of this text cleared
(a segment of only accents left them on every segment shown after it; hardening,
round eleven).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex
from rich.style import Style
from rich.text import Text

from termbase import safetext

_LINE_BREAKS = re.compile(r"\r\n|[\n\r]")
_MARK_WITHOUT_BASE = regex.compile(r"(?<!\S)\p{M}")
"""`regex`, not `re`: `re` has no Unicode categories."""


def visible(text: str) -> str:
    """`text` with every control character (other than newline and tab) made visible, and a
    combining mark with no base drawn as `◌` (each character still one character)."""
    return bare_marks_shown(safetext.visible(text))


def bare_marks_shown(text: str) -> str:
    """`text` with each combining mark that has no letter to sit on drawn as `◌`, one character
    for one (the target editor draws its lines through this: hardening, round twelve)."""
    return _MARK_WITHOUT_BASE.sub("◌", text)


def one_line(text: str, limit: int | None = None, *, marked: bool = False) -> str:
    """`text` on one line: breaks shown as ⏎, tabs as →, cut to `limit` characters first.

    Cutting before anything else keeps a million-character segment as cheap
    to draw as a short one. `marked`: a cut text ends with … (a dialog quoting a segment's
    source: the reviewer's comment form showed "…as much a possible, the i" and no sign that
    the sentence went on).
    """
    cut = limit is not None and len(text) > limit
    if cut:
        text = text[:limit]
    return visible(_LINE_BREAKS.sub("⏎", text).replace("\t", "→")) + ("…" if cut and marked else "")


def literal(text: str, style: Style | str = "") -> Text:
    """A `Text` of user content: markup-like brackets stay brackets.

    Every character maps to exactly one character, so spans computed on the
    stored text (terms, findings) still point at the right place.
    """
    return Text(visible(text.replace("\t", "→")), style=style, no_wrap=False)


def highlighted(text: str, spans: Sequence[tuple[int, int, Style | str]], style: Style | str = "") -> Text:
    """User text with styled character ranges (terms, findings); bad ranges are clipped, not fatal."""
    result = literal(text, style)
    length = len(text)
    for start, end, span_style in spans:
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if start < end:
            result.stylize(span_style, start, end)
    return result
