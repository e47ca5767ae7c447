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
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from termbase.transactions import write_transaction
from workbench.core.memory.schema import TARGET_FTS
from workbench.core.memory.store import PROJECT_MEMORY, TranslationMemory
from workbench.core.project import utc_now
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx
from workbench.tags import InlineCodes
from workbench.wording import N_

MEMORY_PROP = "x-memory"
"""The TMX property naming the memory (the imported file, or `project`) a unit came from."""


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


def _memory_ids(tm: TranslationMemory, names: Sequence[str]) -> dict[int, str]:
    """The ids of the memories named (every memory when none is), refusing an unknown name
    before anything is written."""
    known = {name: memory_id for memory_id, name in tm.db.execute("select id, name from memories order by name")}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InputError.worded(
            N_("no memory named {name} (workbench memory list names them)"), name=", ".join(unknown)
        )
    chosen = names or list(known)
    return {known[name]: name for name in chosen}


def _units(tm: TranslationMemory, memory_ids: dict[int, str]) -> Iterator[tuple[Any, ...]]:
    """The rows of the chosen memories' units in memory and unit order (the order they were stored)."""
    marks = ",".join("?" * len(memory_ids))
    yield from tm.db.execute(
        "select id, memory_id, source, target, source_lang, target_lang, status, confidence, created, changed, "
        f"notes, props, codes, creator, changer from units where memory_id in ({marks}) order by memory_id, id",
        list(memory_ids),
    )


def _newest_copies(tm: TranslationMemory, memory_ids: dict[int, str]) -> tuple[set[int], int]:
    """The unit ids to keep, the newest of each exact (source, target) pair, and how many
    sources keep more than one target. Undated units count as oldest; among equals the later
    stored wins, as a later import is the newer file."""
    best: dict[tuple[str, str], tuple[str, int]] = {}
    for unit_id, _memory, source, target, *_rest, created, changed, _notes, _props, _codes, _creator, _changer in _units(tm, memory_ids):
        stamp = changed or created or ""
        pair = (source, target)
        if pair not in best or (stamp, unit_id) > best[pair]:
            best[pair] = (stamp, unit_id)
    targets: dict[str, int] = {}
    for source, _target in best:
        targets[source] = targets.get(source, 0) + 1
    return {unit_id for _stamp, unit_id in best.values()}, sum(1 for count in targets.values() if count > 1)


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def export_memories(tm: TranslationMemory, path: Path | str, *, names: Sequence[str] = ()) -> MemoryExport:
    """Write the memories `names` (every memory when empty) as one TMX 1.4b at `path`.

    Each exact pair is written once (`_newest_copies`); every unit keeps its dates, status,
    notes and properties and gains `x-memory`. Its `tuid` is the memory unit's id, unique in
    the file (two files' own ids may clash). Inline codes come back as the TMX they were read
    from (`units.codes`); an XLIFF 1.2's with their native code (`formats.tmx._from_xliff1`);
    others, and those of units stored before the memory kept them, as TMX's generic ones. Who made and changed each unit (`creationid`, `changeid`) is
    written as it was read; the project memory's units stored before units kept it
    (`m005_unit_people`) name the project's user (`tm.user`), as its newer ones do."""
    memory_ids = _memory_ids(tm, names)
    project = {memory_id for memory_id, name in memory_ids.items() if name == PROJECT_MEMORY}
    kept, conflicting = _newest_copies(tm, memory_ids)
    total = 0

    def units() -> Iterator[TranslationUnit]:
        nonlocal total
        for row in _units(tm, memory_ids):
            unit_id, memory_id, source, target, source_lang, target_lang, status, confidence = row[:8]
            created, changed, notes, props, codes, creator, changer = row[8:]
            total += 1
            if memory_id in project and creator is None and changer is None:
                creator = changer = tm.user
            if unit_id not in kept:
                continue
            own = tuple((kind, value) for kind, value in json.loads(props)) if props else ()
            yield TranslationUnit(
                source=source,
                target=target,
                source_lang=source_lang or tm.source_lang,
                target_lang=target_lang or tm.target_lang,
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

    report = write_tmx(path, units(), source_lang=tm.source_lang, target_lang=tm.target_lang)
    return MemoryExport(
        path=report.path,
        units=report.units,
        duplicates=total - report.units,
        conflicts=conflicting,
        removed_characters=report.removed_characters,
    )


def conflicts(tm: TranslationMemory, *, names: Sequence[str] = ()) -> list[Conflict]:
    """The sources of the memories `names` (every memory when empty) with more than one
    translation, in source order. Only exact sources count: a source differing in case or
    spacing is another sentence to a TMX reader, and the fuzzy lookup shows both anyway."""
    memory_ids = _memory_ids(tm, names)
    marks = ",".join("?" * len(memory_ids))
    rows = tm.db.execute(
        f"select source, target, memory_id from units where memory_id in ({marks}) and source in ("
        f"select source from units where memory_id in ({marks}) group by source "
        "having count(distinct target) > 1) order by source",
        [*memory_ids, *memory_ids],
    )
    found: dict[str, dict[str, list[str]]] = {}
    for source, target, memory_id in rows:
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


@dataclass(frozen=True, slots=True)
class TargetReplace:
    """What `replace_targets` changed (or, on a dry run, would change)."""

    changes: tuple[TargetChange, ...]
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


def replace_targets(
    tm: TranslationMemory,
    find: str,
    replacement: str,
    *,
    names: Sequence[str] = (),
    dry_run: bool = False,
    rewrite: Callable[[str], str | None] | None = None,
) -> TargetReplace:
    """Replace `find` by `replacement` (exact text, case kept) in the targets of the imported
    memories `names` (every imported one when empty), as one step `undo_replace` takes back.

    `rewrite`, when given, makes each target's new text instead (None: unchanged): a search in
    word forms or by pattern (`editing.target_rewriter`, which this layer may not import), so a
    bad translation repeated in every case («клуб рабочих», «клубу рабочих») is put right in
    one step; `find` and `replacement` then only name the step. The exact search asks SQLite
    for the targets holding `find`; a rewrite reads every target of the memories.

    The project memory is refused: its units follow the project's confirmed segments and
    would be put back by the next sync; `workbench replace` changes the segments themselves."""
    if not find:
        raise InputError.worded(N_("give the text to find"))
    if find == replacement:
        raise InputError.worded(N_("the replacement is the text to find; nothing would change"))
    if PROJECT_MEMORY in names:
        raise InputError.worded(
            N_("the project memory follows the project's segments: change them with workbench replace")
        )
    memory_ids = _memory_ids(tm, names)
    if not names:
        memory_ids = {memory_id: name for memory_id, name in memory_ids.items() if name != PROJECT_MEMORY}
    if not memory_ids:
        return TargetReplace((), not dry_run)
    marks = ",".join("?" * len(memory_ids))
    if rewrite is None:
        rows = tm.db.execute(
            f"select id, memory_id, source, target, changed from units where memory_id in ({marks}) and instr(target, ?) > 0 order by id",
            [*memory_ids, find],
        )
        changes = tuple(
            TargetChange(unit_id, memory_ids[memory_id], source, target, target.replace(find, replacement), changed)
            for unit_id, memory_id, source, target, changed in rows
        )
    else:
        rows = tm.db.execute(
            f"select id, memory_id, source, target, changed from units where memory_id in ({marks}) order by id",
            list(memory_ids),
        )
        changes = tuple(
            TargetChange(unit_id, memory_ids[memory_id], source, target, after, changed)
            for unit_id, memory_id, source, target, changed in rows
            if (after := rewrite(target)) is not None
        )
    if dry_run or not changes:
        return TargetReplace(changes, not dry_run)
    conn = tm.db.conn
    now = utc_now()
    with write_transaction(conn):
        step = conn.execute(
            "insert into target_edit_steps(find, replacement, at, units) values (?, ?, ?, ?)",
            (find, replacement, now, len(changes)),
        ).lastrowid
        conn.executemany(
            "insert into target_edits(step, unit_id, source, before, after, changed_before) values (?, ?, ?, ?, ?, ?)",
            [(step, c.unit_id, c.source, c.before, c.after, c.changed) for c in changes],
        )
        _set_targets(conn, [(c.unit_id, c.before, c.after, now) for c in changes])
    return TargetReplace(changes, True)


def undo_replace(tm: TranslationMemory) -> TargetUndo:
    """Put back the targets the last `replace_targets` changed, where they are still as it left them."""
    conn = tm.db.conn
    with write_transaction(conn):
        last = conn.execute(
            "select step, find, replacement, units from target_edit_steps order by step desc limit 1"
        ).fetchone()
        if last is None:
            raise InputError.worded(N_("no memory replace to undo"))
        step, find, replacement, total = last
        edits = conn.execute(
            "select e.unit_id, e.after, e.before, e.changed_before from target_edits e join units u on u.id = e.unit_id "
            "and u.source = e.source and u.target = e.after where e.step = ? order by e.unit_id",
            (step,),
        ).fetchall()
        _set_targets(conn, edits)
        conn.execute("delete from target_edits where step = ?", (step,))
        conn.execute("delete from target_edit_steps where step = ?", (step,))
    return TargetUndo(find, replacement, len(edits), total - len(edits))


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
