"""Benchmark of the QA checks: 100,000 segment pairs, a 10,000-concept termbase, all checks on.

The corpus is synthetic but shaped like the real thing: sentences of common
English and Russian words (wordfreq's lists, so the lemmatiser sees a
realistic vocabulary), each carrying a few termbase terms in inflected
Russian forms, years and numbers, some quotation marks, and the slips the
checks exist for (missing, deprecated and mixed terms, wrong years, repeated
sources with different translations, empty targets). Generation is seeded,
so runs compare.

    python -m bench checks
"""

from __future__ import annotations

import random
import resource
import time
from typing import Any

from wordfreq import top_n_list

from termbase.enforce import Enforcer
from termbase.model import Concept, Term, TermStatus
from workbench.core.checks import REGISTRY, run_checks
from workbench.core.project.model import Segment, SegmentStatus

SEGMENTS = 100_000
CONCEPTS = 10_000
TARGET_SECONDS = 30.0
SEED = 1923


def _words(lang: str, start: int, stop: int) -> list[str]:
    """Words ranked start..stop by frequency: common ones for filler, rarer ones for terms."""
    return [w for w in top_n_list(lang, stop)[start:] if w.isalpha() and len(w) > 2]


def make_termbase(rng: random.Random) -> list[Concept]:
    """10,000 concepts: 1-3 word terms, a preferred Russian term, some admitted and deprecated."""
    en_words = _words("en", 3000, 20000)
    ru_words = _words("ru", 3000, 20000)
    rare_en = _words("en", 20000, 40000)  # one-word terms: rare words, as real ones are
    concepts: list[Concept] = []
    seen_en: set[str] = set()
    seen_ru: set[str] = set()
    while len(concepts) < CONCEPTS:
        size = rng.choice((1, 2, 2, 2, 2, 3, 3))
        en = rng.choice(rare_en) if size == 1 else " ".join(rng.sample(en_words, size))
        if en in seen_en:
            continue
        ru_terms = []
        for status in (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED):
            if status is not TermStatus.PREFERRED and rng.random() < 0.6:
                continue
            # Deprecated variants are phrases (a calque, a false friend), not everyday words.
            sizes = (2, 2, 3) if status is TermStatus.DEPRECATED else (1, 2, 2, 2, 3)
            ru = " ".join(rng.sample(ru_words, rng.choice(sizes)))
            if ru in seen_ru:
                continue
            seen_ru.add(ru)
            ru_terms.append(Term(ru, "ru", status))
        if not ru_terms or ru_terms[0].status is not TermStatus.PREFERRED:
            continue
        seen_en.add(en)
        concepts.append(Concept(f"c{len(concepts)}", terms=(Term(en, "en"), *ru_terms)))
    return concepts


def make_segments(rng: random.Random, concepts: list[Concept]) -> list[Segment]:
    en_words = _words("en", 0, 3000)
    ru_words = _words("ru", 0, 3000)
    segments: list[Segment] = []
    for position in range(1, SEGMENTS + 1):
        if position > 10 and rng.random() < 0.03:  # a repeated source, maybe translated anew
            earlier = segments[rng.randrange(len(segments))]
            words = earlier.target.split()
            if rng.random() < 0.3:
                words[1:3] = words[2:0:-1]  # translated anew, differently
            segments.append(_segment(position, earlier.source, " ".join(words)))
            continue
        source = rng.sample(en_words, rng.randint(8, 22))
        target = rng.sample(ru_words, rng.randint(8, 24))
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            concept = rng.choice(concepts)
            en_term = concept.terms[0].text
            ru_options = list(concept.terms[1:])
            roll = rng.random()
            if roll < 0.80:
                ru_term = ru_options[0].text
            elif roll < 0.90:
                ru_term = rng.choice(ru_options).text
            else:
                ru_term = rng.choice(ru_words)  # the term left out
            source.insert(rng.randrange(len(source) + 1), en_term)
            target.insert(rng.randrange(len(target) + 1), ru_term)
        if rng.random() < 0.3:
            year = rng.randint(1900, 1939)
            source.insert(rng.randrange(len(source)), f"in {year}")
            wrong = year if rng.random() < 0.97 else year + 1
            target.insert(rng.randrange(len(target)), f"в {wrong} году")
        if rng.random() < 0.1:
            thousands, units = rng.randint(1, 99), rng.randint(100, 999)
            source.insert(1, f"{thousands},{units}")
            target.insert(1, f"{thousands}\u00a0{units}")
            target.insert(1, f"«{rng.choice(ru_words)}»")
        src = " ".join(source).capitalize() + "."
        tgt = "" if rng.random() < 0.01 else " ".join(target).capitalize() + "."
        segments.append(_segment(position, src, tgt))
    return segments


def _segment(position: int, source: str, target: str) -> Segment:
    return Segment(position, 1, position, source, target, SegmentStatus.DRAFT, 0.9, False)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    concepts = make_termbase(rng)
    segments = make_segments(rng, concepts)
    started = time.perf_counter()
    enforcer = Enforcer(concepts, "en", "ru")
    built = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    findings = run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    per_check: dict[str, int] = {}
    for f in findings:
        per_check[f.check] = per_check.get(f.check, 0) + 1
    name = "checks"
    rows: list[dict[str, Any]] = [
        {"benchmark": name, "metric": f"all {len(REGISTRY)} checks, {SEGMENTS:,} pairs, "
         f"{CONCEPTS:,} concepts", "value": elapsed, "unit": "s", "target": f"<= {TARGET_SECONDS:.0f}"},
        {"benchmark": name, "metric": "same run, CPU time of this process (less noisy on a "
         "busy machine)", "value": cpu, "unit": "s", "target": ""},
        {"benchmark": name, "metric": "throughput", "value": SEGMENTS / elapsed,
         "unit": "segments/s", "target": f">= {SEGMENTS / TARGET_SECONDS:,.0f}"},
        {"benchmark": name, "metric": "termbase enforcer build", "value": built, "unit": "s",
         "target": ""},
        {"benchmark": name, "metric": "findings", "value": len(findings), "unit": "", "target": ""},
        {"benchmark": name, "metric": "peak memory (whole process)", "value": _peak_mb(),
         "unit": "MiB", "target": ""},
    ]
    rows.extend(
        {"benchmark": name, "metric": f"findings: {check}", "value": count, "unit": "", "target": ""}
        for check, count in sorted(per_check.items())
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
