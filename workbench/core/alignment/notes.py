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


INSIDE = regex.compile(r"\(\d{1,3}\)|\[(?:\d{1,3}|\p{Lu}{1,3})\]")
"""Every string that may be a note's marker (`MARKER`'s first group), where a sentence carries it."""


class Notes:
    """The footnotes of one side's segments, by their form: a segment says it is a note, or it
    opens with a marker that an earlier segment carries after its start.

    Each segment was first looked for in every earlier one, a substring search per segment asked
    about: a side of 10,000 notes «(1) …» and no sentence carrying their marks took 6 s of
    searching, 100,000 some ten minutes (hardening, round 27). The markers the segments carry are
    read once here, each with the first segment that carries it."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.first_inside: dict[str, int] = {}
        """A marker -> the first segment that carries it after its first character."""
        for k, text in enumerate(texts):
            for found in INSIDE.finditer(text.lstrip(), 1):
                self.first_inside.setdefault(found.group(), k)

    def is_note(self, k: int) -> bool:
        """Whether segment `k` is a footnote by its form."""
        text = self.texts[k]
        if SAYS_NOTE.search(text):
            return True
        found = MARKER.match(text)
        return found is not None and self.first_inside.get(found.group(1), k) < k
