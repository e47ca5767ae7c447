"""The thirteenth bilingual term-check set, EN → RU computer security (`python -m
bench.terms_bilingual --set en-ru-keepassxc`): its frozen files say what the module docstring says,
its pairs are messages of KeePassXC's Russian catalogue read from the `fetch` mirror at a fixed commit
(`bench.terms_keepassxc_texts`), listed by block id and frozen by digest, and every label points to a
listed pair and a concept of its termbase. No test runs the checks, or the matcher, on the frozen
pairs; the catalogue reader is driven on a made-up catalogue and the wiring on a tiny made-up
set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_keepassxc_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

KEEPASSXC = terms_bilingual.SETS["en-ru-keepassxc"]
LISTING = terms_bilingual.PAIRS_EN_RU_KEEPASSXC


def test_the_termbase_is_en_to_ru_with_86_sourced_concepts_and_57_forbidden_russian_variants() -> None:
    rows = csv_rows(KEEPASSXC.termbase)
    assert list(rows[0])[:3] == ["id", "en", "ru"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 86
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 92, "admitted": 82, "deprecated": 57}
    # one Russian preferred term per concept; the other preferred rows add an English synonym
    preferred = [row for row in rows if row["status"] == "preferred"]
    assert all(len({r["ru"] for r in preferred if r["id"] == c}) == 1 for c in {r["id"] for r in rows})
    firsts = {row["id"]: row for row in reversed(rows)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["ru"] for row in rows if row["status"] == "deprecated"}
    assert {"публичный ключ", "приватный ключ", "первичный ключ", "дешифрование", "кольцо ключей", "авторизация",
            "простой текст", "приложение", "вход", "отмена", "сила пароля", "функция деривации ключа"} <= forbidden
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) == 43 and {"public-key", "key-file", "database", "clipboard", "kdf", "password-generator",
                                      "browser-integration", "hardware-key", "credentials"} <= multiword


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(KEEPASSXC.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 245 and len(rows) - len(source) == 84
    assert Counter(r.sense for r in source) == {"concept": 242, "other": 3}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 27, "other": 57}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {"term": 228, "other": 12, "omitted": 2}
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (229, 3)
    assert (len(gold.missing), len(gold.forbidden)) == (11, 0)
    missing = Counter(concept for _, _, concept in gold.missing)
    assert (missing["credentials"], len(missing)) == (4, 8)  # «записи», «данные», «доступ» for credentials
    # deprecated variants the translation uses in another sense are target rows of that sense
    termbase = csv_rows(KEEPASSXC.termbase)
    deprecated = {row["ru"].lower() for row in termbase if row["status"] == "deprecated"}
    other = [r for r in rows if r.side == "target" and r.sense == "other"
             and any(r.form.lower().startswith(variant[:-1]) for variant in deprecated)]
    assert {r.concept for r in other} == {"attachment", "entry", "revocation", "decryption"}
    assert sum(r.concept == "attachment" for r in other) == 4  # «приложение»: an application


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(KEEPASSXC.occurrences)
    beads = {int(listed["bead"]) for listed in csv_rows(LISTING, "\t")}
    assert {r.text for r in rows} == set(KEEPASSXC.texts) == {"keepassxc-messages"}
    assert all(r.bead in beads for r in rows)
    termbase = csv_rows(KEEPASSXC.termbase)
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-z '-]*", row.form), row
        else:  # a Russian form, or a compound with a Latin head («snap-пакетов»)
            assert re.fullmatch(r"[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё -]*", row.form), row
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or row.rendering in {"term", "omitted", "pronoun", ""}, row
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} <= with_variant


def test_the_listing_holds_every_fifth_message_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 404 and {row["text"] for row in listed} == {"keepassxc-messages"}
    beads = [int(row["bead"]) for row in listed]
    assert beads == sorted(set(beads)) and all(bead % terms_keepassxc_texts.STEP == 0 for bead in beads)
    assert terms_keepassxc_texts.STEP == 5
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])


def test_the_set_reads_a_repository_no_other_set_reads() -> None:
    assert all(t.module == "bench.terms_keepassxc_texts" and t.cases is None for t in KEEPASSXC.texts.values())
    assert KEEPASSXC.cases == LISTING and (KEEPASSXC.source_lang, KEEPASSXC.target_lang) == ("en", "ru")
    assert list(KEEPASSXC.texts) == list(terms_keepassxc_texts.DOCUMENTS)
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in KEEPASSXC.texts.values())
    source = terms_keepassxc_texts.DOCUMENTS["keepassxc-messages"]
    assert (source.repo, source.commit, source.path) == (terms_keepassxc_texts.REPO, terms_keepassxc_texts.COMMIT,
                                                         "share/translations/keepassxc_ru.ts")
    assert re.fullmatch("[0-9a-f]{64}", source.sha256)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "en-ru-keepassxc"]
    assert not any(set(KEEPASSXC.texts) & set(other) for other in earlier)
    bench = Path(terms_bilingual.__file__).parent
    readers = {path.name for path in bench.glob("*.py")
               if f'"{terms_keepassxc_texts.REPO}"' in path.read_text(encoding="utf-8")}
    assert readers == {"terms_keepassxc_texts.py"}


_CATALOGUE = """<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Скопировать в буфер обмена</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="vanished">Старое</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished">Файл-ключ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Database &amp; key</source>
        <translation>База данных &amp; ключ</translation>
    </message>
</context>
</TS>
"""


def test_a_catalogue_pairs_every_fifth_message_that_is_finished_singular_and_russian() -> None:
    # the unfinished, plural and vanished messages (beads 2-4) keep their places across contexts
    assert terms_keepassxc_texts.messages(_CATALOGUE) == [
        ("Copy to clipboard", "Скопировать в буфер обмена"), ("Entry", "Запись"), None, None, None,
        ("%1 - %2", "%1 — %2"), ("Group", "Группа"), None, ("Username", "Имя пользователя"), ("Password", "Пароль"),
        ("Database & key", "База данных & ключ")]
    # beads 0, 5 and 10; bead 5 holds no Russian letter, so no pair
    assert terms_keepassxc_texts.file_pairs(_CATALOGUE) == [
        (0, "Copy to clipboard", "Скопировать в буфер обмена"), (10, "Database & key", "База данных & ключ")]


def test_frozen_pairs_are_the_listed_messages_when_the_mirror_holds_them() -> None:
    """Reads the catalogue (nothing runs on it): each listed message's digest is its pair's, and
    the pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(KEEPASSXC.texts, "en", KEEPASSXC.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the catalogue: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 404
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.source, p.target).digest for p in pairs)
    assert all(re.search("[А-Яа-яЁё]", p.target) for p in pairs)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "en-ru-keepassxc"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "keepassxreboot/keepassxc" in captured.err


_TERMBASE = """id,en,ru,status,pos,subject,definition,note
attachment,attachment,вложение,preferred,noun,password management,a file stored inside an entry,source: made up
attachment,attachment,приложение,deprecated,noun,password management,a file stored inside an entry,an application
clipboard,clipboard,буфер обмена,preferred,noun,software,the system's store for copied text,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("keepassxc-messages#0", "the attachment was copied to the clipboard",
     "вложение скопировано в буфер обмена"),
    ("keepassxc-messages#5", "the attachment could not be copied to the clipboard",
     "не удалось скопировать приложение в буфер"),
]
_LABELS = [
    Occurrence("keepassxc-messages", 0, "source", "attachment", "attachment", "concept", "term", ""),
    Occurrence("keepassxc-messages", 0, "source", "clipboard", "clipboard", "concept", "term", ""),
    Occurrence("keepassxc-messages", 5, "source", "attachment", "attachment", "concept", "forbidden", "«приложение»"),
    Occurrence("keepassxc-messages", 5, "source", "clipboard", "clipboard", "concept", "other", "«буфер»"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the thirteenth set's way: a listing of made-up messages."""
    return listed_tiny_set("en-ru-keepassxc", terms_keepassxc_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch)


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_keepassxc_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian target is read in its cases: the clipboard is missing, «приложение» forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
