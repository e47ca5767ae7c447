"""wordfreq's frequencies from the kept table are wordfreq's own, and the table is kept.

The checks and the import ask `word_frequency.zipf` where they asked `wordfreq.zipf_frequency`;
a finding may never change for it, so the answers are compared with wordfreq's to the bit, on
listed words and on what the checks also ask (capitals, digits, two words, apostrophes, debris).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
import wordfreq

from workbench.core import word_frequency
from workbench.core.word_frequency import table, top_n, zipf


def _asked(lang: str) -> list[str]:
    """Listed words in wordfreq's order and shapes of them the checks ask about, seeded."""
    rng = random.Random(1923)
    listed = rng.sample(wordfreq.top_n_list(lang, 100_000), 1500)
    glued = [a + b for a, b in zip(listed[:300], listed[300:600], strict=True)]
    spaced = [f"{a} {b}" for a, b in zip(listed[600:900], listed[900:1200], strict=True)]
    debris = ["".join(rng.choice("abxqфыёЁ0123'’-. ") for _ in range(rng.randint(1, 8))) for _ in range(500)]
    shapes = ["", " ", "1923", "14-й", "v2.0", "don’t", "l'amour", "--", "ёлка", "Ёж", "3.14", "1,000", "🙂", "ﬁle"]
    return [*listed, *(w.upper() for w in listed[:300]), *(w.title() for w in listed[300:600]),
            *glued, *spaced, *debris, *shapes]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_kept_table_answers_as_wordfreq(lang: str) -> None:
    assert [zipf(word, lang) for word in _asked(lang)] == [wordfreq.zipf_frequency(w, lang) for w in _asked(lang)]
    assert top_n(lang, 20_000) == wordfreq.top_n_list(lang, 20_000)
    assert zipf(wordfreq.top_n_list(lang, 1)[0], lang) > 7  # the check can fail: a word is found


def test_a_language_wordfreq_lacks_is_refused_as_wordfreq_refuses_it() -> None:
    with pytest.raises(LookupError):
        wordfreq.zipf_frequency("word", "xx")
    with pytest.raises(LookupError):
        zipf("word", "xx")


def test_the_table_is_kept_and_a_damaged_file_is_made_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A run makes the table once and keeps it (an older wordfreq's table of the language goes); a
    file cut short (a full disk) or a FIFO kept under its name is made again, and a cache that cannot be written still answers,
    from this process's own table."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    table.cache_clear()
    try:
        older = word_frequency.cache_folder() / "en-0123456789abcdef0123456789abcdef"
        older.parent.mkdir(parents=True)
        for suffix in (".dawg", ".words"):
            older.with_suffix(suffix).write_bytes(b"an older wordfreq's table")
        made = table("en")
        [kept] = word_frequency.cache_folder().glob("en-*.dawg")  # the older one forgotten
        assert made.words is not None and made.words.parent == kept.parent
        kept.write_bytes(kept.read_bytes()[:1000])
        table.cache_clear()
        assert table("en").frequency("the") == wordfreq.get_frequency_dict("en")["the"]
        assert kept.stat().st_size > 1000  # made again, whole
        kept.unlink()
        os.mkfifo(kept)  # a FIFO under the kept name would block the read: it is made again
        table.cache_clear()
        assert table("en").frequency("the") == wordfreq.get_frequency_dict("en")["the"]
        assert kept.is_file()
        (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file"))
        table.cache_clear()
        unkept = table("en")
        assert unkept.words is None
        assert zipf("the", "en") == wordfreq.zipf_frequency("the", "en")
        assert top_n("en", 100) == wordfreq.top_n_list("en", 100)
    finally:
        table.cache_clear()
