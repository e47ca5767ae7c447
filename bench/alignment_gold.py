"""Gold sentence alignments built from paragraph-paired real translations, and harder variants.

Each page of `bench/alignment_corpus.py` becomes one gold document: its
translated paragraphs in order, each split into sentences on both sides with
`workbench.core.ingest.segmentation.sentences`. Inside a paragraph pair the sentence
pairing is decided as follows:

- the same number of sentences on both sides -> 1-1 beads, unless a check
  finds a pair whose lengths or numbers disagree badly; such paragraphs go to
  hand checking;
- one sentence on one side and two or three on the other -> one bead;
- anything else -> hand checking.

A paragraph pair identical to one of the four before it (page titles repeated
in headers and breadcrumbs) is left out.

Hand-checked paragraphs are recorded in ``bench/data/alignment/manual.json``
(keyed by a hash of the paragraph pair): either the beads, in sentence indices
local to the paragraph, or ``null`` to leave the paragraph out. A recorded
decision that no longer fits the segmenter's current split is ignored. Paragraphs not
yet checked are left out of the gold documents, so nothing uncertain is
scored. ``python -m bench.alignment_gold pending`` prints what still needs a
look; ``python -m bench.alignment_gold sample`` rewrites the small committed
sample that the fast test uses.

Harder variants change the Russian side and the gold with it: sentences
deleted, neighbouring sentences merged, paragraph marks removed.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.alignment_corpus import CACHE, COLLECTIONS, ParagraphPair, paragraph_pairs
from workbench.core.alignment.aligner import Sentence
from workbench.core.alignment.anchors import numbers
from workbench.core.ingest import abbreviations, segmentation
from workbench.core.ingest.segmentation import sentences

DATA = Path(__file__).resolve().parent / "data" / "alignment"
MANUAL = DATA / "manual.json"
SAMPLE = DATA / "sample.json"
GOLD_CACHE = CACHE / "gold.json"


BeadKey = tuple[tuple[int, ...], tuple[int, ...]]

TUNED_COLLECTIONS = frozenset({"ubuntu-packaging-guide"})
"""Collections whose every page was tuned on at some point: never test data."""


@dataclass(frozen=True)
class GoldDocument:
    """A document pair with its gold beads (global sentence indices)."""

    name: str
    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    beads: tuple[BeadKey, ...]

    @property
    def split(self) -> str:
        """ "dev" (parameters may be tuned on it) or "test" (held out), fixed per page.

        Every page of the Ubuntu Packaging Guide is dev: the first aligner was
        tuned on that whole collection, so none of its pages may be scored as
        held out. The other collections are halved by a hash of the page name.
        """
        if self.name.split("/")[0] in TUNED_COLLECTIONS:
            return "dev"
        return "dev" if hashlib.sha1(self.name.encode()).digest()[0] % 2 == 0 else "test"


def pair_key(pair: ParagraphPair) -> str:
    """A stable id for a paragraph pair, independent of its page position."""
    return hashlib.sha1(f"{pair.english}\n{pair.russian}".encode()).hexdigest()[:16]


def _suspicious(english: list[str], russian: list[str]) -> bool:
    """Equal sentence counts that still may not pair 1-1: a pair far off the usual
    length ratio, or numbers that belong to the neighbour."""
    for k, (en, ru) in enumerate(zip(english, russian, strict=True)):
        if max(len(en), len(ru)) >= 25 and not 0.55 <= len(ru) / max(len(en), 1) <= 2.2:
            return True
        en_numbers, ru_numbers = set(numbers(en, "en")), set(numbers(ru, "ru"))
        if en_numbers != ru_numbers and len(english) > 1:
            neighbours = [numbers(x, "ru") for x in russian[max(0, k - 1) : k + 2]]
            if any(en_numbers & set(other) for other in neighbours if set(other) != ru_numbers):
                return True
    return False


def paragraph_beads(
    pair: ParagraphPair, manual: dict[str, list[list[list[int]]] | None]
) -> tuple[list[str], list[str], list[BeadKey]] | None:
    """Sentences of both sides and local gold beads, or None if the pair is left out
    (undecided or rejected by hand)."""
    english, russian = sentences(pair.english, "en"), sentences(pair.russian, "ru")
    key = pair_key(pair)
    if key in manual:
        decided = manual[key]
        if decided is None:
            return None
        beads = [(tuple(s), tuple(t)) for s, t in decided]
        covers = [s for b in beads for s in b[0]] == list(range(len(english))) and [
            t for b in beads for t in b[1]
        ] == list(range(len(russian)))
        if covers:
            return english, russian, beads
        # The segmenter has changed since the check: judge the new split afresh.
    a, b = len(english), len(russian)
    if a == b and not _suspicious(english, russian):
        return english, russian, [((k,), (k,)) for k in range(a)]
    if min(a, b) == 1 and max(a, b) <= 3:
        return english, russian, [(tuple(range(a)), tuple(range(b)))]
    return None


def _load_manual() -> dict[str, list[list[list[int]]] | None]:
    if not MANUAL.exists():
        return {}
    return {
        key: value["beads"] for key, value in json.loads(MANUAL.read_text(encoding="utf-8")).items()
    }


def build() -> list[GoldDocument]:
    """Gold documents from every collection (fetching packages on first use)."""
    manual = _load_manual()
    documents: list[GoldDocument] = []
    for collection in COLLECTIONS:
        by_page: dict[str, list[ParagraphPair]] = {}
        for pair in paragraph_pairs(collection):
            by_page.setdefault(pair.document, []).append(pair)
        for name, pairs in by_page.items():
            source: list[Sentence] = []
            target: list[Sentence] = []
            beads: list[BeadKey] = []
            paragraph = 0
            recent: list[tuple[str, str]] = []
            for pair in pairs:
                # Page titles repeat in <title>, headers and breadcrumbs: an identical
                # neighbour makes a dropped copy impossible to place, for anyone.
                if (pair.english, pair.russian) in recent:
                    continue
                recent = [*recent[-3:], (pair.english, pair.russian)]
                decided = paragraph_beads(pair, manual)
                if decided is None:
                    continue
                english, russian, local = decided
                s0, t0 = len(source), len(target)
                source.extend(Sentence(text, paragraph) for text in english)
                target.extend(Sentence(text, paragraph) for text in russian)
                beads.extend(
                    (tuple(s0 + s for s in src), tuple(t0 + t for t in tgt)) for src, tgt in local
                )
                paragraph += 1
            if beads:
                documents.append(GoldDocument(name, tuple(source), tuple(target), tuple(beads)))
    return documents


def _to_json(documents: Sequence[GoldDocument]) -> list[dict[str, object]]:
    return [
        {
            "name": d.name,
            "source": [[s.text, s.paragraph] for s in d.source],
            "target": [[s.text, s.paragraph] for s in d.target],
            "beads": [[list(s), list(t)] for s, t in d.beads],
        }
        for d in documents
    ]


def _from_json(raw: list[dict[str, Any]]) -> list[GoldDocument]:
    return [
        GoldDocument(
            str(d["name"]),
            tuple(Sentence(text, paragraph) for text, paragraph in d["source"]),
            tuple(Sentence(text, paragraph) for text, paragraph in d["target"]),
            tuple((tuple(s), tuple(t)) for s, t in d["beads"]),
        )
        for d in raw
    ]


def _fingerprint() -> str:
    """What the built gold depends on besides the packages: the hand decisions,
    this builder and the sentence splitter. A change to any rebuilds the cache."""
    digest = hashlib.sha1()
    for path in (MANUAL, Path(__file__), Path(segmentation.__file__), Path(abbreviations.__file__)):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def load(*, sample: bool = False) -> list[GoldDocument]:
    """The full gold set (built and cached on first use), or the committed sample."""
    if sample:
        return _from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))
    key = _fingerprint()
    if GOLD_CACHE.exists():
        cached = json.loads(GOLD_CACHE.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("key") == key:
            return _from_json(cached["documents"])
    documents = build()
    GOLD_CACHE.parent.mkdir(parents=True, exist_ok=True)
    payload = {"key": key, "documents": _to_json(documents)}
    GOLD_CACHE.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return documents


# --- harder variants -------------------------------------------------------------------------


def without_paragraphs(doc: GoldDocument) -> GoldDocument:
    """Paragraph marks removed on both sides: every sentence in paragraph 0."""
    return GoldDocument(
        doc.name,
        tuple(Sentence(s.text, 0) for s in doc.source),
        tuple(Sentence(s.text, 0) for s in doc.target),
        doc.beads,
    )


def delete_target(doc: GoldDocument, rate: float, rng: random.Random) -> GoldDocument:
    """Drop about `rate` of the Russian sentences (a translator's omissions)."""
    dropped = {j for j in range(len(doc.target)) if rng.random() < rate}
    renumber: dict[int, int] = {}
    target: list[Sentence] = []
    for j, sentence in enumerate(doc.target):
        if j not in dropped:
            renumber[j] = len(target)
            target.append(sentence)
    beads = []
    for src, tgt in doc.beads:
        kept = tuple(renumber[j] for j in tgt if j not in dropped)
        if src or kept:
            beads.append((src, kept))
    return GoldDocument(doc.name, doc.source, tuple(target), tuple(beads))


def merge_target(doc: GoldDocument, rate: float, rng: random.Random) -> GoldDocument:
    """Join about `rate` of Russian sentences with the next one in the same paragraph
    (a translator's merges); the gold beads holding the two join as well."""
    target = list(doc.target)
    bead_of = {j: k for k, (_, tgt) in enumerate(doc.beads) for j in tgt}
    merged_into: dict[int, int] = {}
    groups: list[list[int]] = []
    for j in range(len(target)):
        previous = groups[-1] if groups else None
        if (
            previous is not None
            and target[j].paragraph == target[previous[-1]].paragraph
            and len(previous) == 1
            and rng.random() < rate
        ):
            previous.append(j)
        else:
            groups.append([j])
    new_target = []
    for g, group in enumerate(groups):
        text = " ".join(target[j].text for j in group)
        new_target.append(Sentence(text, target[group[0]].paragraph))
        for j in group:
            merged_into[j] = g
    # Beads that hold parts of one merged sentence become one bead (with all beads between).
    joined: list[list[int]] = []
    for group in groups:
        ks = sorted({bead_of[j] for j in group if j in bead_of})
        if len(ks) > 1:
            joined.append(list(range(ks[0], ks[-1] + 1)))
    absorbed = {k: span[0] for span in joined for k in span}
    beads: list[BeadKey] = []
    k = 0
    while k < len(doc.beads):
        if k in absorbed:
            span_end = max(kk for kk, head in absorbed.items() if head == absorbed[k])
            members = doc.beads[k : span_end + 1]
            k = span_end + 1
        else:
            members = (doc.beads[k],)
            k += 1
        src = tuple(sorted({s for b in members for s in b[0]}))
        tgt = tuple(sorted({merged_into[j] for b in members for j in b[1]}))
        beads.append((src, tgt))
    return GoldDocument(doc.name, doc.source, tuple(new_target), tuple(beads))


VARIANTS = ("clean", "clean-no-paragraphs", "deleted", "merged", "deleted+merged")
"""Clean keeps paragraph marks; every harder variant also loses them."""


def variant(doc: GoldDocument, kind: str, seed: int = 0) -> GoldDocument:
    """One of `VARIANTS`; deterministic for a given document and seed."""
    rng = random.Random(f"{seed}:{kind}:{doc.name}")
    if kind == "clean":
        return doc
    if kind == "clean-no-paragraphs":
        return without_paragraphs(doc)
    if kind == "deleted":
        return without_paragraphs(delete_target(doc, 0.04, rng))
    if kind == "merged":
        return without_paragraphs(merge_target(doc, 0.08, rng))
    if kind == "deleted+merged":
        return without_paragraphs(merge_target(delete_target(doc, 0.04, rng), 0.08, rng))
    raise ValueError(f"unknown variant {kind!r}")


# --- hand checking ---------------------------------------------------------------------------


def pending() -> list[tuple[str, ParagraphPair, list[str], list[str]]]:
    """Paragraph pairs that need a human decision (not yet in manual.json)."""
    manual = _load_manual()
    waiting = []
    for collection in COLLECTIONS:
        for pair in paragraph_pairs(collection):
            key = pair_key(pair)
            if paragraph_beads(pair, manual) is None and manual.get(key, []) is not None:
                english, russian = sentences(pair.english, "en"), sentences(pair.russian, "ru")
                waiting.append((key, pair, english, russian))
    return waiting


def write_sample(names: Sequence[str]) -> None:
    """Store the named gold documents as the committed sample."""
    chosen = [d for d in load() if d.name in set(names)]
    DATA.mkdir(parents=True, exist_ok=True)
    SAMPLE.write_text(
        json.dumps(_to_json(chosen), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )


SAMPLE_DOCUMENTS = (
    "ubuntu-packaging-guide/debian-dir-overview",
    "ubuntu-packaging-guide/fixing-a-bug",
    "installation-guide/ch03s04",
    "developers-reference/l10n",
)


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "pending"
    if command == "pending":
        for key, pair, english, russian in pending():
            print(f"## {key} {pair.document}")
            for k, text in enumerate(english):
                print(f"  E{k}: {text}")
            for k, text in enumerate(russian):
                print(f"  R{k}: {text}")
    elif command == "sample":
        write_sample(SAMPLE_DOCUMENTS)
    elif command == "stats":
        documents = load()
        for split in ("dev", "test"):
            docs = [d for d in documents if d.split == split]
            n_english = sum(len(d.source) for d in docs)
            n_russian = sum(len(d.target) for d in docs)
            n_beads = sum(len(d.beads) for d in docs)
            print(
                f"{split}: {len(docs)} documents, {n_english} English and "
                f"{n_russian} Russian sentences, {n_beads} beads"
            )
    else:
        raise SystemExit(f"unknown command {command!r}: pending | sample | stats")


if __name__ == "__main__":
    main(sys.argv[1:])
