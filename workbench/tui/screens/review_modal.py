"""Review with tracked changes: every confirmed target an editor changed, as a word diff.

The list shows the segments (project order); the pane below shows the
highlighted one's source and its target with the translator's words struck
and the editor's underlined. Enter opens the segment in the editor; `e`
writes the HTML report (`review-changes.html` in the project folder).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.editing import Revision, review_notes, revisions, to_html
from workbench.formats.base import atomic_output
from workbench.tui.i18n import _, ngettext, number
from workbench.tui.widgets.literal import literal, one_line

if TYPE_CHECKING:
    from workbench.tui.host import WorkbenchHost

REPORT_FILE = "review-changes.html"
DIFF_STYLE = {"equal": "", "delete": "strike red", "insert": "underline green"}


def diff_text(revision: Revision) -> Text:
    """The target's tracked changes as styled text (content literal, never markup)."""
    text = Text()
    for op, chunk in revision.diff:
        text.append_text(literal(chunk, DIFF_STYLE[op]))
    return text


class ReviewModal(ModalScreen[None]):
    """The tracked changes of the project; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", _("Close")),
        Binding("e", "export_report", _("Export HTML"), id="review-export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Revision] = []

    @property
    def workbench(self) -> WorkbenchHost:
        return cast("WorkbenchHost", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id="review", classes="report"):
            yield Static(Text(_("Tracked changes"), style="bold"), id="review-title", classes="form-title")
            yield OptionList(id="review-list")
            with VerticalScroll(id="review-detail"):
                yield Static(id="review-diff")
            yield Static(Text(_("enter: open the segment · e: export the HTML report · escape: close"),
                              style="dim"))

    def on_mount(self) -> None:
        project = self.workbench.project
        self.workbench.save_pending()
        self.items = revisions(project) if project is not None else []
        count = len(self.items)
        self.query_one("#review-title", Static).update(Text(ngettext(
            "Tracked changes: {count} segment changed after confirmation",
            "Tracked changes: {count} segments changed after confirmation", count,
        ).format(count=number(count)), style="bold"))
        options = self.query_one("#review-list", OptionList)
        for item in self.items:
            options.add_option(Option(literal(f"{item.position:>4}  {one_line(item.revised, limit=120)}")))
        if self.items:
            options.highlighted = 0
            self._show(self.items[0])
        else:
            self.query_one("#review-diff", Static).update(Text(_("No confirmed target has been changed.")))
        options.focus()

    @on(OptionList.OptionHighlighted, "#review-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.items):
            self._show(self.items[event.option_index])

    def _show(self, item: Revision) -> None:
        body = Text.assemble(
            (_("Segment {position}").format(position=number(item.position)), "bold"), "\n",
            literal(item.source, "dim"), "\n", diff_text(item),
        )
        self.query_one("#review-diff", Static).update(body)

    @on(OptionList.OptionSelected, "#review-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        item = self.items[event.option_index]
        self.app.pop_screen()
        self.workbench.show_segment(item.segment_id)

    def action_export_report(self) -> None:
        project = self.workbench.project
        if project is None:
            return
        path = project.path / REPORT_FILE
        page = to_html(self.items, title=project.config.name, source_lang=project.config.source_lang,
                       target_lang=project.config.target_lang, notes=review_notes(project))
        with atomic_output(path) as out:
            out.write(page)
        self.notify(_("Wrote {path}").format(path=str(path)))
