"""Light commands load only what they use: `--help`, `status` and `segments` start fast.

Each command runs in a fresh interpreter (a module imported by an earlier test
would hide a heavy import), and the test lists which heavy libraries ended up
in `sys.modules`. Start-up time itself is measured by the benchmark
(`bench/bench_startup.py`), never by a timed test.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from workbench.cli import COMMANDS, main

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "sqlite_utils", "textual", "rich", "lxml", "rapidfuzz", "pymorphy3", "psycopg")
"""Libraries that cost tens of milliseconds or more to import."""
PROBE = """
import json, sys
from workbench.cli import main
try:
    main(sys.argv[1:], prog_name="workbench")
except SystemExit as exit:
    code = exit.code
else:
    code = 0
loaded = sorted(({name.split(".")[0] for name in sys.modules} | set(sys.modules)) & set(json.loads(sys.stdin.readline())))
print("@@" + json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def loaded_by(*args: str, watched: tuple[str, ...] = HEAVY) -> list[str]:
    """The `watched` modules (by default the heavy libraries) `workbench ARGS` imports
    (the command must succeed)."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=json.dumps(watched) + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    report = json.loads(result.stderr.rsplit("@@", 1)[1])
    assert report["code"] in (0, None), result.stderr
    return report["loaded"]


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.core.ingest.importing import import_tsv
    from workbench.core.project import Project

    folder = tmp_path_factory.mktemp("startup") / "p"
    bitext = folder.parent / "book.tsv"
    bitext.write_text("The club opened in 1923.\tКлуб открылся в 1923 году.\n", encoding="utf-8")
    with Project.create(folder) as project:
        import_tsv(project, bitext, None)
    return folder


def test_help_loads_no_heavy_library() -> None:
    assert loaded_by("--help") == []


COMMAND_MODULES = tuple(sorted({target.split(":")[0] for target, _ in COMMANDS.values()}))


def test_help_imports_no_command_module() -> None:
    """`--help` lists the commands from `COMMANDS`; a command's module loads when it runs."""
    assert loaded_by("--help", watched=COMMAND_MODULES) == []
    loaded = loaded_by("status", "--help", watched=COMMAND_MODULES)
    assert "workbench.cli.project" in loaded
    assert not {"workbench.cli.memory", "workbench.cli.align", "workbench.cli.check", "workbench.cli.term"} & set(loaded)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_command_table_says_what_each_command_says(name: str) -> None:
    """The help line `--help` shows for a command not yet loaded is the one the command
    itself would give, at any terminal width: the table cannot drift from the code."""
    target, first_paragraph = COMMANDS[name]
    module, attribute = target.split(":")
    command = getattr(importlib.import_module(module), attribute)
    assert command.name == name
    for limit in range(20, 240, 7):
        assert click.Command(name, help=first_paragraph).get_short_help_str(limit) == command.get_short_help_str(limit)


def test_every_command_is_in_the_table() -> None:
    """No command is defined in a command module and left out of `COMMANDS` (unreachable)."""
    defined = [
        value
        for module in COMMAND_MODULES
        for value in vars(importlib.import_module(module)).values()
        if isinstance(value, click.Command)
    ]
    below = {id(sub) for group in defined if isinstance(group, click.Group) for sub in group.commands.values()}
    top = {command.name for command in defined if id(command) not in below and command is not main}
    assert top == set(COMMANDS)
    assert main.get_command(click.Context(main), "no-such-command") is None


@pytest.mark.parametrize("command", ["status", "segments"])
@pytest.mark.parametrize("output", ["json", "table"])
def test_reading_commands_load_neither_numpy_nor_sqlite_utils_nor_textual(
    project_dir: Path, command: str, output: str
) -> None:
    loaded = loaded_by(command, str(project_dir), "--format", output, watched=(*HEAVY, *LIGHT_COMMANDS_SKIP))
    assert not {"numpy", "sqlite_utils", "textual", *LIGHT_COMMANDS_SKIP} & set(loaded), loaded
    if output == "json":
        assert "rich" not in loaded  # tables need Rich; JSON does not


LIGHT_COMMANDS_SKIP = ("workbench.core.checks", "wordfreq")
"""What `status` and `segments` need none of: the check families (importing the package registers
every one, a quarter of a second of CPU; `status` reads the acceptances and the last run from
`core.check_records`) and wordfreq."""


def test_a_check_loads_no_file_reader_and_no_progress_bar(tmp_path: Path) -> None:
    """`check` of a project imported from two line-aligned files reads no file of its own: encoding
    detection (charset_normalizer, ftfy: a stored TSV copy's line numbers need it), the termbase
    file formats (lxml) and a progress bar (stderr is no terminal here, as on CI) stay unloaded."""
    from workbench.core.ingest.line_files import import_lines
    from workbench.core.project import Project

    (tmp_path / "en.txt").write_text("The club opened in 1923.\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Клуб открылся в 1923 году.\n", encoding="utf-8")
    with Project.create(tmp_path / "p") as project:
        import_lines(project, tmp_path / "en.txt", tmp_path / "ru.txt")
    report = tmp_path / "f.json"
    loaded = loaded_by("check", str(tmp_path / "p"), "--format", "json", "-o", str(report), "--force",
                       "--fail-on", "never", watched=("charset_normalizer", "ftfy", "lxml", "rich.progress"))
    assert loaded == []
    assert json.loads(report.read_text(encoding="utf-8")) == []  # the check ran, and found nothing


def test_the_probe_sees_a_heavy_import(project_dir: Path) -> None:
    """The check can fail: a command that does use the memory loads rapidfuzz, one that runs the
    checks loads their package."""
    assert "rapidfuzz" in loaded_by("memory", "lookup", str(project_dir), "club", "--format", "json")
    assert "workbench.core.checks" in loaded_by("check", "settings", str(project_dir), watched=LIGHT_COMMANDS_SKIP)
