"""Bulk loading into the memory database: batches, the bulk page cache, and a writer process.

A million-unit import is two kinds of work of about the same size: reading the
file and making database rows (Python, which holds the interpreter lock) and
storing and indexing them (SQLite's B-trees and the two full-text indexes). A
helper thread overlapped them only where SQLite let go of the lock, and left
about a third of the second core idle. `WriterProcess` runs the storing in a
second process instead: the caller reads and sends batches of ready rows down
a pipe, the child stores and indexes them in its own connection and
transaction, so both cores work the whole time.

All or nothing holds across the two processes: the child commits only after the
caller has sent its last batch and asked for the result. A caller that fails
half-way (a file malformed after several batches) aborts, and the child rolls
back before the caller goes on; a caller that dies closes the pipe, which the
child reads as an abort. A child that fails (the database is busy, the disk is
full) sends its error back and the caller raises it.

Batches cross the pipe packed by `marshal` (`pack_batch`), not pickled: rows are tuples of strings,
bytes, numbers and None, which marshal writes with less to do (pickle keeps a memo of every
object: packing a million TMX units' batches took 0.75 s, 0.2 s now, in the parsing processes),
and both ends are the same interpreter, so its format is theirs. The targets travel as their UTF-8
bytes (`rows.TARGET_MARK`), which the writer reads back without decoding.

The child takes batches off the pipe in a thread of its own while it stores
the ones before (`_received`), so that the caller is not held up while the child
runs one of its long statements (indexing 50,000 sources takes a third of a second):
with only the pipe's buffer between them, the caller could send one batch ahead
and then waited, and so did its own parts process, one core idle. The thread takes
up to `RECEIVE_AHEAD_BYTES` of batches, and starts before the child imports the load's
modules, so the caller reads on while the child starts.
"""

from __future__ import annotations

import marshal
import pickle
import socket
import sqlite3
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection
from typing import Any, Generic, Self, TypeVar

LOAD_BATCH = 5_000
"""Units read, inserted and indexed at a time by a bulk load (about a quarter of a second of work
each: large enough that the two processes trade places seldom, small enough to keep memory flat;
batches of 10,000 took the same CPU time and 28 MB more at the peak of a 300,000-unit import,
a batch being held whole by each process, as rows and packed)."""

BULK_CACHE_KIB = 16 * 1024
"""Page cache for a bulk load (SQLite's default is 2 MiB). The rows go in in id order, the
`source_key` index is built after the load (`index_built_after`) and the full-text index is
written in large sorted segments (`bulk_fts_settings`), so few pages are touched twice: 64 MiB,
needed while the hash index was filled row by row, took the same CPU time on a million units
and 49 MB more memory (16 MiB writes some 0.4 GB more to the WAL, pages evicted and written
again, which the CPU time includes); 8 MiB saved 8 MB more for as much WAL."""

SORT_CACHE_KIB = 8 * 1024
"""Page cache while an index is built after a bulk load (`index_built_after`): it bounds the sort."""

SORT_THREADS = 1
"""Helper threads SQLite's sorter may use while an index is built after a bulk load (`pragma
threads`; SQLite's default is none). The builds come after the last batch, when the processes
that read the file are done and a core is free: with a helper sorting each run of keys while the
load's thread reads the next, that thread spent 0.9 s instead of 1.1 s on the two indexes of a
million units (more helpers were no faster on two cores)."""

FTS_HASH_BYTES = 16 * 2**20
"""FTS5's buffer of pending index entries while a bulk load indexes its sources (`bulk_fts_settings`;
FTS5's default is 1 MiB). Each time the buffer fills, FTS5 writes a segment and merges segments
in the background of later writes: fewer, larger segments are less merging. 8 MiB and 32 MiB
took the same time on a million units; 32 MiB 20 MB more memory."""

FTS_AUTOMERGE = 16
"""Segments of one level FTS5 merges into one while a bulk load indexes its sources
(`bulk_fts_settings`; FTS5's default is 4, its most 16). A million units are indexed in 20
statements (`store.INDEX_EVERY`), each writing a segment or two: by fours, every entry was merged
twice and the index ended in 10 segments; by sixteens, at most once, in 5 segments (fewer for a
lookup to read), and the indexing took 0.1-0.25 s less of the writer's CPU time (about 3 s).
0 (merging only when 16 segments wait) gave the same 5 segments."""

BULK_FTS_SETTINGS = {"hashsize": FTS_HASH_BYTES, "automerge": FTS_AUTOMERGE}
"""FTS5 settings of the source index for a bulk load (`bulk_fts_settings`)."""

FTS5_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}
"""FTS5's own values of those settings (`FTS5_DEFAULT_HASHSIZE`, `FTS5_DEFAULT_AUTOMERGE`): an
index whose configuration has no row for one has these."""

ABORT_WAIT_S = 60.0
"""How long an aborting caller waits for the child to roll back before ending it (a
rollback in WAL mode takes milliseconds; an ended child's transaction is undone by SQLite)."""

RECEIVE_AHEAD_BYTES = 12 * 2**20
"""Packed batches the writer process takes off the pipe ahead of the one it stores (`_received`),
in bytes: some 40,000 units of a TMX import's parts (about 290 bytes a unit packed), more than the
caller parses on the core left to it while the child indexes 50,000 sources in one statement
(`store.INDEX_EVERY`), and the 8 batches of 5,000 generated units it took before. Eight batches, as
before, were some 18,000 units of a TMX file's parts: in a million-unit import the reader was
blocked sending for two thirds of the time the child spent indexing, and the child then waited for
batches while the reader caught up. 16 MiB put 13 MB on the TMX benchmark's peak (275 -> 288 MB);
the idle target is 300 MB."""

SMALL_MESSAGE = 256
"""A message of at most this many bytes is unpacked as it is received (`_receive`): the end mark
and the abort are, so that an abort is seen before the batches queued ahead of it."""

R = TypeVar("R")

_ABORT = "abort"
_OK = "ok"
_ERROR = "error"
_END = "end"
_PACKED = "packed"
_BATCH = "batch"
_END_MARK = marshal.dumps(None)
_ABORT_MARK = marshal.dumps(_ABORT)


_PICKLE_START = b"\x80"
"""The first byte of a pickle (protocol 2 and up), never of marshal's output (its first byte is a
type code, an ASCII letter or sign, with at most the high bit of a back-reference added)."""


def pack_batch(batch: Any) -> bytes:
    """A batch as it goes down a `WriterProcess`'s pipe (`send_packed`), packed by `marshal` (see
    the module), or pickled when it holds what marshal does not take (a subclass of `str` a
    caller's units carry): `unpack_batch` tells the two apart."""
    try:
        return marshal.dumps(batch)
    except ValueError:
        return pickle.dumps(batch, pickle.HIGHEST_PROTOCOL)


def unpack_batch(data: bytes) -> Any:
    """The batch `pack_batch` packed."""
    return pickle.loads(data) if data[:1] == _PICKLE_START else marshal.loads(data)


@contextmanager
def bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A large page cache for the duration of a bulk load, the connection's own restored after."""
    before = int(conn.execute("pragma cache_size").fetchone()[0])
    conn.execute(f"pragma cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"pragma cache_size = {before}")


@contextmanager
def index_built_after(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Drop the index `name` for the duration of a bulk load and create it again, with the same
    definition, at the end: one sort instead of a B-tree insert per row in no useful order
    (the `source_key` hash index took a fifth of a million-unit load's inserts).

    Only inside the load's transaction: a load that fails rolls the drop back with it, and
    other connections keep reading their snapshot, index included, until the commit."""
    if not conn.in_transaction:
        raise RuntimeError("an index is dropped for a bulk load only inside its transaction")
    found = conn.execute("select sql from sqlite_master where type = 'index' and name = ?", (name,)).fetchone()
    if found is None:
        yield
        return
    conn.execute(f'drop index "{name}"')
    yield
    # SQLite's sorter takes as much memory as the page cache may: with the bulk cache that
    # put 30 MB on a million-unit import's peak. A small cache sorts through temporary runs.
    before = int(conn.execute("pragma cache_size").fetchone()[0])
    threads = int(conn.execute("pragma threads").fetchone()[0])
    conn.execute(f"pragma cache_size = -{SORT_CACHE_KIB}")
    conn.execute(f"pragma threads = {SORT_THREADS}")
    try:
        conn.execute(found[0])
    finally:
        conn.execute(f"pragma cache_size = {before}")
        conn.execute(f"pragma threads = {threads}")


@contextmanager
def bulk_fts_settings(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """FTS5's settings of `table` as `BULK_FTS_SETTINGS` say for the block, as they were after.

    Each setting is a row of the index's configuration table, written and read by every
    connection, so this is for a bulk load's transaction only: the rows it had (none, as a rule:
    the defaults) are put back before the commit, and other connections never see the change.
    They pay only for statements that index many rows: FTS5 also writes its buffer out at the
    start of every statement, whatever its size (see `store.INDEX_EVERY`).
    """
    if not conn.in_transaction:
        raise RuntimeError("full-text settings are changed for a bulk load only inside its transaction")
    config = f'"{table}_config"'
    setting = f'insert into "{table}"("{table}", rank) values (?, ?)'
    before = {key: conn.execute(f"select v from {config} where k = ?", (key,)).fetchone() for key in BULK_FTS_SETTINGS}
    for key, value in BULK_FTS_SETTINGS.items():
        conn.execute(setting, (key, value))
    yield  # a failure rolls the settings back with the load
    # each setting back in this connection's FTS5 (which takes a value as it is written), then
    # the row as it was: none when the index had the default
    for key, row in before.items():
        conn.execute(setting, (key, row[0] if row else FTS5_DEFAULTS[key]))
        if row is None:
            conn.execute(f"delete from {config} where k = ?", (key,))


class LoadAborted(Exception):
    """The caller gave up (its input failed) or went away: the child's load must roll back."""


class WriterProcess(Generic[R]):
    """A child process running `load(batches, *args)` on the batches this process sends.

    `load` must be a module-level function (the child imports it by name) that
    consumes the batch iterator inside one transaction and returns a picklable
    result. Use as a context manager: `send` each batch, then `finish` for the
    result; leaving the block by an exception before `finish` aborts the load.
    """

    def __init__(self, load: Callable[..., R], *args: Any) -> None:
        # A fresh interpreter started like any subprocess, not multiprocessing's spawn: spawn
        # runs the caller's main script again in the child (a script without a main guard
        # would import a second time there), and fork could copy a lock another thread of
        # the caller (a TUI worker) holds. The child learns this process's import path and
        # what to run over the pipe, whose end it inherits.
        ours, theirs = socket.socketpair()
        with theirs:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _CHILD.format(fd=theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                process_group=0,  # a terminal's Ctrl-C is for this process, which ends the child
            )
        self._conn = Connection(ours.detach())
        self._done = False
        try:
            self._conn.send(sys.path)
            self._conn.send((load, args))
        except OSError:
            self._raise_reply()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if not self._done:
            self._abort()

    def send(self, batch: list[Any]) -> None:
        """Hand one batch (`pack_batch`'s values) to the child (blocks while the child's reading
        thread has `RECEIVE_AHEAD_BYTES` in hand)."""
        self.send_packed(pack_batch(batch))

    def send_packed(self, data: bytes) -> None:
        """`send` for a batch already packed (`pack_batch`; in another process: `rows.tmx_row_batches`)."""
        if self._conn.poll():  # the child failed and said why: stop feeding it
            self._raise_reply()
        try:
            self._conn.send_bytes(data)
        except (BrokenPipeError, ConnectionResetError):
            self._raise_reply()

    def finish(self) -> R:
        """Tell the child the input is complete; it commits and the result comes back."""
        with suppress(BrokenPipeError, ConnectionResetError):  # else the child has answered (with its error)
            self._conn.send_bytes(_END_MARK)
        result: R = self._raise_reply()
        self._done = True
        self._process.wait()
        self._conn.close()
        return result

    def _raise_reply(self) -> Any:
        """The child's answer: its result, or its error raised here."""
        try:
            kind, value = self._conn.recv()
        except (EOFError, ConnectionResetError):
            self._done = True
            code = self._process.wait()
            raise RuntimeError(f"the memory writer process ended unexpectedly (exit code {code})") from None
        if kind == _ERROR:
            self._done = True
            self._process.wait()
            raise value
        return value

    def _abort(self) -> None:
        """Make the child roll back and wait until it has, so that nothing of the load is seen."""
        self._done = True
        with suppress(OSError):  # gone already: SQLite undid its open transaction
            self._conn.send_bytes(_ABORT_MARK)
        try:
            self._process.wait(ABORT_WAIT_S)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._conn.close()


def _received(conn: Connection) -> Iterator[list[Any]]:
    """The batches sent by the caller until its end mark; an abort (or a caller gone) raises.

    A thread takes them off the pipe from now on, up to `RECEIVE_AHEAD_BYTES` ahead (see the
    module); the returned iterator unpacks them as it reaches them. The reading thread holds
    the interpreter lock only for a moment at a time (the socket reads let it go), so the
    load's statements, which let go of it while SQLite works, are not held up by it:
    unpacking there would make every row of an `executemany` wait for the lock."""
    ahead = _Ahead()
    threading.Thread(target=_receive, args=(conn, ahead), daemon=True).start()
    return _batches(ahead)


def _batches(ahead: _Ahead) -> Iterator[list[Any]]:
    """`_received`'s batches out of `ahead`: unpacked here, in the load's thread (see above)."""
    while True:
        kind, message = ahead.take()
        if ahead.stopped:
            raise LoadAborted("the import was abandoned, or the importing process went away")
        if kind == _END:
            return
        yield unpack_batch(message) if kind == _PACKED else message


class _Ahead:
    """The messages the reading thread has taken off the pipe and the load has not, at most
    `RECEIVE_AHEAD_BYTES` of them (and always one, however large)."""

    def __init__(self) -> None:
        self._messages: deque[tuple[str, Any, int]] = deque()
        self._bytes = 0
        self._changed = threading.Condition()
        self.stopped = False
        """The caller aborted or went away: set before the end mark is queued."""

    def put(self, kind: str, message: Any, size: int = 0) -> None:
        """Queue a message of `size` bytes, once those queued leave room for it."""
        with self._changed:
            self._changed.wait_for(lambda: not self._messages or self._bytes + size <= RECEIVE_AHEAD_BYTES)
            self._messages.append((kind, message, size))
            self._bytes += size
            self._changed.notify_all()

    def stop(self) -> None:
        """The load is to end at its next batch, whatever is queued before the end mark."""
        with self._changed:
            self.stopped = True
            self._messages.append((_END, None, 0))
            self._changed.notify_all()

    def take(self) -> tuple[str, Any]:
        """The oldest message (kind, message), once there is one; its room goes back to `put`."""
        with self._changed:
            self._changed.wait_for(lambda: bool(self._messages))
            kind, message, size = self._messages.popleft()
            self._bytes -= size
            self._changed.notify_all()
        return kind, message


def _receive(conn: Connection, ahead: _Ahead) -> None:
    """The child's reading thread: each message into `ahead`, until the end mark, an abort
    or the end of the pipe; the last two stop `ahead`, which the load sees before its next
    batch, whatever is queued before them."""
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):  # the caller went away (a reset is an OSError too)
            ahead.stop()
            return
        if len(data) > SMALL_MESSAGE:
            ahead.put(_PACKED, data, len(data))
            continue
        message = unpack_batch(data)
        if message is None:
            ahead.put(_END, None)
            return
        if message == _ABORT:
            ahead.stop()
            return
        ahead.put(_BATCH, message)


_CHILD = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
    "from multiprocessing.connection import Connection; conn = Connection({fd}); "
    "sys.path[:] = conn.recv(); "
    "from workbench.core.memory.bulk import serve; serve(conn)"
)
"""The child's program: the caller's import path first, then `serve`. Ctrl-C reaches the whole
process group; the child leaves it to the caller, which aborts the load in order."""


def serve(conn: Connection) -> None:
    """The child: run the load the caller names (a module-level function with its arguments, the
    next message) over the received batches and answer with its result or error.

    The batches are taken off the pipe from before the load's modules are imported (a third of a
    second: the memory store and what it needs), so that the caller reads on meanwhile."""
    task = conn.recv_bytes()
    batches = _received(conn)
    try:
        load, args = pickle.loads(task)  # imports the load's module
        result = load(batches, *args)
    except LoadAborted:
        return  # the caller knows why; the load's transaction is rolled back
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller to raise
        try:
            conn.send((_ERROR, exc))
        except Exception:  # noqa: BLE001 - an error that does not pickle still says what it was
            conn.send((_ERROR, RuntimeError(f"{type(exc).__name__}: {exc}")))
        return
    conn.send((_OK, result))
