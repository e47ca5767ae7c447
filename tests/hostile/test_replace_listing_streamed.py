"""`workbench replace`'s preview over many targets (hardening, round 34).

Round 33 measured a replace over 100,000 targets: 44 s of CPU and 500 MB, most of it the preview,
drawn as one Rich table of 100,000 rows (Rich lays a table out whole, every line it draws held);
`--format json` built every change's record and the whole text at once (569 MB). The table is
drawn `LISTING_ROWS_AT_ONCE` rows at a time, the JSON written a change at a time, and what the
plan holds per change is smaller (slots): the memory no longer grows with the listing."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.cli.translator_tools import LISTING_ROWS_AT_ONCE

PAIRS = 3_000


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("replace")
    pairs = root / "pairs.tsv"
    pairs.write_text("".join(f"Line {i} of the club.\tСтрока {i} клуба.\n" for i in range(1, PAIRS + 1)),
                     encoding="utf-8")
    runner = CliRunner()
    for args in (["init", str(root / "p"), "--source-lang", "en", "--target-lang", "ru"],
                 ["import", str(root / "p"), "--tsv", str(pairs)]):
        assert runner.invoke(main, args).exit_code == 0
    for options in ([], ["--format", "json"]):  # what a preview imports is not what it holds
        assert runner.invoke(main, ["replace", str(root / "p"), "Строка 7 ", "Линия 7 ", "--dry-run", *options]).exit_code == 0
    return root / "p"


def _peak(folder: Path, *options: str) -> tuple[str, int]:
    """The output of a dry-run preview and the most Python held while making it."""
    tracemalloc.start()
    try:
        done = CliRunner().invoke(main, ["replace", str(folder), "Строка", "Линия", "--dry-run", *options])
        return done.output, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_table_is_drawn_a_part_at_a_time(folder: Path) -> None:
    listing, peak = _peak(folder)
    assert listing.count("│ Строка ") == PAIRS and "│ 3000 │ Строка 3000 клуба." in listing
    assert listing.count("┃ #") == -(-PAIRS // LISTING_ROWS_AT_ONCE)  # each part has its header
    widths = {len(line) for line in listing.splitlines() if line.startswith("│")}
    assert len(widths) == 1  # the parts line up
    assert listing.endswith("would replace 3000 matches in 3000 segments (dry run: nothing written)\n")
    # one table of 3,000 rows: 33 MB on `main`; the plan and 200 rows at a time: under 12
    assert peak < 12_000_000, peak


def test_the_json_is_written_a_change_at_a_time(folder: Path) -> None:
    listing, peak = _peak(folder, "--format", "json")
    preview = json.loads(listing)
    assert (preview["segments"], preview["replacements"], preview["written"], preview["dry_run"]) == (PAIRS, PAIRS, 0, True)
    assert preview["changes"][-1]["after"] == "Линия 3000 клуба."
    assert [r["number"] for c in preview["changes"] for r in c["replacements"]] == list(range(1, PAIRS + 1))
    assert peak < 8_000_000, peak  # every record and the whole text at once: 14 MB on `main`
