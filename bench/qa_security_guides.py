"""The twenty-sixth frozen held-out QA set: DRAFT, labelled below once read.

    python -m bench.qa_security_guides build     # write the selection (only for a new set)
    python -m bench.qa_security_guides show      # the pairs with the reading aid, for labelling
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

DATA = Path(__file__).parent / "data" / "qa_security_guides" / "cases.json"
SEED = 2620

_TOP10 = ("OWASP/Top10", "66ebc4798d2ca72973967a20264bdeb70dcf0a13")
_API = ("OWASP/API-Security", "c697e4d031b7a4966863a4923f46d9c666c4b449")
_ASVS = ("OWASP/ASVS", "fe04986146b0db0a54d3eb2b9c755c78874ce910")
SOURCES = {
    "top10": (Tree(*_TOP10, "2017/en", ".md", "12ca4f67b21c6005f49a98a4526e1942b318a1632c481199e5bd111fe5ce2eb7"),
              Tree(*_TOP10, "2017/ru", ".md", "d0996b441207ddb2f5b10b0f7a4efa697096fa05539d038b2ca8855a88f6a486")),
    "api": (Tree(*_API, "editions/2019/en", ".md", "731538ec9bf7db7a735b6e8b011692b63622f64868afb55d1644c2eb498fef68"),
            Tree(*_API, "editions/2019/ru", ".md", "dd46980e6ee3f1938c9e1855f595f71a3401786f10efef645bd76cf35c943019")),
    "asvs": (Tree(*_ASVS, "4.0/en", ".md", "4986b2fe6413074fc925361eccb4a92cce86f19c0abe50269c9dfdeb6e8fdb29"),
             Tree(*_ASVS, "4.0/ru", ".md", "d0d5472f27552e023edeb27bba1ed4a52040567db45c42aba87aeda49255d655")),
}
"""Each document's English and Russian folders, kept side by side in one OWASP repository at one
commit."""
PAIRS = {"top10": 150, "api": 170, "asvs": 190}
"""Pairs drawn from each document: nearly all of the Top 10's and the API Top 10's pairing prose,
less of the standard's, so that no document's translators hold more than ~37 % of the set."""
WITH_DIGITS = {"top10": 55, "api": 45, "asvs": 60}
"""Of each document's pairs, those drawn from its pairs that hold a digit: most of them, as
the documents' numbers (years, CWE and requirement numbers, percentages, counts) are what the
`number-mismatch` check is scored on."""


def pages() -> dict[str, list[Block]]:
    """Every paired page of the three documents, named ``document/page``, only its paragraphs and
    list items read; a tree absent from the mirror (or changed) is a missing file, so that the
    bench skips the set."""
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
    """Choose the pairs (labels are added by reading): per document, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_security_guides.py. pairs: real paragraphs of the OWASP Top 10 "
             "2017, the OWASP API Security Top 10 2019 and the OWASP Application Security Verification Standard 4.0 "
             "(en / ru, their volunteers' translations); real_errors labelled by reading before any check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
