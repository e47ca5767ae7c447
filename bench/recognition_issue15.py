"""Held-out issue cases: issue 15's own measure (inflected occurrences and near-misses of
homographs, participles against adjectives, short forms and proper nouns) on fresh prose.

The fifth held-out set of issue 15. Every set before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_en_prose`,
`bench.recognition_domain` and their English groups) was read to fix the matcher and is dev data;
this one asks the issue's question again, with concepts none of them holds, on works none of them
(nor any alignment set) read.

``bench/data/recognition_issue15/termbase_ru.csv`` holds 47 concepts written before any drawing,
each with its ``pos``, ``subject`` and a one-line English ``definition`` of the sense meant: nouns
that meet verb forms («село»/сесть, «ель»/есть, «суть»/быть, «пасть», «рой»/рыть, «вой»/выть,
«соль»/солить), another word or particle («вина»/вино, «чай», «благо», «уж», «мол», «полк»/полка,
«пар»/пара, «пора»), a surname («пирог»/Пирогов, «земляника»/Земляника), another sense («среда»,
«лицо»), nouns that are adjectives in form (учёный, больной, городничий, портной, часовой,
знакомый), adjectives with short forms, adverbs and participles (должный, верный, простой, живой,
прямой, настоящий, любимый, влюблённый, пьяный), multiword terms that must agree (станционный
смотритель, коллежский асессор, частный пристав, уездный город, богоугодное заведение, Невский
проспект, титулярный советник, статский советник, образ жизни, лист бумаги) and two verbs (сесть,
есть).

Russian group (this module). Source: the ``d0rj/RusLit`` repository (public domain texts, one
paragraph a line), read at bench time from its mirrored git directory at commit
`bench.recognition_ru_prose.COMMIT`, each file checked by its sha256 (`WORKS`); nothing of its text
is committed, only where each annotated line is (work and line number) and a digest of its text.
Sixteen works none of the earlier sets or the alignment sets read: Gogol's «Ревизор», «Нос»,
«Невский проспект», «Портрет», «Записки сумасшедшего», «Старосветские помещики» and «Коляска»,
Pushkin's «Повести Белкина», «Пиковая дама» and «Арап Петра Великого», Turgenev's «Вешние воды»,
«Ася» and «Первая любовь», Herzen's «Доктор Крупов», «Сорока-воровка» and «Повреждённый» (the
last two hard-wrapped, so their lines are fragments).

How the set was built (termheld5 helper, session 19), before the matcher ran on it: candidates by
lexeme membership with no context (`bench.recognition_ru_real.candidates`), lines of at most
`MAX_CHARS` characters, a repeated line once, up to `PER_CONCEPT` lines per concept drawn with
`SEED`; every candidate of every drawn line read and labelled by hand in
``bench/data/recognition_issue15/occurrences_ru.tsv`` (the line format of
`bench.recognition_quality.load_line_annotations` plus each line's ``digest``): ``hit`` where the
concept's sense is meant, ``near-miss`` where it is not, the note naming why (another sense, a
verb form, a name, an adverb, a participle, a short form, another word, a pronoun, a numeral, a
noun). The counts are in the README "Termbases" entry "Held-out issue cases".

    python -m bench.recognition_issue15 draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from pathlib import Path

from bench.alignment_corpus import CACHE
from bench.recognition_quality import Case
from bench.recognition_ru_prose import COMMIT, REPOSITORY, quality_of, read_line_set, works_by_line
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_issue15"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "gogol-inspector": ("prose/Gogol/Ревизор.txt",
                        "00a7bb9395facfd7662c1d363e9adf3543e66105e588ec5551547cba646a735b"),
    "gogol-nose": ("prose/Gogol/Нос.txt",
                   "cbfd895dab66837b464b626e0c2d040088be62025dfee4b1c598d92f9586c4d3"),
    "gogol-nevsky-prospect": ("prose/Gogol/Невский проспект.txt",
                              "b4e7d7ff6c5f32f2f57087749d1a3fd76d217ac9f895115fbba42b5514a1b8cf"),
    "pushkin-belkin-tales": ("prose/Pushkin/Повести Белкина.txt",
                             "540d5d7b11936a435d31596d0963f972aed63ab324ba97728d86a93d03c5bce2"),
    "turgenev-torrents-of-spring": ("prose/Turgenev/Вешние воды.txt",
                                    "2cc2b89c4dab7c84da110a49fc4a72af5f9999dc81fc2949bdddc623bf5dafd1"),
    "herzen-doctor-krupov": ("prose/Herzen/Доктор Крупов.txt",
                             "28b72e512e085a92e3898526ff7a6eb40410598a4053d52f05aa22f88174f47b"),
    "gogol-portrait": ("prose/Gogol/Портрет.txt",
                       "f7e087a3b25b4b9e5c1b30b0cab21a298c27be0b65891da0bc058cfa60f1f675"),
    "gogol-diary-of-a-madman": ("prose/Gogol/Записки сумасшедшего.txt",
                                "8cdcd2e2882afd792d39279f8193dc7d4d8bb3a897fdc0f735f1999dba4a9ca3"),
    "gogol-old-world-landowners": ("prose/Gogol/Старосветские помещики.txt",
                                   "d253b9dcf7d6ef599efdf333f4ac5b8f5fc837d94b46991c414049b76553e483"),
    "gogol-carriage": ("prose/Gogol/Коляска.txt",
                       "1317d246bf11a62410cd3410bfe8cab403bc62d012f097ead888d7bbe027fab5"),
    "pushkin-queen-of-spades": ("prose/Pushkin/Пиковая дама.txt",
                                "cbe14b989c4799fe99af572a3986937bac70f283d218499aa1ab75d0c4c6ecdb"),
    "pushkin-moor-of-peter": ("prose/Pushkin/Арап Петра Великого.txt",
                              "8ae9c187bfc1c8e023ead0407bc2e74531719e471629efef1f7d72092ff18e94"),
    "turgenev-asya": ("prose/Turgenev/Ася.txt",
                      "22a727cda15e92e0f4c3b396ca91221360616c1ee2d921d49b5cff71d79586df"),
    "turgenev-first-love": ("prose/Turgenev/Первая любовь.txt",
                            "cc60156b2c0457b01132ecd94753f9e520e34507f237f60548cf29fbc3447dea"),
    "herzen-thieving-magpie": ("prose/Herzen/Сорока-воровка.txt",
                               "951d3a118be45bf274f886d1c95104bc93d99a19d213bf51dfc800e44c3cecc9"),
    "herzen-damaged": ("prose/Herzen/Повреждённый.txt",
                       "e40ef5a07ed338b74b3a45aab4d7b6059973a020dbbb48734e13c00975d86185"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 1919
PER_CONCEPT = 30
MAX_CHARS = 360


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS)


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_issue15_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
