"""`workbench check` finds a capitalised term word inside an institution's name ("the Party
Congress") and reports a translation that lacks the term (issue 15, session 25, termfix25)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.cli.test_check_cli import project_with_terms
from workbench.cli import main

PAIRS = [
    ("The delegates went to the Party Congress in March.", "Делегаты поехали на съезд в марте."),
    ("Every Party Congress elected a new committee.", "Каждый съезд партии избирал новый комитет."),
    ("He read the Party Programme aloud.", "Он прочитал программу вслух."),
]
TERMS = "id,en,ru,status\nparty,party,партия,preferred\n"


def test_a_translation_lacking_the_party_of_the_party_congress_is_term_missing(
    tmp_path: Path, runner: CliRunner
) -> None:
    folder = project_with_terms(tmp_path, runner, PAIRS, TERMS)
    result = runner.invoke(main, ["check", str(folder), "--checks", "term-missing", "--format", "json",
                                  "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)
    assert sorted(d["segment"] for d in findings if d["check"] == "term-missing") == [1, 3]
    assert all("party" in d["message"] for d in findings)
