"""Helpers for the TUI tests: small projects with known pairs, built in `tmp_path`.

The projects are written through the project store's schema (documents,
sentences, beads with sentence ranges and confidences), not through the
aligner, so every test and snapshot sees exactly the same pairs whatever the
aligner's current tuning.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerCancelled

from termbase.model import Concept, Term, TermStatus
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.screens.alignment_screen import AlignmentScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.segment_grid import SegmentGrid

SIZE = (120, 36)

S = TypeVar("S", bound=Screen[object])


@dataclass(frozen=True)
class Bead:
    """A pair of sentence runs as the aligner would store it."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    confidence: float = 0.95
    status: str = "draft"
    findings: tuple[dict[str, object], ...] = field(default=())
    similarity: float | None = None


SAMPLE_BEADS: tuple[Bead, ...] = (
    Bead(("The trade unions provided the institutional base for this shift.",),
         ("Профсоюзы обеспечили институциональную базу для этого сдвига.",)),
    Bead(("The Communist Party lent it political sanction.",),
         ("Коммунистическая партия дала ему политическую санкцию.",), 0.9, "translated"),
    Bead(("Clubs were meant to serve the cultural interest of workers.", "They were not accountable to the state."),
         ("Клубы должны были служить культурным интересам рабочих.",), 0.31),
    Bead((), ("Они не были подотчётны государству.",), 0.22),
    Bead(("By 1923, basic issues regarding the club movement were resolved.",),
         ("К 1923 году основные вопросы клубного движения были решены.",)),
    Bead(("The forces of cultural spontaneity made inroads into the clubs.",),
         ("Силы стихийности проникли в клубы.",), 0.88),
    Bead(("Workers' clubs needed [bold]money[/] and\ttime\x07.",),
         ("",), 0.9),
    Bead(("The party backed decentralization in 1924.",),
         ("Партия поддержала децентрализацию в 1925 году.",), 0.93),
)
"""Eight pairs: confirmed and draft, a weak 2-1 followed by a 0-1 (the aligner slipped), a missing
term («культурная стихийность»), markup and control characters, a number mismatch."""


def build_project(path: Path, beads: Sequence[Bead] = SAMPLE_BEADS, *, name: str = "clubs") -> Path:
    """A project at `path` whose only document holds `beads`, stored as aligned segments."""
    project = Project.create(path, name=name)
    with project.transaction() as db:
        documents = db.table("documents")
        documents.insert({"seq": 1, "name": "clubs", "kind": "text", "source_file": "sources/clubs.en.txt",
                          "target_file": "sources/clubs.ru.txt", "source_encoding": "utf-8",
                          "target_encoding": "utf-8", "imported_at": "2024-01-01T00:00:00Z"})
        document_id = documents.last_pk
        counters = {"source": 0, "target": 0}
        paragraphs = db.table("paragraphs")
        paragraph_ids = {}
        for side in ("source", "target"):
            paragraphs.insert({"document_id": document_id, "side": side, "seq": 0, "text": "", "original": ""})
            paragraph_ids[side] = paragraphs.last_pk
        segments = db.table("segments")
        for seq, bead in enumerate(beads):
            ranges = {}
            for side, sentences in (("source", bead.source), ("target", bead.target)):
                start = counters[side]
                for sentence in sentences:
                    db.table("sentences").insert({"document_id": document_id, "side": side, "seq": counters[side],
                                            "paragraph_id": paragraph_ids[side], "text": sentence})
                    counters[side] += 1
                ranges[side] = (start, counters[side])
            segments.insert({
                "document_id": document_id, "seq": float(seq), "source": " ".join(bead.source),
                "target": " ".join(bead.target), "status": bead.status, "confidence": bead.confidence,
                "source_from": ranges["source"][0], "source_to": ranges["source"][1],
                "target_from": ranges["target"][0], "target_to": ranges["target"][1],
                "locked": int(bead.status != "draft"), "changed_at": "2024-01-01T00:00:00Z",
                "similarity": bead.similarity,
            })
            segment_id = segments.last_pk
            findings = list(bead.findings)
            if bead.confidence < 0.5:
                findings.append({"check": "alignment-low-confidence", "severity": "warning", "side": "source",
                                 "start": 0, "end": len(" ".join(bead.source)),
                                 "message": f"the aligner is unsure of this pair ({bead.confidence:.2f})"})
            for finding in findings:
                db.table("segment_findings").insert({"segment_id": segment_id, "suggestion": None, **finding})
    with open_project_termbase(project) as termbase:
        for concept in CONCEPTS:
            termbase.add(concept)
    project.close()
    return path


CONCEPTS = (
    Concept("cultural-spontaneity", terms=(
        Term("cultural spontaneity", "en"),
        Term("культурная стихийность", "ru"),
        Term("культурная спонтанность", "ru", TermStatus.DEPRECATED),
    )),
    Concept("trade-union", terms=(Term("trade union", "en"), Term("профсоюз", "ru"))),
    Concept("communist-party", terms=(Term("Communist Party", "en"), Term("Коммунистическая партия", "ru"))),
    Concept("workers-club", terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru"),
                                   Term("клуб рабочих", "ru", TermStatus.ADMITTED))),
)


def stored(path: Path) -> list[dict[str, object]]:
    """The segments as the database holds them now, read through a fresh connection."""
    with Project.open(path) as project:
        return [
            {"source": s.source, "target": s.target, "status": str(s.status), "id": s.id}
            for s in project.segments()
        ]


def drawn(app: App[None]) -> list[str]:
    """The screen's lines as the terminal shows them now."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def settle(pilot: Pilot[None]) -> None:
    """Let workers (segment load, termbase, checks) finish and the screen catch up.

    A worker cancelled by a newer one of its exclusive group (the segments reloaded again after
    an import) is no failure: the newer one is waited for in its turn. Waiting for the whole
    set at once would raise `WorkerCancelled` when a busy machine lets the two overlap."""
    for _ in range(3):
        for worker in list(pilot.app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()


async def open_screen(pilot: Pilot[None], key: str, screen_type: type[S]) -> S:
    """Press `key` once the app has settled and return the screen it opened, settled in turn:
    a `screen_type`, or the test fails. Every view the function keys open is reached so."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, screen_type)
    return screen


async def open_editor(pilot: Pilot[None], position: int | None = None) -> TranslationScreen:
    """Open the translation editor (F4) once the app has settled, on segment
    `position` (1-based) when given, and return its screen."""
    screen = await open_screen(pilot, "f4", TranslationScreen)
    if position is not None:
        screen.query_one(SegmentGrid).move_to(position - 1)
        await settle(pilot)
        await settle(pilot)
    return screen


async def open_alignment(pilot: Pilot[None], index: int = 0) -> AlignmentScreen:
    """Open the alignment editor (F3) once the app has settled, on pair `index` (0-based), and
    return its screen."""
    screen = await open_screen(pilot, "f3", AlignmentScreen)
    screen.grid.move_to(index)
    await pilot.pause()
    return screen
