"""Held-out Russian homographs: term recognition on real sentences no one wrote for the matcher.

Source: `fortunes-ru` 1.52-3.1 (Debian 12; Pavel Maryanov's fortune-mod-ru collection:
aphorisms, quotations, jokes and anecdotes written in Russian or translated into it by their
many, mostly unnamed, authors and collectors), fetched with ``apt-get download`` into the
ignored cache at bench time; nothing of its text is committed, only where each annotated
fortune is (file and number) and a digest of its text. Not the align-dev works nor any
text an earlier recognition set read.

``bench/data/recognition_ru_real/termbase.csv`` holds 37 concepts chosen, from the README
alone, for words that read two ways: nouns sharing forms with verbs («стали», «печь»,
«стекло», «знать», «были», «дали», «вести», «жил», «мыла», «течь», «пил»), nouns that are
also names or have another sense («Вера», «Любовь», «Надежда», «Роза», «Орёл», «Лев»,
«Роман», «Слава», «мука», «лук», «пол»), adjectives that are also participles or adverbs
(«образованный», «открытый», «организованный»), short forms («свободен», «готов») and
adjective-noun terms whose words must agree («свободное время», «здравый смысл»). Verb terms
(«мыть»/«мой», «тереть»/«три») are left out: the README does not say verb terms are read.

How the set was built (issue 15, termheld helper, session 15), before the matcher ran on it:

* candidates by lexeme membership (`candidates`): every word having any pymorphy3 parse whose
  lemma is a term word (a term word's lemmas are those of its noun and full-adjective
  parses), and for a multiword term each run of adjacent words that do so in the term's
  order; no context, no agreement, a procedure apart from the matcher's. A word inside a
  multiword candidate is the longer term's, as the README's "longest first" says;
* fortunes drawn with a fixed seed, up to `PER_CONCEPT` of `MAX_CHARS` characters or fewer
  per concept (a fortune found twice in the collection is read once);
* every candidate of every drawn fortune read and labelled by hand by the helper: ``hit``
  where the concept is meant, ``near-miss`` where it is not (a verb, a pronoun, a name, an
  adverb, a participle, another sense). The annotations are
  ``bench/data/recognition_ru_real/occurrences.tsv`` in the line format of
  `bench.recognition_quality.load_line_annotations`, plus each fortune's ``digest``.
  The reading (2026-12-03): 397 fortunes of 75 files, 500 rows, 325 hits and 175
  near-misses (105 verb forms, 33 other senses, 21 names, 7 adverbs, 5 participles and
  4 other words: «поле», «пекло», «пол» inside «полyчи» typed with a Latin y).

Each fortune file becomes a document of one fortune a line (its whitespace folded); a
fortune not drawn is left as an empty line, so every line of a document is a case and a
drawn fortune's unlabelled words must stay silent.

    python -m bench.recognition_ru_real draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bench.alignment_corpus import CACHE, unpack
from bench.recognition_quality import Case, evaluate, load_line_annotations
from termbase.formats import read_termbase_file
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_ru_real"
TERMBASE = DATA / "termbase.csv"
ANNOTATIONS = DATA / "occurrences.tsv"
PACKAGES = ("fortunes-ru",)
FORTUNES = Path("usr/share/games/fortunes/ru")
SEED = 1515
PER_CONCEPT = 12
MAX_CHARS = 320
_WORD = re.compile(r"[А-Яа-яЁё]+")
_SEPARATOR = re.compile(r"(?m)^%[ \t]*$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A word (or run of words) of a fortune that may be a term: to be read and labelled."""

    doc: str
    line: int
    concept: str
    surface: str
    start: int


def documents() -> dict[str, list[str]]:
    """Every fortune file of the fetched package as a document, one fortune a line."""
    root = unpack("recognition_ru_real", PACKAGES) / FORTUNES
    found = {}
    for path in sorted(root.iterdir()):
        if path.suffix == ".dat" or path.is_symlink() or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found[f"fortunes-ru.{path.name}"] = [" ".join(part.split()) for part in _SEPARATOR.split(text)]
    return found


def digest(text: str) -> str:
    """What detects a fortune changed in a later version of the package."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@cache
def _analyzer() -> Any:
    """pymorphy3's analyser, made once: its dictionaries take a second to load."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(_fold(p.normal_form) for p in _analyzer().parse(word))


@cache
def _term_word_lemmas(word: str, verb: bool = False) -> frozenset[str]:
    """The lemmas a term word names: those of its noun and full-adjective readings (a
    participle's or verb's lemma is the verb, which would make every verb form a candidate),
    or of its infinitive reading in a term whose part of speech is "verb". Kept: `candidates` asks
    it for every term on every line of a corpus."""
    wanted = ("INFN",) if verb else ("NOUN", "ADJF")
    return frozenset(_fold(p.normal_form) for p in _analyzer().parse(word) if p.tag.POS in wanted)


def candidates(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """Every run of words of `text` that is, by lexeme membership alone, a Russian term."""
    terms = [(c.id, [_term_word_lemmas(w, (t.part_of_speech or "").lower() == "verb") for w in t.text.split()])
             for c in concepts for t in c.terms if t.lang == "ru"]
    words = list(_WORD.finditer(text))
    found: list[Candidate] = []
    for start in range(len(words)):
        for concept, lemmas in sorted(terms, key=lambda item: -len(item[1])):
            run = words[start:start + len(lemmas)]
            if len(run) == len(lemmas) and all(_lemmas(w.group()) & want for w, want in zip(run, lemmas)):
                surface = text[run[0].start():run[-1].end()]
                found.append(Candidate(doc, line, concept, surface, run[0].start()))
    covered = [(c.start, c.start + len(c.surface)) for c in found if " " in c.surface]
    for candidate in found:
        inside = any(a <= candidate.start < b and candidate.start + len(candidate.surface) <= b
                     for a, b in covered)
        if " " in candidate.surface or not inside:
            yield candidate


Finder = Callable[[list[Concept], str, int, str], Iterator[Candidate]]
"""How a set finds the candidates of a line (concepts, document, line number, text)."""


def candidate_lines(concepts: list[Concept], docs: dict[str, list[str]],
                    max_chars: int, find: Finder = candidates) -> dict[tuple[str, int], list[Candidate]]:
    """The candidates (by `find`) of every line of at most `max_chars` characters, a repeated line
    once, by (document, line number) in reading order: what a set draws its lines from."""
    seen: set[str] = set()
    found: dict[tuple[str, int], list[Candidate]] = {}
    for doc, lines in docs.items():
        for number, text in enumerate(lines, start=1):
            if not text or len(text) > max_chars or text in seen:
                continue
            seen.add(text)
            if here := list(find(concepts, doc, number, text)):
                found[doc, number] = here
    return found


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short fortunes per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED)


def drawn_lines(concepts: list[Concept], docs: dict[str, list[str]], max_chars: int, per_concept: int,
                seed: int, find: Finder = candidates) -> list[Candidate]:
    """Up to `per_concept` lines of at most `max_chars` characters per concept, in the termbase's
    order, shuffled with `seed`, a line taken once; every candidate of each (by `find`), in
    reading order."""
    found = candidate_lines(concepts, docs, max_chars, find)
    by_concept: dict[str, list[tuple[str, int]]] = {}
    for place, here in found.items():
        for concept in dict.fromkeys(c.concept for c in here):
            by_concept.setdefault(concept, []).append(place)
    rng = random.Random(seed)
    chosen: dict[tuple[str, int], None] = {}
    for concept in (c.id for c in concepts):
        places = by_concept.get(concept, [])
        rng.shuffle(places)
        for place in [p for p in places if p not in chosen][:per_concept]:
            chosen[place] = None
    return [c for place in sorted(chosen) for c in found[place]]


def materialise(docs: dict[str, list[str]], annotations: Path, root: Path) -> Path:
    """The annotated documents written to `root` (``<doc>.<lang>.txt``, the language of its rows)
    with every fortune not annotated emptied.

    Raises ValueError if an annotated fortune's text no longer has its digest.
    """
    kept: dict[tuple[str, str], set[int]] = {}
    with open(annotations, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            lines = docs.get(row["doc"], [])
            number = int(row["line"])
            if number > len(lines) or digest(lines[number - 1]) != row["digest"]:
                raise ValueError(f"{row['doc']} fortune {number} changed in the package")
            kept.setdefault((row["doc"], row["lang"]), set()).add(number)
    root.mkdir(parents=True, exist_ok=True)
    for (doc, lang), numbers in kept.items():
        text = "".join((line if k in numbers else "") + "\n" for k, line in enumerate(docs[doc], start=1))
        (root / f"{doc}.{lang}.txt").write_text(text, encoding="utf-8")
    return root


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the fetched package, and the number of near-misses."""
    root = materialise(documents(), ANNOTATIONS, CACHE / "recognition_ru_real_docs")
    return load_line_annotations(ANNOTATIONS, root)


def quality() -> dict[str, float]:
    """Recall and precision on the held-out set (`scored`)."""
    return scored(TERMBASE, cases())


def scored(termbase: Path, read: tuple[list[Case], int]) -> dict[str, float]:
    """Recall and precision of a set's cases read against its `termbase`
    (`recognition_quality.evaluate`), with ``near_miss_rows``: the near-misses labelled
    (evaluate counts the lines holding one)."""
    found, near_misses = read
    return evaluate(read_termbase_file(termbase), found) | {"near_miss_rows": float(near_misses)}


def command(doc: str | None, documents: Callable[[], dict[str, list[str]]],
            drawn_by: Callable[[list[Concept], dict[str, list[str]]], list[Candidate]], termbase: Path) -> None:
    """``draft`` prints a set's candidates as annotation rows with an empty kind, each line
    shown in the note, for the labeller; anything else prints the module's `doc`."""
    if sys.argv[1:] != ["draft"]:
        sys.exit(doc)
    docs = documents()
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["doc", "lang", "line", "concept", "surface", "kind", "note", "digest"])
    for candidate in drawn_by(read_termbase_file(termbase), docs):
        text = docs[candidate.doc][candidate.line - 1]
        out.writerow([candidate.doc, "ru", candidate.line, candidate.concept, candidate.surface, "",
                      text, digest(text)])


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
