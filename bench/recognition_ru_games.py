"""Held-out Russian game texts: a second held-out term set, with verb terms (issue 15).

Real Russian sentences no one here had used, from three sources, fetched or read at bench time;
only where each annotated line is (document and number) and a digest of its text are committed:

* `crawl-common` 0.28.0 (Debian 12): Dungeon Crawl Stone Soup's Russian descriptions
  (``dat/descript/ru/*.txt``: items, monsters, gods, spells, quotations...), written or
  translated by the game's volunteer translators; each file a document of one paragraph a line;
* `cataclysm-dda-data` 0.F-3 (Debian 12): Cataclysm: Dark Days Ahead's Russian catalogue
  (``cataclysm-dda.mo``: item descriptions, dialogues, messages) by its community translators;
  one document of one translation (each plural form) a line, in the catalogue's order;
* the Russian cases of razdel's and pySBD's test suites (news and prose sentences their
  authors collected), read from ``../shared/external-peers/segmentation/``; one document per
  suite, one case a line.

``bench/data/recognition_ru_games/termbase.csv`` holds 45 concepts chosen before drawing for
homography and inflection, each with its part of speech in ``pos``: nouns that share forms
with verbs, pronouns, numerals, names, adverbs or short adjectives, or read two ways (сталь,
печь, стекло, мыло, пила, мука, лук, роман, вера, быль, знать, весть, жила, течь, замок,
коса, дуло, сорока, право, зло, тепло, лев, роза), adjectives with short forms and
participles (открытый, свободный, готовый, тяжёлый, острый, полный, сломанный), multiword
adjective+noun and noun+genitive terms, and verb terms (мыть, тереть, печь, вести, знать,
стать, пить, жить, течь) whose forms meet pronouns («мой»), numerals («три») and nouns.

Candidates by lexeme membership as for the first set (`recognition_ru_real.candidates`; a verb
term's word names its infinitive's lemma), no context; lines of `MAX_CHARS` or fewer drawn
with `SEED`, up to `PER_CONCEPT` per concept taken in turn from each source (a line found
twice is read once); every candidate of every drawn line read and labelled by hand before the
matcher ran on it: ``bench/data/recognition_ru_games/occurrences.tsv`` in the line format of
`bench.recognition_quality.load_line_annotations`, plus each line's ``digest``. The reading
(termheld2 helper, session 16, 2026-12-04): 469 lines (373 of the catalogue, 95 descriptions,
1 peer case), 675 rows, 415 hits and 260 near-misses (69 verb forms, 58 other words, 54 nouns,
34 other senses, 14 pronouns, 14 numerals, 10 adverbs, 5 participles, 2 names). A participle
in its verb's sense is a verb term's hit; a full adjective's short forms and comparatives are
its hits, its adverbs and participles near-misses.

    python -m bench.recognition_ru_games draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from babel.messages.mofile import read_mo

from bench.alignment_corpus import CACHE, unpack
from bench.recognition_quality import Case, load_line_annotations
from bench.recognition_ru_real import Candidate, candidate_lines, command, materialise, scored
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_ru_games"
TERMBASE = DATA / "termbase.csv"
ANNOTATIONS = DATA / "occurrences.tsv"
PACKAGES = ("crawl-common", "cataclysm-dda-data")
CRAWL = Path("usr/share/crawl/dat/descript/ru")
CATALOGUE = Path("usr/share/locale/ru/LC_MESSAGES/cataclysm-dda.mo")
PEERS = Path(__file__).resolve().parents[2] / "shared" / "external-peers" / "segmentation"
PEER_SUITES = ("razdel-ru", "pysbd-ru")
SEED = 1516
PER_CONCEPT = 12
MAX_CHARS = 300


def _fold_space(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    """A description file's paragraphs in order: entries are parted by ``%%%%`` lines, and an
    entry's key (its English name) by a blank line from its text."""
    return [_fold_space(part) for part in re.split(r"\n(?:[ \t]*\n|%%%%\n)+", text.removeprefix("%%%%\n"))]


def documents() -> dict[str, list[str]]:
    """Every source as documents of one paragraph, translation or case a line."""
    root = unpack("recognition_ru_games", PACKAGES)
    found = {}
    for path in sorted((root / CRAWL).glob("*.txt")):
        found[f"crawl.{path.stem}"] = _paragraphs(path.read_text(encoding="utf-8", errors="replace"))
    with open(root / CATALOGUE, "rb") as handle:
        catalogue = read_mo(handle)
    lines: list[str] = []
    for message in catalogue:
        if not message.id:
            continue
        forms = (message.string,) if isinstance(message.string, str) else message.string or ()
        lines.extend(_fold_space(form) for form in forms if form)
    found["cataclysm-dda.catalogue"] = lines
    for suite in PEER_SUITES:
        with open(PEERS / f"{suite}.jsonl", encoding="utf-8") as handle:
            found[suite] = [_fold_space(json.loads(row)["text"]) for row in handle if row.strip()]
    return found


def _source(doc: str) -> str:
    return doc.split(".")[0]


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, drawn with `SEED` from each source in turn
    (so the large catalogue does not crowd out the others); every candidate of each."""
    found = candidate_lines(concepts, docs, MAX_CHARS)
    by_concept: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for (doc, number), here in found.items():
        for concept in dict.fromkeys(c.concept for c in here):
            by_concept.setdefault(concept, {}).setdefault(_source(doc), []).append((doc, number))
    rng = random.Random(SEED)
    chosen: dict[tuple[str, int], None] = {}
    for concept in (c.id for c in concepts):
        queues = []
        by_source = by_concept.get(concept, {})
        for places in (by_source[source] for source in sorted(by_source)):
            rng.shuffle(places)
            queues.append([p for p in places if p not in chosen])
        taken: list[tuple[str, int]] = []
        while len(taken) < PER_CONCEPT and any(queues):
            for queue in queues:
                if queue and len(taken) < PER_CONCEPT:
                    taken.append(queue.pop(0))
        chosen.update(dict.fromkeys(taken))
    return [c for place in sorted(chosen) for c in found[place]]


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the fetched sources, and the number of near-misses."""
    root = materialise(documents(), ANNOTATIONS, CACHE / "recognition_ru_games_docs")
    return load_line_annotations(ANNOTATIONS, root)


def quality() -> dict[str, float]:
    """Recall and precision on the held-out set (`recognition_ru_real.scored`)."""
    return scored(TERMBASE, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
