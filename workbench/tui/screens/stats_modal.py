"""Statistics and analysis: counts per status and document, and the memory analysis in bands.

The counts come at once (a worker reads the project); the analysis follows
from the memory's own thread (`MemoryService.analyse`), which looks every
unique segment up, so a large project shows its counts while it waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.core.project import Project
from workbench.core.stats import BANDS, Analysis, Counts, ProjectStatistics, project_statistics
from workbench.tui.i18n import _, error_message, number
from workbench.tui.widgets.literal import literal
from workbench.tui.widgets.memory_panel import memory_name

if TYPE_CHECKING:
    from workbench.tui.host import WorkbenchHost


class StatsModal(ModalScreen[None]):
    """The numbers translators are paid by; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "app.pop_screen", _("Close"))]

    def compose(self) -> ComposeResult:
        with Vertical(id="stats", classes="report"):
            yield Static(Text(_("Statistics and analysis"), style="bold"), classes="form-title")
            with VerticalScroll():
                yield Static(Text(_("Counting…")), id="stats-counts")
                yield Static(Text(_("Analysing against the translation memory…")), id="stats-analysis")

    def on_mount(self) -> None:
        self._count()
        self._analyse()

    @property
    def workbench(self) -> WorkbenchHost:
        return cast("WorkbenchHost", self.app)

    @work(thread=True, group="stats")
    def _count(self) -> None:
        project = self.workbench.project
        if project is None:
            return
        with Project.open(project.path) as reader:
            statistics = project_statistics(reader)
        self.app.call_from_thread(self._show_counts, statistics)

    def _show_counts(self, statistics: ProjectStatistics) -> None:
        table = Table(title=_("By status"), title_justify="left", expand=True)
        table.add_column(_("status"))
        for name in (_("segments"), _("words"), _("characters"), _("target words")):
            table.add_column(name, justify="right")
        for status, counts in statistics.by_status.items():
            table.add_row(_(status), *_numbers(counts))
        table.add_row(_("total"), *_numbers(statistics.total), style="bold")
        if statistics.rejected.segments:  # counted under their status above: the work still owed
            table.add_row(_("of which rejected"), *_numbers(statistics.rejected), style="red")
        documents = Table(title=_("By document"), title_justify="left", expand=True)
        documents.add_column(_("document"), overflow="fold")
        for name in (_("segments"), _("words"), _("characters"), _("target words")):
            documents.add_column(name, justify="right")
        for document in statistics.documents:
            documents.add_row(literal(document.name), *_numbers(document.total))
        grid = Table.grid()
        grid.add_row(table)
        grid.add_row(documents)
        self.query_one("#stats-counts", Static).update(grid)

    @work(group="analysis")
    async def _analyse(self) -> None:
        memory = self.workbench.memory
        if memory is None:
            return
        try:
            analysis = await memory.analyse()
        except Exception as error:  # noqa: BLE001  (shown in the view, never a crash)
            self.query_one("#stats-analysis", Static).update(literal(error_message(error)))
            return
        if self.is_attached:
            self.query_one("#stats-analysis", Static).update(analysis_table(analysis))


def analysis_table(analysis: Analysis) -> Table:
    """The bands as a table: segments, words, characters and share of the words."""
    memories = ", ".join(memory_name(name) for name in analysis.memories) or _("no memory")
    table = Table(title=_("Memory analysis (against: {memories})").format(memories=memories),
                  title_justify="left", expand=True)
    table.add_column(_("band"))
    for name in (_("segments"), _("words"), _("characters"), _("share of words")):
        table.add_column(name, justify="right")
    words = analysis.total.words or 1
    for band in BANDS:
        counts = analysis.bands[band.id]
        table.add_row(_(band.label), *_numbers(counts)[:3], f"{100 * counts.words / words:.1f}%")
    table.add_row(_("total"), *_numbers(analysis.total)[:3], "", style="bold")
    return table


def _numbers(counts: Counts) -> list[str]:
    return [number(counts.segments), number(counts.words), number(counts.characters), number(counts.target_words)]
