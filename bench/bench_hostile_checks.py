"""The checks on hostile texts whose work once grew with the square of their length (hardening, round 21).

Made-up texts, each one segment checked by every check (`run_checks`), CPU of the process:

- a run of 20,000 backquotes inside a Russian target (code-span detection tried the run from each
  backquote, backing off one at a time: 2.6-2.9 s before round 21);
- 2,900 quoted Latin letters ('a' ... 'Z'), options ('--opt{i}') or file names ('ФАЙЛ.e{i}') in a
  target against a 50,000-character source (the source was searched again for each: 2.4-6.0 s);
- 2,000 enumerators «а) аа бб» then 2,000 «б) аа бб» in a target (each marker tried every run
  opened before it, reading the words between again: 6 s before round 23);
- 2,000 and 5,000 made-up names renumbered ("ABCD-1" in the source, "ABCD-2" in the target; the
  text was read again for each name: 6 s and minutes before round 23).

    python -m bench hostile_checks
"""

from __future__ import annotations

import random
import string
import time
from typing import Any

from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus

SOURCE = ("Type the letter x and then the option --verbose in a box. " * 900)[:50_000]
QUOTED = 2_900


def _names(count: int) -> list[str]:
    """`count` made-up capitalised names of four letters, the same for one count."""
    letters = random.Random(count)
    return ["".join(letters.choice(string.ascii_uppercase) for _ in range(4)) for _ in range(count)]


CASES = {
    "a run of 20,000 backquotes in a target": ("run `x` now", "слово " + "`" * 20_000 + " слово"),
    "2,900 quoted letters, 50,000-character source": (
        SOURCE, "Введите " + " ".join(f"'{string.ascii_letters[i % 52]}'" for i in range(QUOTED))),
    "2,900 quoted options, 50,000-character source": (
        SOURCE + " --opt5", "Введите " + " ".join(f"'--opt{i}'" for i in range(QUOTED))),
    "2,900 quoted file names, 50,000-character source": (
        SOURCE + " a.e5", "Файлы " + " ".join(f"'ФАЙЛ.e{i}'" for i in range(QUOTED))),
    "4,000 list enumerators in a target": (
        "Do this now.", "Сделайте: " + " ".join("а) аа бб" for _ in range(2_000)) + " "
        + " ".join("б) аа бб" for _ in range(2_000))),
    **{f"{count:,} renumbered names": (" ".join(f"{name}-1" for name in _names(count)),
                                       " ".join(f"{name}-2" for name in _names(count)))
       for count in (2_000, 5_000)},
}
TARGET_SECONDS = 0.5


def _segment(source: str, target: str) -> Segment:
    return Segment(id=1, document_id=1, position=1, source=source, target=target, status=SegmentStatus.TRANSLATED,
                   confidence=None, locked=False)


def run() -> list[dict[str, Any]]:
    run_checks([_segment("a b", "а б")], source_lang="en", target_lang="ru")  # dictionaries loaded
    rows: list[dict[str, Any]] = []
    for name, (source, target) in CASES.items():
        started = time.process_time()
        run_checks([_segment(source, target)], source_lang="en", target_lang="ru")
        rows.append({"benchmark": "hostile_checks", "metric": f"every check, {name} (CPU)",
                     "value": time.process_time() - started, "unit": "s", "target": f"<= {TARGET_SECONDS}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
