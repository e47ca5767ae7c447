"""The twenty-second held-out set (`bench.align_heldout22`: Dostoevsky's «Бедные люди» in Hogarth's
*Poor Folk*, letters freely translated, RU → EN): where `fetch` mirrors both repositories, the user
files it rebuilds and the segments the import makes of them are those the gold was read on, and
the gold keeps its rules for date lines, salutations and signatures run into a sentence,
postscripts, addresses and sentences the English leaves out, and straddling periods. No aligner
is ever run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the texts is committed, so every test
that reads them skips where the mirror is absent."""

from __future__ import annotations

import pytest

from bench import align_heldout22
from tests.core.heldout_texts import HeldOutTexts

TEXTS = HeldOutTexts(align_heldout22)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides, _bead_of = TEXTS.sides, TEXTS.bead_of


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


@pytest.mark.parametrize("name", NAMES)
def test_every_date_line_is_a_1_1_bead_with_the_other_sides_date(name: str) -> None:
    """Each letter opens with its date on a line of its own on both sides («Июня 22.» / "June
    22nd."; two letters may share a date): each its own 1-1 bead, the first the text's first."""
    en, ru = _sides(name)
    months = {"Апреля": "April", "Мая": "May", "Июня": "June", "Июля": "July", "Августа": "August",
              "Сентября": "September"}
    dates = [j for j, segment in enumerate(ru) if segment.split(" ")[0] in months and segment.endswith(".")
             and segment.split(" ")[1].rstrip(".").isdigit()]
    assert dates and dates[0] == 0
    beads = GOLD[name]["beads"]
    for j in dates:
        s, t = next(bead for bead in beads if j in bead[1])
        assert t == [j] and len(s) == 1
        month, day = ru[j].rstrip(".").split(" ")
        assert en[s[0]].startswith(f"{months[month]} {day}")


def test_a_salutation_the_english_runs_into_the_first_sentence_is_in_its_bead() -> None:
    """«Милостивая государыня, Варвара Алексеевна!» is a segment of its own; Hogarth opens the
    first sentence with it ("MY DEAREST BARBARA ALEXIEVNA,--To think that ...")."""
    en, ru = _sides("poor-folk-april")
    s, t = _bead_of("poor-folk-april", ru, "ru", "Милостивая государыня, Варвара Алексеевна!")
    assert len(s) == 1 and en[s[0]].startswith("MY DEAREST BARBARA ALEXIEVNA,--To think")
    assert len(t) == 2 and ru[t[1]].startswith("Да, маточка, да, родная моя")


def test_a_closing_formula_cut_into_lines_is_in_the_bead_of_the_line_that_holds_it() -> None:
    """The Russian's «... с каковыми честь имею пребыть наипреданнейшею / и покорнейшею услужницей
    вашей» is two segments, the English's "...--Your humble, devoted servant," ends one sentence;
    the signed name is a 1-1 bead of its own."""
    en, ru = _sides("poor-folk-april")
    s, t = _bead_of("poor-folk-april", ru, "ru", "и покорнейшею услужницей вашей")
    assert len(s) == 1 and en[s[0]].endswith("--Your humble, devoted servant,")
    assert len(t) == 2 and ru[t[0]].startswith("Прошу вас еще раз не сердиться")
    assert _bead_of("poor-folk-april", ru, "ru", "Варварой Доброселовой.") == (
        [en.index("BARBARA DOBROSELOVA.")], [ru.index("Варварой Доброселовой.")])


def test_a_postscript_is_in_one_bead_however_each_side_cuts_it() -> None:
    """The April letter's «P. S.» stands alone before two sentences the English makes one; the
    farewell's postscript is one Russian sentence the English cuts in two."""
    en, ru = _sides("poor-folk-april")
    s, t = _bead_of("poor-folk-april", ru, "ru", "P. S.")
    assert [ru[j] for j in t][0] == "P. S." and len(t) == 3
    assert len(s) == 1 and en[s[0]].startswith("P.S.--Do not think")
    en, ru = _sides("poor-folk-farewell")
    s, t = _bead_of("poor-folk-farewell", ru, "ru", "P. S. Моя душа")
    assert [en[i] for i in s] == ["P.S.--My heart is full!", "It is full to bursting of tears!"]
    assert len(t) == 1


def test_an_address_an_interjection_or_a_sentence_the_english_leaves_out_is_a_null_bead() -> None:
    """«Маточка!» and «О!» stand alone and the English has nothing for them (its "How my heart is
    aching ...!..." is the next sentence, «Как мне грустно, ...»): null beads, as is a sentence
    left out; the English leaves nothing unpaired."""
    en, ru = _sides("poor-folk-farewell")
    for alone in ("Маточка!", "О!"):
        assert _bead_of("poor-folk-farewell", ru, "ru", alone) == ([], [ru.index(alone)])
    s, t = _bead_of("poor-folk-farewell", ru, "ru", "Как мне грустно")
    assert len(s) == len(t) == 1 and en[s[0]].startswith("How my heart is aching")
    en, ru = _sides("poor-folk-june")
    left_out = "Уж бог знает, куда вы его с рук сбыли."
    assert _bead_of("poor-folk-june", ru, "ru", left_out) == ([], [ru.index(left_out)])
    assert sum(1 for text in GOLD.values() for s, t in text["beads"] if not s) == 5
    assert not any(s and not t for text in GOLD.values() for s, t in text["beads"])


def test_a_period_that_straddles_two_sentences_is_one_n_m_bead() -> None:
    """«Я -- то есть брильянтщик говорит -- хорошо; а я про себя хотел сначала сказать, что я
    заболел ...» ends the English's first sentence of the letter and makes its second."""
    en, ru = _sides("poor-folk-farewell")
    s, t = _bead_of("poor-folk-farewell", ru, "ru", "Я -- то есть брильянтщик")
    assert len(s) == len(t) == 2
    assert en[s[0]].endswith("All is well as regards the jeweller.")
    assert en[s[1]].startswith("Unfortunately, I have also to say that I myself have fallen ill")
