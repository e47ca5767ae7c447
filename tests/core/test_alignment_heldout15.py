"""The fifteenth held-out set (`bench.align_heldout15`: a play and the Manifesto) renders each
collection line as a user's text file of a play would lay it out (a heading, a speaker's name, a
stage direction each a paragraph; a speech's verse lines one paragraph; prose parts a paragraph
each), splits it with the product's own splitter, and is scored by the first set's machinery.
Made-up texts in a made-up mirror are read here; the set's own works are read only to check that
they split into the sentences the gold was written on, and no aligner is ever run on them.
`tests/core/test_alignment_heldout_gold.py` checks the committed gold and the works' split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import align_dev, align_heldout, align_heldout15, bench_alignment
from bench.align_heldout15 import Staged
from tests.core.test_alignment_heldout import mirrored_works, write_gold
from tests.core.test_alignment_heldout4 import _gold
from workbench.core.alignment import meaning

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)


def test_a_play_is_laid_out_as_printed_names_and_directions_alone_verse_lines_joined() -> None:
    lines = [
        "<h1>Scene I</h1>",
        "<i>A street.</i>",
        "<b>Sampson</b><delimiter>I strike quickly,<delimiter>Being moved. <i>Draws.</i> Stand!",
        "<b>Gregory</b><delimiter><i>Aside.</i><delimiter>No.",
    ]
    assert align_heldout15.paragraphs(lines, verse=True) == [
        "Scene I", "A street.", "Sampson", "I strike quickly, Being moved. Draws. Stand!",
        "Gregory", "Aside.", "No.",
    ]
    assert align_heldout15.sentences(lines, "en", verse=True) == [
        "Scene I", "A street.", "Sampson", "I strike quickly, Being moved.", "Draws.", "Stand!",
        "Gregory", "Aside.", "No.",
    ]


def test_in_prose_every_part_is_a_paragraph_and_a_heading_keeps_what_it_carries() -> None:
    lines = ["<h1>Манифест</h1><delimiter>Перевод.", "Два вывода:<delimiter><b>Первый.</b>",
             "1. Отмена права. Налог."]
    assert align_heldout15.paragraphs(lines, verse=False) == [
        "Манифест", "Перевод.", "Два вывода:", "Первый.", "1. Отмена права. Налог.",
    ]
    assert align_heldout15.sentences(lines, "ru", verse=False) == [
        "Манифест", "Перевод.", "Два вывода:", "Первый.", "1. Отмена права.", "Налог.",
    ]


_FILES = {
    "play_en.txt": "Someone\n<h1>Act I</h1>\n<i>Verona. A public place.</i>\n"
    "<b>Sampson</b><delimiter>Fear me not.\n<b>Gregory</b><delimiter>No, marry; I fear thee!\n"
    "<b>Romeo</b><delimiter>O me! What fray was here?<delimiter>Tell me not.\n",
    "play_ru.txt": "Некто\n<h1>Акт I</h1>\n<i>Площадь в Вероне.</i>\n"
    "<b>Самсон</b><delimiter>За меня не бойся!\n<b>Грегори</b><delimiter>Боюсь!<delimiter>"
    "<i>Уходит.</i>\n<b>Ромео</b><delimiter>Что здесь был за шум? Не отвечай.\n",
}

EXPECTED = {
    "act": (
        ["Act I", "Verona.", "A public place.", "Sampson", "Fear me not.", "Gregory",
         "No, marry; I fear thee!", "Romeo", "O me!", "What fray was here?", "Tell me not."],
        ["Акт I", "Площадь в Вероне.", "Самсон", "За меня не бойся!", "Грегори", "Боюсь!",
         "Уходит.", "Ромео", "Что здесь был за шум?", "Не отвечай."],
        [[[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3]], [[5], [4]], [[6], [5]], [[], [6]],
         [[7], [7]], [[8], []], [[9], [8]], [[10], [9]]],
    ),
}
"""A made-up scene cut as the fifteenth set's Romeo is: a heading and a two-sentence direction
(2-1), names paired with names, a Russian direction the English lacks and an English
exclamation the Russian drops (null beads)."""


@pytest.fixture
def fifteenth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Staged], Path]:
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    sources = {"act": Staged(source("play_en.txt"), source("play_ru.txt"), 2, 6, verse=True)}
    return sources, write_gold(tmp_path / "gold15.json", EXPECTED)


def test_a_fifteenth_set_is_read_as_the_product_splits_it(
    fifteenth_set: tuple[dict[str, Staged], Path],
) -> None:
    (doc,) = align_heldout15.documents(*fifteenth_set)
    en, ru, beads = EXPECTED["act"]
    assert [s.text for s in doc.source] == en and [s.text for s in doc.target] == ru
    assert doc.gold == tuple((tuple(s), tuple(t)) for s, t in beads)


def test_a_text_split_otherwise_than_the_gold_was_read_on_is_refused(
    fifteenth_set: tuple[dict[str, Staged], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sources, gold = fifteenth_set
    frozen = json.loads(gold.read_text(encoding="utf-8"))
    frozen["act"]["ru_sha256"] = align_heldout.digest(["Акт I"])
    gold.write_text(json.dumps(frozen), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        align_heldout15.main(sources, gold)
    assert exit_.value.code == 2
    assert "act: the sentences differ" in capsys.readouterr().err


def test_the_fifteenth_set_is_scored_per_text_and_micro_for_every_method(
    fifteenth_set: tuple[dict[str, Staged], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bench_alignment, "free_translation_methods", lambda: {"workbench": _gold, "hunalign": _gold})
    monkeypatch.setattr(meaning, "default_encoder", lambda: object())
    align_heldout15.main(*fifteenth_set)
    out = json.loads(capsys.readouterr().out)
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["workbench"]["all"] == out["hunalign"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
    assert out["gold"] == {"act": {"en": 11, "ru": 10, "beads": 11, "1-1": 8, "n-1": 1, "null": 2}}
