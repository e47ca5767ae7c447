"""`workbench term extract` run as a process on a real project: JSON, a TSV that `term import`
takes back, `--add`, and refusals with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.ingest.importing import import_pairs
from workbench.core.project import Project

REPO = Path(__file__).resolve().parents[2]
PAIRS = (
    ("The trade union built a workers' club.", "Профсоюз построил рабочий клуб."),
    ("Workers' clubs served cultural spontaneity.", "Рабочие клубы служили культурной стихийности."),
    ("Cultural spontaneity frightened the party.", "Культурная стихийность пугала партию."),
    ("The trade union funded the workers' club.", "Профсоюз финансировал рабочий клуб."),
    ("Cultural spontaneity grew in every workers' club.", "Культурная стихийность росла в каждом рабочем клубе."),
    ("The party watched the trade unions.", "Партия следила за профсоюзами."),
)


def workbench(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "C.UTF-8", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=300)


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    project = Project.create(tmp_path / "project", "en", "ru", "clubs")
    file = tmp_path / "pairs.tsv"
    file.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    import_pairs(project, file, list(PAIRS), kind="tsv")
    project.close()
    return tmp_path / "project"


def test_json_names_candidates_equivalents_and_segments(project_dir: Path) -> None:
    done = workbench("term", "extract", str(project_dir), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    found = {c["term"]: c for c in report["candidates"]}
    spontaneity = found["cultural spontaneity"]
    assert spontaneity["count"] == 3 and spontaneity["equivalents"][0]["term"] == "культурная стихийность"
    best = spontaneity["equivalents"][0]
    # three segments of perfect agreement (Dice 1), and «стихийность» as good a companion: the
    # calibrated chance is well short of certain (session 35; it was Dice, 1.0)
    assert best["dice"] == 1.0 and best["together"] == 3
    assert 0.3 < best["confidence"] < 0.8
    assert [e["segment"] for e in spontaneity["examples"]] == [2, 3, 5]
    assert spontaneity["examples"][0]["other"] == "Рабочие клубы служили культурной стихийности."
    target = json.loads(workbench("term", "extract", str(project_dir), "--side", "target", "--format", "json").stdout)
    assert {c["term"] for c in target["candidates"]} >= {"культурная стихийность", "рабочий клуб", "профсоюз"}


def test_the_tsv_goes_back_through_term_import(project_dir: Path, tmp_path: Path) -> None:
    done = workbench("term", "extract", str(project_dir), "--format", "tsv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "en\tru\tconcept_note"
    kept = [line for line in lines[1:] if line.split("\t")[0] in ("trade union", "cultural spontaneity")]
    assert len(kept) == 2
    edited = tmp_path / "chosen.tsv"
    edited.write_text("\n".join([lines[0], *kept]) + "\n", encoding="utf-8")
    imported = workbench("term", "import", str(project_dir), str(edited))
    assert imported.returncode == 0 and "imported 2 concepts" in imported.stdout, imported.stderr
    listed = json.loads(workbench("term", "list", str(project_dir), "--format", "json").stdout)
    assert {t["text"] for c in listed for t in c["terms"]} == {"trade union", "профсоюз", "cultural spontaneity",
                                                             "культурная стихийность"}
    again = json.loads(workbench("term", "extract", str(project_dir), "--format", "json").stdout)
    assert not {"trade union", "cultural spontaneity"} & {c["term"] for c in again["candidates"]}
    assert again["known_left_out"] >= 2


def test_add_puts_the_listed_candidates_in_the_termbase(project_dir: Path) -> None:
    done = workbench("term", "extract", str(project_dir), "--limit", "2", "--add")
    assert done.returncode == 0, done.stderr
    assert "added 2 concepts" in done.stdout
    listed = json.loads(workbench("term", "list", str(project_dir), "--format", "json").stdout)
    assert len(listed) == 2 and all(len(c["terms"]) == 2 for c in listed)


@pytest.mark.parametrize("args", [("--min-count", "0"), ("--format", "xml"), ("--side", "both")])
def test_bad_options_are_refused_with_exit_code_2(project_dir: Path, args: tuple[str, ...]) -> None:
    done = workbench("term", "extract", str(project_dir), *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_no_project_and_no_reader_are_one_line_errors(tmp_path: Path) -> None:
    done = workbench("term", "extract", str(tmp_path / "absent"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    project = Project.create(tmp_path / "german", "de", "ru", "hunde")
    project.close()
    refused = workbench("term", "extract", str(tmp_path / "german"))
    assert refused.returncode == 2 and "reads English and Russian" in refused.stderr
    empty = workbench("term", "extract", str(tmp_path / "german"), "--side", "target")
    assert empty.returncode == 0 and "no term candidates" in empty.stdout
