"""Held-out science terms, English group: the terminology of science and technology in
public-domain non-fiction of 1839-1888 (chemistry, electricity, archaeology), a kind of text no
earlier term set has read.

The sixth held-out set of issue 15. Every set before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_en_prose`,
`bench.recognition_domain`, `bench.recognition_issue15` and their English groups) was read to fix
the matcher and is dev data; this one asks issue 15's question of a terminologist's termbase of
the sciences, with concepts none of them holds, on works none of them (nor any alignment set)
read.

``bench/data/recognition_science/termbase_en.csv`` holds 55 concepts written before any drawing,
each with its ``pos``, ``subject`` and a one-line ``definition`` of the sense meant: multiword
terms (carbonic acid, sulphuric acid, muriatic acid, specific gravity, lime water, air pump,
spirit lamp, current of air, electric current, voltaic battery, voltaic pile, Leyden jar,
specific inductive capacity), single nouns whose word is also a verb, an adjective or another
sense (heat, current, charge, pole, plate, needle, spark, discharge, conductor, induction,
decomposition, handle, ornament, paste, slip, whistle, ware, celt, and the parts of a vessel
named after the body: lip, neck, shoulder) and the names of substances, instruments and wares
(oxygen, hydrogen, nitrogen, gas, vapour, charcoal, zinc, platina, gold, alloy, clay, pottery,
vase, tripod, galvanometer, electrolyte, magnet, flame, wick, combustion, potter).

Sources: three Project Gutenberg books in the public GITenberg repositories, read at bench time
from their mirrored git directories at the commits of `WORKS`, each file checked by its sha256;
nothing of their text is committed, only where each annotated paragraph is (work and paragraph
number) and a digest of its text: Michael Faraday, *The Chemical History of a Candle* (lectures
of 1860-1861), Michael Faraday, *Experimental Researches in Electricity*, volume 1 (papers of
1831-1838, collected 1839) and William Henry Holmes, *Ancient Art of the Province of Chiriqui,
Colombia* (Bureau of Ethnology, 1888). None is a work of align-dev, of the alignment sets or of
the earlier term sets.

How the set was built (termheld6 helper, session 20), before the matcher ran on it: each work's
text between Project Gutenberg's start and end marks, one paragraph a line
(`bench.recognition_en_prose.paragraphs`); candidates by lexeme membership with no context
(`bench.recognition_domain_en.candidates`: lemminflect lemmas in the term's part of speech, a
multiword run hiding its words), paragraphs of at most `MAX_CHARS` characters, a repeat once, up
to `PER_WORK` per concept from each work and up to `PER_OTHER_READING` more where a form of the
concept's word reads only as another part of speech (`other_readings`) and up to
`PER_WORDS_APART` more where a multiword term's modifier stands apart (`words_apart`), drawn
with `SEED`; every candidate read and labelled by hand as
``hit`` or ``near-miss`` with why in ``bench/data/recognition_science/occurrences_en.tsv``. The
counts are in the README "Termbases" entry "Held-out science terms".

    python -m bench.recognition_science_en draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_domain_en import candidates
from bench.recognition_en_prose import paragraphs
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_science"
TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "faraday-chemical-history-of-a-candle": SourceFile(
        "GITenberg/The-Chemical-History-of-a-Candle_14474",
        "8e778424cd5462a2d553cc0c5c141846994039f2", "14474.txt",
        "dc2f26bd91e4ce39700722fb1f3f6f91cf585d8e5ffebb23572f889da790d200"),
    "faraday-experimental-researches-electricity-1": SourceFile(
        "GITenberg/Experimental-Researches-in-Electricity-Volume-1_14986",
        "f9d3ee6c6262447759b8b82b71315f41c7ae03f2", "14986.txt",
        "05f778fe9113897ff016812cb8fb9cbf64ede3c8ede3bb195b3170f7939f1967"),
    "holmes-ancient-art-of-chiriqui": SourceFile(
        "GITenberg/Ancient-art-of-the-province-of-Chiriqui-ColombiaGovernment-Printing-Office-Washington-1888-pa__30621",
        "2af9eca74c5a26a9a792f6433429d68842543493", "30621-0.txt",
        "378bb91679d5754583c6c3f32594f27ea1b4a8ae9c29aad860c949d162a478a1"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 2020
PER_WORK = {"faraday-chemical-history-of-a-candle": 6, "faraday-experimental-researches-electricity-1": 2,
            "holmes-ancient-art-of-chiriqui": 4}
"""Up to how many paragraphs each work gives a concept: the *Researches* are six times the
*Candle* and hold most of its concepts too, so one draw over all three would make them most of the
set (61 % of its paragraphs at six per concept); these give them 45 %, the *Candle* 16 % and
Holmes 39 % of the 220 drawn."""
PER_OTHER_READING = 6
"""Up to how many more paragraphs each work gives a concept where its word has a form
lemminflect reads only as another part of speech (`other_readings`)."""
PER_WORDS_APART = 2
"""Up to how many more paragraphs each work gives a multiword concept where its modifier stands
without the rest of the term (`words_apart`)."""
MAX_CHARS = 450
_WORD = re.compile(r"[A-Za-z]+")


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line, between Project Gutenberg's marks."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def other_readings(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """The one-word candidates of `text` that lemminflect cannot read as a noun («charged»,
    «heated», «ornamented»): every concept of this termbase is a noun, and a science book's nouns
    are mostly meant, so a draw by lexeme alone would hold few of the forms that meet a verb or
    an adjective, the near-misses issue 15 asks about."""
    import lemminflect

    for candidate in candidates(concepts, doc, line, text):
        if " " not in candidate.surface and not lemminflect.getAllLemmas(candidate.surface.lower()).get("NOUN"):
            yield candidate


def words_apart(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """The first word of a multiword term where it stands without the rest of the term and
    lemminflect reads no noun in it («sulphuric» in «sulphuric and nitric acids», «voltaic» in
    «voltaic current», «Leyden» the town): the words of a term met apart, which must not be read
    as the term, by every term it begins («voltaic» apart is a near-miss of both the battery and
    the pile), and not where it begins another term («voltaic» of «voltaic battery» for the
    pile). A modifier that is also a noun («air», «lime») stands apart in nearly every line and
    is left out."""
    import lemminflect

    runs = {candidate.start for candidate in candidates(concepts, doc, line, text) if " " in candidate.surface}
    for concept in concepts:
        for term in concept.terms:
            first = term.text.split()[0].lower()
            if term.lang != "en" or " " not in term.text or lemminflect.getAllLemmas(first).get("NOUN"):
                continue
            for word in _WORD.finditer(text):
                if word.group().lower() == first and word.start() not in runs:
                    yield Candidate(doc, line, concept.id, word.group(), word.start())


def drawn_paragraphs(concepts: list[Concept], docs: dict[str, list[str]], max_chars: int, seed: int, per_concept: int,
                     per_other_reading: int, per_work: Mapping[str, int] | None = None) -> list[Candidate]:
    """Up to `per_concept` short paragraphs per concept, drawn with `seed` over all the works, up
    to `per_other_reading` more per concept from each work holding a form of another part of
    speech (`other_readings`) and up to `per_work[name]` more from the work `name`; every
    candidate of each, in reading order: how the English sets drawn from several books draw."""
    places = {(candidate.doc, candidate.line)
              for candidate in drawn_lines(concepts, docs, max_chars, per_concept, seed, candidates)}
    places |= {(candidate.doc, candidate.line) for name, lines in docs.items()
               for candidate in drawn_lines(concepts, {name: lines}, max_chars, per_other_reading, seed,
                                            other_readings)}
    places |= {(candidate.doc, candidate.line) for name, quota in (per_work or {}).items()
               for candidate in drawn_lines(concepts, {name: docs[name]}, max_chars, quota, seed, candidates)}
    return [candidate for doc, line in sorted(places, key=lambda place: (list(docs).index(place[0]), place[1]))
            for candidate in candidates(concepts, doc, line, docs[doc][line - 1])]


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_WORK` short paragraphs per concept from each work, up to `PER_OTHER_READING`
    more holding a form of another part of speech (`other_readings`) and up to `PER_WORDS_APART`
    more holding a term's modifier apart (`words_apart`), drawn with `SEED`; every candidate and
    every word apart of each, in reading order."""
    places = {(candidate.doc, candidate.line) for name, lines in docs.items()
              for find, quota in ((candidates, PER_WORK[name]), (other_readings, PER_OTHER_READING),
                                  (words_apart, PER_WORDS_APART))
              for candidate in drawn_lines(concepts, {name: lines}, MAX_CHARS, quota, SEED, find)}
    return [candidate for doc, line in sorted(places, key=lambda place: (list(docs).index(place[0]), place[1]))
            for candidate in sorted((*candidates(concepts, doc, line, docs[doc][line - 1]),
                                     *words_apart(concepts, doc, line, docs[doc][line - 1])),
                                    key=lambda candidate: candidate.start)]


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_science_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
