"""Killing the workbench (SIGKILL, as a power cut or the OOM killer would) loses nothing saved.

An import is one transaction: after a kill in the middle, the project holds
the whole document or none of it. Every edit is committed as it returns:
after a kill in the middle of a run of edits, each edit that returned is
there. In both cases SQLite's integrity check passes and the project opens.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.hostile.project_state import integrity
from workbench.core.ingest.importing import import_tsv
from workbench.core.project.store import Project

UNITS = 200_000
WAIT_LIMIT = 60.0


def make_project(folder: Path, pairs: int) -> Path:
    """A project with one TSV document of `pairs` segments."""
    path = folder / "project"
    tsv = folder / "start.tsv"
    tsv.write_text("".join(f"Sentence {i} of the book.\tПредложение {i} книги.\n" for i in range(pairs)), "utf-8")
    with Project.create(path) as project:
        import_tsv(project, tsv)
    return path


def write_tmx(path: Path, units: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
                 'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" '
                 'creationtoolversion="1"/><body>\n')
        for i in range(units):
            fh.write(f'<tu><tuv xml:lang="en"><seg>Unit {i} of the memory.</seg></tuv>'
                     f'<tuv xml:lang="ru"><seg>Единица {i} памяти.</seg></tuv></tu>\n')
        fh.write("</body></tmx>\n")


def wait_for(condition: object, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not condition():  # type: ignore[operator]
        if process.poll() is not None:
            pytest.fail(f"the process ended (exit {process.returncode}) before {what}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"no {what} within {WAIT_LIMIT} s")
        time.sleep(0.01)


def test_a_kill_in_the_middle_of_an_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, 10)
    tmx = tmp_path / "big.tmx"
    write_tmx(tmx, UNITS)
    wal = project / "project.db-wal"
    start = wal.stat().st_size if wal.exists() else 0
    importer = subprocess.Popen(
        [sys.executable, "-m", "workbench", "import", str(project), "--tmx", str(tmx)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Mid-import: the transaction has written a few MB of its pages into the WAL, not all of them.
    wait_for(lambda: wal.exists() and wal.stat().st_size > start + 2_000_000, importer, "import writing")
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    assert importer.returncode == -signal.SIGKILL

    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        counts = [row[0] for row in reopened.db.execute(
            "select count(s.id) from documents d left join segments s on s.document_id = d.id "
            "group by d.id order by d.seq"
        )]
        assert counts in ([10], [10, UNITS]), counts[:3]
        assert reopened.segment_count() == sum(counts)
    # The project is still usable: the same file imports in full afterwards (its
    # verbatim copy, left in sources/ by the killed import, is reused, not doubled).
    again = subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(project), "--tmx", str(tmx), "--json"],
        capture_output=True, text=True, timeout=WAIT_LIMIT, check=False,
    )
    assert again.returncode == 0, again.stderr
    with Project.open(project) as reopened:
        assert reopened.segment_count() == sum(counts) + UNITS
    assert [p.name for p in (project / "sources").iterdir()].count("big.tmx") == 1
    assert len(list((project / "sources").iterdir())) == 2


EDITOR = textwrap.dedent(
    """
    import sys
    from workbench.core import editing
    from workbench.core.project.store import Project

    with Project.open(sys.argv[1]) as project:
        ids = [s.id for s in project.segments()]
        for step in range(10**9):
            segment_id = ids[(step * 7) % len(ids)]
            if step % 5 == 4:
                editing.set_status(project, segment_id, "reviewed")
                print(f"status {segment_id} reviewed", flush=True)
            else:
                text = f"правка {step} для {segment_id}"
                editing.set_target(project, segment_id, text)
                print(f"target {segment_id} {text}", flush=True)
    """
)


def test_every_edit_that_returned_before_a_kill_is_saved(tmp_path: Path) -> None:
    project = make_project(tmp_path, 300)
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(project)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    assert editor.stdout is not None
    returned: list[str] = []
    deadline = time.monotonic() + WAIT_LIMIT
    while len(returned) < 150:
        line = editor.stdout.readline()
        if not line:
            pytest.fail(f"the editor stopped: {editor.stderr.read() if editor.stderr else ''}")
        returned.append(line.rstrip("\n"))
        assert time.monotonic() < deadline, "the editor is too slow"
    os.kill(editor.pid, signal.SIGKILL)
    rest, _ = editor.communicate()
    returned += rest.splitlines()  # printed (so returned) before the kill, not yet read

    targets: dict[int, str] = {}
    reviewed: set[int] = set()
    for line in returned:
        kind, segment_id, value = line.split(" ", 2)
        if kind == "target":
            targets[int(segment_id)] = value
        else:
            reviewed.add(int(segment_id))
    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        for segment_id, text in targets.items():
            segment = reopened.segment(segment_id)
            assert segment.target == text and segment.locked
        for segment_id in reviewed:
            assert str(reopened.segment(segment_id).status) == "reviewed"
        assert reopened.segment_count() == 300


TUI_DRIVER = Path(__file__).resolve().parent / "hostile" / "drive_tui.py"


def _app_on_empty_targets(tmp_path: Path, segments: int, mode: str) -> tuple[Path, subprocess.Popen[str]]:
    """A project of `segments` pairs with every target emptied, and the Textual app driven on it
    in a process of its own (`drive_tui.py` in `mode`), its lines to be read as they come."""
    project = make_project(tmp_path, segments)
    with Project.open(project) as opened:
        opened.db.execute("update segments set target = ''")
        opened.db.conn.commit()
    app = subprocess.Popen(
        [sys.executable, str(TUI_DRIVER), str(project), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    assert app.stdout is not None
    return project, app


def test_edits_saved_through_the_app_survive_a_kill(tmp_path: Path) -> None:
    """The same through the Textual app: typed, left (saved) and confirmed, then SIGKILL."""
    project, app = _app_on_empty_targets(tmp_path, 40, "1000")
    lines: list[str] = []
    deadline = time.monotonic() + WAIT_LIMIT
    while len(lines) < 5:
        line = app.stdout.readline()
        if not line:
            pytest.fail(f"the app stopped: {app.stderr.read() if app.stderr else ''}")
        if line.strip() != "ready":
            lines.append(line.rstrip("\n"))
        assert time.monotonic() < deadline, "the app is too slow"
    os.kill(app.pid, signal.SIGKILL)
    rest, _ = app.communicate()
    lines += rest.splitlines()

    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        for line in lines:
            segment_id, text = line.split(" ", 1)
            segment = reopened.segment(int(segment_id))
            assert (segment.target, str(segment.status)) == (text, "translated")
        untouched = [s for s in reopened.segments() if s.target == ""]
        assert len(untouched) >= 40 - len(lines) - 1  # at most the edit under way when killed


def test_steady_typing_is_saved_before_a_kill(tmp_path: Path) -> None:
    """Typing without a pause and without leaving the editor, then SIGKILL: the stored target
    is a prefix of what was typed and holds all of it but the last `SAVE_AT_LEAST_EVERY`
    seconds (9 s of typing followed by a kill used to lose all of it)."""
    from workbench.tui.screens.translation_screen import SAVE_AT_LEAST_EVERY

    project, app = _app_on_empty_targets(tmp_path, 5, "typing")
    typed: list[tuple[int, float, str]] = []
    deadline = time.monotonic() + WAIT_LIMIT
    while not typed or typed[-1][1] < 3 * SAVE_AT_LEAST_EVERY + 1:
        line = app.stdout.readline()
        if not line:
            pytest.fail(f"the app stopped: {app.stderr.read() if app.stderr else ''}")
        if line.strip() == "ready":  # the start may be slow on a loaded machine; typing gets its own limit
            deadline = time.monotonic() + WAIT_LIMIT
        else:
            segment_id, at, text = line.split()
            typed.append((int(segment_id), float(at), text))
        assert time.monotonic() < deadline, "the app is too slow"
    os.kill(app.pid, signal.SIGKILL)
    app.communicate()

    segment_id, last_at, everything = typed[-1]
    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        stored = reopened.segment(segment_id).target
    assert everything.startswith(stored)
    # A margin of one interval for the save in flight and a loaded machine's late timer.
    must_have = [text for _, at, text in typed if at <= last_at - 2 * SAVE_AT_LEAST_EVERY]
    assert must_have and len(stored) >= len(must_have[-1]), (len(stored), len(must_have[-1]), len(everything))
