"""Team projects for the tests: a small aligned project naming a team server, and copies of it."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path

from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.tui.app import WorkbenchApp

SOURCE = (
    "The workers' club opened in 1923. The clubs were closed in 1929. "
    "Workers came to the clubs every evening. The party backed the clubs. "
    "Trade unions paid for the premises of the clubs. The library of the club held 2000 books."
)
TARGET = (
    "Рабочий клуб открылся в 1923 году. Клубы закрыли в 1929 году. "
    "Рабочие приходили в клубы каждый вечер. Партия поддержала клубы. "
    "Профсоюзы платили за помещения клубов. В библиотеке клуба было 2000 книг."
)



def make_team_project(folder: Path, url: str, member: str, *, project_name: str = "clubs") -> Path:
    """A project with six aligned segments whose `project.toml` names the team server."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / "src.en.txt").write_text(SOURCE, encoding="utf-8")
    (folder.parent / "src.ru.txt").write_text(TARGET, encoding="utf-8")
    path = folder / "proj"
    with Project.create(path, "en", "ru", name=project_name) as project:
        import_text(project, folder.parent / "src.en.txt", folder.parent / "src.ru.txt")
        project.save_config(replace(project.config, team={"database": url, "member": member}))
    return path


def clone_project(path: Path, dest: Path, member: str) -> Path:
    """Another translator's copy of the same project (the same segments), as a member of its own."""
    shutil.copytree(path, dest)
    for name in ("memory.db", "memory.db-wal", "memory.db-shm", "team.db", "team.db-wal", "team.db-shm"):
        (dest / name).unlink(missing_ok=True)
    with Project.open(dest) as project:
        team = dict(project.config.team, member=member)
        project.save_config(replace(project.config, team=team))
    return dest


def confirm_all(path: Path) -> list[int]:
    with Project.open(path) as project:
        ids = [s.id for s in project.segments()]
        for segment_id in ids:
            editing.confirm(project, segment_id)
    return ids


async def wait_for(app: WorkbenchApp, pilot, words: str, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    """Until the team status shows `words` (the memory thread posts it when it likes)."""
    for _ in range(int(seconds * 10)):
        if words in app.team_status:
            return
        await asyncio.sleep(0.1)
        await pilot.pause()
    raise AssertionError(f"{words!r} never shown; last: {app.team_status!r}")
