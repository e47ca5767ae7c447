"""A writer killed (SIGKILL) in the middle of its work loses nothing saved (hardening, round 23).

`tests/test_crash_safety.py` kills an import and a run of edits. Here the other writers: an
export over a good file (killed while its temporary file grows), `align` and `term import`
(each killed inside its transaction, after it wrote rows: the process kills itself at that
point, which a kill from outside would hit only by luck). Afterwards every database passes
SQLite's integrity check and holds what it held before, the project opens, the good export is
untouched, and the killed export's temporary file is removed by the next export.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from tests.hostile.project_state import database_digest
from workbench.cli import main
from workbench.core.ingest.importing import import_text, import_tsv
from workbench.core.project.store import Project

WAIT_LIMIT = 120.0

_KILLED_AT = """
import importlib, os, signal, sys
where, after = sys.argv[1], int(sys.argv[2])
module_name, _, attribute = where.partition(":")
owner = importlib.import_module(module_name)
*path, name = attribute.split(".")
for part in path:
    owner = getattr(owner, part)
original = getattr(owner, name)
calls = 0
def killing(*args, **kwargs):
    global calls
    result = original(*args, **kwargs)
    calls += 1
    if calls >= after:
        os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(owner, name, killing)
from workbench.cli import main
main(sys.argv[3:], prog_name="workbench")
"""


def killed_inside(where: str, after: int, *arguments: str) -> None:
    """Run `workbench ARGUMENTS`, killed by SIGKILL right after the `after`-th return of `where`."""
    done = subprocess.run([sys.executable, "-c", _KILLED_AT, where, str(after), *arguments],
                          capture_output=True, text=True, timeout=WAIT_LIMIT, check=False)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2_000:])


def _aligned_project(folder: Path, sentences: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "s.en.txt").write_text("".join(f"Sentence {i} of the book is here. " for i in range(sentences)), "utf-8")
    (folder / "s.ru.txt").write_text("".join(f"Предложение {i} книги здесь. " for i in range(sentences)), "utf-8")
    path = folder / "project"
    with Project.create(path, "en", "ru") as project:
        import_text(project, folder / "s.en.txt", folder / "s.ru.txt")
    return path


def test_align_killed_in_its_transaction_leaves_the_pairs_as_they_were(tmp_path: Path) -> None:
    project = _aligned_project(tmp_path, 300)
    with Project.open(project) as opened:
        opened.db.execute("update segments set locked = 1 where id in (select id from segments order by seq limit 1 offset 100)")
    before = database_digest(project / "project.db")
    killed_inside("workbench.core.alignment.bitext:_insert_rows", 1, "align", str(project), "--no-semantic")
    assert database_digest(project / "project.db") == before
    with Project.open(project) as reopened:
        assert len(reopened.segments()) == 300


def test_term_import_killed_in_its_transaction_adds_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "proj"
    Project.create(folder, "en", "ru").close()
    first = tmp_path / "first.csv"
    first.write_text("en,ru\nkey,ключ\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["term", "import", str(folder), str(first)]).exit_code == 0
    big = tmp_path / "big.csv"
    big.write_text("en,ru\n" + "".join(f"term{i},термин{i}\n" for i in range(60_000)), encoding="utf-8")
    before = database_digest(folder / "termbase.db")
    assert before is not None
    killed_inside("termbase.store:Termbase._import_batch", 2, "term", "import", str(folder), str(big))
    assert database_digest(folder / "termbase.db") == before


def test_an_export_killed_while_it_writes_leaves_the_good_file(tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"Sentence {i} of the book.\tПредложение {i} книги.\n" for i in range(100_000)), "utf-8")
    project = tmp_path / "project"
    with Project.create(project, "en", "ru") as created:
        import_tsv(created, tsv)
    good = tmp_path / "out.tmx"
    good.write_bytes(b"<?xml version='1.0'?><tmx version='1.4'><header/><body/></tmx>\n")
    kept = good.read_bytes()
    before = database_digest(project / "project.db")
    exporter = subprocess.Popen([sys.executable, "-m", "workbench", "export", str(project), "--tmx", str(good), "--all", "--force"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_LIMIT
    while not any(path.stat().st_size > 1_000_000 for path in tmp_path.glob(".out.tmx.*.tmp")):
        assert exporter.poll() is None, "the export ended before it was killed"
        assert time.monotonic() < deadline, "no temporary file grew"
        time.sleep(0.01)
    os.kill(exporter.pid, signal.SIGKILL)
    exporter.wait()
    assert good.read_bytes() == kept
    assert database_digest(project / "project.db") == before
    [left] = tmp_path.glob(".out.tmx.*.tmp")  # the killed writer's; the next export removes it
    done = CliRunner().invoke(main, ["export", str(project), "--tmx", str(good), "--all", "--force"])
    assert done.exit_code == 0, done.output
    assert not left.exists() and good.stat().st_size > 1_000_000
