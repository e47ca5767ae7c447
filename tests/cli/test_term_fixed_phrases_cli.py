"""`workbench check` on real projects: a `term-missing` whose source word stands in a fixed phrase
that carries no concept ("in order to", "brought to light"), or in a phrase the concept's
definition excludes by quoting it ('not "a variety of"'), or whose translation has the
dictionary's word for another sense in a form that drops a vowel («корня» of «корень»), is info,
saying why; the concept's own uses stay errors (issue 15, session 31, termfix32). Sentences
written for the rules by the implementer, none a pair of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

EN_TERMS = (
    "id,en,ru,status,pos,definition\n"
    'order,order,отряд,preferred,noun,"the rank of classification between class and family"\n'
    'light,light,свет,preferred,noun,"electromagnetic radiation that the eye sees"\n'
    'variety,variety,разновидность,preferred,noun,"a subdivision of a species (not ""a variety of"", an assortment)"\n'
    'lens,lens,линза,preferred,noun,"a piece of glass that bends light (not ""in the lens of"")"\n'
    'root,root,суперпользователь,preferred,noun,"the administrator account of a Unix system"\n'
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], tuple[str, str]]:
    """The `term-missing` findings of a project made as a user makes one (`init`, `import --tsv`,
    `term import`), by (segment, concept)."""
    return {(f["segment"], f["concept"]): (f["severity"], f["message"])
            for f in term_findings(tmp_path, runner, pairs, EN_TERMS)}


def test_a_set_phrase_whose_to_is_a_preposition_not_an_infinitive(tmp_path: Path, runner: CliRunner) -> None:
    # The dictionary's "in order to" and "to bring to light": only the leading "to" of a verb's
    # phrase is left to the text; the other is a word of the phrase, and with it the phrase has
    # enough words to be told from a chance neighbour.
    found = _findings(tmp_path, runner, [
        ("Ants work hard in order to feed the colony.", "Муравьи усердно трудятся, чтобы прокормить колонию."),
        ("New facts were brought to light last year.", "В прошлом году были выявлены новые факты."),
        ("Beetles form the largest order of insects.", "Жуки составляют самую большую группу насекомых."),
        ("The light was too bright for the owls.", "Сияние было слишком ярким для сов."),
    ])
    severity, message = found[(1, "order")]
    assert severity == "info" and "“in order to”" in message and "set phrase" in message
    severity, message = found[(2, "light")]
    assert severity == "info" and "“to bring to light”" in message
    # The concept's own uses.
    assert found[(3, "order")][0] == "error"
    assert found[(4, "light")][0] == "error"


def test_a_phrase_the_definition_excludes_by_quoting_it(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("The market sells a wide variety of spices.", "На рынке продают самые разные пряности."),
        ("They exhibit an astonishing variety of colours.", "Они поражают разнообразием красок."),
        ("Read the text in the lens of history.", "Читайте текст с точки зрения истории."),
        ("This variety of wheat ripens early.", "Этот злак созревает рано."),
        ("The lens of the camera cracked.", "Стекло камеры треснуло."),
    ])
    for segment, concept, quoted in ((1, "variety", "“a variety of”"), (2, "variety", "“a variety of”"),
                                     (3, "lens", "“in the lens of”")):
        severity, message = found[(segment, concept)]
        assert severity == "info" and quoted in message and "definition excludes" in message
    # Without the quoted article the phrase is the concept's own ("this variety of wheat"), and
    # a word of the phrase alone is no phrase.
    assert found[(4, "variety")][0] == "error"
    assert found[(5, "lens")][0] == "error"


def test_another_sense_in_a_form_that_drops_a_vowel(tmp_path: Path, runner: CliRunner) -> None:
    # «корень» is in no form but the first spelt «коре-»: the dictionary's word for root's everyday
    # sense is found in «корня» as in «корень», where the concept's term is no sense of the entry.
    found = _findings(tmp_path, runner, [
        ("The old oak died from its root.", "Старый дуб погиб от корня."),
        ("Log in as root to change it.", "Войдите как администратор, чтобы изменить это."),
    ])
    severity, message = found[(1, "root")]
    assert severity == "info" and "«корень»" in message
    assert found[(2, "root")][0] == "error"
