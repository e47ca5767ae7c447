"""custom-rule: a rules file's compiled rules are kept between runs (hardening, round 37).

10,000 rules of two words in braces took 22 s of CPU to compile on every `check`, before any
segment was read (round 36's left item). Compiled once, they are kept in the user's cache
folder under the digest of the file and the languages, read back by the next run, compiled
again when the file changes; never in the project folder, whose files may come from anyone."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from workbench.core import rules_cache
from workbench.core.checks import rules as rules_module
from workbench.core.checks.rules import CustomRule, apply, load_rules

RULES = """
[[rule]]
id = "klub"
message = "Write «клуб»."
target_forbidden = "{рабочий клаб}"

[[rule]]
id = "percent"
source = "\\\\d+ per ?cent"
target_required = "\\\\d ?%"
"""


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns compiled from here on (every file is worth keeping)."""
    monkeypatch.setattr(rules_cache, "KEEP_AFTER_SECONDS", 0.0)
    patterns: list[str] = []
    real = rules_module.compile_bounded

    def counted(pattern: str, flags: int = 0):  # type: ignore[no-untyped-def]
        patterns.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(rules_module, "compile_bounded", counted)
    return patterns


def _folder(tmp_path: Path, text: str = RULES) -> Path:
    folder = tmp_path / "project"
    folder.mkdir(exist_ok=True)
    (folder / "rules.toml").write_text(text, encoding="utf-8")
    return folder


def _findings(rules: tuple[CustomRule, ...]) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    pairs = [("The working club.", "Рабочих клабов нет."), ("Up 5 per cent.", "Рост на 5 процентов."),
             ("Up 5 per cent.", "Рост на 5 %.")]
    return [(f.concept or "", f.target_spans) for source, target in pairs for rule in rules
            if (f := apply(rule, 1, source, target)) is not None]


def test_the_next_run_reads_the_rules_back_without_compiling(tmp_path: Path, compiled: list[str]) -> None:
    folder = _folder(tmp_path)
    first = load_rules(folder, "en", "ru")
    assert len(compiled) == 3
    again = load_rules(folder, "en", "ru")
    assert len(compiled) == 3, "the second run compiled the rules again"
    assert again is not first and [r.id for r in again] == ["klub", "percent"]
    assert _findings(again) == _findings(first) == [("rule:klub", ((0, 14),)), ("rule:percent", ())]
    assert sorted(p.name for p in folder.iterdir()) == ["rules.toml"], "nothing is written in the project folder"
    assert len(list(rules_cache.cache_folder(rules_module.KEPT).glob("*.pickle"))) == 1


def test_a_changed_file_or_another_pair_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    folder = _folder(tmp_path)
    load_rules(folder, "en", "ru")
    _folder(tmp_path, RULES.replace("клаб", "клабб"))
    changed = load_rules(folder, "en", "ru")
    assert len(compiled) == 6 and "клаббы" in changed[0].target_forbidden.pattern  # type: ignore[union-attr]
    load_rules(folder, "de", "ru")
    assert len(compiled) == 9


def test_a_cut_short_or_foreign_cache_file_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    folder = _folder(tmp_path)
    load_rules(folder, "en", "ru")
    [kept] = rules_cache.cache_folder(rules_module.KEPT).glob("*.pickle")
    whole = kept.read_bytes()
    for broken in (whole[: len(whole) // 2], b"", b"not a pickle", whole[:-1]):
        kept.write_bytes(broken)
        assert _findings(load_rules(folder, "en", "ru"))[0] == ("rule:klub", ((0, 14),))
    assert len(compiled) == 3 * 5
    assert kept.read_bytes() != whole[:-1], "the broken file was written over whole"


def test_a_cache_that_cannot_be_written_costs_only_the_compiling(tmp_path: Path, compiled: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "not-a-folder"))
    folder = _folder(tmp_path)
    assert [r.id for r in load_rules(folder, "en", "ru")] == ["klub", "percent"]
    assert [r.id for r in load_rules(folder, "en", "ru")] == ["klub", "percent"]
    assert len(compiled) == 6


def test_runs_keeping_the_rules_at_once_leave_one_whole_file(tmp_path: Path, compiled: list[str]) -> None:
    folder = _folder(tmp_path)
    results: list[tuple[CustomRule, ...]] = []
    threads = [threading.Thread(target=lambda: results.append(load_rules(folder, "en", "ru"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and all(_findings(r) == _findings(results[0]) for r in results)
    assert [p.name.endswith(".pickle") and not p.name.startswith(".") for p in rules_cache.cache_folder(rules_module.KEPT).iterdir()] == [True]
    before = len(compiled)
    load_rules(folder, "en", "ru")
    assert len(compiled) == before


def test_quick_rules_are_not_kept(tmp_path: Path) -> None:
    load_rules(_folder(tmp_path), "en", "ru")
    assert not rules_cache.cache_folder(rules_module.KEPT).exists()


def test_only_the_most_recently_used_files_are_kept(tmp_path: Path, compiled: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules_cache, "KEPT_FILES", 3)
    folder = _folder(tmp_path)
    load_rules(folder, "en", "ru")
    for lang in ("de", "fr", "es", "it"):
        load_rules(folder, lang, "ru")
        load_rules(folder, "en", "ru")  # used again each time: never the oldest
    assert len(list(rules_cache.cache_folder(rules_module.KEPT).glob("*.pickle"))) == 3
    before = len(compiled)
    load_rules(folder, "en", "ru")
    load_rules(folder, "it", "ru")
    assert len(compiled) == before, "the files used last are kept"


def _kept() -> dict[str, int]:
    return {p.name: p.stat().st_size for p in rules_cache.cache_folder(rules_module.KEPT).iterdir()}


def test_the_kept_files_weigh_at_most_kept_bytes(tmp_path: Path, compiled: list[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight files of 10,000 rules took some 250 MB (round 37's left item): the newest are kept
    within the weight, the oldest go first."""
    folder = _folder(tmp_path)
    load_rules(folder, "en", "ru")
    [size] = _kept().values()
    monkeypatch.setattr(rules_cache, "KEPT_BYTES", 2 * size + size // 2)
    for lang in ("de", "fr", "es", "it"):
        load_rules(folder, lang, "ru")
    assert len(_kept()) == 2
    assert sum(_kept().values()) <= rules_cache.KEPT_BYTES
    before = len(compiled)
    load_rules(folder, "it", "ru")
    load_rules(folder, "es", "ru")
    assert len(compiled) == before, "the two used last are the two kept"
    load_rules(folder, "en", "ru")
    assert len(compiled) > before, "the first, the oldest, went"


def test_a_file_too_large_alone_is_not_kept_and_the_others_stay(tmp_path: Path, compiled: list[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    small = _folder(tmp_path)
    load_rules(small, "en", "ru")
    [(name, size)] = _kept().items()
    monkeypatch.setattr(rules_cache, "KEPT_BYTES", size + size // 2)
    (tmp_path / "large").mkdir()
    large = _folder(tmp_path / "large", RULES + "".join(
        f'\n[[rule]]\nid = "r{i}"\nmessage = "Write {i}."\ntarget_forbidden = "{{клаб{i}}}"\n' for i in range(20)))
    load_rules(large, "en", "ru")
    assert list(_kept()) == [name]


def test_a_temporary_file_a_killed_run_left_goes_in_its_turn(tmp_path: Path, compiled: list[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    load_rules(folder, "en", "ru")
    left = rules_cache.cache_folder(rules_module.KEPT) / ".writing-killed.pickle"
    left.write_bytes(b"\x80\x05half a pickle")
    os.utime(left, (1, 1))  # long ago
    monkeypatch.setattr(rules_cache, "KEPT_FILES", 2)
    load_rules(folder, "de", "ru")
    assert not left.exists()
    assert len(_kept()) == 2
