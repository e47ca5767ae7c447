"""Run every benchmark and print one table: `python -m bench` (or `make bench`).

Each `bench/bench_*.py` module exposes `run() -> list[dict]` with rows
`{"benchmark", "metric", "value", "unit", "target"}`. Every module runs in a
fresh interpreter so that one benchmark's memory and caches do not flatter or
burden the next, and peak-memory figures mean what they say.

    python -m bench                  # all, table on stdout
    python -m bench termbase tmx     # only modules whose name contains a word
    python -m bench --markdown       # the table as Markdown, for the README
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNNER = (
    "import importlib, json, sys; "
    "rows = importlib.import_module(sys.argv[1]).run(); "
    "print('\\n@@ROWS@@' + json.dumps(rows, ensure_ascii=False))"
)


def discover(words: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not words or any(w in n for w in words)]


def run_module(name: str) -> list[dict[str, object]]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, f"bench.{name}"],
        cwd=HERE.parent,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or "@@ROWS@@" not in result.stdout:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return [{"benchmark": name, "metric": "FAILED", "value": last, "unit": "", "target": ""}]
    rows = json.loads(result.stdout.split("@@ROWS@@", 1)[1])
    print(f"  {name}: {len(rows)} rows in {elapsed:.0f} s", file=sys.stderr)
    return rows


def format_value(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def machine() -> str:
    try:
        import psutil

        memory = f", {psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        memory = ""
    import os

    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("words", nargs="*", help="run only benchmark modules whose name contains one of these")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    rows = [row for name in discover(args.words) for row in run_module(name)]
    header = ("benchmark", "metric", "value", "unit", "target")
    table = [tuple(format_value(row.get(key, "")) for key in header) for row in rows]
    if args.markdown:
        print(f"Measured on {machine()}, {time.strftime('%Y-%m-%d')}.\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in table:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |")
        return
    from rich.console import Console
    from rich.table import Table

    out = Table(title=f"workbench benchmarks — {machine()}")
    for key in header:
        out.add_column(key, justify="right" if key == "value" else "left")
    for line in table:
        out.add_row(*line)
    Console().print(out)


if __name__ == "__main__":
    main()
