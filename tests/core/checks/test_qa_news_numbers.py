"""The news dev set's loader on made-up pairs: an edit written into a pair is applied as a
piece of its Russian replaced, scored apart from the real pairs, and refused once the Russian
no longer holds that piece (the real test sets are read from the `fetch` mirror)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import qa_news_numbers
from bench.qa_heldout import Block


def _pages() -> dict[str, list[Block]]:
    return {"2014": [Block("2014", 7, "Prices rose by 12 percent in May.", "Цены выросли на 12 процентов в мае."),
                     Block("2014", 9, "Three ministers resigned.", "Три министра ушли в отставку.")]}


def _frozen(tmp_path: Path, old: str, new: str) -> Path:
    pages = _pages()
    data = tmp_path / "cases.json"
    data.write_text(json.dumps({
        "about": "made up",
        "pairs": [{"id": f"2014#{b.index}", "digest": b.digest, "real_errors": {}} for b in pages["2014"]],
        "errors": [],
        "edits": [{"id": "2014#7", "replace": [old, new], "what": "12 percent written as 21"}],
    }, ensure_ascii=False), encoding="utf-8")
    return data


def test_an_edit_is_a_synthetic_case_apart_from_the_real_pairs(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qa_news_numbers, "pages", _pages)
    cases = qa_news_numbers.load(_frozen(tmp_path, "на 12 процентов", "на 21 процент"))
    real = [c for c in cases if c.real]
    written = [c for c in cases if not c.real]
    assert [c.checks for c in real] == [frozenset(), frozenset()]
    assert [(c.target, c.checks, c.note) for c in written] == [
        ("Цены выросли на 21 процент в мае.", frozenset({"number-mismatch"}), "12 percent written as 21")]


def test_an_edit_that_no_longer_fits_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qa_news_numbers, "pages", _pages)
    with pytest.raises(ValueError, match="no longer fits"):
        qa_news_numbers.load(_frozen(tmp_path, "на 15 процентов", "на 51 процент"))
