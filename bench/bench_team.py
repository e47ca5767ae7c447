"""Load benchmark of a team project: 20 translators on one PostgreSQL server for 60 seconds.

A throw-away PostgreSQL cluster (`bench.pg_cluster`, loopback only) gets
the workbench schema and a shared memory of 1,000,000 synthetic units
(`bench.tm_corpus`, the corpus of the memory benchmark; seeded here with
`TeamStore.import_units`, never committed; `BENCH_TEAM_UNITS=100000` for a
quick run). Then 20 translator processes, each with a project folder of its
own naming that server (`[team]`, the password in a `PGPASSFILE`), work for
60 s through `TeamMemory`, the code path of the TUI:

* look up the next segment (TUI settings: 60 %, 8 matches; 80 % of the
  segments are a memory sentence with one word replaced, 20 % new text),
  think 0.2-0.8 s, confirm it (queued and sent); every 5th confirmation
  also re-edits one of their earlier segments;
* every 10th confirmation, edit one of three shared concepts (append a line
  naming the edit to its note), taking the other translator's version and
  redoing the edit on a conflict, until the server accepts it.

Afterwards the server must hold exactly one unit per confirmed segment with
its last target (no lost update, no duplicate unit), every accepted concept
edit must be in its concept (no lost update), and every queue must be empty.
Lookup latency is wall-clock per `TeamMemory.lookup` call in the
translator's process, server and scoring included. Targets: p50 <= 50 ms,
p95 <= 150 ms. The 20 translators, the server and whatever else runs share
the machine's cores, so the load average is reported beside it; afterwards
one client repeats 400 of the lookups alone, and the CPU time a lookup costs
on the server (its backend's, from /proc) and in the client is reported.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.pg_cluster import PASSWORD, running_cluster
from bench.tm_corpus import Clock, build_corpus

UNITS = int(os.environ.get("BENCH_TEAM_UNITS", "1000000"))
TRANSLATORS = 20
SECONDS = float(os.environ.get("BENCH_TEAM_SECONDS", "60"))
SEGMENTS_EACH = 1_000
CONCEPTS = ("c1", "c2", "c3")
SEED = 1924


def run() -> list[dict[str, Any]]:
    import psycopg

    from workbench.core.project.store import Project
    from workbench.core.team.server import init_server
    from workbench.core.team.store import TeamStore

    corpus = build_corpus()
    rows: list[dict[str, Any]] = []
    # a million units take about 750 MB on the server: the default 128 MB of shared
    # buffers is a laptop's setting, a team server is given a quarter of its memory
    with running_cluster("shared_buffers=1GB") as cluster, tempfile.TemporaryDirectory(prefix="bench-team-") as folder:
        root = Path(folder)
        url = cluster.create_database("team")
        init_server(url)
        pgpass = root / "pgpass"
        pgpass.write_text(f"127.0.0.1:{cluster.port}:*:workbench:{PASSWORD}\n")
        pgpass.chmod(0o600)
        os.environ["PGPASSFILE"] = str(pgpass)
        with psycopg.connect(url, autocommit=True) as conn, Clock() as clock:
            TeamStore(conn).import_units("agency.tmx", corpus.units(UNITS), source_file=None, member="seed")
        rows.append(_row("seed shared memory", UNITS, "units", ""))
        rows.append(_row("seed time", round(clock.wall, 1), "s", ""))
        work = []
        rng = random.Random(SEED)
        for number in range(TRANSLATORS):
            path = root / f"t{number:02d}"
            with Project.create(path, "en", "ru", name="book") as project:
                project.save_config(replace(project.config, team={"database": cluster.url("team", password=None), "member": f"t{number:02d}"}))
            segments = []
            for k in range(SEGMENTS_EACH):
                if rng.random() < 0.8:
                    source, target = corpus.pair(rng.randrange(UNITS))
                    words = source.rstrip(".").split()
                    words[rng.randrange(len(words))] = rng.choice(corpus.english_words)
                    source = " ".join(words) + "."
                else:
                    source, target = corpus.sentence(rng), corpus.sentence(rng, "ru")
                segments.append((number * 100_000 + k + 1, source, target))
            work.append((str(path), f"t{number:02d}", segments, SEED + number))
        context = multiprocessing.get_context("spawn")
        start_at = time.time() + 20  # every process imported and connected before the clock runs
        with context.Pool(TRANSLATORS) as pool:
            results = pool.starmap(_translator, [(*w, start_at, SECONDS) for w in work])
        with psycopg.connect(url) as conn:
            rows.extend(_verify(conn, results))
        alone = _alone(url, [segment[1] for w in work for segment in w[2][-20:]])
        latencies = sorted(ms for result in results for ms in result["lookups"])
        rows.append(_row("translators x seconds", f"{TRANSLATORS} x {SECONDS:.0f}", "", ""))
        rows.append(_row("lookups", len(latencies), "", ""))
        rows.append(_row("lookup p50", round(statistics.median(latencies), 1), "ms", "<= 50"))
        rows.append(_row("lookup p95", round(latencies[int(len(latencies) * 0.95)], 1), "ms", "<= 150"))
        cpu = [ms for result in results for ms in result["lookup_cpu"]]
        rows.append(_row("lookup CPU in the client, mean", round(statistics.fmean(cpu), 1), "ms", ""))
        rows.append(_row("load average during the run (1 min)", round(os.getloadavg()[0], 1), "", ""))
        rows.append(_row("confirmations", sum(r["confirmed"] for r in results), "", ""))
        rows.append(_row("concept edits accepted", sum(len(r["edits"]) for r in results), "", ""))
        rows.append(_row("concept conflicts met and redone", sum(r["conflicts"] for r in results), "", ""))
        rows.append(_row("writes left queued", sum(r["queued"] for r in results), "", "0"))
        rows.append(_row("one client alone: lookup p50", alone["p50"], "ms", ""))
        rows.append(_row("one client alone: lookup p95", alone["p95"], "ms", ""))
        rows.append(_row("CPU per lookup: server", alone["server_cpu"], "ms", ""))
        rows.append(_row("CPU per lookup: client", alone["client_cpu"], "ms", ""))
        rows.append(_row("syncs that found the server unreachable", sum(r["offline"] for r in results), "", "0"))
    return rows


def _row(metric: str, value: object, unit: str, target: str) -> dict[str, Any]:
    return {"benchmark": "team", "metric": metric, "value": value, "unit": unit, "target": target}


def _translator(
    folder: str, member: str, segments: list[tuple[int, str, str]], seed: int, start_at: float, seconds: float
) -> dict[str, Any]:
    """One translator's session (runs in a process of its own)."""
    from termbase.model import Concept, Term
    from termbase.store import Termbase
    from workbench.core.project.store import Project
    from workbench.core.team.session import TeamMemory
    from workbench.core.terminology import TERMBASE_FILE

    rng = random.Random(seed)
    lookups: list[float] = []
    lookup_cpu: list[float] = []
    last: dict[int, str] = {}
    edits: list[tuple[str, str]] = []
    conflicts = 0
    offline = 0
    with Project.open(Path(folder)) as project, TeamMemory.for_project(project, retry_after_s=0.5) as memory:
        memory.sync_terms()
        time.sleep(max(0.0, start_at - time.time()))
        deadline = time.time() + seconds
        done: list[tuple[int, str]] = []
        for index, (segment_id, source, target) in enumerate(segments):
            if time.time() >= deadline:
                break
            started, cpu = time.perf_counter(), time.process_time()
            memory.lookup(source, min_score=60, limit=8, exclude_segment=segment_id)
            lookups.append((time.perf_counter() - started) * 1000)
            lookup_cpu.append((time.process_time() - cpu) * 1000)
            time.sleep(rng.uniform(0.2, 0.8))
            memory.record_segment(segment_id, source, target, "translated")
            last[segment_id] = target
            done.append((segment_id, source))
            if index % 5 == 4:
                again_id, again_source = rng.choice(done)
                again = f"{last[again_id]} (правка {index})"
                memory.record_segment(again_id, again_source, again, "reviewed")
                last[again_id] = again
            if index % 10 == 9:
                concept_id = rng.choice(CONCEPTS)
                marker = f"{member}#{index}"
                for _ in range(50):
                    with Termbase(Path(folder) / TERMBASE_FILE) as termbase:
                        current = termbase.get(concept_id) or Concept(concept_id, terms=(Term(f"term {concept_id}", "en"),))
                        if marker not in (current.note or "").splitlines():
                            termbase.put(replace(current, note="\n".join(filter(None, [current.note, marker]))))
                    _, _, found = memory.sync_terms()
                    state = memory.state()
                    if not state.online or state.queued:
                        offline += 1  # not sent yet: try again (the edit stays local meanwhile)
                        time.sleep(0.2)
                        memory.retry_now()
                        continue
                    if not found and not memory.conflicts():
                        edits.append((concept_id, marker))
                        break
                    conflicts += 1
                    memory.resolve(concept_id, "theirs")
        memory.retry_now()
        memory.flush()
        queued = memory.state().queued
    return {"lookups": lookups, "lookup_cpu": lookup_cpu, "last": last, "edits": edits, "conflicts": conflicts, "queued": queued, "confirmed": len(last), "offline": offline}


def _alone(url: str, texts: list[str]) -> dict[str, float]:
    """The same lookups from one client after the load: latency without waiting for a core, and
    the CPU a lookup costs on each side (the server backend's, read from /proc: loopback only)."""
    import psycopg

    from workbench.core.team.store import TeamStore

    def backend_cpu(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    with psycopg.connect(url, autocommit=True) as conn:
        store = TeamStore(conn)
        found = conn.execute("select pg_backend_pid()").fetchone()
        assert found is not None
        pid = int(found[0])
        for text in texts[:10]:
            store.lookup(text, min_score=60, limit=8)
        walls: list[float] = []
        server, client = backend_cpu(pid), time.process_time()
        for text in texts:
            started = time.perf_counter()
            store.lookup(text, min_score=60, limit=8)
            walls.append((time.perf_counter() - started) * 1000)
        server, client = backend_cpu(pid) - server, time.process_time() - client
    walls.sort()
    return {
        "p50": round(statistics.median(walls), 1),
        "p95": round(walls[int(len(walls) * 0.95)], 1),
        "server_cpu": round(server * 1000 / len(texts), 1),
        "client_cpu": round(client * 1000 / len(texts), 1),
    }


def _verify(conn: Any, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """No lost update, no duplicate unit: the server against what every translator last wrote."""
    expected: dict[int, str] = {}
    for result in results:
        expected.update(result["last"])
    held = dict(
        conn.execute(
            "select u.segment_id, u.target from units u join memories m on m.id = u.memory_id where m.name = 'book'"
        ).fetchall()
    )
    duplicates = conn.execute(
        "select count(*) from (select memory_id, segment_id from units where segment_id is not null "
        "group by 1, 2 having count(*) > 1) d"
    ).fetchone()[0]
    lost = sum(1 for segment_id, target in expected.items() if held.get(segment_id) != target)
    extra = len(set(held) - set(expected))
    notes = {row[0]: (row[1] or {}).get("note") or "" for row in conn.execute("select id, data from concepts")}
    lost_edits = sum(
        1 for result in results for concept_id, marker in result["edits"] if notes.get(concept_id, "").splitlines().count(marker) != 1
    )
    return [
        _row("segments confirmed (distinct)", len(expected), "", ""),
        _row("lost segment updates", lost + extra, "", "0"),
        _row("duplicate units", int(duplicates), "", "0"),
        _row("lost concept edits", lost_edits, "", "0"),
    ]


if __name__ == "__main__":
    for item in run():
        print(item)
