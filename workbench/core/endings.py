"""The signals that end a command, shared by the command line, the app and forked children.

`kill` sends SIGTERM and a closed terminal or ssh session SIGHUP. Either killed a command
outright: a two-process `check` left its forked child running (and, for a large result,
waiting for good), an export its temporary file, and the app the terminal in its own modes
(no cursor, the mouse reported as text) with the last typed text unsaved. The command line
now unwinds on them as on Ctrl-C (`workbench.cli.common.end_quietly_on_signals`), the app
saves what is typed and leaves (`WorkbenchApp`), and a forked child simply dies of them
(`workbench.core.forked.enter_child`). A module of its own so the command line's start does
not import multiprocessing for one constant.
"""

from __future__ import annotations

import signal

ENDINGS = frozenset({signal.SIGTERM, signal.SIGHUP})


class Ended(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where it lands (or by the app once it has left). A
    `KeyboardInterrupt` of its own kind, it unwinds every path Ctrl-C does: transactions
    rolled back, temporary files removed, helper processes ended; the command line exits
    with the shell's code for the signal (128 + its number)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
