"""English term shapes, read by pattern: runs of nouns and adjectives ending in a noun, and
"of" chains ("professor of ornithology").

No tagger model is at hand, so each word is read from lemminflect's lexicon: a word it lists
as a noun or an adjective may stand in a noun phrase ("light", "binary"); one it lists only
as a verb, an adverb or an auxiliary ends the run ("compiled", "is"), as do the function words
below, numbers and punctuation. A word lemminflect does not know is taken for a noun (terms
are often rare words). A verb's participle stands in a run as a modifier where it comes right
before a word of the phrase ("developing countries", "drinking water"); a word listed as a noun
and a verb is the verb before an object after a modal, after "to" or opening a clause ("to
implement the"). Every run gives its sub-runs that end in a noun, up to `MAX_WORDS` words:
"source package maintainer" gives "maintainer", "package maintainer" and the rest, and the
ranking's nestedness sorts out which of them is the term; a word with an adjective's ending
ends none of them where the run goes on ("national" of "national policy").

The dictionary form keeps the modifiers as written and puts the last noun in its lemma
("source packages" → "source package"); an "of" chain keeps what follows "of" as written.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.extraction.phrases import MAX_WORDS, Phrase, Token, capitals, tokens
from workbench.core.extraction.ranking import zipf

FUNCTION_WORDS = frozenset(["a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "either", "neither", "all", "both", "half", "several", "many", "much", "more", "most", "few", "fewer", "less", "least", "other", "another", "such", "what", "which", "whose", "who", "whom", "whatever", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "one", "ones", "oneself", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "yourselves", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon", "about", "above", "below", "over", "under", "after", "before", "between", "among", "through", "during", "without", "within", "against", "across", "along", "around", "behind", "beyond", "near", "off", "out", "up", "down", "via", "per", "than", "as", "like", "unlike", "since", "until", "till", "toward", "towards", "despite", "including", "excluding", "regarding", "concerning", "according", "considering", "and", "or", "but", "nor", "yet", "so", "if", "then", "else", "because", "although", "though", "while", "whereas", "unless", "whether", "not", "only", "also", "very", "too", "quite", "rather", "just", "even", "still", "already", "ever", "never", "always", "often", "here", "there", "now", "when", "where", "why", "how", "thus", "hence", "however", "therefore", "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "done", "doing", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought", "mr", "mrs", "ms", "dr", "st", "etc", "ie", "eg", "vs"])
"""Closed-class words: a term does not begin or end with one, and none stands inside an
English noun phrase of the shapes read here."""


PREPOSITIONS = frozenset(["in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon", "about", "above",
                          "below", "over", "under", "after", "before", "between", "among", "through", "during",
                          "without", "within", "against", "across", "along", "around", "behind", "beyond", "near",
                          "off", "via", "per", "as", "like", "unlike", "since", "until", "till", "toward", "towards",
                          "despite"])
"""The prepositions of `FUNCTION_WORDS` but "of", whose complement is so often a term ("rate of
inflation") that always following it says nothing."""


MODALS = frozenset(["do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
                    "cannot"])
"""Words after which a word the lexicon also lists as a verb is that verb ("can use")."""
OBJECTS = frozenset(["a", "an", "the", "its", "their", "his", "my", "our", "your", "it", "them", "him", "us", "me"])
"""Words that open a verb's object and never follow a noun inside a noun phrase: a word the
lexicon also lists as a verb, between a content word and one of these, is the verb ("Debian
uses the", "workers need a")."""


ADJECTIVE_ENDINGS = ("al", "ic", "ar", "ous", "ive", "ful", "less", "able", "ible")
"""Endings that make adjectives ("national", "domestic", "particular", "renewable"): a word the
lexicon lists as a noun too, ending so, is the adjective in front of another noun, where
"copper", "root" or "waste" in front of one are nouns used as modifiers."""


AUXILIARIES = frozenset(["be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get",
                         "gets", "got", "gotten", "getting", *MODALS])
"""Words after which a participle is the verb's ("has developed", "were using"), not a modifier."""


class _Word:
    """What the lexicon says of one folded word (kept: a text's words repeat)."""

    __slots__ = ("adjective", "content", "lemma", "modifier", "noun", "participle", "verb")

    def __init__(self, content: bool, noun: bool, lemma: str, verb: bool = False, adjective: bool = False,
                 modifier: bool = False, participle: bool = False) -> None:
        self.content = content
        self.noun = noun
        self.lemma = lemma
        self.verb = verb
        """Whether the lexicon lists it as a verb's form too ("uses", "need")."""
        self.adjective = adjective
        """Whether the lexicon lists it as an adjective ("safe", "national")."""
        self.modifier = modifier
        """Whether it is an adjective in front of a noun: the lexicon lists it as one, and it
        ends as adjectives do (`ADJECTIVE_ENDINGS`: "national", "official")."""
        self.participle = participle
        """Whether it is a verb's participle the lexicon lists as nothing else ("developing",
        "developed", "drinking"): a modifier in front of a noun (`_modifier_here`)."""


@lru_cache(maxsize=200_000)
def _word(folded: str) -> _Word:
    import lemminflect  # Imported here: it loads its tables on first use.

    if folded in FUNCTION_WORDS or len(folded) < 2:
        return _Word(False, False, folded)
    base = folded[:-2] if folded.endswith(("'s", "’s")) else folded
    readings = lemminflect.getAllLemmas(base)
    if not readings:
        return _Word(True, True, _unknown_lemma(base))
    nouns = readings.get("NOUN", ()) or readings.get("PROPN", ())
    verb = "VERB" in readings
    adjective = "ADJ" in readings
    # an adjective's ending on a word that is both: "national", "domestic", "particular"; not
    # "copper", "silver", "root", "waste", whose noun is the word (the noun used as a modifier)
    modifier = adjective and base.endswith(ADJECTIVE_ENDINGS)
    if nouns and _verb_form(base, readings):
        return _Word(True, False, base, verb, adjective, modifier)
    if nouns:
        # "leaves": leave or leaf; the lemma that is not the form itself is the plural's
        lemma = next((n for n in nouns if n != base), nouns[0]) if base.endswith("s") else nouns[0]
        return _Word(True, True, lemma, verb, adjective, modifier)
    if adjective:
        return _Word(True, False, base, verb, True, True)
    return _Word(False, False, base, verb, participle=verb and _participle(base, readings["VERB"]))


def _participle(base: str, lemmas: tuple[str, ...]) -> bool:
    """Whether `base` is the "-ing" or past participle of one of the verbs `lemmas`."""
    import lemminflect

    return any(base in (*lemminflect.getInflection(lemma, tag="VBG"), *lemminflect.getInflection(lemma, tag="VBN"))
               for lemma in lemmas if lemma != base)


def _unknown_lemma(base: str) -> str:
    """The lemma of a word lemminflect does not know. Its rule strips a plural's ending from
    names and singulars too ("nagios" → "nagio", "Pleiades" → "pleiade", "pertussis" →
    "pertussi", "nucleotides" → "nucleotis"): a singular is taken only where wordfreq has seen
    it as a word (lemminflect's, or the word less its "s": "exoplanet", "nucleotide"), and the
    word stays as written otherwise."""
    import lemminflect

    guessed = lemminflect.getAllLemmasOOV(base, "NOUN").get("NOUN", (base,))[0]
    plain = base[:-1] if base.endswith("s") and not base.endswith(("ss", "us", "is")) else base
    return next((lemma for lemma in (guessed, plain) if lemma != base and zipf(lemma, "en") > 0), base)


def _verb_form(base: str, readings: dict[str, tuple[str, ...]]) -> bool:
    """A verb's past or participle that the lexicon also lists as a noun ("saw", "found",
    "left"): read as the verb, it cannot head a noun phrase ("the Snow Queen saw"). The "-ing"
    forms stay nouns ("building", "meaning"), and so do plurals ("leaves", "rules")."""
    if base.endswith(("ing", "s")):
        return False
    return any(lemma != base for lemma in readings.get("VERB", ()))


def english_preposition(folded: str) -> bool:
    return folded in PREPOSITIONS


def _capital(text: str) -> bool:
    return text[:1].isupper()


def english_phrases(text: str) -> list[Phrase]:
    """Every noun phrase of the shapes above in `text`, nested ones included."""
    words = tokens(text)
    found: list[Phrase] = []
    runs: list[tuple[int, int]] = []
    start = 0
    for index, token in enumerate(words):
        word = _word(token.text.lower()) if token.plain else None
        if word is None or not (word.content or _modifier_here(text, words, index)) or _verb_here(text, words, index):
            _close(words, start, index, runs)
            start = index + 1
        elif _gap(text, words, index):  # a comma, a dash, a bracket between two words ends a run
            _close(words, start, index, runs)
            start = index
    _close(words, start, len(words), runs)
    for first, last in runs:
        found.extend(_run_phrases(words, first, last))
    found.extend(_of_chains(text, words, runs))
    return found


def _modifier_here(text: str, words: list[Token], index: int) -> bool:
    """Whether word `index`, a participle the lexicon lists only as a verb's, modifies the noun
    phrase after it: right before a content word ("developing countries", "least developed
    countries", "drinking water"), and after neither an auxiliary ("has developed", "were
    using": the verb's) nor a noun it may follow as its verb ("countries developed")."""
    if not _word(words[index].text.lower()).participle or index + 1 >= len(words):
        return False
    after = words[index + 1]
    if not after.plain or _gap(text, words, index + 1) or not _word(after.text.lower()).content:
        return False
    if index == 0 or _gap(text, words, index):
        return True
    before = words[index - 1].text.lower()
    word_before = _word(before)
    return before not in AUXILIARIES and not (word_before.noun and not word_before.adjective)


def _verb_here(text: str, words: list[Token], index: int) -> bool:
    """Whether word `index`, which the lexicon lists as a noun or an adjective and as a verb, is
    the verb here: after a modal ("can use"); or before the opening of an object (`OBJECTS`) in
    its plain form after "to" or opening a sentence or a clause ("to implement the", "By 2030,
    increase the"), or
    after a noun it agrees with as a verb ("Debian uses the", "workers need a"). Read as a noun it
    made "Debian uses" a candidate and "kiss", "give", "stay" terms of a tale."""
    if not _word(words[index].text.lower()).verb:
        return False
    folded = words[index].text.lower()
    before = words[index - 1].text.lower() if index > 0 else ""
    if before in MODALS:
        return True
    if index + 1 >= len(words) or words[index + 1].text.lower() not in OBJECTS:
        return False
    opens = words[index].initial or _gap(text, words, index) or (index > 0 and not words[index - 1].plain)
    if (before == "to" or opens) and _word(folded).lemma == folded:
        # the infinitive or an imperative before its object: "to implement the", "Strengthen
        # the", "By 2030, increase the" (a number's token holds the comma after it); "implement"
        # and "increase" were candidates of the SDG targets
        return True
    if index == 0 or not words[index - 1].plain:
        return False
    subject = _word(before)
    if not subject.noun:
        return False
    # the verb agrees with the noun before it: "Debian uses", "workers need"; a noun followed by
    # an object's opening need not be a subject ("the great square a child crossed")
    plural_subject = subject.lemma != before
    return folded.endswith("s") != plural_subject and (folded.endswith("s") or _word(folded).lemma == folded)


def _gap(text: str, words: list[Token], index: int) -> bool:
    """Whether something other than a space stands before word `index` (a comma, a bracket)."""
    if index == 0:
        return False
    between = text[words[index - 1].end:words[index].start]
    return bool(between.strip(" '’\t"))  # "workers' club": the plural's apostrophe is no break


def _close(words: list[Token], start: int, end: int, runs: list[tuple[int, int]]) -> None:
    """Keep the run `start`..`end` (exclusive) trimmed to end in a noun."""
    while end > start and not _word(words[end - 1].text.lower()).noun:
        end -= 1
    if end > start:
        runs.append((start, end))


def _run_phrases(words: list[Token], first: int, last: int) -> list[Phrase]:
    """The run's phrases that end in a noun. A word the lexicon lists as an adjective too
    heads none where the run goes on after it: there it modifies the next word ("national" in
    "national disaster risk reduction", "official" in "official development assistance"), and
    its prefixes made "national", "domestic", "official", "public" candidates of their own."""
    phrases: list[Phrase] = []
    for end in range(first + 1, last + 1):
        head = _word(words[end - 1].text.lower())
        if not head.noun or (head.modifier and end < last):
            continue
        for begin in range(max(first, end - MAX_WORDS), end):
            phrases.append(_phrase(words, begin, end, head.lemma))
    return phrases


def _phrase(words: list[Token], begin: int, end: int, head_lemma: str, tail: str = "", tail_key: tuple[str, ...] = (),
            tail_end: int | None = None, tail_name: bool | None = None) -> Phrase:
    modifiers = [w.text.lower() for w in words[begin:end - 1]]
    # the key's words are lemmas, so "workers' club" nests the candidate "worker" (C-value)
    key = (*(_word(m).lemma for m in modifiers), head_lemma, *tail_key)
    form = " ".join([*modifiers, head_lemma]) + tail
    name = capitals(words[begin:end])
    if tail_name is False:
        name = False
    stop = words[end - 1].end if tail_end is None else tail_end
    return Phrase(key, form, words[begin].start, stop, name)


def _of_chains(text: str, words: list[Token], runs: list[tuple[int, int]]) -> list[Phrase]:
    """"X of Y" where X and Y are adjacent runs joined by a bare "of" ("the law of love" gives
    "law of love"; "of the" does not join: "the end of the day" is no term)."""
    by_start = {first: last for first, last in runs}
    chains: list[Phrase] = []
    for first, last in runs:
        of = last
        if of + 1 >= len(words) or words[of].text.lower() != "of" or (of + 1) not in by_start:
            continue
        if text[words[last - 1].end:words[of].start].strip() or text[words[of].end:words[of + 1].start].strip():
            continue
        tail_last = by_start[of + 1]
        head = _word(words[last - 1].text.lower())
        for begin in range(max(first, last - 2), last):
            for tail_stop in range(of + 2, min(tail_last, of + 3) + 1):
                if (last - begin) + (tail_stop - of - 1) + 1 > MAX_WORDS:
                    continue
                tail_words = words[of + 1:tail_stop]
                if not _word(tail_words[-1].text.lower()).noun:
                    continue
                tail = " of " + " ".join(w.text.lower() for w in tail_words)
                tail_key = ("of", *(_word(w.text.lower()).lemma for w in tail_words))
                chains.append(_phrase(words, begin, last, head.lemma, tail, tail_key, tail_words[-1].end,
                                      all(_capital(w.text) for w in tail_words) and None))
    return chains
