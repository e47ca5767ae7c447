"""Sentence segmentation on running text nobody here had split, held out: excerpts of 12 English
and 13 Russian documents (fiction with dialogue, non-fiction, legal, scientific, lists and
headings, OCR'd books), made into paragraphs as `workbench import` makes them, split into
sentences by hand. How the set was built, from what, under which licences:
`bench.segmentation_heldout_build`; the gold is in `bench/data/segmentation_heldout/<lang>/`,
one JSON file a document (its paragraphs, each with its sentences as exact stretches of it),
their digests in `bench/data/segmentation_heldout.json`.

Each paragraph is split by each splitter and scored by exact sentences: a found sentence is
right if its span (surrounding whitespace trimmed) is a gold sentence's span. Precision, recall
and F1 are printed per language, per document kind and per document, for the workbench's splitter
and, beside it, razdel and pysbd where the venv has them.

    python -m bench.segmentation_heldout             # tables
    python -m bench.segmentation_heldout --json      # the same figures as JSON
    python -m bench.segmentation_heldout --misses 5  # and the first gold sentences each splitter missed

The convention the gold follows (the Pragmatic Segmenter / pySBD golden rules where they decide
the case; the case in brackets is from the set):

* A sentence ends at `. ! ? …` (and `?! !.. ?..`) when the next word opens a new one (a capital,
  a digit, an opening quote, bracket or speech dash); quotes and brackets closed right after the
  stop belong to the sentence. A stop before a lowercase word does not end one ("Was she going to
  kiss it? or to bite it?", «А... а!»), nor does the stop of an abbreviation, an initial or a unit
  ("Mr. Van Weyden", "Robert J. Fleming", "18 ft. square", «т. е.», «и мн. др.», «НИТИ им.
  Александрова»).
* A quotation of several sentences is split like any text ("Thank you. | I'll walk till I meet a
  cab."); the reporting clause stays with the quoted sentence it follows, whatever its case
  ("“Make fast!” he shouted.", "“Stand by…!” Wolf Larsen commanded…", «— Да ты же, Михайлик,
  этого не читал! — спорит она громко.»). After the author's words, a speech dash starts a new
  sentence even with no space before it («…врезываясь в толпу.— | Почему тут?»).
* A paragraph always ends a sentence; a heading is a segment of its own, with or without a stop;
  a label and a title in one paragraph are two ("CHAPTER XXXI. | THE DEFENSE OF MRS. BEAULY.").
* A list item keeps its marker ("1. #### Introduction", "610. M. Doebereiner refers…"), and an
  item of several sentences is split like prose; a bibliography entry is one segment (its full
  stops part the fields of the record, not sentences); so is a table row.
* A parenthesis inside a sentence stays in it, even one holding whole sentences (Tolstoy's
  «(по английски … law. Англичане … законом.).»); a parenthesised sentence between sentences is
  its own ("(Пауза.)", "[The Lecturer here blew a soap-bubble…]").
* An ellipsis ends a sentence when a capital follows («Кругом тишина... | На площади ни души...»)
  and not when the sentence runs on in lowercase («но… всё это, знаете ли, произошло»); a spaced
  ". . ." of an omission or a trailing-off goes with the sentence before it ("but this. . . . | If
  I didn't know you"), as does "(...)".
* A footnote marker or reference after the stop belongs to the sentence before it ("service. /1/
  | So, throughout…", "people.[51]").
* Where a reader sees a new sentence with no stop (a misprint, OCR), there is a boundary ("on
  his possession alone | Possession is of course sufficient for trespass.5 | And although"); where
  OCR put a stop inside a sentence that runs on, there is none («не только то. что он подарил»).
* OCR debris between sentences ("р", "|", «- Е» at a page's foot) is a segment of its own; a
  stray stop joins the sentence beside it.
* Markup is text as the import leaves it: an HTML tag line is a segment; `**` after a stop
  belongs to the sentence it closes.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.ingest import split_sentences

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "segmentation_heldout"
MANIFEST = HERE / "data" / "segmentation_heldout.json"
LANGS = ("en", "ru")

Span = tuple[int, int]
Splitter = Callable[[str, str], list[Span]]


@dataclass(frozen=True)
class Paragraph:
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    id: str
    lang: str
    kind: str
    title: str
    paragraphs: tuple[Paragraph, ...]


def load(lang: str) -> list[Document]:
    """The set's documents in `lang`, in the manifest's order."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    documents = []
    for entry in manifest["documents"]:
        if entry["lang"] != lang:
            continue
        record = json.loads((DATA / entry["file"]).read_text(encoding="utf-8"))
        paragraphs = tuple(Paragraph(p["text"], tuple(p["sentences"])) for p in record["paragraphs"])
        documents.append(Document(record["id"], record["lang"], record["kind"], record["title"], paragraphs))
    return documents


def gold_spans(paragraph: Paragraph) -> list[Span]:
    """The gold sentences' spans in the paragraph (they are its exact stretches, in order)."""
    spans, at = [], 0
    for sentence in paragraph.sentences:
        start = paragraph.text.index(sentence, at)
        at = start + len(sentence)
        spans.append((start, at))
    return spans


def trimmed(text: str, spans: Iterable[Span]) -> set[Span]:
    """The spans with surrounding whitespace trimmed, empty ones dropped."""
    out = set()
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.add((start, end))
    return out


@dataclass
class Tally:
    """Exact-sentence counts: found, gold, and both."""

    found: int = 0
    gold: int = 0
    right: int = 0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.gold += other.gold
        self.right += other.right

    def figures(self) -> dict[str, float | int]:
        precision = self.right / self.found if self.found else 0.0
        recall = self.right / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"gold": self.gold, "found": self.found, "right": self.right,
                "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(document: Document, splitter: Splitter, misses: list[str] | None = None) -> Tally:
    """Exact-sentence tally of `splitter` on the document; the gold sentences it missed are
    appended to `misses` if given."""
    tally = Tally()
    for paragraph in document.paragraphs:
        gold = trimmed(paragraph.text, gold_spans(paragraph))
        found = trimmed(paragraph.text, splitter(paragraph.text, document.lang))
        tally.add(Tally(len(found), len(gold), len(found & gold)))
        if misses is not None:
            misses.extend(paragraph.text[s:e] for s, e in sorted(gold - found))
    return tally


def workbench_splitter(text: str, lang: str) -> list[Span]:
    return split_sentences(text, lang)


def razdel_splitter(text: str, lang: str) -> list[Span]:
    """razdel (Russian rules; run on English too, for what it is worth), imported only if here."""
    razdel = importlib.import_module("razdel")
    return [(s.start, s.stop) for s in razdel.sentenize(text)]


def pysbd_splitter(text: str, lang: str) -> list[Span]:
    """pySBD, the golden rules' own splitter, if a venv has it (the shared one does not)."""
    pysbd = importlib.import_module("pysbd")
    segmenter = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    return [(s.start, s.end) for s in segmenter.segment(text)]


def splitters() -> dict[str, Splitter]:
    """The workbench's splitter, and the peers the venv has (none is installed for this)."""
    found: dict[str, Splitter] = {"workbench": workbench_splitter}
    if importlib.util.find_spec("razdel"):
        found["razdel"] = razdel_splitter
    if importlib.util.find_spec("pysbd"):
        found["pysbd"] = pysbd_splitter
    return found


def run(miss_count: int = 0) -> dict[str, Any]:
    """Every figure: per language, its total, per kind and per document, for each splitter."""
    report: dict[str, Any] = {}
    for lang in LANGS:
        documents = load(lang)
        by_splitter: dict[str, Any] = {}
        for name, splitter in splitters().items():
            total = Tally()
            kinds: dict[str, Tally] = {}
            docs: dict[str, dict[str, float | int]] = {}
            missed: dict[str, list[str]] = {}
            for document in documents:
                misses: list[str] = []
                tally = score(document, splitter, misses)
                total.add(tally)
                kinds.setdefault(document.kind, Tally()).add(tally)
                docs[document.id] = tally.figures()
                if miss_count:
                    missed[document.id] = misses[:miss_count]
            by_splitter[name] = {
                "all": total.figures(),
                "kinds": {kind: t.figures() for kind, t in sorted(kinds.items())},
                "documents": docs,
                **({"misses": missed} if miss_count else {}),
            }
        report[lang] = by_splitter
    return report


def table(report: dict[str, Any]) -> str:
    """The figures as one plain table a language: rows all / kinds / documents, P R F1 a splitter."""
    lines = []
    for lang, by_splitter in report.items():
        names = list(by_splitter)
        first = by_splitter[names[0]]
        rows = [("all", "all"), *((f"kind {k}", k) for k in first["kinds"]), *((d, d) for d in first["documents"])]
        lines.append(f"{lang}: exact sentences, P / R / F1")
        lines.append(f"{'':28}{'gold':>6}" + "".join(f"{name:>24}" for name in names))
        for label, key in rows:
            cells = []
            for name in names:
                block = by_splitter[name]
                figures = block["all"] if key == "all" and label == "all" else (
                    block["kinds"][key] if label.startswith("kind ") else block["documents"][key])
                cells.append(f"{figures['precision']:.3f} / {figures['recall']:.3f} / {figures['f1']:.3f}")
            gold = (first["all"] if label == "all" else
                    first["kinds"][key] if label.startswith("kind ") else first["documents"][key])["gold"]
            lines.append(f"{label:28}{gold:>6}" + "".join(f"{cell:>24}" for cell in cells))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="list the first N gold sentences each splitter missed, per document")
    args = parser.parse_args(argv)
    report = run(args.misses)
    if args.json or args.misses:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
