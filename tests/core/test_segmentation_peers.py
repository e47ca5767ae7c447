"""The splitter on its peers' own test suites: pySBD's and Pragmatic Segmenter's golden
rules and razdel's cases, read from `../shared/external-peers/segmentation/` at test time.

Scoring: every case not marked `cleaning` is scored once (the suites repeat some
texts); a case passes when the list of sentences equals the expected list, each
sentence compared with its runs of whitespace collapsed to one space (the
splitter returns spans of the text; normalising whitespace is a cleaner's job,
which the `cleaning` cases test and we do not score). Issue 15 measured 111
English and 63 Russian passes before this work; pysbd passes 149, razdel 68.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from workbench.core.ingest.segmentation import sentences

SUITES = Path(__file__).resolve().parents[2].parent / "shared" / "external-peers" / "segmentation"

pytestmark = pytest.mark.skipif(
    not SUITES.is_dir(), reason=f"the peers' suites are not at {SUITES}"
)


def _normal(items: list[str]) -> list[str]:
    return [" ".join(item.split()) for item in items]


def score() -> tuple[Counter[str], Counter[str], list[str]]:
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: list[str] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted(SUITES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            key = (case["lang"], case["text"])
            if case.get("cleaning") or key in seen:
                continue
            seen.add(key)
            total[case["lang"]] += 1
            if _normal(sentences(case["text"], case["lang"])) == _normal(case["expected"]):
                passed[case["lang"]] += 1
            else:
                failures.append(case["id"])
    return passed, total, failures


def test_peer_suites() -> None:
    passed, total, failures = score()
    print(f"\npeers' suites: en {passed['en']}/{total['en']}, ru {passed['ru']}/{total['ru']}")
    assert total["en"] >= 160 and total["ru"] >= 70
    assert passed["en"] >= 149, failures
    assert passed["ru"] >= 68, failures


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The club (est. 1923) grew. It had members.", "en",
         ["The club (est. 1923) grew.", "It had members."]),
        ("Клуб (осн. 1923) рос. Он был большим.", "ru", ["Клуб (осн. 1923) рос.", "Он был большим."]),
        ("It grew (slowly). Then it fell.", "en", ["It grew (slowly).", "Then it fell."]),
        ("He left (see p. 5). Then he came.", "en", ["He left (see p. 5).", "Then he came."]),
    ],
)
def test_an_abbreviation_inside_brackets_does_not_end_a_sentence(
    text: str, lang: str, expected: list[str]
) -> None:
    assert sentences(text, lang) == expected
