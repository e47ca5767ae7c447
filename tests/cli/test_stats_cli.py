"""`workbench stats`, `pretranslate` and `review` against real project folders, JSON included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx

PAIRS = [
    ("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году."),
    ("The club had a well-known library.", ""),
    ("The workers' club opened in 1923.", ""),
    ("Trade unions paid for the clubs in every town.", ""),
]
SHARED = [
    ("The club had a well-known library.", "В клубе была известная библиотека."),
    ("Trade unions paid for the clubs in every city.", "Профсоюзы платили за клубы в каждом городе."),
]


@pytest.fixture
def folder(project: Project, tmp_path: Path) -> Path:
    path = tmp_path / "p.tsv"
    path.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    import_tsv(project, path)
    editing.confirm(project, project.segments()[0].id)
    tmx = tmp_path / "shared.tmx"
    write_tmx(tmx, [TranslationUnit(s, t, "en-US", "ru-RU") for s, t in SHARED], source_lang="en-US", target_lang="ru-RU")
    result = CliRunner().invoke(main, ["memory", "import", str(project.path), str(tmx)])
    assert result.exit_code == 0, result.output
    return project.path


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_stats_json(runner: CliRunner, folder: Path) -> None:
    data = json.loads(run(runner, "stats", str(folder), "--format", "json"))
    assert data["total"]["segments"] == 4
    assert data["total"]["words"] == 6 + 6 + 6 + 9  # "well-known" is one word
    assert data["by_status"]["translated"] == {"segments": 1, "words": 6, "characters": 28,
                                               "characters_with_spaces": 33, "target_words": 6}
    assert [d["name"] for d in data["documents"]] == ["p"]
    analysis = data["analysis"]
    assert analysis["memories"] == ["project", "shared.tmx"]
    bands = {b["band"]: b["segments"] for b in analysis["bands"]}
    assert bands == {"repetition": 1, "100": 1, "95-99": 0, "85-94": 1, "75-84": 0, "50-74": 0, "no-match": 1}
    assert sum(b["words"] for b in analysis["bands"]) == data["total"]["words"]


def test_stats_table_csv_and_no_analysis(runner: CliRunner, folder: Path) -> None:
    table = run(runner, "stats", str(folder))
    assert "By status" in table and "Memory analysis (against: project, shared.tmx)" in table and "85-94%" in table
    rows = list(csv.DictReader(io.StringIO(run(runner, "stats", str(folder), "--format", "csv"))))
    assert any(r["scope"] == "analysis" and r["document"] == "*" and r["group"] == "repetition"
               and r["segments"] == "1" for r in rows)
    assert any(r["scope"] == "status" and r["document"] == "p" and r["group"] == "total" and r["segments"] == "4"
               for r in rows)
    bare = json.loads(run(runner, "stats", str(folder), "--no-analysis", "--format", "json"))
    assert "analysis" not in bare


def test_pretranslate_json_exact_then_fuzzy(runner: CliRunner, folder: Path) -> None:
    exact = json.loads(run(runner, "pretranslate", str(folder), "--format", "json"))
    assert (exact["min_score"], exact["empty"], exact["filled"], exact["exact"], exact["fuzzy"]) == (100, 3, 2, 2, 0)
    assert [(s["segment"], s["memory"], s["target"]) for s in exact["segments"]] == [
        (2, "shared.tmx", SHARED[0][1]), (3, "project", PAIRS[0][1])]
    fuzzy = json.loads(run(runner, "pretranslate", str(folder), "--min", "80", "--format", "json"))
    assert fuzzy["filled"] == 1 and fuzzy["segments"][0]["segment"] == 4 and 80 <= fuzzy["segments"][0]["score"] < 100
    segments = json.loads(run(runner, "segments", str(folder), "--format", "json"))
    assert [s["status"] for s in segments] == ["translated", "draft", "draft", "draft"]
    text = run(runner, "pretranslate", str(folder))
    assert "filled 0 targets of 0 empty segments" in text


def test_pretranslate_bad_threshold_is_one_line(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["pretranslate", str(folder), "--min", "20"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["workbench: error: --min must be between 50 and 100, not 20"]


def test_review_json_and_html(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    with Project.open(folder) as project:
        editing.set_target(project, project.segments()[0].id, "Рабочий клуб <открыли> в 1923 году.")
    data = json.loads(run(runner, "review", str(folder), "--format", "json"))
    assert len(data) == 1 and data[0]["segment"] == 1 and data[0]["original"] == PAIRS[0][1]
    assert {"op": "delete", "text": "открылся"} in data[0]["diff"]
    out = tmp_path / "review.html"
    run(runner, "review", str(folder), "--format", "html", "--output", str(out))
    page = out.read_text(encoding="utf-8")
    assert "&lt;" in page and "<открыли>" not in page and "<del>открылся</del>" in page
    assert "1 segment changed after confirmation" in run(runner, "review", str(folder))


def test_the_exact_band_does_not_claim_context_matches(runner: CliRunner, folder: Path) -> None:
    """A project manager reads "100% (context)" as memoQ's and Trados's 101% band, matches whose
    neighbours match too, and quotes a lower rate for it; memory units keep no neighbours, so the
    band holds plain exact matches and must say only that."""
    data = json.loads(run(runner, "stats", str(folder), "--format", "json"))
    exact = next(band for band in data["analysis"]["bands"] if band["band"] == "100")
    assert exact["segments"] and exact["label"] == "100%"
    table = run(runner, "stats", str(folder))
    assert "context" not in table
