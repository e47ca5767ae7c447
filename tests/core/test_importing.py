"""Import end to end on real files: decoding, cleanup, sentences, storage, all-or-nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from workbench.core.ingest.importing import import_text, import_tsv
from workbench.core.project.store import Project
from workbench.errors import InputError

EN = """The club movement grew quickly in 1923. Workers came in the evenings.

The trade unions paid for the clubs. Dr. Smith visited 12 clubs in Moscow.
Some clubs had libraries; others had only a stage.
"""
RU = """Клубное движение быстро росло в 1923 году. Рабочие приходили по вечерам.

Профсоюзы оплачивали клубы. Д-р Смит посетил 12 клубов в Москве.
В одних клубах были библиотеки, в других — только сцена.
"""


def fingerprint(project: Project) -> tuple[object, ...]:
    """Everything an import could touch: table contents, project.toml and sources/."""
    files = tuple(sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in project.sources_dir.iterdir()))
    return *fingerprint_db(project), files


def fingerprint_db(project: Project) -> tuple[object, ...]:
    """The tables an import fills and project.toml, for a project whose sources/ cannot be listed."""
    db = project.db
    tables = tuple(
        tuple(tuple(r) for r in db.execute(f"select * from [{t}] order by rowid").fetchall())
        for t in ("documents", "paragraphs", "sentences", "segments", "segment_findings")
    )
    return tables, (project.path / "project.toml").read_bytes()


def test_sample_is_cleaned_split_and_flagged(project: Project, sample_text: Path) -> None:
    report = import_text(project, sample_text)
    segments = project.segments()
    assert report.segments == len(segments) >= 8
    text = " ".join(s.source for s in segments)
    for word in ("squabbling", "institutional interests", "decentralization", "enrollments", "compatibility",
                 "initiative", "self-destructive", "All-Russian"):
        assert word in text
    assert segments[0].source.startswith("discourses and more pragmatic responses")
    assert segments[-1].source.endswith("from which they arose.")
    flagged = {f.suggestion for s in segments for f in s.findings if f.check == "ocr-suspect"}
    assert "bourgeois" in flagged
    for segment in segments:
        for finding in segment.findings:
            assert segment.source[finding.start:finding.end].strip(), finding


def test_the_original_file_is_kept_byte_for_byte(project: Project, sample_text: Path) -> None:
    import_text(project, sample_text)
    stored = project.sources_dir / sample_text.name
    assert stored.read_bytes() == sample_text.read_bytes()
    entry = project.config.documents[0]
    assert entry.source == f"sources/{sample_text.name}"
    reopened = Project.open(project.path)
    assert reopened.config.documents == project.config.documents
    reopened.close()



def test_a_project_without_its_sources_folder_imports(project: Project, sample_text: Path) -> None:
    # Git keeps no empty folder: a project committed before its first import is cloned without one.
    project.sources_dir.rmdir()
    import_text(project, sample_text)
    assert (project.sources_dir / sample_text.name).read_bytes() == sample_text.read_bytes()


def test_a_sources_path_that_is_a_file_is_one_line(project: Project, sample_text: Path) -> None:
    before = fingerprint_db(project)
    project.sources_dir.rmdir()
    project.sources_dir.write_text("not a folder")
    with pytest.raises(InputError, match="cannot store the copy"):
        import_text(project, sample_text)
    assert fingerprint_db(project) == before


def test_paragraph_original_text_stays_beside_the_cleaned_text(project: Project, sample_text: Path) -> None:
    import_text(project, sample_text)
    rows = list(project.db.query("select text, original from paragraphs where side = 'source' order by seq"))
    assert len(rows) == 2
    assert "squab\nbling" in rows[0]["original"].replace(" \n", "\n")
    assert "squabbling" in rows[0]["text"]


def test_import_with_a_legacy_encoded_translation_aligns(project: Project, tmp_path: Path) -> None:
    (tmp_path / "doc.en.txt").write_text(EN, "utf-8")
    (tmp_path / "doc.ru.txt").write_bytes(RU.encode("cp1251"))
    report = import_text(project, tmp_path / "doc.en.txt", tmp_path / "doc.ru.txt")
    assert report.aligned and report.target_encoding == "cp1251"
    pairs = [(s.source, s.target) for s in project.segments()]
    assert pairs[0] == ("The club movement grew quickly in 1923.", "Клубное движение быстро росло в 1923 году.")
    assert ("Dr. Smith visited 12 clubs in Moscow.", "Д-р Смит посетил 12 клубов в Москве.") in pairs
    assert all(0.0 <= s.confidence <= 1.0 for s in project.segments())
    assert report.name == "doc"


def test_a_rejected_translation_leaves_the_project_unchanged(project: Project, tmp_path: Path) -> None:
    (tmp_path / "doc.en.txt").write_text(EN, "utf-8")
    import_text(project, tmp_path / "doc.en.txt")
    before = fingerprint(project)
    (tmp_path / "other.en.txt").write_text("Another text. It has two sentences.", "utf-8")
    (tmp_path / "bad.ru.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    with pytest.raises(InputError):
        import_text(project, tmp_path / "other.en.txt", tmp_path / "bad.ru.txt")
    assert fingerprint(project) == before


def test_a_failing_database_write_removes_the_copied_sources(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "doc.en.txt").write_text(EN, "utf-8")
    before = fingerprint(project)

    def broken(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("workbench.core.ingest.importing.insert_segments_for_document", broken)
    with pytest.raises(OSError):
        import_text(project, tmp_path / "doc.en.txt")
    assert fingerprint(project) == before


def test_the_same_file_twice_is_stored_once_and_a_namesake_gets_a_new_name(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "doc.txt").write_text(EN, "utf-8")
    (tmp_path / "a" / "doc.txt").write_text("A different text. Same name.", "utf-8")
    import_text(project, tmp_path / "doc.txt")
    import_text(project, tmp_path / "doc.txt")
    import_text(project, tmp_path / "a" / "doc.txt")
    assert sorted(p.name for p in project.sources_dir.iterdir()) == ["doc-2.txt", "doc.txt"]
    assert len(project.config.documents) == 3


def test_tsv_bitext_keeps_file_order_and_empty_targets(project: Project, tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("One.\tОдин.\nTwo.\t\nThree.\tТри.\n\n", "utf-8")
    report = import_tsv(project, tsv)
    assert report.segments == 3
    assert [(s.position, s.source, s.target) for s in project.segments()] == [
        (1, "One.", "Один."), (2, "Two.", ""), (3, "Three.", "Три.")
    ]


def test_tsv_with_an_extra_tab_names_the_line(project: Project, tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("One.\tОдин.\nTwo.\tДва.\tnote\textra\n", "utf-8")
    with pytest.raises(InputError, match=r"pairs.tsv, line 2"):
        import_tsv(project, tsv)
    assert project.segment_count() == 0


def test_documents_keep_import_order(project: Project, tmp_path: Path) -> None:
    (tmp_path / "b.tsv").write_text("B1\tБ1\n", "utf-8")
    (tmp_path / "a.tsv").write_text("A1\tА1\nA2\tА2\n", "utf-8")
    import_tsv(project, tmp_path / "b.tsv")
    import_tsv(project, tmp_path / "a.tsv")
    assert [s.source for s in project.segments()] == ["B1", "A1", "A2"]
    assert json.loads(json.dumps([d.name for d in project.config.documents])) == ["b", "a"]


def test_tsv_export_escapes_come_back_as_they_were(project: Project, tmp_path: Path) -> None:
    from workbench.formats.base import TranslationUnit
    from workbench.formats.tsv import write_tsv

    pairs = [("Line one\nline two", "Строка\tс табуляцией"), ("C:\\data", "C:\\данные")]
    write_tsv(tmp_path / "x.tsv", [TranslationUnit(s, t, "en", "ru") for s, t in pairs],
              source_lang="en", target_lang="ru")
    import_tsv(project, tmp_path / "x.tsv")
    assert [(s.source, s.target) for s in project.segments()] == pairs


def test_tsv_in_a_legacy_encoding_is_decoded(project: Project, tmp_path: Path) -> None:
    (tmp_path / "p.tsv").write_bytes("The club.\tКлуб рабочих открылся вечером.\n".encode("cp1251"))
    import_tsv(project, tmp_path / "p.tsv")
    assert project.segments()[0].target == "Клуб рабочих открылся вечером."


def _steady(reports: list[tuple[int, int]]) -> list[float]:
    """The fractions reported, after checking they never go back and end full."""
    fractions = [done / total for done, total in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    return fractions


def test_import_and_align_report_progress_from_start_to_end(project: Project, tmp_path: Path) -> None:
    from workbench.core.alignment.bitext import align_project

    for name in ("a", "b"):
        (tmp_path / f"{name}.en.txt").write_text(EN, "utf-8")
        (tmp_path / f"{name}.ru.txt").write_text(RU, "utf-8")
    reports: list[tuple[int, int]] = []
    import_text(project, tmp_path / "a.en.txt", tmp_path / "a.ru.txt", progress=lambda d, t: reports.append((d, t)))
    # Reading each side, every step of the aligner, storing: the bar moves in many steps.
    assert len(set(_steady(reports))) >= 6
    import_text(project, tmp_path / "b.en.txt", tmp_path / "b.ru.txt")
    reports.clear()
    align_project(project, progress=lambda d, t: reports.append((d, t)))
    fractions = _steady(reports)
    # Two documents of the same size: the first one done is half the work.
    assert 0.5 in fractions and min(fractions) < 0.5
