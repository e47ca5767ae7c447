"""The patient-leaflets set is read as it was frozen: the pairs the en-ru-medicine term set lists,
each document's English and Russian files refused unless they hash to the frozen digest; the
committed file holding the pairs and labels its docstring counts, unchanged since it was labelled;
and the set scored apart by the QA accuracy bench. The checks run only on made-up documents here:
the real set is held out, and is only loaded, where the mirror keeps it, to see that every frozen
pair is still the text its label was read on (`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_patient_leaflets, terms_medicine_texts
from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import Block
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    committed_set,
    draw_frozen,
    load_labelled,
    mirrored_files,
    modules_reading,
    write_frozen,
)

_REPO = "example/leaflets"
_FILES = {
    "vis-flu": ("Flu Vaccine: What you need to know\n\nFlu is a contagious disease that spreads every year.\n"
                "Anyone can get the flu.\nCall 1-800-232-4636 or\n",
                "Вакцина против гриппа: что вам нужно знать\nГрипп — инфекционное заболевание, которое "
                "распространяется ежегодно.\nЗаболеть гриппом может любой человек.\nпо телефону\n1-800-232-4636\n"),
    "acs-skin": ("Checking Your Skin\n• Check your face, ears, neck, chest, and belly.\n"
                 "• Use a comb or hair dryer to part your hair.\n",
                 "Проверка кожи на предмет рака\n• Осмотрите лицо, уши, шею, грудь и живот.\n"
                 "• Разделите волосы с помощью расчески или фена.\n"),
}
"""Two made-up documents, one of each publisher: an English line the Russian splits over two lines
(listed as one pair of lines 3 and 3,4), a blank line, and a heading each."""
_ROWS = (("vis-flu", 0, "0", "0"), ("vis-flu", 1, "1", "1"), ("vis-flu", 2, "2", "2"), ("vis-flu", 3, "3", "3,4"),
         ("acs-skin", 0, "0", "0"), ("acs-skin", 1, "1", "1"), ("acs-skin", 2, "2", "2"))
"""The made-up listing's rows: (document, bead, English lines, Russian lines)."""


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, tuple[str, str]] = _FILES) -> None:
    """The made-up documents committed where the `fetch` mirror keeps them, and the term set's
    documents pointed at them (their commit and digests in place of the real ones)."""
    commit = mirrored_files(root, _REPO, {f"{name}/{lang}.txt": text for name, pair in files.items()
                                          for lang, text in zip(("en", "ru"), pair, strict=True)})
    monkeypatch.setattr(terms_medicine_texts, "DOCUMENTS", {
        name: tuple(SourceFile(_REPO, commit, f"{name}/{lang}.txt", hashlib.sha256(text.encode()).hexdigest())
                    for lang, text in zip(("en", "ru"), pair, strict=True))
        for name, pair in files.items()})


def _listing(path: Path) -> Path:
    """The made-up listing, each row's digest that of the lines it names."""
    lines = {name: [[line.strip() for line in text.split("\n") if line.strip()] for text in pair]
             for name, pair in _FILES.items()}
    rows = ["text\tbead\tblock\tdigest\ten\tru"]
    for name, bead, en, ru in _ROWS:
        english = " ".join(lines[name][0][int(i)] for i in en.split(","))
        russian = " ".join(lines[name][1][int(i)] for i in ru.split(","))
        rows.append(f"{name}\t{bead}\t{name}#{bead}\t{Block('', 0, english, russian).digest}\t{en}\t{ru}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror(root, monkeypatch)
    monkeypatch.setattr(qa_patient_leaflets, "LISTING", _listing(tmp_path / "pairs.tsv"))
    return root


def test_the_pairs_are_the_term_set_s_listed_lines_a_page_per_document_in_bead_order(mirror: Path) -> None:
    """A pair's side is its listed lines joined by a space (the Russian line the English keeps whole
    is read whole again); a page is a document; the publisher is the group."""
    pages = qa_patient_leaflets.pages()
    assert list(pages) == ["vis-flu", "acs-skin"]
    assert [(b.index, b.source, b.target) for b in pages["vis-flu"]][2:] == [
        (2, "Anyone can get the flu.", "Заболеть гриппом может любой человек."),
        (3, "Call 1-800-232-4636 or", "по телефону 1-800-232-4636")]
    assert [qa_patient_leaflets.group(page) for page in pages] == ["vis", "acs"]


def test_a_document_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    english, _ = terms_medicine_texts.DOCUMENTS["vis-flu"]
    assert_another_version_is_refused(read_source, english, "has no")


def test_no_other_qa_set_reads_the_repository() -> None:
    """Its pairs are the en-ru-medicine term set's (`bench.terms_medicine_texts` reads the repository
    for the term bench); no other QA set reads it."""
    assert modules_reading(qa_patient_leaflets) == []


_FROZEN_SHA256 = "62e36eccf026066d876bdb989515896579d7d537852aed203f7cb241c0a70be7"  # session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """400 distinct pairs of 22 documents, 200 per publisher, 14 of them labelled with the 14 errors
    the docstring states, every label a check id, 18 notes on pairs of the set, the file unchanged
    since."""
    frozen, ids, labelled = committed_set(qa_patient_leaflets, _FROZEN_SHA256, 400)
    assert all(re.fullmatch(r"(vis|acs)-[a-z0-9-]+#\d+", pair_id) for pair_id in ids)
    assert {i.split("#")[0] for i in ids} == set(terms_medicine_texts.DOCUMENTS)
    assert Counter(qa_patient_leaflets.group(i) for i in ids) == {"vis": 200, "acs": 200}
    assert len(labelled) == 18  # session 46, D18 (b): 4 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "url-email": 8, "number-mismatch": 5, "quote-style": 1, "spacing": 4}
    assert Counter(qa_patient_leaflets.group(p["id"]) for p in labelled) == {"acs": 13, "vis": 5}
    assert len(frozen["noted"]) == 18


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Two pairs of each made-up publisher, as `build` draws them, written where the set reads them."""
    frozen = draw_frozen(qa_patient_leaflets, data, {"vis": 2, "acs": 2}, monkeypatch)
    write_frozen(qa_patient_leaflets, frozen)
    return frozen


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only pairs of 30 to 600 characters of English are drawn, each once; a label is loaded on its
    pair; a listed pair whose text changed in the mirror stops the load."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["noted"] == {}
    ids = [p["id"] for p in frozen["pairs"]]
    assert sorted(ids) == ["acs-skin#1", "acs-skin#2", "vis-flu#0", "vis-flu#1"]
    cases = load_labelled(qa_patient_leaflets, frozen, "vis-flu#1")
    assert len(cases) == 4 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == ["vis-flu#1"]
    english, russian = _FILES["vis-flu"]
    _mirror(mirror, monkeypatch, {**_FILES, "vis-flu": (english, russian.replace("ежегодно", "каждый год"))})
    assert_a_changed_block_is_refused(qa_patient_leaflets)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up documents with
    one made-up error stand in for the real set, which no test runs the checks on (the made-up
    listing's digest of the changed pair is not checked: the frozen set's own is)."""
    english, russian = _FILES["acs-skin"]
    doubled_files = {**_FILES, "acs-skin": (english, russian.replace("Осмотрите лицо", "Осмотрите лицо лицо"))}
    _mirror(mirror, monkeypatch, doubled_files)
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    doubled = qa_patient_leaflets.pages()["acs-skin"][1].target
    assert "лицо лицо" in doubled
    assert_scored_apart(qa_patient_leaflets, frozen, "acs-skin#1", "«лицо лицо», made up",
                        "held-out patient-leaflets", doubled)

