"""Held-out domain terms: a translator's termbase of the product's own domain on real prose.

The fourth held-out set of issue 15. The sets before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_en_prose`) chose
their words for homography, an adversary's sample; this one asks how often a match is right with
the termbase a translator of this product keeps: social and political history, economics,
labour, culture and education (the sample project is a page on Soviet workers' clubs). The
domain's own homographs («мир», «совет», «право», «рабочий», state, power, right, press) come as
they come: the concepts were neither picked for them nor to avoid them.

``bench/data/recognition_domain/termbase.csv`` holds 53 concepts written before any drawing, each
with its ``pos``, ``subject`` and a one-line English ``definition`` of the sense meant: single
nouns (государство, власть, класс, труд, совет, земля, мир, печать, …), multiword terms
(рабочий класс, заработная плата, общественное мнение, разделение труда, средства производства;
working class, public opinion, division of labour, means of production), three verbs (управлять,
производить, воспитывать; govern, produce, educate) and four adjectives (политический,
экономический, революционный, свободный; political, economic, revolutionary, free).

Russian group (this module). Source: the ``d0rj/RusLit`` repository (public domain texts, one
paragraph a line), read at bench time from its mirrored git directory at commit
`bench.recognition_ru_prose.COMMIT`, each file checked by its sha256 (`WORKS`); nothing of its text
is committed, only where each annotated line is (work and line number) and a digest of its text.
Four works none of the earlier sets or the alignment sets read: Gorky's journalism of 1917-1918
«Несвоевременные мысли», his memoir «Мои университеты» and his essay on New York «Город жёлтого
дьявола», and Pushkin's mock chronicle «История села Горюхина».

How the set was built (termheld4 helper, session 18), before the matcher ran on it: candidates by
lexeme membership with no context (`bench.recognition_ru_real.candidates`), lines of at most
`MAX_CHARS` characters, a repeated line once, up to `PER_CONCEPT` lines per concept drawn with
`SEED`; every candidate of every drawn line read and labelled by hand in
``bench/data/recognition_domain/occurrences_ru.tsv`` (the line format of
`bench.recognition_quality.load_line_annotations` plus each line's ``digest``): ``hit`` where the
concept's sense is meant, ``near-miss`` where it is not, the note naming why (another sense, a
verb form, a name, an adverb, a participle, another word, a pronoun, a numeral, a noun). The
counts are in the README "Termbases" entry "Held-out domain terms".

    python -m bench.recognition_domain draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from pathlib import Path

from bench.alignment_corpus import CACHE
from bench.recognition_quality import Case
from bench.recognition_ru_prose import COMMIT, REPOSITORY, quality_of, read_line_set, works_by_line
from bench.recognition_ru_real import Candidate, command, drawn_lines
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_domain"
TERMBASE = DATA / "termbase.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "gorky-untimely-thoughts": ("prose/Gorky/Несвоевременные мысли.txt",
                                "1ae6e980d3dba43d8550a41a1934be6b297786d54c92b9f4bff55b378baa4c17"),
    "gorky-my-universities": ("prose/Gorky/Мои университеты.txt",
                              "365c119b8f701c27ddc652e2201ff7f692e3ead1657831529c75ec0f75df4c88"),
    "gorky-city-of-the-yellow-devil": ("prose/Gorky/Город жёлтого дьявола.txt",
                                       "318ead770d7d1a02e5a5f3b7f44d879f70a2739df2fd5090a7f42ae86c916105"),
    "pushkin-goryukhino": ("prose/Pushkin/История села Горюхина.txt",
                           "42f84c5d182cc2764334f5875dba0da3b3e4ee17cfcdddf60598251581408ac0"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 1818
PER_CONCEPT = 8
MAX_CHARS = 360


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS)


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, drawn with `SEED`; every candidate of each."""
    return drawn_lines(concepts, docs, MAX_CHARS, PER_CONCEPT, SEED)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_domain_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
