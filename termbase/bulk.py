"""Reading a large termbase file in a second process while this one writes it to SQLite.

Importing a million concepts is two jobs of similar size that need not wait for
each other: parsing and checking the file (XML or CSV, then the frozen `Concept`
values and their rows) and storing the rows (SQLite). Threads cannot share that
work, since both halves hold the interpreter lock for most of their time (tried:
a read-ahead thread made the import slower). A child process (`python -m termbase.bulk
FILE`) reads the file with the very reader an in-process import uses and sends the
rows (`store.concept_rows`, plain tuples, cheap to pickle) a batch at a time
through a pipe; the pipe's small buffer keeps it at most a batch or two ahead,
so memory stays flat.

Nothing changes for the caller but speed: the same rows in the same order, the
same `TermbaseError` (raised here when the child reaches it, so the importer's
transaction rolls back: all or nothing), the same notes once the file is read.
Small files are read in this process, where a child's start-up (a fresh
interpreter, a fraction of a second) would cost more than it saves. The child
is a fresh interpreter of its own, not a `fork` (a forked copy of a
multi-threaded program, the TUI, could inherit a lock another thread held) nor
a multiprocessing `spawn` (which runs the caller's main script again).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Generator, Iterator
from contextlib import suppress
from pathlib import Path
from typing import IO, Any, BinaryIO

from termbase.errors import N_, TermbaseError
from termbase.formats import stream_termbase_file
from termbase.store import ConceptRows, concept_rows

CHILD_MIN_BYTES = 4 << 20
"""Files from this size up are read in a child process (a 4 MB TBX holds about 20,000
concepts: about a second of reading, against a fraction of a second to start a child)."""
CHILD_MIN_BYTES_ENV = "TERMBASE_CHILD_MIN_BYTES"
"""Overrides CHILD_MIN_BYTES (tests set 0 to send every file through the child)."""
BATCH = 2000
"""Concepts a message carries: large enough that pickling's per-message cost vanishes."""


def file_rows(path: Path | str, notes: list[str] | None = None) -> Generator[ConceptRows, None, None]:
    """The rows of every concept of a TBX, CSV or TSV file, in file order (see the module).

    Errors are those of `stream_termbase_file`, raised when the reading reaches them;
    what was skipped goes to `notes` (when given) once the file is read. Closing the
    iterator early (the caller failed) stops the child.
    """
    path = Path(path)
    if not _large(path):
        for concept in stream_termbase_file(path, notes):
            yield concept_rows(concept)
        return
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
    child = subprocess.Popen(  # noqa: S603 (this interpreter, this module, a path as data)
        [sys.executable, "-m", __name__, str(path.resolve())], stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, env=environment,
        process_group=0,  # a terminal's Ctrl-C is for this process, which ends the child (below)
    )
    assert child.stdout is not None
    try:
        yield from _received(child.stdout, notes)
    finally:
        child.stdout.close()
        if child.poll() is None:
            child.kill()
        child.wait()


def _large(path: Path) -> bool:
    value = os.environ.get(CHILD_MIN_BYTES_ENV, "").strip()
    threshold = int(value) if value.isdigit() else CHILD_MIN_BYTES
    try:
        return path.is_file() and path.stat().st_size >= threshold
    except OSError:  # the reader says what is wrong with the file, in its words
        return False


def _received(stream: IO[bytes], notes: list[str] | None) -> Iterator[ConceptRows]:
    """The child's batches, until its last message: the notes, or the error it met."""
    while True:
        try:
            kind, payload = pickle.load(stream)
        except (EOFError, pickle.UnpicklingError):  # killed (out of memory, a signal) before its last word
            raise TermbaseError.worded(N_("the process reading the file stopped unexpectedly")) from None
        if kind == "rows":
            yield from payload
        elif kind == "done":
            if notes is not None:
                notes.extend(payload)
            return
        else:
            raise payload


def _read_in_child(path: str, out: BinaryIO) -> None:
    """The child: read the file, send its rows a batch at a time, then the notes or the error.

    The cycle collector is paused as the importer pauses it (millions of acyclic values).
    """
    gc.disable()
    notes: list[str] = []
    message: tuple[str, Any]
    try:
        batch: list[ConceptRows] = []
        for concept in stream_termbase_file(path, notes):
            batch.append(concept_rows(concept))
            if len(batch) >= BATCH:
                pickle.dump(("rows", batch), out, pickle.HIGHEST_PROTOCOL)
                batch = []
        if batch:
            pickle.dump(("rows", batch), out, pickle.HIGHEST_PROTOCOL)
        message = ("done", notes)
    except Exception as exc:  # raised in the parent as an in-process import would raise it
        message = ("error", exc)
    pickle.dump(message, out, pickle.HIGHEST_PROTOCOL)
    out.flush()


def main() -> None:
    """`python -m termbase.bulk FILE`: the child. Its stdout carries the pickled messages,
    so anything printed goes to stderr instead. A terminal's Ctrl-C is for the parent, which
    stops the child itself: the child runs in a process group of its own (a Ctrl-C during its
    start-up printed a traceback) and ignores SIGINT besides."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout.buffer
    sys.stdout = sys.stderr
    try:
        _read_in_child(sys.argv[1], out)
    except BrokenPipeError:  # the parent stopped listening (its import failed): nothing to say
        with suppress(OSError):
            os.close(out.fileno())


if __name__ == "__main__":
    main()
