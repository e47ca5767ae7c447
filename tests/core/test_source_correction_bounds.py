"""An OCR correction of the source (`e` in the findings view) is bounded like any stored text
(hardening, round eleven): its field took a pasted page, and `correct_source` stored a source over
`MAX_SEGMENT_CHARS`, or a line break that split the sentence's paragraph in every text export."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.editing import edits
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import MAX_SEGMENT_CHARS, Project
from workbench.errors import InputError

SOURCE = "The bou_rgeois came."
SPAN = (4, 14)


def _project(tmp_path: Path) -> tuple[Project, int]:
    project = Project.create(tmp_path / "project", source_lang="en", target_lang="ru")
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{SOURCE}\tБуржуа пришёл.\n", "utf-8")
    import_tsv(project, pairs)
    (segment_id,) = project.conn.execute("select id from segments").fetchone()
    return project, segment_id


@pytest.mark.parametrize(
    ("replacement", "complaint"),
    [
        ("x" * MAX_SEGMENT_CHARS, "a source holds at most 50,000 characters, this one would have 50,010"),
        ("bour\n\ngeois", "stays on its line"),
        ("bour\r\ngeois", "stays on its line"),
    ],
    ids=["past-the-limit", "paragraph-break", "crlf"],
)
def test_a_correction_past_what_a_source_holds_is_refused_and_nothing_changes(
    tmp_path: Path, replacement: str, complaint: str
) -> None:
    project, segment_id = _project(tmp_path)
    with pytest.raises(InputError, match=complaint):
        edits.correct_source(project, segment_id, SPAN, "bou_rgeois", replacement)
    assert project.conn.execute("select source from segments").fetchone() == (SOURCE,)
    project.close()


def test_a_correction_that_fits_is_stored(tmp_path: Path) -> None:
    project, segment_id = _project(tmp_path)
    longest = "x" * (MAX_SEGMENT_CHARS - len(SOURCE) + 10)
    assert edits.correct_source(project, segment_id, SPAN, "bou_rgeois", longest).source == f"The {longest} came."
    project.close()
