"""A TMX file's units as a project's segment pairs, a large file parsed on both cores.

Parsing is most of a large project import's work, as it is of a memory
import (`core.memory.rows`): a UTF-8 file of `formats.tmx.PARTS_FROM` bytes
or more is cut into parts (`formats.tmx.tmx_parts`) that `tmx_part_pairs`
makes into pairs through `formats.tmx.part_results`, in a second process as much as in
this one. The pairs are the in-order read's, in the same order; after any
failure, or when the file's units do not fit the project's languages, the
rest of the file is read in order, so that every error and its line number
are the in-order read's. The second process imports this module and what
it needs to read TMX only, not the project import's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from workbench.core.project import parse_comment_note
from workbench.formats.base import TranslationUnit, UnitFields, fields_clean
from workbench.formats.tmx import ReadCounts, part_results, read_tmx, read_tmx_part, tmx_parts
from workbench.tags import InlineCodes

Pair = tuple[str, str, str | None, str | None, str | None, None, tuple[str, ...]]
"""A unit as the fields of the project import's `ImportedPair`, in its order: source, target,
status, inline codes as JSON, the unit's `tuid` as its unit id (a vendor's report and its
re-delivery name the unit by it), no lock, and the notes that are segment comments."""


def tmx_pairs(
    path: Path, source_lang: str, target_lang: str, counts: ReadCounts,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Pair]:
    """The pairs of a TMX file's units, each cleaned, in file order; `counts` is what
    `read_tmx` counts, complete once the stream is consumed. Nothing is read before the
    first pair is asked for (the import copies the file first). `progress`: as `tmx_parts` takes it."""
    parts = tmx_parts(path, progress) if path.is_file() else None  # a missing file: `read_tmx`'s error
    if parts is None:
        yield from _unit_pairs(read_tmx(path, source_lang, target_lang, counts))
    else:
        yield from _part_pairs(path, parts, source_lang, target_lang, counts)


def _part_pairs(
    path: Path, parts: Iterator[bytes], source_lang: str, target_lang: str, counts: ReadCounts
) -> Iterator[Pair]:
    """`tmx_pairs` of a file in parts: the parts' pairs in order, and the rest read in order
    where `part_results` says so (see the module)."""

    def in_order(done: int) -> tuple[Iterable[Pair]]:
        return (_unit_pairs(islice(read_tmx(path, source_lang, target_lang, counts), done, None)),)

    for pairs in part_results(tmx_part_pairs, parts, source_lang, target_lang, counts, in_order):
        yield from pairs


def tmx_part_pairs(source_lang: str, target_lang: str, part: bytes) -> tuple[Iterable[Pair], ReadCounts]:
    """One part's pairs with what its read counted (for `part_results`)."""
    counts = ReadCounts()
    return [_pair(*fields_clean(fields)) for fields in read_tmx_part(part, source_lang, target_lang, counts)], counts


def _unit_pairs(units: Iterable[TranslationUnit]) -> Iterator[Pair]:
    for unit in map(TranslationUnit.cleaned, units):
        yield _pair(*_fields(unit))


def _fields(unit: TranslationUnit) -> UnitFields:
    return (
        unit.source, unit.target, unit.source_lang, unit.target_lang, unit.tuid, unit.created, unit.changed,
        unit.status, unit.confidence, unit.notes, unit.props, unit.codes, unit.creator, unit.changer,
    )


def _pair(
    source: str, target: str, _source_lang: str, _target_lang: str, tuid: str | None, _created: object,
    _changed: object, status: str | None, _confidence: object, notes: tuple[str, ...], _props: object,
    codes: InlineCodes | None, _creator: object, _changer: object,
) -> Pair:
    """A cleaned unit's pair: segment comments come back; other notes (findings of the
    exporting project) do not."""
    kept = tuple(note for note in notes if parse_comment_note(note)) if notes else ()
    return source, target, status, codes.to_json() if codes else None, tuid or None, None, kept
