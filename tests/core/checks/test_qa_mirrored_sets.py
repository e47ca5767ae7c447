"""Every QA set read from repositories that `fetch` mirrors (`bench.qa_community_docs.read_tree`,
`bench.align_heldout.read_source`) makes the accuracy bench skip it, saying what to fetch, when the
mirror lacks its texts: a missing file, not a failure. Each set's reading of made-up repositories
is tested in its own module."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from bench import (
    qa_app_listings,
    qa_book_nonfiction,
    qa_community_docs,
    qa_corrected_strings,
    qa_dense_numbers,
    qa_figures,
    qa_fixed_translations,
    qa_framework_docs,
    qa_game_text,
    qa_glossaries,
    qa_legal_documents,
    qa_lessons,
    qa_machine_translations,
    qa_math_subtitles,
    qa_ml_courses,
    qa_news_talks,
    qa_official_documents,
    qa_open_guides,
    qa_org_sites,
    qa_patient_leaflets,
    qa_press_releases,
    qa_public_sites,
    qa_rust_books,
    qa_science_abstracts,
    qa_security_guides,
    qa_sky_cultures,
    qa_social_literary,
    qa_storybooks,
    qa_string_history,
    qa_video_lessons,
    qa_wmt23_news,
    qa_wmt23_social_reviews,
)
from bench.align_heldout import BILINGUATOR, TextsAbsent, git_dir

FIRST_REPOSITORY: dict[ModuleType, str] = {
    qa_app_listings: "CatimaLoyalty/Android",
    qa_book_nonfiction: "bilinguator/aligned-texts",
    qa_community_docs: "progit/progit2",
    qa_dense_numbers: "Helsinki-NLP/OPUS-MT-testsets",
    qa_figures: "Helsinki-NLP/OPUS-MT-testsets",
    qa_fixed_translations: "google/comprehensive-rust",
    qa_corrected_strings: "lutris/lutris",
    qa_string_history: "libre-tube/LibreTube",
    qa_framework_docs: "reactjs/react.dev",
    qa_game_text: "00-Evan/shattered-pixel-dungeon",
    qa_glossaries: "monero-project/monero-site",
    qa_legal_documents: "mozilla/legal-docs",
    qa_lessons: "elixirschool/elixirschool",
    qa_machine_translations: "microsoft/edgeai-for-beginners",
    qa_math_subtitles: "3b1b/captions",
    qa_ml_courses: "huggingface/audio-transformers-course",
    qa_news_talks: "wmt-conference/wmt24-news-systems",
    qa_official_documents: "open-sdg/sdg-translations",
    qa_open_guides: "okfn/opendatahandbook",
    qa_org_sites: "ruby/www.ruby-lang.org",
    qa_patient_leaflets: "hallixrap/llm-translation-study",
    qa_press_releases: "l/debian-webwml",
    qa_public_sites: "bitcoin/bitcoin.org",
    qa_rust_books: "rust-lang-ru/book",
    qa_science_abstracts: "nuclear-power-engineering/nuclear-power-engineering",
    qa_security_guides: "OWASP/Top10",
    qa_sky_cultures: "Stellarium/stellarium-skycultures",
    qa_social_literary: "wmt-conference/wmt24-news-systems",
    qa_storybooks: "global-asp/asp-source",
    qa_video_lessons: "morevnaproject-org/subtitles-translation",
    qa_wmt23_news: "wmt-conference/wmt23-news-systems",
    qa_wmt23_social_reviews: "wmt-conference/wmt23-news-systems",
}
"""Each set and the first repository it reads, the one the bench names when none is mirrored."""


@pytest.mark.parametrize("qa_set", FIRST_REPOSITORY, ids=lambda qa_set: qa_set.__name__.rsplit(".", 1)[1])
def test_a_set_missing_from_the_mirror_makes_the_bench_skip_it(qa_set: ModuleType, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "empty"))
    with pytest.raises(FileNotFoundError, match=f"fetch github:{FIRST_REPOSITORY[qa_set]}"):
        qa_set.load()


LABELLED: dict[ModuleType, tuple[tuple[str, ...], int]] = {
    qa_app_listings: (qa_app_listings.REPOS, 29),  # session 43, house rule D7: clock/changelogs/2016#4; session 46, D18 (b): 3
    qa_book_nonfiction: ((BILINGUATOR,), 4),
    qa_dense_numbers: ((qa_dense_numbers.REPO,), 15),  # session 43, house rule D15: 1; session 46, D18 (b): 1
    qa_figures: ((qa_figures.REPO,), 61),  # session 43, house rule D15: 4
    qa_game_text: ((qa_game_text.REPO,), 26),  # session 46, house rule D18 (b): 18
    qa_legal_documents: ((qa_legal_documents.REPO,), 17),
    qa_official_documents: ((qa_official_documents.UN, qa_official_documents.KAZSTAT), 22),
    qa_video_lessons: ((qa_video_lessons.REPO,), 66),  # session 43, house rule D15: 32; session 45, D17: 5 off; session 46, D18 (b): 10
    qa_press_releases: ((qa_press_releases.REPO,), 27),  # session 43, house rule D15: 5; session 44, D16: 3; session 46, D18 (b): 1, D24: 1
    qa_news_talks: ((qa_news_talks.REPO,), 135),  # session 43, house rule D15: 1; session 46, D18 (b): 37, D24: 2 (already labelled pairs)
    qa_wmt23_news: ((qa_wmt23_news.REPO,), 64),  # session 41, D12: news-refA#1015; session 43, D14: two speaker labels off, D15: 5 on; session 46, D18 (b): 12, D25: 1
    qa_social_literary: ((qa_social_literary.REPO,), 108),  # session 43, house rule D15: 1; session 46, D8: 1, D18 (b): 27
    qa_wmt23_social_reviews: ((qa_wmt23_social_reviews.REPO,), 21),  # session 46, house rule D18 (b): 9
    qa_patient_leaflets: ((qa_patient_leaflets.REPO,), 18),  # session 46, house rule D18 (b): 4
    qa_storybooks: ((qa_storybooks.ENGLISH.repo, qa_storybooks.RUSSIAN.repo), 37),  # session 46, house rule D18 (b): 1
    qa_fixed_translations: (qa_fixed_translations.REPOS, 15),  # session 45, house rule D20: 1; session 46, D21: 1
    qa_corrected_strings: (qa_corrected_strings.REPOS, 31),
    qa_string_history: (qa_string_history.REPOS, 36),
}
"""The sets whose frozen ids and digests are checked against the real mirror, with the repositories
they read and how many of their pairs the labeller found an error in (since session 37, with the
labels docs/qa.md's house rules changed)."""


@pytest.mark.parametrize("qa_set", LABELLED, ids=lambda qa_set: qa_set.__name__.rsplit(".", 1)[1])
def test_every_frozen_pair_is_still_the_text_its_label_was_read_on(qa_set: ModuleType) -> None:
    """Where the mirror keeps the repository, every frozen id names a pair of it, in order, and
    every digest matches (the set is only loaded: no check runs on it)."""
    repositories, labelled = LABELLED[qa_set]
    for repository in repositories:
        try:
            git_dir(repository)
        except TextsAbsent:
            pytest.skip(f"{repository} is not mirrored here")
    cases = qa_set.load()
    frozen = json.loads(qa_set.DATA.read_text(encoding="utf-8"))
    assert [c.block for c in cases] == [p["id"] for p in frozen["pairs"]]
    assert sum(1 for c in cases if c.checks) == labelled
