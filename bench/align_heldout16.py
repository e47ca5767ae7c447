"""A sixteenth held-out set, of the product's own case: **an English book scanned and read by OCR**
against its printed Russian translation. No earlier set has OCR'd input: sets 1-15 are clean text.
EN/RU works in neither align-dev nor sets 1-15 (`bench.align_heldout` to `bench.align_heldout15`,
dev data now), two of the `bilinguator/aligned-texts` collection (MIT-licensed as a collection, at
`BILINGUATOR_COMMIT`; line k of the English paired with line k of the Russian):

* Oscar Wilde, *The Canterville Ghost* (1887), chapters I-III (`wilde-canterville-1-3`), against
  a Russian the file does not name, whose translator's notes (9 in these chapters) stand in
  brackets inside the sentence they gloss («ньюпортском [Ньюпорт — в прошлом модный курорт...]
  казино»);
* O. Henry, "The Gift of the Magi" (1905), whole (`ohenry-gift-of-the-magi`), against Т.
  Покидаева's Russian (2019, named in the file; no notes).

The English of both is in the public domain; Wilde's has no notes, so the pages have none. No
pair with English footnotes was found in the collection; the notes are the Russian translator's.

**The English as a user gets it from a scan.** `bench.align_heldout16_build` typeset the English
of `SOURCES`'s lines as book pages (justified, hyphenated with pyphen's `en_US` patterns, chapter
numbers centred; Wilde's pages a running head with the page number, author and title on facing
pages; O. Henry's a centred head, *The Four Million*, and the number at the foot), degraded each
page as a scanner does and read it with Tesseract 5.3.0 (`eng`, `--psm 3`), with the Russian OCR
set's machinery (`bench.ocr_heldout_ru_build`). 27 pages (19 and 8). The OCR text is committed
(`bench/data/align_heldout16/<text>.txt`), and so are the English segments `workbench import`
made of it (the OCR cleanup `clean_text`, its paragraphs and the splitter, through
`prepare_side`), frozen one a line in `<text>.en.txt` under the gold's digest: **the frozen segments
are what the set scores**, whatever the cleanup does later (`imported` gives today's import of
the same OCR). The damage they carry is real Tesseract's on these pages: words misread
("by pelvest all the lights" for "by half-past", "The bleod-staiti has been much ad-; Mnired"),
line starts lost in the gutter ("whom he had ghtened into a fit ... in her avd diamonds"), lines
lost whole (about five after "the permanent idiocy of Lord Canterville’s uncle,"; a sentence and
a half before "head, and twisting into grotesque..."), a line read out of its place ("No
mention at all was made of the supernatural, nor" before "He got up at once"), sentences cut by a
speck read as a stop ("They ." / "always are."), sentences run together where a stop was lost,
chapter numbers misread ("oan Il", "I F 5"), and specks and page numbers left as segments ("P",
"°", "'34"). The cleanup dropped every running head and every page number read as such.
The Russian is the mirror's clean text, each collection part a paragraph, split by the product's
splitter as the fifteenth set splits its prose (`align_heldout15.sentences`), never committed.

**Gold**, read by hand on the OCR segments (damage and all) against the Russian, every line pair
of both works, one pass, no aligner or baseline run. Rules:

* a bead is the least pair of runs whose words translate each other, reading the OCR's words, not
  the printed ones;
* OCR debris standing alone (specks, a page number or a running head read as letters) is a null
  bead on the English side; a damaged chapter number pairs with the Russian heading;
* a sentence cut in two by the cleanup or a speck (both halves) is an n-1 bead; a segment holding
  parts of two sentences takes its bead with both, except a stray word or two carried across a
  lost stop ("...a present, She"; "the wisest. Of all who give..."), which goes with the bead
  the rest of its segment has;
* where the OCR lost words, a segment pairs with what its remaining words translate; a Russian
  sentence none of whose English survived is a null bead on the Russian side, unless it stands
  inside the span of one English segment (then it joins that bead); a line read out of its
  place is aligned where it stands, its segment paired by the rest of its words;
* a translator's note in brackets stays in the bead of the sentence it sits in; where the
  splitter cuts inside a note, both pieces go to that sentence's bead.

290 English segments against 374 Russian, **279 beads: 197 1-1, 58 1-n, 8 n-1, 5 n-m, 11 null**
(9 English debris, 2 Russian sentences whose English the OCR lost): `wilde-canterville-1-3` 167
/ 214, 161 beads (105 1-1, 39 1-n, 4 n-1, 4 n-m, 9 null); `ohenry-gift-of-the-magi` 123 / 160, 118
beads (92 1-1, 19 1-n, 4 n-1, 1 n-m, 2 null). Labelled by the alignheld16 helper (session 31).
Built, not yet run. Committed: the OCR texts, the page images' digests (`pages.json`), the frozen
English segments and the gold (`bench/data/align_heldout16.json`).

    HUNALIGN=... python -m bench.align_heldout16    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout, align_heldout15
from bench.align_dev import DevDocument
from bench.align_heldout15 import Staged, bilinguator_pair
from workbench.core.ingest import prepare_side

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "align_heldout16.json"
DATA = HERE / "data" / "align_heldout16"


CANTERVILLE = bilinguator_pair(
    "the_canterville_ghost",
    "6729c4f3e484fad14397621387c5a527f2271cd6c010c84acbc9371bccd32f2c",
    "839db515fb661d5d652ba02194f3433487aca67e349dc74da1fa28ac74629ef0",
)
MAGI = bilinguator_pair(
    "the_gift_of_the_magi",
    "de1fa23504c7597bd673579cbcb29b6ad05b052ff3bd2673599e2428e4c2f6bc",
    "76a3ba42fd4519cdb362828bb753d4e4c4c24913ab404202c80f8290dbc059c1",
)

SOURCES: dict[str, Staged] = {
    "wilde-canterville-1-3": Staged(*CANTERVILLE, 3, 127, verse=False),
    "ohenry-gift-of-the-magi": Staged(*MAGI, 3, 56, verse=False),
}
"""Line ranges, 1-based: *The Canterville Ghost* from chapter I's heading to the end of chapter III;
*The Gift of the Magi* from its first paragraph to its end (the title and the Russian's
translator line left out). The English of these lines is what `bench.align_heldout16_build`
typeset and OCR'd; the Russian is read from the mirror."""


def imported(name: str, data: Path | None = None) -> list[str]:
    """The English segments a user gets from the OCR text today: the committed OCR imported as
    `workbench import` reads a file (`prepare_side`: the OCR cleanup, its paragraphs, the splitter).
    The set froze them once (`bench.align_heldout16_build --freeze`); it scores the frozen ones."""
    return [s.text for s in prepare_side((DATA if data is None else data) / f"{name}.txt", "en").sentences]


def english(name: str, data: Path | None = None) -> list[str]:
    """The frozen English segments the gold was read on, one a line."""
    return align_heldout.frozen_lines(name, (DATA if data is None else data) / f"{name}.en.txt")


def russian(name: str, sources: dict[str, Staged] | None = None) -> list[str]:
    """The Russian segments: the mirror's clean text, each part a paragraph (the translators' notes
    in brackets where the collection has them), split as the fifteenth set splits its prose."""
    source = (SOURCES if sources is None else sources)[name]
    lines = align_heldout.read_source(source.ru).split("\n")[source.first - 1 : source.last]
    return align_heldout15.sentences(lines, "ru", verse=False)


def sentence_files(
    name: str, sources: dict[str, Staged] | None = None, gold_file: Path | None = None,
    data: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Both sides of one text of the set, split; refused unless both are those the gold was read on."""
    gold = GOLD if gold_file is None else gold_file
    return align_heldout.scanned_sides(name, gold, "en", english(name, data), lambda: russian(name, sources))


def documents(
    sources: dict[str, Staged] | None = None, gold_file: Path | None = None, data: Path | None = None
) -> list[DevDocument]:
    """Every text of the set with its gold, in name order (raises TextsAbsent)."""
    gold = GOLD if gold_file is None else gold_file
    return align_heldout.gold_documents(gold, lambda name: sentence_files(name, sources, gold, data))


def main() -> None:
    align_heldout.run_or_refuse(documents)


if __name__ == "__main__":
    main()
