"""Term candidates from aligned pairs: read, counted, ranked, given their equivalents.

One side's phrases (`readers.reader_for`) are counted by lemma key, so «культурной
стихийности» and «культурная стихийность» are one candidate; the ranking is `ranking`'s
score, and each candidate kept gets the other side's likeliest renderings (`equivalents`).

What is left out, by rule:
* stop words and numbers are never part of a candidate (the readers end a phrase there);
* a **name** (no occurrence in small letters and one capitalised where no sentence begins,
  or read as a personal or place name by pymorphy3) is kept and marked `name`, unless
  `names=False` leaves names out: the star names of an astronomy text (Sirius, the Pleiades)
  and the Snow Queen of a tale are terms its termbase holds, while Kay and Gerda are not; on
  the four tuning sets keeping them found more of the termbases' terms in the top 200;
* a candidate seen fewer than `min_count` times;
* a word of a **fixed phrase**: one word that follows one and the same preposition in
  `FIXED_SHARE` of its `FIXED_COUNT` or more occurrences ("in accordance with", "in particular",
  "per cent", "per capita", "in order to", "for example"; "to treat", an infinitive): a term
  keeps other company. A determiner is no preposition ("the dog"), nor is "of", whose
  complement is often a term;
* a candidate the termbase already has in any inflected form (`known` says which concept)
  is marked, and left out unless `include_known` is asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workbench.core.extraction.equivalents import Equivalent, equivalents
from workbench.core.extraction.phrases import Phrase, opens_sentence, word_before
from workbench.core.extraction.ranking import c_values, score, termhood, words_of
from workbench.core.extraction.readers import Preposition, preposition_for, reader_for

EXAMPLES = 5
"""Pairs kept per candidate to show where it came from."""
FIXED_SHARE = 0.9
"""The share of a word's occurrences after one preposition that makes it a word of a fixed phrase."""
FIXED_COUNT = 3
"""The fewest occurrences that tell a fixed phrase: two after "in" say little."""


@dataclass(frozen=True)
class Candidate:
    """One proposed term with its evidence."""

    text: str
    """Its dictionary form («культурная стихийность», "source package")."""
    key: tuple[str, ...]
    count: int
    """Occurrences on its side."""
    pairs: tuple[int, ...]
    """The pairs it occurs in (indexes of the pairs given), in order."""
    score: float
    c_value: float
    termhood: float
    forms: tuple[str, ...]
    """Its forms as written, commonest first."""
    name: bool
    known: str | None
    """The concept of the termbase that already names it, if any."""
    equivalents: tuple[Equivalent, ...]

    @property
    def words(self) -> int:
        return len(words_of(self.key))

    @property
    def examples(self) -> tuple[int, ...]:
        return self.pairs[:EXAMPLES]


@dataclass(frozen=True)
class Extraction:
    """The candidates, best first, and what was read to find them."""

    candidates: tuple[Candidate, ...]
    pairs: int
    """Pairs read."""
    phrases: int
    """Phrase occurrences counted on the candidates' side."""
    known_left_out: int
    names_left_out: int


Known = Callable[[Sequence[str]], str | None]
"""`(forms as written) -> concept id` of a termbase term any of them is, or None."""


@dataclass
class _Tally:
    count: int
    pairs: list[int]
    forms: Counter[str]
    written: Counter[str]
    placed: Counter[str]
    """The written forms of the occurrences that do not begin a sentence (whose capitals say something)."""
    capital: int
    """Occurrences that say "a name" (`Phrase.name` True)."""
    small: int
    """Occurrences that say "no name" (False)."""
    before: Counter[str]
    """A one-word key's occurrences by the word right before each ("in" of "in particular")."""

    @property
    def name(self) -> bool:
        return self.capital > 0 and self.small == 0

    def fixed(self, preposition: Preposition | None) -> bool:
        """Whether it is a word of a fixed phrase (the module docstring says which)."""
        if preposition is None or self.count < FIXED_COUNT or not self.before:
            return False
        word, times = self.before.most_common(1)[0]
        return times >= FIXED_SHARE * self.count and preposition(word)


def _tally(texts: Sequence[str], lang: str) -> tuple[dict[tuple[str, ...], _Tally], list[frozenset[tuple[str, ...]]]]:
    """Each key's occurrences in `texts`, and each text's keys."""
    read = reader_for(lang)
    tallies: dict[tuple[str, ...], _Tally] = {}
    per_text: list[frozenset[tuple[str, ...]]] = []
    for index, text in enumerate(texts):
        phrases: list[Phrase] = read(text) if read is not None and text else []
        for phrase in phrases:
            tally = tallies.get(phrase.key)
            if tally is None:
                tally = tallies[phrase.key] = _Tally(0, [], Counter(), Counter(), Counter(), 0, 0, Counter())
            tally.count += 1
            if not tally.pairs or tally.pairs[-1] != index:
                tally.pairs.append(index)
            tally.forms[phrase.form] += 1
            written = text[phrase.start:phrase.end]
            tally.written[written] += 1
            if not opens_sentence(text, phrase.start):
                tally.placed[written] += 1
            tally.capital += phrase.name is True
            tally.small += phrase.name is False
            if len(phrase.key) == 1:
                tally.before[word_before(text, phrase.start)] += 1
        per_text.append(frozenset(phrase.key for phrase in phrases))
    return tallies, per_text


def _form(tally: _Tally) -> str:
    """The dictionary form; a name's words keep their capitals as written («Большой
    Медведицы» → «Большая Медведица»), and so does a word written with capitals in most of its
    occurrences where no sentence begins ("Debian package", "SSH": a name once written in small
    letters, in a path or a package's name, is no name by `_Tally.name`, yet no terminologist
    writes it so). A word in its written form keeps its spelling ("SSH"); an inflected one
    takes a capital ("Debian packages" → "Debian package")."""
    form = tally.forms.most_common(1)[0][0]
    words = form.split()
    spellings: list[Counter[str]] = [Counter() for _ in words]
    read = 0
    for written, count in tally.placed.items():
        parts = written.split()
        if len(parts) == len(words):
            read += count
            for index, part in enumerate(parts):
                spellings[index][part] += count
    commonest = tally.written.most_common(1)[0][0].split()
    named = tally.name and len(commonest) == len(words)
    shown = []
    for index, word in enumerate(words):
        capital = sum(count for part, count in spellings[index].items() if part[:1].isupper())
        if 2 * capital > read > 0 or (named and commonest[index][:1].isupper()):
            spelling = spellings[index].most_common(1)[0][0] if spellings[index] else commonest[index]
            word = spelling if spelling.casefold() == word.casefold() else word[:1].upper() + word[1:]
        shown.append(word)
    return " ".join(shown)


def extract(pairs: Sequence[tuple[str, str]], source_lang: str, target_lang: str, *, min_count: int = 2,
            limit: int | None = 100, known: Known | None = None, include_known: bool = False,
            names: bool = True) -> Extraction:
    """Candidates of the pairs' first side (`source_lang`) with equivalents on the second.

    To extract from the target side, give the pairs turned round with the languages."""
    tallies, _keys = _tally([source for source, _target in pairs], source_lang)
    frequent = {key: tally.count for key, tally in tallies.items() if tally.count >= min_count}
    values = c_values(frequent)
    ranked = sorted(
        ((score(values[key], termhood(key, source_lang)), key) for key in frequent),
        key=lambda item: (-item[0], item[1]),
    )
    other, other_keys = _tally([target for _source, target in pairs], target_lang)
    other_pairs = {key: len(tally.pairs) for key, tally in other.items()}
    other_forms = {key: _form(tally) for key, tally in other.items()}
    chosen: list[Candidate] = []
    shared: dict[tuple[tuple[int, ...], bool], tuple[Equivalent, ...]] = {}
    known_left = names_left = 0
    preposition = preposition_for(source_lang)
    for rank_score, key in ranked:
        tally = tallies[key]
        if rank_score <= 0:
            break
        if tally.fixed(preposition):
            continue
        is_name = tally.name
        if is_name and not names:
            names_left += 1
            continue
        written = tuple(form for form, _n in tally.written.most_common())
        concept = known(written[:3]) if known is not None else None
        if concept is not None and not include_known:
            known_left += 1
            continue
        # the candidates of one set of pairs share their equivalents: a sentence of 5,000
        # words gave 5,000 candidates each reading that pair's 20,000 other-side phrases
        # (`--limit` 10^4: 2,000 words 5 s, quadratic; hardening, round 28)
        company = (tuple(tally.pairs), len(words_of(key)) > 1)
        if company not in shared:
            shared[company] = equivalents(tally.pairs, other_keys, other_pairs, other_forms, words=len(words_of(key)))
        chosen.append(Candidate(
            _form(tally), key, tally.count, tuple(tally.pairs), round(rank_score, 3), round(values[key], 3),
            round(termhood(key, source_lang), 3), written[:5], is_name, concept, shared[company],
        ))
        if limit is not None and len(chosen) >= limit:
            break
    return Extraction(tuple(chosen), len(pairs), sum(t.count for t in tallies.values()), known_left, names_left)
