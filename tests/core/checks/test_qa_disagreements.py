"""`python -m bench.qa_disagreements` lists the cases of a QA set whose findings differ from
their labels, scored as the accuracy bench scores them: its false alarms and misses are the
ones the bench counts, and nothing else is listed."""

from __future__ import annotations

import pytest

from bench import qa_disagreements
from bench.bench_qa_accuracy import Case, evaluate, frozen_sets
from bench.qa_heldout import HeldOutCase
from termbase.enforce import Enforcer
from workbench.core.checks.config import ChecksConfig

CASES = [
    Case("They met in the house.", "Они встретились в в доме.", None, "real pair"),  # a false alarm
    Case("They met in the house.", "Они встретились в доме", "punctuation-end", "stop lost"),  # found
    Case("They met «here».", "Они встретились \"здесь\".", "quote-style", "straight quotes",
         also=frozenset({"repeated-word"})),  # the quotes found, the doubled word missed
    Case("They met in the house.", "Они встретились в доме.", None, "real pair"),  # silent, as it should
]


def test_each_false_alarm_and_miss_is_listed_as_the_bench_counts_it() -> None:
    enforcer = Enforcer([], "en", "ru")
    found = list(qa_disagreements.disagreements(CASES, enforcer))
    assert [(d.number, d.false_alarms, d.misses) for d in found] == [
        (1, ("repeated-word",), ()), (3, (), ("repeated-word",))]
    counts = evaluate(CASES, enforcer)
    assert sum(c["fp"] for c in counts.values()) == sum(len(d.false_alarms) for d in found)
    assert sum(c["positives"] - c["tp"] for c in counts.values()) == sum(len(d.misses) for d in found)
    assert [d.number for d in qa_disagreements.disagreements(CASES, enforcer, "quote-style")] == []


def test_a_frozen_set_is_read_by_its_label_and_its_cases_printed(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    frozen = [HeldOutCase(c.source, c.target, frozenset({c.check, *c.also} - {None}), c.note, (), (), True,
                          f"made-up/page#{n}") for n, c in enumerate(CASES)]
    monkeypatch.setattr(qa_disagreements, "FROZEN_SETS", (("dev-made-up", "Made up", lambda: frozen),))
    monkeypatch.setattr(qa_disagreements, "house_style", lambda label: ChecksConfig())  # declares no list style
    assert qa_disagreements.main(["dev-made-up", "--check", "repeated-word"]) == 0
    out = capsys.readouterr().out
    assert "#1 made-up/page#0  [real pair]" in out and "false alarm: repeated-word" in out
    assert "#3 made-up/page#2" in out and "missed:   repeated-word" in out and "labels:   quote-style, repeated-word" in out
    assert "finding:  repeated-word: A word is written twice in a row: «в в»." in out
    assert out.rstrip().endswith("dev-made-up: 4 cases, 1 false alarms, 1 misses")


def test_an_unknown_set_or_check_is_one_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["dev-nowhere"], ["dev-gimp", "--check", "nothing"]):
        with pytest.raises(SystemExit) as stopped:
            qa_disagreements.main(argv)
        assert stopped.value.code == 2
    errors = capsys.readouterr().err
    assert "no set 'dev-nowhere'; one of: dev, dev-debian" in errors
    assert "no scored check 'nothing'" in errors


def test_a_frozen_set_that_cannot_load_leaves_the_next_ones_in_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The first set whose mirror or packages were absent ended the table there, unsaid."""
    frozen = [HeldOutCase(c.source, c.target, frozenset({c.check, *c.also} - {None}), c.note, (), (), True,
                          f"made-up/page#{n}") for n, c in enumerate(CASES)]

    def absent() -> list[HeldOutCase]:
        raise OSError("no mirror of someone/works")

    loaders = (("dev-absent", "Absent", absent), ("dev-made-up", "Made up", lambda: frozen))
    assert [(label, len(cases)) for label, cases in frozen_sets(loaders)] == [("dev-made-up", len(CASES))]
    assert "Absent set skipped: no mirror of someone/works" in capsys.readouterr().err


def test_every_frozen_set_declares_the_list_convention_its_labels_follow() -> None:
    """A set scored silently by the default would hide which convention its labels follow (house
    rule D2): every set the bench scores declares one the project knows."""
    from bench.bench_qa_accuracy import BUILT_SETS, FROZEN_SETS, declared_list_items
    from workbench.core.project.store import LIST_ITEM_CONVENTIONS

    labels = [*BUILT_SETS, *(label for label, _, _ in FROZEN_SETS)]
    assert {declared_list_items(label) for label in labels} <= set(LIST_ITEM_CONVENTIONS)
