"""Import cleanup speed: decode + OCR cleanup of about 1 MB of scanned-book text.

Two kinds of text, both about 1 MB:

* the sample OCR page (`workers-clubs.en.txt`, with its hyphenless word breaks
  and OCR garbage) laid out as a book: pages of 40 lines, each with a bare page
  number and an alternating running head (book title on even pages, chapter
  title with its page number on odd ones), paragraphs running on across page
  breaks, UTF-8 with CRLF line endings;
* text with a book's vocabulary (tens of thousands of distinct words, drawn from
  wordfreq's list with a Zipf-like fixed-seed sample and wrapped at 72 columns),
  in English and in Russian: every distinct rare word goes through the
  run-together-words check once, so this is the slower case.

The first call in a process also loads wordfreq's table for the language; it is
reported separately because an import pays it once. Elsewhere the best of a few
warm runs is reported, as wall-clock and as CPU time: the machine is shared and
slower runs measure the neighbours. Times are scaled to exactly 1,000,000 bytes.

    .venv/bin/python -m bench.bench_cleanup
"""

from __future__ import annotations

import itertools
import random
import textwrap
import time
from pathlib import Path

from wordfreq import top_n_list

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.encoding import decode_bytes

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "shared" / "samples" / "workers-clubs.en.txt"
SHIPPED = HERE.parent / "projects" / "workers-clubs" / "sources" / "workers-clubs.en.txt"
TARGET_BYTES = 1_000_000
LINES_PER_PAGE = 40
RUNS = 3
TARGET = "<= 2 s (with segmentation)"


def book_bytes(size: int = TARGET_BYTES) -> bytes:
    """About `size` bytes of book-like OCR text made from the sample page."""
    source = SHIPPED if SHIPPED.exists() else SAMPLE
    sample_lines = source.read_text(encoding="utf-8").strip("\n").split("\n")
    lines: list[str] = []
    written = page = 0
    while written < size:
        page += 1
        head = "SOVIET WORKERS' CLUBS" if page % 2 == 0 else f"THE CLUB MOVEMENT, 1923-1924 {page}"
        body = [
            sample_lines[(page * LINES_PER_PAGE + i) % len(sample_lines)]
            for i in range(LINES_PER_PAGE)
        ]
        page_lines = [head, "", *body, "", str(page), ""]
        lines.extend(page_lines)
        written += sum(len(line) + 2 for line in page_lines)
    return "\r\n".join(lines).encode("utf-8")


def vocabulary_bytes(lang: str, size: int = TARGET_BYTES) -> bytes:
    """About `size` bytes of wrapped prose-like text over a book-sized vocabulary."""
    words = top_n_list(lang, 60_000)
    cumulative = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(words))))
    rng = random.Random(1923)
    paragraphs: list[str] = []
    written = 0
    while written < size:
        sentences = [
            " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 25))).capitalize()
            + "."
            for _ in range(6)
        ]
        paragraph = textwrap.fill(" ".join(sentences), 72)
        paragraphs.append(paragraph)
        written += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs).encode("utf-8")


def measure(data: bytes, lang: str) -> tuple[float, float, int, int]:
    """Wall and CPU seconds for decode + cleanup of `data`, paragraphs and findings."""
    wall, cpu = time.perf_counter(), time.process_time()
    decoded = decode_bytes(data, lang=lang)
    paragraphs = clean_text(decoded.text, lang)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, len(paragraphs), sum(len(p.findings) for p in paragraphs)


def row(
    benchmark: str, metric: str, value: object, unit: str = "s", target: str = TARGET
) -> dict[str, object]:
    return {
        "benchmark": benchmark,
        "metric": metric,
        "value": value,
        "unit": unit,
        "target": target,
    }


def run() -> list[dict[str, object]]:
    rows = []
    for name, lang, data in [
        ("import cleanup 1 MB", "en", book_bytes()),
        ("import cleanup 1 MB, book vocabulary (en)", "en", vocabulary_bytes("en")),
        ("import cleanup 1 MB, book vocabulary (ru)", "ru", vocabulary_bytes("ru")),
    ]:
        megabytes = len(data) / 1_000_000
        cold, _, paragraphs, findings = measure(data, lang)
        warm = [measure(data, lang) for _ in range(RUNS)]
        rows.append(row(name, "seconds", min(w for w, *_ in warm) / megabytes))
        rows.append(row(name, "CPU seconds", min(c for _, c, *_ in warm) / megabytes))
        rows.append(row(name, "seconds, first call", cold / megabytes))
        rows.append(row(name, "paragraphs / findings", f"{paragraphs} / {findings}", "", ""))
    return rows


if __name__ == "__main__":
    for line in run():
        print(
            f"{line['benchmark']:<42} {line['metric']:<27} {line['value']!s:>12} "
            f"{line['unit']:<2} {line['target']}"
        )
