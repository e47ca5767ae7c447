"""`url-email` on Markdown reference links (session 24, after the rust-books set's run): a link
made by reference has its address defined in a line of its own, which no pair holds, so an
address the translator writes into the link is no difference the pair can show."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=["url-email"])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("To learn more, see [the documentation][collections].",
         "Чтобы узнать больше, смотрите [документацию](https://doc.rust-lang.org/std/collections/index.html)."),
        ("Read the [FizzBuzz][] problem.", "Прочтите задачу [FizzBuzz](https://en.wikipedia.org/wiki/Fizz_buzz)."),
        ("Cargo supports [more features] such as tests.",
         "В Cargo есть [встроенная поддержка](https://doc.rust-lang.org/cargo/guide/project-layout.html) тестов."),
        ("Use [`parse()`][parse] or [`FromStr`][from_str].",
         "Используйте [`parse()`](https://doc.rust-lang.org/std/primitive.str.html#method.parse) или "
         "[`FromStr`](https://doc.rust-lang.org/std/str/trait.FromStr.html)."),
        ("See [the guide](https://example.org/guide).", "См. [руководство][guide]."),
    ],
)
def test_an_address_written_into_a_link_the_other_side_makes_by_reference_is_no_difference(
        make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)])) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # an address the translation types in with no reference link in the source (a link the
        # translator adds is left alone: `test_checks_qafix22_rules`)
        ("Blocks are expressions too.", "Блоки — тоже выражения (https://en.wikipedia.org/wiki/Expression)."),
        # one reference link cannot stand for two addresses
        ("See [the book][book].",
         "См. [книгу](https://doc.rust-lang.org/book/) и задачи: https://exercism.org/tracks/rust."),
        # code and a footnote's mark are no reference links
        ("Index it as `a[i][j]` (see [1]).", "Обратитесь к `a[i][j]` (см. [1], https://example.org/)."),
    ],
)
def test_an_address_no_reference_link_accounts_for_is_still_reported(make_segments, source: str, target: str) -> None:
    assert [f.check for f in check(make_segments([(source, target)]))] == ["url-email"]


def test_a_link_whose_text_is_its_own_address_is_two_addresses_not_one(make_segments) -> None:
    """The address ran on through "](": the finding quoted «https://doc.rust-lang.ru/book](https://
    doc.rust-lang.ru/book», and the source's own such link never met the target's copy of it."""
    pair = ("It is online at [https://doc.rust-lang.org/book/](https://doc.rust-lang.org/book/) and https://example.org.",
            "Книга доступна по адресам [https://doc.rust-lang.org/book/](https://doc.rust-lang.org/book/) "
            "и [https://doc.rust-lang.ru/book](https://doc.rust-lang.ru/book).")
    [finding] = check(make_segments([pair]))
    assert "“https://doc.rust-lang.ru/book”, “https://doc.rust-lang.ru/book”" in finding.message
    assert "](" not in finding.message
