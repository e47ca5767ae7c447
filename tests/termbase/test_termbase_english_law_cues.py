"""English noun terms among capitalised institutions, modals and gerunds (issue 15, session 25,
termfix25). Sentences written for the rules by the implementer (none of them a sentence of the
dev sets), each with the term kept nearby where a refusal is tested."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(word: str, pos: str = "noun") -> Concept:
    return Concept(word, terms=(Term(word, "en", part_of_speech=pos), Term(word, "ru")))


def found(matcher: Matcher, text: str) -> list[str]:
    return [m.text for m in matcher.find(text)]


PARTY = Matcher([concept("party")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegates went to the Party Congress.", ["Party"]),
        ("Every Party Congress elects a committee.", ["Party"]),
        ("He read the Party Programme aloud.", ["Party"]),
        ("He was a Party member for ten years.", ["Party"]),
        ("The party members voted.", ["party"]),
    ],
)
def test_an_adverb_is_made_by_english_spelling_so_party_is_no_adjective_of_partly(
    text: str, expected: list[str]
) -> None:
    """"partly" is "part"'s adverb: "-ly" replaces a final "e" ("gently") or "y" ("-ily"), never
    another letter, so "party" before a noun is the noun modifying it, not an adjective."""
    assert found(PARTY, text) == expected


INSTITUTIONS = Matcher([concept(word) for word in ("party", "bank", "state", "exchange", "bond", "point")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report went to Party Congress delegates.", ["Party"]),
        ("He worked in State Bank offices.", ["State", "Bank"]),
        ("The money went to State Bank accounts.", ["State", "Bank"]),
        ("She wrote to Exchange Committee members.", ["Exchange"]),
        ("He went to Party meetings twice a week.", ["Party"]),  # no infinitive has a capital
        ("He walked along Bond Street to buy a bond.", ["bond"]),  # a street ends its phrase
        ("We landed on Bank Island, far from any bank.", ["bank"]),
        ("They waited at Sandy Point lighthouse for a point.", ["point"]),  # an adjective opens it
    ],
)
def test_two_capitalised_common_nouns_before_the_noun_they_modify_are_no_name(
    text: str, expected: list[str]
) -> None:
    """With no article, two capitalised common nouns are a place's name where they end their
    phrase; before a small-letter plural or noun they are that noun's modifier, whose phrase
    needs no article, and a capital after "to" inside a sentence is no infinitive."""
    assert found(INSTITUTIONS, text) == expected


WILL = Matcher([concept("will"), concept("testament")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will not the judge read the will aloud?", ["will"]),
        ("Will the executor find the will in time?", ["will"]),
        ("What will Mrs. Dorne say of the will?", ["will"]),
        ("And what difference will one week make to his will?", ["will"]),
        ("He made a will the day before he died.", ["will"]),  # its article: the noun
        ("She said that she will--will sign the testament.", ["testament"]),
        ("He thought that he will find the will.", ["will"]),
    ],
)
def test_a_modal_before_its_subject_or_after_a_subject_pronoun_is_no_noun(text: str, expected: list[str]) -> None:
    """A question puts its modal before the subject (a determiner, a cardinal, a capitalised
    name, "not" before them) where it opens its clause or follows a question word and its noun;
    and a subject pronoun has no determiner before it, so "that she will" is the modal."""
    assert found(WILL, text) == expected


GERUNDS = Matcher([concept("hearing"), concept("building")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wept on hearing him confess before the hearing.", ["hearing"]),
        ("Hearing a knock, the clerk postponed the hearing.", ["hearing"]),
        ("By building a wall they saved the old building.", ["building"]),
        ("The hearing the magistrate fixed was put off.", ["hearing"]),  # its article: the noun
        ("After a hearing of two days the bench rose.", ["hearing"]),
    ],
)
def test_a_form_in_ing_before_its_object_after_a_preposition_is_a_gerund(text: str, expected: list[str]) -> None:
    """A noun term that is another verb's "-ing" form is that verb's gerund or participle where
    it follows a preposition or opens its clause and takes an object pronoun or an article."""
    assert found(GERUNDS, text) == expected


ACTS = Matcher([concept("act"), concept("stay")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I would fain act as the act directs.", ["act"]),
        ("You will please stay until the stay is lifted.", ["stay"]),
        ("The act will soon pass.", ["act"]),
    ],
)
def test_a_modal_and_an_adverb_before_a_form_make_it_the_bare_verb(text: str, expected: list[str]) -> None:
    """A modal takes its bare verb past an adverb ("would fain act") or the polite "please"."""
    assert found(ACTS, text) == expected


BRIEFS = Matcher([concept("brief"), concept("light")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Counsel sent a brief abstract; the clerk sent the brief itself.", ["the brief"]),  # no pronoun heads it
        ("The clerk made a brief abstract of the brief.", ["the brief"]),
        ("The brief states that he lied.", ["The brief"]),  # a verb after it: the noun
        ("They walked to the hill whence the light comes.", ["the light"]),  # "comes", a verb here
    ],
)
def test_an_adjective_before_a_noun_that_ends_its_phrase_is_that_nouns_modifier(
    text: str, expected: list[str]
) -> None:
    """An adjective of its own between a determiner and a singular noun that ends its phrase
    modifies it, though lemminflect also reads that noun as an adjective ("abstract")."""
    assert [text[m.start - 4:m.end] for m in BRIEFS.find(text)] == expected


JUDGES = Matcher([concept("judge")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He quoted the text--“Judge not,” said the judge.", ["judge"]),
        ("My friend, judge not that the judge may spare you.", ["judge"]),
    ],
)
def test_a_bare_form_opening_its_clause_before_not_is_the_old_imperative(text: str, expected: list[str]) -> None:
    """"Judge not": the old imperative puts "not" after the verb; a dash with a quotation mark
    after it ("--“") breaks the phrase as a dash alone does."""
    assert found(JUDGES, text) == expected
