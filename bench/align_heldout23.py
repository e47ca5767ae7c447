"""A twenty-third held-out set of a new kind: **a philosophical confession that ends as a sermon**,
argued in long periods, in a free translation. RU → EN, a work in neither align-dev nor sets 1-22
(`bench.align_heldout` to `bench.align_heldout22`, dev data now):

* Fyodor Dostoevsky, «Сон смешного человека» (1877, «Дневник писателя», April), in the
  `d0rj/RusLit` collection (`prose/Dostoevsky/Сон смешного человека.txt`; public domain:
  Dostoevsky died in 1881), against "The Dream of a Ridiculous Man", Constance Garnett's
  translation, in Dostoevsky's *Short Stories* (Books, Inc., the World's Popular Classics),
  Project Gutenberg eBook #40745 in the `gutenbergbooks/40745` repository (`40745-0.txt`, the file
  set 2 reads at the same commit for "The Peasant Marey"; the printing names no translator, the
  text is Garnett's, first published in 1919 in *An Honest Thief and Other Stories*, before 1929,
  and the repository's LICENSE.txt gives the book as public domain in the United States).

**Why this text.** The kind wanted first was a scientific or philosophical treatise (Kropotkin's
*Mutual Aid*, Tolstoy's *What is Art?* in Maude's English, Herzen's or Plekhanov's essays). No
pair of them is in a repository this machine can fetch: `d0rj/RusLit` holds none of those Russian
texts (its Herzen is fiction and «С того берега», whose English, Budberg's of 1956, is not public
domain), and `fetch` has no snapshot of Maude's *Twenty-Three Tales* (Project Gutenberg #6157,
neither `GITenberg` nor `gutenbergbooks`), which would have given the second kind, Tolstoy's
tales for children against «Кавказский пленник» or «Работник Емельян и пустой барабан» in
RusLit. The second kind at hand, Garnett's "The Heavenly Christmas Tree" in the same book against
«Мальчик у Христа на ёлке» in RusLit, makes 79 English and 70 Russian segments, under the 80 a
text of the set must have. The bilinguator collection's essays and tales are read by sets 1, 3
and 13-16, or are not public domain on one side (Dobzhansky's essay of 1973, the Russian
Pinocchio, Ashliman's English Grimm). «Сон смешного человека» is the nearest kind the mirrors hold:
a first-person argument in long periods (that nothing in the world matters, that the world may
exist only in one's consciousness, whether one owes anything to anybody), a vision told as
proof, and a sermon at the end («Главное -- люби других как себя ...»; "I go to spread the
tidings"). No set reads a philosophical monologue or a sermon: set 14's Descartes and Russell are
two translations of a third language's essay, line-paired by their editors.

**A free translator of argument.** Garnett cuts Dostoevsky's long periods (three or four clauses
joined by «--», «:» and «;» made two to four English sentences: the ridiculous man's thought «А,
стало быть, есть и за гробом жизнь!» and his vow are one Russian sentence and four English ones),
seldom joins his short ones («И вот вдруг разверзлась могила моя. То есть я не знаю ...» as one),
puts a speech the Russian cuts in two in one sentence, and once says something else in the same
place («Неужто это премудро?» as "As though that meant so much!"). She leaves out no sentence.
Nothing of the text is committed (the set keeps where it is, a line range of each mirrored file at
a fixed commit and digest, and rebuilds the user files from the mirror):

* `ridiculous-man-1`: chapter I (the ridiculous man, the conviction that nothing matters, the
  star, the little girl he drives away, the revolver on the table);
* `ridiculous-man-3`: chapter III (the shot in the dream, the grave, the flight through space, the
  other earth and its sinless people);
* `ridiculous-man-5`: chapter V (how he corrupted that earth, the waking, the sermon) to the
  story's last line.

**Segments as a user gets them.** Each side's user file is its line range as the file has it
(Gutenberg's wrapped lines and blank-line paragraphs, a row of stars between sections; RusLit's
text wrapped at 78 columns, a paragraph marked only by its indented first line, a row of dashes
between sections, two full stops lost in the Russian file's chapter V); the set's segments are
what `workbench import` makes of that file (`prepare_side`: decoding, cleanup, paragraphs, the
splitter), and both the file and its segments are frozen by digest in the gold: should either
change, `sentence_files` refuses them (TextsAbsent) and the changed beads must be re-read.

**Gold**, read by hand, both sides of every segment, one pass, by the alignheld23 helper (session
38), no aligner or baseline run on the text, with set 22's rules:

* a bead is the least pair of runs of segments that translate each other;
* where one side's sentence holds the end of one of the other's and the start of the next, the
  two pairs are one n-m bead (the two questions «И неужели возможны такие повторения ...?.. / И
  если это там земля, ... как и наша?.. -- вскрикивал я, ...» against the English's two questions
  in one sentence and "I cried out, ..." in the next);
* a clause the translation drops, adds or changes leaves its sentence in the bead of what is
  translated, and a sentence that says something else in the same place is that place's bead;
* a sentence one side has and the other lacks, between two beads, is a null bead (there is
  none); the section marks (Gutenberg's stars, RusLit's dashes) are 1-1 beads.

Sizes and bead shapes are in `docs/alignment.md` (set 23). Not yet run (the lead runs it once).
Committed: the gold only (`bench/data/align_heldout23.json`: per text the digests of the two user
files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout23    # every method, per text and micro, as JSON
    python -m bench.align_heldout23 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys

from bench import align_heldout
from bench.align_heldout import Lines, Text
from bench.align_heldout2 import HONEST_THIEF
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

SHORT_STORIES = HONEST_THIEF
"""Garnett's Dostoevsky *Short Stories* (Project Gutenberg #40745), the file set 2 reads: wrapped
lines, blank-line paragraphs, each story under its title in capitals, each chapter under its Roman
numeral on a line of its own."""
SON_SMESHNOGO = ruslit(
    "prose/Dostoevsky/Сон смешного человека.txt",
    "2b21d313fac8092f7c34ea40e2dca439489ebb0f85698796140eccc130f6d3b3",
)
"""«Сон смешного человека», wrapped at 78 columns, a paragraph marked only by its indented first
line, each chapter under its Roman numeral."""

SOURCES: dict[str, Text] = {
    "ridiculous-man-1": Text(Lines(7961, 8104), Lines(9, 131)),
    "ridiculous-man-3": Text(Lines(8193, 8356), Lines(211, 347)),
    "ridiculous-man-5": Text(Lines(8491, 8650), Lines(465, 600)),
}
"""The line ranges, 1-based, each from a chapter's first line (its numeral left out) to its last
(chapter V to the story's last line, before the English "THE END")."""


build, sentence_files, documents, main = align_heldout.line_ranges(GOLD, SOURCES, SHORT_STORIES, SON_SMESHNOGO).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
