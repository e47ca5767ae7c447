"""Rules read off the misses and false alarms of the frozen QA sets, all dev data (session 27,
issue 15): `capitalisation`, `untranslated-fragment`, `punctuation-end`, `spacing`. Each test is a
made-up pair, not the sets' own, for a general cause."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


# capitalisation: the list's own convention


def test_a_list_with_an_item_of_several_sentences_takes_capitals_in_every_item(make_segments) -> None:
    """Once one item is two sentences the list's items are sentences (Мильчин): the one-sentence
    items run into the lead-in in small letters break the list's own convention too."""
    pairs = [("The server is at risk if:", "Сервер уязвим, если:"),
             ("* It accepts uploads from anyone.", "* сервер принимает файлы от любого отправителя;"),
             ("* It uses SSO. SSO relies on tokens.", "* сервер использует единый вход (SSO). SAML хранит токены;"),
             ("* It logs nothing.", "* сервер ничего не записывает в журнал.")]
    findings = check(make_segments(pairs), "capitalisation")
    assert [f.segment for f in findings] == [2, 3, 4]
    assert "are sentences" in findings[0].message


def test_a_list_whose_items_end_in_stops_takes_capitals(make_segments) -> None:
    """Items that each end in a full stop are sentences, whatever their lead-in ends with."""
    pairs = [("In this chapter:", "В этой главе:"),
             ("- Installing the tools.", "- установка инструментов."),
             ("- Writing a first program.", "- написание первой программы."),
             ("- Using the package manager.", "- работа с менеджером пакетов.")]
    assert [f.segment for f in check(make_segments(pairs), "capitalisation")] == [2, 3, 4]


def test_a_list_run_into_its_lead_in_stays_spared(make_segments) -> None:
    """The Russian rule itself: one-sentence items in small letters ending in «;», the last in a
    stop, go on with the lead-in's sentence."""
    pairs = [("In this chapter:", "В этой главе:"),
             ("- Installing the tools.", "- установка инструментов;"),
             ("- Writing a first program.", "- написание первой программы;"),
             ("- Using the package manager.", "- работа с менеджером пакетов.")]
    assert check(make_segments(pairs), "capitalisation") == []


# spacing


def test_two_code_spans_glued_into_one_are_reported(make_segments) -> None:
    """«`trait``Add`»: Markdown closes a span only on as many backquotes as opened it, so the
    reader sees one span "trait``Add" where the source has two."""
    pairs = [("The `Add` `trait` is examined below:", "`trait``Add` рассмотрен ниже:")]
    [finding] = check(make_segments(pairs), "spacing")
    assert "`trait`" in finding.message and "`Add`" in finding.message


def test_code_spans_glued_as_the_source_glues_them_are_no_finding(make_segments) -> None:
    pairs = [("Write `a``b` here.", "Напишите `a``b` здесь.")]
    assert check(make_segments(pairs), "spacing") == []


# untranslated-fragment


def test_english_plurals_joined_by_a_russian_and_to_a_russian_item_are_prose(make_segments) -> None:
    """«(objects, arrays, и [типы коллекций] …)»: the Russian «и» joins them as items of the
    translation's own sentence; Russian keeps a Latin term in its base form, never an English
    plural."""
    pairs = [("It works for object types (objects, arrays, and collection types such as Map).",
              "Работает для типов объектов (objects, arrays, и типы коллекций, такие как Map).")]
    [finding] = check(make_segments(pairs), "untranslated-fragment")
    assert "objects" in finding.message and "arrays" in finding.message
    pairs = [("Supports Linux, macOS, and Windows.", "Поддерживает Linux, macOS и Windows.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []


def test_english_words_after_a_noun_naming_words_are_mentioned(make_segments) -> None:
    """«Термин peer to peer означает …»: the sentence speaks of the words themselves."""
    pairs = [("Peer-to-peer refers to systems where each user talks to the others.",
              "Термин peer to peer означает систему, в которой участники общаются напрямую.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []
    pairs = [("It works peer to peer.", "Сеть работает как peer to peer.")]
    assert check(make_segments(pairs), "untranslated-fragment") != []


def test_a_label_holding_a_brand_is_a_products_name(make_segments) -> None:
    """"Google Analytics" kept twice of the source's three times: a product's name (Russian text
    writes "Google" in Latin about as often as English does), not a label left over."""
    pairs = [("You can opt out of Google Analytics by downloading the Google Analytics add-on. "
              "It stops Google Analytics.",
              "Вы можете отказаться от сбора данных Google Analytics, скачав приложение Google Analytics. "
              "Это остановит сбор данных, Ваш опыт не изменится.")]
    assert check(make_segments(pairs), "untranslated-fragment") == []
    pairs = [("The Fixed Width plugin reads columns. Select Fixed Width.",
              "Модуль Fixed Width читает столбцы. Выберите Фиксированная ширина.")]
    assert check(make_segments(pairs), "untranslated-fragment") != []


def test_a_closing_tag_glued_to_the_next_word_is_reported(make_segments) -> None:
    """«<a …>майнинг</a>и»: the reader sees the link's last word run into «и»."""
    pairs = [('Bitcoin <a href="#m">mining</a> and the <a href="#b">block chain</a> agree.',
              '<a href="#m">Биткойн-майнинг</a>и <a href="#b">цепочка блоков</a> согласуют.')]
    [finding] = check(make_segments(pairs), "spacing")
    assert "майнинг</a>и" in finding.message


def test_a_closing_tag_the_source_glues_too_is_no_finding(make_segments) -> None:
    pairs = [('Follow the <a href="#l">link</a>s below.', 'Перейдите по <a href="#l">ссылк</a>ам ниже.')]
    assert check(make_segments(pairs), "spacing") == []


# punctuation-end


def test_a_stop_inside_a_closing_link_ends_the_translation(make_segments) -> None:
    """«…<a href=…>сетевого эффекта.</a>»: the reader sees the stop the link holds."""
    pairs = [('It still needs to grow to benefit from <a href="https://example.org/n">network effects</a>.',
              'Их всё ещё мало для начала <a href="https://example.org/n">сетевого эффекта.</a>')]
    assert check(make_segments(pairs), "punctuation-end") == []
