"""`url-email` and `untranslated-fragment` rules of session 34 (issue 15), read off the held-out
machine-translations set (a course machine-translated into Russian, published unedited): links
whose anchor the translation lost, a numbered part's English noun and a section's English title
left in a Russian sentence, a name spelt with an inner capital. Each test is a made-up pair, not
the set's own, with the legitimate change the rule must let through beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.link_targets import relative_targets, slug


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- links that lost their anchor ------------------------------------------------------------------

def test_an_in_page_anchor_made_a_folder_is_reported(make_segments) -> None:
    pairs = [("3. [Running the Tests](#running-the-tests)", "3. [Запуск тестов](../../docs)")]
    found = check(make_segments, pairs, "url-email")
    assert len(found) == 1
    assert "#running-the-tests" in found[0].message and "../../docs" in found[0].message
    source, target = pairs[0]
    assert [source[a:b] for a, b in found[0].source_spans] == ["#running-the-tests"]
    assert [target[a:b] for a, b in found[0].target_spans] == ["../../docs"]


def test_an_html_anchor_made_an_empty_one_is_reported(make_segments) -> None:
    pairs = [('See <a href="#limits">the limits</a> first.', 'Сначала прочтите <a href="#">об ограничениях</a>.')]
    assert [f.check for f in check(make_segments, pairs, "url-email")] == ["url-email"]


def test_a_page_link_that_loses_its_section_is_reported(make_segments) -> None:
    pairs = [("Read [the guide](../guide/index.md#install).", "Прочтите [руководство](../guide/index.md).")]
    assert len(check(make_segments, pairs, "url-email")) == 1


def test_an_anchor_that_follows_the_translated_heading_is_no_error(make_segments) -> None:
    pairs = [
        ("Read [how to write a README](../starting/#writing-a-readme) and [the limits](#limits).",
         "Прочтите [как написать README](../starting/#написание-readme) и [об ограничениях](#ограничения)."),
    ]
    assert check(make_segments, pairs, "url-email") == []


def test_a_language_folder_or_a_rewritten_path_without_an_anchor_is_no_error(make_segments) -> None:
    """A reader's language folder and a site-relative path written relative to the page change
    the path, not the place: no anchor was lost."""
    pairs = [
        ("See [collections](/en/lessons/basics/collections).", "См. [коллекции](/ru/lessons/basics/collections)."),
        ("Go back to [chapter 3](/course/chapter3).", "Вернитесь к [главе 3](../chapter3/1)."),
    ]
    assert check(make_segments, pairs, "url-email") == []


def test_links_added_or_left_out_pair_with_nothing(make_segments) -> None:
    """The translator added a link of its own: the source's anchor is kept, nothing is lost."""
    pairs = [("See [usage](#usage).", "См. [использование](#usage) и [глоссарий](../glossary.md).")]
    assert check(make_segments, pairs, "url-email") == []


def test_a_renamed_anchor_must_name_a_heading_where_the_document_is_known(make_segments) -> None:
    pairs = [
        ("- [Setup Commands](#setup-commands)", "- [Команды настройки](#команды-для-установки)"),
        ("## Setup Commands", "## Команды настройки"),
    ]
    found = check(make_segments, pairs, "url-email")
    assert [f.segment for f in found] == [1] and "names no heading" in found[0].message
    pairs[0] = ("- [Setup Commands](#setup-commands)", "- [Команды настройки](#команды-настройки)")
    assert check(make_segments, pairs, "url-email") == []


def test_a_renamed_anchor_is_not_judged_where_the_heading_is_not_in_the_project(make_segments) -> None:
    pairs = [("- [Setup Commands](#setup-commands)", "- [Команды настройки](#команды-для-установки)")]
    assert check(make_segments, pairs, "url-email") == []


def test_link_targets_and_slugs() -> None:
    text = '[a](#x) ![b](img/b.png "B") <a href="https://example.org/#y">c</a> [d](mailto:d@example.org)'
    assert relative_targets(text) == ["#x", "img/b.png"]
    assert slug("Setup Commands") == "setup-commands"
    assert slug("Команды для [настройки](x.md)!") == "команды-для-настройки"


# -- English words left -----------------------------------------------------------------------------

def test_a_numbered_part_left_in_english_is_reported(make_segments) -> None:
    pairs = [("- Exercises of Chapter 12 were rewritten", "- Упражнения Chapter 12 переписаны")]
    found = check(make_segments, pairs, "untranslated-fragment")
    assert len(found) == 1 and "Chapter" in found[0].message


def test_a_name_ending_in_a_number_is_no_fragment(make_segments) -> None:
    pairs = [
        ("It runs on Windows 10 and Linux 6.1.", "Она работает в Windows 10 и Linux 6.1."),
        ("Install Visual Studio 2022 first.", "Сначала установите Visual Studio 2022."),
        ("The update ships with Rails 7.1.", "Обновление выходит вместе с Rails 7.1."),
    ]
    assert check(make_segments, pairs, "untranslated-fragment") == []


def test_a_section_named_by_its_english_title_is_reported(make_segments) -> None:
    pairs = [("- Added a History section to the guide", "- В руководство добавлен раздел History")]
    found = check(make_segments, pairs, "untranslated-fragment")
    assert len(found) == 1 and "History" in found[0].message


def test_a_name_with_an_inner_capital_in_bold_is_no_fragment(make_segments) -> None:
    pairs = [("**Steps for iPhone owners:**", "**Шаги для владельцев iPhone:**")]
    assert check(make_segments, pairs, "untranslated-fragment") == []
