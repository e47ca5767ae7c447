"""Russian forms the sets' labels read as another word than the term (issue 15, termfix22): a short
neuter that is a clause's predicative, a pronoun alone, an intransitive verb's form, a name the
document writes."""

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.names import document_names


def _typed(cid: str, en: str, ru: str, part_of_speech: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech=part_of_speech),
                               Term(ru, "ru", part_of_speech=part_of_speech)))


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text)]


RU_ADJECTIVES = Matcher([_typed("strange", "strange", "странный", "adjective"),
                         _typed("nasty", "nasty", "скверный", "adjective")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «это» standing alone as the subject points at a situation: the predicative, not the short form.
        ("Но это странно, друг мой.", []),
        ("Это очень скверно.", []),
        ("Скверно всё это, не хочу слушать.", []),
        ("Странно это мне.", []),
        # Opening its sentence before a comma: the clause after the comma is its subject.
        ("Странно, что вы от него ждали.", []),
        ("И странно, он вдруг заснул.", []),
        # The adverb of a verb or participle past a degree adverb between.
        ("Он был одет очень скверно.", []),
        # A noun, «оно» or «это» determining a noun is the short form's subject.
        ("Это окно скверно.", [("nasty", "скверно")]),
        ("Но скверно это окно.", [("nasty", "скверно")]),
        ("Пока оно скверно, уйдём.", [("nasty", "скверно")]),
        ("Его лицо было странно.", [("strange", "странно")]),
    ],
)
def test_a_short_neuter_with_a_clause_as_subject_is_a_predicative(text: str, expected: list) -> None:
    assert found(RU_ADJECTIVES, text) == expected


RU_VOLUME = Matcher([_typed("volume", "volume", "том", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «тому», the pronoun «тот»'s dative too, standing alone: its phrase ends with it.
        ("Он был рад и тому, что старец весел.", []),
        ("Митя забеспокоился, к тому же заметил пана.", []),
        ("Она умерла лет тридцать тому назад.", []),
        ("Я рад тому.", []),
        # A modifier before it, or a phrase going on after it, is left to the other rules.
        ("Он обрадовался второму тому.", [("volume", "тому")]),
        ("Он рад тому тому, что купил.", [("volume", "тому")]),
    ],
)
def test_a_noun_form_a_likelier_pronoun_shares_is_the_pronoun_alone(text: str, expected: list) -> None:
    assert found(RU_VOLUME, text) == expected


RU_TREAT = Matcher([_typed("treat", "treat", "лечить", "verb")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «лечу» is also «лететь»'s: a transitive term's form with no object beside it is the other verb.
        ("Спешу и лечу.", []),
        ("Сейчас же лечу по начальству.", []),
        ("Я знал, что лечу.", []),
        # With its object after it or a pronoun's before it, the term.
        ("Я лечу больных.", [("treat", "лечу")]),
        ("Я его лечу.", [("treat", "лечу")]),
        # A form the other verb does not share is the term alone.
        ("Он лечит детей.", [("treat", "лечит")]),
    ],
)
def test_a_transitive_verbs_form_an_intransitive_shares_needs_its_object(text: str, expected: list) -> None:
    assert found(RU_TREAT, text) == expected


def test_a_russian_document_that_writes_a_word_capitalised_mid_sentence_names_it() -> None:
    """«Соня» capitalised inside sentences five times and never in small letters is a name, at a
    sentence's start too, where grammar alone cannot tell it from the noun «соня» (a sleepyhead).
    Forms count apart: the rule reads words as written, «Соне» is another word."""
    work = [f"Он сказал, что {who} и Соня придут вечером." for who in ("мать", "брат", "отец", "дядя", "сестра")]
    names = document_names(work, "ru")
    assert names == {"соня"}
    assert document_names([*work, "Вставай, соня!"], "ru") == set()
    sleepyhead = Matcher([_typed("sleepyhead", "sleepyhead", "соня", "noun")], "ru")
    line = "Соня, я непременно хотел принести тебе книгу."
    assert found(sleepyhead, line) == [("sleepyhead", "Соня")]  # no document: nothing says it is a name
    assert [m.text for m in sleepyhead.find(line, names=names)] == []
    assert [m.text for m in sleepyhead.find("Вставай, соня!", names=names)] == ["соня"]


RU_PERSONS = Matcher([_typed("madman", "madman", "сумасшедший", "noun"),
                      _typed("serviceman", "serviceman", "военный", "noun")], "ru")
RU_UNDECLARED = Matcher([Concept("madman", terms=(Term("madman", "en"), Term("сумасшедший", "ru")))], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A declared noun pymorphy3 lists only as an adjective: the adjective before a noun it agrees with.
        ("Его свезли в сумасшедший дом.", []),
        ("В этом сумасшедшем известии нет смысла.", []),
        # After a degree adverb, the adjective graded.
        ("Вид его был совсем сумасшедший.", []),
        ("Он почти сумасшедшим стал.", []),
        # Alone, as a bare predicate or before a pronoun in apposition: the noun.
        ("Я не сумасшедший!", [("madman", "сумасшедший")]),
        ("Они меня называют теперь сумасшедшим.", [("madman", "сумасшедшим")]),
        ("А тут сидит сумасшедший этот старик.", [("madman", "сумасшедший")]),
        # After the thing it agrees with, ending its phrase: the adjective put after its noun.
        ("Сапог военный, сказал мужик.", []),
        ("Вы военный?", [("serviceman", "военный")]),
    ],
)
def test_a_declared_noun_that_is_an_adjectives_form_is_that_adjective_as_an_attribute(
    text: str, expected: list
) -> None:
    assert found(RU_PERSONS, text) == expected


def test_an_adjective_only_term_with_no_part_of_speech_stays_the_adjective() -> None:
    assert found(RU_UNDECLARED, "Его свезли в сумасшедший дом.") == [("madman", "сумасшедший")]


RU_TRUTH = Matcher([_typed("truth", "truth", "правда", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «правда», also a particle: the noun as the predicate of «это» ending its phrase ...
        ("И это правда.", [("truth", "правда")]),
        ("Он её тиранит, правда это?", [("truth", "правда")]),
        # ... denied by «не» with no «ли», or joined to a noun before it.
        ("Если и не правда, то хорошо.", [("truth", "правда")]),
        ("Что это: шутка или правда?", [("truth", "правда")]),
        # The particle: parenthetical, or in «не правда ли».
        ("Такие есть семьи, правда, где любят.", []),
        ("Нам радость, не правда ли?", []),
        ("Правда, он пришёл поздно.", []),
    ],
)
def test_a_noun_that_is_also_a_particle_is_the_noun_as_a_predicate(text: str, expected: list) -> None:
    assert found(RU_TRUTH, text) == expected
