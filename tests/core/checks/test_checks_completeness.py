"""untranslated and same-as-source."""

from __future__ import annotations

from workbench.core.checks import run_checks


def run(segments, *checks: str):
    return run_checks(segments, source_lang="en", target_lang="ru", checks=checks)


def test_empty_or_blank_target_is_untranslated(make_segments) -> None:
    findings = run(make_segments([("Clubs.", ""), ("Clubs.", "   "), ("", "")]), "untranslated")
    assert [f.segment for f in findings] == [1, 2]
    assert all(f.severity == "error" for f in findings)


def test_copied_source_with_letters_is_same_as_source(make_segments) -> None:
    findings = run(
        make_segments([("The clubs were open.", "The clubs  were open."), ("1923.", "1923."),
                       ("§ 4", "§ 4"), ("Clubs.", "Клубы.")]),
        "same-as-source",
    )
    assert [f.segment for f in findings] == [1]
    assert "copied unchanged" in findings[0].message


def test_untranslated_segment_is_not_also_same_as_source(make_segments) -> None:
    findings = run(make_segments([("Clubs.", "")]), "untranslated", "same-as-source")
    assert [f.check for f in findings] == ["untranslated"]
