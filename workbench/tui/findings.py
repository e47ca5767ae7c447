"""The findings every view shows, kept current as segments are edited.

A full check run (in a worker) gives the findings of the whole project. After
that, each edited segment is checked again on the spot with the checks that
look at one segment and, for typography and the literals, its neighbours in
the document (terms, numbers, typography ...), and its entry is replaced; the project-wide checks (consistency, length distribution,
variant mix) keep their last result until the next full run. So the marks in
the grids and the lists always describe the text on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from workbench.core.project import Project, Segment, StoredFinding

if TYPE_CHECKING:  # the checks load with the first re-check, off the path to the first screen
    from workbench.core.checks import Finding

LOCAL_CHECKS = frozenset(
    {
        "term-missing",
        "term-forbidden",
        "untranslated",
        "same-as-source",
        "number-mismatch",
        "tag-mismatch",
        "punctuation-end",
        "quote-style",
        "whitespace",
        "spacing",
        "repeated-word",
        "capitalisation",
        "url-email",
        "untranslated-fragment",
        "spelling",
        "ocr-suspect",
        "alignment-low-confidence",
    }
)
"""Checks that look at one segment alone, so they can run again on every save (`unpaired`
reads the segments around, `custom-rule` the project's rules file: both wait for a full run).
A literal, so the first screen need not load the checks; a test holds it to the registry's
checks that are not project-wide: `spelling` and `tag-mismatch` were missing, and a word the
translator had corrected stayed listed as misspelt until the next full run."""

CONTEXT_FAMILIES = frozenset({"typography", "literals"})
"""Families whose local checks also read the segments around one: a list's items that keep its
style, a lowered item after a lead-in, a label the translator renders in Russian nearby. A
re-check gives them the same neighbours a full run would (`CONTEXT_REACH`), so the editor and
`workbench check` agree; the other families read the segment alone."""

CONTEXT_REACH = 10
"""Segments of the same document on either side that a re-check passes as context: as far as
those checks look (ten segments), as the QA bench checks its cases."""

AUTO_CHECK_LIMIT = 20_000
"""Projects up to this many segments are checked in the background when opened, and again when
their terms change (a larger one's full run waits for the translator)."""

RECHECK_HERE = 200
"""Segments changed since the last run that are checked again one by one (the findings list, the
app after another program's write); more get a full run. At about 2.5 ms of CPU each (the local
checks of a documentation chapter's segment, 20 terms, warm), half a second at most."""

SEVERITY_ORDER = ("error", "warning", "info")


def worst(severities: Iterable[str]) -> str | None:
    present = set(severities)
    return next((s for s in SEVERITY_ORDER if s in present), None)


Recheck = Callable[[Segment], "list[Finding]"]


def checked_as(segment: Segment) -> tuple[str, str, bool]:
    """What a segment's findings depend on: its two texts, and whether the pair is locked."""
    return segment.source, segment.target, segment.locked


def stored_findings(segment: Segment) -> list[StoredFinding]:
    """The findings stored with a segment at import and alignment, less the aligner's doubt
    about a pair a person has locked (as the `stored` check reports them)."""
    if not segment.locked:
        return list(segment.findings)
    return [f for f in segment.findings if f.check != "alignment-low-confidence"]


class FindingIndex:
    """Findings by segment id: the last full run, patched by per-segment re-checks.

    Each entry remembers the text it was made for, and whether the pair was locked (a locked
    pair's alignment doubt is answered); a segment changed so behind the index's back (undo,
    redo) is re-checked when it is next looked at, so a stale mark never shows.
    """

    def __init__(self, recheck: Recheck | None = None) -> None:
        self.complete = False
        """A full run has happened (before that only re-checked segments have entries)."""
        self.version = 0
        self._by_segment: dict[int, list[Finding]] = {}
        self._texts: dict[int, tuple[str, str, bool]] = {}
        self._worst: dict[int, str | None] = {}
        """`worst_of` each segment whose entry it read, until the entry changes: the grid asks on
        every draw of a row, and a word 100,000 concepts share gives its segment 100,000 findings
        (the move onto it read them twice on the drawing thread; hardening, round 21)."""
        self._recheck = recheck

    def set_run(self, findings: Iterable[Finding], segments: Sequence[Segment]) -> None:
        """Replace everything with the result of a full run over `segments`."""
        self._by_segment = {}
        for finding in findings:
            if finding.segment_id is not None:
                self._by_segment.setdefault(finding.segment_id, []).append(finding)
        self._texts = {segment.id: checked_as(segment) for segment in segments}
        self._worst = {}
        self.complete = True
        self.version += 1

    def outdated(self) -> None:
        """Segments were added or replaced wholesale (an import, a re-alignment): the last full run
        no longer covers the project, and its counts must not pass for the project's until the next."""
        self.complete = False
        self.version += 1

    def of(self, segment: Segment) -> list[Finding]:
        """The segment's findings for its current text (re-checked first if they are stale)."""
        if self._texts.get(segment.id) != checked_as(segment):
            if (self.complete or segment.id in self._texts) and self._recheck is not None:
                return self._recheck(segment)
            return [] if segment.id not in self._texts else self._by_segment.get(segment.id, [])
        return self._by_segment.get(segment.id, [])

    def stale(self, segments: Sequence[Segment]) -> list[Segment]:
        """The segments whose findings were made for another text, or for none (a replace-all, an
        undo, a merge, another program's write), once a full run has happened: what `of` would
        check again before answering. A list of every finding must ask for them first."""
        if not self.complete:
            return []
        texts = self._texts
        return [s for s in segments if texts.get(s.id) != checked_as(s)]

    def worst_of(self, segment: Segment) -> str | None:
        """Worst severity of the segment: from the index when known, else from its stored findings."""
        if segment.id in self._texts or self.complete:
            findings = self.of(segment)
            if self._texts.get(segment.id) != checked_as(segment):
                return worst(f.severity for f in findings)  # no entry for this text: nothing to keep
            if segment.id not in self._worst:
                self._worst[segment.id] = worst(f.severity for f in findings)
            return self._worst[segment.id]
        return worst(f.severity for f in stored_findings(segment))

    def checks_of(self, segment: Segment) -> Iterable[tuple[str, str]]:
        """`(check, severity)` of each of the segment's findings: from the index when it knows the
        segment, else those stored with it on import (what the grid's mark shows, see `worst_of`)."""
        if segment.id in self._texts or self.complete:
            return [(f.check, f.severity) for f in self.of(segment)]
        return [(f.check, f.severity) for f in stored_findings(segment)]

    def all(self) -> list[Finding]:
        """Every finding, grouped by segment (for counting)."""
        return [f for findings in self._by_segment.values() for f in findings]

    def in_order(self, segments: Sequence[Segment]) -> list[Finding]:
        """Every finding, in the order of `segments` (project order), with positions renumbered."""
        result: list[Finding] = []
        for position, segment in enumerate(segments, start=1):
            for finding in self._by_segment.get(segment.id, ()):
                result.append(finding if finding.segment == position else replace(finding, segment=position))
        return result

    def recheck(
        self,
        project: Project,
        segment: Segment,
        position: int,
        enforcer: Any | None,
        speller: Any | None = None,
        around: Sequence[Segment] = (),
    ) -> list[Finding]:
        """Run the local checks on one segment now; keep its project-wide findings from the last run.

        `around` is the project's segments in order, `position` the segment's place among them
        (1-based): the context families read its neighbours there (`CONTEXT_FAMILIES`)."""
        return self.keep(segment, local_checks(project, segment, position, enforcer, speller, around)())

    def keep(self, segment: Segment, local: Sequence[Finding]) -> list[Finding]:
        """Make `local` (what a `local_checks` job found) the segment's local findings, beside its
        project-wide findings from the last run; returns them all."""
        findings = [*local, *self.wide_of(segment)]
        self._by_segment[segment.id] = findings
        self._texts[segment.id] = checked_as(segment)
        self._worst.pop(segment.id, None)
        self.version += 1
        return findings

    def set_document(self, segments: Sequence[Segment], findings: Iterable[Finding]) -> None:
        """Make `findings` (a run over one document: `check_project(document=...)`) the findings of
        `segments`, that document's, beside their project-wide findings from the last full run,
        which such a run leaves out."""
        from workbench.core.checks import REGISTRY  # loaded by the run that gave `findings`

        order = {check: k for k, check in enumerate(REGISTRY)}
        found: dict[int, list[Finding]] = {segment.id: [] for segment in segments}
        for finding in findings:
            if finding.segment_id in found:
                found[finding.segment_id].append(finding)
        for segment in segments:
            wide = [f for f in self._by_segment.get(segment.id, ()) if f.check in REGISTRY and REGISTRY[f.check].project_wide]
            self._by_segment[segment.id] = sorted([*found[segment.id], *wide], key=lambda f: order.get(f.check, len(order)))
            self._texts[segment.id] = checked_as(segment)
            self._worst.pop(segment.id, None)
        self.version += 1

    def wide_of(self, segment: Segment) -> list[Finding]:
        """The segment's project-wide findings from the last run (which its local checks leave as they are)."""
        return [f for f in self._by_segment.get(segment.id, ()) if f.check not in LOCAL_CHECKS]

    def drop(self, finding: Finding) -> None:
        """Forget one finding (it was accepted as a false positive)."""
        kept = [
            f
            for f in self._by_segment.get(finding.segment_id or -1, ())
            if (f.check, f.concept) != (finding.check, finding.concept)
        ]
        if finding.segment_id is not None:
            self._by_segment[finding.segment_id] = kept
            self._worst.pop(finding.segment_id, None)
        self.version += 1


    def restore(self, finding: Finding) -> None:
        """Put back a finding `drop` forgot (its acceptance undone): a project-wide one (a
        variant mix) would otherwise be missing until the next full run."""
        if finding.segment_id is None:
            return
        present = self._by_segment.setdefault(finding.segment_id, [])
        if finding not in present:
            present.append(finding)
        self._worst.pop(finding.segment_id, None)
        self.version += 1


def _neighbourhood(segment: Segment, around: Sequence[Segment]) -> list[Segment]:
    """`segment` among up to `CONTEXT_REACH` segments of its document on either side in `around`
    (where it stands at `segment.position`), each at its position in the project."""
    index = segment.position - 1
    if not 0 <= index < len(around):
        return [segment]
    lo, hi = max(0, index - CONTEXT_REACH), min(len(around), index + CONTEXT_REACH + 1)
    return [segment if k == index else replace(around[k], position=k + 1)
            for k in range(lo, hi) if k == index or around[k].document_id == segment.document_id]


def local_checks(
    project: Project,
    segment: Segment,
    position: int,
    enforcer: Any | None,
    speller: Any | None = None,
    around: Sequence[Segment] = (),
) -> Callable[[], list[Finding]]:
    """The local checks of one segment as a job that any thread can run (`FindingIndex.keep` stores
    its result): what it needs from the database (acceptances, sense answers) and the segment's
    neighbours are read here, on the caller's thread, since a SQLite connection belongs to the
    thread that made it, and the segments list may change after.

    Most segments take a millisecond or two; one word a hundred thousand concepts share took
    5 s (hardening, round eighteen), which is why the editor runs the job off its drawing thread."""
    from workbench.core.check_records import accepted_keys
    from workbench.core.checks import REGISTRY, run_checks
    from workbench.core.checks.config import ChecksConfig
    from workbench.core.checks.senses import sense_answers

    config = ChecksConfig.from_mapping(project.config.checks)
    wanted = LOCAL_CHECKS & config.enabled()
    in_context = frozenset(c for c in wanted if REGISTRY[c].family in CONTEXT_FAMILIES)
    shown = replace(segment, position=position)
    neighbourhood = _neighbourhood(shown, around)
    accepted = accepted_keys(project)
    senses = sense_answers(project)
    source_lang, target_lang = project.config.source_lang, project.config.target_lang

    def run(segments: Sequence[Segment], checks: frozenset[str]) -> list[Finding]:
        return run_checks(
            segments,
            source_lang=source_lang,
            target_lang=target_lang,
            enforcer=enforcer,
            config=config,
            accepted=accepted,
            checks=checks,
            speller=speller,
            senses=senses,
        )

    def job() -> list[Finding]:
        local = [*run([shown], wanted - in_context),
                 *(f for f in run(neighbourhood, in_context) if f.segment == position)]
        order = {check: k for k, check in enumerate(REGISTRY)}
        local.sort(key=lambda f: order[f.check])  # as a full run orders a segment's findings
        return local

    return job
