"""The security-guides set is read as it was frozen: each OWASP document's English and Russian
folders, kept side by side in one repository, paired file by file and block by block where both
have the same shape, every tree refused unless it hashes to its frozen digest (and read although
the mirror lacks a large binary beside the texts), the pairs drawn per document with its share of
pairs holding digits, the committed labels counted as the docstring states them, and the set
scored apart by the QA accuracy bench. Only made-up repositories are read here: the real set is
held out."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_community_docs,
    qa_framework_docs,
    qa_glossaries,
    qa_lessons,
    qa_ml_courses,
    qa_news_numbers,
    qa_org_sites,
    qa_rust_books,
    qa_security_guides,
)
from bench.qa_community_docs import read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_RISKS_EN = """# A4:2017-XML External Entities (XXE)

Applications and in particular XML-based web services might be vulnerable to attack if:

* The application accepts XML directly or XML uploads, especially from untrusted sources.
* If the application uses SOAP prior to version 1.2, it is likely susceptible to XXE attacks.

| Threat agents | Exploitability |
| --- | --- |
"""
_RISKS_RU = """# A4:2017-Внешние сущности XML (XXE)

Приложения, в особенности веб-службы на основе XML, являются уязвимыми в следующих случаях:

* Приложение принимает XML напрямую или через выгрузку, особенно от недоверенных источников.
* Приложение использует SOAP версии ниже 1.2 и может быть уязвимо для XXE-атак.

| Источники угроз | Эксплуатируемость |
| --- | --- |
"""
_OTHER_EN = "# Foreword\n\nInsecure software is undermining our financial and healthcare infrastructure.\n"
_OTHER_RU = ("# Предисловие\n\nНенадежное программное обеспечение подрывает безопасность инфраструктур.\n\n"
             "Это касается финансов и здравоохранения.\n")
_NOTE_EN = "# Notice\n\nThis is the text version of the document, used as source for the official release.\n"
_NOTE_RU = "# Примечание\n\nЭто текстовая версия документа, используемая для официального выпуска.\n"


def _mirror_documents(mirror: Path, monkeypatch: pytest.MonkeyPatch, risks_ru: str = _RISKS_RU) -> None:
    """The three documents as made-up repositories, each with its English and Russian folders:
    the Top 10 a file whose Russian has another shape and a file only the English has, the others
    one file each."""
    sources = {}
    for name, (english, russian) in qa_security_guides.SOURCES.items():
        en_files = {"notes.txt": "not Markdown"}
        ru_files = {}
        if name == "top10":
            en_files |= {"0xa4-xxe.md": _RISKS_EN, "0x02-foreword.md": _OTHER_EN, "0x03-about.md": _OTHER_EN}
            ru_files |= {"0xa4-xxe.md": risks_ru, "0x02-foreword.md": _OTHER_RU}
        else:
            en_files |= {"0x00-notice.md": _NOTE_EN.replace("the document", f"the {name} document")}
            ru_files |= {"0x00-notice.md": _NOTE_RU.replace("документа", f"документа {name}")}
        sources[name] = (mirrored_tree(mirror, english, en_files), mirrored_tree(mirror, russian, ru_files))
    monkeypatch.setattr(qa_security_guides, "SOURCES", sources)


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The three documents as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_documents(root, monkeypatch)
    return root


def test_a_document_pairs_files_of_the_same_shape_in_two_folders_of_one_repository(mirror: Path) -> None:
    """The heading counts in the index but is not read, a table is dropped, list items are read;
    a file whose Russian has two paragraphs for one is left out whole, one with no Russian pairs
    with nothing, a file that is not Markdown is not read."""
    blocks = qa_security_guides.pages()
    assert sorted(page for page in blocks if page.startswith("top10/")) == ["top10/0xa4-xxe"]
    assert [(b.index, b.target) for b in blocks["top10/0xa4-xxe"]] == [
        (1, "Приложения, в особенности веб-службы на основе XML, являются уязвимыми в следующих случаях:"),
        (2, "* Приложение принимает XML напрямую или через выгрузку, особенно от недоверенных источников."),
        (3, "* Приложение использует SOAP версии ниже 1.2 и может быть уязвимо для XXE-атак."),
    ]
    assert [b.index for b in blocks["asvs/0x00-notice"]] == [1]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    english, _ = qa_security_guides.SOURCES["top10"]
    assert_another_version_is_refused(read_tree, english, "no 2017/en")


def test_a_tree_is_read_although_the_mirror_lacks_a_binary_beside_its_texts(mirror: Path) -> None:
    """The mirror lists the translations' slides and images but may not hold them: reading only
    the files of the tree's suffix still gives the texts, with their frozen digest."""
    _, russian = qa_security_guides.SOURCES["top10"]
    git_dir = mirror / "OWASP+Top10" / "repo"
    git = ["git", "--git-dir", str(git_dir)]
    image = git_dir.parent / "tree" / russian.folder / "images" / "risk.png"
    image.parent.mkdir(parents=True)
    image.write_bytes(b"\x89PNG made up")
    work = [*git, "--work-tree", str(git_dir.parent / "tree"), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*work, "add", "."], check=True, capture_output=True)
    subprocess.run([*work, "commit", "-q", "-m", "images"], check=True, capture_output=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    blob = subprocess.run([*git, "rev-parse", f"{commit}:{russian.folder}/images/risk.png"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (git_dir / "objects" / blob[:2] / blob[2:]).unlink()
    files = read_tree(replace(russian, commit=commit))
    assert sorted(files) == ["2017/ru/0x02-foreword.md", "2017/ru/0xa4-xxe.md"]


def test_no_used_up_source_is_read() -> None:
    """None of the repositories the rust-books, glossaries, ml-courses, framework-docs, lessons,
    org-sites, community-docs and news sets read; each document's two folders are read at one
    commit."""
    trees = [tree for pair in qa_security_guides.SOURCES.values() for tree in pair]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs, qa_ml_courses,
                                      qa_glossaries, qa_rust_books)
             for pair in module.SOURCES.values() for tree in pair} | {qa_news_numbers.REPO})
    assert {tree.repo for tree in trees} == {"OWASP/Top10", "OWASP/API-Security", "OWASP/ASVS"}
    assert not {tree.repo for tree in trees} & used
    assert all(len({tree.commit for tree in pair}) == 1 for pair in qa_security_guides.SOURCES.values())
    assert list(qa_security_guides.SOURCES) == list(qa_security_guides.PAIRS) == list(qa_security_guides.WITH_DIGITS)


def test_the_committed_set_holds_the_labels_its_docstring_counts() -> None:
    """The pairs drawn from those holding a digit, and the labels committed: the 94 errors in 92
    pairs the docstring states, check by check and document by document, less the 24
    `capitalisation` labels house rule D7 withdrew in session 38 (70 errors in 68 pairs) and the 2
    `untranslated-fragment` labels house rule D10 withdrew in session 39 (68 errors in 66 pairs)."""
    assert qa_security_guides.WITH_DIGITS == {"top10": 55, "api": 45, "asvs": 60}
    frozen = json.loads(qa_security_guides.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 510 and len(labelled) == 77  # sessions 38 and 39, house rules D7 and D10; session 46, D18 (b): 11 on
    assert Counter(p["id"].split("/")[0] for p in frozen["pairs"]) == {"top10": 150, "api": 170, "asvs": 190}
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"top10": 28, "api": 13, "asvs": 36}
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "capitalisation": 22, "spacing": 39, "quote-style": 13, "untranslated-fragment": 3, "punctuation-end": 2}
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The Top 10's three made-up pairs drawn, the one holding a digit and then the two without;
    of each other document's one, none holding a digit."""
    monkeypatch.setattr(qa_security_guides, "WITH_DIGITS", {"top10": 1, "api": 0, "asvs": 0})
    return draw_frozen(qa_security_guides, data, {"top10": 3, "api": 1, "asvs": 1}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_document_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "top10/0xa4-xxe#3", "top10/0xa4-xxe#1", "top10/0xa4-xxe#2", "api/0x00-notice#1", "asvs/0x00-notice#1"]
    cases = load_labelled(qa_security_guides, frozen, "top10/0xa4-xxe#3")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.target for c in cases if c.checks] == [
        "* Приложение использует SOAP версии ниже 1.2 и может быть уязвимо для XXE-атак."]
    _mirror_documents(mirror, monkeypatch, _RISKS_RU.replace("ниже 1.2", "ниже 1.1"))
    assert_a_changed_block_is_refused(qa_security_guides)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "* Приложение принимает XML напрямую напрямую или через выгрузку, особенно от недоверенных источников."
    _mirror_documents(mirror, monkeypatch, _RISKS_RU.replace("напрямую", "напрямую напрямую"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_security_guides, frozen, "top10/0xa4-xxe#2", "«напрямую напрямую», made up",
                        "held-out security-guides", doubled)
