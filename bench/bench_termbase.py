"""Benchmark of term recognition: 10,000 concepts over 100,000 segments, one core.

The termbase is synthetic but shaped like a real one: English terms are
single nouns, adjective + noun and noun + noun compounds; Russian terms are
nouns, adjective + noun pairs with the adjective agreeing in gender, and
adjective + noun + genitive noun, all built from wordfreq's frequency lists
and checked with pymorphy3 / lemminflect. Segments are 8-24 common words
(frequency-weighted) with 0-3 term occurrences inserted, English ones with
plural heads and possessives, Russian ones inflected in a random case and
number (with `termbase.inflect`, so adjectives agree).

Measured:

* index build for each language from a cold lemma cache (target <= 5 s);
* recognition throughput over 100,000 segments per language, cold (every new
  word form lemmatised on first sight) and warm (a second pass), target
  >= 20,000 segments/s. Throughput is measured in CPU time of this process
  (one core, single-threaded), so a machine shared with other work does not
  count that work against us; the warm pass is also given in wall time;
* the enforcer (both languages, the whole `check` per pair);
* memory: the index's share of RSS and the peak RSS of the process;
* recall and precision on the hand-made recognition set in
  `tests/termbase/data/recognition.tsv`, on the held-out Russian homographs of
  `bench/recognition_ru_real.py`, on the held-out Russian game texts (verb terms among
  them) of `bench/recognition_ru_games.py` and on the held-out Russian prose of
  `bench/recognition_ru_prose.py` and the held-out English prose of
  `bench/recognition_en_prose.py`, and on the held-out domain terms (a translator's termbase of
  social history, economics, labour and culture) of `bench/recognition_domain.py` (Russian) and
  `bench/recognition_domain_en.py` (English), and on issue 15's own cases on fresh prose
  (homographs, participles, short forms, proper nouns) of `bench/recognition_issue15.py` (Russian)
  and `bench/recognition_issue15_en.py` (English), and on the terminology of science and
  technology in 19th-century non-fiction of `bench/recognition_science_en.py` (English), on
  the terminology of Russian non-fiction (Tolstoy's essays) of `bench/recognition_essays.py`, on
  a homograph-heavy termbase of music in writing about music of `bench/recognition_music_en.py`
  (English), on a homograph-heavy termbase of seamanship in sea writing of
  `bench/recognition_seamanship_en.py` (English), on a homograph-heavy termbase of banking and the
  stock exchange in writing about money of `bench/recognition_finance_en.py` (English), on a
  homograph-heavy termbase of law and the courts in writing about the law and trials of
  `bench/recognition_law_en.py` (English) and on the homograph-heavy Russian set on Chekhov's
  stories and Gorky's «В людях» of `bench/recognition_homographs.py`, on Tolstoy's fiction of
  `bench/recognition_tolstoy.py`, on Dostoevsky's fiction of `bench/recognition_dostoevsky.py` and
  on Bryusov's and Turgenev's fiction of `bench/recognition_bryusov.py`, those seventeen also
  without their
  "another sense" near-misses
  (real sentences fetched or read at bench time).

Generation is seeded, so runs compare; the generated corpus is cached in
`bench/data/cache/` (ignored by git) because making it takes longer than
measuring it. `python -m bench termbase`.
"""

from __future__ import annotations

import importlib
import json
import random
import resource
import time
from pathlib import Path
from typing import Any

import psutil

SEGMENTS = 100_000
CONCEPTS = 10_000
SEED = 1924
HERE = Path(__file__).resolve().parent
RECOGNITION_SET = HERE.parent / "tests" / "termbase" / "data"
CACHE = HERE / "data" / "cache" / f"termbase-{CONCEPTS}-{SEGMENTS}-{SEED}.json"


def _english_vocabulary() -> tuple[list[str], list[str], list[str]]:
    """(nouns, adjectives, filler words) from wordfreq, classified by lemminflect."""
    import lemminflect
    from wordfreq import top_n_list

    nouns, adjectives = [], []
    for word in top_n_list("en", 40_000):
        if not word.isalpha() or len(word) < 4:
            continue
        lemmas = lemminflect.getAllLemmas(word)
        if lemmas.get("NOUN") == (word,) and "VERB" not in lemmas:
            nouns.append(word)
        elif lemmas.get("ADJ") == (word,) and len(lemmas) == 1:
            adjectives.append(word)
    filler = [w for w in top_n_list("en", 8000) if w.isalpha()]
    return nouns, adjectives, filler


def _russian_vocabulary() -> tuple[list[Any], list[Any], list[str]]:
    """(noun parses, adjective parses, filler words) from wordfreq, classified by pymorphy3."""
    import pymorphy3
    from wordfreq import top_n_list

    morph = pymorphy3.MorphAnalyzer()
    nouns, adjectives = [], []
    for word in top_n_list("ru", 60_000):
        if not word.isalpha() or len(word) < 4:
            continue
        parse = morph.parse(word)[0]
        if parse.score < 0.5 or parse.word != parse.normal_form:
            continue
        if parse.tag.POS == "NOUN" and parse.tag.number == "sing" and parse.tag.case == "nomn":
            if (
                parse.tag.gender in ("masc", "femn", "neut")
                and "Name" not in parse.tag
                and "Surn" not in parse.tag
            ):
                nouns.append(parse)
        elif (
            parse.tag.POS == "ADJF"
            and "Qual" in parse.tag
            or parse.tag.POS == "ADJF"
            and "Apro" not in parse.tag
        ):
            adjectives.append(parse)
    filler = [w for w in top_n_list("ru", 8000) if w.isalpha()]
    return nouns, adjectives, filler


def make_concepts(rng: random.Random) -> list[Any]:
    from termbase.model import Concept, Term, TermStatus

    en_nouns, en_adjectives, _ = _english_vocabulary()
    ru_nouns, ru_adjectives, _ = _russian_vocabulary()
    concepts: list[Concept] = []
    seen_en: set[str] = set()
    seen_ru: set[str] = set()

    def english() -> str:
        shape = rng.random()
        if shape < 0.3:
            return rng.choice(en_nouns)
        if shape < 0.8:
            return f"{rng.choice(en_adjectives)} {rng.choice(en_nouns)}"
        return f"{rng.choice(en_nouns)} {rng.choice(en_nouns)}"

    def russian() -> str:
        noun = rng.choice(ru_nouns)
        shape = rng.random()
        if shape < 0.3:
            return noun.word
        adjective = rng.choice(ru_adjectives).inflect({noun.tag.gender, "sing", "nomn"})
        if adjective is None:
            return noun.word
        phrase = f"{adjective.word} {noun.word}"
        if shape > 0.8:
            complement = rng.choice(ru_nouns).inflect({"gent", "sing"})
            if complement is not None:
                phrase += f" {complement.word}"
        return phrase

    while len(concepts) < CONCEPTS:
        en, ru = english(), russian()
        if en in seen_en or ru in seen_ru:
            continue
        seen_en.add(en)
        seen_ru.add(ru)
        terms = [Term(en, "en"), Term(ru, "ru")]
        if rng.random() < 0.2:
            other = russian()
            if other not in seen_ru:
                seen_ru.add(other)
                terms.append(Term(other, "ru", TermStatus.DEPRECATED))
        concepts.append(Concept(f"c{len(concepts) + 1}", terms=tuple(terms)))
    return concepts


def make_segments(rng: random.Random, concepts: list[Any]) -> tuple[list[str], list[str], int]:
    """(English segments, Russian segments, term occurrences inserted per side)."""
    import lemminflect

    from termbase.inflect import inflect

    _, _, en_filler = _english_vocabulary()
    _, _, ru_filler = _russian_vocabulary()
    en_weights = [1 / (rank + 10) for rank in range(len(en_filler))]
    ru_weights = [1 / (rank + 10) for rank in range(len(ru_filler))]
    sample = rng.sample(concepts, 2000)
    ru_forms = {c.id: [f.text for f in inflect(c.terms[1])] or [c.terms[1].text] for c in sample}

    def english_form(text: str) -> str:
        words = text.split()
        roll = rng.random()
        if roll < 0.4:
            plural = lemminflect.getInflection(words[-1], "NNS")
            words[-1] = plural[0] if plural else words[-1]
        elif roll < 0.5:
            words[-1] += "'s"
        if rng.random() < 0.1:
            words[0] = words[0].capitalize()
        return " ".join(words)

    en_segments, ru_segments = [], []
    inserted = 0
    for _ in range(SEGMENTS):
        en = rng.choices(en_filler, en_weights, k=rng.randint(8, 24))
        ru = rng.choices(ru_filler, ru_weights, k=rng.randint(8, 24))
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            concept = rng.choice(sample)
            en.insert(rng.randrange(len(en) + 1), english_form(concept.terms[0].text))
            ru.insert(rng.randrange(len(ru) + 1), rng.choice(ru_forms[concept.id]))
            inserted += 1
        en_segments.append(" ".join(en).capitalize() + ".")
        ru_segments.append(" ".join(ru).capitalize() + ".")
    return en_segments, ru_segments, inserted


def _rss() -> int:
    return psutil.Process().memory_info().rss


def _throughput(matcher: Any, segments: list[str]) -> tuple[float, float, int]:
    """(segments per CPU second, segments per wall second, terms found)."""
    cpu, wall = time.process_time(), time.perf_counter()
    found = 0
    for text in segments:
        found += len(matcher.find(text))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return len(segments) / cpu, len(segments) / wall, found


def corpus() -> tuple[list[Any], list[str], list[str], int]:
    """The seeded termbase and segments, from the cache when an earlier run made them."""
    from termbase.model import Concept, Term

    if CACHE.exists():
        data = json.loads(CACHE.read_text(encoding="utf-8"))
        concepts = [
            Concept(cid, terms=tuple(Term(text, lang, status) for text, lang, status in terms))
            for cid, terms in data["concepts"]
        ]
        return concepts, data["en"], data["ru"], data["inserted"]
    rng = random.Random(SEED)
    concepts = make_concepts(rng)
    en, ru, inserted = make_segments(rng, concepts)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "concepts": [[c.id, [[t.text, t.lang, t.status.value] for t in c.terms]] for c in concepts],
        "en": en,
        "ru": ru,
        "inserted": inserted,
    }
    CACHE.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return concepts, en, ru, inserted


def recognition_quality() -> dict[str, float]:
    """Recall and precision on the hand-made set (the same data the tests assert on)."""
    from bench.recognition_quality import evaluate, load_cases
    from termbase.formats import read_termbase_file

    concepts = read_termbase_file(RECOGNITION_SET / "recognition_termbase.csv")
    return evaluate(concepts, load_cases(RECOGNITION_SET / "recognition.tsv"))


def run() -> list[dict[str, Any]]:
    from termbase.enforce import Enforcer
    from termbase.match import Matcher
    from termbase.morphology import lemmatizer_for

    concepts, en_segments, ru_segments, inserted = corpus()
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: Any, unit: str, target: str = "") -> None:
        rows.append(
            {
                "benchmark": "termbase",
                "metric": metric,
                "value": value,
                "unit": unit,
                "target": target,
            }
        )

    row("concepts", len(concepts), "")
    row("segments per language", len(en_segments), "")
    for lang, segments in (("en", en_segments), ("ru", ru_segments)):
        started = time.perf_counter()
        lemmatizer = lemmatizer_for(lang)
        lemmatizer.keys("loading")  # dictionaries load on first use: a one-off per process
        row(f"lemmatiser load, {lang}", time.perf_counter() - started, "s")
        lemmatizer._cache.clear()  # type: ignore[attr-defined]  # so the build lemmatises every term word
        before = _rss()
        started = time.perf_counter()
        matcher = Matcher(concepts, lang)
        row(
            f"index build, {lang} ({len(matcher)} terms)",
            time.perf_counter() - started,
            "s",
            "<= 5",
        )
        row(f"index memory, {lang}", (_rss() - before) / 2**20, "MiB")
        cold, _, found = _throughput(matcher, segments)
        row(f"recognition, {lang}, cold lemma cache (CPU time)", cold, "segments/s", ">= 20,000")
        warm, warm_wall, _ = _throughput(matcher, segments)
        row(f"recognition, {lang}, warm (CPU time)", warm, "segments/s", ">= 20,000")
        row(f"recognition, {lang}, warm (wall time)", warm_wall, "segments/s")
        row(f"terms found, {lang} (inserted {inserted})", found, "")
    started = time.process_time()
    enforcer = Enforcer(concepts, "en", "ru")
    row("enforcer build (both languages, warm lemma cache)", time.process_time() - started, "s")
    started = time.process_time()
    for source, target in zip(en_segments, ru_segments):
        enforcer.check(source, target)
    row(
        "enforcement, source + target per pair (CPU time)",
        len(en_segments) / (time.process_time() - started),
        "pairs/s",
    )
    row("peak RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MiB")
    for metric, value in quality_rows():
        row(metric, value, "", ">= 0.98")
    return rows


HELD_OUT_SETS = (("Russian homographs", "recognition_ru_real"), ("Russian game texts", "recognition_ru_games"),
                 ("Russian prose", "recognition_ru_prose"), ("English prose", "recognition_en_prose"),
                 ("Russian domain terms", "recognition_domain"), ("English domain terms", "recognition_domain_en"),
                 ("Russian issue cases", "recognition_issue15"), ("English issue cases", "recognition_issue15_en"),
                 ("English science terms", "recognition_science_en"), ("Russian essays", "recognition_essays"),
                 ("English music terms", "recognition_music_en"),
                 ("English seamanship terms", "recognition_seamanship_en"),
                 ("English finance terms", "recognition_finance_en"),
                 ("English law terms", "recognition_law_en"),
                 ("Russian homographs, Chekhov and Gorky", "recognition_homographs"),
                 ("Russian homographs, Tolstoy", "recognition_tolstoy"),
                 ("Russian homographs, Dostoevsky", "recognition_dostoevsky"),
                 ("Russian homographs, Bryusov and Turgenev", "recognition_bryusov"))
"""(name in the rows, module in `bench`) of each held-out set, imported only when scored."""


def quality_rows() -> list[tuple[str, float]]:
    """Recall and precision on the hand-made set and on the held-out sets of real sentences,
    each labelled before the matcher ran on it: the Russian homographs (`bench.recognition_ru_real`),
    the Russian game texts with verb terms (`bench.recognition_ru_games`), the Russian prose
    (`bench.recognition_ru_prose`), the English prose (`bench.recognition_en_prose`) and a
    translator's termbase of the product's domain on Russian and English non-fiction
    (`bench.recognition_domain`, `bench.recognition_domain_en`), and issue 15's own cases on fresh
    prose (`bench.recognition_issue15`, `bench.recognition_issue15_en`) and the terminology of
    science and technology in non-fiction (`bench.recognition_science_en`), of Russian essays
    (`bench.recognition_essays`) and of music, nearly every term a homograph
    (`bench.recognition_music_en`) and of the sea, where the terms are the commonest words
    (`bench.recognition_seamanship_en`), and of banking and the stock exchange, whose terms are
    everyday words (`bench.recognition_finance_en`), and of law and the courts, whose terms are
    everyday words too (`bench.recognition_law_en`), and the homograph-heavy Russian set
    (`bench.recognition_homographs`) and its successors on Tolstoy's, Dostoevsky's and Bryusov's and
    Turgenev's fiction, most of their concepts new (`bench.recognition_tolstoy`,
    `bench.recognition_dostoevsky`, `bench.recognition_bryusov`). A set that labels
    near-misses of another sense of the term's word also gives the precision without them: a
    sense the grammar cannot tell apart is read
    separately from the morphology it can."""
    quality = recognition_quality()
    rows = [
        (f"recall, hand-made set ({quality['positives']:.0f} occurrences)", quality["recall"]),
        (f"precision, hand-made set ({quality['near_misses']:.0f} near-misses)", quality["precision"]),
    ]
    for name, module in HELD_OUT_SETS:
        held_out = importlib.import_module(f"bench.{module}").quality()
        rows += [
            (f"recall, held-out {name} ({held_out['positives']:.0f} occurrences)", held_out["recall"]),
            (f"precision, held-out {name} ({held_out['near_miss_rows']:.0f} near-misses)",
             held_out["precision"]),
        ]
        if "precision_without_other_senses" in held_out:
            kept = held_out["near_miss_rows"] - held_out["other_sense_rows"]
            rows.append((f"precision, held-out {name} without other senses ({kept:.0f} near-misses)",
                         held_out["precision_without_other_senses"]))
    return rows


if __name__ == "__main__":
    for item in run():
        print(item)
