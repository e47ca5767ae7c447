"""The twenty-third held-out set (`bench.align_heldout23`: Dostoevsky's «Сон смешного человека» in
Garnett's "The Dream of a Ridiculous Man", a philosophical confession ending in a sermon, RU → EN):
where `fetch` mirrors both repositories, the user files it rebuilds and the segments the import
makes of them are those the gold was read on, and the gold keeps its rules for long periods cut
into several sentences, a speech one side cuts and the other does not, two questions straddling
two sentences, a sentence said otherwise in the same place, and section marks. No aligner is ever
run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the text is committed, so every test that
reads it skips where the mirror is absent."""

from __future__ import annotations

import pytest

from bench import align_heldout23
from tests.core.heldout_texts import HeldOutTexts

TEXTS = HeldOutTexts(align_heldout23)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides, _bead_of = TEXTS.sides, TEXTS.bead_of


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


@pytest.mark.parametrize("name", NAMES)
def test_each_text_opens_and_closes_with_a_1_1_bead_of_its_chapter(name: str) -> None:
    """Each range runs from a chapter's first sentence to its last on both sides (the numeral left
    out), so the first bead pairs the chapters' openings; the last sentence of chapter V, «И
    пойду! И пойду!» cut in three by the import, is one English sentence."""
    en, ru = _sides(name)
    opening = {"ridiculous-man-1": ("I am a ridiculous person.", "Я смешной человек."),
               "ridiculous-man-3": ("I have mentioned that I dropped asleep", "Я сказал, что заснул незаметно"),
               "ridiculous-man-5": ("Yes, yes, it ended in my corrupting", "Да, да, кончилось тем")}[name]
    beads = GOLD[name]["beads"]
    assert beads[0] == [[0], [0]]
    assert en[0].startswith(opening[0]) and ru[0].startswith(opening[1])
    s, t = beads[-1]
    if name == "ridiculous-man-5":
        assert en[s[0]].startswith("And I tracked out that little girl")
        assert [ru[j] for j in t] == ["А ту маленькую девочку я отыскал...", "И пойду!", "И пойду!"]
    else:
        assert len(s) == len(t) == 1


def test_a_period_the_english_cuts_into_four_sentences_is_one_bead() -> None:
    """«И вот я в руках существа ...: "А, стало быть, есть и за гробом жизнь!"--подумал я ..., но
    сущность сердца моего ...: "И если надо быть снова, ..."» is one Russian sentence, four
    English ones."""
    en, ru = _sides("ridiculous-man-3")
    s, t = _bead_of("ridiculous-man-3", ru, "ru", "И вот я в руках существа")
    assert len(t) == 1 and len(s) == 4
    assert en[s[0]].startswith("And here I was in the hands of a creature")
    assert en[s[-1]].startswith('"And if I have got to exist again,"')


def test_a_speech_is_in_one_bead_however_each_side_cuts_it() -> None:
    """The appeal from the grave is two Russian sentences and one English; the earth-people's
    answer is one Russian sentence with its "They answered me:" and two English."""
    en, ru = _sides("ridiculous-man-3")
    s, t = _bead_of("ridiculous-man-3", ru, "ru", "-- Кто бы ты ни был")
    assert len(s) == 1 and en[s[0]].startswith('"Whoever you may be, if you exist')
    assert len(t) == 2 and ru[t[1]].startswith("Если же ты мстишь мне")
    en, ru = _sides("ridiculous-man-5")
    s, t = _bead_of("ridiculous-man-5", ru, "ru", "Они отвечали мне:")
    assert [en[i][:17] for i in s] == ["They answered me:", '"We may be deceit']
    assert len(t) == 1


def test_two_questions_that_straddle_two_sentences_are_one_n_m_bead() -> None:
    """The Russian asks its two questions in two sentences, the second ending «-- вскрикивал я,
    ...»; the English asks both in one and says "I cried out, ..." in the next."""
    en, ru = _sides("ridiculous-man-3")
    s, t = _bead_of("ridiculous-man-3", ru, "ru", "-- И неужели возможны такие повторения")
    assert len(s) == len(t) == 2
    assert en[s[1]].startswith("I cried out, shaken by irresistible")
    assert "вскрикивал я" in ru[t[1]]


def test_a_sentence_said_otherwise_in_the_same_place_is_that_places_bead() -> None:
    """«Неужто это премудро?» is "As though that meant so much!": a 1-1 bead, as is the section mark
    each side prints its own way; the set has no null bead (Garnett leaves out no sentence)."""
    en, ru = _sides("ridiculous-man-5")
    s, t = _bead_of("ridiculous-man-5", ru, "ru", "Неужто это премудро?")
    assert [en[i] for i in s] == ["As though that meant so much!"] and len(t) == 1
    s, t = _bead_of("ridiculous-man-5", ru, "ru", "----------")
    assert [en[i] for i in s] == ["* * * * *"]
    assert all(s and t for text in GOLD.values() for s, t in text["beads"])
