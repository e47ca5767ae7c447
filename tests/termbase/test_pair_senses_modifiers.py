"""`termbase.pair_senses`: a modifier, an adjective built on the term, a sentence that speaks of
the concept's definition (termfix29). Sentences written by the implementer."""

from __future__ import annotations

import gzip
from pathlib import Path

from bench.en_ru_dictionary import senses, set_phrases
from termbase.pair_senses import defined_here, modifies_next, term_adjective
from workbench.core.checks import homographs


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_modifies_next_reads_an_english_noun_before_a_noun() -> None:
    text = "Restart the server process, then ask the server."
    first = _span(text, "server")
    assert modifies_next(text, *first, "en")
    last = text.rindex("server")
    assert not modifies_next(text, last, last + len("server"), "en")
    # No construction is read for Russian: no claim.
    assert not modifies_next("серверный процесс", 0, 9, "ru")


def test_term_adjective_takes_an_adjective_built_on_the_whole_term() -> None:
    assert term_adjective(["сервер"], "Запустите серверные программы.", "ru") == "серверные"
    assert term_adjective(["диск"], "Не хватает дискового пространства.", "ru") == "дискового"
    # The noun itself, another part of speech, or a stem that changes («медь» -> «медный»): none.
    assert term_adjective(["сервер"], "Сервер и серверы.", "ru") is None
    assert term_adjective(["медь"], "Медный чайник.", "ru") is None
    # A term too short to tell its adjectives from other words, and a language without one.
    assert term_adjective(["лес"], "Лестный отзыв.", "ru") is None
    assert term_adjective(["server"], "server programs", "en") is None


def test_defined_here_reads_the_rest_of_the_sentence_against_the_definition() -> None:
    definition = "a storage device holding data in blocks"
    text = "These files represent disk drives and other devices."
    assert defined_here(definition, text, [_span(text, "disk")], "en")
    other = "There is not enough disk space left."
    assert not defined_here(definition, other, [_span(other, "disk")], "en")
    # The occurrence's own word in the definition is no evidence ("a disk" in disk's own).
    own = "Format the disk."
    assert not defined_here("a disk holding data", own, [_span(own, "disk")], "en")
    assert not defined_here(None, text, [_span(text, "disk")], "en")


def test_set_phrases_reads_an_entrys_english_phrases_and_their_russian() -> None:
    body = "1) счёт; to take into account принимать во внимание; on ~ в счёт; joint account общий счёт"
    assert set_phrases("account", body) == [(["to", "take", "into", "account"], ["принимать", "во", "внимание"])]


def test_senses_keeps_an_entrys_numbered_senses_apart() -> None:
    body = ("[ki:] 1. _n. 1) ключ; false key отмычка 2) _муз. тональность 3) клавиша; клавиатура "
            "4) _attr. ключевой 2. _v. запирать")
    assert senses(body) == [("n", ["ключ"]), ("n", ["тональность"]), ("n", ["клавиша", "клавиатура"]),
                            ("a", ["ключевой"]), ("v", ["запирать"])]


def test_the_bundled_sense_list_is_read_by_the_checks() -> None:
    listed = homographs._sense_list("en", "ru")
    assert listed is not None
    key = listed["key"]
    assert any("ключ" in words for _, words in key) and any("клавиша" in words for _, words in key)
    assert not any("ключ" in words and "клавиша" in words for _, words in key)
    assert homographs._sense_list("ru", "en") is None
    # Every line of the file is "headword<TAB>pos:words|...|i:english = russian|...".
    raw = (Path(homographs.__file__).parent.parent.parent / "data" / homographs.SENSES).read_bytes()
    for line in gzip.decompress(raw).decode("utf-8").splitlines()[:500]:
        headword, groups = line.split("\t")
        assert headword and groups
        for pos, _, words in (group.partition(":") for group in groups.split("|")):
            assert pos in {"n", "a", "v", "x", "i"} and words
            assert (" = " in words) == (pos == "i")
    phrases = homographs._sense_file("en", "ru")
    assert phrases is not None and (("to", "take", "into", "account"), frozenset(
        {"принимать", "во", "внимание", "в", "расчет"})) in phrases[1]["account"]
