"""Held-out essays, Russian group: the terminology of Russian non-fiction (law, politics, economy,
religion, science and art in Tolstoy's essays and open letters of 1882-1910), a kind of text no
earlier Russian term set has read.

The seventh held-out set of issue 15. Every set before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_en_prose`,
`bench.recognition_domain`, `bench.recognition_issue15`, `bench.recognition_science_en` and their
other groups) was read to fix the matcher and is dev data; this one asks issue 15's question of a
terminologist's termbase of the humanities and society, with concepts none of them holds, on works
none of them (nor any alignment set) read.

``bench/data/recognition_essays/termbase_ru.csv`` holds 53 concepts written before any drawing,
each with its ``pos``, ``subject`` and a one-line English ``definition`` of the sense meant:
multiword terms (смертная казнь, суд присяжных, государственная власть, правительственная власть,
крепостное право, право собственности, частная собственность, земельная собственность,
политическая экономия, военная служба, воинская повинность, православная церковь, христианское
учение, нагорная проповедь, царство божие, непротивление злу, свобода совести, опытная наука,
положительная наука, общественный порядок, общественное устройство) and single nouns whose forms
meet a verb, another sense or the word of a longer term (казнь, суд, тюрьма, наказание, убийство,
насилие, налог, подать, рабство, подданный, чиновник, начальство, войско, солдат, присяга,
патриотизм, религия, церковь, духовенство, священник, догмат, таинство, причастие, пост, грех,
учение, совесть, нравственность, разум, наука, искусство, земледелие).

Source: the ``publicism/Tolstoy`` folder of the ``d0rj/RusLit`` repository (public domain texts,
one paragraph a line), read at bench time from its mirrored git directory at commit
`bench.recognition_ru_prose.COMMIT`, each file checked by its sha256 (`WORKS`); nothing of its
text is committed, only where each annotated line is (work and line number) and a digest of its
text. The repository holds no other author's non-fiction that an earlier set has not read.

How the set was built (termheld7 helper, session 20), before the matcher ran on it: candidates by
lexeme membership with no context (`bench.recognition_ru_real.candidates`), lines of at most
`MAX_CHARS` characters, a repeated line once, up to `PER_CONCEPT` lines per concept, up to
`PER_OTHER_READING` more holding a form that also reads as another part of speech
(`other_readings`) and up to `PER_WORDS_APART` more holding a word of a multiword term apart
(`words_apart`), drawn with `SEED`; every candidate and word apart of every drawn line read and
labelled by hand in ``bench/data/recognition_essays/occurrences_ru.tsv`` (the line format of
`bench.recognition_quality.load_line_annotations` plus each line's ``digest``): ``hit`` where the
concept's sense is meant, ``near-miss`` where it is not, the note naming why. The counts are in the
README "Termbases" entry "Held-out essays".

    python -m bench.recognition_essays draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from bench.alignment_corpus import CACHE
from bench.recognition_quality import Case
from bench.recognition_ru_prose import COMMIT, REPOSITORY, quality_of, read_line_set, works_by_line
from bench.recognition_ru_real import Candidate, candidates, command, drawn_lines
from termbase.model import Concept, Term

DATA = Path(__file__).resolve().parent / "data" / "recognition_essays"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
_FOLDER = "publicism/Tolstoy/"
WORKS = {
    "tolstoy-carthago-delenda-est": ("Carthago Delenda Est.txt",
                                     "31995a0bfc6f8519675b3d1db73cc729c3c2783095c64171c91d0f0b97e49c4f"),
    "tolstoy-senseless-dreams": ("Бессмысленные мечтания.txt",
                                 "fa19add241ae3daffee942b43a6268b2556c53e4cc3ca8791b404fef8bd0d6d2"),
    "tolstoy-god-or-mammon": ("Богу или маммоне.txt",
                              "5dd74d0abafb6bba3f1939bc9df74aebbfe0d1ba7805d99bd8d3a44af70c54de"),
    "tolstoy-letters-to-gandhi": ("Два письма к М.Ганди.txt",
                                  "7dcd1ca1e0d54eb1df5995e2df42054a9fa0b0c28f410ca955dc2264c1dbd6c8"),
    "tolstoy-two-wars": ("Две войны.txt",
                         "6e5d6eed5273ac364a9194a3ca3940222b5d90cdedc16c56e17134cd05977042"),
    "tolstoy-stockholm-peace-congress": ("Доклад, приготовленный для конгресса о мире в Стокгольме.txt",
                                         "502e5ad49edb8253402b43129c33571e6bc868284bda458fa14da09e840fda83"),
    "tolstoy-confession": ("Исповедь.txt",
                           "adda5f571f77ef47bdf957587b681d117379a391f25b80c440d39b221aaf492a"),
    "tolstoy-cannot-be-silent": ("Не могу молчать (1-я редакция).txt",
                                 "4f9afd83b9eb8a172b20a1a342e26650eac864b77bd1d39e0215acc5a1296bc3"),
    "tolstoy-non-acting": ("Неделание.txt",
                           "b1a597e0de531f856c5133fd1507fcb131f08c3acda04037626c37fcc9cf1ce9"),
    "tolstoy-on-insanity": ("О безумии.txt",
                            "df57e929a831874efe0a6062923f828807b2db5715115f6d95a22696fc52ad29"),
    "tolstoy-on-tolerance": ("О веротерпимости.txt",
                             "904d3b7b6907d88eed8c99b10ccd0512aae4baa85fab79d2db61a8d1ab32d1f4"),
    "tolstoy-on-science": ("О науке (Ответ  крестьянину).txt",
                           "29122810b5c3ba5fa1c0234a7d094786730c38a2754b2589128277bafa985c97"),
    "tolstoy-on-socialism": ("О социализме.txt",
                             "aa7e0bf5318c3bd493e9ca8b8df742919397eaca079f4d7a88a52c77c2e0cd54"),
    "tolstoy-reply-to-a-polish-woman": ("Ответ польской женщине.txt",
                                        "9b474915ed87dfb15306d1f181cba90dc48cc58aeae49c30937634e180e94ba3"),
    "tolstoy-patriotism-and-government": ("Патриотизм и правительство.txt",
                                          "15c093b1952e7f8c76949d3adf5ffe270d088f350eb693b320fce5538df817b9"),
    "tolstoy-patriotism-or-peace": ("Патриотизм или мир.txt",
                                    "b9f85dc5a4e7df9553c983b96e1cb84d0930e1eab9c64910cf2ddd19b4c0031f"),
    "tolstoy-first-step": ("Первая ступень.txt",
                           "a659be816e30136f867e39c8eda826509bd09fa55bdf72b793123a5d12227073"),
    "tolstoy-letter-to-a-revolutionary": ("Письмо революционеру.txt",
                                          "775734550aad0ca97ff03066ec6d0909638ea0a09ef96d6df62156820aedd7d7"),
    "tolstoy-letter-to-a-student-on-law": ("Письмо студенту о праве.txt",
                                           "ed1f9e66171b9303b5aaa8ed08b9c05f13be8b32526bd7ad3cb9a2118e57e618"),
    "tolstoy-on-molochnikov": ("По поводу заключения В.А. Молчникова.txt",
                               "c1117ece6918c42aa2b770479d1d60b2e424299dc878e4835a8ab52b44805514"),
    "tolstoy-why-christian-peoples": (
        "Почему христианские народы вообще и в особенности русский находятся теперь в бедственном положении.txt",
        "ecb8510186a117572922582a0bdeadd19f696610a2ea4ec58864b2b5a03c682f"),
    "tolstoy-the-end-approaches": ("Приближение конца.txt",
                                   "68840d5a6db7e72d5ba08e9c50750339a48ef7bf979970feba0c168f3ea7a2c7"),
    "tolstoy-to-the-slavic-congress": ("Славянскому съезду.txt",
                                       "29e59e7c07bfe32c7fde725b85627d263f31080ea823ca99afd83e33b97e2e2c"),
    "tolstoy-student-movement-1899": ("Студенческое движение 1899 года.txt",
                                      "883e90a976cb0c55b57af170d6aecad1f17a0b30cbf3c5a4dc43565933006a08"),
    "tolstoy-wonderful-creatures": ("Удивительные существа.txt",
                                    "c5abac7f14c585be9589f69c91796595cb88236f7f323db7f40c8dbe1a2a96ae"),
    "tolstoy-church-and-state": ("Церковь и государство.txt",
                                 "f12ca39520d14ad0d9ba76847fa6ec0378f884d36638d989823c9b6838310408"),
}
"""Each work's document name: its file in `_FOLDER` of the repository and the sha256 of its text."""
SEED = 2007
PER_CONCEPT = 7
PER_OTHER_READING = 8
"""Up to how many more lines a concept gets where its word has a form pymorphy3 also reads as
another part of speech (`other_readings`)."""
PER_WORDS_APART = 4
"""Up to how many more lines a multiword concept gets where a word of its term stands apart
(`words_apart`)."""
MAX_CHARS = 600


@cache
def _analyzer() -> Any:
    """pymorphy3's analyser, made once: its dictionaries take a second to load."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS, _FOLDER)


def other_readings(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """The one-word candidates of `text` that pymorphy3 also reads as something other than a noun
    («подать» the verb, «казни» the imperative): Tolstoy's essays mostly mean these nouns, so a
    draw by lexeme alone would hold few of the forms that meet a verb, the near-misses issue 15
    asks about."""
    for candidate in candidates(concepts, doc, line, text):
        if " " not in candidate.surface and any(
                parse.tag.POS not in ("NOUN", None) for parse in _analyzer().parse(candidate.surface)):
            yield candidate


@cache
def _first_lemma(word: str) -> str:
    """pymorphy3's first lemma of a term's word, kept: `words_apart` asks it for every term on
    every line of a corpus, and a parse costs more than the rest of the line."""
    return str(_analyzer().parse(word)[0].normal_form)


def words_apart(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """Each form of a word of a multiword term where it stands without the rest of the term
    («смертной» alone, «частная жизнь», «право» of «крепостное право» as a right or a particle):
    the words of a term met apart, which must not be read as the term, for every term holding
    the word, and not inside a run of a term. A word that is itself a one-word concept («наука»
    of «опытная наука») is that concept's candidate already and is left out."""
    runs = [(candidate.start, candidate.start + len(candidate.surface))
            for candidate in candidates(concepts, doc, line, text) if " " in candidate.surface]
    single = {_first_lemma(term.text) for concept in concepts for term in concept.terms
              if term.lang == "ru" and " " not in term.text}
    for concept in concepts:
        for term in concept.terms:
            if term.lang != "ru" or " " not in term.text:
                continue
            for word in term.text.split():
                if _first_lemma(word) in single:
                    continue
                alone = Concept(concept.id, terms=(Term(word, "ru"),))
                for candidate in candidates([alone], doc, line, text):
                    if not any(start <= candidate.start < end for start, end in runs):
                        yield candidate


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, up to `PER_OTHER_READING` more holding a form
    of another part of speech and up to `PER_WORDS_APART` more holding a word of a term apart,
    drawn with `SEED`; every candidate and every word apart of each, in reading order."""
    return drawn_with_words_apart(concepts, docs, ((candidates, PER_CONCEPT), (other_readings, PER_OTHER_READING),
                                                   (words_apart, PER_WORDS_APART)), SEED, MAX_CHARS)


Finder = Callable[[list[Concept], str, int, str], Iterator[Candidate]]
"""What finds a line's candidates of one kind (`candidates`, `other_readings`, `words_apart`)."""


def drawn_with_words_apart(
    concepts: list[Concept], docs: dict[str, list[str]], quotas: Sequence[tuple[Finder, int]], seed: int,
    max_chars: int, keep: Callable[[str, int], bool] = lambda doc, line: True,
) -> list[Candidate]:
    """The lines drawn for each (finder, quota) of `quotas` with `seed` among lines of at most
    `max_chars` characters that `keep` keeps; every candidate and every word apart of each line, in
    reading order: how the sets on `d0rj/RusLit` draw what their reader labels."""
    places = {(candidate.doc, candidate.line)
              for find, quota in quotas
              for candidate in drawn_lines(concepts, docs, max_chars, quota, seed, find)
              if keep(candidate.doc, candidate.line)}
    order = {doc: index for index, doc in enumerate(docs)}
    return [candidate for doc, line in sorted(places, key=lambda place: (order[place[0]], place[1]))
            for candidate in sorted((*candidates(concepts, doc, line, docs[doc][line - 1]),
                                     *words_apart(concepts, doc, line, docs[doc][line - 1])),
                                    key=lambda candidate: candidate.start)]


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_essays_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
