"""How the Russian OCR held-out set (`python -m bench.ocr_heldout --lang ru`) was built: pages we
typeset from public-domain Russian prose, degraded as a scanner degrades them, read by Tesseract;
the gold follows from our typesetting.

Why typeset: no Russian page scans with a proofread text of the same edition could be found where
this project can fetch from (GitHub); the one pre-reform set found (nevmenandr's
russian-old-orthography-ocr) is on Hugging Face only. So the pages are made here, and the set
measures the cleanup on real Tesseract output of synthetic pages, not of real scans.

Source: `KellerJordan/modded-nanogpt` at `SOURCE_COMMIT`, `data/RusLit/prose/` (its README: "All
works contained in this repository are in the public domain"; taken from LitLib, Wikisource,
Ilibrary). Four books, three runs of four consecutive pages each (at a fifth, half and four fifths
of the book), 48 pages:

* Ivan Turgenev, *Дым* (1867); Anton Chekhov, *Палата № 6* (1892); Nikolai Gogol, *Портрет*
  (1833-1834); Leo Tolstoy, *Казаки* (1863).

Typesetting (`typeset`): a source line is a paragraph (short ones, chapter numbers, centred), its
first line indented, the lines justified in DejaVu Serif; a word that does not fit is hyphenated
where pyphen's Russian patterns allow (the "join" breaks) or broken after its own hyphen
(`по-своему`: the "hyphen" breaks). Each book has its own page furniture: Turgenev a running head
with the page number in one line (author on even pages, title on odd), Chekhov a centred head and
the number at the foot, Gogol the number alone between dashes at the head, Tolstoy a head and the
number at the foot's outer corner. Gogol's and Tolstoy's bracketed glosses (`бирюков [волков]`)
become footnotes: a `*` after the word, the gloss at the foot of the page under a short rule, in
a smaller size; in these two books a run starts a page before the first page with a footnote at
or after its place (glosses are rare: at the plain places the set had one footnote). Other brackets are dropped, `--` is set as `—`, a word mixing Latin and Cyrillic
homoglyphs (the source's `Сопvеrsаtion`) is set in the script of its majority, digit-only lines
(stray note numbers) are dropped.

Scanning (`degrade`, seeded per page): uneven ink, a darker gutter, blur, a slight rotation,
noise, specks, 70 % scale, JPEG. The OCR is Tesseract's (`OCR_ENGINE`), `--psm 3`, one page at a
time; a run is its pages' texts joined by a form feed, as in the English set.

The gold (`gold_for_run`) pairs the OCR's words with the printed words (difflib, on the English
set's `norm`), an OCR line with the printed line most of its words pair with, and then

* **furniture**: the OCR lines whose words all pair with a running head or a page number;
* **body lines**: the OCR lines paired one to one with a printed text or footnote line; an OCR
  line whose words pair with two printed lines, or two OCR lines with one printed line, gets no
  gold (`unmatched_lines`);
* a **line-end break** between consecutive body lines (furniture between allowed, a blank line
  only at a page break, as in the English set) whose printed lines follow each other in one
  paragraph, when the OCR's edge words pair with the printed edge words: the typesetter's reading
  ("join", "hyphen", "space");
* a **paragraph start**: a body line whose first word pairs with the first word of a printed line
  that opens a paragraph or a footnote;
* **garbage**: the English set's rule (`bench.ocr_heldout_build._block_garbage`) on the OCR words
  of body lines against the printed words, less the halves of words the typesetter broke,
  less `е` read for `ё` (Russian print often sets ё as е), and less a word the dictionary
  (pymorphy3) knows read for a printed word it does not (the source's own typos: `бытъ`).

The page images are not committed (they are made again from the source by this script; their
digests are in the gold); the OCR texts and the printed lines are.

    python -m bench.ocr_heldout_ru_build MIRROR WORKDIR   # MIRROR: the fetched git directory;
                                                          # WORKDIR: for the page images
    python -m bench.ocr_heldout_ru_build --regold         # the gold again from the committed
                                                          # texts and printed lines
Needs Pillow, numpy and pyphen (not project dependencies: run it from a venv that has them,
with pymorphy3 as the project pins it); `--regold` needs only the project's venv.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.ocr_heldout_build import Token, _block_garbage, is_word, norm, words

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "ocr_heldout_ru"
GOLD = HERE / "data" / "ocr_heldout_ru.json"
SOURCE_REPO = "KellerJordan/modded-nanogpt"
SOURCE_COMMIT = "448bd136a978581b0f8cde7e1dcc4e68b9617385"
OCR_ENGINE = "tesseract 5.3.0 (Debian 5.3.0-2), rus (Debian tesseract-ocr-rus), --psm 3"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

BOOKS = {
    "dym": ("Turgenev/Дым.txt", "И. С. ТУРГЕНЕВ", "ДЫМ", "head-number", 5,
            "Иван Тургенев, Дым, 1867"),
    "palata": ("Chekhov/Палата №6.txt", "А. П. ЧЕХОВ", "ПАЛАТА № 6", "head-foot", 3,
               "Антон Чехов, Палата № 6, 1892"),
    "portret": ("Gogol/Портрет.txt", "", "", "dashed-number", 7,
                "Николай Гоголь, Портрет, 1833-1834"),
    "kazaki": ("Tolstoy/Казаки.txt", "Л. Н. ТОЛСТОЙ", "КАЗАКИ", "head-corner", 5,
               "Лев Толстой, Казаки, 1863"),
}
"""book: (source path, running head on even pages, on odd pages, furniture style, first page
number, title)."""
NOTES = {"portret", "kazaki"}
RUN_AT = (0.2, 0.5, 0.8)
PAGES_PER_RUN = 4

PAGE_W, PAGE_H = 1400, 2100
LEFT, RIGHT, TOP, BOTTOM = 150, 150, 200, 220
BODY_SIZE, NOTE_SIZE, HEAD_SIZE = 38, 30, 30
LEADING, NOTE_LEADING = 52, 40
TEXT_W = PAGE_W - LEFT - RIGHT
INDENT = 60
SCALE = 0.6
_BRACKET = re.compile(r"\s*\[([^\]]*)\]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_TO_LATIN = str.maketrans("АВЕКМНОРСТХаеорсухіј", "ABEKMHOPCTXaeopcyxij")
_TO_CYRILLIC = str.maketrans("ABEKMHOPCTXaeopcyx", "АВЕКМНОРСТХаеорсух")


@dataclass(frozen=True)
class Printed:
    """One printed line: its text, kind ("head", "number", "body", "heading", "note"), whether it
    opens a paragraph (or a footnote), how it ends ("join": a word broken by the typesetter's
    hyphen, "hyphen": broken after its own hyphen, "space", "end": the paragraph ends) and, at a
    broken word, the whole word."""

    text: str
    kind: str
    start: bool
    end: str
    word: str = ""
    align: str = "justify"


@dataclass(frozen=True)
class Page:
    number: int
    lines: tuple[Printed, ...]


def source_paragraphs(text: str, notes: bool) -> list[tuple[str, list[str]]]:
    """The book's paragraphs, each with the glosses its brackets hold (empty unless `notes`)."""
    paragraphs = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line or line.isdigit():
            continue
        glosses: list[str] = []

        def mark(m: re.Match[str], glosses: list[str] = glosses) -> str:
            gloss = " ".join(m.group(1).split()).replace("--", "—")
            if notes and _CYRILLIC.search(gloss):
                glosses.append(gloss)
                return "*" * len(glosses)
            return ""

        line = _BRACKET.sub(mark, line).replace("--", "—")
        line = " ".join(_one_script(w) for w in line.split())
        if line:
            paragraphs.append((line, glosses))
    return paragraphs


def _one_script(word: str) -> str:
    latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
    if latin and cyrillic:
        return word.translate(_TO_LATIN if latin >= cyrillic else _TO_CYRILLIC)
    return word


class Typesetter:
    def __init__(self) -> None:
        import pyphen
        from PIL import ImageFont

        self.hyphen = pyphen.Pyphen(lang="ru_RU")
        self.fonts = {size: ImageFont.truetype(FONT, size)
                      for size in (BODY_SIZE, NOTE_SIZE, HEAD_SIZE)}

    def width(self, text: str, size: int = BODY_SIZE) -> float:
        return float(self.fonts[size].getlength(text))

    def lines(self, paragraph: str, size: int, first_indent: int) -> list[Printed]:
        """Break a paragraph into justified lines, hyphenating where a word does not fit."""
        out: list[Printed] = []
        line: list[str] = []
        pending = paragraph.split()
        space = self.width(" ", size)
        while pending:
            word = pending.pop(0)
            room = TEXT_W - (first_indent if not out else 0)
            used = self.width(" ".join(line), size) + (space if line else 0)
            if used + self.width(word, size) <= room:
                line.append(word)
                continue
            loose = room - used > 0.1 * TEXT_W
            split = self._split(word, room - used, size) if loose or not line else None
            if split is not None:
                left, right, how = split
                out.append(Printed(" ".join([*line, left]), "body", not out, how, word))
                line = []
                pending.insert(0, right)
                continue
            if not line:  # a word wider than the line: set it alone
                out.append(Printed(word, "body", not out, "space"))
                continue
            out.append(Printed(" ".join(line), "body", not out, "space"))
            line = []
            pending.insert(0, word)
        if line:
            out.append(Printed(" ".join(line), "body", not out, "end", align="left"))
        return out

    def _split(self, word: str, room: float, size: int) -> tuple[str, str, str] | None:
        m = re.fullmatch(r"([^\wЁё]*)([\w\-Ёё]+?)([^\wЁё]*)", word)
        if m is None or not _CYRILLIC.search(word):
            return None
        lead, core, tail = m.groups()
        options: list[tuple[str, str, str]] = []
        if "-" in core.strip("-"):
            head, _, rest = core.partition("-")
            if head and rest:
                options.append((lead + head + "-", rest + tail, "hyphen"))
        else:
            for left, right in self.hyphen.iterate(core):
                options.append((lead + left + "-", right + tail, "join"))
        for left, right, how in options:
            if len(left) >= 3 and len(right.strip(".,;:!?»)…")) >= 2 and \
                    self.width(left, size) <= room:
                return left, right, how
        return None


def typeset(paragraphs: list[tuple[str, list[str]]], book: str) -> list[Page]:
    """The whole book's pages: body lines, footnotes kept on the page of their mark."""
    setter = Typesetter()
    _, even_head, odd_head, style, first_number, _ = BOOKS[book]
    body_room = PAGE_H - TOP - BOTTOM
    pages: list[Page] = []
    body: list[Printed] = []
    notes: list[Printed] = []
    used = 0

    def flush() -> None:
        nonlocal body, notes, used
        number = first_number + len(pages)
        pages.append(Page(number, tuple(_furniture(style, number, even_head, odd_head, body,
                                                   notes))))
        body, notes, used = [], [], 0

    for text, glosses in paragraphs:
        heading = len(text) <= 6 and not glosses
        if heading:
            lines = [Printed(text, "heading", True, "end", align="centre")]
        else:
            lines = setter.lines(text, BODY_SIZE, INDENT)
        marks = 0
        for line in lines:
            stars = line.text.count("*")
            mine: list[Printed] = []
            for gloss in glosses[marks:marks + stars]:
                note = setter.lines(f"{'*' * (len(notes) + len(mine) + 1)} {gloss}", NOTE_SIZE, 0)
                mine.extend(Printed(n.text, "note", k == 0, n.end, n.word, n.align)
                            for k, n in enumerate(note))
            need = LEADING + (NOTE_LEADING * len(mine) + (30 if mine and not notes else 0))
            if used + need > body_room and body:
                flush()
            if stars:
                # the marks count again from one on each page
                renumbered = re.sub(r"\*+", lambda m: "*" * (len(notes) + 1), line.text, count=1)
                line = Printed(renumbered, line.kind, line.start, line.end, line.word, line.align)
            body.append(line)
            notes.extend(mine)
            used += need
            marks += stars
    if body:
        flush()
    return pages


def _furniture(style: str, number: int, even_head: str, odd_head: str, body: list[Printed],
               notes: list[Printed]) -> list[Printed]:
    head = even_head if number % 2 == 0 else odd_head
    if style == "head-number":
        top = [Printed(f"{number}    {head}" if number % 2 == 0 else f"{head}    {number}",
                       "head", True, "end", align="outer")]
        foot: list[Printed] = []
    elif style == "head-foot":
        top = [Printed(head, "head", True, "end", align="centre")]
        foot = [Printed(str(number), "number", True, "end", align="centre")]
    elif style == "dashed-number":
        top = [Printed(f"— {number} —", "number", True, "end", align="centre")]
        foot = []
    else:
        top = [Printed(head, "head", True, "end", align="centre")]
        foot = [Printed(str(number), "number", True, "end", align="outer")]
    return [*top, *body, *notes, *foot]


def render(page: Page, setter: Typesetter) -> Any:
    """The page as a clean 300 dpi greyscale image."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(image)
    y = TOP
    rule_drawn = False
    for line in page.lines:
        if line.kind in ("head", "number") and line is page.lines[0]:
            _draw(draw, setter, line, TOP - 110, HEAD_SIZE, page.number)
            continue
        if line.kind in ("head", "number"):
            _draw(draw, setter, line, PAGE_H - BOTTOM + 70, HEAD_SIZE, page.number)
            continue
        if line.kind == "note":
            if not rule_drawn:
                y += 10
                draw.line((LEFT, y, LEFT + 300, y), fill=0, width=2)
                y += 20
                rule_drawn = True
            _draw(draw, setter, line, y, NOTE_SIZE, page.number)
            y += NOTE_LEADING
            continue
        _draw(draw, setter, line, y, BODY_SIZE, page.number,
              indent=INDENT if line.start and line.kind == "body" else 0)
        y += LEADING
    return image


def _draw(draw: Any, setter: Typesetter, line: Printed, y: int, size: int, number: int,
          indent: int = 0) -> None:
    font = setter.fonts[size]
    width = setter.width(line.text, size)
    if line.align == "centre":
        draw.text((LEFT + (TEXT_W - width) / 2, y), line.text, font=font, fill=0)
    elif line.align == "outer":
        x = LEFT if number % 2 == 0 else LEFT + TEXT_W - width
        draw.text((x, y), line.text, font=font, fill=0)
    elif line.align == "left" or len(line.text.split()) < 2:
        draw.text((LEFT + indent, y), line.text, font=font, fill=0)
    else:
        tokens = line.text.split()
        gap = (TEXT_W - indent - sum(setter.width(t, size) for t in tokens)) / (len(tokens) - 1)
        x = LEFT + indent
        for token in tokens:
            draw.text((x, y), token, font=font, fill=0)
            x += setter.width(token, size) + gap


def degrade(image: Any, seed: int) -> bytes:
    """A scanner's page: uneven ink, a gutter shadow, blur, skew, noise, specks, JPEG."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    ink = 255.0 - np.asarray(image, dtype=np.float64)
    field = Image.fromarray((rng.uniform(0.45, 1.0, (16, 10)) * 255).astype(np.uint8))
    field_arr = np.asarray(field.resize((PAGE_W, PAGE_H), Image.Resampling.BICUBIC),
                           dtype=np.float64) / 255.0
    page = 255.0 - ink * np.clip(field_arr, 0.4, 1.0)
    gutter = np.linspace(rng.uniform(40, 90), 0, 260)
    side = seed % 2
    if side:
        page[:, :260] -= gutter
    else:
        page[:, -260:] -= gutter[::-1]
    blurred = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(1.2, 2.1)))
    if rng.random() < 0.5:
        blurred = blurred.filter(ImageFilter.MinFilter(3) if rng.random() < 0.5
                                 else ImageFilter.MaxFilter(3))
    rotated = blurred.rotate(float(rng.uniform(-1.3, 1.3)), resample=Image.Resampling.BICUBIC,
                             fillcolor=235)
    arr = np.asarray(rotated, dtype=np.float64)
    arr += rng.normal(0, rng.uniform(16, 32), arr.shape)
    for _ in range(int(rng.integers(60, 220))):
        y, x = int(rng.integers(0, PAGE_H - 4)), int(rng.integers(0, PAGE_W - 4))
        size = int(rng.integers(1, 4))
        arr[y:y + size, x:x + size] = rng.uniform(0, 90)
    scanned = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).resize(
        (int(PAGE_W * SCALE), int(PAGE_H * SCALE)), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    scanned.save(out, "JPEG", quality=int(rng.integers(15, 35)))
    return out.getvalue()


def ocr(image_path: Path) -> str:
    return subprocess.run(
        ["tesseract", str(image_path), "stdout", "-l", "rus", "--psm", "3"],
        check=True, capture_output=True, text=True,
    ).stdout


def gold_for_run(pages: list[tuple[str, Page]]) -> tuple[str, dict[str, Any]]:
    """`pages`: (OCR text, printed page) per page. Returns the run's text and its gold."""
    ocr_lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for n, (text, _) in enumerate(pages):
        lines = text.rstrip("\n").split("\n")
        if n:
            lines[0] = "\f" + lines[0]
        spans.append((len(ocr_lines), len(ocr_lines) + len(lines)))
        ocr_lines.extend(lines)
    gold: dict[str, list[Any]] = {"furniture": [], "unmatched_lines": [], "breaks": [],
                                  "paragraph_starts": [], "body_lines": [], "garbage": []}
    printed_of: dict[int, tuple[int, int]] = {}
    """OCR body line -> (page, printed line)."""
    for page_no, ((_, page), (first, end)) in enumerate(zip(pages, spans, strict=True)):
        _page_gold(page_no, page, ocr_lines, words(ocr_lines[first:end], first), gold,
                   printed_of)
    gold["unmatched_lines"].sort()
    gold["garbage"].sort(key=lambda g: (g["line"], g["column"]))
    gold["breaks"] = _breaks(ocr_lines, spans, gold, printed_of, [p for _, p in pages])
    return "\n".join(ocr_lines) + "\n", gold


Pairing = dict[tuple[int, int], tuple[int, int]]
"""An OCR word's (line, column) -> the printed word's (printed line, column) it pairs with."""


def _page_gold(page_no: int, page: Page, ocr_lines: list[str], ocr_words: list[Token],
               gold: dict[str, list[Any]], printed_of: dict[int, tuple[int, int]]) -> None:
    """One page's furniture, body lines, paragraph starts and garbage, added to `gold`."""
    printed = [(k, col, t) for k, line in enumerate(page.lines)
               for col, t in enumerate(line.text.split()) if is_word(t)]
    opcodes = difflib.SequenceMatcher(
        None, [norm(t.text) for t in ocr_words], [norm(t[2]) for t in printed], autojunk=False
    ).get_opcodes()
    pair: Pairing = {}
    for tag, i1, i2, j1, j2 in opcodes:
        if tag in ("equal", "replace"):
            for i in range(i1, i2):
                j = j1 + (i - i1) * (j2 - j1) // (i2 - i1)
                pair[(ocr_words[i].line, ocr_words[i].column)] = printed[j][:2]
    by_line: dict[int, list[Token]] = {}
    for t in ocr_words:
        by_line.setdefault(t.line, []).append(t)
    target = _line_targets(page, by_line, pair, gold)
    for n in sorted(target):
        k = target[n]
        if list(target.values()).count(k) > 1:
            gold["unmatched_lines"].append(n)
            continue
        gold["body_lines"].append(n)
        printed_of[n] = (page_no, k)
        head = by_line[n][0]
        first_word = next(col for line, col, _ in printed if line == k)
        if page.lines[k].start and pair.get((head.line, head.column)) == (k, first_word):
            gold["paragraph_starts"].append(n)
    fragments: set[tuple[int, int]] = set()
    for k, line in enumerate(page.lines):
        if line.end in ("join", "hyphen"):
            fragments.add((k, len(line.text.split()) - 1))
            if k + 1 < len(page.lines):
                fragments.add((k + 1, 0))
    body = set(gold["body_lines"])
    for tag, i1, i2, j1, j2 in opcodes:
        raws = [t for t in ocr_words[i1:i2] if t.line in body]
        found = _block_garbage(tag, raws, [t[2] for t in printed[j1:j2]], ocr_lines)
        gold["garbage"].extend(
            g for g in found
            if pair.get((g["line"], g["column"])) not in fragments
            and g["correct"].strip("-") == g["correct"]
            and _yo(norm(g["token"])) != _yo(norm(g["correct"]))
            and not _source_typo(g["token"], g["correct"])
        )


def _source_typo(token: str, correct: str) -> bool:
    """Whether the printed word is the source's typo that the OCR read as the right word: the
    source texts are themselves digitised (`бытъ`, `проэрачность` in Gogol's), so an OCR word
    the dictionary knows, for a printed word it does not, is no garbage."""
    word, printed = norm(token), norm(correct)
    if not (re.fullmatch(r"[а-яё]+", word) and re.fullmatch(r"[а-яё]+", printed)):
        return False
    return bool(_morph().word_is_known(word)) and not _morph().word_is_known(printed)


@functools.cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _yo(word: str) -> str:
    """Russian print often sets ё as е: reading one for the other is no garbage."""
    return word.replace("ё", "е")


def _line_targets(page: Page, by_line: dict[int, list[Token]], pair: Pairing,
                  gold: dict[str, list[Any]]) -> dict[int, int]:
    """The printed line each OCR line stands for: furniture lines go to `gold` at once, lines
    whose words pair with several printed lines (or with too few) to its unmatched lines."""
    target: dict[int, int] = {}
    for n, tokens in by_line.items():
        mapped = [pair[(t.line, t.column)][0] for t in tokens if (t.line, t.column) in pair]
        if mapped and all(page.lines[k].kind in ("head", "number") for k in mapped):
            gold["furniture" if len(mapped) == len(tokens) else "unmatched_lines"].append(n)
        elif len(set(mapped)) == 1 and len(mapped) * 2 > len(tokens):
            target[n] = mapped[0]
        else:
            gold["unmatched_lines"].append(n)
    return target


def _breaks(ocr_lines: list[str], spans: list[tuple[int, int]], gold: dict[str, Any],
            printed_of: dict[int, tuple[int, int]], pages: list[Page]) -> list[dict[str, Any]]:
    sequence = [(p, k) for p, page in enumerate(pages) for k, line in enumerate(page.lines)
                if line.kind in ("body", "heading", "note")]
    following = {a: b for a, b in zip(sequence, sequence[1:], strict=False)}
    body_lines = sorted(gold["body_lines"])
    furniture = set(gold["furniture"])
    breaks = []
    for a, b in zip(body_lines, body_lines[1:], strict=False):
        between = range(a + 1, b)
        if any(n not in furniture and ocr_lines[n].strip("\f ") for n in between):
            continue
        if any(not ocr_lines[n].strip("\f ") for n in between) and not any(
            n in furniture for n in between
        ):
            continue
        pa, pb = printed_of[a], printed_of[b]
        upper, lower = pages[pa[0]].lines[pa[1]], pages[pb[0]].lines[pb[1]]
        if following.get(pa) != pb or upper.end == "end" or lower.start or \
                upper.kind != lower.kind:
            continue
        left_tokens, right_tokens = ocr_lines[a].split(), ocr_lines[b].lstrip("\f").split()
        if not left_tokens or not right_tokens:
            continue
        left, right = left_tokens[-1], right_tokens[0]
        printed_left, printed_right = upper.text.split()[-1], lower.text.split()[0]
        if not (is_word(left) and is_word(right)):
            continue
        if norm(left) != norm(printed_left) or norm(right) != norm(printed_right) or \
                (upper.end in ("join", "hyphen") and left[-1] != "-"):
            continue
        proofread = upper.word if upper.end != "space" else f"{printed_left} {printed_right}"
        breaks.append({"left_line": a, "right_line": b, "left": left, "right": right,
                       "reading": upper.end, "proofread": proofread,
                       "page_break": _page_of(a, spans) != _page_of(b, spans)})
    return breaks


def _page_of(line: int, spans: list[tuple[int, int]]) -> int:
    return next(n for n, (a, b) in enumerate(spans) if a <= line < b)


def _printed_json(page: Page) -> list[dict[str, Any]]:
    return [{"text": line.text, "kind": line.kind, "start": line.start, "end": line.end,
             **({"word": line.word} if line.word else {})} for line in page.lines]


def page_of_json(number: int, printed: list[dict[str, Any]]) -> Page:
    """A printed page as the gold keeps it."""
    return Page(number, tuple(
        Printed(p["text"], p["kind"], p["start"], p["end"], p.get("word", "")) for p in printed
    ))


def regold() -> None:
    """Derive the gold again from the committed OCR texts and printed lines (after a change to
    the rules above: no typesetting, scanning or OCR needed)."""
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    for run in data["runs"]:
        raw = (DATA / f"{run['id']}.txt").read_text(encoding="utf-8")
        texts = raw.rstrip("\n").split("\n\f")
        pages = [page_of_json(p["page"], p["printed"]) for p in run["pages"]]
        text, gold = gold_for_run(list(zip(texts, pages, strict=True)))
        if text != raw:
            raise SystemExit(f"{run['id']}: the OCR text does not split back into its pages")
        run.update(gold)
    GOLD.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _run_start(pages: list[Page], start: int, notes: bool) -> int:
    """Where a run starts: at `start`, or in a book with footnotes, a page before the first
    page from there on that has one (so that the set has footnotes at all: glosses are rare)."""
    if not notes:
        return start
    noted = next((n for n in range(start + 1, len(pages) - PAGES_PER_RUN + 1)
                  if any(line.kind == "note" for line in pages[n].lines)), None)
    return start if noted is None else noted - 1


def main(argv: list[str]) -> int:
    if argv == ["--regold"]:
        regold()
        return 0
    mirror, workdir = Path(argv[0]), Path(argv[1])
    workdir.mkdir(parents=True, exist_ok=True)
    DATA.mkdir(parents=True, exist_ok=True)
    setter = Typesetter()
    runs = []
    for book, (path, _, _, _, _, title) in BOOKS.items():
        source = subprocess.check_output(
            ["git", "-C", str(mirror), "show",
             f"{SOURCE_COMMIT}:data/RusLit/prose/{path}"]).decode("utf-8")
        pages = typeset(source_paragraphs(source, book in NOTES), book)
        taken = 0
        for at in RUN_AT:
            start = _run_start(pages, max(int(len(pages) * at), taken), book in NOTES)
            taken = start + PAGES_PER_RUN
            chosen = pages[start:taken]
            run_id = f"{book}-{chosen[0].number:03d}-{chosen[-1].number:03d}"
            texts, images = [], []
            for page in chosen:
                seed = int(hashlib.sha256(f"{run_id}/{page.number}".encode()).hexdigest()[:8], 16)
                jpeg = degrade(render(page, setter), seed)
                image = workdir / f"{book}-{page.number:03d}.jpg"
                image.write_bytes(jpeg)
                text = ocr(image)
                texts.append((text, page))
                images.append({"page": page.number, "image_sha256": hashlib.sha256(jpeg).hexdigest(),
                               "printed": _printed_json(page)})
            text, gold = gold_for_run(texts)
            (DATA / f"{run_id}.txt").write_text(text, encoding="utf-8")
            runs.append({"id": run_id, "lang": "ru", "book": title,
                         "source": f"data/RusLit/prose/{path}", "pages": images,
                         "sha256": hashlib.sha256(text.encode()).hexdigest(), **gold})
            print(run_id, {k: len(v) for k, v in gold.items()}, file=sys.stderr)
    GOLD.write_text(json.dumps({"source": SOURCE_REPO, "commit": SOURCE_COMMIT,
                                "ocr": OCR_ENGINE, "typeset": "bench/ocr_heldout_ru_build.py",
                                "runs": runs},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
