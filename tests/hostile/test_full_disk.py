"""A disk that fills during an import: a real one, shared by the copy in `sources/`, the
database and `project.toml` (a 2 MB tmpfs in a private mount namespace, gone with it).

The file-size limit of `test_hostile_inputs` fails each file on its own; on a real disk the
import's own copy in `sources/` took the room that putting `project.toml` back needed, and
the refused import left its document listed there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.core.ingest.importing import import_tsv
from workbench.core.project.store import Project

ON_A_SMALL_DISK = textwrap.dedent(
    """
    import json, os, shutil, subprocess, sys
    from pathlib import Path
    from tests.hostile.project_state import fingerprint, integrity

    disk, template, tsv = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    project = disk / "project"
    shutil.copytree(template, project)
    before = fingerprint(project)
    room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    # Room for the verbatim copy and a little more, not for the segments.
    (disk / "filler").write_bytes(b"x" * (room - tsv.stat().st_size - 400_000))
    done = subprocess.run([sys.executable, "-m", "workbench", "import", str(project), "--tsv", str(tsv)],
                          capture_output=True, text=True, timeout=120)
    (disk / "filler").unlink()
    after = fingerprint(project)
    print(json.dumps({"code": done.returncode, "stderr": done.stderr, "integrity": integrity(project / "project.db"),
                      "changed": sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))}))
    """
)


MOUNT_SMALL_DISK = 'mount -t tmpfs -o size=2m tmpfs "$0" && exec "$@"'


@pytest.mark.parametrize(("lang", "said"), [
    ("C.UTF-8", "the disk is full: the database cannot grow; free some room on the disk and try again"),
    ("ru_RU.UTF-8", "диск заполнен: базе данных некуда расти; освободите место на диске и повторите попытку"),
])
def test_a_disk_that_fills_during_an_import_leaves_the_project_as_it_was(tmp_path: Path, lang: str, said: str) -> None:
    probe = ["unshare", "--map-root-user", "--mount", "sh", "-c", MOUNT_SMALL_DISK, str(tmp_path), "true"]
    if shutil.which("unshare") is None or subprocess.run(probe, capture_output=True, timeout=60, check=False).returncode:
        pytest.skip("needs unshare(1) with user and mount namespaces to mount a small tmpfs")
    template = tmp_path / "template"
    first = tmp_path / "first.tsv"
    first.write_text("One.\tОдин.\nTwo.\tДва.\n", "utf-8")
    with Project.create(template) as project:
        import_tsv(project, first)
    tsv = tmp_path / "big.tsv"
    tsv.write_text("".join(f"Sentence number {i} of the book.\tПредложение номер {i} книги.\n" for i in range(12_000)), "utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-c", MOUNT_SMALL_DISK, str(disk),
         sys.executable, "-c", ON_A_SMALL_DISK, str(disk), str(template), str(tsv)],
        capture_output=True, text=True, timeout=300, check=False, cwd=Path(__file__).parents[2],
        env={**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome["code"] == 2
    assert outcome["stderr"] == f"workbench: error: {said}\n"
    assert outcome["stderr"].count("\n") == 1
    assert outcome["integrity"] == "ok"
    assert outcome["changed"] == []
