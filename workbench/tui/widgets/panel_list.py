"""An option list for the editor's side panels, redrawn without laying the screen out again.

Textual's `OptionList` sets its virtual size, a layout reactive, whenever
its options take another number of lines, and any layout request lays out
the whole screen: the term, findings and memory lists did that on most
moves between segments. Their boxes take the height the panel gives them,
never their content's, so here the virtual size only repaints the list (the
list itself updates its scrollbar); a scrollbar coming or going still asks
for the layout it needs.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import OptionList


class PanelList(OptionList):
    """An `OptionList` whose height is set by its container, never by its options."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
