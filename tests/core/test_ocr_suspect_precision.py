"""`ocr-suspect` in both languages, round four (issue 15, ocrfix4): a misread the document's own
words repair, Russian three-letter misreads that make a rarer word, names left alone inside a
sentence, halves of words broken across paragraphs not repaired, one finding a word, and the
document's stems grouped only when asked. Texts written for these tests."""

from __future__ import annotations

import pytest

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.suspects import find_ocr_suspects
from workbench.core.ingest.word_joining import DocumentWords


def _findings(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(f.token, f.suggestion) for p in clean_text(text, lang) for f in p.findings]


def test_a_name_misread_is_repaired_from_the_documents_own_words() -> None:
    """«Ванюща» is in no word list, nor is «Ванюша» common there; the story uses «Ванюша» three
    times, and «щ» is read for «ш»."""
    story = ("Ванюша вышел во двор. Ванюша взял ведро и пошёл к колодцу.\n\n"
             "Соседка окликнула его, и Ванюща обернулся. Ванюша улыбнулся ей.\n")
    assert _findings(story, "ru") == [("Ванюща", "Ванюша")]


def test_a_listed_word_is_not_repaired_from_the_documents_words() -> None:
    """"Bollywood" is one confusion from the "Hollywood" the text repeats, but wordfreq lists it:
    some text's word, not a misread."""
    text = ("The film came from Hollywood. Hollywood liked it, and Hollywood paid.\n\n"
            "In Bollywood it was a hit.\n")
    assert _findings(text, "en") == []


@pytest.mark.parametrize(("text", "token", "suggestion"), [
    ("Он сказал, ках будто ничего не было.", "ках", "как"),
    ("Потом вое ушли домой.", "вое", "все"),
])
def test_a_russian_three_letter_misread_of_a_common_word_is_found(
    text: str, token: str, suggestion: str
) -> None:
    """«ках», «вое» are rare words one typical confusion from «как», «все», a thousand times
    commoner."""
    assert [(f.token, f.suggestion) for f in find_ocr_suspects(text, "ru")] == [(token, suggestion)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Стол покрыли лаком, и лак блестел.", "ru"),  # «л» for «т» seen once: not typical enough
    ("He pointed at yon hill over the water.", "en"),  # English keeps its old three-letter words
])
def test_rare_three_letter_words_stay_unflagged(text: str, lang: str) -> None:
    assert find_ocr_suspects(text, lang) == ()


def test_a_capitalised_word_inside_a_sentence_is_a_name_unless_a_common_word_repairs_it() -> None:
    """«Аринка» inside a sentence is a name, not the rare «Арника»; at a sentence's start the
    capital says nothing, and «Михаия» inside one is still «Михаил», a common word."""
    assert find_ocr_suspects("Мы пошли к дяде, и Аринка встретила нас у ворот.", "ru") == ()
    assert [f.suggestion for f in find_ocr_suspects("Аринка встретила нас у ворот.", "ru")] == [
        "Арника"]
    assert [f.suggestion for f in find_ocr_suspects("Вчера к нам Михаия приехал.", "ru")] == [
        "Михаил"]


def test_halves_of_a_word_broken_across_paragraphs_are_not_repaired() -> None:
    """«чувстви-» ends its paragraph: the word goes on elsewhere, and «чувство» is no repair;
    the rest, «жется», opening the paragraph after one that ended in a hyphen, is no «жегся».
    Inside a paragraph the same letters are still a suspect."""
    assert find_ocr_suspects("И он потерял всякую чувстви-", "ru") == ()
    assert find_ocr_suspects("жется, не слушаете меня?", "ru", continued=True) == ()
    assert [f.token for f in find_ocr_suspects("жется, не слушаете меня?", "ru")] == ["жется"]
    assert [f.token for f in find_ocr_suspects("Он потерял всякую чувстви ко всему.", "ru")] == [
        "чувстви"]


def test_the_paragraph_after_a_broken_word_is_read_as_its_rest() -> None:
    """A speck set the rest of «ка-|жется» apart as a paragraph of its own."""
    text = "Он долго молчал и вдруг сказал: ка-\n\n    _ жется, вы не слушаете меня?\n"
    first, rest = clean_text(text, "ru")
    assert first.text.endswith("ка-") and "жется" in rest.text
    assert first.findings == rest.findings == ()


def test_a_particle_after_a_line_end_hyphen_is_no_doubtful_hyphen() -> None:
    """«подите-|ка»: a particle joins any word with a hyphen, so the hyphen is not in doubt."""
    (paragraph,) = clean_text("А вы подите-\nка сами поговорите с ними, сказал он.\n", "ru")
    assert "подите-ка" in paragraph.text
    assert paragraph.findings == ()


def test_a_word_is_flagged_once() -> None:
    """«ен-|входил»: a misread («ен» for «он») and a doubtful hyphen in one word make one
    finding, the misread's."""
    (paragraph,) = clean_text("Он молчал, а ен-\nвходил в комнату тихо.\n", "ru")
    assert [(f.token, f.suggestion) for f in paragraph.findings] == [("ен-входил", "он-входил")]


def test_the_documents_words_sharing_a_stem() -> None:
    words = DocumentWords("Марьянка пришла. Марьянку ждали, а Марья нет. Мария тоже.")
    assert words.sharing_stem("марьянка") == ["марья", "марьянку"]
    assert words.sharing_stem("марьяной") == ["марья", "марьянка", "марьянку"]
    assert words.sharing_stem("мари") == []  # shorter than a stem
