"""`workbench check` on real projects: a term only inside a cited title or a reference entry is no
term of the text (`term-missing` and `term-forbidden` are info, saying so); Russian forms of star
and cluster names pymorphy3's dictionary lacks or will not decline («Гиад», «Арктурусу») are the
term's; a source word whose concept's sense the bundled dictionary lacks, rendered by a word of a
sense it has, is another sense (issue 15, session 29, termfix30). Sentences written for the rules
by the implementer, none a pair of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

SKY_TERMS = (
    "id,en,ru,status,pos,definition\n"
    'mansion,lunar mansion,лунная стоянка,preferred,noun,"one of the 27 or 28 parts of the Moon\'s monthly path"\n'
    'mansion,lunar mansion,лунный особняк,deprecated,noun,"one of the 27 or 28 parts of the Moon\'s monthly path"\n'
    'milky-way,Milky Way,Млечный Путь,preferred,proper noun,"the band of light of our galaxy across the sky"\n'
    'hyades,Hyades,Гиады,preferred,proper noun,"the open star cluster around Aldebaran"\n'
    'arcturus,Arcturus,Арктур,preferred,proper noun,"the brightest star of Bootes"\n'
    'arcturus,Arcturus,Арктурус,deprecated,proper noun,"the brightest star of Bootes"\n'
    'leo,Leo,Лев,preferred,proper noun,"the zodiac constellation of the lion"\n'
    'orion,Orion,Орион,preferred,proper noun,"the hunter constellation on the celestial equator"\n'
    'root,root,суперпользователь,preferred,noun,"the administrator account of a Unix machine"\n'
    'flake,flake,снежинка,preferred,noun,"one crystal of falling snow"\n'
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]],
              checks: str = "term-missing,term-forbidden") -> dict[tuple[int, str, str], tuple[str, str]]:
    """The term findings of a project made as a user makes one, by (segment, check, concept)."""
    return {(f["segment"], f["check"], f["concept"]): (f["severity"], f["message"])
            for f in term_findings(tmp_path, runner, pairs, SKY_TERMS, checks)}


def test_a_term_inside_a_reference_entry_or_a_cited_title_is_info(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # a bibliography line: an author surname first, a year, the title, a publisher, pages
        ("Holm, Anna 1998. Legends of the Milky Way. Harvard University Press, pp. 41-77.",
         "Holm, Anna 1998. Legends of the Milky Way. Harvard University Press, стр. 41-77."),
        # a title in quotes after "the book", and a title-cased title in emphasis
        ("She drew the figures from the book “The Milky Way in Folk Songs” and kept its spelling.",
         "Фигуры она взяла из книги «Песни о звёздной дороге» и сохранила их написание."),
        ("Our thanks go to the authors of _Star Lore of the Milky Way and Its Neighbours_ for the names.",
         "Благодарим авторов _Star Lore of the Milky Way and Its Neighbours_ за названия."),
        # the same term in the text's own sentence: missing
        ("The Milky Way crosses the sky from north to south.", "Звёздная дорога пересекает небо с севера на юг."),
        # a name in quotes is no title: the constellations are the text's
        ('The hunters called the group "Orion" and "Leo".', "Охотники называли группу «Охотник» и «Лев»."),
    ])
    for segment in (1, 2, 3):
        severity, message = found[(segment, "term-missing", "milky-way")]
        assert severity == "info" and "cited title or a reference entry" in message
    assert found[(4, "term-missing", "milky-way")][0] == "error"
    assert found[(5, "term-missing", "orion")][0] == "error"


def test_a_forbidden_term_inside_a_translated_reference_entry_is_info(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("- [#3]: Peter Grant, Atlas of Asterisms, Lunar Mansions of the East, p 212",
         "- [#3]: Питер Грант, Атлас астеризмов, Лунные особняки Востока, стр. 212"),
        ("The Moon passes one lunar mansion a night.", "Луна проходит один лунный особняк за ночь."),
    ])
    severity, message = found[(1, "term-forbidden", "mansion")]
    assert severity == "info" and "reference entry" in message
    assert (1, "term-missing", "mansion") not in found  # one finding per concept and segment
    assert found[(2, "term-forbidden", "mansion")][0] == "error"


def test_russian_forms_of_names_the_dictionary_lacks_are_the_term(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # «Гиады» is a fixed man's name to pymorphy3: its genitive plural «Гиад» was no form of it
        ("North of the Hyades lies a dark lane.", "К северу от Гиад лежит тёмная полоса."),
        ("The Hyades rise before Orion.", "Гиады восходят раньше Ориона."),
        # «Арктурус» is an abbreviation to pymorphy3: «Арктурусу» read as a guessed name, no term
        ("Turn the tube to Arcturus at dusk.", "В сумерках наведите трубу на звезду, родственную Арктурусу."),
        ("Turn the tube to Arcturus at dusk.", "В сумерках наведите трубу на Арктур."),
        # a name the dictionary declines keeps its own forms: «лева» is no form of «Лев»
        ("Leo rises in March.", "Созвездие правой руки восходит в марте."),
    ])
    assert not any(key[0] in (1, 2) for key in found)
    assert found[(3, "term-forbidden", "arcturus")][0] == "error"
    assert (3, "term-missing", "arcturus") not in found
    assert not any(key[0] == 4 for key in found)
    assert found[(5, "term-missing", "leo")][0] == "error"


def test_a_sense_the_dictionary_lacks_makes_its_senses_other_ones(tmp_path: Path, runner: CliRunner) -> None:
    # The dictionary has no «суперпользователь» anywhere: "root" the superuser is a sense it lacks,
    # so «корень», its first sense, is another one; a paraphrase is still a missing term. It has
    # «снежинка» (in flake's "flake of snow"): «хлопья» may then be the concept's own sense.
    found = _findings(tmp_path, runner, [
        ("Every tree has a root.", "У каждого дерева есть корень."),
        ("Log in as root before you start.", "Перед началом войдите как администратор."),
        ("A flake fell on her sleeve.", "На рукав ей упали хлопья."),
    ], checks="term-missing")
    severity, message = found[(1, "term-missing", "root")]
    assert severity == "info" and "«корень»" in message
    assert found[(2, "term-missing", "root")][0] == "error"
    assert found[(3, "term-missing", "flake")][0] == "error"
