"""The QA accuracy bench scores what it says: a case's own findings, among its neighbours,
and pofilter's comparable tests under our check ids."""

from __future__ import annotations

from bench.bench_qa_accuracy import Case, evaluate, evaluate_pofilter
from termbase.enforce import Enforcer


def test_a_case_is_checked_among_its_neighbours_and_only_its_findings_count() -> None:
    enforcer = Enforcer([], "en", "ru")
    opened = Case("He thought it.", "Он подумал: «Как глупо.", None, "real pair",
                  after=(("Yes.", "Да.»"),))
    alone = Case("He thought it.", "Он подумал: «Как глупо.", "unpaired", "closing dropped")
    noisy_neighbour = Case("It ended.", "Оно закончилось.", None, "real pair",
                           before=(("In the house.", "В в доме."),))
    counts = evaluate([opened, alone, noisy_neighbour], enforcer)
    assert counts["unpaired"] == {"positives": 1, "tp": 1}
    assert counts["repeated-word"]["fp"] == 0  # the neighbour's «в в» is not the case's


def test_pofilter_is_scored_under_our_check_ids() -> None:
    cases = [Case("They met.", "Они встретились?", "punctuation-end", "a question"),
             Case("They met.", "Они встретились.", None, "real pair")]
    counts = evaluate_pofilter(cases)
    assert counts is not None
    assert counts["punctuation-end"] == {"positives": 1, "tp": 1}


def test_a_case_labelled_with_several_checks_counts_for_each() -> None:
    """A held-out case may carry more than one error (an English clause left in brings its
    “ ” along): each labelled check that reports it scores a true positive, none a false one."""
    enforcer = Enforcer([], "en", "ru")
    case = Case("He said “yes” to it, and left.", "Он сказал «да», and left “now”.",
                "untranslated-fragment", "clause left in English", also=frozenset({"quote-style"}))
    counts = evaluate([case], enforcer)
    assert counts["untranslated-fragment"] == {"positives": 1, "tp": 1}
    assert counts["quote-style"] == {"positives": 1, "tp": 1}


def test_the_manual_pages_reader_reads_paragraphs_as_man_shows_them() -> None:
    """A roff page's paragraphs: fonts dropped, alternating-font arguments joined, a .TP tag a
    block of its own, code left out, named characters written out, an unknown escape marked."""
    from bench.qa_manpages import _UNKNOWN, blocks

    page = "\n".join([
        '.TH epoll 7 2023-02-05 "Linux man-pages 6.03"',
        ".SH DESCRIPTION",
        "The",
        ".B epoll",
        "API is like",
        ".BR poll (2):",
        "it waits\\[em]see \\fIbelow\\fP.",
        ".TP",
        ".B EPOLLET",
        "Edge\\-triggered mode.",
        ".EX",
        "int fd = epoll_create1(0);",
        ".EE",
        ".PP",
        "Odd \\*(Zz escape.",
    ])
    assert blocks(page) == [
        ("SH", "DESCRIPTION"),
        ("after-SH", "The epoll API is like poll(2): it waits—see below."),
        ("TP-tag", "EPOLLET"),
        ("TP", "Edge-triggered mode."),
        ("PP", f"Odd {_UNKNOWN}(Zz escape."),
    ]
