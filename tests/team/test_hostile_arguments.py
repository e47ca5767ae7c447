"""Team and memory commands given hostile arguments against a real team server (hardening, round 21).

Each ends in one line and exit code 2 (or does what it says with the text made safe), quotes at
most `QUOTED_CHARS` of what it was given, and changes nothing saved when it refuses. Before this
round a name, concept or URL of a megabyte was quoted whole (a line of a megabyte); a memory
name of a megabyte reached the server's index ("the server went away during the import"); a name
with a newline was stored so and printed on two lines; an escape sequence given as a `memory
replace` replacement was written into every unit it changed, and a NUL in one was previewed by
`--dry-run` and then refused by the server half way through the command's checks.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result
from team_helpers import make_team_project

from workbench.cli import main
from workbench.errors import QUOTED_CHARS

HUGE = "x" * 1_000_000


def _refused(result: Result) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < QUOTED_CHARS + 300, result.stderr[:500]
    assert result.stdout == ""
    return lines[0]


def _units(url: str) -> list[tuple[str, str, str]]:
    with psycopg.connect(url) as conn:
        return [tuple(row) for row in conn.execute(  # type: ignore[misc]
            "select m.name, u.source, u.target from units u join memories m on m.id = u.memory_id order by u.id")]


@pytest.fixture
def project(tmp_path: Path, team_url: str, runner: CliRunner) -> Path:
    """A team project whose server holds one imported memory of two units."""
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    pairs = tmp_path / "agency.tsv"
    pairs.write_text("The club.\tКлуб.\nThe club opened.\tКлуб открылся.\n", "utf-8")
    done = runner.invoke(main, ["team", "import", str(path), str(pairs)])
    assert done.exit_code == 0, done.output
    return path


@pytest.mark.parametrize("url", ["", "postgresql://127.0.0.1:1/db", "postgresql://127.0.0.1:1/d\x00b",
                                 "postgresql://127.0.0.1:1/\x1b[2Jdb", "postgresql://127.0.0.1:abc/db", "://",
                                 "postgresql://127.0.0.1:1/" + HUGE, "host=127.0.0.1 port=1 dbname=" + HUGE],
                         ids=["empty", "nowhere", "nul", "escape", "port-not-a-number", "garbage", "huge", "huge-keywords"])
def test_team_init_of_a_hostile_url_is_one_short_line(runner: CliRunner, url: str) -> None:
    line = _refused(runner.invoke(main, ["team", "init", url]))
    assert "\x1b" not in line and "\x00" not in line


@pytest.mark.parametrize("concept", ["", "c\x00", "\x1b[2J", "a\nb", HUGE], ids=["empty", "nul", "escape", "newline", "huge"])
def test_team_resolve_of_a_hostile_concept_is_one_short_line(project: Path, team_url: str, runner: CliRunner, concept: str) -> None:
    before = _units(team_url)
    for keep in ("mine", "theirs"):
        _refused(runner.invoke(main, ["team", "resolve", str(project), concept, "--keep", keep]))
    assert _units(team_url) == before


@pytest.mark.parametrize(("name", "said"), [(HUGE, "a memory name of 1000000 characters is too long (at most 255)"),
                                            ("\x1b[2J\x07", "a memory needs a name"),
                                            ("a\udcffb", "is not UTF-8")], ids=["huge", "only-control", "not-utf8"])
def test_a_hostile_memory_name_is_refused_and_nothing_imported(
    project: Path, team_url: str, runner: CliRunner, tmp_path: Path, name: str, said: str
) -> None:
    before = _units(team_url)
    line = _refused(runner.invoke(main, ["team", "import", str(project), str(tmp_path / "agency.tsv"), "--name", name]))
    assert said in line
    assert _units(team_url) == before


def test_a_memory_name_is_one_line_of_text_on_the_server(project: Path, team_url: str, runner: CliRunner, tmp_path: Path) -> None:
    done = runner.invoke(main, ["team", "import", str(project), str(tmp_path / "agency.tsv"), "--name", "club\nnews\t\x1b[31m2026"])
    assert done.exit_code == 0 and done.output == "imported into the shared memory club news 2026: 2 units\n", done.output
    assert {name for name, _source, _target in _units(team_url)} >= {"club news 2026"}


def test_memory_replace_writes_no_terminal_control_into_the_units(project: Path, team_url: str, runner: CliRunner) -> None:
    preview = runner.invoke(main, ["memory", "replace", str(project), "Клуб", "Зал\x1b[2J\x00", "--dry-run"])
    assert preview.exit_code == 0 and "would change 2 units" in preview.output and "\x1b" not in preview.output
    done = runner.invoke(main, ["memory", "replace", str(project), "Клуб", "Зал\x1b[2J\x00"])
    assert done.exit_code == 0 and "changed 2 units" in done.output, done.output
    assert [target for name, _s, target in _units(team_url) if name == "agency.tsv"] == ["Зал.", "Зал открылся."]


def test_memory_replace_of_a_hostile_find_changes_nothing(project: Path, team_url: str, runner: CliRunner) -> None:
    before = _units(team_url)
    for find in ("Клуб\x00", "\x1b[2J"):
        line = _refused(runner.invoke(main, ["memory", "replace", str(project), find, "x"]))
        assert "the text to find holds a control character" in line
    said = runner.invoke(main, ["memory", "replace", str(project), HUGE, "x"])
    assert said.exit_code == 0 and len(said.output) < QUOTED_CHARS + 100, said.output[:300]
    assert _units(team_url) == before


@pytest.mark.parametrize("command", ["export", "conflicts"])
def test_a_hostile_memory_option_is_one_short_line(project: Path, runner: CliRunner, tmp_path: Path, command: str) -> None:
    out = tmp_path / "out.tmx"
    for name in (HUGE, "a\x00", "\x1b[2J"):
        args = ["memory", command, str(project), *([str(out)] if command == "export" else []), "--memory", name]
        line = _refused(runner.invoke(main, args))
        assert "\x1b" not in line and "\x00" not in line
    assert not out.exists()
