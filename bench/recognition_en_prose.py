"""Held-out English prose: noun terms that are also verbs, adjectives, pronouns or modals.

The English group of issue 15's third held-out set (`bench.recognition_ru_prose` is the Russian
one), same conventions. Source: three Project Gutenberg novels in the public GITenberg
repositories, read at bench time from their mirrored git directories at the commits of `WORKS`,
each file checked by its sha256; nothing of their text is committed, only where each annotated
paragraph is (work and paragraph number) and a digest of its text: William Morris, *News from
Nowhere* (1890), William Harrison Ainsworth, *Jack Sheppard* (1839), Hezekiah Butterworth, *The
Log School-House on the Columbia* (1890). None is an align-dev work nor one of
`bench/align_heldout.py`.

``bench/data/recognition_en_prose/termbase.csv`` holds 31 noun concepts chosen before drawing,
each with its ``pos``, ``subject`` and a one-line ``definition`` of the sense meant: nouns whose
word is also a verb form («saw», «felt», «rose», «wound» as past tenses; «state», «record»,
«object», «produce», «iron», «bear», «fly», «watch», «tear», «fire», «rest», «ring», «spring»,
«desert», «lead»), an adjective or adverb («present», «content», «kind», «fine», «minute»,
«light», «well»), a pronoun («mine»), a modal («will», «can») or a numeral («second»), several
with another noun sense too (the bank of money, the will to act, the rest that remains).

How the set was built (termheld3 helper, session 17), before the matcher ran on it: each work's
text between Project Gutenberg's start and end marks, one paragraph a line; candidates by lexeme
membership with no context (`candidates`: any word one of whose lemminflect lemmas, of any part of
speech, is a term's word), paragraphs of at most `MAX_CHARS` characters, a repeat once, up to
`PER_CONCEPT` per concept drawn with `SEED`; every candidate read and labelled by hand as
``hit`` or ``near-miss`` with why (a verb form, an adjective, an adverb, a pronoun, a numeral, a
name, another sense, another word) in ``bench/data/recognition_en_prose/occurrences.tsv``. The
reading (2026-12-04): 612 paragraphs, 885 rows, 203 hits and 682 near-misses (445 verb forms, 72
adjectives, 60 other senses, 35 other words, 28 adverbs, 28 pronouns, 10 numerals, 4 names).

    python -m bench.recognition_en_prose draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_en_prose"
TERMBASE = DATA / "termbase.csv"
ANNOTATIONS = DATA / "occurrences.tsv"
WORKS = {
    "morris-news-from-nowhere": SourceFile(
        "GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-Chapters-from-a-Utopian-Romance_3261",
        "79bd67b0ae225cd64f7bbc25c0449850b3131069", "3261.txt",
        "e5182ca7efdcfdb806cc6c981df49e0d40a1b578ad1c22beb9db1e69872da914"),
    "ainsworth-jack-sheppard": SourceFile(
        "GITenberg/Jack-Sheppard--A-Romance_16215",
        "53c2275d68a942a3c29d037179f8b89c9b094c3f", "16215.txt",
        "c1b00a72015340f131da3b139b4f28dc686d0c944536175c6442159bb2be6869"),
    "butterworth-log-school-house": SourceFile(
        "GITenberg/The-Log-School-House-on-the-Columbia_14881",
        "e0989d1c6a67afbfa7716e87df2ab9438020d6d5", "14881.txt",
        "05c3c213ff44fa3feb5cd270428475dfc1654aece64fca02ef64b15f7c03d929"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 1718
PER_CONCEPT = 28
MAX_CHARS = 300
_WORD = re.compile(r"[A-Za-z]+")
_START = re.compile(r"(?m)^\*\*\* ?START OF .*$")
_END = re.compile(r"(?m)^\*\*\* ?END OF .*$")


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line (`paragraphs`)."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def paragraphs(text: str) -> list[str]:
    """A Project Gutenberg text's paragraphs (its whitespace folded), from its start mark to its
    end mark: the licence around them is no one's prose."""
    start, end = _START.search(text), _END.search(text)
    body = text[start.end() if start else 0:end.start() if end else len(text)]
    return [" ".join(part.split()) for part in re.split(r"\n[ \t]*\n", body)]


@cache
def _lemmas(word: str) -> frozenset[str]:
    """Every lemma lemminflect knows for `word` in any part of speech, and the word itself."""
    import lemminflect

    folded = word.lower()
    return frozenset(lemma.lower() for lemmas in lemminflect.getAllLemmas(folded).values()
                     for lemma in lemmas) | {folded}


def _term_lemmas(word: str) -> frozenset[str]:
    """The lemmas a noun term's word names: its noun lemmas (its verb lemma, «see» for «saw»,
    would make every form of another verb a candidate)."""
    import lemminflect

    folded = word.lower()
    return frozenset(lemma.lower() for lemma in lemminflect.getAllLemmas(folded).get("NOUN", ())) | {folded}


def candidates(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """Every word of `text` that is, by lexeme membership alone, an English single-word term."""
    terms = [(c.id, _term_lemmas(t.text)) for c in concepts for t in c.terms if t.lang == "en"]
    for word in _WORD.finditer(text):
        for concept, lemmas in terms:
            if _lemmas(word.group()) & lemmas:
                yield Candidate(doc, line, concept, word.group(), word.start())


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short paragraphs per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED, candidates)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_en_prose_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
