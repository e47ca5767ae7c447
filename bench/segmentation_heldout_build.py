"""How the held-out sentence-segmentation set (`bench.segmentation_heldout`) was built: excerpts of
real running text, English and Russian, made into paragraphs the way `workbench import` makes them,
then split into sentences by hand (segheld1, session 33). The convention the gold follows is in
`bench.segmentation_heldout`'s docstring.

Sources (`EXCERPTS`, each with its licence; text is committed only where the licence allows, and
all of these do): Project Gutenberg books mirrored as GITenberg repositories (public domain:
London, Conrad, Collins, Mackay, Slocum, Holmes, Faraday twice); Mozilla's legal documents in
English and Russian (`mozilla/legal-docs`, CC BY-SA 3.0: the excerpts are shared alike, with this
attribution); GitHub's Open Source Guides (CC BY 4.0); the Russian translation of the Rust book
(`rust-lang-ru/book`, MIT or Apache-2.0); abstracts and reference lists of «Известия вузов.
Ядерная энергетика» 2019 № 1 (`nuclear-power-engineering/nuclear-power-engineering`, MIT);
Chekhov and Tolstoy from `d0rj/RusLit` (public domain); and Tesseract OCR already in this
repository (`bench/data/ocr_heldout*`: two runs of real scans of public-domain English books, two
of Russian pages typeset here). None of these texts was split by hand before: the books the
alignment sets took from RusLit (whose segments came from the project's splitter) were left out.

Each `Excerpt` names files at a fixed commit of a repository mirrored by `fetch`, or a file of
this repository, and a stretch of them: from `start` (a fraction of the lines, moved on to the
next paragraph start) until about `chars` characters (0: whole files), ending at a paragraph's
end. The stretch is written to a scratch file and read by `prepare_side` with a splitter that
keeps every paragraph whole, so the paragraphs are the import's own (decoding, OCR cleanup,
joined line ends, page furniture), and no sentence splitter sees the text. `draft` lists, a line
each, the pieces between every stop mark (`. ! ? …`, closing quotes and brackets after it)
followed by whitespace, and every stop glued to a capital; every listing was read whole beside
its paragraphs, and the decisions on it (`bench/data/segmentation_heldout/decisions.txt`: pieces
joined, lines cut after a text, bibliography entries and table rows kept whole) were written by
hand. The listing only aids reading: it is no splitter's output, and boundaries it does not offer
(a sentence with no stop, a speech dash glued to a stop) were looked for in the text itself.

    .venv/bin/python -m bench.segmentation_heldout_build paragraphs   # scratch paragraphs + listings
    .venv/bin/python -m bench.segmentation_heldout_build gold         # decisions -> gold + manifest
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import regex

from workbench.core.ingest import prepare_side

ROOT = Path(__file__).resolve().parent.parent
MIRRORS = Path("/work/.mirror")
SCRATCH = Path(tempfile.gettempdir()) / "segmentation_heldout_build"


@dataclass(frozen=True)
class Excerpt:
    """One document of the set: where its text is and which stretch of it was read."""

    id: str
    lang: str
    kind: str
    title: str
    repo: str  # owner/name, or "" for a file of this repository
    commit: str
    paths: tuple[str, ...]
    licence: str
    start: float = 0.0
    chars: int = 0  # 0: every file whole (after any front matter)


GUTENBERG = "public domain (Project Gutenberg eBook, US public domain)"
RUSLIT = "public domain (RusLit README: all works in the public domain)"

EXCERPTS: tuple[Excerpt, ...] = (
    Excerpt("sea-wolf", "en", "fiction", "Jack London, The Sea-Wolf (1904)", "GITenberg/The-Sea-Wolf_1074",
            "a85a80e0e87a0bcf76d31ba6fd3347ba80b4562f", ("1074-0.txt",), GUTENBERG, 0.42, 11000),
    Excerpt("typhoon", "en", "fiction", "Joseph Conrad, Typhoon (1902)", "GITenberg/Typhoon_1142",
            "830ba342282d154b501802cad29d28c80e95fe22", ("1142-0.txt",), GUTENBERG, 0.25, 9000),
    Excerpt("law-and-the-lady", "en", "fiction", "Wilkie Collins, The Law and the Lady (1875)",
            "GITenberg/The-Law-and-the-Lady_1622", "3cb70a935672127b58f871d0e0c7d10bd1353f77",
            ("1622-0.txt",), GUTENBERG, 0.61, 11000),
    Excerpt("delusions", "en", "nonfiction", "Charles Mackay, Memoirs of Extraordinary Popular Delusions (1852)",
            "GITenberg/Memoirs-of-Extraordinary-Popular-Delusions-and-the-Madness-of-Crowds_24518",
            "f1d2a2d76e61aea8ad137550ceca4296244ddb39", ("24518-0.txt",), GUTENBERG, 0.33, 14000),
    Excerpt("sailing-alone", "en", "nonfiction", "Joshua Slocum, Sailing Alone Around the World (1900)",
            "GITenberg/Sailing-Alone-Around-the-World_6317", "e71bb316b10300723a8f8e7dc834cf9eb0fd1cb3",
            ("6317.txt",), GUTENBERG, 0.55, 12000),
    Excerpt("common-law", "en", "legal", "Oliver Wendell Holmes, Jr., The Common Law (1881)",
            "GITenberg/The-Common-Law_2449", "c6aa3c271ecd124b7324dca37ac1abe2d6ea338d", ("2449.txt",),
            GUTENBERG, 0.47, 14000),
    Excerpt("firefox-cloud-tos-en", "en", "legal", "Mozilla, Terms of Service: Firefox Cloud Services",
            "mozilla/legal-docs", "f098c17556ff822c17f4b6bd591c9b459be2f183", ("en/firefox_cloud_services_tos.md",),
            "CC BY-SA 3.0 (mozilla/legal-docs LICENSE.md); excerpt shared alike", 0.0, 10200),
    Excerpt("faraday", "en", "scientific", "Michael Faraday, Experimental Researches in Electricity, vol. 1 (1839)",
            "GITenberg/Experimental-Researches-in-Electricity-Volume-1_14986",
            "f9d3ee6c6262447759b8b82b71315f41c7ae03f2", ("14986.txt",), GUTENBERG, 0.30, 14000),
    Excerpt("candle", "en", "scientific", "Michael Faraday, The Chemical History of a Candle (1861)",
            "GITenberg/The-Chemical-History-of-a-Candle_14474", "8e778424cd5462a2d553cc0c5c141846994039f2",
            ("14474.txt",), GUTENBERG, 0.6, 8000),
    Excerpt("opensource-guide", "en", "lists", "GitHub, Open Source Guides: Starting an Open Source Project",
            "github/opensource.guide", "ebc9678e39b55ff5e5c8801d1960904692188e90",
            ("_articles/starting-a-project.md",), "CC BY 4.0 (github/opensource.guide LICENSE)", 0.0, 12000),
    Excerpt("ocr-credulities", "en", "ocr", "William Jones, Credulities Past and Present (1880), Tesseract OCR",
            "", "", ("bench/data/ocr_heldout/credulities-p2810-p2840.txt",),
            "public domain book; OCR from bench/data/ocr_heldout (this repository)"),
    Excerpt("ocr-chile", "en", "ocr", "W. H. Russell, A Visit to Chile (1890), Tesseract OCR",
            "", "", ("bench/data/ocr_heldout/chile-p1880-p1910.txt",),
            "public domain book; OCR from bench/data/ocr_heldout (this repository)"),
    Excerpt("chelovek-v-futlyare", "ru", "fiction", "А. П. Чехов, «Человек в футляре» (1898)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("prose/Chekhov/Человек в футляре.txt",), RUSLIT, 0.2, 12000),
    Excerpt("khameleon", "ru", "fiction", "А. П. Чехов, «Хамелеон» (1884)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("prose/Chekhov/Хамелеон.txt",), RUSLIT),
    Excerpt("khirurgiya", "ru", "fiction", "А. П. Чехов, «Хирургия» (1884)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("prose/Chekhov/Хирургия.txt",), RUSLIT),
    Excerpt("khozyain-i-rabotnik", "ru", "fiction", "Л. Н. Толстой, «Хозяин и работник» (1895)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("prose/Tolstoy/Хозяин и работник.txt",), RUSLIT, 0.3, 11000),
    Excerpt("pismo-studentu", "ru", "nonfiction", "Л. Н. Толстой, «Письмо студенту о праве» (1909)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("publicism/Tolstoy/Письмо студенту о праве.txt",), RUSLIT,
            0.0, 14000),
    Excerpt("pismo-revolyutsioneru", "ru", "nonfiction", "Л. Н. Толстой, «Письмо революционеру» (1909)", "d0rj/RusLit",
            "4509680428729da225a73a22008133660f92bb7e", ("publicism/Tolstoy/Письмо революционеру.txt",),
            RUSLIT, 0.0, 12000),
    Excerpt("studencheskoe-dvizhenie", "ru", "nonfiction", "Л. Н. Толстой, «Студенческое движение 1899 года»",
            "d0rj/RusLit", "4509680428729da225a73a22008133660f92bb7e",
            ("publicism/Tolstoy/Студенческое движение 1899 года.txt",), RUSLIT),
    Excerpt("firefox-cloud-tos-ru", "ru", "legal", "Mozilla, Условия предоставления услуг: облачные сервисы Firefox",
            "mozilla/legal-docs", "f098c17556ff822c17f4b6bd591c9b459be2f183", ("ru/firefox_cloud_services_tos.md",),
            "CC BY-SA 3.0 (mozilla/legal-docs LICENSE.md); excerpt shared alike", 0.0, 11000),
    Excerpt("firefox-privacy-ru", "ru", "legal", "Mozilla, Уведомление о конфиденциальности Firefox",
            "mozilla/legal-docs", "f098c17556ff822c17f4b6bd591c9b459be2f183", ("ru/firefox_privacy_notice.md",),
            "CC BY-SA 3.0 (mozilla/legal-docs LICENSE.md); excerpt shared alike", 0.0, 9000),
    Excerpt("npe-abstracts", "ru", "scientific",
            "«Известия вузов. Ядерная энергетика», аннотации и списки литературы (2019, № 1)",
            "nuclear-power-engineering/nuclear-power-engineering", "68ea04a5430b7f0fd5d37777196f1fa585d9d9d4",
            tuple(f"content/article/2019/01/{n:02d}.md" for n in range(1, 5)),
            "MIT (nuclear-power-engineering/nuclear-power-engineering LICENSE)"),
    Excerpt("rust-book-ru", "ru", "lists", "Язык программирования Rust, «Введение» (перевод rust-lang-ru)",
            "rust-lang-ru/book", "efa545aa947dac1f900970865c3f1f77c16060b5", ("rustbook-ru/src/ch00-00-introduction.md",),
            "MIT or Apache-2.0 (rust-lang-ru/book LICENSE-MIT, LICENSE-APACHE)"),
    Excerpt("ocr-kazaki", "ru", "ocr", "Л. Н. Толстой, «Казаки», Tesseract OCR of pages typeset here", "", "",
            ("bench/data/ocr_heldout_ru/kazaki-122-125.txt",),
            "public domain text; OCR from bench/data/ocr_heldout_ru (this repository)"),
    Excerpt("ocr-palata", "ru", "ocr", "А. П. Чехов, «Палата № 6», Tesseract OCR of pages typeset here", "", "",
            ("bench/data/ocr_heldout_ru/palata-039-042.txt",),
            "public domain text; OCR from bench/data/ocr_heldout_ru (this repository)"),
)


def read_source(excerpt: Excerpt, path: str) -> bytes:
    """The file's bytes: at the excerpt's commit in the mirror, or from this repository."""
    if not excerpt.repo:
        return (ROOT / path).read_bytes()
    git_dir = MIRRORS / excerpt.repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{excerpt.commit}:{path}"], check=True, capture_output=True
    ).stdout


def without_front_matter(text: str) -> str:
    """A Hugo page's body: the `+++` or `---` block at its head is page metadata, not text."""
    for fence in ("+++", "---"):
        if text.startswith(fence):
            end = text.find("\n" + fence, len(fence))
            if end >= 0:
                return text[end + len(fence) + 1 :].lstrip("\n")
    return text


def stretch(text: str, start: float, chars: int) -> str:
    """From the first paragraph start at `start` of the lines, whole paragraphs up to about
    `chars`; a paragraph starts after a blank line, or at every line where a file keeps one
    paragraph a line (RusLit)."""
    if not chars:
        return text
    lines = text.splitlines()
    line_paragraphs = sum(not line.strip() for line in lines) < len(lines) / 10
    i = int(len(lines) * start)
    while not line_paragraphs and i and i < len(lines) and lines[i - 1].strip():
        i += 1
    taken: list[str] = []
    size = 0
    for line in lines[i:]:
        if size >= chars and (line_paragraphs or not line.strip()):
            break
        taken.append(line)
        size += len(line) + 1
    return "\n".join(taken).strip("\n") + "\n"


def excerpt_text(excerpt: Excerpt) -> str:
    """The stretch of the source read for the set, decoded as UTF-8 (all sources are)."""
    parts = [without_front_matter(read_source(excerpt, path).decode("utf-8-sig")) for path in excerpt.paths]
    return stretch("\n\n".join(p.strip("\n") for p in parts), excerpt.start, excerpt.chars)


def import_paragraphs(excerpt: Excerpt) -> list[str]:
    """The paragraphs `workbench import` makes of the excerpt, each kept whole (no splitter run)."""
    SCRATCH.mkdir(exist_ok=True)
    scratch = SCRATCH / f"{excerpt.id}.txt"
    scratch.write_text(excerpt_text(excerpt), encoding="utf-8")
    side = prepare_side(scratch, excerpt.lang, splitter=lambda text: [(0, len(text))])
    return [p.text for p in side.paragraphs if p.text.strip()]


CANDIDATE = regex.compile(r"[.!?…]+[»\"”’)\]]*\s+|(?<=\p{Ll}[.!?])(?=\p{Lu})")


def draft(paragraphs: list[str]) -> str:
    """Each paragraph cut at every candidate stop, a piece a line, a blank line between paragraphs."""
    blocks = []
    for paragraph in paragraphs:
        pieces, last = [], 0
        for match in CANDIDATE.finditer(paragraph):
            if match.end() < len(paragraph):
                pieces.append(paragraph[last : match.end()].strip())
                last = match.end()
        pieces.append(paragraph[last:].strip())
        blocks.append("\n".join(pieces))
    return "\n\n".join(blocks) + "\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Decisions:
    """The hand decisions on one document's listing, by its line numbers (1-based, blank lines
    counted): `joins`, lines whose last piece runs on into the next line's first; `splits`, a
    line cut after the (first) occurrence of a text; `wholes`, paragraphs (by their first line)
    that are one segment however many stops they hold (bibliography entries)."""

    joins: frozenset[int]
    splits: dict[int, list[str]]
    wholes: frozenset[int]


def read_decisions(path: Path) -> dict[str, Decisions]:
    """`DECISIONS`: lines `<doc> J <n> <n>...`, `<doc> S <n> <text>`, `<doc> W <n> <n>...`."""
    joins: dict[str, set[int]] = {}
    splits: dict[str, dict[int, list[str]]] = {}
    wholes: dict[str, set[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, op, rest = line.split(" ", 2)
        if op == "S":
            number, text = rest.split(" ", 1)
            splits.setdefault(doc, {}).setdefault(int(number), []).append(text)
        else:
            (joins if op == "J" else wholes).setdefault(doc, set()).update(map(int, rest.split()))
    return {
        doc: Decisions(frozenset(joins.get(doc, ())), splits.get(doc, {}), frozenset(wholes.get(doc, ())))
        for doc in joins.keys() | splits.keys() | wholes.keys()
    }


def cut(line: str, texts: list[str]) -> list[str]:
    """`line` cut after each of `texts`, in the order they occur."""
    pieces, rest = [], line
    for text in sorted(texts, key=line.index):
        at = rest.index(text) + len(text)
        pieces.append(rest[:at].strip())
        rest = rest[at:]
    return [*pieces, rest.strip()]


def gold_sentences(listing: str, decisions: Decisions) -> list[list[str]]:
    """The sentences of every paragraph: the listing's pieces, cut and joined as decided."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    joining = False
    whole = False
    for number, line in enumerate(listing.split("\n"), start=1):
        if not line:
            if current:
                paragraphs.append([" ".join(current)] if whole else current)
            current, joining, whole = [], False, False
            continue
        whole = whole or (not current and number in decisions.wholes)
        pieces = cut(line, decisions.splits.get(number, []))
        if joining:
            current[-1] += " " + pieces.pop(0)
        current.extend(pieces)
        joining = number in decisions.joins
    return paragraphs


def spans(paragraph: str, sentences: list[str]) -> list[str]:
    """The sentences as exact stretches of `paragraph` (the listing collapsed the whitespace
    where it joined pieces); fails if they do not cover it in order, whitespace apart."""
    found, at = [], 0
    for sentence in sentences:
        words = sentence.split()
        pattern = r"\s*".join(regex.escape(word) for word in words)
        match = regex.compile(r"\s*(" + pattern + ")").match(paragraph, at)
        if not match:
            raise ValueError(f"sentence not found in order: {sentence!r}")
        found.append(match.group(1))
        at = match.end()
    if paragraph[at:].strip():
        raise ValueError(f"paragraph left over: {paragraph[at:]!r}")
    return found


DECISIONS = ROOT / "bench" / "data" / "segmentation_heldout" / "decisions.txt"
GOLD = ROOT / "bench" / "data" / "segmentation_heldout"


MANIFEST = ROOT / "bench" / "data" / "segmentation_heldout.json"


def write_gold() -> None:
    """Apply `DECISIONS` to the listings, write each document's gold file and the manifest."""
    decisions = read_decisions(DECISIONS)
    entries = []
    for excerpt in EXCERPTS:
        scratch = json.loads((SCRATCH / f"{excerpt.id}.json").read_text(encoding="utf-8"))
        listing = (SCRATCH / f"{excerpt.id}.draft").read_text(encoding="utf-8")
        sentences = gold_sentences(listing, decisions.get(excerpt.id, Decisions(frozenset(), {}, frozenset())))
        paragraphs = scratch["paragraphs"]
        if len(sentences) != len(paragraphs):
            raise ValueError(f"{excerpt.id}: {len(sentences)} paragraphs decided, {len(paragraphs)} read")
        record = {
            "id": excerpt.id,
            "lang": excerpt.lang,
            "kind": excerpt.kind,
            "title": excerpt.title,
            "source": {"repo": excerpt.repo, "commit": excerpt.commit, "paths": list(excerpt.paths)},
            "licence": excerpt.licence,
            "source_digest": scratch["source_digest"],
            "paragraphs": [
                {"text": text, "sentences": spans(text, decided)} for text, decided in zip(paragraphs, sentences)
            ],
        }
        out = GOLD / excerpt.lang / f"{excerpt.id}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        out.write_text(data, encoding="utf-8")
        sentences_count = sum(len(p["sentences"]) for p in record["paragraphs"])
        entries.append({
            "id": excerpt.id, "lang": excerpt.lang, "kind": excerpt.kind, "file": f"{excerpt.lang}/{excerpt.id}.json",
            "sha256": digest(data), "paragraphs": len(paragraphs), "sentences": sentences_count,
        })
        print(excerpt.id, len(paragraphs), sentences_count)
    MANIFEST.write_text(json.dumps({"documents": entries}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[1:] == ["gold"]:
        write_gold()
        return 0
    if argv[1:] != ["paragraphs"]:
        print(__doc__)
        return 2
    for excerpt in EXCERPTS:
        paragraphs = import_paragraphs(excerpt)
        (SCRATCH / f"{excerpt.id}.json").write_text(
            json.dumps({"source_digest": digest(excerpt_text(excerpt)), "paragraphs": paragraphs}, ensure_ascii=False,
                       indent=1), encoding="utf-8")
        (SCRATCH / f"{excerpt.id}.draft").write_text(draft(paragraphs), encoding="utf-8")
        print(excerpt.id, len(paragraphs), sum(map(len, paragraphs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
