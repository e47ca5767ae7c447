"""The one small interface every interchange format implements.

A format reads and/or writes a stream of `TranslationUnit` values: one
source/target pair with the metadata CAT tools exchange (ids, dates, status,
notes, free-form properties). Readers are generators and writers consume any
iterable, so a million-unit file never has to be in memory at once.

Formats that can only be written (the plain target text) derive from
`ExportFormat`; formats that go both ways derive from `BitextFormat`. The
registry (`workbench.formats.registry`) maps file extensions to them.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, TextIO

from termbase import safetext
from termbase.errors import TermbaseError
from termbase.outputfile import atomic_write, refuse_unsafe_output
from workbench.errors import InputError
from workbench.tags import InlineCodes

PROP_DOCUMENT = "x-document"
"""Property naming the project document a unit comes from (for export context)."""
PROP_PARAGRAPH = "x-paragraph"
"""Property naming the target paragraph a unit belongs to; the text export joins on it."""


@dataclass(frozen=True, slots=True)
class TranslationUnit:
    """One source/target pair as interchange formats carry it."""

    source: str
    """Source text; inline codes appear as numbered placeholders (see `workbench.tags`)."""
    target: str
    """Target text; empty when the unit has no translation yet."""
    source_lang: str
    """The language tag the file gave the source side (`en-US`), or the project's."""
    target_lang: str
    tuid: str | None = None
    """The unit's id in its file (TMX `tuid`); unique within one export."""
    created: datetime | None = None
    """When the pair was first made (UTC, timezone-aware)."""
    changed: datetime | None = None
    """When the pair was last changed (UTC, timezone-aware)."""
    status: str | None = None
    """Workflow status (`draft`, `translated`, `reviewed`) if the file records one."""
    confidence: float | None = None
    """Alignment confidence in [0, 1] if known."""
    notes: tuple[str, ...] = ()
    """Free-text notes for people (TMX `note`)."""
    props: tuple[tuple[str, str], ...] = ()
    """Other (type, value) properties, in file order (TMX `prop`), e.g. `x-document`."""
    codes: InlineCodes | None = None
    """The markup behind the placeholders of `source` and `target`, as the file had it."""
    creator: str | None = None
    """Who made the pair (TMX `creationid`): memoQ and OmegaT show it beside a match, and a
    client's memory that came back anonymous could no longer say whose work each unit was."""
    changer: str | None = None
    """Who last changed the pair (TMX `changeid`)."""

    def prop(self, kind: str) -> str | None:
        """The first property of this type, or None."""
        for name, value in self.props:
            if name == kind:
                return value
        return None

    def cleaned(self) -> TranslationUnit:
        """The unit as it may be stored: every text without terminal sequences, control
        characters or bidi overrides (`termbase.safetext.clean`). Every import of units
        (project or memory, TMX or TSV) stores this, never the unit as read."""
        fields = [self.source, self.target, self.source_lang, self.target_lang, self.tuid or "", self.status or ""]
        fields += (self.creator or "", self.changer or "")
        fields += self.notes
        fields += [text for pair in self.props for text in pair]
        if safetext.is_clean(" ".join(fields)):  # almost every unit: no copy (a million-unit import)
            return self
        clean = safetext.clean
        return replace(
            self,
            source=clean(self.source),
            target=clean(self.target),
            source_lang=clean(self.source_lang),
            target_lang=clean(self.target_lang),
            tuid=clean(self.tuid) if self.tuid is not None else None,
            status=clean(self.status) if self.status is not None else None,
            notes=tuple(clean(note) for note in self.notes),
            props=tuple((clean(kind), clean(value)) for kind, value in self.props),
            creator=clean(self.creator) if self.creator is not None else None,
            changer=clean(self.changer) if self.changer is not None else None,
        )


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What a writer did, so the CLI can say it (and warn about what it had to drop)."""

    path: Path
    units: int
    """Units written."""
    removed_characters: int = 0
    """Characters dropped because the format cannot hold them (XML 1.0 control characters)."""


UnitValues = tuple[
    str, str, str, str, str | None, datetime | None, datetime | None, str | None, float | None,
    tuple[str, ...], tuple[tuple[str, str], ...], InlineCodes | None, str | None, str | None,
]
"""A unit's fields as a plain tuple, in `TranslationUnit`'s order (`TranslationUnit(*values)`):
what `UnitRows` carries, because a million tuples cost a fraction of a million frozen
dataclasses, and a writer that needs only the values (TMX) need never make the units."""


@dataclass(frozen=True)
class UnitRows:
    """Units to write, as batches of plain rows and the function that makes the rows into units' values.

    Iterating gives the units, made here, so any writer takes it as it takes a list of units.
    A writer that serialises in a second process (TMX: `write_tmx`) sends that process the
    rows and `make` instead, so the values are made there too and this process only reads
    rows: a project export's rows become values, dates, props and notes on the second core.
    """

    batches: Iterable[Any]
    """Picklable batches of rows, read once."""
    make: Callable[[Any, Any], list[UnitValues]]
    """`make(context, batch)`: a module-level function (the second process imports it by name)."""
    context: Any = None
    """What `make` needs beside a batch (picklable): the languages, say."""

    def __iter__(self) -> Iterator[TranslationUnit]:
        for batch in self.batches:
            for values in self.make(self.context, batch):
                yield TranslationUnit(*values)


class ExportFormat(ABC):
    """A format workbench can write."""

    name: ClassVar[str]
    """Short name used in messages and on the command line (`tmx`)."""
    extensions: ClassVar[tuple[str, ...]]
    """File name endings with the dot, lower case (`.tmx`)."""
    finding_notes: ClassVar[bool] = False
    """Whether an exported unit's notes include the project's stored findings beside its
    comments: a reviewer in another CAT tool reads them in TMX; a spreadsheet row or the
    translated document carries the people's comments only."""

    @abstractmethod
    def write(
        self,
        path: Path,
        units: Iterable[TranslationUnit],
        *,
        source_lang: str,
        target_lang: str,
    ) -> WriteReport:
        """Write `units` to `path` (atomically: a failed export leaves no half file)."""


class BitextFormat(ExportFormat):
    """A format workbench can also read back as translation units."""

    @abstractmethod
    def read(self, path: Path, source_lang: str, target_lang: str) -> Iterator[TranslationUnit]:
        """Stream the units of `path`, oriented `source_lang` -> `target_lang`.

        Raises InputError (naming the file and, where known, the line) when the
        file is not valid for the format.
        """


@contextmanager
def atomic_output(path: Path, encoding: str = "utf-8", errors: str = "strict") -> Iterator[TextIO]:
    """A text handle (UTF-8 unless told) whose contents become `path` only on success; `errors`
    as `open`'s (an XML writer in a code page passes `xmlcharrefreplace`).

    An export that fails half-way (bad data, disk full, Ctrl-C) must not leave
    a truncated file that another tool would then import as if it were whole;
    and no export ever replaces a database, its WAL/SHM companions or a device
    (see `termbase.outputfile`, the one writer of every export and report).
    """
    with atomic_binary_output(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")
        yield text
        text.flush()
        text.detach()


@contextmanager
def atomic_binary_output(path: Path) -> Iterator[BinaryIO]:
    """`atomic_output` for writers that encode for themselves (lxml's incremental writer)."""
    try:
        refuse_unsafe_output(Path(path))
    except TermbaseError as error:
        raise InputError.rewording(error) from None
    with atomic_write(path) as raw:  # a write that fails (a full disk) names `path` there
        yield raw


UnitFields = tuple[Any, ...]
"""A `TranslationUnit`'s fields as a plain tuple, in the order of its fields: what a bulk read
makes when the unit is only to become a database row (`fields_clean`), a fraction of the cost
of a frozen dataclass a million times over."""


def fields_clean(fields: UnitFields) -> UnitFields:
    """`TranslationUnit.cleaned` of a unit's fields: the same texts cleaned the same way."""
    source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, codes, creator, changer = fields
    texts = [source, target, source_lang, target_lang, tuid or "", status or "", creator or "", changer or ""]
    if notes:
        texts += notes
    if props:
        texts += [text for pair in props for text in pair]
    if safetext.is_clean(" ".join(texts)):  # joined by a space, printable as most texts are (`is_clean`)
        return fields
    clean = safetext.clean
    return (
        clean(source),
        clean(target),
        clean(source_lang),
        clean(target_lang),
        clean(tuid) if tuid is not None else None,
        created,
        changed,
        clean(status) if status is not None else None,
        confidence,
        tuple(clean(note) for note in notes),
        tuple((clean(kind), clean(value)) for kind, value in props),
        codes,
        clean(creator) if creator is not None else None,
        clean(changer) if changer is not None else None,
    )
