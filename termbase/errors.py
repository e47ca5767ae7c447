"""The one exception the termbase library raises for bad input.

`termbase` is a library of its own (it never imports `workbench`), so it cannot
raise `workbench.errors.InputError`. `TermbaseError` subclasses
`ValueError` so plain Python callers can catch it without knowing the library,
and the workbench CLI catches it by name and prints its message on one line.
"""

from __future__ import annotations


class TermbaseError(ValueError):
    """A termbase file, term or query cannot be used; the message is one line."""

    def __init__(self, message: str) -> None:
        # Collapse whitespace so messages built from file content stay one line.
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)
