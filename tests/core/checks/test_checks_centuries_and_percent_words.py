"""`number-mismatch` on centuries and percentage adjectives (session 31, read off the held-out
"figures" set's false alarms, dev data since): each pair is made up, and each rendering that
must stay silent has a wrong one beside it that must be found."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks


def flagged(make_segments, source: str, target: str) -> bool:
    segments = make_segments([(source, target)])
    return bool(run_checks(segments, source_lang="en", target_lang="ru", checks=["number-mismatch"]))


@pytest.mark.parametrize(("source", "right", "wrong"), [
    # a century's round year against its ordinal, in Roman or Arabic figures
    ("The mill has stood there since the 1700s.", "Мельница стоит там с XVIII века.",
     "Мельница стоит там с XVII века."),
    ("The mill has stood there since the 1700s.", "Мельница стоит там с 18-го века.",
     "Мельница стоит там с 19-го века."),
    # a count of centuries against its years, both ways
    ("The treaty held for three centuries.", "Договор соблюдался триста лет.",
     "Договор соблюдался двести лет."),
    ("The bridge is 200 years old.", "Мосту два столетия.", "Мосту три столетия."),
    # a percentage said as a compound adjective
    ("They found 97% agreement between the samples.", "Между образцами нашли 97-процентное совпадение.",
     "Между образцами нашли 79-процентное совпадение."),
])
def test_a_century_or_a_percentage_said_another_way(make_segments, source: str, right: str, wrong: str) -> None:
    assert not flagged(make_segments, source, right)
    assert flagged(make_segments, source, wrong)


def test_a_bare_number_for_a_percentage_is_still_found(make_segments) -> None:
    assert flagged(make_segments, "They found 97% agreement.", "Между образцами нашли 97 совпадений.")


def test_a_number_before_another_word_gains_no_century(make_segments) -> None:
    """«человек» holds «век»: five people are no five centuries."""
    assert flagged(make_segments, "The house was built 500 years ago.", "Дом построили 5 человек.")
