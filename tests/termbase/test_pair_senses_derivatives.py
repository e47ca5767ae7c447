"""`termbase.pair_senses`: a noun that classifies another rendered by a word built on the term
(`classifies_next`, `term_derivative`), an English adjective rendered by the adjective a Russian
noun term is (`adjective_term_rendering`, termfix35's `adjective_rendering` without its source-word
guard since termfix38) (termfix35, session 34). Sentences written by the implementer,
none a pair of a bench set."""

from __future__ import annotations

from termbase.pair_senses import adjective_term_rendering, classifies_next, term_derivative


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_classifies_next_reads_a_noun_before_a_noun_alone_or_joined_by_a_slash() -> None:
    text = "Take the anti-nausea/allergy tablets, then see the allergy nurse about the allergy."
    assert classifies_next(text, *_span(text, "nausea"), "en")  # "nausea/allergy tablets"
    assert classifies_next(text, *_span(text, "allergy"), "en")
    last = text.rindex("allergy")
    assert not classifies_next(text, last, last + len("allergy"), "en")
    # A slash before a word that heads its phrase: no noun is classified.
    text = "Report the nausea/allergy to us."
    assert not classifies_next(text, *_span(text, "nausea"), "en")


def test_term_derivative_takes_an_adjective_of_a_multiword_term() -> None:
    terms = ["рак", "онкологическое заболевание", "злокачественная опухоль"]
    assert term_derivative(terms, "Спросите онкологическую медсестру о диете.", "ru") == "онкологическую"
    assert term_derivative(terms, "Злокачественные клетки делятся быстро.", "ru") == "Злокачественные"
    # The multiword term's noun alone, or another adjective: nothing built on the term.
    assert term_derivative(terms, "Это заболевание лечат.", "ru") is None
    assert term_derivative(terms, "Спросите дежурную медсестру.", "ru") is None


def test_term_derivative_takes_an_adjective_or_a_compound_holding_a_one_word_terms_stem() -> None:
    # The stem after a prefix, in an adjective; the stem opening a compound's second part.
    assert term_derivative(["тошнота"], "Примите противотошнотное средство.", "ru") == "противотошнотное"
    assert term_derivative(["аллергия"], "Запишитесь к врачу-аллергологу.", "ru") == "врачу-аллергологу"
    assert term_derivative(["вакцинация"], "Запишитесь к врачу-вакцинологу.", "ru") == "врачу-вакцинологу"
    # An adjective that opens with the stem is the concept's own adjective (the sets' labels
    # hold the noun due there): none.
    assert term_derivative(["кожа"], "Кожные инфекции опасны.", "ru") is None
    assert term_derivative(["тошнота"], "Тошнотный запах.", "ru") is None
    # A noun holding the stem that is no compound («стадо» of «стадия»), a stem too short to
    # tell («рак» in «ракета»), a form of the term itself: none.
    assert term_derivative(["стадия"], "Стадо коров паслось у реки.", "ru") is None
    assert term_derivative(["рак"], "Ракетный двигатель.", "ru") is None
    assert term_derivative(["тошнота"], "Тошнота прошла.", "ru") is None
    # No dictionary of parts of speech for English targets: no claim.
    assert term_derivative(["nausea"], "anti-nausea drugs", "en") is None


def test_adjective_term_rendering_takes_the_adjective_a_noun_term_is() -> None:
    assert adjective_term_rendering(["беременная"], "Беременные пациентки наблюдаются чаще.", "ru") == "Беременные"
    assert adjective_term_rendering(["больной"], "Больных детей лечат дома.", "ru") == "Больных"
    # A target without the adjective: none.
    assert adjective_term_rendering(["беременная"], "Будущие матери наблюдаются чаще.", "ru") is None
    # A term that is no adjective («беременность») has no adjective to render it.
    assert adjective_term_rendering(["беременность"], "Беременные пациентки.", "ru") is None
