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

import contextlib
import os
import signal
import subprocess
import sys
import time
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
signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal, even if the test run was started in the background
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


def _copy_and_arguments(project: Path, tmp_path: Path, command: list[str]) -> tuple[Path, list[str]]:
    """A copy of `project` in `tmp_path` beside the files a command reads, and `command` with
    their places filled in: {p} the copy, {in} a TSV, {tbx} a termbase, {out} where to export."""
    copy = tmp_path / "project"
    subprocess.run(["cp", "-a", str(project), str(copy)], check=True)
    (tmp_path / "more.tsv").write_text("The hall was full.\tЗал был полон.\n" * 50, "utf-8")
    (tmp_path / "terms.tbx").write_text(tbx(concept_entry("hall", "hall", "зал")), "utf-8")
    args = [
        part.replace("{p}", str(copy)).replace("{in}", str(tmp_path / "more.tsv")).replace("{out}", str(tmp_path / "out.tmx"))
        .replace("{tbx}", str(tmp_path / "terms.tbx"))
        for part in command
    ]
    return copy, args


def _assert_nothing_half_saved(copy: Path, before: dict[str, str], tmp_path: Path) -> None:
    """The project as it was before the command, no export written, no temporary file left."""
    assert fingerprint(copy) == before
    assert not (tmp_path / "out.tmx").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


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
    copy, args = _copy_and_arguments(project, tmp_path, command)
    before = fingerprint(copy)
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
    _assert_nothing_half_saved(copy, before, tmp_path)


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


ENDED_HOOK = """
import os, signal, sys, importlib, time
module, name, ending, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
command = os.getpid()  # a forked child keeps this: the signal goes to the command, as `kill PID` sends it
owner = importlib.import_module(module)
original = getattr(owner, name)
def ended(*args, **kwargs):
    time.sleep(delay)
    os.kill(command, ending)
    return original(*args, **kwargs)
setattr(owner, name, ended)
sys.argv = ["workbench", *sys.argv[5:]]
from workbench.cli import main
main()
"""


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize(
    ("hooked", "command"),
    [
        (("workbench.core.ingest.importing", "_document_entry", "0"), ["import", "{p}", "--tsv", "{in}"]),
        (("workbench.core.checks.parallel", "_child", "0.5"), ["check", "{p}", "--output", "{out}"]),
        (("workbench.core.project.exporting", "_row_batches", "0"), ["export", "{p}", "--all", "--tmx", "{out}"]),
        (("termbase.bulk", "_received", "0.3"), ["term", "import", "{p}", "{tbx}"]),
    ],
    ids=["import", "check on two processes", "export", "term import read by a second interpreter"],
)
def test_kill_or_a_closed_terminal_ends_a_command_as_ctrl_c_does(
    project: Path, tmp_path: Path, hooked: tuple[str, str, str], command: list[str], ending: signal.Signals
) -> None:
    """SIGTERM (`kill PID`) or SIGHUP (the terminal or ssh session closed) sent to the command
    alone: it ended on the spot, with the shell's code but no unwinding, so a two-process
    `check` left its forked child running, and, with a result larger than the pipe holds,
    waiting for good to hand it over (it held the pipe's reading end itself), and an export
    its temporary file. Now: 128 + the signal, nothing printed, nothing half-saved, no
    temporary file, and no process of the run left behind."""
    copy, args = _copy_and_arguments(project, tmp_path, command)
    before = fingerprint(copy)
    run = subprocess.Popen(
        [sys.executable, "-c", ENDED_HOOK, *hooked[:2], str(int(ending)), hooked[2], *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # a session of its own: what is left of it afterwards is its own
        env={**os.environ, "WORKBENCH_LANG": "en", CHILD_MIN_BYTES_ENV: "0"},
    )
    try:
        code = run.wait(timeout=120)
        left = _left_in_session(run.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    stderr = run.stderr.read() if run.stderr is not None and not left else "(not read: a process left holds it)"
    assert (code, left, stderr) == (128 + ending, [], "")
    _assert_nothing_half_saved(copy, before, tmp_path)


def _left_in_session(session: int) -> list[int]:
    """The processes of `session` still there after up to 10 s (a child may take a moment to end)."""
    deadline = time.monotonic() + 10
    while True:
        left = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[3]) == session and fields[0] != "Z":
                    left.append(int(entry.name))
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


ORPHANED = """
import os, sys, time
from workbench.core.forked import Forked
pending = Forked(lambda: time.sleep(120), fork=True)
print("started", flush=True)
pending.result()
"""


def test_a_forked_child_ends_at_once_when_its_parent_is_killed_outright() -> None:
    """A child busy with a long share learnt of its parent's SIGKILL only when it wrote its
    result: the kernel now ends it with its parent (PR_SET_PDEATHSIG)."""
    run = subprocess.Popen([sys.executable, "-c", ORPHANED], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert run.stdout is not None and run.stdout.readline() == "started\n"
        run.kill()
        run.wait(timeout=60)
        left = _left_in_session(run.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    assert left == []


def test_a_checking_child_ends_when_its_command_is_killed_outright(tmp_path: Path) -> None:
    """SIGKILL (the OOM killer, `kill -9`) leaves no handler to end the forked child of a
    two-process `check`. The child had the pipe's reading end too (copied by the fork), so
    the pipe stayed open with nobody reading, and a share of findings larger than it holds
    (a number differing in every pair) kept the child waiting to write it, for good. It
    closes that end first now: its write fails once its command is gone, and it ends."""
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "".join(f"The club {i} opened with 5 members.\tКлуб {i} открылся с 6 членами.\n" for i in range(10 * MIN_SEGMENTS)),
        "utf-8",
    )
    folder = tmp_path / "project"
    for args in (["init", str(folder)], ["import", str(folder), "--tsv", str(pairs)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    run = subprocess.Popen(
        [sys.executable, "-c", ENDED_HOOK, "workbench.core.checks.parallel", "_child", str(int(signal.SIGKILL)), "0.5",
         "check", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "WORKBENCH_LANG": "en"},
    )
    try:
        code = run.wait(timeout=120)
        left = _left_in_session(run.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    assert (code, left) == (-signal.SIGKILL, [])
