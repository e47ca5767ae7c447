"""A seventeenth held-out set, of the product's other case: **a Russian book scanned and read by
OCR** against an English translation. Sets 1-15 are clean text; the sixteenth OCR'd the English
side. EN/RU works in neither align-dev nor sets 1-16 (`bench.align_heldout` to
`bench.align_heldout16`, dev data now), two Russian originals of the `bilinguator/aligned-texts`
collection (MIT-licensed as a collection, at `BILINGUATOR_COMMIT`; line k of the English paired
with line k of the Russian):

* Leo Tolstoy, «Смерть Ивана Ильича» (1886), chapter I (`tolstoy-ivan-ilyich-1`, with the title
  heading) and chapter II (`tolstoy-ivan-ilyich-2`), mostly dialogue then a life told in long
  periods; the Russian edition's glosses stand in brackets after the French and Latin they gloss
  («le phénix de la famille, [гордость семьи]»);
* Nikolai Gogol, «Нос» (1836), chapter I and the opening of chapter II, to the nose praying in the
  Kazan Cathedral (`gogol-nose-1-2`, with the title), in an older spelling («маиор», «чорт»).

The English of both is a recent translation the files do not name (both read as Richard Pevear and
Larissa Volokhonsky's: identified, not confirmed), in copyright, so it is read from the mirror and
never committed. The Russian is in the public domain; no alignment set has read
either work (the Tolstoy term set `bench.recognition_tolstoy` read the Russian for terms only).

**The Russian as a user gets it from a scan of a Soviet edition.** `bench.align_heldout17_build`
typeset the Russian of `SOURCES`'s lines as book pages (justified, hyphenated by pyphen's `ru_RU`
patterns, «ё» printed as «е», the collection's «ёлочки» and «—» dashes; chapter numbers and titles
centred; Tolstoy's pages a running head with the page number, author and title on facing pages,
Gogol's a centred head, «ПЕТЕРБУРГСКИЕ ПОВЕСТИ», and the number at the foot), degraded each page as
a scanner does and read it with Tesseract 5.3.0 (`rus`, `--psm 3`), with the machinery of the
Russian OCR set and of the sixteenth set. 32 pages (12, 11, 9). The OCR text is committed
(`bench/data/align_heldout17/<text>.txt`), and so are the Russian segments `workbench import` made of
it (`prepare_side`: the OCR cleanup, its paragraphs, the splitter), frozen one a line in
`<text>.ru.txt` under the gold's digest: **the frozen segments are what the set scores**, whatever the
cleanup does later (`imported` gives today's import; the set's test fails the day it differs). The
damage they carry is real Tesseract's on these pages: words misread («В большом злании», «Нетр
Иванович», «по учипищу пра ведения», the French read as Cyrillic garbage: «Иван Ильич был 1е рвешх 4е
1а {ашШе»), line starts lost in the gutter («дочь Ива-Ильича», «стал сурово и пливо морщиться»),
lines lost whole («Каково, умер; а я вот нет», «Главное же — у Ивана Ильича была служба», a sentence
and a half between «...начищенным порошком т Две.» and «же Ильич: то-ли дело мы с вами»), lines read
out of their place (a half-line of Pyotr Ivanovich's thought, «потом взрослым партнером, несмотря на
неприятное», inside the segment of his calming down), a hyphen left unjoined where a speck followed it
(«Иван Яко- .» / «влевич и руки опустил; стал протирать глаза и щу-» / «пать: нос...»: three
segments) or joined to the next sentence («статского совет-По всему заметно было»), a paragraph cut
into its lines («Он» / «узнал, что этот нос был ни чей другой, как коллеж-» / «ского асессора...» /
«середу и воскресенье.»), sentences run together where a stop was lost («сделано правильно, Кроме
того»), chapter numbers misread («1», «И .», «И»; Gogol's «1 : т Марта 25 числа...» run into the first
sentence), and specks left as segments («|», «`», «|5», «^ г», «Е», «Ё», «<»). The cleanup dropped every
running head and page number read as such, and Tolstoy's title («Смерть Ивана Ильича»), which it took
for the running head; Gogol's «Нос.» stayed.
The English is the mirror's clean text, each collection part a paragraph, split by the product's
splitter as the fifteenth set splits its prose (`align_heldout15.sentences`), never committed.

**Gold**, read by hand on the OCR segments (damage and all) against the English, every line pair of
both works, one pass, no aligner or baseline run. The sixteenth set's rules, with the sides turned:

* a bead is the least pair of runs whose words translate each other, reading the OCR's words, not
  the printed ones;
* OCR debris standing alone (specks, a page number or a running head read as letters) is a null
  bead on the Russian side; a damaged chapter number pairs with the English heading (with the
  English heading and first sentence where the OCR ran them into one segment);
* a sentence cut by the cleanup or a speck (all its pieces) is a 1-n bead; a segment holding parts
  of two sentences takes its bead with both, except a stray word or two carried across a lost
  line («...порошком т Две.»; «— Божья воля.» after Gerasim's lost lines), which goes with the bead
  the rest of its segment has;
* where the OCR lost words, a segment pairs with what its remaining words translate; an English
  sentence none of whose Russian survived is a null bead on the English side, unless it stands
  inside the span of one Russian segment (then it joins that bead); a line read out of its place
  is aligned where it stands, its segment paired by the rest of its words;
* a bracketed gloss stays in the bead of the sentence it sits in; a title the cleanup dropped
  leaves the English title a null.

349 English segments against 372 Russian, **327 beads: 246 1-1, 31 1-n, 27 n-1, 3 n-m, 20 null**
(14 Russian debris; 6 English: 5 sentences whose Russian the OCR lost, 1 title the cleanup
dropped): `tolstoy-ivan-ilyich-1` 143 / 152, 132 beads (91 1-1, 17 1-n, 12 n-1, 1 n-m, 11 null);
`tolstoy-ivan-ilyich-2` 99 / 100, 94 beads (78 1-1, 6 1-n, 7 n-1, 3 null); `gogol-nose-1-2` 107 /
120, 101 beads (77 1-1, 8 1-n, 8 n-1, 2 n-m, 6 null). Labelled by the alignheld17 helper (session
32); then the 5 lowest and 5 highest RU/EN length ratios of each text's 1-1 beads re-read, none
changed. Built, not yet run. Committed: the OCR texts, the page images' digests (`pages.json`), the
frozen Russian segments and the gold (`bench/data/align_heldout17.json`).

    HUNALIGN=... python -m bench.align_heldout17    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout, align_heldout15
from bench.align_dev import DevDocument
from bench.align_heldout15 import Staged, bilinguator_pair
from workbench.core.ingest import prepare_side

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "align_heldout17.json"
DATA = HERE / "data" / "align_heldout17"

IVAN_ILYICH = bilinguator_pair(
    "smert_ivana_ilyicha",
    "cf56156be2bb2d3a1f8f622c8c7af7331312da9b155987510fc398b4050ef2aa",
    "35088b55d950bd884815dc647eec0417ae24ef442c4be44fcf5ad4aee8b17b16",
)
NOSE = bilinguator_pair(
    "nos",
    "9ebfca376a6d55a811cd6da517c7192b1700fc089f5dc18b83d74ffa53b03d82",
    "a1136cef862a56c8ed3c32e7935af22b6dc5dd1a702249761d174b4113b0b4c6",
)

SOURCES: dict[str, Staged] = {
    "tolstoy-ivan-ilyich-1": Staged(*IVAN_ILYICH, 2, 71, verse=False),
    "tolstoy-ivan-ilyich-2": Staged(*IVAN_ILYICH, 72, 115, verse=False),
    "gogol-nose-1-2": Staged(*NOSE, 2, 60, verse=False),
}
"""Line ranges, 1-based: *The Death of Ivan Ilyich* from its title heading to the end of chapter I,
and chapter II whole; *The Nose* from its title heading through chapter I and chapter II to «Нос
спрятал совершенно лицо свое в большой стоячий воротник» (the cathedral). The Russian of these
lines is what `bench.align_heldout17_build` typeset and OCR'd; the English is read from the
mirror."""


def imported(name: str, data: Path | None = None) -> list[str]:
    """The Russian segments a user gets from the OCR text today: the committed OCR imported as
    `workbench import` reads a file (`prepare_side`: the OCR cleanup, its paragraphs, the splitter).
    The set froze them once (`bench.align_heldout17_build --freeze`); it scores the frozen ones."""
    return [s.text for s in prepare_side((DATA if data is None else data) / f"{name}.txt", "ru").sentences]


def russian(name: str, data: Path | None = None) -> list[str]:
    """The frozen Russian segments the gold was read on, one a line."""
    return align_heldout.frozen_lines(name, (DATA if data is None else data) / f"{name}.ru.txt")


def english(name: str, sources: dict[str, Staged] | None = None) -> list[str]:
    """The English segments: the mirror's clean text, each part a paragraph, split by the
    product's splitter as the fifteenth set splits its prose."""
    source = (SOURCES if sources is None else sources)[name]
    lines = align_heldout.read_source(source.en).split("\n")[source.first - 1 : source.last]
    return align_heldout15.sentences(lines, "en", verse=False)


def sentence_files(
    name: str, sources: dict[str, Staged] | None = None, gold_file: Path | None = None,
    data: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Both sides of one text of the set, split; refused unless both are those the gold was read on."""
    gold = GOLD if gold_file is None else gold_file
    return align_heldout.scanned_sides(name, gold, "ru", russian(name, data), lambda: english(name, sources))


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
