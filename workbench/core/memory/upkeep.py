"""Memory maintenance: one cleaned TMX of several memories, and the sources translated two ways.

A language lead merges the memories of several tools (OmegaT, Okapi, a client's file, the
project's own) before a project starts. Each import is kept as its own memory, so the same pair
read from two files is stored twice, and one source may carry different translations in
different files. `export_memories` writes the chosen memories as one TMX with each exact pair
(the same source and target text) once, the newest copy kept, and every unit saying where it
came from (`x-memory`, beside the unit's own properties); `conflicts` lists the sources that
still have more than one translation, which no export can settle: a person chooses.
`replace_targets` mends a bad translation in every imported unit at once, as one step that
`undo_replace` takes back.

Each of these is written once, against `MemoryUpkeep`: the few reads and writes a store
answers (a project's `memory.db`, `LocalUpkeep`; a team server, `team.upkeep.TeamUpkeep`).
What is kept, what counts as a conflict, what a replace changes and what an undo may put
back is decided here, for both, so a team's memory is upkept by the same rules as one's own.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from termbase import safetext
from termbase.transactions import write_transaction
from workbench.core.memory.schema import TARGET_FTS
from workbench.core.memory.store import PROJECT_MEMORY, TranslationMemory
from workbench.core.project import utc_now
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import parse_tmx_date, write_tmx
from workbench.tags import InlineCodes
from workbench.wording import N_

MEMORY_PROP = "x-memory"
"""The TMX property naming the memory (the imported file, or `project`) a unit came from."""
LOCK_ATTEMPTS = 3
"""Times a replace reads its memories again when an import replaced one just before the lock."""
PROJECT_KIND = "project"
"""The kind of a memory that follows a project's confirmed segments (the local `project`, and
every team project's memory on a server): a replace leaves it to `workbench replace`."""


@dataclass(frozen=True, slots=True)
class MemoryExport:
    """What `export_memories` wrote."""

    path: Path
    units: int
    """Units written."""
    duplicates: int
    """Units left out because a newer unit had the same source and target text."""
    conflicts: int
    """Sources written with more than one translation (see `conflicts`)."""
    removed_characters: int = 0
    """Characters TMX cannot hold (XML 1.0 control characters), removed."""


@dataclass(frozen=True, slots=True)
class Translation:
    """One translation of a conflicting source, and where it is."""

    target: str
    memories: tuple[str, ...]
    """The memories holding it, each once, in name order."""
    units: int
    """How many units hold it (duplicates counted)."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A source the memories translate in more than one way."""

    source: str
    translations: tuple[Translation, ...]
    """Most units first, then by target text."""


@dataclass(frozen=True, slots=True)
class TargetChange:
    """One unit's target as a replace changes it."""

    unit_id: int
    memory: str
    source: str
    before: str
    after: str
    changed: str | None
    """The unit's `changed` date before the replace (which sets it to its own time)."""
    changed_by: str | None = None
    """Who changed the unit last before the replace (a team server names each writer)."""


@dataclass(frozen=True, slots=True)
class TargetReplace:
    """What `replace_targets` changed (or, on a dry run, would change)."""

    changes: tuple[TargetChange, ...]
    """The first changes, as many as the caller asked to keep (`kept`)."""
    count: int
    """How many units changed (or would)."""
    done: bool
    """False on a dry run: nothing was written."""


@dataclass(frozen=True, slots=True)
class TargetUndo:
    """What `undo_replace` put back."""

    find: str
    replacement: str
    restored: int
    changed_since: int
    """Units left as they are: their target or source is no longer what the replace wrote
    (edited, replaced again, or their memory re-imported)."""
    member: str | None = None
    """Who made the replace (a team server's member; None in a project's own memory)."""
    at: str = ""
    """When the replace was made (ISO 8601 UTC)."""


@dataclass(frozen=True, slots=True)
class ReplaceStep:
    """One recorded `memory replace`, as `undo_replace` finds it."""

    step: int
    find: str
    replacement: str
    units: int
    """Units it changed (those deleted since, by a re-import, still counted)."""
    member: str | None
    at: str


@dataclass(frozen=True, slots=True)
class UnitNow:
    """A unit as it stands now, locked until the command's transaction ends."""

    source: str
    target: str
    changed: str | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class StepEdit:
    """One unit a recorded replace changed, and that unit now (None: deleted since)."""

    unit_id: int
    memory: str
    source: str
    before: str
    after: str
    changed_before: str | None
    changed_by_before: str | None
    now: UnitNow | None

    @property
    def untouched(self) -> bool:
        """The unit still holds what the replace wrote."""
        return self.now is not None and self.now.source == self.source and self.now.target == self.after


class MemoryUpkeep(Protocol):
    """What a store answers for upkeep: reads in one consistent view, writes in one transaction.

    Every method but the two transactions is called inside one of them (`reading` or
    `writing`); the functions of this module open it, so a command is one transaction."""

    source_lang: str
    target_lang: str
    project_memory: str
    """The name of the memory this project's confirmed segments go to (made at the first)."""
    refuses_changed_since: bool
    """An undo refuses (rather than leaves alone) units changed since its replace: on a team
    server they are a teammate's later work, which a half-undone step would silently mix with."""

    def reading(self) -> contextlib.AbstractContextManager[None]:
        """One view of the memories for a read of several passes (an export reads twice)."""

    def writing(self) -> contextlib.AbstractContextManager[None]:
        """One write transaction: all of a replace or an undo, or nothing."""

    def memories(self) -> dict[str, tuple[int, str]]:
        """Every memory by name: its id and kind (`project` or `shared`), in name order."""

    def lock_memories(self, memory_ids: Sequence[int]) -> None:
        """Hold off other writers of these memories (an import replacing one) until the end."""

    def pair_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
        """(id, source, target) of the units, by source and target (binary order), the newest
        first of each pair (`changed`, else `created`, undated last; of equals the later stored)."""

    def unit_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[Any, ...]]:
        """The units in memory and unit order: id, memory id, source, target, source and target
        language, status, confidence, created, changed, notes, props, codes (JSON or None), creator,
        changer (None where nobody is named)."""

    def conflict_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[str, str, int]]:
        """(source, target, memory id) of the units whose source has more than one target, by source."""

    def target_rows(self, memory_ids: Sequence[int], containing: str | None) -> Iterable[tuple[Any, ...]]:
        """(id, memory id, source, target, changed, changed by) of the units, those whose target
        holds `containing` when given, by id: streamed, and read on while a replace writes the
        units already read in the same transaction (which the rows still to come never show)."""

    def lock_units(self, unit_ids: Sequence[int]) -> dict[int, UnitNow]:
        """The units as they are now, locked: what a replace writes over."""

    def record_replace(self, find: str, replacement: str, pages: Iterable[Sequence[TargetChange]]) -> int | None:
        """Write the pages of changes as they come, each unit's date set to now, and record them as
        one step `undo_replace` can take back; the step's number, or None when no page held a
        change (no step is recorded)."""

    def step_changes(self, step: int) -> Iterable[TargetChange]:
        """The changes step `step` wrote, from its journal, in unit order, streamed."""

    def last_step(self) -> ReplaceStep | None:
        """The replace an undo takes back (the last one; on a team server, this member's last)."""

    def step_edits(self, step: ReplaceStep) -> list[StepEdit]:
        """The units the step changed, each as it is now, locked."""

    def take_back(self, step: ReplaceStep, edits: Sequence[StepEdit]) -> None:
        """Put back `edits` (their target, date and writer before the step) and forget the step."""


def _memory_ids(store: MemoryUpkeep, names: Sequence[str]) -> dict[int, str]:
    """The ids of the memories named (every memory when none is), refusing an unknown name
    before anything is written."""
    known = store.memories()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InputError.worded(
            N_("no memory named {name} (workbench memory list names them)"), name=", ".join(unknown)
        )
    chosen = names or list(known)
    return {known[name][0]: name for name in chosen}


def _newest_copies(store: MemoryUpkeep, memory_ids: dict[int, str]) -> tuple[set[int], int]:
    """The unit ids to keep, the newest of each exact (source, target) pair, and how many
    sources keep more than one target.

    The store gives the units by pair, newest first, so only the ids kept are held, never the
    texts: a team server's memory of a million units is read as a stream."""
    kept: set[int] = set()
    conflicting = 0
    last_source: str | None = None
    last_target: str | None = None
    targets = 0
    for unit_id, source, target in store.pair_rows(list(memory_ids)):
        if source == last_source and target == last_target:
            continue
        if source != last_source:
            targets = 0
        targets += 1
        if targets == 2:
            conflicting += 1
        kept.add(unit_id)
        last_source, last_target = source, target
    return kept, conflicting


def _moment(value: str | None) -> datetime | None:
    """A unit's date, or None where it holds none that reads as one: a team server's `changed`
    is text another program may have written anything into (`psql`). Read as TMX reads a date,
    so it is in UTC (a moment an offset carries past year 1 or 9999 is none: TMX cannot write it)."""
    return parse_tmx_date(value)


def export_memories(store: MemoryUpkeep, path: Path | str, *, names: Sequence[str] = ()) -> MemoryExport:
    """Write the memories `names` (every memory when empty) as one TMX 1.4b at `path`.

    Each exact pair is written once (`_newest_copies`); every unit keeps its dates, status,
    notes and properties and gains `x-memory`. Its `tuid` is the memory unit's id, unique in
    the file (two files' own ids may clash). Inline codes come back as the TMX they were read
    from (`units.codes`); an XLIFF 1.2's with their native code (`formats.tmx._from_xliff1`);
    others, and those of units stored before the memory kept them, as TMX's generic ones. Who
    made and changed each unit (`creationid`, `changeid`) is written as the store gives it
    (`unit_rows`). Both passes read one view of the memories (`store.reading`)."""
    total = 0
    with store.reading():
        memory_ids = _memory_ids(store, names)
        kept, conflicting = _newest_copies(store, memory_ids)

        def units() -> Iterator[TranslationUnit]:
            nonlocal total
            for row in store.unit_rows(list(memory_ids)):
                unit_id, memory_id, source, target, source_lang, target_lang, status, confidence = row[:8]
                created, changed, notes, props, codes, creator, changer = row[8:]
                total += 1
                if unit_id not in kept:
                    continue
                own = tuple((kind, value) for kind, value in json.loads(props)) if props else ()
                yield TranslationUnit(
                    source=source,
                    target=target,
                    source_lang=source_lang or store.source_lang,
                    target_lang=target_lang or store.target_lang,
                    tuid=str(unit_id),
                    created=_moment(created),
                    changed=_moment(changed),
                    status=status,
                    confidence=confidence,
                    notes=tuple(json.loads(notes)) if notes else (),
                    props=((MEMORY_PROP, memory_ids[memory_id]), *own),
                    codes=InlineCodes.from_json(codes),
                    creator=creator,
                    changer=changer,
                )

        report = write_tmx(path, units(), source_lang=store.source_lang, target_lang=store.target_lang)
    return MemoryExport(
        path=report.path,
        units=report.units,
        duplicates=total - report.units,
        conflicts=conflicting,
        removed_characters=report.removed_characters,
    )


def conflicts(store: MemoryUpkeep, *, names: Sequence[str] = ()) -> list[Conflict]:
    """The sources of the memories `names` (every memory when empty) with more than one
    translation, in source order. Only exact sources count: a source differing in case or
    spacing is another sentence to a TMX reader, and the fuzzy lookup shows both anyway."""
    found: dict[str, dict[str, list[str]]] = {}
    with store.reading():
        memory_ids = _memory_ids(store, names)
        for source, target, memory_id in store.conflict_rows(list(memory_ids)):
            found.setdefault(source, {}).setdefault(target, []).append(memory_ids[memory_id])
    return [
        Conflict(
            source=source,
            translations=tuple(
                Translation(target, tuple(sorted(set(where))), len(where))
                for target, where in sorted(targets.items(), key=lambda item: (-len(item[1]), item[0]))
            ),
        )
        for source, targets in found.items()
    ]


def _replaceable(store: MemoryUpkeep, names: Sequence[str]) -> dict[int, str]:
    """The memories a replace works on: those named, else every one that follows no project."""
    known = store.memories()
    memory_ids = _memory_ids(store, names)
    if names:
        return memory_ids
    return {memory_id: name for memory_id, name in memory_ids.items() if known[name][1] != PROJECT_KIND}


def _locked(store: MemoryUpkeep, names: Sequence[str]) -> dict[int, str]:
    """`_replaceable`, locked against other writers. An import that replaced a memory between
    the read and the lock gave it a new id: the memories are read again under the lock until
    the two agree (from then on the lock holds every import of them off)."""
    memory_ids = _replaceable(store, names)
    for _ in range(LOCK_ATTEMPTS):
        store.lock_memories(sorted(memory_ids))
        held, memory_ids = memory_ids, _replaceable(store, names)
        if held == memory_ids:
            return memory_ids
    raise InputError.worded(N_("the memories kept being imported again while the replace began; try again"))


REPLACE_PAGE = 500
"""Units a replace reads, rewrites and writes at a time: a pattern found in each of 1,130,000 units held
them all three times over (1 GB before a line was listed); a page of them is what is held now."""


def replace_targets(
    store: MemoryUpkeep,
    find: str,
    replacement: str,
    *,
    names: Sequence[str] = (),
    dry_run: bool = False,
    rewrite: Callable[[str], str | None] | None = None,
    each: Callable[[TargetChange], None] | None = None,
    kept: int | None = None,
) -> TargetReplace:
    """Replace `find` by `replacement` (exact text, case kept) in the targets of the imported
    memories `names` (every imported one when empty), as one step `undo_replace` takes back.

    `rewrite`, when given, makes each target's new text instead (None: unchanged): a search in
    word forms or by pattern (`editing.target_rewriter`, which this layer may not import), so a
    bad translation repeated in every case («клуб рабочих», «клубу рабочих») is put right in
    one step; `find` and `replacement` then only name the step. The exact search asks the
    store for the targets holding `find`; a rewrite reads every target of the memories.

    The memories are read a page of units at a time (`REPLACE_PAGE`), and a real run locks,
    rewrites and writes each page before the next is read, all in one transaction: a pattern
    found in each of a million units never holds them all, and a failure half way (a pattern
    past its time, a server gone) leaves every unit as it was. `each` hears every change, in
    unit order: on a dry run as it is found, otherwise once the step is committed (read back
    from the step's journal), so nothing is said of a change that did not happen; the result
    keeps the first `kept` changes (every one when None) and counts them all.

    The memories are locked against another writer (an import replacing one, another replace)
    before they are read, and each changed unit is locked (a page at a time) and read again
    before it is written, its new text made from what it holds then; so two teammates' writes
    follow each other and neither is lost.

    A memory that follows a project's segments is refused: its units would be put back by the
    next sync; `workbench replace` changes the segments themselves."""
    if not find:
        raise InputError.worded(N_("give the text to find"))
    if find == replacement:
        raise InputError.worded(N_("the replacement is the text to find; nothing would change"))
    if not safetext.is_clean(find):
        # No unit holds one (imports remove them), and a team server refuses a NUL in a query.
        raise InputError.worded(N_("the text to find holds a control character, which no memory unit holds"))
    replacement = safetext.clean(replacement)  # as the targets it makes are stored (`made`), and so journalled

    def made(target: str) -> str | None:
        after = rewrite(target) if rewrite is not None else target.replace(find, replacement) if find in target else None
        # A replacement's terminal control is removed as an import removes it (an escape sequence
        # written into every unit was drawn by every lookup): the target as it is stored.
        if after is None or safetext.is_clean(after):
            return after
        cleaned = safetext.clean(after)
        return None if cleaned == target else cleaned

    with store.reading() if dry_run else store.writing():
        known = store.memories()
        if any(name == store.project_memory or known.get(name, (0, ""))[1] == PROJECT_KIND for name in names):
            raise InputError.worded(
                N_("the project memory follows the project's segments: change them with workbench replace")
            )
        memory_ids = _replaceable(store, names) if dry_run else _locked(store, names)
        if not memory_ids:
            return TargetReplace((), 0, not dry_run)
        pages = _pages(
            TargetChange(unit_id, memory_ids[memory_id], source, target, after, changed, changed_by)
            for unit_id, memory_id, source, target, changed, changed_by in store.target_rows(
                list(memory_ids), None if rewrite is not None else find)
            if (after := made(target)) is not None
        )
        if dry_run:
            heard = _Heard(each, kept)
            for page in pages:
                heard.extend(page)
            return heard.result(done=False)
        step = store.record_replace(find, replacement, (_relocked(store, page, made) for page in pages))
    heard = _Heard(each, kept)
    if step is not None:
        with store.reading():
            heard.extend(store.step_changes(step))
    return heard.result(done=True)


class _Heard:
    """The changes of a replace as they come: each told to `each`, the first `kept` kept, all counted."""

    def __init__(self, each: Callable[[TargetChange], None] | None, kept: int | None) -> None:
        self.each = each
        self.kept = kept
        self.found: list[TargetChange] = []
        self.count = 0

    def extend(self, changes: Iterable[TargetChange]) -> None:
        for change in changes:
            self.count += 1
            if self.kept is None or len(self.found) < self.kept:
                self.found.append(change)
            if self.each is not None:
                self.each(change)

    def result(self, *, done: bool) -> TargetReplace:
        return TargetReplace(tuple(self.found), self.count, done)


def _pages(changes: Iterable[TargetChange]) -> Iterator[list[TargetChange]]:
    """`changes` cut into pages of `REPLACE_PAGE` (read lazily: a page is made before the next is read)."""
    page: list[TargetChange] = []
    for change in changes:
        page.append(change)
        if len(page) == REPLACE_PAGE:
            yield page
            page = []
    if page:
        yield page


def _relocked(store: MemoryUpkeep, page: Sequence[TargetChange], made: Callable[[str], str | None]) -> list[TargetChange]:
    """A page of planned changes made again from its units as they are now, locked (pages come in
    unit order, so every replace locks its units in that one order: two never deadlock)."""
    now = store.lock_units([c.unit_id for c in page])
    changes = []
    for change in page:
        current = now.get(change.unit_id)
        if current is None:
            continue  # deleted meanwhile (only another program can: the memory is locked)
        if current.target != change.before:
            after = made(current.target)
            if after is None:
                continue
            change = TargetChange(change.unit_id, change.memory, current.source, current.target, after,
                                  current.changed, current.changed_by)
        changes.append(change)
    return changes


def undo_replace(store: MemoryUpkeep) -> TargetUndo:
    """Put back the targets the last `replace_targets` changed, where they are still as it left
    them; on a store that `refuses_changed_since` (a team server), nothing unless every unit
    is, the refusal naming whose change stands in the way."""
    with store.writing():
        step = store.last_step()
        if step is None:
            raise InputError.worded(N_("no memory replace to undo"))
        edits = store.step_edits(step)
        kept = [edit for edit in edits if edit.untouched]
        if store.refuses_changed_since and len(kept) < step.units:
            _refuse_undo(step, [edit for edit in edits if not edit.untouched])
        store.take_back(step, kept)
    return TargetUndo(step.find, step.replacement, len(kept), step.units - len(kept), step.member, step.at)


def _refuse_undo(step: ReplaceStep, moved: Sequence[StepEdit]) -> None:
    """One line saying why the step cannot be taken back: the latest change made over it, by whom."""
    changed = [edit for edit in moved if edit.now is not None]
    if changed:
        latest = max(changed, key=lambda edit: (edit.now.changed or "") if edit.now else "")
        assert latest.now is not None
        raise InputError.worded(
            N_("cannot undo the replace of {find!r} made at {at}: {count} of its {units} units changed since, the latest "
               "by {who} at {when} (unit {unit} of {memory}); nothing was undone"),
            find=step.find, at=step.at, count=len(moved), units=step.units, who=latest.now.changed_by or "?",
            when=latest.now.changed or "?", unit=latest.unit_id, memory=latest.memory,
        )
    memories = ", ".join(sorted({edit.memory for edit in moved})) or "?"
    raise InputError.worded(
        N_("cannot undo the replace of {find!r} made at {at}: {memory} was imported again since; nothing was undone"),
        find=step.find, at=step.at, memory=memories,
    )


class LocalUpkeep:
    """`MemoryUpkeep` of a project's own `memory.db`.

    A write holds the file's lock from its start (`BEGIN IMMEDIATE`), so no other writer comes
    between a replace's read and its write; an undo leaves a unit changed since as it is and
    says so (every change in this file is the user's own)."""

    refuses_changed_since = False

    def __init__(self, tm: TranslationMemory) -> None:
        self.tm = tm
        self.project_memory = PROJECT_MEMORY
        self.conn = tm.db.conn
        self.source_lang = tm.source_lang
        self.target_lang = tm.target_lang

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        # a deferred transaction: every read of the command sees one snapshot of the file
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.rollback()

    def writing(self) -> contextlib.AbstractContextManager[None]:
        return write_transaction(self.conn)

    def memories(self) -> dict[str, tuple[int, str]]:
        return {name: (memory_id, kind) for memory_id, name, kind in self.conn.execute(
            "select id, name, kind from memories order by name")}

    def lock_memories(self, memory_ids: Sequence[int]) -> None:
        """Nothing more to do: `writing` holds the whole file."""

    def pair_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
        return self.conn.execute(
            f"select id, source, target from units where memory_id in ({_marks(memory_ids)}) "
            "order by source, target, coalesce(changed, created, '') desc, id desc",
            list(memory_ids),
        )

    def unit_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[Any, ...]]:
        """The units' rows; the project memory's units stored before units kept their people
        (`m005_unit_people`) name the project's user (`tm.user`), as its newer ones do."""
        project = self.memories().get(PROJECT_MEMORY, (None, ""))[0]
        user = self.tm.user
        rows = self.conn.execute(
            "select id, memory_id, source, target, source_lang, target_lang, status, confidence, created, changed, "
            f"notes, props, codes, creator, changer from units where memory_id in ({_marks(memory_ids)}) "
            "order by memory_id, id",
            list(memory_ids),
        )
        if project is None or user is None:
            return rows
        return (
            (*row[:13], user, user) if row[1] == project and row[13] is None and row[14] is None else row
            for row in rows
        )

    def conflict_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[str, str, int]]:
        marks = _marks(memory_ids)
        return self.conn.execute(
            f"select source, target, memory_id from units where memory_id in ({marks}) and source in ("
            f"select source from units where memory_id in ({marks}) group by source "
            "having count(distinct target) > 1) order by source",
            [*memory_ids, *memory_ids],
        )

    def target_rows(self, memory_ids: Sequence[int], containing: str | None) -> Iterator[tuple[Any, ...]]:
        """A page (`REPLACE_PAGE`) of rows read at a time, after the last id read: SQLite does not
        say what a statement still stepping returns once its connection writes the table."""
        holding = "" if containing is None else "and instr(target, ?) > 0 "
        last = -1
        while True:
            rows = self.conn.execute(
                f"select id, memory_id, source, target, changed, null from units where memory_id in ({_marks(memory_ids)}) "
                f"{holding}and id > ? order by id limit ?",
                [*memory_ids, *([] if containing is None else [containing]), last, REPLACE_PAGE],
            ).fetchall()
            yield from rows
            if len(rows) < REPLACE_PAGE:
                return
            last = rows[-1][0]

    def lock_units(self, unit_ids: Sequence[int]) -> dict[int, UnitNow]:
        found: dict[int, UnitNow] = {}
        for start in range(0, len(unit_ids), 500):  # SQLite's limit of bound values
            chunk = list(unit_ids[start:start + 500])
            for unit_id, source, target, changed in self.conn.execute(
                f"select id, source, target, changed from units where id in ({_marks(chunk)})", chunk
            ):
                found[unit_id] = UnitNow(source, target, changed, None)
        return found

    def record_replace(self, find: str, replacement: str, pages: Iterable[Sequence[TargetChange]]) -> int | None:
        at = utc_now()
        step: int | None = None
        count = 0
        for page in pages:
            if not page:
                continue
            if step is None:
                step = self.conn.execute(
                    "insert into target_edit_steps(find, replacement, at, units) values (?, ?, ?, 0)",
                    (find, replacement, at),
                ).lastrowid
            self.conn.executemany(
                "insert into target_edits(step, unit_id, source, before, after, changed_before) values (?, ?, ?, ?, ?, ?)",
                [(step, c.unit_id, c.source, c.before, c.after, c.changed) for c in page],
            )
            _set_targets(self.conn, [(c.unit_id, c.before, c.after, at) for c in page])
            count += len(page)
        if step is not None:
            self.conn.execute("update target_edit_steps set units = ? where step = ?", (count, step))
        return step

    def step_changes(self, step: int) -> Iterator[TargetChange]:
        """A page of the journal at a time, by its own ids (written in unit order)."""
        last = -1
        while True:
            rows = self.conn.execute(
                "select e.id, e.unit_id, coalesce(m.name, ''), e.source, e.before, e.after, e.changed_before "
                "from target_edits e left join units u on u.id = e.unit_id left join memories m on m.id = u.memory_id "
                "where e.step = ? and e.id > ? order by e.id limit ?",
                (step, last, REPLACE_PAGE),
            ).fetchall()
            for _edit, unit_id, memory, source, before, after, changed in rows:
                yield TargetChange(unit_id, memory, source, before, after, changed)
            if len(rows) < REPLACE_PAGE:
                return
            last = rows[-1][0]

    def last_step(self) -> ReplaceStep | None:
        row = self.conn.execute(
            "select step, find, replacement, units, at from target_edit_steps order by step desc limit 1"
        ).fetchone()
        return None if row is None else ReplaceStep(row[0], row[1], row[2], row[3], None, row[4])

    def step_edits(self, step: ReplaceStep) -> list[StepEdit]:
        rows = self.conn.execute(
            "select e.unit_id, coalesce(m.name, ''), e.source, e.before, e.after, e.changed_before, u.id, u.source, "
            "u.target, u.changed from target_edits e left join units u on u.id = e.unit_id "
            "left join memories m on m.id = u.memory_id where e.step = ? order by e.unit_id",
            (step.step,),
        )
        return [
            StepEdit(unit_id, memory, source, before, after, changed_before, None,
                     None if now_id is None else UnitNow(now_source, now_target, now_changed, None))
            for unit_id, memory, source, before, after, changed_before, now_id, now_source, now_target, now_changed in rows
        ]

    def take_back(self, step: ReplaceStep, edits: Sequence[StepEdit]) -> None:
        _set_targets(self.conn, [(e.unit_id, e.after, e.before, e.changed_before) for e in edits])
        self.conn.execute("delete from target_edits where step = ?", (step.step,))
        self.conn.execute("delete from target_edit_steps where step = ?", (step.step,))


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _set_targets(conn: Any, changes: list[tuple[int, str, str, str | None]]) -> None:
    """Write each unit's new target and date (`unit id, old, new, changed`), keeping the target index in step:
    an external-content index must be told the old text to forget it, and only units already
    in it (before their memory's `target_pending`) are in it at all."""
    indexed = [
        (unit_id, old, new)
        for unit_id, old, new, _changed in changes
        if conn.execute(
            "select 1 from units u where u.id = ? and u.id < coalesce("
            "(select m.target_pending from memories m where m.id = u.memory_id), u.id + 1)",
            (unit_id,),
        ).fetchone()
    ]
    conn.executemany(
        f"insert into {TARGET_FTS}({TARGET_FTS}, rowid, target) values ('delete', ?, ?)",
        [(unit_id, old) for unit_id, old, _new in indexed],
    )
    conn.executemany(
        "update units set target = ?, changed = ? where id = ?",
        [(new, changed, unit_id) for unit_id, _old, new, changed in changes],
    )
    conn.executemany(
        f"insert into {TARGET_FTS}(rowid, target) values (?, ?)", [(unit_id, new) for unit_id, _old, new in indexed]
    )
