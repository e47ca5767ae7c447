"""The runner: selection, project settings, severities, stored findings, ordering."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.core.checks import REGISTRY, Finding, at_or_above, parse_check_ids, run_checks
from workbench.core.checks.base import accepted_key
from workbench.core.checks.config import ChecksConfig
from workbench.core.project.model import StoredFinding
from workbench.errors import InputError

PAIRS = [
    ("By 1923 the clubs grew.", "К 1925 году клубы  выросли."),  # number + whitespace
    ("Why?", ""),  # untranslated
]


def run(segments, **kwargs) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", **kwargs)


def test_every_check_id_is_registered_once_in_kebab_case() -> None:
    assert len(REGISTRY) == 23
    assert all(cid == cid.lower() and " " not in cid for cid in REGISTRY)
    assert {spec.default_severity for spec in REGISTRY.values()} <= {"error", "warning", "info"}
    assert {c for c, spec in REGISTRY.items() if spec.project_wide} == {
        "term-variant-mix", "inconsistent-target", "inconsistent-source", "length-ratio"
    }


def test_findings_come_in_project_order_with_segment_ids(make_segments) -> None:
    findings = run(make_segments(PAIRS))
    assert [(f.segment, f.check) for f in findings] == [
        (1, "number-mismatch"), (1, "whitespace"), (2, "untranslated")
    ]
    assert [f.segment_id for f in findings] == [101, 101, 102]


def test_checks_narrow_the_run(make_segments) -> None:
    assert [f.check for f in run(make_segments(PAIRS), checks=["whitespace"])] == ["whitespace"]


def test_unknown_check_ids_are_bad_usage(make_segments) -> None:
    with pytest.raises(InputError, match="unknown check"):
        run(make_segments(PAIRS), checks=["grammar"])
    with pytest.raises(InputError, match="unknown check nonsense"):
        parse_check_ids("whitespace,nonsense")


def test_family_names_stand_for_their_checks() -> None:
    assert parse_check_ids("typography") == {
        "punctuation-end", "quote-style", "whitespace", "spacing", "unpaired", "repeated-word",
        "capitalisation",
    }
    assert parse_check_ids(" numbers , untranslated ") == {"number-mismatch", "untranslated"}


def test_project_settings_switch_checks_off_and_change_severity(make_segments) -> None:
    config = ChecksConfig.from_mapping({
        "whitespace": {"enabled": False},
        "number-mismatch": {"severity": "warning"},
        "completeness": {"enabled": False},
    })
    findings = run(make_segments(PAIRS), config=config)
    assert [(f.check, f.severity) for f in findings] == [("number-mismatch", "warning")]


def test_a_check_setting_beats_its_family_setting(make_segments) -> None:
    config = ChecksConfig.from_mapping({
        "typography": {"enabled": False}, "whitespace": {"enabled": True}
    })
    assert config.enabled() >= {"whitespace"}
    assert not config.is_enabled("quote-style")


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        ({"grammar": {}}, "unknown check"),
        ({"whitespace": {"enabled": "no"}}, "true or false"),
        ({"whitespace": {"severity": "fatal"}}, "must be one of"),
        ({"whitespace": {"colour": 1}}, "unknown setting"),
        ({"length-ratio": {"threshold": -1}}, "non-negative"),
        ({"whitespace": 3}, "must be a table"),
    ],
)
def test_bad_project_settings_are_refused_in_one_line(mapping, words: str) -> None:
    with pytest.raises(InputError, match=words):
        ChecksConfig.from_mapping(mapping)


def test_accepted_findings_are_dropped_while_the_text_is_unchanged(make_segments) -> None:
    segments = make_segments(PAIRS)
    [number] = run(segments, checks=["number-mismatch"])
    accepted = {accepted_key(number, segments[0])}
    assert run(segments, checks=["number-mismatch"], accepted=accepted) == []
    edited = [replace(segments[0], target="К 1926 году клубы выросли.")]
    assert len(run(edited, checks=["number-mismatch"], accepted=accepted)) == 1


def test_stored_findings_are_reported_through_the_same_channel(make_segments) -> None:
    [segment] = make_segments([("In no WtXsaccountable way.", "Ни в коей мере.")])
    segment = replace(segment, findings=(
        StoredFinding("ocr-suspect", "warning", "source", 6, 21, "suspected OCR garbage", "way"),
        StoredFinding("alignment-low-confidence", "info", "source", 0, 26, "the aligner is unsure"),
    ))
    findings = run([segment], checks=["ocr-suspect", "alignment-low-confidence"])
    assert [(f.check, f.severity, f.source_spans) for f in findings] == [
        ("ocr-suspect", "warning", ((6, 21),)),
        ("alignment-low-confidence", "info", ((0, 26),)),
    ]
    assert findings[0].message == "Suspected OCR garbage (perhaps “way”)."


def test_progress_reaches_its_total(make_segments) -> None:
    seen: list[tuple[int, int]] = []
    run(make_segments(PAIRS * 3), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_fail_on_threshold() -> None:
    findings = [Finding(1, "whitespace", "info", "x"), Finding(2, "quote-style", "warning", "y")]
    assert [f.segment for f in at_or_above(findings, "warning")] == [2]
    assert list(at_or_above(findings, "error")) == []
    assert len(list(at_or_above(findings, "info"))) == 2


def test_placing_a_finding_keeps_every_other_field() -> None:
    from dataclasses import fields

    from workbench.wording import phrase

    said = phrase("{n} apples", n=3)
    finding = Finding(7, "spelling", "warning", "3 apples", "c1", ((0, 1),), ((2, 3),), None, said)
    # A field added to Finding must be carried by `placed` too: this list then needs it.
    assert [f.name for f in fields(Finding)] == [
        "segment", "check", "severity", "message", "concept", "source_spans", "target_spans",
        "segment_id", "wording",
    ]
    placed = finding.placed("error", 42)
    assert placed == replace(finding, severity="error", segment_id=42)
    assert placed.wording is said
