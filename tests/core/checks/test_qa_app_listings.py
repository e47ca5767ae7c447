"""The app-listings set is read as it was frozen: the fastlane store metadata of Android apps, each
English file beside its Russian of the same name, line by line; every app's files refused unless
their listing hashes to the frozen digest; the committed file holding the pairs and labels its
docstring counts, unchanged since it was labelled; and the set scored apart by the QA accuracy bench.
The checks run only on made-up repositories here: the real set is held out, and is only loaded,
where the mirror keeps it, to see that every frozen pair is still the text its label was read on
(`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_app_listings
from bench.qa_community_docs import Tree, read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    committed_set,
    draw_frozen,
    load_labelled,
    mirrored_tree,
    write_frozen,
)

_ALPHA = {
    "en-US/title.txt": "Alpha\n",
    "ru-RU/title.txt": "Alpha\n",
    "en-US/short_description.txt": "Keep your cards offline.\n",
    "ru-RU/short_description.txt": "Храните карты офлайн.\n",
    "en-US/full_description.txt": "Alpha keeps your cards.\n\n  - Scan barcodes  \r\n- Share cards\n",
    "ru-RU/full_description.txt": "Alpha хранит ваши карты.\n\n- Сканирование штрих-кодов\n\n- Отправка карт\n",
    "en-US/changelogs/9.txt": "- Add sharing\n- Add export\n",
    "ru-RU/changelogs/9.txt": "- Добавлены отправка и экспорт\n",
    "en-US/changelogs/10.txt": "- Fix crash\n",
    "ru-RU/changelogs/10.txt": "- Исправлен сбой\n",
    "en-US/changelogs/11.txt": "- Not translated yet\n",
    "en-US/video.txt": "https://example.org/video\n",
    "ru-RU/video.txt": "https://example.org/video\n",
    "de-DE/title.txt": "Alpha\n",
}
"""A made-up app with its Russian in ``ru-RU``: a title the Russian keeps, a description whose lines
the two files space and indent differently, a release note whose line counts differ, one without
Russian, a file that is no listing and another language."""
_BETA = {
    "en-US/full_description.txt": "Beta plays music.\nBeta is free.\n",
    "ru/full_description.txt": "Beta играет музыку.\nBeta свободна.\n",
    "en-US/changelogs/1.txt": "Bug fixes\n",
    "ru/changelogs/1.txt": "Исправления ошибок\n",
    "en-US/changelogs/2.txt": "Translation updates\n",
    "ru/changelogs/2.txt": "Translation updates\n",
}
"""A made-up app with its Russian in ``ru``, one release note left in English."""


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, alpha: dict[str, str] = _ALPHA) -> None:
    """The two made-up apps committed where the `fetch` mirror keeps them, their commits and
    listings' digests in place of the real apps'."""
    blank = Tree("example/alpha", "", qa_app_listings.FOLDER, ".txt", "")
    monkeypatch.setattr(qa_app_listings, "APPS", {
        "alpha": (mirrored_tree(root, blank, alpha), "ru-RU"),
        "beta": (mirrored_tree(root, Tree("example/beta", "", qa_app_listings.FOLDER, ".txt", ""), _BETA), "ru")})


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    monkeypatch.setattr(qa_app_listings, "NOT_PARALLEL", ())
    _mirror(root, monkeypatch)
    return root


def test_each_english_file_is_paired_line_by_line_with_its_russian_of_the_same_name(mirror: Path) -> None:
    """Blank lines are skipped and a line's edges stripped; a file pair whose line counts differ,
    a file without Russian, a file that is no listing or release note and another language give no
    pair; a Russian line that copies the English is kept; listings come first, then the release
    notes by version code; the Russian folder is ``ru-RU`` or ``ru``, as the app keeps it."""
    pages = qa_app_listings.pages()
    assert list(pages) == ["alpha/full_description", "alpha/short_description", "alpha/title",
                           "alpha/changelogs/10", "beta/full_description", "beta/changelogs/1",
                           "beta/changelogs/2"]
    assert [(b.index, b.source, b.target) for b in pages["alpha/full_description"]] == [
        (0, "Alpha keeps your cards.", "Alpha хранит ваши карты."),
        (1, "- Scan barcodes", "- Сканирование штрих-кодов"),
        (2, "- Share cards", "- Отправка карт")]
    assert [(b.source, b.target) for b in pages["alpha/title"]] == [("Alpha", "Alpha")]
    assert [(b.source, b.target) for b in pages["beta/changelogs/2"]] == [("Translation updates",) * 2]
    assert [qa_app_listings.group(page) for page in pages] == ["listing"] * 3 + ["changelog", "listing"] + [
        "changelog"] * 2


def test_a_page_found_out_of_step_is_skipped_whole(mirror: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qa_app_listings, "NOT_PARALLEL", ("beta/full_description",))
    assert "beta/full_description" not in qa_app_listings.pages()
    assert "beta/full_description" in qa_app_listings.every_page()


def test_a_repository_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    tree, _ = qa_app_listings.APPS["alpha"]
    assert_another_version_is_refused(read_tree, tree, "has no")


def test_no_other_qa_set_reads_the_repositories() -> None:
    bench = Path(qa_app_listings.__file__).parent
    others = [path for pattern in ("qa_*.py", "terms_*.py", "align_*.py") for path in bench.glob(pattern)
              if path.name != "qa_app_listings.py"]
    assert [(path.name, repo) for path in others for repo in qa_app_listings.REPOS
            if repo in path.read_text(encoding="utf-8")] == []


_FROZEN_SHA256 = "e4ec0fae32b5c640fe6f0b3a718f85cceadd77ae41a5b3241d708474f6c86c80"  # relabelled in session 43 by docs/qa.md's house rule D7; session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """420 distinct pairs of 24 apps, half listings and half release notes, 25 of them labelled with
    the 27 errors the docstring states (26 and 28 since house rule D7 added a `capitalisation` label,
    session 43), every label a check id, every note on a pair of the set, no
    pair of a page found out of step, the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_app_listings, _FROZEN_SHA256, 420)
    pattern = r"[a-z-]+/(title|short_description|full_description|changelogs/\d+)#\d+"
    assert all(re.fullmatch(pattern, pair_id) for pair_id in ids)
    assert {i.split("/")[0] for i in ids} <= set(qa_app_listings.APPS)
    assert Counter(i.split("/")[0] for i in ids) == {
        "catima": 56, "newpipe": 47, "readyou": 40, "tusky": 34, "opencalc": 33, "clock": 31, "andbible": 29,
        "simplenote": 24, "mlauncher": 18, "keepassdx": 17, "mensinator": 16, "fossify-notes": 13, "morse": 12,
        "fossify-gallery": 12, "qbitcontroller": 11, "gramophone": 6, "sayboard": 6, "feeel": 5, "sai": 3,
        "medtimer": 2, "meditrak": 2, "obtainium": 1, "arcanechat": 1, "mull": 1}
    assert Counter(qa_app_listings.group(i.split("#")[0]) for i in ids) == {"listing": 210, "changelog": 210}
    assert not {i.split("#")[0] for i in ids} & set(qa_app_listings.NOT_PARALLEL)
    assert len(labelled) == 29  # session 43, house rule D7: clock/changelogs/2016#4; session 46, D18 (b): 3 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 11, "spacing": 10, "url-email": 4, "untranslated-fragment": 3, "punctuation-end": 1,
        "whitespace": 1, "capitalisation": 1}
    assert len(frozen["noted"]) == 7


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Three listing pairs and one release note of each made-up app, as `build` draws them, written
    where the set reads them."""
    monkeypatch.setattr(qa_app_listings, "CHANGELOG_SHARE", {"alpha": 1, "beta": 1})
    frozen = draw_frozen(qa_app_listings, data, {"listing": 3, "changelog": 2}, monkeypatch)
    write_frozen(qa_app_listings, frozen)
    return frozen


def test_pairs_drawn_from_a_page_out_of_step_are_drawn_again_from_the_listings_left(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first draw reads every page; the pairs it drew on a page found out of step are dropped and
    as many listing pairs drawn again, so that the set keeps its size and its share of listings."""
    monkeypatch.setattr(qa_app_listings, "NOT_PARALLEL", ("beta/full_description",))
    monkeypatch.setattr(qa_app_listings, "CHANGELOG_SHARE", {"alpha": 1, "beta": 1})
    for seed in range(8):
        monkeypatch.setattr(qa_app_listings, "SEED", seed)
        frozen = draw_frozen(qa_app_listings, tmp_path_factory.mktemp("frozen") / "cases.json",
                             {"listing": 4, "changelog": 2}, monkeypatch)
        pages = [p["id"].split("#")[0] for p in frozen["pairs"]]
        assert "beta/full_description" not in pages
        assert Counter(qa_app_listings.group(page) for page in pages) == {"listing": 4, "changelog": 2}


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["noted"] == {}
    ids = [p["id"] for p in frozen["pairs"]]
    assert len(ids) == 5 and "alpha/changelogs/10#0" in ids
    cases = load_labelled(qa_app_listings, frozen, "alpha/changelogs/10#0")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == ["alpha/changelogs/10#0"]
    _mirror(mirror, monkeypatch, {**_ALPHA, "ru-RU/changelogs/10.txt": "- Исправлен сбой при запуске\n"})
    assert_a_changed_block_is_refused(qa_app_listings)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up repositories
    with one made-up error stand in for the real set, which no test runs the checks on."""
    _mirror(mirror, monkeypatch, {**_ALPHA, "ru-RU/changelogs/10.txt": "- Исправлен сбой сбой\n"})
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    doubled = qa_app_listings.pages()["alpha/changelogs/10"][0].target
    assert "сбой сбой" in doubled
    assert_scored_apart(qa_app_listings, frozen, "alpha/changelogs/10#0", "«сбой сбой», made up",
                        "held-out app-listings", doubled)
