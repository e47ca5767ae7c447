"""`tag-mismatch` on ICU plural and select messages: Russian's added branches repeat the source's codes (usersweep25)."""

from __future__ import annotations

from workbench.core.checks import run_checks

# autowp's Angular file: English one/other, Russian one/few/other, each branch with the count's
# `<x id="INTERPOLATION"/>`, numbered by occurrence on import.
PLURAL = "{VAR_PLURAL, plural, one {⟦1/⟧ vehicle} other {⟦2/⟧ vehicles}}"


def tag_findings(make_segments, *pairs: tuple[str, str]) -> list[tuple[int, str]]:
    findings = run_checks(make_segments(list(pairs)), source_lang="en", target_lang="ru", checks=("tag-mismatch",))
    return [(f.segment, f.message) for f in findings]


def test_the_branches_a_language_adds_repeat_the_sources_codes(make_segments) -> None:
    assert tag_findings(
        make_segments,
        (PLURAL, "{VAR_PLURAL, plural, one {⟦1/⟧ автомобиль} few {⟦2/⟧ автомобиля} other {⟦3/⟧ автомобилей }}"),
        ("{n, plural, =0 {no ⟦1⟧files⟦/1⟧} other {# ⟦2⟧files⟦/2⟧}}",
         "{n, plural, =0 {нет ⟦1⟧файлов⟦/1⟧} one {# ⟦2⟧файл⟦/2⟧} few {# ⟦3⟧файла⟦/3⟧} many {# ⟦4⟧файлов⟦/4⟧} "
         "other {# ⟦5⟧файла⟦/5⟧}}"),
        ("{gender, select, male {⟦1/⟧ his} other {⟦2/⟧ their}}",
         "{gender, select, male {⟦1/⟧ его} female {⟦2/⟧ её} other {⟦3/⟧ их}}"),
    ) == []


def test_a_branch_without_its_code_or_with_one_more_is_still_reported(make_segments) -> None:
    found = tag_findings(
        make_segments,
        (PLURAL, "{VAR_PLURAL, plural, one {⟦1/⟧ автомобиль} few {⟦2/⟧ автомобиля} other {автомобилей ⟦3/⟧ ⟦4/⟧}}"),
        (PLURAL, "{VAR_PLURAL, plural, one {автомобиль} few {⟦1/⟧ автомобиля} other {⟦2/⟧ ⟦3/⟧ автомобилей}}"),
        (PLURAL, "{VAR_PLURAL, plural, one {⟦1/⟧ автомобиль} few {⟦2/⟧ автомобиля} other {⟦3/⟧ автомобилей}"),
        # Not a message with branches: a code written twice is one too many, as before.
        ("Slide ⟦1/⟧ of ⟦2/⟧", "Слайд ⟦1/⟧ из ⟦2/⟧ ⟦3/⟧"),
    )
    assert [segment for segment, _message in found] == [1, 2, 3, 4]
    assert all("extra" in message for _segment, message in found)
