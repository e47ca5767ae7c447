"""A function over batches, computed in a second process while this one makes the batches.

A writer's two halves (getting the units: a database query, building values;
serialising them: lxml) both hold the interpreter lock, so threads cannot share
them; a child process can. `ordered_map(function, args, batches)` yields
`function(*args, batch)` for every batch, in order, like `map`. Each batch goes
to a child interpreter (`python -m workbench.formats.offload`, started with the
first batch past `start_after`) unless `spare` batches already wait there; then
this process computes it itself rather than wait. So neither process idles:
when making batches is the slow half the child takes every batch, and when the
function is, the two share it.

The child is a fresh interpreter, not a `fork` (a forked copy of a
multi-threaded program, the TUI, could inherit a lock another thread held) nor
a multiprocessing `spawn` (which runs the caller's main script again). Results
come back through a thread that only reads the child's output, so neither
process can block the other on a full pipe. When the function fails in the
child, the batch is computed again here: the caller sees the very exception an
in-process run raises (some, lxml's among them, do not survive pickling).
Closing the iterator early (the caller failed) stops the child.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable
from contextlib import suppress
from typing import IO, Any, TypeVar

try:
    import fcntl
except ImportError:  # Windows: pipes keep their size
    fcntl = None  # type: ignore[assignment]

Result = TypeVar("Result")

START_AFTER_ENV = "WORKBENCH_OFFLOAD_AFTER"
"""Overrides `start_after` (tests set 0 to send every batch through the child)."""
_ENDED = object()
"""What a reading thread queues when its stream ends."""


def ordered_map(
    function: Callable[..., Result],
    args: tuple[Any, ...],
    batches: Iterable[Any],
    *,
    start_after: int = 4,
    spare: int = 2,
) -> Generator[Result, None, None]:
    """`function(*args, batch)` for each batch, in order (see the module).

    `function` must be importable by its module and name, and `args`, the batches
    and the results picklable. Batches up to `start_after` are computed here (a small
    job never starts a child).
    """
    value = os.environ.get(START_AFTER_ENV, "").strip()
    if value.isdigit():
        start_after = int(value)
    held = 4 * spare
    child: _Child | None = None
    pending: deque[Any] = deque()  # results in order: a value computed here, or an _Owed batch
    try:
        for number, batch in enumerate(batches):
            if child is None and number >= start_after:
                child = _Child(function, args)
            if child is not None and child.waiting < spare and child.send(batch):
                pending.append(_Owed(batch))
            else:
                try:
                    pending.append(function(*args, batch))
                except Exception as exc:  # raised in its place, after the results before it
                    pending.append(_Failed(exc))
                    break
            # what is ready goes out in order; past `held` results waiting behind the child's
            # answer, wait for that answer, so memory stays bounded if the child is slow
            while pending and (
                child is None or not isinstance(pending[0], _Owed) or child.ready() or len(pending) > held
            ):
                yield _settle(pending.popleft(), child, function, args)
        while pending:
            yield _settle(pending.popleft(), child, function, args)
    finally:
        if child is not None:
            child.stop()


class _Owed:
    """A place in the output whose result the child owes, and the batch it was sent."""

    __slots__ = ("batch",)

    def __init__(self, batch: Any) -> None:
        self.batch = batch


class _Failed:
    """A batch whose function raised here: the exception, raised when its turn comes."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error


def _settle(entry: Any, child: _Child | None, function: Callable[..., Result], args: tuple[Any, ...]) -> Result:
    """A pending entry's result: a value computed here, or the child's answer for the batch."""
    if isinstance(entry, _Failed):
        raise entry.error
    if not isinstance(entry, _Owed):
        return entry
    assert child is not None
    ok, result = child.receive()
    if ok:
        return result
    return function(*args, entry.batch)  # the child failed on it: the same failure, raised here


class _Child:
    """The child interpreter, a thread that reads its answers, and how many it owes."""

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
        self.process = subprocess.Popen(  # noqa: S603 (this interpreter, this module)
            [sys.executable, "-m", __name__, function.__module__, function.__qualname__],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment,
            process_group=0,  # a terminal's Ctrl-C is for this process, which ends the child
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        _widen(self.stdin, self.process.stdout)
        self.answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.reader = threading.Thread(target=_read_answers, args=(self.process.stdout, self.answers), daemon=True)
        self.reader.start()
        self.waiting = 0
        self.gone = False
        try:
            pickle.dump(args, self.stdin, pickle.HIGHEST_PROTOCOL)
        except OSError:
            self.gone = True

    def send(self, batch: Any) -> bool:
        """Hand the child a batch; False when it is gone (the batch is then computed here)."""
        if self.gone:
            return False
        try:
            pickle.dump(batch, self.stdin, pickle.HIGHEST_PROTOCOL)
            self.stdin.flush()
        except OSError:  # it died (killed, out of memory): carry on without it
            self.gone = True
            return False
        self.waiting += 1
        return True

    def ready(self) -> bool:
        return not self.answers.empty()

    def receive(self) -> tuple[bool, Any]:
        """(True, result) or (False, None) when the function failed or the child is gone."""
        answer = self.answers.get()
        self.waiting -= 1
        if answer is _ENDED:
            self.answers.put(_ENDED)  # every later batch is computed here too
            return False, None
        return answer

    def stop(self) -> None:
        with suppress(OSError):
            self.stdin.close()  # the child ends when its input does, after the batch in hand
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join()


PIPE_BYTES = 1 << 20
"""Pipe capacity asked for (Linux's default limit for anyone): a whole batch or answer fits, so
neither process waits for the other's reading thread to get the interpreter lock mid-batch."""


def _widen(*streams: IO[bytes]) -> None:
    """Give the pipes `PIPE_BYTES` of room where the system allows it (Linux; elsewhere as they are)."""
    setting = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setting is None:
        return
    for stream in streams:
        with suppress(OSError):
            fcntl.fcntl(stream.fileno(), setting, PIPE_BYTES)


def _read_answers(stream: IO[bytes], into: queue.SimpleQueue[Any]) -> None:
    """Everything pickled on `stream`, queued as it arrives, then `_ENDED`.

    Any failure to read ends the stream, not only a closed pipe: unpickling runs code
    (a class the other side cannot import, a value that refuses to be rebuilt), and a
    reader that died without `_ENDED` would leave both processes waiting on each other.
    """
    try:
        while True:
            into.put(pickle.load(stream))
    except Exception:  # noqa: BLE001 (see above: whatever it was, this stream is over)
        into.put(_ENDED)
    finally:
        stream.close()


def main() -> None:
    """`python -m workbench.formats.offload MODULE NAME`: the child. It reads the arguments,
    then batches, from stdin and answers each with `(True, result)` or `(False, None)` on
    stdout; anything printed goes to stderr. A thread takes each batch off the pipe as
    soon as it is sent, so the parent never waits for this process to finish the batch
    in hand before it can hand over the next. Ctrl-C reaches the whole process group
    and the parent stops the child itself, so the child ignores it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    function: Any = importlib.import_module(sys.argv[1])
    for part in sys.argv[2].split("."):
        function = getattr(function, part)
    batches: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read_answers, args=(stdin, batches), daemon=True).start()
    args = batches.get()
    if args is _ENDED:
        return
    try:
        while (batch := batches.get()) is not _ENDED:
            try:
                answer: tuple[bool, Any] = (True, function(*args, batch))
            except Exception:  # the parent computes this batch again and raises there
                answer = (False, None)
            pickle.dump(answer, stdout, pickle.HIGHEST_PROTOCOL)
            stdout.flush()
    except BrokenPipeError:  # the parent stopped listening: nothing more to say
        return


if __name__ == "__main__":
    main()
