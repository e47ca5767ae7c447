"""Sentence segmentation speed: about 1 MB of English and of Russian text, paragraph by paragraph.

The text is built from the hand-made test sentences (`tests/core/data/segmentation`),
shuffled into paragraphs of a few cases each with a fixed seed. Those sentences
are short and dense with abbreviations, initials, quotes and numbers, so this
is a pessimistic load: ordinary prose has fewer candidate boundaries per
megabyte. Paragraphs are split one at a time, the way the importer calls
`split_sentences`. The best of a few runs is reported, because the machine is
shared and the slower runs measure the neighbours.

    .venv/bin/python -m bench.bench_segmentation
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from workbench.core.ingest.segmentation import split_sentences

CASES = Path(__file__).resolve().parent.parent / "tests" / "core" / "data" / "segmentation"
TARGET_BYTES = 1_000_000
CASES_PER_PARAGRAPH = 4
RUNS = 3


def load_sentence_groups(lang: str) -> list[list[str]]:
    """The expected sentences of every case in `<lang>.txt`, one list per case."""
    groups: list[list[str]] = []
    for line in (CASES / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            groups.append([])
        elif line.strip() and not line.startswith("#"):
            groups[-1].append(line)
    return groups


def build_paragraphs(lang: str, target_bytes: int = TARGET_BYTES, seed: int = 1923) -> list[str]:
    """Paragraphs of a few randomly chosen cases each, until `target_bytes` of UTF-8."""
    groups = load_sentence_groups(lang)
    chooser = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < target_bytes:
        chosen = chooser.sample(groups, CASES_PER_PARAGRAPH)
        paragraph = " ".join(sentence for group in chosen for sentence in group)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1  # the paragraph break
    return paragraphs


def measure(lang: str) -> tuple[float, float, int]:
    """(megabytes, best seconds, sentences found) for segmenting ~1 MB in `lang`."""
    paragraphs = build_paragraphs(lang)
    megabytes = sum(len(p.encode("utf-8")) + 1 for p in paragraphs) / 1_000_000
    best = float("inf")
    found = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        found = sum(len(split_sentences(paragraph, lang)) for paragraph in paragraphs)
        best = min(best, time.perf_counter() - started)
    return megabytes, best, found


def run() -> list[dict[str, object]]:
    """Rows for `python -m bench`: throughput and seconds per MB for English and Russian."""
    rows: list[dict[str, object]] = []
    for lang in ("en", "ru"):
        megabytes, seconds, found = measure(lang)
        rows.append(
            {
                "benchmark": "segmentation",
                "metric": f"MB/s {lang}",
                "value": round(megabytes / seconds, 2),
                "unit": "MB/s",
                "target": ">= 1 MB/s",
            }
        )
        rows.append(
            {
                "benchmark": "segmentation",
                "metric": f"s/MB {lang} ({found / megabytes:,.0f} sentences/MB)",
                "value": round(seconds / megabytes, 3),
                "unit": "s",
                "target": "<= 0.3 s",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row, ensure_ascii=False))
