"""Held-out seamanship terms, English group: a homograph-heavy termbase of ships, rigging, sailing
and navigation on public-domain sea writing of 1900-1906, a domain no earlier term set has read.

A held-out set of issue 15 made after the music set. Every set before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_en_prose`,
`bench.recognition_domain`, `bench.recognition_issue15`, `bench.recognition_science_en`,
`bench.recognition_essays`, `bench.recognition_music_en`, `bench.recognition_homographs` and their
other groups) was read to fix the matcher and is dev data; 105 of the music set's 138 false
matches were another sense of the word. This one asks issue 15's question again in a trade whose
terms are the commonest words of English: a sailor's hand, watch, head, line, course and point.

``bench/data/recognition_seamanship/termbase_en.csv`` holds 63 concepts written from the
dictionary before any prose was read or drawn, none of them the music set's, each with its
``pos``, ``subject`` and a one-line ``definition`` of the sense meant: nouns whose word has a
common other sense (stern, port, head, deck, mate, yard, sheet, line, watch, hold, log, reef, lee,
lead, fathom, knot, berth, hand, boom, brace, stay, shroud, block, tackle, quarter, beam, draught,
galley, helm, course, bearing, master, spar, canvas, wake, swell, spray, point, royal, top, hatch,
cable, anchor, squall), verbs whose word is also a common noun or another verb (tack, sound,
trim, steer, ship, weigh), adjectives whose word has another sense (fast, weather, foul, fair),
a few with little ambiguity, for recall (crew, jib), and multiword terms whose words meet apart
(trade wind, dead reckoning, bear away, heave to, make sail, dog watch, sea anchor); the prose
adds names that clash with terms (Slocum's sloop the *Spray*, Port Angosto, Sandy Point).

Sources: four Project Gutenberg books in the public GITenberg repositories, read at bench time
from their mirrored git directories at the commits of `WORKS`, each file checked by its sha256;
nothing of their text is committed, only where each annotated paragraph is (work and paragraph
number) and a digest of its text: Joshua Slocum, *Sailing Alone Around the World* (1900), Joseph
Conrad, *The Mirror of the Sea* (1906) and *Typhoon* (1903), and Jack London, *The Sea-Wolf*
(1904), a novel on a sealing schooner whose talk uses the terms' words in their everyday senses
as often as in the sea's. None is a work of align-dev, of the alignment sets or of the earlier
term sets. (Dana's *Two Years Before the Mast*, the obvious first choice, is stored in Latin-1
only, which `bench.align_heldout.read_source` does not read.)

How the set was built (termheld11 helper, session 22), before any matcher ran on it and without
reading ``termbase/``: each work's text between Project Gutenberg's start and end marks, one
paragraph a line (`bench.recognition_en_prose.paragraphs`); candidates by lexeme membership with
no context (`bench.recognition_domain_en.candidates`: lemminflect lemmas in the term's part of
speech, a multiword run hiding its words), paragraphs of at most `MAX_CHARS` characters, a repeat
once, up to `PER_CONCEPT` per concept drawn with `SEED` over the four works and up to
`PER_OTHER_READING` more per concept and work where a form of the concept's word reads only as
another part of speech (`bench.recognition_science_en.other_readings`); every candidate read and
labelled by hand as ``hit`` or ``near-miss`` with why in
``bench/data/recognition_seamanship/occurrences_en.tsv``.

The rules of the reading: a hit is the concept's sea sense in any inflection, in running text,
chapter summaries, captions and headings alike; the sloop *Spray* and places (Port Angosto, Sandy
Point, Crescent Head, Melbourne Heads) are names; «port» is a hit only as the left-hand side
(«port tack», «port side», «port cabin»), a harbour («safe in port») another sense; «weather»
only as windward («weather helm», «weather boat»), the state of the air labelled a noun of an
adjective term; «course» as the direction or route steered, never «of course», «in the course of»
or «courses» the lowest square sails; «head» as the ship's head («Head to the eastward?»), not a
body's, a bay's or the forecastle head (a deck); «hand» as a sailor («all hands», «set the hands
going»); «fast» as made fast or firmly held (lashed fast, fast aground), not quick nor «stand fast»;
«fair» only of a wind; «log» the log-book, the patent log and its reading another sense; «berth»
a sleeping place or cabin, a ship's place at a wharf or «a berth» as a post another sense; «line»
a rope in use (a lead-line, manila line), a hull's lines, a drawn line and a line of vision other
senses; «top» the platform at a masthead, the top of a mast or spar (its upper end) another sense;
«beam» a breadth or direction («starboard beam»), the deck beams (timbers) another sense; «reef»
the part of a sail (the reef of «reef-points»), a coral reef another sense and «reefed» a verb
form; a derrick-boom another sense of the boom; in «stern-sheets» the stern is meant and the
sheets are not; the verbs' gerunds are hits («steering-gear», «steering-oar»), their nouns
labelled nouns (a ship, a sound, the port tack, carpet-tacks); «bore away» and «bearing away» of
boats sailing off the wind are hits. Labelled by the termheld11 helper on 2026-12-05, one reader
in one pass, by reading each paragraph: 420 paragraphs (Slocum 96, *The Mirror of the Sea* 42,
*Typhoon* 66, *The Sea-Wolf* 216), 858 rows, **380 hits and 478 near-misses** (185 other senses,
98 verb forms, 94 nouns of verb and adjective terms, 72 names (61 of them the *Spray*), 10
adjectives, 10 other words, 8 participles, 1 adverb: 211 of another part of speech). Fathom and
draught drew no paragraph; words of a multiword term met apart («bear» alone) were not drawn.

    python -m bench.recognition_seamanship_en draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_en_prose import paragraphs
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command
from bench.recognition_science_en import drawn_paragraphs
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_seamanship"
TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "slocum-sailing-alone": SourceFile(
        "GITenberg/Sailing-Alone-Around-the-World_6317",
        "e71bb316b10300723a8f8e7dc834cf9eb0fd1cb3", "6317.txt",
        "f9e7e03a8d6b800eccd5dfa1fa48c9d718545ced322aa049d4df0e8d6875ea62"),
    "conrad-mirror-of-the-sea": SourceFile(
        "GITenberg/The-Mirror-of-the-Sea_1058",
        "e87a341a2fe043235e4ba7364be53b8b66c1e014", "1058-0.txt",
        "1b98aaa8b2105ecb28ff3b9cae318e261f02101b07b29458b703c6100f203f25"),
    "conrad-typhoon": SourceFile(
        "GITenberg/Typhoon_1142",
        "830ba342282d154b501802cad29d28c80e95fe22", "1142.txt",
        "c696ef886dd5a7fafced00f8684977732dad079572ca0e4f622657c971232449"),
    "london-sea-wolf": SourceFile(
        "GITenberg/The-Sea-Wolf_1074",
        "a85a80e0e87a0bcf76d31ba6fd3347ba80b4562f", "1074.txt",
        "4952ad53795aedcf562e2894e1acc6cc366b0a3084a298e8d32bd896a171de3c"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 2211
PER_CONCEPT = 10
PER_OTHER_READING = 4
"""Up to how many more paragraphs each work gives a concept where its word has a form
lemminflect reads only as another part of speech (`other_readings`)."""
MAX_CHARS = 400


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line, between Project Gutenberg's marks."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short paragraphs per concept, drawn with `SEED` over all the works, and
    up to `PER_OTHER_READING` more per concept from each work holding a form of another part of
    speech (`other_readings`); every candidate of each, in reading order."""
    return drawn_paragraphs(concepts, docs, MAX_CHARS, SEED, PER_CONCEPT, PER_OTHER_READING)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_seamanship_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
