"""The hostile corpus, round 36: a TBX past libxml2's limits; rules.toml and project.toml as
other programs write them.

A `<note>` 100,000 deep in a TBX concept and a term of over 10 MB were refused in one line
that quoted libxml2 ("Excessive depth in document: 256, use XML_PARSE_HUGE option", "Text node
too long, try XML_PARSE_HUGE"): round 35 said an XLIFF's and a TMX's in our words, not a
termbase's. A rules.toml or project.toml saved with a byte order mark (Windows' Notepad) was
"not valid TOML: Invalid statement (at line 1, column 1)", and one in cp1251 "'utf-8' codec
can't decode byte 0xe1 ...". A rule's id and message holding ESC, an OSC 52 clipboard write,
BEL, U+202E and a C1 CSI went as they were into the CSV and HTML reports (a `cat` of the
report ran them). Same shape as `corpus.CASES` (and run by the same test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, concept_entry, damages, tbx, writes
from tests.hostile.corpus_round_thirtyfive import LONG_TEXT, TOO_DEEP, TOO_LONG, nested

TERM_IMPORT = ("term", "import", "{p}", "{in}/t.tbx")
RULE = '[[rule]]\nid = "lib"\nmessage = "Write «читальня»."\ntarget_forbidden = "{библиотека}"\n'
CONTROLS = "\x1b[31m", "\x1b]52;c;aGk=\x07", "\u202e", "\x9b31m"
HOSTILE_RULE = ('[[rule]]\nid = "li\\u001b[31mb"\nmessage = "Write \\u001b]52;c;aGk=\\u0007 \\u202e «читальня» \\u009b31m."\n'
                'target_forbidden = "{библиотека}"\n')


def saved(name: str, text: str, encoding: str, before: str = "") -> Callable[[Path], None]:
    """The project's `name` written in `encoding` (what it held before kept after `before`)."""
    def action(project: Path) -> None:
        kept = (project / name).read_text("utf-8") if before else ""
        (project / name).write_bytes((text + kept).encode(encoding))

    return action


def no_control_in_the_report(outcome: Outcome) -> None:
    for fmt in ("csv", "html", "json"):
        report = outcome.run("check", str(outcome.project), "--checks", "custom-rule", "--format", fmt).stdout
        assert "rule:lib" in report and "«читальня»" in report, fmt
        assert not any(mark in report for mark in CONTROLS), (fmt, report)

CASES: list[Case] = [
    Case("tbx-note-too-deep", TERM_IMPORT,
         writes("t.tbx", tbx(concept_entry("c1", "club", "клуб").replace("</conceptEntry>",
                                                                         nested("note") + "</conceptEntry>"))),
         2, TOO_DEEP, isolation="subprocess"),
    Case("tbx-term-over-10mb", TERM_IMPORT, writes("t.tbx", tbx(concept_entry("c1", LONG_TEXT, "клуб"))), 2, TOO_LONG,
         isolation="subprocess"),
    Case("rules-with-a-byte-order-mark", ("check", "{p}", "--checks", "custom-rule"),
         damages(saved("rules.toml", RULE, "utf-8-sig")), 0, "Write «читальня». (rule lib)"),
    Case("rules-in-cp1251", ("check", "{p}", "--checks", "custom-rule"), damages(saved("rules.toml", RULE, "cp1251")), 2,
         "rules.toml: not UTF-8 text (byte 0xab at 37); save it as UTF-8"),
    Case("rules-id-and-message-with-terminal-control", ("check", "{p}", "--checks", "custom-rule", "--format", "csv"),
         damages(saved("rules.toml", HOSTILE_RULE, "utf-8")), 0, "rule:lib", no_control_in_the_report),
    Case("config-with-a-byte-order-mark", ("status", "{p}"), damages(saved("project.toml", "# mine\n", "utf-8-sig", "kept")),
         0, "(en -> ru)"),
]
