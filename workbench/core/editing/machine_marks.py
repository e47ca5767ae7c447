"""A document's drafts marked as machine translation after its import.

`import --machine-translation` marks the drafts a file brings as a machine translation (shown as
MT, `segments --mt`, until a person edits or confirms them). A client's prefill imported without
it looked like a person's translation, and the only way to mark it afterwards was to remove the
document and import it again, losing what was done on it since (session 43's note; the import
now says so when every target came as an unmarked draft). This marks them in place: the same
drafts the import option marks, one undo step.

A draft marked MT already is left as it is, and so is one whose MT a person has edited since (its
target is no longer the machine's): marking it would call a person's words the machine's.
"""

from __future__ import annotations

from workbench.core.editing.document_update import document_id_named
from workbench.core.editing.edits import apply_changes
from workbench.core.project import Project

ACTION = "mark-machine"
"""The journal's name for the step (`editing.history`, the undo messages)."""

MARKABLE = "status = 'draft' and trim(target) != '' and machine is null"
"""The drafts `import --machine-translation` marks (`ingest.importing`), in SQL over `segments`."""


def mark_machine_translated(project: Project, document: str) -> int:
    """Mark every draft of the document named `document` that has a target and no MT mark as
    machine translation, as one undo step; returns how many (0: no step). InputError naming the
    project's documents when it has none of that name."""
    with project.transaction():
        document_id, _kind = document_id_named(project, document)
        rows = project.conn.execute(f"select id, target from segments where document_id = ? and {MARKABLE}",
                                    [document_id]).fetchall()
        return apply_changes(project, ACTION, {int(row[0]): {"machine": row[1]} for row in rows})
