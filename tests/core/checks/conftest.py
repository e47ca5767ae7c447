"""Fixtures for the check tests: segments from plain pairs, a small EN-RU termbase."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from workbench.core.project.model import Segment, SegmentStatus

# The frozen sets' shared test steps assert inside a helper module: rewritten, their failures
# show the values as a test's own asserts do.
pytest.register_assert_rewrite("tests.core.checks.frozen_sets")

MakeSegments = Callable[[Sequence[tuple[str, str]]], list[Segment]]


def segments_from(pairs: Sequence[tuple[str, str]]) -> list[Segment]:
    return [
        Segment(
            id=100 + i,
            document_id=1,
            position=i,
            source=source,
            target=target,
            status=SegmentStatus.DRAFT,
            confidence=None,
            locked=False,
        )
        for i, (source, target) in enumerate(pairs, start=1)
    ]


@pytest.fixture
def make_segments() -> MakeSegments:
    return segments_from


def concept(cid: str, en: str, *ru: tuple[str, str], note: str | None = None) -> Concept:
    terms = [Term(en, "en")]
    terms += [Term(text, "ru", status, usage_note=note if status != "preferred" else None)
              for text, status in ru]
    return Concept(cid, terms=tuple(terms))


CONCEPTS = (
    concept("cultural-spontaneity", "cultural spontaneity",
            ("культурная стихийность", "preferred"), ("культурная спонтанность", "deprecated"),
            note="Calque."),
    concept("trade-union", "trade union", ("профсоюз", "preferred"),
            ("профессиональный союз", "admitted"), ("торговый союз", "deprecated")),
    concept("workers-club", "workers' club", ("рабочий клуб", "preferred"), ("клуб", "admitted")),
    concept("proletarianization", "proletarianization", ("пролетаризация", "preferred"),
            ("орабочивание", "superseded")),
    concept("local-initiative", "local initiative", ("местная инициатива", "preferred"),
            ("инициатива на местах", "admitted")),
    concept("communist-party", "Communist Party", ("Коммунистическая партия", "preferred"),
            ("компартия", "admitted")),
    concept("official-discourse", "official discourse", ("официальный дискурс", "preferred"),
            ("официальный язык", "deprecated")),
)


@pytest.fixture(scope="session")
def enforcer() -> Enforcer:
    return Enforcer(CONCEPTS, "en", "ru")
