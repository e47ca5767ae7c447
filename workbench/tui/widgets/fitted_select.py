"""A `Select` as wide as its longest option, in whatever language the options are said.

A fixed width (26 columns in the forms' CSS) cut "comments: any or none" to
"comments: any or n" in English and wider Russian labels more, and a fixed
width wide enough for every language would push the row's last field off an
80-column screen (the filter's "case" box was cut to «реги»).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Select

SELECT_CHROME = 8
"""Columns a `Select` takes besides its label: the tall border, the padding and the arrow."""


class FittedSelect(Select[Any]):
    """A `Select` of text options whose width is its longest label's plus its chrome; a label
    of user text comes as a `Text` (`widgets.literal`), drawn as it is."""

    def __init__(self, options: Iterable[tuple[str | Text, Any]], **kwargs: Any) -> None:
        choices = list(options)
        super().__init__(choices, **kwargs)
        self.styles.width = max((label.cell_len if isinstance(label, Text) else cell_len(label)
                                 for label, _ in choices), default=0) + SELECT_CHROME
