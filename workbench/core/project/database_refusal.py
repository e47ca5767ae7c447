"""SQLite's refusals read once, by result code, for every face: what happened and what to do.

The CLI used to read SQLite's English words ("locked", "readonly", "disk") and the TUI its
result codes, so the two said different things, and the word reader took a damaged file
("database disk image is malformed") for a full disk and would break when SQLite rewords a
message. Here an `sqlite3.Error` is classified by `sqlite_errorcode` (Python 3.11+: SQLite's
extended code, whose low byte is the primary code) into a `DatabaseRefusal`; both faces word that
value through the catalogue, so a Russian interface says it in Russian. A code not listed keeps
SQLite's code name and its own words: a clear line, never a traceback.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from workbench.errors import ProjectError
from workbench.wording import N_, Wording, phrase


class RefusalKind(Enum):
    """What happened, as far as the result code says."""

    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read-only"
    REPLACED = "replaced"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not-a-database"
    DISK_ERROR = "disk-error"
    CANNOT_OPEN = "cannot-open"
    NO_ACCESS = "no-access"
    TOO_LARGE = "too-large"
    NOT_UTF8 = "not-utf8"
    OTHER = "other"


class Remedy(Enum):
    """What the user can do about it."""

    WAIT = "wait"
    FREE_ROOM = "free-room"
    MAKE_WRITABLE = "make-writable"
    REOPEN = "reopen"
    RESTORE = "restore"
    CHECK_DISK = "check-disk"
    CHECK_ACCESS = "check-access"
    SHORTEN = "shorten"
    REPORT = "report"


@dataclass(frozen=True)
class DatabaseRefusal:
    """One refusal of SQLite's, read from its result code."""

    kind: RefusalKind
    """What happened."""
    remedy: Remedy
    """What the user can do about it."""
    code_name: str
    """SQLite's name for the (extended) code, `SQLITE_IOERR_WRITE`: named in the line of an unlisted one."""
    detail: str
    """SQLite's own English words, quoted only for a code this module does not list."""
    path: Path | None = None
    """The database file concerned, where the caller knows it (SQLite's error does not say)."""

    @property
    def passes_by_itself(self) -> bool:
        """Whether the same write may succeed later untouched (a lock released, room freed):
        the TUI tries a refused save again on a timer for these."""
        return self.remedy in (Remedy.WAIT, Remedy.FREE_ROOM)

    def reason(self) -> Wording:
        """What happened, as a translatable phrase."""
        if self.kind is RefusalKind.OTHER:
            return phrase(N_("SQLite refused ({code}: {detail})"), code=self.code_name, detail=self.detail)
        return phrase(_REASONS[self.kind])

    def wording(self) -> Wording:
        """The whole line: the file (when known), what happened and what to do."""
        if self.path is None:
            return phrase(N_("{reason}; {remedy}"), reason=self.reason(), remedy=phrase(_REMEDIES[self.remedy]))
        return phrase(N_("{path}: {reason}; {remedy}"), path=self.path, reason=self.reason(),
                      remedy=phrase(_REMEDIES[self.remedy]))


_REASONS = {
    RefusalKind.BUSY: N_("the project is busy (another program is writing to it)"),
    RefusalKind.FULL: N_("the disk is full: the database cannot grow"),
    RefusalKind.READ_ONLY: N_("the database cannot be written: its file, its folder or the disk is read-only"),
    RefusalKind.REPLACED: N_("the database file was moved, deleted or replaced while it was open"),
    RefusalKind.DAMAGED: N_("the database file is damaged: another program wrote into it or cut it short"),
    RefusalKind.NOT_A_DATABASE: N_("the file is not an SQLite database, or its first page is damaged"),
    RefusalKind.DISK_ERROR: N_("the disk failed to read or write the database"),
    RefusalKind.CANNOT_OPEN: N_("the database file cannot be opened"),
    RefusalKind.NO_ACCESS: N_("the system denied access to the database file"),
    RefusalKind.TOO_LARGE: N_("a value is too large for the database"),
    RefusalKind.NOT_UTF8: N_("a text in the database is not UTF-8 (another program wrote it)"),
}

_REMEDIES = {
    Remedy.WAIT: N_("try again in a moment"),
    Remedy.FREE_ROOM: N_("free some room on the disk and try again"),
    Remedy.MAKE_WRITABLE: N_("make the file, its folder and the disk writable, then try again"),
    Remedy.REOPEN: N_("open the project again where it is now"),
    Remedy.RESTORE: N_("restore the file from a backup"),
    Remedy.CHECK_DISK: N_("check that the disk has room and works (a file-size limit counts too), then try again"),
    Remedy.CHECK_ACCESS: N_("check that the file and its folder exist and that you may read and write them"),
    Remedy.SHORTEN: N_("shorten or split that text"),
    Remedy.REPORT: N_("if it happens again, report this line"),
}

_BY_EXTENDED_CODE = {
    # SQLite's own extended code for a file unlinked or replaced under the open connection.
    sqlite3.SQLITE_READONLY_DBMOVED: (RefusalKind.REPLACED, Remedy.REOPEN),
}

_BY_PRIMARY_CODE = {
    sqlite3.SQLITE_BUSY: (RefusalKind.BUSY, Remedy.WAIT),
    sqlite3.SQLITE_LOCKED: (RefusalKind.BUSY, Remedy.WAIT),
    sqlite3.SQLITE_FULL: (RefusalKind.FULL, Remedy.FREE_ROOM),
    sqlite3.SQLITE_READONLY: (RefusalKind.READ_ONLY, Remedy.MAKE_WRITABLE),
    sqlite3.SQLITE_CORRUPT: (RefusalKind.DAMAGED, Remedy.RESTORE),
    sqlite3.SQLITE_NOTADB: (RefusalKind.NOT_A_DATABASE, Remedy.RESTORE),
    # A write past a file-size limit (RLIMIT_FSIZE, EFBIG) comes back as SQLITE_IOERR_WRITE,
    # not SQLITE_FULL: the code cannot tell it from a failing disk, so the remedy names both.
    sqlite3.SQLITE_IOERR: (RefusalKind.DISK_ERROR, Remedy.CHECK_DISK),
    sqlite3.SQLITE_CANTOPEN: (RefusalKind.CANNOT_OPEN, Remedy.CHECK_ACCESS),
    sqlite3.SQLITE_PERM: (RefusalKind.NO_ACCESS, Remedy.CHECK_ACCESS),
    sqlite3.SQLITE_AUTH: (RefusalKind.NO_ACCESS, Remedy.CHECK_ACCESS),
    sqlite3.SQLITE_TOOBIG: (RefusalKind.TOO_LARGE, Remedy.SHORTEN),
}
"""Codes by what the user meets. SQLITE_ERROR is not here: "too many SQL variables", "no such
table" and a syntax error all share it, so it is said with SQLite's own words."""


_NOT_UTF8 = "Could not decode to UTF-8"
"""How Python's module, not SQLite, refuses a text column holding other bytes (`cast(x'ff' as
text)` written by another program): it has no result code, so these words are all there is. It
was "SQLite refused (...); if it happens again, report this line", and ended the app (hardening,
round twelve)."""


def read_refusal(error: sqlite3.Error, path: Path | None = None) -> DatabaseRefusal:
    """`error` as a refusal, by its result code (never its words); `path` is the file concerned
    when the caller knows it. An error raised without a code (by Python's module itself: a closed
    connection, a wrong number of values) is OTHER."""
    code = getattr(error, "sqlite_errorcode", None)
    name = getattr(error, "sqlite_errorname", None) or type(error).__name__
    detail = str(error)
    if code is None:
        if isinstance(error, sqlite3.OperationalError) and detail.startswith(_NOT_UTF8):
            return DatabaseRefusal(RefusalKind.NOT_UTF8, Remedy.RESTORE, name, detail, path)
        return DatabaseRefusal(RefusalKind.OTHER, Remedy.REPORT, name, detail, path)
    kind, remedy = _BY_EXTENDED_CODE.get(code) or _BY_PRIMARY_CODE.get(code & 0xFF, (RefusalKind.OTHER, Remedy.REPORT))
    return DatabaseRefusal(kind, remedy, name, detail, path)


def is_busy(error: sqlite3.Error) -> bool:
    """Whether `error` is another program's lock outlasting the wait (SQLITE_BUSY or SQLITE_LOCKED)."""
    return read_refusal(error).kind is RefusalKind.BUSY


def refused_opening(error: sqlite3.Error, path: Path, template: str) -> ProjectError:
    """The error to raise when opening the database at `path` failed: a refusal the code names,
    said with the file and what to do; any other (SQLITE_ERROR: "no such table") in `template`,
    a worded message with `{path}` and `{error}` that says what was being opened."""
    refusal = read_refusal(error, path)
    if refusal.kind is RefusalKind.OTHER:  # SQLite's words, which only the code name can frame
        return ProjectError.worded(template, path=path, error=f"{refusal.code_name}: {refusal.detail}")
    return ProjectError.from_wording(refusal.wording())
