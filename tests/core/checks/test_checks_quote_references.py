"""Quotation marks written as HTML character references in a plain-text translation.

A machine translation engine returns «&quot;Ага…».» for «"Ага…».»: `quote-style`, `unpaired`
and `capitalisation` read the reference as the mark it stands for, and `quote-style` reports the
reference itself. A source with references of its own is markup, read as before.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.quote_references import quote_references


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_reference_for_a_quote_is_reported_once_and_named(make_segments) -> None:
    target = "&quot;Я вхожу.&quot; — сказала она."
    [finding] = check(make_segments, [("“I’m coming in.” she said.", target)], "quote-style")
    assert "&quot;" in finding.message
    assert [target[s:e] for s, e in finding.target_spans] == ["&quot;", "&quot;"]


def test_numeric_and_named_references_for_guillemets_are_named_and_nothing_else(make_segments) -> None:
    target = "&#171;Привет&raquo;, — сказал он."
    [finding] = check(make_segments, [("“Hello,” he said.", target)], "quote-style")
    assert "&#171; &raquo;" in finding.message
    assert check(make_segments, [("“Hello,” he said.", target)], "unpaired") == []


def test_the_quote_a_reference_stands_for_opens_the_sentence(make_segments) -> None:
    capital = ("“Yup. He isn’t bad.”", "&quot;Ага. Он не плох&quot;.")
    assert check(make_segments, [capital], "capitalisation") == []
    small = ("“Yup. He isn’t bad.”", "&quot;ага. Он не плох&quot;.")
    [finding] = check(make_segments, [small], "capitalisation")
    assert [small[1][s:e] for s, e in finding.target_spans] == ["а"]


def test_a_guillemet_closing_a_quotation_a_reference_opens_is_unpaired(make_segments) -> None:
    target = "&quot;Ага. Он не плох»."
    [finding] = check(make_segments, [("“Yup. He isn’t bad.”", target)], "unpaired")
    assert [target[s:e] for s, e in finding.target_spans] == ["»"]


def test_the_guillemet_is_not_taken_by_a_quotation_left_open_before(make_segments) -> None:
    pairs = [("He said: “Wait.", "Он сказал: «Подожди."), ("“Yup. He isn’t bad.”", "&quot;Ага. Он не плох».")]
    [finding] = check(make_segments, pairs, "unpaired")
    assert finding.segment == 2
    written = [("He said: “Wait.", "Он сказал: «Подожди."), ("It’s fine.”", "Всё хорошо».")]
    assert check(make_segments, written, "unpaired") == []


def test_a_source_with_references_of_its_own_keeps_its_markup_reading(make_segments) -> None:
    markup = ("Open the &quot;Tools&quot; menu.", "Откройте меню &quot;Сервис&quot;.")
    [finding] = check(make_segments, [markup], "quote-style")
    assert "Straight quotation marks" in finding.message
    assert quote_references(*markup) is None


def test_other_references_are_not_read_as_quotes() -> None:
    assert quote_references("AT&T is down.", "AT&amp;T не работает.") is None
    assert quote_references("Tom & Jerry", "Том & Джерри") is None
    reading = quote_references("“Hi” & bye", "&laquo;Привет&raquo; &amp; пока")
    assert reading is not None
    assert reading.text == "«Привет» &amp; пока"
    assert reading.in_target((0, 8)) == (0, 20)
