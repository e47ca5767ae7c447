"""Exporting a project: which segments, in what order, with what context."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.ingest.importing import import_text, import_tsv
from workbench.core.project.exporting import export_project, project_units
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.registry import format_named
from workbench.formats.tmx import read_tmx

EN = "The club opened in 1923. Workers came every evening.\n\nThe party backed the clubs. Trade unions paid for them.\n"
RU = "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\nПартия поддержала клубы. Профсоюзы платили за них.\n"


def units_of(project: Project, **options: bool) -> list[TranslationUnit]:
    with project_units(project, **options) as units:
        return list(units)


@pytest.fixture
def aligned(project: Project, tmp_path: Path) -> Project:
    (tmp_path / "ch1.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ch1.ru.txt").write_text(RU, encoding="utf-8")
    import_text(project, tmp_path / "ch1.en.txt", tmp_path / "ch1.ru.txt")
    return project


def test_only_confirmed_segments_by_default(aligned: Project) -> None:
    segments = aligned.segments()
    editing.confirm(aligned, segments[1].id)
    editing.set_status(aligned, segments[2].id, "reviewed")
    got = [(u.tuid, u.status) for u in units_of(aligned)]
    assert got == [(str(segments[1].id), "translated"), (str(segments[2].id), "reviewed")]
    assert len(units_of(aligned, confirmed_only=False)) == 4


def test_units_carry_languages_dates_confidence_and_context(aligned: Project) -> None:
    first = units_of(aligned, confirmed_only=False)[0]
    assert (first.source, first.target) == ("The club opened in 1923.", "Клуб открылся в 1923 году.")
    assert (first.source_lang, first.target_lang) == ("en", "ru")
    assert first.created is not None and first.created.tzinfo is not None
    assert first.confidence is not None and 0 <= first.confidence <= 1
    assert first.prop("x-document") == "ch1"
    paragraphs = [u.prop("x-paragraph") for u in units_of(aligned, confirmed_only=False)]
    assert paragraphs[0] == paragraphs[1] != paragraphs[2] == paragraphs[3]


def test_empty_targets_never_go_out(aligned: Project) -> None:
    segment = aligned.segments()[0]
    editing.set_target(aligned, segment.id, "  ")
    assert str(segment.id) not in {u.tuid for u in units_of(aligned, confirmed_only=False)}


def test_text_export_restores_paragraphs(aligned: Project, tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    report = export_project(aligned, path, format_named("text"))
    assert report.units == 4
    assert path.read_text(encoding="utf-8") == (
        "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\n"
        "Партия поддержала клубы. Профсоюзы платили за них.\n"
    )


def test_tmx_export_all_round_trips(aligned: Project, tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    assert export_project(aligned, path, format_named("tmx")).units == 0
    assert export_project(aligned, path, format_named("tmx"), all_pairs=True).units == 4
    back = [(u.source, u.target) for u in read_tmx(path, "en", "ru")]
    assert back == [(s.source, s.target) for s in aligned.segments()]


def test_tsv_imported_pairs_are_their_own_paragraphs(project: Project, tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").write_text("One.\tОдин.\nTwo.\tДва.\n", encoding="utf-8")
    import_tsv(project, tmp_path / "pairs.tsv")
    path = tmp_path / "out.txt"
    export_project(project, path, format_named("text"))
    assert path.read_text(encoding="utf-8") == "Один.\n\nДва.\n"


def test_stored_findings_become_notes(aligned: Project) -> None:
    segment = aligned.segments()[0]
    aligned.db.table("segment_findings").insert(
        {"segment_id": segment.id, "check": "ocr-suspect", "severity": "warning", "side": "source",
         "start": 0, "end": 3, "message": "'WtXs' looks like OCR damage"}
    )
    first = units_of(aligned, confirmed_only=False)[0]
    assert first.notes == ("ocr-suspect (source): 'WtXs' looks like OCR damage",)


def test_tmx_export_is_the_same_whether_the_second_process_makes_the_units(
    aligned: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TMX writer makes a project's rows into units in its second process (`UnitRows`):
    the bytes equal those made here, over documents, drafts, comments, findings, inline codes
    and paragraphs, in batches small enough that several go to the child."""
    from workbench.core.project import exporting
    from workbench.core.project.comments import add_comment
    from workbench.formats.offload import START_AFTER_ENV

    rows = "".join(f"Pair {n} & <{n}>.\tПара {n}.\n" for n in range(40))
    (tmp_path / "pairs.tsv").write_text(rows, encoding="utf-8")
    import_tsv(aligned, tmp_path / "pairs.tsv")
    segments = aligned.segments()
    for n, segment in enumerate(segments):
        if n % 3:
            editing.set_status(aligned, segment.id, "reviewed" if n % 2 else "translated")
        if n % 5 == 0:
            add_comment(aligned, segment.id, f"check {n}\r\n<&>", author="ed")
    editing.set_target(aligned, segments[5].id, "⟦1⟧Пара⟦/1⟧ 5.")
    aligned.db.table("segment_findings").insert(
        {"segment_id": segments[1].id, "check": "ocr-suspect", "severity": "warning", "side": "source",
         "start": 0, "end": 3, "message": "odd\x0c"}
    )
    monkeypatch.setattr(exporting, "EXPORT_BATCH", 3)
    written = {}
    for after in ("0", "999999"):
        monkeypatch.setenv(START_AFTER_ENV, after)
        for all_pairs in (False, True):
            path = tmp_path / f"{after}-{all_pairs}.tmx"
            report = export_project(aligned, path, format_named("tmx"), all_pairs=all_pairs)
            body = path.read_bytes().split(b"<body>", 1)[1]  # the header's date is the export's
            written[after, all_pairs] = (body, report.units, report.removed_characters)
    assert written["0", True] == written["999999", True]
    assert written["0", False] == written["999999", False]
    assert written["0", True][1] == 44 and written["0", True][2] == 1
    assert written["0", False][1] == len([n for n in range(44) if n % 3])
    assert not aligned.db.conn.in_transaction


def test_a_failed_export_ends_its_read_transaction(aligned: Project, tmp_path: Path) -> None:
    """The rows are read in one read transaction; a writer that fails half-way must not leave it
    open (the next edit would become a savepoint inside it and never commit)."""

    class Failing(type(format_named("tsv"))):  # type: ignore[misc]
        def write(self, path: Path, units: object, **kwargs: object) -> object:
            next(iter(units))  # type: ignore[call-overload]
            raise OSError("disk full")

    editing.confirm(aligned, aligned.segments()[0].id)
    with pytest.raises(OSError, match="disk full") as failure:
        export_project(aligned, tmp_path / "out.tsv", Failing())
    assert failure.tb is not None  # kept, as a caller reporting the error keeps it: its frames hold the rows
    assert not aligned.db.conn.in_transaction
    editing.set_target(aligned, aligned.segments()[0].id, "Правка.")
    reopened = Project.open(aligned.path)
    assert reopened.segments()[0].target == "Правка."
    reopened.close()
