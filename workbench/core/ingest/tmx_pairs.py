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

from termbase.languages import language_rank
from workbench.core.project import parse_comment_note
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit, UnitFields, fields_clean
from workbench.formats.tmx import (
    ReadCounts,
    part_results,
    read_tmx,
    read_tmx_part,
    tmx_parts,
    variant_languages,
)
from workbench.formats.tmx_marks import machine_marked
from workbench.tags import InlineCodes
from workbench.wording import N_

Pair = tuple[str, str, str | None, str | None, str | None, None, tuple[str, ...], bool]
"""A unit as the fields of the project import's `ImportedPair`, in its order: source, target,
status, inline codes as JSON, the unit's `tuid` as its unit id (a vendor's report and its
re-delivery name the unit by it), no lock, the notes that are segment comments, and whether
the unit marks its target as machine translation (`formats.tmx_marks`)."""


def tmx_pairs(
    path: Path, source_lang: str, target_lang: str, counts: ReadCounts,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Pair]:
    """The pairs of a TMX file's units, each cleaned, in file order; `counts` is what
    `read_tmx` counts, complete once the stream is consumed. Nothing is read before the
    first pair is asked for (the import copies the file first). `progress`: as `tmx_parts` takes it."""
    parts = tmx_parts(path, progress) if path.is_file() else None  # a missing file: `read_tmx`'s error
    if parts is None:
        pairs = _unit_pairs(read_tmx(path, source_lang, target_lang, counts))
    else:
        pairs = _part_pairs(path, parts, source_lang, target_lang, counts)
    translated = False
    for pair in pairs:
        translated = translated or bool(pair[1])
        yield pair
    if not translated and counts.matched:
        _refuse_other_target(path, source_lang, target_lang)


def _refuse_other_target(path: Path, source_lang: str, target_lang: str) -> None:
    """InputError when a file none of whose units brought a translation holds a language that is
    neither of the project's and none that is its target: a memory of another pair (en and de
    in an en -> ru project), whose English would come in as sources to translate and its German
    be dropped in silence, where an XLIFF of another target language is refused. A file of the
    source language alone, or with empty targets in the project's, is sources to translate."""
    langs = variant_languages(path)
    if any(language_rank(lang, target_lang) for lang in langs):
        return
    if all(language_rank(lang, source_lang) for lang in langs):
        return
    raise InputError.worded(
        N_("{path}: its units are in {langs}, none in {target_lang}: the project translates {source_lang} "
           "into {target_lang}; nothing imported"),
        path=path, langs=", ".join(sorted(langs)), source_lang=source_lang, target_lang=target_lang)


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
    _changed: object, status: str | None, _confidence: object, notes: tuple[str, ...],
    props: tuple[tuple[str, str], ...], codes: InlineCodes | None, creator: str | None, changer: str | None,
) -> Pair:
    """A cleaned unit's pair: segment comments come back; other notes (findings of the
    exporting project) do not."""
    kept = tuple(note for note in notes if parse_comment_note(note)) if notes else ()
    machine = bool(target) and machine_marked(props, creator, changer)
    return source, target, status, codes.to_json() if codes else None, tuid or None, None, kept, machine
