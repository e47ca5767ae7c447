"""How the seventeenth alignment held-out set's Russian side (`bench.align_heldout17`) was made: the
Russian of two public-domain works typeset as the pages of a Soviet-era edition, degraded as a
scanner degrades them and read by real Tesseract (`rus`), one page at a time, with the machinery
of the Russian OCR set and of the sixteenth set (`bench.ocr_heldout_ru_build`'s `Typesetter`, with
pyphen's `ru_RU` patterns, its page furniture, `render`, `degrade` and `ocr`;
`bench.align_heldout16_build`'s `typeset` and `scan`).

A work's paragraphs are the collection's lines (each `<delimiter>` part a paragraph, tags
stripped); a chapter number or a title is a centred heading. As a Soviet edition prints it, «ё» is
set as «е» (the collection spells «ё»); its «ёлочки» and «—» dashes are the collection's own. Pages
carry a printed book's furniture: Tolstoy's a running head with the page number in one line (author
on even pages, title on odd), Gogol's a centred head (the cycle's title, «ПЕТЕРБУРГСКИЕ ПОВЕСТИ»)
and the number at the foot. Neither text has a note.

The OCR text (pages joined by a form feed, as Tesseract writes a multi-page text) is committed,
`bench/data/align_heldout17/<text>.txt`: the Russian works are in the public domain (Tolstoy
1886, Gogol 1836) and the OCR is ours. The page images are not (this script makes them again; their
digests are in `bench/data/align_heldout17/pages.json`). The English is never committed.

    python -m bench.align_heldout17_build WORKDIR     # WORKDIR: for the page images; then freezes
    python -m bench.align_heldout17_build --freeze    # only the segments, from the committed OCR
                                                      # (after a cleanup change: re-read the gold)

Needs Pillow, numpy and pyphen (not project dependencies: run it with them on the path, with the
`fetch` mirror of `bilinguator/aligned-texts` present) and Tesseract with `rus`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from bench import align_heldout
from bench.align_heldout16_build import scan, typeset
from bench.align_heldout17 import DATA, SOURCES, imported
from bench.ocr_heldout_ru_build import Page, Typesetter, ocr

OCR_ENGINE = "tesseract 5.3.0 (Debian 5.3.0-2), rus (Debian tesseract-ocr-rus), --psm 3"
FURNITURE = {
    "tolstoy-ivan-ilyich-1": ("head-number", "Л. Н. ТОЛСТОЙ", "СМЕРТЬ ИВАНА ИЛЬИЧА", 61),
    "tolstoy-ivan-ilyich-2": ("head-number", "Л. Н. ТОЛСТОЙ", "СМЕРТЬ ИВАНА ИЛЬИЧА", 73),
    "gogol-nose-1-2": ("head-foot", "ПЕТЕРБУРГСКИЕ ПОВЕСТИ", "ПЕТЕРБУРГСКИЕ ПОВЕСТИ", 43),
}
"""text: (furniture style of `bench.ocr_heldout_ru_build`, head on even pages, on odd, first page
number)."""


def soviet(line: str) -> str:
    """A line as a Soviet edition prints it: «ё» set as «е»."""
    return line.replace("ё", "е").replace("Ё", "Е")


def pages(name: str, setter: Typesetter) -> list[Page]:
    """The Russian of the text's lines as printed pages."""
    source = SOURCES[name]
    lines = align_heldout.read_source(source.ru).split("\n")[source.first - 1 : source.last]
    return typeset(name, setter, [soviet(line) for line in lines], FURNITURE[name])


def freeze() -> None:
    """Freeze the Russian segments today's import makes of the committed OCR texts."""
    for name in SOURCES:
        (DATA / f"{name}.ru.txt").write_text("\n".join(imported(name)) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--freeze"]:
        freeze()
        return 0
    workdir = Path(argv[0])
    workdir.mkdir(parents=True, exist_ok=True)
    DATA.mkdir(parents=True, exist_ok=True)
    setter = Typesetter()
    record = {}
    for name in SOURCES:
        text, images = scan(name, workdir, setter, pages(name, setter), ocr)
        (DATA / f"{name}.txt").write_text(text, encoding="utf-8")
        record[name] = {"ocr": OCR_ENGINE, "pages": images,
                        "sha256": hashlib.sha256(text.encode()).hexdigest()}
        print(name, len(images), "pages", file=sys.stderr)
    (DATA / "pages.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
