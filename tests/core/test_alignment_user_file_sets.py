"""The alignment sets rebuilt from a mirror as a user's files (`align_heldout.UserFileSet`: sets 19
to 25): each refuses a gold whose digests are not its segments' and an absent mirror, and
`--build` writes the very files the gold was read on."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest

from bench import (
    align_heldout,
    align_heldout19,
    align_heldout20,
    align_heldout21,
    align_heldout22,
    align_heldout23,
    align_heldout24,
    align_heldout25,
)

SETS: dict[ModuleType, tuple[str, str]] = {
    align_heldout19: ("abai-words-6-10", "ru"),
    align_heldout20: ("gorky-in-the-world-cook", "en"),
    align_heldout21: ("gorky-mother-kopeck", "ru"),
    align_heldout22: ("poor-folk-june", "en"),
    align_heldout23: ("ridiculous-man-3", "ru"),
    align_heldout24: ("prose-poems-vrevsky", "ru"),
    align_heldout25: ("confession-6", "en"),
}
"""Each set, with a text of it and the side whose frozen segment digest the refusal test spoils."""



def _set_id(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1]


@pytest.mark.parametrize("module", SETS, ids=_set_id)
def test_a_changed_gold_digest_is_refused(module: ModuleType, tmp_path: Path) -> None:
    name, lang = SETS[module]
    gold = json.loads(module.GOLD.read_text(encoding="utf-8"))
    gold[name][f"{lang}_sha256"] = "0" * 64
    changed = tmp_path / "gold.json"
    changed.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(align_heldout.TextsAbsent, match="segments differ|not mirrored|not the text"):
        module.sentence_files(name, changed)


@pytest.mark.parametrize("module", SETS, ids=_set_id)
def test_a_missing_mirror_is_refused(module: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                     tmp_path: Path) -> None:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path))
    with pytest.raises(align_heldout.TextsAbsent, match="not mirrored"):
        module.sentence_files(SETS[module][0])


@pytest.mark.parametrize("module", SETS, ids=_set_id)
def test_build_writes_the_user_files_the_gold_was_read_on(module: ModuleType, tmp_path: Path) -> None:
    try:
        module.build(tmp_path)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = json.loads(module.GOLD.read_text(encoding="utf-8"))
    for name in module.SOURCES:
        for lang in ("en", "ru"):
            data = (tmp_path / f"{name}.{lang}.txt").read_bytes()
            assert hashlib.sha256(data).hexdigest() == gold[name][f"{lang}_file_sha256"]
