"""The peers on the TMX benchmark's own file, in the same run: translate-toolkit parsing
it and OmegaT loading it as a project memory, so that the ratios are measured on one
machine at one moment rather than quoted.

* **translate-toolkit** (PyPI `translate-toolkit`, the library behind Pootle and
  Weblate's converters): `translate.storage.tmx.tmxfile` parses the file into its
  units, in a fresh interpreter;
* **OmegaT** (Debian `omegat`, 3.6 here): `--mode=console-translate` on a project
  whose `tm/auto/` holds the file and whose source is the file's first source
  sentence; the translated document must hold that unit's translation (so the
  memory was really loaded). The same run with an empty `tm/` is timed too, so the
  row can say what the TMX load itself costs beyond the JVM starting and the
  project opening.

Each peer runs as a child process; its wall time, CPU time and peak resident set
(its whole process tree, sampled every 20 ms) are its own. A peer that is not
installed gives no row (the bench says so on stderr).
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")

_PARSE = """
import sys
from translate.storage import tmx
with open(sys.argv[1], "rb") as handle:
    store = tmx.tmxfile(handle)
print(len(store.units))
"""

OMEGAT_PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>ru</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""
"""A minimal OmegaT 3.6 project file, EN -> RU, every folder the default (the TMX interop tests use it too)."""


class Run:
    """A child process's wall time, CPU time and peak RSS of its process tree."""

    def __init__(self, command: list[str], cwd: Path | None = None) -> None:
        self.command = command
        self.cwd = cwd
        self.wall = self.cpu = 0.0
        self.peak = 0
        self.output = ""

    def go(self) -> Run:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen(
            self.command, cwd=self.cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        done = threading.Event()
        sampler = threading.Thread(target=self._sample, args=(process.pid, done), daemon=True)
        sampler.start()
        self.output, _ = process.communicate(timeout=1800)
        self.wall = time.perf_counter() - started
        done.set()
        sampler.join()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if process.returncode != 0:
            raise RuntimeError(f"{self.command[0]} failed: {self.output[-500:]}")
        return self

    def _sample(self, pid: int, done: threading.Event) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not done.is_set():
            total = 0
            try:
                total = root.memory_info().rss
                for child in root.children(recursive=True):
                    total += child.memory_info().rss
            except psutil.Error:
                pass
            self.peak = max(self.peak, total)
            time.sleep(0.02)


def peer_rows(path: Path, units: int, first: tuple[str, str]) -> list[dict[str, Any]]:
    """Rows for every installed peer reading `path` (a TMX of `units` EN-RU units, the
    first of them `first`)."""
    rows: list[dict[str, Any]] = []
    try:
        import translate  # noqa: F401  (only whether it is installed)
    except ImportError:
        print("tmx peers: translate-toolkit is not installed, no row", file=sys.stderr)
    else:
        parsed = Run([sys.executable, "-c", _PARSE, str(path)]).go()
        assert int(parsed.output.split()[-1]) == units
        rows += _rows(f"translate-toolkit {_version('translate-toolkit')} parses it", parsed, units)
    java = shutil.which("java")
    if java is None or not OMEGAT_JAR.is_file():
        print(f"tmx peers: OmegaT is not installed (java and {OMEGAT_JAR}; apt install omegat), no row", file=sys.stderr)
        return rows
    command = [java, "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR)]
    with tempfile.TemporaryDirectory(prefix="bench-omegat-") as folder:
        empty = _omegat_project(Path(folder) / "empty", first[0], None)
        bare = Run([*command, str(empty), "--mode=console-translate"]).go()
        loaded = _omegat_project(Path(folder) / "loaded", first[0], path)
        full = Run([*command, str(loaded), "--mode=console-translate"]).go()
        translated = loaded / "target" / "doc.txt"
        if not translated.is_file() or first[1] not in translated.read_text(encoding="utf-8"):
            raise RuntimeError(f"OmegaT did not translate from the TMX: {full.output[-500:]}")
    label = "OmegaT console-translate, the TMX in the project's tm/auto/"
    rows += _rows(label, full, units)
    rows.append(
        {"benchmark": f"tmx peer: {label} ({units:,} units)", "metric": "time without the TMX (JVM and project)",
         "value": round(bare.wall, 1), "unit": "s", "target": ""}
    )
    return rows


def _omegat_project(project: Path, source: str, tmx: Path | None) -> Path:
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / sub).mkdir(parents=True)
    (project / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    (project / "source" / "doc.txt").write_text(source + "\n", encoding="utf-8")
    if tmx is not None:
        # A link, not a copy: the file is hundreds of megabytes.
        (project / "tm" / "auto" / tmx.name).symlink_to(tmx)
    return project


def _rows(name: str, run: Run, units: int) -> list[dict[str, Any]]:
    label = f"tmx peer: {name} ({units:,} units)"
    return [
        {"benchmark": label, "metric": "time", "value": round(run.wall, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "CPU time", "value": round(run.cpu, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "peak RSS", "value": round(run.peak / 2**20), "unit": "MB", "target": ""},
    ]


def _version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)
