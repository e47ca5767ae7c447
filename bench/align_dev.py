"""The free-translation alignment dev set (`../shared/align-dev/`), read where it lies.

Six public-domain EN/RU literary and political texts, one sentence a line,
with gold beads read by hand by the set's author (not by anyone who wrote the
aligner). The set is read from the shared folder beside the checkout and
scored with its own `score.py` (strict and lax P/R/F1 as Vecalign defines
them: predicted 1-0/0-1 beads count in precision), imported from there rather
than copied, so our figures are the set's figures.

    python -m bench.align_dev                # per-document and micro scores, as JSON
    python -m bench.align_dev --no-semantic  # the same without sentence meaning

Meaning is read as the product reads it (`workbench align` without
`--no-semantic`), so the figures printed are the README's "workbench (meaning)"
row; without the encoder package installed the run says so and stops rather
than print the weaker figures under that name.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from workbench.core.alignment.aligner import Bead, Sentence

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = (ROOT.parent / "shared" / "align-dev", ROOT / ".." / ".." / "shared" / "align-dev")

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]
Aligner = Callable[["DevDocument"], list[Bead]]


@dataclass(frozen=True)
class DevDocument:
    """One text pair of the dev set, as its files give it (no paragraph marks)."""

    name: str
    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    gold: tuple[BeadKey, ...]


def folder() -> Path | None:
    """The dev set's folder, or None where this checkout has no `../shared/` beside it."""
    for candidate in CANDIDATES:
        if (candidate / "score.py").exists():
            return candidate.resolve()
    return None


@cache
def shared_module(name: str) -> ModuleType:
    """A script of the dev set (`score`, `build_dev`), imported from the shared folder
    rather than copied, so the held-out set is split and scored as the dev set was."""
    where = folder()
    if where is None:
        raise FileNotFoundError("../shared/align-dev is not beside this checkout")
    spec = importlib.util.spec_from_file_location(f"align_dev_{name}", where / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scorer() -> ModuleType:
    """The dev set's own `score.py`."""
    return shared_module("score")


def documents() -> list[DevDocument]:
    """Every document of the set, in name order (empty where the set is absent)."""
    where = folder()
    if where is None:
        return []
    docs = []
    for gold in sorted(where.glob("*.gold.json")):
        name = gold.name.removesuffix(".gold.json")
        docs.append(
            DevDocument(
                name,
                _lines(where / f"{name}.en.txt"),
                _lines(where / f"{name}.ru.txt"),
                tuple(
                    (tuple(s), tuple(t)) for s, t in json.loads(gold.read_text(encoding="utf-8"))
                ),
            )
        )
    return docs


def _lines(path: Path) -> tuple[Sentence, ...]:
    """Line k is sentence k, exactly as given: the set's rule for aligners."""
    text = path.read_text(encoding="utf-8")
    return tuple(Sentence(line, 0) for line in text.split("\n")[: text.count("\n")])


def bead_lists(beads: Sequence[Bead]) -> list[list[list[int]]]:
    return [[list(b.source), list(b.target)] for b in beads]


def score(pairs: Sequence[tuple[DevDocument, Sequence[Bead]]]) -> dict[str, float]:
    """Micro-averaged strict/lax scores of several documents (the set's scorer)."""
    result: dict[str, float] = scorer().score_many(
        [([list(map(list, g)) for g in doc.gold], bead_lists(beads)) for doc, beads in pairs]
    )
    return result


def kind(bead: BeadKey) -> str:
    """The bead's family: 1-1, 1-n, n-1, n-m (both sides over one) or null."""
    a, b = len(bead[0]), len(bead[1])
    if not a or not b:
        return "null"
    if a == b == 1:
        return "1-1"
    if a == 1:
        return "1-n"
    if b == 1:
        return "n-1"
    return "n-m"


def found_by_kind(pairs: Sequence[tuple[DevDocument, Sequence[Bead]]]) -> dict[str, tuple[int, int]]:
    """Per bead family: (gold beads predicted exactly, gold beads)."""
    totals: dict[str, list[int]] = {}
    for doc, beads in pairs:
        predicted = {(tuple(b.source), tuple(b.target)) for b in beads}
        for bead in doc.gold:
            entry = totals.setdefault(kind(bead), [0, 0])
            entry[0] += bead in predicted
            entry[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(totals.items())}


def wrong_flags(doc: DevDocument, beads: Sequence[Bead]) -> list[bool]:
    """Per predicted bead: is it not exactly a gold bead (null beads one sentence each)?"""
    gold = scorer().bead_set([list(map(list, g)) for g in doc.gold])
    flags = []
    for bead in beads:
        split = scorer().bead_set([[list(bead.source), list(bead.target)]])
        flags.append(not split <= gold)
    return flags


def main() -> None:
    from workbench.core.alignment.aligner import align
    from workbench.core.alignment.meaning import Meaning, default_encoder

    docs = documents()
    if not docs:
        sys.exit("../shared/align-dev is not beside this checkout")
    meaning = None
    if "--no-semantic" not in sys.argv[1:]:
        encoder = default_encoder()
        if encoder is None:
            sys.exit("the sentence encoder is not installed: pass --no-semantic to score without it")
        meaning = Meaning(encoder)
    results = [(doc, align(doc.source, doc.target, meaning=meaning)) for doc in docs]
    out = {doc.name: round(score([(doc, beads)])["f1_strict"], 3) for doc, beads in results}
    out["ALL"] = round(score(results)["f1_strict"], 3)
    print(json.dumps({"strict_f1": out, "found": found_by_kind(results)}, indent=1))


if __name__ == "__main__":
    main()
