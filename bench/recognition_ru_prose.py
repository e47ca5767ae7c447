"""Held-out Russian prose: term recognition on real sentences of classic Russian writers.

A third held-out set for issue 15, after `bench.recognition_ru_real` (fortunes) and
`bench.recognition_ru_games` (game texts), which were read to fix the matcher and are dev data.

Source: the ``d0rj/RusLit`` repository of Russian literature (public domain texts, one paragraph
a line), read at bench time from its mirrored git directory at commit `COMMIT`, each file checked
by its sha256 (`WORKS`); nothing of its text is committed, only where each annotated line is
(work and line number) and a digest of its text. Sixteen works of eight writers: Gogol, Pushkin,
Turgenev, Dostoevsky, Gorky, Herzen (fiction and the essays «С того берега»), Bryusov and
Lermontov. Not Tolstoy, Chekhov or Andersen (`bench/align_heldout.py`, align-dev), not
Dostoevsky's Christmas tale of align-dev.

``bench/data/recognition_ru_prose/termbase.csv`` holds 41 concepts chosen before drawing, each
with its ``pos``, its ``subject`` and a one-line English ``definition`` of the sense meant: nouns
that meet verbs, pronouns, names or a second sense (сталь, печь, стекло, мыло, пила, мука, лук
the weapon, роман the book, вера, знать, замок the castle, ключ the key, коса the scythe, мир
the peace, ручка the handle, быль, лев, роза, надежда, слава, брак, свет the light, язык the
language), adjectives with short forms and participles, multiword adjective+noun and
noun+genitive terms, and verb terms (мыть, тереть, печь, вести, знать, стать, пить, течь).

How the set was built (termheld3 helper, session 17), before the matcher ran on it: candidates
by lexeme membership with no context (`bench.recognition_ru_real.candidates`), lines of at most
`MAX_CHARS` characters, a repeated line once, up to `PER_CONCEPT` lines per concept drawn with
`SEED`; every candidate of every drawn line read and labelled by hand: ``hit`` where the
concept's sense is meant, ``near-miss`` where it is not, the note naming why (a verb form, a
name, an adverb, a participle, another sense, another word, a pronoun, a numeral, a noun).
``bench/data/recognition_ru_prose/occurrences.tsv`` holds the labels in the line format of
`bench.recognition_quality.load_line_annotations`, plus each line's ``digest``. The reading
(2026-12-04): 452 lines of the sixteen works, 664 rows, 359 hits and 305 near-misses (103 verb
forms, 98 other senses, 27 pronouns, 26 nouns, 13 numerals, 13 other words, 12 adverbs, 9 names,
4 participles).

"Another sense" near-misses (the onion for the bow, the world for the peace) are words a
morphological reading cannot tell apart; `quality` reports precision with them and without them.

    python -m bench.recognition_ru_prose draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_quality import Case, compare, load_line_annotations
from bench.recognition_ru_real import Candidate, command, drawn_lines, materialise, scored
from termbase.formats import read_termbase_file
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_ru_prose"
TERMBASE = DATA / "termbase.csv"
ANNOTATIONS = DATA / "occurrences.tsv"
REPOSITORY = "d0rj/RusLit"
COMMIT = "4509680428729da225a73a22008133660f92bb7e"
WORKS = {
    "gogol-taras-bulba": ("prose/Gogol/Тарас Бульба.txt",
                          "871ca493ef570dcdc2a672af202e4c92d73382e316834009abc7a60e2b8b1384"),
    "gogol-dikanka": ("prose/Gogol/Вечера на хуторе близ Диканьки.txt",
                      "addb0b438aba3d8a5c14f4eb2993e92d6bf681c4af37105197a2ab3d4716673d"),
    "gogol-dead-souls": ("prose/Gogol/Мёртвые души.txt",
                         "58947d05bbe3cc49dd18204d852a525c656974c3e6b2c2213d1ffb7882b1828d"),
    "pushkin-captains-daughter": ("prose/Pushkin/Капитанская дочка.txt",
                                  "515adac7fc6d756fc941820ce9071c5e7a2a3f1417d4cfadc0b89cdd35a83f0f"),
    "pushkin-dubrovsky": ("prose/Pushkin/Дубровский.txt",
                          "d8e71528cf0c7813db7878160e5c6b20199f20f41b73f7a8e6e59502be7cf371"),
    "pushkin-pugachev": ("prose/Pushkin/История Пугачёва.txt",
                         "9cf98ad69bdc15f1016aaab9a0313bcbec019f49eb87f2555e5fdcdfe1088264"),
    "turgenev-sportsman": ("prose/Turgenev/Записки охотника.txt",
                           "b30c560d68d55e1ca4e0c017629b0e4e69ee842c6e3dc4167b21699131e6b018"),
    "turgenev-fathers-and-sons": ("prose/Turgenev/Отцы и дети.txt",
                                  "9989f845c3742ed9183340cc54a5eae4ff68463375b4122b59ef9998ca47c8dc"),
    "dostoevsky-gambler": ("prose/Dostoevsky/Игрок.txt",
                           "a99797226123349b65f20eddc3caa638174ea972e3e56c51c72ff5cd4c977540"),
    "dostoevsky-humiliated": ("prose/Dostoevsky/Униженные и оскорблённые.txt",
                              "6d2fa5480568a89e7710f4a6a8508a7c4ea7ad6c82a7246b26e3698d088a3b1b"),
    "gorky-childhood": ("prose/Gorky/Детство.txt",
                        "64e7808de05c97679a0e113c04b22372c84aa78e1b760bcd0d1565afc9531c38"),
    "gorky-mother": ("prose/Gorky/Мать.txt",
                     "e824d5994b930ecc5c2bb4701305f4a472557d2b5dac3f2ad682c8fafdefafb1"),
    "herzen-other-shore": ("prose/Herzen/С того берега.txt",
                           "ecbfaa17768b3c39b27acedf6c1b09a135b0b0f2fd36a625bd4e3d6e84ab20e0"),
    "herzen-who-is-to-blame": ("prose/Herzen/Кто виноват.txt",
                               "0e0c95daf6bf396db959553fd29145d626948fa2e26a402b4290b2075efe4ddb"),
    "bryusov-fiery-angel": ("prose/Bryusov/Огненный ангел.txt",
                            "938e47e8a00e45ee327cc0d00f24f6143dba00dd25db63c9ffa36b8360d535e0"),
    "lermontov-hero": ("prose/Lermontov/Герой нашего времени.txt",
                       "d137f9fcda6c7a590a3108e00d10a63710ba209c406a4522ec0182a953f83920"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 1717
PER_CONCEPT = 12
MAX_CHARS = 260
OTHER_SENSE = "another sense"
"""How the note of a near-miss of another sense of the term's word begins."""


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS)


def works_by_line(repository: str, commit: str, works: Mapping[str, tuple[str, str]],
                  folder: str = "") -> dict[str, list[str]]:
    """Each of `works` (name: path under `folder`, sha256) read from the mirrored `repository`
    at `commit` as a document, one line of its file a line (its whitespace folded): how every
    set drawn from `d0rj/RusLit` reads its works."""
    return {name: [" ".join(line.split()) for line in
                   read_source(SourceFile(repository, commit, folder + path, sha256)).split("\n")]
            for name, (path, sha256) in works.items()}


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED)


def read_line_set(documents: dict[str, list[str]], annotations: Path, root: Path) -> tuple[list[Case], int]:
    """A line-annotated set's cases read against its works (written under `root`), and its
    number of near-misses: every prose and domain set reads so. Each work's names
    (`termbase.names.document_names`) are read from the whole work, as a translator's
    project holds the whole document."""
    return load_line_annotations(annotations, materialise(documents, annotations, root), documents)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_ru_prose_docs")


def quality() -> dict[str, float]:
    """Recall and precision on the held-out set, with and without its other senses (`quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


def quality_of(termbase: Path, annotations: Path, read: tuple[list[Case], int]) -> dict[str, float]:
    """Recall and precision of a set's cases read against its `termbase`
    (`recognition_ru_real.scored`), and the precision with the near-misses its `annotations`
    label "another sense" set aside (`without_other_senses`)."""
    return scored(termbase, read) | without_other_senses(termbase, annotations, read[0])


def without_other_senses(termbase: Path, annotations: Path, found: list[Case]) -> dict[str, float]:
    """Precision when a match of a word labelled "another sense" counts neither way, and the
    number of such rows: what a matcher that reads morphology alone can be asked for, since
    the sense of «лук» or «мир» lies in the meaning of the sentence, not in its grammar."""
    with open(annotations, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["note"].startswith(OTHER_SENSE)]
    other = Counter((f"{row['doc']}:{row['line']}", row["concept"], row["surface"]) for row in rows)
    counts, misses = compare(read_termbase_file(termbase), found)
    false_positives = counts["false_positives"]
    for miss in misses:
        place = miss.case.note.split(" ", 1)[0]
        for (concept, surface), number in Counter(miss.extra).items():
            false_positives -= min(number, other[place, concept, surface])
    true_positives = counts["true_positives"]
    return {
        "precision_without_other_senses": true_positives / (true_positives + false_positives)
        if true_positives + false_positives else 1.0,
        "other_sense_rows": float(len(rows)),
    }


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
