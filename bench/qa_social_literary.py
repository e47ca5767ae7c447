"""A frozen held-out QA set of session 39: social media posts and literary prose in English with
Russian translations by professional translators and by machine translation systems, side by side
(issue #15's "human and machine outputs", in the two domains of WMT24 no set had read).

DOCSTRING_BODY

Do not tune the checks on this set: once its findings have been read to change a check, it is dev
data and a new held-out set is needed.

    python -m bench.qa_social_literary build     # write the selection (only for a new set)
    python -m bench.qa_social_literary show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from bench.align_heldout import SourceFile, TextsAbsent, read_source
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2): Russian typography, the default; posts
and fiction paragraphs hold no list items of a bare list, so the two conventions were not compared."""

DATA = Path(__file__).parent / "data" / "qa_social_literary" / "cases.json"
SEED = 3917
REPO = "wmt-conference/wmt24-news-systems"
"""The WMT24 general task's test sets, references and every primary submission's output (its news
and speech domains are `bench.qa_news_talks`'s; this set reads only the social and literary ones)."""
COMMIT = "bfa937ee53586aa173d68657b89b8642693f7b66"
"""The repository's commit read (2025-10-06)."""
DOCUMENTS = SourceFile(REPO, COMMIT, "txt/documents/en-ru.docs",
                       "e710720e5f9d1762a4c4b38b610420feddf02a7001ed8e88e7ebc3e51c370c1c")
"""Each line's domain and document, tab-separated."""
SOURCES = SourceFile(REPO, COMMIT, "txt/sources/en-ru.txt",
                     "37d25467e7aa8386c190a5b16f7224a9a430bfb8132ad7bb705e136d0d507142")
ORIGINS = {
    "human": SourceFile(REPO, COMMIT, "txt/references/en-ru.refA.txt",
                        "88c1d3956a2a657aba83a0991248697201604cefbd914ff206a3471114418db9"),
    "Claude-3.5": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/Claude-3.5.txt",
                             "937af39fa5b9d4def50ed84d806bd306c69e55329c00207b5e0075c30d90b238"),
    "Gemini-1.5-Pro": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/Gemini-1.5-Pro.txt",
                                 "09d5dcb975c5c6b3a144f65cbd67d5836e7a568d256a7585bd674038de117f3e"),
    "ONLINE-B": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/ONLINE-B.txt",
                           "9d83fc84627389bd0b1acdafc0a8a5429cee475087051b71ae7f514e25cb37e2"),
    "Llama3-70B": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/Llama3-70B.txt",
                             "5ca77ab574f5d7b27e9510a1b2e58ff51eb8f72cdc9093c14ca5377052f3bfa4"),
    "IKUN-C": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/IKUN-C.txt",
                         "a34e8935078595e80616152d7e67a562882686b9bf3be1c63084635218a7a1bb"),
    "CycleL": SourceFile(REPO, COMMIT, "txt/system-outputs/en-ru/CycleL.txt",
                         "f05f7b26f0bdbf0a5d15d3fd21231136c40f95f142c03dcbdb18e5964f90a5d0"),
}
"""Where each translation of a source line comes from: the reference translators' (``human``) and
six primary submissions of families `bench.qa_news_talks` did not read: two large commercial LLMs
(Claude-3.5, Gemini-1.5-Pro), an anonymised online engine (ONLINE-B), a large open LLM
(Llama3-70B), a small open LLM fine-tuned for the task (IKUN-C) and a low-ranked small system
(CycleL)."""
DOMAINS = ("social", "literary")
"""The test set's domains read: Mastodon posts and fiction (not its news or speech)."""
PAIRS = {"social": 213, "literary": 187}
"""Pairs drawn per domain, one per source line: literary holds 187 lines of 30 characters or more
(one more lacks a system's output),
every one taken; social gives the rest of 400."""
HUMAN_SHARE = 4
"""One drawn line in `HUMAN_SHARE` gets the human reference, the others one system's output."""
SHORTEST = 30
"""The fewest characters of English a drawn line has: a shorter one (a handle, «Thanks!») gives the
checks nothing to read. No upper bound: a literary paragraph is kept whole."""


def read_lines(file: SourceFile) -> list[str]:
    """The file's lines, one segment each (the test set's line numbers are the segments' ids)."""
    return read_source(file).split("\n")


def pages() -> dict[str, list[Block]]:
    """Every translation of every line of a social or literary document, one page per document and
    origin (``<domain>/<origin>/<document>``), index = the line's number in the test set; the
    repository absent from the mirror (or changed) is a missing file, so that the bench skips the set."""
    try:
        documents = read_lines(DOCUMENTS)
        sources = read_lines(SOURCES)
        targets = {origin: read_lines(file) for origin, file in ORIGINS.items()}
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    found: dict[str, list[Block]] = {}
    for line, row in enumerate(documents):
        domain, _, document = row.partition("\t")
        if domain not in DOMAINS:
            continue
        for origin, lines in targets.items():
            if lines[line].strip():
                found.setdefault(f"{domain}/{origin}/{document}", []).append(
                    Block(f"{domain}/{origin}/{document}", line, sources[line], lines[line]))
    return found


def group(page: str) -> str:
    """The page's group: its domain."""
    return page.split("/", 1)[0]


def origin(page: str) -> str:
    """Who translated the page: ``human`` or the system's name."""
    return page.split("/", 2)[1]


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repository; a line whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """`PAIRS` source lines of each domain drawn with `SEED` before any pair is read, each given ONE
    translation: the human reference on a `HUMAN_SHARE`-th of the lines drawn at random, one of the
    six systems drawn at random on the others."""
    rng = random.Random(SEED)
    by_line: dict[tuple[str, int], dict[str, Block]] = {}
    for page, blocks in pages().items():
        for block in blocks:
            by_line.setdefault((group(page), block.index), {})[origin(page)] = block
    systems = [name for name in ORIGINS if name != "human"]
    chosen: list[Block] = []
    for domain, count in PAIRS.items():
        lines = sorted(index for (where, index), found in by_line.items()
                       if where == domain and len(next(iter(found.values())).source) >= SHORTEST
                       and set(found) == set(ORIGINS))
        drawn = sorted(rng.sample(lines, min(count, len(lines))))
        with_human = set(rng.sample(drawn, len(drawn) // HUMAN_SHARE))
        chosen += [by_line[(domain, index)]["human" if index in with_human else rng.choice(systems)]
                   for index in drawn]
    chosen.sort(key=lambda b: (group(b.page), b.index))
    about = ("Frozen held-out QA set, see bench/qa_social_literary.py. pairs: WMT24's English social posts and "
             "fiction with the human reference's or a system's Russian; real_errors labelled by reading before "
             "any check ran.")
    return {"about": about,
            "pairs": [{"id": f"{b.page}#{b.index}", "digest": b.digest, "real_errors": {}} for b in chosen],
            "errors": []}


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
