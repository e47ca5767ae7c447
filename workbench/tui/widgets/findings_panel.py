"""Findings as a pickable list: the current segment's in the editor, the project's in the findings view.

Each row is the severity mark, the check id and the message in plain words.
Moving over a finding announces it (the editor then highlights its span);
`FindingList` is the same list for many findings, drawn only where visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.checks import Finding
from workbench.tui.commands import FINDINGS_PANEL, bindings
from workbench.tui.i18n import _, check_name, finding_message, ngettext
from workbench.tui.widgets.literal import one_line
from workbench.tui.widgets.panel_list import PanelList
from workbench.tui.widgets.side_panel import SidePanel
from workbench.tui.widgets.virtual_list import VirtualList

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}
SEVERITY_MARK = {"error": "‼", "warning": "!", "info": "i"}

MAX_SHOWN_FINDINGS = 200
"""Findings of one segment the panel lists; it counts the rest. A word 100,000 concepts share
gives its segment 100,000 `term-missing` findings, and listing them all held the drawing thread
seconds at each show (hardening, round eighteen); the findings view (F5) lists any number."""


def finding_label(finding: Finding, *, with_position: bool = False) -> Text:
    """`‼ missing term  the message` (the check by its name in the interface language), safe for any message text."""
    label = Text(no_wrap=False)
    if with_position:
        label.append(f"{finding.segment:>5} ", style="dim")
    label.append(SEVERITY_MARK.get(finding.severity, "?") + " ", style=SEVERITY_STYLE.get(finding.severity, ""))
    label.append(check_name(finding.check), style="bold")
    label.append("  ")
    label.append(one_line(finding_message(finding), limit=2000))
    return label


class FindingsPanel(SidePanel):
    """The findings of one segment."""

    BINDINGS = bindings(FINDINGS_PANEL)

    class Highlighted(Message):
        """The reviewer is looking at this finding (None: at none)."""

        def __init__(self, finding: Finding | None) -> None:
            super().__init__()
            self.finding = finding

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []
        self._drawn = False

    def compose(self) -> ComposeResult:
        yield Static(id="findings-summary")
        yield PanelList(id="findings-list")

    def show(self, findings: Sequence[Finding]) -> None:
        """The segment's findings; the same findings again (most moves: none) redraw nothing."""
        findings = list(findings)
        if self._drawn and findings == self.findings:
            return
        self._drawn = True
        self.findings = findings
        self.draw(self._draw_findings)

    def _draw_findings(self) -> None:
        summary = self.query_one("#findings-summary", Static)
        options = self.query_one("#findings-list", OptionList)
        options.clear_options()
        if not self.findings:
            summary.update(Text(_("No findings in this segment.")), layout=False)
            return
        count = len(self.findings)
        summary.update(Text(ngettext("{count} finding", "{count} findings", count).format(count=count)), layout=False)
        options.add_options(Option(finding_label(f), id=str(i)) for i, f in enumerate(self.findings[:MAX_SHOWN_FINDINGS]))
        if count > MAX_SHOWN_FINDINGS:
            more = count - MAX_SHOWN_FINDINGS
            options.add_option(Option(Text(ngettext("… and {count} more finding (all of them in the findings view)",
                                                    "… and {count} more findings (all of them in the findings view)",
                                                    more).format(count=more), style="dim"), disabled=True))

    @property
    def highlighted(self) -> Finding | None:
        options = self.query_one("#findings-list", OptionList)
        if self.stale or options.highlighted is None or options.highlighted >= min(len(self.findings), MAX_SHOWN_FINDINGS):
            return None
        return self.findings[options.highlighted]

    @on(OptionList.OptionHighlighted, "#findings-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.highlighted))


class FindingList(VirtualList):
    """Any number of findings, one line each, drawn only where visible."""

    class CursorMoved(VirtualList.CursorMoved):
        """The cursor is on another finding."""

    class Activated(VirtualList.Activated):
        """A finding was chosen: go to its segment."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: Sequence[Finding] = ()

    def show(self, findings: Sequence[Finding], cursor: int | None = None) -> None:
        self.findings = findings
        self.set_row_count(len(findings), cursor)

    @property
    def current(self) -> Finding | None:
        return self.findings[self.cursor] if 0 <= self.cursor < len(self.findings) else None

    def render_row(self, index: int, width: int, selected: bool) -> Strip:
        label = finding_label(self.findings[index], with_position=True)
        label.no_wrap = True
        label.truncate(width, overflow="ellipsis", pad=True)
        return Strip(list(label.render(self.app.console)))
