"""Compiled rules kept between runs, keyed by the digest of the file they were made from.

Compiling a `rules.toml` of 10,000 rules with words in braces takes the `regex` module some
20 s of CPU (each word's forms are one long alternation to parse and optimise), and every
`check` paid it again before reading a segment (hardening, round 36's left item); an SRX file
of 20,000 segmentation rules took some 14 s to read and compile at every import (round 38's).
A pickled `regex` pattern carries its compiled program, so reading one back skips the compiling.

The kept files live in the user's own cache folder, a folder of each kind
(`$XDG_CACHE_HOME/workbench/rules` for custom rules, `.../segmentation` for SRX rules;
`~/.cache` without it), never in the project folder: a pickle is code to Python, and a project
folder may come from anyone, so a file in it must never be unpickled; the user's cache folder
is written only by the user's own programs, as their configuration is. A file is named by the
digest of everything its rules were made from (the file's bytes, the languages, the
`regex` version and this program's rule-reading source), so a changed file, a project of
another pair or a new program reads no stale rules. A file is written whole under a name of
its own and renamed into place, so two runs writing at once leave one whole file, and a file
that cannot be read back (cut short by a full disk, written by another Python) is compiled
again as if it were not there. Only files whose compiling took a noticeable time are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

import regex

Rules = TypeVar("Rules")

KEEP_AFTER_SECONDS = 0.5
"""Rules whose compiling took less CPU than this are compiled each run: a kept file would cost
about as much to read as they cost to compile, and a checklist edited by hand would leave a
file in the cache at every save."""
KEPT_FILES = 8
"""The files kept of each kind, the most recently used: a checklist edited and checked again
leaves a new file at each save."""
KEPT_BYTES = 100 * 2**20
"""The most the kept files take together, the most recently used kept first: 10,000 rules in
braces make about 30 MB of pickle, so eight such checklists took some 250 MB of the user's
home (hardening, round 37's left item); this keeps the three or so a person works with. A
single file larger than this is not kept at all (its rules are compiled each run)."""
_FORMAT = b"workbench compiled rules 1"
_ALWAYS_MADE_FROM = (Path(__file__), Path(__file__).parents[1] / "patterns.py")


@dataclass(frozen=True, slots=True)
class Kind:
    """What is kept: its folder's name, and the program's sources that read and compile it
    (a new program's rules are never read back from an older one's file)."""

    folder: str
    made_from: tuple[Path, ...]


def cache_folder(kind: Kind) -> Path:
    """`$XDG_CACHE_HOME/workbench/FOLDER` (`~/.cache/workbench/FOLDER` without it)."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "workbench" / kind.folder


def cached_rules(kind: Kind, text: bytes, languages: tuple[str, ...], compile_rules: Callable[[], Rules],
                 spent: Callable[[], float]) -> Rules:
    """The rules `compile_rules()` makes of the file `text` for `languages`, read back from the
    cache when an earlier run kept them; `spent()` is the CPU its compiling took, weighed to
    keep them."""
    path = cache_folder(kind) / f"{_digest(kind, text, languages)}.pickle"
    kept = _read(path)
    if kept is not None:
        _used(path)
        return cast(Rules, kept)  # what `compile_rules` made of these very bytes: the name says so
    rules = compile_rules()
    if spent() >= KEEP_AFTER_SECONDS:
        _write(path, rules)
        _forget_the_oldest(path.parent)
    return rules


def _digest(kind: Kind, text: bytes, languages: tuple[str, ...]) -> str:
    digest = hashlib.sha256(_FORMAT)
    for part in (regex.__version__.encode(), kind.folder.encode(), *(lang.encode() for lang in languages),
                 *(path.read_bytes() for path in (*kind.made_from, *_ALWAYS_MADE_FROM)), text):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _read(path: Path) -> object | None:
    """The rules kept at `path`, or None for none to read. Only a regular file of at most
    `KEPT_BYTES` is read: the name may be anything by now (a FIFO, whose opening waited for a
    writer forever; a link to `/dev/zero` or `/dev/urandom`, read without end or unpickled into
    a length of exabytes; a folder), and the open does not wait (`O_NONBLOCK`) to find out
    (hardening, round 39's left item)."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:  # none there, or nothing this user may open: compiled again
        return None
    try:
        with os.fdopen(handle, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > KEPT_BYTES:
                return None
            # Its bytes first, then unpickled from memory: a length in them past the file's end
            # is then refused by the unpickler before anything is allocated for it.
            return pickle.loads(file.read(KEPT_BYTES + 1))
    # Anything else means a file not whole (a full disk, a run killed mid-write by an older
    # program) or not ours to read: the rules are compiled again, never refused for it.
    except Exception:  # noqa: BLE001 - unpickling raises any error its bytes lead it to
        return None


def _write(path: Path, rules: object) -> None:
    """Keep `rules` at `path`, whole or not at all: a cache that cannot be written (a full disk,
    a read-only home) costs the next run its compiling, never this run its check."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=".pickle")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(rules, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def _used(path: Path) -> None:
    """Mark `path` as just used, so the oldest files go first."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _forget_the_oldest(folder: Path) -> None:
    """Keep the most recently used files while they number `KEPT_FILES` and weigh `KEPT_BYTES`
    at most; remove the rest, the oldest first, and any file larger than that alone. A
    temporary file a killed run left half written counts as a file of its age, so it goes in
    its turn. Another run may be writing or removing files meanwhile: a file gone between the
    listing and its removal is passed over, and the one another run is writing is among the
    newest, so kept."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    files = []
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:  # removed by another run since the listing
            continue
        if stat.S_ISREG(info.st_mode):
            files.append((info.st_mtime_ns, info.st_size, entry.path))
    kept: list[int] = []
    full = False
    for _, size, path in sorted(files, reverse=True):
        if size > KEPT_BYTES or full or len(kept) == KEPT_FILES or sum(kept) + size > KEPT_BYTES:
            full = full or size <= KEPT_BYTES  # one file too large alone leaves the older ones kept
            with contextlib.suppress(OSError):
                os.unlink(path)
        else:
            kept.append(size)
