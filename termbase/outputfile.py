"""Writing an output file (an export, a report) without ever destroying another file.

Every export and report of the termbase library and of the workbench is written
here, because a mistyped output name must not cost anything:

* a database is never replaced: an SQLite file (another project's `project.db`,
  a termbase), its write-ahead log, shared-memory or journal companion (losing a
  `-wal` file loses the transactions committed into it);
* a device, pipe or socket is never replaced by a regular file (as root,
  `--tmx /dev/null` must not swap the system's `/dev/null` for a TMX file): a
  character device such as `/dev/null` or a terminal is written as a stream,
  anything else that is not a regular file is refused;
* a regular file is replaced atomically (a temporary file beside it, renamed on
  success), so a failed or killed write never leaves half a file; a killed
  writer's temporary file names its process and is removed by the next write.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from termbase.errors import N_, TermbaseError

__all__ = ["atomic_write", "refuse_unsafe_output"]

SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_COMPANION = re.compile(r"(.+)-(wal|shm|journal)")
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp")


def refuse_unsafe_output(path: Path) -> None:
    """Raise `TermbaseError` when writing `path` would destroy a database or its companion."""
    if path.is_dir():
        raise TermbaseError.worded(N_("{path} is a folder, not a file"), path=path)
    if not path.parent.is_dir():
        raise TermbaseError.worded(N_("{parent} does not exist"), parent=path.parent)
    companion = _COMPANION.fullmatch(path.name)
    if companion and _is_sqlite(path.with_name(companion.group(1))):
        raise TermbaseError.worded(N_("{path} belongs to the database {database} (its {kind} file); an export never replaces one"), path=path, database=companion.group(1), kind=companion.group(2))
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode):
        head = _head(path)
        if head.startswith(SQLITE_HEADER):
            raise TermbaseError.worded(N_("{path} is a database; an export never replaces one"), path=path)
        if head[:4] in _WAL_MAGIC:
            raise TermbaseError.worded(N_("{path} is a database's write-ahead log; an export never replaces one"), path=path)
    elif not stat.S_ISCHR(info.st_mode):
        raise TermbaseError.worded(N_("{path} is not a regular file (a pipe, socket or device); write to a file"), path=path)


@contextmanager
def atomic_write(path: Path | str) -> Iterator[BinaryIO]:
    """A binary handle whose contents become `path` only when the block ends without error.

    Refuses what `refuse_unsafe_output` refuses; a character device is written directly.
    """
    path = Path(path)
    refuse_unsafe_output(path)
    if path.exists() and not path.is_file():  # a character device: a stream, never replaced
        try:
            with open(path, "wb") as device:
                yield device
        except OSError as error:  # `/dev/full`
            raise _naming(error, path) from error
        return
    _remove_stale_temporaries(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as error:  # a read-only folder, one we may not write, a full inode table
        raise _naming(error, path) from error
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written temporary file
        raise _naming(error, path) from error
    except BaseException:
        tmp.unlink(missing_ok=True)  # nor does Ctrl-C
        raise


def _naming(error: OSError, path: Path) -> OSError:
    """`error` naming `path`, the file the user asked for: a write to a full disk names no file
    ("No space left on device" said nothing of which export failed), and a refusal to make or
    rename the temporary file names a hidden name the user never gave. An error of the caller's
    own block that names another file (a source it was reading) is kept as it is."""
    if error.filename is not None and not _is_temporary_of(error.filename, path):
        return error
    return OSError(error.errno, error.strerror or str(error), str(path))


def _is_temporary_of(name: object, path: Path) -> bool:
    found = _TEMPORARY.fullmatch(Path(str(name)).name)
    return found is not None and found.group("name") == path.name


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files a killed writer left beside `path` (its process is gone)."""
    try:
        candidates = list(path.parent.glob(f".{glob_escape(path.name)}.*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        found = _TEMPORARY.fullmatch(candidate.name)
        if found is None or found.group("name") != path.name or _alive(int(found.group("pid"))):
            continue
        with suppress(OSError):
            candidate.unlink()


def glob_escape(name: str) -> str:
    """`name` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    except OverflowError:
        return False
    return True


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def _is_sqlite(path: Path) -> bool:
    return path.is_file() and _head(path).startswith(SQLITE_HEADER)
