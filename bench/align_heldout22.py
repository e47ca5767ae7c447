"""A twenty-second held-out set of a new kind: **letters**, dated, addressed, signed and with
postscripts, in a free translation. RU → EN, a work in neither align-dev nor sets 1-21
(`bench.align_heldout` to `bench.align_heldout21`, dev data now):

* Fyodor Dostoevsky, «Бедные люди» (1846), the novel in letters between Makar Devushkin and
  Varvara Dobroselova, in the `d0rj/RusLit` collection (`prose/Dostoevsky/Бедные люди.txt`, one
  paragraph a line; public domain: Dostoevsky died in 1881), against *Poor Folk*, C. J. Hogarth's
  translation (J. M. Dent, 1915), Project Gutenberg eBook #2302 in the `GITenberg/Poor-Folk_2302`
  repository (`2302-0.txt`; "Public domain in the USA", as its metadata.yaml states: published
  before 1929, used under the Project Gutenberg licence).

**Why this book.** The kind wanted first was real letters or diaries (Chekhov's letters in
Garnett's *Letters of Anton Tchehov*, Dostoevsky's or Tolstoy's letters and diaries). No Russian
of them is in a repository this machine can fetch: `d0rj/RusLit` holds no letters of Chekhov's
(only four of his works) and no Korolenko, the index holds no line of Chekhov's letters («Милая
Лика»), and the one hit for Kropotkin's «Записки революционера» is a title in a web page. «Бедные
люди» is the letter itself as the Russian reader knows it: each text a run of letters, each
opened by a date line («Апреля 8.» / "April 8th") and a salutation, closed by a signature (often
cut into two or three lines: «с каковыми честь имею пребыть наипреданнейшею / и покорнейшею
услужницей вашей / Варварой Доброселовой.»), some with a postscript («P. S.»). No set has such a
text: set 2 reads Dostoevsky's «Мужик Марей», and no set reads this novel or Hogarth's English
of it.

**A free translator of letters.** Hogarth runs each salutation into the letter's first sentence
("MY DEAREST BARBARA ALEXIEVNA,--To think that ...", «Милостивая государыня, Варвара Алексеевна!»
a line of its own), runs the closing formula into the signature's first line ("--Your sincere
friend,"), cuts Devushkin's long periods into two or three English sentences and joins his short
exclamations, leaves out an address or an interjection standing alone («Варвара Алексеевна!», «Маточка!»,
«О!») and a sentence here and there («Уж бог знает, куда вы его с рук сбыли.»), and now and then says
something else in the same place («Сам же господин Быков всё заказывал.» as "... Bwikov has
forbidden them."). Nothing of the texts is committed (the set keeps where they are, a line range
of each mirrored file at a fixed commit and digest, and rebuilds the user files from the mirror):

* `poor-folk-april`: Devushkin's third letter of April 8 (the day at the office, the old lodging
  and its landlady's tales, the postscript on satire) and Varvara's answer of April 9;
* `poor-folk-june`: four letters of June 20-25 (Varvara on the uniform for sale and Anna
  Fedorovna; Devushkin's "home and family" and Ratazyaev's evening; the Gorshkovs' dead boy;
  Varvara returning a book);
* `poor-folk-farewell`: the last letters before the wedding, September 28-30 (the jeweller and
  Bykov's temper, Devushkin ill, his visit to her empty room, her farewell with its postscript),
  to the end of Varvara's last letter.

**Segments as a user gets them.** Each side's user file is its line range as the file has it
(Gutenberg's wrapped lines and blank-line paragraphs, its CRLF read as LF; RusLit's indented
one-line paragraphs); the set's segments are what `workbench import` makes of that file
(`prepare_side`: decoding, cleanup, paragraphs, the splitter), and both the file and its segments
are frozen by digest in the gold: should either change, `sentence_files` refuses them
(TextsAbsent) and the changed beads must be re-read. The import makes each date line, each
Russian salutation and each line of a signature a segment of its own, and the April letter's
«P. S.», standing on its own line, a segment apart from the postscript it opens (the English's
"P.S.--" stays in its sentence).

**Gold**, read by hand, both sides of every segment, one pass, by the alignheld22 helper
(session 37), no aligner or baseline run on the texts, with set 21's rules:

* a bead is the least pair of runs of segments that translate each other; a Russian salutation
  the English runs into the first sentence is in that sentence's bead, as a Russian signature's
  closing formula is in the bead of the English line that ends "--Your sincere friend,";
* where one side's sentence holds the end of one of the other's and the start of the next, the
  two pairs are one n-m bead (Devushkin's «Я -- то есть брильянтщик говорит -- хорошо; а я про
  себя хотел сначала сказать, что я заболел ...» against "... All is well as regards the
  jeweller. Unfortunately, I have also to say that I myself have fallen ill, ...");
* a clause the translation drops, adds or changes leaves its sentence in the bead of what is
  translated, and a sentence that says something else in the same place is that place's bead;
* a sentence one side has and the other lacks, between two beads, is a null bead (an address
  or an interjection standing alone and left out, «Маточка!», «Да!», «О!»; a sentence left out,
  «Уж бог знает, куда вы его с рук сбыли.»);
* a date line is a 1-1 bead, as is a signature's name.

294 English segments against 292 Russian, **243 beads: 157 1-1, 34 1-n, 39 n-1, 8 n-m, 5 null**
(a bead is English first: 1-n is one English segment to several Russian):
`poor-folk-april` 106 / 102, 81 beads (44 1-1, 15 1-n, 18 n-1, 3 n-m, 1 null);
`poor-folk-june` 94 / 96, 83 beads (62 1-1, 10 1-n, 8 n-1, 2 n-m, 1 null);
`poor-folk-farewell` 94 / 94, 79 beads (51 1-1, 9 1-n, 13 n-1, 3 n-m, 3 null). The 1-n beads
are mostly a salutation run into the first sentence and Devushkin's short exclamations joined;
the n-1 mostly a period the English cuts. Then the 5 lowest and 5 highest RU/EN length ratios
of each text's 1-1 beads re-read (none changed), and every bead once more (three changed: an
English sentence taken for added joined the Russian it renders, two interjections made nulls).

Not yet run (the lead runs it once; docs/alignment.md). Committed: the gold only
(`bench/data/align_heldout22.json`: per text the digests of the two user files and of the two
segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout22    # every method, per text and micro, as JSON
    python -m bench.align_heldout22 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys

from bench import align_heldout
from bench.align_heldout import Lines, SourceFile, Text
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

POOR_FOLK = SourceFile(
    "GITenberg/Poor-Folk_2302",
    "50efe99e9e8f51a2f5de55ee49d25f7d19d93cb2",
    "2302-0.txt",
    "15758b9c17bf443f920e402e58358a5387a0bb3331851f0812b6baf21cd6c109",
)
"""Hogarth's *Poor Folk*, Project Gutenberg's plain text (CRLF, a BOM): wrapped lines, blank-line
paragraphs, each letter opened by its date on a line of its own ("April 8th", "June 20th.")."""
BEDNYE_LYUDI = ruslit(
    "prose/Dostoevsky/Бедные люди.txt",
    "a54af74dffd91c063a65b3c2f13c87bf83963c890935bd76bf70111587bdc135",
)
"""«Бедные люди», one indented paragraph a line, each letter opened by its date («Апреля 8.») on a
line of its own and a salutation on the next."""

SOURCES: dict[str, Text] = {
    "poor-folk-april": Text(Lines(285, 436), Lines(52, 72)),
    "poor-folk-june": Text(Lines(1836, 1966), Lines(195, 225)),
    "poor-folk-farewell": Text(Lines(4690, 4820), Lines(580, 612)),
}
"""The line ranges, each from a letter's date line to the end of a letter both sides end alike
(the farewell to the end of Varvara's postscript, before Devushkin's last letter)."""


build, sentence_files, documents, main = align_heldout.line_ranges(GOLD, SOURCES, POOR_FOLK, BEDNYE_LYUDI).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
