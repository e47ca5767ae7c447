"""Rules read off the lessons set's misses and false alarms (session 21, issue 15): each test is
a real-looking pair, not the set's own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("Проверьте, что у вас стоит \u200bнужная версия.", "200B"),
        ("Проверьте, что у вас стоит нужная\u00ad версия.", "00AD"),  # inside a word: qafix41's test
        ("\ufeffПроверьте, что у вас стоит нужная версия.", "FEFF"),
    ],
)
def test_an_invisible_character_the_source_lacks_is_reported(make_segments, target: str, code: str) -> None:
    [finding] = check(make_segments([("Make sure you have the right version.", target)]), "whitespace")
    assert f"U+{code}" in finding.message


def test_an_invisible_character_the_source_has_is_kept(make_segments) -> None:
    """A joiner inside an emoji, copied from the source, is part of the emoji."""
    pair = ("Done \U0001f468\u200d\U0001f4bb now.", "Готово \U0001f468\u200d\U0001f4bb теперь.")
    assert check(make_segments([pair]), "whitespace") == []


def test_a_space_between_a_links_text_and_address_is_reported(make_segments) -> None:
    pair = ("Put a proxy such as [Caddy](https://caddyserver.com/) in front.",
            "Поставьте перед ним прокси, например [Caddy] (https://caddyserver.com/).")
    [finding] = check(make_segments([pair]), "whitespace")
    assert "link" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The manual [1] (PDF) is free.", "Руководство [1] (PDF) бесплатно."),
        ("The [manual](https://example.org/m.pdf) is free.", "[Руководство] (бесплатно) есть на сайте."),
    ],
)
def test_brackets_after_brackets_that_are_no_link_are_left_alone(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "whitespace") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Add the key file to `.npmignore` first.", "Сначала добавьте файл ключа в `. npmignore`."),
        ("It runs on Deno.land servers.", "Работает на серверах Deno. land."),
    ],
)
def test_a_space_inside_a_dotted_name_the_source_has_whole_is_reported(
        make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "whitespace")
    assert "space inside" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It runs on Deno. Tests pass.", "Работает на Deno. Tests проходят."),
        ("Wait...Deno starts.", "Подождите... Deno запускается."),
    ],
)
def test_a_sentence_end_or_an_ellipsis_before_a_latin_word_is_no_broken_name(
        make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "whitespace") == []


def test_a_space_before_a_comma_after_the_stop_is_reported(make_segments) -> None:
    pair = ("It stops pages from embedding yours.", "Он не даёт другим страницам встраивать вашу. ,")
    [finding] = check(make_segments([pair]), "whitespace")
    assert "“,”" in finding.message


def test_a_markdown_title_keeps_its_straight_quotes(make_segments) -> None:
    """A link's or image's title is Markdown's syntax, which wants straight quotes."""
    pair = ('![chart](img/load.png "Load over a day")', '![график](img/load.png "Нагрузка за сутки")')
    assert check(make_segments([pair]), "quote-style") == []


def test_straight_quotes_outside_a_markdown_title_are_still_reported(make_segments) -> None:
    pair = ('See [the chart](img/load.png "Load") of "peak hours".',
            'См. [график](img/load.png "Нагрузка") "часов пик".')
    [finding] = check(make_segments([pair]), "quote-style")
    opening = pair[1].index('"часов')
    closing = pair[1].index('".', opening)
    assert finding.target_spans == ((opening, opening + 1), (closing, closing + 1))
