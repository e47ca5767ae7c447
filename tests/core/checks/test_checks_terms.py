"""term-missing, term-forbidden, term-variant-mix over a small EN-RU termbase."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks


def run(segments, enforcer, *checks: str):
    return run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer,
                      checks=checks or ["term-missing", "term-forbidden", "term-variant-mix"])


SOURCE = "The forces of cultural spontaneity grew."


@pytest.mark.parametrize(
    "target",
    [
        "Силы культурной стихийности росли.",  # genitive
        "Культурная стихийность росла.",  # nominative
        "Они боролись с культурной стихийностью.",  # instrumental
        "Партия не доверяла культурной стихийности.",  # dative
        "Говорили о культурной стихийности.",  # prepositional
        "Они поощряли культурную стихийность.",  # accusative
        "Проявления культурных стихийностей множились.",  # plural
        "КУЛЬТУРНАЯ СТИХИЙНОСТЬ РОСЛА.",
    ],
)
def test_inflected_forms_of_an_approved_term_never_raise_term_missing(
    make_segments, enforcer, target: str
) -> None:
    assert run(make_segments([(SOURCE, target)]), enforcer, "term-missing") == []


def test_a_paraphrase_raises_term_missing_with_the_expected_terms(make_segments, enforcer) -> None:
    source = "They praised local initiative."
    [finding] = run(make_segments([(source, "Они хвалили самодеятельность на местах.")]), enforcer)
    assert finding.check == "term-missing" and finding.concept == "local-initiative"
    assert "«местная инициатива» or «инициатива на местах»" in finding.message
    assert [source[a:b] for a, b in finding.source_spans] == ["local initiative"]


def test_an_admitted_term_satisfies_the_requirement(make_segments, enforcer) -> None:
    pairs = [("They praised local initiative.", "Они хвалили инициативу на местах.")]
    assert run(make_segments(pairs), enforcer, "term-missing") == []


def test_sharing_words_with_a_term_is_not_containing_it(make_segments, enforcer) -> None:
    """Neither side names the concept, so there is nothing to require."""
    source = "The unions were spontaneous in their cultural choices."
    target = "Профсоюзы были стихийны в своём культурном выборе."
    assert run(make_segments([(source, target)]), enforcer, "term-missing") == []


def test_a_deprecated_term_is_reported_once_as_forbidden(make_segments, enforcer) -> None:
    target = "Силы культурной спонтанности росли."
    [finding] = run(make_segments([(SOURCE, target)]), enforcer)
    assert finding.check == "term-forbidden" and finding.concept == "cultural-spontaneity"
    assert "«культурной спонтанности» is deprecated" in finding.message
    assert "use «культурная стихийность»" in finding.message and "Calque." in finding.message
    assert [target[a:b] for a, b in finding.target_spans] == ["культурной спонтанности"]


def test_a_superseded_term_is_forbidden_too(make_segments, enforcer) -> None:
    pairs = [("The proletarianization of institutions.", "Орабочивание учреждений.")]
    [finding] = run(make_segments(pairs), enforcer)
    assert finding.check == "term-forbidden" and "superseded" in finding.message


def test_a_forbidden_term_the_source_does_not_name_says_so(make_segments, enforcer) -> None:
    # "official", a word of the term "official discourse", stands in the source: the concept may be
    # meant, so the finding warns (no source span: the source does not name it).
    pairs = [("Russian became the official language.", "Русский стал официальным языком.")]
    [finding] = run(make_segments(pairs), enforcer)
    assert finding.check == "term-forbidden" and finding.severity == "warning"
    assert "does not seem to name" in finding.message
    assert finding.source_spans == ()


def test_a_forbidden_term_where_the_source_has_no_word_of_the_concept_is_info(make_segments, enforcer) -> None:
    """No word of "official discourse" in the source: the forbidden «официальный язык» renders
    "state language", another concept (termfix38)."""
    pairs = [("Russian became the state language.", "Русский стал официальным языком.")]
    [finding] = run(make_segments(pairs), enforcer)
    assert finding.check == "term-forbidden" and finding.severity == "info"
    assert "no word of the concept's source terms" in finding.message


def test_variant_mix_reports_each_minority_use(make_segments, enforcer) -> None:
    segments = make_segments([
        ("The trade unions agreed.", "Профсоюзы согласились."),
        ("The trade union objected.", "Профессиональный союз возразил."),
        ("Trade unions ran clubs.", "Профсоюзы руководили клубами."),
        ("A trade union paid.", "Профессиональный союз заплатил."),
        ("The trade unions won.", "Профсоюзы победили."),
    ])
    findings = run(segments, enforcer, "term-variant-mix")
    assert [(f.segment, f.concept) for f in findings] == [(2, "trade-union"), (4, "trade-union")]
    assert "mostly uses «профсоюз» (segments 1, 3, 5)" in findings[0].message


def test_variant_mix_tie_goes_to_the_preferred_term(make_segments, enforcer) -> None:
    segments = make_segments([
        ("The trade union objected.", "Профессиональный союз возразил."),
        ("The trade unions agreed.", "Профсоюзы согласились."),
    ])
    assert [f.segment for f in run(segments, enforcer, "term-variant-mix")] == [1]


def test_a_short_term_inside_a_longer_one_of_the_same_concept_is_no_variant(
    make_segments, enforcer
) -> None:
    segments = make_segments([
        ("The workers' club opened.", "Рабочий клуб открылся."),
        ("The workers' clubs grew.", "Рабочие клубы росли."),
    ])
    assert run(segments, enforcer, "term-variant-mix") == []


def test_one_consistent_variant_is_no_mix(make_segments, enforcer) -> None:
    segments = make_segments([
        ("The trade union objected.", "Профессиональный союз возразил."),
        ("The trade unions agreed.", "Профессиональные союзы согласились."),
    ])
    assert run(segments, enforcer, "term-variant-mix") == []


def test_term_checks_are_skipped_without_a_termbase(make_segments) -> None:
    segments = make_segments([(SOURCE, "Что-то совсем другое.")])
    assert run_checks(segments, source_lang="en", target_lang="ru") == []


def test_a_copied_source_is_left_to_same_as_source(make_segments, enforcer) -> None:
    pairs = [("They praised local initiative.", "They praised local initiative.")]
    findings = run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                          enforcer=enforcer)
    assert [f.check for f in findings] == ["same-as-source"]
