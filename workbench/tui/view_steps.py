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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.editing import JournalMark


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


@dataclass(frozen=True)
class PlacedStep:
    """A step kept beside the edit journal, with the journal's mark when it was done (or undone)."""

    step: ViewStep
    mark: JournalMark


class StepsAmongEdits:
    """Steps an editor takes outside the journal (a word added to the project dictionary with
    `alt+s`), undone and redone in their turn among its edits: the editor's `ctrl+z` took back every
    edit but such a word (user days). A step is next to undo when the journal stands where it stood
    when it was done (an edit since is undone first); next to redo when the journal is as it was
    when it was undone, and a new edit since drops it, as a new edit drops the journal's redo."""

    def __init__(self) -> None:
        self._done: list[PlacedStep] = []
        self._undone: list[PlacedStep] = []

    def did(self, step: ViewStep, mark: JournalMark) -> None:
        self._done.append(PlacedStep(step, mark))
        self._undone.clear()

    def take_undo(self, mark: JournalMark) -> ViewStep | None:
        """The step to undo now, when the journal's standing step is the one it was when the step
        was done; else None (the journal's own step comes first)."""
        if not self._done or self._done[-1].mark.standing != mark.standing:
            return None
        placed = self._done.pop()
        self._undone.append(PlacedStep(placed.step, mark))
        return placed.step

    def take_redo(self, mark: JournalMark) -> ViewStep | None:
        """The step to redo now, when the journal is as it was when the step was undone."""
        if not self._undone or self._undone[-1].mark != mark:
            return None
        placed = self._undone.pop()
        self._done.append(PlacedStep(placed.step, mark))
        return placed.step
