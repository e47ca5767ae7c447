"""Build the aligner's English-Russian word list from Mueller's dictionary (Debian `mueller7-dict`).

The aligner (`workbench.core.alignment.dictionary`) checks how many words of a
sentence find a translation on the other side of a bead. It needs plain word
pairs, not a dictionary to read, so this module keeps from each entry of
V. K. Mueller's English-Russian dictionary (7th edition, electronic version
under GPL-2+) the single-word English headword and the Russian words of its
senses, and leaves out what would only add noise:

- transcriptions, labels (``_n.``, ``_тех.``) and parenthesised glosses;
- usage examples and idioms (any item that also holds Latin letters or ``~``);
- descriptive glosses longer than two words ("тот, кто вычисляет");
- the most frequent words of either language (Zipf frequency above 6: "the",
  "и", "что"), which would match any sentence.

The result, one headword per line (``english<TAB>russian russian ...``), is
committed gzipped as ``workbench/data/dictionary-en-ru.tsv.gz``; its licence
is the dictionary's (GPL-2+), stated in ``workbench/data/README.md``.

    python -m bench.en_ru_dictionary     # download mueller7-dict, rewrite the word list
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path

from wordfreq import zipf_frequency

from bench.alignment_corpus import unpack

OUTPUT = Path(__file__).resolve().parent.parent / "workbench" / "data" / "dictionary-en-ru.tsv.gz"
SOURCE = "usr/share/dictd/mueller7.dict.dz"
MAX_ZIPF = 6.0
"""Words more frequent than this (per billion words, log10) are too common to tell sentences apart."""

_HEADWORD = re.compile(r"[a-z]{2,}")
_RUSSIAN_WORD = re.compile(r"[а-яё]+")
_LATIN = re.compile(r"[A-Za-z]")
_TRANSCRIPTION = re.compile(r"\[[^\]]*\]")
_LABEL = re.compile(r"_[^\s.]+\.?")
_PARENTHESES = re.compile(r"\([^()]*\)")
_ITEM_BREAK = re.compile(r";|\b\d+[.)]|\s[а-я]\)")


def entries(text: str) -> Iterator[tuple[str, str]]:
    """(headword, body) of every dictd entry: a headword line starts at the margin,
    its body lines are indented."""
    headword: str | None = None
    body: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if not line[0].isspace():
            if headword is not None:
                yield headword, " ".join(body)
            headword, body = line.strip(), []
        elif headword is not None:
            body.append(line.strip())
    if headword is not None:
        yield headword, " ".join(body)


def translations(body: str) -> list[str]:
    """The Russian words of an entry's senses, in dictionary order, without repeats."""
    text = _LABEL.sub(" ", _TRANSCRIPTION.sub(" ", body))
    while (bare := _PARENTHESES.sub(" ", text)) != text:
        text = bare
    words: list[str] = []
    for item in _ITEM_BREAK.split(text):
        item = item.strip(" ,.")
        if not item or _LATIN.search(item) or "~" in item or "=" in item:
            continue
        for phrase in item.split(","):
            found = _RUSSIAN_WORD.findall(phrase.lower())
            if 1 <= len(found) <= 2:
                words.extend(w for w in found if len(w) >= 3 and w not in words)
    return [w for w in words if zipf_frequency(w, "ru") <= MAX_ZIPF]


def word_list(text: str) -> dict[str, list[str]]:
    """Headword -> Russian words, for single-word headwords not too frequent to be useful."""
    found: dict[str, list[str]] = {}
    for headword, body in entries(text):
        if not _HEADWORD.fullmatch(headword) or zipf_frequency(headword, "en") > MAX_ZIPF:
            continue
        words = translations(body)
        if words:
            known = found.setdefault(headword, [])
            known.extend(w for w in words if w not in known)
    return found


def main() -> None:
    root = unpack("mueller7", ("mueller7-dict",))
    with gzip.open(root / SOURCE, "rt", encoding="utf-8") as source:
        words = word_list(source.read())
    lines = "".join(f"{en}\t{' '.join(ru)}\n" for en, ru in sorted(words.items()))
    # mtime=0: the same dictionary gives byte-identical output.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(lines.encode("utf-8"))
    print(f"{len(words)} headwords, {sum(map(len, words.values()))} translations -> {OUTPUT}")


if __name__ == "__main__":
    main()
