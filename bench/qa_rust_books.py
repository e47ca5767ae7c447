"""The twenty-fifth frozen held-out QA set: DOCSTRING TO BE WRITTEN AFTER LABELLING.

    python -m bench.qa_rust_books build     # write the selection (only for a new set)
    python -m bench.qa_rust_books show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import Tree, book_pages, draw_per_work
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_org_sites import markdown_blocks
from bench.qa_reading import command

DATA = Path(__file__).parent / "data" / "qa_rust_books" / "cases.json"
SEED = 2519

_BOOK = ("rust-lang-ru/book", "efa545aa947dac1f900970865c3f1f77c16060b5")
_EXAMPLE = ("rust-lang-ru/rust-by-example", "884fa061c016bb1f4833494e9da2844ab8c67970")
_ASYNC = ("rust-lang-ru/async-book", "56b3d4c5063c3200c2e34da93ea1865fbd30e963")
_NOMICON = ("rust-lang-ru/nomicon", "4948f24057881a401d4f7de0e7ffd5042b0d3afc")
SOURCES = {
    "book": (Tree(*_BOOK, "rustbook-en/src", ".md", "4c57c7409410ad8cecd7beac79e412d257505a4f412ae5e786e842f30312bda2"),
             Tree(*_BOOK, "rustbook-ru/src", ".md", "11e33fd862326e5dc9a5518b6c624d2a8db570307e6c08499298b0442c0b2611")),
    "example": (Tree(*_EXAMPLE, "rust-by-example/src", ".md",
                     "181d5fcf3f156b7c978fa259da5052ce93c60b8f0ddf1947b1f3f4f684e67802"),
                Tree(*_EXAMPLE, "rust-by-example-ru/src", ".md",
                     "e694add44ee6753ee77828a92c7a4e67122834b310ae0a7f68f7eba151286634")),
    "async": (Tree(*_ASYNC, "async-book/src", ".md", "8cea2c867ff6d737fb6ec47de51a88f0d41fc980d581703b8400c402f072608c"),
              Tree(*_ASYNC, "async-book-ru/src", ".md", "2e110604746d941ced5efae0c0e41efc1e8009caa38bb8d1f935fbd05f61e9e5")),
    "nomicon": (Tree(*_NOMICON, "nomicon/src", ".md", "d9836c98246eae61053718eb5f38bd62480671a2f2463d502e85ffcf1cad29d9"),
                Tree(*_NOMICON, "nomicon-ru/src", ".md", "4fac88b11a22330c16247e8ce2b703c5950f5440d1d200402dc066427f7ea4bc")),
}
"""Each book's English and Russian source folders, kept side by side in one repository of the
Russian Rust community at one commit."""
PAIRS = {"book": 125, "example": 180, "async": 110, "nomicon": 90}
"""Pairs drawn from each book: Rust by Example holds the most pairing prose, the others less,
so that no book's translators hold more than ~36 % of the set."""
WITH_DIGITS = {"book": 25, "example": 41, "async": 18, "nomicon": 15}
"""Of each book's pairs, those drawn from its pairs that hold a digit: all of them, as the books'
numbers are rare outside code."""


def pages() -> dict[str, list[Block]]:
    """Every paired page of the four books, named ``book/page``, only its paragraphs and list
    items read; a tree absent from the mirror (or changed) is a missing file, so that the bench
    skips the set."""
    found: dict[str, list[Block]] = {}
    try:
        for name, (english, russian) in SOURCES.items():
            found |= book_pages(name, english, russian, markdown_blocks)
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repositories; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): per book, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_rust_books.py. pairs: real paragraphs of The Rust Programming "
             "Language, Rust by Example, the Async Book and the Rustonomicon (en / ru, the Russian Rust community's "
             "translations); real_errors labelled by reading before any check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
