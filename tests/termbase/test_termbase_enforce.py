"""Enforcement per segment pair: what the checks and the TUI term panel rely on."""

from __future__ import annotations

import pytest

from termbase.enforce import Enforcer
from termbase.model import Concept, Term, TermStatus

CONCEPTS = [
    Concept(
        "prol",
        terms=(
            Term("proletarianization", "en"),
            Term("пролетаризация", "ru"),
            Term("опролетаривание", "ru", TermStatus.DEPRECATED, usage_note="calque"),
        ),
    ),
    Concept("party", terms=(Term("party", "en"), Term("партия", "ru"))),
    Concept("cp", terms=(Term("Communist Party", "en"), Term("Коммунистическая партия", "ru"))),
    Concept(
        "union",
        terms=(
            Term("trade union", "en"),
            Term("профсоюз", "ru"),
            Term("профессиональный союз", "ru", TermStatus.ADMITTED),
            Term("торговый союз", "ru", TermStatus.SUPERSEDED),
        ),
    ),
    Concept(
        "club",
        terms=(
            Term("workers' club", "en"),
            Term("рабочий клуб", "ru"),
            Term("клуб", "ru", TermStatus.DEPRECATED),
        ),
    ),
    Concept("only-en", terms=(Term("voluntarism", "en"),)),
]


@pytest.fixture(scope="module")
def enforcer() -> Enforcer:
    return Enforcer(CONCEPTS, "en", "ru")


def test_inflected_approved_term_satisfies(enforcer: Enforcer) -> None:
    result = enforcer.check(
        "The proletarianization of institutions.", "Пролетаризацией учреждений занялись."
    )
    (check,) = result.source
    assert check.concept.id == "prol"
    assert check.satisfied and not check.missing
    assert [m.text for m in check.approved] == ["Пролетаризацией"]
    assert [t.text for t in check.expected] == ["пролетаризация"]
    assert result.forbidden == () and result.missing == ()


def test_deprecated_term_instead_of_approved(enforcer: Enforcer) -> None:
    target = "Опролетаривание учреждений."
    result = enforcer.check("Proletarianization of institutions.", target)
    (check,) = result.source
    assert check.missing
    assert [(m.text, m.start, m.end) for m in check.forbidden] == [("Опролетаривание", 0, 15)]
    assert [m.term.usage_note for m in result.forbidden] == ["calque"]
    assert result.missing == (check,)


def test_admitted_term_satisfies_and_superseded_is_flagged(enforcer: Enforcer) -> None:
    ok = enforcer.check("Trade unions ran clubs.", "Профессиональные союзы вели работу.")
    assert ok.source[0].satisfied
    bad = enforcer.check("Trade unions ran clubs.", "Торговые союзы вели работу.")
    assert bad.source[0].missing
    assert [m.term.status for m in bad.forbidden] == [TermStatus.SUPERSEDED]


def test_approved_term_inside_a_longer_target_term_counts(enforcer: Enforcer) -> None:
    result = enforcer.check("The party decided.", "Коммунистическая партия решила.")
    assert [c.concept.id for c in result.source] == ["party"]
    assert result.source[0].satisfied
    assert [m.concept_id for m in result.target] == ["cp"]


def test_source_longest_match(enforcer: Enforcer) -> None:
    result = enforcer.check("The Communist Party decided.", "Партия решила.")
    assert [c.concept.id for c in result.source] == ["cp"]
    assert result.source[0].missing


def test_deprecated_term_inside_an_approved_one_is_not_flagged(enforcer: Enforcer) -> None:
    result = enforcer.check("Workers' clubs opened.", "Открылись рабочие клубы.")
    assert result.source[0].satisfied
    assert result.forbidden == ()
    bare = enforcer.check("Workers' clubs opened.", "Открылись клубы.")
    assert bare.source[0].missing
    assert [m.text for m in bare.forbidden] == ["клубы"]


def test_forbidden_target_terms_are_reported_without_a_source_term(enforcer: Enforcer) -> None:
    result = enforcer.check("Nothing relevant.", "Опролетаривание.")
    assert result.source == ()
    assert [m.concept_id for m in result.forbidden] == ["prol"]


def test_concept_without_target_terms_is_never_missing(enforcer: Enforcer) -> None:
    result = enforcer.check("Voluntarism reigned.", "Царил произвол.")
    assert result.source[0].satisfied and result.missing == ()


def test_empty_target(enforcer: Enforcer) -> None:
    result = enforcer.check("Trade unions.", "")
    assert result.source[0].missing and result.target == ()


def test_each_source_occurrence_is_checked(enforcer: Enforcer) -> None:
    result = enforcer.check("The party and the party.", "Партия.")
    assert len(result.source) == 2
    assert all(c.satisfied for c in result.source)
    assert enforcer.concept("party").id == "party"
    with pytest.raises(KeyError):
        enforcer.concept("nope")


def test_duplicate_ids_first_wins() -> None:
    first = Concept("x", terms=(Term("club", "en"), Term("клуб", "ru")))
    second = Concept("x", terms=(Term("union", "en"), Term("союз", "ru")))
    enforcer = Enforcer([first, second], "en", "ru")
    assert enforcer.check("union", "союз").source == ()
    assert enforcer.concepts == [first]


SWALLOW = Concept("swallow", terms=(Term("swallow", "en"), Term("ласточка", "ru")))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("One night there flew over the city a little Swallow.", "Как-то ночью пролетала тем городом Ласточка."),
        ('"I am waited for in Egypt," said the Swallow.', "— Меня ждут в Египте, — ответила Ласточка."),
        ("So the Swallow picked out the great ruby.", "И вот Ласточка выклевала крупный рубин."),
    ],
)
def test_a_term_the_source_capitalises_is_rendered_by_the_capitalised_target_term(source: str, target: str) -> None:
    """A being the source names with a capital («the Swallow» of Wilde's tale) its translation
    names with one too: the grammar's reading of a capitalised common noun inside a sentence as
    a name («седая Ласка») must not make the term missing."""
    result = Enforcer([SWALLOW], "en", "ru").check(source, target)
    assert result.unmet == frozenset() and result.missing == ()
    assert [check.satisfied for check in result.source] == [True]
    assert [rendering.term.text for rendering in result.renderings()] == ["ласточка"]


def test_a_capitalised_target_word_renders_nothing_for_a_term_the_source_writes_in_small_letters() -> None:
    """Only the source's own capital vouches for the target's: a name in the target alone
    («городом Ласточка» for "a little swallow") is still read as a name."""
    result = Enforcer([SWALLOW], "en", "ru").check(
        "One night there flew over the city a little swallow.", "Как-то ночью пролетала тем городом Ласточка."
    )
    assert result.unmet == frozenset({"swallow"})


LITERALS = Enforcer(
    [Concept("cache", terms=(Term("cache", "en"), Term("кэш", "ru"))),
     Concept("host", terms=(Term("host", "en"), Term("узел", "ru")))],
    "en", "ru",
)


@pytest.mark.parametrize(
    ("source", "target", "unmet"),
    [
        # a word of a program's name, a path or an address the target copies whole: no use of the term
        # (termheld18's set: "apt-cache", "/etc/hosts", "/var/cache/munin/www/" raised term-missing)
        ("6.3. The apt-cache Command", "6.3. Команда apt-cache", set()),
        ("See the /etc/hosts file.", "Смотрите файл «/etc/hosts».", set()),
        ("Pages in /var/cache/munin/www/ are served.", "Страницы в /var/cache/munin/www/ доступны.", set()),
        # the literal not copied as it is, or the term used besides it: still reported
        ("Run apt-cache now.", "Запустите команду сейчас.", {"cache"}),
        ("The cache of apt-cache is full.", "Команда apt-cache переполнена.", {"cache"}),
        ("Clear the cache.", "Очистите буфер.", {"cache"}),
    ],
)
def test_a_term_inside_a_copied_literal_is_no_use_of_it(source: str, target: str, unmet: set[str]) -> None:
    assert set(LITERALS.check(source, target).unmet) == unmet


ASIDE_CONCEPTS = [
    Concept("pk", terms=(Term("private key", "en"), Term("закрытый ключ", "ru"))),
    *CONCEPTS,
]


@pytest.mark.parametrize(
    ("source", "target", "unmet"),
    [
        # A synonym glossed inside the term: its words agree across the aside.
        ("Reading the private key failed.", "Ошибка чтения закрытого (личного) ключа.", set()),
        ("The workers' club opened.", "Открылся рабочий (заводской) клуб.", set()),
        ("We met at the workers' club.", "Мы встретились в рабочем (заводском, нашем) клубе.", set()),
        # Words that do not agree once the aside is read away are still no rendering.
        ("The workers' club opened.", "Открылся рабочих (заводской) клуб.", {"club"}),
        # A year or a count in brackets is no gloss; an aside after the last word joins nothing.
        ("Reading the private key failed.", "Ошибка чтения закрытого (1998) ключа.", {"pk"}),
        ("Reading the private key failed.", "Ошибка чтения ключа (закрытого).", {"pk"}),
    ],
)
def test_a_term_split_by_an_aside_in_brackets_is_rendered(source: str, target: str, unmet: set[str]) -> None:
    enforcer = Enforcer(ASIDE_CONCEPTS, "en", "ru")
    assert set(enforcer.check(source, target).unmet) == unmet
    assert set(enforcer.check_many([(source, target)])[0].unmet) == unmet
