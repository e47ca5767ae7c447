"""A nineteenth held-out set, meant to be of **the product's own kind of book** (Russian political,
social or cultural non-fiction of the 1917-1930s with its English translation) and built of the
closest text that could be found instead: social and moral essays in numbered chapters. RU → EN;
a work in neither align-dev nor sets 1-18 (`bench.align_heldout` to `bench.align_heldout18`, dev
data now).

**Why not the 1920s.** No Russian text of Trotsky, Lenin, Bukharin, Lunacharsky, Krupskaya or
Kollontai is in the stored indexes or the repositories `fetch` brings (searched: the code index
for their Russian and English opening sentences and titles, ВКП(б), «рабочих клубов»; the
Marxists Internet Archive's repositories hold tools, not texts; `alicirce/leninism` and
`alicirce/leninature`, Lenin's collected works in Russian and English, keep them only as R data
files the mirror does not carry; `d0rj/RusLit`'s only Russian of the period, Gorky's «Несвоевременные
мысли», has no English older than 1968; `bilinguator/aligned-texts` holds no Soviet non-fiction).
The closest pair found is the one below: essays on society, government, elections, courts,
education, wealth and work, in numbered chapters, with rhetorical questions, quoted proverbs and
sayings, bracketed glosses and semicolon-chained periods; what it lacks is the period's
abbreviations, decrees and statistics.

* `abai-words-1-5`, `abai-words-6-10`: Abai Qunanbaiuly (Абай Кунанбаев), «Слова назидания» /
  *Book of Words* (1890s, written in Kazakh), Words One to Five and Six to Ten, in the
  `bilinguator/aligned-texts` collection (`texts/kara_soz/kara_soz_{ru,en}.txt`, MIT-licensed as a
  collection; line k of the English is the counterpart of line k of the Russian). Both sides are
  translations from the Kazakh, read here as Russian source and English target, as the fifteenth
  set read the *Manifesto*: the Russian «Книга слов» and the English *Book of Words* name no
  translator in the files (neither identified; both presumably in copyright), so **nothing of
  their text is committed**: the set keeps where each text is (a line range of the mirrored files,
  at a fixed commit and digest) and rebuilds the user files from the mirror.

**Segments as a user gets them.** Each side's user file is its line range as a reader would copy
it from the book: the collection's markup dropped (`<h1>`, `<i>`), a `<delimiter>` (its mark
inside a paragraph, where verse lines or sentences were cut to match) a line break, the lines
separated by blank lines as paragraphs (`user_file`); the set's segments are what `workbench import`
makes of that file (`prepare_side`: decoding, cleanup, paragraphs, the splitter), and both the
file and its segments are frozen by digest in the gold: should either change, `sentence_files`
refuses them (TextsAbsent) and the changed beads must be re-read. The import kept each
`<delimiter>` line its own segment (Word Six's four verse lines, on both sides) and left one
Russian segment of two sentences («...он кичится им. Растратив, хвалится...»).

**Gold**, read by hand, both sides of every line pair, one pass, by the alignheld19 helper
(session 34), no aligner or baseline run on the texts:

* a bead is the least pair of runs of segments that translate each other; where one side renders
  one sentence's clauses in two and the order crosses inside (Word Eight: "No, this man is too
  busy..." / "When he has seen to all this..." against «Пока всё уладит-утрясёт...» / «Недосуг и
  ему!»), the two pairs are one n-m bead;
* a translator's bracketed gloss inside a sentence («сарт-сурт [треск, трёщотка]», «ногаями
  [Ногаями казахи называли татар]») stays in its sentence's bead;
* a sentence one side leaves out whole is a null bead (Word Two's «Сила их в том, что неустанно
  учатся они ремеслу...», which the English leaves out: its line is empty); a clause or an item
  left out inside a sentence (the proverb «Приносящий дары срывает завесу отчуждения» in Word
  Five's list) leaves the sentence in the bead of what is translated;
* a Word's heading pairs with its heading («Word One» / «1. Слово Первое»).

317 English segments against 309 Russian, **301 beads: 278 1-1, 6 1-n, 14 n-1, 2 n-m, 1 null**:
`abai-words-1-5` 141 / 137, 133 beads (121 1-1, 3 1-n, 7 n-1, 1 n-m, 1 null: the left-out
sentence); `abai-words-6-10` 176 / 172, 168 beads (157 1-1, 3 1-n, 7 n-1, 1 n-m, 0 null). Then
the 5 lowest and 5 highest RU/EN length ratios of each text's 1-1 beads re-read, none changed.
Built, not yet run. Committed: the gold only (`bench/data/align_heldout19.json`: per text the digests of
the two user files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout19    # every method, per text and micro, as JSON
    python -m bench.align_heldout19 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import align_heldout
from bench.align_heldout import BILINGUATOR, BILINGUATOR_COMMIT, SourceFile

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout19.json"

WORDS_EN = SourceFile(
    BILINGUATOR,
    BILINGUATOR_COMMIT,
    "texts/kara_soz/kara_soz_en.txt",
    "9688ed8f3db608b583291579660fb839fd850487d0f17584f310c4b36c9b37a9",
)
"""The English *Book of Words*, one paragraph a line, each Word opened by an `<h1>` line."""
WORDS_RU = SourceFile(
    BILINGUATOR,
    BILINGUATOR_COMMIT,
    "texts/kara_soz/kara_soz_ru.txt",
    "99df9298f30be2d82cdc59c21954237446870553c870d46f762a7dc9861a8527",
)
"""The Russian «Книга слов», line k the counterpart of the English's line k (an empty English
line where the English leaves a paragraph out)."""


@dataclass(frozen=True)
class Lines:
    """Lines `first` to `last` (1-based) of both files: whole Words, heading to last paragraph."""

    first: int
    last: int


SOURCES: dict[str, Lines] = {
    "abai-words-1-5": Lines(3, 53),
    "abai-words-6-10": Lines(54, 97),
}
"""Words One to Five and Six to Ten; the book's author and title lines (1-2) are left out."""

MARKUP = re.compile(r"</?(?:h1|i)>")


def user_file(name: str, lang: str) -> str:
    """One side of a text as a user would copy it from the book: the collection's markup dropped,
    its in-paragraph `<delimiter>` a line break, a blank line between paragraphs."""
    lines = SOURCES[name]
    rows = align_heldout.read_source(WORDS_EN if lang == "en" else WORDS_RU).split("\n")
    return (
        "\n\n".join(
            MARKUP.sub("", row).replace("<delimiter>", "\n")
            for row in rows[lines.first - 1 : lines.last]
        )
        + "\n"
    )


_SET = align_heldout.UserFileSet(GOLD, tuple(SOURCES), user_file)
build = _SET.build
sentence_files = _SET.sentence_files
documents = _SET.documents
main = _SET.main


if __name__ == "__main__":
    main(sys.argv[1:])
