"""Ctrl-C in the middle of a long command: exit code 130, nothing printed, nothing half-saved.

Hardening round six: click turned SIGINT into "Aborted!" and exit code 1, the code
`check --fail-on` gives for "found problems"; and with `check` on two processes a
Ctrl-C reached the forked child as well (a terminal signals the whole process group),
which printed its own traceback, and another for a second Ctrl-C.

Each case runs the real command in its own process group and sends SIGINT to the
group, as a terminal does, from inside the command at a point where it is writing
(or checking on two processes): a hook wraps one function of workbench so the signal
lands there every time, not at a moment a sleep guesses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.hostile.project_state import fingerprint
from workbench.cli import main
from workbench.core.checks.parallel import MIN_SEGMENTS

HOOK = """
import os, signal, sys, importlib
module, name, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
owner = importlib.import_module(module)
original = getattr(owner, name)
def interrupted(*args, **kwargs):
    for _ in range(times):
        os.killpg(0, signal.SIGINT)  # the whole group, as a terminal's Ctrl-C
    return original(*args, **kwargs)
setattr(owner, name, interrupted)
sys.argv = ["workbench", *sys.argv[4:]]
from workbench.cli import main
main()
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough segments for `check` to run on two processes."""
    base = tmp_path_factory.mktemp("interrupted")
    pairs = base / "pairs.tsv"
    pairs.write_text(
        "".join(f"The club {i} opened on Sunday.\tКлуб {i} открылся в воскресенье.\n" for i in range(MIN_SEGMENTS + 500)),
        "utf-8",
    )
    folder = base / "project"
    for args in (["init", str(folder)], ["import", str(folder), "--tsv", str(pairs)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize(
    ("hooked", "command"),
    [
        (("workbench.core.ingest.importing", "_document_entry"), ["import", "{p}", "--tsv", "{in}"]),
        (("workbench.core.checks.parallel", "_run_share"), ["check", "{p}"]),
        (("workbench.core.project.exporting", "_row_batches"), ["export", "{p}", "--all", "--tmx", "{out}"]),
    ],
    ids=["import", "check on two processes", "export"],
)
def test_ctrl_c_stops_quietly_with_130(
    project: Path, tmp_path: Path, hooked: tuple[str, str], command: list[str], times: int
) -> None:
    copy = tmp_path / "project"
    subprocess.run(["cp", "-a", str(project), str(copy)], check=True)
    (tmp_path / "more.tsv").write_text("The hall was full.\tЗал был полон.\n" * 50, "utf-8")
    before = fingerprint(copy)
    args = [
        part.replace("{p}", str(copy)).replace("{in}", str(tmp_path / "more.tsv")).replace("{out}", str(tmp_path / "out.tmx"))
        for part in command
    ]
    done = subprocess.run(
        [sys.executable, "-c", HOOK, *hooked, str(times), *args],
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,  # its own process group: the signal reaches it and its children only
        env={**os.environ, "WORKBENCH_LANG": "en"},
        check=False,
    )
    assert (done.returncode, done.stderr) == (130, ""), done.stderr
    assert fingerprint(copy) == before
    assert not (tmp_path / "out.tmx").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
