"""English term shapes (session 36): what heads a candidate, what modifies one, what is a verb,
and an unknown word's lemma; and a word of a fixed phrase, in English and Russian. Each test
reads sentences through the real readers and lexicons."""

from __future__ import annotations

import pytest

from workbench.core.extraction.english import english_phrases


def forms(text: str) -> set[str]:
    return {phrase.form for phrase in english_phrases(text)}


def test_an_adjective_in_front_of_a_noun_heads_no_candidate() -> None:
    found = forms("National disaster risk reduction strategies cut official development assistance.")
    assert "national disaster risk reduction" in found and "official development assistance" in found
    assert "national" not in found and "official" not in found
    assert "disaster" in found  # a noun in front of a noun still heads one of its own


@pytest.mark.parametrize("text, term", [
    ("Copper coins were minted.", "copper"),  # a noun used as a modifier: no adjective's ending
    ("Waste water is treated.", "waste"),
    ("The national, in his own country, voted.", "national"),  # the last word of its run
])
def test_a_noun_in_front_of_a_noun_or_a_word_ending_its_run_heads_one(text: str, term: str) -> None:
    assert term in forms(text)


def test_a_participle_modifies_the_noun_after_it() -> None:
    found = forms("Aid to developing countries and least developed countries gives safe drinking water.")
    assert {"developing country", "developed country", "drinking water"} <= found


@pytest.mark.parametrize("text", [
    "The country has developed policies.",  # after an auxiliary: the verb's
    "Many countries developed policies.",  # after a noun it may follow as its verb
    "Developed, policies change.",  # not right before a word of the phrase
])
def test_a_participle_of_a_verb_modifies_nothing(text: str) -> None:
    assert not any(form.startswith("developed") for form in forms(text))


@pytest.mark.parametrize("text", [
    "Countries agreed to implement the plan.",
    "By 2030, increase the share of renewable energy.",
    "Increase the share of renewable energy.",
])
def test_a_verb_before_its_object_after_to_or_opening_a_clause_is_no_candidate(text: str) -> None:
    found = forms(text)
    assert "implement" not in found and "increase" not in found
    assert "plan" in found or "share" in found


def test_the_same_word_as_a_noun_stays_a_candidate() -> None:
    assert "increase" in forms("An increase in the share was seen.")
    assert "implement" in forms("The farmer sold the implement.")


@pytest.mark.parametrize("written, lemma", [
    ("nagios", "nagios"),  # lemminflect's rule gave "nagio"
    ("Pleiades", "pleiades"),
    ("pertussis", "pertussis"),
    ("exoplanets", "exoplanet"),  # a singular wordfreq knows is still taken
    ("nucleotides", "nucleotide"),
])
def test_an_unknown_word_keeps_its_s_unless_its_singular_is_a_word(written: str, lemma: str) -> None:
    (phrase,) = english_phrases(f"the {written}")
    assert phrase.key == (lemma,)


FIXED = (
    ("Act in accordance with the law of the sea.", "Действуйте в соответствии с морским правом."),
    ("Report in accordance with the rules of the sea.", "Сообщайте в качестве наблюдателя по морскому праву."),
    ("Fish in accordance with the quota of the sea.", "Ловите рыбу в качестве рыбака по квоте моря."),
    ("In particular, the dog reads the law of the sea.", "В частности, собака читает морское право."),
    ("The dog swims in accordance with the sea.", "Собака плавает в качестве пловца в море."),
)


def test_a_word_that_always_follows_one_preposition_is_part_of_a_fixed_phrase() -> None:
    from workbench.core.extraction import extract

    english = {c.text for c in extract(FIXED, "en", "ru", limit=None).candidates}
    assert "accordance" not in english  # "in accordance with", four times of four
    assert {"dog", "sea"} <= english  # "the" is no preposition
    russian = {c.text for c in extract([(t, s) for s, t in FIXED], "ru", "en", limit=None).candidates}
    assert "качество" not in russian and "морское право" in russian  # «в качестве», three of three
