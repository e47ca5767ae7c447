"""What a reviewer met working through a popular-science chapter's findings (twenty-third session),
driven as they did it: the keys pressed at 80x24 and a larger size, on a real project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SAMPLE_BEADS, Bead, build_project, open_screen, settle

from workbench.core.spelling import DICTIONARY_FILE, available
from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.widgets.findings_panel import FindingList

SIZES = [(80, 24), (120, 40)]
CHAPTER = (  # the translator adds the fly's Latin name, which the source does not give
    Bead(("Larvae of the petroleum fly develop in seepages of crude oil.",),
         ("Личинки мух Psilopa petrolei развиваются в выходах нефти.",)),
    Bead(("This is the only insect able to live and feed in oil.",),
         ("Это единственное насекомое, способное жить и питаться в нефти.",)),
    Bead(("Was the Creator in a jocular mood when he made the petroleum fly?",),
         ("Находился ли Творец в шутливом настроении, когда создал Psilopa petrolei?",)),
)
COPIED = (Bead(("Larvae of the fly Psilopa petrolei develop in seepages of crude oil.",),
               ("Личинки мух Psilopa petrolei развиваются в выходах нефти.",)),)


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
@pytest.mark.parametrize("size", SIZES)
async def test_a_spelling_findings_words_go_to_the_dictionary_from_f5(tmp_path: Path, size: tuple[int, int]) -> None:
    """The chapter's 32 spelling findings were Latin names and people's names, each saying "Add a
    word to the project dictionary if it is right"; `F5` and the palette had no way to (only the
    editor's `alt+s`, one word at the cursor), and a word added there stayed flagged in every other
    segment until the next full run. `d` on a spelling finding adds its words (all, or one), and
    every finding of them goes at once, the other segment's too."""
    path = build_project(tmp_path / "chapter", CHAPTER)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        listed = screen.query_one(FindingList)
        spelling = [f for f in screen.shown if f.check == "spelling"]
        assert [f.segment for f in spelling] == [1, 3]
        for _ in range(screen.shown.index(spelling[0])):
            await pilot.press("down")
        assert listed.current == spelling[0]
        await pilot.press("d")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        assert modal.values == [("Psilopa", "petrolei"), ("Psilopa",), ("petrolei",)]
        await pilot.press("enter")  # the first choice: all of them
        await settle(pilot)
        await settle(pilot)
        words = (path / DICTIONARY_FILE).read_text(encoding="utf-8").split()
        assert {"Psilopa", "petrolei"} <= set(words)
        assert [f for f in app.findings.all() if f.check == "spelling"] == []
        assert [f for f in screen.shown if f.check == "spelling"] == []


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
async def test_a_word_added_in_the_editor_leaves_every_segments_findings(tmp_path: Path) -> None:
    """`alt+s` "Add «Psilopa» to the project dictionary" on segment 1 left segment 3's finding of the
    same word in `F5` and its grid mark until the next full run."""
    from tui_helpers import open_editor

    path = build_project(tmp_path / "chapter", CHAPTER)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert [f.segment for f in screen.shown if f.check == "spelling"] == [1, 3]
        editor_screen = await open_editor(pilot, 1)
        await pilot.press("enter")
        editor_screen.editor.move_cursor((0, len("Личинки мух Ps")))
        await pilot.press("alt+s")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        modal.dismiss(modal.values[-1])  # add «Psilopa» to the project dictionary
        await settle(pilot)
        await settle(pilot)
        left = [f for f in app.findings.all() if f.check == "spelling"]
        assert [f.message for f in left] == [
            "Possibly misspelt: «petrolei». Add a word to the project dictionary if it is right.",
            "Possibly misspelt: «petrolei». Add a word to the project dictionary if it is right.",
        ]


@pytest.mark.parametrize("size", SIZES)
async def test_the_findings_list_keeps_its_place(tmp_path: Path, size: tuple[int, int]) -> None:
    """Working down the chapter's findings, each one accepted (or fixed in `F4`, or its word added to
    the dictionary) sent the cursor back to the first finding of the list. It stays where the
    reviewer was: on the finding that took the accepted one's place, on the same one after a visit
    to the editor."""
    path = build_project(tmp_path / "chapter", SAMPLE_BEADS)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        listed = screen.query_one(FindingList)
        assert len(screen.shown) >= 4
        await pilot.press("down", "down")
        chosen, following = screen.shown[2], screen.shown[3]
        assert listed.current == chosen
        await pilot.press("a", *"a quotation", "enter")
        await settle(pilot)
        assert chosen not in screen.shown
        assert listed.current == following
        await pilot.press("enter")  # to its segment in the editor, and back
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert app.screen is screen
        assert listed.current == following


@pytest.mark.parametrize("size", SIZES)
async def test_the_editor_goes_from_finding_to_finding(tmp_path: Path, size: tuple[int, int]) -> None:
    """A reviewer of a finished translation (every pair confirmed by `mark-translated`) had no key
    from one finding to the next in the editor: `ctrl+n` finds no unconfirmed segment, the palette
    nothing for "finding". `alt+n` / `alt+p` ("segment: next/previous with a finding") go there,
    round the end."""
    from tui_helpers import open_editor

    from workbench.tui.widgets.segment_grid import SegmentGrid

    path = build_project(tmp_path / "chapter", SAMPLE_BEADS)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)  # the checks run
        await settle(pilot)
        with_findings = sorted({f.segment for f in app.findings.all()})
        assert len(with_findings) >= 2 and with_findings[0] > 1
        editor = await open_editor(pilot, 1)
        grid = editor.query_one(SegmentGrid)
        visited = []
        for _ in range(len(with_findings) + 1):
            await pilot.press("alt+n")
            await settle(pilot)
            visited.append(grid.cursor + 1)
        assert visited == [*with_findings, with_findings[0]]
        await pilot.press("alt+p")
        await settle(pilot)
        assert grid.cursor + 1 == with_findings[-1]


@pytest.mark.parametrize("size", SIZES)
async def test_a_finding_accepted_by_mistake_is_reported_again_from_f5(tmp_path: Path, size: tuple[int, int]) -> None:
    """A finding accepted as a false positive by mistake could be brought back only with
    `workbench check revoke`: the TUI showed no acceptance anywhere. `A` in `F5` ("finding: report
    an accepted one again") lists them with their reasons; the one chosen is listed again."""
    from workbench.core.check_records import list_acceptances
    from workbench.core.project import Project

    path = build_project(tmp_path / "chapter", SAMPLE_BEADS)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        listed = screen.query_one(FindingList)
        local = next(f for f in screen.shown if f.check in {"term-missing", "number-mismatch"})
        listed.move_to(screen.shown.index(local))
        await pilot.press("a", *"by mistake", "enter")
        await settle(pilot)
        assert local not in screen.shown
        await pilot.press("A")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        assert len(modal.values) == 1 and "by mistake" in str(modal.query_one("OptionList").get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert local in screen.shown
        with Project.open(path) as project:
            assert list_acceptances(project) == []


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
async def test_a_latin_name_copied_from_the_source_is_no_spelling_finding(tmp_path: Path) -> None:
    """The chapter's Latin binomials, copied from the source as they stand, were spelling findings
    (the author's spelling, not the translator's): neither `F5` nor the editor's underline shows
    them, and the editor's `alt+s` finds no misspelt word to add."""
    from tui_helpers import open_editor

    path = build_project(tmp_path / "chapter", COPIED)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert [f for f in screen.shown if f.check == "spelling"] == []
        editor_screen = await open_editor(pilot, 1)
        await pilot.press("enter")
        assert editor_screen.editor.misspelt_at_cursor() is None
        editor_screen.editor.insert(" Psilopa petrolie")  # a slip in the copy is the translator's
        assert editor_screen.editor.misspelt_at_cursor() is not None
