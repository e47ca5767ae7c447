"""What the tests of the held-out recognition sets (`bench/recognition_*.py`) share: made-up works
committed into made-up repositories where the `fetch` mirror keeps them, a made-up termbase the
set's module reads in place of its own, and annotation rows written as the sets freeze them. The
real sets are held out: their tests read only these made-up files."""

from __future__ import annotations

import csv
import hashlib
import subprocess
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from bench import recognition_ru_real
from bench.align_heldout import SourceFile


def commit(git_dir: Path, files: dict[str, str]) -> str:
    """`files` committed into the mirrored repository; returns the commit."""
    tree = git_dir.parent / "tree"
    for path, text in files.items():
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_text(text, encoding="utf-8")
    git = ["git", "--git-dir", str(git_dir), "--work-tree", str(tree), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True, capture_output=True)
    subprocess.run([*git, "commit", "-q", "-m", "work"], check=True, capture_output=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def bare(tmp_path: Path, repository: str) -> Path:
    """An empty bare repository where the mirror below `tmp_path` keeps `repository`."""
    git_dir = tmp_path / "mirror" / repository.replace("/", "+") / "repo"
    subprocess.run(["git", "init", "-q", "--bare", str(git_dir)], check=True)
    return git_dir


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def annotate(path: Path, doc: str, lines: list[str], lang: str,
             rows: list[tuple[int, str, str, str, str]]) -> Path:
    """Annotation rows (line, concept, surface, kind, note) of `doc`, with each line's digest."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["doc", "lang", "line", "concept", "surface", "kind", "note", "digest"])
        for number, concept, surface, kind, note in rows:
            out.writerow([doc, lang, number, concept, surface, kind, note, recognition_ru_real.digest(lines[number - 1])])
    return path


def mirrored_termbase(path: Path, text: str, monkeypatch: pytest.MonkeyPatch, *modules: ModuleType) -> Path:
    """The termbase `text` written to `path` and read by each of `modules` in place of its own,
    their cache and the `fetch` mirror beside it (below `path`'s folder)."""
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(path.parent / "mirror"))
    for module in modules:
        monkeypatch.setattr(module, "TERMBASE", path)
        monkeypatch.setattr(module, "CACHE", path.parent / "cache")
    return path


def mirrored_books(tmp_path: Path, books: Iterable[tuple[str, str, str]]) -> dict[str, SourceFile]:
    """Each (name, repository, text) book as the one file of a mirrored repository of its own,
    named as a set's `WORKS` name them."""
    works = {}
    for name, repository, text in books:
        works[name] = SourceFile(repository, commit(bare(tmp_path, repository), {"1.txt": text}), "1.txt", sha256(text))
    return works
