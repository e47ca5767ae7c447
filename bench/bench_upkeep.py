"""Memory upkeep on a team server and in a project's own memory, on the same units.

`memory export`, `memory conflicts`, `memory replace` (exact text; word forms previewed) and
`memory undo` are one code path for both stores (`memory.upkeep` over `MemoryUpkeep`); this
times each, through `team.open_upkeep` as the CLI calls it, on a throw-away PostgreSQL
(`bench.pg_cluster`) and on a `memory.db`, holding the same memories: `agency.tmx`, N units
of the memory benchmark's synthetic corpus (`bench.tm_corpus`; `BENCH_UPKEEP_UNITS`, default
100,000), and `peer.tmx`, its first N/5 pairs, half of them as they are (duplicates an export
writes once) and half with another target (conflicts). The replace changes a frequent
Russian word in every target holding it; the undo takes it back.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.pg_cluster import PASSWORD, running_cluster
from bench.tm_corpus import build_corpus

UNITS = int(os.environ.get("BENCH_UPKEEP_UNITS", "100000"))


def run() -> list[dict[str, Any]]:
    from workbench.core.project.store import Project
    from workbench.core.team import open_memory
    from workbench.core.team.server import init_server

    corpus = build_corpus()
    units = list(corpus.units(UNITS))
    peer = [u if i % 2 == 0 else replace(u, target=u.target[:-1] + " (peer).") for i, u in enumerate(units[: UNITS // 5])]
    word = corpus.russian_words[40]
    rows: list[dict[str, Any]] = []
    with running_cluster() as cluster, tempfile.TemporaryDirectory(prefix="bench-upkeep-") as folder:
        root = Path(folder)
        init_server(cluster.create_database("team"))
        url = cluster.url("team", password=None)  # the project's: libpq finds the password in PGPASSFILE
        pgpass = root / "pgpass"
        pgpass.write_text(f"127.0.0.1:{cluster.port}:*:workbench:{PASSWORD}\n")
        pgpass.chmod(0o600)
        os.environ["PGPASSFILE"] = str(pgpass)
        for store_kind in ("local", "team"):
            path = root / store_kind
            with Project.create(path, "en", "ru", name="upkeep") as project:
                if store_kind == "team":
                    project.save_config(replace(project.config, team={"database": url, "member": "bench"}))
            with Project.open(path) as project:
                with open_memory(project) as tm:
                    for name, pairs in (("agency.tmx", units), ("peer.tmx", peer)):
                        tm.import_units(name, iter(pairs))

                rows += _measure(store_kind, project, root, word)
    return rows


def _measure(store_kind: str, project: Any, root: Path, word: str) -> list[dict[str, Any]]:
    """Each upkeep command on one project's memory, timed as the CLI runs it (`open_upkeep`)."""
    from workbench.core.editing import ReplaceQuery, replace_in_memory
    from workbench.core.memory import conflicts, export_memories, undo_replace
    from workbench.core.team import open_upkeep

    rows: list[dict[str, Any]] = []

    def timed(metric: str, work: Any) -> Any:
        started = time.perf_counter()
        with open_upkeep(project) as store:
            result = work(store)
        rows.append({"benchmark": "upkeep", "metric": f"{store_kind}: {metric}",
                     "value": round(time.perf_counter() - started, 2), "unit": "s", "target": ""})
        return result

    exported = timed("export", lambda s: export_memories(s, root / f"{store_kind}.tmx"))
    found = timed("conflicts", conflicts)
    changed = timed(f"replace {word!r}", lambda s: replace_in_memory(s, ReplaceQuery(word, word.upper(), case_sensitive=True), "ru"))
    previewed = timed("replace in word forms, preview",
                      lambda s: replace_in_memory(s, ReplaceQuery(word, "слово", "forms"), "ru", dry_run=True))
    undone = timed("undo", undo_replace)
    rows.append({"benchmark": "upkeep", "metric": f"{store_kind}: units written, conflicts, replaced, previewed, put back",
                 "value": f"{exported.units}, {len(found)}, {len(changed.changes)}, {len(previewed.changes)}, {undone.restored}",
                 "unit": "", "target": ""})
    return rows
