"""A rejection is answered by the confirmation made after it, even within the same second.

Times are kept to the second: a translator who syncs, reads the reviewer's rejection and confirms
her fix at once confirms in the second the rejection carries (a team test saw it on a fast
machine), and the rejection stood although it was answered.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core import editing
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import REJECTED, Verdict, record_verdict, standing_verdicts
from workbench.core.project.store import Project


def _confirmed(project: Project, tmp_path: Path, target: str) -> tuple[int, str]:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("The workers' club opened.\tРабочий клуб открылся.\n", encoding="utf-8")
    import_tsv(project, tsv)
    segment = project.segments()[0]
    editing.set_target(project, segment.id, target)
    editing.confirm(project, segment.id)
    [(second,)] = project.conn.execute("select changed_at from segments where id = ?", [segment.id]).fetchall()
    return segment.id, second


def _reject(project: Project, segment_id: int, at: str, target: str) -> None:
    with project.transaction():
        record_verdict(project, Verdict(segment_id, REJECTED, "vera", at, target), shared=True)


@pytest.mark.parametrize(("rejected_text", "stands"), [
    ("Клуб рабочих открылся.", False),  # another text confirmed in that second: the fix answers it
    ("Рабочий клуб открылся.", True),  # the very text rejected, in that second: it may be what she read
])
def test_a_confirmation_in_the_rejections_second_answers_it_when_it_confirms_a_fix(
    project: Project, tmp_path: Path, rejected_text: str, stands: bool
) -> None:
    segment_id, second = _confirmed(project, tmp_path, "Рабочий клуб открылся.")
    _reject(project, segment_id, second, rejected_text)
    assert (segment_id in standing_verdicts(project)) is stands


def test_a_rejection_after_the_confirmation_stands(project: Project, tmp_path: Path) -> None:
    segment_id, _ = _confirmed(project, tmp_path, "Рабочий клуб открылся.")
    _reject(project, segment_id, "2999-01-01T00:00:00Z", "Клуб рабочих открылся.")
    assert segment_id in standing_verdicts(project)
