"""The hostile corpus, round 36: a TBX past libxml2's limits.

A `<note>` 100,000 deep in a TBX concept and a term of over 10 MB were refused in one line
that quoted libxml2 ("Excessive depth in document: 256, use XML_PARSE_HUGE option", "Text node
too long, try XML_PARSE_HUGE"): round 35 said an XLIFF's and a TMX's in our words, not a
termbase's. Same shape as `corpus.CASES` (and run by the same test)."""

from __future__ import annotations

from tests.hostile.corpus import Case, concept_entry, tbx, writes
from tests.hostile.corpus_round_thirtyfive import LONG_TEXT, TOO_DEEP, TOO_LONG, nested

TERM_IMPORT = ("term", "import", "{p}", "{in}/t.tbx")

CASES: list[Case] = [
    Case("tbx-note-too-deep", TERM_IMPORT,
         writes("t.tbx", tbx(concept_entry("c1", "club", "клуб").replace("</conceptEntry>",
                                                                         nested("note") + "</conceptEntry>"))),
         2, TOO_DEEP, isolation="subprocess"),
    Case("tbx-term-over-10mb", TERM_IMPORT, writes("t.tbx", tbx(concept_entry("c1", LONG_TEXT, "клуб"))), 2, TOO_LONG,
         isolation="subprocess"),
]
