"""Precision and recall of every segment-level QA check on real sentence pairs.

Data: the 1-1 sentence pairs of the six align-dev works (published EN-RU
literary and non-fiction translations), read from `../shared/align-dev/` at
bench time and never copied. Who wrote what, honestly:

* **negatives** are the real pairs as the translators wrote them; any finding
  on them counts as a false alarm of its check, even where a free translation
  really does differ (a sentence that ends in "!" in one language and "." in
  the other);
* **positives** are the same real pairs with one error of one kind put in by
  this module, written by the implementer of the checks (issue 15): a number
  changed in scale, sign, month or count inside a clause added to both sides,
  a term replaced by a non-term, a space lost after a stop, a bracket or
  quote dropped, a word doubled, the first letter lowered, an English word
  left in, an address changed, the end punctuation changed, straight quotes,
  a double space, the source copied, an empty target;
* **localisation negatives**: the same added clauses translated correctly the
  ways translators do ("3 p.m." / «15:00», "1,000 feet" / «300 метров»,
  "centenary" / «100 лет»), which must stay silent.

Each case is checked alone (project-wide checks are left out: they need a
project). The term checks are measured only on the term cases: a real pair
whose source and target the enforcer finds a concept in (55 concepts named
in these works, `tests/termbase/data/align_dev_termbase.csv`), left as it is
(negative) or with every rendering of that concept replaced (positive); the
other real pairs were never translated against that termbase. For a check, a true positive is its finding on a case made for it;
a false positive is its finding on any other case. The OCR joins of the
cleanup are measured the same way on real Russian and English words broken
at a line end (joined forms) and on real hyphenated words broken at their
hyphen (kept forms).

    python -m bench qa_accuracy
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termbase.enforce import Enforcer
from termbase.formats import read_termbase_file
from workbench.core.checks import REGISTRY, run_checks
from workbench.core.ingest.cleanup import clean_text
from workbench.core.project.model import Segment, SegmentStatus

ROOT = Path(__file__).resolve().parent.parent
ALIGN_DEV = ROOT.parent / "shared" / "align-dev"
TERMBASE = ROOT / "tests" / "termbase" / "data" / "align_dev_termbase.csv"
SEED = 1923
TARGET = 0.95
_TERM_CHECKS = frozenset({"term-missing", "term-forbidden"})


@dataclass(frozen=True)
class Case:
    source: str
    target: str
    check: str | None
    """The check this case was made to trigger, or None for a negative."""
    note: str


def real_pairs() -> list[tuple[str, str]]:
    """Every 1-1 bead of the align-dev gold: (English sentence, Russian sentence)."""
    pairs = []
    for gold in sorted(ALIGN_DEV.glob("*.gold.json")):
        doc = gold.name.removesuffix(".gold.json")
        en = (ALIGN_DEV / f"{doc}.en.txt").read_text(encoding="utf-8").splitlines()
        ru = (ALIGN_DEV / f"{doc}.ru.txt").read_text(encoding="utf-8").splitlines()
        for source, target in json.loads(gold.read_text(encoding="utf-8")):
            if len(source) == 1 and len(target) == 1:
                pairs.append((en[source[0]].strip(), ru[target[0]].strip()))
    return [(s, t) for s, t in pairs if s and t]


# (English clause, correct Russian clause, wrong Russian clause, what is wrong)
NUMBER_CLAUSES = [
    (" Over 300 thousand came.", " Пришло более 300 тысяч.", " Пришло более 300 млн.", "scale"),
    (" It cost 3 billion rubles.", " Это стоило 3 млрд рублей.", " Это стоило 3 млн рублей.", "scale"),
    (" It fell to -40 degrees.", " Стало −40 градусов.", " Стало 40 градусов.", "sign"),
    (" That was on 12 March 1923.", " Это было 12 марта 1923 г.", " Это было 12 апреля 1923 г.", "month"),
    (" In the 1920s, 20 clubs opened.", " В 1920-е годы открылось 20 клубов.",
     " В 1920-е годы открылись клубы.", "dropped"),
    (" The boy was 13 years old.", " Мальчику было 13 лет.", " Мальчику было 13 лет, 13 лет.", "doubled"),
    (" It was in the 16th century.", " Это было в XVI веке.", " Это было в VI веке.", "roman"),
    (" It was on July 15.", " Это было 15 июля.", " Это было в июле 2015 года.", "date"),
    (" It cost $1,200.", " Это стоило 1200 долларов.", " Это стоило дорого.", "dropped"),
    (" The meeting began at 3 p.m.", " Встреча началась в 15:00.", " Встреча началась в 16:00.", "clock"),
    (" 2.5 times more.", " В 2,5 раза больше.", " В 25 раз больше.", "decimal"),
    (" About 45% agreed.", " Около 45 % согласились.", " Около 54 % согласились.", "digits"),
]
LOCALISATIONS = [
    (" The blast came at 0200GMT.", " Взрыв произошёл в 02:00 GMT."),
    (" It celebrates its centenary.", " Ему исполняется 100 лет."),
    (" COVID-19 spread.", " Коронавирус распространился."),
    (" The tower is 1,000 feet high.", " Высота башни 300 метров."),
    (" Its 500-year history.", " Его пятисотлетняя история."),
    (" At 3 o'clock.", " В три часа."),
    (" In the twenties.", " В двадцатые годы."),
    (" On 03/04/1923.", " 4 марта 1923 года."),
    (" Some 12,000 members.", " Около 12 тыс. членов."),
    (" It was 5 miles away.", " Это было в 8 км."),
]


def make_cases(pairs: list[tuple[str, str]], enforcer: Enforcer) -> list[Case]:
    rng = random.Random(SEED)
    cases = [Case(s, t, None, "real pair") for s, t in pairs]

    def pick(condition: Any, count: int) -> list[tuple[str, str]]:
        chosen = [p for p in pairs if condition(*p)]
        rng.shuffle(chosen)
        return chosen[:count]

    for i, (source, target) in enumerate(pick(lambda s, t: True, 60)):
        en, good, bad, kind = NUMBER_CLAUSES[i % len(NUMBER_CLAUSES)]
        cases.append(Case(source + en, target + bad, "number-mismatch", f"number: {kind}"))
        cases.append(Case(source + en, target + good, None, f"number done right: {kind}"))
    for i, (source, target) in enumerate(pick(lambda s, t: True, 30)):
        en, ru = LOCALISATIONS[i % len(LOCALISATIONS)]
        cases.append(Case(source + en, target + ru, None, "a localisation"))

    # Terms: a real pair whose source and target name a concept; the target term replaced.
    term_pairs = []
    for source, target in pairs:
        result = enforcer.check(source, target)
        present = [c for c in result.source if c.approved]
        if present and not result.missing and not result.forbidden:
            term_pairs.append((source, target, present[0].approved[0]))
    rng.shuffle(term_pairs)
    for source, target, match in term_pairs[:40]:
        broken = target
        spans = sorted({m.span for c in enforcer.check(source, target).source
                        if c.concept.id == match.concept_id for m in c.approved}, reverse=True)
        for start, end in spans:  # every rendering of the concept, so none is left
            word = "Нечто" if broken[start:end][:1].isupper() else "нечто"
            broken = broken[:start] + word + broken[end:]
        cases.append(Case(source, broken, "term-missing", f"term «{match.text}» replaced"))
        cases.append(Case(source, target, None, "a term rendered"))

    def add(check: str, count: int, condition: Any, change: Any, note: str) -> None:
        for source, target in pick(condition, count):
            changed = change(source, target)
            if changed is not None and changed != (source, target):
                cases.append(Case(*changed, check, note))

    add("spacing", 30, lambda s, t: t.endswith("."),
        lambda s, t: (s + " Then it rained.", t + "Потом пошёл дождь."), "space lost")
    add("unpaired", 20, lambda s, t: "»" in t and t.count("«") == t.count("»"),
        lambda s, t: (s, t.replace("»", "", 1)), "closing guillemet dropped")
    add("unpaired", 10, lambda s, t: ")" in t and t.count("(") == t.count(")"),
        lambda s, t: (s, t.replace(")", "", 1)), "closing bracket dropped")
    add("repeated-word", 30, lambda s, t: re.search(r" [вин] ", t),
        lambda s, t: (s, re.sub(r" ([вин]) ", r" \1 \1 ", t, count=1)), "word doubled")
    add("capitalisation", 30, lambda s, t: s[:1].isupper() and t[:1].isupper(),
        lambda s, t: (s, t[:1].lower() + t[1:]), "first letter lowered")
    add("punctuation-end", 15, lambda s, t: s.endswith(".") and t.endswith("."),
        lambda s, t: (s, t[:-1] + "?"), "a statement became a question")
    add("punctuation-end", 15, lambda s, t: s.endswith(".") and t.endswith(".") and len(t) > 30,
        lambda s, t: (s, t[:-1]), "the final stop lost")
    add("quote-style", 20, lambda s, t: "«" in t and "»" in t,
        lambda s, t: (s, t.replace("«", '"').replace("»", '"')), "straight quotes")
    add("whitespace", 20, lambda s, t: " " in t,
        lambda s, t: (s, t.replace(" ", "  ", 1)), "double space")
    add("same-as-source", 15, lambda s, t: True, lambda s, t: (s, s), "source copied")
    add("untranslated", 15, lambda s, t: True, lambda s, t: (s, ""), "no translation")
    add("url-email", 20, lambda s, t: True,
        lambda s, t: (s + " See http://example.org/club.", t + " См. http://example.com/club."),
        "address changed")
    add("untranslated-fragment", 25, lambda s, t: re.search(r"\b(always|never|very|only)\b", s),
        lambda s, t: (s, _leave_english(s, t)), "an English word left in")
    return cases


def _leave_english(source: str, target: str) -> tuple[str, str] | None:
    word = re.search(r"\b(always|never|very|only)\b", source)
    words = target.split()
    if word is None or len(words) < 3:
        return None
    words[len(words) // 2] = word.group()
    return " ".join(words)


def evaluate(cases: list[Case], enforcer: Enforcer) -> dict[str, Counter[str]]:
    checks = [c for c, spec in REGISTRY.items()
              if not spec.project_wide and c not in ("ocr-suspect", "alignment-low-confidence",
                                                     "custom-rule")]
    counts: dict[str, Counter[str]] = {c: Counter() for c in checks}
    for case in cases:
        segment = Segment(1, 1, 1, case.source, case.target, SegmentStatus.DRAFT, None, False)
        fired = {f.check for f in run_checks([segment], source_lang="en", target_lang="ru",
                                             enforcer=enforcer, checks=checks)}
        for check in checks:
            if check in _TERM_CHECKS and not case.note.startswith(("term ", "a term")):
                continue  # the real pairs use no termbase: only the term cases measure it
            made = case.check == check
            counts[check]["positives"] += made
            if check in fired:
                counts[check]["tp" if made else "fp"] += 1
    return counts


def ocr_join_cases() -> list[tuple[str, str, str]]:
    """(lang, broken text, expected cleaned text) from real words of the align-dev texts."""
    rng = random.Random(SEED)
    cases = []
    for lang in ("ru", "en"):
        words: Counter[str] = Counter()
        hyphenated: Counter[str] = Counter()
        for path in sorted(ALIGN_DEV.glob(f"*.{lang}.txt")):
            text = path.read_text(encoding="utf-8")
            words.update(w for w in re.findall(r"(?<![\w-])[^\W\d_]{8,}(?![\w-])", text) if w.islower())
            hyphenated.update(
                w for w in re.findall(r"(?<![\w-])[^\W\d_]{2,}-[^\W\d_]{2,}(?![\w-])", text)
                if w.islower()
            )
        for word in rng.sample(sorted(words), 40):
            cut = rng.randint(3, len(word) - 3)
            cases.append((lang, f"Начало {word[:cut]}-\n{word[cut:]} конец." if lang == "ru"
                          else f"Start {word[:cut]}-\n{word[cut:]} end.", word))
        for word in sorted(hyphenated)[:25]:
            left, right = word.split("-", 1)
            cases.append((lang, f"Начало {left}-\n{right} конец." if lang == "ru"
                          else f"Start {left}-\n{right} end.", word))
    return cases


def run() -> list[dict[str, Any]]:
    name = "qa_accuracy"
    if not ALIGN_DEV.is_dir():
        return [{"benchmark": name, "metric": "skipped: no ../shared/align-dev", "value": "",
                 "unit": "", "target": ""}]
    concepts = read_termbase_file(TERMBASE)
    enforcer = Enforcer(concepts, "en", "ru")
    cases = make_cases(real_pairs(), enforcer)
    counts = evaluate(cases, enforcer)
    positives = sum(c.check is not None for c in cases)
    rows: list[dict[str, Any]] = [
        {"benchmark": name, "metric": f"cases: {len(cases)} ({positives} with an error, "
         f"{len(cases) - positives} without)", "value": len(cases), "unit": "pairs",
         "target": ">= 500"},
    ]
    for check, c in counts.items():
        if not c["positives"] and not c["fp"]:
            continue
        recall = c["tp"] / c["positives"] if c["positives"] else float("nan")
        flagged = c["tp"] + c["fp"]
        precision = c["tp"] / flagged if flagged else float("nan")
        rows.append({"benchmark": name, "metric": f"{check}: recall ({c['tp']}/{c['positives']})",
                     "value": recall, "unit": "", "target": f">= {TARGET}"})
        rows.append({"benchmark": name, "metric": f"{check}: precision ({c['fp']} false alarms)",
                     "value": precision, "unit": "", "target": f">= {TARGET}"})
    joins = ocr_join_cases()
    right = sum(clean_text(text, lang)[0].text.endswith(f"{expected} " + text.split()[-1])
                or expected in clean_text(text, lang)[0].text.split()
                for lang, text, expected in joins)
    rows.append({"benchmark": name, "metric": f"OCR line-end joins right ({len(joins)} real words)",
                 "value": right / len(joins), "unit": "", "target": f">= {TARGET}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
