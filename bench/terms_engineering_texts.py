"""The eighth bilingual term set's texts (`python -m bench.terms_bilingual --set ru-en-engineering`):
papers of «Известия вузов. Ядерная энергетика» (Nuclear Power Engineering, MEPhI's Obninsk
institute) that the QA science-abstracts set (`bench.qa_science_abstracts`) does not use, read
through that set's reader from the ``fetch`` mirror of
``nuclear-power-engineering/nuclear-power-engineering`` at ``68ea04a`` (MIT, the repository's
``LICENSE``), both page trees refused unless they hash to the sha256 frozen there. Nothing of their
text is committed.

The journal's Russian is the original; the English title, keywords and abstract are the authors'
own translation, written for the journal's English site (physicists and engineers, not
translators). A paper's pairs are its title, its keyword list and, where the two abstracts split
into as many sentences, each sentence with the sentence at the same place
(`bench.qa_science_abstracts.paper_pairs`); the set reads them Russian → English. Papers were
drawn with `SEED` among those whose abstracts pair sentence by sentence, paper after paper until
`PAIRS` pairs were held; every pair was then read, and one whose two sides say different things (a
sentence merged, split or moved while the count stayed) was left out of the listing.
"""

from __future__ import annotations

import json
import random

from bench import qa_science_abstracts
from bench.qa_heldout import Block, HeldOutCase

SEED = 3308
PAIRS = 420
"""Pairs drawn, paper by paper, before the reading left out the misaligned ones."""


def unused_papers() -> dict[str, list[Block]]:
    """Every paper whose abstracts pair sentence by sentence and which the QA science-abstracts
    set does not use, by page name (``npe/<year>-<issue>-<number>``)."""
    frozen = json.loads(qa_science_abstracts.DATA.read_text(encoding="utf-8"))
    used = {case["id"].split("#")[0] for case in frozen["pairs"]}
    return {page: blocks for page, blocks in qa_science_abstracts.pages().items()
            if page not in used and len(blocks) > 2}


def draw() -> list[str]:
    """The papers drawn for the set, in page order (the module docstring's rule)."""
    papers = unused_papers()
    chosen: list[str] = []
    held = 0
    for page in random.Random(SEED).sample(sorted(papers), len(papers)):
        if held >= PAIRS:
            break
        chosen.append(page)
        held += len(papers[page])
    return sorted(chosen)


def text_name(page: str) -> str:
    """A paper's text name in the set (``npe-2016-2-7``)."""
    return page.replace("/", "-")


def load() -> list[HeldOutCase]:
    """Every block of every unused paper as a real case (English source, Russian target, as the
    QA sets keep them; `bench.terms_bilingual.read_case_pairs` turns them round), its block id
    ``<text name>#<index>``; the mirror absent or changed raises `FileNotFoundError`."""
    return [HeldOutCase(block.source, block.target, frozenset(), "real pair", (), (), True,
                        f"{text_name(page)}#{block.index}")
            for page, blocks in unused_papers().items() for block in blocks]
