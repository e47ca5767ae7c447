"""Triggers in a received project's databases: ours are known, anything else is refused.

The CLI cases (project.db, memory.db, termbase.db) are in `tests/hostile/corpus_round_nine.py`;
here, what those cases rest on: the list of our triggers is the one the migrations make (a new
migration's trigger missing from it would refuse every project), and the team cache, which
needs no server to open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.core.project import Project
from workbench.core.project.integrity import OUR_TRIGGERS
from workbench.core.team.local import TeamLocal
from workbench.errors import ProjectError


def triggers(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(str(db_path))
    try:
        return dict(conn.execute("select name, sql from sqlite_master where type = 'trigger'"))
    finally:
        conn.close()


def test_the_triggers_a_new_project_holds_are_the_ones_known_as_ours(tmp_path: Path) -> None:
    Project.create(tmp_path / "p", name="p", source_lang="en", target_lang="ru").close()
    made = triggers(tmp_path / "p" / "project.db")
    assert set(made) == set(OUR_TRIGGERS)
    for name, statement in OUR_TRIGGERS.items():
        assert statement is None or made[name] == statement, name


def test_a_team_cache_holding_a_trigger_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    TeamLocal(path).close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("create trigger rider after insert on outbox begin update outbox set payload = '{}'; end")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=r"holds a trigger workbench did not make \(rider\)"):
        TeamLocal(path)
    assert path.read_bytes() == before
