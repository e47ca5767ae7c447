"""Long runs read once (hardening, round 34): a copied run of digit groups and a glued comma far
into a long target keep their findings; `bench hostile_round34` measures the time (a run of
40,000 digits in groups was matched whole at each group, and each glued «;» of a megabyte target
of «&amp;quot;привет» read the whole target before it: both quadratic)."""

from __future__ import annotations

from workbench.core.checks import run_checks


def checked(make_segments, source: str, target: str, check: str) -> list[str]:
    return [f.message for f in run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                                          checks=[check])]


def test_a_copied_run_of_digit_groups_is_one_number(make_segments) -> None:
    run = " ".join(["123"] * 3_000)
    assert checked(make_segments, f"Total {run}.", f"Итого {run}.", "number-mismatch") == []
    changed = checked(make_segments, f"Total {run}.", f"Итого {run[:-1]}4.", "number-mismatch")
    assert len(changed) == 1


def test_groups_after_a_double_space_or_a_decimal_are_no_longer_one_number(make_segments) -> None:
    # a group lead is read as the run grows: two spaces, or a decimal part, end it
    assert checked(make_segments, "Pay 1 234  567 now.", "Заплатите 1 234  567 сейчас.", "number-mismatch") == []
    assert checked(make_segments, "Pay 1 234,5 678 now.", "Заплатите 1 234,5 678 сейчас.", "number-mismatch") == []
    assert len(checked(make_segments, "Pay 1 234  567 now.", "Заплатите 1 234 567 сейчас.", "number-mismatch")) == 1


def test_a_glued_comma_far_into_a_long_target_is_quoted_with_its_word(make_segments) -> None:
    filler = "Он сказал &amp;quot;привет&amp;quot; " * 20_000
    found = checked(make_segments, "He said hi, then left.", f"{filler}Он сказал привет,потом ушёл.", "spacing")
    assert any("“привет,потом”" in message for message in found), found
