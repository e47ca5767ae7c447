"""A check setting's write against another writer of `project.toml` (hardening, round 36).

`check set` read the file and wrote it back whole: a setting another terminal (or the TUI's
settings modal) wrote in between was written over, after that writer had said it was made.
The read and write are one under the database's write lock now; the other writer waits or is
refused as busy, and never loses its change in silence."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path
from typing import Any

from workbench.core.checks.settings import changed_table, set_check_setting
from workbench.core.project import Project


def test_a_setting_written_meanwhile_is_never_lost(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Project.create(folder, "en", "ru").close()
    first, other = Project.open(folder), Project.open(folder)
    said: list[str] = []

    def change(table: dict[str, Any]) -> dict[str, Any]:
        try:  # another terminal's `check set`, between this one's read and write
            with other.lock_wait(50):
                set_check_setting(other, "spacing", "enabled", "false")
            said.append("written")
        except sqlite3.OperationalError:
            said.append("busy")
        return changed_table(table, "quote-style", "severity", "info")

    try:
        first.save_checks(change)
        checks = tomllib.loads((folder / "project.toml").read_text(encoding="utf-8"))["checks"]
        assert checks["quote-style"] == {"severity": "info"}
        assert "written" not in said or checks.get("spacing") == {"enabled": False}, "said written, then lost"
        assert said == ["busy"]  # told, not written over
        set_check_setting(other, "spacing", "enabled", "false")  # the lock free: written, both kept
        checks = tomllib.loads((folder / "project.toml").read_text(encoding="utf-8"))["checks"]
        assert checks == {"quote-style": {"severity": "info"}, "spacing": {"enabled": False}}
    finally:
        first.close()
        other.close()
