"""The twenty-eighth frozen held-out QA set: guides and conventions that open projects publish
for the people who join them (a handbook on opening up government data, a methodology for
building services, a convention for commit messages, a code of conduct and explanations of
algorithms), that their volunteers translated into Russian, kept in public GitHub repositories
that no check, no bench and no earlier set read.

Source: five works, each written in English and translated into Russian by people, in Markdown,
read where the ``fetch`` tool mirrors public repositories (`bench.align_heldout.git_dir`) at the
commit frozen in `SOURCES` and refused unless the files read hash to the sha256 frozen there
(`bench.qa_community_docs.read_tree`). Nothing of their text is committed.

LABELS: see the paragraph on labelling below (written when the set was read).

    python -m bench.qa_open_guides build     # write the selection (only for a new set)
    python -m bench.qa_open_guides show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import Tree, book_pages, draw_per_work, paired_files, read_tree
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_org_sites import markdown_blocks
from bench.qa_reading import command

DATA = Path(__file__).parent / "data" / "qa_open_guides" / "cases.json"
SEED = 2822

_OPENDATA = ("okfn/opendatahandbook", "5523489da2ba32d3f78018f6a6a50df0ffc1f184")
_TWELVE = ("heroku/12factor", "468c7ac0336cf1ab76ed3dad612928e2ef2d8799")
_COMMITS = ("conventional-commits/conventionalcommits.org", "7d293dc59e88abc8ce6c6698344d4da518ff3f27")
_COVENANT = ("EthicalSource/contributor_covenant", "c104cdff077e33e62320f47fb98958e15fd15f1b")
_ALGORITHMS = ("trekhleb/javascript-algorithms", "85293e3e2b88f4d2ce330d956b139cf628aa1e82")
SOURCES = {
    "opendata": (Tree(*_OPENDATA, "guide/en", ".md",
                 "c04f1724292f3d1bb02ae3dd42027954013dde56a5803dfec9fa8e533dc1cf34"), Tree(*_OPENDATA, "guide/ru", ".md",
                 "a0f62f87317b7d0d75de4efc9107c363f32a8332f9ee5e85d20e605244a6a36f")),
    "twelve-factor": (Tree(*_TWELVE, "content/en", ".md",
                 "d576d3219d3d4154b1f8b68c5ede25fdd3280cb466e4a79843c97fd12cdd6bee"), Tree(*_TWELVE, "content/ru", ".md",
                 "3d5c1091fde459dd5339f22e73860b7f3d893992d13508a3c70f3f1facfbc069")),
    "commits": (Tree(*_COMMITS, "content", ".md",
                 "82c9443efbc029db20ecf4c4934149921380fb44227730a792a47d5dcb143b4d"),),
    "covenant": (Tree(*_COVENANT, "content/version", ".md",
                 "17ae5fa09f6c619062e0af8b462d32dae06f3a95135fe874737c422e2620ca72"),),
    "algorithms": (Tree(*_ALGORITHMS, "src", ".md",
                 "de217c45033c607c95f8733a8ae5ad532bcc0e52f2bde6365c2f258f9d525f5c"),),
}
"""Each work's trees: two works keep the English and the Russian in two folders, three keep each
file's Russian beside its English in one folder (`RUSSIAN_SUFFIX`)."""
RUSSIAN_SUFFIX = {"commits": ".ru.md", "covenant": ".ru.md", "algorithms": ".ru-RU.md"}
"""How a work that keeps its translations beside the English names a file's Russian."""
PAIRS = {"opendata": 69, "twelve-factor": 93, "commits": 51, "covenant": 41, "algorithms": 85}
"""Pairs drawn from each work: every distinct prose pair of 30 to 600 characters."""
WITH_DIGITS = {"opendata": 3, "twelve-factor": 9, "commits": 24, "covenant": 1, "algorithms": 35}
"""Of each work's pairs, those that hold a digit (all of them)."""


def sibling_pages(name: str, tree: Tree, russian_suffix: str) -> dict[str, list[Block]]:
    """A folder keeping each file's Russian beside its English (``x.md`` and ``x.ru.md``),
    paired as `bench.qa_community_docs.book_pages` pairs two folders, each page named
    ``name/path`` after its path under the folder, without ``.md``; the other languages' files
    (``x.fr.md``) pair with nothing."""
    files = {path.removeprefix(tree.folder + "/"): data for path, data in read_tree(tree).items()}
    russian = {path.removesuffix(russian_suffix) + tree.suffix: data
               for path, data in files.items() if path.endswith(russian_suffix)}
    english = {path: data for path, data in files.items() if path in russian}
    return paired_files(name, english, russian, tree.suffix, markdown_blocks)


def pages() -> dict[str, list[Block]]:
    """Every paired page of the five works, named ``work/page``, only its paragraphs and list
    items read; a tree absent from the mirror (or changed) is a missing file, so that the bench
    skips the set."""
    found: dict[str, list[Block]] = {}
    try:
        for name, trees in SOURCES.items():
            if len(trees) == 2:
                found |= book_pages(name, trees[0], trees[1], markdown_blocks)
            else:
                found |= sibling_pages(name, trees[0], RUSSIAN_SUFFIX[name])
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repositories; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): per work, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_open_guides.py. pairs: real paragraphs of the Open Data Handbook, "
             "the Twelve-Factor App, Conventional Commits, the Contributor Covenant and javascript-algorithms' "
             "explanations (en / ru, volunteer translations); real_errors labelled by reading before any check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
