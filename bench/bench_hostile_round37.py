"""Hostile inputs of round 37 (hardening): round 36's left items.

Made-up data, each step in a fresh process, its CPU and peak resident memory (`ru_maxrss`):

- a `rules.toml` of 10,000 rules, each a pair of words in braces (`target_forbidden =
  "{победа прогулка}"`, nouns of pymorphy3's dictionary, 3,000 words taken from the start of
  its "по" and "пр" entries, pairs drawn at random, seed 37), loaded by a project's first run
  (compiled, then kept in the user's cache) and by the next (read back); round 36: 22 s CPU
  and 198 MB on every run;
- SRX rules each a little slow: 100 rules `(?:.{1,5}){1,5}\\d{5}` (each with a different optional
  literal after it) splitting paragraphs of "The club opened in 1925. …" (25 ms a rule each, 40 of them) until the file's allowance
  stops them (or to the end: a rule's own allowance let them run);
- `term export` of 100,000 made-up concepts to TBX (three terms, a definition, a note each):
  round 36, 7.0 s CPU and 566 MB.

`BENCH_TBX_CONCEPTS` sets the concepts (default 100,000).

    python -m bench hostile_round37
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CONCEPTS = int(os.environ.get("BENCH_TBX_CONCEPTS", "100000"))

_RULES = """
import json, random, resource, sys, time
from pathlib import Path
from workbench.core.checks.rules import load_rules
from workbench.core.morphology import analyzer
folder = Path(sys.argv[1])
if not (folder / "rules.toml").exists():
    words = set()
    for prefix in ("по", "пр"):
        taken = len(words)
        for parse in analyzer().iter_known_word_parses(prefix):
            if len(parse.normal_form) >= 4 and parse.normal_form.isalpha() and "NOUN" in parse.tag:
                words.add(parse.normal_form)
            if len(words) >= taken + 1500:
                break
    words = sorted(words)
    chosen = random.Random(37)
    (folder / "rules.toml").write_text("".join(
        f'[[rule]]\\nid = "r{i}"\\ntarget_forbidden = "{{{" ".join(chosen.sample(words, 2))}}}"\\n\\n'
        for i in range(10_000)), encoding="utf-8")
started = time.process_time()
rules = load_rules(folder, "en", "ru")
assert len(rules) == 10_000
print(json.dumps({"cpu": time.process_time() - started,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_SRX = """
import json, resource, time
from workbench.errors import InputError
from workbench.formats.srx import LanguageRules, SrxRule, SrxRules, SrxSegmenter
rules = tuple(SrxRule(False, "(?:.{1,5}){1,5}\\\\d{5}" + f"(?:x{i})?", "\\\\s") for i in range(100))
segmenter = SrxSegmenter(LanguageRules.of(SrxRules((("en", (*rules, SrxRule(True, "\\\\.", "\\\\s"))),), (("en.*", "en"),)), "en"))
paragraph = "The club opened in 1925. It had a library of 1200 books. Workers came in the evenings. " * 2
started = time.process_time()
split = 0
try:
    for _ in range(40):
        segmenter.split(paragraph)
        split += 1
except InputError:
    pass
print(json.dumps({"cpu": time.process_time() - started, "paragraphs": split,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_TBX = """
import json, resource, sys, time
from termbase.formats.tbx import TbxFormat
from termbase.model import Concept, Definition, Term, TermStatus
concepts = [Concept(f"c{i}", "labour", f"A club for workers, number {i}.", f"Note {i} & more.",
                    (Term(f"workers club {i}", "en", TermStatus.PREFERRED, "noun"),
                     Term(f"рабочий клуб {i}", "ru", context=f"Клуб {i} открылся."), Term(f"Arbeiterklub {i}", "de")),
                    (Definition("ru", f"Клуб рабочих {i}."),)) for i in range(int(sys.argv[2]))]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.process_time()
TbxFormat("2").write(concepts, sys.argv[1], source_lang="en")
print(json.dumps({"cpu": time.process_time() - started, "before": before,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measured(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    """The JSON `code` prints last, run in a fresh interpreter with `args` (round 39's bench too)."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          env=env)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float, unit: str) -> None:
        rows.append({"benchmark": "hostile_round37", "metric": metric, "value": round(value, 2), "unit": unit})

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / "cache")}
        for run_name in ("first run (compiled, kept)", "next run (read back)"):
            found = measured(_RULES, folder, env=env)
            row(f"10,000 rules of two words in braces, {run_name} (CPU)", found["cpu"], "s")
            row(f"10,000 rules of two words in braces, {run_name} (peak)", found["peak"], "MB")
        found = measured(_SRX)
        row(f"100 SRX rules each a little slow, paragraphs split of 40 ({found['cpu']:.1f} s CPU)",
            found["paragraphs"], "paragraphs")
        found = measured(_TBX, str(Path(folder) / "all.tbx"), str(CONCEPTS))
        row(f"TBX export of {CONCEPTS:,} concepts (CPU)", found["cpu"], "s")
        row(f"TBX export of {CONCEPTS:,} concepts (peak, {found['before']:.0f} MB with the concepts alone)",
            found["peak"], "MB")
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
