"""The hostile corpus, round fifteen: terms too long to be terms.

Same shape as `corpus.CASES` (and run by the same test).

Nothing bounded a term's text: a 50 MB term a team member put on the server reached every member's
termbase at `team sync`, and every `check` then took 63 s instead of 7 s, `term list` 14 s. A term
holds at most 1,000 characters now (`termbase/store.py`, `MAX_TERM_CHARS`), refused at every write
(a glossary's import, `term add`, a team pull: `tests/team/test_hostile_server.py`), naming the
concept; the termbase stays as it was.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, writes
from tests.hostile.corpus_round_twelve import TBX_WITH_A_USAGE_NOTE, glossary_unchanged

LONG_TERM = "club " * 200 + "x"
"""1,001 characters: a paragraph, no term."""

CASES: list[Case] = [
    Case("csv-term-of-a-thousand-and-one-characters", ("term", "import", "{p}", "{in}/glossary.csv"),
         writes("glossary.csv", f"id,en,ru\nclub,{LONG_TERM},клуб\n"), 2,
         "concept club: a term is 1,001 characters long (at most 1,000)", glossary_unchanged),
    Case("tbx-term-of-a-million-characters", ("term", "import", "{p}", "{in}/glossary.tbx"),
         writes("glossary.tbx", TBX_WITH_A_USAGE_NOTE.format(note="n").replace("<term>клуб</term>", "<term>" + "клуб " * 200_000 + "</term>")),
         2, "concept club: a term is 999,999 characters long (at most 1,000)", glossary_unchanged),
    Case("term-add-of-a-thousand-and-one-characters", ("term", "add", "{p}", "--source", LONG_TERM, "--target", "клуб"),
         writes("unused", ""), 2, "a term is 1,001 characters long (at most 1,000)", glossary_unchanged),
]
