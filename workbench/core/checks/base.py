"""The vocabulary every QA check shares: findings, severities and the registry.

A check family (one module: `terms`, `numbers`, ...) is a function that looks
at the whole list of segments at once and yields findings for the check ids it
owns. Whole-list rather than per-segment because several checks are about the
project as a whole (consistency, the length distribution, variant mixes) and
because the term checks share one recognition pass per segment.

The runner (`runner.run_checks`) lives in a module of its own because it reads
the project's settings (`config`), which are themselves written in this
vocabulary: keeping it here made `base` and `config` import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Literal, TypeVar

from termbase.enforce import Enforcer
from workbench.core.check_records import text_hash
from workbench.core.project import DEFAULT_LIST_ITEMS, Segment
from workbench.errors import InputError
from workbench.wording import N_, Gettext, Ngettext, Wording

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
"""Higher is worse; `--fail-on warning` means rank >= 1."""

Span = tuple[int, int]
"""Half-open character range `[start, end)` into the source or target text."""


@dataclass(frozen=True)
class Finding:
    """One problem found in one segment, explained so an editor can act on it."""

    segment: int
    """1-based position of the segment in project order."""
    check: str
    """Check id, kebab-case (`term-missing`); part of the interface."""
    severity: Severity
    """`error`, `warning` or `info`, after the project's overrides."""
    message: str
    """What is wrong, in plain words, naming the text involved."""
    concept: str | None = None
    """Concept id of the termbase entry (the TBX conceptEntry id) for term checks."""
    source_spans: tuple[Span, ...] = ()
    """Where to highlight in the source text."""
    target_spans: tuple[Span, ...] = ()
    """Where to highlight in the target text."""
    segment_id: int | None = None
    """Database id of the segment, so a face can jump to it or accept the finding."""
    wording: Wording | None = field(default=None, compare=False, repr=False)
    """The message as a template and values, for a face that speaks another language."""

    def placed(self, severity: Severity, segment_id: int | None) -> Finding:
        """This finding at the project's severity, with its segment's database id.

        What `dataclasses.replace` gives, made as a copy of this one's fields with two of them
        changed: the runner calls this for every finding of a run (75,000 at the benchmark's
        100,000 pairs), and a frozen dataclass's `__init__` sets each field through
        `object.__setattr__`, three times the time of the copy.
        """
        placed = object.__new__(Finding)
        fields = placed.__dict__
        fields.update(self.__dict__)
        fields["severity"], fields["segment_id"] = severity, segment_id
        return placed

    def message_in(self, gettext: Gettext, ngettext: Ngettext) -> str:
        """The message in the language of `gettext` (the English one when it has no wording)."""
        return self.wording.render(gettext, ngettext) if self.wording is not None else self.message

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of the `check` command (spans as `[start, end]` pairs)."""
        return {
            "segment": self.segment,
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "concept": self.concept,
            "source_spans": [list(s) for s in self.source_spans],
            "target_spans": [list(s) for s in self.target_spans],
        }


@dataclass(frozen=True)
class CheckSpec:
    """What the registry knows about one check id."""

    id: str
    default_severity: Severity
    name: str
    """What people call it, a msgid (`N_`): the TUI says it in the interface's language (the project
    view listed `ocr-suspect` and `term-missing` in the Russian interface, user days, session 31);
    the id stays the name for scripts, the CLI and project.toml."""
    summary: str
    """One line for `--help`, reports and the TUI."""
    options: Mapping[str, float | int] = field(default_factory=dict)
    """Tunable numbers a project may set in `[checks.<id>]`, with their defaults."""
    needs_termbase: bool = False
    project_wide: bool = False
    """Its findings depend on other segments (consistency, distributions, variant mixes),
    so re-checking one edited segment alone cannot refresh them."""
    family: str = ""
    """The module that runs it (`terms`, `numbers`, ...); filled in by `register`."""


PACE = 500
"""Pairs a family walks between two progress reports (`CheckContext.walk`): at most a few
hundredths of a second of the dearest family (typography) on ordinary sentences, and few enough
reports (one per pace and family) that telling them costs nothing worth counting."""

_Item = TypeVar("_Item")


@dataclass
class CheckContext:
    """Everything a family may look at; built once per run."""

    segments: Sequence[Segment]
    source_lang: str
    target_lang: str
    enforcer: Enforcer | None
    """The enforcer for the project's termbases, or None when it has none."""
    options: Mapping[str, Mapping[str, float | int]]
    """Per check id: the effective tunable options (defaults merged with project.toml)."""
    progress: Callable[[int, int], None] | None = None
    """Called with (units done, units in all) as segments are processed, for progress bars."""
    rules: Sequence[Any] = ()
    """The project's custom rules (`workbench.core.checks.rules.CustomRule`)."""
    speller: Any = None
    """The project's `spelling.Speller`, or None: the spelling check is then skipped."""
    list_items: str = DEFAULT_LIST_ITEMS
    """The project's list-item convention (`project.store.LIST_ITEM_CONVENTIONS`)."""
    documents: Mapping[int, str] = field(default_factory=dict)
    """Each document's name by its id, for a finding that points into another document."""
    total: int = 0
    done: int = 0

    def option(self, check: str, name: str) -> float:
        return float(self.options[check][name])

    def advance(self, count: int) -> None:
        """Report `count` more segments walked; families call this in batches, not per segment."""
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def walk(self, items: Sequence[_Item]) -> Iterator[_Item]:
        """`items` (segments, or their indexes) one by one, reported every `PACE` walked.

        The report is also where a run is stopped: the TUI's progress raises there once a newer
        check run is asked for (`WorkbenchApp.run_checks`). A family reporting only at its end
        made that newer run wait for the whole family (typography: 1.5 s of CPU at 20,000 pairs,
        `bench/bench_check_pace.py`); walked with this, it waits for one pace of pairs at most."""
        walked = iter(items)  # not sliced: any sequence, nothing copied
        for start in range(0, len(items), PACE):
            yield from islice(walked, PACE)
            self.advance(min(PACE, len(items) - start))


FamilyRunner = Callable[[CheckContext, frozenset[str]], Iterable[Finding]]
PartRunner = Callable[[CheckContext, frozenset[str], slice], Any]
"""A family's work on a run of consecutive segments of `CheckContext.segments`, as a picklable
value. The run comes as a slice of the whole, not a copy of it: a check that weighs a segment
against its neighbours (the numbers' renumbered headings, a retold passage) must see the
neighbours past either end of its run, or two processes find other things than one."""
FinishRunner = Callable[[CheckContext, frozenset[str], Sequence[Any]], Iterable[Finding]]
"""A family's findings from the parts of all the segments, given in segment order."""


@dataclass(frozen=True)
class Family:
    """One module's checks and the function that runs them over all segments at once."""

    name: str
    checks: tuple[str, ...]
    run: FamilyRunner
    part: PartRunner | None = None
    """Set for a family whose work is nearly all per segment (terms): two processes can
    then share it, each taking a run of segments (`parallel`). Its `run` must equal
    `finish` over one `part` of all the segments."""
    finish: FinishRunner | None = None


def strung_together(ctx: CheckContext, checks: frozenset[str], parts: Sequence[list[Finding]]) -> Iterator[Finding]:
    """`finish` of a family whose every finding is about one segment alone: the parts' findings
    in order, as the family finds them over all the segments in one go."""
    for part in parts:
        yield from part


FAMILY_ORDER = (
    "terms", "completeness", "numbers", "tags", "literals", "consistency", "lengths", "typography",
    "rules", "spelling", "stored",
)
"""Reporting order: what an editor fixes first (terms, missing text) before typography."""

REGISTRY: dict[str, CheckSpec] = {}
"""Every known check id in reporting order."""
FAMILIES: dict[str, Family] = {}


def register(
    family: str,
    specs: Sequence[CheckSpec],
    *,
    part: PartRunner | None = None,
    finish: FinishRunner | None = None,
) -> Callable[[FamilyRunner], FamilyRunner]:
    """Decorator for a family runner: records its checks in the registry (with the
    family's `part` and `finish` when its work can be split by segments)."""

    def decorate(run: FamilyRunner) -> FamilyRunner:
        for spec in specs:
            REGISTRY[spec.id] = replace(spec, family=family)
        FAMILIES[family] = Family(family, tuple(s.id for s in specs), run, part, finish)
        # Keep both in FAMILY_ORDER whatever order the modules happen to be imported in.
        rank = {name: i for i, name in enumerate(FAMILY_ORDER)}
        ordered = sorted(FAMILIES.values(), key=lambda f: rank.get(f.name, len(rank)))
        FAMILIES.clear()
        FAMILIES.update((f.name, f) for f in ordered)
        specs_in_order = [REGISTRY[cid] for f in ordered for cid in f.checks]
        REGISTRY.clear()
        REGISTRY.update((spec.id, spec) for spec in specs_in_order)
        return run

    return decorate


def parse_check_ids(text: str) -> frozenset[str]:
    """`"term-missing, numbers"` -> ids; a family name stands for all its checks.

    Unknown names are bad usage (exit 2 in the CLI), reported all at once.
    """
    wanted: set[str] = set()
    unknown: list[str] = []
    for raw in text.split(","):
        name = raw.strip()
        if not name:
            continue
        if name in REGISTRY:
            wanted.add(name)
        elif name in FAMILIES:
            wanted.update(FAMILIES[name].checks)
        else:
            unknown.append(name)
    if unknown:
        raise InputError.worded(N_("unknown check {unknown}; known checks: {known}"), unknown=', '.join(unknown), known=', '.join(REGISTRY))
    if not wanted:
        raise InputError.worded(N_("no check named"))
    return frozenset(wanted)


def accepted_key(finding: Finding, segment: Segment) -> tuple[int, str, str, str]:
    """The key under which an acceptance silences `finding`."""
    return (segment.id, finding.check, finding.concept or "", text_hash(segment.source, segment.target))


def at_or_above(findings: Iterable[Finding], threshold: str) -> Iterator[Finding]:
    """Findings whose severity is `threshold` or worse (for `--fail-on`)."""
    rank = SEVERITY_RANK[threshold]
    return (f for f in findings if SEVERITY_RANK[f.severity] >= rank)
