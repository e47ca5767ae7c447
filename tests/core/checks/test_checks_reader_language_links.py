"""`url-email` and a link to the page in the reader's language (session 22, issue 15: the
framework-docs set's false alarms after its one run). The pairs are made up in the shape of
those, not copied from the set."""

from __future__ import annotations

import pytest

from tests.core.checks.conftest import MakeSegments
from workbench.core.checks import run_checks


def addresses_found(make_segments: MakeSegments, source: str, target: str) -> list[str]:
    return [f.message for f in run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                                          checks=["url-email"])]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # a documentation site's language folder, with the anchor of a translated heading
        ("Read about [closures](https://docs.example.org/en-US/docs/Web/Closures#lexical_scope) first.",
         "Сначала прочтите о [замыканиях](https://docs.example.org/ru/docs/Web/Closures#лексическая_область)."),
        ("See the [guide](https://docs.example.org/en-US/docs/Guide/Intro).",
         "См. [руководство](https://docs.example.org/ru-RU/docs/Guide/Intro)."),
        # an encyclopaedia's edition in the reader's language, under its own title
        ("These values are [immutable](https://en.wikipedia.org/wiki/Immutable_object).",
         "Эти значения [неизменяемы](https://ru.wikipedia.org/wiki/Неизменяемый_объект)."),
    ],
)
def test_the_same_page_in_the_readers_language_is_no_error(make_segments: MakeSegments, source: str, target: str) -> None:
    assert addresses_found(make_segments, source, target) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # another language than the reader's
        ("See the [guide](https://docs.example.org/en-US/docs/Guide/Intro).",
         "См. [руководство](https://docs.example.org/de/docs/Guide/Intro)."),
        # the reader's language, but another page
        ("See the [guide](https://docs.example.org/en-US/docs/Guide/Intro).",
         "См. [руководство](https://docs.example.org/ru/docs/Guide/Outro)."),
        # the reader's edition of the encyclopaedia, but under another folder
        ("These values are [immutable](https://en.wikipedia.org/wiki/Immutable_object).",
         "Эти значения [неизменяемы](https://ru.wikipedia.org/w/Неизменяемый_объект)."),
        # a host that is not the source's in another language
        ("These values are [immutable](https://en.wikipedia.org/wiki/Immutable_object).",
         "Эти значения [неизменяемы](https://ru.wikibooks.org/wiki/Неизменяемый_объект)."),
    ],
)
def test_another_page_or_language_is_still_reported(make_segments: MakeSegments, source: str, target: str) -> None:
    assert len(addresses_found(make_segments, source, target)) == 1
