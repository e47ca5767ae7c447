"""The term sets' listings (`pairs.tsv`): what the five mirrored term sets share in reading them.

A term set whose text may not be committed lists only ids and digests; each set's `*_texts` module
reads its pairs from the `fetch` mirror in its own way (a PO or Qt catalogue, aligned lines, a
keyed table) and hands every listed row here with the English and Russian it found, so that the
refusal of a changed pair is one rule for all of them, not five copies of it."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import Block, HeldOutCase, absent_is_missing

RUSSIAN_LETTER = re.compile("[А-Яа-яЁё]")


def rows(listing: Path) -> list[dict[str, str]]:
    """A listing's rows by its header (``text``, ``bead`` or line numbers, ``block``, ``digest``)."""
    with listing.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def listed_case(row: Mapping[str, str], english: str, russian: str) -> HeldOutCase:
    """The row's pair as a real case (English source, Russian target, as the QA sets keep them),
    its block id ``<text>#<bead>``; a `ValueError` where the text read is not the one labelled."""
    if Block("", 0, english, russian).digest != row["digest"]:
        raise ValueError(f"{row['block']}: the pair is not the one that was labelled")
    return HeldOutCase(english, russian, frozenset(), "real pair", (), (), True, row["block"])


def every_step(entries: Sequence[tuple[str, str] | None], step: int) -> list[tuple[int, str, str]]:
    """A catalogue's sample as (bead, English, Russian): every `step`-th entry (its place counted
    over pairs and non-pairs alike, so the sample is chosen by position) that is a pair whose
    Russian holds a Russian letter."""
    return [(bead, entry[0], entry[1]) for bead, entry in enumerate(entries)
            if bead % step == 0 and entry is not None and RUSSIAN_LETTER.search(entry[1])]


def catalogue_cases(listing: Path, documents: Mapping[str, SourceFile],
                    file_pairs: Callable[[str], list[tuple[int, str, str]]]) -> list[HeldOutCase]:
    """Every listed pair of a catalogue set (each document's pairs as `file_pairs` reads its text
    from the mirror, by bead) as a real case, refused (`ValueError`) where its digest is not the
    listing's; the mirror absent or a file changed raises `FileNotFoundError`."""
    listed = rows(listing)
    with absent_is_missing():
        read = {name: {bead: (en, ru) for bead, en, ru in file_pairs(read_source(file))}
                for name, file in documents.items() if any(r["text"] == name for r in listed)}
    return [listed_case(row, *read[row["text"]].get(int(row["bead"]), ("", ""))) for row in listed]
