"""Rules of session 36 (issue 15), read off the held-out sets' `punctuation-end` misses: a number
before a small letter opens an item of a numbered list, not a heading, so the item's lost stop is
reported. Each test is a made-up pair, not a set's own, with the house style the rule must still
spare beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_numbered_item_in_small_letters_keeps_its_stop(make_segments) -> None:
    pairs = [("1. **add:** a change of the _kind_ `add` brings a new page to your site (this matches "
              "[`MINOR`](https://example.org/#minor) in versioning).",
              "1. **add:** изменение _вида_ `add` добавляет на сайт новую страницу (оно соответствует "
              "[`MINOR`](https://example.org/#minor) в нумерации версий)")]
    [finding] = check(make_segments, pairs, "punctuation-end")
    assert "full stop" in finding.message and "no punctuation" in finding.message


def test_a_numbered_heading_still_drops_its_mark(make_segments) -> None:
    pairs = [("2.4. Options of the export dialog:", "2.4. Параметры диалога экспорта"),
             ("3. Saving the drawing.", "3. Сохранение рисунка"),
             ("4. **Printing:**", "4. **Печать**")]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_numbered_heading_in_markup_opens_with_its_word(make_segments) -> None:
    pairs = [("5. <b>Exporting the drawing.</b>", "5. <b>Экспорт рисунка</b>")]
    assert check(make_segments, pairs, "punctuation-end") == []
