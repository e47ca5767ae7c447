"""A project's TMX import reads a large file in parts on two cores: the same segments as the in-order read, the same errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.tmx_parts import read_in_small_parts, tmx_file
from workbench.core.ingest.importing import import_tmx
from workbench.core.project.store import Project
from workbench.errors import InputError
from workbench.formats.tmx import tmx_parts


def _unit(number: int) -> str:
    """Units of several shapes: a status, a segment comment and another note, inline codes, an
    empty target, a comment, text to clean, another source language (skipped and counted)."""
    target = "" if number % 7 == 3 else f"Цель номер {number}."
    status = '<prop type="x-status">reviewed</prop>' if number % 4 == 1 else ""
    notes = f"<note>comment [open] anna: look at {number}</note><note>a finding</note>" if number % 5 == 0 else ""
    code = '<bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> ' if number % 6 == 1 else ""
    comment = "<!-- a comment -->" if number % 9 == 4 else ""
    override = "\u202e" if number % 11 == 2 else ""  # a bidi override: cleaned away on import
    srclang = ' srclang="de"' if number % 13 == 5 else ""
    return (
        f'    <tu tuid="{number}"{srclang}>{notes}{status}{comment}\n'
        f'      <tuv xml:lang="en-US"><seg>{code}Source {override}number {number} &amp; more.</seg></tuv>\n'
        f'      <tuv xml:lang="ru-RU"><seg>{target}</seg></tuv>\n'
        "    </tu>\n"
    )


def _imported(path: Path, folder: Path) -> tuple[Any, list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The report, the segments, comments and findings of `path` imported into a new project."""
    with Project.create(folder, "en", "ru") as project:
        report = import_tmx(project, path)
        segments = project.db.execute(
            "select document_id, seq, source, target, status, locked, codes, unit_id, untranslatable "
            "from segments order by id"
        ).fetchall()
        comments = project.db.execute("select segment_id, author, text, resolved_at from segment_comments order by id").fetchall()
        findings = project.db.execute("select * from segment_findings order by id").fetchall()
    return report, segments, comments, findings


def test_the_segments_are_the_in_order_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmx_file(tmp_path, [_unit(number) for number in range(300)])
    in_order = _imported(path, tmp_path / "in-order")
    read_in_small_parts(monkeypatch)
    assert len(list(tmx_parts(path) or [])) > 10
    parts = _imported(path, tmp_path / "parts")
    assert parts == in_order
    report, segments, comments, _ = parts
    assert len(segments) == 300 - len(range(5, 300, 13))
    assert any(segment[6] for segment in segments) and any(segment[4] == "reviewed" for segment in segments)
    assert comments
    assert any("srclang" in warning for warning in report.warnings)


@pytest.mark.parametrize(
    "bad",
    [
        '    <tu><tuv xml:lang="en"><seg>Mixed</seg></tuv><tuv lang="ru"><seg>Смесь</seg></tuv></tu>\n',
        '    <tu><tuv xml:lang="en"><seg>Unclosed</tuv></tu>\n',
        "    <tu><tuv xml:lang=\"en\"><seg>An &undefined; entity</seg></tuv></tu>\n",
    ],
)
def test_a_broken_unit_late_in_the_file_is_the_in_order_reads_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    units = [_unit(number) for number in range(200)]
    path = tmx_file(tmp_path, [*units[:170], bad, *units[170:]])
    with Project.create(tmp_path / "in-order", "en", "ru") as project, pytest.raises(InputError) as in_order:
        import_tmx(project, path)
    assert ", line " in str(in_order.value)
    read_in_small_parts(monkeypatch)
    with Project.create(tmp_path / "parts", "en", "ru") as project:
        with pytest.raises(InputError) as parts:
            import_tmx(project, path)
        assert project.db.execute("select count(*) from segments").fetchone() == (0,)
        assert project.db.execute("select count(*) from documents").fetchone() == (0,)
    assert str(parts.value) == str(in_order.value)


def test_a_file_without_the_source_language_says_so_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmx_file(tmp_path, [_unit(number).replace('xml:lang="en-US"', 'xml:lang="fr"') for number in range(40)])
    with Project.create(tmp_path / "in-order", "en", "ru") as project, pytest.raises(InputError) as in_order:
        import_tmx(project, path)
    read_in_small_parts(monkeypatch)
    with Project.create(tmp_path / "parts", "en", "ru") as project, pytest.raises(InputError) as parts:
        import_tmx(project, path)
    assert str(parts.value) == str(in_order.value)
