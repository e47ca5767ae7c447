"""The QA accuracy bench scores what it says: a case's own findings, among its neighbours,
and pofilter's comparable tests under our check ids."""

from __future__ import annotations

from bench.bench_qa_accuracy import Case, RealPair, evaluate, evaluate_pofilter, make_cases
from termbase.enforce import Enforcer
from termbase.model import Concept, Term


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


def _real_pairs() -> list[RealPair]:
    """Made-up 1-1 pairs of every shape the synthetic errors draw from, some after a lead-in."""
    lead_in = (("The club had three rooms:", "В клубе было три комнаты:"),)
    shapes = [("The club always opened at noon.", "Клуб всегда открывался в полдень.", ()),
              ("The workers' club (the «Red Star») opened.", "Рабочий клуб («Красная звезда») открылся.", ()),
              ("See https://example.org/club.", "См. https://example.org/club.", ()),
              ("A reading room for the workers of the plant.", "читальня для рабочих завода;", lead_in)]
    return [RealPair(source.replace("club", f"club {n}"), target, before, ())
            for n in range(40) for source, target, before in shapes]


def test_the_synthetic_errors_do_not_depend_on_what_the_matcher_finds() -> None:
    """How many term pairs a termbase finds must not move the other kinds' random draws: a
    matcher's change once changed which pairs every later kind was drawn from."""
    club = Concept("c1", terms=(Term("club", "en"), Term("клуб", "ru")))
    with_terms = make_cases(_real_pairs(), Enforcer([club], "en", "ru"))
    without = make_cases(_real_pairs(), Enforcer([], "en", "ru"))
    assert any(c.check == "term-missing" for c in with_terms)
    assert ([c for c in with_terms if not c.note.startswith(("term ", "a term"))]
            == [c for c in without if not c.note.startswith(("term ", "a term"))])


def test_the_synthetic_errors_are_errors_of_their_kind_only() -> None:
    """An English word put in keeps the marks around the word it replaces (no unpaired «»);
    no small first letter is made where Russian writes one (an item after a lead-in's colon);
    no space is lost after an address (it would change the address too)."""
    cases = make_cases(_real_pairs(), Enforcer([], "en", "ru"))
    for case in cases:
        if case.note == "an English word left in":
            assert case.target.count("«") == case.target.count("»")
            assert case.target.count("(") == case.target.count(")")
        if case.note == "first letter lowered":
            assert not case.before
        if case.note == "space lost":
            assert "https://" not in case.target
    assert {c.note for c in cases} >= {"an English word left in", "first letter lowered", "space lost"}


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
