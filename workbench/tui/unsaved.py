"""Typed text the project refused to save, kept in a file of the user's when the app leaves.

A save refused for good (a `project.db` cut short, replaced or read-only; a full disk that
stays full) keeps the text in the editor, and a quit is refused once and said (hardening,
round seven); a second quit, or a `kill` or closed terminal (round eight), then dropped it.
It is written instead, as JSON (one object per segment: where it belongs, the source, the
target the database still has, the text typed), under the user's data folder, not the
project's: the project is what refused it. The command line names the file as the app leaves.
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from termbase import safetext
from workbench.core.editing import set_target
from workbench.core.project import Project
from workbench.errors import WorkbenchError

MAX_KEPT_BYTES = 64 * 2**20
"""A kept file holds a few targets of at most 50,000 characters; anything larger there is not one."""


def unsaved_folders() -> list[Path]:
    """Where the file may go, first choice first: `$XDG_DATA_HOME/workbench/unsaved`
    (`~/.local/share` without it), then the temporary folder (no home, or a full one)."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return [Path(data) / "workbench" / "unsaved", Path(tempfile.gettempdir())]


def keep_unsaved(project: Path, entries: Sequence[dict[str, Any]], *, folder_id: str | None = None) -> Path | None:
    """Write `entries` to a new file named after the project and the time; its path, or None
    when no folder would take it (nothing more can be done: it is said by then). `folder_id`
    (the project folder's identity, None when it could not be read) finds the file again
    once the folder is elsewhere."""
    kept: dict[str, Any] = {"project": str(project), "unsaved": list(entries)}
    if folder_id:
        kept["folder_id"] = folder_id
    document = json.dumps(kept, ensure_ascii=False, indent=2)
    name = f"{_file_prefix(project)}-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    for folder in unsaved_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(document + "\n", encoding="utf-8")
        except OSError:
            continue
        return path
    return None


def _file_prefix(project: Path) -> str:
    return safetext.clean(project.name) or "project"


def kept_for(project: Path, folder_id: str | None = None) -> list[tuple[Path, list[dict[str, Any]]]]:
    """The files `keep_unsaved` wrote for `project` (by its path, or by the folder's identity
    `folder_id`: the folder moved or renamed since), oldest first, with their entries; a file
    that is not one (unreadable, not this shape, another project's) is skipped.

    The user's own folder holds nothing but these files, so every one there is read (a moved
    folder's file bears its old name); in the shared temporary folder only those of this name."""
    found: list[tuple[Path, list[dict[str, Any]]]] = []
    named = f"{glob.escape(_file_prefix(project))}-*.json"
    for index, folder in enumerate(unsaved_folders()):
        pattern = "*.json" if index == 0 and folder_id else named
        for path in sorted(folder.glob(pattern), key=lambda path: path.name):
            try:
                if not path.is_file() or path.stat().st_size > MAX_KEPT_BYTES:
                    continue
                document = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError):  # RecursionError: nested past the parser
                continue
            if isinstance(document, dict) and (
                document.get("project") == str(project) or (folder_id and document.get("folder_id") == folder_id)
            ):
                entries = document.get("unsaved")
                if isinstance(entries, list) and entries and all(_is_entry(entry) for entry in entries):
                    found.append((path, entries))
    return found


def _is_entry(entry: object) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("segment_id"), int)
            and isinstance(entry.get("typed_target"), str) and isinstance(entry.get("stored_target"), str))


def put_back(project: Project, path: Path, entries: Sequence[dict[str, Any]]) -> tuple[list[int], list[dict[str, Any]]]:
    """Save each entry's typed text where its segment's target is still the one it was typed
    over; the ids saved, and the entries left (changed since, gone, or refused again), which the
    file keeps: it is removed only once nothing is left in it."""
    saved: list[int] = []
    left: list[dict[str, Any]] = []
    for entry in entries:
        try:
            set_target(project, entry["segment_id"], entry["typed_target"], expected=entry["stored_target"])
        except WorkbenchError:
            left.append(entry)
        else:
            saved.append(entry["segment_id"])
    if left:
        document = json.loads(path.read_text(encoding="utf-8"))
        document["unsaved"] = left
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return saved, left
