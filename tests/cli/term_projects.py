"""A project made as a user makes one for the term checks' CLI tests: `init`, `import --tsv` of the
pairs, `term import` of a CSV termbase, then `check` in JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from workbench.cli import main


def term_findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]], terms_csv: str,
                  checks: str = "term-missing", languages: tuple[str, str] = ("en", "ru")) -> list[dict[str, Any]]:
    """The findings of `checks` on a project of `pairs` (translating `languages`: source, target)
    whose termbase is `terms_csv`."""
    folder, tsv, termbase = tmp_path / "proj", tmp_path / "pairs.tsv", tmp_path / "terms.csv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    termbase.write_text(terms_csv, encoding="utf-8")
    for args in (["init", str(folder), "--source-lang", languages[0], "--target-lang", languages[1]],
                 ["import", str(folder), "--tsv", str(tsv)], ["term", "import", str(folder), str(termbase)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["check", str(folder), "--checks", checks, "--format", "json",
                                  "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings
