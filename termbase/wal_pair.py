"""Is the `-wal` beside a database this database's own, before SQLite replays it?

SQLite ties nothing in a write-ahead log to its database: the first connection to open a
database replays whatever valid `NAME-wal` lies beside it, page by page. A received project
holding another database's log (or one written to change committed rows), or a stale log left
beside a `project.db` copied over the old one, was applied in silence. What does tie them is
what a writer leaves while it works: its index (`NAME-shm`), which a crashed writer leaves
behind, names the log's salts and the checksum of its last committed frame; and the pages a
checkpoint already copied into the database are those frames' pages, byte for byte. So a log
with committed frames is accepted only when its index matches it and the database holds the
pages the index says were copied. A log forged together with its index from a copy of this very
database passes; nothing in the files can tell it from a crash's (said in the README).

The files are read with `os.pread` on descriptors opened here, before SQLite opens the
database: a process that has the database open already must not call this (closing any
descriptor of a file drops every POSIX lock the process holds on it, SQLite's included). So
every opener of a database counts its openings here (`count_opening`, `release_opening`), one
count per file for `project.db`, `memory.db`, `termbase.db` and `team.db` alike, and the log is
checked only before the first: the TUI and `check` open the same memory and termbase many times
in one process. Here, not in `workbench`, because the termbase library opens its own files and
never imports the application.
"""

from __future__ import annotations

import fcntl
import os
import struct
import sys
import threading
import time
from collections import Counter
from enum import Enum
from pathlib import Path

from termbase.errors import N_, Note, TermbaseError

__all__ = ["ForeignLog", "WalMismatch", "count_opening", "foreign_wal", "release_opening"]


class WalMismatch(Enum):
    """Why a log is not its database's: each opener words it in its own catalogue."""

    NO_INDEX = "no-index"
    """No `-shm` lies beside it: a log copied alone, or one written beside another file."""
    INDEX_NOT_WHOLE = "index-not-whole"
    INDEX_OF_ANOTHER_LOG = "index-of-another-log"
    """The index's salts or last frame checksum are not the log's: one of the two was replaced."""
    PAGE_SIZE = "page-size"
    COPIED_PAGE_DIFFERS = "copied-page-differs"
    """A page the index says a checkpoint copied into the database is not there."""

_REASONS = {
    WalMismatch.NO_INDEX: N_("no index (-shm) of the program that wrote it lies beside it"),
    WalMismatch.INDEX_NOT_WHOLE: N_("its index (-shm) is not whole"),
    WalMismatch.INDEX_OF_ANOTHER_LOG: N_("its index (-shm) belongs to another log"),
    WalMismatch.PAGE_SIZE: N_("its pages are of another size than the database's"),
    WalMismatch.COPIED_PAGE_DIFFERS: N_("pages it says were copied into the database are not there"),
}


class ForeignLog(TermbaseError):
    """The log beside a database is not its own: nothing was read from it. A `TermbaseError`, so a
    termbase opening says it as any other; the application words it as its own error."""

    mismatch: WalMismatch

    @classmethod
    def of(cls, database: Path, mismatch: WalMismatch) -> ForeignLog:
        error = cls.worded(
            N_("{path}-wal is not this database's write-ahead log ({reason}); nothing was read from it: "
               "move it out of the folder to open the project as {path} holds it"),
            path=database, reason=Note.worded(_REASONS[mismatch]),
        )
        error.mismatch = mismatch
        return error


_OPEN_HERE: Counter[str] = Counter()
"""How many openings of each database file (by real path) this process holds."""
_OPEN_HERE_LOCK = threading.Lock()


def count_opening(database: Path) -> str:
    """Count one opening of `database` by this process, before SQLite opens it; before the first,
    refuse a log beside it that is not its own (`ForeignLog`, nothing counted). Returns the key
    `release_opening` takes when that connection is closed."""
    real = os.path.realpath(database)
    with _OPEN_HERE_LOCK:  # checked and counted at once: another thread's opening waits
        if not _OPEN_HERE[real] and (mismatch := foreign_wal(database)) is not None:
            raise ForeignLog.of(database, mismatch)
        _OPEN_HERE[real] += 1
    return real


def release_opening(key: str) -> None:
    """One opening counted by `count_opening` was closed."""
    with _OPEN_HERE_LOCK:
        _OPEN_HERE[key] -= 1
        if not _OPEN_HERE[key]:
            del _OPEN_HERE[key]


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24
_INDEX_HEADER = 48
"""The index holds its header twice (a reader compares the copies), then the checkpoint info."""
_DMS_BYTE = 128
"""The byte of the index every open connection holds a shared lock on (SQLite's unix VFS)."""
_FLOCK = "hh4xqqi4x"
"""Linux's `struct flock` (type, whence, start, length, pid) for F_GETLK."""
_NATIVE = "<" if sys.byteorder == "little" else ">"
_RETRIES = 5
"""A live writer may reset or extend the log between two reads: a mismatch counts only when it
holds over this many reads 20 ms apart."""


def _read(path: Path, offset: int, size: int) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.pread(fd, size, offset)
    finally:
        os.close(fd)


def _in_use(index: Path) -> bool:
    """Does another process have the database open? Then SQLite reads its live index and replays
    nothing, and a writer at work may hold a log whose header is ahead of the index. F_GETLK only
    asks: it takes no lock."""
    try:
        fd = os.open(index, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        asked = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, _DMS_BYTE, 1, 0)
        (kind, *_rest) = struct.unpack(_FLOCK, fcntl.fcntl(fd, fcntl.F_GETLK, asked))
    except OSError:
        return False
    finally:
        os.close(fd)
    return bool(kind != fcntl.F_UNLCK)


def _page_size(field: int) -> int:
    return 65536 if field == 1 else field


def foreign_wal(database: Path) -> WalMismatch | None:
    """Why the log beside `database` is not its own, or None (no log, an empty one, nothing
    in it, one a process that has the database open is writing, or its own)."""
    reason = _verdict(database)
    for _ in range(_RETRIES):
        if reason is None:
            return None
        time.sleep(0.02)
        reason = _verdict(database)
    return reason


def _verdict(database: Path) -> WalMismatch | None:
    try:
        return _compared(database)
    except FileNotFoundError:  # the last connection closed meanwhile: its log is gone
        return None


def _compared(database: Path) -> WalMismatch | None:
    wal = database.with_name(database.name + "-wal")
    header = _read(wal, 0, _WAL_HEADER)
    if len(header) < _WAL_HEADER:
        return None  # SQLite ignores (and resets) a log without a whole header
    magic, _version, page_size, _sequence, salt1, salt2 = struct.unpack(">6I", header[:24])
    if magic not in _WAL_MAGIC:
        return None  # not a log: SQLite ignores it
    frame = _FRAME_HEADER + page_size
    first = _read(wal, _WAL_HEADER, _FRAME_HEADER)
    if len(first) < _FRAME_HEADER or struct.unpack(">2I", first[8:16]) != (salt1, salt2):
        return None  # no frame of this log: nothing would be replayed
    if _in_use(database.with_name(database.name + "-shm")):
        return None
    database_header = _read(database, 0, 100)
    if len(database_header) == 100 and _page_size(struct.unpack(">H", database_header[16:18])[0]) != page_size:
        return WalMismatch.PAGE_SIZE
    try:
        index = _read(database.with_name(database.name + "-shm"), 0, 2 * _INDEX_HEADER + 4)
    except FileNotFoundError:
        return WalMismatch.NO_INDEX
    if len(index) < 2 * _INDEX_HEADER + 4 or index[:_INDEX_HEADER] != index[_INDEX_HEADER : 2 * _INDEX_HEADER]:
        return WalMismatch.INDEX_NOT_WHOLE
    last, _pages, check1, check2 = struct.unpack(_NATIVE + "4I", index[16:32])
    if index[32:40] != header[16:24]:  # SQLite copies the salts' bytes as they are
        return WalMismatch.INDEX_OF_ANOTHER_LOG
    if last == 0:
        return None
    last_header = _read(wal, _WAL_HEADER + (last - 1) * frame, _FRAME_HEADER)
    if len(last_header) < _FRAME_HEADER or last_header[8:16] != header[16:24] or struct.unpack(">2I", last_header[16:24]) != (check1, check2):
        return WalMismatch.INDEX_OF_ANOTHER_LOG
    (copied,) = struct.unpack(_NATIVE + "I", index[2 * _INDEX_HEADER : 2 * _INDEX_HEADER + 4])
    return _copied_pages_differ(database, wal, page_size, min(copied, last))


def _copied_pages_differ(database: Path, wal: Path, page_size: int, copied: int) -> WalMismatch | None:
    """The frames a checkpoint copied (the first `copied`) must be the database's pages now."""
    frame = _FRAME_HEADER + page_size
    latest: dict[int, int] = {}
    fd = os.open(wal, os.O_RDONLY)
    try:
        for number in range(copied):
            (page,) = struct.unpack(">I", os.pread(fd, 4, _WAL_HEADER + number * frame))
            latest[page] = number
        wanted = {page: os.pread(fd, page_size, _WAL_HEADER + number * frame + _FRAME_HEADER) for page, number in latest.items()}
    finally:
        os.close(fd)
    fd = os.open(database, os.O_RDONLY)
    try:
        for page, content in wanted.items():
            if os.pread(fd, page_size, (page - 1) * page_size) != content:
                return WalMismatch.COPIED_PAGE_DIFFERS
    finally:
        os.close(fd)
    return None
