"""The OCR held-out set's scorer (`bench.ocr_heldout`) on a made-up two-page run, and the set's
integrity: its texts are the ones the gold was made on and every gold item points at real text.
Nothing here runs the cleanup on the set itself."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench import ocr_heldout
from bench.ocr_heldout import load, score_run
from workbench.core.ingest.cleanup import Paragraph, clean_text
from workbench.core.ingest.suspects import OcrFinding

RUNS = load()

RUN = "\n".join([
    "THE MILL ON THE RIVER.",
    "",
    "The miller had kept the wheel turn-",
    "ing since the flood, and his neigh-",
    "bours came to see the well-",
    "known sight. Tbe water was high.",
    "",
    "He went home by the",
    "12",
    "\fTHE MILL ON THE RIVER.",
    "",
    "old road, and slept.",
    "13",
]) + "\n"

GOLD = {
    "furniture": [0, 8, 9, 12],
    "body_lines": [2, 3, 4, 5, 7, 11],
    "breaks": [
        {"left_line": 2, "right_line": 3, "left": "turn-", "right": "ing", "reading": "join"},
        {"left_line": 3, "right_line": 4, "left": "neigh-", "right": "bours", "reading": "join"},
        {"left_line": 4, "right_line": 5, "left": "well-", "right": "known", "reading": "hyphen"},
        {"left_line": 7, "right_line": 11, "left": "the", "right": "old", "reading": "space"},
    ],
    "paragraph_starts": [2, 7],
    "garbage": [{"line": 5, "column": 2, "token": "Tbe", "correct": "The"}],
}


def paragraph(text: str, *suspects: tuple[str, str | None]) -> Paragraph:
    """A cleaned paragraph as the cleanup returns it, flagging each (token, suggestion) of
    `suspects` (the Russian set's tests build theirs with it too)."""
    findings = tuple(
        OcrFinding(text.index(token), text.index(token) + len(token), token, suggestion, "")
        for token, suggestion in suspects
    )
    return Paragraph(text=text, original="", findings=findings)


def test_a_right_cleanup_scores_full_marks() -> None:
    cleaned = [
        paragraph("The miller had kept the wheel turning since the flood, and his neighbours "
                  "came to see the well-known sight. Tbe water was high.", ("Tbe", "The")),
        paragraph("He went home by the old road, and slept."),
    ]
    summary = score_run(RUN, GOLD, cleaned).summary()
    assert summary["joins"] == {"breaks": 4, "right": 4, "accuracy": 1.0, "errors": []}
    assert summary["furniture"]["precision"] == summary["furniture"]["recall"] == 1.0
    assert summary["paragraphs"] == {"gold": 1, "found": 1, "right": 1,
                                     "precision": 1.0, "recall": 1.0}
    assert summary["ocr_suspect"]["recall"] == summary["ocr_suspect"]["precision"] == 1.0
    assert summary["ocr_suspect"]["suggestion_right"] == 1
    assert summary["silent_changes"]["count"] == 0


def test_every_kind_of_mistake_is_counted() -> None:
    cleaned = [
        paragraph("THE MILL ON THE RIVER."),
        paragraph("The milker had kept the wheel turn-ing since the flood, and his neigh- bours "
                  "came to see the wellknown sight. Tbe water was high.", ("sight.", None)),
        paragraph("He went home by the"),
        paragraph("old road, and slept."),
    ]
    summary = score_run(RUN, GOLD, cleaned).summary()
    errors = {(e["left"], e["gold"], e["cleaned"]) for e in summary["joins"]["errors"]}
    assert errors == {("turn-", "join", "hyphen"), ("neigh-", "join", "space"),
                      ("well-", "hyphen", "join"), ("the", "space", "paragraph")}
    assert summary["furniture"] == {"gold": 4, "dropped": 3, "right": 3,
                                    "precision": 1.0, "recall": 0.75}
    assert summary["paragraphs"]["precision"] == 0.5
    assert summary["paragraphs"]["recall"] == 1.0
    assert summary["ocr_suspect"] == {"garbage": 1, "found": 0, "suggestion_right": 0,
                                      "findings": 1, "findings_right": 0,
                                      "precision": 0.0, "recall": 0.0}
    assert summary["silent_changes"]["words"] == [
        {"line": 2, "token": "miller", "cleaned": "milker"}
    ]


def test_the_real_cleanup_goes_through_the_scorer() -> None:
    score = score_run(RUN, GOLD, clean_text(RUN, "en"))
    summary = score.summary()
    assert summary["joins"]["breaks"] == 4
    assert summary["furniture"]["gold"] == 4
    assert json.loads(json.dumps(summary)) == summary


def test_the_set_is_the_one_the_gold_was_made_on() -> None:
    runs = RUNS
    pages = sum(len(run["pages"]) for _, run in runs)
    breaks = sum(len(run["breaks"]) for _, run in runs)
    assert pages >= 40 and breaks >= 400
    assert {run["lang"] for _, run in runs} == {"en"}
    kinds = {run["reading"] for _, r in runs for run in r["breaks"]}
    assert kinds == {"join", "hyphen", "space"}
    assert all(run["furniture"] and run["garbage"] and run["paragraph_starts"] for _, run in runs)


def test_a_changed_text_is_refused(tmp_path: Path) -> None:
    run = json.loads(ocr_heldout.GOLD.read_text(encoding="utf-8"))["runs"][0]
    (tmp_path / f"{run['id']}.txt").write_text("changed\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"runs": [run]}), encoding="utf-8")
    with pytest.raises(SystemExit, match="not the one the gold was made on"):
        load(gold, tmp_path)


@pytest.mark.parametrize(("text", "run"), RUNS, ids=[run["id"] for _, run in RUNS])
def test_every_gold_item_points_at_real_text(text: str, run: dict[str, Any]) -> None:
    lines = text.split("\n")
    body = set(run["body_lines"])
    assert len(run["pages"]) == 4 and text.count("\f") == 3
    for n in run["furniture"]:
        assert lines[n].strip("\f ") and n not in body
    for n in body:
        assert lines[n].strip("\f ")
    assert set(run["paragraph_starts"]) <= body
    for item in run["breaks"]:
        assert item["left_line"] in body and item["right_line"] in body
        assert lines[item["left_line"]].split()[-1] == item["left"]
        assert lines[item["right_line"]].split()[0] == item["right"]
        assert item["reading"] in ("join", "hyphen", "space")
    for item in run["garbage"]:
        assert item["line"] in body
        assert lines[item["line"]].split()[item["column"]] == item["token"]


MIRROR = Path(os.environ.get("OCR_HELDOUT_MIRROR",
                             "/work/.mirror/ConcaveTrillion+train_pgdp_ocr/repo"))


@pytest.mark.skipif(not MIRROR.exists(), reason="the source repository is not mirrored here")
def test_the_pages_are_the_mirrored_scans_and_proofread_texts() -> None:
    gold = json.loads(ocr_heldout.GOLD.read_text(encoding="utf-8"))
    texts: dict[str, dict[str, Any]] = {}
    for run in gold["runs"]:
        for page in run["pages"]:
            image = subprocess.run(["git", "-C", str(MIRROR), "show",
                                    f"{gold['commit']}:{page['path']}"],
                                   capture_output=True, check=True).stdout
            assert hashlib.sha256(image).hexdigest() == page["sha256"]
            folder, name = page["path"].rsplit("/", 1)
            if folder not in texts:
                texts[folder] = json.loads(subprocess.run(
                    ["git", "-C", str(MIRROR), "show", f"{gold['commit']}:{folder}/pages.json"],
                    capture_output=True, check=True).stdout)
            proofread = texts[folder][name].encode()
            assert hashlib.sha256(proofread).hexdigest() == page["proofread_sha256"]
