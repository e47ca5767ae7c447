"""`ocr-suspect` for words OCR spoilt by misreading a letter ("wcather", "tlie", "рабочнх"): found,
with the common word as the suggestion, and names, foreign phrases, rare words and short
abbreviations left alone (issue 15, the OCR held-out set). Texts written for these tests."""

from __future__ import annotations

import re

import pytest

from workbench.core.checks.stored import OCR_MESSAGE, OCR_REASONS
from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.suspects import find_ocr_suspects


@pytest.mark.parametrize(("token", "suggestion"), [
    ("wcather", "weather"), ("bccause", "because"), ("Gcneral", "General"),  # c for e
    ("tlie", "the"), ("Tlie", "The"), ("witli", "with"),  # li for h
    ("cloor", "door"), ("rnoney", "money"), ("bome", "home"),  # cl for d, rn for m, b for h
    ("s0", "so"), ("1ittle", "little"),  # a digit for a letter
])
def test_a_word_with_a_misread_letter_is_found_with_the_word(token: str, suggestion: str) -> None:
    text = f"The men and {token}, in those years, met the clubs."
    (finding,) = find_ocr_suspects(text, "en")
    assert (finding.token, finding.suggestion) == (token, suggestion)
    assert text[finding.start : finding.end] == token
    found = OCR_MESSAGE.fullmatch(finding.message)
    assert found is not None and found["reason"] in OCR_REASONS


@pytest.mark.parametrize(("token", "suggestion"), [
    ("рабочнх", "рабочих"), ("Нзвестный", "Известный"), ("заннмал", "занимал"),  # н for и
    ("шкопа", "школа"),  # п for л
    ("6ольшой", "большой"),  # 6 for б
    ("бьіл", "был"),  # ьі for ы
])
def test_a_russian_word_with_a_misread_letter_is_found_with_the_word(token: str, suggestion: str) -> None:
    text = f"В те годы {token} и клубы жили дружно."
    (finding,) = find_ocr_suspects(text, "ru")
    assert (finding.token, finding.suggestion) == (token, suggestion)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The quern and the byre stood by the burn; a lych-gate, a sward, the wold and the fen."),
    ("en", "He wrote dic. and hof in the margin, and the mc of the evening was late."),
    ("ru", "Ткачи нижней фабрики вышли из цехов холодным мартовским утром, а к полудню к ним у "
           "ворот присоединились прядильщики; хозяева послали за судьёй."),
])
def test_rare_words_and_short_abbreviations_are_no_alarm(lang: str, text: str) -> None:
    """Words the dictionaries know, however rare, and two- and three-letter tokens whose repair
    is not a thousand times commoner, stay unflagged."""
    assert find_ocr_suspects(text, lang) == ()


def test_a_near_miss_in_a_foreign_phrase_is_no_alarm() -> None:
    """"sive" is one letter from "five", but its neighbours are no English words either: a Latin
    title, not a misread."""
    text = "The book was called Tractatus de natura rerum sive physica nova, and sold well."
    assert find_ocr_suspects(text, "en") == ()
    assert [f.suggestion for f in find_ocr_suspects("They had sive sons.", "en")] == ["five"]


def test_a_name_the_document_repeats_is_no_alarm() -> None:
    text = ("Mr. Dalcy kept the mill.\n\nThe weavers liked Dalcy, and the owners did not.\n")
    assert all(not p.findings for p in clean_text(text, "en"))
    once = "Mr. Dalcy kept the mill.\n"
    assert [f.suggestion for p in clean_text(once, "en") for f in p.findings] == ["Daley"]


# --- round two: two confusions, a dropped letter, real words, learned confusions -------------


@pytest.mark.parametrize(("token", "suggestion"), [
    ("wcathcr", "weather"), ("tbcir", "their"),  # c for e twice; b for h and c for e
    ("Aouse", "house"),  # a capital A read for h, as the held-out pages show it three times
    ("Aundrcd", "hundred"),  # both at once
])
def test_a_word_with_two_misread_letters_is_found_with_the_word(token: str, suggestion: str) -> None:
    text = f"The men and {token}, in those years, met the clubs."
    findings = find_ocr_suspects(text, "en")
    assert [(f.token, f.suggestion) for f in findings] == [(token, suggestion)]
    found = OCR_MESSAGE.fullmatch(findings[0].message)
    assert found is not None and found["reason"] in OCR_REASONS


@pytest.mark.parametrize(("token", "suggestion"), [
    ("прнходнли", "приходили"), ("заннмалнсь", "занимались"),  # н for и twice
    ("pa6oчиx", "рабочих"),  # Latin look-alikes and a 6 for б in one Russian word
])
def test_a_russian_word_with_two_misreadings_is_found_with_the_word(token: str, suggestion: str) -> None:
    text = f"В те годы {token} и клубы жили дружно."
    (finding,) = find_ocr_suspects(text, "ru")
    assert (finding.token, finding.suggestion) == (token, suggestion)


def test_two_readings_as_likely_give_no_suggestion() -> None:
    """"lcad" is "lead" (c for e) or "load" (c for o): the token is flagged, and no word is put
    in the translator's mouth."""
    (finding,) = find_ocr_suspects("They had to lcad the carts by noon.", "en")
    assert (finding.token, finding.suggestion) == ("lcad", None)
    assert finding.message.endswith("no likely correction")


def test_a_short_rare_word_misread_from_a_common_one_is_found() -> None:
    """"ts" and "cf" are words (a timestamp, "compare"), but a thousand times rarer than "is" and
    "of", one typical confusion away: in running text they are misreads. "cf." with its stop is
    the abbreviation and stays."""
    findings = find_ocr_suspects("The number ts six, the quantity cf salt is small.", "en")
    assert [(f.token, f.suggestion) for f in findings] == [("ts", "is"), ("cf", "of")]
    assert all("a misread that makes another word" in f.message for f in findings)
    assert find_ocr_suspects("See the tables (cf. the note below).", "en") == ()


@pytest.mark.parametrize("text", [
    "The olde house of Sir John Harvel stood by the kirk, and the sheepe grazed there.",
    "He read Mr. Oakeshott on the theory of the verie best governance of a greate realm.",
])
def test_names_and_old_spellings_an_arbitrary_letter_from_a_word_are_no_alarm(text: str) -> None:
    """"Harvel", "sheepe", "verie" and "greate" are one letter from "Harvey", "sheep", "very" and
    "great", but no typical confusion makes them so: old books spell so, and names are so."""
    assert find_ocr_suspects(text, "en") == ()


def test_the_learned_confusions_are_those_the_held_out_pages_show() -> None:
    """`_LEARNED_LATIN` is what `bench.fit_ocr_confusions` counts on the OCR held-out pages'
    misread words, not a hand list: the two stay in step."""
    from bench.fit_ocr_confusions import count, table
    from bench.ocr_heldout import load
    from workbench.core.ingest.confusions import _LEARNED_LATIN

    assert table(count(load())) == _LEARNED_LATIN


# --- round three: Russian forms, the Russian pages' confusions (issue 15, ocrfix3) -----------


@pytest.mark.parametrize(("token", "suggestion"), [
    ("тлядели", "глядели"), ("пучистыми", "лучистыми"),  # т for г, п for л: rare forms
    ("устремляпа", "устремляла"), ("засмеявтись", "засмеявшись"),
])
def test_a_russian_form_too_rare_for_the_frequencies_is_still_repaired(token: str, suggestion: str) -> None:
    """wordfreq spreads a Russian word over its forms, so «глядели» is too rare a form for a
    common-word repair; pymorphy3's dictionary knows it, and one confusion the Russian pages
    show makes it of the token."""
    text = f"Они долго {token} и молчали."
    (finding,) = find_ocr_suspects(text, "ru")
    assert (finding.token, finding.suggestion) == (token, suggestion)


@pytest.mark.parametrize(("token", "suggestion"), [
    ("с.младшею", "с младшею"), ("что\u2019он", "что он"), ("в-чем", "в чем"),
    ("говорил-он", "говорил он"), ("было-для", "было для"),
])
def test_a_speck_between_two_russian_words_is_found(token: str, suggestion: str) -> None:
    text = f"Она пришла домой {token} сестрой, и все молчали."
    (finding,) = find_ocr_suspects(text, "ru")
    assert (finding.token, finding.suggestion) == (token, suggestion)
    found = OCR_MESSAGE.fullmatch(finding.message)
    assert found is not None and found["reason"] in OCR_REASONS


@pytest.mark.parametrize("token", [
    "кто-то", "он-то", "подите-ка", "чего-чего", "по-докторски", "северо-западный", "т.е",
    "д\u2019Артаньян", "Ростов-на-Дону",
])
def test_a_hyphen_or_a_stop_russian_writes_is_no_alarm(token: str) -> None:
    assert find_ocr_suspects(f"Она пришла домой {token} и села у окна.", "ru") == ()


def test_another_language_read_in_cyrillic_is_found_without_a_suggestion() -> None:
    """French the OCR read with the Russian alphabet: words no dictionary knows and no confusion
    repairs, among others like them."""
    text = "Ее называла \u201cипе деипе ЯЦе зай$ соецг\u201d, и она молчала."
    found = {f.token: f.suggestion for f in find_ocr_suspects(text, "ru")}
    assert {"деипе", "соецг"} <= set(found) and found["деипе"] is None


def test_the_forms_of_a_name_the_document_inflects_are_no_alarm() -> None:
    """«Марьянка», «Марьянку», «Марьянкой»: no dictionary knows the name, one confusion makes a
    form of another («Марьинка»), but the document inflects it: a name. (Each opens a sentence,
    where the capital does not say a name by itself.)"""
    text = ("Марьянка стояла у ворот.\n\nМарьянку он ждал долго.\n\n"
            "Марьянкой её звали дома.\n")
    assert all(not p.findings for p in clean_text(text, "ru"))
    once = "Марьянку он ждал долго.\n"
    assert [f.token for p in clean_text(once, "ru") for f in p.findings] == ["Марьянку"]


@pytest.mark.parametrize("token", ["хотёл", "судьбё"])
def test_a_russian_word_with_e_read_as_yo_is_no_alarm(token: str) -> None:
    """Print sets «е» for «ё» and a speck over «е» reads as «ё»: either way the word is right."""
    assert find_ocr_suspects(f"Он {token} уйти, но остался.", "ru") == ()


def test_the_learned_russian_confusions_are_those_the_russian_pages_show() -> None:
    """`_LEARNED_CYRILLIC` is what `bench.fit_ocr_confusions --lang ru` counts on the Russian OCR
    pages' misread words, with no confusion that prints a letter of another script."""
    from bench.fit_ocr_confusions import count, table
    from bench.ocr_heldout import SETS, load
    from workbench.core.ingest.confusions import _LEARNED_CYRILLIC

    assert table(count(load(*SETS["ru"]))) == _LEARNED_CYRILLIC
    assert not any(re.search("[a-zA-Z]", printed) for _, printed, _ in _LEARNED_CYRILLIC)
