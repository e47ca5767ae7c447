"""What the sets of real pairs labelled by reading share: the pairs drawn once, the aid
a reader labels them with, and the command line that does both.

A set of real pairs (`bench/qa_gimp.py`, `bench/qa_gnome.py`) is drawn with a fixed seed
from every block a reader could judge, written out before any check runs, then labelled
by reading each pair beside `aid`'s notes; no check of the project is run for that.

A new set module follows `bench/qa_kde_apps.py`: it defines ``DATA`` (its ``cases.json``),
``SEED``, ``PAIRS`` (a count, or a count per group) and ``pages()`` (its reader); its
``build()`` returns ``draw(first_of_each(pages()), SEED, PAIRS, about)``, or
``draw_per_group(pages(), in_group, PAIRS, SEED, about)`` where one source would dominate a
single draw; its ``load()`` returns ``bench.qa_heldout.load(DATA, pages())``; and it ends
with ``command(__doc__, DATA, build, pages)``. ``build()`` and ``load()`` read ``DATA`` and
``PAIRS`` when called, so that a test can point them at made-up files.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.qa_heldout import Block, freeze

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def aid(source: str, target: str) -> str:
    """What a reader checks by eye, listed: no check of the project is run."""
    end = lambda text: text.rstrip()[-3:]  # noqa: E731
    notes = [f"ends {end(source)!r}/{end(target)!r}"]
    digits = (re.findall(r"\d+", source), re.findall(r"\d+", target))
    if digits != ([], []):
        notes.append(f"digits {' '.join(digits[0])} / {' '.join(digits[1])}")
    marks = "".join(ch for ch in target if ch in "«»„“”\"'‘’()[]")
    if marks:
        notes.append(f"marks {marks}")
    latin = [w for w in _LATIN_WORD.findall(target) if w.islower()]
    if latin:
        notes.append(f"latin {' '.join(latin)}")
    if re.search(r"^\s|\s$|  | [,.;:!?]", target):
        notes.append("SPACES")
    return "; ".join(notes)


def first_of_each(all_pages: dict[str, list[Block]]) -> dict[str, list[Block]]:
    """Each distinct pair once, where it first occurs: help and manuals repeat a step or a
    notice word for word on many pages, and a pair drawn twice would be counted twice."""
    seen: set[str] = set()
    found: dict[str, list[Block]] = {}
    for page, page_blocks in all_pages.items():
        found[page] = []
        for block in page_blocks:
            if block.digest not in seen:
                seen.add(block.digest)
                found[page].append(block)
    return found


def draw(pages: dict[str, list[Block]], seed: int, count: int, about: str) -> dict[str, Any]:
    """`count` real pairs of 30 to 600 characters of English, drawn with `seed`, unlabelled."""
    eligible = [b for blocks in pages.values() for b in blocks if 30 <= len(b.source) <= 600]
    chosen = random.Random(seed).sample(eligible, count)
    chosen.sort(key=lambda b: (b.page, b.index))
    return {"about": about,
            "pairs": [{"id": f"{b.page}#{b.index}", "digest": b.digest, "real_errors": {}} for b in chosen],
            "errors": []}


def draw_per_group(all_pages: dict[str, list[Block]], in_group: Callable[[str, str], bool],
                   counts: dict[str, int], seed: int, about: str) -> dict[str, Any]:
    """`counts[group]` distinct pairs drawn with `seed` from the pages `in_group(page, group)`
    puts in each group, group after group: where one source holds most of the blocks, a
    single draw over all would let it dominate the set."""
    distinct = first_of_each(all_pages)
    drawn = [draw({p: b for p, b in distinct.items() if in_group(p, group)}, seed, count, about)
             for group, count in counts.items()]
    return {"about": about, "pairs": [pair for one in drawn for pair in one["pairs"]], "errors": []}


def draw_grouped(all_pages: dict[str, list[Block]], group: Callable[[str], str], pairs: dict[str, int],
                 seed: int, about: str) -> dict[str, Any]:
    """`draw_per_group` over the groups `group(page)` names, each group's count of `pairs`
    capped at the blocks of 30 to 600 characters it holds (a small document gives all it has)."""
    counts = {name: min(count, sum(1 for p, blocks in all_pages.items() if group(p) == name
                                   for b in blocks if 30 <= len(b.source) <= 600))
              for name, count in pairs.items()}
    return draw_per_group(all_pages, lambda page, name: group(page) == name, counts, seed, about)


def show(data: Path, pages: dict[str, list[Block]]) -> None:
    """Every frozen pair with the reading aid, for the labeller."""
    frozen = json.loads(data.read_text(encoding="utf-8"))
    by_id = {f"{b.page}#{b.index}": b for blocks in pages.values() for b in blocks}
    for n, item in enumerate(frozen["pairs"]):
        block = by_id[item["id"]]
        print(f"[{n}] {item['id']}")
        print(f"  EN: {block.source}")
        print(f"  RU: {block.target}")
        print(f"  -- {aid(block.source, block.target)}")


def command(doc: str | None, data: Path, build: Callable[[], dict[str, Any]],
            pages: Callable[[], dict[str, list[Block]]]) -> None:
    """`build` writes the selection (only for a new set); `show` prints it for labelling."""
    if sys.argv[1:] == ["build"]:
        freeze(data, build)
    elif sys.argv[1:] == ["show"]:
        show(data, pages())
    else:
        sys.exit(doc)
