"""Unit dates a hostile TMX or another program's write carries out of range (hardening, round twenty).

`changedate="9999-12-31T23:59:59-01:00"` is ISO 8601 that Python reads, but its moment in UTC is
past year 9999: `memory import` and `import --tmx` ended in an `OverflowError` traceback. The same
text written into `units.changed` (a team server's column is text `psql` can fill) or a segment's
`changed_at` broke `memory export` and `export --tmx` alike. And a run of 100,000 digits was read
as the date 1111-11-11 11:11:11.111111 (`fromisoformat` takes digits as a basic-format date), the
whole value kept as a key of the date cache. Each is no date now: dropped and counted on import,
left out on export, the unit kept.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project
from workbench.formats.tmx import parse_tmx_date

OUT_OF_RANGE = ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00")


def _tmx(path: Path, date: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" '
        f'datatype="plaintext"/><body><tu changedate="{date}" creationdate="20250102T030405Z">'
        '<tuv xml:lang="en"><seg>The club is open.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Клуб открыт.</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    return path


def _project(tmp_path: Path) -> Path:
    Project.create(tmp_path / "proj", "en", "ru").close()
    return tmp_path / "proj"


@pytest.mark.parametrize("date", [*OUT_OF_RANGE, "1" * 100_000], ids=["past-9999", "before-1", "digits"])
@pytest.mark.parametrize("command", ["memory", "project"])
def test_a_date_out_of_range_is_dropped_on_import(tmp_path: Path, date: str, command: str) -> None:
    folder, tmx = _project(tmp_path), _tmx(tmp_path / "dates.tmx", date)
    args = ["memory", "import", str(folder), str(tmx)] if command == "memory" else ["import", str(folder), "--tmx", str(tmx)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.exception is None
    if command == "memory":
        assert "dropped 1 attribute" in result.output
        with sqlite3.connect(folder / "memory.db") as db:
            assert db.execute("select created, changed from units").fetchall() == [("2025-01-02T03:04:05Z", None)]
    export = CliRunner().invoke(main, ["memory", "export", str(folder), str(tmp_path / "out.tmx")])
    assert export.exit_code == 0, export.output


def test_a_run_of_digits_is_no_date() -> None:
    assert parse_tmx_date("1" * 100_000) is None
    assert parse_tmx_date("20250102T030405Z") is not None


@pytest.mark.parametrize("date", OUT_OF_RANGE, ids=["past-9999", "before-1"])
def test_a_stored_date_out_of_range_is_left_out_of_the_export(tmp_path: Path, date: str) -> None:
    folder = _project(tmp_path)
    tmx = _tmx(tmp_path / "dates.tmx", "20250102T030405Z")
    for args in (["memory", "import", str(folder), str(tmx)], ["import", str(folder), "--tmx", str(tmx), "--json"]):
        assert CliRunner().invoke(main, args).exit_code == 0
    with sqlite3.connect(folder / "memory.db") as db:
        db.execute("update units set changed = ?, created = ?", (date, date))
    with sqlite3.connect(folder / "project.db") as db:
        db.execute("update segments set changed_at = ?", (date,))
    memory = CliRunner().invoke(main, ["memory", "export", str(folder), str(tmp_path / "memory.tmx")])
    assert memory.exit_code == 0, memory.output
    assert "date=" not in (tmp_path / "memory.tmx").read_text(encoding="utf-8").split("<body>")[1]
    project = CliRunner().invoke(main, ["export", str(folder), "--tmx", str(tmp_path / "project.tmx"), "--all"])
    assert project.exit_code == 0, project.output
    assert "changedate=" not in (tmp_path / "project.tmx").read_text(encoding="utf-8").split("<body>")[1]
