"""Benchmark of `workbench import --lines` against `--tsv` on the same 16,000 line pairs.

The pairs are WMT24's English news sources and their reference Russian (`txt-ts/sources/en-ru.txt`
and `txt-ts/references/en-ru.refA.txt` of wmt-conference/wmt24-news-systems at `COMMIT`, read
from the mirror under `$WMT24_MIRROR`, by default `/work/.mirror`), their first `PAIRS` lines:
written into a temporary folder as the two plain files and as the TSV `paste` makes of them,
never into the project. Each import is the real command in a fresh interpreter, into a fresh
project, three times each, alternated; reported are the medians of its wall-clock seconds, its CPU
seconds (what a quiet machine would take) and the peak resident set size of that process.

The TSV made by `paste` is what a user had to build before `--lines`: where an English line holds
a tab (one of these 16,000 does), the TSV reads the rest of it as the target and the Russian as
notes. The benchmark counts the pairs each import stored as the files have them.

    python -m bench import_lines            # PAIRS=16000
    BENCH_LINE_PAIRS=2000 python -m bench import_lines
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MIRROR = Path(os.environ.get("WMT24_MIRROR", "/work/.mirror")) / "wmt-conference+wmt24-news-systems" / "repo"
COMMIT = "bfa937ee53586aa173d68657b89b8642693f7b66"
SOURCE = "txt-ts/sources/en-ru.txt"
REFERENCE = "txt-ts/references/en-ru.refA.txt"
PAIRS = int(os.environ.get("BENCH_LINE_PAIRS", "16000"))
ROUNDS = 3

_RUN = (
    "import resource, sys\n"
    "from workbench.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:], standalone_mode=False)\n"
    "finally:\n"
    "    used = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    print('@@PEAK@@', used.ru_maxrss, used.ru_utime + used.ru_stime, file=sys.stderr)\n"
)


def _lines(path: str) -> list[str]:
    text = subprocess.run(["git", "--git-dir", str(MIRROR / ".git") if (MIRROR / ".git").exists() else str(MIRROR),
                           "show", f"{COMMIT}:{path}"], capture_output=True, check=True).stdout.decode("utf-8")
    return text.split("\n")[:PAIRS]


def _import(folder: Path, *args: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak megabytes of `workbench import folder ARGS` in a fresh interpreter."""
    subprocess.run([sys.executable, "-m", "workbench", "init", str(folder)], check=True, capture_output=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, "import", str(folder), *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    peak_kb, cpu = done.stderr.split("@@PEAK@@", 1)[1].split()[:2]
    return seconds, float(cpu), int(peak_kb) / 1024


def _as_in_files(folder: Path, english: list[str], russian: list[str]) -> int:
    with sqlite3.connect(folder / "project.db") as db:
        stored = set(db.execute("select source, target from segments").fetchall())
    return sum(1 for pair in zip(english, russian) if pair in stored)


def run() -> list[dict[str, Any]]:
    english, russian = _lines(SOURCE), _lines(REFERENCE)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="workbench-lines-") as tmp:
        work = Path(tmp)
        en, ru, tsv = work / "wmt24.en.txt", work / "wmt24.ru.txt", work / "wmt24.tsv"
        en.write_text("\n".join(english) + "\n", encoding="utf-8")
        ru.write_text("\n".join(russian) + "\n", encoding="utf-8")
        tsv.write_text("".join(f"{e}\t{r}\n" for e, r in zip(english, russian)), encoding="utf-8")
        runs: dict[str, list[tuple[float, float, float]]] = {"lines": [], "tsv": []}
        kept: dict[str, int] = {}
        for attempt in range(ROUNDS):  # alternated, so that a busy spell on a shared machine burdens both
            for name, args in (("lines", ("--lines", str(en), str(ru))), ("tsv", ("--tsv", str(tsv)))):
                folder = work / f"{name}{attempt}"
                runs[name].append(_import(folder, *args))
                kept[name] = _as_in_files(folder, english, russian)
        for name, measured in runs.items():
            seconds, cpu, megabytes = (statistics.median(values) for values in zip(*measured))
            note = f"{PAIRS:,} WMT24 en-ru line pairs, median of {ROUNDS}"
            rows += [
                {"benchmark": f"import --{name}", "metric": "wall time", "value": seconds, "unit": "s",
                 "target": "", "note": note},
                {"benchmark": f"import --{name}", "metric": "CPU time", "value": cpu, "unit": "s",
                 "target": "", "note": note},
                {"benchmark": f"import --{name}", "metric": "peak memory", "value": megabytes, "unit": "MB",
                 "target": "", "note": note},
                {"benchmark": f"import --{name}", "metric": "pairs as in the files", "value": kept[name], "unit": "pairs",
                 "target": PAIRS, "note": note},
            ]
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']:16} {row['metric']:22} {row['value']:>12,.2f} {row['unit']}")
