"""A term's many occurrences in one long segment (hardening, round 22).

The sense readings of a missing term (`term-missing` told by the dictionary's other sense,
`termbase.pair_senses.defined_here`, the bare singular after a preposition) each tested every
character of the source against every occurrence, or tokenised all the text before each
occurrence: "Press the key. " 3,300 times (49,500 characters) beside «Нажмите клавишу.» took
19.7 s of `check` for the one concept "key"/«ключ»; 1.5 s now, the same finding.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

import workbench.core.checks.terms as term_checks
from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from termbase.normalize import blanked, token_spans
from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus


def test_blanked_is_the_text_with_its_spans_made_spaces() -> None:
    letters = random.Random(22)
    for _ in range(3_000):
        text = "".join(letters.choice("ab c.") for _ in range(letters.randrange(0, 30)))
        spans = [(letters.randrange(-2, 32), letters.randrange(-2, 34)) for _ in range(letters.randrange(0, 5))]
        expected = "".join(" " if any(start <= i < end for start, end in spans) else ch for i, ch in enumerate(text))
        assert blanked(text, spans) == expected, (text, spans)


def test_the_source_is_tokenised_once_for_all_occurrences(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    def counted(text: str) -> Iterator[tuple[str, int, int]]:
        nonlocal calls
        calls += 1
        return token_spans(text)

    monkeypatch.setattr(term_checks, "token_spans", counted)
    segment = Segment(id=1, document_id=1, position=1, source="Press the key. " * 300,
                      target="Нажмите клавишу. " * 300, status=SegmentStatus.TRANSLATED, confidence=None,
                      locked=False)
    enforcer = Enforcer([Concept("key", terms=(Term("key", "en"), Term("ключ", "ru")))], "en", "ru")
    findings = list(run_checks([segment], source_lang="en", target_lang="ru", enforcer=enforcer,
                               checks=["term-missing"]))
    assert len(findings) == 1 and "«клавиша», the dictionary's word for “key”" in findings[0].message
    # Was once per occurrence: 300.
    assert calls <= 1, calls
