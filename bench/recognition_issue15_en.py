"""Held-out issue cases, English group: nouns that are also verbs, adjectives, modals or names,
adjectives that are also verbs, and compounds, on English prose no set has read.

Same conventions as the Russian group (`bench.recognition_issue15`); its own concepts,
``bench/data/recognition_issue15/termbase_en.csv``: 46 written before any drawing, each with its
``pos``, ``subject`` and a one-line ``definition`` of the sense meant: nouns whose word is also a
verb or an adjective (line, hook, bait, float, perch, carp, close, stream, book, train, station,
fair, pound, grave, ground, lie, die, wind, bill, cook), a fish that is another word (pike, sole,
bass), a month that is a modal, a verb or an adjective (May, March, August), a trade that is a
surname (smith, miller, cook), a bird or ware that is a country (turkey, china), adjectives that
are also verbs (dry, empty, clean, perfect, separate, live), compounds (artificial fly, dining
car, sleeping car, real estate, post office, high school, bill of fare, fresh water, man of
letters) and a verb that is a noun (angle).

Sources: three Project Gutenberg books in the public GITenberg repositories, read at bench time
from their mirrored git directories at the commits of `WORKS`, each file checked by its sha256;
nothing of their text is committed, only where each annotated paragraph is (work and paragraph
number) and a digest of its text: Izaak Walton, *The Compleat Angler* (1653), Ambrose Bierce,
*The Devil's Dictionary* (1911) and Julian Street, *American Adventures* (1917). None is a work of
align-dev, of the alignment sets or of the earlier term sets.

How the set was built (termheld5 helper, session 19), before the matcher ran on it: each work's
text between Project Gutenberg's start and end marks, one paragraph a line
(`bench.recognition_en_prose.paragraphs`); candidates by lexeme membership with no context
(`bench.recognition_domain_en.candidates`: lemminflect lemmas in the term's part of speech, a
multiword run hiding its words), paragraphs of at most `MAX_CHARS` characters, a repeat once, up
to `PER_CONCEPT` per concept drawn with `SEED`; every candidate read and labelled by hand as
``hit`` or ``near-miss`` with why in ``bench/data/recognition_issue15/occurrences_en.tsv``.

    python -m bench.recognition_issue15_en draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_domain_en import candidates
from bench.recognition_en_prose import paragraphs
from bench.recognition_issue15 import DATA
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "walton-compleat-angler": SourceFile(
        "GITenberg/The-Complete-Angler-1653_9198",
        "3e96ba0d8cc824b4aaf81f9e8d08dd904996df2b", "9198.txt",
        "c5443306c9734b93b1c388a46496f70cf96608e4d714ce0f87871fd7e07baad5"),
    "bierce-devils-dictionary": SourceFile(
        "GITenberg/The-Devil-s-Dictionary_972",
        "fcea6b9736136ae4bd6bb76b398d56b7cd62e3c8", "972.txt",
        "f61a70f08650fd2b87101cb276b4d6cf12c4714d4bbd0a8a45a27501ffc8fea3"),
    "street-american-adventures": SourceFile(
        "GITenberg/American-AdventuresA-Second-Trip-Abroad-at-home-_18304",
        "748434ca594b6997cc8e8ff6af53cb9d343071bd", "18304.txt",
        "8e69f062d202a441b091545cb3b3edce0a35331d3cbec80e9d19eba4a0c3ae08"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 1920
PER_CONCEPT = 14
MAX_CHARS = 400


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line, between Project Gutenberg's marks."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short paragraphs per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED, candidates)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_issue15_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
