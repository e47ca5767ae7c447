"""`check_project(document=...)`: one document's checks, as the findings view re-checks a delivery."""

from __future__ import annotations

from pathlib import Path

from workbench.core.check_records import last_run
from workbench.core.checks import REGISTRY
from workbench.core.checks.project_checks import check_project
from workbench.core.ingest import import_tsv
from workbench.core.project import Project

DELIVERIES = {
    # a list run on from a lead-in, an unclosed bracket closed a few segments on, a repeat
    # translated two ways across the documents: the context and project-wide checks have work
    "a": ["In 1923 the clubs grew.\tВ 1925 году клубы выросли.",
          "The clubs offered:\tКлубы предлагали:",
          "- Lectures\t- лекции;",
          "- Films\t- Кино.",
          "The unions paid (mostly.\tПрофсоюзы платили (в основном.",
          "They paid) in cash.\tОни платили) наличными.",
          "The party agreed.\tПартия согласилась."],
    "b": ["The party agreed.\tПартия была согласна.",
          "The «unions» paid.\t“Профсоюзы” платили.",
          "Workers  read.\tРабочие  читали",
          "The clubs offered:\tКлубы предлагали:",
          "- Lectures\t- Лекции."],
}


def test_one_documents_run_finds_what_the_full_run_finds_there_less_the_project_wide(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", "en", "ru", "p")
    for name, lines in DELIVERIES.items():
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_tsv(project, tsv)
    full = check_project(project)
    ran = last_run(project)
    assert {f.check for f in full} & {c for c, s in REGISTRY.items() if s.project_wide}  # something to leave out
    for document in project.document_names():
        ids = {s.id for s in project.segments() if s.document_id == document}
        aimed = check_project(project, document=document)
        expected = [f for f in full if f.segment_id in ids and not REGISTRY[f.check].project_wide]
        assert aimed == expected and aimed
    assert last_run(project) == ran  # a document's run is not the project's last run
    project.close()
