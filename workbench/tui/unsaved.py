"""Typed text the project refused to save, kept in a file of the user's when the app leaves.

A save refused for good (a `project.db` cut short, replaced or read-only; a full disk that
stays full) keeps the text in the editor, and a quit is refused once and said (hardening,
round seven); a second quit, or a `kill` or closed terminal (round eight), then dropped it.
It is written instead, as JSON (one object per segment: where it belongs, the source, the
target the database still has, the text typed), under the user's data folder, not the
project's: the project is what refused it. The command line names the file as the app leaves.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from termbase import safetext


def unsaved_folders() -> list[Path]:
    """Where the file may go, first choice first: `$XDG_DATA_HOME/workbench/unsaved`
    (`~/.local/share` without it), then the temporary folder (no home, or a full one)."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return [Path(data) / "workbench" / "unsaved", Path(tempfile.gettempdir())]


def keep_unsaved(project: Path, entries: Sequence[dict[str, Any]]) -> Path | None:
    """Write `entries` to a new file named after the project and the time; its path, or None
    when no folder would take it (nothing more can be done: it is said by then)."""
    document = json.dumps({"project": str(project), "unsaved": list(entries)}, ensure_ascii=False, indent=2)
    name = f"{safetext.clean(project.name) or 'project'}-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    for folder in unsaved_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(document + "\n", encoding="utf-8")
        except OSError:
            continue
        return path
    return None
