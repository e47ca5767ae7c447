"""Statistics, memory analysis, pre-translation and tracked changes on real project files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.editing.pretranslation import pretranslate
from workbench.core.editing.review import revisions, to_html
from workbench.core.ingest.importing import import_tsv
from workbench.core.memory import TranslationMemory
from workbench.core.project import Project
from workbench.core.stats import analyse, band_for, project_statistics
from workbench.formats.base import TranslationUnit

PAIRS = [
    ("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году."),
    ("The club had a library and a theatre.", ""),
    ("The workers' club opened in 1923.", ""),  # a repetition of the first
    ("Trade unions paid for the clubs in every town.", ""),
    ("Nothing in any memory looks like this sentence at all.", ""),
]
SHARED = [
    ("The club had a library and a theatre.", "В клубе были библиотека и театр."),
    ("Trade unions paid for the clubs in every city.", "Профсоюзы платили за клубы в каждом городе."),
]


@pytest.fixture
def tsv_project(project: Project, tmp_path: Path) -> Project:
    path = tmp_path / "p.tsv"
    path.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    import_tsv(project, path)
    editing.confirm(project, project.segments()[0].id)
    with TranslationMemory.for_project(project) as tm:
        tm.import_units("shared.tmx", [TranslationUnit(s, t, "en", "ru") for s, t in SHARED])
    return project


def test_statistics_per_status_and_document(tsv_project: Project) -> None:
    stats = project_statistics(tsv_project)
    assert stats.total.segments == 5
    assert stats.by_status["translated"].segments == 1
    assert stats.by_status["translated"].words == 6  # The workers' club opened in 1923
    assert stats.by_status["draft"].segments == 4
    assert stats.by_status["reviewed"].segments == 0
    assert stats.total.words == sum(len(s.rstrip(".").split()) for s, _ in PAIRS)
    assert stats.total.target_words == 6
    assert [d.name for d in stats.documents] == ["p"]
    assert stats.documents[0].total == stats.total


def test_the_analysis_given_the_statistics_is_the_same(tsv_project: Project) -> None:
    """`analyse(..., statistics=...)` takes each segment's counts from the statistics instead of counting again."""
    statistics = project_statistics(tsv_project)
    assert set(statistics.segments) == {s.id for s in tsv_project.segments()}
    with TranslationMemory.for_project(tsv_project) as tm:
        tm.sync_project(tsv_project)
        alone = analyse(tsv_project, tm, memories=("project", "shared.tmx"))
        lent = analyse(tsv_project, tm, memories=("project", "shared.tmx"), statistics=statistics)
    assert lent == alone
    assert lent.total.words == statistics.total.words


def test_analysis_bands(tsv_project: Project) -> None:
    with TranslationMemory.for_project(tsv_project) as tm:
        tm.sync_project(tsv_project)
        analysis = analyse(tsv_project, tm, memories=("project", "shared.tmx"))
    by_segment = {a.segment_id: a for a in analysis.segments}
    ids = [s.id for s in tsv_project.segments()]
    # the first is confirmed: its own project unit is left out, so nothing matches it
    assert by_segment[ids[0]].band == "no-match"
    assert (by_segment[ids[1]].band, by_segment[ids[1]].memory) == ("100", "shared.tmx")
    assert by_segment[ids[2]].band == "repetition"
    assert by_segment[ids[3]].band in ("85-94", "95-99") and by_segment[ids[3]].score is not None
    assert by_segment[ids[4]].band == "no-match"
    assert analysis.bands["repetition"].segments == 1
    assert analysis.total.segments == 5
    assert analysis.total.words == project_statistics(tsv_project).total.words


@pytest.mark.parametrize(
    ("score", "band"),
    [(None, "no-match"), (49, "no-match"), (50, "50-74"), (74, "50-74"), (75, "75-84"), (84, "75-84"),
     (85, "85-94"), (94, "85-94"), (95, "95-99"), (99, "95-99"), (100, "100")],
)
def test_band_edges(score: int | None, band: str) -> None:
    assert band_for(score).id == band


def test_pretranslation_fills_exact_then_fuzzy_and_is_one_undo_step(tsv_project: Project) -> None:
    with TranslationMemory.for_project(tsv_project) as tm:
        tm.sync_project(tsv_project)
        exact = pretranslate(tsv_project, tm)
        assert [(f.position, f.score) for f in exact.fills] == [(2, 100), (3, 100)]  # shared, then project memory
        assert exact.empty == 4
        fuzzy = pretranslate(tsv_project, tm, min_score=80)
    assert [(f.position, f.memory) for f in fuzzy.fills] == [(4, "shared.tmx")]
    segments = tsv_project.segments()
    assert segments[3].target == SHARED[1][1] and segments[3].prefilled == fuzzy.fills[0].score < 100
    assert all(s.status == "draft" for s in segments[1:])  # to be reviewed
    assert segments[1].prefilled == 100
    editing.undo(tsv_project)  # the fuzzy run
    assert tsv_project.segments()[3].target == "" and tsv_project.segments()[3].prefilled is None
    editing.undo(tsv_project)  # the exact run, as one step
    assert [s.target for s in tsv_project.segments()[1:]] == ["", "", "", ""]


def test_pretranslation_refuses_a_threshold_below_fifty(tsv_project: Project) -> None:
    from workbench.errors import InputError

    with TranslationMemory.for_project(tsv_project) as tm, pytest.raises(InputError):
        pretranslate(tsv_project, tm, min_score=30)


def test_tracked_changes_keep_the_confirmed_version(tsv_project: Project) -> None:
    first = tsv_project.segments()[0]
    draft = tsv_project.segments()[1]
    editing.set_target(tsv_project, draft.id, "Черновик.")  # a draft: no tracked change
    editing.set_target(tsv_project, first.id, "Рабочий клуб открыли в 1923 году.")
    editing.set_target(tsv_project, first.id, "Рабочий клуб открыли в 1923 г.")  # the editor goes on
    found = revisions(tsv_project)
    assert [r.segment_id for r in found] == [first.id]
    rev = found[0]
    assert rev.original == PAIRS[0][1] and rev.revised == "Рабочий клуб открыли в 1923 г."
    assert ("delete", "открылся") in [(c.op, c.text) for c in rev.diff]
    assert ("insert", "открыли") in [(c.op, c.text) for c in rev.diff]
    assert rev.words_changed == 4
    editing.undo(tsv_project)  # the two saves coalesced: back to the confirmed text
    assert revisions(tsv_project) == []


def test_a_change_of_case_is_a_tracked_change_and_the_report_escapes(tsv_project: Project) -> None:
    first = tsv_project.segments()[0]
    editing.set_target(tsv_project, first.id, "<b>рабочий</b> клуб открылся в 1923 году.")
    rev = revisions(tsv_project)[0]
    assert [c.op for c in rev.diff][:2] == ["delete", "insert"]
    page = to_html([rev], title="<script>x</script>", source_lang="en", target_lang="ru")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;" in page
    assert "<del>Рабочий</del>" in page
