"""A twenty-fourth held-out set of a new kind: **prose poems**, a collection of short lyric pieces
(a landscape, an allegory, a vision, a dialogue set out as a play, an epitaph), each under its
title, most closed by a date line, in a close translation that leaves a whole piece out. RU → EN,
a work in neither align-dev nor sets 1-23 (`bench.align_heldout` to `bench.align_heldout23`,
dev data now):

* Ivan Turgenev, «Стихотворения в прозе» (Senilia, 1877-1882; the first series printed in
  «Вестник Европы», December 1882), in the `d0rj/RusLit` collection (`prose/Turgenev/Стихотворения
  в прозе.txt`, one paragraph a line; public domain: Turgenev died in 1883), against "Poems in
  Prose", Constance Garnett's translation in *Dream Tales and Prose Poems* (Heinemann, 1897),
  Project Gutenberg eBook #8935 in the `GITenberg/Dream-Tales-and-Prose-Poems_8935` repository
  (`8935-0.txt`; published before 1929 and Garnett died in 1946, public domain in the United
  States and under life + 70).

**Why this book.** No set reads lyric prose, nor a collection of pieces shorter than a page, each
with its own title and date: the sets read stories and novels (1-10, 18, 20-22; a fairy tale in
1), reportage (11), a manual (12), a children's book (13), essays (14), a verse play line-paired by
its editors and a manifesto (15), OCR (16, 17), moral essays in numbered chapters (19) and a
confession (23). Turgenev's prose poems are the nearest thing to "verse translated as prose" that
is public domain and mirrored on both sides: short rhythmic sentences, runs of nominal phrases
(«Глубокий, но пологий овраг.»), refrains («Проходят тысячи лет – одна минута.», «Не уйти!»), and
every few dozen sentences a title, a date line and a new piece. No set reads Turgenev's poems or
Garnett's English of them (set 4 reads «Уездный лекарь» from «Записки охотника»).

**A close translator with her own book's shape.** Garnett keeps nearly every sentence, but joins a
Russian speech cut into three or four short sentences («– Что скажешь нового? Тебе видней. Что
там внизу?») into one with its "And the Jungfrau speaks to its neighbour:", cuts a few long
Russian sentences in two («Он ринулся спасать, ... он жертвовал собою!» as "It sprang to save;
..." and "Swooning with fear, it offered itself up!"), prints the dialogue of «Чернорабочий и
белоручка» as a play (speaker names in capitals on lines of their own, "_Two Years Later_"), and
dates only some of the pieces (not the first). Her book has no «Порог» ("The Threshold", kept out
of the 1882 printing for the censor and first printed, underground, in 1883): in the third text a
whole piece of the Russian, its title and its dialogue, is absent from the English. Nothing of
the text is committed (the set keeps where it is, a line range of each mirrored file at a fixed
commit and digest, and rebuilds the user files from the mirror):

* `prose-poems-country`: «Деревня», «Разговор», «Старуха» ("The Country", "A Conversation", "The
  Old Woman");
* `prose-poems-sparrow`: «Воробей», «Черепа», «Чернорабочий и белоручка», «Роза» ("The Sparrow",
  "The Skulls", "The Workman and the Man with White Hands", "The Rose");
* `prose-poems-vrevsky`: «Памяти Ю. П. Вревской», «Последнее свидание», «Порог» (Russian only),
  «Посещение», «Necessitas, vis, libertas» («Барельеф»), «Милостыня» ("To the Memory of U. P.
  Vrevsky", "The Last Meeting", "A Visit", "A Bas-Relief", "Alms").

**Segments as a user gets them.** Each side's user file is its line range as the file has it
(Gutenberg's wrapped lines, blank-line paragraphs, each title in capitals and each date in
underscores, "_April 1878._", on lines of their own; RusLit's one paragraph a line, each title and
each date line, «Апрель, 1878», on a line of its own, two titles run into the next line,
«РазговорЧернорабочий» and «БарельефВысокая костлявая старуха ...»); the set's segments are what
`workbench import` makes of that file (`prepare_side`: decoding, cleanup, paragraphs, the
splitter), and both the file and its segments are frozen by digest in the gold: should either
change, `sentence_files` refuses them (TextsAbsent) and the changed beads must be re-read. The
import keeps every date line on both sides (see the re-freezing below; when the gold was first
read it dropped the Russian ones as running heads).

**Gold**, read by hand, both sides of every segment, one pass, by the alignheld24 helper (session
41), no aligner or baseline run on the text, with set 23's rules:

* a bead is the least pair of runs of segments that translate each other;
* where one side's sentence holds the end of one of the other's and the start of the next, the
  two pairs are one n-m bead (there is none);
* a clause the translation drops, adds or changes leaves its sentence in the bead of what is
  translated ("The last day of July" for «Последний день июня месяца»);
* a sentence one side has and the other lacks, between two beads, is a null bead: a Russian date
  line Garnett does not print, and every segment of «Порог» (its date too);
* a title is a 1-1 bead with the other side's title; a title the Russian file runs into the next
  line is one segment, in a 2-1 bead with the English title and what follows it;
* a speaker name is a 1-1 bead with the other side's (stage directions in it, «(подавая свои
  руки)» "(_offering his hands_)", go with it).

Sizes and bead shapes are in `docs/alignment.md` (set 24). Run once by the engineer (session 41,
on the first freezing below); dev data since.

**Re-frozen in session 41 (furnfix).** The import took a Russian date line whose month came back
in the same text («Февраль, 1878» three times) for a running head with its page number (the
year) and dropped it; it now reads a recurring line's number as a page's only where it grows a
page at a time, and keeps all eleven Russian date lines as segments (country 123 → 126, sparrow
107 → 111, vrevsky 126 → 130 Russian segments; the English and every other Russian segment
unchanged). The gold's beads were renumbered and extended by hand, every new date read with its
neighbours on both sides: a Russian date 1-1 with Garnett's date of the same piece where she
prints one (8: country «Разговор»; sparrow all four; vrevsky «Посещение», «Барельеф»,
«Милостыня»), else a Russian null (3: country «Деревня» and «Старуха», which Garnett leaves
undated, and «Порог»'s date in vrevsky, a piece she does not print). 346 beads: 282 1-1, 13 1-n,
14 n-1, 0 n-m, 37 null.
Committed: the gold only (`bench/data/align_heldout24.json`: per text the digests of the two user
files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout24    # every method, per text and micro, as JSON
    python -m bench.align_heldout24 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys

from bench import align_heldout
from bench.align_heldout import Lines, SourceFile, Text
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

DREAM_TALES = SourceFile(
    "GITenberg/Dream-Tales-and-Prose-Poems_8935",
    "ed74d7a4a2144d9f2f060ae4237545ab70fcc7ee",
    "8935-0.txt",
    "79fa90937f6b7bd639f1b72c4549abc9b00971cc2064e02c1216a7eb019035dd",
)
"""Garnett's *Dream Tales and Prose Poems*, Project Gutenberg's plain text (CRLF, a BOM): wrapped
lines, blank-line paragraphs, each poem under its title in capitals, most closed by an italic date
("_February 1878._") on a line of its own."""
STIKHOTVORENIYA_V_PROZE = ruslit(
    "prose/Turgenev/Стихотворения в прозе.txt",
    "9666025c617de8145a9be4eaf81ab66c1e3d7cafe025404a965f9a5f305e7c47",
)
"""«Стихотворения в прозе», one paragraph a line, each poem under its title and closed by its date
(«Февраль, 1878») on lines of their own."""

SOURCES: dict[str, Text] = {
    "prose-poems-country": Text(Lines(4954, 5179), Lines(10, 88)),
    "prose-poems-sparrow": Text(Lines(5800, 5991), Lines(313, 397)),
    "prose-poems-vrevsky": Text(Lines(5996, 6214), Lines(399, 499)),
}
"""The line ranges, 1-based, each from a poem's title to the last line (the date, where there is
one) of the last poem of the run; the Russian's «К читателю» and Garnett's series numeral and
"[1878]" before the first poem are left out."""


build, sentence_files, documents, main = align_heldout.line_ranges(GOLD, SOURCES, DREAM_TALES, STIKHOTVORENIYA_V_PROZE).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
