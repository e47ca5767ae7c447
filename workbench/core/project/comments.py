"""Comments on segments: an editor's note to the translator, open until someone resolves it.

A comment is not a finding a check computes: a person wrote it, so it is kept
in the project database (`segment_comments`), travels in TMX exports as a
`note` (`comment_note`, read back by `parse_comment_note` on import), shows
in the findings view as its own kind (`checks.comments`) and can be filtered
on in the segment grid (`segment_filter`).

Comments are not part of the undo journal: resolving a comment is undone by
re-opening it, and neither changes the translation.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterable
from dataclasses import dataclass

from termbase import safetext
from workbench.core.project.model import MAX_SEGMENT_CHARS
from workbench.core.project.store import Project, utc_now
from workbench.errors import InputError
from workbench.wording import N_

_NOTE = re.compile(r"comment \[(open|resolved)\] (.*?): (.*)", re.DOTALL)
"""`comment [open] Anna: the term here is wrong` — how a comment reads as a TMX note."""


@dataclass(frozen=True)
class Comment:
    """One comment on one segment."""

    id: int
    segment_id: int
    author: str
    """Who wrote it (the login name unless given)."""
    text: str
    created_at: str
    """ISO 8601 UTC."""
    resolved_at: str | None = None
    """When it was resolved; None while it is open."""
    resolved_by: str | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


def default_author() -> str:
    """The login name: who writes a comment when no name is given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container's anonymous uid)
        return "unknown"


MAX_USER_CHARS = 256
"""The longest name `project_user` gives (as TMX `creationid` is read: `formats.tmx.MAX_PERSON_CHARS`)."""


def project_user(project: Project) -> str:
    """Who the project's own translation-memory units name as their translator: `user` in
    project.toml, else the `[team] member`, else the login name; one line, without terminal
    control (it is shown beside every match and written into every exported TMX)."""
    member = project.config.team.get("member")
    given = project.config.user or (member if isinstance(member, str) else "")
    return person_name(given) or default_author()


def person_name(given: str) -> str:
    """Who a comment, a resolution or a verdict names, as given on the command line or in a
    file: one line without terminal control, cut at `MAX_USER_CHARS` ("" for none). A name of
    120,000 letters was stored whole and filled every line of `comment list`, and one of ESC
    and U+202E reached `resolved_by` as it was (hardening, round 28)."""
    return " ".join(safetext.clean(given).split())[:MAX_USER_CHARS]


def add_comment(project: Project, segment_id: int, text: str, author: str | None = None) -> Comment:
    """Write a comment on a segment; empty text is refused. Without `author`, the project's user
    writes it (`project_user`)."""
    text = safetext.clean(text).strip()  # typed or pasted: shown in every view and exported
    if not text:
        raise InputError.worded(N_("a comment needs some text"))
    if len(text) > MAX_SEGMENT_CHARS:
        raise InputError.worded(N_("a comment holds at most {most:,} characters"), most=MAX_SEGMENT_CHARS)
    # the project's user (in a team project its member), as its memory units name them: a
    # reviewer's comment reached the translators under her login name, not her team name
    who = person_name(author or "") or project_user(project)
    with project.transaction() as db:
        if db.execute("select 1 from segments where id = ?", [segment_id]).fetchone() is None:
            raise InputError.worded(N_("no segment with id {segment_id}"), segment_id=segment_id)
        cursor = db.execute(
            "insert into segment_comments (segment_id, author, text, created_at) values (?, ?, ?, ?)",
            [segment_id, who, text, utc_now()],
        )
        comment_id = int(cursor.lastrowid or 0)
    return get_comment(project, comment_id)


def resolve_comment(project: Project, comment_id: int, by: str | None = None, *, reopen: bool = False) -> Comment:
    """Mark a comment resolved (or open again with `reopen`)."""
    with project.transaction() as db:
        get_comment(project, comment_id)
        if reopen:
            db.execute("update segment_comments set resolved_at = null, resolved_by = null where id = ?", [comment_id])
        else:
            db.execute(
                "update segment_comments set resolved_at = ?, resolved_by = ? where id = ? and resolved_at is null",
                [utc_now(), person_name(by or "") or default_author(), comment_id],
            )
    return get_comment(project, comment_id)


def get_comment(project: Project, comment_id: int) -> Comment:
    row = project.db.execute(
        "select id, segment_id, author, text, created_at, resolved_at, resolved_by from segment_comments where id = ?",
        [comment_id],
    ).fetchone()
    if row is None:
        raise InputError.worded(N_("no comment with id {comment_id}"), comment_id=comment_id)
    return Comment(*row)


def comments_of(project: Project, segment_id: int) -> list[Comment]:
    """A segment's comments, oldest first."""
    return [
        Comment(*row)
        for row in project.db.execute(
            "select id, segment_id, author, text, created_at, resolved_at, resolved_by from segment_comments "
            "where segment_id = ? order by id",
            [segment_id],
        )
    ]


def all_comments(project: Project, *, open_only: bool = False) -> dict[int, list[Comment]]:
    """Every comment by segment id (only open ones with `open_only`)."""
    where = "where resolved_at is null " if open_only else ""
    found: dict[int, list[Comment]] = {}
    for row in project.db.execute(
        "select id, segment_id, author, text, created_at, resolved_at, resolved_by from segment_comments "
        f"{where}order by id"
    ):
        found.setdefault(int(row[1]), []).append(Comment(*row))
    return found


def comment_note(comment: Comment) -> str:
    """The comment as a TMX `note` (read back by `parse_comment_note`)."""
    state = "open" if comment.open else "resolved"
    return f"comment [{state}] {comment.author}: {comment.text}"


def parse_comment_note(note: str) -> tuple[str, str, bool] | None:
    """`(author, text, open)` of a note written by `comment_note`; None for any other note."""
    match = _NOTE.fullmatch(note.strip())
    if match is None or not match.group(3).strip():
        return None
    return person_name(match.group(2)) or "unknown", match.group(3).strip(), match.group(1) == "open"


def store_imported_comments(db: object, rows: Iterable[tuple[int, str, str, bool]]) -> None:
    """Comments read from an imported file's notes: `(segment_id, author, text, open)`."""
    now = utc_now()
    db.conn.executemany(  # type: ignore[attr-defined]
        "insert into segment_comments (segment_id, author, text, created_at, resolved_at, resolved_by) "
        "values (?, ?, ?, ?, ?, ?)",
        ((sid, author, text, now, None if is_open else now, None if is_open else author)
         for sid, author, text, is_open in rows),
    )
