"""`termbase.pair_senses`: a term as a part of a hyphenated compound but not its head, the phrases a
definition excludes and its exclusion of the adjective (issue 15, session 30, termfix31). Sentences
written by the implementer, none a pair of a bench set."""

from __future__ import annotations

from termbase.pair_senses import (
    compound_of,
    excludes_adjective,
    negated_phrases,
    reads_as_adjective,
)


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_compound_of_takes_a_first_part_not_a_head() -> None:
    text = "Every tax-payer and every income-tax return was read."
    assert compound_of(text, *_span(text, "tax"), "en", "tax") == "tax-payer"
    # The head of a compound ("income-tax") is the term's own thing.
    second = text.index("tax", text.index("income"))
    assert compound_of(text, second, second + 3, "en", "tax") is None
    # Several parts after the first: the whole compound.
    law = "She met her father-in-law."
    assert compound_of(law, *_span(law, "father"), "en", "father") == "father-in-law"
    # A word standing alone, or before a space: no compound.
    bare = "The tax was paid, then the tax office closed."
    assert compound_of(bare, *_span(bare, "tax"), "en", "tax") is None


def test_compound_of_reads_a_hyphenated_open_term_as_a_modifier() -> None:
    text = "The trade-union leaders met the members of the trade-union."
    first = _span(text, "trade-union")
    assert compound_of(text, *first, "en", "trade union") == "trade-union"
    # The same spelling at the end of its phrase is the term itself.
    last = text.rindex("trade-union")
    assert compound_of(text, last, last + len("trade-union"), "en", "trade union") is None
    # A term the termbase writes with a hyphen is its own spelling, not a compound made of it.
    assert compound_of(text, *first, "en", "trade-union") is None


def test_compound_of_leaves_a_russian_particle_alone() -> None:
    # «-то», «-ка» are particles joined by a hyphen, not the second part of a compound.
    text = "Книга-то лежит на столе, а диван-кровать стоит у окна."
    assert compound_of(text, *_span(text, "Книга"), "ru", "книга") is None
    assert compound_of(text, *_span(text, "диван"), "ru", "диван") == "диван-кровать"


def test_negated_phrases_are_what_the_definition_excludes() -> None:
    definition = "a tool for cutting wood (not a dental instrument); also a saw-blade"
    assert negated_phrases(definition, "en") == ("a dental instrument",)
    assert negated_phrases("a tool for cutting wood", "en") == ()
    assert negated_phrases(None, "en") == ()


def test_excludes_adjective_reads_the_name_of_the_part_of_speech() -> None:
    assert excludes_adjective("a native of Sweden (the noun, not the adjective)", "en")
    # Only where the language's adjectives are read: a Russian source's construction is not.
    assert not excludes_adjective("житель Швеции (существительное, не прилагательное)", "ru")
    assert not excludes_adjective("a native of Sweden (not a turnip)", "en")
    assert not excludes_adjective("an adjective-free definition", "en")
    assert not excludes_adjective(None, "en")


def test_reads_as_adjective_wants_an_adjective_reading_before_a_noun() -> None:
    text = "The radical press praised the radical."
    assert reads_as_adjective(text, *_span(text, "radical"), "en")
    last = text.rindex("radical")
    assert not reads_as_adjective(text, last, last + len("radical"), "en")
    # A noun lemminflect lists only as a noun, before another noun, is no adjective.
    table = "The table leg broke."
    assert not reads_as_adjective(table, *_span(table, "table"), "en")
    # A noun lemminflect also lists as the past of a verb follows its subject there.
    spoke = "A republican spoke first, and the republican masses cheered."
    assert not reads_as_adjective(spoke, *_span(spoke, "republican"), "en")
    masses = spoke.rindex("republican")
    assert reads_as_adjective(spoke, masses, masses + len("republican"), "en")
    assert not reads_as_adjective("радикальная пресса", 0, 11, "ru")


def test_compound_of_reads_an_english_head_that_modifies_the_next_noun_or_follows_non() -> None:
    text = "They chose an out-of-court settlement and first-party cookies."
    assert compound_of(text, *_span(text, "court"), "en", "court") == "out-of-court"
    assert compound_of(text, *_span(text, "party"), "en", "party") == "first-party"
    negated = "Aggregate figures are non-personal information."
    assert compound_of(negated, *_span(negated, "personal information"), "en",
                       "personal information") == "non-personal information"
    # The head of a compound that names the thing itself, at the end of its phrase, is the term's.
    head = "The over-production ended, and each counter-party paid."
    assert compound_of(head, *_span(head, "production"), "en", "production") is None
    assert compound_of(head, *_span(head, "party"), "en", "party") is None
    # A Russian compound's head is its thing («интернет-провайдер» is a provider): not read.
    russian = "Интернет-провайдер сервиса ответил."
    assert compound_of(russian, *_span(russian, "провайдер"), "ru", "провайдер") is None
