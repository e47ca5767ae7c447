"""Layout and colour a translator can trust: the light theme, the footer at 120 columns,
the side panel at 80x24 and F8 (issue 14)."""

from __future__ import annotations

import pytest
from rich.color import Color
from textual.widgets import Footer, TabbedContent
from tui_helpers import SIZE, open_screen, settle

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.segment_view import TargetEditor


async def open_translation(pilot, size_position: int = 6) -> TranslationScreen:  # type: ignore[no-untyped-def]
    screen = await open_screen(pilot, "f4", TranslationScreen)
    screen.grid.move_to(size_position - 1)
    await settle(pilot)
    return screen


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b_ = color.get_truecolor()
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b_)
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_light_theme_row_numbers_are_readable_and_highlights_follow(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_translation(pilot)
        source = screen.query_one("#source-text")
        dark = [span.style for span in source.content.spans]
        assert dark, "segment 6 has a recognised term"
        await pilot.press("ctrl+t")
        await pilot.pause()
        light = [span.style for span in source.content.spans]
        assert light != dark, "the term highlight is drawn again in the light theme's colours"
        number = list(screen.grid.render_line(0))[0]
        assert number.text.strip() == "1" or number.text.strip().startswith("1")
        assert contrast(number.style.color, number.style.bgcolor) >= 3.0  # type: ignore[union-attr]


async def test_the_footer_shows_every_key_at_120_columns(app: WorkbenchApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_translation(pilot)
        await pilot.press("enter")
        assert isinstance(app.focused, TargetEditor)
        footer = screen.query_one(Footer)
        keys = list(footer.query("FooterKey"))
        assert any(getattr(item, "key", "") == "f8" for item in keys)
        needed = sum(item.outer_size.width for item in keys)
        assert needed <= footer.region.width, "no key is cut off (F8's label was: 'f8 Pa')"


async def test_the_side_panel_at_80x24_leaves_the_editor_on_screen(app: WorkbenchApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_translation(pilot)
        await pilot.press("f8")
        await pilot.pause()
        side = screen.query_one("#side", TabbedContent)
        editor = screen.query_one(TargetEditor)
        assert side.display and side.region.height >= 5
        assert editor.region.height >= 3 and editor.region.bottom <= side.region.y


async def test_f8_keeps_cycling_from_the_concordance_box(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_translation(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        tabs = screen.query_one("#side", TabbedContent)
        assert tabs.active == "memory-tab"
        seen = []
        for _ in range(3):
            await pilot.press("f8")
            await pilot.pause()
            seen.append(tabs.active)
        assert seen == ["terms-tab", "findings-tab", "memory-tab"]


@pytest.mark.parametrize("key", ["i", "x", "o"])
async def test_the_project_forms_fit_whole_at_80x24(app: WorkbenchApp, key: str) -> None:
    """Import, export and open: every field and both buttons on screen (below 30 rows the forms
    drop their blank lines instead of pushing OK and Cancel off the bottom)."""
    from textual.widgets import Button, Input

    from workbench.tui.screens.file_modals import FormModal

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormModal)
        screen_region = form.region
        for widget in (*form.query(Input), *form.query(Button)):
            assert widget.region.height > 0 and screen_region.contains_region(widget.region), widget
