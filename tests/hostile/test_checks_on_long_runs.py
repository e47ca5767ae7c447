"""`check` on targets of 50,000 characters built of one run (hardening, round twenty).

Three patterns of the typography checks were tried from every position of a long run and
each failed only at its end, so the work grew with the square of the run:

- a run of spaces inside a target (`ending`'s trailing marks, `(?:\\s|…)+$`): 50,000 spaces
  between two words ran for minutes (killed after 53 s of CPU);
- one token of 12,500 closing tags «</b></b>…» before a last word (`_LAST_TOKEN`, `(\\S+)\\s*$`):
  22.8 s;
- 10,000 brackets glued to words, «ключ(ключ(…» (`_glued_brackets` read the word before each
  from the text's start and quoted the rest of the text after it): 20.8 s and 2 GB, the finding's
  message alone hundreds of megabytes.

Each pattern is tried where a run begins now, and a word is read at most 100 letters back; the
findings are those of the short forms of the same texts.
"""

from __future__ import annotations

import resource
import time

import pytest

from workbench.core.checks import run_checks
from workbench.core.project import Segment

LENGTH = 50_000


def _segment(source: str, target: str) -> Segment:
    return Segment(id=1, document_id=1, position=1, source=source, target=target, status="translated",
                   confidence=None, locked=False)


CASES = {
    "spaces": ("a b", "а" + " " * (LENGTH - 2) + "б"),
    "closing-tags": ("word</b>.", "слово " + "</b>" * (LENGTH // 4 - 2) + " x"),
    "glued-brackets": ("key(s)", "ключ(" * (LENGTH // 5)),
    "spaced-hyphens": ("a b", "а - " * (LENGTH // 4)),  # each hyphen's neighbours read near it only
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_long_run_is_checked_in_a_bounded_time(case: str) -> None:
    source, target = CASES[case]
    run_checks([_segment("a b", "а б")], source_lang="en", target_lang="ru")  # the dictionaries loaded
    started = time.process_time()
    findings = run_checks([_segment(source, target)], source_lang="en", target_lang="ru")
    spent = time.process_time() - started
    assert spent < 4.0, spent
    assert sum(len(f.message) for f in findings) < 2_000_000
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000  # KB


def test_the_glued_brackets_are_still_reported() -> None:
    (finding,) = [f for f in run_checks([_segment("Find the key(s).", "Найдите ключ(ключи).")], source_lang="en",
                                        target_lang="ru") if f.check == "spacing"]
    assert finding.message == "The translation has no space before “(” in “ключ(ключи”."
