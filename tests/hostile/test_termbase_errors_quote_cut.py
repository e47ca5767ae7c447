"""A termbase file's error quotes at most 300 characters of what it names (hardening, round 22).

Round 21 cut the workbench's worded errors; the termbase library words its own, and `term
import` of a CSV whose column is named by 100,000 characters ("definition_xxx…", as the
per-language definition columns are named) printed an error line of 100,172 bytes.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project


def test_a_column_of_a_hundred_thousand_characters_is_quoted_cut(tmp_path: Path) -> None:
    folder = tmp_path / "proj"
    Project.create(folder, "en", "ru").close()
    table = tmp_path / "terms.csv"
    table.write_text(f"en,ru,definition_{'x' * 100_000}\nbill,счёт,a bill\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["term", "import", str(folder), str(table)])
    assert result.exit_code == 2
    assert len(result.output) < 1_000 and result.output.count("\n") == 1, len(result.output)
    assert "column 'definition_xxx" in result.output and "…'" in result.output
