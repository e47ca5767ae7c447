"""How the OCR held-out set (`bench.ocr_heldout`) was built: real OCR of real page scans, and gold
from the Distributed Proofreaders' proofread text of the same scans.

Source: the `ConcaveTrillion/train_pgdp_ocr` repository (read where `fetch` mirrors it, at
`SOURCE_COMMIT`) keeps, for six public-domain books that Distributed Proofreaders (pgdp.net)
produced, every page scan (`source-pgdp-data/output/<project>/<page>.png`) and every page's text
after the proofreading rounds (`pages.json`: one text a page, the printed line breaks kept, words
broken at a line end rejoined on the upper line by the proofreaders, with or without the hyphen,
running heads and page numbers removed, a blank first line where a page opens a paragraph,
footnotes left at the foot of the page). Four books were read, three runs of four consecutive
body pages from each (at a fifth, half and four fifths of the book; pages with illustrations or
tables skipped), 48 pages:

* William Jones, *Credulities Past and Present* (Chatto & Windus, London 1880);
* William Howard Russell, *A Visit to Chile and the Nitrate Fields of Tarapacá* (Virtue, London
  1890);
* Ivan Chên's translation of the *Hsiao Ching*, *The Book of Filial Duty* (John Murray, London
  1908; three runs of its 60 pages: 008-011, 024-027, 044-047);
* Charles Singer, *From Magic to Science* (Boni and Liveright, New York 1928; the run at half the
  book, pp. 129-132, notes glossing Latin with Anglo-Saxon and Greek, was replaced by pp. 88-91
  after its gold was read: the alignment could not pair its words reliably).

A fifth book, Lady Dilke's *French Furniture and Decoration in the XVIIIth Century* (1901), was
OCR'd and left out after a first look at its gold: its margins carry side-notes that Tesseract
runs into the body lines and the proofread text drops, so the gold called real words garbage.

The OCR is Tesseract's (Debian's `tesseract-ocr` 5.3.0 with the `eng` 4.1.0 model, `--psm 3`),
one page at a time; a run is its pages' texts joined by a form feed, as Tesseract writes a
multi-page text. It is committed (`bench/data/ocr_heldout/*.txt`): the books and the scans are in
the public domain, the OCR is ours.

The gold is derived from the proofread text, never from the project's output: the OCR's words are
aligned to the proofread page's words (difflib, on case-folded words without outer punctuation),
and then

* a **line-end break** (the last word of a body line and the first of the next body line, across
  furniture at a page break) reads "join" where the proofreaders wrote the two halves as one word
  without the hyphen, "hyphen" where with it, "space" where as two words; a break where they left
  their "not sure" mark (`-*`), or where the aligned words do not explain it, is left out;
* a **furniture** line is an OCR line among the first two or last two of a page, in capitals or
  of at most three tokens, less than half of whose words the proofread page has (the
  proofreaders delete running heads, page numbers and printers' signature marks), unless it ends
  a word the line above broke;
* a line of three or more words less than half of which the proofread page has at that place (a
  figure's caption the proofreaders moved, a figure read as letters) gets no gold at all;
* a **paragraph start** is a body line whose first word opens a paragraph of the proofread page;
* a **garbage** token is an OCR word that the alignment pairs with a different proofread word
  (case, quotes and dash styles aside), with the proofread form as its correct form (words run
  together, `inthe`, get both: `in the`); an OCR word the proofread page has nothing for gets the
  empty correct form if it is a speck read as letters (one or two letters, or signs no word has).

All the furniture lines, the "join" and "hyphen" breaks and the garbage tokens were then read
against the proofread text, and a sample of the "space" breaks. What the reading found was
mended in the rules above, not item by item (the speck rule, the words run together, the lines
given no gold), and the runs the rules could not serve were replaced (the side-notes of Dilke's
book, Singer's Anglo-Saxon glosses).

    python -m bench.ocr_heldout_build MIRROR PAGES_DIR   # MIRROR: the fetched git directory;
                                                         # PAGES_DIR: Tesseract's page texts
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "ocr_heldout"
GOLD = HERE / "data" / "ocr_heldout.json"
SOURCE_REPO = "ConcaveTrillion/train_pgdp_ocr"
SOURCE_COMMIT = "90fa305085763c13ead87e8796bdb78b6d1133ce"
OCR_ENGINE = "tesseract 5.3.0 (Debian 5.3.0-2), eng 4.1.0 (Debian 1:4.1.0-2), --psm 3"

BOOKS = {
    "credulities": ("projectID63ac6757567bd", "William Jones, Credulities Past and Present, 1880"),
    "chile": ("projectID63ac684a641d4",
              "William Howard Russell, A Visit to Chile and the Nitrate Fields of Tarapacá, 1890"),
    "filial": ("projectID67658de495d0c",
               "Ivan Chên (tr.), The Book of Filial Duty (the Hsiao Ching), 1908"),
    "magic": ("projectID6737b15d33ff3", "Charles Singer, From Magic to Science, 1928"),
}
RUNS = {
    "credulities": (("p1130", "p1140", "p1150", "p1160"), ("p2810", "p2820", "p2830", "p2840"),
                    ("p4490", "p4500", "p4510", "p4520")),
    "chile": (("p0690", "p0700", "p0710", "p0720"), ("p1880", "p1890", "p1900", "p1910"),
              ("p2920", "p2930", "p2940", "p2950")),
    "filial": (("008", "009", "010", "011"), ("024", "025", "026", "027"),
               ("044", "045", "046", "047")),
    "magic": (("p052", "p053", "p054", "p055"), ("p088", "p089", "p090", "p091"),
              ("p217", "p218", "p219", "p220")),
}

HYPHENS = "-\u2010\u00ac"
Opcode = tuple[str, int, int, int, int]
Aligned = tuple[int, int, Opcode]
"""An OCR word's page, the index of the proofread word it equals there (-1: none), its opcode."""
Where = dict[tuple[int, int], Aligned]
_NOTE = re.compile(r"\[\*\*[^\]]*\]")
_SUPERSCRIPT = re.compile(r"\^\{([^}]*)\}|\^(\w)")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_OUTER = re.compile(r"^[\"'“”‘’(\[]+|[\"'“”‘’,;:.!?)\]]+$")


def norm(token: str) -> str:
    """A word as the alignment compares it: no outer punctuation, case, quote or dash style."""
    token = unicodedata.normalize("NFKC", token)
    token = token.replace("\u2019", "'").replace("\u2018", "'").replace("—", "--")
    token = token.replace("\u201c", '"').replace("\u201d", '"').replace("\u201e", '"')
    token = token.replace("–", "--").replace("œ", "oe").replace("æ", "ae")
    return _EDGE.sub("", token).casefold()


def is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def proofread_lines(text: str) -> list[str]:
    """The proofread page's lines, the proofreaders' notes and superscript marks removed."""
    text = _SUPERSCRIPT.sub(lambda m: m.group(1) or m.group(2), _NOTE.sub("", text))
    return text.replace("\r\n", "\n").split("\n")


@dataclass(frozen=True)
class Token:
    line: int
    column: int
    text: str


def words(lines: list[str], first_line: int) -> list[Token]:
    return [
        Token(first_line + n, column, raw)
        for n, line in enumerate(lines)
        for column, raw in enumerate(line.split())
        if is_word(raw)
    ]


def gold_paragraph_starts(gt_lines: list[str]) -> list[bool]:
    """Per proofread word: does it open a paragraph? (A page's first paragraph only if the page
    opens with a blank line, the proofreaders' mark for a paragraph starting at the top.)"""
    flags: list[bool] = []
    previous_blank = bool(gt_lines) and not gt_lines[0].strip()
    for line in gt_lines:
        if not line.strip():
            previous_blank = True
            continue
        for n, _ in enumerate(t for t in line.split() if is_word(t)):
            flags.append(previous_blank and n == 0)
        if any(is_word(t) for t in line.split()):
            previous_blank = False
    return flags


def build_run(pages: list[tuple[str, str]]) -> tuple[str, dict[str, Any]]:
    """`pages`: (OCR text, proofread text) per page. Returns the run's text and its gold."""
    ocr_lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for n, (ocr, _) in enumerate(pages):
        lines = ocr.rstrip("\n").split("\n")
        if n:
            lines[0] = "\f" + lines[0]
        spans.append((len(ocr_lines), len(ocr_lines) + len(lines)))
        ocr_lines.extend(lines)
    gold: dict[str, list[Any]] = {"furniture": [], "unmatched_lines": [], "breaks": [],
                             "paragraph_starts": [], "body_lines": [], "garbage": []}
    where: Where = {}
    """(line, column) of an OCR word -> (page, index of the aligned proofread word or -1, opcode)."""
    page_words: list[list[str]] = []
    for page, ((_, proofread), (first, end)) in enumerate(zip(pages, spans, strict=True)):
        gt_lines = proofread_lines(proofread)
        gt_words = [t for line in gt_lines for t in line.split() if is_word(t)]
        page_words.append(gt_words)
        gt_starts = gold_paragraph_starts(gt_lines)
        nonblank = [n for n in range(first, end) if ocr_lines[n].strip("\f ")]
        page_furniture = _furniture(nonblank, words(ocr_lines[first:end], first), gt_words,
                                    ocr_lines)
        ocr_words = [t for t in words(ocr_lines[first:end], first) if t.line not in page_furniture]
        matcher = difflib.SequenceMatcher(
            None, [norm(t.text) for t in ocr_words], [norm(t) for t in gt_words], autojunk=False
        )
        opcodes = matcher.get_opcodes()
        for op in opcodes:
            tag, i1, i2, j1, _ = op
            for i in range(i1, i2):
                t = ocr_words[i]
                where[(t.line, t.column)] = (page, j1 + i - i1 if tag == "equal" else -1, op)
        gold["furniture"].extend(page_furniture)
        unmatched = _unmatched(nonblank, ocr_words, where)
        gold["unmatched_lines"].extend(unmatched)
        body = [n for n in nonblank if n not in page_furniture and n not in unmatched]
        gold["body_lines"].extend(body)
        for n in body:
            head = next((t for t in ocr_words if t.line == n), None)
            aligned = where[(head.line, head.column)][1] if head is not None else -1
            if aligned >= 0 and gt_starts[aligned]:
                gold["paragraph_starts"].append(n)
        for tag, i1, i2, j1, j2 in opcodes:
            raws = [t for t in ocr_words[i1:i2] if t.line in body]
            gold["garbage"].extend(_block_garbage(tag, raws, gt_words[j1:j2], ocr_lines))
    gold["breaks"] = _breaks(ocr_lines, spans, gold, where, page_words)
    return "\n".join(ocr_lines) + "\n", gold


def _block_garbage(tag: str, raws: list[Token], golds: list[str],
                   ocr_lines: list[str]) -> list[dict[str, Any]]:
    """The garbage tokens of one difference between the OCR's words and the proofread ones."""
    if tag in ("equal", "insert") or not raws or any("[" in g or "*" in g for g in golds):
        return []
    raws, golds = _without_line_joins(raws, golds, ocr_lines)
    if tag == "replace" and len(raws) == len(golds):
        return [_garbage(raw, g) for raw, g in zip(raws, golds, strict=True)
                if norm(raw.text) != norm(g)]
    if not (tag == "delete" or (raws and len(raws) <= 3 and len(golds) <= 3)):
        return []
    found = []
    parts = [part for g in golds for part in _dash_parts(g)]
    for raw in raws:
        if _line_end_fragment(raw, ocr_lines) or all(
            norm(p) in map(norm, parts) for p in _dash_parts(raw.text)
        ):
            continue
        close = difflib.get_close_matches(raw.text, parts, n=1, cutoff=0.5)
        if len(raws) == 1 and len(golds) > 1 and difflib.SequenceMatcher(
            None, norm(raw.text), norm("".join(golds))
        ).ratio() >= 0.8:
            close = [" ".join(_OUTER.sub("", g) for g in golds)]  # words run together
        if close or _speck(raw.text):
            found.append(_garbage(raw, close[0] if close else ""))
    return found


def _breaks(ocr_lines: list[str], spans: list[tuple[int, int]], gold: dict[str, Any], where: Where,
            page_words: list[list[str]]) -> list[dict[str, Any]]:
    """The line-end breaks between consecutive body lines (furniture between is allowed, a blank
    line is not: that is the OCR's own paragraph break), with the proofreaders' reading."""
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
        left_tokens, right_tokens = ocr_lines[a].split(), ocr_lines[b].lstrip("\f").split()
        if not left_tokens or not right_tokens:
            continue
        left, right = left_tokens[-1], right_tokens[0]
        key_l, key_r = (a, len(left_tokens) - 1), (b, 0)
        if not is_word(left) or not is_word(right) or key_l not in where or key_r not in where:
            continue
        reading = _reading(left, right, where[key_l], where[key_r], page_words)
        if reading is not None:
            breaks.append({
                "left_line": a, "right_line": b, "left": left, "right": right,
                "reading": reading[0], "proofread": reading[1],
                "page_break": _page_of(a, spans) != _page_of(b, spans),
            })
    return breaks


def _reading(left: str, right: str, wl: Aligned, wr: Aligned,
             page_words: list[list[str]]) -> tuple[str, str] | None:
    """How the proofreaders read a line-end break: ("join"|"hyphen"|"space", their words)."""
    (pl, jl, opl), (pr, jr, opr) = wl, wr
    if jl >= 0 and jr >= 0:
        gl, gr = page_words[pl][jl], page_words[pr][jr]
        if "*" in gl or "*" in gr:
            return None
        if pl == pr and jr == jl + 1:
            return "space", f"{gl} {gr}"
        if pr == pl + 1 and jl == len(page_words[pl]) - 1 and jr == 0:
            return "space", f"{gl} {gr}"
        return None
    if pl != pr or opl != opr or opl[0] != "replace":
        return None
    golds = page_words[pl][opl[3]:opl[4]]
    if any("*" in g for g in golds):
        return None
    joined = norm(left.rstrip(HYPHENS) + right) if left[-1] in HYPHENS else norm(left + right)
    hyphened = norm(left + right)
    for g in golds:
        if norm(g) == joined:
            return "join", g
        if norm(g) == hyphened:
            return "hyphen", g
    return None


def _without_line_joins(raws: list[Token], golds: list[str],
                        ocr_lines: list[str]) -> tuple[list[Token], list[str]]:
    """Drop the two halves of a word broken at a line end, and the proofread word they make."""
    raws, golds = list(raws), list(golds)
    i = 0
    while i + 1 < len(raws):
        a, b = raws[i], raws[i + 1]
        if _line_end_fragment(a, ocr_lines) and b.column == 0:
            forms = {norm(a.text.rstrip(HYPHENS) + b.text), norm(a.text + b.text)}
            hit = next((g for g in golds if norm(g) in forms), None)
            if hit is not None:
                golds.remove(hit)
                del raws[i:i + 2]
                continue
        i += 1
    return raws, golds


def _line_end_fragment(token: Token, ocr_lines: list[str]) -> bool:
    return token.column == len(ocr_lines[token.line].split()) - 1


def _page_of(line: int, spans: list[tuple[int, int]]) -> int:
    return next(n for n, (a, b) in enumerate(spans) if a <= line < b)


def _furniture(nonblank: list[int], ocr_words: list[Token], gt_words: list[str],
               ocr_lines: list[str]) -> list[int]:
    """A page's furniture: among its first two and last two lines, those in capitals or of at most
    three tokens of which the proofread page has less than half (it has no running heads, page
    numbers or signature marks), unless the line ends a word the line above broke."""
    matcher = difflib.SequenceMatcher(
        None, [norm(t.text) for t in ocr_words], [norm(t) for t in gt_words], autojunk=False
    )
    aligned = {
        (ocr_words[i].line, ocr_words[i].column)
        for tag, i1, i2, _, _ in matcher.get_opcodes() if tag == "equal" for i in range(i1, i2)
    }
    found = []
    for position, n in enumerate(nonblank):
        if 2 <= position < len(nonblank) - 2:
            continue
        tokens = [t for t in ocr_words if t.line == n]
        letters = [ch for ch in ocr_lines[n] if ch.isalpha()]
        capitals = sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)
        if not tokens or not (capitals or len(ocr_lines[n].split()) <= 3):
            continue
        if sum((t.line, t.column) in aligned for t in tokens) * 2 >= len(tokens):
            continue
        above = ocr_lines[nonblank[position - 1]].split() if position else []
        if above and above[-1][-1] in HYPHENS and n not in found:
            continue
        found.append(n)
    return found


def _unmatched(nonblank: list[int], ocr_words: list[Token], where: Where) -> list[int]:
    """Lines of three or more words of which the proofread page has less than half here: text
    the proofreaders put elsewhere (a figure's caption) or a figure read as letters. No gold
    is written for them."""
    found = []
    for n in nonblank:
        tokens = [t for t in ocr_words if t.line == n]
        if len(tokens) >= 3 and sum(where[(t.line, t.column)][1] >= 0 for t in tokens) * 2 < len(
            tokens
        ):
            found.append(n)
    return found


def _speck(token: str) -> bool:
    """Whether an OCR token the proofread page has nothing for is a speck read as letters (one or
    two letters, or signs no word has), not a displaced word of a caption or a broken word."""
    letters = re.sub(r"[\W_]", "", token)
    return len(letters) <= 2 or bool(re.search(r"[^\w\s.,;:!?'\"“”‘’()\[\]-]", token))


def _dash_parts(token: str) -> list[str]:
    return [part for part in re.split(r"--|—|–", token) if is_word(part)]


def _garbage(raw: Token, gold: str) -> dict[str, Any]:
    return {"line": raw.line, "column": raw.column, "token": raw.text,
            "correct": _OUTER.sub("", gold)}


def main(argv: list[str]) -> int:
    mirror, pages_dir = Path(argv[0]), Path(argv[1])
    DATA.mkdir(parents=True, exist_ok=True)
    runs = []
    for book, page_runs in RUNS.items():
        project, title = BOOKS[book]
        proofread = subprocess.check_output(
            ["git", "-C", str(mirror), "show",
             f"{SOURCE_COMMIT}:source-pgdp-data/output/{project}/pages.json"])
        texts = json.loads(proofread)
        for names in page_runs:
            run_id = f"{book}-{names[0]}-{names[-1]}"
            pages = []
            images = []
            for name in names:
                image = subprocess.check_output(
                    ["git", "-C", str(mirror), "show",
                     f"{SOURCE_COMMIT}:source-pgdp-data/output/{project}/{name}.png"])
                images.append({"path": f"source-pgdp-data/output/{project}/{name}.png",
                               "sha256": hashlib.sha256(image).hexdigest(),
                               "proofread_sha256": hashlib.sha256(
                                   texts[f"{name}.png"].encode()).hexdigest()})
                ocr = (pages_dir / f"{book}-{name}.txt").read_text(encoding="utf-8")
                pages.append((ocr, texts[f"{name}.png"]))
            text, gold = build_run(pages)
            (DATA / f"{run_id}.txt").write_text(text, encoding="utf-8")
            runs.append({"id": run_id, "lang": "en", "book": title, "pages": images,
                         "sha256": hashlib.sha256(text.encode()).hexdigest(), **gold})
    GOLD.write_text(json.dumps({"source": SOURCE_REPO, "commit": SOURCE_COMMIT,
                                "ocr": OCR_ENGINE, "runs": runs},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
