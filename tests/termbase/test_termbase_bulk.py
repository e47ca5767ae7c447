"""A termbase file read in a child process gives what reading it here gives (`termbase.bulk`).

Every file goes through the child (`TERMBASE_CHILD_MIN_BYTES=0`) and through this
process, and the rows, the notes and the errors are compared: the other tools'
TBX files in ../shared/external-peers (read from there, never copied), the
tests' own glossaries, and made-up files with an error far into them, which must
leave an existing termbase as it was.
"""

from __future__ import annotations

import glob
from pathlib import Path

import psutil
import pytest

from termbase.bulk import CHILD_MIN_BYTES_ENV, file_rows
from termbase.errors import TermbaseError
from termbase.formats import stream_termbase_file
from termbase.store import Termbase, concept_rows
from workbench.core.project.store import Project
from workbench.core.terminology import import_termbase_file, open_project_termbase
from workbench.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT.parent / "shared" / "external-peers" / "tbx"


def glossaries() -> list[Path]:
    """The peers' TBX files (when ../shared is there) and the tests' own TBX/CSV/TSV files."""
    found = sorted(PEERS.glob("*.tbx"))
    for pattern in ("tests/**/*.tbx", "tests/**/*.csv", "tests/**/*.tsv"):
        found += sorted(Path(name) for name in glob.glob(str(ROOT / pattern), recursive=True))
    return found


def read_here(path: Path) -> tuple[list[object], list[str], str | None]:
    notes: list[str] = []
    rows: list[object] = []
    try:
        rows.extend(concept_rows(concept) for concept in stream_termbase_file(path, notes))
    except TermbaseError as exc:
        return rows, notes, str(exc)
    return rows, notes, None


def read_in_child(path: Path) -> tuple[list[object], list[str], str | None]:
    notes: list[str] = []
    rows: list[object] = []
    try:
        rows.extend(file_rows(path, notes))
    except TermbaseError as exc:
        return rows, notes, str(exc)
    return rows, notes, None


@pytest.fixture
def through_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CHILD_MIN_BYTES_ENV, "0")


def test_every_glossary_reads_the_same_in_a_child(through_child: None) -> None:
    files = glossaries()
    assert len(files) >= 5
    for path in files:
        assert read_in_child(path) == read_here(path), path


def big_tbx(path: Path, concepts: int, broken_at: int | None = None) -> Path:
    entries = []
    for n in range(concepts):
        status = "nonsense" if n == broken_at else "preferredTerm-admn-sts"
        entries.append(
            f'<conceptEntry id="b{n}"><langSec xml:lang="en"><termSec><term>bulk term {n}</term>'
            f'<termNote type="administrativeStatus">{status}</termNote></termSec></langSec>'
            f'<langSec xml:lang="ru"><termSec><term>термин {n}</term></termSec><termSec><term/></termSec></langSec></conceptEntry>\n'
        )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>\n' + "".join(entries) + "</body></text></tbx>\n",
        encoding="utf-8",
    )
    return path


def test_many_batches_and_the_notes_come_back_in_order(tmp_path: Path, through_child: None) -> None:
    path = big_tbx(tmp_path / "big.tbx", 5000)
    rows, notes, error = read_in_child(path)
    assert error is None
    assert [row[0] for row in rows] == [f"b{n}" for n in range(5000)]
    assert (rows, notes, error) == read_here(path)
    assert notes == ["skipped 5000 empty terms (<term/> with no text)"]


def test_an_error_far_into_the_file_is_the_same_and_changes_nothing(tmp_path: Path, through_child: None) -> None:
    project = Project.create(tmp_path / "p", "en", "ru")
    import_termbase_file(project, big_tbx(tmp_path / "first.tbx", 10))
    with open_project_termbase(project) as termbase:
        before = termbase.concepts()
    broken = big_tbx(tmp_path / "broken.tbx", 4500, broken_at=4321)
    with pytest.raises(TermbaseError) as raised:
        import_termbase_file(project, broken, replace=True)
    assert str(raised.value) == read_here(broken)[2]
    assert "b4321" in str(raised.value) and "nonsense" in str(raised.value)
    with Termbase(project.path / "termbase.db") as termbase:
        assert termbase.concepts() == before


def test_a_failed_import_stops_the_child(tmp_path: Path, through_child: None) -> None:
    """A caller that stops reading part way (its import failed) stops the child at
    once; an import refused after reading (no term in the project's languages)
    leaves no child behind either."""
    project = Project.create(tmp_path / "p", "en", "ru")
    path = big_tbx(tmp_path / "big.tbx", 20000)
    before = set(psutil.Process().children())  # other tests' long-lived helpers are not ours
    rows = file_rows(path)
    next(rows)
    children = set(psutil.Process().children()) - before
    assert len(children) == 1
    rows.close()
    assert not children.pop().is_running()
    de_fr = tmp_path / "de-fr.csv"
    de_fr.write_text("id,de,fr\n" + "".join(f"x{n},Wort {n},mot {n}\n" for n in range(100)), encoding="utf-8")
    with pytest.raises(InputError):
        import_termbase_file(project, de_fr)
    assert set(psutil.Process().children()) <= before
