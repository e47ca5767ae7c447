"""`workbench check` `term-missing` on real projects (issue 15, session 44, termfix44): an English
term as the last part of a hyphenated compound is no use of the concept where the compound
modifies the next noun ("an out-of-court settlement", «внесудебное урегулирование»; "first-party
cookies", «собственные файлы cookie») or where "non-" opens it ("non-personal information": what
the concept is not). The finding becomes `info`, saying why; the same word standing alone, or
heading a compound that names the thing itself, still asks for the term. Sentences written for
the rule by the implementer, none a pair of a bench set; the first test fails on main."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

TERMS = (
    "id,en,ru,status,pos,definition\n"
    "court,court,суд,preferred,noun,a body of the state that decides legal disputes\n"
    "party,party,сторона,preferred,noun,a person or body bound by an agreement\n"
    "personal-data,personal data,персональные данные,preferred,noun,information about an identifiable person\n"
)


def _missing(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of the `term-missing` findings of an EN → RU project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, TERMS, "term-missing")}


def test_a_term_heading_a_modifier_compound_or_after_non_is_no_use_of_it(tmp_path: Path,
                                                                        runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        ("You may use an out-of-court settlement procedure.", "Вы можете использовать процедуру внесудебного урегулирования."),
        ("We also set first-party cookies.", "Мы также устанавливаем собственные файлы cookie."),
        ("Such records are non-personal data.", "Такие записи не являются сведениями о личности."),
        ("A two-party contract binds them.", "Их связывает двусторонний договор."),
    ])
    assert found == {(1, "court"): "info", (2, "party"): "info", (3, "personal-data"): "info",
                     (4, "party"): "info"}


def test_the_word_alone_or_heading_a_compound_noun_still_asks_for_the_term(tmp_path: Path,
                                                                           runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        ("The court rejected the claim.", "Инстанция отклонила иск."),
        # The compound is the last word of its phrase: a kind of party, the concept's thing.
        ("Each counter-party signed.", "Каждый контрагент подписал."),
        # "non" alone, with no hyphen, is no part of a compound.
        ("The non personal data stays.", "Остальные сведения остаются."),
    ])
    assert found == {(1, "court"): "error", (2, "party"): "error", (3, "personal-data"): "error"}
