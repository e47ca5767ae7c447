"""Every export and report refused by the disk names the file it could not write (round 38), and
`init` the folder it could not make (round 39).

A full disk on `term export` said "No space left on device" and nothing of which file (the
termbase's writer named none); a read-only folder named the hidden temporary file
(`.out.tbx.9413.e7d12g9_.tmp`) the user never gave. Both are tried on real file systems: a small
tmpfs filled to its last pages and the same tmpfs remounted read-only, in a private mount
namespace gone with the test; and `/dev/full`, a device written as a stream.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.ingest.importing import import_tsv
from workbench.core.project.store import Project

EXPORTS = [
    ["export", "{project}", "--all", "--tmx", "{out}/out.tmx"],
    ["export", "{project}", "--all", "--tsv", "{out}/out.tsv"],
    ["export", "{project}", "--all", "--text", "{out}/out.txt"],
    ["export", "{project}", "--all", "--xliff", "{out}/out.xlf"],
    ["term", "export", "{project}", "{out}/terms.tbx"],
    ["term", "export", "{project}", "--tbx-version", "2019", "{out}/terms2019.tbx"],
    ["term", "export", "{project}", "{out}/terms.csv"],
    ["term", "export", "{project}", "{out}/terms.tsv"],
    ["memory", "export", "{project}", "{out}/memory.tmx"],
    ["segmentation", "export", "{project}", "{out}/rules.srx"],
    ["check", "{project}", "--format", "csv", "-o", "{out}/check.csv"],
    ["check", "{project}", "--format", "html", "-o", "{out}/check.html"],
    ["check", "{project}", "--format", "json", "-o", "{out}/check.json"],
]
"""Each command that writes a file the user names: the file is the command's last word."""

ON_A_SMALL_DISK = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from click.testing import CliRunner
    from workbench.cli import main

    disk, project, commands = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
    said = {}
    for command in commands:
        argv = [word.format(project=project, out=disk) for word in command]
        room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"x" * (room - 4096))
        result = CliRunner().invoke(main, argv)
        (disk / "filler").unlink()
        said[argv[-1]] = [result.exit_code, result.output, sorted(p.name for p in disk.iterdir())]
    os.system(f"mount -o remount,ro {disk}")
    for command in commands:
        argv = [word.format(project=project, out=disk) for word in command]
        result = CliRunner().invoke(main, argv)
        said["read-only " + argv[-1]] = [result.exit_code, result.output, sorted(p.name for p in disk.iterdir())]
    print(json.dumps(said))
    """
)

MOUNT_SMALL_DISK = 'mount -t tmpfs -o size=128k tmpfs "$0" && exec "$@"'


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 translated pairs with findings (a double space, a changed number) and 200 concepts:
    every export and report is larger than the room left."""
    base = tmp_path_factory.mktemp("writes")
    tsv = base / "pairs.tsv"
    tsv.write_text("".join(f"Line {i} of the  club.\tСтрока {i + 1} клуба  .\n" for i in range(200)), "utf-8")
    terms = base / "terms.csv"
    terms.write_text("en,ru\n" + "".join(f"club term{i},клуб термин{i}\n" for i in range(200)), "utf-8")
    with Project.create(base / "project", source_lang="en", target_lang="ru") as opened:
        import_tsv(opened, tsv)
    for argv in (["term", "import", str(base / "project"), str(terms)], ["mark-translated", str(base / "project")]):
        assert CliRunner().invoke(main, argv).exit_code == 0
    return base / "project"


def _skip_without_a_small_disk(tmp_path: Path) -> None:
    probe = ["unshare", "--map-root-user", "--mount", "sh", "-c", MOUNT_SMALL_DISK, str(tmp_path), "true"]
    if shutil.which("unshare") is None or subprocess.run(probe, capture_output=True, timeout=60, check=False).returncode:
        pytest.skip("needs unshare(1) with user and mount namespaces to mount a small tmpfs")


def test_a_full_disk_and_a_read_only_folder_name_the_file(project: Path, tmp_path: Path) -> None:
    _skip_without_a_small_disk(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-c", MOUNT_SMALL_DISK, str(disk),
         sys.executable, "-c", ON_A_SMALL_DISK, str(disk), str(project), json.dumps(EXPORTS)],
        capture_output=True, text=True, timeout=600, check=False, cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    for command in EXPORTS:
        out = command[-1].format(out=disk)
        assert said[out] == [2, f"workbench: error: {out}: No space left on device\n", []], command
        assert said["read-only " + out] == [2, f"workbench: error: {out}: Read-only file system\n", []], command


@pytest.mark.parametrize("name", ["terms.tbx", "terms.csv"])
def test_a_full_device_is_named_by_the_termbase_export(project: Path, name: str) -> None:
    """`/dev/full` is written as a stream (never replaced); its refusal names it as the project's exports do.
    The extension picks the format, so a link of that name to the device is the file given."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    link = project.parent / name
    link.unlink(missing_ok=True)
    link.symlink_to("/dev/full")
    result = CliRunner().invoke(main, ["term", "export", str(project), str(link), "--force"])
    assert (result.exit_code, result.output) == (2, f"workbench: error: {link}: No space left on device\n")


INIT_ON_A_SMALL_DISK = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from click.testing import CliRunner
    from workbench.cli import main

    disk = Path(sys.argv[1])
    said = []
    for left in (4096, 20_000, 40_000, 80_000):  # the database's first pages, its log, its migrations
        room = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"x" * (room - left))
        result = CliRunner().invoke(main, ["init", str(disk / "project")])
        (disk / "filler").unlink()
        said.append([result.exit_code, result.output, sorted(p.name for p in disk.iterdir())])
    print(json.dumps(said))
    """
)


def test_init_on_a_full_disk_names_the_folder(tmp_path: Path) -> None:
    """`init` is given one folder; a disk too full for its database said "the disk is full: the
    database cannot grow" and nothing of where (round 38's left item)."""
    _skip_without_a_small_disk(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", MOUNT_SMALL_DISK, str(disk),
                           sys.executable, "-c", INIT_ON_A_SMALL_DISK, str(disk)],
                          capture_output=True, text=True, timeout=300, check=False, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    for exit_code, output, left in json.loads(done.stdout):
        assert exit_code == 2 and left == [], (output, left)
        assert output.startswith(f"workbench: error: cannot create {disk / 'project'}: the disk "), output
        assert output.count("\n") == 1, output
