"""Benchmark of the translation memory at a million units: fuzzy lookup and concordance.

The memory is the synthetic one of `bench.tm_corpus` (1,000,000 units by
default; `BENCH_TM_UNITS=100000 python -m bench memory` for a quick run),
stored with `TranslationMemory.import_units` (the time is reported too). The
import leaves the targets out of their full-text index; the first Russian-side
concordance indexes them, and its time has a row of its own.

Lookups (300, seeded) are a mix of what a translator meets:

* **near**: a memory sentence with one word replaced and one number changed
  (should find its unit; the recall of that is reported);
* **exact**: a memory sentence as it is;
* **miss**: a new sentence of frequent words (nothing to find, everything to read).

Concordance searches (100) are single English words, English two-word
phrases taken from units, Russian words in another case than they were
drawn in (morphology at work) and Russian two-word phrases.

Latency is wall-clock per call, one thread, warm caches after 10 warm-up
calls; the mean CPU time per call is reported beside it, because on a shared
machine the wall clock includes waiting for a core. Targets: lookup median
<= 20 ms and p95 <= 60 ms; concordance <= 100 ms.

**Recall against brute force**: for every third lookup the true best match is
found by scoring every unit of the memory (rapidfuzz's C++ scorer over all
normalised sources for the candidates of at least `--min`, then the memory's
own `rank`), and the lookup's first match is compared with it (same score
counts: ties may be broken by another unit of equal score).

**Batch**: the same queries through `workbench memory lookup --batch` in a
fresh process (start-up, opening and warming the memory included), per query.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.tm_corpus import Clock, Corpus, PeakMemory, build_corpus

UNITS = int(os.environ.get("BENCH_TM_UNITS", "1000000"))
LOOKUPS = 300
SEARCHES = 100
SEED = 1924


def run() -> list[dict[str, Any]]:
    from workbench.core.memory import MEMORY_FILE, TranslationMemory
    from workbench.core.project import Project

    corpus = build_corpus()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        project = Path(folder) / "project"
        Project.create(project).close()
        with PeakMemory() as peak, Clock() as clock:
            tm = TranslationMemory.open(project / MEMORY_FILE)
            tm.import_units("synthetic.tmx", corpus.units(UNITS))
        size = sum(f.stat().st_size for f in project.glob(MEMORY_FILE + "*")) / 2**20
        label = f"memory import ({UNITS:,} units)"
        rows += [
            {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s", "target": "<= 20 s"},
            {"benchmark": label, "metric": "CPU time", "value": round(clock.cpu, 1), "unit": "s", "target": ""},
            {"benchmark": label, "metric": "peak RSS", "value": round(peak.megabytes), "unit": "MB", "target": "<= 300 MB"},
            {"benchmark": label, "metric": "database size", "value": round(size), "unit": "MB", "target": ""},
        ]
        rows += _first_target_search(tm, corpus)
        queries = _queries(corpus)
        rows += _lookups(tm, queries)
        rows += _recall(tm, queries[::3])
        rows += _searches(tm, corpus)
        tm.close()
        rows += _batch(project, queries)
    return rows


def _first_target_search(tm: Any, corpus: Corpus) -> list[dict[str, Any]]:
    """The first Russian-side concordance after the import: it indexes every imported target
    (an import leaves them to it, `TranslationMemory.index_targets`), a cost the import row no
    longer holds, so it is shown here on its own."""
    word = corpus.pair(UNITS // 2)[1].rstrip(".").replace(",", "").split()[-1]
    pending = tm.pending_targets()
    with PeakMemory() as peak, Clock() as clock:
        hits = tm.search(word, limit=20)
    assert hits and tm.pending_targets() == 0
    label = f"memory first target-side search after an import ({pending:,} targets indexed)"
    return [
        {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "CPU time", "value": round(clock.cpu, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "peak RSS", "value": round(peak.megabytes), "unit": "MB", "target": ""},
    ]


def _queries(corpus: Corpus) -> list[tuple[str, str, str | None]]:
    """(kind, text, expected target) for each lookup, seeded."""
    rng = random.Random(SEED)
    queries: list[tuple[str, str, str | None]] = []
    for _ in range(LOOKUPS):
        kind = rng.choice(("near", "near", "exact", "miss"))
        if kind == "miss":
            queries.append((kind, corpus.sentence(rng), None))
            continue
        index = rng.randrange(UNITS)
        source, expected = corpus.pair(index)
        if kind == "near":
            words = source.rstrip(".").split()
            words[rng.randrange(len(words))] = rng.choice(corpus.english_words)
            words.insert(rng.randrange(len(words)), str(rng.randint(1900, 1999)))
            source = " ".join(words) + "."
        queries.append((kind, source, expected))
    return queries


def _lookups(tm: Any, queries: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    for _, text, _ in queries[:10]:
        tm.lookup(text)
    latencies: dict[str, list[float]] = {"near": [], "exact": [], "miss": []}
    found = {"near": 0, "exact": 0}
    cpu = time.process_time()
    for kind, text, target in queries:
        started = time.perf_counter()
        matches = tm.lookup(text, min_score=70, limit=5)
        latencies[kind].append((time.perf_counter() - started) * 1000)
        if target is not None and any(m.target == target for m in matches):
            found[kind] += 1
    cpu = time.process_time() - cpu
    every = [ms for values in latencies.values() for ms in values]
    label = f"fuzzy lookup ({UNITS:,} units, {len(every)} queries)"
    rows = [
        {"benchmark": label, "metric": "median", "value": round(statistics.median(every), 1), "unit": "ms", "target": "<= 20 ms"},
        {"benchmark": label, "metric": "p95", "value": round(_p95(every), 1), "unit": "ms", "target": "<= 60 ms"},
        {"benchmark": label, "metric": "mean CPU", "value": round(cpu / len(every) * 1000, 1), "unit": "ms", "target": ""},
    ]
    for kind, values in latencies.items():
        rows.append({"benchmark": label, "metric": f"{kind} median", "value": round(statistics.median(values), 1), "unit": "ms", "target": ""})
    for kind in ("near", "exact"):
        rows.append(
            {"benchmark": label, "metric": f"{kind} recall", "value": round(found[kind] / max(1, len(latencies[kind])), 3), "unit": "", "target": ""}
        )
    return rows


def _recall(tm: Any, queries: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    """How often the lookup's first match is the best match of the whole memory (module docstring)."""
    from rapidfuzz import fuzz, process

    from workbench.core.memory.search import UnitRow, normalise, rank

    conn = tm.db.conn
    ids: list[int] = []
    norms: list[str] = []
    for unit_id, source in conn.execute("select id, source from units"):
        ids.append(unit_id)
        norms.append(normalise(source))
    agree = with_best = 0
    for _, text, _ in queries:
        found = process.extract(normalise(text), norms, scorer=fuzz.ratio, score_cutoff=70, limit=None)
        marks = ",".join(str(ids[index]) for _, _, index in found) or "0"
        candidates = [
            UnitRow._make(row)
            for row in conn.execute(
                "select u.id, m.name, u.source, u.target, u.status, u.segment_id, u.changed "
                f"from units u join memories m on m.id = u.memory_id where u.id in ({marks})"
            )
        ]
        best = rank(text, candidates, min_score=70, limit=1)
        mine = tm.lookup(text, min_score=70, limit=1)
        if not best:
            agree += not mine
            continue
        with_best += 1
        agree += bool(mine) and mine[0].score == best[0].score
    label = f"fuzzy lookup ({UNITS:,} units, {len(queries)} queries): against brute force"
    return [
        {"benchmark": label, "metric": "top match = brute force's", "value": round(agree / len(queries), 3), "unit": "", "target": "1.000"},
        {"benchmark": label, "metric": "queries with a match >= 70", "value": with_best, "unit": "", "target": ""},
    ]


def _batch(project: Path, queries: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    """`workbench memory lookup --batch`: the queries in one fresh process, start-up included."""
    lines = Path(project.parent) / "queries.jsonl"
    lines.write_text("".join(json.dumps(text, ensure_ascii=False) + "\n" for _, text, _ in queries), encoding="utf-8")
    script = Path(sys.executable).with_name("workbench")
    with Clock() as clock:
        result = subprocess.run(
            [str(script), "memory", "lookup", str(project), "--batch", str(lines)],
            capture_output=True, text=True, check=True,
        )
    answered = len(result.stdout.splitlines())
    assert answered == len(queries), result.stderr
    label = f"memory lookup --batch ({UNITS:,} units, {answered} queries, one process)"
    return [
        {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "per query", "value": round(clock.wall / answered * 1000, 1), "unit": "ms", "target": ""},
    ]


def _searches(tm: Any, corpus: Corpus) -> list[dict[str, Any]]:
    from termbase.morphology import lemmatizer_for

    rng = random.Random(SEED + 1)
    russian = lemmatizer_for("ru")
    queries: list[str] = []
    for number in range(SEARCHES):
        source, target = corpus.pair(rng.randrange(UNITS))
        words = source.rstrip(".").replace(",", "").split()
        russian_words = target.rstrip(".").replace(",", "").split()
        kind = number % 4
        if kind == 0:
            queries.append(rng.choice(words[:]))
        elif kind == 1:
            start = rng.randrange(len(words) - 1)
            queries.append(" ".join(words[start : start + 2]))
        elif kind == 2:
            word = rng.choice(russian_words)
            parses = russian.parses(word.lower())  # type: ignore[attr-defined]
            forms = [f.word for f in parses[0].lexeme] if parses else [word]
            queries.append(rng.choice(forms))
        else:
            start = rng.randrange(len(russian_words) - 1)
            queries.append(" ".join(russian_words[start : start + 2]))
    for text in queries[:10]:
        tm.search(text, limit=20)
    latencies = []
    hits = 0
    cpu = time.process_time()
    for text in queries:
        started = time.perf_counter()
        found = tm.search(text, limit=20)
        latencies.append((time.perf_counter() - started) * 1000)
        hits += bool(found)
    cpu = time.process_time() - cpu
    label = f"concordance ({UNITS:,} units, {len(queries)} searches, 20 hits max)"
    return [
        {"benchmark": label, "metric": "mean CPU", "value": round(cpu / len(queries) * 1000, 1), "unit": "ms", "target": ""},
        {"benchmark": label, "metric": "median", "value": round(statistics.median(latencies), 1), "unit": "ms", "target": "<= 100 ms"},
        {"benchmark": label, "metric": "p95", "value": round(_p95(latencies), 1), "unit": "ms", "target": "<= 100 ms"},
        {"benchmark": label, "metric": "searches with hits", "value": round(hits / len(queries), 3), "unit": "", "target": ""},
    ]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


if __name__ == "__main__":
    for row in run():
        print(row)
