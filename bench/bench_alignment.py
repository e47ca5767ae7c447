"""Alignment benchmark: accuracy on real translations against Gale-Church, confidence
ranking, and the speed/memory curve.

Accuracy is measured on the held-out *test* split of the gold set
(`bench/alignment_gold.py`: Debian documentation translated into Russian; the
dev split was used to tune parameters) in five variants: clean with
paragraph marks, and without paragraph marks clean, with 4% of the Russian
sentences deleted, with 8% of the Russian sentences merged with the next one
in their paragraph, and with both. The baseline is NLTK's Gale-Church
(`nltk.translate.gale_church`, its default parameters) on the same
sentences; on the clean variant it gets the paragraphs as hard blocks, as
Gale and Church used them. The harder variants
are also run with termbase concepts as anchors, recognised by the project's
own morphology-aware matcher in a small Debian termbase
(``bench/data/alignment/debian-terms.csv``).

Speed: real gold documents are concatenated until each side has 1k, 5k and
20k sentences (the deleted+merged variant, so the search cannot ride the
diagonal); each size runs in a fresh interpreter that reports its own peak
memory.

    python -m bench alignment                 # through the project's bench runner
    python -m bench.bench_alignment [--dev]   # this module alone, rows as JSON
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from nltk.translate import gale_church  # type: ignore[import-untyped]

from bench import align_dev
from bench.alignment_gold import VARIANTS, GoldDocument, load, variant
from bench.alignment_metrics import BeadKey, Scores, ranking_quality, score
from workbench.core.alignment.aligner import Bead, ConceptFinder, Sentence, align
from workbench.core.alignment.meaning import Meaning, default_encoder

Aligner = Callable[[GoldDocument], list[tuple[BeadKey, float]]]

SPEED_SIZES = (1_000, 5_000, 20_000)


TERMBASE = Path(__file__).resolve().parent / "data" / "alignment" / "debian-terms.csv"
"""40 Debian-documentation concepts (package, maintainer, partition ...) written for
this benchmark, read by the project's own termbase matcher."""


@cache
def _meaning() -> Meaning | None:
    """One encoder and in-memory store for every accuracy run of this process."""
    encoder = default_encoder()
    return None if encoder is None else Meaning(encoder)


def ours(doc: GoldDocument) -> list[tuple[BeadKey, float]]:
    """The aligner as the workbench runs it: with meaning where the encoder is installed."""
    beads = align(doc.source, doc.target, meaning=_meaning())
    return [((b.source, b.target), b.confidence) for b in beads]


def ours_without_meaning(doc: GoldDocument) -> list[tuple[BeadKey, float]]:
    """`--no-semantic`: lengths, anchors, the word list."""
    return [((b.source, b.target), b.confidence) for b in align(doc.source, doc.target)]


@cache
def _termbase_concepts() -> ConceptFinder | None:
    # Imported here: the matcher loads morphology dictionaries, which would
    # inflate the speed runs' memory figures.
    from workbench.core.terminology import file_concept_finder

    return file_concept_finder(TERMBASE, "en", "ru")


def ours_with_termbase(doc: GoldDocument) -> list[tuple[BeadKey, float]]:
    """The aligner with termbase concepts as anchors, as `workbench align` runs it."""
    concepts = _termbase_concepts()
    return [
        ((b.source, b.target), b.confidence)
        for b in align(doc.source, doc.target, concepts=concepts, meaning=_meaning())
    ]


def gale_church_baseline(doc: GoldDocument) -> list[tuple[BeadKey, float]]:
    """NLTK's Gale-Church; paragraphs as hard blocks when both sides have the same number."""
    gale_church.MAX_ALIGN_BLOCKS = max(
        gale_church.MAX_ALIGN_BLOCKS, len(doc.source) + len(doc.target) + 1
    )
    src_blocks = _blocks(doc.source)
    tgt_blocks = _blocks(doc.target)
    if len(src_blocks) != len(tgt_blocks):
        src_blocks = [list(range(len(doc.source)))]
        tgt_blocks = [list(range(len(doc.target)))]
    links: list[tuple[int, int]] = []
    for src, tgt in zip(src_blocks, tgt_blocks, strict=True):
        if not src or not tgt:
            continue
        found = gale_church.align_blocks(
            [len(doc.source[i].text) for i in src], [len(doc.target[j].text) for j in tgt]
        )
        links.extend((src[i], tgt[j]) for i, j in found)
    return [(bead, 1.0) for bead in beads_from_links(links, len(doc.source), len(doc.target))]


def _blocks(sentences: Sequence[Sentence]) -> list[list[int]]:
    blocks: list[list[int]] = []
    for k, sentence in enumerate(sentences):
        if not blocks or sentences[blocks[-1][-1]].paragraph != sentence.paragraph:
            blocks.append([])
        blocks[-1].append(k)
    return blocks


def beads_from_links(links: Sequence[tuple[int, int]], n: int, m: int) -> list[BeadKey]:
    """Beads from sentence links: linked sentences group into beads (connected
    components); sentences without a link become 1-0 or 0-1 beads."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for s, t in links:
        parent[find(("s", s))] = find(("t", t))
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for s in range(n):
        groups.setdefault(find(("s", s)), (set(), set()))[0].add(s)
    for t in range(m):
        groups.setdefault(find(("t", t)), (set(), set()))[1].add(t)
    return [(tuple(sorted(src)), tuple(sorted(tgt))) for src, tgt in groups.values()]


def evaluate(
    aligner: Aligner, documents: Sequence[GoldDocument], kind: str
) -> tuple[Scores, tuple[float, float, float]]:
    """Scores of `aligner` on one variant of `documents`, and its confidence ranking
    (AUC, lowest-decile precision, share of wrong beads in that decile)."""
    gold, test, confidences, wrong = [], [], [], []
    for doc in documents:
        changed = variant(doc, kind)
        result = aligner(changed)
        gold.append(list(changed.beads))
        test.append([bead for bead, _ in result])
        gold_set = set(changed.beads)
        for bead, confidence in result:
            confidences.append(confidence)
            wrong.append(bead not in gold_set)
    return score(gold, test), ranking_quality(confidences, wrong)


def accuracy_rows(documents: Sequence[GoldDocument], split: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for kind in VARIANTS:
        mine, ranking = evaluate(ours, documents, kind)
        plain, _ = evaluate(ours_without_meaning, documents, kind)
        baseline, _ = evaluate(gale_church_baseline, documents, kind)
        target = ">= 0.995" if kind.startswith("clean") else ">= 0.99"
        name = f"alignment {split} {kind}"
        rows += [
            _row(
                name, "strict F1", mine.f1_strict, target + f" and >= GC ({baseline.f1_strict:.4f})"
            ),
            _row(name, "strict precision", mine.precision_strict),
            _row(name, "strict recall", mine.recall_strict),
            _row(name, "lax F1", mine.f1_lax, f">= GC ({baseline.f1_lax:.4f})"),
            _row(name, "lax precision", mine.precision_lax),
            _row(name, "lax recall", mine.recall_lax),
            _row(name, "strict F1 without meaning (--no-semantic)", plain.f1_strict),
            _row(name, "Gale-Church strict F1", baseline.f1_strict),
            _row(name, "Gale-Church lax F1", baseline.f1_lax),
            _row(name, "confidence AUC (wrong beads lowest)", ranking[0], "> 0.9"),
            _row(name, "wrong share of lowest-confidence decile", ranking[1]),
            _row(name, "wrong beads caught in lowest decile", ranking[2]),
        ]
        if kind != "clean":
            with_terms, _ = evaluate(ours_with_termbase, documents, kind)
            rows.append(
                _row(name, "strict F1 with termbase concepts", with_terms.f1_strict, target)
            )
    return rows


def free_translation_methods() -> dict[str, Callable[[align_dev.DevDocument], list[Bead]]]:
    """The aligners every free-translation set is scored with (the dev set here, the
    held-out one in `bench.align_heldout`): the workbench with meaning as `workbench
    align` reads it and without (`--no-semantic`), NLTK's Gale-Church and, where
    `HUNALIGN` names a binary, hunalign."""
    methods: dict[str, Callable[[align_dev.DevDocument], list[Bead]]] = {
        "workbench": lambda d: align(d.source, d.target, meaning=_meaning()),
        "workbench --no-semantic": lambda d: align(d.source, d.target),
        "Gale-Church": lambda d: _as_beads(gale_church_baseline(_gold_document(d))),
    }
    hunalign = os.environ.get("HUNALIGN")
    if hunalign:
        methods["hunalign"] = lambda d: _as_beads(
            [(bead, 1.0) for bead in hunalign_beads(hunalign, d)]
        )
    return methods


def free_translation_rows() -> list[dict[str, object]]:
    """The free-translation dev set (`../shared/align-dev/`, gold read by hand by its
    author): strict/lax F1 of the workbench with and without meaning, of NLTK's
    Gale-Church and, where `HUNALIGN` names a binary, of hunalign, all on the same
    pre-segmented lines without paragraph marks, scored by the set's own scorer.
    Meaning weights and confidence were fitted on this set (and the Debian dev
    half): these are dev figures, not held-out ones."""
    docs = align_dev.documents()
    if not docs:
        return [_row("alignment free translation (align-dev)", "skipped", 0.0, "../shared/align-dev absent")]
    rows: list[dict[str, object]] = []
    for method, aligner in free_translation_methods().items():
        started = time.perf_counter()
        results = [(doc, aligner(doc)) for doc in docs]
        seconds = time.perf_counter() - started
        total = align_dev.score(results)
        name = f"alignment free translation (align-dev) {method}"
        ours_now = method == "workbench"
        rows += [
            _row(name, "strict F1, all docs", total["f1_strict"], ">= 0.95" if ours_now else ""),
            _row(name, "lax F1, all docs", total["f1_lax"]),
            _row(
                name,
                "lowest strict F1 of a doc",
                min(align_dev.score([pair])["f1_strict"] for pair in results),
                ">= 0.85" if ours_now else "",
            ),
        ]
        found, gold = align_dev.found_by_kind(results)["n-m"]
        rows.append(_row(name, "n-m beads found exactly", found / gold, ">= 0.6" if ours_now else ""))
        rows.append(_row(name, "time, 6 docs", seconds, "", "s"))
        if ours_now:
            confidences = [b.confidence for _, beads in results for b in beads]
            wrong = [w for doc, beads in results for w in align_dev.wrong_flags(doc, beads)]
            auc, _, caught = ranking_quality(confidences, wrong)
            rows.append(_row(name, "confidence AUC (wrong beads lowest)", auc, ">= 0.9"))
            rows.append(_row(name, "wrong beads caught in lowest decile", caught))
    return rows


def _gold_document(doc: align_dev.DevDocument) -> GoldDocument:
    return GoldDocument(doc.name, doc.source, doc.target, doc.gold)


def _as_beads(result: list[tuple[BeadKey, float]]) -> list[Bead]:
    return [Bead(src, tgt, confidence) for (src, tgt), confidence in result]


def hunalign_beads(binary: str, doc: align_dev.DevDocument) -> list[BeadKey]:
    """hunalign's ladder as beads: empty dictionary, UTF-8, lower-cased tokens, run in a
    scratch folder (it writes files where it runs)."""
    with tempfile.TemporaryDirectory(prefix="hunalign-") as scratch:
        folder = Path(scratch)
        for name, sentences in (("en", doc.source), ("ru", doc.target)):
            lines = (" ".join(re.findall(r"\w+|[^\w\s]", s.text.lower())) for s in sentences)
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / "null.dic").write_text("", encoding="utf-8")
        ladder = subprocess.run(
            [binary, str(folder / "null.dic"), str(folder / "en"), str(folder / "ru"), "-utf"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    rungs = [tuple(int(x) for x in line.split("\t")[:2]) for line in ladder.splitlines() if line.strip()]
    return [
        (tuple(range(i0, i1)), tuple(range(j0, j1)))
        for (i0, j0), (i1, j1) in zip(rungs, rungs[1:])
        if i1 > i0 or j1 > j0
    ]


def _row(
    benchmark: str, metric: str, value: float, target: str = "", unit: str = ""
) -> dict[str, object]:
    return {
        "benchmark": benchmark,
        "metric": metric,
        "value": round(value, 4),
        "unit": unit,
        "target": target,
    }


# --- speed --------------------------------------------------------------------------------


def long_pair(size: int) -> tuple[list[Sentence], list[Sentence]]:
    """Real documents (harder variant) concatenated until the source has `size` sentences."""
    try:
        documents = load()
    except (OSError, subprocess.CalledProcessError):
        documents = load(sample=True)
    source: list[Sentence] = []
    target: list[Sentence] = []
    round_ = 0
    while len(source) < size:
        for doc in documents:
            changed = variant(doc, "deleted+merged", seed=round_)
            base = source[-1].paragraph + 1 if source else 0
            source.extend(Sentence(s.text, base + s.paragraph) for s in changed.source)
            target.extend(Sentence(s.text, base + s.paragraph) for s in changed.target)
            if len(source) >= size:
                break
        round_ += 1
    return source[:size], target[: int(size * len(target) / len(source)) + 1]


def _time_one(size: int, with_meaning: bool) -> None:
    """Child process: align one long pair, print seconds and peak RSS (MB) as JSON.
    With meaning, the encoder starts cold and nothing is cached: the first
    alignment of a new project."""
    source, target = long_pair(size)
    encoder = default_encoder() if with_meaning else None
    baseline_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    meaning = Meaning(encoder) if encoder is not None else None
    # As `workbench align` runs it: the translation is read on the second core.
    beads: list[Bead] = align(source, target, meaning=meaning, workers=os.cpu_count() or 1)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_mb,
                "baseline_mb": baseline_mb,
                "child_peak_mb": child_mb,
                "beads": len(beads),
                "target": len(target),
                "embedded": meaning.computed if meaning is not None else 0,
            }
        )
    )


SPEED_TARGETS = {
    (1_000, True): ("<= 5 s", ""),
    (20_000, True): ("<= 20 s", "<= 500 MB"),
    (20_000, False): ("<= 10 s", "<= 300 MB"),
}


def speed_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    root = Path(__file__).resolve().parent.parent
    for with_meaning in (True, False):
        for size in SPEED_SIZES:
            out = subprocess.run(
                [sys.executable, "-m", "bench.bench_alignment", "--time", str(size)]
                + (["--meaning"] if with_meaning else []),
                cwd=root,
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            mode = "with meaning" if with_meaning else "without meaning"
            name = f"alignment speed {size} x {result['target']} sentences, {mode}"
            time_target, memory_target = SPEED_TARGETS.get((size, with_meaning), ("", ""))
            rows.append(_row(name, "time", result["seconds"], time_target, "s"))
            rows.append(_row(name, "peak memory", result["peak_mb"], memory_target, "MB"))
            if result["child_peak_mb"]:
                # Its resident set counts the pages it shares with this process since the fork.
                rows.append(_row(name, "peak memory of the child reading the translation", result["child_peak_mb"], "", "MB"))
            if with_meaning:
                rows.append(_row(name, "texts embedded (sentences and spans)", result["embedded"]))
    return rows


def run() -> list[dict[str, object]]:
    # Speed first, while this process is small: on Linux a child inherits its
    # parent's peak-memory mark, which would floor the children's figures.
    speed = speed_rows()
    try:
        documents, split = [d for d in load() if d.split == "test"], "test"
    except (OSError, subprocess.CalledProcessError):
        # No Debian tools or archive here: fall back to the committed sample.
        documents, split = load(sample=True), "sample"
    return free_translation_rows() + accuracy_rows(documents, split) + speed


if __name__ == "__main__":
    if sys.argv[1:2] == ["--time"]:
        _time_one(int(sys.argv[2]), "--meaning" in sys.argv)
    elif sys.argv[1:2] == ["--dev"]:
        print(
            json.dumps(
                accuracy_rows([d for d in load() if d.split == "dev"], "dev"),
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(json.dumps(run(), ensure_ascii=False, indent=1))
