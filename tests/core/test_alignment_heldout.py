"""The held-out free-translation bench reads its texts where `fetch` mirrors them, at a
fixed commit and digest, splits them as the dev set's `build_dev.py` does, refuses a text
that is absent or not the one the gold was read on, and scores with the dev set's own
scorer. Only made-up texts in a made-up mirror are read here: the real texts are held out
and no test aligns them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench import (
    align_dev,
    align_heldout,
    align_heldout2,
    align_heldout3,
    align_heldout4,
    align_heldout5,
    align_heldout6,
    align_heldout7,
    align_heldout8,
    align_heldout9,
    align_heldout10,
    align_heldout11,
    align_heldout12,
    align_heldout13,
    align_heldout14,
    bench_alignment,
)
from bench.align_dev import DevDocument
from workbench.core.alignment import meaning
from workbench.core.alignment.aligner import Bead, Sentence

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_LINE_PAIRED = {
    "story_en.txt": "Someone\n<h1>A Tale</h1>\nThe cat sat. It was warm; the sun shone.\n"
    "The dog came\nand barked.\nThe end.\n",
    "story_ru.txt": "Некто\n<h1>Сказка</h1>\nКот сидел. Было тепло; светило солнце.\n"
    "Пришла собака и залаяла.\n\nКонец.\n",
}
_HAND_PAIRED = {
    "book.txt": "\ufeffPREFACE\r\n\r\nI -- HOME\r\n\r\nWe lived by\r\nthe sea. It was cold.\r\n\r\n"
    "\u201cCome in,\u201d said Mother.\r\n\r\nII -- SCHOOL\r\n\r\nLater.\r\n",
    "kniga.txt": "Глава I\nДом\nМы жили у моря.\nБыло холодно.\n– Входи, – сказала мать.\nГлава II\n",
}


def _commit(git_dir: Path, files: dict[str, str]) -> str:
    """A bare repository holding `files` in one commit, as the fetch mirror keeps one."""
    work = git_dir.parent / "work"
    work.mkdir(parents=True)
    for name, text in files.items():
        (work / name).write_bytes(text.encode("utf-8"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "--git-dir", str(git_dir),
           "--work-tree", str(work)]
    subprocess.run(["git", "init", "-q", "--bare", str(git_dir)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "texts"], check=True)
    out = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Expected = dict[str, tuple[list[str], list[str], list[list[list[int]]]]]
"""A made-up set's documents: name -> (English sentences, Russian sentences, gold beads)."""


def write_gold(path: Path, expected: Expected) -> Path:
    """A gold file for `expected`, in the held-out sets' format (beads under both sides' digests)."""
    path.write_text(json.dumps({
        name: {"en_sha256": align_heldout.digest(en), "ru_sha256": align_heldout.digest(ru),
               "beads": beads}
        for name, (en, ru, beads) in expected.items()
    }), encoding="utf-8")
    return path


def assert_read_as(sources: align_heldout.Sources, gold: Path, expected: Expected) -> None:
    """The set reads exactly `expected`: every document, its sentences on both sides, its beads."""
    docs = {doc.name: doc for doc in align_heldout.documents(sources, gold)}
    assert sorted(docs) == sorted(expected)
    for name, (en, ru, beads) in expected.items():
        assert [s.text for s in docs[name].source] == en
        assert [s.text for s in docs[name].target] == ru
        assert docs[name].gold == tuple((tuple(s), tuple(t)) for s, t in beads)


def mirrored_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
) -> Callable[[str], align_heldout.SourceFile]:
    """`files` committed to a made-up mirror's `someone/works` (the mirror then read instead of
    the real one), and each file's name to its source as a set's `SOURCES` names it."""
    root = tmp_path / "mirror"
    commit = _commit(root / "someone+works" / "repo", files)
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))

    def source(name: str) -> align_heldout.SourceFile:
        return align_heldout.SourceFile("someone/works", commit, name, _sha(files[name]))

    return source


def scored_by(
    methods: dict[str, Callable[[DevDocument], list[Bead]]],
    sources_and_gold: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> dict[str, Any]:
    """What `align_heldout.main` prints for a set scored by stand-in `methods`: no aligner runs
    and no sentence encoder is loaded, so a later set's test checks its reading and scoring only."""
    monkeypatch.setattr(bench_alignment, "free_translation_methods", lambda: methods)
    monkeypatch.setattr(meaning, "default_encoder", lambda: object())
    align_heldout.main(*sources_and_gold)
    printed: dict[str, Any] = json.loads(capsys.readouterr().out)
    return printed


def assert_scored_perfectly(
    finds_gold: Callable[[DevDocument], list[Bead]],
    sources_and_gold: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> dict[str, Any]:
    """A made-up set scored by two stand-in methods that both find its gold (`finds_gold`):
    both perfect strict and lax, nothing missed, the confidence reported for the workbench row.
    Returns the set's gold counts as `align_heldout.main` prints them."""
    out = scored_by({"workbench": finds_gold, "hunalign": finds_gold}, sources_and_gold, monkeypatch, capsys)
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == out["workbench"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
    counts: dict[str, Any] = out["gold"]
    return counts


def assert_gold_is_whole(text: dict[str, Any]) -> None:
    """One text of a committed gold: every sentence of each side in one bead, in order; each
    bead's sides runs of consecutive sentences; no bead empty; a null bead one sentence alone."""
    beads = text["beads"]
    for side, count in ((0, text["en_sentences"]), (1, text["ru_sentences"])):
        assert [i for bead in beads for i in bead[side]] == list(range(count))
    for en, ru in beads:
        assert en or ru
        assert (en or len(ru) == 1) and (ru or len(en) == 1)
        for run in (en, ru):
            assert run == list(range(run[0], run[0] + len(run))) if run else True


def assert_frozen_gold(module: ModuleType, frozen: dict[str, dict[str, int]]) -> None:
    """The committed gold of a held-out set `module`: its texts those of `SOURCES` and `frozen`,
    each text's sentence, bead and bead-family counts the `frozen` ones (those `frozen` states: the
    sixth set froze no bead families) and its gold whole (`assert_gold_is_whole`), and two
    distinct sha256 digests a text."""
    gold = json.loads(module.GOLD.read_text(encoding="utf-8"))
    assert sorted(gold) == sorted(module.SOURCES) == sorted(frozen)
    digests = []
    for name, text in gold.items():
        beads = text["beads"]
        counts = {"en_sentences": text["en_sentences"], "ru_sentences": text["ru_sentences"],
                  "beads": len(beads), "1-1": 0, "1-n": 0, "n-1": 0, "n-m": 0, "null": 0}
        for en, ru in beads:
            counts[align_dev.kind((tuple(en), tuple(ru)))] += 1
        assert {kind: counts[kind] for kind in frozen[name]} == frozen[name]
        assert_gold_is_whole(text)
        digests += [text["en_sha256"], text["ru_sha256"]]
    assert all(re.fullmatch(r"[0-9a-f]{64}", d) for d in digests) and len(set(digests)) == 2 * len(gold)


def assert_paragraph_pairs_whole(sources: align_heldout.Sources) -> None:
    """Each hand-paired work's paragraph pairs take every paragraph of each side once, in order."""
    for source in sources.values():
        assert isinstance(source, align_heldout.HandPaired)
        en = [i for e, _ in source.pairs for i in e]
        ru = [j for _, r in source.pairs for j in r]
        assert en == list(range(len(en))) and ru == list(range(len(ru)))
        assert all(e or r for e, r in source.pairs)


def sentence_counts(name: str, sources: align_heldout.Sources, gold: Path) -> tuple[int, int]:
    """How many sentences a mirrored work splits into on each side (skipped where `fetch` has not
    mirrored it): the texts are only split, never aligned."""
    try:
        en, ru = align_heldout.sentence_files(name, sources, gold)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    return len(en), len(ru)



def assert_split_as_frozen(module: ModuleType, frozen: dict[str, dict[str, int]], name: str) -> None:
    """Where `fetch` mirrors a set's texts: text `name` splits into its `frozen` sentence counts
    under the gold's digests (skipped where the texts are not mirrored; never aligned)."""
    counts = sentence_counts(name, module.SOURCES, module.GOLD)
    assert counts == (frozen[name]["en_sentences"], frozen[name]["ru_sentences"])

EXPECTED = {
    "tale": (
        ["The cat sat.", "It was warm; the sun shone.", "The dog came and barked.", "The end."],
        ["Кот сидел.", "Было тепло; светило солнце.", "Пришла собака и залаяла.", "Конец."],
    ),
    "home": (
        ["We lived by the sea.", "It was cold.", "\u201cCome in,\u201d said Mother."],
        ["Мы жили у моря.", "Было холодно.", "– Входи, – сказала мать."],
    ),
}
"""Headings dropped, a paragraph without a final stop joined to
the next, Gutenberg's wrapped lines folded, a byte-order mark and CRLF read away."""


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two made-up repositories in a made-up mirror, the sources and gold pointing at them."""
    root = tmp_path / "mirror"
    tales = _commit(root / "someone+tales" / "repo", _LINE_PAIRED)
    books = _commit(root / "someone+books" / "repo", _HAND_PAIRED)
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))

    def source(repo: str, commit: str, name: str, files: dict[str, str]) -> align_heldout.SourceFile:
        return align_heldout.SourceFile(repo, commit, name, _sha(files[name]))

    monkeypatch.setattr(align_heldout, "SOURCES", {
        "tale": align_heldout.LinePaired(
            source("someone/tales", tales, "story_en.txt", _LINE_PAIRED),
            source("someone/tales", tales, "story_ru.txt", _LINE_PAIRED), 3, 6),
        "home": align_heldout.HandPaired(
            align_heldout.Excerpt(source("someone/books", books, "book.txt", _HAND_PAIRED),
                                  "I -- HOME", "II -- SCHOOL", one_per_line=False),
            align_heldout.Excerpt(source("someone/books", books, "kniga.txt", _HAND_PAIRED),
                                  "Дом", "Глава II", one_per_line=True),
            (((0,), (0, 1)), ((1,), (2,)))),
    })
    gold = {
        name: {"en_sha256": align_heldout.digest(en), "ru_sha256": align_heldout.digest(ru),
               "beads": [[[k], [k]] for k in range(len(en))]}
        for name, (en, ru) in EXPECTED.items()
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(align_heldout, "GOLD", path)
    return root


def test_texts_are_split_as_the_dev_set_was_and_carry_their_gold(mirror: Path) -> None:
    docs = {doc.name: doc for doc in align_heldout.documents()}
    for name, (en, ru) in EXPECTED.items():
        assert [s.text for s in docs[name].source] == en
        assert [s.text for s in docs[name].target] == ru
        assert docs[name].gold == tuple(((k,), (k,)) for k in range(len(en)))


def test_a_changed_or_absent_text_is_refused_in_one_line(
    mirror: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tale = align_heldout.SOURCES["tale"]
    assert isinstance(tale, align_heldout.LinePaired)
    other = align_heldout.SourceFile(tale.en.repo, tale.en.commit, tale.en.path, "0" * 64)
    monkeypatch.setitem(align_heldout.SOURCES, "tale", align_heldout.LinePaired(
        other, tale.ru, tale.first, tale.last))
    with pytest.raises(align_heldout.TextsAbsent, match="not the text the gold was read on"):
        align_heldout.documents()
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(mirror.parent / "nowhere"))
    with pytest.raises(SystemExit) as stopped:
        align_heldout.main()
    assert stopped.value.code == 2
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "fetch github:someone/" in message


def test_sentences_that_differ_from_the_gold_files_are_refused(mirror: Path) -> None:
    gold = json.loads(align_heldout.GOLD.read_text(encoding="utf-8"))
    gold["home"]["ru_sha256"] = align_heldout.digest(["Мы жили у моря. Было холодно."])
    align_heldout.GOLD.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(align_heldout.TextsAbsent, match="home: the sentences differ"):
        align_heldout.documents()


def test_a_method_is_scored_per_text_and_micro_with_its_misses_shown() -> None:
    def doc(name: str, n: int, m: int, gold: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> DevDocument:
        return DevDocument(name, tuple(Sentence(f"e{k}", 0) for k in range(n)),
                           tuple(Sentence(f"r{k}", 0) for k in range(m)), tuple(gold))

    first = doc("first", 2, 4, [((0,), (0,)), ((1,), (1, 2)), ((), (3,))])
    second = doc("second", 2, 2, [((0,), (0,)), ((1,), (1,))])
    pairs = [
        (first, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.2), Bead((), (2,), 0.1), Bead((), (3,), 0.8)]),
        (second, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.7)]),
    ]
    result = align_heldout.report(pairs)
    # first: 2 of 4 predicted beads exact, 1 of 2 gold pairs found; lax: the 1-1 bead
    # overlapping the 1-2 gold bead counts, the stray null does not.
    assert result["per_text"]["first"] == {"strict": [0.5, 0.5, 0.5], "lax": [0.75, 1.0, 0.857]}
    assert result["per_text"]["second"] == {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert result["all"] == {"strict": [0.667, 0.75, 0.706], "lax": [0.833, 1.0, 0.909]}
    assert result["found"] == {"1-1": (3, 3), "1-n": (0, 1), "null": (1, 1)}
    assert result["missed"] == [{"text": "first", "gold": [[1], [1, 2]],
                                 "predicted": [[[1], [1]], [[], [2]]]}]
    ranking = align_heldout.confidence(pairs)
    assert ranking["auc"] == 1.0
    counts = align_heldout.gold_counts([first, second])
    assert counts["first"] == {"en": 2, "ru": 4, "beads": 3, "1-1": 1, "1-n": 1, "null": 1}


@pytest.mark.parametrize(
    "later",
    [align_heldout2, align_heldout3, align_heldout4, align_heldout5, align_heldout6, align_heldout7,
     align_heldout8, align_heldout9, align_heldout10, align_heldout11, align_heldout12, align_heldout13,
     align_heldout14],
    ids=["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
         "eleventh", "twelfth", "thirteenth", "fourteenth"],
)
def test_each_later_set_stops_in_one_line_where_its_texts_are_absent(
    later: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "nowhere"))
    with pytest.raises(SystemExit) as stopped:
        later.main()
    assert stopped.value.code == 2
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "fetch github:" in message
