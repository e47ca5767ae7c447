"""An eighteenth held-out set, of a case no earlier set was built for: **an old translation that
carries the translator's apparatus and cuts** (footnotes set where the book prints them, glosses,
passages left out, paragraphs cut otherwise), against Russian originals that carry their authors'
own notes. RU → EN; works in neither align-dev nor sets 1-17 (`bench.align_heldout` to
`bench.align_heldout17`, dev data now), both sides in the public domain:

* `gogol-st-johns-eve`: Gogol, «Вечер накануне Ивана Купала» (1830, in «Вечера на хуторе близ
  Диканьки»), the whole tale, subtitle and the sacristan's frame included, against "St. John's Eve"
  in *Taras Bulba and Other Tales* (Everyman's Library, 1918; Project Gutenberg eBook #1197, which
  names no translator: the third set identified the book's Gogol as Isabel F. Hapgood's, not
  confirmed). The English adds two translator's footnotes, set between paragraphs where the book
  prints them: "kutya (1)" (one segment) and "(2)" on the sorceresses' cures (four
  segments); it leaves out six Russian sentences whole («Эдакое неверье разошлось по свету!», the
  kiss «громче, чем удар макогона об стену...», «Но за какую цену, как достался он...», the two on
  today's mummers, «Отчего, что с ним сделалось, бог знает.») and clauses inside others (the
  «панич в гороховом кафтане» «про которого говорил я», the tavern «по нынешней Опошнянской дороге»,
  the hut «на курьих ножках»); it marks the start of the grandfather's tale with a row of stars the
  Russian has not, and cuts the Russian's 32 paragraphs into 61. The Russian keeps Gogol's three
  note markers where the book has them («москаля везть [1]», «попа в решете [2]», «соняшницу
  заваривали [3]»; the notes themselves are not in the file), and its subtitle runs into the first
  sentence («Быль, рассказанная дьячком ***ской церкви За Фомою Григорьевичем...»);
* `tolstoy-sevastopol-august-1-3`: Tolstoy, «Севастополь в августе 1855 года» (1856), chapters 1-3,
  against Isabel F. Hapgood's *Sevastopol* (Crowell, 1888, named in the book; eBook #47197). The
  eleventh set read the book's first two sketches (December, May I-V); this third sketch is a work
  of its own, read by no set. Tolstoy glosses two words in brackets inside his sentences
  («между Дуванкой [Последняя станция к Севастополю.] и Бахчисараем», «что Москва [Во многих
  армейских полках...] болтает»); Hapgood leaves out the first and sets the second as a footnote
  ("a Moskva[I] chatters" and, after the paragraph, "[I] In many regiments..."), adds two notes of
  her own ("pronouns,[J]": "[J] This effect cannot be reproduced in English."; "_bátiushka_,[K]"),
  and leaves out clauses (the old soldier's advice to lie down in the hay, the traveller's
  «видно, тоже харбуза купить повечерять»).

**Segments as a user gets them.** Each side is the book's text from a title to a chapter's or the
tale's end, cut from the mirrored file as it stands (Gutenberg's wrapped lines and footnote
paragraphs, RusLit's indented one-line paragraphs) and committed
(`bench/data/align_heldout18/<text>.<lang>.txt`, rebuilt from the mirrors by `build`); the set's
segments are what `workbench import` makes of those files (`prepare_side`: decoding, cleanup,
paragraphs, the splitter), frozen by digest in the gold: should the import cut them otherwise,
`sentence_files` refuses them (TextsAbsent) and the changed beads must be re-read. The cleanup
dropped the Russian chapter numbers of the Sevastopol sketch («1», «2», «3»: a bare number line) and
kept the English ones ("I.", "II.", "III."); the splitter cut "St. Pantelei" after "St." and the
footnotes where their sentences end.

**Gold**, read by hand, both sides of every text, one pass, no aligner or baseline run:

* a bead is the least pair of runs of segments that translate each other;
* a note inside a sentence's segment (a marker, a bracketed gloss) stays in that segment's bead; a
  note the splitter made segments of its own (a footnote paragraph) is a null bead, every segment
  of it, even where the other side carries the same note inline (Hapgood's "[I]");
* a sentence the translation leaves out whole is a null bead; a clause left out inside a sentence
  leaves the sentence in the bead of what is translated; where a left-out sentence stands inside
  the span the other side renders in one segment, it joins that bead;
* a title pairs with the title, a subtitle run into a sentence pairs with the subtitle and the
  sentence; a chapter number whose counterpart the cleanup dropped, and a row of stars, are nulls.

385 English segments against 381 Russian, **351 beads: 279 1-1, 24 1-n, 25 n-1, 5 n-m, 18 null**:
`gogol-st-johns-eve` 296 / 287, 271 beads (219 1-1, 14 1-n, 23 n-1, 3 n-m, 12 null: 5 segments of
the two footnotes, the stars, 6 Russian sentences left out); `tolstoy-sevastopol-august-1-3` 89 /
94, 80 beads (60 1-1, 10 1-n, 2 n-1, 2 n-m, 6 null: the three footnotes, the three chapter numbers).
Labelled by the alignheld18 helper (session 33); then the 5 lowest and 5 highest RU/EN length
ratios of each text's 1-1 beads re-read, none changed. Built, not yet run. Committed: both sides'
files and the gold (`bench/data/align_heldout18.json`: per text the digests of the files and of
the segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout18    # every method, per text and micro, as JSON
    python -m bench.align_heldout18 --build         # write the two sides' files again from the mirrors
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import align_heldout
from bench.align_dev import DevDocument
from bench.align_heldout import SourceFile, TextsAbsent
from bench.align_heldout3 import TARAS_BULBA
from bench.align_heldout4 import RUSLIT, RUSLIT_COMMIT
from bench.align_heldout11 import SEVASTOPOL
from workbench.core.ingest import prepare_side

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "align_heldout18.json"
DATA = HERE / "data" / "align_heldout18"

AUGUST_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Tolstoy/Севастополь в августе 1855 года.txt",
    "931e2de78dbdd0241328402d363dff22cf579dc1cd7c420244fd88a2b3bd787f",
)
"""Tolstoy's «Севастополь в августе 1855 года» (1856) in `d0rj/RusLit`, one paragraph a line,
Tolstoy's own notes in brackets inside the sentence they gloss."""

EVENINGS_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Gogol/Вечера на хуторе близ Диканьки.txt",
    "addb0b438aba3d8a5c14f4eb2993e92d6bf681c4af37105197a2ab3d4716673d",
)
"""Gogol's «Вечера на хуторе близ Диканьки» (1831-1832) in `d0rj/RusLit`, one paragraph a line,
Gogol's note markers («москаля везть [1]») where the book has them, the notes themselves absent."""


@dataclass(frozen=True)
class Lines:
    """Lines `first` to `last` (1-based) of a file, as they stand: the file a user would cut from
    the book and import."""

    file: SourceFile
    first: int
    last: int


@dataclass(frozen=True)
class UserFiles:
    """One text of the set: the English and the Russian file a user imports."""

    en: Lines
    ru: Lines


SOURCES: dict[str, UserFiles] = {
    "gogol-st-johns-eve": UserFiles(Lines(TARAS_BULBA, 4973, 5559), Lines(EVENINGS_RU, 386, 418)),
    "tolstoy-sevastopol-august-1-3": UserFiles(Lines(SEVASTOPOL, 2473, 2775), Lines(AUGUST_RU, 3, 54)),
}
"""Line ranges, 1-based: *St. John's Eve* from its title to its last paragraph, «Вечер накануне
Ивана Купала» from its title to its last paragraph; *Sevastopol in August, 1855*, from its title
to the end of chapter III (the English footnotes of chapter III included), «Севастополь в августе
1855 года» from its title to the end of chapter 3."""


def user_file(lines: Lines) -> str:
    """The excerpt's text, its lines as the file has them (the Gutenberg wrapping, RusLit's
    indented paragraph lines)."""
    return "\n".join(align_heldout.read_source(lines.file).split("\n")[lines.first - 1 : lines.last]) + "\n"


def build(data: Path = DATA) -> None:
    """Write every text's two user files from the mirrors (both sides are in the public domain)."""
    data.mkdir(parents=True, exist_ok=True)
    for name, files in SOURCES.items():
        for lang, lines in (("en", files.en), ("ru", files.ru)):
            (data / f"{name}.{lang}.txt").write_text(user_file(lines), encoding="utf-8")


def segments(name: str, lang: str, data: Path | None = None) -> list[str]:
    """One side's segments as `workbench import` makes them of the committed user file
    (`prepare_side`: decoding, cleanup, paragraphs, the splitter)."""
    path = (DATA if data is None else data) / f"{name}.{lang}.txt"
    if not path.is_file():
        raise TextsAbsent(f"{name}: {path} is missing")
    return [s.text for s in prepare_side(path, lang).sentences]


def sentence_files(name: str, gold_file: Path | None = None, data: Path | None = None) -> tuple[list[str], list[str]]:
    """Both sides of one text of the set as the import segments them; refused unless both are the
    segments the gold was read on."""
    frozen = json.loads((GOLD if gold_file is None else gold_file).read_text(encoding="utf-8"))[name]
    en, ru = segments(name, "en", data), segments(name, "ru", data)
    if (align_heldout.digest(en), align_heldout.digest(ru)) != (frozen["en_sha256"], frozen["ru_sha256"]):
        raise TextsAbsent(f"{name}: the segments differ from those the gold was read on (has the import changed?)")
    return en, ru


def documents(gold_file: Path | None = None, data: Path | None = None) -> list[DevDocument]:
    """Every text of the set with its gold, in name order (raises TextsAbsent)."""
    gold = GOLD if gold_file is None else gold_file
    return align_heldout.gold_documents(gold, lambda name: sentence_files(name, gold, data))


def main(argv: list[str]) -> None:
    """Run every method on the set, or, with `--build`, write its files again from the mirrors."""
    if argv == ["--build"]:
        build()
        return
    align_heldout.run_or_refuse(documents)


if __name__ == "__main__":
    main(sys.argv[1:])
