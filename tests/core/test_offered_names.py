"""A name not found is answered with a few names, the closest first (hardening, round 40).

"The project has no document named …" listed every document of the project (`mark-mt`,
`import --update`, `check --document`, a rule's table in `check set`): at thousands of
documents the list was cut at 300 characters in the middle of a name, in the project's order,
saying nothing of the rest. Now at most `OFFERED` names are offered, the closest to the name
given first, each cut, and how many more there are."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.editing.machine_marks import mark_machine_translated
from workbench.core.ingest.importing import import_text
from workbench.core.offered_names import OFFERED, OFFERED_CHARS, offered_names
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.tui.i18n import load_translation
from workbench.wording import Wording


def _rendered(names: str | Wording) -> str:
    return names if isinstance(names, str) else names.render()


def test_a_few_names_are_all_offered_quoted() -> None:
    assert offered_names([]) == "-"
    assert offered_names(["a.txt", "b\x1b[31m.txt"], "c") == "'a.txt', 'b\\x1b[31m.txt'"


def test_many_names_offer_the_closest_first_and_say_how_many_more() -> None:
    names = [f"chapter-{i:04d}.txt" for i in range(5000)] + ["preface.txt", "x" * 10_000]
    said = _rendered(offered_names(names, "prefase.txt"))
    assert said.startswith("'preface.txt', ") and said.endswith(f" … and {len(names) - OFFERED} more")
    assert said.count("'") == 2 * OFFERED and len(said) < 300
    assert _rendered(offered_names(names, "")).startswith("'chapter-0000.txt', 'chapter-0001.txt'")
    long_one = _rendered(offered_names(names, "x" * 9_000))
    assert long_one.startswith("'" + "x" * (OFFERED_CHARS - 1) + "…'")


def test_the_russian_interface_says_how_many_more() -> None:
    names = offered_names([f"d{i}" for i in range(OFFERED + 21)], "d3")
    assert isinstance(names, Wording)
    gettext = load_translation(["ru"])
    assert names.render(gettext.gettext, gettext.ngettext).endswith("… и ещё 21")


def test_a_document_not_found_in_a_project_of_many(project: Project, tmp_path: Path) -> None:
    for index in range(OFFERED + 3):
        text = tmp_path / f"part{index}.txt"
        text.write_text(f"Part {index} of the report.\n", encoding="utf-8")
        import_text(project, text, semantic=False)
    with pytest.raises(InputError) as refused:
        mark_machine_translated(project, "part77")
    message = str(refused.value)
    assert message.startswith("the project has no document named 'part77' (it has: 'part7', ")
    assert message.endswith("… and 3 more); nothing was changed")


def test_the_cli_says_it_in_one_line(project: Project, tmp_path: Path) -> None:
    for index in range(OFFERED + 1):
        text = tmp_path / f"part{index}.txt"
        text.write_text(f"Part {index} of the report.\n", encoding="utf-8")
        import_text(project, text, semantic=False)
    done = subprocess.run([sys.executable, "-m", "workbench", "check", str(project.path), "--document",
                           "nowhere.txt"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "its documents: 'part0', 'part1', " in done.stderr
    assert done.stderr.rstrip().endswith("… and 1 more")
