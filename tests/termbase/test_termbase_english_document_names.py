"""A common word a document writes as a name (issue 15, session 23, termfix19): read from the
whole document (`termbase.names.document_names`), not a list, on paragraphs written for the rule
by the implementer (none a paragraph of the held-out sets)."""

from __future__ import annotations

from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.names import MIN_CAPITALISED, document_names

EN = Matcher([Concept(word, terms=(Term(word, "en"), Term(word, "ru"))) for word in ("spray", "pike", "deck")], "en")

LOG = [
    "We left the harbour at dawn, and the _Spray_ stood out to sea with a fair wind.",
    "By noon the Spray's deck was wet, for she shipped seas over the bow.",
    "A steamer spoke the Spray, and her master asked where we were bound.",
    "THE \"SPRAY\" AT ANCHOR",
    "That night, the Spray lay hove to under a reefed mainsail.",
    "The Spray rounded the cape at last, and I wrote in the log that the Spray was home.",
]
"""A log that names its sloop the Spray: capitalised inside sentences five times, never in small letters."""


def test_a_word_capitalised_inside_sentences_and_never_in_small_letters_is_a_name() -> None:
    names = document_names(LOG)
    assert names == {"spray"}
    assert [(m.concept_id, m.text) for m in EN.find(LOG[1], names=names)] == [("deck", "deck")]
    assert [m.text for m in EN.find("The Spray's bow threw spray over the deck.", names=names)] == ["spray", "deck"]
    assert [m.text for m in EN.find(LOG[1])] == ["Spray's", "deck"]  # no document: nothing says it is a name


def test_a_word_the_document_also_writes_in_small_letters_or_too_seldom_is_no_name() -> None:
    assert document_names([*LOG, "The spray flew over the rail."]) == set()
    assert document_names(LOG[:MIN_CAPITALISED - 2]) == set()
    assert document_names(LOG, "de") == set()  # a language the rule is not measured on


def test_an_author_who_capitalises_common_nouns_uses_them_as_common_nouns() -> None:
    """Walton's habit: every fish capitalised, but in a plural and after "a" or "this", as no name is."""
    angler = [
        "The Pike is a bold fish, and the Pike lives long.",
        "I have seen the Pike take a frog, and Pike spawns in March.",  # once with no "the", as a name
        "Bait your hook for the Pike with a live fish, and the Pike will bite.",
    ]
    assert document_names(angler) == {"pike"}
    assert document_names([*angler, "There were Pikes in that pond."]) == set()
    assert document_names([*angler, "He took a Pike of a yard long."]) == set()


PLACES = Matcher([Concept(word, terms=(Term(word, "en"), Term(word, "ru"))) for word in ("port", "point", "smith")], "en")


def test_a_capitalised_common_noun_with_no_article_before_a_name_or_after_a_capital_is_a_place() -> None:
    """Within a sentence and with no article: "at Port Melville", "at Sandy Point" (written for
    the rule); "the Smith Howto" has its article and keeps the term."""
    def found(text: str) -> list[str]:
        return [m.text for m in PLACES.find(text)]

    assert found("We anchored at Port Melville for a week.") == []
    assert found("The wind failed south of Point Quilmes, and we lay there.") == []
    assert found("She lay at Windy Point until the tide turned.") == []
    assert found("We anchored in port for a week, on the port tack.") == ["port", "port"]
    assert found("Read the Smith Howto first.") == ["Smith"]
    assert found("Port Melville was in sight.") == ["Port"]  # a sentence's first word says nothing


def test_a_word_capitalised_only_ever_after_the_is_an_institution_unless_set_off() -> None:
    """"the Bench", "the Party": a common noun a writer capitalises always takes its article, where
    a ship's name also stands alone or in italics (session 25, termfix25; written for the rule)."""
    court = [
        "The prisoner bowed to the Bench, and the Bench bowed in return.",
        "A question came from the Bench, and the clerk looked up at the Bench.",
        "The counsel turned to the Bench once more.",
    ]
    assert document_names(court) == set()
    assert document_names([line.replace("the Bench", "the _Bench_") for line in court]) == {"bench"}
    assert document_names([*court[:2], "The counsel turned to Bench once more."]) == {"bench"}
