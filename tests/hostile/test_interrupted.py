"""Ctrl-C in the middle of a long command: exit code 130, nothing printed, nothing half-saved.

Hardening round six: click turned SIGINT into "Aborted!" and exit code 1, the code
`check --fail-on` gives for "found problems"; and with `check` on two processes a
Ctrl-C reached the forked child as well (a terminal signals the whole process group),
which printed its own traceback, and another for a second Ctrl-C.

A fresh interpreter doing half the work (a large termbase file's reader) got the signal too,
during its start-up, before it could ignore it, and printed a traceback; it now runs in a
process group of its own and its parent ends it.

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

from termbase.bulk import CHILD_MIN_BYTES_ENV
from tests.hostile.corpus import concept_entry, tbx
from tests.hostile.project_state import fingerprint
from workbench.cli import main
from workbench.core.checks.parallel import MIN_SEGMENTS

HOOK = """
import os, signal, sys, importlib, time
module, name, times, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
owner = importlib.import_module(module)
original = getattr(owner, name)
def interrupted(*args, **kwargs):
    time.sleep(delay)
    for _ in range(times):
        os.killpg(0, signal.SIGINT)  # the whole group, as a terminal's Ctrl-C
    return original(*args, **kwargs)
setattr(owner, name, interrupted)
sys.argv = ["workbench", *sys.argv[5:]]
from workbench.cli import main
main()
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough segments for `check` to run on two processes, and a termbase."""
    base = tmp_path_factory.mktemp("interrupted")
    pairs = base / "pairs.tsv"
    pairs.write_text(
        "".join(f"The club {i} opened on Sunday.\tКлуб {i} открылся в воскресенье.\n" for i in range(MIN_SEGMENTS + 500)),
        "utf-8",
    )
    folder = base / "project"
    for args in (
        ["init", str(folder)],
        ["import", str(folder), "--tsv", str(pairs)],
        ["term", "add", str(folder), "--source", "club", "--target", "клуб"],
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize(
    ("hooked", "command"),
    [
        (("workbench.core.ingest.importing", "_document_entry", "0"), ["import", "{p}", "--tsv", "{in}"]),
        (("workbench.core.checks.parallel", "_child", "0"), ["check", "{p}"]),
        (("workbench.core.project.exporting", "_row_batches", "0"), ["export", "{p}", "--all", "--tmx", "{out}"]),
        # the child is importing its modules a moment after it was started
        (("termbase.bulk", "_received", "0.3"), ["term", "import", "{p}", "{tbx}"]),
    ],
    ids=["import", "check on two processes", "export", "term import read by a second interpreter"],
)
def test_ctrl_c_stops_quietly_with_130(
    project: Path, tmp_path: Path, hooked: tuple[str, str, str], command: list[str], times: int
) -> None:
    copy = tmp_path / "project"
    subprocess.run(["cp", "-a", str(project), str(copy)], check=True)
    (tmp_path / "more.tsv").write_text("The hall was full.\tЗал был полон.\n" * 50, "utf-8")
    (tmp_path / "terms.tbx").write_text(tbx(concept_entry("hall", "hall", "зал")), "utf-8")
    before = fingerprint(copy)
    args = [
        part.replace("{p}", str(copy)).replace("{in}", str(tmp_path / "more.tsv")).replace("{out}", str(tmp_path / "out.tmx"))
        .replace("{tbx}", str(tmp_path / "terms.tbx"))
        for part in command
    ]
    done = subprocess.run(
        [sys.executable, "-c", HOOK, *hooked[:2], str(times), hooked[2], *args],
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,  # its own process group: the signal reaches it and its children only
        env={**os.environ, "WORKBENCH_LANG": "en", CHILD_MIN_BYTES_ENV: "0"},  # every termbase file read by a child
        check=False,
    )
    assert (done.returncode, done.stderr) == (130, ""), done.stderr
    assert fingerprint(copy) == before
    assert not (tmp_path / "out.tmx").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_a_helper_interpreter_is_out_of_the_terminals_reach(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal's Ctrl-C goes to its foreground process group: a helper interpreter in that
    group got it while still importing its modules, before it could ignore it, and printed a
    traceback (`term import` of a large file, round six). It has a group of its own."""
    from termbase.bulk import file_rows

    monkeypatch.setenv(CHILD_MIN_BYTES_ENV, "0")
    (tmp_path / "terms.tbx").write_text(tbx(concept_entry("hall", "hall", "зал")), "utf-8")
    before = set(_children())
    rows = file_rows(tmp_path / "terms.tbx")
    next(rows)
    try:
        started = set(_children()) - before
        assert started, "no helper interpreter was started"
        assert all(os.getpgid(pid) != os.getpgid(0) for pid in started)
    finally:
        rows.close()


def _children() -> list[int]:
    """The processes this one started that are still there (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid():
                found.append(int(entry.name))
    return found
