"""Work shared with a second process (`ordered_map`) gives what one process gives, byte for byte.

The TMX writer serialises its units in batches, some in a child interpreter;
its output is compared with the all-in-this-process output on 20,000 units
and on the odd cases (inline codes, characters XML cannot hold, notes, props,
many shapes of unit, every kind of date). `WORKBENCH_OFFLOAD_AFTER` chooses
when the child starts: 0 sends every batch there, a large number none.
"""

from __future__ import annotations

import operator
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import psutil
import pytest

from workbench.formats.base import TranslationUnit
from workbench.formats.offload import START_AFTER_ENV, ordered_map
from workbench.formats.tmx import write_tmx
from workbench.tags import Code, InlineCodes

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def test_results_come_back_in_order_from_both_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_AFTER_ENV, "3")
    batches = [tuple(range(n, n + 50)) for n in range(0, 20_000, 50)]
    results = list(ordered_map(operator.add, ((-1,),), iter(batches), spare=1))
    assert results == [(-1, *batch) for batch in batches]


def test_a_failure_in_the_child_is_raised_as_this_process_raises_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_AFTER_ENV, "0")
    before = set(psutil.Process().children())  # other tests' long-lived helpers are not ours
    results = ordered_map(operator.truediv, (1.0,), iter([4.0, 2.0, 0.0, 8.0]))
    assert next(results) == 0.25
    assert next(results) == 0.5
    with pytest.raises(ZeroDivisionError):
        next(results)
    assert set(psutil.Process().children()) <= before


def test_closing_early_stops_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_AFTER_ENV, "0")
    before = set(psutil.Process().children())
    results = ordered_map(operator.add, ((0,),), ((n,) for n in range(10_000)))
    assert next(results) == (0, 0)
    assert len(set(psutil.Process().children()) - before) == 1
    results.close()
    assert set(psutil.Process().children()) <= before


class _Unreadable:
    """A batch that pickles but cannot be rebuilt on the other side (unpickling raises)."""

    def __init__(self, number: int) -> None:
        self.number = number

    def __repr__(self) -> str:
        return f"unreadable {self.number}"

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return int, ("not a number",)


def test_a_batch_the_child_cannot_read_is_computed_here_without_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_AFTER_ENV, "0")
    before = set(psutil.Process().children())
    batches = [_Unreadable(n) for n in range(6)]
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.extend(ordered_map(repr, (), iter(batches))), daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "the two processes waited on each other"
    assert results == [f"unreadable {n}" for n in range(6)]
    assert set(psutil.Process().children()) <= before


def units() -> list[TranslationUnit]:
    """20,000 plain units, and the odd cases many times over in between."""
    moscow = timezone(timedelta(hours=3))
    codes = InlineCodes("tmx", source={
        "⟦1⟧": Code('<hi x="1" type="b">', True), "⟦/1⟧": Code("</hi>", True),
        "⟦2/⟧": Code('<ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph>', False),
    })
    odd = [
        TranslationUnit("The club.", "Клуб.", "en", "ru-RU", tuid="42", created=datetime(2024, 1, 2, 15, 0, tzinfo=moscow),
                        changed=datetime(2024, 1, 3, 4, 5, 6, tzinfo=UTC), status="reviewed", confidence=0.8125,
                        notes=("ocr-suspect: 'WtXs'",), props=(("x-document", "ch1.txt"),)),
        TranslationUnit("Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧ ⟦/3⟧", "x ⟦/1/⟧ ⟦hi4⟧ text", "en", "ru"),
        TranslationUnit("A ⟦1⟧bold⟦/1⟧ ⟦2/⟧", "⟦2/⟧ ⟦1⟧жирный", "en", "ru", codes=codes),
        TranslationUnit("<b>&amp; ]]>\r\n", "ok", "en", "ru"),
        TranslationUnit("page\x0cbreak\x00", "стр\ud800\ufffe", "en", "ru", notes=("bell\x07",)),
        TranslationUnit("a", "б", "en", "ru", tuid="7", created=WHEN, status="translated", confidence=0.1,
                        notes=("n", "m\x01"), props=(("x-document", "d"), ("", "empty kind"), ("x-\x02", "v"))),
        TranslationUnit("  spaces  \t kept ", "\n", "en-GB", "ru", tuid="x\x00y", status="draft\x03", confidence=1.0),
        TranslationUnit("emoji 😀 and \u202e bidi", "кавычки «» \" ' > <", "EN", "RU", tuid="", status="", confidence=0.0),
    ]
    made = []
    for n in range(20_000):
        made.append(TranslationUnit(
            f"Sentence number {n}, with words.", f"Предложение номер {n}, со словами.", "en", "ru",
            tuid=str(n), created=WHEN, changed=WHEN + timedelta(seconds=n), status="translated",
            notes=tuple(f"note {i}" for i in range(n % 3 if n % 7 == 0 else 0)),
            props=tuple((f"x-{i}", str(i)) for i in range(n % 4 if n % 11 == 0 else 0)),
            confidence=n / 20_000 if n % 13 == 0 else None,
        ))
        if n % 97 == 0:
            made.append(odd[n % len(odd)])
        if n % 1009 == 0:  # more shapes than the writer keeps templates for
            made += [TranslationUnit("s", "t", f"en-x{k}", "ru") for k in range(70)]
    return made


def test_the_tmx_writer_writes_the_same_bytes_with_a_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = units()
    written = {}
    for after in ("0", "7", "999999"):
        monkeypatch.setenv(START_AFTER_ENV, after)
        path = tmp_path / f"after-{after}.tmx"
        report = write_tmx(path, iter(made), source_lang="en", target_lang="ru", created=WHEN)
        written[after] = (path.read_bytes(), report.units, report.removed_characters)
    assert written["0"] == written["999999"] == written["7"]
    assert written["0"][1] == len(made)
    assert written["0"][2] > 0
