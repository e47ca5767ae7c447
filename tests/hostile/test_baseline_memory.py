"""A baseline of the size allowed is read in memory near its own size (hardening, round fourteen).

`check --baseline` parsed the whole file with `json.loads` before it looked at the first element:
`[{},{},...]` costs about 26 bytes of memory a byte of file, so 40 MB took 1 GB and ended in a
MemoryError traceback under a 700 MB address-space limit, and the gigabyte a baseline may be
would take 26 GB. The elements are now parsed one at a time, and the first that is no finding
stops the reading.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

ADDRESS_SPACE = 700 * 2**20
"""Room for the interpreter, the command's imports and twice a 40 MB file, not for 26 times it."""


def test_a_large_baseline_of_empty_records_is_refused_within_a_small_memory(tmp_path: Path) -> None:
    project = tmp_path / "project"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" + "{}," * (40 * 2**20 // 3) + "{}]", "ascii")

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))

    done = subprocess.run([sys.executable, "-m", "workbench", "check", str(project), "--baseline", str(baseline)],
                          capture_output=True, text=True, timeout=120, preexec_fn=limit_memory, check=False)
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 2
    assert done.stderr.strip().endswith("baseline.json: finding 1 has no document, check, concept, source and target as "
                                        "workbench check --format json writes them"), done.stderr


def test_a_baseline_spaced_and_repeated_is_read_as_json_reads_it(tmp_path: Path) -> None:
    """The parser of one element at a time keeps what a JSON reader allows: spaces and line ends
    between tokens, the same finding twice (counted twice), an empty list."""
    project = tmp_path / "project"
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("The club opened.\t\nThe club opened.\t\nThe end.\tКонец.\n", "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project)]).exit_code == 0
    assert runner.invoke(main, ["import", str(project), "--tsv", str(pairs)]).exit_code == 0
    record = ('{"document": "pairs", "check": "untranslated", "concept": null, "source": "The club opened.", '
              '"target": ""}')
    baseline = tmp_path / "baseline.json"
    for text, left_out in ((f"\r\n [ {record} ,\n\t{record} ] \n", 2), (f"[{record}]", 1), (" [ ] ", 0)):
        baseline.write_text(text, "utf-8")
        result = runner.invoke(main, ["check", str(project), "--checks", "untranslated", "--format", "json",
                                      "--fail-on", "never", "--baseline", str(baseline)])
        assert result.exit_code == 0, result.output
        assert f"{left_out} finding" in result.stderr, result.stderr
        assert result.stdout.count('"untranslated"') == 2 - left_out, result.stdout
