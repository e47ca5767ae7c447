"""`workbench check` `term-missing` where the translation keeps the term's own word in another part
of speech: an English noun's own form read as a verb or an adjective ("to log" for «в лог», "the
variable value" for «значение переменной»), and a Russian term that is an adjective used as a
noun written with its noun («наличные деньги» for "cash") (issue termfix38, session 39). Sentences
written for the rules by the implementer, none a pair of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

RU_EN_TERMS = (
    "id,ru,en,status,pos,definition\n"
    "log,лог,log,preferred,noun,a file where a server records what it did\n"
    "variable,переменная,variable,preferred,noun,a named value substituted at run time\n"
)
EN_RU_TERMS = (
    "id,en,ru,status,pos,definition\n"
    "cash,cash,наличные,preferred,noun,money in coins or notes\n"
)


def test_an_english_nouns_own_form_as_a_verb_or_adjective_renders_it(tmp_path: Path, runner: CliRunner) -> None:
    found = {(f["segment"], f["concept"]): f["severity"] for f in term_findings(tmp_path, runner, [
        ("Эта переменная позволяет записывать в лог размер ответа.", "This variable makes it possible to log the size of a response."),
        ("Если значение переменной не найдено, пишется дефис.", "If the variable value is not found, a hyphen is written."),
        # The verb's own form ("logged"), and a word of its own: still missing.
        ("Ошибки записываются в лог.", "Errors are logged."),
        ("Если значение переменной не найдено, пишется дефис.", "If the value is not found, a hyphen is written."),
    ], RU_EN_TERMS, "term-missing", languages=("ru", "en"))}
    assert (1, "log") not in found
    assert (2, "variable") not in found
    assert found[(3, "log")] == "error"
    assert found[(4, "variable")] == "error"


def test_a_russian_adjective_term_with_its_noun_renders_it(tmp_path: Path, runner: CliRunner) -> None:
    found = {(f["segment"], f["concept"]): f["severity"] for f in term_findings(tmp_path, runner, [
        ("It is like cash for the Internet.", "Это как наличные деньги для интернета."),
        ("It is like cash for the Internet.", "Это как деньги для интернета."),
    ], EN_RU_TERMS, "term-missing", languages=("en", "ru"))}
    assert (1, "cash") not in found
    assert found[(2, "cash")] == "error"
