"""The translation editor on a segment whose one word 100,000 concepts share (hardening, round
seventeen).

Opening the segment (F4) held the drawing thread 44 s: the term panel made two options per
concept (200,000), and the source view styled the word's span once per concept. The panel lists
the first `MAX_SHOWN_TERMS` terms and says how many more there are; each span is styled once.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, TabbedContent

from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.terminology import import_termbase_file
from workbench.tui.app import make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import MAX_SHOWN_FINDINGS, FindingsPanel
from workbench.tui.widgets.segment_view import SourceView
from workbench.tui.widgets.term_panel import MAX_SHOWN_TERMS, TermPanel

CONCEPTS = 600


async def test_a_word_of_many_concepts_lists_some_and_counts_the_rest(tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").write_text("The library is closed.\tЗал закрыт.\n", "utf-8")
    (tmp_path / "terms.csv").write_text(
        "id,en,ru\n" + "".join(f"c{i:03},library,библиотека\n" for i in range(CONCEPTS)), "utf-8"
    )
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
    app = make_app(tmp_path / "proj")
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(3):
            for worker in list(app.workers):
                await worker.wait()
            await pilot.pause()
        await pilot.press("f4")
        for _ in range(3):
            for worker in list(app.workers):
                await worker.wait()
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        panel = screen.query_one(TermPanel)
        options = panel.query_one("#term-list", OptionList)
        assert options.option_count == 2 * MAX_SHOWN_TERMS + 1
        last = options.get_option_at_index(options.option_count - 1)
        assert f"{CONCEPTS - MAX_SHOWN_TERMS} more terms" in str(last.prompt)
        assert f"{CONCEPTS} terms" in str(panel.query_one("#term-summary").render())
        assert [t.text for t in panel.approved_terms()] == ["библиотека"] * MAX_SHOWN_TERMS
        drawn = screen.query_one(SourceView)._content
        assert drawn is not None and len(drawn.spans) < 5
        # The findings panel too lists some and counts the rest (round eighteen: it listed all 100,000).
        findings = screen.query_one(FindingsPanel)
        assert len(findings.findings) == CONCEPTS
        screen.query_one(TabbedContent).active = "findings-tab"  # a panel is drawn when it is shown
        await pilot.pause()
        listed = findings.query_one("#findings-list", OptionList)
        assert listed.option_count == MAX_SHOWN_FINDINGS + 1
        more = listed.get_option_at_index(MAX_SHOWN_FINDINGS)
        assert f"{CONCEPTS - MAX_SHOWN_FINDINGS} more findings" in str(more.prompt) and more.disabled
        assert f"{CONCEPTS} findings" in str(findings.query_one("#findings-summary").render())
