"""Held-out domain terms, English group: the termbase of `bench.recognition_domain` on English
non-fiction of its domain.

Same concepts (``bench/data/recognition_domain/termbase.csv``) and conventions as the Russian
group. Sources, read at bench time from mirrored git directories, each file checked by its sha256;
nothing of their text is committed, only where each annotated line is (work and line number) and
a digest of its text:

- Marx and Engels, *Manifesto of the Communist Party* in Samuel Moore's English of 1888, one
  paragraph a line, from ``bilinguator/aligned-texts`` (`MANIFESTO`; the alignment sets read
  other works of that repository, not this one);
- John Stuart Mill, *On Liberty* (1859), David Ricardo, *On the Principles of Political Economy
  and Taxation* (1817, chapters 1-6) and Adam Smith, *The Wealth of Nations* (1776, book 1,
  chapters 1-8), as abridged and put into present-day English by the editor of the
  ``pantrypoints/sp`` site (`PANTRYPOINTS`): the visible text of each Markdown page, its front
  matter, HTML comments (where the editor keeps the passages cut) and shortcodes dropped, one
  Markdown line a line, the Markdown marks of lists, headings and emphasis taken off.

How the set was built (termheld4 helper, session 18), before the matcher ran on it: candidates by
lexeme membership with no context (`candidates`: a run of words, each of which has, among its
lemminflect lemmas of any part of speech, a lemma of the term's word in the term's part of
speech; a word inside a multiword candidate, hyphenated or not, is not a candidate of its own), lines of at most
`MAX_CHARS` characters, a repeat once, up to `PER_CONCEPT` lines per concept drawn with `SEED`;
every candidate read and labelled by hand as ``hit`` or ``near-miss`` with why in
``bench/data/recognition_domain/occurrences_en.tsv``.

    python -m bench.recognition_domain_en draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_domain import DATA, TERMBASE
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

ANNOTATIONS = DATA / "occurrences_en.tsv"
MANIFESTO = SourceFile("bilinguator/aligned-texts", "e56bc56b6ada545dae420cb7b33c06f156db7358",
                       "texts/manifesto/manifesto_en.txt",
                       "f52e540b1b562cec5eadf4a93727b2369b5f500c9478f95d20daa8161ec11bf5")
PANTRYPOINTS = ("pantrypoints/sp", "9bd8ba61b00417654c4d0e8e6a09841d2d9a799d", "content/en/research/")
"""The repository, commit and folder of the abridged works."""
ABRIDGED = {
    "mill-on-liberty": (
        ("mill/liberty/chapter-1.md",
         "e2164bd8df24cf805bc10ccf4fd5af5e7a0ded90b6afde424a12c85df641946c"),
        ("mill/liberty/chapter-2.md",
         "84fa2249a0a108191faece40a83fcb225ea0c6051b2e4b88aa40ed4c85579e5e"),
        ("mill/liberty/chapter-2b.md",
         "4163a44fa223a197ad40360676e4ba19e549c11e9fe21610448ca5746c4e26a7"),
        ("mill/liberty/chapter-2c.md",
         "e1e172043f48e37ba946b8e7d5c0907431c3cc02ddd78bbb4bae453f976cf4c4"),
        ("mill/liberty/chapter-2d.md",
         "7937988fbb13e105d00bcb854936fb75079348b6cb31fe2e36dd9bafe85b6173"),
        ("mill/liberty/chapter-3.md",
         "f18dbdf76330cfe209b60f90ee1f2d5c667a36750798b9475b0abed442eb23f0"),
        ("mill/liberty/chapter-3b.md",
         "982a7c173a57466b16750b1770f4b4416948b0d844714a6c9d0d1ea9666126ea"),
        ("mill/liberty/chapter-4.md",
         "1c3ef85402377c1e11afb6ee6b39cfc1f3a7f574df97816300a34e6143265446"),
        ("mill/liberty/chapter-4b.md",
         "d84cc4ec71532f94f33fcf437f2fe2c09d1c714017b791bd48a81cf1eece2b5a"),
        ("mill/liberty/chapter-4c.md",
         "bf800e28ef5f70bed9fe99b7864558ba8682693b8d3ddb0747fd7d3b4da855c0"),
        ("mill/liberty/chapter-5.md",
         "4cda8fd3fb07dcc2d46a3bcca960b2a2d6c66a72f4fd57e95c06185f2b06d7f5"),
        ("mill/liberty/chapter-5b.md",
         "f3e90cfe2bd6678ba4cd0e8ec132073498c4b986acbe4baa7b9b0453a2029ef9"),
    ),
    "ricardo-principles": (
        ("ricardo/principles/chapter-01.md",
         "614ecf6061369cfc0c400626eb5453f7ac9c79f3bd9d8eaef7f109c37b5b2df5"),
        ("ricardo/principles/chapter-01b.md",
         "0bf0c63f12381b88587e418efbccc3d5dbbd4a27467516ebacfe677e350a76d2"),
        ("ricardo/principles/chapter-01c.md",
         "e91918cd383baf83d382440c12e8302580aa9d0a67b88e2545663110c1817d26"),
        ("ricardo/principles/chapter-02.md",
         "9701676182208fc1736fc3b9f1cd11a295079723f0de1d64641ed432bb5f4b9b"),
        ("ricardo/principles/chapter-03.md",
         "2f089715e02537fa4c3652f09b99fb499fd0dbed6a5da7ba4d4a1945ed38de43"),
        ("ricardo/principles/chapter-04.md",
         "9de0185c2ef046a836d785045e33b70f58484db672a31f1ac23838535cf1939e"),
        ("ricardo/principles/chapter-05.md",
         "4c9c15c86af01a4962963dcacf324d60d3e728e060f58109f77427fcc9aa1742"),
        ("ricardo/principles/chapter-05b.md",
         "6d423886869c0267c556e62b237cddeb8402fab54b1c594c49f709ac644a1a52"),
        ("ricardo/principles/chapter-06.md",
         "de78290a4eba5167e87ece50ec2e0e5df87e71745ae6268b0c29294cce29f568"),
    ),
    "smith-wealth-of-nations": (
        ("smith/wealth-of-nations/book-1/chapter-1-division.md",
         "ccee03637ad48b249663cb7892531860f541325dece7c09500c05f33acf64ceb"),
        ("smith/wealth-of-nations/book-1/chapter-1b-causes.md",
         "625f9e5ec54febeafc22ab8cda9322cbf576594351890c41cd6ba61b47c7d3c0"),
        ("smith/wealth-of-nations/book-1/chapter-1b.md",
         "92770b0df113e720461ccf77fac82f915ded8e391fd99eac7cf2ba09d78f365a"),
        ("smith/wealth-of-nations/book-1/chapter-1c-productivity.md",
         "6c2cd201b49e94523411f63292f160cd8f050bd9752834a0310153598a7fd2d1"),
        ("smith/wealth-of-nations/book-1/chapter-2.md",
         "d881d0b8dea14d5e5a541bc3d13ecde8dc83bd475b02e716ee89034aa238435a"),
        ("smith/wealth-of-nations/book-1/chapter-3.md",
         "fba7f8a935ca0f77f125ad16b956f2dfb721f4d4c268bfecc026496601f781d6"),
        ("smith/wealth-of-nations/book-1/chapter-4a.md",
         "f07799dc9f888eb93d4a106e3c6f6e4d5402cb11ddc009c23f25dde500405955"),
        ("smith/wealth-of-nations/book-1/chapter-4b.md",
         "a84311d6e3cdc806d4d73dac484e2d7edc9ae170205f08ef11fe13cf8c5e7b27"),
        ("smith/wealth-of-nations/book-1/chapter-5a.md",
         "f30baee114e243383f32e86540191f624fbe542af5ade94faddf1563b859ad6a"),
        ("smith/wealth-of-nations/book-1/chapter-5b.md",
         "845751386a24335f5bd271dec69276cc3dc0d984ae8605c6c24f40f6385e9eac"),
        ("smith/wealth-of-nations/book-1/chapter-6a.md",
         "1afd4a4bce7a50c0154f2bb623734c08f65d62aeed4d7a313b5a2d78a5aeb728"),
        ("smith/wealth-of-nations/book-1/chapter-6b.md",
         "eada0d4f30411205ae1a8f5dd751546a8fefc0f474f79fcbbbd5a84dc00f6d33"),
        ("smith/wealth-of-nations/book-1/chapter-7a.md",
         "0d68c5db086095e746e53e850ce324749689fb93241c4a5c24336c2cefaf033b"),
        ("smith/wealth-of-nations/book-1/chapter-7b.md",
         "6518fb6c5453e0a33a7ecf5f065080b64906b8b6c3716fb7a6cf08d0f14277bd"),
        ("smith/wealth-of-nations/book-1/chapter-8a.md",
         "ac48425e8aea1eb4246de6f217f3b148ca67e54b2eb640b5064cacea0d8b63ad"),
        ("smith/wealth-of-nations/book-1/chapter-8b.md",
         "ee7c12b9231b354dbcb448b629c35ddf34c3dab21c863a35f6f46f998ce5599a"),
        ("smith/wealth-of-nations/book-1/chapter-8c.md",
         "83efbe7ebf166276df2dfc52e34504d62e66db3dd713db435b5dfb12314ad832"),
        ("smith/wealth-of-nations/book-1/chapter-8d.md",
         "54ceee3880672a34f7399fd747e8c96d85825bf6ed5c90221980c52d80b3bec9"),
        ("smith/wealth-of-nations/book-1/chapter-8e.md",
         "e95f0de5f65b9c7afe4b0452758e1aee04d155077fc261c1ecba37d753a3c66c"),
    ),
}
"""Each abridged work's document name and its pages in reading order: path and sha256."""
SEED = 1819
PER_CONCEPT = 6
MAX_CHARS = 300
_WORD = re.compile(r"[A-Za-z]+")
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SHORTCODE = re.compile(r"\{\{<.*?>\}\}", re.S)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MARKS = re.compile(r"^(?:#+|[-*]|\d+\.)\s+")
_POS = {"noun": "NOUN", "verb": "VERB", "adjective": "ADJ"}


def _page_lines(text: str) -> list[str]:
    """The visible lines of a Markdown page, its marks of headings, lists and emphasis taken off."""
    text = _SHORTCODE.sub("", _COMMENT.sub("", _FRONT_MATTER.sub("", text)))
    return [_MARKS.sub("", " ".join(line.split())).replace("**", "") for line in text.split("\n")]


def documents() -> dict[str, list[str]]:
    """Every work as a document of one line a line (its whitespace folded, HTML tags dropped)."""
    found = {"marx-engels-manifesto": [" ".join(_TAG.sub("", line).split())
                                       for line in read_source(MANIFESTO).split("\n")]}
    repo, commit, folder = PANTRYPOINTS
    for name, pages in ABRIDGED.items():
        found[name] = [line for path, sha256 in pages
                       for line in _page_lines(read_source(SourceFile(repo, commit, folder + path, sha256)))]
    return found


@cache
def _lemmas(word: str) -> frozenset[str]:
    """Every lemma lemminflect knows for `word` in any part of speech, and the word itself."""
    import lemminflect

    folded = word.lower()
    return frozenset(lemma.lower() for lemmas in lemminflect.getAllLemmas(folded).values()
                     for lemma in lemmas) | {folded}


def _term_word_lemmas(word: str, pos: str, multiword: bool) -> frozenset[str]:
    """The lemmas a term's word names: those of the term's part of speech (its other readings,
    «state» the verb for the noun, would make every form of another word a candidate); in a
    multiword term every reading, since «working» or «of» is no noun."""
    import lemminflect

    folded = word.lower()
    if multiword:
        return _lemmas(folded)
    wanted = _POS.get(pos, "NOUN")
    return frozenset(lemma.lower() for lemma in lemminflect.getAllLemmas(folded).get(wanted, ())) | {folded}


def candidates(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """Every run of words of `text` that is, by lexeme membership alone, an English term; a word
    inside a multiword candidate («working class» or «working-class») is not a candidate of its own."""
    terms = [(c.id, [_term_word_lemmas(w, (t.part_of_speech or "").lower(), " " in t.text)
                     for w in t.text.split()])
             for c in concepts for t in c.terms if t.lang == "en"]
    words = list(_WORD.finditer(text))
    found: list[Candidate] = []
    for start in range(len(words)):
        for concept, lemmas in terms:
            run = words[start:start + len(lemmas)]
            if len(run) == len(lemmas) and all(_lemmas(w.group()) & want for w, want in zip(run, lemmas)):
                found.append(Candidate(doc, line, concept, text[run[0].start():run[-1].end()], run[0].start()))
    multiword = [c for c in found if len(_WORD.findall(c.surface)) > 1]
    covered = [(c.start, c.start + len(c.surface)) for c in multiword]
    for candidate in found:
        inside = any(a <= candidate.start and candidate.start + len(candidate.surface) <= b for a, b in covered)
        if candidate in multiword or not inside:
            yield candidate


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED, candidates)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_domain_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
