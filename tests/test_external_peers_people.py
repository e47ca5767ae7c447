"""The peers' TMX files (`../shared/external-peers/`, read there, never copied) through the memory and
back: `memory export` writes every unit's people, dates, status, notes and props as the import kept
them, and a second import of that file stores the same units; the names the file gives its
translations (`creationid`, `changeid` on the unit or its target variant) are all kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from termbase.languages import language_rank
from tests.test_external_peers import PEERS, entries
from workbench.core.memory.store import TranslationMemory
from workbench.core.memory.upkeep import LocalUpkeep, export_memories
from workbench.errors import InputError
from workbench.formats.tmx import MAX_PERSON_CHARS

KEPT = "source, target, status, confidence, created, changed, notes, props, codes, creator, changer"


def _units(tm: TranslationMemory, name: str) -> set[tuple[Any, ...]]:
    """A memory's units as they would be written, the `x-memory` prop an export adds left out."""
    rows = set()
    for row in tm.db.execute(f"select {KEPT} from units u join memories m on m.id = u.memory_id where m.name = ?", [name]):
        props = [tuple(prop) for prop in json.loads(row[7])] if row[7] else []
        rows.add((*row[:7], tuple(prop for prop in props if prop[0] != "x-memory"), *row[8:]))
    return rows


def _named(file: Path, source_lang: str, target_lang: str) -> set[str]:
    """Every name the file gives a translation, read without our reader: `creationid` and `changeid` of
    each unit with both languages, else of its target variant."""
    root = etree.parse(str(file), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)).getroot()
    names = set()
    for tu in root.iter("{*}tu", "tu"):
        variants = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang") or "": tuv for tuv in tu.iter("{*}tuv", "tuv")}
        sources = [tuv for lang, tuv in variants.items() if language_rank(lang, source_lang)]
        targets = [tuv for lang, tuv in variants.items() if language_rank(lang, target_lang) and tuv not in sources]
        if not sources or not targets:
            continue
        for attribute in ("creationid", "changeid"):
            name = tu.get(attribute) or targets[0].get(attribute)
            if name and len(name) <= MAX_PERSON_CHARS:
                names.add(name)
    return names


@pytest.mark.parametrize("entry", entries("tmx"))
def test_every_peer_tmx_round_trips_through_the_memory_with_its_people(entry: dict[str, Any], tmp_path: Path) -> None:
    source_lang, target_lang = entry["pair"]
    file = PEERS / "tmx" / entry["file"]
    with TranslationMemory.open(tmp_path / "memory.db", source_lang=source_lang, target_lang=target_lang) as tm:
        try:
            stored = tm.import_file(file, name="peer").units
        except InputError as error:  # every unit from another source language
            pytest.skip(f"nothing to import: {error}")
        if not stored:  # no unit with text on both sides: nothing stored, nothing to export
            pytest.skip("no unit has text in both languages")
        first = _units(tm, "peer")
        export_memories(LocalUpkeep(tm), tmp_path / "out.tmx", names=["peer"])
    with TranslationMemory.open(tmp_path / "again.db", source_lang=source_lang, target_lang=target_lang) as again:
        again.import_file(tmp_path / "out.tmx", name="peer")
        second = _units(again, "peer")
    assert second <= first  # each exact pair once (its newest copy), every value as the import kept it
    assert {row[:2] for row in second} == {row[:2] for row in first}
    kept = {row[-2] for row in first} | {row[-1] for row in first}
    assert _named(file, source_lang, target_lang) <= kept
