"""Lemma keys: inflected forms share keys with their term; other words do not."""

from __future__ import annotations

from typing import Any

import pytest

from termbase.morphology import lemmatizer_for


@pytest.mark.parametrize(
    ("form", "term_word"),
    [
        ("пролетаризацией", "пролетаризация"),
        ("культурной", "культурная"),
        ("стихийностью", "стихийность"),
        ("клубных", "клубный"),
        ("работников", "работник"),
        ("опролетариванием", "опролетаривание"),  # not in the dictionary: predicted
        ("организованной", "организованная"),
    ],
)
def test_russian_forms_share_a_key_with_the_term_word(form: str, term_word: str) -> None:
    ru = lemmatizer_for("ru")
    assert set(ru.keys(form)) & set(ru.term_keys(term_word))


@pytest.mark.parametrize(
    ("form", "term_word"),
    [
        ("организовали", "организованная"),  # a verb is not the participle
        ("формат", "форма"),
        ("профсоюзный", "профсоюз"),
    ],
)
def test_russian_other_words_do_not(form: str, term_word: str) -> None:
    ru = lemmatizer_for("ru")
    assert not set(ru.keys(form)) & set(ru.term_keys(term_word))


def test_russian_ambiguous_form_keeps_every_parse() -> None:
    keys = lemmatizer_for("ru").keys("стали")
    assert "сталь" in keys and "стать#verb" in keys


@pytest.mark.parametrize(
    ("form", "term_word"),
    [
        ("unions", "union"),
        ("workers", "workers"),
        ("voluntarism's", "voluntarism"),
        ("lives", "life"),
        ("crises", "crisis"),
        ("bolsheviks", "bolshevik"),  # unknown to the dictionary
        ("states", "state"),
    ],
)
def test_english_forms_share_a_key_with_the_term_word(form: str, term_word: str) -> None:
    en = lemmatizer_for("en")
    assert set(en.keys(form)) & set(en.term_keys(term_word))


@pytest.mark.parametrize(
    ("form", "term_word"), [("stated", "state"), ("formed", "form"), ("format", "form")]
)
def test_english_verb_forms_do_not_match_noun_terms(form: str, term_word: str) -> None:
    en = lemmatizer_for("en")
    assert not set(en.keys(form)) & set(en.term_keys(term_word))


def test_a_verb_term_matches_verb_forms() -> None:
    en = lemmatizer_for("en")
    assert set(en.keys("stated")) & set(en.term_keys("state", "verb"))


def test_languages_without_a_lemmatiser_match_exact_folded_forms() -> None:
    de = lemmatizer_for("de-DE")
    assert de.keys("gewerkschaft") == ("gewerkschaft",)
    assert lemmatizer_for("de") is de


def test_a_russian_form_is_parsed_once_for_its_keys_and_its_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Recognition asks a text word's lemma keys, then the grammar its parses («стали»: сталь
    or стать?): both read one pymorphy3 analysis, so a new form costs one parse."""
    from termbase.morphology import RussianLemmatizer

    ru = RussianLemmatizer()  # its own caches, empty
    parsed: list[str] = []
    analyse = ru._morph.parse

    def counted(form: str) -> list[Any]:
        parsed.append(form)
        return list(analyse(form))

    monkeypatch.setattr(ru._morph, "parse", counted)
    keys = frozenset(ru.keys("стали"))
    assert ru.grammar.is_noun("стали", keys) and ru.grammar.is_verb("стали", keys)
    assert parsed == ["стали"]
