"""The eighteenth frozen held-out QA set: long-form prose meant to be read through (a game's
encyclopaedia of monsters, gods and items with its literary quotes, a city game's guide to its
economy, a mathematics system's tutorial) that no check, no bench and no earlier set read.

DRAFT: described in full once labelled.

    python -m bench.qa_long_prose build     # write the selection (only for a new set)
    python -m bench.qa_long_prose show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.alignment_corpus import is_translated, unpack
from bench.qa_heldout import Block, HeldOutCase, Source
from bench.qa_heldout import load as load_frozen
from bench.qa_heldout import pages as paired_pages
from bench.qa_reading import command, draw_per_group

DATA = Path(__file__).resolve().parent / "data" / "qa_long_prose" / "cases.json"
SEED = 1812
CRAWL = ("crawl", ("crawl-common",), "usr/share/crawl/dat/descript")
"""Dungeon Crawl Stone Soup's descriptions: cache folder, package, folder of the English files
(the Russian ones are in its ``ru`` folder)."""
GUIDES = (
    Source("lincity", ("lincity-ng-data",), "usr/share/games/lincity-ng/help/en/{}.xml",
           "usr/share/games/lincity-ng/help/ru/{}.xml"),
    Source("sage", ("sagemath-doc",), "usr/share/doc/sagemath/html/en/tutorial/{}.html",
           "usr/share/doc/sagemath/html/ru/tutorial/{}.html"),
)
"""The guides paired by structure: cache folder, packages, pages in each language."""
PAIRS = {"crawl": 200, "lincity": 160, "sage": 140}
"""Pairs drawn from each source: Crawl's descriptions hold far more paragraphs than the two
guides, so a draw over all would let its translators dominate."""


def entries(path: Path) -> dict[str, list[str]]:
    """A Crawl description file as key -> its paragraphs. Entries are parted by ``%%%%`` lines,
    the first line (after ``#`` comments) is the key, blank lines part paragraphs, and the
    80-column wrapping is undone by joining a paragraph's lines with one space."""
    found: dict[str, list[str]] = {}
    for chunk in path.read_text(encoding="utf-8").split("%%%%\n"):
        lines = [line for line in chunk.split("\n") if not line.startswith("#")]
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            continue
        paragraphs: list[list[str]] = [[]]
        for line in lines[1:]:
            if line.strip():
                paragraphs[-1].append(line.strip())
            elif paragraphs[-1]:
                paragraphs.append([])
        found[lines[0].strip()] = [" ".join(p) for p in paragraphs if p]
    return found


def crawl_pages() -> dict[str, list[Block]]:
    """Crawl's description files, named ``crawl/file``: an entry with the same key and as many
    paragraphs on both sides pairs paragraph by paragraph (index = position among the English
    file's paragraphs); an entry whose Russian has another shape, a translation of an older or
    newer text, is left out whole."""
    name, packages, folder = CRAWL
    root = unpack(name, packages) / folder
    found: dict[str, list[Block]] = {}
    for english in sorted(root.glob("*.txt")):
        russian = root / "ru" / english.name
        if not russian.exists():
            continue
        page = f"{name}/{english.stem}"
        ru_entries = entries(russian)
        blocks, index = [], 0
        for key, en_paragraphs in entries(english).items():
            ru_paragraphs = ru_entries.get(key, [])
            if len(ru_paragraphs) == len(en_paragraphs):
                blocks += [Block(page, index + i, en, ru) for i, (en, ru)
                           in enumerate(zip(en_paragraphs, ru_paragraphs, strict=True)) if is_translated(en, ru)]
            index += len(en_paragraphs)
        found[page] = blocks
    return found


def pages() -> dict[str, list[Block]]:
    """Every paired page of the three sources, named ``source/page``."""
    return crawl_pages() | paired_pages(GUIDES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_long_prose.py. pairs: real paragraphs of crawl-common's "
             "descriptions, lincity-ng-data's help and sagemath-doc's tutorial (en / ru); real_errors labelled "
             "by reading before any check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
