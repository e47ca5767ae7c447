"""Rules read off the misses and false alarms of the frozen QA sets, all dev data (session 28,
issue 15): `whitespace` inside Markdown emphasis and references, before full-width marks, a
word's ellipsis and a stop typed twice. Each test is a made-up pair, not the sets' own, for a
general cause."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


def spaces(make_segments, source: str, target: str) -> list[str]:
    """The text of each span of the `whitespace` finding on the pair (none: no finding)."""
    findings = check(make_segments([(source, target)]), "whitespace")
    return [target[a:b] for f in findings for a, b in f.target_spans]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See the *Summer Triangle:* three stars.", "См. * Летний треугольник:* три звезды."),
        ("See the *Summer Triangle:* three stars.", "См. *Летний треугольник: * три звезды."),
        ("Read **this** first.", "Сначала прочтите ** это** ."),
        ("Read __this__ first.", "Сначала прочтите __это __."),
        ("It is in _The Old Map._ Vol. 2.", "Это есть в _Старой карте. _ Том 2."),
        ("It is in _The Old Map_, vol. 2.", "Это есть в _ Старой карте, том 2."),
        ("*Autumn:* the rains begin.", "* Осень: * начинаются дожди."),
    ],
)
def test_a_space_inside_emphasis_is_reported(make_segments, source: str, target: str) -> None:
    """CommonMark opens emphasis only on a marker no space follows and closes it only on one no
    space precedes: the reader sees the asterisks or underscores, not italic or bold."""
    assert spaces(make_segments, source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Multiply a * b first.", "Сначала умножьте a * b."),
        ("- one *item*\n- two", "* один *пункт*\n* два"),
        ("Call `_ x` with *care*.", "Вызывайте `_ x` *осторожно*."),
        ("The file __init__.py and *this*.", "Файл __init__.py и *это*."),
        ("Spaced * as the source * is.", "Пробелы * как в оригинале * есть."),
    ],
)
def test_markers_that_are_no_padded_emphasis_are_left_alone(make_segments, source: str, target: str) -> None:
    """A formula's asterisk, a list's bullet, code, a name's underscores, and emphasis the
    source pads itself."""
    assert spaces(make_segments, source, target) == []


def test_a_space_inside_a_character_reference_is_reported(make_segments) -> None:
    assert spaces(make_segments, "Smith &amp; Sons, London.", "Смит & amp; сыновья, Лондон.") == [" "]
    assert spaces(make_segments, "Smith & Sons, London.", "Смит & сыновья, Лондон.") == []


def test_a_space_before_a_full_width_mark_is_reported(make_segments) -> None:
    """A full-width mark carries its own space: «китайский ：» shows a gap twice as wide."""
    assert spaces(make_segments, "The book (Chinese：天文).", "Книга (китайский ：天文).") == [" "]
    assert spaces(make_segments, "Stars，planets.", "Звезды ， планеты.") == [" "]
    assert spaces(make_segments, "A list ， spaced.", "Список ， с пробелами.") == []


def test_a_space_before_an_ellipsis_that_ends_a_word_is_reported(make_segments) -> None:
    assert spaces(make_segments, "By Smith, Jones..., ed. Brown.", "Смит, Джонс ..., под ред. Брауна.") == [" "]
    assert spaces(make_segments, "Wait for it..., he said.", "Подождите …, сказал он.") == [" "]
    # an omission between words, a quotation cut short at the text's end, a source that spaces its own
    assert spaces(make_segments, "From A to Z.", "От А ... до Я.") == []
    assert spaces(make_segments, "…by the Constructor type…", "… по типу Constructor …") == []
    assert spaces(make_segments, "Open ...", "Открыть ...") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It sets in the west.", "Он заходит на западе. ."),
        ("(more to the south).", "(южнее). )."),
        ("(and compose it.). 1625.", "(и составить ее). .). 1625."),
        ("They make a big party.\"", "Они устраивают вечеринку »."),
        ("the stars of al-Sufi", "звезды аль -Суфи"),
    ],
)
def test_a_space_after_a_sentence_end_or_before_a_closing_mark_is_reported(
    make_segments, source: str, target: str
) -> None:
    """A stop typed twice, a bracket closed after the stop, a guillemet set off from its word,
    a name's hyphen spaced on one side."""
    assert spaces(make_segments, source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See ../config for more.", "См. ../config."),
        ("And so on. . .", "И так далее. . ."),
        ("Names - and places.", "Имена - и места."),
        ("run it at the end (implies -M)", "запустить в конце (подразумевает -М)"),
        ("read the section “ Paths ”.", "прочтите раздел « Контуры »."),
    ],
)
def test_a_path_a_spaced_ellipsis_the_source_has_or_a_dash_is_no_finding(
    make_segments, source: str, target: str
) -> None:
    assert spaces(make_segments, source, target) == []


def test_a_link_parted_from_its_address_is_reported(make_segments) -> None:
    """An address broken by a space is still an address by its scheme, and a relative link's
    address a translator translated is still the link the source had."""
    assert spaces(make_segments, "[the article](https://example.org/a/b)",
                  "[статья] (https://example.org/a/ b)") == [" "]
    assert spaces(make_segments, "and the [two wolves](the-two-wolves).", "и [двух волков] (двух волков).") == [" "]
    # a reference and a word in brackets, as in the source
    assert spaces(make_segments, "See [1] (PDF) and [this](x.html).", "См. [1] (PDF) и [это](x.html).") == []


# untranslated-fragment: titles translated in part, names joined in English, images


def fragments(make_segments, source: str, target: str) -> list[str]:
    findings = check(make_segments([(source, target)]), "untranslated-fragment")
    return [target[a:b] for f in findings for a, b in f.target_spans]


def test_the_english_words_of_a_title_translated_in_part_are_reported(make_segments) -> None:
    """A title is kept whole in its language or translated whole; Russian words beside the
    source title's common English words in the same marks are a translation left half done."""
    assert fragments(make_segments, "Brown, J. (1999). _Night Map of the Northern Sky._ London.",
                     "Браун, Дж. (1999). _Night Карта северного неба._ Лондон.") == ["Night"]
    assert fragments(make_segments, "Quote as: *Nenets river songs: a study of the music*.",
                     "Цитировать: *Nenets river songs: исследование музыки*.") == ["river", "songs"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # a title kept whole, as a reference list keeps it
        ("Brown, J. _Night Map of the Northern Sky._ London.", "Браун, Дж. _Night Map of the Northern Sky._ Лондон."),
        # the English original in brackets
        ("It is known as a *code repository*.", "Её называют *хранилищем кода (code repository)*."),
        # names: capitalised words in a row, one inside the Russian words
        ("Explain the **Seam Carving algorithm**.", "Объясните **идею алгоритма Seam Carving**."),
        ("By *Access Info and the Open Knowledge Foundation*.", "От *Access Info и Open Knowledge Foundation*."),
        ("**Write only about Let's Encrypt.**", "**Пишите только о Let's Encrypt.**"),
        # no emphasis: a family of systems, an escaped asterisk
        ("Some *nix commands are assumed.", "Предполагаются команды *nix и навигация."),
        ("Typing A\\*A shows an error.", "Ввод A\\*A покажет ошибку."),
    ],
)
def test_titles_kept_whole_glosses_and_names_are_no_fragment(make_segments, source: str, target: str) -> None:
    assert fragments(make_segments, source, target) == []


def test_an_english_and_between_two_names_is_reported(make_segments) -> None:
    """Names are copied as written; the conjunction between them is a word of the Russian sentence."""
    assert fragments(make_segments, "The map is taken from Vrbik and Holuby (1975); the rest is new.",
                     "Карта взята из Vrbik and Holuby (1975); остальное новое.") == ["and"]
    # a title of common words, and names the Russian joins itself
    assert fragments(make_segments, "He read Pride and Prejudice again.", "Он снова прочёл Pride and Prejudice.") == []
    assert fragments(make_segments, "Taken from Vrbik and Holuby.", "Взято из работы Vrbik и Holuby.") == []
    assert fragments(make_segments, "Read the Localizing and Customizing OmegaT guide.",
                     "Прочтите инструкцию Localizing and Customizing OmegaT.") == []


def test_an_image_copied_whole_is_no_fragment(make_segments) -> None:
    """An image's text and address copied from the source are the picture's markup."""
    assert fragments(make_segments,
                     "![Dresden Codex](codex.webp) In a section of the Dresden Codex called the tables, the owl is also"
                     " mentioned.",
                     "![Dresden Codex](codex.webp) В разделе Дрезденского кодекса, который называется таблицами, также"
                     " упоминается сова.") == []


# number-mismatch: tokens copied whole


def test_a_shelfmark_copied_whole_is_no_number_mismatch(make_segments) -> None:
    """"Astr.312,7" reads as 312 and 7 in English and as 312.7 in Russian: one name on both sides."""
    pairs = [("Held at the State Library, Astr.312,7.", "Хранится в Государственной библиотеке, Astr.312,7.")]
    assert check(make_segments(pairs), "number-mismatch") == []


def test_the_digits_of_an_address_broken_by_a_space_are_no_number_mismatch(make_segments) -> None:
    """`url-email` reports the break; the digits are the address's, not the sentence's."""
    pairs = [("See [the scan](https://example.org/view/ab12-cd34#?page=12&zoom=3).",
              "См. [скан] (https://example.org/view/ab12- cd34#?page=12&zoom=3).")]
    assert check(make_segments(pairs), "number-mismatch") == []
    # a number the translation changes is still one
    pairs = [("It was built in 1625 by Astr.312,7.", "Построен в 1626 году, Astr.312,7.")]
    assert check(make_segments(pairs), "number-mismatch")


# spacing and capitalisation: template roles, a space moved into inline code


def test_a_template_role_is_markup_not_a_glued_colon_or_a_small_letter(make_segments) -> None:
    pairs = [("The [open data](/glossary/open-data/) view is that files be open.",
              "{term:Открытые данные}, таким образом, лучше публиковать открыто.")]
    assert check(make_segments(pairs), "spacing") == []
    assert check(make_segments(pairs), "capitalisation") == []


def test_a_space_moved_into_inline_code_is_a_glued_span(make_segments) -> None:
    """«где `w` и` h`»: the opening mark glued to the word before, the space after it: `spacing`
    reports the span glued, `whitespace` no padded code."""
    pairs = [("where `w` and `h` are the sizes.", "где `w` и` h` - размеры.")]
    [finding] = check(make_segments(pairs), "spacing")
    assert "`h`" in finding.message
    assert check(make_segments(pairs), "whitespace") == []


def test_a_double_hyphen_glued_to_the_russian_word_before_is_a_one_sided_dash(make_segments) -> None:
    pairs = [("A *backing service* is any service the app uses.", "*Сторонняя служба*-- это любая служба приложения.")]
    [finding] = check(make_segments(pairs), "spacing")
    assert "one side" in finding.message
    # an option and a decrement
    pairs = [("Run it with --verbose and i-- in the loop.", "Запустите с --verbose и i-- в цикле.")]
    assert check(make_segments(pairs), "spacing") == []
