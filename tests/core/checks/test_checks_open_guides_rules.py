"""`url-email` and `untranslated-fragment` rules read off the open-guides set's run (session 27,
the engineer): a reference link whose text is its address, and a loan declined in Russian. Each
test is a made-up pair, not the set's own, with the slip the check must still report beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_reference_links_text_is_its_address_alone(make_segments) -> None:
    """"[https://x.org/faq][FAQ]" read as one address "https://x.org/faq][faq" did not match the
    same address written bare in the translation."""
    source = "See the FAQ at [https://example.org/faq][FAQ]."
    assert check(make_segments, [(source, "Смотрите ответы на https://example.org/faq.")], "url-email") == []
    [finding] = check(make_segments, [(source, "Смотрите ответы на https://example.org/help.")], "url-email")
    assert "https://example.org/faq" in finding.message and "][" not in finding.message


def test_a_loan_declined_in_russian_is_no_english_left(make_segments) -> None:
    """«commit'ов», «commit'а»: the translator keeps the word in Latin and declines it."""
    source = "The history of commits shows every commit message."
    assert check(make_segments, [(source, "История commit'ов показывает каждое сообщение commit’а.")],
                 "untranslated-fragment") == []
    [finding] = check(make_segments, [(source, "История commit показывает every message.")], "untranslated-fragment")
    assert "every" in finding.message
