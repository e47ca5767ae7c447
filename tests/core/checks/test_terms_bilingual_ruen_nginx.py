"""The eleventh bilingual term-check set, RU → EN web servers and networking (`python -m
bench.terms_bilingual --set ru-en-nginx`): its frozen files say what the module docstring says,
its pairs are units of nginx's Russian documentation and the authors' English read from the `fetch`
mirror at a fixed commit (`bench.terms_nginx_texts`), listed by block id and frozen by digest, and
every label points to a listed pair and a concept of its termbase. No test runs the checks, or the
matcher, on the frozen pairs; the reader is driven on made-up XML and the wiring on a tiny made-up
set."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bench import terms_bilingual, terms_nginx_texts
from bench.qa_heldout import Block
from bench.terms_bilingual import DataSet, Occurrence, TextsAbsent
from tests.core.checks.term_sets import (
    assert_tiny_set_scored_then_refused,
    csv_rows,
    listed_tiny_set,
)

NGINX = terms_bilingual.SETS["ru-en-nginx"]
LISTING = terms_bilingual.PAIRS_RU_EN_NGINX


def test_the_termbase_is_ru_to_en_with_88_sourced_concepts_and_52_forbidden_english_variants() -> None:
    rows = csv_rows(NGINX.termbase)
    assert list(rows[0])[:3] == ["id", "ru", "en"]  # the first language column is the source
    assert len({row["id"] for row in rows}) == 88
    assert all(row["definition"] and row["subject"] and row["pos"] and row["ru"] and row["en"] for row in rows)
    assert Counter(row["status"] for row in rows) == {"preferred": 103, "admitted": 57, "deprecated": 52}
    # the first row of every concept says where its terms come from
    firsts = {row["id"]: row for row in reversed(rows)}
    assert all(row["note"].startswith("source: ") for row in firsts.values())
    forbidden = {row["en"] for row in rows if row["status"] == "deprecated"}
    assert {"working process", "main process", "catalog", "productivity", "authentification", "query",
            "answer", "customer", "back proxy", "permanent connection", "instruction"} <= forbidden
    preferred = [row for row in rows if row["status"] == "preferred"]
    multiword = {row["id"] for row in preferred if " " in row["ru"]}
    assert len(multiword) >= 30 and {"worker-process", "keepalive-connection", "shared-memory-zone",
                                      "load-balancing", "request-body", "connection-processing-method"} <= multiword
    # the homographs say in their definition which sense is not the concept
    for concept in ("request", "response", "header", "client", "port", "cache", "directory", "build", "performance"):
        assert "(not " in next(r["definition"] for r in rows if r["id"] == concept), concept


def test_the_labels_hold_the_counts_the_docstring_gives() -> None:
    rows = terms_bilingual.read_occurrences(NGINX.occurrences)
    source = [r for r in rows if r.side == "source"]
    assert len(source) == 1461 and len(rows) - len(source) == 166
    assert Counter(r.sense for r in source) == {"concept": 1394, "other": 67}
    assert Counter(r.sense for r in rows if r.side == "target") == {"concept": 131, "other": 35}
    assert Counter(r.rendering for r in source if r.sense == "concept") == {
        "term": 1314, "other": 47, "omitted": 30, "pronoun": 2, "forbidden": 1}
    assert Counter(r.concept for r in source if r.sense == "other")["method"] == 53
    gold = terms_bilingual.gold_of(rows)
    keys = {(r.text, r.bead, r.concept) for r in source}
    in_sense = {(r.text, r.bead, r.concept) for r in source if r.sense == "concept"}
    assert (len(keys), len(keys - in_sense)) == (1012, 47)
    assert (len(gold.missing), len(gold.forbidden)) == (40, 1)
    missing = Counter(concept for _, _, concept in gold.missing)
    assert (missing["log"], missing["compression"], len(missing)) == (6, 5, 20)
    assert gold.forbidden == {("nginx-http-upstream", 70, "response")}


def test_every_label_names_a_listed_pair_a_known_concept_and_a_form_of_its_side() -> None:
    rows = terms_bilingual.read_occurrences(NGINX.occurrences)
    beads: dict[str, set[int]] = {}
    for listed in csv_rows(LISTING, "\t"):
        beads.setdefault(listed["text"], set()).add(int(listed["bead"]))
    assert {r.text for r in rows} <= set(NGINX.texts) == set(beads)
    assert all(r.bead in beads[r.text] for r in rows)
    termbase = csv_rows(NGINX.termbase)
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        # a Russian form may hold Latin letters: «IP-адрес», «поле Host заголовка»
        russian = re.fullmatch(r"[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9 -]*", row.form) and re.search("[А-Яа-яЁё]", row.form)
        english = re.fullmatch(r"[A-Za-z][A-Za-z0-9 '’-]*", row.form)
        assert bool(russian if row.side == "source" else english), row
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or row.rendering in {"term", "omitted", "pronoun", ""}, row
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} <= with_variant


def test_the_listing_holds_each_document_s_units_in_order_with_a_digest() -> None:
    listed = csv_rows(LISTING, "\t")
    assert len(listed) == 421
    counts = Counter(row["text"] for row in listed)
    assert len(counts) == 16 and (counts["nginx-http-upstream"], counts["nginx-debugging-log"]) == (113, 4)
    for row in listed:
        assert row["block"] == f"{row['text']}#{row['bead']}"
        assert re.fullmatch("[0-9a-f]{12}", row["digest"])
    for name in counts:
        beads = [int(row["bead"]) for row in listed if row["text"] == name]
        assert beads == sorted(set(beads))


def test_the_set_reads_a_repository_no_other_set_reads() -> None:
    assert all(t.module == "bench.terms_nginx_texts" and t.cases is None for t in NGINX.texts.values())
    assert NGINX.cases == LISTING and (NGINX.source_lang, NGINX.target_lang) == ("ru", "en")
    assert list(NGINX.texts) == list(terms_nginx_texts.DOCUMENTS)
    assert all(re.fullmatch("[0-9a-f]{64}", t.sha256) for t in NGINX.texts.values())
    for russian, english in terms_nginx_texts.DOCUMENTS.values():
        assert russian.path.startswith("xml/ru/docs/") and english.path == russian.path.replace("/ru/", "/en/", 1)
        assert russian.commit == english.commit == terms_nginx_texts.COMMIT
        assert re.fullmatch("[0-9a-f]{64}", russian.sha256) and re.fullmatch("[0-9a-f]{64}", english.sha256)
    earlier = [s.texts for name, s in terms_bilingual.SETS.items() if name != "ru-en-nginx"]
    assert not any(set(NGINX.texts) & set(other) for other in earlier)
    bench = Path(terms_bilingual.__file__).parent
    readers = {path.name for path in bench.glob("*.py") if f'"{terms_nginx_texts.REPO}"' in path.read_text(encoding="utf-8")}
    assert readers == {"terms_nginx_texts.py"}


_RU = """<?xml version="1.0"?>
<!DOCTYPE module SYSTEM "../../../../dtd/module.dtd">
<module name="Модуль" lang="ru" rev="{rev}">
<section id="summary">
<para>
Директива <link doc="a.xml" id="proxy_pass"/> задаёт адрес&nbsp;сервера&mdash;и код
<http-status code="502" text="Bad Gateway"/>:
<example>
location / {{ proxy_pass http://backend; }}
</example>
</para>
<para>
<list type="bullet">
<listitem>рабочий <literal>процесс</literal></listitem>
</list>
</para>
<para><example>code only</example></para>
<para>nginx-1.29.6</para>
</section>
</module>
"""
_EN = """<?xml version="1.0"?>
<!DOCTYPE module SYSTEM "../../../../dtd/module.dtd">
<module name="Module" lang="en" rev="{rev}">
<section id="summary">
<para>
The <link doc="a.xml" id="proxy_pass"/> directive sets a server&nbsp;address&mdash;and the
<http-status code="502" text="Bad Gateway"/> code:
<example>
location / {{ proxy_pass http://backend; }}
</example>
</para>
<para>
<list type="bullet">
<listitem>worker <literal>process</literal></listitem>
</list>
</para>
<para><example>code only</example></para>
<para>nginx-1.29.6</para>
</section>
</module>
"""


def test_a_document_pairs_its_units_by_place_as_the_site_renders_them() -> None:
    pairs = terms_nginx_texts.file_pairs(_RU.format(rev="7"), _EN.format(rev="7"))
    # the code, the paragraphs left empty and the unit with no Russian letter are left out; the
    # named entities are their characters, and a no-break space is folded like any other
    assert pairs == [
        (0, "Директива proxy_pass задаёт адрес сервера\u2014и код 502 (Bad Gateway):",
         "The proxy_pass directive sets a server address\u2014and the 502 (Bad Gateway) code:"),
        (1, "рабочий процесс", "worker process"),
    ]
    # a translation behind its original, or one that splits otherwise, pairs nothing
    assert terms_nginx_texts.file_pairs(_RU.format(rev="8"), _EN.format(rev="7")) == []
    shorter = _EN.format(rev="7").replace("<para>nginx-1.29.6</para>\n", "")
    assert terms_nginx_texts.file_pairs(_RU.format(rev="7"), shorter) == []


def test_frozen_pairs_are_the_listed_units_when_the_mirror_holds_them() -> None:
    """Reads the texts (nothing runs on them): each listed unit's digest is its pair's, and every
    document's pairs hash to the digest they were labelled with."""
    try:
        pairs = terms_bilingual.read_pairs(NGINX.texts, "ru", NGINX.cases)
    except TextsAbsent as absent:
        pytest.skip(f"the mirror does not hold the documentation: {absent}")
    listed = {(row["text"], int(row["bead"])): row["digest"] for row in csv_rows(LISTING, "\t")}
    assert len(pairs) == len(listed) == 421
    assert all(listed[(p.text, p.bead)] == Block("", 0, p.target, p.source).digest for p in pairs)
    assert all(re.search("[А-Яа-яЁё]", p.source) and re.search("[A-Za-z]{2}", p.target) for p in pairs)


def test_an_absent_mirror_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    assert terms_bilingual.main(["--set", "ru-en-nginx"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "nginx/nginx.org" in captured.err


_TERMBASE = """id,ru,en,status,pos,subject,definition,note
worker-process,рабочий процесс,worker process,preferred,noun,processes,a process that handles connections,source: made up
worker-process,рабочий процесс,working process,deprecated,noun,processes,a process that handles connections,calque
shared-memory,разделяемая память,shared memory,preferred,noun,memory,memory shared between processes,source: made up
"""
_BLOCKS = [  # (block id, English, Russian), as the QA reader keeps them
    ("made-up-doc#0", "Worker processes use shared memory", "Рабочие процессы используют разделяемую память"),
    ("made-up-doc#2", "Each working process keeps a common memory", "Каждый рабочий процесс хранит разделяемую память"),
]
_LABELS = [
    Occurrence("made-up-doc", 0, "source", "worker-process", "Рабочие процессы", "concept", "term", ""),
    Occurrence("made-up-doc", 0, "source", "shared-memory", "разделяемую память", "concept", "term", ""),
    Occurrence("made-up-doc", 2, "source", "worker-process", "рабочий процесс", "concept", "forbidden", "working process"),
    Occurrence("made-up-doc", 2, "source", "shared-memory", "разделяемую память", "concept", "other", "common memory"),
]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataSet:
    """A made-up set read the eleventh set's way: a listing of a made-up document's units."""
    return listed_tiny_set("ru-en-nginx", terms_nginx_texts, _BLOCKS, _TERMBASE, _LABELS, tmp_path, monkeypatch)


def test_main_scores_the_core_on_a_tiny_set_and_refuses_pairs_that_differ(
        tiny: DataSet, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    missing, forbidden = assert_tiny_set_scored_then_refused(tiny, terms_nginx_texts, _BLOCKS, monkeypatch, capsys)
    # the Russian source is read in its cases: "common memory" is missing, "working process" forbidden
    assert (missing["gold"], forbidden["gold"]) == (1, 1)
    assert forbidden["hits"] == 1
