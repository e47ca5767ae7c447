"""`[checks] list_items` and `[checks.spacing]` of the wrong type or size in `project.toml`
(hardening, round nineteen): one line naming the setting, exit 2, the file as it was.

A list, a table or a number where a word or a table belongs was refused already; a key or a
value of a million characters was quoted whole, an error line of a megabyte. It is cut now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project

HUGE = "x" * 10**6


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "proj", "en", "ru"):
        pass
    return tmp_path / "proj"


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("[checks]\nlist_items = [1]\n", "[checks] list_items must be one of russian, source, not [1]"),
        ("[checks]\nlist_items = {a = 1}\n", "[checks] list_items must be one of russian, source, not {'a': 1}"),
        ("[checks]\nspacing = [1]\n", "[checks.spacing] must be a table"),
        ("[checks]\nspacing = \"both\"\n", "[checks.spacing] must be a table"),
        ("[checks.spacing]\npercent = [1]\n", "[checks.spacing] percent must be a non-negative number"),
        ("[checks.spacing]\nnumero = {a = 1}\n", "[checks.spacing] numero must be a non-negative number"),
        (f'[checks]\nlist_items = "{HUGE}"\n', "[checks] list_items must be one of russian, source, not 'xxxx"),
        (f'[checks.spacing]\nnumero = "{HUGE}"\n', "[checks.spacing] numero must be a non-negative number"),
        (f"[checks.spacing]\n{HUGE} = 1\n", "[checks.spacing] xxxx"),
        (f"[checks.{HUGE}]\nenabled = false\n", "unknown check [checks.xxxx"),
    ],
    ids=["list-items-list", "list-items-table", "spacing-list", "spacing-string", "percent-list", "numero-table",
         "list-items-huge", "numero-huge", "spacing-key-huge", "check-name-huge"],
)
def test_a_setting_of_the_wrong_type_or_size_is_one_short_line(folder: Path, setting: str, said: str) -> None:
    config = folder / "project.toml"
    config.write_text(config.read_text(encoding="utf-8") + setting, encoding="utf-8")
    written = config.read_bytes()
    result = CliRunner().invoke(main, ["check", str(folder)])
    assert result.exit_code == 2, result.output
    assert said in result.output and len(result.output) < 1000, result.output[:1000]  # the known checks are named
    assert len(result.output.strip().splitlines()) == 1
    assert config.read_bytes() == written
