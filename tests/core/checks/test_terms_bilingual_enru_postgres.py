"""The twelfth bilingual term-check set, EN → RU databases (`python -m bench.terms_bilingual --set
en-ru-postgres`): its frozen files say what the module docstring says, its pairs are messages of
the PostgreSQL server's Russian catalogue read from the `fetch` mirror at a fixed commit
(`bench.terms_postgres_texts`), listed by block id and frozen by digest, and every label points to
a listed pair and a concept of its termbase. No test runs the checks, or the matcher, on the
frozen pairs; the catalogue reader is driven on a made-up catalogue and the wiring on a tiny
made-up set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_postgres_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

POSTGRES = terms_bilingual.SETS["en-ru-postgres"]
LISTING = terms_bilingual.PAIRS_EN_RU_POSTGRES


def test_the_termbase_is_en_to_ru_with_89_sourced_concepts_and_52_forbidden_russian_variants() -> None:
    rows = csv_rows(POSTGRES.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 89
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 91, "admitted": 27, "deprecated": 52}
    # one Russian preferred term per concept; the other preferred rows add an English synonym
    preferred = [row for row in rows if row["status"] == "preferred"]
    assert all(len({r["ru"] for r in preferred if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    firsts = {row["id"]: row for row in reversed(rows)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"внешняя таблица", "объединение", "нулевое значение", "коллация", "общая память", "вид",
            "джойн", "авторизация", "операторный класс", "дедлок"} <= forbidden
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) == 43 and {"tablespace", "shared-memory", "checkpoint", "isolation-level",
                                      "operator-class", "write-ahead-log", "foreign-data-wrapper"} <= multiword
    # the homographs say in their definition which sense is not the concept
    for concept in ("view", "domain", "statement", "lock", "relation", "query", "directory"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(POSTGRES.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 861 and len(rows) - len(source) == 289
    assert Counter(r.sense for r in source) == {"concept": 831, "other": 30}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 104, "other": 185}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 778, "other": 37, "omitted": 15, "forbidden": 1}
    assert sum("SQL syntax" in r.note for r in source if r.sense == "other") == 22
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (819, 27)
    assert (len(gold.missing), len(gold.forbidden)) == (38, 1)
    missing = Counter(concept for _, _, concept in gold.missing)
    assert (missing["cast"], missing["database"], missing["backup"], len(missing)) == (5, 4, 3, 23)
    assert gold.forbidden == {("postgres-server", 1560, "null-value")}
    # the deprecated variants the translation uses in another sense are target rows of that sense
    termbase = csv_rows(POSTGRES.termbase)
    deprecated = {(row["id"], row["ru"]) for row in termbase if row["status"] == "deprecated"}
    statement = [r for r in rows if r.side == "target" and r.concept == "statement"
                 and r.form.lower().startswith("выражени")]
    assert len(statement) == 12 and {r.sense for r in statement} == {"other"}
    assert ("statement", "выражение") in deprecated


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(POSTGRES.occurrences)
    beads = {int(listed["bead"]) for listed in csv_rows(LISTING, "\t")}
    assert {r.text for r in rows} == set(POSTGRES.texts) == {"postgres-server"}
    assert all(r.bead in beads for r in rows)
    termbase = csv_rows(POSTGRES.termbase)
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    latin_terms = {row["ru"] for row in termbase if not re.search("[А-Яа-яЁё]", row["ru"])}
    assert latin_terms == {"WAL", "NULL"}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-z '-]*", row.form), row
        else:  # a Russian form, or an approved term written in Latin letters («NULL»)
            assert re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё -]*", row.form) or row.form.upper() in latin_terms, row
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or row.rendering in {"term", "omitted", "pronoun", ""}, row
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} <= with_variant


def test_the_listing_holds_every_fourth_message_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 951 and {row["text"] for row in listed} == {"postgres-server"}
    beads = [int(row["bead"]) for row in listed]
    assert beads == sorted(set(beads)) and all(bead % terms_postgres_texts.STEP == 0 for bead in beads)
    assert terms_postgres_texts.STEP == 4
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])


def test_the_set_reads_a_repository_no_other_set_reads() -> None:
    assert all(t.module == "bench.terms_postgres_texts" and t.cases is None for t in POSTGRES.texts.values())
    assert POSTGRES.cases == LISTING and (POSTGRES.source_lang, POSTGRES.target_lang) == ("en", "ru")
    assert list(POSTGRES.texts) == list(terms_postgres_texts.DOCUMENTS)
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in POSTGRES.texts.values())
    source = terms_postgres_texts.DOCUMENTS["postgres-server"]
    assert (source.repo, source.commit, source.path) == (terms_postgres_texts.REPO, terms_postgres_texts.COMMIT,
                                                         "ru/postgres.po")
    assert re.fullmatch("[0-9a-f]{64}", source.sha256)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "en-ru-postgres"]
    assert not any(set(POSTGRES.texts) & set(other) for other in earlier)
    bench = Path(terms_bilingual.__file__).parent
    readers = {path.name for path in bench.glob("*.py")
               if f'"{terms_postgres_texts.REPO}"' in path.read_text(encoding="utf-8")}
    assert readers == {"terms_postgres_texts.py"}


_CATALOGUE = r'''# Made-up catalogue
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

#: a.c:1
#, c-format
msgid "table \"%s\" does not exist"
msgstr "таблица \"%s\" не существует"

#: a.c:2
msgid "index"
msgstr "индекс"

#: a.c:3
msgid "unused"
msgstr ""

#: a.c:4
msgid "one row"
msgid_plural "%d rows"
msgstr[0] "%d строка"
msgstr[1] "%d строки"
msgstr[2] "%d строк"

#: a.c:5
#, fuzzy
msgid "view"
msgstr "вид"

#: a.c:6
msgid "a long message "
"in two lines"
msgstr "длинное сообщение "
"в двух строках"

#: a.c:7
msgid "skipped between"
msgstr "пропущено"

#: a.c:8
msgid "%s: %s"
msgstr "%s: %s"

#: a.c:9
msgid "lock"
msgstr "блокировка"
'''


def test_a_catalogue_pairs_every_fourth_entry_that_is_translated_singular_and_russian() -> None:
    entries = terms_postgres_texts.messages(_CATALOGUE)
    # the header is no entry; a plural, a fuzzy and an untranslated entry keep their place
    assert entries == [("table \"%s\" does not exist", "таблица \"%s\" не существует"), ("index", "индекс"), None,
                       None, None, ("a long message in two lines", "длинное сообщение в двух строках"),
                       ("skipped between", "пропущено"), ("%s: %s", "%s: %s"), ("lock", "блокировка")]
    # beads 0, 4 and 8: bead 4 is fuzzy, so no pair; a Russian with no Russian letter would be none either
    assert terms_postgres_texts.file_pairs(_CATALOGUE) == [
        (0, "table \"%s\" does not exist", "таблица \"%s\" не существует"), (8, "lock", "блокировка")]


def test_frozen_pairs_are_the_listed_messages_when_the_mirror_holds_them() -> None:
    """Reads the catalogue (nothing runs on it): each listed message's digest is its pair's, and
    the pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(POSTGRES.texts, "en", POSTGRES.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the catalogue: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 951
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.source, p.target).digest for p in pairs)
    assert all(re.search("[А-Яа-яЁё]", p.target) and not re.search("[А-Яа-яЁё]", p.source) for p in pairs)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "en-ru-postgres"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "dvarrazzo/pgmessages" in captured.err


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
foreign-table,foreign table,сторонняя таблица,preferred,noun,relational model,a table read through a wrapper,source: made up
foreign-table,foreign table,внешняя таблица,deprecated,noun,relational model,a table read through a wrapper,the foreign key's word
checkpoint,checkpoint,контрольная точка,preferred,noun,recovery,the point recovery starts after,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("postgres-server#0", "cannot copy from foreign table \"%s\" before a checkpoint",
     "копировать из сторонней таблицы \"%s\" до контрольной точки нельзя"),
    ("postgres-server#4", "foreign table \"%s\" has no checkpoint",
     "у внешней таблицы \"%s\" нет точки сохранения"),
]
_LABELS = [
    Occurrence("postgres-server", 0, "source", "foreign-table", "foreign table", "concept", "term", ""),
    Occurrence("postgres-server", 0, "source", "checkpoint", "checkpoint", "concept", "term", ""),
    Occurrence("postgres-server", 4, "source", "foreign-table", "foreign table", "concept", "forbidden",
               "«внешней таблицы»"),
    Occurrence("postgres-server", 4, "source", "checkpoint", "checkpoint", "concept", "other", "«точки сохранения»"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the twelfth set's way: a listing of made-up messages."""
    return listed_tiny_set("en-ru-postgres", terms_postgres_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch)


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_postgres_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian target is read in its cases: the checkpoint is missing, «внешней таблицы» forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
