"""The SQLite store: CRUD, search, revisions, migrations, foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from termbase.errors import TermbaseError
from termbase.model import Concept, Term, TermStatus
from termbase.store import Termbase, migrations

UNION = Concept(
    "union",
    subject="labour history",
    definition="An organisation of workers.",
    note="Soviet unions ran the clubs.",
    terms=(
        Term("trade union", "en", part_of_speech="noun", context="Trade unions ran clubs."),
        Term("профсоюз", "ru"),
        Term("торговый союз", "ru", TermStatus.DEPRECATED, usage_note="mistranslation"),
        Term("ВЦСПС", "ru", TermStatus.ADMITTED, case_sensitive=True),
    ),
)


@pytest.fixture
def termbase() -> Termbase:
    return Termbase(Database(memory=True))


def test_add_get_list_round_trip_everything(termbase: Termbase) -> None:
    termbase.add(UNION)
    termbase.add(Concept("club", terms=(Term("club", "en"),)))
    assert termbase.get("union") == UNION
    assert [c.id for c in termbase.concepts()] == ["union", "club"]
    assert len(termbase) == 2 and "club" in termbase and "nope" not in termbase
    assert termbase.get("nope") is None
    assert termbase.languages() == ["ru", "en"]  # most terms first


def test_add_twice_update_put_delete(termbase: Termbase) -> None:
    termbase.add(UNION)
    with pytest.raises(TermbaseError, match="already exists"):
        termbase.add(UNION)
    changed = Concept("union", terms=(Term("union", "en"),))
    termbase.update(changed)
    assert termbase.get("union") == changed
    assert termbase.put(UNION) is False and termbase.get("union") == UNION
    assert termbase.put(Concept("new", terms=(Term("x", "en"),))) is True
    assert [c.id for c in termbase.concepts()] == ["union", "new"]  # update keeps the position
    termbase.delete("union")
    with pytest.raises(TermbaseError):
        termbase.delete("union")
    with pytest.raises(TermbaseError):
        termbase.update(UNION)


def test_revision_moves_with_every_write(termbase: Termbase) -> None:
    seen = [termbase.revision]
    termbase.add(UNION)
    seen.append(termbase.revision)
    termbase.update(UNION)
    seen.append(termbase.revision)
    termbase.delete("union")
    seen.append(termbase.revision)
    assert seen == sorted(set(seen))


def test_import_and_clear(termbase: Termbase) -> None:
    result = termbase.import_concepts([UNION, Concept("club", terms=(Term("club", "en"),))])
    assert (result.added, result.updated) == (2, 0)
    assert termbase.import_concepts([UNION]).updated == 1
    termbase.clear()
    assert len(termbase) == 0


def test_search_ranks_and_folds(termbase: Termbase) -> None:
    termbase.add(Concept("a", terms=(Term("клубный работник", "ru"),)))
    termbase.add(Concept("b", terms=(Term("клуб", "ru"),)))
    termbase.add(Concept("c", definition="Где работает КЛУБ", terms=(Term("зал", "ru"),)))
    termbase.add(Concept("d", terms=(Term("Объединённый клуб", "ru"),)))
    assert [c.id for c in termbase.search("Клуб")] == ["b", "a", "d", "c"]
    assert [c.id for c in termbase.search("объединенный")] == ["d"]
    assert [c.id for c in termbase.search("клуб", lang="en")] == ["c"]
    assert termbase.search("100%_") == []
    assert len(termbase.search("")) == 4
    assert [c.id for c in termbase.with_term("КЛУБ", "ru")] == ["b"]


def test_new_id(termbase: Termbase) -> None:
    assert termbase.new_id() == "c1"
    termbase.add(Concept("c7", terms=(Term("x", "en"),)))
    termbase.add(Concept("other", terms=(Term("y", "en"),)))
    assert termbase.new_id() == "c8"
    for concept_id in ("c0012", "c9x", "cc99", "C50", "c"):  # only c<digits> counts, leading zeros read as numbers
        termbase.add(Concept(concept_id, terms=(Term(concept_id, "en"),)))
    assert termbase.new_id() == "c13"


def test_new_id_steps_past_numbers_too_large_for_sqlite(termbase: Termbase) -> None:
    huge = "c" + "9" * 30
    termbase.add(Concept(huge, terms=(Term("x", "en"),)))
    termbase.add(Concept("c9223372036854775808", terms=(Term("y", "en"),)))
    fresh = termbase.new_id()
    assert fresh not in (huge, "c9223372036854775808") and termbase.get(fresh) is None


def test_file_termbase_is_shared_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with Termbase(path) as first:
        first.add(UNION)
    with Termbase(path) as second:
        assert second.get("union") == UNION
        assert [m.name for m in migrations.applied(second.db)] == ["m001_initial", "m002_concept_position_index",
                                                                "m003_definitions"]


def test_refuses_files_that_are_not_termbases(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(TermbaseError, match="garbage.db"):
        Termbase(garbage)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table segments (id integer)").connection.commit()
    with pytest.raises(TermbaseError, match="not a termbase"):
        Termbase(other)
    with pytest.raises(TermbaseError):
        Termbase(tmp_path)


def test_search_finds_any_inflected_form_and_words_of_definitions_and_notes(termbase: Termbase) -> None:
    termbase.add(UNION)
    termbase.add(Concept("club", terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru"))))
    termbase.add(Concept("life", definition="Everyday lives of workers", terms=(Term("byt", "en"),)))
    assert [c.id for c in termbase.search("профсоюзов")] == ["union"]
    assert [c.id for c in termbase.search("unions")][0] == "union"  # the term, then the note «unions ran»
    assert [c.id for c in termbase.search("рабочих клубов")] == ["club"]
    assert [c.id for c in termbase.search("клубам")] == ["club"]
    assert [c.id for c in termbase.search("organisations")] == ["union"]  # the definition, another form
    assert [c.id for c in termbase.search("life")] == ["life"]  # "lives": an irregular plural
    assert [c.id for c in termbase.search("union", notes_only=True)] == ["union"]
    assert [c.id for c in termbase.search("профсоюзов", notes_only=True)] == []
    assert termbase.search("профсоюзов", lang="en") == []


def test_the_next_position_is_read_from_an_index_not_a_scan(tmp_path: Path) -> None:
    """Each added concept (a team pull adds them one by one) asks for the last position:
    without an index that read every concept, quadratic over a pull into a large termbase."""
    with Termbase(tmp_path / "t.db") as termbase:
        plan = " ".join(str(row) for row in termbase.db.execute("explain query plan select max(position) from concepts"))
        assert "INDEX" in plan.upper(), plan
