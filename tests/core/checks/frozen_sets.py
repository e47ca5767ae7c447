"""What the tests of the frozen QA sets share: a set drawn from made-up files (a KDE handbook
is written by `kde_handbook`), a label written into it, a changed block refused, and the
accuracy bench scoring the set apart.

Every set module of `bench/` (see `bench/qa_reading.py`) is tested the same way, on made-up
files in place of the fetched packages (the real sets are held out). A new set's test writes
its made-up files, points the set's reader at them (``monkeypatch.setattr(qa_x, "unpack",
...)``) and then, as `tests/core/checks/test_qa_kde_apps.py` does:

    frozen = draw_frozen(qa_x, data, {"group": 5, ...}, monkeypatch)
    cases = load_labelled(qa_x, frozen, 1)          # pair 1 labelled punctuation-end
    ...change a made-up file...
    assert_a_changed_block_is_refused(qa_x)
    assert_scored_apart(qa_x, frozen, "x/page#2", "«в в», made up", "dev-x", doubled)
"""

from __future__ import annotations

import bz2
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench.bench_qa_accuracy import FROZEN_SETS, _from_held_out, evaluate
from bench.qa_heldout import HeldOutCase
from termbase.enforce import Enforcer


def kde_handbook(root: Path, lang: str, app: str, paragraphs: list[str]) -> None:
    """`app`'s handbook in `lang` below `root`, rendered as KDE's stylesheets write it: one page
    (``using``) of `paragraphs` below its title page. Sets that read KDE handbooks read it."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f'<FILENAME filename="using.html"><html><body><div id="contentBody">{body}</div></body></html></FILENAME>'
    cache = f'<FILENAME filename="index.html"><html><body><p>{app}</p></body></html>{page}</FILENAME>'
    path = root / f"usr/share/doc/HTML/{lang}/{app}/index.cache.bz2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bz2.compress(cache.encode("utf-8")))


def draw_frozen(qa_set: ModuleType, data: Path, pairs: dict[str, int] | int,
                monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The selection `qa_set` draws from the made-up files, `pairs` of them (in all or per
    group), with `data` standing in for its committed ``cases.json``."""
    monkeypatch.setattr(qa_set, "DATA", data)
    monkeypatch.setattr(qa_set, "PAIRS", pairs)
    frozen: dict[str, Any] = qa_set.build()
    return frozen


def write_frozen(qa_set: ModuleType, frozen: dict[str, Any]) -> None:
    """`frozen` written where `qa_set` reads its set, as a labeller leaves it."""
    qa_set.DATA.write_text(json.dumps(frozen, ensure_ascii=False), encoding="utf-8")


def load_labelled(qa_set: ModuleType, frozen: dict[str, Any], pair: int | str) -> list[HeldOutCase]:
    """The cases `qa_set` loads once `pair` (its position, or its id) is labelled a made-up
    `punctuation-end` error."""
    pairs = frozen["pairs"]
    labelled = pairs[pair] if isinstance(pair, int) else next(p for p in pairs if p["id"] == pair)
    labelled["real_errors"] = {"punctuation-end": "made up for the test"}
    write_frozen(qa_set, frozen)
    cases: list[HeldOutCase] = qa_set.load()
    return cases


def assert_a_changed_block_is_refused(qa_set: ModuleType) -> None:
    """A block whose text changed in the package since the set was frozen stops the load."""
    with pytest.raises(ValueError, match="changed in the package"):
        qa_set.load()


def assert_scored_apart(qa_set: ModuleType, frozen: dict[str, Any], pair_id: str, what: str,
                        label: str, doubled: str) -> None:
    """The bench reads the set named `label` through its own loader and scores its labels: the
    pair `pair_id`, whose made-up target `doubled` doubles a word, labelled `repeated-word`
    (`what`), is the one case the check must report, and it does."""
    pairs = frozen["pairs"]
    assert isinstance(pairs, list)
    (labelled,) = [p for p in pairs if p["id"] == pair_id]
    labelled["real_errors"] = {"repeated-word": what}
    write_frozen(qa_set, frozen)
    (load,) = [load for name, _, load in FROZEN_SETS if name == label]
    cases = [_from_held_out(c) for c in load()]
    assert [c.target for c in cases if c.check] == [doubled]
    counts = evaluate(cases, Enforcer([], "en", "ru"))
    assert counts["repeated-word"] == {"positives": 1, "tp": 1}
