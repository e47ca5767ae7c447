"""Domain errors that the faces turn into one clear line.

Every error a user can cause by what they type or the files they bring is a
`WorkbenchError`: the CLI prints its message on one line and exits with code 2,
the TUI shows it as a notification. Anything else is a bug and may traceback.

It sits below both `workbench.core` and `workbench.formats` (a file reader
raises `InputError` too), so neither has to import the other for its errors.
"""

from __future__ import annotations

from typing import Any, Self

from workbench.wording import phrase


class WorkbenchError(Exception):
    """A user-caused failure with a message fit to show as it is (one line).

    `wording`, when set, is the same message as a msgid and its values (a
    `workbench.wording.Wording`), so the TUI can say it in the interface
    language; the CLI and JSON keep the English text. Raise such an error with
    `SomeError.worded(N_("{path}: no such file"), path=path)`.
    """

    wording: Any = None

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)

    @classmethod
    def worded(cls, template: str, /, **values: Any) -> Self:
        """This error with its English text rendered from `template` and the template kept; a
        text value past `QUOTED_CHARS` is quoted cut (a name, concept or URL of a megabyte
        given as an argument was a line of a megabyte: hardening, round 21)."""
        return cls.from_wording(phrase(template, **{key: cut(value) for key, value in values.items()}))

    @classmethod
    def from_wording(cls, wording: Any) -> Self:
        """This error saying `wording` (a `Wording` phrased elsewhere, e.g. by a refusal's reader)."""
        error = cls(wording.render())
        error.wording = wording
        return error

    @classmethod
    def rewording(cls, error: BaseException) -> Self:
        """`error` (a termbase or lower-level refusal) as this kind, its wording kept when it has one."""
        made = cls(str(error))
        made.wording = getattr(error, "wording", None)
        return made


QUOTED_CHARS = 300
"""The most characters of one text an error quotes: room for a path, a URL or a server's detail."""


def cut(value: Any) -> Any:
    """`value`, a text past `QUOTED_CHARS` cut there and ended with "…", to quote in one line."""
    return value[:QUOTED_CHARS] + "…" if isinstance(value, str) and len(value) > QUOTED_CHARS else value


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
