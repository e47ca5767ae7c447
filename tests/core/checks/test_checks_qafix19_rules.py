"""Rules read off the glossaries set's misses and false alarms (session 23, issue 15): each test
is a made-up pair, not the set's own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The code is at https://example.org/.", "Код лежит на https://example.org."),
        ("Read https://example.org/docs for more.", "Подробнее: https://example.org/docs/."),
    ],
)
def test_a_trailing_slash_does_not_change_the_page(make_segments, source: str, target: str) -> None:
    """A server answers "…/docs" and "…/docs/" with the same page."""
    assert check(make_segments([(source, target)]), "url-email") == []


def test_another_folder_is_still_reported(make_segments) -> None:
    pair = ("Ask on https://example.org/r/mining/.", "Спросите на https://example.org/r/support/.")
    assert len(check(make_segments([pair]), "url-email")) == 1


def test_a_template_resolved_to_the_site_address_is_the_same_link(make_segments) -> None:
    """A Jekyll or Liquid variable stands for the site's root, which the translator wrote out."""
    pair = ("Get the [binaries]({{ site.root_url }}/get/latest/).",
            "Скачайте [программы](https://example.org/get/latest/).")
    assert check(make_segments([pair]), "url-email") == []


def test_a_template_with_another_path_is_still_reported(make_segments) -> None:
    pair = ("Get the [binaries]({{ site.root_url }}/get/latest/).",
            "Скачайте [программы](https://example.org/get/old/).")
    assert len(check(make_segments([pair]), "url-email")) == 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Open `Settings` > `Info`.", "Откройте `Настройки ` > `Информация`."),
        ("Open `Settings` > `Info`.", "Откройте ` Настройки` > `Информация`."),
    ],
)
def test_a_space_inside_a_code_span_is_reported(make_segments, source: str, target: str) -> None:
    """The rendered page shows the space inside the code's box, which the source does not have."""
    [finding] = check(make_segments([(source, target)]), "whitespace")
    assert "code" in finding.message


def test_a_code_span_padded_in_the_source_is_left_alone(make_segments) -> None:
    pair = ("Type `` ` `` to quote, or ` x ` here.", "Наберите `` ` ``, чтобы цитировать, или ` x ` здесь.")
    assert check(make_segments([pair]), "whitespace") == []


def test_a_space_before_a_stop_after_an_address_is_left_alone(make_segments) -> None:
    """House rule D13 (session 41): the space keeps the stop out of the link; no error."""
    pair = ("Download it from https://example.org/ and unpack it.",
            "Скачайте её с https://example.org/ . Распакуйте её.")
    assert check(make_segments([pair]), "whitespace") == []


def test_a_space_before_a_stop_after_an_address_in_the_source_too_is_left_alone(make_segments) -> None:
    pair = ("Run rsync -a build/ . to copy it.", "Запустите rsync -a build/ . для копирования.")
    assert check(make_segments([pair]), "whitespace") == []


def test_an_address_spaced_off_its_mark_as_the_source_does_is_left_alone(make_segments) -> None:
    """The space keeps the mark out of the address; the source wrote it so, around other words."""
    pair = ("Use the form http://host:port/ ; if empty, none is used.",
            "Формат: http://узел:порт/ ; если пусто, не используется.")
    assert check(make_segments([pair]), "whitespace") == []


def test_two_spaces_between_sentences_the_source_does_not_have_are_left_alone(make_segments) -> None:
    """A one-sentence source shows no spacing of sentences that the translation could break."""
    pair = ("More outputs only slightly increase the size of the proof.",
            "Больше выходов лишь немного увеличит размер доказательства.  Это тоже важно.")
    assert check(make_segments([pair]), "whitespace") == []


def test_two_spaces_where_the_source_spaces_its_sentences_once_are_reported(make_segments) -> None:
    pair = ("More outputs cost little. That matters.", "Больше выходов стоят мало.  Это важно.")
    assert len(check(make_segments([pair]), "whitespace")) == 1
