"""Remembering "another sense here": a translator's answers about term occurrences, per context.

The matcher reads grammar; it cannot read that "bill" is a bird's or «лук» a bow. A translator
can, and says so once: this occurrence is another sense of the word (a *sense exception*), or
this one is the term (a *confirmation*). This module keeps no state of its own: it describes an
occurrence's context (`context_of`) and decides, from the answers given so far (`judge`), whether
a later occurrence of the same concept stands where an exception was made.

What identifies a context, and why (measured by `bench.bench_senses` on every dev term set):

* the **neighbouring content words** of the source occurrence, as lemmas ("bill" beside "bird",
  «лук» beside «стрелы»): a sense keeps its company. Function words and the commonest words
  (a frequency cut from wordfreq, not a hand list) are left out: "said" or «быть» stand beside
  every sense alike;
* the **word the translator used** in the target instead of the termbase's (the *rendering*,
  "bill" → «клюв»): the translation disambiguates, so a later target holding the same rendering
  is the same sense whatever the source words around it;
* the occurrence's **form** as written (grammar: number and case show in the form); a policy may
  ask for it on top of the neighbours (`SensePolicy.same_form`).

A confirmation is evidence too: an occurrence is hidden only when an exception matches it
*strictly better* than every confirmation of the concept does, so a context as close to a
confirmed use as to an exception stays shown.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from termbase.grammar import EN_DETERMINERS, EN_FUNCTION_WORDS, EN_MASS_OR_COUNT, EN_PREPOSITIONS
from termbase.languages import primary_language
from termbase.morphology import EnglishLemmatizer, RussianLemmatizer, lemmatizer_for
from termbase.normalize import fold_word, is_word, token_spans

_RU_CLOSED = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "NUMR"})
"""pymorphy3's parts of speech that carry no sense of their own (prepositions, conjunctions,
particles, pronouns, interjections, predicatives, numerals)."""
_EN_OPEN = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
"""lemminflect's open classes: a word with none of them is a function word or unknown."""
_RARE_UNKNOWN = 3.0
"""An English word lemminflect does not know counts as a content word (a name, a rare word)
only below this Zipf frequency: "upon" and "whom" are unknown to it but common."""


@dataclass(frozen=True)
class SensePolicy:
    """How close a later occurrence must stand to an answer to share its sense."""

    window: int = 4
    """Words (tokens that are words) looked at on each side of the occurrence."""
    common_zipf: float = 5.5
    """Lemmas at or above this Zipf frequency (wordfreq) are too common to tell senses apart."""
    min_shared: int = 1
    """Neighbouring content lemmas an occurrence must share with an exception to be hidden by it
    (a rendering found in the target is enough on its own)."""
    same_form: bool = False
    """Also require the occurrence to be written in the exception's form (grammar: case, number)."""


DEFAULT_POLICY = SensePolicy(same_form=True)
"""Window 4 with the form: `bench.bench_senses --policies` found it one step inside the hidden-hit
budget on every dev set (window 5 hid more, 6 went over it; README "Another sense here")."""


@dataclass(frozen=True)
class SenseContext:
    """What identifies an occurrence's context: enough to compare it with a later one."""

    concept_id: str
    form: str
    """The occurrence as written, folded (`fold_word` of each word)."""
    neighbours: frozenset[str]
    """Content lemmas within `SensePolicy.window` words of the occurrence in the source."""
    target: frozenset[str] = frozenset()
    """Content lemmas of the whole target, common ones too, as `rendering_of` reads a rendering
    (empty without a translation): where a stored rendering is looked for."""
    lemmas: tuple[str, ...] = ()
    """The occurrence's own lemmas (`rendering_of`): the word whatever its inflection («линейку»,
    «линейка»), where a rendering is asked to be the same word's."""
    frame: Frame | None = None
    """The construction the occurrence stands in (`frame_of`), where the language has a reading
    of it (English); None elsewhere: a Russian form shows its case, its role, itself."""


@dataclass(frozen=True)
class Frame:
    """The construction an English noun stands in, as far as it tells one sense from another: a
    rendering remembered for "the glass" (the looking-glass, counted) says nothing of "a piece of
    glass" (the material, uncounted), nor one for "silver ripples" (a modifier) of "made of silver"."""

    modifier: bool
    """It modifies the noun right after it ("silver ripples", "rose-bushes")."""
    counted: bool | None
    """True after an article, a demonstrative or a possessive ("the glass", "his eyes"); False
    bare ("of glass", a sentence's first word); None after a determiner that goes with either
    ("no time") or where no determiner is found near it."""

    def fits(self, other: Frame) -> bool:
        """Whether an answer given in this construction may speak for one in `other`."""
        return self.modifier == other.modifier and (
            self.counted is None or other.counted is None or self.counted == other.counted)


@dataclass(frozen=True)
class SenseAnswer:
    """One answer a translator gave about one occurrence."""

    context: SenseContext
    other_sense: bool
    """True: another sense of the word here (an exception); False: this is the term."""
    rendering: tuple[str, ...] = ()
    """Lemmas of the target word the translator used for this sense («клюв»), if known."""
    rendering_text: str = ""
    """That word as written, for messages."""
    where: str = ""
    """Where the answer was given (a segment number), for messages."""


@dataclass(frozen=True)
class SenseVerdict:
    """Why an occurrence is taken for another sense: the exception it matches and how."""

    answer: SenseAnswer
    shared: tuple[str, ...]
    """The neighbouring lemmas it shares with the exception, sorted."""
    by_rendering: bool
    """Whether the exception's rendering stands in this occurrence's target."""


@lru_cache(maxsize=65536)
def _content_lemma(lang: str, folded: str, common_zipf: float) -> str | None:
    """The lemma of a folded word if it is a content word rare enough to tell senses apart."""
    from wordfreq import zipf_frequency  # Imported here: its data loads on first use.

    lemmatizer = lemmatizer_for(lang)
    if isinstance(lemmatizer, RussianLemmatizer):
        parses = lemmatizer.parses(folded)
        if parses and parses[0].tag.POS in _RU_CLOSED:
            return None
        lemma = parses[0].normal_form if parses else folded
    elif isinstance(lemmatizer, EnglishLemmatizer):
        analyses = lemmatizer.analyses(folded)
        open_lemmas = [lemmas[0] for pos, lemmas in analyses.items() if pos in _EN_OPEN and lemmas]
        if open_lemmas:
            lemma = open_lemmas[0]
        elif zipf_frequency(folded, lang) < _RARE_UNKNOWN and folded.isalpha():
            lemma = folded
        else:
            return None
    else:
        lemma = folded
    if zipf_frequency(lemma, lang) >= common_zipf:
        return None
    return lemma


def content_lemmas(words: Iterable[str], lang: str, policy: SensePolicy = DEFAULT_POLICY) -> frozenset[str]:
    """The content lemmas of `words` (as written) in `lang`."""
    code = primary_language(lang)
    found = (_content_lemma(code, fold_word(word), policy.common_zipf) for word in words if is_word(word))
    return frozenset(lemma for lemma in found if lemma is not None)


def context_of(
    concept_id: str, text: str, start: int, end: int, lang: str, *,
    target: str = "", target_lang: str = "", policy: SensePolicy = DEFAULT_POLICY,
) -> SenseContext:
    """The context of the occurrence `text[start:end]` of a concept: its neighbours within
    `policy.window` words on each side, and the target's content lemmas (if a target is given)."""
    words, starts, ends = _located(text, True)
    first_after, first_inside, past_inside = bisect_left(starts, end), bisect_left(starts, start), bisect_right(ends, end)
    ended = bisect_right(ends, start)
    before = [token for token, _, _ in words[max(0, ended - policy.window):ended]] if policy.window else []
    after = [token for token, _, _ in words[first_after:first_after + policy.window]]
    inside = [fold_word(token) for token, _, _ in words[first_inside:past_inside]]
    own = content_lemmas(inside, lang, policy)
    return SenseContext(
        concept_id,
        " ".join(inside),
        content_lemmas(before + after, lang, policy) - own,
        frozenset(rendering_of(target, target_lang)) if target and target_lang else frozenset(),
        rendering_of(" ".join(inside), lang),
        frame_of(text, start, end) if primary_language(lang) == "en" else None,
    )


@lru_cache(maxsize=4)
def _located(text: str, words_only: bool) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
    """The tokens of `text` (its words only, if `words_only`) with their spans, and their starts and
    ends apart for bisection: read once per text, not once per occurrence. Each occurrence read the
    whole text again, and a segment of 2,000 "arm-chair" took 50 s of `term-missing` (quadratic;
    hardening, round 29). Tokens do not overlap, so both lists are in order."""
    spans = [span for span in token_spans(text) if not words_only or is_word(span[0])]
    return spans, [start for _, start, _ in spans], [end for _, _, end in spans]


_FRAME_REACH = 3
"""Words looked back over (adjectives, nouns: "the ugly glass", "a glittering tinsel rose") for the
determiner of an English noun phrase."""


def frame_of(text: str, start: int, end: int) -> Frame:
    """The construction of the English occurrence `text[start:end]` (`Frame`), read from the closed
    classes the matcher's grammar knows and lemminflect's parts of speech: whether a noun follows
    it at once (or after a hyphen), and which determiner, looking back over modifiers within its
    clause, opens its phrase. A preposition, a verb or a function word before it ends the look:
    the phrase is bare."""
    lemmatizer = lemmatizer_for("en")
    assert isinstance(lemmatizer, EnglishLemmatizer)
    spans, starts, ends = _located(text, False)
    first_after = bisect_left(starts, end)
    after = (spans[first_after][0], spans[first_after][1]) if first_after < len(spans) else None
    modifier = (after is not None and is_word(after[0]) and not fold_word(text[start:end]).endswith("'s") and text[end:after[1]].strip() in ("", "-")
                and fold_word(after[0]) not in EN_FUNCTION_WORDS
                and "NOUN" in lemmatizer.analyses(fold_word(after[0])))
    counted: bool | None = False
    ended = bisect_right(ends, start)
    for token, _, _ in spans[max(0, ended - _FRAME_REACH):ended][::-1]:
        word = fold_word(token)
        if word in EN_MASS_OR_COUNT:
            counted = None
        elif word in EN_DETERMINERS or (len(word) > 2 and word.endswith("'s")):
            counted = True
        elif is_word(token) and word not in EN_FUNCTION_WORDS and word not in EN_PREPOSITIONS and (
                {"ADJ", "NOUN"} & lemmatizer.analyses(word).keys()):
            counted = None  # a modifier: the determiner, if any, stands further back
            continue
        else:
            counted = False
        break
    return Frame(modifier, counted)


def rendering_of(text: str, lang: str) -> tuple[str, ...]:
    """The content lemmas of `text` («клюва» → клюв), common words too: a rendering may be a
    common word («рука»), and a target is read the same way to find it."""
    return tuple(dict.fromkeys(
        lemma for token, _, _ in token_spans(text) if is_word(token)
        if (lemma := _content_lemma(primary_language(lang), fold_word(token), float("inf"))) is not None
    ))


def _closeness(answer: SenseAnswer, context: SenseContext, policy: SensePolicy) -> tuple[bool, int]:
    """How close an answer stands to an occurrence: whether its rendering is in the
    occurrence's target, and how many neighbouring lemmas they share.

    A rendering speaks only for the same word, in any inflection, in the same construction
    (`Frame.fits`): the translator who says "the glass" rendered «зеркало» is the looking-glass
    has said nothing of "a piece of glass" rendered «осколки зеркала», where the labels of
    `bench.terms_bilingual` call the missing «стекло» a true miss; nor does "silver ripples"
    («серебряные струи», a modifier) speak for "made of silver" («серебряные улицы»)."""
    same_word = answer.context.lemmas == context.lemmas
    rendered = bool(answer.rendering) and set(answer.rendering) <= context.target and same_word and (
        answer.context.frame is None or context.frame is None or answer.context.frame.fits(context.frame))
    shared = len(answer.context.neighbours & context.neighbours)
    if policy.same_form and answer.context.form != context.form:
        return rendered, 0
    return rendered, shared


def judge(
    context: SenseContext, answers: Sequence[SenseAnswer], policy: SensePolicy = DEFAULT_POLICY
) -> SenseVerdict | None:
    """The exception an occurrence falls under, or None where it is to be shown.

    An exception applies when its rendering stands in the occurrence's target or when they
    share at least `policy.min_shared` neighbouring lemmas; it wins only when it is strictly
    closer (rendering first, then shared lemmas) than every confirmation of the concept."""
    best: tuple[tuple[bool, int], SenseAnswer] | None = None
    confirmed = (False, -1)
    for answer in answers:
        if answer.context.concept_id != context.concept_id:
            continue
        closeness = _closeness(answer, context, policy)
        if not answer.other_sense:
            confirmed = max(confirmed, closeness)
            continue
        if (closeness[0] or closeness[1] >= policy.min_shared) and (best is None or closeness > best[0]):
            best = closeness, answer
    if best is None or best[0] <= confirmed:
        return None
    closeness, answer = best
    return SenseVerdict(answer, tuple(sorted(answer.context.neighbours & context.neighbours)), closeness[0])
