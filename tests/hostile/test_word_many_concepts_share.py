"""`check` on a word many concepts share, as their only source term (hardening, round 21).

`Enforcer.sharing` (which concepts share a source term, so that a translation rendering one of
them tells the others are another sense) gave each concept its own set of all the others: at
100,000 concepts of "library" (round seventeen's termbase) 10^10 entries, and `workbench check`
and the editor's first check ran out of memory (killed at 16 GB on the 2-core machine); at
20,000, 2 GB and minutes. A group is one set its members share now, and each missing concept no
longer searches all the segment's checks again: 100,000 concepts check in 6.3 s of CPU and
646 MB. The answers are the same (`said`'s reading is kept: the first occurrence's last
rendering concept).
"""

from __future__ import annotations

import tracemalloc

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from termbase.pair_senses import sharing
from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus

CONCEPTS = 3_000


def _concepts() -> list[Concept]:
    rendered = Concept("c0000", terms=(Term("library", "en"), Term("библиотека", "ru")))
    return [rendered, *(Concept(f"c{i:04}", terms=(Term("library", "en"), Term("читальня", "ru")))
                        for i in range(1, CONCEPTS))]


def test_the_concepts_sharing_a_term_are_held_once() -> None:
    concepts = _concepts()
    tracemalloc.start()
    try:
        groups = sharing(concepts, "en")
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Was about 300 MB: 3,000 sets of 2,999 others.
    assert peak < 20_000_000, peak
    assert len(groups) == CONCEPTS and len({id(group) for found in groups.values() for group in found}) == 1
    assert groups["c0001"][0] == frozenset(c.id for c in concepts)


def test_each_missing_concept_is_told_the_translation_renders_another() -> None:
    segment = Segment(id=1, document_id=1, position=1, source="The library is closed.",
                      target="Библиотека закрыта.", status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    findings = [f for f in run_checks([segment], source_lang="en", target_lang="ru",
                                      enforcer=Enforcer(_concepts(), "en", "ru"), checks=["term-missing"])]
    assert len(findings) == CONCEPTS - 1
    assert {f.severity for f in findings} == {"info"}
    assert all("«Библиотека», concept c0000's term for the same word" in f.message for f in findings), findings[0].message
