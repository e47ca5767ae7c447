"""What a view screen may ask of the app that hosts it, as a protocol.

Screens used to name the app class (`WorkbenchApp`) for their `workbench`
property, while the app imports the screens to build its modes: an import
cycle, if only a typing one. Screens now see the app through this protocol,
which names only the shared state and services they use, so `app.py` stays the
one module that knows every screen and no screen knows `app.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.screen import Screen

from workbench.core.progress import Progress
from workbench.core.project import Comment, Project, Segment, Verdict
from workbench.tui.findings import FindingIndex
from workbench.tui.memory_service import MemoryService
from workbench.tui.store import SegmentStore
from workbench.tui.widgets.mode_bar import TeamWord

if TYPE_CHECKING:  # the checks are not loaded before the first screen
    from workbench.core.checks import Finding
    from workbench.core.navigation import TextIndex

Done = Callable[[str, str], None]
"""Called with a one-line message and a notification severity when a worker finishes."""


class WorkbenchHost(Protocol):
    """The app as its screens see it: the open project, the segment store, findings, services."""

    project: Project | None
    folder: Path
    """Where the app was started: the project folder, or where to look for one."""
    folder_id: str | None
    """The project folder's identity (None when it could not be read): text kept in a file of
    the user's finds the project again by it once the folder is moved (`tui.unsaved`)."""
    store: SegmentStore
    findings: FindingIndex
    checked_document: int | None
    """The scope of the last check run whose askers were told: a document's id, or None (the project)."""
    outside_reads: int
    """How many reads of the segments brought another program's writes (`check_outside_changes`)."""
    enforcer: Any | None
    """The term enforcer for the project's termbases (None: none, or still loading)."""
    enforcer_ready: bool
    speller: Any | None
    """The project's speller (None: no dictionary, or still loading)."""
    comments: dict[int, list[Comment]]
    verdicts: dict[int, Verdict]
    """Every comment of the project, by segment id."""
    memory: MemoryService | None
    views: dict[str, Screen[Any]]
    """View screens made so far, by mode (each registers itself when mounted)."""
    team_word: TeamWord | None
    """What the top bar says of the team server (None: not a team project, or not heard from yet)."""

    def open_project(self, project: Project) -> None: ...

    def announce_edit(self, segment_ids: tuple[int, ...] | None = None) -> None: ...

    def check_outside_changes(self) -> bool: ...

    def own_write(self, started: bool) -> None: ...

    def show_segment(self, segment_id: int, target_span: tuple[int, int] | None = None, *,
                     findings_tab: bool = False) -> None: ...

    def recheck(self, segment: Segment) -> list[Finding]: ...

    def recheck_later(self, segments: Iterable[Segment]) -> None: ...

    def local_checks(self, segment: Segment) -> Callable[[], list[Finding]]: ...

    def worst_severity(self, segment: Segment) -> str | None: ...

    def review_flag(self, segment: Segment) -> str | None: ...

    def run_checks(self, on_progress: Progress | None = None, on_done: Done | None = None,
                   document: int | None = None, *, terms: Any | None = None, asker: object = None) -> None: ...

    def check_settings_changed(self) -> None: ...

    def accept_finding(self, finding: Finding, position: int, reason: str,
                       then: Callable[[], object] | None = None) -> None: ...

    def answer_sense(self, answer: Callable[[Project], Any], then: Callable[[Any], None]) -> None: ...

    def load_enforcer(self, then: Callable[[], None] | None = None) -> None: ...

    def dictionary_words_added(self, words: Iterable[str]) -> None: ...

    def dictionary_words_removed(self, words: Iterable[str]) -> None: ...

    def when_ready(self, callback: Callable[[], object]) -> None: ...

    def release_keys(self) -> None: ...

    def save_pending(self, *, automatic: bool = False) -> None: ...

    def text_index(self) -> TextIndex: ...

    def open_comments(self, segment_id: int) -> list[Comment]: ...

    def comment_findings(self, segment: Segment, position: int) -> list[Finding]: ...

    def add_comment(self, segment_id: int, text: str) -> Comment | None: ...

    def resolve_comment(self, comment: Comment, *, reopen: bool = False) -> bool: ...

    def reject_segment(self, segment_id: int, reason: str) -> bool: ...
