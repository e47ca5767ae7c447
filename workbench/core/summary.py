"""The project at a glance: what `workbench status` prints and the project screen shows."""

from __future__ import annotations

from typing import Any

from workbench.core.project import Project


def project_summary(project: Project) -> dict[str, Any]:
    """Languages, documents, segment counts by status and stored findings by check.

    Counted in SQL so that the summary of a 100,000-segment project costs a
    few milliseconds, not a load of every segment.
    """
    db = project.db
    counts = {
        row["status"]: row["n"]
        for row in db.query("select status, count(*) as n from segments group by status")
    }
    total = sum(counts.values())
    empty = db.execute("select count(*) from segments where trim(coalesce(target, '')) = ''").fetchone()[0]
    per_document = {
        row["document_id"]: row["n"]
        for row in db.query("select document_id, count(*) as n from segments group by document_id")
    }
    documents = [
        {
            "id": row["id"],
            "name": row["name"],
            "kind": row["kind"],
            "source": row["source_file"],
            "target": row["target_file"],
            "source_encoding": row["source_encoding"],
            "target_encoding": row["target_encoding"],
            "imported": row["imported_at"],
            "segments": per_document.get(row["id"], 0),
        }
        for row in db.query("select * from documents order by seq")
    ]
    findings = {
        row["check"]: row["n"]
        for row in db.query(
            'select "check", count(*) as n from segment_findings group by "check" order by "check"'
        )
    }
    translated = counts.get("translated", 0)
    reviewed = counts.get("reviewed", 0)
    return {
        "name": project.config.name,
        "path": str(project.path),
        "source_lang": project.config.source_lang,
        "target_lang": project.config.target_lang,
        "created": project.config.created,
        "documents": documents,
        "segments": {
            "total": total,
            "draft": counts.get("draft", 0),
            "translated": translated,
            "reviewed": reviewed,
            "confirmed": translated + reviewed,
            "empty": empty,
        },
        "findings": findings,
    }
