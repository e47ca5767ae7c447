"""Held-out free translation: EN/RU works nobody here tuned the aligner on.

The dev set (`../shared/align-dev/`, `bench.align_dev`) fitted the meaning
weights and the confidence model, so its figures are dev figures. This set is
built by the dev set's own method from four works it does not hold, and is
scored once:

* `chekhov-chemists-wife`: Chekhov, «Аптекарша» (1886), the whole story, in
  Constance Garnett's "The Chemist's Wife";
* `chekhov-chameleon`: Chekhov, «Хамелеон» (1884), the whole story, in
  Garnett's "A Chameleon";
* `andersen-snow-queen`: Andersen, *Sneedronningen* (1844), the first two
  stories, in two independent translations from the Danish (the English of
  the Paull series, the Russian of Anna and Peter Hansen);
* `tolstoy-childhood`: Tolstoy, «Детство» (1852), chapter I, in
  C. J. Hogarth's English (1912).

The texts are never committed. They are read where the `fetch` tool mirrors
public repositories (`$ALIGN_HELDOUT_MIRROR`, by default `/work/.mirror`,
one git dir per repository), at a fixed commit, and refused unless their
sha256 is the one frozen here. Each side is split into sentences exactly as
the dev set's `build_dev.py` splits it (its functions are imported from the
shared folder, not copied): line-paired files (bilinguator) pair line k EN
with line k RU; the Tolstoy paragraphs were paired by hand (`PAIRS`). Only the
gold is committed (`bench/data/align_heldout.json`): per text, the digest and
length of each sentence file and the beads, read by hand before any aligner
ran on these texts.

    python -m bench.align_heldout      # every method, per text and micro, as JSON

Each method reads the pre-segmented lines without paragraph marks, as on the
dev set (`bench.bench_alignment.free_translation_methods`); scores are the
dev set's `score.py` (strict and lax P/R/F1 as Vecalign defines them).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import align_dev
from bench.align_dev import DevDocument
from bench.alignment_metrics import ranking_quality
from workbench.core.alignment.aligner import Bead, Sentence

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout.json"


class TextsAbsent(Exception):
    """A frozen text is not where `fetch` puts it, or is not the text that was read."""


@dataclass(frozen=True)
class SourceFile:
    """One file of a public repository at a fixed commit, with the digest it must have."""

    repo: str
    commit: str
    path: str
    sha256: str


@dataclass(frozen=True)
class Excerpt:
    """The paragraphs of a file strictly between the line `start` and the line `stop`
    (the end of the file when `stop` is None): one a line, or separated by blank lines
    (Gutenberg's wrapped text), or, where `indented`, wrapped lines each paragraph of
    which opens with an indented line (lib.ru's text layout). Where `first` is set, only
    the first that many paragraphs: an excerpt that ends inside a file whose paragraphs
    are too long to name by their line. The first `skip` paragraphs are left out: a byline
    that no line of its own precedes (an anthology repeats its authors' names). Lines equal
    to one of `drop` are left out wherever they stand: a chapter heading inside an excerpt
    that spans two chapters, because the other side has no heading there (the splitter would
    run it into the next sentence)."""

    file: SourceFile
    start: str
    stop: str | None
    one_per_line: bool
    indented: bool = False
    first: int | None = None
    skip: int = 0
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinePaired:
    """A bilinguator text pair: lines `first` to `last` (1-based, as `build_dev.py` counts)."""

    en: SourceFile
    ru: SourceFile
    first: int
    last: int


@dataclass(frozen=True)
class HandPaired:
    """Two excerpts whose paragraphs were paired by hand: `pairs` groups paragraph numbers."""

    en: Excerpt
    ru: Excerpt
    pairs: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]


BILINGUATOR = "bilinguator/aligned-texts"
BILINGUATOR_COMMIT = "e56bc56b6ada545dae420cb7b33c06f156db7358"


def _bilinguator(name: str, en_sha256: str, ru_sha256: str, first: int, last: int) -> LinePaired:
    return LinePaired(
        SourceFile(BILINGUATOR, BILINGUATOR_COMMIT, f"texts/{name}/{name}_en.txt", en_sha256),
        SourceFile(BILINGUATOR, BILINGUATOR_COMMIT, f"texts/{name}/{name}_ru.txt", ru_sha256),
        first,
        last,
    )


PAIRS = (
    *(((k,), (k,)) for k in range(9)),
    ((9,), (9, 10, 11)),
    ((10,), (12, 13, 14)),
    ((11,), (15,)),
    ((12,), (16,)),
    ((13,), (17, 18)),
    ((14,), (19, 20)),
    ((15,), (21,)),
    ((16,), (22,)),
)
"""Childhood, chapter I: Hogarth's 17 paragraphs against Tolstoy's 23 (Hogarth runs the
dialogue lines into the narration)."""

CHILDHOOD = SourceFile(
    "GITenberg/Childhood_2142",
    "0d10cd155c08f07f96ada4142e92b77d5b1b8602",
    "2142-0.txt",
    "d036c0bc6fc5f83b268fd2e4cdd28bfaf2a1a06038963640f5e8d640d0fc1dd0",
)
"""Project Gutenberg eBook #2142: Tolstoy, *Childhood*, translated by C. J. Hogarth (1912)."""

CHILDHOOD_RU = SourceFile(
    "d0rj/RusLit",
    "4509680428729da225a73a22008133660f92bb7e",
    "prose/Tolstoy/Детство.txt",
    "03bdf417f4e6c6355b7cc750e0fc4b477309682661c155710f0057bbf1b8babf",
)
"""Tolstoy's «Детство» (1852) in the `d0rj/RusLit` collection, one paragraph a line."""

Sources = dict[str, LinePaired | HandPaired]
"""A held-out set's texts by name."""

SOURCES: Sources = {
    "andersen-snow-queen": _bilinguator(
        "snedronningen",
        "d8433414f3489943b67dd3716a34dbb6ec26844739811705af1c6f31ec00630e",
        "9f2eeb2930264cb1cee3a84ffba6f1ed66a1024197b55242366cb62904c73146",
        4,
        76,
    ),
    "chekhov-chameleon": _bilinguator(
        "khameleon",
        "312bbacaa33373eacf7fbaccf9a25939030055c6f43eba777af7d1f2df04fcd9",
        "d057b7752ed5a29f90566389433fa5ef1b824aae23792bfcc927e945bc4e3c60",
        3,
        30,
    ),
    "chekhov-chemists-wife": _bilinguator(
        "aptekarsha",
        "53d4ca774d5ace0d6a46230e5e1cf3c53087602cd4b8931ef83cea405100d759",
        "0a62f7e5a001080df293913be36e4664f94435d3f5a994ab058b2185d09a68a5",
        3,
        70,
    ),
    "tolstoy-childhood": HandPaired(
        Excerpt(CHILDHOOD, "I -- THE TUTOR, KARL IVANITCH", "II -- MAMMA", one_per_line=False),
        Excerpt(CHILDHOOD_RU, "Учитель Карл Иваныч", "Глава II", one_per_line=True),
        PAIRS,
    ),
}


def mirror() -> Path:
    return Path(os.environ.get("ALIGN_HELDOUT_MIRROR", "/work/.mirror"))


def git_dir(repo: str) -> Path:
    """The repository's mirrored git dir: a bare `repo`, or `repo/.git` where `fetch` kept a
    work tree."""
    found = mirror() / repo.replace("/", "+") / "repo"
    if (found / ".git").is_dir():
        found = found / ".git"
    if not found.is_dir():
        raise TextsAbsent(f"{repo} is not mirrored at {found} (fetch github:{repo})")
    return found


def read_source(source: SourceFile) -> str:
    """The file's text at its commit, from the repository's mirrored git dir."""
    shown = subprocess.run(
        ["git", "--git-dir", str(git_dir(source.repo)), "show", f"{source.commit}:{source.path}"],
        capture_output=True,
        check=False,
    )
    if shown.returncode:
        raise TextsAbsent(f"{source.repo} has no {source.path} at {source.commit[:7]}")
    if hashlib.sha256(shown.stdout).hexdigest() != source.sha256:
        raise TextsAbsent(f"{source.repo} {source.path} is not the text the gold was read on")
    return shown.stdout.decode("utf-8-sig").replace("\r\n", "\n")


def excerpt_paragraphs(excerpt: Excerpt) -> list[str]:
    rows = read_source(excerpt.file).split("\n")
    start = rows.index(excerpt.start)
    stop = len(rows) if excerpt.stop is None else rows.index(excerpt.stop, start + 1)
    body = [row for row in rows[start + 1 : stop] if row not in excerpt.drop]
    if excerpt.one_per_line:
        chunks = body
    else:
        chunks = re.split(r"\n(?=[ \t])" if excerpt.indented else r"\n\s*\n", "\n".join(body))
    paragraphs = [re.sub(r"\s+", " ", chunk).strip() for chunk in chunks if chunk.strip()]
    paragraphs = paragraphs[excerpt.skip :]
    return paragraphs if excerpt.first is None else paragraphs[: excerpt.first]


def line_pairs(source: LinePaired | HandPaired) -> tuple[list[str], list[str]]:
    """Paragraph-aligned lines of both sides, in `build_dev.py`'s line format."""
    if isinstance(source, LinePaired):
        return (
            read_source(source.en).split("\n")[source.first - 1 : source.last],
            read_source(source.ru).split("\n")[source.first - 1 : source.last],
        )
    en, ru = excerpt_paragraphs(source.en), excerpt_paragraphs(source.ru)
    if [i for e, _ in source.pairs for i in e] != list(range(len(en))) or [
        j for _, r in source.pairs for j in r
    ] != list(range(len(ru))):
        raise TextsAbsent(f"{source.en.file.path}: the paragraphs are not those that were paired")
    return (
        ["<delimiter>".join(en[i] for i in e) for e, _ in source.pairs],
        ["<delimiter>".join(ru[j] for j in r) for _, r in source.pairs],
    )


def sentences(lines: Sequence[str]) -> list[str]:
    """One side split as the dev set was: headings dropped, razdel with ';' re-joined."""
    build = align_dev.shared_module("build_dev")
    return [s for text, _ in build.paragraphs(lines) for s in build.split_sentences(text)]


def digest(lines: Sequence[str]) -> str:
    """The sha256 of a sentence file as `build_dev.py` writes it (one sentence a line)."""
    return hashlib.sha256(("\n".join(lines) + "\n").encode("utf-8")).hexdigest()


def sentence_files(
    name: str, sources: Sources | None = None, gold: Path | None = None
) -> tuple[list[str], list[str]]:
    """Both sides of one text of a set (this module's by default), split; refused unless
    both are the files the gold was read on."""
    en_lines, ru_lines = line_pairs((SOURCES if sources is None else sources)[name])
    en, ru = sentences(en_lines), sentences(ru_lines)
    frozen = json.loads((GOLD if gold is None else gold).read_text(encoding="utf-8"))[name]
    if (digest(en), digest(ru)) != (frozen["en_sha256"], frozen["ru_sha256"]):
        raise TextsAbsent(f"{name}: the sentences differ from those the gold was read on")
    return en, ru


def frozen_lines(name: str, path: Path) -> list[str]:
    """A scanned side's frozen segments, one a line (the sixteenth and seventeenth sets)."""
    if not path.is_file():
        raise TextsAbsent(f"{name}: {path} is missing")
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


_LANGUAGES = {"en": "English", "ru": "Russian"}


def scanned_sides(
    name: str, gold_file: Path, scanned: str, segments: list[str], clean: Callable[[], list[str]]
) -> tuple[list[str], list[str]]:
    """One text of a set whose `scanned` side ("en" or "ru") is the import's frozen `segments` of
    OCR'd pages and whose other side is clean text that `clean` splits, as (English, Russian);
    refused unless both are those the gold was read on."""
    frozen = json.loads(gold_file.read_text(encoding="utf-8"))[name]
    if digest(segments) != frozen[f"{scanned}_sha256"]:
        raise TextsAbsent(f"{name}: the {_LANGUAGES[scanned]} segments are not those the gold was read on")
    other = "ru" if scanned == "en" else "en"
    split = clean()
    if digest(split) != frozen[f"{other}_sha256"]:
        raise TextsAbsent(
            f"{name}: the {_LANGUAGES[other]} sentences differ from those the gold was read on (has the splitter changed?)"
        )
    return (segments, split) if scanned == "en" else (split, segments)


def documents(sources: Sources | None = None, gold_file: Path | None = None) -> list[DevDocument]:
    """Every held-out text of a set (this module's by default) with its gold, in name
    order (raises TextsAbsent)."""
    gold = GOLD if gold_file is None else gold_file
    return gold_documents(gold, lambda name: sentence_files(name, sources, gold))


def gold_documents(gold_file: Path, split: Callable[[str], tuple[list[str], list[str]]]) -> list[DevDocument]:
    """Every text the gold file `gold_file` names, in name order, its sentences those `split`
    reads for its name (raises TextsAbsent) and its beads the gold's: every held-out set comes to
    the aligners this way, whatever reads its texts (the fifteenth set splits its own)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    docs = []
    for name in sorted(gold):
        en, ru = split(name)
        docs.append(
            DevDocument(
                name,
                tuple(Sentence(s, 0) for s in en),
                tuple(Sentence(s, 0) for s in ru),
                tuple((tuple(s), tuple(t)) for s, t in gold[name]["beads"]),
            )
        )
    return docs


def gold_counts(docs: Sequence[DevDocument]) -> dict[str, dict[str, int]]:
    """Per text: sentences on each side, beads, and beads of each family."""
    counts = {}
    for doc in docs:
        row = {"en": len(doc.source), "ru": len(doc.target), "beads": len(doc.gold)}
        for bead in doc.gold:
            family = align_dev.kind(bead)
            row[family] = row.get(family, 0) + 1
        counts[doc.name] = row
    return counts


def _prf(scores: dict[str, float]) -> dict[str, list[float]]:
    return {
        way: [round(scores[f"{part}_{way}"], 3) for part in ("precision", "recall", "f1")]
        for way in ("strict", "lax")
    }


def report(pairs: Sequence[tuple[DevDocument, Sequence[Bead]]]) -> dict[str, object]:
    """One method's results: [P, R, F1] strict and lax per text and micro-averaged (the
    dev set's scorer), gold beads found exactly per family, and the gold beads it
    missed beside the predicted beads that cover their sentences (to read why)."""
    missed = []
    for doc, beads in pairs:
        predicted = {(tuple(b.source), tuple(b.target)) for b in beads}
        for bead in doc.gold:
            if bead in predicted:
                continue
            near = [
                [list(b.source), list(b.target)]
                for b in beads
                if set(b.source) & set(bead[0]) or set(b.target) & set(bead[1])
            ]
            missed.append({"text": doc.name, "gold": [list(bead[0]), list(bead[1])], "predicted": near})
    return {
        "per_text": {doc.name: _prf(align_dev.score([(doc, beads)])) for doc, beads in pairs},
        "all": _prf(align_dev.score(pairs)),
        "found": align_dev.found_by_kind(pairs),
        "missed": missed,
    }


def confidence(pairs: Sequence[tuple[DevDocument, Sequence[Bead]]]) -> dict[str, float]:
    """How well the confidence ranks the wrong beads (not exactly gold) lowest."""
    confidences = [b.confidence for _, beads in pairs for b in beads]
    wrong = [w for doc, beads in pairs for w in align_dev.wrong_flags(doc, beads)]
    auc, lowest_decile_precision, caught = ranking_quality(confidences, wrong)
    return {
        "auc": round(auc, 3),
        "wrong share of lowest decile": round(lowest_decile_precision, 3),
        "wrong beads caught in lowest decile": round(caught, 3),
    }


def main(sources: Sources | None = None, gold_file: Path | None = None) -> None:
    """Run every method on one held-out set (this module's by default) and print the
    results as JSON."""
    run_or_refuse(lambda: documents(sources, gold_file))


def run_or_refuse(read: Callable[[], Sequence[DevDocument]]) -> None:
    """Run every method on the texts `read` gives (`run`), or stop in one line, exit code 2,
    where they are absent or not those the gold was read on."""
    try:
        docs = read()
    except TextsAbsent as absent:
        print(f"held-out texts: {absent}", file=sys.stderr)
        sys.exit(2)
    run(docs)


def run(docs: Sequence[DevDocument]) -> None:
    """Run every method on a held-out set's texts and print the results as JSON (a set whose
    sentences are not `build_dev.py`'s, as the fifteenth's, reads its own texts and comes here)."""
    from bench.bench_alignment import free_translation_methods
    from workbench.core.alignment.meaning import default_encoder

    if default_encoder() is None:
        print("the sentence encoder is not installed: the workbench row would not be the product's",
              file=sys.stderr)
        sys.exit(2)
    out: dict[str, object] = {"gold": gold_counts(docs)}
    for method, aligner in free_translation_methods().items():
        before = os.times()
        results = [(doc, aligner(doc)) for doc in docs]
        after = os.times()
        row = report(results)
        row["cpu_seconds"] = round(sum(after[:4]) - sum(before[:4]), 2)
        if method.startswith("workbench"):
            row["confidence"] = confidence(results)
        out[method] = row
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()


@dataclass(frozen=True)
class UserFileSet:
    """A held-out set whose texts are rebuilt from a mirror as the files a user would import
    (`user_file(name, lang)`), segmented by the import itself and refused unless both the files
    and the segments are those the gold was read on (sets 19 and 20)."""

    gold: Path
    names: tuple[str, ...]
    user_file: Callable[[str, str], str]

    def build(self, data: Path) -> None:
        """Write every text's two user files into `data` (never committed: the set keeps where
        the texts are, not the texts)."""
        data.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            for lang in ("en", "ru"):
                (data / f"{name}.{lang}.txt").write_text(self.user_file(name, lang), encoding="utf-8")

    def imported(self, name: str, lang: str) -> tuple[str, list[str]]:
        """The sha256 of one side's user file and its segments as `workbench import` makes them
        (`prepare_side`: decoding, cleanup, paragraphs, the splitter); raises TextsAbsent where
        the mirror is not here."""
        import tempfile

        from workbench.core.ingest import prepare_side

        text = self.user_file(name, lang)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{name}.{lang}.txt"
            path.write_text(text, encoding="utf-8")
            segments = [s.text for s in prepare_side(path, lang).sentences]
        return hashlib.sha256(text.encode("utf-8")).hexdigest(), segments

    def sentence_files(self, name: str, gold_file: Path | None = None) -> tuple[list[str], list[str]]:
        """Both sides of one text as the import segments them; refused unless both user files
        and both segment lists are those the gold was read on."""
        frozen = json.loads((gold_file or self.gold).read_text(encoding="utf-8"))[name]
        sides = {lang: self.imported(name, lang) for lang in ("en", "ru")}
        for lang, (file_sha256, segments) in sides.items():
            if file_sha256 != frozen[f"{lang}_file_sha256"]:
                raise TextsAbsent(f"{name}: the {lang} user file differs from the one the gold was read on")
            if digest(segments) != frozen[f"{lang}_sha256"]:
                raise TextsAbsent(
                    f"{name}: the segments differ from those the gold was read on (has the import changed?)")
        return sides["en"][1], sides["ru"][1]

    def documents(self, gold_file: Path | None = None) -> list[DevDocument]:
        """Every text of the set with its gold, in name order (raises TextsAbsent)."""
        gold = gold_file or self.gold
        return gold_documents(gold, lambda name: self.sentence_files(name, gold))

    def faces(self) -> tuple[Callable[[Path], None], Callable[..., tuple[list[str], list[str]]],
                             Callable[..., list[DevDocument]], Callable[[list[str]], None]]:
        """`build`, `sentence_files`, `documents` and `main`: what a set's module offers the tests
        and its command line, each set's alike."""
        return self.build, self.sentence_files, self.documents, self.main

    def main(self, argv: list[str]) -> None:
        """Run every method on the set, or, with `--build DIR`, write its user files into DIR."""
        if len(argv) == 2 and argv[0] == "--build":
            try:
                self.build(Path(argv[1]))
            except TextsAbsent as absent:
                print(f"held-out texts: {absent}", file=sys.stderr)
                sys.exit(2)
            return
        run_or_refuse(self.documents)


@dataclass(frozen=True)
class Lines:
    """Lines `first` to `last` (1-based) of one side's file: whole paragraphs."""

    first: int
    last: int


@dataclass(frozen=True)
class Text:
    """Where one text of a set is on each side."""

    en: Lines
    ru: Lines


def gold_beside(module_file: str) -> Path:
    """A set's committed gold, `bench/data/<its module>.json`."""
    module = Path(module_file).resolve()
    return module.parent / "data" / f"{module.stem}.json"


def line_ranges(gold: Path, texts: dict[str, Text], en: SourceFile, ru: SourceFile) -> UserFileSet:
    """A `UserFileSet` whose texts are ranges of lines of one English and one Russian file (sets
    20-23): each side as a user would copy it from the book, its lines as the file has them."""

    def user_file(name: str, lang: str) -> str:
        lines = texts[name].en if lang == "en" else texts[name].ru
        rows = read_source(en if lang == "en" else ru).split("\n")
        return "\n".join(rows[lines.first - 1 : lines.last]) + "\n"

    return UserFileSet(gold, tuple(texts), user_file)
