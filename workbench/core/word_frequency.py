"""wordfreq's word frequencies without building its table in every process.

wordfreq answers `zipf_frequency` from a dict it builds on the first question: it unpacks its
list (Russian: 713,447 words, 0.15-0.3 s of CPU) and makes a dict of it (0.4-0.8 s), in every
process, so a `workbench check` with one Russian word pymorphy3 does not know paid about a
second before the check could judge it (speed45's profile; a `check` of two pairs took 2 s).
The same list kept as a DAWG (DAWG2, the C library pymorphy3 already needs) reads back in 2 ms
and answers a lookup as fast as the dict (measured in session 46 against a marshal'd dict: 19 MB
and 1.0 s to read back, no gain): so the DAWG is made once from wordfreq's list, 1.1 s, and kept.

The kept files live in the user's cache folder (`$XDG_CACHE_HOME/workbench/wordfreq`), named by
wordfreq's version and the list file's sha256, so an upgraded wordfreq or a changed list is
never answered from a stale table; a file is written whole under a name of its own and renamed
into place, and one that cannot be read (cut short, another library's format) is made again. A
cache that cannot be written costs each run the making, never an answer. A DAWG holds no code
(unlike a pickle), but the folder is the user's own all the same.

The answers are wordfreq's own, to the bit: a word is tokenised by wordfreq's `lossy_tokenize`,
its digits smashed and weighed by wordfreq's `digit_freq`, and the tokens' frequencies combined
and rounded as wordfreq 3.1's `_word_frequency` does; only the table they are looked up in is
ours (the same bands: a word in band `b` has frequency `10 ** (-b / 100)`, as `cB_to_freq`).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import math
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

import dawg

__all__ = ["WordTable", "table", "top_n", "zipf"]

_FORMAT = b"workbench wordfreq table 1"
"""Part of every kept file's name: a new layout here never reads an older one's files."""
_MINIMUM = 1e-9
"""`zipf_frequency`'s floor: zipf 0 (`zipf_to_freq(0)`), what an unknown word gets."""
_INFERRED_SPACE_FACTOR = 10.0
"""wordfreq's divisor per word break its Chinese tokeniser inferred (`INFERRED_SPACE_FACTOR`)."""


@dataclass(frozen=True)
class WordTable:
    """One language's wordfreq list ("best": the large list where there is one)."""

    lang: str
    """The language of the list that answers (wordfreq's closest match to the one asked)."""
    bands: dawg.IntCompletionDAWG
    """Each word's band: its frequency is `10 ** (-band / 100)` (wordfreq's centibels)."""
    words: Path | None
    """The kept file of the list's words in wordfreq's order (most frequent first), a line each;
    None where the cache cannot be written (then wordfreq's own list, unpacked, answers)."""

    def frequency(self, word: str) -> float | None:
        """The frequency of `word` exactly as listed (no tokenising, no folding), None if not."""
        band = self.bands.get(word)
        return None if band is None else 10 ** (-band / 100)

    def begins_word(self, prefix: str) -> bool:
        """Whether a listed word (`prefix` itself included) begins with `prefix`."""
        return bool(self.bands.has_keys_with_prefix(prefix))

    def in_order(self) -> Iterator[str]:
        """The listed words, most frequent first (`wordfreq.iter_wordlist`'s order)."""
        try:
            lines = self.words.open(encoding="utf-8") if self.words is not None else None
        except OSError:  # the cache emptied while this process ran: wordfreq's list answers
            lines = None
        if lines is None:
            yield from itertools.chain.from_iterable(_listed(self.lang))
            return
        with lines:
            for line in lines:
                yield line[:-1]


@cache
def table(lang: str) -> WordTable:
    """wordfreq's list for `lang` (its closest match, as wordfreq picks it), read back from the
    cache or made and kept there. Raises LookupError for a language wordfreq has no list for,
    as wordfreq does."""
    import langcodes
    from wordfreq import available_languages

    available = available_languages()
    best, _distance = langcodes.closest_match(lang, list(available), max_distance=60)
    if best == "und":
        raise LookupError(f"No wordlist 'best' available for language {lang!r}")
    source = Path(available[best])
    digest = hashlib.sha256(_FORMAT + b"\0" + version("wordfreq").encode() + b"\0" + source.read_bytes())
    stem = cache_folder() / f"{best}-{digest.hexdigest()[:32]}"
    bands_path, words_path = stem.with_suffix(".dawg"), stem.with_suffix(".words")
    bands = _read(bands_path) if words_path.is_file() else None
    if bands is None:
        bands = _make(best, bands_path, words_path)
    if bands is None:  # the cache cannot be written: the table lives in this process only
        return WordTable(best, _bands(_listed(best)), None)
    return WordTable(best, bands, words_path)


def zipf(word: str, lang: str) -> float:
    """`wordfreq.zipf_frequency(word, lang)`: the same number, asked of the kept table."""
    from wordfreq import freq_to_zipf

    return round(freq_to_zipf(_word_frequency(word, lang)), 2)


def top_n(lang: str, n: int) -> list[str]:
    """`wordfreq.top_n_list(lang, n)`: the `n` most frequent words without a digit sequence."""
    from wordfreq.numbers import has_digit_sequence

    found: list[str] = []
    for word in table(lang).in_order():
        if len(found) >= n:
            break
        if not has_digit_sequence(word):
            found.append(word)
    return found


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/workbench/wordfreq` (`~/.cache/workbench/wordfreq` without it)."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache_home) / "workbench" / "wordfreq"


def _word_frequency(word: str, lang: str) -> float:
    """wordfreq 3.1's `_word_frequency(word, lang, "best", 1e-9)`, step for step."""
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return _MINIMUM
    words = table(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        frequency = words.frequency(smashed)
        if frequency is None:
            return _MINIMUM
        if smashed != token:
            frequency *= digit_freq(token)
        one_over_result += 1.0 / frequency
    frequency = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        frequency *= _INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(frequency, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def _listed(lang: str) -> list[list[str]]:
    """wordfreq's list for `lang` (an exact code of one of its files): words by band."""
    from wordfreq import get_frequency_list

    return get_frequency_list(lang)


def _make(lang: str, bands_path: Path, words_path: Path) -> dawg.IntCompletionDAWG | None:
    """Make the table of `lang` and keep its two files; None if they cannot be written."""
    listed = _listed(lang)
    bands = _bands(listed)
    try:
        bands_path.parent.mkdir(parents=True, exist_ok=True)
        # The word list goes first: a table is read back only where its words file is there.
        _write_whole(words_path, "".join(f"{word}\n" for words in listed for word in words).encode())
        _write_whole(bands_path, bands.tobytes())
    except OSError:
        return None
    _forget_older(lang, bands_path.stem)
    return bands


def _forget_older(lang: str, kept: str) -> None:
    """Remove the tables of `lang` an older wordfreq (or list) left, some 23 MB each for Russian
    that this install never reads again (another install still using one makes it again)."""
    for path in cache_folder().glob(f"{lang}-*"):
        if path.stem != kept and path.suffix in (".dawg", ".words"):
            with contextlib.suppress(OSError):
                path.unlink()


def _bands(listed: list[list[str]]) -> dawg.IntCompletionDAWG:
    """The DAWG of wordfreq's list: each word with the index of its band."""
    return dawg.IntCompletionDAWG((word, band) for band, words in enumerate(listed) for word in words)


def _read(path: Path) -> dawg.IntCompletionDAWG | None:
    """The kept DAWG at `path`, or None if there is none or it cannot be read whole. Only a
    regular file is read: a FIFO, a device or a folder kept under the name (round forty's attack
    on the rules cache) would block the read or fail it; the table is then made again."""
    if not path.is_file():
        return None
    try:
        return dawg.IntCompletionDAWG().load(str(path))
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a cut-short or foreign file: made again, never refused for it
        return None


def _write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: under a name of its own, then renamed."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
