"""Held-out law terms (draft)."""

from __future__ import annotations

from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_domain_en import candidates
from bench.recognition_en_prose import paragraphs
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command, drawn_lines
from bench.recognition_science_en import other_readings
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_law"
TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "holmes-common-law": SourceFile(
        "GITenberg/The-Common-Law_2449",
        "c6aa3c271ecd124b7324dca37ac1abe2d6ea338d", "2449.txt",
        "0e7701fa451e5ebf99587628b90f10fe09fd7d9c6f4f532d006990d4b525ae78"),
    "trollope-orley-farm": SourceFile(
        "GITenberg/Orley-Farm_23000",
        "c1605a57ab300bb66c7fbd90312fb03632261798", "23000.txt",
        "2e9d203b7ed888535091a2f590482f5274cc70b08dd2d4c10c087d140edca619"),
    "collins-law-and-the-lady": SourceFile(
        "GITenberg/The-Law-and-the-Lady_1622",
        "3cb70a935672127b58f871d0e0c7d10bd1353f77", "1622-0.txt",
        "e47e0f6a75af54dc3c9d90263b1646337e87d9d1564c82d6261156ba2dd988ee"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 2415
PER_CONCEPT = 4
PER_OTHER_READING = 2
"""Up to how many more paragraphs each work gives a concept where its word has a form
lemminflect reads only as another part of speech (`other_readings`)."""
PER_EVERYDAY_WORK = {"trollope-orley-farm": 1, "collins-law-and-the-lady": 1}
"""Up to how many more paragraphs per concept a novel gives, whose talk uses the terms' words in
their everyday senses at least as often as in the law's, while Holmes nearly always means them."""
MAX_CHARS = 400


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line, between Project Gutenberg's marks."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short paragraphs per concept, drawn with `SEED` over all the works, up
    to `PER_OTHER_READING` more per concept from each work holding a form of another part of
    speech (`other_readings`) and up to `PER_EVERYDAY_WORK` more from a work of everyday prose;
    every candidate of each, in reading order."""
    places = {(candidate.doc, candidate.line)
              for candidate in drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED, candidates)}
    places |= {(candidate.doc, candidate.line) for name, lines in docs.items()
               for candidate in drawn_lines(concepts, {name: lines}, MAX_CHARS, PER_OTHER_READING, SEED,
                                            other_readings)}
    places |= {(candidate.doc, candidate.line) for name, quota in PER_EVERYDAY_WORK.items()
               for candidate in drawn_lines(concepts, {name: docs[name]}, MAX_CHARS, quota, SEED, candidates)}
    return [candidate for doc, line in sorted(places, key=lambda place: (list(docs).index(place[0]), place[1]))
            for candidate in candidates(concepts, doc, line, docs[doc][line - 1])]


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_law_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
