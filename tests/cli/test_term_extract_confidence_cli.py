"""`workbench term extract` as a process: the equivalents' confidence is a calibrated chance that
discounts a pattern of one or two segments, and the dictionary forms of a plural-only Russian noun
and of an English verb that is also a noun (user sweep, session 35)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workbench.core.ingest.importing import import_pairs
from workbench.core.project import Project

REPO = Path(__file__).resolve().parents[2]
UNION = tuple(
    (f"The trade union {verb} the {thing}.", f"Профсоюз {verb_ru} {thing_ru}.")
    for (verb, verb_ru), (thing, thing_ru) in zip(
        (("funded", "финансировал"), ("built", "построил"), ("ran", "вёл"), ("praised", "хвалил"),
         ("opened", "открыл"), ("closed", "закрыл"), ("watched", "наблюдал"), ("helped", "поддержал")),
        (("library", "библиотеку"), ("theatre", "театр"), ("school", "школу"), ("choir", "хор"),
         ("museum", "музей"), ("canteen", "столовую"), ("cinema", "кино"), ("orchestra", "оркестр")),
        strict=True)
)
"""Eight segments of one pattern: "trade union" is «профсоюз» each time, with other words round it."""
CRISIS = ("The crisis of the clubs was part of a larger crisis of identity.",
          "Кризис клубов был частью более широкого кризиса идентичности.")
"""Two occurrences in one segment: every phrase of its translation agrees with it perfectly."""
MONEY = (
    ("Debian uses the money of its donors.", "Debian тратит деньги своих жертвователей."),
    ("The club kept the money in a box.", "Клуб хранил деньги в ящике."),
    ("Debian uses the servers of its partners.", "Debian использует серверы своих партнёров."),
    ("Money came from the union.", "Деньги пришли от профсоюза."),
)


def workbench(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "C.UTF-8", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=300)


def make_project(tmp_path: Path, pairs: tuple[tuple[str, str], ...]) -> Path:
    project = Project.create(tmp_path / "project", "en", "ru", "clubs")
    file = tmp_path / "pairs.tsv"
    file.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    import_pairs(project, file, list(pairs), kind="tsv")
    project.close()
    return tmp_path / "project"


def extracted(directory: Path, *options: str) -> dict[str, dict[str, object]]:
    done = workbench("term", "extract", str(directory), "--format", "json", *options)
    assert done.returncode == 0, done.stderr
    return {c["term"]: c for c in json.loads(done.stdout)["candidates"]}


def test_one_segments_coincidence_is_not_confident_where_a_pattern_is(tmp_path: Path) -> None:
    found = extracted(make_project(tmp_path, (*UNION, CRISIS)))
    crisis = found["crisis"]["equivalents"]
    assert crisis[0]["confidence"] < 0.4, "a phrase seen once is no sure equivalent, however well it agrees"
    assert crisis[0]["dice"] == 1.0 and crisis[0]["together"] == 1
    union = found["trade union"]["equivalents"][0]
    assert union["term"] == "профсоюз" and union["dice"] == 1.0 and union["together"] == 8
    assert union["confidence"] >= 0.8
    # the phrases of the one segment are tied: none is surer than the first (session 36: one of
    # them at most is the term, and the first of a tie is it more often than the rest)
    assert len({e["dice"] for e in crisis}) == 1 and len(crisis) > 1
    assert all(e["confidence"] <= crisis[0]["confidence"] for e in crisis)
    kept = extracted(tmp_path / "project", "--min-confidence", "0.5")
    assert "trade union" in kept and "crisis" not in kept
    table = workbench("term", "extract", str(tmp_path / "project"))
    assert f"профсоюз ({union['confidence']:.2f})" in table.stdout, table.stdout


def test_plural_only_russian_nouns_and_english_verbs_read_as_verbs(tmp_path: Path) -> None:
    directory = make_project(tmp_path, MONEY)
    russian = extracted(directory, "--side", "target")
    assert "деньги" in russian and "деньга" not in russian
    english = extracted(directory)
    assert "money" in english and english["money"]["equivalents"][0]["term"] == "деньги"
    assert not [term for term in english if "use" in term], list(english)
