"""`termbase.pair_senses`: a noun term kept as the same English word in another part of speech
(`converted_rendering`), and a Russian term that is an adjective used as a noun written with its
noun (`adjective_term_rendering`) (termfix38, session 39). Sentences written by the implementer,
none a pair of a bench set."""

from __future__ import annotations

from termbase.pair_senses import adjective_term_rendering, converted_rendering


def test_converted_rendering_takes_the_nouns_own_form_read_as_a_verb_or_an_adjective() -> None:
    assert converted_rendering(["log"], "Use this switch to log every refusal.", "en") == "log"
    assert converted_rendering(["hunt"], "They rode out to hunt the fox.", "en") == "hunt"
    assert converted_rendering(["variable"], "If the variable value is empty, nothing is sent.", "en") == "variable"
    assert converted_rendering(["request"], "Only requests bound to it are sent there.", "en") == "requests"


def test_converted_rendering_leaves_the_verbs_own_forms_and_other_words() -> None:
    # "logged", "logging", "caching": forms the noun does not have are the verb's own word.
    assert converted_rendering(["log"], "Refusals are logged at the info level.", "en") is None
    assert converted_rendering(["log"], "Conditional logging is off.", "en") is None
    assert converted_rendering(["cache"], "The switch disables caching.", "en") is None
    # Letters of the term inside another word, or a word that is only a noun: none.
    assert converted_rendering(["log"], "The logarithm grows slowly.", "en") is None
    assert converted_rendering(["protein"], "The protein folds.", "en") is None
    # A Russian target has no English parts of speech to read.
    assert converted_rendering(["лог"], "Записать в лог.", "ru") is None


def test_converted_rendering_takes_the_gerund_after_go() -> None:
    # "go hunting", "went out hunting": English names an outing by "go" and the gerund (termfix41).
    assert converted_rendering(["hunt"], "Ask Mamma to let us go hunting too.", "en") == "hunting"
    assert converted_rendering(["hunt"], "When I pretended to go out hunting, I took a stick.", "en") == "hunting"
    assert converted_rendering(["fish"], "They went off fishing at dawn.", "en") == "fishing"
    # The gerund elsewhere, or "go" too far before it: the verb's own word.
    assert converted_rendering(["hunt"], "He was hunting all day.", "en") is None
    assert converted_rendering(["log"], "Go and check that logging is on.", "en") is None


def test_adjective_term_rendering_takes_the_term_written_with_its_noun() -> None:
    assert adjective_term_rendering(["наличные"], "Платите наличными деньгами.", "ru") == "наличными"
    assert adjective_term_rendering(["ископаемое"], "Ископаемые останки лежат в глине.", "ru") == "Ископаемые"
    # A term that is no adjective («окаменелость») or a target without the adjective: none.
    assert adjective_term_rendering(["окаменелость"], "Ископаемые останки лежат в глине.", "ru") is None
    assert adjective_term_rendering(["наличные"], "Платите картой.", "ru") is None
    # An English target: no claim.
    assert adjective_term_rendering(["cash"], "Pay in cash money.", "en") is None
