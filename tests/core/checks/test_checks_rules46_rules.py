"""House rules D24 and D25 (session 46, rules46): a space after a compound's hyphen and a space
inside a handle or a hashtag are `whitespace` errors, unless the hyphen hangs or the source has
the same space. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["whitespace"])


@pytest.mark.parametrize(("source", "target"), [
    ("The over-the-counter pills changed his life.", "Безрецептурные таблетки через- изменили его жизнь."),
    ("It uses accelerator-driven reactors.", "Он использует ускорительно- управляемые реакторы."),
    ("A north-west wind blew.", "Дул северо- западный ветер."),
])
def test_d24_a_space_after_a_compound_hyphen_is_found(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target)


@pytest.mark.parametrize(("source", "target"), [
    ("One-, two- and three-room flats.", "Одно-, двух- и трёхкомнатные квартиры."),
    ("Pre- and post-processing.", "Пред- и постобработка."),
    ("Heat and mass transfer.", "Тепло- или массообмен."),
    # the source breaks the word at that place itself: the translation keeps it
    ("We should add met- these metrics.", "Нам стоит добавить мет- эти метрики."),
])
def test_d24_a_hanging_or_copied_hyphen_is_no_error(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Follow @JaneRoe on Twitter.", "Подпишитесь на @ JaneRoe в Твиттере."),
    ("Use the #climate tag.", "Используйте тег # climate."),
    ("Use the #climate tag.", "Используйте тег #\u00a0climate."),
])
def test_d25_a_space_inside_a_handle_or_hashtag_is_found(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target)


@pytest.mark.parametrize(("source", "target"), [
    ("Follow @ JaneRoe on Twitter.", "Подпишитесь на @ JaneRoe в Твиттере."),
    ("Item # 5 is late.", "Пункт # 5 опаздывает."),
])
def test_d25_a_space_the_source_has_is_no_error(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target) == []


def test_d24_a_latin_first_part_before_a_russian_word_is_found(make_segments) -> None:
    """«wiki- странице»: the first part in Latin letters, the source's words unhyphenated."""
    source = "More information on the wiki page of the event."
    assert found(make_segments, source, "Дополнительная информация на wiki- странице встречи.")


@pytest.mark.parametrize(("source", "target"), [
    # a prefix the source quotes as a literal: code, not a compound
    ("exclude the `lt-' from the program name", "исключить lt- из имени программы"),
    ("Supports TCP and UDP.", "Поддерживает TCP- и UDP-соединения."),
])
def test_d24_a_latin_literal_or_hanging_part_is_no_error(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target) == []
