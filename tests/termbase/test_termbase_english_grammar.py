"""English noun terms that share a spelling with a modal, an adjective, an adverb, a pronoun or
another verb's past tense (issue 15, session 17): one test per rule of
`termbase.grammar.EnglishGrammar`, on sentences written for them by its implementer (none is a
sentence of the held-out English prose set that showed the causes), each with the noun kept
beside the word refused."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(cid: str, en: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en"), Term(cid, "ru")))


EN = Matcher(
    [concept(word, word) for word in (
        "will", "can", "mine", "fine", "kind", "well", "light", "second", "saw", "rose", "felt",
        "fly", "state", "ring", "content", "watch", "present",
    )],
    "en",
)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in EN.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She chose the finer cloth.", []),
        ("This is the finest hour.", []),
        ("You had better go now.", []),
        ("They did their best work at night.", []),
        ("The fine was paid at once.", [("fine", "fine")]),
        ("The old well ran dry.", [("well", "well")]),
    ],
)
def test_a_form_reaching_the_term_only_as_an_adjective_or_adverb_is_not_the_noun(
    text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The doctor will be here soon.", []),
        ("Nobody can be sure of that.", []),
        ("Will you open the gate?", []),
        ("Can I come in?", []),
        ("This can be done today.", []),
        ("The captain will now return.", []),
        ("His will was read aloud.", [("will", "will")]),
        ("She opened a can of beans.", [("can", "can")]),
    ],
)
def test_a_modal_before_a_bare_verb_or_its_subject_is_not_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That horse is mine.", []),
        ("He is a cousin of mine.", []),
        ("Your hand is colder than mine.", []),
        ("The miners left the mine at dusk.", [("mine", "mine")]),
        ("He worked in a coal mine.", [("mine", "mine")]),
    ],
)
def test_an_independent_possessive_is_the_pronoun_without_a_determiner(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He drew a fine portrait of her.", []),
        ("The light breeze cooled the deck.", []),
        ("On the second morning they sailed.", []),
        ("The present trouble will pass.", []),
        ("It was a kind of game.", [("kind", "kind")]),
        ("He held the light to the door.", [("light", "light")]),
    ],
)
def test_an_adjective_between_a_determiner_and_a_noun_is_not_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You are very kind to say so.", []),
        ("She stepped as light as a bird.", []),
        ("She played too well to lose.", []),
        ("I am content with little.", []),
        ("He seemed kind enough.", []),
        ("There is light in the window.", [("light", "light")]),
        ("A kind and gentle voice answered.", []),
    ],
)
def test_an_adjective_after_a_degree_adverb_or_a_link_verb_is_not_the_noun(
    text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margaret saw the boat at last.", []),
        ("The sailors rose before dawn.", []),
        ("He paused, and felt the cold wind.", []),
        ("She slowly rose from her chair.", []),
        ("I'll ring for the maid.", []),
        ("He cut the plank with a saw.", [("saw", "saw")]),
        ("A red rose grew by the door.", [("rose", "rose")]),
        ("A fly buzzed on the glass.", [("fly", "fly")]),
        ("The state pays for schools.", [("state", "state")]),
    ],
)
def test_a_finite_verb_is_not_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At dawn the sun rose over the ridge.", []),
        ("A tired traveller felt along the wall.", []),
        ("The tired horse rose to its feet.", []),
        ("Cut the board with a band saw.", [("saw", "saw")]),
        ("A steel spring saw hung on the wall.", [("saw", "saw")]),
    ],
)
def test_a_past_form_after_a_singular_subject_inside_its_clause_is_not_the_noun(
    text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quick, take the horse! Saddle it and fly.", []),
        ("Hurry! fly, before they come.", []),
        ("What a fly! It keeps landing on my plate.", [("fly", "fly")]),
    ],
)
def test_an_imperative_joined_to_a_verb_or_after_an_exclamation_is_not_the_noun(
    text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I only came here to watch you work.", []),
        ("He went back to his watch at midnight.", [("watch", "watch")]),
    ],
)
def test_an_infinitive_before_an_object_pronoun_is_not_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is a well known fact in the village.", []),
        ("The gift, well meant but clumsy, pleased nobody.", []),
        ("Old and well worn, the coat still served.", []),
        ("The well dried up last summer.", [("well", "well")]),
        ("They dug a water well behind the barn.", [("well", "well")]),
    ],
)
def test_an_adverb_before_a_participle_is_not_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The workers' club opened in 1923.", [("club", "club")]),
        ("The trade unions' party", [("party", "party")]),
        ("The miners’ club grew.", [("club", "club")]),
        ("The members club met.", [("club", "club")]),
    ],
)
def test_a_noun_after_a_plural_possessive_or_in_a_compound_is_the_noun(text: str, expected: list) -> None:
    """The tokens drop a plural possessive's apostrophe, so "workers' club" reads as "workers club":
    a bare form after a plural noun is the noun there, as in compounds (a verb reading once lost
    the product's own terms in its own domain)."""
    matcher = Matcher([concept("club", "club"), concept("party", "party")], "en")
    assert [(m.concept_id, m.text) for m in matcher.find(text)] == expected


def test_an_adjective_term_is_found_before_its_noun_and_not_as_a_verb() -> None:
    """A term the termbase calls an adjective is that adjective ("the free press"); the cue that
    tells a noun term from an adjective once refused every such term before a noun."""
    free = Concept("free", terms=(Term("free", "en", part_of_speech="adjective"), Term("свободный", "ru")))
    matcher = Matcher([free], "en")
    assert [m.text for m in matcher.find("The free press of a free people.")] == ["free", "free"]
    assert [m.text for m in matcher.find("They will free the prisoners.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the only state that kept its army.", [("state", "state")]),
        ("If states are weak, the leagues fail.", [("state", "states")]),
        ("The lily and rose grew by the wall.", [("rose", "rose")]),
        ("They sold the cloth as felt.", [("felt", "felt")]),
        ("State, church and guild all claimed a share.", [("state", "State")]),
        ("Chapter Two: State", [("state", "State")]),
        ("Well, I never saw the like.", []),
        ("Fly! fly, before they come!", []),
    ],
)
def test_a_noun_term_in_the_places_where_non_fiction_puts_it(text: str, expected: list) -> None:
    """After "the only", before a relative "that", after a subordinator ("If states are"), joined
    by "and" to a noun, after "as", at a heading's end or opening a list before a comma: the noun;
    a capitalised word alone with an adverb's reading is an interjection, one before "!" an
    imperative."""
    assert found(text) == expected


def test_a_noun_after_to_ends_its_phrase_before_a_finite_verb() -> None:
    market = Concept("market", terms=(Term("market", "en"), Term("рынок", "ru")))
    matcher = Matcher([market], "en")
    assert [m.text for m in matcher.find("The costs of bringing them to market are high.")] == ["market"]
    assert [m.text for m in matcher.find("We help them to market the grain.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His well-worn boots stood by the door.", []),
        ("The soldier, a light-hearted fellow, sang all night.", []),
        ("A brown she-bear came out of the thicket.", [("bear", "bear")]),
        ("The light-house keeper lit the light.", [("light", "light"), ("light", "light")]),
    ],
)
def test_a_hyphenated_compound_keeps_its_parts_apart(text: str, expected: list) -> None:
    """The tokens drop a hyphen inside a word (so "trade-union" matches "trade union"); the
    matcher reads it from the text: a first part that may be an adjective or adverb before a
    word that cannot be a noun is that word, a last part is the compound's head, a noun."""
    matcher = Matcher([concept("light", "light"), concept("well", "well"), concept("bear", "bear")], "en")
    assert [(m.concept_id, m.text) for m in matcher.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Run, boys--fly! The guards are coming.", []),
        ("\"Now, Tom--fly!\" cried the old sailor.", []),
        ("A fly--a big green one--sat on the jam.", [("fly", "fly")]),
    ],
)
def test_two_hyphens_are_a_dash_between_phrases(text: str, expected: list) -> None:
    """"Tom--fly!" is a name, a dash and an imperative, not one compound: the words across two
    hyphens are no neighbours."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carpenters' saw lay on the bench.", [("saw", "saw")]),
        ("The gardeners’ rose won the prize.", [("rose", "rose")]),
        ("The gardeners rose early.", []),
    ],
)
def test_a_noun_after_a_plural_possessive_is_the_noun(text: str, expected: list) -> None:
    """The tokens drop the apostrophe ending a plural possessive; read from the text, it makes
    the word after it a noun where a plural subject would make a past form the verb."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jack, pale with fear, saw the guard.", []),
        ("He gave the reply that rose to his lips.", []),
        ("Her voice trembled, rose and fell.", []),
        ("The captain, however, rose quickly.", []),
        ("Old Brown, then, saw nothing.", []),
        ("The young soldier rose from the bench.", []),
        ("The rose the gardener gave her was red.", [("rose", "rose")]),
        ("The wild rose that grew by the gate was gone.", [("rose", "rose")]),
    ],
)
def test_a_past_form_in_its_clause_is_the_verb(text: str, expected: list) -> None:
    """Another verb's past form before its object, after "that" following a noun (a relative
    clause), joined by "and" to another past form, after an aside between commas, or after a
    noun that an adjective opens is the verb; after a determiner, or before "that", the noun."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mary, light the fire before they come.", []),
        ("Quick! Ring the bell.", []),
        ("The bell rang; rest your feet now.", []),
        ("Spring, the best season, came at last.", [("spring", "Spring")]),
    ],
)
def test_a_bare_form_opening_its_clause_before_an_object_is_a_command(text: str, expected: list) -> None:
    """A noun opening its clause is followed by its verb or a break, not by a determiner or an
    object pronoun: a bare form there is an imperative."""
    matcher = Matcher([concept(word, word) for word in ("light", "ring", "rest", "spring")], "en")
    assert [(m.concept_id, m.text) for m in matcher.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"Pretty fine!\" said the cook.", []),
        ("They were never kind to strangers.", []),
        ("That's fine, thank you.", []),
        ("It's well enough for a start.", []),
        ("She had a kind and forgiving heart.", []),
        ("It was a fine and daring stroke.", []),
        ("His present uncertain temper worried us.", []),
        ("They were not in the light.", [("light", "light")]),
        ("A fine and a warning were all he got.", [("fine", "fine")]),
    ],
)
def test_an_adjective_or_adverb_in_its_places_is_not_the_noun(text: str, expected: list) -> None:
    """After an adverb opening a clause that ends with the form, a link verb with "not" or
    "never" between, a pronoun's "'s"; before "and" and a participle after a determiner, or
    before another adjective and its noun: the adjective or adverb. After a determiner with
    "and" and a determiner after it, or after a preposition and a determiner, the noun."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let them rest here tonight.", []),
        ("How can anyone say so?", []),
        ("They let the rest go home.", [("rest", "rest")]),
    ],
)
def test_a_bare_infinitive_and_a_modal_before_an_indefinite_subject(text: str, expected: list) -> None:
    """"let", "make" and the like take an object and a bare infinitive; a modal before
    "anyone", "everybody" asks a question, as before a personal pronoun."""
    matcher = Matcher([concept("rest", "rest"), concept("can", "can")], "en")
    assert [(m.concept_id, m.text) for m in matcher.find(text)] == expected


NAMED = Matcher([concept("may", "May"), concept("pike", "pike"), concept("bait", "bait")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It may be so.", []),
        ("The dictum might be improved.", []),
        ("In May the trout rise.", [("may", "May")]),
        ("Early in May, we fished for pike.", [("may", "May"), ("pike", "pike")]),
    ],
)
def test_a_term_written_with_a_capital_among_small_letters_is_a_name(text: str, expected: list) -> None:
    assert [(m.concept_id, m.text) for m in NAMED.find(text)] == expected


def test_a_term_of_several_words_is_found_whatever_its_capitals() -> None:
    """Only a one-word term is held to its capital: "the communist party" is the party's term
    even where the termbase writes it "Communist Party" among small-letter terms."""
    named = Matcher([concept("party", "Communist Party"), concept("may", "May"),
                     concept("pike", "pike"), concept("bait", "bait"), concept("line", "line")], "en")
    assert [(m.concept_id, m.text) for m in named.find("He left the communist party in may.")] == [
        ("party", "communist party")]


def test_where_most_terms_start_with_a_capital_the_capital_is_house_style() -> None:
    house = Matcher([concept("may", "May"), concept("pike", "Pike"), concept("bait", "Bait")], "en")
    assert [(m.concept_id, m.text) for m in house.find("A pike took the bait in may.")] == [
        ("pike", "pike"), ("bait", "bait"), ("may", "may")]
