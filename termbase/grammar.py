"""Is a lemma match grammatical? Agreement inside multiword terms, part of speech in context.

The trie in `termbase.match` finds every place where each word has *some*
analysis with the right lemma. That is not enough:

* «для рабочих клуб» has the lemmas of «рабочий клуб», but the adjective and
  the noun do not agree (genitive plural against nominative singular), so
  the words are not the term. A multiword Russian term gets a *pattern* from
  its own dictionary form: adjectives (and participles) agree in case, number
  and gender (in the singular) with the noun they precede; a noun that is not
  in the nominative in the term («член *клуба*») is a dependent and keeps its
  case in every form of the term («членов клуба», not «членов клубу»).
* «Рабочие *стали* членами клуба» has the lemma of the noun «сталь» in a verb;
  "The report *states* the facts" the noun "state". A one-word noun term read
  from a word that is also a verb form is decided by its neighbours: a
  preposition or an agreeing adjective before it makes it a noun; a
  following infinitive or instrumental, or a subject before it that agrees
  with the verb, makes it a verb; when nothing decides, the noun is kept, so
  recall never depends on a guess.
* «-- Лев Толстой», «Анна Сталь», «С. Дали»: a common-noun term written with a
  capital inside a sentence, after an initial or before a surname is a name.
* «говорите открыто», «свободно доступны»: a one-word adjective term read from
  a short neuter that is also an adverb is the adverb next to a verb (not a
  link verb: «было открыто» is the short adjective) or before an adjective.

Each decision says why it was taken, and the match carries that reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

from termbase.normalize import fold_word

_CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct",
         "voct": "nomn"}
_ADJECTIVAL = frozenset({"ADJF", "PRTF"})
_VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_ACTIVE_TRANSITIVE = frozenset({"actv", "tran"})
_OBJECT_STARTS = frozenset({"NOUN", "NPRO", "ADJF", "PRTF", "NUMR"})
"""Parts of speech an object may begin with."""
"""An active transitive participle's grammemes: it governs an accusative object after it."""
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
"""The parts of speech a noun term's form may be: a noun, or the full adjective or participle a
noun made of one declines as («лёгкие», «служащий»)."""
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's grammemes of proper nouns: a term reading with one is a name itself."""
_NAME_PARTS = frozenset({"Surn", "Patr"})
_PERSON = frozenset({"Name", "Surn", "Patr"})
"""A person's first name, surname or patronymic."""
_DEMONSTRATIVES = frozenset({"тот", "этот", "сей"})
"""The demonstrative pronouns («тех», «этих», «сих»): with «с» or «до» and a noun turned function
word they make an adverbial that points at a time as «тогда» does (`RussianGrammar._deictic`)."""
_BOUNDS = frozenset({"с", "со", "до"})
"""The prepositions that open a span of time or place at its start or its end."""
_PREPOSITION_CASES = {
    **dict.fromkeys(("без", "безо", "для", "из", "изо", "из-за", "из-под", "от", "ото", "до", "у", "около",
                     "вокруг", "после", "против", "среди", "кроме", "вместо", "мимо", "возле", "вдоль",
                     "ради", "близ", "насчет", "сверх", "внутри", "позади", "посреди", "прежде"),
                    frozenset({"gent"})),
    **dict.fromkeys(("к", "ко", "благодаря", "согласно", "вопреки"), frozenset({"datv"})),
    **dict.fromkeys(("в", "во", "на", "о", "об", "обо"), frozenset({"accs", "loct"})),
    **dict.fromkeys(("при",), frozenset({"loct"})),
    **dict.fromkeys(("про", "через", "чрез", "сквозь"), frozenset({"accs"})),
    **dict.fromkeys(("за", "под", "подо"), frozenset({"accs", "ablt"})),
    **dict.fromkeys(("над", "надо", "перед", "передо", "пред", "предо"), frozenset({"ablt"})),
    **dict.fromkeys(("между", "меж"), frozenset({"ablt", "gent"})),
    **dict.fromkeys(("по",), frozenset({"datv", "accs", "loct"})),
    **dict.fromkeys(("с", "со"), frozenset({"gent", "ablt", "accs"})),
}
"""The cases a (folded) preposition governs: the grammar's, which pymorphy3 does not give. A noun
term's form that is also a likelier pronoun is the noun after a preposition only when the
preposition takes the noun's case and none of the pronoun's («из тем»; not «между тем», «с тем»,
«перед тем», whose instrumental is the pronoun's) (`RussianGrammar._other_over_noun`)."""
_COORDINATORS = frozenset({"и", "или", "да", "либо"})
"""Conjunctions that join like parts: a verb after one is often coordinated with a verb before."""
_ADVERSATIVES = frozenset({"а", "но", "однако", "зато"})
"""Conjunctions that join like parts with a contrast: a noun after one may end its phrase («а ели.»)."""
_RIVAL_SHARE = 0.05
"""pymorphy3's least share of a form's readings for each of two nouns that share it to be told
apart by context (`RussianGrammar._shared_by_nouns`)."""
_SENTENCE_OPENINGS = frozenset({"", ".", "!", "?", "…", "—", "–", "-", "«", "(", '"'})
"""What stands before a word that opens a sentence or a line of dialogue."""
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
"""What ends a sentence after its last word."""
_CONDITIONAL = frozenset({"бы", "б"})
"""The particle of the conditional mood, which stands with a past («бы дали»)."""
_GOAL_PREPOSITIONS = frozenset({"в", "во", "на", "за", "под", "подо"})
"""Prepositions whose accusative is a goal a verb of motion or placing takes («сел на стул»)."""
_PHASE_VERBS = frozenset({"стать", "начать", "начинать", "перестать", "переставать", "продолжать",
                          "продолжить", "кончить", "кончать", "прекратить", "прекращать"})
"""Verbs of phase, which take an infinitive as their complement («стал читать», «перестали ждать»):
one that ends its phrase after an infinitive governs it («читать стану»)."""
_DEGREE = frozenset({"очень", "совсем", "почти", "слишком", "совершенно", "вполне", "крайне", "весьма",
                     "чрезвычайно"})
"""Adverbs of degree, which grade an adjective («совсем сумасшедший») and no noun: an adjective used as
a noun after one is the adjective (`RussianGrammar._substantivised`)."""
_LINK_VERBS = frozenset({"быть", "стать", "становиться", "оказаться", "оказываться", "казаться",
                         "показаться"})
"""Link verbs take the short adjective as their predicate («было открыто»), not an adverb."""
_ADJECTIVE_ENDINGS = frozenset({"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "го", "му",
                                "ом", "ем", "ую", "юю", "ых", "их", "ым", "им", "ми", "ей", "ою", "ею"})
"""The last two letters of a full adjective's forms: only these words are parsed for one."""
_MOSTLY_VERB = 0.85
"""pymorphy3's share of one reading above which a form leans to it (to the verb, for a noun
term; to the other word, for a verb term)."""
_ALMOST_ALWAYS_VERB = 0.99
_KINDS = {"NOUN": "a noun", "ADJF": "a pronoun or adjective", "NUMR": "a numeral",
          "NPRO": "a pronoun", "ADVB": "an adverb", "PREP": "a preposition", "CONJ": "a conjunction",
          "PRCL": "a particle", "PRED": "a predicative", "ADJS": "a short adjective"}
"""How a verb term's refusal names the other word its form is (pymorphy3's POS)."""
_LEXICALISED = frozenset({"NOUN", "ADJF", "ADJS", "ADVB", "PREP", "CONJ"})
_FUNCTION_WORDS = frozenset({"PRCL", "CONJ", "INTJ", "PRED"})
"""Parts of speech of a particle, conjunction, interjection or predicative that a noun's form
may also be («уж», «мол», «пора», «благо»)."""
_PHRASE_OPENERS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
"""What may open the noun phrase a preposition takes (the likeliest reading of the next word)."""
_GOVERNING = _FUNCTION_WORDS | {"PREP"}
"""Those and a preposition, which a noun's form may also be («путём»: "by means of", before the
noun it governs, and the instrumental of «путь»), read by `RussianGrammar._function_word`."""
"""What a participle or gerund becomes when the dictionary lists it as a word of its own
(«следующий», «данный», «обвиняемый», «видимо», «благодаря»): that word, not the verb."""


@dataclass(frozen=True, slots=True)
class WordRule:
    """What one word of a multiword term requires of the text word in its place."""

    agrees_with: int | None = None
    """Index of the noun this adjective agrees with, or None."""
    cases: frozenset[str] = frozenset()
    """For a dependent: the cases it must stay in (empty: any case)."""


Pattern = tuple[WordRule, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """A text word and its neighbours as written ("" where a phrase boundary stands)."""

    before2: str
    before: str
    word: str
    after: str
    mark: str = ""
    """When `before` is "": the punctuation just before the word, or an initial («А.»)."""
    earlier: tuple[str, ...] = ()
    """When `before` joins like parts (`Grammar.coordinating`: «и»): up to three words of the
    clause before `before2`, nearest first, so that «шить сапоги и печь» finds «шить»; in a
    grammar with `Grammar.wide_context`, when a comma stands before the word: up to three words
    of the phrase before the comma, nearest first (", however, rose" gives "however"), and when
    a stop stands before it, the word the stop ends and the one before ("Appendix A. Installation"
    gives "A", "Appendix")."""
    after2: str = ""
    """The word after `after` ("" at a boundary): the noun an adjective there belongs to
    («вести подавляющий огонь»), or the word after a conjunction («левой или правой»)."""
    mark_after: str = ""
    """When `after` is "": the punctuation just after the word ("!" after an imperative)."""
    joined_before: str = ""
    """What joins `before` to the word with no space (`normalize.joint`: "-" in "she-bear",
    "--", "'" after "workers'"); read only by a grammar that asks for it (`Grammar.wide_context`)."""
    joined_after: str = ""
    """What joins the word to `after` with no space ("-" in "light-green", "--")."""
    proper: bool = False
    """The term is written with a capital in a termbase that writes common nouns in small letters
    (`match._written_as_names`): a proper noun («Марс»), so a capital on the word is its own and
    names nothing else; read by a grammar that refuses a capitalised word as a name."""
    broken_off: bool = False
    """The word ends the text with no mark after it, though a mark inside the text shows it is
    prose («Все, почтительно склоняясь, стали»): a hard-wrapped line or a segment cut inside a
    sentence, so nothing is known of what follows, where a label's or a title's end («куски
    стали») ends its phrase."""

    def folded(self) -> Context:
        before2, before, word, after, after2 = map(
            fold_word, (self.before2, self.before, self.word, self.after, self.after2)
        )
        return Context(before2, before, word, after, self.mark, tuple(map(fold_word, self.earlier)), after2,
                       self.mark_after, self.joined_before, self.joined_after, self.proper, self.broken_off)


def mark_before(toks: Sequence[str], start: int) -> str:
    """The punctuation token before toks[start] («,», «.»), or the initial it ends («А.»).

    Whether a capitalised word stands inside a sentence, or after an initial, is
    read from it.
    """
    if not start:
        return ""
    mark = toks[start - 1]
    if mark == "." and start > 1 and len(toks[start - 2]) == 1 and toks[start - 2].isupper():
        return toks[start - 2] + mark
    return mark


def abbreviated(toks: Sequence[str], end: int) -> bool:
    """Whether the word just before toks[end] is cut short with a stop («лев. стопа», «зад.
    прав. угл.»), so it is not the whole word a one-word term would be.

    A stop after a word in lower case ends a sentence only where a new one begins: a word
    in lower case after it means it marks an abbreviation, and so does a text that begins in
    lower case with it («лев. T-образ.»). Not a number after it: a sentence may begin with
    one («...добра и зла». 1886.»).
    """
    if end >= len(toks) or toks[end] != "." or not toks[end - 1][:1].islower():
        return False
    following = toks[end + 1] if end + 1 < len(toks) else ""
    return following[:1].islower() or end == 1


class Grammar(Protocol):
    """What the matcher asks of a language's grammar."""

    wide_context: bool
    """Whether its context decisions read what lies beyond the neighbouring words: what joins
    them to the word in the text (`Context.joined_before`, `joined_after`) and the phrase before
    a comma that opens the word's phrase (`Context.earlier`); the matcher looks them up only then."""

    verb_head_first: bool
    """Whether a multiword term declared a verb inflects its first word as that verb (English
    phrasal verbs: "heave to" is "hove to", "bear away" "bore away"); the other words stay as
    written."""

    def pattern(self, words: Sequence[str], keys: Sequence[frozenset[str]]) -> Pattern | None:
        """The agreement a multiword term's words require, from its dictionary form."""
        ...

    def agrees(
        self, pattern: Pattern, words: Sequence[str], keys: Sequence[frozenset[str]], counted: bool = False,
        joined_to: str = "",
    ) -> tuple[bool, str]:
        """Whether text words fill the pattern, and why; `counted`: a numeral of two to four
        stands before them (`paucal`), which Russian agreement obeys; `joined_to`: the word (folded)
        that a coordinating conjunction just before them joins their first word to, or ""."""
        ...

    def is_noun(self, word: str, keys: frozenset[str]) -> bool:
        """Whether a term word (dictionary form) is a noun."""
        ...

    def is_adjective(self, word: str, keys: frozenset[str]) -> bool:
        """Whether a term word (dictionary form) is an adjective (an adverb may share its forms)."""
        ...

    def is_verb(self, word: str, keys: frozenset[str]) -> bool:
        """Whether a term word (dictionary form) is a verb (another part of speech may share
        its forms: «мой», «три», "the state")."""
        ...

    def needs_context(self, word: str) -> bool:
        """Whether a text word (as written) may be a name or an adverb, so context must decide."""
        ...

    def coordinating(self, word: str) -> bool:
        """Whether a folded text word joins like parts («и», «или»), so that the words before
        the one before it may decide the next word (`Context.earlier`)."""
        ...

    def noun_in_context(
        self, context: Context, keys: frozenset[str]
    ) -> tuple[bool, str]:
        """Whether a one-word noun or adjective term's text word (that may also be a verb, a
        name or an adverb) is the term here, and why."""
        ...

    def adjective_in_context(
        self, context: Context, keys: frozenset[str]
    ) -> tuple[bool, str]:
        """Whether a one-word term the termbase calls an adjective is the term here, and why."""
        ...

    def substantive_in_context(
        self, context: Context, keys: frozenset[str]
    ) -> tuple[bool, str]:
        """Whether a one-word term the termbase calls a noun is the term here, and why: as
        `noun_in_context`, where a term with no part of speech is read, but the declared noun
        may be an adjective used as one that the dictionary lists only as the adjective
        («сумасшедший», a madman), told from that adjective by its context."""
        ...

    def verb_in_context(
        self, context: Context, keys: frozenset[str]
    ) -> tuple[bool, str]:
        """Whether a one-word verb term's text word (that may also be a noun, a pronoun or a
        numeral) is the verb here, and why."""
        ...


def _case(tag: Any) -> str | None:
    case = tag.case
    return _CASE.get(case, case)


@lru_cache(maxsize=1 << 16)
def _agree(adjective: Any, noun: Any) -> bool:
    """Adjective and noun tags agree in case, number, gender (singular), animacy (accusative).

    Cached by the two tags (pymorphy3's tags hash and compare by their grammemes, all this
    reads): each of their attributes is a descriptor that intersects grammeme sets, and
    agreement asks the same few hundred pairs of tags for every occurrence of every term.
    """
    if _case(adjective) != _case(noun) or adjective.number != noun.number:
        return False
    if (
        noun.number == "sing"
        and adjective.gender
        and noun.gender
        and adjective.gender != noun.gender
        and "Ms-f" not in noun  # common gender: «сирота», «коллега»
    ):
        return False
    return not (
        _case(adjective) == "accs"
        and adjective.animacy
        and noun.animacy
        and adjective.animacy != noun.animacy
    )


def _agree_counted(adjective: Any, noun: Any) -> bool:
    """An adjective and its noun after a numeral of two to four: the noun genitive singular, the
    adjective genitive plural («два новых файла») or, with a feminine noun, also nominative
    plural («две большие комнаты»)."""
    if _case(noun) != "gent" or noun.number != "sing" or adjective.number != "plur":
        return False
    return _case(adjective) == "gent" or (_case(adjective) == "nomn" and noun.gender == "femn")


def _agree_joined(adjective: Any, noun: Any, partners: Sequence[Any]) -> bool:
    """A singular adjective before a plural noun of its case, with a singular adjective of the
    same case and gender among `partners` (the word a conjunction joins it to): «главном и
    резервном серверах»."""
    if noun.number != "plur" or adjective.number != "sing" or _case(adjective) != _case(noun):
        return False
    return any(p.number == "sing" and _case(p) == _case(adjective) and p.gender == adjective.gender for p in partners)


_PAUCAL = frozenset({"два", "две", "три", "четыре", "оба", "обе", "полтора", "полторы"})


def paucal(word: str) -> bool:
    """Whether a (folded) word is a numeral of two to four, after which Russian puts a noun in the
    genitive singular and its adjectives in the plural: два, три, четыре, оба, полтора and their
    compounds' last word, or digits ending in 2-4 but not 12-14 («22 новых файла»)."""
    if word.isascii() and word.isdigit():
        last_two = int(word[-2:])
        return last_two % 10 in (2, 3, 4) and not 12 <= last_two <= 14
    return word in _PAUCAL


class RussianGrammar:
    """Agreement and part-of-speech decisions over pymorphy3 analyses."""

    wide_context = False
    verb_head_first = False

    def __init__(self, parse: Callable[[str], Sequence[Any]], key: Callable[[Any], str]) -> None:
        """`parse`: a folded form -> its pymorphy3 parses; `key`: a parse -> its lemma key."""
        self._parse = parse
        self._key = key
        self._context: dict[tuple[Context, str, str], tuple[bool, str]] = {}
        """Decisions by neighbours, the term's least key and what the term is (noun, adjective, verb)."""
        self._others: dict[str, bool] = {}
        """Per folded form, `_other_word`."""
        self._shared: dict[str, bool] = {}
        """Per folded form, `_shared_by_nouns`."""
        self._noun_lemmas: dict[frozenset[str], frozenset[str]] = {}
        """Per term's keys, those `_lemma_is_noun` of them: a term's own, asked of each of its
        occurrences that context decides (bounded by the termbase's terms)."""

    def _parses(self, form: str, keys: frozenset[str]) -> list[Any]:
        return [p for p in self._parse(form) if self._key(p) in keys]

    def pattern(self, words: Sequence[str], keys: Sequence[frozenset[str]]) -> Pattern | None:
        """The agreement pattern of a term in dictionary form, or None when it has none.

        A Russian noun phrase is [adjectives] HEAD [dependents]: the head is the
        last noun of the leading run of words that can be nominative
        («рабочий клуб»: клуб; «история рабочего движения»: история). Adjectives
        agree with the noun after them; a noun after the head is a dependent
        that keeps its case (the genitive when it can be one: «движения»).
        """
        parses = [self._parses(w, k) if k else [] for w, k in zip(words, keys)]
        head = None
        for i, ps in enumerate(parses):
            if not any(_case(p.tag) == "nomn" for p in ps):
                break
            if any(p.tag.POS == "NOUN" and _case(p.tag) == "nomn" for p in ps):
                head = i
        if head is None:
            return None
        rules: list[WordRule] = [WordRule()] * len(words)
        noun_after: int | None = None
        for i in range(len(words) - 1, -1, -1):
            if i == head:
                noun_after = head
                continue
            nouns = [p for p in parses[i] if p.tag.POS == "NOUN"]
            adjectives = [p for p in parses[i] if p.tag.POS in _ADJECTIVAL]
            if noun_after is not None and any(
                _agree(a.tag, n.tag)
                for a in adjectives
                for n in parses[noun_after]
                if n.tag.POS == "NOUN"
                and (not rules[noun_after].cases or _case(n.tag) in rules[noun_after].cases)
            ):
                rules[i] = WordRule(agrees_with=noun_after)
                continue
            if i > head and nouns:
                cases = {case for p in nouns if (case := _case(p.tag)) is not None}
                rules[i] = WordRule(cases=frozenset({"gent"} if "gent" in cases else cases))
                noun_after = i
                continue
            noun_after = None  # a preposition or anything else ends the chain
        if all(r == WordRule() for r in rules):
            return None
        return tuple(rules)

    def agrees(
        self, pattern: Pattern, words: Sequence[str], keys: Sequence[frozenset[str]], counted: bool = False,
        joined_to: str = "",
    ) -> tuple[bool, str]:
        """Whether text words (folded) fill `pattern`, and why (for the match's explanation).

        After a numeral of two to four (`counted`) the noun is a genitive singular and its
        adjectives plural («три логических тома», «две большие комнаты»): that agrees too. So
        does a singular first adjective before a plural noun where «и» or «или» joins it to a
        singular adjective of the same case before it (`joined_to`): each adjective names one of
        the things the plural counts («на главном и резервном серверах», «первый и второй
        блоки»)."""
        parses = [self._parses(w, k) if k else [] for w, k in zip(words, keys)]
        reasons: list[str] = []
        for i, rule in enumerate(pattern):
            if rule.cases and rule.agrees_with is None:
                if not any(_case(p.tag) in rule.cases for p in parses[i] if p.tag.POS == "NOUN"):
                    return False, f"«{words[i]}» is not {'/'.join(sorted(rule.cases))}"
                reasons.append(f"«{words[i]}» stays {'/'.join(sorted(rule.cases))}")
            if rule.agrees_with is not None:
                j = rule.agrees_with
                nouns = [n for n in parses[j] if n.tag.POS == "NOUN"
                         and (not pattern[j].cases or _case(n.tag) in pattern[j].cases)]
                pair = next(
                    ((a, n) for a in parses[i] if a.tag.POS in _ADJECTIVAL for n in nouns
                     if _agree(a.tag, n.tag)),
                    None,
                )
                if pair is None and counted:
                    pair = next(
                        ((a, n) for a in parses[i] if a.tag.POS in _ADJECTIVAL for n in nouns
                         if _agree_counted(a.tag, n.tag)),
                        None,
                    )
                    if pair is not None:
                        reasons.append(f"«{words[i]} … {words[j]}» agree after a numeral of two to four "
                                       f"(the noun gent, sing; the adjective {_case(pair[0].tag)}, plur)")
                        continue
                if pair is None and joined_to and i == 0:
                    partners = [p.tag for p in self._parse(joined_to) if p.tag.POS in _ADJECTIVAL]
                    pair = next(
                        ((a, n) for a in parses[i] if a.tag.POS in _ADJECTIVAL for n in nouns
                         if _agree_joined(a.tag, n.tag, partners)),
                        None,
                    )
                    if pair is not None:
                        reasons.append(f"«{joined_to} … {words[i]} … {words[j]}»: joined singular adjectives "
                                       f"before a plural noun ({_case(pair[1].tag)})")
                        continue
                if pair is None:
                    return False, f"«{words[i]}» does not agree with «{words[j]}»"
                tag = pair[1].tag
                grammemes = ", ".join(filter(None, (_case(tag), tag.number)))
                reasons.append(f"«{words[i]} … {words[j]}» agree ({grammemes})")
        return True, "; ".join(reasons)

    def is_noun(self, word: str, keys: frozenset[str]) -> bool:
        return any(p.tag.POS == "NOUN" for p in self._parses(word, keys))

    def is_adjective(self, word: str, keys: frozenset[str]) -> bool:
        return any(p.tag.POS == "ADJF" for p in self._parses(word, keys))

    def is_verb(self, word: str, keys: frozenset[str]) -> bool:
        return any(p.tag.POS in ("INFN", "VERB") for p in self._parses(word, keys))

    def needs_context(self, word: str) -> bool:
        """A capital (a name?) or an adverb reading; cheap, so most words skip the context.

        Only a short neuter is read as an adverb, and it ends in «о» or «е» («открыто»,
        «горяче»); a form that is also a full adjective («левом», «жилой») ends as one:
        other words are spared the parse.
        """
        if word[:1].isupper():
            return True
        form = fold_word(word)
        return self._other_word(form) or self._shared_by_nouns(form)

    def _other_word(self, form: str) -> bool:
        """Whether a folded form may also be another part of speech than the noun context tells
        apart (`needs_context` less the nouns sharing it), cached: a form two nouns share
        alone is spared every rule but `_rival_noun` (`_decide`), which keeps the cost of
        looking at it low."""
        found = self._others.get(form)
        if found is None:
            if len(self._others) >= 1_000_000:
                self._others.clear()
            parses = self._parse(form)
            found = self._others[form] = (
                form[-2:] in _ADJECTIVE_ENDINGS and any(p.tag.POS == "ADJF" for p in parses)
                or form[-1:] in ("о", "е") and any(p.tag.POS == "ADVB" for p in parses)
                or sum(p.score for p in parses if p.tag.POS == "ADVB")  # «кругом», «часами» (`_other_over_noun`)
                > sum(p.score for p in parses if p.tag.POS == "NOUN") > 0
                or any(p.tag.POS in _GOVERNING for p in parses)
                or any(self._fixed_plural(p) for p in parses)  # «с тех пор» (`_deictic`)
                or any(p.tag.POS in ("ADJS", "NUMR", "COMP") and "Erro" not in p.tag for p in parses)
            )
        return found

    def _shared_by_nouns(self, form: str) -> bool:
        """Whether two common nouns share a folded form («вина»: wine's genitive, and guilt), each
        in at least `_RIVAL_SHARE` of pymorphy3's readings of it, cached: a noun it almost never
        reads there («вод» in «воды») is no rival worth the context."""
        found = self._shared.get(form)
        if found is None:
            if len(self._shared) >= 1_000_000:
                self._shared.clear()
            nouns = [p for p in self._parse(form) if p.tag.POS == "NOUN"]
            shares: dict[str, float] = {}
            if any(p.normal_form != nouns[0].normal_form for p in nouns):  # most forms have one noun: spared
                for p in nouns:
                    if not _PROPER & p.tag.grammemes:
                        shares[p.normal_form] = shares.get(p.normal_form, 0.0) + p.score
            found = self._shared[form] = sum(share >= _RIVAL_SHARE for share in shares.values()) > 1
        return found

    def coordinating(self, word: str) -> bool:
        return word in _COORDINATORS

    def adjective_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """Russian adjectives are told apart by their own parses, as a noun term is, except that
        an adjective's own forms are the term («рабочая» for the adjective «рабочий»)."""
        return self._in_context(context, keys, noun=False)

    def noun_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """Is the word (a noun term that may be read otherwise) the term here?"""
        return self._in_context(context, keys, noun=True)

    def substantive_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """A declared noun is read as any noun term, and a lemma pymorphy3 lists only as an
        adjective is that adjective used as a noun, told apart as one it lists as a noun too
        (`_substantivised`); with no part of speech given such a term is the adjective («открытый»)."""
        return self._in_context(context, keys, noun=True, declared=True)

    def _in_context(
        self, context: Context, keys: frozenset[str], noun: bool, declared: bool = False
    ) -> tuple[bool, str]:
        cache_key = (context, min(keys), "substantive" if declared else "noun" if noun else "adjective")
        found = self._context.get(cache_key)
        if found is None:
            if len(self._context) >= 1_000_000:
                self._context.clear()
            name = self._name(context, keys)
            found = self._context[cache_key] = (
                (False, name) if name
                else self._decide(context.folded(), keys, context.word[:1].isupper(), noun, declared)
            )
        return found

    def _name(self, context: Context, keys: frozenset[str]) -> str | None:
        """Why a capitalised common-noun term word is a name here («Лев Толстой»), or None.

        Russian writes common nouns in lower case inside a sentence; a capital there,
        after an initial, or before a surname or patronymic marks a proper name. A
        term that is itself a name (every reading tagged so: «Москва») is left alone, and so is
        one the termbase writes with a capital (`Context.proper`: «Марс», which pymorphy3 also
        reads as a man's name): the capital is the term's own.
        """
        word = context.word
        if not word[:1].isupper() or word.isupper():  # all capitals: a heading or an acronym
            return None
        if context.proper:
            # «бог Марс»: a proper term pymorphy3 reads as a thing too (the planet) names a being
            # in apposition to one; «Пётр», a person's name only, stays «апостол Пётр»
            if any("inan" in p.tag for p in self._parses(fold_word(word), keys) if p.tag.POS == "NOUN"):
                return self._apposed(context, keys) or None
            return None
        if not any(p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes and p.is_known
                   for p in self._parses(fold_word(word), keys)):
            # no common noun the dictionary knows: a capital on a word it only guesses from the
            # ending («Арктурусу», a star's name it lacks) is the word's own, not a name's mark
            return None
        if len(context.mark) == 2 and context.mark.endswith("."):
            return f"a name: after the initial «{context.mark}»"
        after = context.after
        # a Latin word after it ("Каталог Git") is a product's or a program's name, never the
        # Russian surname or patronymic that would make this word a first name
        # a word the dictionary does not know after it is a surname only where this one may be a
        # first name («Лев Арктуров»): «Сеть Биткойн» is a common noun before a product's name
        first_name = any("Name" in p.tag.grammemes for p in self._parse(fold_word(word)))
        if after[:1].isupper() and after[1:].islower() and not after.isascii() and any(
            _NAME_PARTS & p.tag.grammemes or (not p.is_known and first_name) for p in self._parse(fold_word(after))
        ):
            return f"a name: before the surname or patronymic «{after}»"
        before = context.before
        if before[:1].isupper() and any({"Name", "Patr"} & p.tag.grammemes for p in self._parse(fold_word(before))):
            # «Анна Сталь», «Артемий Филиппович Земляника»: a surname pymorphy3 does not list
            return f"a name: after the first name or patronymic «{before}»"
        subject = self._name_as_subject(context, keys)
        if subject:
            return subject
        if not any(_PROPER & p.tag.grammemes for p in self._parse(fold_word(word))):
            apposed = self._apposed(context, keys)
            if apposed:
                return apposed
            if (before[:1].islower() or context.mark == ",") and not after[:1].isupper() and any(
                "anim" in p.tag for p in self._parses(fold_word(word), keys) if p.tag.POS == "NOUN"
            ):
                # «седая Ласка», «с Лаской»: a creature's common noun with a capital inside the
                # sentence, and no capitalised word after it to make a title with, names one
                return f"a name: an animate noun with a capital inside the sentence, after «{before or context.mark}»"
            return None  # no name has this spelling: an institution's («Совета Депутатов») or a personified word
        if not any("anim" in p.tag for p in self._parses(fold_word(word), keys) if p.tag.POS == "NOUN") and not any(
            _PERSON & p.tag.grammemes and self._key(p) in keys or {"Orgn", "Trad"} & p.tag.grammemes
            for p in self._parse(fold_word(word))
        ):
            # «на Восток», «Гора Звезды»: a thing's common noun with a capital names that one thing, as
            # English "the City" or "the Bank" does, where its spelling is no person's name of its own
            # («Вера») nor a firm's but a place's (the East's «Восток») or another word's («Гора» of Гор)
            return None
        if context.before[-1:].isalpha():  # not after a number: «Глава 2 Сталь»
            return f"a name: a capital inside the sentence, after «{context.before}»"
        if context.mark in (",", ";"):
            return f"a name: a capital inside the sentence, after «{context.mark}»"
        return None

    def _apposed(self, context: Context, keys: frozenset[str]) -> str:
        """Why a capitalised word is a being's name in apposition to the animate common noun before
        it, in that noun's case, or "": «надворный советник Земляника» (a person's title and the
        surname it stands beside, one pymorphy3 does not list), «бог Марс»; an institution's name
        is a genitive after its member («член Совета»), not in the person's case."""
        before = context.before
        lead = self._parse(fold_word(before)) if before[:1].islower() else []
        if lead and lead[0].tag.POS == "NOUN" and "anim" in lead[0].tag and not _PROPER & lead[0].tag.grammemes \
                and any(_case(p.tag) == _case(lead[0].tag) for p in self._parses(fold_word(context.word), keys)):
            return f"a name: in apposition to «{before}»"
        return ""

    def _name_as_subject(self, context: Context, keys: frozenset[str]) -> str:
        """Why a capitalised word opening its sentence is a name here, or "": a name's nominative
        reading is the subject of the finite verb just after it, which no reading of the term
        can be («Львов был дома»: the surname, not «лев»'s genitive plural). Where the term's
        own reading is a nominative as well («Ласка все подсовывала голову») the capital a
        sentence opens with says nothing, and it is left as it was."""
        if context.before or context.mark not in _SENTENCE_OPENINGS or not context.after:
            return ""
        verbs = [p.tag for p in self._parse(fold_word(context.after))[:1]
                 if p.tag.POS == "VERB" and p.tag.mood != "impr"]
        form = fold_word(context.word)
        if not verbs or any(_case(p.tag) == "nomn" for p in self._parses(form, keys) if p.tag.POS == "NOUN"):
            return ""
        if any(_PROPER & p.tag.grammemes and p.is_known and _case(p.tag) == "nomn" and _subject_agrees(p.tag, verbs[0])
               for p in self._parse(form)):  # a name pymorphy3 lists, not one it guesses from the ending
            return f"a name: it opens the sentence as the subject of «{context.after}»"
        return ""

    def _decide(
        self, context: Context, keys: frozenset[str], capital: bool, noun: bool, declared: bool = False
    ) -> tuple[bool, str]:
        form = context.word
        all_parses = self._parse(form)
        nouns = [p for p in all_parses if self._key(p) in keys and p.tag.POS == "NOUN"]
        verbs = [p for p in all_parses if p.tag.POS in _VERBAL]
        if nouns and not verbs and not capital and not self._other_word(form):
            return self._noun_only(context, all_parses, nouns, keys)
        adjective = self._attributive(context, all_parses, nouns, keys, capital, noun, declared)
        if adjective:
            return False, adjective
        # part of a deictic adverbial, or another word's short adjective as a predicate («она права»)
        deictic = self._deictic(context, nouns) or (self._short_predicate(context, all_parses, keys) if nouns else "")
        if deictic:
            return False, deictic
        if not nouns:
            return self._not_noun(context, keys, declared)
        shared = self._shared_form(context, all_parses, nouns, keys, verbs)
        if shared is not None:
            return shared
        if not noun:
            agreeing = self._agreeing_noun(context, all_parses, keys)
            if agreeing:
                return True, agreeing
        numeral = next((p for p in all_parses if p.tag.POS == "NUMR" and any(
            _modifies(p.tag, n.tag) for n in self._nominals(context.after))), None)
        before = self._first_tag(context.before)
        if numeral is not None and (before is not None and before.POS == "PREP" or not self._noun_cues(context, nouns, [])):
            # «сорок тысяч лет»: the numeral with the genitive it takes, not «сорока» birds; after a
            # preposition too, which governs the whole count («за сорок копеек»).
            return False, f"read as the numeral «{numeral.normal_form}»: «{context.after}» after it is its noun"
        counted = self._counted(context, all_parses)
        if counted:
            return False, counted
        if before is not None and before.POS == "ADVB" and any(
            p.tag.POS == "ADVB" and "Prdx" in p.tag for p in all_parses
        ) and not self._noun_cues(context, nouns, []):
            # «в нём очень тепло», «там тепло»: an adverb takes an adverb before it, a noun hardly.
            return False, f"read as the predicative adverb: after the adverb «{context.before}»"
        function = self._function_word(context, all_parses, nouns)
        if function:
            return False, function
        if not verbs:
            return True, "a noun"
        noun_why: list[str] = []
        noun_score = self._noun_cues(context, nouns, noun_why, verbs)
        verb_why: list[str] = []
        verb_score = self._verb_evidence(context, verbs, verb_why)
        # pymorphy3's corpus frequencies weigh in when they are clear («были», «стали»,
        # «знать» are verbs 9 times in 10; «печь», «стекло» mostly nouns).
        verb_score += _leaning(verbs, "a verb form", verb_why)
        if verb_score > noun_score:
            return False, "read as a verb: " + ", ".join(verb_why)
        if noun_why:
            return True, "a noun: " + ", ".join(noun_why)
        return True, "also a verb form; nothing nearby says so, kept as the noun"

    def _noun_only(
        self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str]
    ) -> tuple[bool, str]:
        """A form read only as nouns, here as one two nouns share («вина», «черт»): the other
        rules read none of it."""
        rival = self._rival_noun(context, parses, nouns, keys)
        if rival:
            return False, rival
        other = self._other_over_noun(context, parses, nouns, keys)
        return other if other is not None else (True, "a noun")

    def _short_predicate(self, context: Context, parses: Sequence[Any], keys: frozenset[str]) -> str:
        """Why a noun term's form that is also another lexeme's qualitative short adjective («права»:
        «право», a right, and «правый»; «дорога», a road, and «дорогой», dear) is that short
        adjective here, or "": the predicate of the nominative just before it, past an adverb or
        particle, that pymorphy3 reads first as a noun or personal pronoun and that it agrees with
        («она права», «каждая минута дорога», «она очень дорога мне»). Russian writes a dash
        between a noun subject and a noun predicate («жизнь — дорога»), so a noun after it
        without one is no predicate noun; a genitive after a noun is its attribute («маска
        зла», «лезвия косы»), so a form that may be one is left after a noun (a personal
        pronoun takes none). Not before a verb, past «не»: then the form is its fronted object
        («она права не имела»); nor before a genitive, which it heads as a noun («права голоса»)."""
        shorts = [p for p in parses if p.tag.POS == "ADJS" and "Qual" in p.tag and self._key(p) not in keys]
        if not shorts or not context.before:
            return ""
        subject = context.before
        tag = self._first_tag(subject)
        if tag is not None and tag.POS in ("ADVB", "PRCL") and context.before2:
            subject = context.before2
        lead = self._parse(subject)
        if not lead or not (lead[0].tag.POS == "NOUN" and not _PROPER & lead[0].tag.grammemes
                            or lead[0].tag.POS == "NPRO" and lead[0].tag.person):
            return ""
        after = context.after2 if context.after == "не" else context.after
        following = self._first_tag(after)
        if following is not None and (following.POS in ("VERB", "INFN")
                                      or following.POS == "NOUN" and _case(following) == "gent"):
            return ""  # the fronted object of a verb, or a noun heading a genitive («права голоса»)
        if lead[0].tag.POS == "NOUN" and any(p.tag.POS == "NOUN" and _case(p.tag) == "gent" for p in parses):
            return ""  # «маска зла», «лезвия косы»: the genitive a noun takes after it
        if any(_case(p.tag) == "nomn" and _short_agrees(p.tag, s.tag)
               for p in lead if p.tag.POS in ("NOUN", "NPRO") for s in shorts):
            return f"read as the short adjective «{shorts[0].normal_form}»: the predicate of «{subject}»"
        return ""

    def _rival_noun(self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str]) -> str:
        """Why a form that two common nouns share («вина»: guilt, and wine's genitive; «вину») is
        the other noun here, or "": a modifier agrees with the other's reading and none of the
        term's (an adjective before it, «белого вина», «вчерашнюю вину»; a possessive after it
        that ends the phrase, «вину свою»; not an active transitive participle where the term may
        be its accusative object, «перенесших рак»), or a preposition before it governs the other's case
        and none of the term's (`_PREPOSITION_CASES`: «к полку», «полк»'s dative beside «полка»'s
        accusative); or, where the term's readings are all nominative and
        the other's are not and pymorphy3 reads the form as the other more often, a word stands
        before it that leaves no room for a nominative: a preposition («от вина»), a noun it
        depends on as a genitive («стакан вина»), a past verb it cannot be the subject of
        («выпил вина»), a noun in another case that «и» joins it to («пива и вина»)."""
        others = [p for p in parses if p.tag.POS == "NOUN" and self._key(p) not in keys
                  and not _PROPER & p.tag.grammemes]
        if not others:
            return ""
        name = others[0].normal_form
        before = self._parse(context.before) if context.before else []
        modifiers = [p for p in before if p.tag.POS in _ADJECTIVAL] if before and before[0].tag.POS in _ADJECTIVAL else []
        after = self._first_tag(context.after)
        end = self._first_tag(context.after2)
        if after is not None and after.POS in _ADJECTIVAL and "Apro" in after and (end is None or end.POS not in ("NOUN", "ADJF")):
            modifiers += [p for p in self._parse(context.after) if p.tag.POS in _ADJECTIVAL]
        if any(_case(n.tag) == "accs" for n in nouns):
            # «женщин, перенесших рак»: an active transitive participle takes its object after it,
            # an accusative the term may be; it agrees with its own noun, not with its object.
            modifiers = [m for m in modifiers if not (m.tag.POS == "PRTF" and m.tag.grammemes >= _ACTIVE_TRANSITIVE)]
        if modifiers and any(_agree(m.tag, o.tag) for m in modifiers for o in others) and not any(
            _agree(m.tag, n.tag) for m in modifiers for n in nouns
        ):
            return f"read as the noun «{name}»: its modifier agrees with that noun, not with the term"
        governed = _PREPOSITION_CASES.get(context.before, frozenset()) if before and before[0].tag.POS == "PREP" \
            else frozenset()
        if governed & {_case(o.tag) for o in others} and not governed & {_case(n.tag) for n in nouns}:
            # «к полку»: «к» takes the dative, which «полк» has and «полка» (its accusative) has not
            return f"read as the noun «{name}»: «{context.before}» takes its case, not the term's"
        if not before or any(_case(n.tag) != "nomn" for n in nouns) or all(_case(o.tag) == "nomn" for o in others) \
                or sum(o.score for o in others) <= sum(n.score for n in nouns):
            return ""  # the term's reading the likelier: a weaker cue than agreement leaves it
        lead = before[0].tag
        if self.coordinating(context.before) and context.before2:
            partner = self._parse(context.before2)[0]
            if partner.tag.POS == "NOUN" and _case(partner.tag) != "nomn" and any(
                _case(o.tag) == _case(partner.tag) for o in others
            ):
                return f"read as the noun «{name}»: joined by «{context.before}» to «{context.before2}», in its case"
        if lead.POS == "PREP":
            return f"read as the noun «{name}»: the preposition «{context.before}» takes no nominative"
        if lead.POS == "NOUN" and any(_case(o.tag) == "gent" for o in others):
            return f"read as the noun «{name}»: a genitive after «{context.before}»"
        if lead.POS == "VERB" and lead.tense == "past" and not any(_subject_agrees(n.tag, lead) for n in nouns):
            return f"read as the noun «{name}»: «{context.before}» cannot have the term as its subject"
        return ""

    def _shared_form(
        self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str],
        verbs: Sequence[Any],
    ) -> tuple[bool, str] | None:
        """Whether a form the term shares with another noun (`_rival_noun`) or with a likelier
        pronoun or adverb (`_other_over_noun`) is the term here, or None where neither rule has a say;
        a pronoun rule's yes is left to the verb rules when the form is also a verb's."""
        rival = self._rival_noun(context, parses, nouns, keys) if self._shared_by_nouns(context.word) else ""
        if rival:
            return False, rival
        pronoun = self._other_over_noun(context, parses, nouns, keys)
        return None if pronoun is None or pronoun[0] and verbs else pronoun

    def _other_over_noun(
        self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str],
    ) -> tuple[bool, str] | None:
        """Whether a noun term's form that is also another word is the noun here, and why; None
        where the rule has no say. The other word is a pronoun or adverb (and maybe a conjunction
        or particle) that pymorphy3 reads the form as more often than as the noun («тем»: «тот»
        and the conjunction, rarely «тема»'s or «тьма»'s genitive plural; «кругом», around,
        rarely «круг»'s instrumental), or another common noun's nominative where the term's
        readings are all in a case that some word must govern («черт»: «чёрт», the devil, and
        «черта»'s genitive plural; an exclamation «черт возьми» has no governor). Then
        the noun is taken only when its context asks for
        the noun's case and not for the other word's: an adjective before it that agrees with the
        noun in a case the pronoun is not in («новых тем»), a numeral or quantifier that takes
        it («пять тем», «много тем»), a preposition governing its case and none of the
        pronoun's («из тем»; not «между тем», «с тем»), or a common noun before it that it
        follows as a genitive («список тем») where it does not end its phrase at a comma («в
        особенности тем, что», «с тем, чтобы» point at the clause after it). A preposition the
        grammar does not list is left to the other rules, as before."""
        governed_only = not any(_case(n.tag) in ("nomn", "accs") for n in nouns)
        pronouns = [p for p in parses if p.tag.POS == "NPRO" or p.tag.POS in _ADJECTIVAL and "Apro" in p.tag
                    or p.tag.POS == "ADVB" and governed_only]  # not «тепло», the noun's nominative
        rival = not pronouns or sum(p.score for p in parses if p in pronouns or p.tag.POS in _FUNCTION_WORDS) \
            <= sum(n.score for n in nouns)
        if rival:
            pronouns = [p for p in parses if p.tag.POS == "NOUN" and self._key(p) not in keys
                        and not _PROPER & p.tag.grammemes]
            if not pronouns or not governed_only or any(_case(p.tag) != "nomn" for p in pronouns):
                return None
        taken = {_case(p.tag) for p in pronouns}
        cases = {_case(n.tag) for n in nouns} - taken
        lead_word = context.before
        before = self._parse(lead_word) if lead_word else []
        if before and before[0].tag.POS == "PRCL" and context.before2:
            # «того же белка»: an emphatic particle stands between the noun and its modifier
            lead_word = context.before2
            before = self._parse(lead_word)
        if not cases:
            # the noun in the pronoun's own case: the other rules tell them apart, but for a pronoun alone
            return None if rival else self._pronoun_alone(context, pronouns, nouns, before)
        lead = before[0].tag if before else None
        name = f"{_KINDS.get(pronouns[0].tag.POS, 'another word')} «{pronouns[0].normal_form}»"
        if lead is not None and lead.POS == "PREP":
            governed = _PREPOSITION_CASES.get(lead_word)
            if governed is None:
                return None
            if governed & cases and not governed & taken:
                return True, f"a noun: «{lead_word}» takes its case, not the other word's"
            return False, f"read as {name}: «{lead_word}» takes its case"
        noun_cases = [n for n in nouns if _case(n.tag) in cases]
        governor = next((p for p in before if p.tag.POS in _ADJECTIVAL or p.tag.POS == "NUMR"
                         if any(_modifies(p.tag, n.tag) for n in noun_cases)), None)
        if governor is not None or rival and lead is not None and lead.POS in ("VERB", "INFN"):
            # a verb governs the other noun's nominative only as its subject after it, rarely:
            # «не ел лука», «принеси хлеба» take the term's genitive
            return True, f"a noun: «{lead_word}» before it asks for its case"
        if lead is not None and lead.POS == "NOUN" and not _PROPER & lead.grammemes and "gent" in cases \
                and (rival or not (not context.after and context.mark_after == ",")):
            # a pronoun's «тем, что» points at the clause after it; a noun's «куски пирога, кашу» does not
            return True, f"a noun: a genitive after «{lead_word}»"
        return False, f"read as {name}: nothing before it asks for the noun's case"

    def _pronoun_alone(
        self, context: Context, pronouns: Sequence[Any], nouns: Sequence[Any], before: Sequence[Any],
    ) -> tuple[bool, str] | None:
        """A noun term's form that a likelier pronoun shares in the same case («тому»: «том»'s
        dative and «тот»'s) is the pronoun standing for a noun phrase of its own where no word
        before it modifies the noun and the phrase ends with it: a particle or adverb after it
        («к тому же», «лет пять тому назад»), or a comma or the sentence's end («рад был и тому,
        что…»: it points at the clause after). A noun there heads a phrase that goes on or has
        its modifier before it («второму тому»); None, as before, where the phrase goes on."""
        if any(p.tag.POS in _ADJECTIVAL or p.tag.POS == "NUMR" for p in before
               if any(_modifies(p.tag, n.tag) for n in nouns)):
            return None
        after = self._first_tag(context.after)
        if after is None and context.mark_after in _SENTENCE_ENDS | {",", ";", ":"} or (
                after is not None and after.POS in ("PRCL", "ADVB")):
            name = f"{_KINDS.get(pronouns[0].tag.POS, 'another word')} «{pronouns[0].normal_form}»"
            return False, f"read as {name}: it stands alone, its phrase ends with it"
        return None

    def _counted(self, context: Context, parses: Sequence[Any]) -> str:
        """Why a noun term's form that is also a numeral counts something here, or "": a numeral
        after it makes one compound numeral with it («сорок три», «лет сорока пяти»), and a
        plural genitive before it, with no genitive after it that a noun would take, is the
        counted noun put first to say "about" («лет сорок», «душ сорок будет»). A noun form
        meets neither: no numeral follows a noun, and a noun after a genitive plural is
        itself followed by its own words («криков сорок и ворон» stays rare beside «лет сорок»)."""
        numerals = [p for p in parses if p.tag.POS == "NUMR"]
        if not numerals:
            return ""
        after = self._first_tag(context.after)
        if after is not None and after.POS == "NUMR":
            return f"read as the numeral «{numerals[0].normal_form}»: with «{context.after}» after it one numeral"
        before = self._parse(context.before) if context.before else []
        if not before or before[0].tag.POS != "NOUN" or before[0].tag.number != "plur" or _case(before[0].tag) != "gent":
            return ""
        if after is not None and after.POS in ("NOUN", "ADJF") and _case(after) == "gent":
            return ""
        if not any(_case(p.tag) in ("nomn", "accs") for p in numerals):
            return ""
        return f"read as the numeral «{numerals[0].normal_form}»: the counted «{context.before}» before it says about"

    def _fixed_plural(self, parse: Any) -> bool:
        """Whether a parse is the plural genitive of an inanimate noun whose dictionary form
        pymorphy3 also reads as a predicative or particle: a noun turned function word («пора»:
        it is time), the kind a fixed adverbial of time is built on («с тех пор»). A common noun
        after «с тех» names its thing («с тех гор», «с тех дней»)."""
        return parse.tag.POS == "NOUN" and parse.tag.number == "plur" and _case(parse.tag) == "gent" \
            and "inan" in parse.tag and any(p.tag.POS in _FUNCTION_WORDS for p in self._parse(parse.normal_form))

    def _agreeing_noun(self, context: Context, parses: Sequence[Any], keys: frozenset[str]) -> str:
        """Why an adjective term's form that is also a noun or a verb of its own («простой»:
        downtime, and «простоять»'s imperative) is the adjective here, or "": one of its full
        forms agrees with the noun after it («ты простой человек») or, where its phrase ends,
        with the noun before it («Человек простой:»). Neither a noun nor a verb agrees so."""
        own = [p for p in parses if p.tag.POS == "ADJF" and self._key(p) in keys]
        after = [n for n in self._nominals(context.after) if n.tag.POS == "NOUN"]
        if any(_agree(a.tag, n.tag) for a in own for n in after):
            return f"the adjective: it agrees with «{context.after}» after it"
        if context.after or not context.before:
            return ""
        before = [n for n in self._nominals(context.before) if n.tag.POS == "NOUN"]
        if before and self._parse(context.before)[0].tag.POS == "NOUN" and any(
            _agree(a.tag, n.tag) for a in own for n in before
        ):
            return f"the adjective: it agrees with «{context.before}» before it and ends the phrase"
        return ""

    def _deictic(self, context: Context, nouns: Sequence[Any]) -> str:
        """Why a noun term's plural genitive is part of a deictic adverbial here, or "": after
        «с» or «до» and a demonstrative in the same case («с тех пор», «до сих пор», «до тех
        пор»: since then, until now) the plural of a noun turned function word (`_fixed_plural`)
        points at a time as a pronominal adverb does («тогда», «доныне»), and names no thing of
        its own."""
        if context.before2 not in _BOUNDS or not any(self._fixed_plural(n) for n in nouns):
            return ""
        if not any(p.normal_form in _DEMONSTRATIVES and _case(p.tag) == "gent" and p.tag.number == "plur"
                   for p in self._parse(context.before)) or not any(
            p.tag.POS == "PREP" for p in self._parse(context.before2)[:1]
        ):
            return ""
        return (f"part of the adverbial «{context.before2} {context.before} {context.word}»: a demonstrative "
                "after a bound points at a time")

    def _attributive(
        self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str],
        capital: bool, noun: bool, declared: bool = False,
    ) -> str:
        """Why a noun term's form is the full adjective of another word here, or "".

        A noun's lemma may share forms with an adjective («лев» with «левый», «право» with
        «правый»), and the term's lemmas then hold both. The form is the adjective when it
        has no reading of the noun at all («правой»), or when the adjective agrees in case,
        number and gender with the noun or adjective after it («в левом нижнем углу», «на
        правом подлокотнике», «жилой комплекс»): a noun is not followed by an agreeing full
        adjective that way. A reading as a name («Лёвой») does not count for a word written
        in lower case (`capital`: as written, before folding).

        A noun that is an adjective's own forms used as a noun («рабочий», a worker;
        «учёный») is told from that adjective the same way when the termbase calls the
        term a noun (`noun`): «рабочая интеллигенция», «рабочего движения» are the adjective.
        """
        noun_lemmas = self._noun_lemmas.get(keys)
        if noun_lemmas is None:
            noun_lemmas = self._noun_lemmas[keys] = frozenset(key for key in keys if self._lemma_is_noun(key, keys))
        if not noun_lemmas:
            return self._substantivised(context, parses, nouns, keys, declared) if noun else ""
        shorts = [p for p in parses if p.tag.POS == "ADJS" and self._key(p) not in noun_lemmas
                  and "Erro" not in p.tag]  # pymorphy3's guess at a misspelling («носки»: ноский)
        link = next((p for p in self._parse(context.before) if p.normal_form in _LINK_VERBS), None) \
            if context.before else None
        if link is not None and any(_predicate_agrees(link, a.tag) for a in shorts) and self._predicate_over_subject(
            link, parses, nouns
        ):
            # «ты можешь быть прав», «Марлин была права»: the short adjective is the predicate.
            return (f"read as the short adjective «{shorts[0].normal_form}»: the predicate of "
                    f"«{context.before}»")
        adjectives = [p for p in parses if p.tag.POS == "ADJF" and self._key(p) not in noun_lemmas]
        if not adjectives:
            return ""
        name = adjectives[0].normal_form
        if not nouns:
            return f"read as the adjective «{name}»: no reading of the noun"
        if not capital and all(_PROPER & n.tag.grammemes for n in nouns) and any(
            self._common_noun(key) for key in noun_lemmas
        ):
            # «по ладони левой»: «лев»'s lemmas hold the name «Лёва», whose instrumental
            # «Лёвой» a word written in lower case inside a sentence is not. Not a term with
            # no common noun («донецком», an adjective's form whose noun reading is a place).
            return f"read as the adjective «{name}»: its only noun reading is a name"
        if not self.coordinating(context.after) and not self._verb_of(adjectives, context.after) and any(
            _agree(a.tag, n.tag) for a in adjectives for n in self._nominals(context.after)
        ):  # not «и», which pymorphy3 also reads as an abbreviated noun in every case
            return f"read as the adjective «{name}»: it agrees with «{context.after}» after it"
        if self.coordinating(context.after) and any(
            _agree(a.tag, b.tag) for a in adjectives for b in self._nominals(context.after2)
            if b.tag.POS in _ADJECTIVAL
        ):  # «на левой или правой стороне»
            return (f"read as the adjective «{name}»: joined by «{context.after}» to the "
                    f"adjective «{context.after2}»")
        return ""

    def _function_word(self, context: Context, parses: Sequence[Any], nouns: Sequence[Any]) -> str:
        """Why a noun term's form is a particle, conjunction, interjection, predicative or
        preposition here, or "": when pymorphy3 reads it so (or as an adverb) at least as often as
        the noun («уж», «мол», «пора», «путём») and no noun cue stands beside it («на мол», «в ту
        пору», «этим путём»)."""
        function = [p for p in parses if p.tag.POS in _GOVERNING]
        if not function:
            return ""
        if all(p.tag.POS == "PREP" for p in function) and not any(
                p.tag.POS in _PHRASE_OPENERS for p in self._parse(context.after)[:1]):
            return ""  # a preposition takes a noun phrase after it; «путём к файлу» is the path
        rivals = sum(p.score for p in parses if p.tag.POS in _GOVERNING or p.tag.POS == "ADVB")
        if rivals < sum(n.score for n in nouns) or self._noun_cues(context, list(nouns), []) \
                or self._predicate_noun(context, nouns):
            return ""
        kind = _KINDS.get(function[0].tag.POS, "another word")
        return f"read as {kind} «{function[0].normal_form}»: nothing nearby makes it the noun"

    def _predicate_noun(self, context: Context, nouns: Sequence[Any]) -> bool:
        """Whether a nominative noun that is also a particle or conjunction («правда»: the truth,
        and "admittedly") stands as a noun does and a particle cannot: the predicate of «это»
        ending the phrase with it («это правда.», «правда это?»), denied by «не» with no «ли»
        after to make the question particle («если и не правда»; not «не правда ли»), or joined
        by «и», «или» to a noun before it in its case («шутка или правда»). A parenthetical particle
        stands between commas, apart from its neighbours."""
        if not any(_case(n.tag) == "nomn" for n in nouns):
            return False
        if context.before == "это" and not context.after or context.after == "это" and not context.after2:
            return True
        if context.before == "не" and context.after != "ли":
            return True
        return context.before in _COORDINATORS and any(
            p.tag.POS == "NOUN" and _case(p.tag) == "nomn" for p in self._parse(context.before2)[:1]
        )  # not the noun after: a particle opens «Уж и сестрица перепужались»

    def _substantivised(
        self, context: Context, parses: Sequence[Any], nouns: Sequence[Any], keys: frozenset[str],
        declared: bool = False,
    ) -> str:
        """Why the form of a noun term that is an adjective used as a noun («рабочий», «больной»,
        «знакомый») is that adjective here, or "": it is a short form, which no noun has («она
        больна», «вы знакомы»); where pymorphy3 lists the lemma as an adjective that may be
        used as a noun (Subx) or where the adjective is a qualitative one (Qual: it has degrees,
        «учёный», «учёнее»), it agrees with the noun after it, which it modifies («знакомый
        голос», «больная собака», «учёный епископ»; not «полицеймейстер знакомый», «старые
        знакомые»): a relative adjective that pymorphy3 lists as a noun too names its thing
        with its noun («ванная комната») as often as alone, a qualitative one describes; or,
        where pymorphy3 lists it as a noun too, it has no reading of the noun («рабочая»,
        «рабочее»: the noun is masculine). Not for a
        lemma pymorphy3 lists neither way unless the termbase `declared` the term a noun
        («сумасшедший», a madman: then as one it lists only as an adjective, «сумасшедший дом»):
        a term with no part of speech given is read as a noun, and «открытый» is no noun. A
        degree adverb before it (`_DEGREE`: «совсем сумасшедший», «почти сумасшедшим») grades
        the adjective; a noun takes none."""
        own = [p for p in parses if p.tag.POS in ("ADJF", "ADJS") and self._key(p) in keys]
        lemmas = [n for key in keys for n in self._parse(key) if self._key(n) == key]
        listed = any(n.tag.POS == "NOUN" for n in lemmas)
        if not own or not listed and not declared and not any("Subx" in n.tag for n in lemmas):
            return ""  # an adjective term the termbase gives no part of speech («открытый»)
        name = own[0].normal_form
        if all(p.tag.POS == "ADJS" for p in own):
            return f"read as the short adjective «{name}»: a noun has no short form"
        if context.before in _DEGREE:
            return f"read as the adjective «{name}»: the degree adverb «{context.before}» before it grades it"
        after = self._first_tag(context.after)
        qualitative = any("Qual" in a.tag for a in own)
        # «раненый старый солдат»: past another adjective, to the noun both describe
        head = context.after2 if after is not None and after.POS == "ADJF" and "Apro" not in after else context.after
        modified = [n for n in self._nominals(head) if n.tag.POS == "NOUN"
                    and (head == context.after or any(_agree(m.tag, n.tag) for m in self._nominals(context.after)))]
        head_tag = self._first_tag(head)
        # not «и» as a letter, nor «см.» or «е» cut short; a verb's form may be the noun it agrees
        # with («знакомых дам»: «дама»), but not a verb the form may be the subject of
        if self._verb_of(own, head):
            head_tag = None
        if head_tag is not None and (head_tag.POS == "NOUN" or head_tag.POS == "VERB" and "Abbr" not in head_tag) and any(
            _agree(a.tag, n.tag) for a in own if a.tag.POS == "ADJF" for n in modified
            if (not listed or qualitative or self._describes_person(own, nouns, lemmas, n))
        ):
            return f"read as the adjective «{name}»: it agrees with «{head}» after it"
        postposed = self._postposed(context, own, nouns, lemmas)
        if postposed:
            return postposed
        if not nouns and listed:
            return f"read as the adjective «{name}»: no reading of the noun"
        return ""

    def _verb_of(self, forms: Sequence[Any], word: str) -> bool:
        """Whether `word`, read first as a finite verb, is the verb of which an adjective's
        nominative among `forms` may be the subject («Дикие животные были истреблены»,
        «мостовые были испорчены»): its rare noun reading («быль»'s plural) is then no noun the
        adjective's form modifies, and the form is the noun term used as the subject."""
        head = self._first_tag(word)
        return head is not None and head.POS == "VERB" and any(
            _case(a.tag) == "nomn" and _subject_agrees(a.tag, v.tag)
            for a in forms if a.tag.POS == "ADJF" for v in self._parse(word) if v.tag.POS == "VERB"
        )

    def _postposed(
        self, context: Context, own: Sequence[Any], nouns: Sequence[Any], lemmas: Sequence[Any]
    ) -> str:
        """Why the form of an adjective used as a noun stands after the common noun it describes
        here («А где офицер раненый?», «Князь раненый: он у нас ночевал», «Сапог военный»: a thing
        is no person's apposition), or "": it
        agrees with that noun just before it and begins no noun phrase of its own (no noun or
        adjective after it), as an attribute put after its noun or a predicate does; two nouns
        side by side in one case would be apposition, a title before a name («рядовой Иванов»),
        and a noun after a noun stands in the genitive («жена больного»). Only a lemma pymorphy3
        lists as a noun for a person, in a form it reads as the adjective at least as often
        (`_describes_person`): one read mostly as the noun is that person («полицеймейстер
        знакомый», an acquaintance)."""
        lead = self._parse(context.before) if context.before else []
        if not lead or lead[0].tag.POS != "NOUN" or _PROPER & lead[0].tag.grammemes:
            return ""
        after = self._first_tag(context.after)
        if after is not None and after.POS in ("NOUN", "ADJF", "PRTF"):
            return ""
        subjects = [n for n in lead if n.tag.POS == "NOUN" and not _PROPER & n.tag.grammemes]
        if any(
            _agree(a.tag, n.tag) and self._describes_person(own, nouns, lemmas, n)
            for a in own if a.tag.POS == "ADJF" for n in subjects
        ):
            return f"read as the adjective «{own[0].normal_form}»: it agrees with «{context.before}» before it"
        return ""

    @staticmethod
    def _describes_person(own: Sequence[Any], nouns: Sequence[Any], lemmas: Sequence[Any], after: Any) -> bool:
        """Whether an adjective that pymorphy3 also lists as a noun for a person («раненый», the
        wounded; «рядовой», a private) describes the person the common noun after it names
        («раненого офицера», «рядовых участников»): it agrees with that animate noun, and
        pymorphy3 reads the form as the agreeing adjective at least as often as the noun in
        those cases. A form it reads mostly as the noun stands in apposition to the noun after
        it, a rank or trade before a person («рядовой ополченец»); a name after it is apposition
        too («рядовой Иванов»). A thing after it, an inanimate common noun, is no person's
        apposition: the adjective describes it whatever pymorphy3's counts («военные походы», «в
        военном мундире», «сумасшедший дом»)."""
        if not any(n.tag.POS == "NOUN" and "anim" in n.tag for n in lemmas) or _PROPER & after.tag.grammemes:
            return False
        if "inan" in after.tag:
            return True
        if "anim" not in after.tag:
            return False
        agreeing = [a for a in own if a.tag.POS == "ADJF" and _agree(a.tag, after.tag)]
        cases = {_case(a.tag) for a in agreeing}
        return bool(agreeing) and sum(a.score for a in agreeing) >= sum(
            n.score for n in nouns if _case(n.tag) in cases
        )

    @staticmethod
    def _predicate_over_subject(link: Any, parses: Sequence[Any], nouns: Sequence[Any]) -> bool:
        """Whether the form after a link verb is its predicate rather than its subject: the
        noun cannot be the subject («была права»: a plural noun after a feminine verb; «быть
        прав»: an infinitive), or pymorphy3 reads the form as the short adjective or adverb
        more often than as the noun («будет тепло»; not «были вещи», there were things)."""
        if not any(_case(n.tag) == "nomn" and _subject_agrees(n.tag, link.tag) for n in nouns):
            return True
        predicate = sum(p.score for p in parses if p.tag.POS in ("ADJS", "ADVB"))
        return predicate > sum(n.score for n in nouns)

    def _common_noun(self, key: str) -> bool:
        """Whether a lemma key names a common noun, not (only) a name («лев», not «лёва»)."""
        return any(p.tag.POS == "NOUN" and self._key(p) == key and not _PROPER & p.tag.grammemes
                   for p in self._parse(key))

    def _lemma_is_noun(self, key: str, keys: frozenset[str]) -> bool:
        """Whether a lemma key names a noun that is no full adjective of the term's lemmas
        («тепло», «лев»; not «левый», which pymorphy3 also lists as a noun, "a leftist", nor
        «третье» or «ванная», an adjective's own form used as a noun)."""
        parses = self._parse(key)
        return any(p.tag.POS == "NOUN" and self._key(p) == key for p in parses) and not any(
            p.tag.POS == "ADJF" and self._key(p) in keys for p in parses
        )

    def verb_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """Is the word (a form of a verb term that is also another word) the verb here?

        The noun side's cues, mirrored: what a noun, a possessive or a numeral takes
        (a preposition before it, a noun it agrees with after it: «на мой передник»,
        «три двери», «Сорок три») makes it that word; what a verb takes (a subject, an
        object, «не», an infinitive) makes it the verb; pymorphy3's strong preference
        counts either way («мой», «три» are the pronoun and the numeral 19 times in 20,
        «стали», «ведут» the verb). When nothing decides, the verb is kept. A participle or
        gerund that the dictionary also lists as an adjective, noun or adverb of its own
        («следующий», «данный», «видимо») is that word: the verb's own forms are the
        finite ones, the infinitive and the participles and gerunds nothing else shares.
        """
        cache_key = (context, min(keys), "verb")
        found = self._context.get(cache_key)
        if found is None:
            if len(self._context) >= 1_000_000:
                self._context.clear()
            found = self._context[cache_key] = self._decide_verb(context.folded(), keys)
        return found

    def _decide_verb(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        all_parses = self._parse(context.word)
        verbs = [p for p in all_parses if self._key(p) in keys]
        rivals = [p for p in all_parses if p.tag.POS not in _VERBAL and self._key(p) not in keys]
        intransitive = self._intransitive_rival(context, all_parses, verbs, keys)
        if intransitive:
            return False, intransitive
        if not verbs or not rivals:
            return True, "a verb"
        ungoverned = self._ungoverned_infinitive(context, all_parses, verbs, keys)
        if ungoverned:
            return False, ungoverned
        kind = _KINDS.get(rivals[0].tag.POS, "another word")
        lexicalised = next((r for r in rivals if r.tag.POS in _LEXICALISED and "Apro" not in r.tag), None)
        if lexicalised is not None and not any(v.tag.POS in ("VERB", "INFN") for v in verbs):
            if any(p.tag.POS == "ADVB" for p in (self._parse(context.after) if context.after else [])):
                # «ступеньки, ведущие вниз», «воду, текущую внутри»: an adjective takes no
                # adverb after it; the verb's participle does, as the verb would.
                return True, f"a participle: the adverb «{context.after}» after it depends on it"
            return False, (f"a participle or gerund that is also {_KINDS[lexicalised.tag.POS]} "
                           f"«{lexicalised.normal_form}»: read as that word")
        rival_why: list[str] = []
        nouns = [p for p in rivals if p.tag.POS == "NOUN"]
        rival_score = self._noun_cues(context, nouns, rival_why, verbs) if nouns else self._modifier_cues(
            context, rivals, rival_why
        )
        verb_why: list[str] = []
        verb_score = self._verb_evidence(context, verbs, verb_why)
        if not nouns and not rival_score:
            verb_score += self._object_unmodified(context, rivals, verbs, verb_why)
        undecided = not rival_score and not verb_score
        rival_score += _leaning(rivals, kind, rival_why)
        verb_score += _leaning(verbs, "a verb form", verb_why)
        if rival_score > verb_score:
            return False, f"read as {kind}: " + ", ".join(rival_why)
        rival_share, verb_share = sum(p.score for p in rivals), sum(p.score for p in verbs)
        if undecided and rival_score == verb_score and rival_share > verb_share:
            # «мыло», «пила» on their own or in a list: the likelier word, as a reader takes it.
            return False, (f"read as {kind}: nothing nearby decides, and pymorphy3 reads it so "
                           f"{rival_share:.0%} of the time")
        if verb_why:
            return True, "a verb: " + ", ".join(verb_why)
        return True, f"also {kind}; nothing nearby says so, kept as the verb"

    def _intransitive_rival(
        self, context: Context, parses: Sequence[Any], verbs: Sequence[Any], keys: frozenset[str]
    ) -> str:
        """Why a transitive verb term's finite form that an intransitive verb's shares («лечу»:
        «лечить», to treat, and «лететь», to fly) is that other verb here, or "": the transitive
        verb is told by its object, an accusative noun, pronoun or adjective right after it («лечу
        больных») or a pronoun's before it («его лечу»); with none beside it («спешу и лечу»,
        «лечу по начальству», «лечу теперь дать ему пощечину») the other verb, which takes none."""
        others = [p for p in parses if p.tag.POS == "VERB" and self._key(p) not in keys]
        if not others or not verbs or not all(v.tag.POS == "VERB" and "tran" in v.tag for v in verbs) \
                or not all("intr" in o.tag for o in others):  # not an infinitive («есть»): its own rules
            return ""
        after = self._parse(context.after) if context.after else []
        before = self._parse(context.before) if context.before else []
        if after and after[0].tag.POS in ("NOUN", "NPRO", "ADJF") and any(
            _case(p.tag) == "accs" for p in after if p.tag.POS in ("NOUN", "NPRO", "ADJF")
        ) or before and before[0].tag.POS == "NPRO" and any(_case(p.tag) == "accs" for p in before):
            return ""
        return (f"read as the verb «{others[0].normal_form}»: «{verbs[0].normal_form}» takes an object, "
                "and none stands beside it")

    def _ungoverned_infinitive(
        self, context: Context, parses: Sequence[Any], verbs: Sequence[Any], keys: frozenset[str]
    ) -> str:
        """Why a verb term's infinitive is another verb's finite form here, or "": where the
        form is both («есть», to eat, and «быть»'s present, "there is", "is"), the infinitive
        is the one a word governs: a verb, a predicative or a short adjective before it («будем
        есть», «нужно есть», «рад есть»), a pronoun with no nominative («нечего есть»), an
        infinitive it is joined to («пить и есть») or a verb after it («есть хочется»). A finite
        form needs none of these («у меня есть», «есть ли», «то есть», «Есть.»)."""
        finite = next((p for p in parses if p.tag.POS == "VERB" and self._key(p) not in keys), None)
        if finite is None or any(v.tag.POS != "INFN" for v in verbs):
            return ""
        before = self._parse(context.before) if context.before else []
        if any(p.tag.POS in ("VERB", "INFN") for p in before) or (
            before and (before[0].tag.POS in ("PRED", "ADJS") or _without_nominative(before[0]))
        ):
            return ""
        joined = self._first_tag(context.before2) if self.coordinating(context.before) else None
        if joined is not None and joined.POS == "INFN":
            return ""
        after = self._first_tag(context.after)
        if after is not None and after.POS in ("VERB", "PRED"):
            return ""
        return (f"read as «{finite.normal_form}»: no verb or predicative governs the infinitive "
                f"«{context.word}»")

    def _noun_cues(
        self, context: Context, nouns: list[Any], why: list[str], verbs: Sequence[Any] = ()
    ) -> float:
        """What makes a form the noun: a preposition or an agreeing adjective before it, a
        noun before it that it may follow as a genitive («из стали», «нержавеющей стали»).

        The genitive after a noun weighs more (yet less than a verb pymorphy3 almost always
        reads as one: «у друзей были деньги») when that noun cannot be the subject of the
        form's finite verb reading (`verbs`): «кусок стали» (a singular before a plural past),
        «кусков стали» (no nominative) leave the verb without the subject it would need; not
        when it may be a dative, the experiencer an impersonal verb takes («окружающим стали
        нужны»).
        """
        before = context.before
        score = 0.0
        before_parses = self._parse(before) if before else []
        if any(p.tag.POS == "PREP" for p in before_parses[:1]):
            score += 2
            why.append(f"after the preposition «{before}»")
        before_adj = [p for p in before_parses if p.tag.POS in _ADJECTIVAL]
        agreeing = [a for a in before_adj if any(_agree(a.tag, n.tag) for n in nouns)]
        if agreeing:
            # «нержавеющей стали»; a pronoun («какие были», «все стали») or a word that is
            # also a noun («рабочие стали») may as well be the verb's subject.
            weak = any(p.tag.POS == "NOUN" for p in before_parses) or all(
                "Apro" in a.tag for a in agreeing
            )
            score += 0.5 if weak else 1.5
            why.append(f"«{before}» agrees with it")
        score += self._joined_in_phrase(context, nouns, why)
        if not context.after and not context.broken_off and verbs and all(
            v.normal_form in _LINK_VERBS and v.normal_form != "быть" for v in verbs
        ):
            # «куски стали», «тверже стали.»: «стать» as a verb needs a predicate after it; a
            # hard-wrapped line that breaks off there («римляне стали») has it on the next line.
            score += 2
            why.append("nothing follows for the link verb it would be")
        genitive = any(_case(n.tag) == "gent" for n in nouns)
        if any(p.tag.POS == "NOUN" for p in before_parses[:1]) and genitive:
            in_phrase = any(p.tag.POS == "PREP" for p in self._parse(context.before2)[:1]) \
                if context.before2 else False
            finite = [v for v in verbs if v.tag.POS == "VERB"]
            subject = any(
                _subject_agrees(p.tag, v.tag) for p in before_parses
                if p.tag.POS == "NOUN" and _case(p.tag) == "nomn" for v in finite
            )
            if _person_named(before_parses) and any(
                _subject_agrees(p.tag, v.tag) for p in before_parses if _case(p.tag) == "nomn"
                for v in finite if v.tag.mood != "impr"
            ):
                return score  # «Ковалев сел»: the name is the verb's subject, no genitive's owner
            experiencer = any(_case(p.tag) == "datv" for p in before_parses)
            if finite and not subject and not experiencer:
                score += 1.5
                why.append(f"a genitive after «{before}», which cannot be its verb's subject")
            else:
                score += 0.5 if in_phrase else 1.0
                why.append(f"a genitive after «{before}»")
        return score

    def _joined_in_phrase(self, context: Context, nouns: list[Any], why: list[str]) -> float:
        """After «и», «или»: a noun before the conjunction in a case the form may be in, itself
        after a preposition (its adjectives between), makes the form the noun joined to it
        («из потертой кожи и стали»: both of «из»), or, in the accusative and the same number,
        after a transitive verb whose object it is, where nothing after the form could be an
        object of its own («имел сильную боль или отек после дозы»: both objects of «имел»; not
        «задернула занавес и села опять», whose «села» is accusative only as a plural). Not a noun alone before «и»,
        nor one before a form followed by its own object: «шить сапоги и печь кулебяки» joins the
        verbs."""
        if not self.coordinating(context.before) or not context.before2:
            return 0.0
        cases = {_case(n.tag) for n in nouns}
        partner = self._parse(context.before2)
        if not partner or partner[0].tag.POS != "NOUN" or not any(  # not «из» as a letter's name
            p.tag.POS == "NOUN" and _case(p.tag) in cases for p in partner
        ):
            return 0.0
        for word in context.earlier:
            tag = self._first_tag(word)
            if tag is not None and tag.POS == "PREP":
                why.append(f"joined by «{context.before}» to «{context.before2}» after «{word}»")
                return 2.0
            if (tag is not None and tag.POS in ("VERB", "INFN") and "tran" in tag
                    and {p.tag.number for p in partner if p.tag.POS == "NOUN" and _case(p.tag) == "accs"}
                    & {n.tag.number for n in nouns if _case(n.tag) == "accs"}
                    and not self._may_be_object(context.after)):
                why.append(f"joined by «{context.before}» to «{context.before2}», the object of «{word}»")
                return 2.0
            if tag is None or tag.POS not in _ADJECTIVAL:
                return 0.0
        return 0.0

    def _may_be_object(self, word: str) -> bool:
        """Whether a text word may begin an object of a verb before it: by its likeliest reading
        («после» is the preposition, not «посол»'s locative), a noun, a pronoun, an adjective or
        a numeral (in any case: the verb's own case is not known here)."""
        tag = self._first_tag(word) if word else None
        return tag is not None and tag.POS in _OBJECT_STARTS

    def _modifier_cues(self, context: Context, rivals: list[Any], why: list[str]) -> float:
        """What makes a form a possessive or a numeral rather than a verb: a preposition before
        it, a numeral before it («Сорок три»), or a word after it that it agrees with («мой
        передник», «моя бабушка», «три двери»: a numeral in the nominative or accusative
        takes a genitive); at the end of its phrase, a noun before it that it agrees with, or
        one before «ты» in an address («друг ты мой», not the imperative with its subject «ты»)."""
        before, after = context.before, context.after
        before_tag = self._first_tag(before)
        if before_tag is not None and before_tag.POS == "PREP":
            why.append(f"after the preposition «{before}»")
            return 2.0
        if before_tag is not None and before_tag.POS == "NUMR" and any(
            r.tag.POS == "NUMR" for r in rivals
        ):
            why.append(f"after the numeral «{before}»")
            return 2.0
        if any(_modifies(r.tag, p.tag) for r in rivals for p in self._nominals(after)):
            why.append(f"«{after}» after it agrees with it")
            return 2.0
        after_tag = self._first_tag(after)
        if (after_tag is None or after_tag.POS == "PREP") and any(
            r.tag.POS in _ADJECTIVAL and _case(r.tag) == "nomn" and _agree(r.tag, p.tag)
            for r in rivals for p in self._nominals(before) if p.tag.POS == "NOUN"
        ):  # «друг мой», «сын мой», «пистолет мой из рук»: a possessive after its noun at the
            # end of its phrase, where a preposition may begin the next one
            why.append(f"it agrees with «{before}» before it and ends the phrase")
            return 2.0
        addressed = before_tag is not None and before_tag.POS == "NPRO" and before_tag.person == "2per" \
            and _case(before_tag) == "nomn"
        if after_tag is None and addressed and any(
            r.tag.POS in _ADJECTIVAL and _case(r.tag) == "nomn" and _agree(r.tag, p.tag)
            for r in rivals for p in self._nominals(context.before2) if p.tag.POS == "NOUN"
        ):  # «Голубчик ты мой!», «друг ты мой»: an address, the possessive after its noun and «ты»
            why.append(f"it agrees with «{context.before2}» before «{before}» and ends the address")
            return 2.0
        return 0.0

    def _object_unmodified(
        self, context: Context, rivals: list[Any], verbs: list[Any], why: list[str]
    ) -> float:
        """A noun after the form that the possessive or numeral cannot modify, but that can be
        the transitive verb's accusative object, makes it the verb («Мой руки», «моя руки»,
        «Три морковь»)."""
        after = context.after
        nominals = self._nominals(after)
        if (
            not any(p.tag.POS == "NOUN" and _case(p.tag) == "accs" for p in nominals)
            or not any("tran" in v.tag for v in verbs)
            or any(_modifies(r.tag, p.tag) for r in rivals for p in nominals)
        ):
            return 0.0
        why.append(f"«{after}», which «{context.word}» does not agree with, follows as its object")
        return 2.0

    def _nominals(self, word: str) -> list[Any]:
        """The noun, adjective and participle parses of a (folded) word, or none at a boundary."""
        return [p for p in (self._parse(word) if word else []) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]

    def _verb_evidence(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """What makes a form the verb: a subject that agrees with it, a verb or a predicative
        before an infinitive, an object or an infinitive or an instrumental after it, and
        the cues of `_verb_cues`."""
        before, after = context.before, context.after
        score = 0.0
        before_parses = self._parse(before) if before else []
        after_parses = self._parse(after) if after else []
        subjects = [p for p in before_parses if p.tag.POS in ("NOUN", "NPRO")
                    and _case(p.tag) == "nomn"] if not self.coordinating(before) else []
        agreeing = [(s, v) for s in subjects for v in verbs if _subject_agrees(s.tag, v.tag)
                    and (v.tag.mood != "impr" or s.tag.person)]  # an imperative has no subject («пил чай»)
        if agreeing:
            # a personal pronoun («мы стали»), unlike a noun («куски стали»), takes no genitive
            # after it; not before an imperative, which takes none («это мой дом»)
            personal = all(s.tag.person and v.tag.mood != "impr" for s, v in agreeing)
            if personal:
                score += 2
                why.append(f"«{before}» is its subject")
            elif _subject_or_object(before_parses, agreeing):
                score += 2
                why.append(f"«{before}» is its subject or its object")
            else:
                score += 1
                why.append(f"«{before}» is its subject")
        else:
            score += self._subject_apart(context, verbs, why)
        if any(v.tag.POS == "INFN" for v in verbs) and any(
            p.tag.POS in ("VERB", "PRED") for p in before_parses[:1]
        ):
            score += 2
            why.append(f"an infinitive after «{before}»")
        if not after and any(p.tag.POS == "INFN" for p in before_parses[:1]) and any(
            v.tag.POS == "VERB" and v.normal_form in _PHASE_VERBS for v in verbs
        ):
            # «рожать стану», «отказываться стану.»: the infinitive put before the verb of phase
            # that governs it, which then ends the phrase; a noun would take no infinitive there
            score += 2
            why.append(f"the infinitive «{before}» before it depends on it")
        score += self._verb_cues(context, verbs, why) + self._joined_to_next(context, verbs, why)
        objects = [p for p in after_parses if p.tag.POS in ("NOUN", "NPRO")]
        after2 = self._first_tag(context.after2)
        if after_parses and after_parses[0].tag.POS == "NPRO" and after_parses[0].tag.person and any(
            p.tag.POS == "NPRO" and _case(p.tag) == "datv" for p in after_parses  # not «его»'s possessive
        ) and after2 is not None and after2.POS == "NOUN" and any(
            "tran" in v.tag and v.tag.POS in ("VERB", "INFN") for v in verbs
        ):
            # «мыла мне лицо», «дали ему книгу»: the dative of whom it is done for, then the
            # object in the accusative; a noun takes neither, and a genitive may be its own
            found = [_case(n.tag) for n in self._parse(context.after2) if n.tag.POS == "NOUN"]
            if "accs" in found and "gent" not in found:
                score += 2
                why.append(f"«{context.after} {context.after2}» after it: a dative and its object")
        if not objects and after2 is not None and after2.POS == "NOUN":  # not «о», «с» as letters
            # «вести подавляющий огонь», «пил нечистую кровь»: the object past its adjective,
            # in the cases the adjective agrees with it in.
            modifiers = [p for p in after_parses if p.tag.POS in _ADJECTIVAL]
            objects = [n for n in self._parse(context.after2) if n.tag.POS == "NOUN"
                       and any(_agree(m.tag, n.tag) for m in modifiers)]
            after = f"{after} {context.after2}" if objects else after
        if objects and any(_case(p.tag) == "accs" for p in objects) and not any(
            _case(p.tag) == "gent" for p in objects
        ) and any(v.tag.POS == "INFN" and "tran" in v.tag for v in verbs):
            # «вести разговор», «вести беседу»: a noun takes a genitive after it, not these.
            score += 2
            why.append(f"«{after}», not a genitive, follows as its object")
        elif objects and all(_case(p.tag) == "accs" for p in objects) and any(
            "tran" in v.tag for v in verbs
        ):
            # a noun takes no accusative; a gerund's object weighs less, as its reading is rare
            # beside the noun's («прекрасный разрыв»)
            score += 2 if any("tran" in v.tag and v.tag.POS in ("VERB", "INFN") for v in verbs) else 1
            why.append(f"«{after}» follows as its object")
        elif any(p.tag.POS == "NPRO" and p.tag.person and _case(p.tag) == "accs" for p in objects) and not any(
            "Apro" in p.tag or "Af-p" in p.tag for p in after_parses
        ) and any("tran" in v.tag and v.tag.mood == "impr" for v in verbs):
            # «Веди нас!», «мой меня»: a personal pronoun that may be accusative after a transitive
            # imperative is its object; a noun would take it as a genitive, a rare government. Not
            # «его», «её», «их», also possessives, which follow their noun in prose («мысли его»),
            # nor «неё», «него», which stand only after a preposition.
            score += 2
            why.append(f"«{after}» after the imperative is its object")
        elif agreeing and before_parses[0].tag.POS in ("NOUN", "NPRO") and any(
            p.tag.POS == "NOUN" and _case(p.tag) == "accs" and "inan" in p.tag for p in objects
        ) and any("tran" in v.tag and v.tag.POS == "VERB" and v.tag.mood != "impr" for v in verbs):
            # «купцы ели блины»: with its subject before it, an inanimate noun after it whose
            # nominative is its accusative is its object; a noun after a noun would be a genitive.
            score += 1
            why.append(f"«{after}» after it may be its object")
        score += self._goal(context, verbs, why)
        score += self._whole_sentence(context, verbs, why)
        if any(p.tag.POS == "INFN" for p in after_parses[:1]) and any(
            v.tag.mood != "impr" or v.normal_form in _PHASE_VERBS for v in verbs
        ):  # «чай пить»: an imperative takes an infinitive only as a verb of phase does («перестань пить»)
            score += 2
            why.append(f"an infinitive «{after}» follows")
        elif after_parses and after_parses[0].tag.POS in ("NOUN", "NPRO", "ADJF") and all(
            _case(p.tag) == "ablt" for p in after_parses if p.tag.POS in ("NOUN", "NPRO", "ADJF")
        ):
            score += 1
            why.append(f"the instrumental «{after}» follows")
        return score

    def _goal(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """A preposition of direction with an accusative after the form, the goal a verb of
        motion or placing takes («сел на стул», «села в карету», «дали на руку»): a noun takes
        a place in the locative or instrumental after it («села на реке», «села за рекой»)
        far more often than a goal. Not after a preposition, which no verb follows, nor after an
        adjective that is no pronoun («сквозь толстые стекла в глаза»), which a noun follows, nor
        after a finite verb, whose object the form then is («посмотрел стекла на свет»)."""
        before = self._first_tag(context.before)
        if context.after not in _GOAL_PREPOSITIONS or not any(v.tag.POS in ("VERB", "INFN") for v in verbs) or (
            before is not None and (before.POS in ("PREP", "VERB") or before.POS in _ADJECTIVAL and "Apro" not in before)
        ):  # «из села в город»: no verb follows a preposition; «толстые стекла в глаза»: the adjective's noun
            return 0.0
        target = [p for p in self._parse(context.after2) if p.tag.POS in ("NOUN", "NPRO")] if context.after2 else []
        if not target or target[0] is not self._parse(context.after2)[0] or not any(
            _case(p.tag) == "accs" for p in target
        ) or any(_case(p.tag) in ("loct", "ablt") for p in target):
            return 0.0
        why.append(f"«{context.after} {context.after2}» after it is its goal")
        return 2.0

    def _whole_sentence(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """A past that is a sentence of its own («– Пил.», an answer), its subject left to the
        sentences before: a noun alone makes a sentence only in the
        nominative, so where the form has no nominative reading of a common word («пил»: saws'
        genitive, and a name's nominative) nothing but the verb can stand there alone."""
        if context.before or context.after or context.mark not in _SENTENCE_OPENINGS \
                or context.mark_after not in _SENTENCE_ENDS:
            return 0.0
        if not any(v.tag.POS == "VERB" and v.tag.tense == "past" for v in verbs) or any(
            p.tag.POS in ("NOUN", "NPRO", "ADJF") and _case(p.tag) == "nomn" and not _PROPER & p.tag.grammemes
            for p in self._parse(context.word)
        ):
            return 0.0
        why.append("a sentence of its own, which no case but the nominative makes")
        return 2.0

    def _subject_apart(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """A subject not just before the form: past an adverb («она тут пила вино», «мать
        тихо мыла»), or a personal pronoun just after it («Пил он не пьянея»), agreeing with
        its finite reading; and a short adjective before a link verb, its predicate («они
        худы стали»). A noun takes none of these; the pronoun after a noun would have to
        start a clause of its own. Only after a past: a fronted object in «-у» meets a present
        in the first person («Душу я отдам»: «душить»)."""
        finite = [v for v in verbs if v.tag.POS == "VERB" and v.tag.mood != "impr"]  # no subject
        if not finite:
            return 0.0
        before_tag, lead_tag = self._first_tag(context.before), self._first_tag(context.before2)
        if before_tag is not None and before_tag.POS == "ADVB" and lead_tag is not None and (
            lead_tag.POS in ("NOUN", "NPRO") and _case(lead_tag) == "nomn"  # not «в», «по» as letters
        ) and any(_subject_agrees(lead_tag, v.tag) for v in finite):
            why.append(f"«{context.before2}» before «{context.before}» is its subject")
            return 1.0
        after_tag = self._first_tag(context.after)
        if after_tag is not None and after_tag.POS == "NPRO" and after_tag.person and _case(
            after_tag
        ) == "nomn" and any(v.tag.tense == "past" and _subject_agrees(after_tag, v.tag) for v in finite):
            why.append(f"the pronoun «{context.after}» after it is its subject")
            return 1.0
        subject = self._subject_after(context, finite)
        if subject:
            why.append(f"«{subject}» after it agrees with it as its subject would")
            return 2.0
        if before_tag is not None and before_tag.POS == "ADJS" and any(
            v.normal_form in _LINK_VERBS and _predicate_agrees(v, before_tag) for v in finite
        ):
            why.append(f"the short adjective «{context.before}» before it is its predicate")
            return 2.0
        return 0.0

    def _subject_after(self, context: Context, finite: Sequence[Any]) -> str:
        """The subject a past verb put first takes after it («в эту зиму жил князь», «С моря дул
        влажный ветер»; or an inanimate object that reads so, «по средам мыл пол»), or "": a nominative noun, or a full adjective opening the subject's
        phrase, that pymorphy3 reads so first and that agrees with the past in number and gender.
        The noun the form also is takes a nominative after it only in apposition, where it is
        a nominative itself («село Поречье», «пила-убийца»: ruled out), and such an adjective
        only as its own postposed modifier, in its case (ruled out: none of the adjective's
        readings agrees with a noun reading of the form)."""
        if not context.after or self.coordinating(context.after):
            return ""
        parses = self._parse(context.after)
        first = parses[0] if parses else None
        if first is None or first.tag.POS not in ("NOUN", "ADJF") or _case(first.tag) != "nomn" \
                or "Apro" in first.tag or _PROPER & first.tag.grammemes and first.tag.POS != "NOUN":
            return ""
        if not any(v.tag.tense == "past" and _subject_agrees(first.tag, v.tag) for v in finite):
            return ""
        own = [p for p in self._parse(context.word) if p.tag.POS == "NOUN"]
        if any(_case(n.tag) == "nomn" for n in own) or any(
                _agree(a.tag, n.tag) for a in parses if a.tag.POS in _ADJECTIVAL for n in own):
            return ""
        return context.after

    def _verb_cues(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """Neighbours a verb takes, a noun hardly: «не», a dative pronoun before a past plural
        («ему дали», «нам дали»: impersonal "they gave him"), «бы» after a verb before an
        infinitive, «бы» before a past (the conditional: «Досочек бы дали»), a subordinating
        conjunction before a past that ends the clause («пока ели, приходил повар»), an adverb
        of manner (one an adjective's short neuter shares: «сильно пил»).

        Not an adverb before it: «иногда», «вечером», «только» stand before a subject noun
        as often as before a verb («Иногда вести приходили поздно»).
        """
        before = context.before
        tag = self._first_tag(before)
        if tag is None or not any(v.tag.POS in ("VERB", "INFN") for v in verbs):
            return 0.0
        if before == "не":
            why.append("«не» before it")
            return 2.0
        past = [v for v in verbs if v.tag.POS == "VERB" and v.tag.tense == "past"]
        if tag.POS == "NPRO" and _case(tag) == "datv" and ("Anph" in tag or tag.person) and any(
            v.tag.number == "plur" for v in past
        ):
            why.append(f"the dative «{before}» before a past plural")
            return 1.0
        if tag.POS == "ADVB" and any(p.tag.POS == "ADJS" for p in self._parse(before)) and any(
            v.tag.POS == "INFN" or v.tag.mood != "impr" for v in verbs
        ):  # not an imperative, rare after one, which a fronted object meets («обыкновенно чай пивали»)
            # «сильно пил», «старательно мыл»: an adverb of manner, an adjective's, modifies a verb
            why.append(f"the adverb of manner «{before}» before it")
            return 1.0
        if tag.POS == "PRCL" and before in _CONDITIONAL and past:
            why.append(f"«{before}» before a past: the conditional")
            return 2.0
        if not context.after and past and before not in _COORDINATORS | _ADVERSATIVES and any(
            p.tag.POS == "CONJ" for p in self._parse(before)
        ):
            # «пока ели,», «Как ели!»: a clause a conjunction opens needs its predicate, and a
            # noun there, its subject, would leave it none.
            why.append(f"«{before}» opens its clause and nothing follows")
            return 1.0
        lead = self._first_tag(context.before2)
        if tag.POS == "PRCL" and lead is not None and lead.POS == "VERB" and any(
            v.tag.POS == "INFN" for v in verbs
        ):
            why.append(f"an infinitive after «{context.before2} {before}»")
            return 2.0
        if before in _COORDINATORS:
            return self._coordinated(context, verbs, why)
        return 0.0

    def _coordinated(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """After «и», «или»: the nearest verb of the clause before it, when it is the same form
        (an infinitive, or a past of the same number and gender), is coordinated with this
        one («шить сапоги и печь кулебяки», «Шила и мыла»)."""
        for word in (context.before2, *context.earlier):
            tag = self._first_tag(word)
            if tag is None:
                return 0.0
            if tag.POS == "INFN" and any(v.tag.POS == "INFN" for v in verbs):
                why.append(f"«{context.before} {context.word}» joins the infinitive «{word}»")
                return 2.0
            if tag.POS == "VERB" and tag.tense == "past" and any(
                v.tag.POS == "VERB" and v.tag.tense == "past" and v.tag.number == tag.number
                and v.tag.gender == tag.gender for v in verbs
            ):
                why.append(f"«{context.before} {context.word}» joins the past «{word}»")
                return 2.0
            if tag.POS in ("VERB", "INFN"):
                return 0.0
        return 0.0

    def _joined_to_next(self, context: Context, verbs: list[Any], why: list[str]) -> float:
        """Before «и», «или»: a verb of the same form just after the conjunction (an infinitive,
        or a past of the same number and gender) is coordinated with this one («сел и
        задумался», «шить и печь»), as one before it is (`_coordinated`); a noun would be
        joined to a noun there («сёл и деревень»)."""
        if not self.coordinating(context.after):
            return 0.0
        tag = self._first_tag(context.after2)
        if tag is None or tag.POS not in ("VERB", "INFN") or not any(
            v.tag.POS == tag.POS == "INFN" or v.tag.POS == tag.POS == "VERB" and v.tag.tense == tag.tense == "past"
            and v.tag.number == tag.number and v.tag.gender == tag.gender for v in verbs
        ):
            return 0.0
        why.append(f"«{context.word} {context.after}» joins the verb «{context.after2}»")
        return 2.0

    def _not_noun(self, context: Context, keys: frozenset[str], declared: bool = False) -> tuple[bool, str]:
        """An adjective term whose form is also an adverb is decided as one, and one whose form
        is also a passive participle is the participle before its agent, a noun or pronoun in
        the instrumental that it does not agree with («организованная ей же законность»:
        organised by her; not «с открытой форточкой»); others are kept. A `declared` noun made of
        an adjective («лёгкие», lungs) declines as the full adjective or participle it was: its
        comparative or short form («легче») is the adjective's alone; a form of which the dictionary
        gives no reading of the term at all (a loanword it lacks, «локали» of «локаль», whose
        forms the suffix guesser gave) shows no such thing."""
        form = context.word
        parses = self._parse(form)
        own = self._parses(form, keys)
        if declared and own and not any(p.tag.POS in _NOMINAL for p in own):
            return False, f"read as the adjective's comparative or short form «{form}»: a noun has none"
        parenthetical = next((p for p in parses if "Prnt" in p.tag and self._key(p) not in keys), None)
        if parenthetical is not None and context.mark == "," and context.mark_after == ",":
            # «или, вернее, я понял»: between commas, the parenthetical word («rather»), not the comparative
            return False, f"read as the parenthetical «{context.word}»: it stands between commas"
        if not any(p.tag.POS in ("ADJF", "ADJS") for p in own):
            return True, "no noun reading, taken as written"
        if all(p.tag.POS == "ADJS" and "Qual" not in p.tag for p in own):
            # «должен», «должны»: must, not «должный», due.
            return False, (f"read as the predicative «{form}»: a relative adjective has no short form, "
                           "so this one is a word of its own")
        rival = next((p for p in parses if p.tag.POS == "NOUN" and self._key(p) not in keys), None)
        if rival is not None and all(p.tag.POS == "ADJS" for p in own) and sum(
            p.score for p in parses if p.tag.POS == "NOUN" and self._key(p) not in keys
        ) > sum(p.score for p in own):
            predicate = self._predicate_of(context, own)
            if predicate:
                return True, predicate
            return False, (f"read as the noun «{rival.normal_form}»: a short form stands only as a predicate, "
                           "and no subject or link verb is beside it")
        if any(p.tag.POS in ("ADVB", "PRED") or "Prnt" in p.tag for p in parses):
            # «видно»: a predicative or parenthetical word («видно, боится»: apparently) is told
            # apart from the short form as an adverb is
            return self._adverb(context, keys)
        agent = self._first_tag(context.after)
        if agent is not None and agent.POS in ("NOUN", "NPRO") and any(
            p.tag.POS == "PRTF" and p.tag.voice == "pssv" for p in parses
        ):
            after = self._parse(context.after)
            if any(_case(a.tag) == "ablt" for a in after) and not any(
                _agree(f.tag, a.tag) for f in parses if f.tag.POS in _ADJECTIVAL for a in after
            ):
                return False, f"read as a participle: «{context.after}» after it is its agent"
        return True, "no noun reading, taken as written"

    def _predicate_of(self, context: Context, shorts: Sequence[Any]) -> str:
        """Why a short adjective that is also another lexeme's likelier noun («права», «право», «прав»:
        the noun «право», a right) stands here as the predicate it only can be, or "": a link
        verb before it that it agrees with («был прав»), a nominative subject it agrees with
        before it, past an adverb, particle or «и» («вы правы», «вы и правы», «он совершенно
        прав»), or a personal pronoun after it («прав ты»). Without one the form is the noun
        («имеет право», «полное право») or the particle it also is («право, совестно»)."""
        for link in self._parse(context.before) if context.before else []:
            if link.normal_form in _LINK_VERBS and any(_predicate_agrees(link, s.tag) for s in shorts):
                return f"a short adjective, the predicate of the link verb «{context.before}»"
        subject = context.before
        tag = self._first_tag(subject)
        if tag is not None and (tag.POS in ("ADVB", "PRCL") or self.coordinating(subject)):
            subject = context.before2
        after = self._first_tag(context.after)
        candidates = [p for p in (self._parse(subject) if subject else []) if p.tag.POS in ("NOUN", "NPRO")]
        if candidates and candidates[0] is not self._parse(subject)[0]:  # «неотрицаемое право»: a participle
            candidates = []
        if after is not None and after.POS == "NPRO" and after.person:
            candidates += [p for p in self._parse(context.after) if p.tag.POS == "NPRO"]
        for noun in candidates:
            if _case(noun.tag) == "nomn" and any(_short_agrees(noun.tag, s.tag) for s in shorts):
                return f"a short adjective, the predicate of «{noun.word}»"
        return ""

    def _adverb(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """A short neuter that is also an adverb («открыто», «свободно»): the adverb beside a verb.

        Only a link verb takes the short adjective («было открыто»); any other verb
        before or after it, or past an adverb or particle between («одет очень скверно»,
        «странно как-то жаловаться»: the adverb of the participle, the predicative whose subject
        is the infinitive), or past its pronoun object («ведут себя открыто»), or an
        adjective after it («свободно доступны»), makes it the adverb; so does a clause as its
        subject (`_clause_predicative`).
        """
        for neighbour, past in ((context.before, context.before2), (context.after, context.after2)):
            tag = self._first_tag(neighbour)
            if tag is not None and tag.POS in ("ADVB", "PRCL") and not self._links(past):
                neighbour, tag = past, self._first_tag(past)  # the degree adverb or particle between
            if tag is not None and (tag.POS in ("VERB", "INFN", "GRND") or any(
                p.tag.POS == "PRTS" for p in self._parse(neighbour)
            )) and not self._links(neighbour):
                return False, f"read as an adverb: beside the verb «{neighbour}»"
        clause = self._clause_predicative(context)
        if clause:
            return False, clause
        before_tag, lead_tag = self._first_tag(context.before), self._first_tag(context.before2)
        if (before_tag is not None and before_tag.POS == "NPRO"
                and lead_tag is not None and lead_tag.POS == "VERB"
                and (_case(before_tag) != "nomn" or _subject_agrees(before_tag, lead_tag))
                and not self._links(context.before2)):
            # «ведут себя открыто», and the verb before its own subject: «отвечала она рассеянно».
            return False, f"read as an adverb: «{context.before2} {context.before}» before it"
        joined = self._joined_adverb(context)
        if joined:
            return False, f"read as an adverb: joined to the adverb «{joined}»"
        after_tag = self._first_tag(context.after)
        if (after_tag is not None and after_tag.POS in ("ADJF", "ADJS", "PRTF", "PRTS")
                and "Apro" not in after_tag):  # «открыто всем»: a pronoun, the short form's dative
            return False, f"read as an adverb: before the adjective «{context.after}»"
        return self._likelier_adverb(context, keys)

    def _clause_predicative(self, context: Context) -> str:
        """Why a short neuter that is also an adverb is the predicative of a clause («это странно»:
        it is strange), not the adjective, or "". The sets' labels agree on two such uses. Its
        subject is the demonstrative «это» standing alone, before it, past an adverb or particle
        («Это очень скверно»), or after it, not before a noun or adjective it determines
        («скверно всё это», «странно это мне»): «это» points at what was said, a situation, which
        takes the predicative; a noun or «оно» takes the short form («пока оно живо»). Or it opens
        its sentence before a comma («Странно, что вы…», «И странно, он заснул»): the clause after
        the comma is its subject, as a short form follows its subject."""
        tag = self._first_tag(context.before)
        subject = context.before2 if tag is not None and tag.POS in ("ADVB", "PRCL") and context.before != "это" \
            else context.before
        after = context.after2 if context.after in ("все", "всё") else context.after
        if after == "это":
            determined = self._parse(context.after2) if after == context.after and context.after2 else []
            if not any(p.tag.POS in ("NOUN", "ADJF") and _case(p.tag) == "nomn" for p in determined):
                return f"read as a predicative: «{context.after}» after it is its subject, a situation"
        if subject == "это":
            return f"read as a predicative: «{subject}» before it is its subject, a situation"
        opens = (not context.before and context.mark in _SENTENCE_OPENINGS | {";", ":"}
                 or not context.before2 and context.before in _COORDINATORS | _ADVERSATIVES)
        if opens and not context.after and context.mark_after == ",":
            return "read as a predicative: it opens its sentence before a comma, the clause after is its subject"
        return ""

    def _likelier_adverb(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """A short neuter that is also a particle or parenthetical word, and that pymorphy3 reads
        as that word or an adverb more often than as the term's short form («просто», «верно»,
        «прямо»: "just", "surely", "straight away"), is that word unless it stands as a
        predicate: after a neuter subject («всё просто») or beside a link verb («было просто»).
        Otherwise nothing nearby says so and it is kept as the adjective: an adverb alone is
        also the predicative of an impersonal clause, the adjective's own sense («мне с нею не
        свободно»), which only the clause's far end tells apart."""
        parses = self._parse(context.word)
        rivals = [p for p in parses if p.tag.POS in ("ADVB", "PRCL", "CONJ", "PRED")]
        share = sum(p.score for p in rivals)
        likelier = share > sum(p.score for p in self._parses(context.word, keys) if p.tag.POS == "ADJS")
        if likelier and not context.before and context.mark in _SENTENCE_OPENINGS and not self._links(context.after):
            # «Довольно!», «Довольно вам ругаться»: opening its sentence with no subject before it,
            # the likelier adverb or predicative ("enough"), not a short form, which follows its subject
            return False, f"read as the adverb «{context.word}»: it opens the sentence and no subject precedes it"
        if not any(p.tag.POS in ("PRCL", "CONJ") for p in rivals) or not likelier:
            return True, "also an adverb; nothing nearby says so, kept as the adjective"
        kind = _KINDS.get(rivals[0].tag.POS, "another word")
        link = context.before if self._links(context.before) else context.after if self._links(context.after) else ""
        predicate = context.after2 if link and link == context.after else context.after
        tag = self._first_tag(predicate)
        if tag is not None and tag.POS in ("NOUN", "ADJF") and _case(tag) == "nomn":
            # «это просто разбойник», «он просто был муж»: the nominative after it is the predicate
            return False, f"read as {kind} «{context.word}»: the nominative «{predicate}» after it is the predicate"
        if link:
            impersonal = self._impersonal(context, link)
            if impersonal:
                return False, f"read as {kind} «{context.word}»: {impersonal}"
            return True, f"a short adjective beside the link verb «{link}»"
        if any(p.tag.POS in ("NOUN", "NPRO", "ADJF") and _case(p.tag) == "nomn" and p.tag.number == "sing"
               and p.tag.gender == "neut" for p in (self._parse(context.before) if context.before else [])):
            return True, f"a short adjective, the predicate of «{context.before}»"
        return False, (f"read as {kind} «{context.word}»: pymorphy3 reads it so {share:.0%} of the time, "
                       "and no subject or link verb makes it a predicate")

    def _impersonal(self, context: Context, link: str) -> str:
        """Why a short neuter beside the link verb `link` in its neuter or impersonal form («было»,
        «будет») is the predicative of an impersonal clause («было видно», «не было видно»), or
        "": the short form needs a neuter subject in the nominative, and none stands next to the
        link verb on the other side (before «было видно»: «окно было видно»; after «видно было»:
        «видно было окно»), nor before the form where it follows the link verb past a word
        («было ему видно»). With none the clause has no subject but what the predicative
        takes: an object («Царевну не было видно», «Никого не было видно») or a clause
        («было видно, что…»)."""
        tags = [p.tag for p in self._parse(link) if p.normal_form in _LINK_VERBS]
        if not tags or not all(t.gender == "neut" or t.person == "3per" and t.number == "sing" for t in tags):
            return ""
        subject = context.before2 if link == context.before else context.after2 if link == context.after else ""
        if subject and subject != "не" and any(
            p.tag.POS in ("NOUN", "NPRO", "ADJF", "ADJS") and _case(p.tag) == "nomn" and p.tag.number == "sing"
            and p.tag.gender in ("neut", None) for p in self._parse(subject)
        ):
            return ""
        return f"«{link}» beside it has no neuter subject for a short form"

    def _joined_adverb(self, context: Context) -> str:
        """The adverb a coordinator joins the form to («коротко и рассеянно», «рассеянно и
        нетерпеливо»), or "": like parts joined are both adverbs. Not where a link verb
        stands before the pair, which takes short adjectives («было открыто и свободно»)."""
        if self.coordinating(context.before) and not self._links(next(iter(context.earlier), "")):
            tag = self._first_tag(context.before2)
            if tag is not None and tag.POS == "ADVB":
                return context.before2
        if self.coordinating(context.after) and not self._links(context.before):
            tag = self._first_tag(context.after2)
            if tag is not None and tag.POS == "ADVB":
                return context.after2
        return ""

    def _first_tag(self, word: str) -> Any:
        """pymorphy3's likeliest tag of a (folded) word, or None for none or a boundary."""
        parses = self._parse(word) if word else []
        return parses[0].tag if parses else None

    def _links(self, word: str) -> bool:
        return any(p.normal_form in _LINK_VERBS for p in self._parse(word))


def _leaning(parses: list[Any], kind: str, why: list[str]) -> float:
    """pymorphy3's corpus frequencies, when they are clear: 1 or 2 points for the reading
    `parses` stand for, and why."""
    weight = sum(p.score for p in parses)
    if weight < _MOSTLY_VERB:
        return 0.0
    why.append(f"{kind} {weight:.0%} of the time")
    return 2.0 if weight >= _ALMOST_ALWAYS_VERB else 1.0


def _person_named(parses: Sequence[Any]) -> bool:
    """Whether every noun reading of a word is a person's first name, surname or patronymic
    («Ковалев», «Германн»): a name takes no genitive after it, as a common noun does («кусок
    стали»), so a form after it whose finite verb reading (not an imperative, which takes no
    subject) the name agrees with as its subject («Ковалев сел», not «villages of Kovalev») gets
    no noun cue from it; any other form keeps the cue, as another case may stand after a name
    («Евгений матери написал»: the dative, not «материть»). Not a word that is also a common
    noun («Роман»)."""
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    return bool(nouns) and all(_PERSON & p.tag.grammemes for p in nouns)


def _without_nominative(parse: Any) -> bool:
    """Whether a parse is a pronoun whose dictionary form is its genitive («нечего», «некого»):
    the negative pronouns with no nominative, which open an infinitive sentence («нечего есть»)."""
    return parse.tag.POS == "NPRO" and _case(parse.tag) in ("gent", "accs") and parse.normal_form == parse.word


def _predicate_agrees(parse: Any, short: Any) -> bool:
    """Whether a short adjective can be a link verb form's predicate: any after the
    infinitive («быть прав»), the past's number and gender («была права»), the present's or
    future's number («будет прав»). Not after «есть», which states that something exists
    («у нас есть право»): the present links with no verb."""
    link = parse.tag
    if link.POS == "INFN":
        return True
    if link.tense == "pres" and parse.normal_form == "быть":
        return False
    if link.POS != "VERB" or link.number != short.number:
        return False
    return link.tense != "past" or link.number == "plur" or link.gender == short.gender


def _short_agrees(subject: Any, short: Any) -> bool:
    """Whether a nominative subject and a short adjective agree: in number, and in the singular
    in gender where the subject has one («она права»); «я», «ты» take a person's masculine or
    feminine («я прав», «я права»), never the neuter («имею ли я право»: the noun)."""
    if subject.number != short.number:
        return False
    if short.number == "plur" or "Ms-f" in subject:
        return True
    return subject.gender == short.gender or subject.gender is None and short.gender != "neut"


def _subject_or_object(before: Sequence[Any], agreeing: Sequence[tuple[Any, Any]]) -> bool:
    """Whether the noun before a transitive verb form may be either its subject or its
    object, an inanimate noun whose nominative is also its accusative («мед пил», «чай пил»):
    either way the form is the verb, where a noun after it would be a genitive of an odd kind.
    An animate noun («брат пил») has a genitive accusative, so it may only be the subject, and
    the genitive reading («брат пил», saws' brother) stays as likely as before. Not before an
    imperative, which takes no subject («пистолет мой»: the possessive after its noun)."""
    if not before or before[0].tag.POS != "NOUN":  # «со» is likelier the preposition than «СО»
        return False
    return any(
        "tran" in verb.tag and verb.tag.mood != "impr" and any(
            p.tag.POS == "NOUN" and _case(p.tag) == "accs" and p.normal_form == subject.normal_form
            for p in before
        )
        for subject, verb in agreeing
    )


def _modifies(modifier: Any, word: Any) -> bool:
    """Whether a possessive or a numeral can modify the noun or adjective after it: an
    adjective agrees with it; a numeral shares its case, or takes a genitive after its
    nominative or accusative («три двери»; an adjective there may be a plural nominative)."""
    if modifier.POS == "NUMR":
        case = _case(modifier)
        if case in ("nomn", "accs"):  # «три двери», «три красные розы»
            return _case(word) == "gent" or (word.POS != "NOUN" and word.number == "plur")
        return _case(word) == case
    return modifier.POS in _ADJECTIVAL and _agree(modifier, word)


def _subject_agrees(subject: Any, verb: Any) -> bool:
    """A nominative subject and a finite verb agree in number (and gender in the past)."""
    if verb.POS != "VERB":
        return False
    if verb.tense == "past":
        if verb.number != subject.number:
            return False
        return (
            verb.number == "plur"
            or subject.gender is None
            or "Ms-f" in subject
            or verb.gender == subject.gender
        )
    if verb.number != subject.number:
        return False
    person = subject.person if subject.POS == "NPRO" else "3per"
    return verb.person in (None, person)


def _dash_as_break(context: Context) -> Context:
    """Two hyphens typed for a dash ("Captain--fly", "fly--save yourself") break the phrase as
    a dash does: the words across it are no neighbours."""
    if context.joined_before == "--":
        context = replace(context, before2="", before="", mark="-", earlier=(), joined_before="")
    if context.joined_after == "--":
        context = replace(context, after="", after2="", mark_after="-", joined_after="")
    return context


def _possessive(word: str) -> bool:
    """Whether a folded token ends in a possessive's "'s" ("fraser's")."""
    return len(word) > 2 and word.endswith("'s")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_NOUN_BEFORE = _words(
    "the a an this that these those its their his her our my your whose every each any some "
    "no many few several of in on at for with by from into among between under over "
    "about against through during without"
)
_EN_VERB_BEFORE = _words(
    "i you he she it we they who which will would can could may might must shall should "
    "not also often never always does did do don't doesn't didn't won't can't cannot couldn't "
    "wouldn't shouldn't mustn't shan't mightn't usually still just only even then again soon now scarcely hardly"
)
_EN_OBJECT_AFTER = _words(
    "the a an that this these those his her their its our my your them him us me it what how "
    "whether"
)
_EN_RELATIVE = _words("that what how whether")
"""Words of `_EN_OBJECT_AFTER` that may open a clause after a noun ("the rose that grew")."""
_EN_PRONOUNS_BEFORE_IS = _words("it that this he she")
"""Pronouns whose "'s" is "is" ("That's well!", "it's fine"), a link verb before its predicate."""
_EN_CLAUSE_START = frozenset({"", ".", "!", "?", ";", ":", ",", "-"})
"""`Context.mark` where a word opens a clause: the text's start or a break before it."""
_EN_FINITE_AFTER = _words("is are was were has have had")
"""Finite verbs that follow their subject: a word before one is a noun ("Sounds were")."""
_EN_PARTICLE_AFTER = _words("up down out round around away back off into like at")
_EN_CATENATIVE = _words(
    "begin start try want like need be have go use seem decide learn manage refuse hope wish "
    "continue fail forget prefer ought mean cease attempt intend desire promise agree choose expect offer "
    "plan afford tend endeavour resolve propose venture hesitate deserve seek strive consent"
)
"""Verbs followed by "to" and another verb ("began to cry"), as lemmas."""
_EN_CAUSATIVE = _words("let make help bid see hear watch feel")
"""Verbs (lemmas) that take an object and a bare infinitive ("let us fly", "made him stand")."""
_EN_OBJECT_PRONOUNS = _words("him her them me us you it")
_EN_REFLEXIVES = _words("myself yourself himself herself itself ourselves yourselves themselves")
"""Reflexive pronouns: before "to" they are a verb's object as "him" is ("convenient to yourself
to call"), so what follows "to" is a verb."""
_EN_SINGULAR_REFLEXIVES = _words("myself yourself himself herself itself")
"""Reflexives of one person: after a plural noun an emphatic one is "themselves" ("the crowns
themselves"), so one of these after a form in "-s" is that verb's object ("crowns himself")."""
_EN_OBJECT_ONLY = _words("him them me us")
"""Object pronouns that are no possessive and no subject: one right after a form is that verb's
object ("cook them"), since no noun takes a pronoun after it as its modifier does."""
_EN_NUMERALS = _words("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand")
"""Cardinals that open a noun phrase as a determiner does ("one grave issue", "two fair days")."""
_EN_PREPOSITIONS = _EN_NOUN_BEFORE - _words(
    "the a an this that these those its their his her our my your whose every each any some no many few several")
"""The prepositions of `_EN_NOUN_BEFORE`: "which" after one is their object and no verb's subject
("through which trains pass"); the relative clause's own subject follows it."""
_EN_SUBJECT_PRONOUNS = _words("i you he she we they everybody everyone anybody anyone somebody someone nobody")
"""After a modal they make a question ("Can I", "Will you"): the modal, not the noun."""
_EN_DETERMINERS = _words(
    "the a an this that these those its their his her our my your thy whose every each any some "
    "no many few several"
)
"""The determiners of `_EN_NOUN_BEFORE` and the archaic "thy": before a possessive's form they make it
the noun ("the mine"), where a preposition does not ("a friend of mine")."""
_EN_ARTICLES = _words("the a an its their his her our my your thy whose every each")
"""Determiners that only a noun phrase follows ("the will", "a can"; not "that can be")."""
_EN_POSSESSIVE_PRONOUNS = _words("mine thine yours hers ours theirs")
"""Independent possessives: a closed class lemminflect does not tag ("It's mine")."""
_EN_DEGREE = _words("very so too quite rather")
"""Degree adverbs: the word after one is an adjective or adverb ("very kind", "too well")."""
_EN_ORDINALS = _words("second third fourth fifth sixth seventh eighth ninth tenth")
"""Ordinals that open a noun phrase as a cardinal does ("the second movement", "nor second Angle");
not "first" or "last", adverbs before a verb as often ("he first noticed")."""
_EN_SUPERLATIVE = _words("most more least less")
"""Adverbs that make an adjective's degree: the word after one is an adjective ("most insurrectionary")."""
_EN_LINK_VERBS = _words("be seem remain become appear prove look grow sound")
"""Link verbs (lemmas) whose bare predicate is an adjective ("was kind", "remain content")."""
_EN_CONJUNCTIONS = _words("and or nor but than")
"""Conjunctions lemminflect may read as nouns ("or", heraldry's gold): no head for an adjective."""
_EN_COORDINATORS = _words("and or nor")
"""Conjunctions that join two words of one part of speech ("the free and equal"): an adjective
before one may still modify the noun after the second."""
_EN_SUBORDINATORS = _words(
    "if when whenever while whilst because though although unless since whether where once as until till "
    "before after lest"
)
"""Subordinating conjunctions: closed-class words lemminflect has no part of speech for, so
"If wages are" read «If» as a name and subject, and "as rent" read «as» as an adverb."""
_EN_MODALS = _words("will would shall should can could may might must")
"""Modals: the bare verb follows one, also past an adverb ("would fain act") or the polite
"please" ("will please stay"), which lemminflect lists only as a verb."""
_EN_QUESTION_WORDS = _words("what how when where why who whom")
"""Words that open a question, after which a modal comes before its subject ("what will he do")."""
_EN_INDEFINITE_PRONOUNS = _words("something nothing anything everything")
"""Pronouns lemminflect reads as nouns: after a conjunction one opens its clause ("till something
is settled")."""
_EN_SINGULAR_DETERMINERS = _words("this that")
"""Determiners that also stand alone as a pronoun: before a plural they are the subject of a verb
("the part of us that produces works", "this produces"), since as determiners they take no plural."""
_EN_ADJECTIVE_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ish", "ent", "ant")
"""Suffixes that make adjectives ("royal", "pedal", "civic", "present"): a word ending in one that
is a noun too ("a royal", "the pedal") is an adjective of its own before a noun, not the noun."""
_EN_SHORT = 3
"""Function words are short in every language: a noun term's form of this many letters or fewer
may be another language's word ("par", "die", "en") and is read among its neighbours."""
_ROMAN = re.compile("[IVXLCDM]{2,}")
"""A Roman numeral of two letters or more, as a list or a chapter numbers its items ("II.")."""
_EN_CLOSED_CLASS = (_EN_NOUN_BEFORE | _EN_VERB_BEFORE | _EN_OBJECT_AFTER | _EN_SUBJECT_PRONOUNS | _EN_CONJUNCTIONS
                    | _EN_SUBORDINATORS)
"""Function words: lemminflect knows many of them no better than a name ("the", "of", "from"),
so a capital on one ("The Pike") says a sentence begins, not that a name does."""
_EN_FUNCTION_OR_NUMBER = _EN_CLOSED_CLASS | _EN_NUMERALS
_EN_PRONOUNS = _EN_CLOSED_CLASS | _EN_REFLEXIVES | _EN_POSSESSIVE_PRONOUNS | _EN_INDEFINITE_PRONOUNS
"""Function words and pronouns: no head for an adjective before it ("the brief itself"), though
lemminflect lists some as nouns ("itself", "something")."""
EN_DETERMINERS = _EN_DETERMINERS
EN_PREPOSITIONS = _EN_PREPOSITIONS
EN_FUNCTION_WORDS = _EN_PRONOUNS
EN_MODALS = _EN_MODALS
"""The English closed classes other modules read a construction by (`termbase.senses`)."""
EN_MASS_OR_COUNT = _words("no some any much more most less enough all such what")
"""Determiners that go with a mass noun and a count one alike ("no glass", "no glasses"): unlike
an article or a possessive they do not say the noun is counted ("the glass", "a glass")."""


class EnglishGrammar:
    """Part of speech in context from the neighbouring words (no tagger needed for a few cues).

    English terms inflect without agreement, so there is no pattern to check.
    `analyses` gives lemminflect's lemmas by part of speech of a folded word.
    """

    wide_context = True
    """A hyphen makes a compound ("well-knit", "she-bear"), two make a dash ("Captain--fly"),
    and an apostrophe after a plural makes a possessive ("the workers' club"): the tokens
    keep none of them. An aside between commas ("Darrell, however, rose") leaves the verb
    with no word before it."""

    verb_head_first = True

    def __init__(self, analyses: Callable[[str], dict[str, tuple[str, ...]]]) -> None:
        self._analyses = analyses

    def pattern(self, words: Sequence[str], keys: Sequence[frozenset[str]]) -> Pattern | None:
        return None

    def agrees(
        self, pattern: Pattern, words: Sequence[str], keys: Sequence[frozenset[str]], counted: bool = False,
        joined_to: str = "",
    ) -> tuple[bool, str]:
        return True, ""

    def is_noun(self, word: str, keys: frozenset[str]) -> bool:
        return any("#" not in key for key in keys)

    def is_adjective(self, word: str, keys: frozenset[str]) -> bool:
        return False

    def is_verb(self, word: str, keys: frozenset[str]) -> bool:
        return any(key.endswith("#verb") for key in keys)

    def needs_context(self, word: str) -> bool:
        """A form lemminflect also reads as an adjective, adverb or modal ("fine", "well",
        "can"), or an independent possessive ("mine"), is decided by its neighbours too.
        A capitalised word may be part of a name ("Mr. Smith"): `_name` reads its neighbours;
        a short one may be another language's word ("par", `_EN_SHORT`): `_foreign_phrase`."""
        folded = fold_word(word)
        return word[:1].isupper() or len(folded) <= _EN_SHORT or folded in _EN_POSSESSIVE_PRONOUNS or not {
            "ADJ", "ADV", "AUX"}.isdisjoint(self._analyses(folded))

    def coordinating(self, word: str) -> bool:
        return False

    def noun_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """A form whose noun reading has another lemma ("finer", "best" reach "fine" and "well"
        only as an adjective or adverb) is never a noun term; else the neighbours decide. A term
        lemminflect lists only as an adjective or adverb ("upstream") is that word; one it lists
        as neither, a noun only by the term's word ("May", declared a noun: lemminflect lists
        the modal), is the noun, so that the modal's cues are asked ("May I")."""
        context = _dash_as_break(context)
        name = self._name(context, keys) or self._foreign_phrase(context)
        if name:
            return False, name
        c = context.folded()
        analyses = self._analyses(c.word)
        noun = any("NOUN" in found or (found and not {"ADJ", "ADV"} & set(found))
                   for found in map(self._analyses, keys))
        if noun and keys.isdisjoint(analyses.get("NOUN", ()) + analyses.get("PROPN", ())) and not keys.isdisjoint(
            analyses.get("ADJ", ()) + analyses.get("ADV", ())
        ):
            return False, f"«{context.word}» is the term's word only as an adjective or adverb"
        reading, why = self._reading(context, c, keys, others=noun)
        if reading == "verb":
            return False, "read as a verb: " + why
        if reading == "other":
            return False, why
        if not why and {"VERB", "AUX"}.isdisjoint(analyses):
            return True, ""  # no verb's form: nothing was in doubt
        return True, "a noun: " + why if why else "also a verb form; nothing nearby says so, kept as the noun"

    def substantive_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """A declared noun is read as any noun term: `noun_in_context` already asks lemminflect
        whether the term's word is a noun at all."""
        return self.noun_in_context(context, keys)

    def adjective_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """An adjective term ("free", "revolutionary": the termbase says so) is refused only where
        the word is read as a verb ("to free them"), or where its bare form has no noun to modify,
        before an article ("live their time") or after "to" with no noun after it ("to live
        with"); the cues that tell a noun term from an adjective would refuse the term itself
        ("the free development")."""
        context = _dash_as_break(context)
        name = self._name(context, keys)
        if name:
            return False, name
        c = context.folded()
        reading, why = self._reading(context, c, keys, others=False)
        if reading == "verb" and why:
            return False, "read as a verb: " + why
        if self._bare_verb(c.word) and (c.after in _EN_ARTICLES or (
            c.before == "to" and "NOUN" not in self._analyses(c.after)
        )):
            return False, f"read as a verb: an adjective stands before a noun, «{context.word} {context.after}» is none"
        noun = self._noun_head(c, keys)
        if noun:
            return False, "read as a noun: " + noun
        return True, ""

    def _noun_head(self, c: Context, keys: frozenset[str]) -> str:
        """Why a form of an adjective term that lemminflect also reads as that word's noun is
        the noun here, or "": an adjective has no plural ("in all weathers"), and after a
        determiner, a preposition or an adjective ("the weather;", "fine weather, wind") a word
        that no noun follows heads its noun phrase, where the adjective would modify the noun
        after it ("the weather side"). A conjunction after it may join a second adjective ("the
        free and equal"), so only a stop, a function word ("of", "than") or a finite verb ("the
        weather was fine") ends the phrase;
        a link verb before the word ("was fast") makes it a predicate, no noun."""
        analyses = self._analyses(c.word)
        if keys.isdisjoint(analyses.get("NOUN", ())) or not keys.isdisjoint(analyses.get("ADJ", ())):
            return ""
        if c.word not in keys:
            return f"«{c.word}» is a plural, and an adjective has none"
        opens = c.before in _EN_NOUN_BEFORE or (
            c.before not in _EN_DEGREE | _EN_SUPERLATIVE and "ADJ" in self._analyses(c.before))
        ends = not c.after or c.after in (_EN_CLOSED_CLASS - _EN_COORDINATORS) | _EN_FINITE_AFTER
        if opens and ends:
            return f"«{c.before} {c.word}» heads its phrase, no noun after it to modify"
        return ""

    def verb_in_context(self, context: Context, keys: frozenset[str]) -> tuple[bool, str]:
        """The noun term's cues read the other way round ("the state" is the noun), but "to"
        before the verb's own base form is its infinitive ("to state", "ready to cry"): a
        noun term keeps "went to bed" because nouns follow "to" as often."""
        context = _dash_as_break(context)
        c = context.folded()
        if c.before == "to" and f"{c.word}#verb" in keys:
            return True, "a verb: an infinitive after «to»"
        reading, why = self._reading(context, c, keys)
        if reading == "noun":
            return False, "read as a noun: " + why
        if reading == "other":
            return False, why
        return True, "a verb: " + why if why else "also a noun; nothing nearby says so, kept as the verb"

    def _name(self, context: Context, keys: frozenset[str]) -> str:
        """Why a capitalised word of a common term ("smith", "pike", "perfect": words lemminflect
        knows) is part of a name here, or "": after an initial ("J. R. Smith"; not a common
        word's letter, "Appendix A. Installation"), a title's
        abbreviation ("Mr. Smith", `Context.earlier` holding the word before the stop) or a
        capitalised word lemminflect does not know, a first name ("Polydore Smith", "Daniel
        Voorhees Pike"; not after a determiner or an adjective, "the first French Revolution":
        lemminflect does not list nationalities either), or a capitalised common noun inside a
        sentence, a title (`_title`: "to General Smith"). Not before one: technical prose writes
        words lemminflect does not list after a capitalised term ("Installation Howto", "the
        Smith Howto"); but a capitalised common noun inside a sentence with no article, after a
        preposition or a verb, is a place's name when such a word follows it ("at Port Denison",
        "clear of Point Indio", `_title` of the word itself), when a capitalised common noun
        follows it ("in Change Alley", "along Bond Street"; not in a title's capitals, "Deposits
        and Bank Balances", where the word before that word is capitalised too) or when a
        capitalised word with no article opens it ("at Sandy Point"): a common noun there has its
        determiner. In a list, between a comma after a word lemminflect does not know and such
        a word after it, it is a name among names ("Jonathan Ingram, Bill Tozier", "San Diego,
        Point Loma").
        lemminflect lists common words, not names, and knows some function words no better
        (`_EN_CLOSED_CLASS`). A term that is itself a name ("Marx") is left alone, and so is a
        capital with no such neighbour: a sentence's first word, or a noun an old author
        capitalised ("the Pike"), nor a compound's part ("Non-Maintainer")."""
        word = context.word
        if not word[:1].isupper() or not any(self._analyses(key) for key in keys if "#" not in key):
            return ""
        if len(context.mark) == 2 and context.mark[0].isupper() and context.mark[1] == "." and not (
            len(context.earlier) > 1 and self._analyses(fold_word(context.earlier[1]))
            and fold_word(context.earlier[1]) not in _EN_CLOSED_CLASS
        ):
            return f"a name: after the initial «{context.mark}»"
        if context.mark == "." and context.earlier and len(context.earlier[0]) <= 3 and self._unknown_capital(
            context.earlier[0]
        ) and not _ROMAN.fullmatch(context.earlier[0]):  # "II. Pieces" numbers a list
            return f"a name: after the title «{context.earlier[0]}.»"
        before2 = fold_word(context.before2)
        if context.joined_before != "-" and self._unknown_capital(context.before) and before2 not in _EN_DETERMINERS and (
            "ADJ" not in self._analyses(before2)
        ):
            return f"a name: after «{context.before}», a first name"
        if context.joined_before != "-" and self._title(context.before, context.before2) and not self._plural_form(
            fold_word(word)
        ) and not (self._capital_noun(context.before) and self._modifies_noun(context.after)):
            # "General Smith", not "Domestic Pieces", nor "in State Bank offices", the noun's article
            return f"a name: after «{context.before}», a title"
        if context.joined_before != "-" and context.joined_after != "-":
            if context.after[:1].isupper() and self._title(word, context.before):
                if self._unknown_capital(context.after):
                    return f"a name: «{word} {context.after}» after «{context.before}», with no article"
                if not context.before2[:1].isupper() and self._capital_noun(word) and self._capital_noun(
                    context.after
                ) and not self._modifies_noun(context.after2):
                    return f"a name: «{word} {context.after}» after «{context.before}», a capitalised noun after it"
            if self._opens_name(context.before, context.before2) and not self._plural_form(fold_word(word)) and not (
                self._capital_noun(context.before) and self._capital_noun(word) and self._modifies_noun(context.after)
            ):
                return f"a name: «{context.before} {word}» after «{context.before2}», with no article"
            if context.mark == "," and context.earlier and self._unknown_capital(context.earlier[0]) and (
                self._unknown_capital(context.after) and not self._plural_form(fold_word(word))
            ):
                return f"a name: «{word} {context.after}» in a list of names after «{context.earlier[0]},»"
        return ""

    def _foreign_phrase(self, context: Context) -> str:
        """Why the word is a word of a phrase in another language here, or "": lemminflect lists
        neither the word before it (across a comma, the last word of the phrase before the comma)
        nor the word after it, and one of the two words each side has a letter English does not
        write (`_foreign`: "par les régles", "rédigé par M. Bailly", "épique par Lucien"). Words
        lemminflect does not list are no evidence alone: names ("Bill Tozier"), old spellings
        ("wil tel") and a science's words ("the Coulomb balance electrometer") are English; and
        one English word beside the form keeps the term ("point électrique")."""
        before = context.before or (context.earlier[0] if context.mark == "," and context.earlier else "")
        near = (context.before2, before, *context.earlier[1:2], context.after, context.after2)
        if all(map(str.isascii, near)) or not (self._unlisted(context.after) and self._unlisted(before)):
            return ""  # the letters first: most texts have none outside English's alphabet
        foreign = next((word for word in near if self._foreign(word)), "")
        return f"a word of a foreign phrase: «{foreign}» beside it" if foreign else ""

    def _unlisted(self, word: str) -> bool:
        """Whether `word` is of letters and neither a word lemminflect lists nor a function word
        ("les", "Montégre", "M")."""
        if not word.isalpha():
            return False
        folded = fold_word(word)
        return folded not in _EN_FUNCTION_OR_NUMBER and not self._analyses(folded)

    def _foreign(self, word: str) -> bool:
        """Whether `word` is `_unlisted` and has a letter outside English's alphabet ("régles",
        "Montégre"): a word of another language, or a borrowing that keeps its accent ("café",
        "rôle"), which is why `_foreign_phrase` also wants neither neighbour listed."""
        return self._unlisted(word) and not word.isascii()

    def _title(self, word: str, before: str) -> bool:
        """Whether `word` is a capitalised common noun inside a sentence, after a small-letter word
        that is no determiner nor adjective ("to General Smith", "by Captain Cook"): a title before
        a name, for a capital there is no sentence's start ("the Communist Party" has its article)."""
        if not word[:1].isupper() or not word.isalpha() or not before[:1].islower():
            return False
        folded, lead = fold_word(word), fold_word(before)
        return ("NOUN" in self._analyses(folded) and folded not in _EN_CLOSED_CLASS
                and lead not in _EN_DETERMINERS and "ADJ" not in self._analyses(lead))

    def _capital_noun(self, word: str) -> bool:
        """Whether `word` is a noun lemminflect lists, written with a capital and small letters
        ("Alley", "Street"; not "OWNER", whose capitals throughout say nothing of a name)."""
        folded = fold_word(word)
        return (word[:1].isupper() and word.isalpha() and not word.isupper() and folded not in _EN_CLOSED_CLASS
                and "NOUN" in self._analyses(folded))

    def _modifies_noun(self, word: str) -> bool:
        """Whether `word`, after two capitalised common nouns, is the small-letter noun they modify
        as one compound ("to Party Congress delegates", "in State Bank offices"): a plural or a
        word that is only a noun. The article a name would lack is then the head noun's, which a
        plural does without; "in Change Alley" and "at Sandy Point" end their noun phrase."""
        if not word.islower() or not word.isalpha():
            return False
        return self._plural_form(word) or self._noun_only_here(word)

    def _opens_name(self, word: str, before: str) -> bool:
        """Whether `word` is a capitalised word lemminflect knows ("Sandy", "Port") inside a
        sentence with no article, after a small-letter word that is no determiner nor adjective
        ("at Sandy"): the first word of a name, as `_title` is a title's."""
        lead = fold_word(before)
        return (word[:1].isupper() and word.isalpha() and not word.isupper() and before[:1].islower()
                and fold_word(word) not in _EN_CLOSED_CLASS and bool(self._analyses(fold_word(word)))
                and lead not in _EN_DETERMINERS and "ADJ" not in self._analyses(lead))

    def _unknown_capital(self, word: str) -> bool:
        """Whether `word` is capitalised, of letters, and no word lemminflect lists nor a function
        word: a name ("Polydore", "Voorhees") or a title's abbreviation ("Mr", "Dr")."""
        if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
            return False
        folded = fold_word(word)
        return folded not in _EN_CLOSED_CLASS | _EN_NUMERALS and not self._analyses(folded)

    def _reading(
        self, raw: Context, c: Context, keys: frozenset[str], others: bool = True
    ) -> tuple[str | None, str]:
        """The reading ("noun" or "verb") the neighbours give and the cue, or (None, ""), from
        the context as written (`raw`) and folded (`c`); "other" is an adjective, adverb or
        pronoun, neither the noun nor the verb: asked only where `others`, for a term that is a
        noun (a term lemminflect knows only as an adjective or adverb, "upstream", is that word)."""
        before, form, after = c.before, c.word, c.after
        other = self._compound(raw, c, others) or (self._other_word(raw, c) if others else None) or (
            self._gerund_with_object(raw, c) if form.endswith("ing") else None)
        if other is not None:
            return other
        if {"VERB", "AUX"}.isdisjoint(self._analyses(form)) and not any(key.endswith("#verb") for key in keys):
            return None, ""  # no verb's form ("local", "first"): the verb cues say nothing of it
        if before in _EN_SINGULAR_DETERMINERS and self._third_person(form) and after not in _EN_FINITE_AFTER:
            return "verb", f"«{raw.before} {raw.word}»: no plural after «{raw.before}», a verb's subject"
        if (before in _EN_NOUN_BEFORE and not self._relative_verb(c)) or (
            c.joined_before == "'" and before.endswith("s")  # "the workers' club"
        ):
            return "noun", f"after «{before}{c.joined_before}»"
        determined = "" if form.endswith("ing") or self._past_tense(form) else self._determined(raw, c)
        if determined:  # not "Smith's gone", the verb after "has"
            return "noun", determined
        if before == "to":
            return self._after_to(raw, c)
        determined_by_which = self._after_which(raw, c)
        if determined_by_which:
            return "noun", determined_by_which
        if (before in _EN_VERB_BEFORE and (c.before2 not in _EN_DETERMINERS or before in _EN_SUBJECT_PRONOUNS or (
            c.before2 in _EN_SINGULAR_DETERMINERS and "AUX" in self._analyses(before)  # "books that will live"
        ))) or before.endswith(("'ll", "'d")):  # "that she will": no determiner takes a subject pronoun
            return "verb", f"after «{raw.before}»"  # not "the only class": a determiner makes «only» an adjective
        past_adverb = self._past_adverb(raw, c)
        if past_adverb:
            return "verb", past_adverb
        finite = self._finite_verb(raw, c)
        if finite:
            return "verb", finite
        if self._adjective_before(before) or (c.before2 in _EN_DEGREE | _EN_SUPERLATIVE and before and set(
            self._analyses(before)) <= {"ADJ"}):  # "the most insurrectionary tune into", lemminflect knowing no such word
            return "noun", f"after the adjective «{raw.before}»"  # "the exquisite figure out of which"
        particle = self._particle_reading(raw, c)
        if particle is not None:
            return particle
        if raw.after in _EN_OBJECT_ONLY:
            return "verb", f"«{raw.word} {raw.after}», a verb before its object"
        bare = self._bare_verb_reading(raw, c, keys)
        if bare is not None:
            return bare
        return self._subject_or_object_reading(raw, c)

    def _after_which(self, raw: Context, c: Context) -> str:
        """Why the form after "which" is a noun, or "": a clause's subject after it ("which
        certificate it should use", "which books they read"), where a verb after "which" would
        take an object; or "which" a preposition's object or opening a question, where the verb
        comes before its object ("in which lies the answer", "Which trains the dogs?")."""
        after = c.after
        if c.before != "which":
            return ""
        if after in _EN_SUBJECT_PRONOUNS - {"you"} or (after in ("it", "you") and c.after2 in _EN_MODALS | _EN_FINITE_AFTER):
            return f"«which {raw.word} {raw.after}»: «which» its determiner, «{raw.after}» the next verb's subject"
        if after not in _EN_OBJECT_AFTER and (c.before2 in _EN_PREPOSITIONS or (not c.before2 and raw.before == "Which")):
            phrase = f"{raw.before2} {raw.before} {raw.word}" if raw.before2 else f"{raw.before} {raw.word}"
            return f"«{phrase}»: «which» is a preposition's object or the noun's determiner"
        return ""

    def _gerund_with_object(self, raw: Context, c: Context) -> tuple[str, str] | None:
        """A form in "-ing" of another verb ("hearing" of "hear") as that verb's gerund or
        participle, or None: after a preposition or opening its clause, before an object
        pronoun or an article ("by hearing a cry", "of hearing him say", "Hearing her
        complain"). The noun takes its determiner and no object ("the hearing of the case");
        a preposition's noun with no determiner ("after hearing") is a gerund's bare form."""
        if not self._inflected_verb(c.word):
            return None
        opens = c.before in _EN_PREPOSITIONS or (not c.before and c.mark in _EN_CLAUSE_START)
        if not opens or c.after not in _EN_OBJECT_PRONOUNS | {"a", "an", "the"}:
            return None
        return "verb", f"«{raw.word} {raw.after}», a gerund before its object"

    def _past_adverb(self, raw: Context, c: Context) -> str:
        """Why an adverb between the form and a subject pronoun or a modal makes it a verb, or
        "": "you occasionally call", "would fain act", "will please stay" (`_EN_MODALS`)."""
        if c.before2 in _EN_SUBJECT_PRONOUNS and self._adverb_only(c.before):
            return f"«{raw.before2} {raw.before} {raw.word}», a subject and an adverb before it"
        lead = self._analyses(c.before) if c.before else {}
        if c.before2 in _EN_MODALS and (c.before == "please" or ("ADV" in lead and "NOUN" not in lead)):
            return f"«{raw.before2} {raw.before} {raw.word}», a modal and an adverb before it"
        return ""

    def _after_to(self, raw: Context, c: Context) -> tuple[str, str]:
        """The reading of a form after "to": a noun ("went to bed.") but where "to" is an
        infinitive's, after a verb's object ("made him to stand", "convenient to yourself to call";
        a reflexive only before a bare form, not "set themselves to tunes"), a catenative ("began
        to cry", "ceasing to discount"), an adjective, one that is also a participle ("proud to
        cry", "willing to yield"), or before an object or a particle ("to content you"). A capital
        inside a sentence ("went to Party Congress delegates") is a noun's, a name's or an
        institution's: no verb is written so, but in a title's capitals ("How to Build"). A form in
        "-s" that is no verb's bare form is a plural after the preposition, whatever stands before
        "to" ("applicable to imports from"): an infinitive is always the bare form."""
        form, after = c.word, c.after
        if raw.word[:1].isupper() and not raw.word.isupper() and raw.before2[:1].islower():
            return "noun", f"«to {raw.word}», a capital inside a sentence"
        if form.endswith("s") and not self._bare_verb(form):  # "applied to imports from"
            return "noun", f"«to {raw.word}»: an infinitive is a bare form, not one in «-s»"
        lead = self._analyses(c.before2) if c.before2 else {}
        if (
            c.before2 in _EN_OBJECT_PRONOUNS
            or (c.before2 in _EN_REFLEXIVES and form in self._analyses(form).get("VERB", ()))
            or _EN_CATENATIVE & set(lead.get("VERB", ()) + lead.get("AUX", ()))
            or (set(lead) - {"VERB"} == {"ADJ"} and c.before2 in lead["ADJ"])
            or after in _EN_OBJECT_AFTER | _EN_OBJECT_PRONOUNS | _EN_PARTICLE_AFTER | {"for"}
        ) and after not in _EN_FINITE_AFTER:  # "bringing them to market are" ends its phrase
            return "verb", f"«{c.before2} to {form}»".replace("« to", "«to")
        return "noun", "after the preposition «to»"

    def _determined(self, raw: Context, c: Context) -> str:
        """Why a determiner makes the form a noun, or "": a cardinal, an ordinal or a possessor
        before it ("the four notes", "Fraser's Airs"), or an article and an adjective ("the best
        ship afloat", "the last sound"), since only a noun phrase follows an article and
        lemminflect lists "best" and "last" as nouns and verbs too (`_adjective_before` takes
        neither)."""
        if c.before in _EN_NUMERALS - {"one"} | _EN_ORDINALS or self._possessor(c.before):
            return f"after «{raw.before}», its determiner"
        if c.before2 in _EN_ARTICLES and "ADJ" in self._analyses(c.before):
            return f"«{raw.before2} {raw.before} {raw.word}»: an adjective between its article and the noun"
        return ""

    def _subject_or_object_reading(self, raw: Context, c: Context) -> tuple[str | None, str]:
        """`_reading`'s last cues, from a subject or an object beside the form: a name after a
        third person opening its clause or before it, a singular reflexive after a third person
        ("crowns himself"), a noun before it and an object after it
        ("the hotel books that room"; not a verb's object before a relative clause, "produce
        books that last"), an adverb alone before it and an article after it ("Here lie the
        bones"), or a finite verb after it, whose subject it is."""
        before, form, after = c.before, c.word, c.after
        if self._third_person(form) and after in _EN_SINGULAR_REFLEXIVES:
            return "verb", f"«{raw.word} {raw.after}»: a plural's emphatic reflexive is «themselves»"
        third_person = form.endswith("s") and not form.endswith("ss")
        if third_person and raw.after[:1].isupper() and not before:
            return "verb", f"«{raw.word} {raw.after}», a name after it"
        if third_person and self._name_subject(raw, c) and not self._name_modifier(c):
            return "verb", f"the name «{raw.before}» is its subject"
        if third_person and self._singular_noun(before) and after.endswith("ly") and self._adverb_only(after):
            return "verb", f"«{raw.before}» is its subject, «{raw.after}» its manner"  # "the herd winds slowly"
        lead = self._analyses(before) if before else {}
        if after in _EN_OBJECT_AFTER and "NOUN" in lead and "ADJ" not in lead and not (
            after in _EN_RELATIVE and raw.before.islower() and (self._bare_verb(before) or self._past_tense(before))
        ):  # "produce books that last": a verb and its object; "Mrs. Woods saw that" has its subject
            return "verb", f"«{before}» is its subject, «{after}» its object"
        if after in _EN_ARTICLES and self._adverb_only(before):
            return "verb", f"«{raw.before} {raw.word} {raw.after}», a verb before its subject or object"
        if after in _EN_FINITE_AFTER:
            return "noun", f"the subject of «{after}»"
        return self._noun_phrase_reading(raw, c)

    def _noun_phrase_reading(self, raw: Context, c: Context) -> tuple[str | None, str]:
        """The noun cues asked when no other cue spoke: a plural's possessive ("ships' galleys");
        "of" after the form, which a noun takes and a verb seldom does ("sound of violent
        struggle"); a bare form of a verb with a regular past after an article and a singular
        noun ("the port tack", "the other tack"), where a finite verb would agree with that
        subject in "-s" ("the port tacks") and a past would end in "-ed"; and a form that opens its clause
        before a participle ("Ship rolling heavily"), a log's subject with its verb left out."""
        before, form, after = c.before, c.word, c.after
        if c.joined_after == "'" and form.endswith("s"):
            return "noun", f"«{raw.word}'», a plural's possessive"
        if after == "of":
            return "noun", f"«{raw.word} of», a noun before «of»"
        if c.before2 in _EN_ARTICLES and self._singular_noun(before) and self._regular_bare_verb(form):
            return "noun", f"«{raw.before2} {raw.before} {raw.word}»: no finite verb after a singular noun"
        if not before and c.mark in _EN_CLAUSE_START and after.endswith("ing") and self._participle(after):
            return "noun", f"«{raw.word} {raw.after}», the subject of a participle"
        return None, ""

    def _particle_reading(self, raw: Context, c: Context) -> tuple[str, str] | None:
        """A form before a particle is a phrasal verb ("head down", "anchor at"), unless it is the
        object of the verb before it (`_object_of_verb`: "cast anchor at Apia")."""
        governed = self._object_of_verb(raw, c)
        if governed:
            return "noun", governed
        if c.after in _EN_PARTICLE_AFTER:
            return "verb", f"«{c.word} {c.after}»"
        return None

    def _object_of_verb(self, raw: Context, c: Context) -> str:
        """Why the singular form is the object of the verb before it, or "": a verb's form
        ("cast", "weighing", "kept") that no determiner nor preposition makes a noun, nor a modal,
        a catenative or a causative ("let go", "help steer", "go fish") lets take a bare verb, before
        the bare form of a noun, which no object follows ("cast anchor at Apia", "Weighing anchor";
        not "helped steer the boat")."""
        before, form = c.before, c.word
        if not before or form.endswith("s") or c.after in _EN_OBJECT_AFTER | _EN_OBJECT_PRONOUNS:
            return ""
        lead = self._analyses(before)
        verbs = set(lead.get("VERB", ()))
        if (not verbs or "AUX" in lead or "ADJ" in lead or "ADV" in lead or before.endswith("s")
                or verbs & (_EN_CATENATIVE | _EN_CAUSATIVE | {"go", "come", "dare", "need"})
                or c.before2 in _EN_NOUN_BEFORE or before in _EN_CLOSED_CLASS or form not in self._analyses(form).get("NOUN", ())):
            return ""
        return f"«{raw.before} {raw.word}», the object of «{raw.before}»"

    def _regular_bare_verb(self, form: str) -> bool:
        """Whether `form` is the bare form of a verb whose past ends in "-ed" ("tack", "sound";
        not "cast", a past as it stands): after a singular subject it can be no finite verb."""
        pasts = (form + "ed", form + "d", form + form[-1:] + "ed", form[:-1] + "ied")
        return self._bare_verb(form) and any(form in self._analyses(past).get("VERB", ()) for past in pasts)

    def _compound(self, raw: Context, c: Context, others: bool) -> tuple[str, str] | None:
        """A hyphenated compound's last part is its head, a noun where the form may be one
        ("a she-bear"; not a participle, "well-governed"); a first part that may be an adjective
        or adverb, before a word that cannot be a noun, is that adjective or adverb ("well-knit",
        "light-hearted"). A first part before a noun is left to the other cues: it is the noun
        as often ("a fire-dancer", "class-interest", "a light-house") as part of another word
        ("a fire-place") or an adjective ("light-green": lemminflect reads colours and "house"
        as adjectives and nouns alike, so nothing here tells them apart)."""
        if c.joined_before != "-" and c.joined_after != "-":
            return None
        analyses = self._analyses(c.word)
        if c.joined_before == "-" and "NOUN" in analyses:
            return "noun", f"the head of the compound «{raw.before}-{raw.word}»"
        if others and c.joined_after == "-" and not {"ADJ", "ADV"}.isdisjoint(analyses) and (
            "NOUN" not in self._analyses(c.after)
        ):
            return "other", f"«{raw.word}-{raw.after}», a compound adjective or adverb"
        return None

    def _bare_verb_reading(self, raw: Context, c: Context, keys: frozenset[str]) -> tuple[str, str] | None:
        """A bare form as a verb: after "let", "make" and the like and their object pronoun
        ("let us fly"), joined by "and" or "or" to a bare form that is only a verb ("contend and
        lie for"), or as a command: joined by "and" to a verb's object pronoun ("saddle it
        and fly"), opening its clause before an object ("Light the lantern", "--rest her soul"; a
        noun there is followed by its verb or a break, not by a determiner or a pronoun), or
        alone (`_alone`)."""
        before, form, after = c.before, c.word, c.after
        if before in _EN_OBJECT_PRONOUNS and self._bare_verb(form) and not _EN_CAUSATIVE.isdisjoint(
            self._analyses(c.before2).get("VERB", ()) if c.before2 else ()
        ):
            return "verb", f"«{raw.before2} {raw.before} {raw.word}», a bare infinitive"
        if before == "and" and c.before2 in _EN_OBJECT_PRONOUNS and self._bare_verb(form):
            return "verb", f"«{raw.before2} {raw.before} {raw.word}», joined to a verb's object"
        if before in ("and", "or") and self._bare_verb(form) and self._bare_verb_only(c.before2):
            return "verb", f"«{raw.before2} {raw.before} {raw.word}», joined to the verb «{raw.before2}»"
        if not before and c.mark in _EN_CLAUSE_START and after in (_EN_OBJECT_AFTER - _EN_RELATIVE) | {"not"} and (
            self._bare_verb(form)
        ):  # "Judge not": the old imperative puts "not" after the verb
            return "verb", f"«{raw.word} {raw.after}» opens its clause, a command"
        return self._alone(raw, c, keys) if not before and not after else None

    def _name_subject(self, raw: Context, c: Context) -> bool:
        """Whether the word before the form is a name that may be its subject: capitalised and
        no word lemminflect lists ("Gretchen saw"), nor a conjunction, a cardinal ("Eleven bars")
        or a possessive ("Fraser's Airs"); and the form in small letters, for a verb after
        its subject is written so where a capital on both makes them a title's words ("New
        York Instruments", "old English Tunes"). Nor a name "and" joins to a word before it
        ("both HTTP and HTTPS requests"): two subjects joined so take a plural verb, never one in
        "-s" (after "or" and "nor" the verb agrees with the nearer one, "neither Tom nor Anna
        knows")."""
        before = c.before
        return (raw.before[:1].isupper() and not raw.word[:1].isupper() and not self._analyses(before)
                and before not in _EN_SUBORDINATORS | _EN_NUMERALS and not _possessive(before)
                and c.before2 != "and")

    def _name_modifier(self, c: Context) -> bool:
        """Whether the name before a form in "-s" modifies it as a noun's attribute ("his
        Mississippi bonds", "on Scarlatti lines", "the Chinook winds"): a determiner or a
        preposition before the name makes it part of a noun phrase, no subject, where nothing
        after the form is a verb's object or manner (not "of the Greeks rests entirely", "the
        Presto closes the work", "the Hebrews presents one of"). A past tense is left to its
        subject ("a watchman in Kolomna saw", "the Cossacks saw"): peoples' names take "the".
        Whatever stands before the name, a finite "is", "are", "has" ... right after the form
        makes the form that verb's subject ("the default SSL protocols are"): a verb in "-s" has
        no such verb after it."""
        if c.after in _EN_FINITE_AFTER:
            return True
        return c.before2 in _EN_NOUN_BEFORE and not (
            c.after in _EN_OBJECT_AFTER | _EN_OBJECT_PRONOUNS | _EN_NUMERALS or self._adverb_only(c.after))

    def _relative_verb(self, c: Context) -> bool:
        """Whether "that" before a past form opens a relative clause after a noun ("the answer
        that rose"), where it is no determiner."""
        return c.before == "that" and self._past_tense(c.word) and self._noun_only_here(c.before2)

    def _alone(self, raw: Context, c: Context, keys: frozenset[str]) -> tuple[str, str] | None:
        """A word with no word beside it: an interjection where it is capitalised and may be an
        adverb ("Well, I've seen"), an imperative beside "!" ("Fly! fly!"); else nothing is
        said, so a heading's "Rent" or a list's "Labour, therefore, is" stays the noun."""
        if raw.word[:1].isupper() and "ADV" in self._analyses(c.word):
            return "other", f"«{raw.word}» alone, an interjection"
        if "!" in (raw.mark, raw.mark_after) and (c.word in keys or f"{c.word}#verb" in keys):
            return "verb", f"«{raw.word}» alone, an imperative"
        return None

    def _finite_verb(self, raw: Context, c: Context) -> str:
        """Why the form is a finite verb, or "": a past tense of another verb
        after a name, a plural noun, «and» or an adverb ("Gretchen saw", "the Indians rose",
        "and felt", "instinctively felt"), or inside a clause after a singular noun that a
        determiner or an adjective opens ("the sun rose over", "the wretched man felt for"; a
        compound's head looks the same, so not where a noun precedes that noun, "the watch spring
        saw", nor at the clause's end, "with a band saw."); after an aside between commas
        ("Darrell, however, rose"), after "that" following a noun ("the answer that rose"), before
        its object ("saw the guard", "saw Ellen"; not before "that", which may open a relative
        clause after the noun) or joined by "and" to another past tense ("rose and fell"). A bare
        form after a plural noun is not read so ("the clouds fly"): compounds ("the members
        club") look the same, and a noun there is the commoner reading."""
        before, form, after = c.before, c.word, c.after
        if not self._past_tense(form):
            return ""
        if self._name_subject(raw, c):
            return f"the name «{raw.before}» is its subject"
        if self._plural_noun(raw.before):
            return f"the plural «{raw.before}» is its subject"
        if ((before == "and" and not self._noun_only_here(c.before2) and not self._plural_noun(raw.before2))
                or (self._adverb_only(before) and before not in _EN_SUBORDINATORS)):
            return f"a past tense after «{raw.before}»"
        if c.after and self._singular_noun(before) and (
            c.before2 in _EN_DETERMINERS or self._adjective_opening(c.before2)
        ):
            return f"«{raw.before2} {raw.before}» is its subject"
        if not before and c.mark == "," and len(c.earlier) == 1 and self._adverb_aside(c.earlier[0]):
            return f"a past tense after the aside «, {c.earlier[0]},»"
        if self._relative_verb(c):
            return f"«{raw.before2} that {raw.word}», a relative clause"
        if raw.word.islower() and (after in _EN_OBJECT_AFTER - _EN_RELATIVE or (raw.after[:1].isupper() and after != "i")):
            return f"a past tense before its object «{raw.after}»"
        if after == "and" and self._past_tense(c.after2):
            return f"joined by «and» to the past tense «{raw.after2}»"
        return ""

    def _other_word(self, raw: Context, c: Context) -> tuple[str | None, str] | None:
        """The cues that outrank a determiner before the form: an independent possessive is the
        pronoun unless a determiner or a noun's modifier stands before it ("the mine", "a coal
        mine"); a modal before a bare verb or a subject
        pronoun is the modal ("this can be done", "Can I"); an adjective between a determiner and
        a noun is the adjective ("a fine sketch", after a cardinal "one grave issue"; not "party members", nouns as often), and after a degree adverb or as a link verb's bare
        predicate it is the adjective or adverb ("very kind", "was content", "as light as"); an
        adverb before a participle is the adverb ("well known", "a well arranged store"; not "the
        well dried up", whose participle heads no noun, nor "a water well dried up")."""
        before, form, after = c.before, c.word, c.after
        function = self._function_word(raw, c)
        if function:
            return "other", function
        if form in _EN_POSSESSIVE_PRONOUNS:
            if before in _EN_DETERMINERS or self._modifier(before):
                return "noun", f"after «{raw.before}»"
            return "other", f"«{raw.word}» read as a possessive pronoun"
        analyses = self._analyses(form)
        if "AUX" in analyses and before not in _EN_ARTICLES:
            if after in _EN_SUBJECT_PRONOUNS:
                return "verb", f"«{raw.word} {raw.after}», a modal before its subject"
            if self._question_opening(raw, c) and self._subject_after(raw, c):
                return "verb", f"«{raw.word} {raw.after}», a question's modal before its subject"
            bare, written = (after, raw.after) if self._bare_verb(after) else (
                (c.after2, raw.after2) if self._adverb(after) else ("", ""))
            if bare and self._bare_verb(bare) and not (written[:1].isupper() and not written.isupper()):
                return "verb", f"a modal before the bare verb «{bare}»"  # not a title's "The Young May Moon"
        if "ADJ" not in analyses and "ADV" not in analyses or self._inflected_verb(form):
            return None
        return self._modifier_reading(raw, c, analyses)

    def _question_opening(self, raw: Context, c: Context) -> bool:
        """Whether the form stands where a question puts its modal: opening its clause ("Will
        not the trial"), after a question word ("what will Mr. Mason do") or after one and its
        noun ("what difference will one day make"). A noun there would need its determiner."""
        if not c.before:
            return c.mark in _EN_CLAUSE_START
        if c.before in _EN_QUESTION_WORDS:
            return True
        return c.before2 in _EN_QUESTION_WORDS | {"which", "whose"} and raw.before.islower() and (
            self._noun_only_here(c.before) or self._plural_form(c.before))

    def _subject_after(self, raw: Context, c: Context) -> bool:
        """Whether a subject follows the modal: a determiner or a cardinal opening a noun phrase
        ("will the court", "will one day"), a capitalised word inside the sentence ("will Mr.
        Mason"), or "not" before either or a subject pronoun ("Will not the trial")."""
        after, written = (c.after2, raw.after2) if c.after == "not" else (c.after, raw.after)
        return (after in _EN_DETERMINERS | _EN_NUMERALS or (c.after == "not" and after in _EN_SUBJECT_PRONOUNS)
                or (written[:1].isupper() and not written.isupper() and bool(c.before)))

    def _function_word(self, raw: Context, c: Context) -> str:
        """Why a noun term's form that is also a preposition or a subordinating conjunction
        ("till", the money drawer, and "till", until) is that function word here, or "": the noun
        has its determiner or possessor before it ("the till", "our till"), the function word
        takes its complement after it, which a noun does not take with nothing between them: a
        clause's subject ("till they reached", "till something is settled", "till there's"), a
        noun phrase's determiner or a name ("till the month", "till his return", "till Friday"),
        a number ("till 1847") or a time adverb written with a hyphen ("till to-morrow"). "Her" before
        the form is as often the object of a verb as the noun's determiner ("nigh her till she sends")."""
        if c.word not in _EN_SUBORDINATORS | _EN_PREPOSITIONS or not c.after:
            return ""
        if (c.before in (_EN_DETERMINERS - _EN_OBJECT_PRONOUNS) | _EN_NUMERALS | _EN_ORDINALS
                or self._possessor(c.before) or c.before.isdigit()):  # "nigh her till she sends": "her" the object
            return ""
        after = c.after.split("'")[0]  # "there's"
        time = after == "to" and "ADV" in self._analyses(c.after + c.after2)  # "to-morrow", one word in two
        if not (after in _EN_SUBJECT_PRONOUNS | _EN_OBJECT_PRONOUNS | _EN_INDEFINITE_PRONOUNS | _EN_DETERMINERS
                | _EN_NUMERALS | {"there"} or raw.after[:1].isdigit() or time
                or (raw.after[:1].isupper() and after not in _EN_CLOSED_CLASS)):
            return ""
        return f"«{raw.word} {raw.after}», a preposition or conjunction before its complement"

    def _modifier_reading(
        self, raw: Context, c: Context, analyses: dict[str, tuple[str, ...]]
    ) -> tuple[str | None, str] | None:
        """`_other_word` for a form that may be an adjective or adverb: before a participle, a
        noun after a determiner or a preposition ("of fine feelings"), or "and" and an adjective;
        after a degree adverb, or an adverb opening a clause that ends with the form ("Mighty
        fine!") or "as" or "how" before an article ("as close an approach"); a link verb's
        predicate, an adverb ("not", "never") between them or not ("were not kind"), and after a
        pronoun's "'s" ("That's well!")."""
        before, form, after = c.before, c.word, c.after
        if form in analyses.get("ADV", ()) and self._past_tense(after) and (
            self._noun_only_here(c.after2) if before in _EN_DETERMINERS else not self._modifier(before)
        ):
            return "other", f"an adverb before the participle «{raw.after}»"
        if form in analyses.get("ADJ", ()) and (before in _EN_DETERMINERS | _EN_NUMERALS or before.isdigit()) and (
            (self._noun_only_here(after) or self._head_ending_phrase(c))
            and (self._adjective_of_its_own(form, analyses) or c.joined_after == "-")
        ):  # "the lee rail": a noun before a noun modifies it as it stands (`_adjective_of_its_own`)
            return "other", f"an adjective before the noun «{raw.after}»"
        if after in _EN_CONJUNCTIONS and (self._adjective_only(c.after2) or (
            before in _EN_DETERMINERS and self._participle(c.after2) and self._adjective_of_its_own(form, analyses)
        )):  # "his tired and worn face"; not "his head and looked": a noun's reading as a modifier, and a verb
            return "other", f"an adjective joined to the adjective «{raw.after2}»"
        if before in _EN_DEGREE or (before in ("as", "how") and after in ("as", "a", "an")) or (
            not after and not c.before2 and self._adverb_aside(before) and before not in _EN_SUBORDINATORS
        ):
            return "other", f"an adjective or adverb after «{raw.before}»"
        link, there = (c.before2, "") if self._adverb_only(before) and before not in _EN_DETERMINERS else (
            before, c.before2)  # "been no fair": "no" is the noun's determiner, though lemminflect lists an adverb
        lead = self._analyses(link) if link else {}
        if (_EN_LINK_VERBS & set(lead.get("AUX", ()) + lead.get("VERB", ())) and there != "there") or (
            before.endswith("'s") and before[:-2] in _EN_PRONOUNS_BEFORE_IS
        ):
            return "other", f"an adjective, the predicate of «{raw.before}»"
        if c.after2 and form in analyses.get("ADJ", ()) and self._adjective_only(after) and self._noun_only_here(c.after2):
            return "other", f"an adjective before «{raw.after} {raw.after2}»"
        return None

    def _head_ending_phrase(self, c: Context) -> bool:
        """Whether the word after the form is a singular noun as written that ends its noun
        phrase, a function word or a break after it ("a brief abstract--", "a brief abstract of"):
        that noun is the head the form modifies, though lemminflect also lists it as an
        adjective or verb; not another verb's inflected form ("the brief states that", "the light
        comes.": lemminflect lists Latin's "comes" as a noun too)."""
        return (c.after in self._analyses(c.after).get("NOUN", ()) and c.after not in _EN_PRONOUNS
                and not self._inflected_verb(c.after)
                and (not c.after2 or c.after2 in _EN_CLOSED_CLASS - _EN_COORDINATORS))

    def _adjective_of_its_own(self, form: str, analyses: dict[str, tuple[str, ...]]) -> bool:
        """Whether the adjective `form` is one of its own and not a noun's reading as a modifier:
        no noun, an adverb too ("fine", "well"), an ordinal ("second"), an adjective's suffix
        (`_EN_ADJECTIVE_SUFFIXES`: "royal", "pedal"), or lemminflect lists a comparative of it
        ("finer", "sterner"; not "leer") or an adverb made from it by English spelling ("solely",
        "presently"; "-ly" takes a final "e", "gently", "-ily" a final "y", "happily", and "-y"
        follows "ll", "fully": "partly" is "part"'s, not "party"'s). A noun that is an adjective
        with none of these ("lee", "head", "swell", "piano", "party") is the noun modifying the
        noun after it ("the lee rail", "a piano sonata", "the Party Congress"), where an adjective
        of its own is that adjective ("a fine sketch", "the sole purpose")."""
        if "NOUN" not in analyses or "ADV" in analyses or form in _EN_ORDINALS or form.endswith(_EN_ADJECTIVE_SUFFIXES):
            return True
        comparatives = {form + "er", form + "r", form + form[-1:] + "er", form[:-1] + "ier"}
        adverbs = {form + "ly", form + "y" if form.endswith("ll") else "",
                   form[:-1] + "ly" if form.endswith("e") else "", form[:-1] + "ily" if form.endswith("y") else ""} - {""}
        return any(form in self._analyses(comparative).get("ADJ", ()) for comparative in comparatives) or any(
            "ADV" in self._analyses(adverb) for adverb in adverbs)

    def _modifier(self, word: str) -> bool:
        """Whether `word` can only modify a noun after it, as a noun or adjective and never a
        verb, adverb, pronoun, contraction or plural ("a coal mine"; not "trust mine", "of mine",
        "you", "it's")."""
        if not word or "'" in word or "’" in word or self._plural_noun(word):
            return False  # "it's mine", "the birds, mine"
        analyses = self._analyses(word)
        return (bool({"NOUN", "ADJ"} & set(analyses)) and not {"VERB", "AUX", "ADV"} & set(analyses)
                and word not in _EN_SUBJECT_PRONOUNS | _EN_OBJECT_PRONOUNS)

    def _inflected_verb(self, form: str) -> bool:
        """Whether `form` is a verb's inflected form ("standing", "known"): after a link verb or
        an adverb it is that verb's participle, not an adjective's predicate."""
        return any(lemma != form for lemma in self._analyses(form).get("VERB", ()))

    def _adjective_only(self, word: str) -> bool:
        """Whether lemminflect reads `word` as an adjective and never as a noun ("hospitable")."""
        analyses = self._analyses(word) if word else {}
        return "ADJ" in analyses and "NOUN" not in analyses

    def _plural_form(self, form: str) -> bool:
        """Whether `form` is the plural of a noun lemminflect lists, not that noun itself
        ("pieces"; not "bass", "news")."""
        nouns = self._analyses(form).get("NOUN", ())
        return form.endswith("s") and bool(nouns) and form not in nouns

    def _possessor(self, word: str) -> bool:
        """Whether `word` is a noun's or a name's possessive ("Fraser's", "the master's"; not
        "it's", "that's", "let's", "there's", whose "'s" is a verb or "us")."""
        return _possessive(word) and word[:-2] not in _EN_CLOSED_CLASS | _EN_PRONOUNS_BEFORE_IS | {"here", "there", "let"}

    def _adjective_before(self, word: str) -> bool:
        """Whether lemminflect reads `word` as an adjective and not as an adverb nor as both a
        noun and a verb ("exquisite", "actual", "old"; not "first", "just", "light"): the form
        after it is the noun it modifies, and a particle after that a preposition ("the
        exquisite figure out of which", "actual pitch out of the question")."""
        analyses = self._analyses(word) if word else {}
        return "ADJ" in analyses and "ADV" not in analyses and not {"NOUN", "VERB"} <= set(analyses)

    def _adjective_opening(self, word: str) -> bool:
        """Whether lemminflect reads `word` as an adjective and not as both a noun and a verb
        ("old", "male", "tired"; not "light", "watch", "hunting"): before a noun it opens a noun
        phrase, not a compound."""
        analyses = self._analyses(word) if word else {}
        return "ADJ" in analyses and not {"NOUN", "VERB"} <= set(analyses)

    def _bare_verb(self, word: str) -> bool:
        """Whether `word` is a verb's bare form ("be", "stare"), as a modal takes after it."""
        analyses = self._analyses(word) if word else {}
        return word in analyses.get("VERB", ()) + analyses.get("AUX", ())

    def _bare_verb_only(self, word: str) -> bool:
        """Whether lemminflect reads `word` only as a verb's bare form ("contend", "dispute";
        not "fish", a noun too, nor "pines")."""
        analyses = self._analyses(word) if word else {}
        return set(analyses) == {"VERB"} and word in analyses["VERB"]

    def _participle(self, word: str) -> bool:
        """Whether `word` is only a verb's participle ("encouraging", "arranged"): after "a kind
        and" it modifies the noun as an adjective does."""
        analyses = self._analyses(word) if word else {}
        return set(analyses) == {"VERB"} and word.endswith(("ing", "ed")) and word not in analyses["VERB"]

    def _adverb_aside(self, word: str) -> bool:
        """Whether `word` may be an adverb and is no noun nor verb ("however", "then"): alone
        between commas it is an aside in a clause whose subject came before it."""
        analyses = self._analyses(word)
        return "ADV" in analyses and not {"NOUN", "VERB", "AUX"} & set(analyses)

    def _adverb_only(self, word: str) -> bool:
        """Whether lemminflect reads `word` only as an adverb ("instinctively", "ever")."""
        return bool(word) and set(self._analyses(word)) == {"ADV"}

    def _adverb(self, word: str) -> bool:
        """Whether lemminflect reads `word` only as an adverb, or as an adverb and a noun ("now")."""
        analyses = self._analyses(word) if word else {}
        return "ADV" in analyses and set(analyses) <= {"ADV", "NOUN"}

    def _singular_noun(self, word: str) -> bool:
        """Whether `word` is a noun's singular form and no adjective, adverb or modal ("moon",
        "voice"; not "chief", "red", whose adjective may modify a noun term after them)."""
        analyses = self._analyses(word) if word else {}
        return word in analyses.get("NOUN", ()) and not {"ADJ", "ADV", "AUX"} & set(analyses)

    def _noun_only_here(self, word: str) -> bool:
        """Whether `word` is a noun and no adjective, adverb or inflected verb form ("sketch",
        "arts"; not "comes", "longer", "green", nor a pronoun, `_EN_PRONOUNS`): the head an adjective before it modifies."""
        analyses = self._analyses(word) if word else {}
        verbs = analyses.get("VERB", ())
        return ("NOUN" in analyses and word not in _EN_CONJUNCTIONS | _EN_DETERMINERS | _EN_PRONOUNS
                and not {"ADJ", "ADV", "AUX"} & set(analyses)
                and (not verbs or word in verbs))

    def _third_person(self, form: str) -> bool:
        """Whether `form` is a verb's third person in "-s" and no singular noun ("produces",
        "baits"; not "bass"): as a noun it is a plural."""
        analyses = self._analyses(form)
        return form not in analyses.get("NOUN", ()) and any(
            form in (lemma + "s", lemma + "es") for lemma in analyses.get("VERB", ())
        )

    def _past_tense(self, form: str) -> bool:
        """Whether `form` is a past form of a verb with another lemma ("saw" of "see", "rose" of
        "rise"): after its subject it is that verb. Read from lemminflect's lemmas alone (not
        its inflection tables, whose first load costs more than a bench run's decisions): an
        inflected verb form that is no gerund ("-ing") nor third person ("-s")."""
        return not form.endswith(("ing", "s")) and self._inflected_verb(form)

    def _plural_noun(self, word: str) -> bool:
        """Whether `word` as written is a plural noun and nothing else ("Indians", "turnkeys";
        not a possessive "bears'", "hour's", a verb "saves" or an unknown word)."""
        if not word.lower().endswith("s") or "'" in word or "’" in word:
            return False
        analyses = self._analyses(fold_word(word))
        nouns = analyses.get("NOUN", ())
        return set(analyses) == {"NOUN"} and bool(nouns) and fold_word(word) not in nouns
