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


def in_documents(make_segments, pairs_by_document):
    """Segments of several documents, in project order, each document's id its place (1, 2, ...)."""
    from dataclasses import replace

    flat = [(doc, pair) for doc, pairs in enumerate(pairs_by_document, start=1) for pair in pairs]
    segments = make_segments([pair for _, pair in flat])
    return [replace(segment, document_id=doc) for segment, (doc, _) in zip(segments, flat, strict=True)]


def scoped(scope: str):
    from workbench.core.checks.config import ChecksConfig

    return ChecksConfig.from_mapping({"inconsistent-target": {"scope": scope}, "inconsistent-source": {"scope": scope}})


def test_within_each_document_two_systems_translating_one_source_differently_agree(make_segments) -> None:
    # Two systems' outputs of one source set, each its own document: no translation is inconsistent
    # with itself, so the document scope reports nothing; the project scope reports the second system.
    segments = in_documents(make_segments, [
        [("The club was closed.", "Клуб был закрыт."), ("Workers came.", "Рабочие пришли.")],
        [("The club was closed.", "Клуб закрыли."), ("Workers came.", "Пришли рабочие.")],
    ])
    across = run_checks(segments, source_lang="en", target_lang="ru", checks=["inconsistent-target"],
                        documents={1: "system-a", 2: "system-b"})
    assert [f.segment for f in across] == [3, 4]
    assert "system-a" in across[0].message  # the finding names the document it disagrees with
    within = run_checks(segments, source_lang="en", target_lang="ru", checks=["inconsistent-target"],
                        config=scoped("document"), documents={1: "system-a", 2: "system-b"})
    assert within == []


def test_document_scope_still_finds_a_document_at_odds_with_itself(make_segments) -> None:
    segments = in_documents(make_segments, [
        [("The club was closed.", "Клуб был закрыт."), ("The club was closed.", "Клуб закрыли."),
         ("The club was closed.", "Клуб был закрыт.")],
        [("The club was closed.", "Клуб закрыли.")],
    ])
    findings = run_checks(segments, source_lang="en", target_lang="ru", checks=["inconsistent-target"],
                          config=scoped("document"), documents={1: "a", 2: "b"})
    assert [f.segment for f in findings] == [2]
    assert "segments 1, 3" in findings[0].message and "document" not in findings[0].message


def test_one_translation_of_two_sources_in_two_documents_is_scoped_too(make_segments) -> None:
    segments = in_documents(make_segments, [
        [("The party backed decentralization.", "Партия поддержала децентрализацию."),
         ("The party backed decentralization.", "Партия поддержала децентрализацию.")],
        [("The unions opposed decentralization.", "Партия поддержала децентрализацию.")],
    ])
    [across] = run_checks(segments, source_lang="en", target_lang="ru", checks=["inconsistent-source"],
                          documents={1: "letters", 2: "minutes"})
    assert across.segment == 3 and "“letters”" in across.message
    assert run_checks(segments, source_lang="en", target_lang="ru", checks=["inconsistent-source"],
                      config=scoped("document")) == []


def test_a_scope_the_check_does_not_know_is_refused_in_one_line() -> None:
    import pytest

    from workbench.errors import InputError

    with pytest.raises(InputError, match="project, document"):
        scoped("file")
    with pytest.raises(InputError, match="must be one of"):
        from workbench.core.checks.config import ChecksConfig

        ChecksConfig.from_mapping({"inconsistent-target": {"scope": 2}})
