"""Spelling with Hunspell and the LibreOffice dictionaries: what is flagged, what never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.model import Concept, Term
from workbench.core.checks.project_checks import check_project
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.spelling import _WORD as WORD  # the word regex, for a reference reading
from workbench.core.spelling import (
    DICTIONARY_FILE,
    Speller,
    add_word,
    available,
    hunspell_for,
    read_project_words,
    remove_word,
)
from workbench.core.terminology import open_project_termbase
from workbench.errors import InputError
from workbench.tags import mask_tags

pytestmark = pytest.mark.skipif(not (available("ru") and available("en")),
                                reason="the Hunspell dictionaries are not installed")


def test_misspelt_russian_and_english_words_are_found_with_their_offsets() -> None:
    speller = Speller("ru")
    text = "Рабочие клбуы читали «The Wrokers' Gazette» в 1923 году."
    found = [(m.word, text[m.start:m.end]) for m in speller.misspellings(text)]
    assert found == [("клбуы", "клбуы"), ("Wrokers", "Wrokers")]
    assert "клубы" in speller.suggestions("клбуы")


def test_a_dictionary_is_found_at_once_and_loaded_at_its_first_word() -> None:
    """`available` (asked by every `check` that runs the spelling check) finds the dictionary
    without loading it: a check whose targets hold no word to judge never pays for the load."""
    hunspell_for.cache_clear()
    assert available("ru") and available("en")
    assert hunspell_for.cache_info().currsize == 0
    speller = Speller("ru")
    assert speller.misspellings("1923 — 1925.") == []
    assert hunspell_for.cache_info().currsize == 0
    assert [m.word for m in speller.misspellings("Рабочие клбуы.")] == ["клбуы"]
    assert hunspell_for.cache_info().currsize == 1


def test_texts_read_through_the_cache_of_runs_find_what_a_word_by_word_reading_finds() -> None:
    """The runs of text already judged right skip the word regex: the answer must not change,
    whether a run is seen first in a right text or next to a misspelt word, with tags or without."""
    speller = Speller("ru")
    texts = [
        "Рабочие клубы читали газету.",
        "Рабочие клбуы читали газету.",
        "Рабочие клубы,читали газету,«клбуы».",
        "клубы-клбуы и\u00a0клбуы\tклубы\nгазету.",
        "Рабочие ⟦1⟧клубы⟦/1⟧ читали газету.",
        "клбуы,клбуы клбуы клбуы, клбуы,клбуы",  # a wrong run again, and inside a longer one
        "Рабочие клубы читали газету.",
        "",
    ]
    for text in texts * 2:
        expected = [
            (m.start(), m.end(), m.group()) for m in WORD.finditer(mask_tags(text)) if not speller.known(m.group())
        ]
        assert [(m.start, m.end, m.word) for m in speller.misspellings(text)] == expected, text
    assert speller.misspellings("Рабочие клбуы читали газету.")


def test_latin_words_the_english_dictionary_cannot_encode_are_judged_not_raised() -> None:
    """en_US is ISO-8859-1: "Čapek" is not a word of it, "Don’t" is its "don't"."""
    speller = Speller("ru")
    text = "Нажмите «Don’t save»: писатель Čapek жил не в Łódź."
    assert [m.word for m in speller.misspellings(text)] == ["Čapek", "Łódź"]
    assert speller.suggestions("Łódź") == ()


@pytest.mark.parametrize("word", ["ВКП", "USSR", "я", "подотчётный", "ёлка", "по-русски", "Москва"])
def test_words_that_are_never_flagged(word: str) -> None:
    assert Speller("ru").known(word)


@pytest.mark.parametrize("word", ["саморазрушительные", "плагины", "кэша", "сокетов", "переустановить",
                                  "Кристиан", "веб-сайта"])
def test_russian_words_hunspell_lacks_but_the_opencorpora_dictionary_holds_are_accepted(word: str) -> None:
    from workbench.core.spelling import hunspell_for
    assert not hunspell_for("ru").spell(word)  # the case this rule is for: the Lebedev dictionary lacks it
    assert Speller("ru").misspellings(f"Это {word}.") == []


@pytest.mark.parametrize("word", ["модицировании", "расмытая", "уГЛУБЛЯЕМСЯ", "ая", "ти", "саморазруш"])
def test_typos_caps_lock_and_guessed_or_name_only_readings_stay_flagged(word: str) -> None:
    """OpenCorpora accepts «уГЛУБЛЯЕМСЯ» case-folded and «ая» as a name; pymorphy3 only guesses «саморазруш»."""
    assert [m.word for m in Speller("ru").misspellings(f"Это {word}.")] == [word]


def test_termbase_terms_in_any_form_and_project_words_are_accepted(tmp_path: Path) -> None:
    speller = Speller("ru")
    assert not speller.known("культшефства")
    with_terms = Speller("ru", project_words=["Кукарекина"], terms=[("культшефство", "ru")])
    assert with_terms.known("культшефства")  # another case of the term
    assert with_terms.known("культшефство")
    assert with_terms.known("кукарекина")
    assert not with_terms.known("культшефсвта")


def test_the_project_dictionary_is_a_plain_file(tmp_path: Path) -> None:
    assert add_word(tmp_path, "Кукарекина")
    assert not add_word(tmp_path, "кукарекина")  # already there, case aside
    assert read_project_words(tmp_path) == ["Кукарекина"]
    assert (tmp_path / DICTIONARY_FILE).read_text(encoding="utf-8").splitlines()[-1] == "Кукарекина"
    with pytest.raises(InputError):
        add_word(tmp_path, "two words")


def test_a_word_added_is_taken_out_again_and_nothing_else(tmp_path: Path) -> None:
    """The findings view's undo of "add to the dictionary": the word's line goes (any case), the
    comments and the other words stay as the translator wrote them."""
    (tmp_path / DICTIONARY_FILE).write_text("# names in this book\nКукарекина  # the heroine\nOblomov\n", encoding="utf-8")
    assert remove_word(tmp_path, "кукарекина")
    assert (tmp_path / DICTIONARY_FILE).read_text(encoding="utf-8") == "# names in this book\nOblomov\n"
    assert not remove_word(tmp_path, "Stolz"), "a word not there is no change"
    assert not remove_word(tmp_path / "elsewhere", "Oblomov"), "no dictionary, nothing to take out"


def test_a_project_dictionary_in_another_encoding_is_one_line(project: Project) -> None:
    """A `dictionary.txt` saved in Latin-1 ended `check` in a traceback (round seven)."""
    (project.path / DICTIONARY_FILE).write_bytes("café\nКукарекина\n".encode("latin-1", "replace"))
    for run in (lambda: check_project(project, ["spelling"]), lambda: add_word(project.path, "слово")):
        with pytest.raises(InputError, match=r"dictionary.txt: not UTF-8 text \(byte 3\); save it as UTF-8"):
            run()


def test_the_spelling_check_in_a_project(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text("Clubs of the Proletkult.\tКлубы пролеткульта и культшефства.\n"
                    "The clubs were closed.\tКлбуы закрыли.\n", encoding="utf-8")
    import_tsv(project, path)
    found = check_project(project, ["spelling"])
    words = {f.segment: f.message for f in found}
    assert set(words) == {1, 2} and "«Клбуы»" in words[2] and "«культшефства»" in words[1]
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("c1", terms=(Term("Proletkult", "en"), Term("пролеткульт", "ru"),
                                          Term("культшефство", "ru"))))
    add_word(project.path, "Клбуы")  # a word the project wants, however odd
    assert check_project(project, ["spelling"]) == []


def test_a_foreign_word_copied_from_the_source_is_the_authors_spelling(project: Project, tmp_path: Path) -> None:
    """A Latin binomial or title the target copies from its source letter for letter is not the
    translator's to spell; a slip in the copy, or a Latin word the source does not hold, is."""
    speller = Speller("ru")
    source = "Larvae of Psilopa petrolei live in oil."
    target = "Личинки Psilopa petrolei и Psilopa petroleii живут в нефти, пишет Nature Geoscence."
    assert [m.word for m in speller.misspellings(target)] == ["Psilopa", "petrolei", "Psilopa", "petroleii",
                                                              "Geoscence"]
    assert [m.word for m in speller.misspellings(target, source)] == ["petroleii", "Geoscence"]
    assert [m.word for m in speller.misspellings("Клбуы Psilopa", "Клбуы Psilopa")] == ["Клбуы"]
    path = tmp_path / "p.tsv"
    path.write_text(f"{source}\t{target}\n", encoding="utf-8")
    import_tsv(project, path)
    found = check_project(project, ["spelling"])
    assert [f.message for f in found] == [
        "Possibly misspelt: «petroleii», «Geoscence». Add a word to the project dictionary if it is right."]


def test_words_written_with_combining_accents_are_judged_as_their_letters() -> None:
    """A client's page written in NFD (macOS writes «й» as «и» + U+0306): every «й» word was
    "misspelt" («всей», «действиям», «сайте»), a typo among them not told apart (usersweep25)."""
    import unicodedata

    speller = Speller("ru")
    text = unicodedata.normalize("NFD", "Просьба отнестить со всей ответственностью к действиям на сайте, Ёжик.")
    found = [(m.word, text[m.start:m.end]) for m in speller.misspellings(text)]
    assert found == [("отнестить", "отнестить")]
    typo = unicodedata.normalize("NFD", "Мой сайтй")
    assert [typo[m.start:m.end] for m in speller.misspellings(typo)] == [unicodedata.normalize("NFD", "сайтй")]
