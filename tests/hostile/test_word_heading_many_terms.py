"""`check` on a word that is many concepts' term and heads many longer ones (hardening, round 22).

`termbase.pair_senses.containing` (a one-word term heading another concept's longer one: "glass"
of "looking-glass", so a translation with the longer term's rendering tells another sense) gave
each concept of the word its own copy of every longer term the word heads: 3,000 concepts of
"glass" beside 3,000 longer terms held 888 MB, and `check` of one segment naming the glass took
65 s of CPU and 2 GB (`bench hostile_terms`). A group is one tuple its concepts hold now, and
each group's rendering is read once per segment; the answers are the same.
"""

from __future__ import annotations

import tracemalloc

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from termbase.pair_senses import containing
from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus

COUNT = 1_000


def _concepts() -> list[Concept]:
    return [*(Concept(f"g{i:04}", terms=(Term("glass", "en"), Term("стекло", "ru"))) for i in range(COUNT)),
            *(Concept(f"w{i:04}", terms=(Term(f"looking{i} glass", "en"), Term(f"зеркальце{i}", "ru")))
              for i in range(1, COUNT)),
            Concept("w0000", terms=(Term("looking-glass", "en"), Term("зеркало", "ru"))),
            Concept("both", terms=(Term("glass", "en"), Term("drinking glass", "en"), Term("бокал", "ru")))]


def test_the_longer_terms_a_word_heads_are_held_once() -> None:
    concepts = _concepts()
    tracemalloc.start()
    try:
        groups = containing(concepts, "en")
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Was about 90 MB: 1,001 copies of the 1,001 longer terms.
    assert peak < 10_000_000, peak
    assert len(groups) == COUNT + 1 and len({id(group) for found in groups.values() for group in found}) == 1
    assert ("w0000", "looking-glass") in groups["g0001"][0] and ("both", "drinking glass") in groups["g0001"][0]


def test_each_missing_concept_is_told_the_translation_renders_the_longer_term() -> None:
    segment = Segment(id=1, document_id=1, position=1, source="He broke the glass.", target="Он разбил зеркало.",
                      status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    findings = list(run_checks([segment], source_lang="en", target_lang="ru",
                               enforcer=Enforcer(_concepts(), "en", "ru"), checks=["term-missing"]))
    assert len(findings) == COUNT + 1
    assert {f.severity for f in findings} == {"info"}
    assert all("«зеркало», the term of concept w0000, whose longer term “looking-glass”" in f.message
               for f in findings), findings[0].message
