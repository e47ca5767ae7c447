"""What the tests of the frozen QA sets share: a set drawn from made-up files (a KDE handbook
is written by `kde_handbook`, a mirrored repository by `mirrored_tree`), a label written into
it, a changed block or another version of a mirrored text refused, and the accuracy bench
scoring the set apart. That a set missing from the mirror is skipped is tested for every set
at once (`test_qa_mirrored_sets.py`).

Every set module of `bench/` (see `bench/qa_reading.py`) is tested the same way, on made-up
files in place of the fetched packages (the real sets are held out). A new set's test writes
its made-up files, points the set's reader at them (``monkeypatch.setattr(qa_x, "unpack",
...)``) and then, as `tests/core/checks/test_qa_kde_apps.py` does:

    frozen = draw_frozen(qa_x, data, {"group": 5, ...}, monkeypatch)
    cases = load_labelled(qa_x, frozen, 1)          # pair 1 labelled punctuation-end
    ...change a made-up file...
    assert_a_changed_block_is_refused(qa_x)
    assert_scored_apart(qa_x, frozen, "x/page#2", "«в в», made up", "dev-x", doubled)
"""

from __future__ import annotations

import bz2
import hashlib
import json
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench.align_heldout import SourceFile, TextsAbsent
from bench.bench_qa_accuracy import FROZEN_SETS, _from_held_out, evaluate
from bench.qa_community_docs import Tree, tree_digest
from bench.qa_heldout import HeldOutCase
from termbase.enforce import Enforcer


def kde_handbook(root: Path, lang: str, app: str, paragraphs: list[str]) -> None:
    """`app`'s handbook in `lang` below `root`, rendered as KDE's stylesheets write it: one page
    (``using``) of `paragraphs` below its title page. Sets that read KDE handbooks read it."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f'<FILENAME filename="using.html"><html><body><div id="contentBody">{body}</div></body></html></FILENAME>'
    cache = f'<FILENAME filename="index.html"><html><body><p>{app}</p></body></html>{page}</FILENAME>'
    path = root / f"usr/share/doc/HTML/{lang}/{app}/index.cache.bz2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bz2.compress(cache.encode("utf-8")))


def _commit(git_dir: Path, files: Mapping[str, str | bytes]) -> str:
    """`files` (path -> text, or bytes as they are) committed into the mirrored bare repository
    `git_dir`; returns the commit."""
    tree = git_dir.parent / "tree"
    for path, text in files.items():
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    git = ["git", "--git-dir", str(git_dir), "--work-tree", str(tree), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True, capture_output=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "work"], check=True, capture_output=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def mirrored_files(mirror: Path, repo: str, files: Mapping[str, str | bytes]) -> str:
    """`files` (path -> text) committed into a made-up copy of the repository `repo` where the
    `fetch` mirror under `mirror` keeps it (a second call commits on top); returns the commit,
    for the set's `SourceFile`s or trees to name in place of the real one."""
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        subprocess.run(["git", "init", "-q", "--bare", str(git_dir)], check=True)
    return _commit(git_dir, files)


def mirrored_tree(mirror: Path, tree: Tree, files: dict[str, str]) -> Tree:
    """`tree` as a made-up repository holding `files` under its folder: the commit and digest
    of that repository in place of the real ones. Sets that read mirrored repositories
    (`bench.qa_community_docs.read_tree`) read it; a second tree of the same repository is
    committed on top of the first, and the digest covers every file under the folder at that
    commit, as a real tree's does (an English folder may hold the Russian one)."""
    commit = mirrored_files(mirror, tree.repo, {f"{tree.folder}/{path}": text for path, text in files.items()})
    work_tree = mirror / tree.repo.replace("/", "+") / "tree"
    committed = [path for path in (work_tree / tree.folder).rglob("*") if path.is_file() and path.name.endswith(tree.suffix)]
    digest = tree_digest({path.relative_to(work_tree).as_posix(): path.read_bytes() for path in committed})
    return replace(tree, commit=commit, sha256=digest)


def assert_another_version_is_refused(read: Callable[[Any], object], source: Tree | SourceFile, absent: str) -> None:
    """A mirrored `source` that is not the version read for the labels is refused by `read`
    (`read_tree` or `read_source`): under another digest as not the text, at another commit as
    `absent` there."""
    with pytest.raises(TextsAbsent, match="not the text"):
        read(replace(source, sha256="0" * 64))
    with pytest.raises(TextsAbsent, match=absent):
        read(replace(source, commit="0" * 40))


def origin_files(source: tuple[str, list[str]], origins: Mapping[str, str], russian: list[str]) -> dict[str, str]:
    """A made-up source file (its path and lines) and every origin's file of a set read line by line
    from several systems (the WMT23 sets): each origin says the same, tagged with its name, so that a
    pair shows which origin it was read from."""
    path, lines = source
    files = {path: "\n".join(lines) + "\n"}
    for origin, origin_path in origins.items():
        files[origin_path] = "\n".join(f"{line} ({origin})" for line in russian) + "\n"
    return files


def made_up_mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fill: Callable[[Path], object]) -> Path:
    """The folder the readers take for the `fetch` mirror (`ALIGN_HELDOUT_MIRROR`), made up in
    `tmp_path` and filled by `fill` (a set's own made-up files, commit and digest)."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    fill(root)
    return root


def pair_at(frozen: dict[str, Any], index: int) -> str:
    """The id of the one frozen pair read from line (block) `index` of its page."""
    (pair_id,) = [p["id"] for p in frozen["pairs"] if p["id"].endswith(f"#{index}")]
    return str(pair_id)


def assert_loaded_in_its_origin(qa_set: ModuleType, frozen: dict[str, Any], index: int, after: list[str]) -> None:
    """The frozen pair of line `index`, labelled, is the one labelled case of the set's load (every
    frozen pair a real case), and its context after it is the lines `after` in the same origin
    (each origin's made-up line is tagged with the origin's name)."""
    pair_id = pair_at(frozen, index)
    cases = load_labelled(qa_set, frozen, pair_id)
    assert len(cases) == len(frozen["pairs"]) and all(c.real for c in cases)
    (labelled,) = [c for c in cases if c.checks]
    assert labelled.block == pair_id
    origin = qa_set.origin(pair_id.split("#")[0])
    assert [target for _, target in labelled.after] == [f"{line} ({origin})" for line in after]


def assert_line_scored_apart(qa_set: ModuleType, frozen: dict[str, Any], index: int, doubled_words: str,
                             label: str) -> None:
    """`assert_scored_apart` for a set of numbered lines: the frozen pair of line `index`, whose
    made-up target doubles a word (`doubled_words`, as the target reads), is the case reported."""
    (doubled,) = [b.target for blocks in qa_set.pages().values() for b in blocks if b.index == index]
    assert doubled_words in doubled
    assert_scored_apart(qa_set, frozen, pair_at(frozen, index), f"«{doubled_words}», made up", label, doubled)


def draw_frozen(qa_set: ModuleType, data: Path, pairs: dict[str, int] | int,
                monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The selection `qa_set` draws from the made-up files, `pairs` of them (in all or per
    group), with `data` standing in for its committed ``cases.json``."""
    monkeypatch.setattr(qa_set, "DATA", data)
    monkeypatch.setattr(qa_set, "PAIRS", pairs)
    frozen: dict[str, Any] = qa_set.build()
    return frozen


def write_frozen(qa_set: ModuleType, frozen: dict[str, Any]) -> None:
    """`frozen` written where `qa_set` reads its set, as a labeller leaves it."""
    qa_set.DATA.write_text(json.dumps(frozen, ensure_ascii=False), encoding="utf-8")


def load_labelled(qa_set: ModuleType, frozen: dict[str, Any], pair: int | str) -> list[HeldOutCase]:
    """The cases `qa_set` loads once `pair` (its position, or its id) is labelled a made-up
    `punctuation-end` error."""
    pairs = frozen["pairs"]
    labelled = pairs[pair] if isinstance(pair, int) else next(p for p in pairs if p["id"] == pair)
    labelled["real_errors"] = {"punctuation-end": "made up for the test"}
    write_frozen(qa_set, frozen)
    cases: list[HeldOutCase] = qa_set.load()
    return cases


def assert_a_changed_block_is_refused(qa_set: ModuleType) -> None:
    """A block whose text changed in the package since the set was frozen stops the load."""
    with pytest.raises(ValueError, match="changed in the package"):
        qa_set.load()


def assert_scored_apart(qa_set: ModuleType, frozen: dict[str, Any], pair_id: str, what: str,
                        label: str, doubled: str) -> None:
    """The bench reads the set named `label` through its own loader and scores its labels: the
    pair `pair_id`, whose made-up target `doubled` doubles a word, labelled `repeated-word`
    (`what`), is the one case the check must report, and it does."""
    pairs = frozen["pairs"]
    assert isinstance(pairs, list)
    (labelled,) = [p for p in pairs if p["id"] == pair_id]
    labelled["real_errors"] = {"repeated-word": what}
    write_frozen(qa_set, frozen)
    (load,) = [load for name, _, load in FROZEN_SETS if name == label]
    cases = [_from_held_out(c) for c in load()]
    assert [c.target for c in cases if c.check] == [doubled]
    counts = evaluate(cases, Enforcer([], "en", "ru"))
    assert counts["repeated-word"] == {"positives": 1, "tp": 1}


def committed_set(qa_set: ModuleType, sha256: str, size: int) -> tuple[dict[str, Any], list[str], list[dict[str, Any]]]:
    """The set's committed ``cases.json``, checked as every set's is: unchanged since its labeller
    left it (`sha256`), `size` pairs of distinct ids and digests, no error of the draw, every label a
    check id with what is wrong said, every note on a pair of the set. Returns the file, the pairs'
    ids and the labelled pairs, for the counts each set's docstring states."""
    from workbench.core.checks import REGISTRY

    data = qa_set.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha256
    frozen: dict[str, Any] = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == size and frozen["errors"] == []
    labelled = [p for p in pairs if p["real_errors"]]
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert set(frozen["noted"]) <= set(ids)
    return frozen, ids, labelled


def modules_reading(qa_set: ModuleType, patterns: tuple[str, ...] = ("qa_*.py",),
                    repos: tuple[str, ...] = ()) -> list[str]:
    """The other bench modules (matching `patterns`) that name the set's repository (or any of
    `repos`, for a set of several): a held-out set's source must be read by no other set."""
    bench = Path(qa_set.__file__).parent
    own = Path(qa_set.__file__).name
    named = repos or (qa_set.REPO,)
    return sorted(path.name for pattern in patterns for path in bench.glob(pattern)
                  if path.name != own and any(repo in path.read_text(encoding="utf-8") for repo in named))
