"""How the sixteenth alignment held-out set's English side (`bench.align_heldout16`) was made: the
English of two public-domain works typeset as book pages, degraded as a scanner degrades them and
read by real Tesseract, one page at a time, with the Russian OCR set's machinery
(`bench.ocr_heldout_ru_build`: its `Typesetter`, page furniture, `render` and `degrade`); only the
hyphenation is English here (pyphen's `en_US` patterns) and the OCR reads with the `eng` model.

A work's paragraphs are the collection's lines (each `<delimiter>` part a paragraph, tags
stripped); a chapter number or a title is a centred heading. Pages carry the furniture of a
printed book: *The Canterville Ghost* a running head with the page number in one line (author on
even pages, title on odd), *The Gift of the Magi* a centred head (its collection's title, *The
Four Million*) and the number at the foot. Neither English text has a note, so the pages have no
footnotes; the notes of this set are the Russian translators' (see the set's docstring).

The OCR text (pages joined by a form feed, as Tesseract writes a multi-page text) is committed,
`bench/data/align_heldout16/<text>.txt`: the English works are in the public domain and the OCR
is ours. The page images are not (they are made again by this script; their digests are in
`bench/data/align_heldout16/pages.json`).

    python -m bench.align_heldout16_build WORKDIR     # WORKDIR: for the page images; then freezes
    python -m bench.align_heldout16_build --freeze    # only the segments, from the committed OCR
                                                      # (after a cleanup change: re-read the gold)

Needs Pillow, numpy and pyphen (not project dependencies: run it from a venv that has them, with
the `fetch` mirror of `bilinguator/aligned-texts` present) and Tesseract with `eng`.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench import align_heldout, align_heldout15
from bench.align_heldout16 import DATA, SOURCES, imported
from bench.ocr_heldout_ru_build import (
    BODY_SIZE,
    BOTTOM,
    INDENT,
    LEADING,
    PAGE_H,
    TOP,
    Page,
    Printed,
    Typesetter,
    _furniture,
    degrade,
    render,
)

OCR_ENGINE = "tesseract 5.3.0 (Debian 5.3.0-2), eng 4.1.0 (Debian 1:4.1.0-2), --psm 3"
FURNITURE = {
    "wilde-canterville-1-3": ("head-number", "OSCAR WILDE", "THE CANTERVILLE GHOST", 3),
    "ohenry-gift-of-the-magi": ("head-foot", "THE FOUR MILLION", "THE FOUR MILLION", 17),
}
"""text: (furniture style of `bench.ocr_heldout_ru_build`, head on even pages, on odd, first page
number)."""


class EnglishTypesetter(Typesetter):
    """The Russian set's typesetter with English hyphenation patterns."""

    def __init__(self) -> None:
        import pyphen

        super().__init__()
        self.hyphen = pyphen.Pyphen(lang="en_US")

    def _split(self, word: str, room: float, size: int) -> tuple[str, str, str] | None:
        m = re.fullmatch(r"(\W*)([\w\-’']+?)(\W*)", word)
        if m is None:
            return None
        lead, core, tail = m.groups()
        if "-" in core.strip("-"):
            head, _, rest = core.partition("-")
            options = [(lead + head + "-", rest + tail, "hyphen")] if head and rest else []
        else:
            options = [(lead + a + "-", b + tail, "join") for a, b in self.hyphen.iterate(core)]
        for left, right, how in options:
            if len(left) >= 3 and len(right.strip(".,;:!?”’)")) >= 2 and \
                    self.width(left, size) <= room:
                return left, right, how
        return None


def paragraphs(lines: list[str]) -> list[tuple[str, bool]]:
    """A work's paragraphs as printed, each with whether it is a heading."""
    out = []
    for line in lines:
        heading = "<h1>" in line
        for text in align_heldout15.paragraphs([line], verse=False):
            out.append((text, heading))
    return out


def typeset(name: str, setter: Typesetter, lines: list[str] | None = None,
            furniture: tuple[str, str, str, int] | None = None) -> list[Page]:
    """The work's pages: justified, hyphenated body lines under the text's furniture. `lines` and
    `furniture` are this set's English lines and furniture unless given (the seventeenth set
    typesets its Russian with them)."""
    style, even_head, odd_head, first_number = FURNITURE[name] if furniture is None else furniture
    if lines is None:
        source = SOURCES[name]
        lines = align_heldout.read_source(source.en).split("\n")[source.first - 1 : source.last]
    room = PAGE_H - TOP - BOTTOM
    pages: list[Page] = []
    body: list[Printed] = []
    for text, heading in paragraphs(lines):
        if heading:
            printed = [Printed(text, "heading", True, "end", align="centre")]
        else:
            printed = setter.lines(text, BODY_SIZE, INDENT)
        for line in printed:
            if (len(body) + 1) * LEADING > room:
                number = first_number + len(pages)
                pages.append(Page(number, tuple(_furniture(style, number, even_head, odd_head,
                                                           body, []))))
                body = []
            body.append(line)
    number = first_number + len(pages)
    pages.append(Page(number, tuple(_furniture(style, number, even_head, odd_head, body, []))))
    return pages


def ocr(image: Path) -> str:
    return subprocess.run(["tesseract", str(image), "stdout", "-l", "eng", "--psm", "3"],
                          check=True, capture_output=True, text=True).stdout


def scan(name: str, workdir: Path, setter: Typesetter, pages: list[Page] | None = None,
         read: Callable[[Path], str] = ocr) -> tuple[str, list[dict[str, object]]]:
    """The text's OCR, its pages joined by a form feed, and each page image's digest: `pages`
    (this set's English typeset unless given) degraded and read by `read` (Tesseract `eng`)."""
    texts, images = [], []
    for page in typeset(name, setter) if pages is None else pages:
        seed = int(hashlib.sha256(f"{name}/{page.number}".encode()).hexdigest()[:8], 16)
        jpeg = degrade(render(page, setter), seed)
        image = workdir / f"{name}-{page.number:03d}.jpg"
        image.write_bytes(jpeg)
        texts.append(read(image).rstrip("\n"))
        images.append({"page": page.number, "image_sha256": hashlib.sha256(jpeg).hexdigest()})
    return "\n\f".join(texts) + "\n", images


def freeze() -> None:
    """Freeze the English segments today's import makes of the committed OCR texts."""
    for name in SOURCES:
        (DATA / f"{name}.en.txt").write_text("\n".join(imported(name)) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--freeze"]:
        freeze()
        return 0
    workdir = Path(argv[0])
    workdir.mkdir(parents=True, exist_ok=True)
    DATA.mkdir(parents=True, exist_ok=True)
    setter = EnglishTypesetter()
    record = {}
    for name in SOURCES:
        text, images = scan(name, workdir, setter)
        (DATA / f"{name}.txt").write_text(text, encoding="utf-8")
        record[name] = {"ocr": OCR_ENGINE, "pages": images,
                        "sha256": hashlib.sha256(text.encode()).hexdigest()}
        print(name, len(images), "pages", file=sys.stderr)
    (DATA / "pages.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
