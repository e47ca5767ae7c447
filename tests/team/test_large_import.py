"""A TMX of a million units into the team server (hardening, round thirteen).

The server ends any statement after `server.STATEMENT_TIMEOUT_MS` (30 s), and the import sent the
whole file as one COPY: on a busy machine it reached the timeout past about 250,000 units, so a
million-unit `memory import` always failed ("the team server went away during the import"). Units
now go in statements of at most `COPY_BATCH_UNITS`, inside the one transaction. A statement-level
trigger on the server counts the units each statement stored.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import make_team_project

from workbench.cli import main
from workbench.core.team import store
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx

COUNTED = """
create table statement_units (units bigint);
create function count_statement_units() returns trigger language plpgsql as $$
begin insert into statement_units select count(*) from added; return null; end $$;
create trigger units_counted after insert on units referencing new table as added
for each statement execute function count_statement_units();
"""


def test_a_bulk_import_sends_its_units_in_bounded_statements(tmp_path: Path, team_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "COPY_BATCH_UNITS", 40, raising=False)  # 20,000 in use: the same rule, at test size
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(COUNTED)
    tmx = tmp_path / "agency.tmx"
    units = [TranslationUnit(f"The club number {n} opened.", f"Клуб номер {n} открылся.", "en", "ru") for n in range(130)]
    write_tmx(tmx, units, source_lang="en", target_lang="ru")
    result = CliRunner().invoke(main, ["memory", "import", str(path), str(tmx)])
    assert result.exit_code == 0, result.output
    with psycopg.connect(team_url) as conn:
        counts = [row[0] for row in conn.execute("select units from statement_units where units > 0")]
        stored = conn.execute("select count(*) from units u join memories m on m.id = u.memory_id where m.name = 'agency.tmx'").fetchone()
    assert sum(counts) == 130 and stored == (130,)
    assert max(counts) <= 40, counts
