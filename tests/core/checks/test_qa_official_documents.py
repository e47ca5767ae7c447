"""The official-documents set is read as it was frozen: the UN's and a statistics office's SDG
texts, flat YAML maps of English and Russian strings paired by key (a page's paragraphs by
position); the files refused unless their listing hashes to the frozen digest; the committed file
holding the pairs and labels its docstring counts, unchanged since it was labelled; and the set
scored apart by the QA accuracy bench. The checks run only on made-up repositories here: the real
set is held out, and is only loaded, where the mirror keeps it, to see that every frozen pair is
still the text its label was read on (`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_official_documents
from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import tree_digest
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    made_up_mirror,
)
from workbench.core.checks import REGISTRY

UN, KAZSTAT = qa_official_documents.UN, qa_official_documents.KAZSTAT
_TARGETS_EN = """1-1-title: By 2030, eradicate extreme poverty for all people everywhere, currently
  measured as people living on less than $1.25 a day
1-2-title: 'By 2030, reduce at least by half the proportion of men, women and children: the ''poor'''
1-3-title: "Implement social protection systems \\"for all\\", including floors"
1-4-title: Only in English, the Russian file lacks this key
1-5-title: Build the resilience of the poor and those in vulnerable situations
"""
_TARGETS_RU = """1-1-title: К 2030 году ликвидировать крайнюю нищету для всех людей во всем мире
  (в настоящее время крайняя нищета определяется как проживание на сумму менее чем
  1,25 долл. США в день)
1-2-title: 'К 2030 году сократить по крайней мере наполовину долю мужчин, женщин и детей: ''бедных'''
1-3-title: "Внедрить системы социальной защиты \\"для всех\\", включая минимальные уровни"
1-5-title: Build the resilience of the poor and those in vulnerable situations
"""
_PAGES_EN = """about: |
  This national platform reports on the Sustainable Development Goals until 2030.

  It was developed with the World Bank.
about_title: About the platform
faq: |-
  What does the reporting status mean?

  We have used three different types of reporting status.

  What does disaggregation mean?
cookies: ''
"""
_PAGES_RU = """about: |
  Настоящая платформа для отчетности по Целям устойчивого развития до 2030 года. Она разработана совместно со Всемирным Банком.
about_title: О платформе
faq: |-
  Что означает статус отчетности?

  Мы использовали три различных типа статуса отчетности.

  Что означает дезагрегация?
cookies: ''
"""
_DOCUMENTS = {"un-targets": (UN, "global_targets.yml"), "kz-pages": (KAZSTAT, "pages.yml")}


def _files(targets_ru: str = _TARGETS_RU) -> dict[str, dict[str, str]]:
    return {UN: {"translations/en/global_targets.yml": _TARGETS_EN, "translations/ru/global_targets.yml": targets_ru},
            KAZSTAT: {"translations/en/pages.yml": _PAGES_EN, "translations/ru/pages.yml": _PAGES_RU}}


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, dict[str, str]]) -> None:
    """Each repository's `files` committed into a made-up copy of it where the `fetch` mirror keeps
    it, their commits and the listings' digests in place of the real ones."""
    commits, digests = {}, {}
    for repo, texts in files.items():
        git_dir = root / repo.replace("/", "+") / "repo"
        tree = git_dir.parent / "tree"
        if not git_dir.exists():
            subprocess.run(["git", "init", "-q", "--bare", str(git_dir)], check=True)
        for path, text in texts.items():
            (tree / path).parent.mkdir(parents=True, exist_ok=True)
            (tree / path).write_text(text, encoding="utf-8")
        git = ["git", "--git-dir", str(git_dir), "--work-tree", str(tree), "-c", "user.name=t", "-c", "user.email=t@t"]
        subprocess.run([*git, "add", "."], check=True, capture_output=True)
        subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "texts"], check=True, capture_output=True)
        commits[repo] = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True,
                                       text=True).stdout.strip()
        digests[repo] = tree_digest({path: text.encode() for path, text in texts.items()})
    monkeypatch.setattr(qa_official_documents, "DOCUMENTS", _DOCUMENTS)
    monkeypatch.setattr(qa_official_documents, "COMMITS", commits)
    monkeypatch.setattr(qa_official_documents, "SHA256", digests)


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return made_up_mirror(tmp_path, monkeypatch, lambda root: _mirror(root, monkeypatch, _files()))


def test_a_flat_yaml_map_gives_each_key_its_text() -> None:
    """A plain value folded over lines, single quotes with ``''``, double quotes with escapes and
    a block whose paragraphs stay apart; an empty value is an empty text."""
    assert qa_official_documents.flat_yaml(_TARGETS_EN)["1-1-title"] == (
        "By 2030, eradicate extreme poverty for all people everywhere, currently measured as people "
        "living on less than $1.25 a day")
    assert qa_official_documents.flat_yaml(_TARGETS_RU)["1-2-title"] == (
        "К 2030 году сократить по крайней мере наполовину долю мужчин, женщин и детей: 'бедных'")
    assert qa_official_documents.flat_yaml(_TARGETS_EN)["1-3-title"] == (
        'Implement social protection systems "for all", including floors')
    pages = qa_official_documents.flat_yaml(_PAGES_EN)
    assert pages["faq"] == ("What does the reporting status mean?\n\nWe have used three different types of "
                            "reporting status.\n\nWhat does disaggregation mean?")
    assert pages["cookies"] == ""
    assert list(pages) == ["about", "about_title", "faq", "cookies"]


def test_a_document_pairs_by_key_and_a_page_by_paragraph(mirror: Path) -> None:
    """A key the Russian lacks, or holds untranslated, is no pair; a page pairs its paragraphs by
    position where both sides have as many, and is left out where they have not (``about``)."""
    pages = qa_official_documents.pages()
    assert sorted(pages) == ["kz-pages/about_title", "kz-pages/faq", "un-targets/1-1", "un-targets/1-2",
                             "un-targets/1-3"]
    assert pages["un-targets/1-1"][0].target.endswith("менее чем 1,25 долл. США в день)")
    assert [(b.index, b.target) for b in pages["kz-pages/faq"]] == [
        (0, "Что означает статус отчетности?"), (1, "Мы использовали три различных типа статуса отчетности."),
        (2, "Что означает дезагрегация?")]
    assert qa_official_documents.group("kz-pages/faq") == "kz-pages"


def test_a_repository_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_official_documents.read_files(UN, sha256="0" * 64)
    with pytest.raises(TextsAbsent, match="has no"):
        qa_official_documents.read_files(KAZSTAT, commit="0" * 40)


def test_no_other_set_reads_these_repositories() -> None:
    """No other QA set names a repository this set reads (the tenth term set, `terms_sdg_texts`,
    reads the UN's resolutions too: it measures the term checks, not these)."""
    others = [path for path in Path(qa_official_documents.__file__).parent.glob("qa_*.py")
              if path.name != "qa_official_documents.py"
              and any(repo in path.read_text(encoding="utf-8") for repo in (UN, KAZSTAT))]
    assert others == []


_FROZEN_SHA256 = "d22dd52361c77c9ac4d918383a10d55282ce02bbb8e9cf0b90add83467176ef4"
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """514 distinct pairs of 6 groups (5 documents of 2 kinds), 22 of them labelled with the 23
    errors the docstring states, every label a check id, every note on a pair of the set, the
    file unchanged since."""
    data = qa_official_documents.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 514 and frozen["errors"] == []
    assert all(re.fullmatch(r"(un|kz)-[a-z]+/[\w-]+#\d+", pair_id) for pair_id in ids)
    assert Counter(qa_official_documents.group(i) for i in ids) == {
        "un-goals": 22, "un-targets": 169, "un-indicators": 150, "kz-indicators": 100, "kz-sources": 60,
        "kz-pages": 13}
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 22
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "number-mismatch": 10, "quote-style": 8, "whitespace": 3, "spacing": 1, "punctuation-end": 1}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert len(frozen["noted"]) == 31 and set(frozen["noted"]) <= set(ids)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every pair of the made-up texts of 30 characters or more drawn: 3 targets, 3 FAQ lines (not
    the about page's title)."""
    return draw_frozen(qa_official_documents, data, {"un-targets": 9, "kz-pages": 9}, monkeypatch)


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each group is drawn apart, all of a group that holds fewer pairs than asked."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert Counter(qa_official_documents.group(p["id"]) for p in frozen["pairs"]) == {"un-targets": 3,
                                                                                     "kz-pages": 3}
    labelled = frozen["pairs"][0]["id"]
    cases = load_labelled(qa_official_documents, frozen, labelled)
    assert len(cases) == 6 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == [labelled]
    _mirror(mirror, monkeypatch, _files(_TARGETS_RU.replace("ликвидировать", "искоренить")))
    assert_a_changed_block_is_refused(qa_official_documents)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up repositories
    with one made-up error stand in for the real set, which no test runs the checks on."""
    _mirror(mirror, monkeypatch, _files(_TARGETS_RU.replace("ликвидировать крайнюю", "ликвидировать ликвидировать крайнюю")))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    doubled = qa_official_documents.pages()["un-targets/1-1"][0].target
    assert "ликвидировать ликвидировать" in doubled
    assert_scored_apart(qa_official_documents, frozen, "un-targets/1-1#0", "«ликвидировать ликвидировать», made up",
                        "held-out official-documents", doubled)
