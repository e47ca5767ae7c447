"""What the tests of the held-out alignment sets rebuilt from a mirror as a user's files share
(`bench.align_heldout.UserFileSet`, sets 19-23): the gold, each text's two sides as the import
segments them (skipped where the mirror is absent), the gold bead of a segment, and the check
that the files and segments are those the gold was read on."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from bench import align_heldout

Bead = tuple[list[int], list[int]]


class HeldOutTexts:
    """One set's module (`GOLD`, `SOURCES`, `sentence_files`) read as its tests read it."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.gold: dict[str, Any] = json.loads(module.GOLD.read_text(encoding="utf-8"))
        self.names = sorted(module.SOURCES)

    def sides(self, name: str) -> tuple[list[str], list[str]]:
        """The text's English and Russian segments; the test is skipped where the mirror lacks them."""
        try:
            sides: tuple[list[str], list[str]] = self.module.sentence_files(name)
        except align_heldout.TextsAbsent as absent:
            pytest.skip(str(absent))
        return sides

    def bead_of(self, name: str, side: list[str], lang: str, start: str) -> Bead:
        """The gold bead holding the one segment of `side` (`lang`) that opens with `start`."""
        found = [i for i, segment in enumerate(side) if segment.startswith(start)]
        assert len(found) == 1
        at = 0 if lang == "en" else 1
        s, t = next(bead for bead in self.gold[name]["beads"] if found[0] in bead[at])
        return s, t

    def check_user_files(self, name: str) -> None:
        """Both user files and their segments are those the gold was read on (`sentence_files`
        refuses others), as many as it counts, each a line of text."""
        en, ru = self.sides(name)
        assert (len(en), len(ru)) == (self.gold[name]["en_sentences"], self.gold[name]["ru_sentences"])
        assert all(segment.strip() and "\n" not in segment for segment in en + ru)
