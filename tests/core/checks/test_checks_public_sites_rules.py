"""Two rules read off the public-sites QA set (session 26, dev data since its run), tried on
made-up pairs of the same shape: a Fluent placeable's string arguments (Mozilla's message format,
as Pontoon's translators write it) are the syntax's marks, not prose quotation marks (seven false
alarms there); a gloss glued to its word is a spacing slip even where the source glues an
English ending ("key(s)")."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


def test_a_term_asked_for_its_case_keeps_the_syntax_marks(make_segments) -> None:
    pairs = [("Get { -brand-name-browser } for your phone.",
              'Загрузите { -brand-name-browser(case: "accusative") } на свой телефон.'),
             ("Sync with a free { -brand-name-account }.",
              'Синхронизируйте с помощью бесплатного { -brand-name-account(case: "genitive") }.')]
    assert check(make_segments(pairs), "quote-style") == []


def test_prose_quotes_beside_a_placeable_are_still_reported(make_segments) -> None:
    pairs = [('Click "Import" in { -brand-name-browser }.',
              'Нажмите "Импорт" в { -brand-name-browser(case: "prepositional") }.')]
    assert [f.segment for f in check(make_segments(pairs), "quote-style")] == [1]


def test_a_placeable_the_source_does_not_put_in_is_no_excuse(make_segments) -> None:
    pairs = [("Get the browser.", 'Загрузите { -brand-name-browser(case: "accusative") }.')]
    assert [f.segment for f in check(make_segments(pairs), "quote-style")] == [1]


def test_a_gloss_glued_to_its_word_is_reported_where_the_source_glues_only_an_ending(make_segments) -> None:
    """"key(s)" glues an English plural ending; «ключ(ключи)» glues a gloss, which takes its space
    (public-sites labelled three such; an ending «ключ(и)» stays glued)."""
    pairs = [("Nobody can find the private key(s) to spend them.",
              "Никто не сможет найти приватный ключ(ключи), чтобы их потратить."),
             ("Nobody can find the private key(s).", "Никто не сможет найти приватный ключ(и)."),
             ("Call main(argv) first.", "Сначала вызовите main(argv).")]
    assert [f.segment for f in check(make_segments(pairs), "spacing")] == [1]


def test_spaces_inside_and_after_an_inline_element_are_reported(make_segments) -> None:
    """A space opening a link's text and one between a closing tag and a comma show on the page;
    a source that spaces its elements so excuses them."""
    pairs = [('<a href="#start">Using Bitcoin</a> is the first thing.',
              '<a href="#start"> Первое</a>, что можно сделать.'),
             ('Add-ons <a href="#a">block trackers</a>, <a href="#b">translate</a>.',
              'Дополнения <a href="#a">блокируют трекеры</a> , <a href="#b">переводят</a>.'),
             ('Add-ons <a href="#a">block trackers</a>, <a href="#b">translate</a>.',
              'Дополнения <a href="#a">блокируют трекеры</a>, <a href="#b">переводят</a>.'),
             ('<b> Note:</b> read it.', '<b> Примечание:</b> прочтите.')]
    assert [f.segment for f in check(make_segments(pairs), "whitespace")] == [1, 2]
