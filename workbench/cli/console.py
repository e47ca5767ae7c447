"""The Rich console every CLI table and report is printed through.

Apart from `common` so that Rich is imported only by the commands that draw
tables, never by `workbench --help` (see `tests/cli/test_startup.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from termbase import safetext


class SafeConsole(Console):
    """A Rich console for data: no markup, emoji codes or highlighting, and every
    segment it renders is passed through `safetext.visible` (style codes Rich adds
    itself are separate control segments and stay)."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("highlight", False)
        super().__init__(markup=False, emoji=False, **options)

    def render_str(self, text: str, **options: Any) -> Text:
        """Strings are made visible before layout, so columns keep their widths."""
        return super().render_str(safetext.visible(text), **options)

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        """Whatever else renders text (a `Text` built from data) is caught here."""
        for segment in super().render(renderable, options):
            if segment.control or not safetext.has_control(segment.text):
                yield segment
            else:
                yield Segment(safetext.visible(segment.text), segment.style)
