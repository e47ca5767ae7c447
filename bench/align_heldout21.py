"""A twenty-first held-out set of a new kind: **a novel of the labour movement in a free
translation from an earlier redaction**. RU → EN, a work in neither align-dev nor sets 1-20
(`bench.align_heldout` to `bench.align_heldout20`, dev data now):

* Maxim Gorky, «Мать» (1906-1907), in the `d0rj/RusLit` collection (`prose/Gorky/Мать.txt`, one
  paragraph a line; public domain: Gorky died in 1936), against *Mother*, the anonymous
  translation D. Appleton and Company published in New York (copyright 1906, 1907; the 1911
  printing), Project Gutenberg eBook #3783 in the `GITenberg/Mother_3783` repository (`3783.txt`;
  "Public domain in the USA", as its metadata.yaml states: published before 1929, used under the
  Project Gutenberg licence).

**Why this book.** The set wanted was a Soviet text of the 1920s (Zamyatin's «Мы» and Zilboorg's
*We*, Trotsky's «Литература и революция», Kollontai, «Азбука коммунизма», Lenin in a 1920s
translation). Zilboorg's *We* is mirrored (`gutenbergbooks/61963`), but no Russian of any of them
is in a repository this machine can fetch: `d0rj/RusLit` holds no Zamyatin, Trotsky, Kollontai,
Bukharin or Lenin, and the index holds neither a line of «Мы» («Зеленой Стеной», «Часовой
Скрижали») nor of Gorky's «Лев Толстой» (1919). «Мать» is the nearest reachable kind: the novel
the Soviet canon took as its first of socialist realism, whose chapters are the workers' suburb,
a circle meeting in a worker's house and a factory meeting, the vocabulary of the project's
sample on workers' clubs. No set has such a text: set 20 is Gorky's memoir in another
translator's English.

**A free translation of another redaction.** Gorky rewrote «Мать» more than once (the last time
in the early 1920s); RusLit has the late text, the Appleton English the first. So besides the
translator's own freedom (a long Russian period cut into two or three English sentences, an
exclamation added to a crowd, «почти два года» as "three years", «около года» as "about a
month") each side has sentences the other lacks: the English's "She called a physician.", the
Russian's «Я любовницу заведу...» and «Через несколько дней кто-то убил ее...». These are the
set's null beads (set 20, read from the same kind of user files, has none).
Nothing of the texts is committed (the set keeps where they are, a line range of each mirrored
file at a fixed commit and digest, and rebuilds the user files from the mirror):

* `gorky-mother-suburb`: the novel's opening, the factory suburb and Mikhail Vlasov's life and
  death (Russian chapters I and II, the English's chapter I, which marks the break with a line of
  asterisks where the Russian has the heading «II»), to the dog on the grave;
* `gorky-mother-guests`: Pavel announces guests from the town, and the first of them, the Little
  Russian, arrives (Russian chapter V, English chapter III), up to «Кабы все такие были!» / "If
  they all are only like this one!";
* `gorky-mother-kopeck`: the factory meeting on the «болотная копейка», Pavel's and Rybin's
  speeches and the manager's answer (Russian chapter XII, English chapter VIII), from «В
  понедельник Павел снова не пошел работать» to «— Работай сам!..» / "You go to work yourself!".

**Segments as a user gets them.** Each side's user file is its line range as the file has it
(Gutenberg's wrapped lines and blank-line paragraphs, its CRLF read as LF; RusLit's one-line
paragraphs); the set's segments are what `workbench import` makes of that file (`prepare_side`:
decoding, cleanup, paragraphs, the splitter), and both the file and its segments are frozen by
digest in the gold: should either change, `sentence_files` refuses them (TextsAbsent) and the
changed beads must be re-read. The import keeps the English's quoted speeches whole (a speech of
four or five sentences is one English segment, the Russian's are one a sentence), splits a
speech from a tag that follows it ('"There!"' / 'Rybin exclaimed.'), and makes the Russian
chapter heading «II» a segment of its own.

**Gold**, read by hand, both sides of every segment, one pass, by the alignheld21 helper
(session 36), no aligner or baseline run on the texts, with set 20's rules:

* a bead is the least pair of runs of segments that translate each other; where one side's
  sentence holds the end of one of the other's and the start of the next, the two pairs are one
  n-m bead (the Russian's «Иногда парней приводили домой матери, отцы. Они отыскивали их ...
  бесчувственно пьяными, ...» against the English's "... who had picked them up in the street or
  in a tavern, drunk to insensibility. The parents scolded ...");
* a clause the translation drops, adds or changes leaves its sentence in the bead of what is
  translated; so does a sentence one side adds between two of a run that translates one sentence
  of the other (the English's '"What people?" she asked.' inside Pavel's «— В субботу у меня
  будут гости из города.»), and a sentence that says something else in the same place («Умер он
  от грыжи.» / "When he died, he died hard.");
* a sentence one side has and the other lacks, between two beads, is a null bead (an added
  speech, '"No, don't; it's not necessary!"'; an added line of narration, "Pavel was seized and
  pushed forward, and the mother was left alone.");
* a speech tag that one side gives a sentence of its own and the other runs into the speech is
  in the speech's bead; where the tag comes before the speech on one side and after it on the
  other, the crossing makes one n-m bead («Ей говорили раздраженно: — Куда лезешь? Толкали ее.»);
* a section break each side marks in its own way (the Russian's heading «II», the English's
  "* * * * *") is a 1-1 bead.

325 English segments against 319 Russian, **276 beads: 192 1-1, 30 1-n, 36 n-1, 5 n-m, 13 null**:
`gorky-mother-suburb` 115 / 108, 99 beads (72 1-1, 8 1-n, 13 n-1, 2 n-m, 4 null);
`gorky-mother-guests` 89 / 93, 77 beads (54 1-1, 9 1-n, 9 n-1, 2 n-m, 3 null);
`gorky-mother-kopeck` 121 / 118, 100 beads (66 1-1, 13 1-n, 14 n-1, 1 n-m, 6 null). The 1-n
beads are mostly a quoted speech the English keeps whole; the n-1 mostly a period of Gorky's the
English splits. Then the 5 lowest and 5 highest RU/EN length ratios of each text's 1-1 beads
re-read.

Run once by the engineer in session 36, dev data since (docs/alignment.md). Committed: the gold only
(`bench/data/align_heldout21.json`: per text the
digests of the two user files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout21    # every method, per text and micro, as JSON
    python -m bench.align_heldout21 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys

from bench import align_heldout
from bench.align_heldout import Lines, SourceFile, Text
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

MOTHER = SourceFile(
    "GITenberg/Mother_3783",
    "625302ed6878afb99e05871b95d9d69de4b40483",
    "3783.txt",
    "0e2d689d7870c97c726e45c22fecf89e601fa2d7e2a08bc094ad4a798436b239",
)
"""The Appleton *Mother*, Project Gutenberg's plain text (CRLF): wrapped lines, blank-line
paragraphs, "PART I" and each chapter opened by a line "CHAPTER I" (roman numerals)."""
MAT = ruslit(
    "prose/Gorky/Мать.txt",
    "e824d5994b930ecc5c2bb4701305f4a472557d2b5dac3f2ad682c8fafdefafb1",
)
"""«Мать», one paragraph a line, each part opened by «ЧАСТЬ ...» and each chapter by its roman
numeral on a line of its own."""

SOURCES: dict[str, Text] = {
    "gorky-mother-suburb": Text(Lines(112, 346), Lines(5, 54)),
    "gorky-mother-guests": Text(Lines(780, 961), Lines(162, 217)),
    "gorky-mother-kopeck": Text(Lines(2865, 3097), Lines(756, 832)),
}
"""The line ranges, from the first line after a chapter's heading (left out, as the book's) or
from a paragraph both sides open alike, to the end of a paragraph both sides end alike."""


build, sentence_files, documents, main = align_heldout.line_ranges(GOLD, SOURCES, MOTHER, MAT).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
