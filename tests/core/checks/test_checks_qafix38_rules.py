"""`punctuation-end` and `url-email` rules of session 34 (issue 15), read off the false alarms of
the QA accuracy bench's sets (a colon before a segment that goes on in a small letter, an
unindented key table, a link left out with a sentence the translation rewrote): each test is a
made-up pair, not the sets' own, with the slip the rule must still report beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- a colon before a segment that goes on in a small letter ---------------------------------------

def test_a_colon_before_an_item_run_on_in_a_small_letter_leads_into_it(make_segments) -> None:
    """The translator makes the sentence a lead-in of the item after it, which goes on in a small
    letter as an item run into its lead-in does."""
    pairs = [
        ("The second way is the quick build of the package.", "Второй способ быстрой сборки пакета:"),
        ("Build the package from a single archive that holds every file.",
         "сборка пакета из одного архива, в котором лежат все файлы"),
    ]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_colon_before_a_caption_in_a_small_letter_leads_into_it(make_segments) -> None:
    pairs = [
        ("The brush turns from 0 to 90 degrees.", "Кисть поворачивается от 0 до 90 градусов:"),
        ("turn = 45 deg", "поворот = 45"),
    ]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_colon_before_a_sentence_of_its_own_is_still_reported(make_segments) -> None:
    pairs = [
        ("The second way is the quick build of the package.", "Второй способ быстрой сборки пакета:"),
        ("It takes a single archive that holds every file.", "Для него нужен один архив со всеми файлами."),
    ]
    assert [f.segment for f in check(make_segments, pairs, "punctuation-end")] == [1]


def test_a_colon_at_the_end_of_a_document_is_still_reported(make_segments) -> None:
    pairs = [("Close the window when you are done.", "Когда закончите, закройте окно:")]
    assert [f.segment for f in check(make_segments, pairs, "punctuation-end")] == [1]


# -- an unindented key table -----------------------------------------------------------------------

def test_a_key_table_row_with_no_indent_may_drop_its_stop(make_segments) -> None:
    """An info reader's key table: a key, spaces up to a column, a description; the translator
    keeps the layout and writes the description without a stop, as the indented rows of a
    `--help` table may."""
    pairs = [("n       Move to the next node of this manual.\n",
              "n   Перейти к следующему узлу руководства\n")]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_sentence_with_a_double_space_still_keeps_its_stop(make_segments) -> None:
    """Prose with two spaces in it is no key table unless both sides are laid out so."""
    pairs = [("Open the  menu and pick a file.", "Откройте меню и выберите файл")]
    assert [f.segment for f in check(make_segments, pairs, "punctuation-end")] == [1]


def test_prose_with_two_spaces_after_a_stop_is_no_key_table(make_segments) -> None:
    pairs = [("Done.  Now close the window.", "Готово.  Теперь закройте окно")]
    assert [f.segment for f in check(make_segments, pairs, "punctuation-end")] == [1]


# -- a link left out with its sentence --------------------------------------------------------------

def test_a_link_left_out_with_a_rewritten_sentence_is_an_omission(make_segments) -> None:
    """The translation (of an older page) says something else where the source's link stands:
    one word of the link's three is found in it, by chance or as part of another sentence; most
    of the link's text is not there, so the link went with its sentence."""
    pairs = [(
        'All changes go through the public <a href="https://example.org/docs/review-guide.html">code '
        "review process</a> and are merged by the maintainers.",
        "Сайт не принадлежит никакой компании. Его развитие — общий процесс, в котором участвует каждый.",
    )]
    assert check(make_segments, pairs, "url-email") == []


def test_a_link_whose_text_is_kept_without_its_address_is_still_reported(make_segments) -> None:
    pairs = [(
        'All changes go through the public <a href="https://example.org/docs/review-guide.html">code '
        "review process</a> and are merged by the maintainers.",
        "Все изменения проходят открытый процесс проверки кода и принимаются сопровождающими.",
    )]
    assert [f.segment for f in check(make_segments, pairs, "url-email")] == [1]


# -- an address's query changed the way a reviewer accepts ------------------------------------------

def test_a_tracking_parameter_dropped_leaves_the_same_page(make_segments) -> None:
    pairs = [(
        'Read <a href="https://example.org/news/launch?utm_source=newsletter&utm_medium=email">the post</a>.',
        'Читайте <a href="https://example.org/news/launch">заметку</a>.',
    ), (
        "Watch https://video.example.com/watch?v=k3Tq9&fbclid=IwAR0x now.",
        "Смотрите https://video.example.com/watch?v=k3Tq9 сейчас.",
    )]
    assert check(make_segments, pairs, "url-email") == []


def test_a_language_parameter_set_to_the_readers_language_or_dropped_is_accepted(make_segments) -> None:
    pairs = [
        ("See https://example.org/help/start.html?lang=en for details.",
         "Подробнее см. https://example.org/help/start.html?lang=ru."),
        ("See https://example.org/help/start.html?hl=en for details.", "Подробнее см. https://example.org/help/start.html."),
    ]
    assert check(make_segments, pairs, "url-email") == []


def test_another_parameter_or_another_language_is_still_reported(make_segments) -> None:
    pairs = [
        ("See https://example.org/help/start.html?hl=en for details.",
         "Подробнее см. https://example.org/help/start.html?hl=de."),
        ("Watch https://video.example.com/watch?v=k3Tq9&utm_source=share now.",
         "Смотрите https://video.example.com/watch?v=k3Tq8 сейчас."),
        ("See https://example.org/help/start.html?page=2&utm_source=feed.",
         "См. https://example.org/help/other.html?page=2."),
    ]
    assert [f.segment for f in check(make_segments, pairs, "url-email")] == [1, 2, 3]
