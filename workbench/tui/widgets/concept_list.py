"""Concepts of a termbase, one line each: id, then the leading term in each language.

A termbase can hold tens of thousands of concepts, so the list draws only
the visible rows, like the segment grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.strip import Strip

from termbase.model import Concept
from workbench.tui.widgets.literal import one_line
from workbench.tui.widgets.virtual_list import VirtualList


class ConceptList(VirtualList):
    """`id  source term  →  target term` per concept."""

    class CursorMoved(VirtualList.CursorMoved):
        """The cursor is on another concept."""

    class Activated(VirtualList.Activated):
        """A concept was chosen for editing."""

    def __init__(self, source_lang: str, target_lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.concepts: Sequence[Concept] = ()
        self.longest_id = 4
        """The longest id shown: the id column is as wide (up to two fifths of the row). Cut to a
        fixed eighth of the row, ids read "proleta" twice at 120 columns, and ids are what `m`,
        `term merge` and the import's notes name concepts by (session 27)."""

    def show(self, concepts: Sequence[Concept], cursor: int | None = None) -> None:
        self.concepts = concepts
        self.longest_id = max((len(concept.id) for concept in concepts), default=4)
        self.set_row_count(len(concepts), cursor)

    @property
    def current(self) -> Concept | None:
        return self.concepts[self.cursor] if 0 <= self.cursor < len(self.concepts) else None

    def render_row(self, index: int, width: int, selected: bool) -> Strip:
        concept = self.concepts[index]
        source = concept.preferred(self.source_lang)
        target = concept.preferred(self.target_lang)
        id_width = max(4, min(self.longest_id, width * 2 // 5))
        rest = max(0, width - id_width - 4)
        line = Text(no_wrap=True, end="")
        line.append(one_line(concept.id, limit=id_width).ljust(id_width)[:id_width], style="dim")
        line.append(" ")
        line.append(one_line(source.text if source else "—", limit=rest)[: rest // 2].ljust(rest // 2))
        line.append(" → ", style="dim")
        line.append(one_line(target.text if target else "—", limit=rest), style="bold")
        line.truncate(width, overflow="ellipsis", pad=True)
        return Strip(list(line.render(self.app.console)))
