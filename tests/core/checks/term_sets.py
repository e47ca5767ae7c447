"""What the tests of the bilingual term sets (`bench.terms_bilingual`) share: the committed CSV
and TSV files read as rows, the terms the earlier sets hold, a tiny made-up set's labels and case
listing written as the bench reads them, the shape every label must have, and `main` run on such a set (scoring it, then refusing
it once its pairs differ from those labelled). Each set's own counts and rules stay in its own
test module."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench import terms_bilingual
from bench.qa_heldout import Block, HeldOutCase
from bench.terms_bilingual import DataSet, Occurrence, Text, TextsAbsent

BENCH_DATA = Path(terms_bilingual.__file__).resolve().parent / "data"


def csv_rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    """A committed CSV (a TSV with `delimiter` "\\t") as rows named by its header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def earlier_terms(*sets: str) -> set[str]:
    """Every English and Russian term, lower-cased, of the recognition termbases, of the first
    bilingual set's and of the named `sets`' termbases: what a new set's concepts are told apart
    from."""
    paths = [*BENCH_DATA.glob("recognition_*/termbase*.csv"), terms_bilingual.TERMBASE,
             *(terms_bilingual.SETS[name].termbase for name in sets)]
    return {row.get(lang, "").lower() for path in paths for row in csv_rows(path) for lang in ("en", "ru")}


def concept_terms(termbase: Path) -> dict[str, set[str]]:
    """Each concept of `termbase` with its English and Russian terms, lower-cased."""
    terms: dict[str, set[str]] = {}
    for row in csv_rows(termbase):
        terms.setdefault(row["id"], set()).update(t.lower() for t in (row["en"], row["ru"]) if t)
    return terms


def write_labels(path: Path, labels: Iterable[Occurrence]) -> Path:
    """`labels` as the set's occurrences file, a TSV the bench reads back."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["text", "bead", "side", "concept", "form", "sense", "rendering", "note"])
        writer.writerows([r.text, r.bead, r.side, r.concept, r.form, r.sense, r.rendering, r.note] for r in labels)
    return path


def write_listing(path: Path, text: str, blocks: Sequence[str]) -> Path:
    """A case listing: bead n of `text` is the QA case whose block id is `blocks[n]` (its digest
    unread, "-")."""
    path.write_text("text\tbead\tblock\tdigest\n"
                    + "".join(f"{text}\t{bead}\t{block}\t-\n" for bead, block in enumerate(blocks)),
                    encoding="utf-8")
    return path


def made_up_cases(cases: Sequence[tuple[str, str, str]], ids: Sequence[str] | None = None) -> list[HeldOutCase]:
    """Made-up (block id, source, target) cases as a QA set's `load` gives them, real pairs
    without a synthetic error; only those of `ids` where given."""
    return [HeldOutCase(source, target, frozenset(), "real pair", (), (), True, block)
            for block, source, target in cases if ids is None or block in ids]


def scored(name: str, data_set: DataSet, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """`main` run on `data_set` as the set `name`: it exits 0; its JSON report and, over all
    pairs, the `term-missing` and `term-forbidden` scores."""
    monkeypatch.setitem(terms_bilingual.SETS, name, data_set)
    assert terms_bilingual.main(["--set", name]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert report["set"] == name
    return report, report["all pairs"]["term-missing"], report["all pairs"]["term-forbidden"]


def assert_changed_pairs_refused(name: str, data_set: DataSet, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """`main` run on `data_set` as the set `name`, whose pairs are not those labelled: it exits
    2 with nothing on stdout and one line on stderr saying so."""
    monkeypatch.setitem(terms_bilingual.SETS, name, data_set)
    assert terms_bilingual.main(["--set", name]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "differ from those that were labelled" in captured.err


def listed_tiny_set(name: str, module: ModuleType, blocks: Sequence[tuple[str, str, str]], termbase: str,
                    labels: Iterable[Occurrence], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    extra: Mapping[str, str] | None = None) -> DataSet:
    """A made-up set `name` read the way the sets over one QA reader's blocks are: `module.load`
    gives the made-up (block id "text#bead", English, Russian) `blocks`, a listing names each by
    its digest (and the `extra` columns the set's listing has), `termbase` is the CSV's text."""
    source, target = name.split("-")[:2]
    text = blocks[0][0].split("#")[0]
    monkeypatch.setattr(module, "load", lambda: made_up_cases(blocks))
    (tmp_path / "termbase.csv").write_text(termbase, encoding="utf-8")
    columns = "".join(f"\t{column}" for column in extra or {})
    values = "".join(f"\t{value}" for value in (extra or {}).values())
    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"text\tbead\tblock\tdigest{columns}\n" + "".join(
        f"{text}\t{block.split('#')[1]}\t{block}\t{Block('', 0, en, ru).digest}{values}\n"
        for block, en, ru in blocks), encoding="utf-8")
    pairs = [terms_bilingual.Pair(text, int(block.split("#")[1]), *((en, ru) if source == "en" else (ru, en)))
             for block, en, ru in blocks]
    texts = {text: Text(module.__name__, terms_bilingual.pairs_digest(pairs))}
    return DataSet(name, source, target, texts, tmp_path / "termbase.csv",
                   write_labels(tmp_path / "occurrences.tsv", labels), listing)


def assert_tiny_set_scored_then_refused(
        tiny: DataSet, module: ModuleType, blocks: Sequence[tuple[str, str, str]],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """`main` scores the `listed_tiny_set` `tiny` (every block a pair), refuses it without its
    last block and once its pairs' digest differs; the `term-missing` and `term-forbidden`
    scores, for the set's own assertions."""
    report, missing, forbidden = scored(tiny.name, tiny, monkeypatch, capsys)
    assert report["pairs"] == len(blocks)
    monkeypatch.setattr(module, "load", lambda: made_up_cases(blocks[:-1]))
    with pytest.raises(TextsAbsent, match=f"has no case {re.escape(blocks[-1][0])}"):
        terms_bilingual.read_pairs(tiny.texts, tiny.source_lang, tiny.cases)
    monkeypatch.setattr(module, "load", lambda: made_up_cases(blocks))
    changed = {text: Text(module.__name__, "0" * 64) for text in tiny.texts}
    assert_changed_pairs_refused(tiny.name, DataSet(
        tiny.name, tiny.source_lang, tiny.target_lang, changed, tiny.termbase, tiny.occurrences, tiny.cases),
        monkeypatch, capsys)
    return missing, forbidden


def assert_labels_well_formed(rows: Sequence[Occurrence], termbase: Sequence[dict[str, str]]) -> None:
    """Each label names a concept of `termbase` by a form written in its side's alphabet; a source
    occurrence in the concept's sense says how it was rendered, with a note unless the rendering
    is the term, an omission or a pronoun; a forbidden rendering is only ever labelled for a
    concept that has a forbidden variant."""
    assert {r.concept for r in rows} <= {row["id"] for row in termbase}
    for row in rows:
        assert row.form and row.form == row.form.strip()
        if row.side == "source":
            assert re.fullmatch(r"[A-Za-z][A-Za-zÀ-ÿ'’ -]*", row.form), row
        else:
            assert re.fullmatch(r"[А-Яа-яЁё][А-Яа-яЁё -]*", row.form), row
        assert (row.rendering == "") == (row.side == "target" or row.sense == "other"), row
        assert row.note or row.rendering in {"term", "omitted", "pronoun", ""}, row
    with_variant = {row["id"] for row in termbase if row["status"] == "deprecated"}
    assert {r.concept for r in rows if r.rendering == "forbidden"} <= with_variant
