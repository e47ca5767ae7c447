"""A twentieth held-out set of a new kind: **memoir in a free translation**. RU → EN, a work in
neither align-dev nor sets 1-19 (`bench.align_heldout` to `bench.align_heldout19`, dev data now):

* Maxim Gorky, «В людях» (1915-1916), the second book of his autobiography, in the `d0rj/RusLit`
  collection (`prose/Gorky/В людях.txt`, which holds the whole trilogy, one paragraph a line;
  public domain: Gorky died in 1936), against *In the World*, translated by Mrs. Gertrude M.
  Foakes (New York, The Century Co., 1917), Project Gutenberg eBook #55502 in the
  `gutenbergbooks/55502` repository (`55502-0.txt`; public domain in the United States, as the
  repository's LICENSE.txt states, used under the Project Gutenberg licence). Foakes renders
  Gorky's present-tense memoir in the past tense and his long paragraphs freely: she splits
  his semicolon-chained periods into two or three sentences, runs his one-line exclamations
  into one quoted speech, cuts clauses, and once crosses the order inside a period (the cook
  chapter: «— Не я, а старший приказчик, — объяснил он мне строго, — я только помогаю ему.»).
  What she adds or drops is always a clause inside a sentence that is translated, never a
  sentence of its own: the set has no null bead (`docs/alignment.md`).
  Nothing of the texts is committed (the set keeps where they are, a line range of each mirrored
  file at a fixed commit and digest, and rebuilds the user files from the mirror):

* `gorky-in-the-world-shop`: chapter I, from its opening to the church watchman leaving
  («...Идти в магазин было боязно.» / "I did not want to go back to the shop.");
* `gorky-in-the-world-cook`: chapter I, the cook, her death and the night after it, up to «— И я
  не могу.» / "Nor I, either.";
* `gorky-in-the-world-alms`: chapter II, from its opening to grandmother's night of secret alms
  («Я прислонился к теплому боку бабушки и заснул.»), with its five lines of verse.

**Segments as a user gets them.** Each side's user file is its line range as the file has it
(Gutenberg's wrapped lines and blank-line paragraphs; RusLit's indented one-line paragraphs,
its footnote call «[61]» left where it stands); the set's segments are what `workbench import`
makes of that file (`prepare_side`: decoding, cleanup, paragraphs, the splitter), and both the
file and its segments are frozen by digest in the gold: should either change, `sentence_files`
refuses them (TextsAbsent) and the changed beads must be re-read. The import keeps the
English's quoted speeches whole (a speech of four or five sentences is one English segment,
the Russian's are one a sentence: most of the 1-n beads) and each verse line its own segment.

**Gold**, read by hand, both sides of every segment, one pass, by the alignheld20 helper
(session 35), no aligner or baseline run on the texts:

* a bead is the least pair of runs of segments that translate each other; where one side's
  sentence holds the end of one of the other's and the start of the next (the speech tag «—
  сказал:» closing a Russian period against the English's next sentence '"She is dead; that's
  certain," he said.'), the two pairs are one n-m bead;
* a clause the translation drops, adds or changes (Foakes's "Clean the doorplate!" for «Чисти
  картошку!..», her "about ten servants" for «девять человек, мал мала меньше») leaves its
  sentence in the bead of what is translated;
* a sentence one side has and the other lacks would be a null bead; none was found;
* a speech tag that one side gives a sentence of its own and the other runs into the speech
  ('"Witch!"' / 'Sascha used to call her behind her back.' against «— Ведьма! — звал ее Саша
  за глаза.») is in the speech's bead.

310 English segments against 339 Russian, **262 beads: 183 1-1, 39 1-n, 38 n-1, 2 n-m, 0 null**:
`gorky-in-the-world-shop` 132 / 132, 107 beads (71 1-1, 14 1-n, 22 n-1); `gorky-in-the-world-cook`
88 / 98, 76 beads (56 1-1, 10 1-n, 8 n-1, 2 n-m); `gorky-in-the-world-alms` 90 / 109, 79 beads (56
1-1, 15 1-n, 8 n-1). The 1-n beads are mostly a quoted speech the English keeps whole; the n-1
mostly a period of Gorky's the English splits. Then the 5 lowest and 5 highest RU/EN length
ratios of each text's 1-1 beads re-read, none changed.

Run once by the engineer in session 35, dev data since (docs/alignment.md). Committed: the gold only
(`bench/data/align_heldout20.json`: per text the
digests of the two user files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout20    # every method, per text and micro, as JSON
    python -m bench.align_heldout20 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys

from bench import align_heldout
from bench.align_heldout import Lines, SourceFile, Text
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

IN_THE_WORLD = SourceFile(
    "gutenbergbooks/55502",
    "d9d493e46c745d8525343ef44fb304a77f4bc91a",
    "55502-0.txt",
    "18039f4154086cb125d1b4e43b4e6bac315e188ed23cc78a479a4a5f6dc97d74",
)
"""Foakes's *In the World* (1917), Project Gutenberg's plain text: wrapped lines, blank-line
paragraphs, each chapter opened by a line "CHAPTER I" (roman numerals)."""
V_LYUDYAKH = ruslit(
    "prose/Gorky/В людях.txt",
    "a04b9deb4dffd7fccfa9dc066f3ceec103d610df761c320a3dad4a3fbb4fcbac",
)
"""Gorky's trilogy in one file, «Детство», «В людях» and «Мои университеты», one indented
paragraph a line, each chapter opened by its roman numeral on a line of its own."""


SOURCES: dict[str, Text] = {
    "gorky-in-the-world-shop": Text(Lines(30, 314), Lines(2853, 2940)),
    "gorky-in-the-world-cook": Text(Lines(316, 496), Lines(2941, 3001)),
    "gorky-in-the-world-alms": Text(Lines(958, 1151), Lines(3147, 3211)),
}
"""The line ranges, each between a chapter's heading (left out, as the book's) and the end of a
paragraph both sides end alike."""


build, sentence_files, documents, main = align_heldout.line_ranges(GOLD, SOURCES, IN_THE_WORLD, V_LYUDYAKH).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
