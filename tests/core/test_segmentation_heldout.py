"""The held-out sentence-segmentation set (`python -m bench.segmentation_heldout`): the scorer on
a made-up paragraph, the builder's decisions on a made-up listing, and the set's integrity (files
as their digests say, every gold sentence an exact stretch of its paragraph and all of them
together the paragraph, the sources' stretches unchanged where the mirrors are here). Nothing
here runs a splitter on the set itself."""

from __future__ import annotations

import hashlib
import json

import pytest

from bench import segmentation_heldout as heldout
from bench.segmentation_heldout import Document, Paragraph, gold_spans, score, trimmed
from bench.segmentation_heldout_build import (
    EXCERPTS,
    MIRRORS,
    Decisions,
    excerpt_text,
    gold_sentences,
    spans,
)

MANIFEST = json.loads(heldout.MANIFEST.read_text(encoding="utf-8"))
ENTRIES = MANIFEST["documents"]
KINDS = {"fiction", "nonfiction", "legal", "scientific", "lists", "ocr"}


def record(entry: dict[str, object]) -> dict[str, object]:
    return json.loads((heldout.DATA / str(entry["file"])).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_file_is_as_its_digest_says() -> None:
    assert {e["id"] for e in ENTRIES} == {x.id for x in EXCERPTS}
    for entry in ENTRIES:
        data = (heldout.DATA / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["id"]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["id"])
def test_gold_sentences_are_their_paragraph_cut_in_order(entry: dict[str, object]) -> None:
    doc = record(entry)
    assert (doc["id"], doc["lang"], doc["kind"]) == (entry["id"], entry["lang"], entry["kind"])
    paragraphs = doc["paragraphs"]
    assert isinstance(paragraphs, list)
    assert len(paragraphs) == entry["paragraphs"]
    assert sum(len(p["sentences"]) for p in paragraphs) == entry["sentences"]
    for p in paragraphs:
        assert p["text"].strip() and p["sentences"]
        for sentence in p["sentences"]:
            assert sentence and sentence == sentence.strip()
        assert "".join(p["text"].split()) == "".join("".join(s.split()) for s in p["sentences"])
        found = gold_spans(Paragraph(p["text"], tuple(p["sentences"])))
        assert [p["text"][a:b] for a, b in found] == p["sentences"]
        assert all(not p["text"][b:c].strip() for (_, b), (c, _) in zip(found, found[1:]))


@pytest.mark.parametrize("lang", heldout.LANGS)
def test_each_language_has_enough_sentences_documents_and_kinds(lang: str) -> None:
    entries = [e for e in ENTRIES if e["lang"] == lang]
    assert sum(e["sentences"] for e in entries) >= 1000
    assert len(entries) >= 8
    assert {e["kind"] for e in entries} == KINDS
    assert [d.id for d in heldout.load(lang)] == [e["id"] for e in entries]


@pytest.mark.skipif(not MIRRORS.is_dir(), reason="the mirrors the sources were read from are not here")
@pytest.mark.parametrize("excerpt", EXCERPTS, ids=lambda x: x.id)
def test_the_sources_stretches_are_the_ones_read(excerpt: object) -> None:
    entry = next(e for e in ENTRIES if e["id"] == excerpt.id)  # type: ignore[attr-defined]
    repo = excerpt.repo  # type: ignore[attr-defined]
    if repo and not (MIRRORS / repo.replace("/", "+") / "repo").is_dir():
        pytest.skip(f"{repo} is not mirrored here")  # the folder holds other repositories only
    text = excerpt_text(excerpt)  # type: ignore[arg-type]
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == record(entry)["source_digest"]


def test_exact_sentences_are_scored_with_their_whitespace_trimmed() -> None:
    text = "Mr. Smith came. He left!  Then  «— Да, — сказал он.»"
    paragraph = Paragraph(text, ("Mr. Smith came.", "He left!", "Then  «— Да, — сказал он.»"))
    document = Document("made-up", "en", "fiction", "", (paragraph,))

    def naive(text: str, lang: str) -> list[tuple[int, int]]:
        cuts = [0, 4, 16, 25, len(text)]  # "Mr." | "Smith came. " | "He left!  " | rest
        return list(zip(cuts, cuts[1:]))

    misses: list[str] = []
    tally = score(document, naive, misses)
    assert (tally.found, tally.gold, tally.right) == (4, 3, 2)
    assert tally.figures()["precision"] == 0.5
    assert tally.figures()["recall"] == round(2 / 3, 4)
    assert misses == ["Mr. Smith came."]
    assert trimmed("  a  ", [(0, 5), (0, 1)]) == {(2, 3)}


def test_decisions_join_cut_and_keep_whole() -> None:
    listing = "Mr.\nSmith came.\nHe said \"Go!\nnow.\"\n\n1.\nIvanov I.\nBook.\n– M., 1990.\n\nOne two. Three\n"
    decisions = Decisions(joins=frozenset({1, 3}), splits={11: ["One two."]}, wholes=frozenset({6}))
    assert gold_sentences(listing, decisions) == [
        ["Mr. Smith came.", "He said \"Go! now.\""],
        ["1. Ivanov I. Book. – M., 1990."],
        ["One two.", "Three"],
    ]
    assert spans("A  b.\nC.", ["A b.", "C."]) == ["A  b.", "C."]
    with pytest.raises(ValueError):
        spans("A b. C.", ["A b."])


def test_the_report_tallies_per_language_kind_and_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def made_up(lang: str) -> list[Document]:
        first = Paragraph("One. Two.", ("One.", "Two."))
        second = Paragraph("Dr. Who. Yes.", ("Dr. Who.", "Yes."))
        return [Document(f"{lang}-a", lang, "fiction", "", (first,)),
                Document(f"{lang}-b", lang, "legal", "", (second,))]

    def at_stops(text: str, lang: str) -> list[tuple[int, int]]:
        ends = [i + 1 for i, c in enumerate(text) if c == "."]
        return list(zip([0, *ends], ends))

    monkeypatch.setattr(heldout, "load", made_up)
    monkeypatch.setattr(heldout, "splitters", lambda: {"workbench": at_stops, "whole": lambda t, _: [(0, len(t))]})
    report = heldout.run(miss_count=1)
    stops = report["ru"]["workbench"]
    assert stops["all"] == {"gold": 4, "found": 5, "right": 3, "precision": 0.6, "recall": 0.75, "f1": 0.6667}
    assert stops["kinds"]["legal"]["right"] == 1
    assert stops["documents"]["ru-a"]["f1"] == 1.0
    assert stops["misses"] == {"ru-a": [], "ru-b": ["Dr. Who."]}
    assert report["en"]["whole"]["all"]["right"] == 0
    table = heldout.table(report)
    assert "kind legal" in table and "en-b" in table
    assert "0.600 / 0.750 / 0.667" in table
