"""The project at a glance: what `workbench status` prints and the project screen shows."""

from __future__ import annotations

from typing import Any

from workbench.core.project import Project, all_comments, standing_verdicts


def project_summary(project: Project, *, findings: bool = True) -> dict[str, Any]:
    """Languages, documents, segment counts by status, locked pairs, stored findings by check
    (accepted ones left out) and the last check run.

    Counted in SQL so that the summary of a 100,000-segment project costs a
    few milliseconds, not a load of every segment. With `findings=False`
    the two findings entries are left out: reading them loads the checks
    (a third of a second), which the TUI's first screen does not wait for
    (it asks `findings_summary` from a worker).
    """
    db = project.conn
    counts = {
        row["status"]: row["n"]
        for row in project.query("select status, count(*) as n from segments group by status")
    }
    total = sum(counts.values())
    locked = db.execute("select count(*) from segments where locked = 1 and confidence is not null").fetchone()[0]
    # A pair with no source (a blank line of two line-aligned files) has nothing to translate.
    empty = db.execute("select count(*) from segments where trim(coalesce(target, '')) = '' "
                       "and trim(coalesce(source, '')) != ''").fetchone()[0]
    per_document = {
        row["document_id"]: row["n"]
        for row in project.query("select document_id, count(*) as n from segments group by document_id")
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
        for row in project.query("select * from documents order by seq")
    ]
    translated = counts.get("translated", 0)
    reviewed = counts.get("reviewed", 0)
    standing = standing_verdicts(project)
    rejected = [v for v in standing.values() if v.rejected]
    summary: dict[str, Any] = {
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
            "locked_pairs": locked,
            "rejected": len(rejected),
            "unreviewed_mt": _unreviewed_mt(project),
        },
        "rejected": _rejected(project, rejected) if rejected else [],
    }
    if findings:
        summary["findings"], summary["last_check"] = findings_summary(project)
    return summary


def _unreviewed_mt(project: Project) -> int:
    """Drafts whose target is still the machine translation the file brought (`Segment.unreviewed_mt`)."""
    row = project.conn.execute(
        "select count(*) from segments where status = 'draft' and typeof(machine) = 'text' and target = machine"
    ).fetchone()
    return int(row[0])


def _rejected(project: Project, rejected: list[Any]) -> list[dict[str, Any]]:
    """The segments sent back and not yet confirmed again: where, by whom, when, and the open
    comments on each (the reviewer's reason)."""
    positions = {int(row[0]): n for n, row in enumerate(project.conn.execute(
        "select s.id from segments s join documents d on d.id = s.document_id order by d.seq, s.seq, s.id"), start=1)}
    comments = all_comments(project, open_only=True)
    return sorted(
        ({"segment": positions.get(v.segment_id), "id": v.segment_id, "by": v.by, "at": v.at, "target": v.target,
          "comments": [{"author": c.author, "text": c.text, "at": c.created_at} for c in comments.get(v.segment_id, ())]}
         for v in rejected),
        key=lambda item: item["segment"] or 0,
    )


def findings_summary(project: Project) -> tuple[dict[str, int], dict[str, Any] | None]:
    """The summary's findings: stored ones by check (accepted ones left out), and the last check run."""
    return _open_stored_findings(project), _last_check(project)


def _open_stored_findings(project: Project) -> dict[str, int]:
    """Import and alignment findings by check, leaving out those accepted as false positives
    (an acceptance holds while the segment's text is the one it was given for)."""
    from workbench.core.check_records import list_acceptances, text_hash

    db = project.conn
    findings = {
        row["check"]: row["n"]
        for row in project.query(
            'select "check", count(*) as n from segment_findings group by "check" order by "check"'
        )
    }
    for acceptance in list_acceptances(project):
        if acceptance.check not in findings:
            continue
        row = db.execute("select source, target from segments where id = ?", [acceptance.segment_id]).fetchone()
        if row is None or text_hash(row[0], row[1] or "") != acceptance.text_hash:
            continue
        silenced = db.execute(
            'select count(*) from segment_findings where segment_id = ? and "check" = ?',
            [acceptance.segment_id, acceptance.check],
        ).fetchone()[0]
        findings[acceptance.check] -= silenced
    return {check: count for check, count in findings.items() if count > 0}


def _last_check(project: Project) -> dict[str, Any] | None:
    """The last full `check` run: when, and its open findings by check (None: no check has run)."""
    from workbench.core.check_records import last_run

    run = last_run(project)
    return None if run is None else {"ran_at": run.ran_at, "total": run.total, "by_check": run.by_check}
