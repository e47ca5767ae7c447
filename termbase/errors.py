"""The one exception the termbase library raises for bad input.

`termbase` is a library of its own (it never imports `workbench`), so it cannot
raise `workbench.errors.InputError`. `TermbaseError` subclasses
`ValueError` so plain Python callers can catch it without knowing the library,
and the workbench CLI catches it by name and prints its message on one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self


def N_(message: str) -> str:
    """Mark a msgid for extraction; the application translates it when it shows the error."""
    return message


@dataclass(frozen=True)
class Message:
    """A message as a msgid and its values, so an application can say it in its own language.

    It renders like the workbench's `Wording` (`render(gettext, ngettext)`),
    which the workbench TUI calls on any error that carries one.
    """

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def render(self, gettext: Callable[[str], str] = str, ngettext: Any = None) -> str:
        def say(value: Any) -> Any:  # a worded error or note quoted inside another is said in the same language
            wording = getattr(value, "wording", None) if isinstance(value, BaseException | Note) else None
            return wording.render(gettext, ngettext) if wording is not None else value

        return gettext(self.template).format(**{key: say(value) for key, value in self.values})


QUOTED_CHARS = 300
"""The most characters of one text a message quotes (as the workbench's errors do)."""


def cut(value: Any) -> Any:
    """`value`, a text past `QUOTED_CHARS` cut there and ended with "…", to quote in one line; a
    worded note quoted inside (said in the reader's language) is left whole."""
    if isinstance(value, str) and not isinstance(value, Note) and len(value) > QUOTED_CHARS:
        return value[:QUOTED_CHARS] + "…"
    return value


class Note(str):
    """A note on what a reader skipped or could not use: its English text, which plain callers and
    tests compare as a string, and the same as a msgid and values (`wording`), so an application
    can say it in its interface language (`term import`'s warnings stayed English under a Russian
    locale). A string, so it crosses the pipe from the reading process as the notes always did."""

    wording: Message | None = None

    @classmethod
    def worded(cls, template: str, /, **values: Any) -> Note:
        message = Message(template, tuple((key, cut(value)) for key, value in values.items()))
        note = cls(message.render())
        note.wording = message
        return note


class TermbaseError(ValueError):
    """A termbase file, term or query cannot be used; the message is one line."""

    def __init__(self, message: str) -> None:
        # Collapse whitespace so messages built from file content stay one line.
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)

    wording: Message | None = None
    """The message as a msgid and values, when the library worded it (`worded`)."""

    @classmethod
    def worded(cls, template: str, /, **values: Any) -> Self:
        """This error with its English text from `template`, the template kept for translation; a
        text value past `QUOTED_CHARS` is quoted cut (a CSV column named by 100,000 characters
        was an error line of 100,000: hardening, round 22)."""
        message = Message(template, tuple((key, cut(value)) for key, value in values.items()))
        error = cls(message.render())
        error.wording = message
        return error
