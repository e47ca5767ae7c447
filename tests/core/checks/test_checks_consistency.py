"""inconsistent-target and inconsistent-source."""

from __future__ import annotations

from workbench.core.checks import run_checks


def run(segments, check_id: str):
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


def test_same_source_translated_differently_reports_the_minority(make_segments) -> None:
    segments = make_segments([
        ("The club was closed.", "Клуб был закрыт."),
        ("Workers came.", "Рабочие пришли."),
        ("The club was closed.", "Клуб закрыли."),
        ("the club was closed", "Клуб был закрыт"),  # case, punctuation folded: same as 1
    ])
    [finding] = run(segments, "inconsistent-target")
    assert finding.segment == 3
    assert "segments 1, 4" in finding.message and "Клуб был закрыт." in finding.message


def test_a_tie_keeps_the_earlier_translation(make_segments) -> None:
    segments = make_segments([("Yes, comrades.", "Да, товарищи."), ("Yes, comrades.", "Так, товарищи.")])
    assert [f.segment for f in run(segments, "inconsistent-target")] == [2]


def test_variants_that_only_differ_in_yo_quotes_or_spaces_are_consistent(make_segments) -> None:
    segments = make_segments([
        ("He said: \"yes\".", "Он сказал: «всё»."),
        ("He said: \"yes\".", "Он  сказал: \"все\"."),
    ])
    assert run(segments, "inconsistent-target") == []


def test_same_translation_for_different_sources(make_segments) -> None:
    segments = make_segments([
        ("The party backed decentralization.", "Партия поддержала децентрализацию."),
        ("The unions opposed decentralization.", "Партия поддержала децентрализацию."),
        ("The party backed decentralization.", "Партия поддержала децентрализацию."),
    ])
    [finding] = run(segments, "inconsistent-source")
    assert finding.segment == 2 and finding.severity == "info"
    assert "The party backed decentralization." in finding.message


def test_short_targets_and_ocr_variants_of_a_source_are_not_inconsistent(make_segments) -> None:
    segments = make_segments([
        ("Yes.", "Да."),
        ("Indeed.", "Да."),
        ("The party backed decentralization.", "Партия поддержала децентрализацию."),
        ("The party backed decentraliza tion.", "Партия поддержала децентрализацию."),
    ])
    assert run(segments, "inconsistent-source") == []
