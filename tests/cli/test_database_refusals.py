"""SQLite's refusals as the CLI says them, in English and in Russian, from one reader of result
codes (`workbench.core.project.database_refusal`), the one the TUI uses (fifteenth session).

The CLI read SQLite's English words: every such line stayed English under `LANG=ru_RU.UTF-8`, a
write past a file-size limit was "cannot write the project database: disk I/O error", and a file
that is not a database "cannot open the database (file is not a database)". Each case is made for
real: a read-only mount, a file-size limit, a file of other bytes, a lock another connection holds.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.test_hostile_inputs import read_only_mount

LANGUAGES = {"en": "C.UTF-8", "ru": "ru_RU.UTF-8"}


def workbench(lang: str, *args: str, wrap: Callable[[list[str]], list[str]] = lambda command: command,
              preexec: Callable[[], None] | None = None) -> str:
    env = {**os.environ, "LANG": LANGUAGES[lang], "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
           "WORKBENCH_BUSY_TIMEOUT_MS": "300"}
    done = subprocess.run(wrap([sys.executable, "-m", "workbench", *args]), capture_output=True, text=True,
                          env=env, timeout=180, preexec_fn=preexec, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr.strip()


def _pairs(folder: Path, count: int) -> Path:
    tsv = folder / "pairs.tsv"
    tsv.write_text("".join(f"Sentence number {i} is here.\tПредложение номер {i}.\n" for i in range(count)), "utf-8")
    return tsv


SAID_READ_ONLY = {
    "en": "the database cannot be written: its file, its folder or the disk is read-only; "
          "make the file, its folder and the disk writable, then try again",
    "ru": "в базу данных нельзя писать: её файл, папка или диск доступны только для чтения; "
          "разрешите запись в файл, его папку и на диск, затем повторите попытку",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_read_only_project_database(sample_project: Path, tmp_path: Path, lang: str) -> None:
    tsv = _pairs(tmp_path, 50)
    said = workbench(lang, "import", str(sample_project), "--tsv", str(tsv),
                     wrap=lambda command: read_only_mount(sample_project / "project.db", command))
    # Refused where the opening writes (its checks) or later by the import: with the file's name or without.
    assert said.startswith("workbench: error: ") and said.endswith(SAID_READ_ONLY[lang])


SAID_NO_ROOM = {
    "en": "the disk failed to read or write the database; check that the disk has room and works "
          "(a file-size limit counts too), then try again",
    "ru": "диск не смог прочитать или записать базу данных; проверьте, что на диске есть место и он "
          "исправен (ограничение размера файла тоже считается), затем повторите попытку",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_write_past_the_file_size_limit(sample_project: Path, tmp_path: Path, lang: str) -> None:
    """SQLite reports EFBIG as SQLITE_IOERR_WRITE, not SQLITE_FULL (a full tmpfs: `test_full_disk`)."""
    tsv = _pairs(tmp_path, 2500)
    limit = max(p.stat().st_size for folder in (sample_project, tmp_path) for p in folder.rglob("*") if p.is_file()) + 4096

    def limited() -> None:  # Python ignores SIGXFSZ: the write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    said = workbench(lang, "import", str(sample_project), "--tsv", str(tsv), preexec=limited)
    assert said == f"workbench: error: {SAID_NO_ROOM[lang]}"


SAID_NOT_A_DATABASE = {
    "en": "the file is not an SQLite database, or its first page is damaged; restore the file from a backup",
    "ru": "файл не является базой данных SQLite, или повреждена его первая страница; "
          "восстановите файл из резервной копии",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "args"), [("project.db", ("status",)), ("memory.db", ("memory", "lookup"))])
def test_a_file_that_is_not_a_database(sample_project: Path, lang: str, name: str, args: tuple[str, ...]) -> None:
    for stale in sample_project.glob(f"{name}*"):
        stale.unlink()
    (sample_project / name).write_bytes(b"Not SQLite at all. " * 500)
    command = [*args, str(sample_project), *(["hello"] if "lookup" in args else [])]
    said = workbench(lang, *command)
    assert said == f"workbench: error: {sample_project / name}: {SAID_NOT_A_DATABASE[lang]}"


SAID_BUSY = {
    "en": "the project is busy (another program is writing to it); try again in a moment",
    "ru": "проект занят (в него пишет другая программа); повторите попытку чуть позже",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_project_another_connection_holds(sample_project: Path, tmp_path: Path, lang: str) -> None:
    tsv = _pairs(tmp_path, 2)
    holder = sqlite3.connect(sample_project / "project.db")
    holder.execute("begin immediate")
    try:
        said = workbench(lang, "import", str(sample_project), "--tsv", str(tsv))
    finally:
        holder.rollback()
        holder.close()
    assert said == f"workbench: error: {SAID_BUSY[lang]}"
