"""The book-nonfiction set is read as it was frozen: each work's English and Russian files of
the bilinguator collection paired line by line, a heading as one pair and a paragraph sentence
by sentence where both sides hold as many sentences; the files refused unless they hash to
their frozen digests; the committed file holding the pairs and labels its docstring counts,
unchanged since it was labelled; and the set scored apart by the QA accuracy bench. The checks
run only on made-up repositories here: the real set is held out, and is only loaded, where the
mirror keeps it, to see that every frozen pair is still the text its label was read on."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_book_nonfiction
from bench.align_heldout import BILINGUATOR, SourceFile, read_source
from tests.core.checks.frozen_sets import (
    _commit,
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)
from workbench.core.checks import REGISTRY

_EN = """Karl Marx
<h1>Manifesto</h1>
<h1>I. Bourgeois and Proletarians</h1>
The history of all hitherto existing society is the history of class struggles. In the 18th century, 6,000 men <i>worked</i>.
A paragraph of one sentence whose Russian splits it.
Modern industry has established the world market, for which the<delimiter>discovery of America paved the way.
"""
_RU = """Карл Маркс
<h1>Манифест</h1>
<h1>1. Буржуа и пролетарии</h1>
История всех до сих пор существовавших обществ была историей борьбы классов. В XVIII веке <i>работали</i> 6000 человек.
Абзац из одного предложения. Перевод разбил его на два.
Крупная промышленность создала всемирный рынок, подготовленный открытием Америки.
"""


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _mirror_work(mirror: Path, monkeypatch: pytest.MonkeyPatch, russian: str = _RU) -> None:
    """One work as a made-up copy of the collection: a title, a heading, a paragraph of two
    sentences, one whose Russian splits its sentence, one of a sentence on each side."""
    repo = mirror / BILINGUATOR.replace("/", "+") / "repo"
    if not repo.exists():
        repo.mkdir(parents=True)
        subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    commit = _commit(repo, {"texts/w/w_en.txt": _EN, "texts/w/w_ru.txt": russian})
    monkeypatch.setattr(qa_book_nonfiction, "SOURCES", {"manifesto": (
        SourceFile(BILINGUATOR, commit, "texts/w/w_en.txt", _sha256(_EN)),
        SourceFile(BILINGUATOR, commit, "texts/w/w_ru.txt", _sha256(russian)))})
    monkeypatch.setattr(qa_book_nonfiction, "PAIRS", {"manifesto": 4})


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The work where the `fetch` mirror keeps it."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_work(root, monkeypatch)
    return root


def test_a_work_pairs_its_headings_and_its_sentences_one_by_one(mirror: Path) -> None:
    """The author's and title lines are no pair; a heading is one; a paragraph pairs sentence by
    sentence where both sides hold as many (one split by its translation gives none); the
    collection's layout tags are dropped and its ``<delimiter>`` is a space."""
    pages = qa_book_nonfiction.pages()
    assert sorted(pages) == ["manifesto/3", "manifesto/4", "manifesto/6"]
    assert [(b.page, b.index, b.source[:20], b.target[:20]) for bs in pages.values() for b in bs] == [
        ("manifesto/3", 0, "I. Bourgeois and Pro", "1. Буржуа и пролетар"),
        ("manifesto/4", 0, "The history of all h", "История всех до сих "),
        ("manifesto/4", 1, "In the 18th century,", "В XVIII веке работал"),
        ("manifesto/6", 0, "Modern industry has ", "Крупная промышленнос")]
    assert pages["manifesto/4"][1].source.endswith("6,000 men worked.")
    assert "the discovery of America" in pages["manifesto/6"][0].source


def test_a_text_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    english, _ = qa_book_nonfiction.SOURCES["manifesto"]
    assert_another_version_is_refused(read_source, english, "has no")


def test_no_text_an_earlier_qa_set_read_is_read() -> None:
    """Four works of the collection, none of them a text an earlier QA set read: the
    bilinguator texts the other benches read are Russell's and Descartes' (for alignment only)
    and the Manifesto's English (for term recognition only)."""
    paths = {source.path.split("/")[1] for pair in qa_book_nonfiction.SOURCES.values() for source in pair}
    assert paths == {"manifesto", "nothing_in_biology", "in_praise_of_idleness", "discours_de_la_methode"}
    qa_sets = Path(qa_book_nonfiction.__file__).parent.glob("qa_*.py")
    assert not any(f"texts/{path}/" in module.read_text(encoding="utf-8") for module in qa_sets
                   if module.name != "qa_book_nonfiction.py" for path in paths)


_FROZEN_SHA256 = "d170f6f79ea01058acf0417a5600a37952b499c51dc28d358b218fcd676c64ee"  # relabelled in session 37 by docs/qa.md's house rules
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """580 pairs drawn, 53 Discourse pairs the collection cut out of Veitch's periods and a
    repeated "Why?" dropped by the reading: 526 distinct pairs, 2 of them labelled with the 2 errors the docstring states,
    every label a check id, the file unchanged since."""
    data = qa_book_nonfiction.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert sum(qa_book_nonfiction.PAIRS.values()) == 580 and len(ids) == len(set(ids)) == 526
    assert len({p["digest"] for p in pairs}) == 526 and frozen["errors"] == []
    assert all(re.fullmatch(r"(manifesto|dobzhansky|russell|descartes)/\d+#\d+", pair_id) for pair_id in ids)
    assert Counter(pair_id.split("/")[0] for pair_id in ids) == {
        "manifesto": 150, "dobzhansky": 221, "russell": 98, "descartes": 57}
    labelled = {p["id"]: p["real_errors"] for p in pairs if p["real_errors"]}
    assert sorted(labelled) == ["descartes/322#0", "dobzhansky/27#0", "manifesto/284#0", "manifesto/47#0"]  # session 37, docs/qa.md's house rules (D4)
    assert Counter(check for errors in labelled.values() for check in errors) == {"number-mismatch": 2, "punctuation-end": 2}
    assert {check for errors in labelled.values() for check in errors} <= set(REGISTRY)
    assert all(what.strip() for errors in labelled.values() for what in errors.values())



def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """All 4 pairs of the made-up work drawn."""
    return draw_frozen(qa_book_nonfiction, data, {"manifesto": 4}, monkeypatch)


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == ["manifesto/3#0", "manifesto/4#0", "manifesto/4#1", "manifesto/6#0"]
    cases = load_labelled(qa_book_nonfiction, frozen, "manifesto/4#1")
    assert len(cases) == 4 and all(c.real for c in cases)
    assert [c.target[:12] for c in cases if c.checks] == ["В XVIII веке"]
    _mirror_work(mirror, monkeypatch, _RU.replace("6000", "7000"))
    assert_a_changed_block_is_refused(qa_book_nonfiction)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Крупная промышленность создала создала всемирный рынок, подготовленный открытием Америки."
    _mirror_work(mirror, monkeypatch, _RU.replace("создала", "создала создала"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_book_nonfiction, frozen, "manifesto/6#0", "«создала создала», made up",
                        "held-out book-nonfiction", doubled)
