"""A baseline or acceptances file saved by a Windows editor starts with a UTF-8 byte-order mark;
it is the same file (harden27, round 27: it was refused as "not a JSON list")."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.core.checks.baseline import read_acceptances, read_baseline

RECORD = {"document": "letter", "check": "number-mismatch", "concept": None,
          "source": "Written in 1908.", "target": "Написано в 1907 году.", "reason": "the vendor's date"}


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(records, ensure_ascii=False).encode("utf-8"))
    return path


def test_acceptances_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    [(key, reason)] = read_acceptances(_write(tmp_path / "accepted.json", [RECORD]))
    assert key == ("letter", "number-mismatch", "", "Written in 1908.", "Написано в 1907 году.")
    assert reason == "the vendor's date"


def test_a_baseline_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    keys = read_baseline(_write(tmp_path / "baseline.json", [RECORD, RECORD]))
    assert keys[("letter", "number-mismatch", "", "Written in 1908.", "Написано в 1907 году.")] == 2
