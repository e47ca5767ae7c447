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

The same entries, their numbered senses kept apart, make a second list,
``workbench/data/senses-en-ru.tsv.gz`` (``english<TAB>pos:russian russian|pos:...``,
one group a numbered sense, ``pos`` its part of speech: n, a, v or x, then the
entry's set phrases as ``i:english words = russian words``), for the headwords
with two senses or more or a set phrase: the term checks read it to tell a word
of another sense («клавиша» for "key") from a synonym of the termbase's own
(«дворец» beside «замок» for "castle", both sense 1), which the flat list cannot,
and a word inside a set phrase ("take into account") from the term
(`workbench.core.checks.homographs`).

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
SENSES_OUTPUT = OUTPUT.with_name("senses-en-ru.tsv.gz")
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
    return _words_of(text)


def _words_of(text: str) -> list[str]:
    """The Russian words of a text cleared of transcriptions, labels and parentheses: its items'
    words of one- or two-word glosses, in order, without repeats, not too frequent."""
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


_SENSE = re.compile(r"(?<![\w-])(?:\d+[.)]|_I+V?(?![\w.]))")
"""Where a sense starts: a numbered sense ("3)"), a part of speech's block ("2. _v.") or a
homograph's ("_II")."""
_PART_OF_SPEECH = re.compile(r"_(n|a|v|adv|prep|pron|cj|conj|interj|num|predic)\.")
_ATTRIBUTE = "_attr."
"""A noun's sense used as a modifier ("_attr. речной" of river): an adjective, whatever its block."""
_COARSE = {"n": "n", "a": "a", "v": "v"}


def senses(body: str) -> list[tuple[str, list[str]]]:
    """An entry's numbered senses, each as (part of speech, its Russian words as `translations`
    reads them): n, a, v, or x for the rest and for a sense whose block names none. A part of
    speech holds from its label to the next; a sense marked attributive is an adjective."""
    text = _TRANSCRIPTION.sub(" ", body)
    while (bare := _PARENTHESES.sub(" ", text)) != text:
        text = bare
    found: list[tuple[str, list[str]]] = []
    pos = "x"
    for piece in _SENSE.split(text):
        labels = _PART_OF_SPEECH.findall(piece)
        if labels:
            pos = _COARSE.get(labels[-1], "x")
        words = _words_of(_LABEL.sub(" ", piece))
        if words:
            found.append(("a" if _ATTRIBUTE in piece else pos, words))
    return found


_CYRILLIC = re.compile(r"[а-яё]")
_PHRASE_WORDS = 3
"""English words a set phrase needs to be kept: the checks read one only with two words beside the
headword's, lest any neighbouring "on" make "on account"."""
_ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CROSS_REFERENCE = re.compile(r"\{[^{}]*\}")


def set_phrases(headword: str, body: str) -> list[tuple[list[str], list[str]]]:
    """The entry's English phrases with the headword and their Russian ("to take into account" ->
    «принимать во внимание, в расчёт»), as (English words, Russian words), "~" read as the
    headword: the examples and idioms `translations` leaves out."""
    text = _CROSS_REFERENCE.sub(" ", _LABEL.sub(" ", _TRANSCRIPTION.sub(" ", body)))
    while (bare := _PARENTHESES.sub(" ", text)) != text:
        text = bare
    found: list[tuple[list[str], list[str]]] = []
    for item in _ITEM_BREAK.split(text):
        russian = _CYRILLIC.search(item)
        if russian is None:
            continue
        english = _ENGLISH_WORD.findall(item[: russian.start()].lower().replace("~", headword))
        if any(word.startswith(headword) for word in english) and len(english) >= _PHRASE_WORDS:
            found.append((english, _RUSSIAN_WORD.findall(item[russian.start():].lower())))
    return found


def sense_list(text: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Headword -> its senses (`senses`) and then its set phrases (`set_phrases`, each as ("i", its
    English words, "=", its Russian words)), for the headwords `word_list` keeps that have two
    senses or more or a set phrase; a headword's several entries follow one another."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    phrases: dict[str, list[tuple[str, list[str]]]] = {}
    for headword, body in entries(text):
        if not _HEADWORD.fullmatch(headword) or zipf_frequency(headword, "en") > MAX_ZIPF:
            continue
        found.setdefault(headword, []).extend(senses(body))
        phrases.setdefault(headword, []).extend(("i", [*english, "=", *russian])
                                                for english, russian in set_phrases(headword, body))
    return {headword: groups + phrases[headword] for headword, groups in found.items()
            if len(groups) > 1 or phrases[headword]}


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


def _write(path: Path, lines: str) -> None:
    # mtime=0: the same dictionary gives byte-identical output.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(lines.encode("utf-8"))


def main() -> None:
    root = unpack("mueller7", ("mueller7-dict",))
    with gzip.open(root / SOURCE, "rt", encoding="utf-8") as source:
        text = source.read()
    words = word_list(text)
    _write(OUTPUT, "".join(f"{en}\t{' '.join(ru)}\n" for en, ru in sorted(words.items())))
    print(f"{len(words)} headwords, {sum(map(len, words.values()))} translations -> {OUTPUT}")
    grouped = sense_list(text)
    _write(SENSES_OUTPUT, "".join(f"{en}\t{'|'.join(pos + ':' + ' '.join(ru) for pos, ru in groups)}\n"
                                  for en, groups in sorted(grouped.items())))
    print(f"{len(grouped)} headwords of two senses or more -> {SENSES_OUTPUT}")


if __name__ == "__main__":
    main()
