"""`workbench check` on real projects: a `term-missing` whose translation holds the dictionary's word
for another numbered sense of the source word, or renders a modifier by an adjective built on
the term, is info, saying why; a synonym in the term's own sense, a near synonym, a sentence that
speaks of the concept's definition and an adjective of a changed stem stay errors (issue 15,
session 28, termfix29). Sentences written for the rules by the implementer, none a pair of a
bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

EN_TERMS = (
    "id,en,ru,status,definition\n"
    'key,key,ключ,preferred,"a cryptographic key used to sign or encrypt data"\n'
    'castle,castle,замок,preferred,"a large fortified residence of a king or lord"\n'
    'steel,steel,сталь,preferred,"iron hardened with carbon; a piece of it struck on flint for sparks"\n'
    'leg,leg,нога,preferred,"the limb a person or animal stands and walks on"\n'
    'server,server,сервер,preferred,"a computer or program that provides a service to clients over a network"\n'
    'disk,disk,диск,preferred,"a storage device holding data in blocks"\n'
    'copper,copper,медь,preferred,"the reddish metal"\n'
    'account,account,учётная запись,preferred,"the record that identifies a user to a system"\n'
    'eye,eye,глаз,preferred,"the organ of sight"\n'
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], tuple[str, str]]:
    """The `term-missing` findings of a project made as a user makes one (`init`, `import --tsv`,
    `term import`), by (segment, concept)."""
    return {(f["segment"], f["concept"]): (f["severity"], f["message"])
            for f in term_findings(tmp_path, runner, pairs, EN_TERMS)}


def test_the_word_of_another_numbered_sense_says_another_sense(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Press the Tab key to move to the next field.", "Нажмите клавишу Tab, чтобы перейти к следующему полю."),
        ("Import the key before you send the message.", "Импортируйте его, прежде чем отправить сообщение."),
    ])
    severity, message = found[(1, "key")]
    assert severity == "info"
    assert "«клавиша»" in message and "“key”" in message and "another sense" in message
    # No word of another sense: the term is missing.
    assert found[(2, "key")][0] == "error"


def test_a_synonym_in_the_terms_own_sense_stays_an_error(tmp_path: Path, runner: CliRunner) -> None:
    # «дворец» stands beside «замок» in the dictionary's first sense of "castle": a synonym, not
    # another sense; «ножка» of "leg" is listed beside «нога» under "foot": a near synonym.
    found = _findings(tmp_path, runner, [
        ("The castle stood on a hill above the river.", "Дворец стоял на холме над рекой."),
        ("The little soldier stood on one leg.", "Солдатик стоял на одной ножке."),
    ])
    assert found[(1, "castle")][0] == "error"
    assert found[(2, "leg")][0] == "error"


def test_a_sentence_that_speaks_of_the_definition_stays_an_error(tmp_path: Path, runner: CliRunner) -> None:
    # «огниво» is the dictionary's fourth sense of "steel", but the sentence names the definition's
    # flint and sparks: the concept's own sense, whatever word the translator chose.
    found = _findings(tmp_path, runner, [
        ("He struck sparks from the flint with his steel.", "Он высек искры из кремня огнивом."),
        ("He kept the steel in his pocket.", "Он держал огниво в кармане."),
    ])
    assert found[(1, "steel")][0] == "error"
    assert found[(2, "steel")][0] == "info" and "«огниво»" in found[(2, "steel")][1]


def test_a_modifier_rendered_by_the_terms_adjective_says_why(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Security flaws in server software are serious.", "Уязвимости серверного ПО опасны."),
        ("The server answers every request.", "Он отвечает на каждый запрос."),
        ("There is not enough disk space left.", "Осталось мало дискового пространства."),
        ("These files represent disk drives and other storage devices.",
         "Эти файлы представляют дисковые накопители и другие устройства хранения."),
        ("She lives in a copper castle.", "Она живёт в медном замке."),
    ])
    severity, message = found[(1, "server")]
    assert severity == "info" and "«серверного»" in message and "modifies the next noun" in message
    assert found[(2, "server")][0] == "error"  # not a modifier
    assert found[(3, "disk")][0] == "info"
    # The sentence speaks of the definition's storage devices: "disk drives" are disks.
    assert found[(4, "disk")][0] == "error"
    # «медный» is not built on the whole of «медь»: the material's own adjective.
    assert found[(5, "copper")][0] == "error"


def test_a_word_inside_a_set_phrase_says_so(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Always take the old settings into account before you upgrade.",
         "Перед обновлением всегда учитывайте старые настройки."),
        ("Create an account for the new user.", "Создайте нового пользователя."),
        # The phrase's Russian («в глазах закона») holds the term: no sign of another sense.
        ("He was guilty in the eyes of the law.", "Он был виновен перед законом."),
        # Too far apart for the phrase ("take ... into account", four words at most between).
        ("Take the old settings that you wrote down last year into account.", "Учтите старые настройки."),
    ])
    severity, message = found[(1, "account")]
    assert severity == "info" and "“to take into account”" in message and "set phrase" in message
    assert found[(2, "account")][0] == "error"
    assert found[(3, "eye")][0] == "error"
    assert found[(4, "account")][0] == "error"
