"""A project's SRX rules are read once an import and kept compiled between imports (hardening,
round 39).

At the most rules an SRX file may hold (20,000) every import paid some 14 s before splitting a
paragraph: the file was read and its rules compiled once a language (round 38's left item).
The compiled rules of a language are kept in the user's cache folder under the digest of the
file's bytes, read back by the next import, compiled again when the file changes; never in the
project folder. The file is read once for both sides, so a file replaced between the two is
not read half old, half new."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import rules_cache
from workbench.core.ingest import import_srx
from workbench.core.ingest import segmentation_rules as segmentation_module
from workbench.core.ingest.segmentation_rules import SRX_FILE, ProjectSplitters
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.formats import srx as srx_module
from workbench.formats.srx import MAX_SRX_BYTES, read_srx

TEXT = "Mr. Smith came. Abbr. Then he left. Dr. Who went."


def _srx(*no_break_after: str) -> str:
    rules = "".join(f'<rule break="no"><beforebreak>\\b{word}\\.</beforebreak><afterbreak>\\s</afterbreak></rule>'
                    for word in no_break_after)
    return ('<?xml version="1.0" encoding="UTF-8"?><srx xmlns="http://www.lisa.org/srx20" version="2.0">'
            '<header cascade="yes"/><body><languagerules><languagerule languagerulename="all">' + rules
            + '<rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>'
            '</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="all"/>'
            "</maprules></body></srx>")


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns compiled from here on (every file is worth keeping)."""
    monkeypatch.setattr(rules_cache, "KEEP_AFTER_SECONDS", 0.0)
    patterns: list[str] = []
    real = srx_module.compile_bounded

    def counted(pattern: str, flags: int = 0):  # type: ignore[no-untyped-def]
        patterns.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(srx_module, "compile_bounded", counted)
    return patterns


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose segmentation rules keep "Mr." and "Abbr." from ending a sentence."""
    (tmp_path / "rules.srx").write_text(_srx("Mr", "Abbr"), encoding="utf-8")
    with Project.create(tmp_path / "project", "en", "ru") as made:
        import_srx(made, tmp_path / "rules.srx")
    return tmp_path / "project"


def _sentences(splitters: ProjectSplitters, lang: str) -> list[str]:
    return [TEXT[start:end] for start, end in splitters.splitter(lang)(TEXT)]


def test_the_next_import_reads_the_compiled_rules_back(project: Path, compiled: list[str]) -> None:
    files = sorted(p.name for p in project.iterdir())
    first = ProjectSplitters(project)
    split = ["Mr. Smith came.", "Abbr. Then he left.", "Dr.", "Who went."]
    assert _sentences(first, "en") == _sentences(first, "ru") == split
    assert len(compiled) == 2 * 3 + 2 * 3, "each rule's two halves checked once, then each language's patterns"
    again = ProjectSplitters(project)
    assert _sentences(again, "en") == _sentences(again, "ru") == split
    assert len(compiled) == 12, "the next import compiled the rules again"
    assert len(list(rules_cache.cache_folder(segmentation_module.KEPT).glob("*.pickle"))) == 2
    assert sorted(p.name for p in project.iterdir()) == files, "nothing is written in the project folder"


def test_changed_rules_are_compiled_again(project: Path, tmp_path: Path, compiled: list[str]) -> None:
    assert _sentences(ProjectSplitters(project), "en")[2:] == ["Dr.", "Who went."]
    (tmp_path / "more.srx").write_text(_srx("Mr", "Abbr", "Dr"), encoding="utf-8")
    with Project.open(project) as opened:
        import_srx(opened, tmp_path / "more.srx")
    assert _sentences(ProjectSplitters(project), "en")[2:] == ["Dr. Who went."]


def test_the_file_is_read_once_for_both_sides(project: Path) -> None:
    splitters = ProjectSplitters(project)
    assert len(_sentences(splitters, "en")) == 4
    (project / SRX_FILE).write_text(_srx(), encoding="utf-8")  # replaced between the two sides
    assert len(_sentences(splitters, "ru")) == 4, "the target side read other rules than the source side"
    assert len(_sentences(ProjectSplitters(project), "ru")) == 6


def test_an_srx_file_past_its_size_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.srx"
    text = _srx("Mr")
    path.write_text(text.replace("<body>", "<!--" + "x" * (MAX_SRX_BYTES - len(text)) + "--><body>"), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_srx(path)
    assert str(refused.value) == f"{path}: over 16 MB is too large for SRX rules"
