"""Domain errors that the faces turn into one clear line.

Every error a user can cause by what they type or the files they bring is a
`WorkbenchError`: the CLI prints its message on one line and exits with code 2,
the TUI shows it as a notification. Anything else is a bug and may traceback.

It sits below both `workbench.core` and `workbench.formats` (a file reader
raises `InputError` too), so neither has to import the other for its errors.
"""

from __future__ import annotations

from typing import Any


class WorkbenchError(Exception):
    """A user-caused failure with a message fit to show as it is (one line)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class InputError(WorkbenchError):
    """A file or value given by the user cannot be used (binary, empty, malformed)."""


class WordedError(InputError):
    """An `InputError` that also keeps its message as a template and values (a `Wording`),
    so the TUI can say it in the interface language; its text is the English rendering."""

    def __init__(self, wording: Any) -> None:
        super().__init__(wording.render())
        self.wording = wording


class ProjectError(WorkbenchError):
    """The project folder is missing, not a project, already exists, or is damaged."""
