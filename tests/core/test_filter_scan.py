"""The filters' one-pass scan keeps exactly the rows a search of each row on its own keeps.

`TextIndex.rows` runs each match on to the end of its row and reads the row
from where the match ends; these tests hold it to a plain per-row search,
on the filter benchmark's synthetic project and on rows made to catch the
cases that are looked at again (a match inside a word, a match over a newline).
"""

from __future__ import annotations

import re

import pytest

from bench.bench_segment_filter import FILTERS, UNION
from bench.bench_tui import build_big_project
from workbench.core.navigation.filters import (
    FilterContext,
    SegmentFilter,
    TextIndex,
    TextQuery,
    filter_segments,
    fold,
    forms_pattern,
)
from workbench.core.project import Project, Segment
from workbench.core.project.model import SegmentStatus


@pytest.fixture(scope="module")
def bench_segments(tmp_path_factory: pytest.TempPathFactory) -> list[Segment]:
    path = build_big_project(tmp_path_factory.mktemp("filter") / "big", 3000)
    with Project.open(path) as project:
        return project.segments()


def each_row(texts: list[str], pattern: re.Pattern[str], *, word_start: bool) -> set[int]:
    """The reference: every row searched on its own, a word start asked of the pattern itself."""
    strict = re.compile(("(?<!\\w)" if word_start else "") + f"(?:{pattern.pattern})", pattern.flags)
    return {row for row, text in enumerate(texts) if strict.search(text)}


def segment(position: int, target: str, source: str = "x") -> Segment:
    return Segment(id=position, document_id=1, position=position, source=source, target=target,
                   status=SegmentStatus.DRAFT, confidence=None, locked=False)


@pytest.mark.parametrize(
    ("side", "words", "lang"),
    [
        ("target", ("профсоюзов",), "ru"),
        ("target", ("союз",), "ru"),  # only inside «профсоюз»: every match is looked at again and refused
        ("target", ("рабочие", "клуб"), "ru"),
        ("source", ("trade", "union"), "en"),
        ("source", ("clubs",), "en"),
    ],
)
def test_forms_scan_keeps_the_rows_a_row_by_row_search_keeps(
    bench_segments: list[Segment], side: str, words: tuple[str, ...], lang: str
) -> None:
    index = TextIndex(bench_segments)
    pattern = forms_pattern(words, lang)
    texts = [fold(getattr(s, side)) for s in bench_segments]
    assert index.rows(side, pattern, folded=True, word_start=True) == each_row(texts, pattern, word_start=True)


def test_every_bench_filter_keeps_what_the_criteria_keep_one_by_one(bench_segments: list[Segment]) -> None:
    """Each benchmark filter equals its criteria applied to each segment separately."""
    findings = {s.id: [("untranslated", "error")] for s in bench_segments[::7]}
    comments = {s.id: True for s in bench_segments[::100]}
    context = FilterContext("en", "ru", findings_of=lambda s: findings.get(s.id, ()), comments=comments,
                            concepts=(UNION,))
    index = TextIndex(bench_segments)
    for name, flt in FILTERS.items():
        expected = []
        for i, s in enumerate(bench_segments):
            source, target = fold(s.source), fold(s.target)
            if flt.statuses and s.status not in flt.statuses:
                continue
            if flt.severities and not any(sev in flt.severities for _, sev in findings.get(s.id, ())):
                continue
            if flt.confidence_below is not None and not (s.confidence is not None and s.confidence < flt.confidence_below):
                continue
            if flt.comments is not None and s.id not in comments:
                continue
            if flt.text is not None:
                query = flt.text
                if query.mode == "plain":
                    found = fold(query.text) in source or fold(query.text) in target
                elif query.mode == "regex":
                    found = any(re.search(query.text, t, re.IGNORECASE) for t in (s.source, s.target))
                else:
                    text, lang = (source, "en") if query.text.isascii() else (target, "ru")
                    found = bool(each_row([text], forms_pattern(tuple(query.text.split()), lang), word_start=True))
                if not found:
                    continue
            if flt.concept is not None and not (
                each_row([source], forms_pattern(("trade", "union"), "en"), word_start=True)
                or each_row([target], forms_pattern(("профсоюз",), "ru"), word_start=True)
            ):
                continue
            expected.append(i)
        assert filter_segments(bench_segments, flt, context, index) == expected, name


def test_a_match_inside_a_word_does_not_hide_a_later_one_in_the_row() -> None:
    index = TextIndex([segment(0, "Профсоюз и союз"), segment(1, "профсоюз"), segment(2, "союзники"),
                       segment(3, "Союзы")])
    assert index.rows("target", forms_pattern(("союз",), "ru"), folded=True, word_start=True) == {0, 3}


def test_a_match_over_a_newline_leaves_no_row_it_touched_unasked() -> None:
    """`б\\s+п` matches from the first row's end into the second; the second row holds a match of its own."""
    index = TextIndex([segment(0, "клуб"), segment(1, "партия клуб п"), segment(2, "нет")])
    assert index.rows("target", re.compile(r"б\s+п"), folded=True) == {1}


def test_a_plain_query_with_a_newline_matches_no_row(bench_segments: list[Segment]) -> None:
    """Rows are one line each: a newline in the query never matches, though the joined text has one."""
    index = TextIndex(bench_segments)
    context = FilterContext("en", "ru")
    assert filter_segments(bench_segments, SegmentFilter(text=TextQuery("клуб.\nпартия")), context, index) == []


def test_a_match_off_a_word_boundary_does_not_hide_a_later_one_in_the_row() -> None:
    index = TextIndex([segment(0, "неклуб клуб"), segment(1, "неклуб"), segment(2, "клубы")])
    assert index.rows("target", re.compile("клуб"), folded=True, boundary=True) == {0, 2}
