"""Footnotes by their form: a segment that is a note, not a sentence of the text.

An old translation carries its translator's notes, and an edition its editor's, set where the
book prints them: between paragraphs, after a chapter. The splitter makes segments of them, and
the other side seldom has them (a note explains what the original needs no explaining of). A note
is known by its form, never by what it says: it opens with the marker that an earlier sentence of
the same text carries inside it ("kutya (1)" ... "(1) A dish of rice...", "a Moskva[I] chatters"
... "[I] In many regiments..."), or it says it is a note ("[Footnote: ...]", «Прим. перев.»).

A marker that opens a segment but stands inside no earlier one is a reference the splitter cut
from the sentence before, or the text's own numbering («[4]», "[5] Do you know the place?"): no
note.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

MARKER = regex.compile(r"\s*(\(\d{1,3}\)|\[(?:\d{1,3}|\p{Lu}{1,3})\])\s*[\w“”\"«„‘']")
"""A note's opening marker, then its text (or the quote that opens it): "(2) The village...",
"(2) “To pour out fear”...", "[F] A polite way...",
«[1] Так назывался...». Bare digits ("1 из любви") are left alone: a line of a list or a page
number opens the same way."""

SAYS_NOTE = regex.compile(
    r"^\s*\[?Footnote\b|\bTranslator['’]s note\b|\(?\bПрим(?:ечание|\.)\s*(?:перев|пер|ред|авт)",
    regex.IGNORECASE,
)
"""A segment that names itself a note: Project Gutenberg's "[Footnote: ...]", "Translator's
note", the Russian «Прим. перев.», «(Прим. ред.)», «Примечание переводчика»."""


def is_note(texts: Sequence[str], k: int) -> bool:
    """Whether segment `k` of one side's `texts` is a footnote by its form: it says so, or it
    opens with a marker that an earlier segment carries after its start."""
    text = texts[k]
    if SAYS_NOTE.search(text):
        return True
    found = MARKER.match(text)
    if found is None:
        return False
    marker = found.group(1)
    return any(marker in earlier.lstrip()[1:] for earlier in texts[:k])
