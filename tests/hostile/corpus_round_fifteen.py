"""The hostile corpus, round fifteen: terms too long to be terms, `[team]` values of other types,
exports over the files a project reads.

Same shape as `corpus.CASES` (and run by the same test).

Nothing bounded a term's text: a 50 MB term a team member put on the server reached every member's
termbase at `team sync`, and every `check` then took 63 s instead of 7 s, `term list` 14 s. A term
holds at most 1,000 characters now (`termbase/store.py`, `MAX_TERM_CHARS`), refused at every write
(a glossary's import, `term add`, a team pull: `tests/team/test_hostile_server.py`), naming the
concept; the termbase stays as it was.

`[team] project` and `member` in a received `project.toml` were taken through `str()`: a list named
the shared memory "['a', 'b']", a table signed every change "{'x': 1}", and terminal control or a NUL
reached the server and every member's screen. Each is one line now (`workbench/core/team/server.py`).

`export`, `term export`, `check --output` and `review --output` refused the project's config,
databases and sources only: `export --tsv DIR/rules.toml` replaced the project's rules with a bitext
(and the next `check` failed on it), and so for `dictionary.txt`, `segmentation.srx` and a glossary
`project.toml` lists. Each is the project's own file now (`Project.keeps`), the file unchanged.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.corpus import Case, Outcome, damages, writes
from tests.hostile.corpus_round_twelve import TBX_WITH_A_USAGE_NOTE, glossary_unchanged
from tests.hostile.corpus_round_two import listed_file

LONG_TERM = "club " * 200 + "x"
"""1,001 characters: a paragraph, no term."""

TEAM_STATUS = ("team", "status", "{p}")


def team_table(line: str):  # type: ignore[no-untyped-def]
    """A `[team]` table naming an unreachable server, with one more line."""

    def build(project: Path) -> None:
        with (project / "project.toml").open("a", encoding="utf-8") as toml:
            toml.write(f'\n[team]\ndatabase = "postgresql://127.0.0.1:1/x"\n{line}\n')

    return damages(build)


OWN_FILE = "is one of the project's own files"
KEPT = "# the project's own\n"
GLOSSARY = "id,en,ru\nhall,hall,зал\n"


def own_file(name: str, data: str = KEPT):  # type: ignore[no-untyped-def]
    """One of the files the project reads, holding `data`."""
    return damages(lambda project: (project / name).write_text(data, "utf-8"))


def still_holds(name: str, data: str = KEPT):  # type: ignore[no-untyped-def]
    def check(outcome: Outcome) -> None:
        assert (outcome.project / name).read_text("utf-8") == data

    return check


CASES: list[Case] = [
    Case("csv-term-of-a-thousand-and-one-characters", ("term", "import", "{p}", "{in}/glossary.csv"),
         writes("glossary.csv", f"id,en,ru\nclub,{LONG_TERM},клуб\n"), 2,
         "concept club: a term is 1,001 characters long (at most 1,000)", glossary_unchanged),
    Case("tbx-term-of-a-million-characters", ("term", "import", "{p}", "{in}/glossary.tbx"),
         writes("glossary.tbx", TBX_WITH_A_USAGE_NOTE.format(note="n").replace("<term>клуб</term>", "<term>" + "клуб " * 200_000 + "</term>")),
         2, "concept club: a term is 999,999 characters long (at most 1,000)", glossary_unchanged),
    Case("term-add-of-a-thousand-and-one-characters", ("term", "add", "{p}", "--source", LONG_TERM, "--target", "клуб"),
         writes("unused", ""), 2, "a term is 1,001 characters long (at most 1,000)", glossary_unchanged),
    Case("team-project-a-list", TEAM_STATUS, team_table('project = ["a", "b"]'), 2,
         "[team] project must be text without control characters, not ['a', 'b']"),
    Case("team-member-a-table", TEAM_STATUS, team_table("member = { x = 1 }"), 2,
         "[team] member must be text without control characters, not {'x': 1}"),
    Case("team-member-with-terminal-control", TEAM_STATUS, team_table('member = "anna\\u001b[2J"'), 2,
         "[team] member must be text without control characters, not 'anna\\x1b[2J'"),
    Case("team-project-with-a-nul", TEAM_STATUS, team_table('project = "clubs\\u0000"'), 2,
         "[team] project must be text without control characters, not 'clubs\\x00'"),
    Case("export-over-rules-toml", ("export", "{p}", "--tsv", "{p}/rules.toml", "--all"), own_file("rules.toml"), 2,
         OWN_FILE, still_holds("rules.toml")),
    Case("export-over-dictionary-txt", ("export", "{p}", "--tmx", "{p}/dictionary.txt"), own_file("dictionary.txt"), 2,
         OWN_FILE, still_holds("dictionary.txt")),
    Case("check-report-over-segmentation-srx", ("check", "{p}", "--output", "{p}/segmentation.srx"),
         own_file("segmentation.srx"), 2, OWN_FILE, still_holds("segmentation.srx")),
    Case("term-export-over-the-listed-glossary", ("term", "export", "{p}", "{p}/glossary.csv"),
         damages(listed_file("glossary.csv", GLOSSARY)), 2, OWN_FILE, still_holds("glossary.csv", GLOSSARY)),
    Case("export-over-the-listed-glossary", ("export", "{p}", "--tsv", "{p}/glossary.csv", "--all"),
         damages(listed_file("glossary.csv", GLOSSARY)), 2, OWN_FILE, still_holds("glossary.csv", GLOSSARY)),
]
