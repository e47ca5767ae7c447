"""The twenty-fourth held-out set (`bench.align_heldout24`: Turgenev's «Стихотворения в прозе» in
Garnett's "Poems in Prose", a collection of short lyric pieces, RU → EN): where `fetch` mirrors
both repositories, the user files it rebuilds and the segments the import makes of them are those
the gold was read on, and the gold keeps its rules for titles, date lines, a speech one side cuts
into short sentences, a dialogue set out as a play, and a whole piece the translation leaves out.
No aligner is ever run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the text is committed, so every test that
reads it skips where the mirror is absent."""

from __future__ import annotations

import re

import pytest

from bench import align_heldout24
from tests.core.heldout_texts import HeldOutTexts

TEXTS = HeldOutTexts(align_heldout24)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides, _bead_of = TEXTS.sides, TEXTS.bead_of


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


@pytest.mark.parametrize("name", NAMES)
def test_each_text_opens_with_its_first_poems_titles_in_a_1_1_bead(name: str) -> None:
    """Each range starts at a poem's title on both sides (the Russian's «К читателю» and Garnett's
    series numeral left out), so the first bead pairs the two titles."""
    en, ru = _sides(name)
    titles = {"prose-poems-country": ("THE COUNTRY", "Деревня"),
              "prose-poems-sparrow": ("THE SPARROW", "Воробей"),
              "prose-poems-vrevsky": ("TO THE MEMORY OF U. P. VREVSKY", "Памяти Ю. П. Вревской")}[name]
    assert GOLD[name]["beads"][0] == [[0], [0]]
    assert (en[0], ru[0]) == titles


def test_a_speech_the_russian_cuts_into_short_sentences_is_one_bead_with_its_english() -> None:
    """«И говорит Юнгфрау соседу: / – Что скажешь нового? / Тебе видней. / Что там внизу?» is one
    English sentence, and so is the old woman's «– Кто ты? / Чего тебе нужно? / ...»."""
    en, ru = _sides("prose-poems-country")
    s, t = _bead_of("prose-poems-country", ru, "ru", "И говорит Юнгфрау соседу:")
    assert len(s) == 1 and en[s[0]].startswith("And the Jungfrau speaks to its neighbour:")
    assert [ru[j] for j in t[1:]] == ["– Что скажешь нового?", "Тебе видней.", "Что там внизу?"]
    s, t = _bead_of("prose-poems-country", ru, "ru", "– Кто ты?")
    assert len(s) == 1 and len(t) == 4 and en[s[0]].startswith("‘Who are you?")


def test_a_quoted_thought_the_english_import_cuts_is_one_bead() -> None:
    """«"Опять эта женщина! – подумалось мне. – ..."» is one Russian segment; the English import
    cuts its English after the first exclamation and after the second question (three)."""
    en, ru = _sides("prose-poems-country")
    s, t = _bead_of("prose-poems-country", ru, "ru", "«Опять эта женщина!")
    assert len(t) == 1 and [en[i][:17] for i in s] == ["‘Again that woman", "I thought, ‘why d",
                                                          "But then, I added"]


def test_a_dialogue_set_out_as_a_play_pairs_speaker_with_speaker() -> None:
    """Each speaker name, stage direction and all, is a 1-1 bead; the Russian file runs the
    subtitle «Разговор» into the first speaker's name, one segment against two English ones."""
    en, ru = _sides("prose-poems-sparrow")
    s, t = _bead_of("prose-poems-sparrow", ru, "ru", "РазговорЧернорабочий")
    assert [en[i] for i in s] == ["A DIALOGUE", "WORKMAN."] and len(t) == 1
    s, t = _bead_of("prose-poems-sparrow", ru, "ru", "Белоручка (подавая свои руки)")
    assert [en[i] for i in s] == ["THE MAN WITH WHITE HANDS (_offering his hands_)."] and len(t) == 1
    speakers = {j: "WHITE HANDS" if segment.startswith("Белоручка") else "WORKMAN"
                for j, segment in enumerate(ru)
                if re.fullmatch(r"(Белоручка|(\w+ )*[Чч]ернорабочий)( \(.*\))?", segment)}
    assert len(speakers) == 15
    for j, who in speakers.items():
        s, t = next(bead for bead in GOLD["prose-poems-sparrow"]["beads"] if j in bead[1])
        assert t == [j] and len(s) == 1
        assert who in en[s[0]] and en[s[0]].split(" (")[0] == en[s[0]].split(" (")[0].upper()


def test_a_date_line_pairs_with_the_other_sides_date_or_is_a_null() -> None:
    """Every date line is a segment on both sides (until session 41 (furnfix) the import dropped a
    Russian date whose month came back in the text as a running head): «Апрель, 1878» after each
    of the four poems is 1-1 with "_April 1878._"; a Russian date Garnett does not print (the
    first poem's, «Старуха»'s) is a null."""
    en, ru = _sides("prose-poems-sparrow")
    dates = [i for i, segment in enumerate(en) if segment == "_April 1878._"]
    assert len(dates) == 4
    for i in dates:
        s, t = next(bead for bead in GOLD["prose-poems-sparrow"]["beads"] if i in bead[0])
        assert s == [i] and len(t) == 1 and re.fullmatch(r"Апрель,? 1878", ru[t[0]])
    en, ru = _sides("prose-poems-vrevsky")
    s, t = _bead_of("prose-poems-vrevsky", ru, "ru", "Сентябрь, 1878")
    assert [en[i] for i in s] == ["_September 1878._"]
    en, ru = _sides("prose-poems-country")
    dates = [j for j, segment in enumerate(ru) if segment == "Февраль, 1878"]
    assert len(dates) == 3
    beads = GOLD["prose-poems-country"]["beads"]
    assert [[[], [j]] in beads for j in dates] == [True, False, True]
    s, t = next(bead for bead in beads if dates[1] in bead[1])
    assert [en[i] for i in s] == ["_February 1878._"] and t == [dates[1]]


def test_a_poem_the_translation_leaves_out_is_a_run_of_russian_nulls() -> None:
    """Garnett's book has no «Порог»: its title, every sentence of it and its date are Russian nulls
    between the beads of "The Last Meeting" and "A Visit"."""
    en, ru = _sides("prose-poems-vrevsky")
    first, last = ru.index("Порог"), ru.index("– Святая! – принеслось откуда-то в ответ.") + 1
    assert ru[last] == "Май, 1878"
    beads = GOLD["prose-poems-vrevsky"]["beads"]
    at = beads.index([[], [first]])
    assert beads[at : at + last - first + 1] == [[[], [j]] for j in range(first, last + 1)]
    assert en[beads[at - 1][0][0]] == "_April 1878._" and en[beads[at + last - first + 1][0][0]] == "A VISIT"
