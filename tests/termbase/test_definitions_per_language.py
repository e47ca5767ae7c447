"""A definition in each language (usersweep15), as TBX keeps one a language section.

The model held one definition a concept: a client's Russian definition came in as a note line
("definition (ru-RU): ..."), which the concept form showed as a note and nobody could edit as a
definition, and which went back out as a note. `Concept.definitions` holds it now, through the
store (a migration adds its table), TBX 2019 and v2, CSV/TSV (`definition_ru`), merges and the
team server's JSON.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from termbase.errors import TermbaseError
from termbase.formats.delimited import DelimitedFormat
from termbase.formats.tbx import TbxFormat
from termbase.merge import merged
from termbase.model import Concept, Definition, Term
from termbase.store import Termbase
from workbench.core.team.store import concept_from_json, concept_to_json

CLUB = Concept(
    "club", definition="A place where workers spend their leisure.",
    terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru")),
    definitions=(Definition("ru", "Место досуга рабочих."),),
)
OWN_ENGLISH = Concept(
    "own", definition="Given without a language.",
    terms=(Term("reading room", "en"), Term("читальня", "ru")),
    definitions=(Definition("en", "A room for reading."), Definition("ru", "Комната для чтения.")),
)
RUSSIAN_ONLY = Concept(
    "ru-only", terms=(Term("cell", "en"), Term("ячейка", "ru-RU")),
    definitions=(Definition("ru-RU", "Первичная партийная организация."),),
)
NO_TERM_THERE = Concept(
    "de", terms=(Term("agitprop", "en"),), definitions=(Definition("de", "Agitation und Propaganda."),),
)
CONCEPTS = [CLUB, OWN_ENGLISH, RUSSIAN_ONLY, NO_TERM_THERE]


def test_one_definition_a_language() -> None:
    assert CLUB.definition_in("ru-RU") == "Место досуга рабочих."
    assert CLUB.definition_in("de") is None
    assert Concept("x", terms=(Term("x", "en"),), definitions=(Definition("ru", "  "),)).definitions == ()
    assert not Concept("x", terms=(Term("x", "en"),)).defined and RUSSIAN_ONLY.defined
    with pytest.raises(TermbaseError, match="two definitions in ru"):
        Concept("x", definitions=(Definition("ru", "один"), Definition("ru-RU", "другой")))
    with pytest.raises(TermbaseError, match="needs a language"):
        Definition(" ", "text")
    assert Definition("ru\x1b[2J", "текст\x07").lang == "ru"


def test_the_store_keeps_them_and_searches_them(tmp_path: Path) -> None:
    path = tmp_path / "termbase.db"
    with Termbase(path) as termbase:
        termbase.import_concepts(CONCEPTS[:2])
        termbase.add(RUSSIAN_ONLY)
        termbase.add(NO_TERM_THERE)
    with Termbase(path) as termbase:
        assert termbase.concepts() == CONCEPTS
        assert [c.id for c in termbase.search("досуге", notes_only=True)] == ["club"]  # inflected, Russian
        termbase.update(Concept("club", terms=CLUB.terms))
        assert termbase.get("club") == Concept("club", terms=CLUB.terms)
        termbase.delete("own")
        termbase.import_concepts([CLUB])  # replaces the stored one, its definitions too
        assert termbase.get("club") == CLUB
        rows = termbase.db.execute("select concept_id, lang from definitions order by concept_id").fetchall()
    assert rows == [("club", "ru"), ("de", "de"), ("ru-only", "ru-RU")]


def test_a_termbase_made_before_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Termbase(path) as termbase:
        termbase.add(Concept("club", definition="Old.", terms=CLUB.terms))
    with sqlite3.connect(path) as db:  # as the version before wrote it: no definitions table
        db.execute("drop table definitions")
        db.execute("delete from _sqlite_migrations where name = 'm003_definitions'")
    with Termbase(path) as termbase:
        assert termbase.get("club") == Concept("club", definition="Old.", terms=CLUB.terms)
        termbase.update(CLUB)
        assert termbase.get("club") == CLUB


def test_a_row_another_program_wrote_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "termbase.db"
    with Termbase(path) as termbase:
        termbase.add(CLUB)
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("insert into definitions (concept_id, position, lang, text) values ('club', 1, 'de', x'00ff')")


@pytest.mark.parametrize("version", ["2019", "2"])
def test_tbx_keeps_each_language_in_its_section(version: str) -> None:
    tbx = TbxFormat(version=version)
    data = tbx.dumps(CONCEPTS, source_lang="en")
    assert tbx.loads(data) == CONCEPTS
    text = data.decode()
    assert '<descrip type="definition" xml:lang="de">Agitation und Propaganda.</descrip>' in text


def test_a_clients_tbx_gives_a_definition_a_language() -> None:
    """memoQ's shape: a definition in each language section; a second one in a language is a note."""
    data = """<?xml version="1.0"?><martif type="TBX"><text><body>
    <termEntry id="t1">
      <langSet xml:lang="en-US"><descrip type="definition">Spontaneous culture.</descrip>
        <tig><term>cultural spontaneity</term></tig></langSet>
      <langSet xml:lang="ru-RU"><descrip type="definition">Стихийная культура.</descrip>
        <descrip type="definition">Другое определение.</descrip>
        <tig><term>культурная стихийность</term></tig></langSet>
    </termEntry>
    <termEntry id="t2">
      <langSet xml:lang="en"><tig><term>club</term></tig></langSet>
      <langSet xml:lang="ru"><descrip type="definition">Только по-русски.</descrip><tig><term>клуб</term></tig></langSet>
    </termEntry></body></text></martif>""".encode()
    notes: list[str] = []
    first, second = TbxFormat().loads_noted(data, notes)
    assert first.definition == "Spontaneous culture."
    assert first.definitions == (Definition("ru-RU", "Стихийная культура."),)
    assert first.note == "definition (ru-RU): Другое определение."
    assert second.definition is None and second.definitions == (Definition("ru", "Только по-русски."),)
    assert any("definition in ru-RU (1)" in note for note in notes)


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_csv_and_tsv_give_each_language_a_column(delimiter: str) -> None:
    table = DelimitedFormat(delimiter)
    concepts = [CLUB, RUSSIAN_ONLY, NO_TERM_THERE]
    data = table.dumps(concepts, source_lang="en")
    header = data.decode().splitlines()[0].split(delimiter)
    assert header[-3:] == ["definition", "definition_ru", "definition_de"]
    assert table.loads(data) == [CLUB, Concept("ru-only", terms=(Term("cell", "en"), Term("ячейка", "ru")),
                                               definitions=(Definition("ru", "Первичная партийная организация."),)),
                                 NO_TERM_THERE]
    written = "id,en,ru,Definition-RU\nc1,club,клуб,Клуб рабочих.\n".encode()
    assert DelimitedFormat(",").loads(written)[0].definitions == (Definition("RU", "Клуб рабочих."),)


def test_a_merge_keeps_every_definition() -> None:
    other = Concept("club2", terms=(Term("club", "en"),),
                    definitions=(Definition("ru", "Клуб."), Definition("de", "Verein.")))
    joined = merged(Concept("club", terms=CLUB.terms, definitions=CLUB.definitions), [other])
    assert joined.definitions == (Definition("ru", "Место досуга рабочих."), Definition("de", "Verein."))
    assert joined.note == "club2 (ru): Клуб."


def test_the_team_server_carries_them() -> None:
    assert concept_from_json(concept_to_json(OWN_ENGLISH), "own") == OWN_ENGLISH
    assert concept_from_json({"id": "x", "terms": []}, "x").definitions == ()
    with pytest.raises(Exception, match="cannot be read"):
        concept_from_json({"id": "x", "definitions": [{"lang": 1, "text": "t"}]}, "x")


def test_the_enforcer_reads_excluded_senses_in_the_target_languages_definition() -> None:
    """The senses a definition excludes are read in the target language: the English definition
    of a concept with a Russian one said nothing to a Russian target («не …» is looked for)."""
    from termbase.enforce import Enforcer

    english = "A light carriage, not the long open wagon."
    russian = "Лёгкий конный экипаж, не длинный открытый вагон."
    both = Concept("break", definition=english, terms=(Term("break", "en"), Term("брейк", "ru")),
                   definitions=(Definition("ru", russian),))
    assert Enforcer([both], "en", "ru").excluded("break") == frozenset({"вагон"})
    only_english = Concept("break", definition=english, terms=both.terms)
    assert Enforcer([only_english], "en", "ru").excluded("break") == frozenset()
