"""Start-up of the `workbench` command: what a user waits for before anything happens.

`workbench --help` runs in fresh processes (20 runs, median and the CPU time
of the child), beside a bare `python -c pass` on the same interpreter, so the
row shows what the command itself adds. Target: `--help` <= 0.12 s.
The light commands (`status`, `segments`) are timed on a small project too;
which libraries they load is held by `tests/cli/test_startup.py`.

A user's everyday commands on a tiny project (two pairs, two glossary concepts:
a pre-commit hook, a CI job on a small delivery) are timed by their CPU (user +
system of the child, the least of CPU_RUNS runs: on a loaded machine CPU is
steadier than wall time), since almost all of it is what the command loads
before it works: `init`, `import` of two small files, `term import` of a small
TBX, `check` in each format, `status`, `export --tmx`.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

RUNS = 20
CPU_RUNS = 5
SOURCE = "The letter was written by Leo Tolstoy on 14 December 1908. Such are the vindications of violence.\n"
TARGET = "Письмо написано Львом Толстым 14 декабря 1907 года. Таковы оправдания насильства.\n"
GLOSSARY = """<?xml version="1.0" encoding="UTF-8"?>
<martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en" type="TBX-Basic">
  <martifHeader><fileDesc><sourceDesc><p>Client glossary</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="violence">
      <langSet xml:lang="en"><tig><term>violence</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>насилие</term></tig>
        <tig><term>насильство</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="letter">
      <langSet xml:lang="en"><tig><term>letter</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>письмо</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def _timed(command: list[str]) -> tuple[float, float]:
    """Median wall seconds and median child CPU seconds of `command` over RUNS runs."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _least_cpu(command: Callable[[int], list[str]]) -> float:
    """The least child CPU seconds (user + system) of CPU_RUNS runs of `command(run)`,
    which may prepare what its run needs (a fresh folder) before it returns the command."""
    cpus = []
    for number in range(CPU_RUNS):
        argv = command(number)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(cpus)


def _check(workbench: list[str], project: Path, output: str, report: Path, number: int) -> list[str]:
    return [*workbench, "check", str(project), "--format", output, "--fail-on", "never", "-o", str(report), "--force"]


def everyday_commands(script: Path, folder: Path) -> dict[str, Callable[[int], list[str]]]:
    """The commands of a user's day on a tiny project in `folder`, each a builder of its
    argv for run N (commands that create something get a fresh place each run)."""
    workbench = [str(script)]
    (folder / "en.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "ru.txt").write_text(TARGET, encoding="utf-8")
    (folder / "glossary.tbx").write_text(GLOSSARY, encoding="utf-8")
    tiny = folder / "tiny"
    for step in (["init", str(tiny)], ["import", str(tiny), "--source", str(folder / "en.txt"),
                 "--target", str(folder / "ru.txt")], ["term", "import", str(tiny), str(folder / "glossary.tbx")]):
        subprocess.run(workbench + step, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    def fresh(number: int) -> Path:
        place = folder / f"fresh-{number}"
        shutil.rmtree(place, ignore_errors=True)
        subprocess.run(workbench + ["init", str(place)], stdout=subprocess.DEVNULL, check=True)
        return place

    commands: dict[str, Callable[[int], list[str]]] = {
        "init": lambda number: workbench + ["init", str(folder / f"new-{number}")],
        "import (two small files)": lambda number: workbench + [
            "import", str(fresh(number)), "--source", str(folder / "en.txt"), "--target", str(folder / "ru.txt")],
        "term import (a small TBX)": lambda number: workbench + [
            "term", "import", str(fresh(number)), str(folder / "glossary.tbx")],
    }
    for output in ("table", "json", "csv", "html"):
        commands[f"check --format {output}"] = partial(_check, workbench, tiny, output, folder / f"report.{output}")
    commands["status"] = lambda number: workbench + ["status", str(tiny)]
    commands["export --tmx"] = lambda number: workbench + [
        "export", str(tiny), "--tmx", str(folder / "tiny.tmx"), "--force"]
    return commands


def run() -> list[dict[str, Any]]:
    from workbench.core.ingest.importing import import_tsv
    from workbench.core.project import Project

    script = Path(sys.executable).with_name("workbench")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        bitext = Path(folder) / "book.tsv"
        bitext.write_text(
            "".join(f"Sentence number {n} of the book.\tПредложение номер {n} книги.\n" for n in range(1000)),
            encoding="utf-8",
        )
        project = Path(folder) / "p"
        with Project.create(project) as opened:
            import_tsv(opened, bitext, None)
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], ""),
            "workbench --help": ([str(script), "--help"], "<= 0.12 s"),
            "workbench status (1,000 segments)": ([str(script), "status", str(project), "--format", "json"], ""),
            "workbench segments (1,000 segments)": ([str(script), "segments", str(project), "--format", "json"], ""),
        }
        for label, (command, target) in commands.items():
            wall, cpu = _timed(command)
            rows.append({"benchmark": f"start-up: {label}", "metric": "median time", "value": round(wall, 3), "unit": "s", "target": target})
            rows.append({"benchmark": f"start-up: {label}", "metric": "median CPU", "value": round(cpu, 3), "unit": "s", "target": ""})
        tiny = Path(folder) / "tiny"
        tiny.mkdir()
        for label, builder in everyday_commands(script, tiny).items():
            rows.append({"benchmark": f"start-up: workbench {label} (tiny project)", "metric": "least CPU",
                         "value": round(_least_cpu(builder), 3), "unit": "s", "target": ""})
    rows.append({"benchmark": "start-up", "metric": "load average (1 min)", "value": round(os.getloadavg()[0], 2), "unit": "", "target": ""})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
