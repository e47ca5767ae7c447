"""The hostile corpus, round five: what files bring besides their text.

Same shape as `corpus.CASES` (and run by the same test). The classes:

* a `rules.toml` rule that takes a second on every segment, under the 2 s one search may
  take: 3,000 segments were checked for an hour; the rule is stopped once it has taken
  more than 2 s plus 50 ms a segment (a clock that says 1.2 s a search stands in for such
  a rule, so the case itself is quick);
* a `project.toml` value of the wrong type that was read as another: `termbases =
  "glossary.tbx"` letter by letter ("termbase g listed in project.toml does not exist"),
  `name = ["a"]` as the name "['a']", written back so at the next save;
* terminal control in a replacement (`replace DIR FIND REPLACEMENT`): stored raw in the
  target (the TUI's editor cleans what is typed, the core did not), so `export --text` wrote
  the window-title sequence into the file; the core cleans every target it is given;
* integers no float holds: `percent = 1000…` (400 digits) as a check's option ended in
  OverflowError, and one of over 4,300 digits anywhere in project.toml or rules.toml in
  ValueError from tomllib itself (not its TOMLDecodeError), so every command failed so;
* an SRX rule of the same kind: each paragraph of an import under the 2 s one search may
  take, 200 paragraphs past `timeout 60`; stopped once it has taken 2 s plus 50 ms a
  paragraph (and its characters' allowance) over the import;
* the noncharacters U+FFFE and U+FFFF, which XML cannot hold: a term or a note with one was
  stored, and every TBX export of the termbase then ended in a traceback; they are removed
  where control characters are (`termbase/safetext.py`), and a term holding one is refused;
* a regular expression from a file or a person whose counted repeats, nested, unroll into
  more than the machine holds: `regex` builds the whole program before a search (and its
  timeout) can start, so `(?:(?:(?:(?:a{50}){50}){50}){50}){50}` in `rules.toml` ended in
  MemoryError after taking every byte. The cases use a pattern just over the bound
  (300,000 steps, about 84 MB) so that the code before the bound compiles it, quietly.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.corpus import EN, Case, Check, Outcome, both, damages, writes
from tests.hostile.corpus_round_three import check_option, rules
from tests.hostile.corpus_round_two import OSC_TITLE, stored_clean

UNROLLED = "(?:(?:a{100}){100}){30}"
"""300,000 steps once unrolled: over `workbench.patterns.MAX_PROGRAM`, yet cheap to compile."""
TOO_LARGE = "its counted repeats unroll into about 303,030 steps (at most 200,000)"


def srx_rule(before: str) -> str:
    return (
        '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body><languagerules>'
        f'<languagerule languagerulename="big"><rule break="yes"><beforebreak>{before}</beforebreak>'
        '<afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules>'
        '<languagemap languagepattern=".*" languagerulename="big"/></maprules></body></srx>'
    )


def config_line(line: str, instead: str):  # type: ignore[no-untyped-def]
    """project.toml with `line` (the whole line) written as `instead`."""

    def action(project: Path) -> None:
        config = project / "project.toml"
        lines = config.read_text("utf-8").splitlines()
        assert line in lines, lines
        config.write_text("\n".join(instead if one == line else one for one in lines) + "\n", "utf-8")

    return action


def segmentation_rules(srx: str):  # type: ignore[no-untyped-def]
    """SRX rules imported earlier (they read fine: a rule is only slow on some text)."""

    def build(inputs: Path, project: Path) -> None:
        from click.testing import CliRunner

        from workbench.cli import main

        (inputs / "rules.srx").write_text(srx, "utf-8")
        result = CliRunner().invoke(main, ["segmentation", "import", str(project), str(inputs / "rules.srx")])
        assert result.exit_code == 0, result.output

    return build


def noted_concept(note: str):  # type: ignore[no-untyped-def]
    """A concept added earlier with `note`."""

    def build(inputs: Path, project: Path) -> None:
        from click.testing import CliRunner

        from workbench.cli import main

        args = ["term", "add", str(project), "--source", "reading room", "--target", "читальня", "--note", note]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output

    return build


def well_formed(name: str) -> Check:
    def check(outcome: Outcome) -> None:
        from lxml import etree

        etree.parse(str(outcome.inputs / name))  # raises on anything XML cannot hold

    return check


def no_noncharacters(outcome: Outcome) -> None:
    """Stored without them, so an export to XML is whole and says nothing was removed."""
    for segment in outcome.segments():
        assert not {"\ufffe", "\uffff"} & set(f"{segment['source']}{segment['target']}"), segment
    exported = outcome.run("export", str(outcome.project), "--tmx", str(outcome.inputs / "all.tmx"), "--all")
    assert exported.code == 0 and "removed" not in exported.stderr, exported.stderr
    well_formed("all.tmx")(outcome)


def _unused(inputs: Path, project: Path) -> None:
    """Nothing to build: the pattern is in the command."""


CASES = [
    Case("term-add-a-noncharacter", ("term", "add", "{p}", "--source", "club\uffff", "--target", "клуб"), _unused, 2,
         "term 'club\ufffd' contains a control character"),
    Case("term-export-after-a-note-with-a-noncharacter", ("term", "export", "{p}", "{in}/t.tbx"),
         noted_concept("Opened in 1925\ufffe."), 0, "exported 2 concepts to", well_formed("t.tbx")),
    Case("tsv-with-noncharacters", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         writes("pairs.tsv", "The hall\ufffe opened.\tЗал\uffff открылся.\n"), 0, "imported",
         no_noncharacters),
    Case("import-split-by-an-srx-rule-slow-on-every-paragraph", ("import", "{p}", "--source", "{in}/doc.en.txt"),
         both(segmentation_rules(srx_rule("\\.")), writes("doc.en.txt", EN)), 2,
         "the segmentation rules took 2 s on the paragraphs so far, far more than rules need; the slowest, '\\\\.' / '\\\\s', 2 s", patch="slow-srx-searches"),
    Case("config-sets-a-check-option-to-400-digits", ("check", "{p}"), damages(check_option("spacing", "percent", "1" + "0" * 400)),
         2, "project.toml: [checks.spacing] percent is too large (at most 1e+15)"),
    Case("config-holds-an-integer-of-5000-digits", ("status", "{p}"), damages(check_option("spacing", "percent", "1" + "0" * 5000)),
         2, "project.toml is not valid TOML: Exceeds the limit (4300 digits) for integer string conversion"),
    Case("rules-id-an-integer-of-5000-digits", ("check", "{p}"), damages(rules(f'[[rule]]\nid = 1{"0" * 5000}\ntarget_forbidden = "x"\n')),
         2, "rules.toml: not valid TOML: Exceeds the limit (4300 digits)"),
    Case("replace-with-terminal-control", ("replace", "{p}", "Библиотека", f"Читальня{OSC_TITLE}\u202e"), _unused, 0,
         "replaced 1 match in 1 segment", stored_clean),
    Case("config-termbases-a-string-not-a-list", ("check", "{p}"),
         damages(config_line("termbases = []", 'termbases = "glossary.tbx"')), 2,
         "project.toml: missing or malformed entry termbases (a list of file names)"),
    Case("config-name-a-list", ("status", "{p}"), damages(config_line('name = "project"', 'name = ["a"]')), 2,
         "project.toml: missing or malformed entry name (a string)"),
    Case("rules-pattern-slow-on-every-segment", ("check", "{p}", "--checks", "custom-rule"),
         damages(rules('[[rule]]\nid = "slowish"\ntarget_forbidden = "клуб"\n')), 2,
         "rules.toml: its 1 rule took 2 s on segments 1-2, far more than patterns need; the slowest, rule slowish, 2 s", patch="slow-rule-searches"),
    Case("rules-pattern-unrolling-past-memory", ("check", "{p}"),
         damages(rules(f'[[rule]]\nid = "big"\ntarget_forbidden = "{UNROLLED}"\n')), 2,
         f"rules.toml: rule big: bad pattern '{UNROLLED}': {TOO_LARGE}"),
    Case("srx-rule-unrolling-past-memory", ("segmentation", "import", "{p}", "{in}/big.srx"),
         writes("big.srx", srx_rule(UNROLLED)), 2, f"the rule '{UNROLLED}' is not a regular expression ({TOO_LARGE}"),
    Case("segments-filter-unrolling-past-memory", ("segments", "{p}", "--text", UNROLLED, "--regex"), _unused, 2,
         f"not a valid regular expression: '{UNROLLED}' ({TOO_LARGE}"),
]
