"""The Russian OCR held-out set (`python -m bench.ocr_heldout --lang ru`): the shared scorer on a
made-up Russian run, the builder's gold on a made-up page, and the set's integrity (its texts are
the ones the gold was made on, every gold item points at real text, the printed lines are the
source book's words). Nothing here runs the cleanup on the set itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench import ocr_heldout
from bench.ocr_heldout import load, score_run
from bench.ocr_heldout_ru_build import Page, Printed, gold_for_run, source_paragraphs
from tests.core.test_ocr_heldout import paragraph
from workbench.core.ingest.cleanup import clean_text

GOLD_FILE, DATA = ocr_heldout.SETS["ru"]
RUNS = load(GOLD_FILE, DATA)

RUN = "\n".join([
    "ДЫМ 12",
    "",
    "Литвинов долго стоял у окна и смот-",
    "рел на улицу, где проходили по-",
    "прежнему толпы гуляющих. Погопа",
    "стояла прелестная.",
    "",
    "Он вернулся домой по старой",
    "13",
    "\fИ. С. ТУРГЕНЕВ",
    "",
    "дороге и лег спать.",
]) + "\n"

GOLD = {
    "furniture": [0, 8, 9],
    "body_lines": [2, 3, 4, 5, 7, 11],
    "breaks": [
        {"left_line": 2, "right_line": 3, "left": "смот-", "right": "рел", "reading": "join"},
        {"left_line": 3, "right_line": 4, "left": "по-", "right": "прежнему",
         "reading": "hyphen"},
        {"left_line": 4, "right_line": 5, "left": "Погопа", "right": "стояла",
         "reading": "space"},
        {"left_line": 7, "right_line": 11, "left": "старой", "right": "дороге",
         "reading": "space"},
    ],
    "paragraph_starts": [2, 7],
    "garbage": [{"line": 4, "column": 3, "token": "Погопа", "correct": "Погода"}],
}


def test_a_right_cleanup_scores_full_marks_in_russian() -> None:
    cleaned = [
        paragraph("Литвинов долго стоял у окна и смотрел на улицу, где проходили по-прежнему "
                  "толпы гуляющих. Погопа стояла прелестная.", ("Погопа", "Погода")),
        paragraph("Он вернулся домой по старой дороге и лег спать."),
    ]
    summary = score_run(RUN, GOLD, cleaned).summary()
    assert summary["joins"] == {"breaks": 4, "right": 4, "accuracy": 1.0, "errors": []}
    assert summary["furniture"]["precision"] == summary["furniture"]["recall"] == 1.0
    assert summary["paragraphs"]["recall"] == summary["paragraphs"]["precision"] == 1.0
    assert summary["ocr_suspect"]["recall"] == 1.0
    assert summary["ocr_suspect"]["suggestion_right"] == 1
    assert summary["silent_changes"]["count"] == 0


def test_russian_mistakes_are_counted() -> None:
    cleaned = [
        paragraph("ДЫМ 12"),
        paragraph("Литвинов долго стоял у окна и смот-рел на улицу, где проходили попрежнему "
                  "толпы гуляющих. Погода стояла прелестная."),
        paragraph("Он вернулся домой по старой дороге и лег спать."),
    ]
    summary = score_run(RUN, GOLD, cleaned).summary()
    errors = {(e["left"], e["gold"], e["cleaned"]) for e in summary["joins"]["errors"]}
    assert errors == {("смот-", "join", "hyphen"), ("по-", "hyphen", "join"),
                      ("Погопа", "space", "other")}
    assert summary["furniture"]["recall"] == 0.6667
    assert summary["ocr_suspect"]["found"] == 0


def test_the_real_cleanup_goes_through_the_scorer_in_russian() -> None:
    summary = score_run(RUN, GOLD, clean_text(RUN, "ru")).summary()
    assert summary["joins"]["breaks"] == 4 and summary["furniture"]["gold"] == 3
    assert json.loads(json.dumps(summary)) == summary


def test_the_scorer_takes_the_language_and_refuses_an_unknown_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert set(ocr_heldout.SETS) == {"en", "ru", "en2"}
    for option in (["--lang", "xx"], ["--lang", "en2"], ["--set", "xx"]):
        with pytest.raises(SystemExit) as exit_:
            ocr_heldout.main(option)
        assert exit_.value.code == 2
        assert "invalid choice" in capsys.readouterr().err


def line(text: str, kind: str = "body", start: bool = False, end: str = "space",
         word: str = "") -> Printed:
    return Printed(text, kind, start, end, word)


def test_the_builder_reads_its_gold_off_the_typesetting() -> None:
    page = Page(12, (
        line("12    И. С. ТУРГЕНЕВ", "head", True, "end"),
        line("Литвинов долго стоял у окна и смот-", start=True, end="join", word="смотрел"),
        line("рел на улицу, где проходили по-", end="hyphen", word="по-прежнему"),
        line("прежнему толпы гуляющих. Погода"),
        line("стояла прелестная.", end="end"),
        line("Он вернулся домой, и ее легкостъ.", start=True, end="end"),
        line("* как прежде", "note", True, "end"),
    ))
    ocr = "\n".join([
        "12 И. С. ТУРГЕНЕВ",
        "",
        "Литвинов долго стоял у окна и смот-",
        "рел на улицу, где проходили по-",
        "прежнему толпы гуляющих. Погопа",
        "стояла прелестная.",
        "Он вернулся домой, и её легкость.",
        "",
        "* как прежде",
    ])
    text, gold = gold_for_run([(ocr, page)])
    assert text == ocr + "\n"
    assert gold["furniture"] == [0]
    assert gold["body_lines"] == [2, 3, 4, 5, 6, 8]
    assert gold["paragraph_starts"] == [2, 6, 8]
    # a break whose edge word is misread ("Погопа") is left out, as in the English set
    assert [(b["left"], b["reading"], b["proofread"]) for b in gold["breaks"]] == [
        ("смот-", "join", "смотрел"), ("по-", "hyphen", "по-прежнему"),
    ]
    # "её" for "ее" and the right word for the source's typo "легкостъ" are no garbage
    assert gold["garbage"] == [{"line": 4, "column": 3, "token": "Погопа", "correct": "Погода"}]


def test_the_set_is_big_enough_and_has_every_kind_of_item() -> None:
    pages = sum(len(run["pages"]) for _, run in RUNS)
    breaks = sum(len(run["breaks"]) for _, run in RUNS)
    assert pages >= 40 and breaks >= 400
    assert {run["lang"] for _, run in RUNS} == {"ru"}
    assert {b["reading"] for _, r in RUNS for b in r["breaks"]} == {"join", "hyphen", "space"}
    assert all(run["furniture"] and run["garbage"] and run["paragraph_starts"] for _, run in RUNS)
    notes = [line for _, run in RUNS for page in run["pages"] for line in page["printed"]
             if line["kind"] == "note"]
    assert notes


@pytest.mark.parametrize(("text", "run"), RUNS, ids=[run["id"] for _, run in RUNS])
def test_every_russian_gold_item_points_at_real_text(text: str, run: dict[str, Any]) -> None:
    lines = text.split("\n")
    body = set(run["body_lines"])
    assert len(run["pages"]) == 4 and text.count("\f") == 3
    assert not body & set(run["furniture"]) and not body & set(run["unmatched_lines"])
    for n in run["furniture"]:
        assert lines[n].strip("\f ")
    for n in body:
        assert lines[n].strip("\f ")
    assert set(run["paragraph_starts"]) <= body
    for item in run["breaks"]:
        assert item["left_line"] in body and item["right_line"] in body
        assert lines[item["left_line"]].split()[-1] == item["left"]
        assert lines[item["right_line"]].lstrip("\f").split()[0] == item["right"]
        assert item["reading"] in ("join", "hyphen", "space")
        if item["reading"] != "space":
            assert item["left"].endswith("-")
    for item in run["garbage"]:
        assert item["line"] in body
        assert lines[item["line"]].split()[item["column"]] == item["token"]


MIRROR = Path(os.environ.get("OCR_HELDOUT_RU_MIRROR",
                             "/work/.mirror/KellerJordan+modded-nanogpt/repo"))


def _printed_paragraphs(printed: list[dict[str, Any]]) -> list[str]:
    """A page's text lines put back together by their typesetter's readings."""
    out, current = [], ""
    for entry in printed:
        if entry["kind"] not in ("body", "heading"):
            continue
        text = entry["text"]
        if entry["end"] == "join":
            current += text[:-1]
        elif entry["end"] == "hyphen":
            current += text
        else:
            current += text + " "
        if entry["end"] == "end":
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


@pytest.mark.skipif(not MIRROR.exists(), reason="the source repository is not mirrored here")
def test_the_printed_pages_are_the_source_books_words() -> None:
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    books: dict[str, str] = {}
    for run in gold["runs"]:
        if run["source"] not in books:
            source = subprocess.run(["git", "-C", str(MIRROR), "show",
                                     f"{gold['commit']}:{run['source']}"],
                                    capture_output=True, check=True).stdout.decode("utf-8")
            books[run["source"]] = "\n".join(
                text for text, _ in source_paragraphs(source, notes=True))
        book = re.sub(r"\*+", "", books[run["source"]])
        for page in run["pages"]:
            for piece in _printed_paragraphs(page["printed"]):
                assert re.sub(r"\*+", "", piece) in book
