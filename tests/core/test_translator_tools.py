"""Go to, filters, search and replace, comments: the translator's everyday tools, on real project files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.checks.comments import comment_findings
from workbench.core.editing.replace import (
    ReplaceQuery,
    apply_replace,
    choose_forms,
    grammar_of,
    plan_replace,
)
from workbench.core.ingest.importing import import_pairs, import_tmx, import_tsv
from workbench.core.navigation.filters import (
    FilterContext,
    SegmentFilter,
    TextQuery,
    filter_segments,
)
from workbench.core.navigation.jumps import JumpHistory, index_of_position, parse_position
from workbench.core.project import Project
from workbench.core.project.comments import (
    add_comment,
    all_comments,
    comments_of,
    parse_comment_note,
    resolve_comment,
)
from workbench.core.project.exporting import export_project
from workbench.core.project.model import SegmentStatus
from workbench.core.terminology import project_concepts
from workbench.errors import InputError
from workbench.formats.registry import format_named

ROWS = [
    ("The workers' club opened.", "Рабочий клуб открылся.", "translated"),
    ("There are no clubs here.", "Здесь нет клубов.", "draft"),
    ("We spoke about clubs.", "Мы говорили о клубах.", "draft"),
    ("Club life was rich.", "Клубная жизнь была богатой.", "reviewed"),
    ("Nothing else.", "", "draft"),
]


@pytest.fixture
def tsv_project(project: Project, tmp_path: Path) -> Project:
    path = tmp_path / "clubs.tsv"
    path.write_text("".join(f"{s}\t{t}\n" for s, t, _ in ROWS), "utf-8")
    import_pairs(project, path, ROWS, kind="tsv")  # with each row's status
    return project


def context(project: Project, **extra: object) -> FilterContext:
    return FilterContext(project.config.source_lang, project.config.target_lang, **extra)  # type: ignore[arg-type]


def positions(project: Project, flt: SegmentFilter, ctx: FilterContext | None = None) -> list[int]:
    segments = project.segments()
    return [segments[i].position for i in filter_segments(segments, flt, ctx or context(project))]


# -- filters -------------------------------------------------------------------------


def test_an_empty_filter_keeps_everything_and_describes_nothing(tsv_project: Project) -> None:
    assert positions(tsv_project, SegmentFilter()) == [1, 2, 3, 4, 5]
    assert SegmentFilter().describe() == "" and not SegmentFilter().active


def test_filter_by_status_and_plain_text_combine(tsv_project: Project) -> None:
    drafts = SegmentFilter(statuses=frozenset({SegmentStatus.DRAFT}))
    assert positions(tsv_project, drafts) == [2, 3, 5]
    both = SegmentFilter(statuses=drafts.statuses, text=TextQuery("клуб"))
    assert positions(tsv_project, both) == [2, 3]
    assert both.describe() == "status draft · text «клуб»"


def test_any_inflected_form_finds_every_case_but_not_another_word(tsv_project: Project) -> None:
    # «клуб» in the nominative, genitive plural and prepositional plural; «Клубная» is another lemma
    assert positions(tsv_project, SegmentFilter(text=TextQuery("клуб", mode="forms"))) == [1, 2, 3]
    assert positions(tsv_project, SegmentFilter(text=TextQuery("club", mode="forms"))) == [1, 2, 3, 4]
    assert positions(tsv_project, SegmentFilter(text=TextQuery("рабочие клубы", mode="forms"))) == [1]


def test_regex_and_case_and_side(tsv_project: Project) -> None:
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"^Клуб", mode="regex", case_sensitive=True))) == [4]
    assert positions(tsv_project, SegmentFilter(text=TextQuery("club", side="target"))) == []
    with pytest.raises(InputError, match="regular expression"):
        positions(tsv_project, SegmentFilter(text=TextQuery("(", mode="regex")))


def test_filter_by_finding_check_and_severity(tsv_project: Project) -> None:
    def findings_of(segment: object) -> list[tuple[str, str]]:
        return [("untranslated", "error")] if not segment.target else [("whitespace", "info")]

    ctx = context(tsv_project, findings_of=findings_of)
    assert positions(tsv_project, SegmentFilter(checks=frozenset({"untranslated"})), ctx) == [5]
    assert positions(tsv_project, SegmentFilter(severities=frozenset({"info"})), ctx) == [1, 2, 3, 4]
    assert positions(tsv_project, SegmentFilter(checks=frozenset({"untranslated"}), severities=frozenset({"info"})), ctx) == []


def test_filter_by_term_finds_the_concept_in_any_form(sample_project: Path) -> None:
    with Project.open(sample_project) as project:
        concepts = project_concepts(project)
        ctx = context(project, concepts=concepts)
        segments = project.segments()
        club = next(c for c in concepts if any(t.text == "workers' club" for t in c.terms))
        kept = [segments[i] for i in filter_segments(segments, SegmentFilter(concept=club.id), ctx)]
        assert kept and all("club" in s.source.lower() or "клуб" in s.target.lower() for s in kept)
        with pytest.raises(InputError, match="no concept"):
            filter_segments(segments, SegmentFilter(concept="nope"), ctx)


def test_filter_by_confidence_below(sample_project: Path) -> None:
    with Project.open(sample_project) as project:
        segments = project.segments()
        ctx = context(project)
        below = [segments[i] for i in filter_segments(segments, SegmentFilter(confidence_below=1.01 - 0.01), ctx)]
        assert all(s.confidence is not None and s.confidence < 1.0 for s in below)
        with pytest.raises(InputError):
            filter_segments(segments, SegmentFilter(confidence_below=2.0), ctx)


# -- go to and back -----------------------------------------------------------------------


def test_go_to_refuses_digits_int_cannot_read_and_numbers_of_any_length_in_one_line() -> None:
    """'²' passed `str.isdigit` and `int` then refused it, as it refuses 4,300 digits and more:
    a ValueError that ended the app (its go-to takes a paste). Hardening, round eight."""
    for bad, said in (("²", "whole number"), ("①", "whole number"), ("9" * 5000, "there is no segment 999"),
                      ("0" * 5000 + "3", None)):
        if said is None:
            assert parse_position(bad, 5) == 3
            continue
        with pytest.raises(InputError, match=said) as refused:
            parse_position(bad, 5)
        assert len(str(refused.value)) < 200


def test_go_to_parses_numbers_and_finds_rows_in_a_filtered_list(tsv_project: Project) -> None:
    assert parse_position(" 1 ", 5) == 1
    for bad in ("0", "6", "x", "-1", ""):
        with pytest.raises(InputError):
            parse_position(bad, 5)
    segments = tsv_project.segments()
    shown = [segments[1], segments[3]]
    assert index_of_position(shown, 4) == 1
    assert index_of_position(shown, 3) is None


def test_jump_history_goes_back_and_forward_skipping_vanished_segments() -> None:
    history = JumpHistory()
    history.jumped(1, 10)
    history.jumped(10, 20)
    history.jumped(20, 30)
    assert history.go_back(30) == 20
    assert history.go_back(20, exists=lambda i: i != 10) == 1  # 10 was merged away
    assert history.go_forward(1) == 20
    history.jumped(20, 40)
    assert history.go_forward(40) is None


# -- search and replace --------------------------------------------------------------------


def test_replace_offers_each_match_the_replacement_in_its_own_form_and_undoes_in_one_step(tsv_project: Project) -> None:
    changes = plan_replace(tsv_project, ReplaceQuery("клуб", "кружок", mode="forms"))
    assert [c.after for c in changes] == ["Рабочий кружок открылся.", "Здесь нет кружков.", "Мы говорили о кружках."]
    assert changes[1].replacements[0].form == "genitive plural"
    assert [s.target for s in tsv_project.segments()][1] == "Здесь нет клубов."  # the plan changed nothing
    assert apply_replace(tsv_project, changes) == 3
    assert [s.target for s in tsv_project.segments()][:3] == [c.after for c in changes]
    history = editing.history(tsv_project)
    assert history[0].action == "replace" and history[0].segments == 3
    editing.undo(tsv_project)
    assert [s.target for s in tsv_project.segments()] == [t for _, t, _ in ROWS]



@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        ("клубу рабочих", ("dative", "singular")),  # the genitive dependent keeps its case
        ("клуба рабочих", ("genitive", "singular")),
        ("клубами рабочих завода", ("instrumental", "plural")),
        ("рабочих клубов", ("genitive", "plural")),  # words that agree decide together
        ("рабочему клубу", ("dative", "singular")),
    ],
)
def test_a_phrase_is_read_in_its_head_nouns_case(phrase: str, reading: tuple[str, str]) -> None:
    assert grammar_of(phrase)[0] == reading


def test_a_phrase_with_a_genitive_dependent_is_replaced_in_each_matchs_case() -> None:
    from workbench.core.editing import target_rewriter

    rewrite = target_rewriter(ReplaceQuery("клуб рабочих", "рабочий клуб", mode="forms"), "ru")
    assert [rewrite(text) for text in ("Помощь клубу рабочих.", "Нет клуба рабочих.", "Клуб рабочих открылся.",
                                       "О клубах рабочих.", "Здесь нет клуба.")] == [
        "Помощь рабочему клубу.", "Нет рабочего клуба.", "Рабочий клуб открылся.", "О рабочих клубах.", None,
    ]

def test_replace_lets_the_translator_choose_another_form_per_match(tsv_project: Project) -> None:
    changes = plan_replace(tsv_project, ReplaceQuery("клуб", "кружок", mode="forms"))
    choices = changes[1].replacements[0].choices
    assert choices[0] == "кружков"  # the proposed form first, then every other one
    assert {"кружка", "кружку", "кружком", "кружки"} <= set(choices) and len(set(choices)) == len(choices)
    chosen = choose_forms(changes, {2: "кружка", 3: "кружке"})
    assert [c.after for c in chosen] == ["Рабочий кружок открылся.", "Здесь нет кружка.", "Мы говорили о кружке."]
    assert [c.before for c in chosen] == [c.before for c in changes]
    apply_replace(tsv_project, chosen)
    assert [s.target for s in tsv_project.segments()][1:3] == ["Здесь нет кружка.", "Мы говорили о кружке."]
    with pytest.raises(InputError, match="no match 9"):
        choose_forms(changes, {9: "x"})


def test_replace_plain_whole_word_case_and_regex(tsv_project: Project) -> None:
    assert [c.after for c in plan_replace(tsv_project, ReplaceQuery("клуб", "дом", whole_word=True))] == [
        "Рабочий дом открылся."]
    assert plan_replace(tsv_project, ReplaceQuery("КЛУБ", "дом", case_sensitive=True)) == []
    regex = plan_replace(tsv_project, ReplaceQuery(r"(\w+)ая жизнь", r"жизнь \1ая", mode="regex"))
    assert [c.after for c in regex] == ["жизнь Клубная была богатой."]
    with pytest.raises(InputError):
        plan_replace(tsv_project, ReplaceQuery("(", "x", mode="regex"))



def test_a_replace_previews_the_targets_as_they_would_be_stored(tsv_project: Project) -> None:
    # Every write cleans terminal control away: the preview shows that text, and a
    # replacement that changes nothing once cleaned (or at all) is no change to make.
    assert plan_replace(tsv_project, ReplaceQuery("клуб", "клуб", whole_word=True)) == []
    assert plan_replace(tsv_project, ReplaceQuery("клуб", "клуб\x1b]0;title\x07", whole_word=True)) == []
    [change] = plan_replace(tsv_project, ReplaceQuery("клуб", "дом\x1b[31m", whole_word=True))
    assert change.after == "Рабочий дом открылся."
    assert apply_replace(tsv_project, [change]) == 1
    assert tsv_project.segment(change.segment_id).target == "Рабочий дом открылся."

def test_a_replace_refuses_a_target_changed_since_the_preview(tsv_project: Project) -> None:
    changes = plan_replace(tsv_project, ReplaceQuery("клубов", "домов"))
    editing.set_target(tsv_project, changes[0].segment_id, "Другой текст.")
    with pytest.raises(editing.StaleEdit):
        apply_replace(tsv_project, changes)
    assert tsv_project.segment(changes[0].segment_id).target == "Другой текст."


def test_grammar_of_a_phrase_agrees_across_its_words() -> None:
    assert grammar_of("рабочих клубов")[0] == ("genitive", "plural")
    assert ("nominative", "plural") in grammar_of("клубы")


# -- comments ------------------------------------------------------------------------------


def test_comments_are_written_resolved_and_listed_as_findings(tsv_project: Project) -> None:
    segment = tsv_project.segments()[1]
    comment = add_comment(tsv_project, segment.id, "  «клубов» or «клубы»?  ", author="editor")
    assert comment.open and comment.text == "«клубов» or «клубы»?"
    findings = comment_findings(all_comments(tsv_project), tsv_project.segments())
    assert [(f.segment, f.check) for f in findings] == [(2, "comment")]
    ctx = context(tsv_project, comments={segment.id: True})
    assert positions(tsv_project, SegmentFilter(comments="open"), ctx) == [2]
    resolved = resolve_comment(tsv_project, comment.id, by="translator")
    assert not resolved.open and resolved.resolved_by == "translator"
    assert comment_findings(all_comments(tsv_project), tsv_project.segments()) == []
    assert comments_of(tsv_project, segment.id) == [resolved]
    with pytest.raises(InputError):
        add_comment(tsv_project, segment.id, "   ")
    with pytest.raises(InputError):
        add_comment(tsv_project, 999_999, "text")


def test_comments_travel_in_tmx_notes_and_come_back_on_import(tsv_project: Project, tmp_path: Path) -> None:
    first = tsv_project.segments()[0]
    add_comment(tsv_project, first.id, "Check the term.", author="Anna")
    closed = add_comment(tsv_project, first.id, "Fixed: see line 2", author="Boris")
    resolve_comment(tsv_project, closed.id)
    out = tmp_path / "out.tmx"
    export_project(tsv_project, out, format_named("tmx"))
    text = out.read_text("utf-8")
    assert "<note>comment [open] Anna: Check the term.</note>" in text
    assert "<note>comment [resolved] Boris: Fixed: see line 2</note>" in text
    with Project.create(tmp_path / "again", "en", "ru") as again:
        import_tmx(again, out)
        by_segment = all_comments(again)
        (comments,) = by_segment.values()
        assert [(c.author, c.text, c.open) for c in comments] == [
            ("Anna", "Check the term.", True), ("Boris", "Fixed: see line 2", False)]
        assert not any(f.check == "xliff-note" for s in again.segments() for f in s.findings)


def test_comments_travel_in_tsv_notes_and_come_back_on_import(tsv_project: Project, tmp_path: Path) -> None:
    first, second = tsv_project.segments()[:2]
    add_comment(tsv_project, first.id, "Check the term.", author="Anna")
    closed = add_comment(tsv_project, first.id, "Fixed:\tsee\nline 2", author="Boris")
    resolve_comment(tsv_project, closed.id)
    tsv_project.db.table("segment_findings").insert(  # a machine finding stays out of the spreadsheet
        {"segment_id": second.id, "check": "ocr-suspect", "severity": "warning", "side": "source",
         "start": 0, "end": 3, "message": "looks damaged"})
    out = tmp_path / "out.tsv"
    export_project(tsv_project, out, format_named("tsv"), all_pairs=True)
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == ("The workers' club opened.\tРабочий клуб открылся.\t"
                        "comment [open] Anna: Check the term.\\ncomment [resolved] Boris: Fixed: see line 2")
    assert lines[1] == "There are no clubs here.\tЗдесь нет клубов."
    with Project.create(tmp_path / "again", "en", "ru") as again:
        import_tsv(again, out)
        (comments,) = all_comments(again).values()
        assert [(c.author, c.text, c.open) for c in comments] == [
            ("Anna", "Check the term.", True), ("Boris", "Fixed: see line 2", False)]
        assert [s.target for s in again.segments()] == [t for _, t, _ in ROWS[:4]]


def test_comments_travel_in_text_exports_as_endnotes(tsv_project: Project, tmp_path: Path) -> None:
    segments = tsv_project.segments()
    add_comment(tsv_project, segments[1].id, "«клубов» or «клубы»?", author="editor")
    done = add_comment(tsv_project, segments[3].id, "Good.", author="editor")
    resolve_comment(tsv_project, done.id)
    out = tmp_path / "out.txt"
    export_project(tsv_project, out, format_named("text"))
    assert out.read_text("utf-8") == (
        "Рабочий клуб открылся.\n\nЗдесь нет клубов.[1]\n\nМы говорили о клубах.\n\n"
        "Клубная жизнь была богатой.[2]\n"
        "\n---\n[1] comment [open] editor: «клубов» or «клубы»?\n[2] comment [resolved] editor: Good.\n"
    )


def test_comment_note_round_trip() -> None:
    assert parse_comment_note("comment [open] A B: x: y") == ("A B", "x: y", True)
    assert parse_comment_note("a translator's note") is None


def test_a_regex_starting_at_a_word_boundary_keeps_its_meaning(tsv_project: Project) -> None:
    # the leading \b is checked outside the regex engine (speed); what it means must not change
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\bклуб", mode="regex", side="target"))) == [1, 2, 3, 4]
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\bлуб", mode="regex", side="target"))) == []
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\b\.", mode="regex", side="target"))) == [1, 2, 3, 4]


def test_a_regex_anchored_to_the_text_means_each_segments_start_and_end(tsv_project: Project) -> None:
    # rows are searched joined: \A and \Z held only at the first row's start and the last row's end
    ends_in_stop = positions(tsv_project, SegmentFilter(text=TextQuery(r"\.$", mode="regex", side="target")))
    assert ends_in_stop == [1, 2, 3, 4]
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\.\Z", mode="regex", side="target"))) == ends_in_stop
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\AКлуб", mode="regex", case_sensitive=True))) == [4]
    assert positions(tsv_project, SegmentFilter(text=TextQuery(r"\\Z", mode="regex"))) == []  # a backslash, then Z


def test_a_regex_that_backtracks_without_end_is_stopped_with_a_clear_error(
    tsv_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.core.navigation import filters as segment_filter

    monkeypatch.setattr(segment_filter, "REGEX_SECONDS", 0.2)
    editing.set_target(tsv_project, tsv_project.segments()[4].id, "a" * 60 + "!")
    evil = SegmentFilter(text=TextQuery(r"(a|aa)+$", mode="regex", side="target"))
    with pytest.raises(InputError, match="took too long"):
        positions(tsv_project, evil)
    from workbench.core.editing import replace as search_replace

    monkeypatch.setattr(search_replace, "REGEX_SECONDS", 0.2)
    with pytest.raises(InputError, match="took too long"):
        plan_replace(tsv_project, ReplaceQuery(r"(a|aa)+$", "x", mode="regex"))
