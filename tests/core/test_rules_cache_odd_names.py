"""The rules cache when a kept name is no regular file (hardening, round 40).

The user's cache folder is written by the user's own programs, but a name in it may be anything
by the time it is read: a FIFO (opening it waited for a writer forever, so `check` hung before
reading a segment), a socket, a link to `/dev/zero` or `/dev/urandom` (read without end), a
folder. Each is read as no kept file: the rules are compiled, the run goes on."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from workbench.core import rules_cache
from workbench.core.checks import rules as rules_module
from workbench.core.checks.rules import CustomRule, load_rules

RULES = """
[[rule]]
id = "klub"
message = "Write «клуб»."
target_forbidden = "{рабочий клаб}"
"""


def _kept_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A project folder with a rules file, and the name its compiled rules are kept under."""
    monkeypatch.setattr(rules_cache, "KEEP_AFTER_SECONDS", 0.0)
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "rules.toml").write_text(RULES, encoding="utf-8")
    load_rules(folder, "en", "ru")
    [kept] = rules_cache.cache_folder(rules_module.KEPT).glob("*.pickle")
    kept.unlink()
    return folder, kept


def _loaded_within(folder: Path, seconds: float) -> tuple[CustomRule, ...]:
    """`load_rules` run in a thread that must end within `seconds` (a FIFO blocked it forever)."""
    done: list[tuple[CustomRule, ...]] = []
    thread = threading.Thread(target=lambda: done.append(load_rules(folder, "en", "ru")), daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, f"reading the rules cache did not end within {seconds} s"
    return done[0]


@pytest.mark.parametrize("made", ["fifo", "socket", "dev-zero", "dev-urandom", "folder", "dangling"])
def test_a_kept_name_that_is_no_regular_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              made: str) -> None:
    folder, kept = _kept_name(tmp_path, monkeypatch)
    listener = None
    if made == "fifo":
        os.mkfifo(kept)
    elif made == "socket":
        monkeypatch.chdir(kept.parent)  # the full path is past AF_UNIX's 108 bytes
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(kept.name)
    elif made == "folder":
        kept.mkdir()
        (kept / "inside").write_bytes(b"x")
    else:
        kept.symlink_to({"dev-zero": "/dev/zero", "dev-urandom": "/dev/urandom",
                         "dangling": str(tmp_path / "gone")}[made])
    try:
        rules = _loaded_within(folder, 5.0)
    finally:
        if listener is not None:
            listener.close()
    assert [rule.id for rule in rules] == ["klub"]
    assert "клабы" in rules[0].target_forbidden.pattern  # type: ignore[union-attr]
    if made != "folder":  # written over by the compiled rules, read back by the next run
        assert kept.is_file() and not kept.is_symlink()
        assert [rule.id for rule in _loaded_within(folder, 5.0)] == ["klub"]


def test_a_kept_file_larger_than_the_cache_holds_is_not_read(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder, kept = _kept_name(tmp_path, monkeypatch)
    monkeypatch.setattr(rules_cache, "KEPT_BYTES", 1000)
    kept.write_bytes(b"\x80\x05" + b"N" * 2000 + b".")  # a valid pickle of None past the bound
    assert [rule.id for rule in _loaded_within(folder, 5.0)] == ["klub"]
