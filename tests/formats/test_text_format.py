"""The plain-text export: the target document with its paragraphs restored."""

from __future__ import annotations

from pathlib import Path

from workbench.formats.base import PROP_DOCUMENT, PROP_PARAGRAPH, TranslationUnit
from workbench.formats.text import write_text


def unit(target: str, document: str | None, paragraph: str | None) -> TranslationUnit:
    props = tuple(
        (kind, value) for kind, value in ((PROP_DOCUMENT, document), (PROP_PARAGRAPH, paragraph)) if value is not None
    )
    return TranslationUnit("src", target, "en", "ru", props=props)


def test_paragraphs_are_joined_and_separated(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    report = write_text(
        path,
        [
            unit("Первое.", "a", "1"),
            unit("Второе.  ", "a", "1"),
            unit("Новый абзац.", "a", "2"),
            unit("", "a", "2"),
            unit("Другой документ.", "b", "1"),
            unit("Сам по себе.", "b", None),
            unit("И этот тоже.", "b", None),
        ],
    )
    assert path.read_text(encoding="utf-8") == (
        "Первое. Второе.\n\nНовый абзац.\n\nДругой документ.\n\nСам по себе.\n\nИ этот тоже.\n"
    )
    assert report.units == 6


def test_nothing_to_write_gives_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    assert write_text(path, [unit("", "a", "1")]).units == 0
    assert path.read_text() == ""
