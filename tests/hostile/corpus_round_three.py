"""The hostile corpus, round three: names that are not UTF-8, broken links, endless files.

Same shape as `corpus.CASES` (and run by the same test). The classes:

* a file name or argument with bytes that are not UTF-8 (Python hands them on as
  lone surrogates, which SQLite, lxml and TOML cannot encode): a name is cleaned
  like any other and the import goes on; text that must be stored or parsed as
  given is refused with one line;
* `rules.toml` nested too deeply, or with a number where a rule belongs; `nan` or
  `inf` as a check's setting in project.toml (TOML reads both; a check's `int()` raised);
  a project.toml or rules.toml of megabytes (TOML read 300 MB in 34 s);
* a link loop or a NUL byte where a path is read (`termbases = [...]`, an export);
* a batch of queries without line breaks (`/dev/zero`);
* an entity used but never declared: `iterparse` reported it as "empty or not XML"
  (XLIFF) or "no element found (line 0)" (TBX); the parser's own complaint is shown;
* regular expressions: one that matches at the very end of the text (`$`), which
  searched from past the end for ever, and a `rules.toml` pattern that backtracks
  without end (Python's `re` ran it for minutes; it is stopped under a timeout now).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.hostile.corpus import (
    EN,
    Case,
    both,
    concept_entry,
    damages,
    imported,
    tbx,
    tmx,
    writes,
    xliff,
)
from tests.hostile.corpus_round_two import config_clean, list_termbase, stored_clean

UNDECODABLE = os.fsdecode(b"\xff\xfe")
"""Two bytes that are not UTF-8, as Python reads them from a file name or an argument."""
NAMED = f"doc{UNDECODABLE}\x1b[2J"
"""A file name in another encoding, with a terminal sequence for good measure."""


def rules(text: str):  # type: ignore[no-untyped-def]
    def action(project: Path) -> None:
        (project / "rules.toml").write_text(text, "utf-8")

    return action


def check_option(check: str, option: str, value: str):  # type: ignore[no-untyped-def]
    def action(project: Path) -> None:
        config = project / "project.toml"
        config.write_text(f"{config.read_text('utf-8')}\n[checks.{check}]\n{option} = {value}\n", "utf-8")

    return action


def padded_config(project: Path) -> None:
    """project.toml grown to 5 MB by a comment: TOML read 300 MB in 34 s, and every command reads it."""
    config = project / "project.toml"
    config.write_text(f"{config.read_text('utf-8')}\n# {'x' * (5 * 2**20)}\n", "utf-8")


def link_loop(folder: str, name: str):  # type: ignore[no-untyped-def]
    """`name` and `name.2` in `folder` ("in" or "project"), each a link to the other."""

    def build(inputs: Path, project: Path) -> None:
        where = inputs if folder == "in" else project
        (where / name).symlink_to(where / f"{name}.2")
        (where / f"{name}.2").symlink_to(where / name)

    return build


SLOW_SRX = (
    '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body><languagerules>'
    '<languagerule languagerulename="slow"><rule break="yes"><beforebreak>(.*){1,32000}[bc]</beforebreak>'
    '<afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules>'
    '<languagemap languagepattern=".*" languagerulename="slow"/></maprules></body></srx>'
)


def slow_segmentation_rules(inputs: Path, project: Path) -> None:
    """SRX rules imported earlier (they read fine: a rule is only slow on some text)."""
    from click.testing import CliRunner

    from workbench.cli import main

    (inputs / "slow.srx").write_text(SLOW_SRX, "utf-8")
    result = CliRunner().invoke(main, ["segmentation", "import", str(project), str(inputs / "slow.srx")])
    assert result.exit_code == 0, result.output


def looked_up(project: Path) -> None:
    """A lookup first brings the project's own memory up to date (any lookup would): what a
    refused lookup must leave as it was is that."""
    from click.testing import CliRunner

    from workbench.cli import main

    result = CliRunner().invoke(main, ["memory", "lookup", str(project), "club"])
    assert result.exit_code == 0, result.output


CASES = [
    # Names and arguments that are not UTF-8.
    Case("import-a-text-named-in-another-encoding", ("import", "{p}", "--source", f"{{in}}/{NAMED}.txt"),
         writes(f"{NAMED}.txt", EN), 0, "imported 'doc'", lambda outcome: (stored_clean(outcome), config_clean(outcome))),
    Case("memory-import-a-tsv-named-in-another-encoding", ("memory", "import", "{p}", f"{{in}}/{NAMED}.tsv"),
         writes(f"{NAMED}.tsv", "Hello there.\tПривет.\n"), 0, "imported doc.tsv: 1 unit", stored_clean),
    Case("import-a-tmx-named-in-another-encoding", ("import", "{p}", "--tmx", f"{{in}}/{NAMED}.tmx"),
         writes(f"{NAMED}.tmx", tmx()), 2, "is not UTF-8"),
    Case("memory-lookup-of-text-in-another-encoding", ("memory", "lookup", "{p}", f"club{UNDECODABLE}"),
         damages(looked_up), 2, "'club\ufffd\ufffd' is not UTF-8"),
    Case("replace-with-text-in-another-encoding", ("replace", "{p}", "Библиотека", f"Читальня{UNDECODABLE}"),
         writes("unused", b""), 2, "is not UTF-8"),
    # rules.toml
    Case("rules-nested-too-deeply", ("check", "{p}"),
         damages(rules("a = " + "[" * 100_000 + "]" * 100_000 + "\n")), 2, "rules.toml: its values are nested too deeply"),
    Case("rules-of-seventeen-megabytes", ("check", "{p}"), damages(rules("# " + "x" * (17 * 2**20) + "\n")), 2,
         "rules.toml: 17 MB is too large for rules (at most 16 MB)"),
    Case("config-of-five-megabytes", ("status", "{p}"), damages(padded_config), 2,
         "project.toml is 5 MB, too large for a project file (at most 4 MB)"),
    Case("rules-a-number-for-a-rule", ("check", "{p}"), damages(rules("rule = [1, 2]\n")), 2,
         "rules.toml: rules are written as [[rule]] tables"),
    Case("config-sets-a-check-option-to-nan", ("check", "{p}"), damages(check_option("spacing", "percent", "nan")), 2,
         "project.toml: [checks.spacing] percent must be a finite number, not nan"),
    Case("config-sets-a-check-option-to-inf", ("check", "{p}"), damages(check_option("length-ratio", "threshold", "inf")),
         2, "project.toml: [checks.length-ratio] threshold must be a finite number, not inf"),
    # Paths that cannot be followed.
    Case("config-lists-a-termbase-link-loop", ("check", "{p}"),
         both(link_loop("project", "loop.tbx"), damages(list_termbase("loop.tbx"))), 2,
         "termbase loop.tbx listed in project.toml does not exist"),
    Case("config-lists-a-termbase-with-a-nul-byte", ("check", "{p}"), damages(list_termbase("a\x00b.db")), 2,
         "listed in project.toml does not exist"),
    Case("export-to-a-link-loop", ("export", "{p}", "--tmx", "{in}/out.tmx", "--all"), link_loop("in", "out.tmx"), 2,
         "Too many levels of symbolic links"),
    # What libxml2 said, not what iterparse kept of it.
    Case("xliff-with-an-undeclared-entity", ("import", "{p}", "--xliff", "{in}/doc.xlf"),
         writes("doc.xlf", xliff('<trans-unit id="u1"><source>The &club; opened.</source></trans-unit>')), 2,
         "doc.xlf, line 2: malformed XLIFF (Entity 'club' not defined)"),
    Case("tbx-with-an-undeclared-entity", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", tbx(concept_entry("h1", "&club;", "клуб"))), 2, "Entity 'club' not defined (line 2)"),
    # Regular expressions that never finish.
    Case("segments-matching-a-regex-at-the-end", ("segments", "{p}", "--text", "$", "--regex", "--format", "json"),
         writes("unused", b""), 0, '"position": 3', isolation="subprocess"),
    Case("rules-pattern-backtracking-without-end", ("check", "{p}"),
         damages(rules('[[rule]]\nid = "slow"\ntarget_forbidden = "(.*){1,32000}[bc]"\n')), 2,
         "rules.toml: rule slow: a pattern took over 2 s on segment 1", isolation="subprocess"),
    Case("rules-pattern-re-ran-for-minutes", ("check", "{p}", "--fail-on", "never"),
         both(imported("One long word.\tБиблиотекаоткрыласьвтысячадевятьсот!\n"),
              damages(rules('[[rule]]\nid = "words"\ntarget_required = "^(\\\\w+\\\\s?)*$"\n'))), 0,
         "custom-rule", isolation="subprocess"),
    Case("import-split-by-an-srx-rule-backtracking-without-end", ("import", "{p}", "--source", "{in}/doc.en.txt"),
         both(slow_segmentation_rules, writes("doc.en.txt", EN)), 2,
         "the segmentation rule '(.*){1,32000}[bc]' / '\\\\s' took over 2 s", isolation="subprocess"),
    # Files without end.
    Case("memory-lookup-batch-from-dev-zero", ("memory", "lookup", "{p}", "--batch", "/dev/zero"), damages(looked_up),
         2, "/dev/zero, line 1: longer than 1,000,000 characters", isolation="subprocess"),
]
