"""The aligner's bilingual word list and the word coverage it feeds into bead costs."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.core.alignment import dictionary as alignment_dictionary
from workbench.core.alignment.aligner import Sentence, align
from workbench.core.alignment.dictionary import sentence_words, word_list


def _stems(ids: dict[str, int], keys: np.ndarray) -> set[str]:
    names = {k: stem for stem, k in ids.items()}
    return {names[int(k)] for k in keys}


def test_the_bundled_list_serves_both_directions_and_only_english_russian() -> None:
    english_russian = word_list("en", "ru")
    assert english_russian is not None
    partition = english_russian.source_ids["partit"]
    first, stop = english_russian.forward.starts[partition : partition + 2]
    assert "разде" in _stems(
        english_russian.target_ids, english_russian.forward.targets[first:stop]
    )
    russian_english = word_list("ru", "en")
    assert russian_english is not None
    assert russian_english.source_ids is english_russian.target_ids
    assert word_list("en", "de") is None
    assert word_list("fr", "ru") is None


def test_sentence_words_keep_glosses_found_in_the_other_text() -> None:
    words = word_list("en", "ru")
    assert words is not None
    english, russian = sentence_words(
        ["The partition table is on the disk.", "Nothing here."],
        ["Таблица разделов находится на диске.", "Кошка спит."],
        words,
    )
    assert english.known[0] >= 3  # partition, table, disk
    # Glosses of the English words name only stems the Russian text has, and back.
    assert _stems(words.target_ids, english.gloss_keys) <= {
        "табли",
        "разде",
        "наход",
        "диске",
        "кошка",
    }
    assert {"табли", "разде"} <= _stems(
        words.target_ids, english.gloss_keys[english.gloss_rows == 0]
    )
    assert "partit" in _stems(words.source_ids, russian.gloss_keys[russian.gloss_rows == 0])
    # Tables are sorted by key, then sentence, as the matcher requires.
    for rows, keys in (
        (english.own_rows, english.own_keys),
        (russian.gloss_rows, russian.gloss_keys),
    ):
        codes = keys.astype(np.int64) * 10 + rows
        assert list(codes) == sorted(codes)


def test_a_slice_renumbers_its_sentences() -> None:
    words = word_list("en", "ru")
    assert words is not None
    english, _ = sentence_words(["One cat.", "The dog barks.", "A red house."], ["Собака."], words)
    middle = english.slice(1, 2)
    assert list(middle.known) == [english.known[1]]
    assert set(middle.own_rows) == {0}
    assert english.slice(0, 3) is english


@pytest.mark.parametrize(
    ("russian", "expected"),
    [
        ("Собака лает у старых ворот.", [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]),
        ("Кошка спит на тёплой крыше.", [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]),
    ],
)
def test_words_tell_which_sentence_of_equal_length_was_dropped(
    russian: str, expected: list[tuple[tuple[int, ...], tuple[int, ...]]]
) -> None:
    # Both English sentences are the same length, so length and anchors tie:
    # only the dictionary (dog/собака, gate/ворота, cat/кошка, roof/крыша) can
    # decide, and it must decide differently for the two translations.
    english = [
        "Chapter 1.",
        "The cat sleeps on the warm roof.",
        "The dog barks at the old gate.",
        "Chapter 2.",
    ]
    target = ["Глава 1.", russian, "Глава 2."]
    beads = align([Sentence(s, 0) for s in english], [Sentence(s, 0) for s in target])
    assert [(b.source, b.target) for b in beads] == expected


def test_no_word_list_still_aligns() -> None:
    beads = align(
        [Sentence("Der Hund bellt.", 0), Sentence("Die Katze schläft.", 0)],
        [Sentence("Собака лает.", 0), Sentence("Кошка спит.", 0)],
        source_lang="de",
    )
    assert [(b.source, b.target) for b in beads] == [((0,), (0,)), ((1,), (1,))]


def test_yo_and_ye_spell_the_same_russian_word() -> None:
    # Mueller writes "свёрток" (package); most texts write "сверток".
    words = word_list("en", "ru")
    assert words is not None
    for spelling in ("Сверток лежит.", "Свёрток лежит."):
        english, russian = sentence_words(["The package."], [spelling], words)
        assert "сверт" in _stems(words.target_ids, english.gloss_keys)
        assert "packag" in _stems(words.source_ids, russian.gloss_keys)


def test_without_the_data_file_the_aligner_works_without_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    # The list is GPL data beside MIT code: a distribution may leave it out.
    monkeypatch.setattr(alignment_dictionary, "ENGLISH_RUSSIAN", "no-such-file.tsv.gz")
    alignment_dictionary._english_russian.cache_clear()
    try:
        assert word_list("en", "ru") is None and word_list("ru", "en") is None
        beads = align([Sentence("The dog barks.", 0)], [Sentence("Собака лает.", 0)])
        assert [(b.source, b.target) for b in beads] == [((0,), (0,))]
    finally:
        alignment_dictionary._english_russian.cache_clear()
