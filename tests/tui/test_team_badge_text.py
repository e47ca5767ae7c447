"""The team badge's sentence is the server's and the project's words: shown as text, never markup."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from workbench.tui.widgets.mode_bar import TeamBadge, TeamWord

SENTENCE = "offline: the server said [bold]no[/bold] (\x1b[31m)"


class _BadgeApp(App[None]):
    def compose(self) -> ComposeResult:
        yield TeamBadge(TeamWord("offline", SENTENCE, "warning"))


async def test_the_badge_s_tooltip_holds_brackets_as_text() -> None:
    app = _BadgeApp()
    async with app.run_test(size=(80, 24)):
        tooltip = app.query_one(TeamBadge).tooltip
        assert isinstance(tooltip, Text) and tooltip.plain == SENTENCE
