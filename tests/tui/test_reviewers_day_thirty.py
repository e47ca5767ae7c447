"""Session 30's user day: the leftovers of earlier days (a dictionary word added in the editor had
no undo, the memory's concordance never played, keys typed after tab, the team reviewer's copy),
then a reviewer's day on the workers' clubs sample, driven at 80x24 as the keys were pressed."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import Bead, build_project, open_editor, settle

from workbench.core.spelling import available, read_project_words
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.choice_modal import ChoiceModal

SMALL = (80, 24)
CHAPTER = (
    Bead(("Larvae of the petroleum fly develop in seepages of crude oil.",),
         ("Личинки мух Psilopa развиваются в выходах нефти.",)),
    Bead(("This is the only insect able to live and feed in oil.",),
         ("Это единственное насекомое, способное жить и питаться в нефти.",)),
    Bead(("Was the Creator in a jocular mood when he made the petroleum fly?",),
         ("Находился ли Творец в шутливом настроении, когда создал Psilopa?",)),
)


def notices(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def spelling_segments(app: WorkbenchApp) -> list[int | None]:
    return sorted(f.segment_id for f in app.findings.all() if f.check == "spelling")


async def add_psilopa(pilot, screen) -> None:  # type: ignore[no-untyped-def]
    screen.editor.move_cursor((0, len("Личинки мух Ps")))
    await pilot.press("alt+s")
    modal = pilot.app.screen
    assert isinstance(modal, ChoiceModal)
    modal.dismiss(modal.values[-1])  # add «Psilopa» to the project dictionary
    await settle(pilot)
    await settle(pilot)


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
async def test_a_word_added_in_the_editor_is_undone_by_ctrl_z_in_the_text(tmp_path: Path) -> None:
    """`alt+s` "Add «Psilopa» to the project dictionary" had no undo in the editor (the findings
    view's `u` took back its own additions only): ctrl+z in the target, with nothing typed since,
    takes the word out and both segments' findings are back; ctrl+y adds it again."""
    path = build_project(tmp_path / "chapter", CHAPTER)
    app = make_app(path)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_editor(pilot, 1)
        await settle(pilot)
        flagged = spelling_segments(app)
        assert len(flagged) == 2
        await pilot.press("enter")  # into the target
        await add_psilopa(pilot, screen)
        assert "Psilopa" in read_project_words(path)
        assert spelling_segments(app) == []
        assert screen.editor.has_focus
        await pilot.press("ctrl+z")
        await settle(pilot)
        await settle(pilot)
        assert "Psilopa" not in read_project_words(path)
        assert spelling_segments(app) == flagged
        assert screen.editor.text == "Личинки мух Psilopa развиваются в выходах нефти."
        assert "Undone: adding «Psilopa» to the project dictionary" in notices(app)
        await pilot.press("ctrl+y")
        await settle(pilot)
        await settle(pilot)
        assert "Psilopa" in read_project_words(path)
        assert spelling_segments(app) == []


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
async def test_the_lists_ctrl_z_takes_edits_and_the_word_back_in_their_order(tmp_path: Path) -> None:
    """Segments 1 and 2 confirmed, the word added on segment 3, segment 3 confirmed: ctrl+z in the
    list undoes the third confirmation, then the word, then the second confirmation; ctrl+y redoes
    them in the same order."""
    from tui_helpers import stored

    def statuses() -> list[object]:
        return [row["status"] for row in stored(path)]

    path = build_project(tmp_path / "chapter", CHAPTER)
    app = make_app(path)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", "enter", "enter")  # into 1's target; 1 and 2 confirmed
        await settle(pilot)
        assert screen.current is not None and screen.current.target.endswith("Psilopa?")
        await add_psilopa(pilot, screen)
        await pilot.press("enter")  # 3 confirmed
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert statuses() == ["translated"] * 3
        assert not screen.editor.has_focus
        steps = []
        for _ in range(3):
            await pilot.press("ctrl+z")
            await settle(pilot)
            await settle(pilot)
            steps.append((statuses(), "Psilopa" in read_project_words(path)))
        assert steps == [
            (["translated", "translated", "draft"], True),
            (["translated", "translated", "draft"], False),
            (["translated", "draft", "draft"], False),
        ]
        steps = []
        for _ in range(3):
            await pilot.press("ctrl+y")
            await settle(pilot)
            await settle(pilot)
            steps.append((statuses(), "Psilopa" in read_project_words(path)))
        assert steps == [
            (["translated", "translated", "draft"], False),
            (["translated", "translated", "draft"], True),
            (["translated", "translated", "translated"], True),
        ]


async def send_burst(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys as a terminal sends a burst (tmux `send-keys`, a fast typist): all in the app's queue
    before the first is taken, as the driver posts them (Pilot's `press` waits after each)."""
    from textual import events

    for key in keys:
        character = key if len(key) == 1 else None
        pilot.app.post_message(events.Key(key, character))
    await settle(pilot)
    await settle(pilot)


async def test_keys_typed_in_a_burst_after_tab_go_to_the_next_field(tmp_path: Path) -> None:
    """`alt+r`, then "oil", tab, "нефть" sent at once: "нефть" landed in the find field after
    "oil" (Textual forwards each key to the focused field as it reads it, and tab moves the focus
    only once the field has passed it up to the screen); the key after tab goes where tab went."""
    from textual.widgets import Input

    path = build_project(tmp_path / "chapter", CHAPTER)
    app = make_app(path)
    async with app.run_test(size=SMALL) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+r")
        await settle(pilot)
        await send_burst(pilot, "o", "i", "l", "tab", "н", "е", "ф", "т", "ь")
        assert app.screen.query_one("#replace-find", Input).value == "oil"
        assert app.screen.query_one("#replace-with", Input).value == "нефть"
        await send_burst(pilot, "shift+tab", "s")  # back: the field's text is selected, and replaced
        assert app.screen.query_one("#replace-find", Input).value == "s"
        assert app.screen.query_one("#replace-with", Input).value == "нефть"


def memory_with_clubs(tmp_path: Path) -> Path:
    """A TMX of 60 units about clubs and one 2,000-character unit with the phrase near its end."""
    from xml.sax.saxutils import escape

    units = [(f"The club number {n} opened in 19{n:02d}.", f"Клуб номер {n} открылся в 19{n:02d} году.") for n in range(60)]
    long_source = "The workers marched along the high road, one, two! " * 39 + "At the very end stands the reading room."
    long_target = "Рабочие шли по дороге: раз-два! раз-два! " * 46 + "В самом конце стоит читальня."
    units.append((long_source, long_target))
    body = "".join(f'<tu><tuv xml:lang="en"><seg>{escape(s)}</seg></tuv><tuv xml:lang="ru"><seg>{escape(t)}</seg></tuv></tu>'
                   for s, t in units)
    path = tmp_path / "clubs.tmx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" '
                    'segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>'
                    f"<body>{body}</body></tmx>", encoding="utf-8")
    return path


async def concordance(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+f")
    await settle(pilot)
    pilot.app.focused.value = ""
    await pilot.press(*text, "enter")
    for _ in range(50):
        await settle(pilot)
        if "«" in str(pilot.app.screen.query_one("#memory-summary").render()):
            return
        await pilot.pause(0.1)


async def test_the_concordance_as_a_memoq_user_plays_it(tmp_path: Path) -> None:
    """At 80x24: a word in 60 units said "«club»: 50 units" (the list stops at 50); a 2,000-character
    unit filled the panel, its phrase in the thirtieth line; Enter on a memory's unit did nothing
    and said nothing. An inflected Russian word finds the target side's forms; no hit says so."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.tui.widgets.memory_panel import MemoryPanel, hit_label

    path = build_project(tmp_path / "chapter", CHAPTER)
    imported = CliRunner().invoke(main, ["memory", "import", str(path), str(memory_with_clubs(tmp_path))])
    assert imported.exit_code == 0, imported.output
    app = make_app(path)
    async with app.run_test(size=SMALL) as pilot:
        await open_editor(pilot, 1)
        panel = app.screen.query_one(MemoryPanel)
        await concordance(pilot, "club")
        summary = str(app.screen.query_one("#memory-summary").render())
        assert summary == "«club»: the newest 50 units shown; there are more (add a word to narrow it)"
        assert len(panel.hits) == 50
        await concordance(pilot, "reading room")
        [hit] = panel.hits
        assert len(hit.source) > 2000
        label = hit_label(hit).plain
        assert len(label) < 900 and "reading room" in label and label.count("…") == 2
        shown = hit_label(hit)
        bold = [shown.plain[span.start:span.end] for span in shown.spans if "reverse" in str(span.style)]
        assert bold == ["reading room"]
        await pilot.press("tab")
        await pilot.press("enter")
        await settle(pilot)
        assert notices(app)[-1] == ("A unit of the memory clubs.tmx, not a segment of this project: "
                                    "there is no segment to go to.")
        await concordance(pilot, "клубом")  # the target side, any form
        assert len(panel.hits) == 51 - 1 and all("Клуб" in h.target for h in panel.hits)
        await concordance(pilot, "xyzzy")
        assert str(app.screen.query_one("#memory-summary").render()) == "«xyzzy»: 0 units"


LONG = (  # the workers' clubs sample's second sentence, whose OCR slip the reviewer comments on
    Bead(("The interests of a politically insecure regime in these conditions meant reining in ideological "
          "utopianism, dampening self-destructive institutional squabbling, and limiting, as much a possible, "
          "the inroads made by the forces of cultural spontaneity.",),
         ("В этих условиях интересы политически неустойчивого режима состояли в том, чтобы обуздать "
          "идеологический утопизм, унять саморазрушительные межведомственные склоки и, насколько это было "
          "возможно, сдержать наступление сил культурной стихийности.",)),
    *CHAPTER,
)


async def test_the_review_report_holds_the_reviewers_rejections_and_comments(tmp_path: Path) -> None:
    """A reviewer's day at 80x24: her comment form quoted the source cut at 200 characters with no
    sign of the cut ("…as much a possible, the i"); the review report (`review: tracked changes`,
    `e`) held the tracked changes alone, not the segment she sent back nor her comments."""
    from workbench.tui.screens.review_modal import REPORT_FILE

    path = build_project(tmp_path / "chapter", LONG)
    app = make_app(path)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+c")
        await settle(pilot)
        quoted = str(app.screen.query_one("#text-about").render())
        assert quoted.endswith("the i…") and len(quoted) == 201
        await pilot.press(*"OCR slip: as much a possible", "enter")
        await settle(pilot)
        screen.grid.move_to(2)
        await settle(pilot)
        await app.run_action("screen.reject_segment")
        await settle(pilot)
        await pilot.press(*"Say it plainly.", "enter")
        await settle(pilot)
        await app.run_action("show_review")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
    page = (path / REPORT_FILE).read_text(encoding="utf-8")
    assert "Sent back and commented: 2 segments, 1 rejected" in page
    assert "OCR slip: as much a possible" in page and "Say it plainly." in page
    assert page.index('id="n-1"') < page.index('id="n-3"') and "rejected by" in page.split('id="n-3"')[1]
