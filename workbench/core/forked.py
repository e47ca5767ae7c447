"""One call computed on the second core by a forked child while this process goes on.

The child is forked, not spawned: it starts with the caller's data and warm
caches, where a spawned interpreter would import and build them again (and
re-run an unguarded caller's script). Forking is only safe where no other
thread of this process may hold a lock the child needs, so whether to fork is
the caller's choice: the command line forks, the TUI (whose other threads
work while it waits) does not, and then the call simply runs in-process when
its result is asked for.

The result comes back pickled through a pipe; a child that dies (killed, out
of memory) costs time, not the result: the call is made again here (or its
`fallback`, where the call does something only a child may, such as opening
connections of its own).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from workbench.core.endings import ENDINGS

T = TypeVar("T")


class Forked(Generic[T]):
    """`call()`, computed in a forked child from construction on when `fork` is true
    and the platform can fork; `result()` waits for it (and raises what it raised).
    Ask for the result once: the child and its pipe are gone after."""

    def __init__(self, call: Callable[[], T], *, fork: bool, fallback: Callable[[], T] | None = None) -> None:
        self._call = call
        self._fallback = fallback or call
        self._receiving: Connection | None = None
        self._child: BaseProcess | None = None
        if fork and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self._receiving, sending = context.Pipe(duplex=False)
            self._child = context.Process(target=_child, args=(self._receiving, sending, call), daemon=True)
            start_shielded(self._child)
            sending.close()

    def result(self) -> T:
        if self._receiving is None or self._child is None:
            return self._fallback()
        try:
            try:
                outcome, payload = self._receiving.recv()
            except EOFError:  # the child died: its share is done here
                outcome, payload = "ok", self._fallback()
        except BaseException:
            # Ctrl-C while waiting: the child ignores it (below), so it would be waited for
            # to the end of its share; nobody wants that share any more.
            self._child.terminate()
            raise
        finally:
            self._receiving.close()
            self._child.join()
            self._receiving = self._child = None
        if outcome == "error":
            raise payload
        result: T = payload
        return result


def _child(parents_end: Connection, sending: Connection, call: Callable[[], Any]) -> None:
    """In the forked child: the call's result (or its error) sent back.

    Ctrl-C reaches the whole process group: the child leaves it to the parent, which
    ends the child (`result`, or multiprocessing's exit for a daemon) and exits quietly;
    the child's own KeyboardInterrupt, and a second one while it sent that back, printed
    tracebacks of their own."""
    enter_child(parents_end)
    result: tuple[str, Any]
    try:
        result = ("ok", call())
    except BaseException as error:  # noqa: BLE001  (the parent raises it)
        result = ("error", error)
    send_to_parent(sending, result)
    sending.close()


def start_shielded(child: BaseProcess) -> None:
    """Start a forked child with SIGINT, SIGTERM and SIGHUP held back over the fork: one
    arriving in between would be raised in the child before it can set its own handling
    (`enter_child`), in multiprocessing's own code; held, it is raised here once the child is
    started, and the child discards its copy."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *ENDINGS})
    try:
        child.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def enter_child(parents_end: Connection) -> None:
    """First thing in a child started by `start_shielded`.

    Ctrl-C is the parent's to handle. SIGTERM and SIGHUP end the child at once (the parent's
    handler, inherited over the fork, would unwind it into a message nobody reads); a child
    that dies costs its share, done again by the parent. The fork also copied the parent's
    reading end of the pipe: held here, it kept the pipe open after the parent was killed,
    and the child waited for good to write a result larger than the pipe holds (`check` on
    20,000 pairs left one such process behind for every `kill`). Closed, the write fails
    and the child ends (`send_to_parent`); and on Linux it ends with its parent at once
    (`_end_with_parent`), not after its share's work."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # also discards one held over the fork
    for ending in ENDINGS:
        signal.signal(ending, signal.SIG_DFL)
    parents_end.close()
    _end_with_parent()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *ENDINGS})


PR_SET_PDEATHSIG = 1
"""prctl(2)'s option: the signal the kernel sends this process when its parent dies."""


def _end_with_parent() -> None:
    """Have the kernel send SIGTERM (which ends the child, `enter_child`) when the parent
    dies, SIGKILL included. Without it a killed `check` left its child working through its
    whole share, a core busy for many seconds on a large project, before its first write
    failed. prctl's trigger is the end of the thread that forked: every caller waits for the
    result in that thread, which so outlives the child. A parent already gone before this
    ran is caught by the parent's pid having changed."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(0)


def send_to_parent(sending: Connection, message: object) -> None:
    """`message` to the parent; nothing when the parent is gone (killed: nobody reads it, and
    multiprocessing would print the broken pipe's traceback on the terminal)."""
    with suppress(BrokenPipeError):
        sending.send(message)
