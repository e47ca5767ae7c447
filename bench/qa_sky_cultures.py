"""The twenty-ninth frozen held-out QA set: SET DOCSTRING PENDING."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import Tree, _pair, draw_per_work, read_tree
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_org_sites import markdown_blocks
from bench.qa_reading import command

DATA = Path(__file__).parent / "data" / "qa_sky_cultures" / "cases.json"
SEED = 2923

SOURCES = {
    "sky": (Tree("Stellarium/stellarium-skycultures", "014fbb5e59233d133c22f9811af96b67d05a95c9", "*", "po/ru.po",
                 "dfafdba3c379804dd8d8edb12feb1cb11476ba26fc74d892a255746202b34f53"),),
}
"""The one work's tree: each sky culture's Russian catalogue, ``<culture>/po/ru.po``."""
PAIRS = {"sky": 520}
"""Pairs drawn from the work."""
WITH_DIGITS = {"sky": 394}
"""Of the pairs, those drawn from the pairs that hold a digit."""


def catalogue_blocks(name: str, path: str, data: bytes) -> list[Block]:
    """A sky culture's catalogue as pairs, page ``name/<culture>``: each translated message is a
    Markdown section (an introduction, a description, a constellation's or star's note) whose
    paragraphs and list items pair one by one where its English and Russian have the same
    kinds of block in the same order; index = the block's position among all the catalogue's
    blocks, so that ids stay unique and stable."""
    page = f"{name}/{path.split('/')[0]}"
    found: list[Block] = []
    position = 0
    for message in read_po(io.BytesIO(data)):
        if not (message.id and isinstance(message.id, str) and isinstance(message.string, str)) or message.fuzzy:
            continue
        english, russian = markdown_blocks(message.id), markdown_blocks(message.string)
        start, position = position, position + len(english)
        if not message.string or [kind for kind, _ in english] != [kind for kind, _ in russian]:
            continue
        pairs = [_pair(page, start + i, en, ru) for i, ((kind, en), (_, ru)) in enumerate(zip(english, russian))
                 if kind == "paragraph"]
        found += [pair for pair in pairs if pair is not None]
    return found


def pages() -> dict[str, list[Block]]:
    """Every sky culture's pairs, named ``sky/<culture>``; a tree absent from the mirror (or
    changed) is a missing file, so that the bench skips the set."""
    found: dict[str, list[Block]] = {}
    try:
        for name, (tree,) in SOURCES.items():
            for path, data in sorted(read_tree(tree).items()):
                found[f"{name}/{path.split('/')[0]}"] = catalogue_blocks(name, path, data)
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repository; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): `WITH_DIGITS` from the pairs that hold a
    digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_sky_cultures.py. pairs: real paragraphs of Stellarium's sky "
             "culture descriptions (en / ru, translated on Transifex); real_errors labelled by reading before any "
             "check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
