"""Benchmark of the segment filters and go-to on 50,000 segments (issue 17: <= 200 ms each).

The project is `bench_tui.build_big_project` (synthetic: random word strings
over a small English and Russian vocabulary, 80% translated, random
statuses and confidences), read once as the TUI reads it. Each filter is
timed as `filter_segments` runs it for the grid, median of 5 runs, with the
morphology dictionaries already loaded (the TUI loads them at start) but the
per-query inflected forms computed inside the timing, over a `TextIndex` built
once (its build is its own row: the TUI builds it when the segments load). Go-to is parsing the
number, finding its row in a filtered list and recording the jump. Times are
CPU time of this process (`time.process_time`): the machine the figures were
taken on is shared, and wall time there measures the other users.

    python -m bench segment_filter
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_tui import BIG, build_big_project
from termbase.model import Concept, Term
from workbench.core.memory.concordance import word_keys
from workbench.core.navigation.filters import (
    FilterContext,
    SegmentFilter,
    TextIndex,
    TextQuery,
    filter_segments,
    inflected_forms,
)
from workbench.core.navigation.jumps import JumpHistory, index_of_position, parse_position
from workbench.core.project import Project
from workbench.core.project.model import SegmentStatus

RUNS = 5
TARGET = "<= 200 ms"
UNION = Concept("c1", terms=(Term("trade union", "en"), Term("профсоюз", "ru")))

FILTERS: dict[str, SegmentFilter] = {
    "status draft": SegmentFilter(statuses=frozenset({SegmentStatus.DRAFT})),
    "finding severity error": SegmentFilter(severities=frozenset({"error"})),
    "text plain «клуб»": SegmentFilter(text=TextQuery("клуб")),
    "text regex": SegmentFilter(text=TextQuery(r"\bпартия\s+клуб", mode="regex")),
    "text any form «профсоюзов»": SegmentFilter(text=TextQuery("профсоюзов", mode="forms")),
    "text any form «clubs»": SegmentFilter(text=TextQuery("clubs", mode="forms")),
    "term «trade union»": SegmentFilter(concept="c1"),
    "confidence < 0.5": SegmentFilter(confidence_below=0.5),
    "open comments": SegmentFilter(comments="open"),
    "all combined": SegmentFilter(
        statuses=frozenset({SegmentStatus.DRAFT, SegmentStatus.TRANSLATED}),
        text=TextQuery("профсоюз", mode="forms"),
        concept="c1",
        confidence_below=0.9,
    ),
}


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="bench-filter-") as tmp:
        path = build_big_project(Path(tmp) / "big", BIG)
        with Project.open(path) as project:
            segments = project.segments()
    # A finding on every seventh segment, a comment on every hundredth: what the TUI's indexes would hold.
    findings = {s.id: [("untranslated", "error")] for s in segments[::7]}
    context = FilterContext(
        "en", "ru",
        findings_of=lambda s: findings.get(s.id, ()),
        comments={s.id: True for s in segments[::100]},
        concepts=(UNION,),
    )
    word_keys("клуб", "ru"), word_keys("club", "en"), inflected_forms("дом", "ru"), inflected_forms("house", "en")
    rows: list[dict[str, Any]] = []
    started = time.process_time()
    index = TextIndex(segments)
    for side in ("source", "target"):
        for folded in (False, True):
            index.joined(side, folded)
    rows.append({"benchmark": "segment_filter", "metric": f"text index of {BIG:,} segments (once per load)",
                 "value": (time.process_time() - started) * 1000, "unit": "ms", "target": ""})
    for name, flt in FILTERS.items():
        times, kept = [], 0
        for _ in range(RUNS):
            inflected_forms.cache_clear()
            started = time.process_time()
            kept = len(filter_segments(segments, flt, context, index))
            times.append(time.process_time() - started)
        rows.append({"benchmark": "segment_filter", "metric": f"filter {BIG:,} segments: {name} ({kept:,} kept)",
                     "value": statistics.median(times) * 1000, "unit": "ms", "target": TARGET})
    shown = [segments[i] for i in filter_segments(segments, FILTERS["status draft"], context)]
    times = []
    history = JumpHistory()
    for attempt in range(RUNS):
        wanted = shown[-1 - attempt].position
        started = time.process_time()
        found = index_of_position(shown, parse_position(str(wanted), len(segments)))
        assert found is not None
        history.jumped(shown[0].id, shown[found].id)
        times.append(time.process_time() - started)
    rows.append({"benchmark": "segment_filter", "metric": f"go to segment N in a filtered list of {len(shown):,}",
                 "value": statistics.median(times) * 1000, "unit": "ms", "target": TARGET})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
