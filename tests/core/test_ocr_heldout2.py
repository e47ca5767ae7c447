"""The second real-scan OCR held-out set (`python -m bench.ocr_heldout --set en2`): its integrity
(the texts are the ones the gold was made on, every gold item points at real text, the pages
are the mirrored scans and proofread texts, none of them a page set one read) and the bench's
option that picks it. Nothing here runs the cleanup on the set itself: it is held out."""

from __future__ import annotations

import hashlib
import json
import subprocess
from typing import Any

import pytest

from bench import ocr_heldout
from bench.ocr_heldout import load
from tests.core import test_ocr_heldout as set_one

GOLD_FILE, DATA = ocr_heldout.SETS["en2"]
RUNS = load(GOLD_FILE, DATA)


def test_the_second_set_is_built_like_the_first_on_pages_no_set_read() -> None:
    pages = [page["path"] for _, run in RUNS for page in run["pages"]]
    one = {page["path"] for _, run in load() for page in run["pages"]}
    assert len(pages) == len(set(pages)) >= 36
    assert not set(pages) & one
    assert sum(len(run["breaks"]) for _, run in RUNS) >= 400
    assert {item["reading"] for _, run in RUNS for item in run["breaks"]} == {
        "join", "hyphen", "space"}
    assert {run["book"].split(",")[0] for _, run in RUNS} >= {"Woodrow Wilson"}
    assert all(run["furniture"] and run["paragraph_starts"] for _, run in RUNS)
    assert sum(len(run["garbage"]) for _, run in RUNS) >= 50


@pytest.mark.parametrize(("text", "run"), RUNS, ids=[run["id"] for _, run in RUNS])
def test_every_gold_item_of_the_second_set_points_at_real_text(text: str,
                                                              run: dict[str, Any]) -> None:
    set_one.test_every_gold_item_points_at_real_text(text, run)


def test_the_bench_picks_the_set_by_name_and_keeps_its_language_option() -> None:
    parser_help = subprocess.run(
        [".venv/bin/python", "-m", "bench.ocr_heldout", "--help"],
        capture_output=True, text=True, check=True, cwd=ocr_heldout.HERE.parent,
    ).stdout
    assert "--set" in parser_help and "--lang" in parser_help and "en2" in parser_help


@pytest.mark.skipif(not set_one.MIRROR.exists(), reason="the source repository is not mirrored here")
def test_the_second_sets_pages_are_the_mirrored_scans_and_proofread_texts() -> None:
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    texts: dict[str, dict[str, Any]] = {}
    for run in gold["runs"]:
        for page in run["pages"]:
            image = subprocess.run(["git", "-C", str(set_one.MIRROR), "show",
                                    f"{gold['commit']}:{page['path']}"],
                                   capture_output=True, check=True).stdout
            assert hashlib.sha256(image).hexdigest() == page["sha256"]
            folder, name = page["path"].rsplit("/", 1)
            if folder not in texts:
                texts[folder] = json.loads(subprocess.run(
                    ["git", "-C", str(set_one.MIRROR), "show", f"{gold['commit']}:{folder}/pages.json"],
                    capture_output=True, check=True).stdout)
            proofread = texts[folder][name].encode()
            assert hashlib.sha256(proofread).hexdigest() == page["proofread_sha256"]
