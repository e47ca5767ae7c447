"""The CLI run with its stderr on a pseudo-terminal (as over SSH) and its stdout on a pipe.

The terminal is read while the command runs, as a terminal is: read only at the end, a bar
redrawn more often than the pseudo-terminal's buffer holds (a long import, or any import on a
loaded machine) blocked the command on its next write, and the test waited out its 600 s."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading

WORKBENCH = [sys.executable, "-m", "workbench"]


def run_with_terminal_stderr(*args: str) -> tuple[int, str, str]:
    """The exit code, stdout and what the terminal was shown."""
    leader, follower = pty.openpty()
    said: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the command ended and the follower is closed
                return
            if not chunk:
                return
            said.append(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        done = subprocess.run([*WORKBENCH, *args], stdout=subprocess.PIPE, stderr=follower, text=True,
                              env={**os.environ, "TERM": "xterm", "COLUMNS": "80"}, timeout=600, check=False)
    finally:
        os.close(follower)
        reader.join(timeout=60)
        os.close(leader)
    return done.returncode, done.stdout, b"".join(said).decode("utf-8", "replace")
