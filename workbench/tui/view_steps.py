"""Undo and redo for what a view does outside the edit journal.

The findings view accepts findings, resolves comments, answers senses and adds words to the
dictionary: none of it is a segment edit, so the journal that the editors' `ctrl+z` walks
never held it, and a finding accepted by mistake could only be taken back through another
list (user days). Each such action leaves a step here, in the order done; undoing one moves
it to the redo side, and a new action clears that side, as in the editors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ViewStep:
    """One action: its name in messages, what takes it back, what does it again."""

    name: str
    undo: Callable[[], object]
    redo: Callable[[], object]


class ViewSteps:
    """The steps done in one view this session, newest last."""

    def __init__(self) -> None:
        self._done: list[ViewStep] = []
        self._undone: list[ViewStep] = []

    def did(self, step: ViewStep) -> None:
        self._done.append(step)
        self._undone.clear()

    def take_undo(self) -> ViewStep | None:
        """The step to undo (moved to the redo side), or None."""
        if not self._done:
            return None
        step = self._done.pop()
        self._undone.append(step)
        return step

    def take_redo(self) -> ViewStep | None:
        """The step to redo (moved back to the undo side), or None."""
        if not self._undone:
            return None
        step = self._undone.pop()
        self._done.append(step)
        return step
