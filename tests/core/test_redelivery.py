"""A file imported as a new document that repeats one the project holds (`ingest.redelivery`).

The import goes through (a second copy may be wanted); its report names the document it repeats,
so that the user can update that document instead. Short strings that recur in unrelated files
("OK", "Cancel") and a document of another kind are not taken for a repeat.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.ingest.importing import import_text, import_tsv
from workbench.core.project.store import Project

CLUB = [("The club opened in 1923 in the old factory.", "Клуб открылся в 1923 году на старой фабрике."),
        ("Workers came every evening to read newspapers.", "Рабочие приходили каждый вечер читать газеты."),
        ("A library of two thousand books was collected.", "Была собрана библиотека в две тысячи книг."),
        ("The choir sang on Sundays in the great hall.", "Хор пел по воскресеньям в большом зале.")]


def tsv(tmp_path: Path, name: str, pairs: list[tuple[str, str]]) -> Path:
    path = tmp_path / name
    path.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    return path


def test_a_revision_that_keeps_half_of_the_sentences_names_its_earlier_version(project: Project, tmp_path: Path) -> None:
    import_tsv(project, tsv(tmp_path, "club.tsv", CLUB))
    revised = [CLUB[0], CLUB[1], ("A theatre group met on Fridays.", ""), ("The hall was cold all winter long.", "")]
    report = import_tsv(project, tsv(tmp_path, "club-v2.tsv", revised))
    assert report.earlier_version == "club"
    assert report.warnings[-1].startswith("50% of its segments are in the document 'club' already")
    assert "--tsv" in report.warnings[-1] and report.warnings[-1].count("--update club") == 1


def test_a_file_that_shares_less_than_half_or_only_short_strings_is_no_repeat(project: Project, tmp_path: Path) -> None:
    import_tsv(project, tsv(tmp_path, "club.tsv", [*CLUB, ("OK", "ОК"), ("Cancel", "Отмена")]))
    other = [CLUB[0], ("The river froze in November that year.", ""), ("Nobody crossed it until the spring.", ""),
             ("OK", "ОК"), ("Cancel", "Отмена")]
    report = import_tsv(project, tsv(tmp_path, "river.tsv", other))
    assert report.earlier_version is None and report.warnings == ()
    buttons = import_tsv(project, tsv(tmp_path, "buttons.tsv", [("OK", "ОК"), ("Cancel", "Отмена")]))
    assert buttons.earlier_version is None  # nothing long enough to tell a repeat by


def test_only_a_document_of_the_same_kind_is_an_earlier_version(project: Project, tmp_path: Path) -> None:
    """`--update` takes a file of the document's own kind, so a TSV is no version of a text."""
    (tmp_path / "club.en.txt").write_text("\n\n".join(s for s, _ in CLUB) + "\n", encoding="utf-8")
    import_text(project, tmp_path / "club.en.txt")
    assert import_tsv(project, tsv(tmp_path, "club.tsv", CLUB)).earlier_version is None
