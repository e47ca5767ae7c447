"""Rules read off the dev sets' last misses and false alarms (session 21, issue 15): each test
is a real-looking pair, not a set's own, for a general cause of one of them."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See below for details.", "Подробности см.ниже."),
        ("See the table for details.", "Подробности см.таблицу."),
    ],
)
def test_an_abbreviation_glued_to_the_last_word_is_reported(make_segments, source: str, target: str) -> None:
    """«см.ниже.»: the final stop is the sentence's, so «ниже» is a word, not an abbreviation's
    second part as «руб.» in «тыс.руб.»."""
    [finding] = check(make_segments([(source, target)]), "spacing")
    assert "см." in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It costs 5 thousand roubles.", "Это стоит 5 тыс.руб."),
        ("That is, the file is lost.", "Т.е. файл потерян, т.д."),
    ],
)
def test_an_abbreviation_of_two_parts_is_no_lost_space(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "spacing") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("All support for Ruby 2.0.0 has ended. Fixes will no longer be backported to 2.0.0, and no "
         "further release of 2.0.0 will be made.",
         "Поддержка Ruby 2.0.0 закончилась. Исправления не будут переноситься в эту ветку, новых версий не будет."),
        ("Traffic sent to 127.0.0.1 stays on your machine.",
         "Трафик на адрес 127.0.0.1 не уйдёт за пределы компьютера: 127.0.0.1 — это он сам."),
    ],
)
def test_a_version_named_again_or_once_less_is_the_same_version(make_segments, source: str, target: str) -> None:
    """A dotted version or address that both sides name is one thing however often each names it."""
    assert check(make_segments([(source, target)]), "number-mismatch") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Upgrade from 2.0.0 to 2.1.0 now.", "Обновитесь с 2.0.0 до 2.0.0 сейчас."),
        ("Ruby 2.0.0 and Ruby 2.0.0-p648 are affected.", "Затронуты Ruby 2.0.0 и Ruby 2.0.1."),
    ],
)
def test_a_version_changed_is_still_reported(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "number-mismatch")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("— @janl, [\"Sustainable Open Source\"](https://web.archive.org/web/20200723213552/"
         "https://writing.example.io/2015/sustainable.html)",
         "— @janl, [«Устойчивый открытый код»](https://writing.example.io/2015/sustainable.html)"),
        ("Read [the essay](https://writing.example.io/2015/sustainable.html).",
         "Прочитайте [эссе](https://web.archive.org/web/2020id_/https://writing.example.io/2015/sustainable.html)."),
        ("The documentation can be found here: https://www.example.com/docs/git_integration.html[^].",
         "Документация доступна здесь: https://www.example.com/docs/3/git_integration.html[^]"),
    ],
)
def test_the_same_page_at_another_address_is_no_mismatch(make_segments, source: str, target: str) -> None:
    """The archive's copy of the page, or the page of another version on the same site."""
    assert check(make_segments([(source, target)]), "url-email") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See https://www.example.com/docs/git_integration.html.",
         "См. https://www.example.com/doc/git_integration.html."),
        ("See https://www.example.com/docs/git_integration.html.",
         "См. https://www.example.org/docs/3/git_integration.html."),
        ("See https://web.archive.org/web/2020/https://example.io/essay.html.",
         "См. https://example.io/esay.html."),
        ("See https://www.example.com/docs/guide/",
         "См. https://www.example.com/docs/3/guide/"),
        ("See https://www.example.com/docs/git_integration.html.",
         "См. https://www.example.com/docs/old/git_integration.html."),
    ],
)
def test_another_page_is_still_a_mismatch(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "url-email")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("* For details, please check out http://lists.example.org.",
         "* Детали вы можете посмотреть на http://lists.example.org"),
        ("Questions go to security@example.org.", "Вопросы присылайте на security@example.org"),
    ],
)
def test_a_stop_lost_after_an_address_in_the_sentence_is_reported(make_segments, source: str, target: str) -> None:
    """An address that ends the sentence's own words keeps the source's stop; only one a colon sets
    apart as a value («здесь: https://…») may go without it."""
    [finding] = check(make_segments([(source, target)]), "punctuation-end")
    assert "no punctuation" in finding.message


def test_a_stop_after_an_address_set_apart_by_a_colon_may_go(make_segments) -> None:
    source = "The official documentation can be found here: https://www.example.com/docs/integration.html."
    target = "Официальная документация доступна здесь: https://www.example.com/docs/integration.html"
    assert check(make_segments([(source, target)]), "punctuation-end") == []


def test_an_apostrophe_in_a_word_opens_no_quotation(make_segments) -> None:
    """Let's Encrypt's apostrophe paired with the opening mark of the "localhost" after it, and the
    words between were taken for a Russian quotation in straight marks."""
    source = 'Let\'s Encrypt can\'t provide certificates for "localhost", or for ".com" and ".net".'
    target = 'Let\'s Encrypt не выдаёт сертификатов для "localhost", а также для ".com" и ".net".'
    assert check(make_segments([(source, target)]), "quote-style") == []
    russian = 'Let\'s Encrypt не выдаёт сертификатов для "локального хоста".'
    assert check(make_segments([(source, russian)]), "quote-style")


def test_a_link_to_another_work_named_by_its_title_is_the_translators_choice(make_segments) -> None:
    source = ("* [Incremental GC](https://bugs.example.org/issues/10137) ([talk at RubyConf 2014: "
              "\"Incremental GC for Ruby\"](http://www.example.net/~ko1/rubyconf.pdf))")
    target = ("* [Инкрементальный сборщик](https://bugs.example.org/issues/10137) "
              "([YARV Maniacs No.12](http://magazine.example.jp/?0048-YARVManiacs))")
    assert check(make_segments([(source, target)]), "url-email") == []


@pytest.mark.parametrize(
    "target",
    [
        # The link's text translated: the address is the source's, mistaken.
        "См. [доклад на RubyConf 2014](http://magazine.example.jp/?0048)",
        # The link's text kept, the address another host's.
        "См. [talk at RubyConf 2014](http://magazine.example.jp/?0048)",
        # The same host: an address mistyped.
        "См. [YARV Maniacs No.12](http://www.example.net/~ko1/rubyconf2.pdf)",
    ],
)
def test_a_link_whose_text_or_host_stays_is_still_a_mismatch(make_segments, target: str) -> None:
    source = "See [talk at RubyConf 2014](http://www.example.net/~ko1/rubyconf.pdf)"
    assert check(make_segments([(source, target)]), "url-email")


def test_a_second_abbreviation_glued_at_the_end_is_no_lost_space(make_segments) -> None:
    """«млн.долл.»: «долл» is an abbreviation (pymorphy3 reads it so), the stop its own."""
    assert check(make_segments([("It costs two million dollars.", "Это стоит 2 млн.долл.")]), "spacing") == []
