"""OCR cleanup on real scans, held out: Tesseract's OCR of 48 pages of four public-domain English
books, with gold from the Distributed Proofreaders' proofread text of the same scans.

How the set was built, from what, under which licence: `bench.ocr_heldout_build`. The runs (four
consecutive pages each, joined by a form feed as Tesseract writes a multi-page text) are in
`bench/data/ocr_heldout/`; their gold in `bench/data/ocr_heldout.json`, per run: the OCR lines
that are page furniture (running heads, page numbers, printers' signature marks), the line-end
breaks with their right reading, the body lines that open a paragraph, the garbage tokens with
their correct form. Line numbers count the run's `\\n`-separated lines from 0; a column is a
token's index among the line's whitespace-separated tokens.

Each run goes through `clean_text`, the import's real path, and is scored against the gold:

* **joins**: accuracy over the line-end breaks, each read off the cleaned text as "join" (one
  word, the hyphen dropped), "hyphen" (one word, the hyphen kept), "space" (two words),
  "paragraph" (a paragraph break put there) or "other"; every error listed;
* **furniture**: P/R of the lines the cleanup dropped against the furniture lines;
* **paragraphs**: P/R of the body lines that open a cleaned paragraph against the gold's
  (the first body line of a run, which opens one whatever happens, is not counted);
* **ocr-suspect**: P/R of the findings against the garbage tokens (a finding is right if it
  covers one), and how many of the found ones carry the right suggestion;
* **silent changes**: body words the gold calls correct that the cleaned text changes or drops
  with no finding on them (must be zero), listed.

The cleaned text is matched to the OCR by aligning their whitespace-separated tokens (difflib);
a line the cleanup moved (a footnote placed after its sentence) is found by its words.

    python -m bench.ocr_heldout              # per run and in total, as JSON
    python -m bench.ocr_heldout --lang ru    # the Russian set (`bench.ocr_heldout_ru_build`):
                                             # 48 typeset pages of four Russian books, degraded
                                             # and read by Tesseract, gold from the typesetting
    python -m bench.ocr_heldout --set en2    # the second real-scan set, held out
                                             # (`bench.ocr_heldout2_build`): 36 pages no set
                                             # read, of the unused book and of two of set one's
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core.ingest.cleanup import Paragraph, clean_text

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "ocr_heldout"
GOLD = HERE / "data" / "ocr_heldout.json"
SETS = {
    "en": (GOLD, DATA),
    "ru": (HERE / "data" / "ocr_heldout_ru.json", HERE / "data" / "ocr_heldout_ru"),
    "en2": (HERE / "data" / "ocr_heldout2.json", HERE / "data" / "ocr_heldout2"),
}
"""Per set (`en`: set one, `ru`: the Russian set, `en2`: the second real-scan set): the gold file
and the folder of the runs' texts, scored alike."""
HYPHENS = "-\u2010\u00ac"
SPECKS = "\u2018\u2019\u201a\u201e'`,"
"""Marks the OCR reads from a speck at a line's start."""
_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class RawToken:
    line: int
    column: int
    text: str


@dataclass(frozen=True)
class CleanToken:
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Score:
    """Counts for one run or for several added up."""

    breaks: int = 0
    breaks_right: int = 0
    break_errors: list[dict[str, Any]] = field(default_factory=list)
    furniture_gold: int = 0
    furniture_dropped: int = 0
    furniture_right: int = 0
    starts_gold: int = 0
    starts_found: int = 0
    starts_right: int = 0
    garbage: int = 0
    garbage_found: int = 0
    suggestions_right: int = 0
    findings: int = 0
    findings_right: int = 0
    silent_changes: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            setattr(self, name, mine + value)

    def summary(self) -> dict[str, Any]:
        return {
            "joins": {"breaks": self.breaks, "right": self.breaks_right,
                      "accuracy": _ratio(self.breaks_right, self.breaks),
                      "errors": self.break_errors},
            "furniture": {"gold": self.furniture_gold, "dropped": self.furniture_dropped,
                          "right": self.furniture_right,
                          "precision": _ratio(self.furniture_right, self.furniture_dropped),
                          "recall": _ratio(self.furniture_right, self.furniture_gold)},
            "paragraphs": {"gold": self.starts_gold, "found": self.starts_found,
                           "right": self.starts_right,
                           "precision": _ratio(self.starts_right, self.starts_found),
                           "recall": _ratio(self.starts_right, self.starts_gold)},
            "ocr_suspect": {"garbage": self.garbage, "found": self.garbage_found,
                            "suggestion_right": self.suggestions_right,
                            "findings": self.findings, "findings_right": self.findings_right,
                            "precision": _ratio(self.findings_right, self.findings),
                            "recall": _ratio(self.garbage_found, self.garbage)},
            "silent_changes": {"count": len(self.silent_changes),
                               "words": self.silent_changes},
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class Alignment:
    """The run's OCR tokens matched to the cleaned text's tokens."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self.lines = text.split("\n")
        self.raw = [
            RawToken(n, column, token)
            for n, line in enumerate(self.lines)
            for column, token in enumerate(line.split())
        ]
        self.index = {(t.line, t.column): k for k, t in enumerate(self.raw)}
        self.clean = [
            CleanToken(p, m.start(), m.end(), m.group())
            for p, paragraph in enumerate(paragraphs)
            for m in re.finditer(r"\S+", paragraph.text)
        ]
        matcher = difflib.SequenceMatcher(
            None, [t.text for t in self.raw], [t.text for t in self.clean], autojunk=False
        )
        self.opcodes = matcher.get_opcodes()
        self.to_clean: dict[int, int] = {}
        self.block: dict[int, tuple[str, int, int, int, int]] = {}
        self.clean_block: dict[int, tuple[str, int, int, int, int]] = {}
        for op in self.opcodes:
            tag, i1, i2, j1, j2 = op
            for k in range(i1, i2):
                self.block[k] = op
                if tag == "equal":
                    self.to_clean[k] = j1 + k - i1
            for m in range(j1, j2):
                self.clean_block[m] = op
        self.clean_text = "\n".join(p.text for p in paragraphs)
        self.squeezed_clean = " ".join(self.clean_text.split())

    def line_tokens(self, line: int) -> list[int]:
        return [k for k, t in enumerate(self.raw) if t.line == line]

    def moved(self, line: int) -> bool:
        """Whether a line of four or more words stands elsewhere in the cleaned text: its words
        occur there more often than the lines of the same words that the alignment kept. A word
        the line ends in with a hyphen is left out: the cleanup joins it to the next line's
        ("for-" "merly" -> "formerly"), and joins are scored on their own."""
        tokens = self.lines[line].split()
        if tokens and tokens[-1][-1] in HYPHENS:
            tokens = tokens[:-1]
        words = " ".join(tokens)
        if len(words.split()) < 4:
            return False
        kept = sum(
            1 for n, other in enumerate(self.lines)
            if " ".join(other.split()) == words
            and any(k in self.to_clean for k in self.line_tokens(n))
        )
        return self.squeezed_clean.count(words) > kept

    def kept(self, k: int) -> bool:
        """Whether raw token `k` is in the cleaned text, as it is or inside a joined word."""
        if k in self.to_clean:
            return True
        tag, _, _, j1, j2 = self.block[k]
        if tag == "delete":
            return False
        letters = _ALNUM.sub("", self.raw[k].text.rstrip(HYPHENS))
        return bool(letters) and letters in "".join(
            _ALNUM.sub("", t.text) for t in self.clean[j1:j2]
        )

    def dropped(self, line: int) -> bool:
        tokens = self.line_tokens(line)
        return bool(tokens) and not any(self.kept(k) for k in tokens) and not self.moved(line)

    def reading(self, left: int, right: int) -> str:
        """How the cleaned text reads the break between raw tokens `left` and `right`."""
        if left in self.to_clean and right in self.to_clean:
            m, n = self.to_clean[left], self.to_clean[right]
            if self.clean[m].paragraph != self.clean[n].paragraph:
                return "paragraph"
            return "space" if n == m + 1 else "other"
        if self.block.get(left) is not self.block.get(right):
            return "other"
        a, b = self.raw[left].text, self.raw[right].text
        stem = a[:-1] if a[-1] in HYPHENS and not a.endswith("--") else a
        joined = stem + b
        unspecked = stem + b.lstrip(SPECKS)  # the cleanup may drop a speck's mark before the rest
        hyphened = a + b
        _, _, _, j1, j2 = self.block[left]
        for token in self.clean[j1:j2]:
            if joined in token.text or unspecked != joined and unspecked in token.text:
                return "join"
            if hyphened in token.text:
                return "hyphen"
        return "other"

    def raw_line_of_paragraph(self, paragraph: int) -> int | None:
        """The OCR line a cleaned paragraph starts on."""
        first = next((m for m, t in enumerate(self.clean) if t.paragraph == paragraph), None)
        if first is None:
            return None
        op = self.clean_block[first]
        if op[0] == "equal":
            return self.raw[op[1] + first - op[3]].line
        if op[0] == "replace" and first == op[3]:
            return self.raw[op[1]].line
        head = " ".join(t.text for t in self.clean[first:first + 3])
        return next((n for n, line in enumerate(self.lines)
                     if " ".join(line.split()).startswith(head)), None)


def score_run(text: str, gold: dict[str, Any], paragraphs: Sequence[Paragraph]) -> Score:
    """Score one run's cleaned `paragraphs` against its gold."""
    align = Alignment(text, paragraphs)
    score = Score()
    furniture = set(gold["furniture"])
    body = set(gold["body_lines"])
    # joins
    fragments: set[int] = set()
    for item in gold["breaks"]:
        left = align.index[(item["left_line"], len(align.lines[item["left_line"]].split()) - 1)]
        right = align.index[(item["right_line"], 0)]
        fragments.update((left, right))
        found = align.reading(left, right)
        score.breaks += 1
        if found == item["reading"]:
            score.breaks_right += 1
        else:
            score.break_errors.append({"line": item["left_line"], "left": item["left"],
                                       "right": item["right"], "gold": item["reading"],
                                       "cleaned": found})
    # furniture
    dropped = {n for n in range(len(align.lines)) if align.dropped(n)}
    score.furniture_gold = len(furniture)
    score.furniture_dropped = len(dropped)
    score.furniture_right = len(dropped & furniture)
    # paragraphs
    first_body = min(body) if body else -1
    found_starts = {
        n for p in range(len(paragraphs))
        if (n := align.raw_line_of_paragraph(p)) is not None and n in body and n != first_body
    }
    gold_starts = set(gold["paragraph_starts"]) - {first_body}
    score.starts_gold, score.starts_found = len(gold_starts), len(found_starts)
    score.starts_right = len(found_starts & gold_starts)
    # ocr-suspect
    covered: dict[int, list[str | None]] = {}
    garbage_keys = {(g["line"], g["column"]) for g in gold["garbage"]}
    for p, paragraph in enumerate(paragraphs):
        for finding in paragraph.findings:
            tokens = [m for m, t in enumerate(align.clean)
                      if t.paragraph == p and t.start < finding.end and finding.start < t.end]
            raws = {k for m in tokens for k in _raw_of(align, m)}
            if raws and all(align.raw[k].line in furniture for k in raws):
                continue
            score.findings += 1
            if any((align.raw[k].line, align.raw[k].column) in garbage_keys for k in raws):
                score.findings_right += 1
            for k in raws:
                covered.setdefault(k, []).append(finding.suggestion)
    for g in gold["garbage"]:
        k = align.index[(g["line"], g["column"])]
        score.garbage += 1
        if k in covered:
            score.garbage_found += 1
            if any(s is not None and _bare(s) == _bare(g["correct"]) for s in covered[k]):
                score.suggestions_right += 1
    # silent changes of correct words
    garbage_tokens = {align.index[(g["line"], g["column"])] for g in gold["garbage"]}
    for k, token in enumerate(align.raw):
        if (token.line not in body or k in garbage_tokens or k in fragments
                or not any(ch.isalnum() for ch in token.text)):
            continue
        if align.kept(k) or align.moved(token.line) or k in covered:
            continue
        tag, _, _, j1, j2 = align.block[k]
        score.silent_changes.append({
            "line": token.line, "token": token.text,
            "cleaned": " ".join(t.text for t in align.clean[j1:j2]) if tag != "delete" else None,
        })
    return score


def _raw_of(align: Alignment, m: int) -> list[int]:
    op = align.clean_block[m]
    if op[0] == "equal":
        return [op[1] + m - op[3]]
    return list(range(op[1], op[2]))


def _bare(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word).casefold()


def load(gold_file: Path = GOLD, data: Path = DATA) -> list[tuple[str, dict[str, Any]]]:
    """Every run's text with its gold, refused unless the text is the one the gold was made on."""
    runs = []
    for run in json.loads(gold_file.read_text(encoding="utf-8"))["runs"]:
        raw = (data / f"{run['id']}.txt").read_bytes()
        if hashlib.sha256(raw).hexdigest() != run["sha256"]:
            raise SystemExit(f"{run['id']}: the text is not the one the gold was made on")
        runs.append((raw.decode("utf-8"), run))
    return runs


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_heldout")
    parser.add_argument("--lang", choices=("en", "ru"), default="en",
                        help="set one (en) or the Russian set (ru)")
    parser.add_argument("--set", choices=sorted(SETS), dest="name",
                        help="any set by name; overrides --lang")
    args = parser.parse_args(argv)
    gold_file, data = SETS[args.name or args.lang]
    total = Score()
    out: dict[str, dict[str, Any]] = {}
    for text, run in load(gold_file, data):
        score = score_run(text, run, clean_text(text, run["lang"]))
        out[run["id"]] = score.summary()
        total.add(score)
    out["total"] = total.summary()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
