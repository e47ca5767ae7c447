"""OCR-aware cleanup: hard-wrapped scanned text -> paragraphs plus suspect words.

Scanned books arrive as lines cut at the page width, with words broken across
lines (sometimes with the hyphen, often without it: "squab" / "bling"), page
numbers and running heads in the middle of paragraphs, and OCR garbage
("WtXsaccountable", "bou_rgeois"). This module turns such text into paragraphs
a translator can work with, under two promises:

* Letters are never lost or invented. The only characters removed are layout:
  line breaks and indentation, the hyphen of a word rejoined across a line,
  soft hyphens and zero-width spaces, and whole lines of page furniture
  (running heads, page numbers). Non-breaking spaces become plain spaces, ligatures
  ("ﬁ", "ﬂ") the letters they are set from.
* Nothing that looks wrong is changed silently: suspect words are reported as
  `OcrFinding`s with a suggestion where one is likely, and stay in the text.

It only runs the steps, each in a module of its own: `furniture` finds the
running heads and page numbers, `reflow` groups the lines into paragraphs and
rejoins broken words, `suspects` finds the OCR garbage, and `word_joining`
holds the word frequencies (wordfreq) that reflow and suspects both decide by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.ingest.furniture import find_furniture
from workbench.core.ingest.reflow import (
    LIGATURES,
    Layout,
    Line,
    Reflow,
    group_paragraphs,
    split_lines,
)
from workbench.core.ingest.suspects import (
    OcrFinding,
    UnknownWords,
    doubtful_hyphens,
    find_ocr_suspects,
)
from workbench.core.ingest.word_joining import DocumentWords, Lexicon

__all__ = ["Paragraph", "clean_text"]

_ENDS_BROKEN = re.compile(r"\w[-\u2010\u00ac][\s`_']*$")
"""A paragraph that ends in a word and a hyphen: the word goes on in the next one."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a cleaned document, with the raw lines it came from."""

    text: str
    """Cleaned text: reflowed onto one line, words rejoined, page furniture dropped."""
    original: str
    """The raw lines this paragraph spans, verbatim (including page furniture inside it)."""
    findings: tuple[OcrFinding, ...]
    """Suspected OCR damage in `text`, in text order."""


MISREAD_EVIDENCE_LEAST = 5
"""How many misread-letter suspects a text of long lines (`Layout.printed` false) must hold
before it is read as scanned after all: an OCR tool that writes one paragraph per line (ABBYY's
plain text does) loses the line length that says "scanned", not its misread letters."""
MISREAD_EVIDENCE_RATE = 2.0
"""... and how many per thousand words. Measured (session 43) with every misreading read: the 24
OCR held-out runs (`bench.ocr_heldout`, Tesseract, four pages each) rewritten one paragraph per
line hold 8-45 per thousand words in Russian and 0-11 in English (10 of the 12 at 2 or more); a
born-digital text 0-1.6 (the align-dev texts, one paragraph per line) and at most two in any of
twelve WMT24 news documents and their reference translation (0-4 per thousand, on 250-780 words)."""
_WORDS = re.compile(r"\w+")


def clean_text(text: str, lang: str, unknown: UnknownWords | None = None) -> list[Paragraph]:
    """Clean OCR'd, hard-wrapped `text` in language `lang` (BCP 47, e.g. "en", "ru")
    into paragraphs, each with its raw lines and its suspected OCR damage. `unknown` tallies
    the words no dictionary knows and bounds how many are judged (`suspects.UnknownWords`;
    a fresh tally when not given).

    Misread letters are looked for where the text was scanned: its lines are a printed page's
    (`Layout.printed`), or, in a text of long lines, its own misread letters are too many for a
    born-digital text's names and coinages (`MISREAD_EVIDENCE_LEAST`, `MISREAD_EVIDENCE_RATE`)."""
    unknown = unknown if unknown is not None else UnknownWords()
    lexicon = Lexicon.for_tag(lang)
    raw_lines = split_lines(text)
    lines = [Line.parse(raw) for raw in raw_lines]
    furniture = find_furniture(lines)
    layout = Layout.measure(lines, furniture)
    document = DocumentWords(text.translate(LIGATURES))
    groups = list(group_paragraphs(lines, furniture, layout, lexicon))
    reflow = Reflow([[lines[i] for i in members] for _, _, members in groups], lexicon, document)
    cleaned: list[tuple[str, str, list[tuple[str, str]]]] = []
    for first, last, members in groups:
        reflow.doubtful.clear()
        paragraph = reflow.paragraph([lines[index] for index in members])
        cleaned.append((paragraph, "\n".join(raw_lines[first : last + 1]), list(reflow.doubtful)))
    texts = [paragraph for paragraph, _, _ in cleaned]
    if layout.printed:
        suspected = _suspects(texts, lexicon.lang, document, unknown, misreadings=True)
    else:
        trial = UnknownWords(unknown.most)
        trial.judged, trial.unjudged = unknown.judged, unknown.unjudged
        misread = _suspects(texts, lexicon.lang, document, trial, misreadings=True)
        suspected = _suspects(texts, lexicon.lang, document, unknown, misreadings=False)
        extra = sum(len(on) - len(off) for on, off in zip(misread, suspected, strict=True))
        words = sum(len(_WORDS.findall(paragraph)) for paragraph in texts)
        if extra >= MISREAD_EVIDENCE_LEAST and extra * 1000 >= MISREAD_EVIDENCE_RATE * words:
            suspected = misread
            unknown.judged, unknown.unjudged = trial.judged, trial.unjudged
    paragraphs = []
    for (paragraph, original, doubtful), findings in zip(cleaned, suspected, strict=True):
        if doubtful:
            # A word is flagged once: a hyphen in a word already suspected adds no new doubt.
            hyphens = [hyphen for hyphen in doubtful_hyphens(paragraph, doubtful)
                       if not any(f.start < hyphen.end and hyphen.start < f.end for f in findings)]
            findings = tuple(sorted((*findings, *hyphens), key=lambda f: f.start))
        paragraphs.append(Paragraph(text=paragraph, original=original, findings=findings))
    return paragraphs


def _suspects(texts: list[str], lang: str, document: DocumentWords, unknown: UnknownWords,
              misreadings: bool) -> list[tuple[OcrFinding, ...]]:
    """Each paragraph's suspects, in order: a paragraph that ends in a hyphen leaves the next one
    opening with the rest of a broken word."""
    found = []
    broken = False
    for text in texts:
        found.append(find_ocr_suspects(text, lang, document, continued=broken, unknown=unknown,
                                       misreadings=misreadings))
        broken = _ENDS_BROKEN.search(text) is not None
    return found
