"""Integrity of the sample's hand-made data: translation, termbase and planted slips.

The checks demo relies on these files meaning exactly what `slips.json` and
`NOTES.md` say; an innocent edit to the translation or the termbase could
silently add or hide a slip. These tests pin the files' contract with plain
pymorphy3 lemmas, independent of the termbase package, so a failure here
points at the data rather than at the recogniser.
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pymorphy3
import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "projects" / "workers-clubs"
CLEAN = SAMPLE / "sources" / "workers-clubs.ru.txt"
SLIPPED = SAMPLE / "workers-clubs.ru.slips.txt"
TERMBASE = SAMPLE / "termbase.csv"
SLIPS = SAMPLE / "slips.json"

STATUSES = {"preferred", "admitted", "deprecated", "superseded"}
APPROVED = {"preferred", "admitted"}
CHECK_IDS = {
    "term-missing", "term-forbidden", "term-variant-mix", "inconsistent-target",
    "inconsistent-source", "number-mismatch", "untranslated", "same-as-source",
    "length-ratio", "punctuation-end", "quote-style", "whitespace",
}
# Sentence ends in this text: no abbreviations are used (years are spelled
# «года», never «г.»), so a stop or closing quote before a capital is enough.
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[А-ЯЁ«])")


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@cache
def _lemma(word: str) -> str:
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


def lemmas(text: str) -> tuple[str, ...]:
    """Lemma sequence of a Russian text, hyphenated words kept whole."""
    return tuple(_lemma(w) for w in re.findall(r"\w+(?:-\w+)*", text.lower()))


def contains(text: str, term: str) -> bool:
    """Whether the term occurs in the text in any inflected form, as whole words."""
    seq, words = lemmas(term), lemmas(text)
    return any(words[i : i + len(seq)] == seq for i in range(len(words) - len(seq) + 1))


def paragraphs(path: Path) -> list[list[str]]:
    """Sentences per paragraph, after reflowing the hard-wrapped lines."""
    text = path.read_text(encoding="utf-8")
    return [SENTENCE_END.split(" ".join(p.split())) for p in text.strip().split("\n\n")]


@cache
def termbase_rows() -> tuple[dict[str, str], ...]:
    with TERMBASE.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def terms_of(concept: str, statuses: set[str]) -> list[str]:
    return [r["ru"] for r in termbase_rows() if r["id"] == concept and r["status"] in statuses]


@cache
def slips() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(SLIPS.read_text(encoding="utf-8")))


def test_termbase_shape() -> None:
    with TERMBASE.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == ["id", "en", "ru", "status", "subject", "definition", "note"]
    rows = termbase_rows()
    concepts = {r["id"] for r in rows}
    assert len(concepts) >= 20
    for row in rows:
        assert re.fullmatch(r"[a-z][a-z0-9-]*", row["id"]), row  # a valid TBX/XML id
        assert row["en"].strip() and row["ru"].strip(), row
        assert row["status"] in STATUSES, row
        if row["status"] not in APPROVED:
            assert row["note"].strip(), f"{row['ru']}: say why it is not to be used"
    for concept in concepts:
        assert len(terms_of(concept, {"preferred"})) == 1, concept
    pairs = [(r["id"], r["ru"]) for r in rows]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("path", [CLEAN, SLIPPED], ids=lambda p: p.name)
def test_translation_layout(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.startswith("\ufeff")
    for line in text.splitlines():
        assert len(line) <= 80, line
        assert not line.endswith("-"), f"word broken across lines: {line}"
        assert line == line.strip(), f"stray spaces: {line!r}"
    assert '"' not in text and " - " not in text  # « » quotes and em dashes only
    assert [len(p) for p in paragraphs(path)] == [5, 6]


def test_clean_translation_uses_no_rejected_term() -> None:
    rejected = [r for r in termbase_rows() if r["status"] not in APPROVED]
    for sentence in (s for p in paragraphs(CLEAN) for s in p):
        for row in rejected:
            assert not contains(sentence, row["ru"]), (row["ru"], sentence)


def test_clean_translation_keeps_one_term_per_concept() -> None:
    text = " ".join(s for p in paragraphs(CLEAN) for s in p)
    for concept in {r["id"] for r in termbase_rows()}:
        used = [t for t in terms_of(concept, APPROVED) if contains(text, t)]
        assert len(used) <= 1, (concept, used)


def test_slips_are_the_only_differences() -> None:
    clean, slipped = paragraphs(CLEAN), paragraphs(SLIPPED)
    planted = {(s["paragraph"], s["target_sentence"]) for s in slips()}
    assert len(planted) == len(slips())
    for p, (c_par, s_par) in enumerate(zip(clean, slipped, strict=True), start=1):
        for n, (c, s) in enumerate(zip(c_par, s_par, strict=True), start=1):
            assert (c != s) == ((p, n) in planted), (p, n, s)


@pytest.mark.parametrize("slip", slips(), ids=lambda s: f"{s['check']}-{s.get('concept', '')}")
def test_each_slip_is_what_it_claims(slip: dict[str, Any]) -> None:
    assert slip["check"] in CHECK_IDS
    par, n = int(slip["paragraph"]), int(slip["target_sentence"])
    sentence = paragraphs(SLIPPED)[par - 1][n - 1]
    clean = paragraphs(CLEAN)[par - 1][n - 1]
    marker = str(slip["sentence_text_contains"])
    assert marker in sentence and marker not in clean
    concept = slip.get("concept")
    if slip["check"] == "number-mismatch":
        assert re.findall(r"\d+", sentence) != re.findall(r"\d+", clean)
        return
    assert isinstance(concept, str) and terms_of(concept, {"preferred"})
    forbidden = terms_of(concept, {"deprecated", "superseded"})
    approved = terms_of(concept, APPROVED)
    if slip["check"] == "term-forbidden":
        assert any(contains(marker, t) for t in forbidden)
        assert not any(contains(sentence, t) for t in approved)
    elif slip["check"] == "term-missing":
        assert not any(contains(sentence, t) for t in approved + forbidden)
    elif slip["check"] == "term-variant-mix":
        admitted = terms_of(concept, {"admitted"})
        assert any(contains(marker, t) for t in admitted)
        assert any(contains(clean, t) for t in terms_of(concept, {"preferred"}))
