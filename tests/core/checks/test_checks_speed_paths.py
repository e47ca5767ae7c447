"""The fast paths of the checks give exactly what the plain ones give.

On a seeded slice of the speed benchmark's workload (`bench/bench_checks.py`:
common words, inflected terms, deprecated variants, repeated sources):

* the enforcer, which looks in most targets only for the concepts the source
  names, answers as a search of the whole termbase in the target does;
* the checks run on two processes give the same findings, in the same order,
  as on one;
* the quick tests before a costly search (whitespace) never skip a text the
  search would flag.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench import bench_checks
from termbase.enforce import Enforcer
from termbase.match import TermMatch, longest
from termbase.model import Concept
from workbench.core.checks import FAMILIES, parallel, run_checks, textutil, typography
from workbench.core.checks.parallel import plan
from workbench.core.project import Segment


@pytest.fixture(scope="module")
def workload() -> tuple[list[Concept], list[Segment]]:
    """1,200 concepts and 1,200 pairs of the benchmark's kind, seeded."""
    saved = bench_checks.CONCEPTS, bench_checks.SEGMENTS
    bench_checks.CONCEPTS, bench_checks.SEGMENTS = 1200, 1200
    try:
        rng = random.Random(bench_checks.SEED)
        concepts = bench_checks.make_termbase(rng)
        return concepts, bench_checks.make_segments(rng, concepts)
    finally:
        bench_checks.CONCEPTS, bench_checks.SEGMENTS = saved


@pytest.fixture(scope="module")
def enforcer(workload: tuple[list[Concept], list[Segment]]) -> Enforcer:
    return Enforcer(workload[0], "en", "ru")


def _reference(enforcer: Enforcer, source: str, target: str) -> dict[str, Any]:
    """What the enforcer promises, worked out from a search of the whole termbase in the target."""
    found = enforcer.source_matcher.find(source)
    target_all = enforcer.target_matcher.find(target, overlapping=True) if target else []
    target_longest = longest(target_all, ordered=True)
    source_ids = {m.concept_id for m in found}
    approved_spans = {m.span for m in target_all if m.term.status.approved and m.concept_id in source_ids}
    forbidden = [m for m in target_longest if m.term.status.forbidden and m.span not in approved_spans]
    checks = [
        (
            m,
            [t for t in target_all if t.concept_id == m.concept_id and t.term.status.approved],
            [t for t in forbidden if t.concept_id == m.concept_id],
        )
        for m in found
    ]
    return {"checks": checks, "forbidden": forbidden, "target": target_longest}


def _answer(enforcer: Enforcer, source: str, target: str) -> dict[str, Any]:
    result = enforcer.check(source, target)
    checks: list[tuple[TermMatch, list[TermMatch], list[TermMatch]]] = [
        (c.source, list(c.approved), list(c.forbidden)) for c in result.source
    ]
    return {"checks": checks, "forbidden": list(result.forbidden), "target": list(result.target)}


def test_enforcer_answers_as_a_search_of_the_whole_termbase(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer
) -> None:
    segments = workload[1]
    with_forbidden = with_approved = 0
    for seg in segments:
        answer = _answer(enforcer, seg.source, seg.target)
        assert answer == _reference(enforcer, seg.source, seg.target), seg.position
        with_forbidden += bool(answer["forbidden"])
        with_approved += any(approved for _, approved, _ in answer["checks"])
    # The slice exercises both paths: targets with forbidden terms and without.
    assert with_forbidden > 10 and with_approved > 400


def test_two_processes_find_what_one_finds(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.core.spelling import Speller, available

    concepts, segments = workload
    speller = Speller("ru", terms=[(t.text, t.lang) for c in concepts for t in c.terms]) if available("ru") else None
    started: list[int] = []
    process_class = type(multiprocessing.get_context("fork").Process())
    original_start = process_class.start

    def counted_start(self: Any) -> None:
        started.append(1)
        original_start(self)

    monkeypatch.setattr(process_class, "start", counted_start)
    monkeypatch.setattr(parallel, "MIN_SEGMENTS", 1000)  # the real floor would need a slower test
    monkeypatch.setattr(parallel, "CHUNK", 100)  # many filler tasks, taken by both
    one = run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller)
    assert not started
    both = run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller, workers=2)
    assert started == [1]
    assert len(one) > 400
    assert [f.to_json() for f in both] == [f.to_json() for f in one]
    assert both == one


def test_the_plan_takes_every_segment_of_every_family_once() -> None:
    """The terms' halves first, whole families dearest first, the filler runs last. Spelling
    runs whole: in runs taken by both processes each would judge the vocabulary again."""
    planned = [(family, frozenset(family.checks)) for family in FAMILIES.values()]
    tasks, first = plan(planned, 100_000)
    assert [(t.family.name, t.part) for t in tasks[:first]] == [
        ("terms", slice(0, 50_000)), ("terms", slice(50_000, 100_000))
    ]
    whole = [t.family.name for t in tasks if t.part is None]
    assert sorted(whole) == sorted(name for name in FAMILIES if name not in ("terms", "numbers"))
    assert whole[:4] == ["typography", "consistency", "spelling", "literals"]
    assert tasks[first: first + len(whole)] == [t for t in tasks if t.part is None]
    for name in ("terms", "numbers"):
        runs = [t.part for t in tasks if t.family.name == name]
        assert runs and all(r is not None for r in runs)
        covered = [i for r in runs if r is not None for i in range(100_000)[r]]
        assert covered == list(range(100_000)), name


def _run_with_child_doing(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer, monkeypatch: pytest.MonkeyPatch,
    in_child: Any, in_parent: Any = None,
) -> list[Any]:
    """Both processes, many small tasks, and `in_child(count)` called in the child before each
    of its tasks (`in_parent(count)` here, if given)."""
    monkeypatch.setattr(parallel, "MIN_SEGMENTS", 1000)
    monkeypatch.setattr(parallel, "CHUNK", 100)
    parent = os.getpid()
    original = parallel._do
    taken: list[int] = []

    def do(context: Any, task: Any, place: Any) -> Any:
        taken.append(1)
        if os.getpid() != parent:
            in_child(len(taken))
        elif in_parent is not None:
            in_parent(len(taken))
        return original(context, task, place)

    monkeypatch.setattr(parallel, "_do", do)
    return run_checks(workload[1], source_lang="en", target_lang="ru", enforcer=enforcer, workers=2)


def test_what_a_dead_child_took_is_done_here(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Killed in its fourth task, past its half of the terms: nothing of its share is lost."""
    one = run_checks(workload[1], source_lang="en", target_lang="ru", enforcer=enforcer)
    died = tmp_path / "died"

    def die(count: int) -> None:
        if count == 4:
            died.touch()
            os._exit(1)

    assert _run_with_child_doing(workload, enforcer, monkeypatch, die, _waiting_for(died)) == one
    assert died.exists()


def _waiting_for(sign: Path) -> Any:
    """What this process does before each of its tasks: before its second, wait (a minute at
    most) until the child leaves `sign`. On a loaded machine this process could otherwise take
    every task before the forked child takes a few (a failure CI met)."""

    def wait(count: int) -> None:
        waited = 0.0
        while count == 2 and not sign.exists() and waited < 60:
            time.sleep(0.01)
            waited += 0.01

    return wait


def test_an_error_in_the_child_is_raised_here(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    broke = tmp_path / "broke"

    def fail(count: int) -> None:
        if count == 3:
            broke.touch()
            raise ValueError("broken in the child")

    with pytest.raises(ValueError, match="broken in the child"):
        _run_with_child_doing(workload, enforcer, monkeypatch, fail, _waiting_for(broke))


def test_a_family_split_by_segments_finds_what_it_finds_whole(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer
) -> None:
    """`run` is `finish` over one part of all the segments; any cut gives the same findings."""
    from workbench.core.checks.base import CheckContext

    segments = workload[1]
    terms = FAMILIES["terms"]
    assert terms.part is not None and terms.finish is not None
    checks = frozenset(terms.checks)
    context = CheckContext(segments=segments, source_lang="en", target_lang="ru", enforcer=enforcer, options={})
    whole = [f.to_json() for f in terms.run(context, checks)]
    assert any(f["check"] == "term-variant-mix" for f in whole)
    for cut in (1, 400, 1199):
        parts = [terms.part(context, checks, slice(0, cut)), terms.part(context, checks, slice(cut, len(segments)))]
        assert [f.to_json() for f in terms.finish(context, checks, parts)] == whole, cut


@settings(max_examples=3000, deadline=None)
@example("apt- get")  # a hyphen before the space: the one alternative that has no space first
@example("(xdev: )")
@given(st.text(alphabet=" \u00a0\t\nаяAz1_,.;:!?)]»”(«\"'—–-", max_size=12))
def test_the_whitespace_hint_never_misses_a_whitespace_problem(text: str) -> None:
    """The quick test before the whitespace rules says no only where their full search finds nothing."""
    if typography._ANY_WHITESPACE_PROBLEM.search(text):
        assert typography._may_have_whitespace_problem(text)


@settings(max_examples=3000, deadline=None)
@example("a_b, c²d — «e»")
@example("x\u0301y.z")
@given(st.text(alphabet=" \u00a0\t\nаёЁяAzΣ1²½_,.;:!?)]»”(«\"'—–-…/*#\u0301\u00ad", max_size=14))
def test_the_consistency_key_is_the_runs_of_letters_and_digits(text: str) -> None:
    """Splitting at spaces and common marks gives the key the regex over the folded text gives."""
    from workbench.core.checks.textutil import _WORD_RUN, _nfc

    folded = _nfc(text).casefold().replace("ё", "е").replace("\u00ad", "")
    assert textutil.consistency_key(text) == " ".join(_WORD_RUN.findall(folded))


@settings(max_examples=2000, deadline=None)
@example("в в")
@example("the The. x")
@given(st.text(alphabet=" \u00a0аАвВtThe1-._", max_size=12))
def test_the_repeated_word_search_takes_words_whole_as_backtracking_would(text: str) -> None:
    """The possessive word of `_REPEATED` finds what the plain, backtracking one finds."""
    import re

    plain = re.compile(typography._REPEATED.pattern.replace("++", "+", 1), re.IGNORECASE)
    assert [m.span() for m in typography._REPEATED.finditer(text)] == [m.span() for m in plain.finditer(text)]


_TIME_PIECES = ["3", "12", "24", "7", "9", "11", "1923", "03", "٣", "½", "1/2", " ", "\u00a0", ":", ".", "/", "-",
                "x", "×", "pm", "a.m.", "P.M", "GMT", "utc", "0200", "час", "ЧАСА", "дня", "утра", "мск", "в ", "—"]


@settings(max_examples=3000, deadline=None)
@example("٣:٣٠ и 1923")  # a clock in other digits beside ASCII ones
@example("3 ЧАСА дня, 1 час")
@example("at 0200GMT in 1923")
@example("3  утра")  # a part of the day after two spaces (Hypothesis, session 40)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=8).map("".join))
def test_the_time_and_date_hint_never_hides_a_time_or_a_date(text: str) -> None:
    """Numbers are read the same whether or not the one search before the times and dates lets
    a text skip their patterns."""
    from workbench.core import number_reader

    readers = [number_reader.NumberReader("en"), number_reader.NumberReader("ru", partner="en")]
    hinted = [reader.read(text) for reader in readers]
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(number_reader, "_may_have_time_or_date", lambda text: True)
        assert [reader.read(text) for reader in readers] == hinted


@settings(max_examples=2000, deadline=None)
@example("XIV, II-I")
@given(st.text(alphabet=" IVXLCDMХІxiаz1_-.é", max_size=10))
def test_the_roman_numeral_search_finds_what_a_leading_look_back_finds(text: str) -> None:
    """`_ROMAN_WORD`, its look back after the first letter, finds the runs the plain pattern finds."""
    import re

    from workbench.core.number_reader import _ROMAN_WORD

    plain = re.compile(r"(?<!\w)[IVXLCDMХІ]+(?!\w)")
    assert [m.span() for m in _ROMAN_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_check_run_leaves_no_reference_cycles(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer
) -> None:
    """The runner pauses the cyclic garbage collector: only sound while the checks leave
    nothing for it to collect (a closure calling itself, say, is a cycle per call)."""
    import gc

    from workbench.core.spelling import Speller, available

    concepts, segments = workload
    speller = Speller("ru", terms=[(t.text, t.lang) for c in concepts for t in c.terms]) if available("ru") else None
    run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller)  # caches warm
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # whatever any collection finds is kept in gc.garbage
    try:
        found = run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller)
        assert gc.isenabled()
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert len(found) > 400
    assert left == []


@settings(max_examples=2000, deadline=None)
@example("режим«Точка» и «»включен»")
@given(st.text(alphabet=" «»аZ1_-.", max_size=10))
def test_the_glued_guillemet_search_finds_what_a_leading_look_back_finds(text: str) -> None:
    """`_GLUED_GUILLEMET`, its look back after the mark, finds what the plain pattern finds."""
    import re

    plain = re.compile(r"(?<=[^\W_])«|»(?=[^\W_])")
    assert [m.span() for m in typography._GLUED_GUILLEMET.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_many_pairs_at_once_answer_as_each_pair_alone(
    workload: tuple[list[Concept], list[Segment]], enforcer: Enforcer
) -> None:
    """`check_many`, which the term checks call with runs of segments, gives each pair's
    `check`: the same concepts, misses, forbidden terms, occurrences and renderings."""
    pairs = [(seg.source, seg.target) for seg in workload[1]]
    pairs += [("", ""), (pairs[0][0], ""), (pairs[0][0], " "), (pairs[1][0], pairs[1][0]), ("…", pairs[2][1])]

    def told(result: Any) -> tuple[Any, ...]:
        return (result.concepts, result.unmet, result.forbidden, result.source, result.target,
                result.missing, result.renderings())

    many = enforcer.check_many(pairs)
    assert [told(result) for result in many] == [told(enforcer.check(*pair)) for pair in pairs]
    assert sum(bool(result.forbidden) for result in many) > 10
    assert sum(bool(result.renderings()) for result in many) > 400
    assert enforcer.check_many([]) == []
