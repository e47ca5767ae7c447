"""Tracked changes by every path that changes a confirmed target: replace, tools' bulk changes,
merge, split and a moved sentence, each undoable with its kept original."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.editing.replace import ReplaceQuery, apply_replace, plan_replace
from workbench.core.editing.review import revisions, to_html
from workbench.core.ingest.importing import import_text
from workbench.core.project import Project

EN = "The club opened in 1923. Workers came every evening.\n\nThe party backed the clubs. Trade unions paid for them.\n"
RU = "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\nПартия поддержала клубы. Профсоюзы платили за них.\n"


@pytest.fixture
def aligned(project: Project, tmp_path: Path) -> Project:
    """Four aligned one-sentence pairs, all confirmed by the translator."""
    (tmp_path / "ch1.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ch1.ru.txt").write_text(RU, encoding="utf-8")
    import_text(project, tmp_path / "ch1.en.txt", tmp_path / "ch1.ru.txt")
    for segment in project.segments():
        editing.confirm(project, segment.id)
    return project


def changes(project: Project) -> list[tuple[int, str, str]]:
    return [(r.position, r.original, r.revised) for r in revisions(project)]


def test_a_replace_keeps_every_confirmed_original_and_undo_takes_them_back(aligned: Project) -> None:
    plan = plan_replace(aligned, ReplaceQuery("клуб", "кружок", mode="forms"))
    apply_replace(aligned, plan)
    assert changes(aligned) == [
        (1, "Клуб открылся в 1923 году.", "Кружок открылся в 1923 году."),
        (3, "Партия поддержала клубы.", "Партия поддержала кружки."),
    ]
    editing.undo(aligned)
    assert changes(aligned) == []
    assert aligned.db.execute("select count(*) from review_revisions").fetchone()[0] == 0
    editing.redo(aligned)
    assert [p for p, _, _ in changes(aligned)] == [1, 3]


def test_a_tool_changing_a_confirmed_target_keeps_the_original(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.apply_changes(aligned, "pretranslate", {first.id: {"target": "Клуб открыли в 1923 году."}})
    assert changes(aligned) == [(1, "Клуб открылся в 1923 году.", "Клуб открыли в 1923 году.")]


def test_a_merge_carries_the_originals_of_both_parts(aligned: Project) -> None:
    first, second = aligned.segments()[:2]
    editing.set_target(aligned, second.id, "Рабочие приходили по вечерам.")
    editing.merge_next(aligned, first.id)
    assert changes(aligned) == [(
        1,
        "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.",
        "Клуб открылся в 1923 году. Рабочие приходили по вечерам.",
    )]
    # merging changed no word: an edit after it is compared with both parts as confirmed
    third, fourth = aligned.segments()[1:3]
    editing.merge_next(aligned, third.id)
    assert [p for p, _, _ in changes(aligned)] == [1]
    merged = aligned.segments()[1]
    editing.set_target(aligned, merged.id, "Партия поддержала клубы. Профсоюзы за них платили.")
    assert changes(aligned)[1] == (
        2, "Партия поддержала клубы. Профсоюзы платили за них.", "Партия поддержала клубы. Профсоюзы за них платили."
    )
    editing.undo(aligned)
    editing.undo(aligned)
    editing.undo(aligned)  # the first merge: each part has its own original again
    assert changes(aligned) == [(2, "Рабочие приходили каждый вечер.", "Рабочие приходили по вечерам.")]
    assert fourth.id in {s.id for s in aligned.segments()}


def test_a_split_cuts_the_original_where_the_target_is_cut(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.merge_next(aligned, first.id)
    editing.set_target(aligned, first.id, "Клуб открыли в 1923 году. Рабочие приходили каждый вечер.")
    one, two = editing.split(aligned, first.id, 1, 1)
    assert (one.target, two.target) == ("Клуб открыли в 1923 году.", "Рабочие приходили каждый вечер.")
    assert changes(aligned) == [(1, "Клуб открылся в 1923 году.", "Клуб открыли в 1923 году.")]
    # the second part has its original too: an edit of it is compared with what the translator had
    editing.set_target(aligned, two.id, "Рабочие шли каждый вечер.")
    assert changes(aligned)[1] == (2, "Рабочие приходили каждый вечер.", "Рабочие шли каждый вечер.")


def test_a_moved_target_sentence_takes_its_original_along(aligned: Project) -> None:
    first, second = aligned.segments()[:2]
    editing.set_target(aligned, second.id, "Рабочие приходили по вечерам.")
    editing.move_sentence(aligned, second.id, "target", "previous")
    # the words moved with their original: the change is now the first segment's
    assert changes(aligned) == [(
        1,
        "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.",
        "Клуб открылся в 1923 году. Рабочие приходили по вечерам.",
    )]
    editing.undo(aligned)
    assert changes(aligned) == [(2, "Рабочие приходили каждый вечер.", "Рабочие приходили по вечерам.")]
    assert aligned.segments()[0].target == "Клуб открылся в 1923 году."
    assert first.id == aligned.segments()[0].id


def test_the_report_shows_changes_of_every_path(aligned: Project) -> None:
    first, second, third, _ = aligned.segments()
    apply_replace(aligned, plan_replace(aligned, ReplaceQuery("1923", "1924")))
    editing.merge_next(aligned, second.id)
    editing.set_target(aligned, second.id, "Партия поддержала клубы.")
    page = to_html(revisions(aligned), title="ch1", source_lang="en", target_lang="ru")
    assert "<del>1923</del><ins>1924</ins>" in page
    assert "<del>Рабочие приходили каждый вечер. </del>Партия поддержала клубы." in page
    del first, third
