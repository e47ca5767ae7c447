"""A twenty-fifth held-out set of the users' own kind: **non-fiction**, a spiritual memoir argued
in long periods (how the author lost his faith, the years of fame and family, the crisis in which
nothing had a meaning, the peasants' faith, the return to God), in a translation made by the
author's friend and editor. RU → EN, a work in neither align-dev nor sets 1-24
(`bench.align_heldout` to `bench.align_heldout24`, dev data now):

* Leo Tolstoy, «Исповедь» (written 1879-1882; printed in Geneva in 1884, the censor having cut it
  from «Русская мысль» in 1882), in the `d0rj/RusLit` collection (`publicism/Tolstoy/Исповедь.txt`,
  one paragraph a line; public domain: Tolstoy died in 1910), against *A Confession*, Aylmer
  Maude's translation (Oxford University Press, 1921), in Standard Ebooks' edition
  (`standardebooks/leo-tolstoy_a-confession_aylmer-maude`, one XHTML file a chapter; published
  before 1929, public domain in the United States as the edition's imprint states; the edition's
  own work is dedicated to the public domain, CC0).

**Why this book.** Our users translate non-fiction (history, politics, essays, scanned books);
the sets read stories and novels (1-10, 18, 20-22), reportage (11), a manual (12), a children's
book (13), two essays (14), a verse play and a manifesto (15), OCR (16, 17), moral essays (19), a
confession told as a story (23) and prose poems (24). No set reads a book-length argument: a first
person reasoning over a page at a time, periods of three to six clauses joined by «;», «:» and
«--», lists of points («1) ... 2) ...»), parables (the traveller in the well, the boat) and
quotations. No set reads «Исповедь» or any Tolstoy essay, nor Maude's English, nor anything of
Standard Ebooks (the mirror `fetch` brought for this set). `d0rj/RusLit`'s other non-fiction is
Tolstoy's too; its Herzen is fiction and «С того берега», whose English is not public domain.

**A translator close in argument, free in sentences.** Maude keeps every thought and nearly every
clause, in order, but cuts Tolstoy's long periods where the Russian has «;» or «--» and
joins two short ones, renders «Володинька М.» as "Vladimir Milyutin (long since dead)", reads a
Russian paragraph as two or two as one, and translates a quoted Russian prayer in the flow of his
sentence. Four texts, each a whole chapter from its numeral to its last sentence:

* `confession-1` (chapter I: baptized and brought up in the faith, the lapse, S.'s story, the
  belief in perfecting oneself);
* `confession-4` (chapter IV: life come to a stop, the arrest of life, "Well, and then?", the
  Eastern fable of the traveller in the well, the dragon and the two mice);
* `confession-6` (chapter VI: the forest of knowledge, the replies of experimental and abstract
  science, then Socrates, Schopenhauer, Solomon and Buddha quoted at length: Ecclesiastes in the
  Authorized Version against its Synodal Russian, the four sayings summed up);
* `confession-12` (chapter XII: the search for God as a feeling, the prayer, "To know God and
  to live is one and the same thing", the boat, the shore and the oars).

**Segments as a user gets them.** The Russian user file is the chapter's line range as RusLit's
file has it (the numeral on its own line, each paragraph on one line opened by three spaces, a
line of two spaces between chapters, «--» for the dash, straight quotes). The English user file is
the chapter as a reader saves an ebook chapter as plain text: the numeral, then each paragraph on
one line, paragraphs separated by a blank line (the text of the chapter's `<h2>` and `<p>` elements,
Standard Ebooks' word joiners before and after each dash kept). The set's segments are what
`workbench import` makes of each file (`prepare_side`), both frozen by digest in the gold: should
either change, `sentence_files` refuses them (TextsAbsent) and the changed beads must be re-read.

**Gold**, read by hand, both sides of every segment, one pass, by the align46 helper (session 46),
no aligner or baseline run on the text, with set 24's rules:

* a bead is the least pair of runs of segments that translate each other;
* where one side's sentence holds the end of one of the other's and the start of the next, the
  two pairs are one n-m bead;
* a clause the translation drops, adds or changes leaves its sentence in the bead of what is
  translated;
* a sentence one side has and the other lacks, between two beads, is a null bead;
* the chapter numerals are a 1-1 bead.

300 EN / 309 RU segments, **261 beads: 223 1-1, 13 1-n, 21 n-1, 3 n-m, 1 null** (chapter I 50 /
47, 46 beads, 42 / 0 / 3 / 1 / 0; IV 87 / 84, 80, 69 / 3 / 6 / 1 / 1; VI 66 / 97, 61, 50 / 6 / 5 /
0 / 0; XII 84 / 81, 74, 62 / 4 / 7 / 1 / 0). Its difficulty is of two kinds. The periods: Maude
cuts one at its «;» or «--» into two or three English sentences, or joins two, and four times an
English sentence holds the end of one Russian period and the next (the n-m beads, and the 1-n
beads of a Russian period cut where Maude's is not). The quotations: the English import keeps a
passage inside its quotation marks as one segment, where the Russian file's «"» is not closed
until the passage's end and the Russian splitter cuts it at each verse, so chapter VI's answer of
science ("You are what you call your 'life' ..."), Solomon's two passages of Ecclesiastes and a
paragraph of Tolstoy's own are beads of one English segment against 3 to 20 Russian ones (1-7, 1-8,
1-20): larger than any bead the aligner builds, so no method can find them whole. The one null is
a Russian sentence Maude leaves out (chapter IV, «Но когда я знал, что жизнь бессмысленна ...»).
Maude's endnote marks stay glued to the word, as a reader's "save as text" leaves them ("words.7").
Re-read after, printed bead by bead with both sides: every bead of chapters I and IV and every bead
of more than one segment in VI and XII (none changed). Time by `date -u`: chapters I, IV and XII
listed 00:41, VI added 00:42, the gold of all four written by 00:43, re-read 00:43-00:44 (a reading
of minutes, as set 24's was: the lead may want a second reader on the 1-n and n-m beads).

Sizes, bead shapes and the run are in `docs/alignment.md` (set 25). Run once by the align46 helper
(session 46, main `feb2e278`'s aligner: workbench strict F1 0.948); its misses were then read and
a rule measured on them (a 2-2 join in close translations too: 0.953), so the set is dev data since.
Committed: the gold only (`bench/data/align_heldout25.json`: per text the digests of the two user
files and of the two segment lists, the counts and the beads).

    HUNALIGN=... python -m bench.align_heldout25    # every method, per text and micro, as JSON
    python -m bench.align_heldout25 --build DIR     # write the user files into DIR, to read them
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from bench import align_heldout
from bench.align_heldout import Lines, SourceFile, UserFileSet, read_source
from bench.align_heldout4 import ruslit

GOLD = align_heldout.gold_beside(__file__)

STANDARD_EBOOKS = "standardebooks/leo-tolstoy_a-confession_aylmer-maude"
STANDARD_EBOOKS_COMMIT = "0871fb62df0676042d6f9f9c422ae02bfead15ad"

ISPOVED = ruslit(
    "publicism/Tolstoy/Исповедь.txt",
    "adda5f571f77ef47bdf957587b681d117379a391f25b80c440d39b221aaf492a",
)
"""«Исповедь», one paragraph a line opened by three spaces, each chapter's Roman numeral on a line
of its own after a line of two spaces."""


def maude_chapter(number: int, sha256: str) -> SourceFile:
    """One chapter of Maude's *A Confession* in Standard Ebooks' source, an XHTML file."""
    return SourceFile(STANDARD_EBOOKS, STANDARD_EBOOKS_COMMIT, f"src/epub/text/chapter-{number}.xhtml", sha256)


@dataclass(frozen=True)
class Chapter:
    """Where one text of the set is: Maude's chapter file and the Russian chapter's lines."""

    en: SourceFile
    ru: Lines


SOURCES: dict[str, Chapter] = {
    "confession-1": Chapter(
        maude_chapter(1, "02a0d9059205fec27e2eaa9b1538496ac1bd5809872a857d33a6e8fe0d6da55f"), Lines(5, 18)),
    "confession-4": Chapter(
        maude_chapter(4, "d98b07e6b8b77afce856138f3c8dd893917291c7a63e0a3907775e87f7964d69"), Lines(56, 73)),
    "confession-6": Chapter(
        maude_chapter(6, "f05b682dfe5b648c18042000a84e11a596effef61a49634c53367b1ed74c31d7"), Lines(94, 122)),
    "confession-12": Chapter(
        maude_chapter(12, "be14b31addfedbf071c2c8055102ec06488b2e68fdb37ab169050592690d92f5"), Lines(203, 220)),
}
"""Each text a whole chapter: the Russian lines 1-based, from the numeral to the chapter's last
paragraph (the line of two spaces after it left out)."""

_XHTML = "{http://www.w3.org/1999/xhtml}"


def saved_as_text(xhtml: str) -> str:
    """A chapter of the ebook as a reader's "save as text" gives it: the heading and each
    paragraph on a line of its own, a blank line between them, markup gone, characters kept."""
    root = ElementTree.fromstring(xhtml)
    blocks = ["".join(element.itertext()).strip() for element in root.iter()
              if element.tag in (f"{_XHTML}h2", f"{_XHTML}p")]
    return "\n\n".join(blocks) + "\n"


def user_file(name: str, lang: str) -> str:
    """One side of one text as the user would import it (raises TextsAbsent)."""
    chapter = SOURCES[name]
    if lang == "en":
        return saved_as_text(read_source(chapter.en))
    rows = read_source(ISPOVED).split("\n")
    return "\n".join(rows[chapter.ru.first - 1 : chapter.ru.last]) + "\n"


build, sentence_files, documents, main = UserFileSet(GOLD, tuple(SOURCES), user_file).faces()


if __name__ == "__main__":
    main(sys.argv[1:])
