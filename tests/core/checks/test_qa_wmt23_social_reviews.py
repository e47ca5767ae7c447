"""The WMT23 social-and-reviews set is read as it was frozen: the test set's English lines of its
social posts and product reviews paired with the Russian of the origin drawn for each line (the human
reference or one of five systems no other set reads), through `bench.qa_wmt23_news`'s readers with
this set's files and digest; the files refused unless they hash to the frozen digest; the committed
file holding the pairs and labels its docstring counts, unchanged since it was labelled; and the set
scored apart by the QA accuracy bench. The checks run only on a made-up repository here: the real set
is held out, and is only loaded, where the mirror keeps it, to see that every frozen pair is still the
text its label was read on (`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_wmt23_news, qa_wmt23_social_reviews
from bench.qa_community_docs import tree_digest
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_line_scored_apart,
    assert_loaded_in_its_origin,
    committed_set,
    draw_frozen,
    made_up_mirror,
    mirrored_files,
    modules_reading,
    origin_files,
)

_SOURCE = ["Finally finished the kitchen floor after three weekends!",
           "@user1 the plasterer comes next week, fingers crossed",
           "Police arrest 15 after violent protest outside a hotel",
           "(PERSON2) So, we need the table of the results by Friday.",
           "The kettle arrived in 2 days and boils a litre in 3 minutes.",
           "Short.",
           "I gave it 4 stars because the lid is a bit stiff."]
_RUSSIAN = ["Наконец-то закончил пол на кухне после трёх выходных!",
            "@user1 штукатур придёт на следующей неделе, держим кулаки",
            "Полиция арестовала 15 человек после беспорядков у отеля",
            "(PERSON2) Итак, нам нужна таблица результатов к пятнице.",
            "Чайник пришёл за 2 дня и кипятит литр за 3 минуты.",
            "Кратко.",
            "Ставлю 4 звезды, потому что крышка немного тугая."]


def _files(russian: list[str] = _RUSSIAN) -> dict[str, str]:
    """The source and every origin's file (`origin_files`)."""
    return origin_files((qa_wmt23_news.SOURCE, _SOURCE), qa_wmt23_social_reviews.ORIGINS, russian)


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    """`files` committed into a made-up copy of the repository where the `fetch` mirror keeps it,
    its commit and the digest of the files read in place of the real ones: the posts on lines 1-2,
    the news and meetings between (the other set's), the reviews on lines 5-7."""
    commit = mirrored_files(root, qa_wmt23_social_reviews.REPO, files)
    monkeypatch.setattr(qa_wmt23_social_reviews, "COMMIT", commit)
    monkeypatch.setattr(qa_wmt23_social_reviews, "SHA256",
                        tree_digest({path: text.encode() for path, text in files.items()}))
    monkeypatch.setattr(qa_wmt23_social_reviews, "DOMAINS", {"social": (1, 2), "reviews": (5, 7)})


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return made_up_mirror(tmp_path, monkeypatch, lambda root: _mirror(root, monkeypatch, _files()))


def test_each_line_of_the_two_domains_is_read_once_in_the_origin_drawn_for_it(mirror: Path) -> None:
    """A page is a domain in one origin, its index the line's number; the lines between the domains
    are not read; in the draw each line is only in the origin `origin_of` gives it."""
    every = qa_wmt23_social_reviews.all_pages()
    assert sorted(every) == sorted(f"{d}-{o}" for d in ("social", "reviews") for o in qa_wmt23_social_reviews.ORIGINS)
    assert [(b.index, b.source, b.target) for b in every["reviews-ZengHuiMT"]] == [
        (n, _SOURCE[n - 1], f"{_RUSSIAN[n - 1]} (ZengHuiMT)") for n in (5, 6, 7)]
    drawn = qa_wmt23_social_reviews.pages()
    assert sorted(b.index for blocks in drawn.values() for b in blocks) == [1, 2, 5, 6, 7]
    for page, blocks in drawn.items():
        assert all(qa_wmt23_social_reviews.origin_of(b.index) == qa_wmt23_social_reviews.origin(page) for b in blocks)
        assert all(b.target.endswith(f"({qa_wmt23_social_reviews.origin(page)})") for b in blocks)
    assert qa_wmt23_social_reviews.group("reviews-Lan-BridgeMT") == "reviews"
    assert qa_wmt23_social_reviews.origin("reviews-Lan-BridgeMT") == "Lan-BridgeMT"


def test_the_origins_are_drawn_a_quarter_human_by_this_sets_own_seed() -> None:
    """The draw of origins, fixed by the seed alone, gives the human reference about a quarter of
    the lines and each system about as many as the others, and is not the news set's draw."""
    drawn = Counter(qa_wmt23_social_reviews.origin_of(line) for line in range(1, 2001))
    assert 400 < drawn["refA"] < 600
    assert all(250 < drawn[system] < 350 for system in qa_wmt23_social_reviews.ORIGINS if system != "refA")
    assert qa_wmt23_social_reviews.SEED != qa_wmt23_news.SEED


def test_a_repository_that_is_not_the_one_read_for_the_labels_is_a_missing_file(
        mirror: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version of the files, or another commit, makes the bench skip the set."""
    monkeypatch.setattr(qa_wmt23_social_reviews, "SHA256", "0" * 64)
    with pytest.raises(FileNotFoundError, match="not the text"):
        qa_wmt23_social_reviews.load()
    monkeypatch.setattr(qa_wmt23_social_reviews, "COMMIT", "0" * 40)
    with pytest.raises(FileNotFoundError, match="has no txt/sources"):
        qa_wmt23_social_reviews.load()


def test_files_of_different_lengths_are_refused(mirror: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A system's file a line short would pair every later line with the wrong translation."""
    _mirror(mirror, monkeypatch, _files(_RUSSIAN[:-1]))
    with pytest.raises(FileNotFoundError, match="a line each"):
        qa_wmt23_social_reviews.read_lines()


def test_the_repository_is_shared_only_with_the_wmt23_news_set_which_reads_other_lines_and_systems() -> None:
    """WMT23's test set is read by this set and by `bench.qa_wmt23_news` alone, at the same commit;
    no line is read by both (their domains' lines are disjoint) and no system either."""
    assert modules_reading(qa_wmt23_social_reviews, ("qa_*.py", "terms_*.py", "align_*.py")) == ["qa_wmt23_news.py"]
    assert qa_wmt23_social_reviews.COMMIT == qa_wmt23_news.COMMIT
    ours = {n for first, last in qa_wmt23_social_reviews.DOMAINS.values() for n in range(first, last + 1)}
    theirs = {n for first, last in qa_wmt23_news.DOMAINS.values() for n in range(first, last + 1)}
    assert not ours & theirs
    assert set(qa_wmt23_social_reviews.ORIGINS) & set(qa_wmt23_news.ORIGINS) == {"refA"}


_FROZEN_SHA256 = "c75e5091661305d21980b0fb53b748f8e98439fe329ef2ac61c86553086df582"  # relabelled in session 41 (D11); session 46, house rule D18 (b)
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """420 distinct pairs of 420 lines, 210 social and 210 reviews, 99 of them the human reference's,
    12 labelled with the 15 errors the docstring states (none human; two by D11 in session 41), every label a check id, every
    note on a pair of the set, the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_wmt23_social_reviews, _FROZEN_SHA256, 420)
    origins = "|".join(re.escape(o) for o in qa_wmt23_social_reviews.ORIGINS)
    assert all(re.fullmatch(rf"(social|reviews)-({origins})#\d+", pair_id) for pair_id in ids)
    pages = [i.split("#")[0] for i in ids]
    assert Counter(qa_wmt23_social_reviews.group(p) for p in pages) == qa_wmt23_social_reviews.PAIRS
    assert Counter(qa_wmt23_social_reviews.origin(p) for p in pages) == {
        "refA": 99, "Lan-BridgeMT": 67, "ONLINE-Y": 67, "ONLINE-M": 65, "ONLINE-A": 63, "ZengHuiMT": 59}
    assert all(qa_wmt23_social_reviews.origin_of(int(i.split("#")[1])) == qa_wmt23_social_reviews.origin(i.split("#")[0])
               for i in ids)
    assert len({i.split("#")[1] for i in ids}) == 420
    assert len(labelled) == 21  # session 46, D18 (b): 9 on
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "whitespace": 5, "untranslated-fragment": 3, "quote-style": 2, "punctuation-end": 2, "unpaired": 1,
        "number-mismatch": 2, "spacing": 9}
    assert Counter(qa_wmt23_social_reviews.origin(p["id"].split("#")[0]) for p in labelled
                   for _ in p["real_errors"]) == {"ZengHuiMT": 14, "ONLINE-M": 4, "ONLINE-A": 4,
                                                 "ONLINE-Y": 1, "refA": 1}  # session 46, D18 (b)
    assert len(frozen["noted"]) == 42


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every line of the made-up domains of 30 characters or more drawn, domain by domain."""
    return draw_frozen(qa_wmt23_social_reviews, data, {"social": 9, "reviews": 9}, monkeypatch)


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_line(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each domain is drawn apart, all of one that holds fewer lines than asked (a line shorter than
    30 characters is never drawn), and a line's context is its neighbours in the same origin."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == [] and frozen["noted"] == {}
    assert sorted(int(p["id"].split("#")[1]) for p in frozen["pairs"]) == [1, 2, 5, 7]
    assert_loaded_in_its_origin(qa_wmt23_social_reviews, frozen, 5, _RUSSIAN[5:7])  # the kettle
    _mirror(mirror, monkeypatch, _files([r.replace("за 2 дня", "за 3 дня") for r in _RUSSIAN]))
    assert_a_changed_block_is_refused(qa_wmt23_social_reviews)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up repository
    with one made-up error stands in for the real set, which no test runs the checks on."""
    _mirror(mirror, monkeypatch, _files([r.replace("крышка немного", "крышка крышка немного") for r in _RUSSIAN]))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_line_scored_apart(qa_wmt23_social_reviews, frozen, 7, "крышка крышка", "held-out wmt23-social-reviews")
