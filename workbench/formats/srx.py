"""SRX 2.0 segmentation rules: read, write, and segment by them.

SRX is how CAT tools exchange sentence segmentation: per language, an
ordered list of rules, each a regular expression for the text before a
possible break and one for the text after it, saying break or no break; the
first rule that matches a position decides. Language maps pick the rule
lists by language tag (all matching lists in order with `cascade="yes"`,
the first otherwise). A memory made in OmegaT was segmented by OmegaT's
default SRX; a project that reads that file segments new documents the same
way.

The rules are Java regular expressions; `regex` reads their `\\p{Lu}`
classes, possessive quantifiers and the rest that Python's `re` lacks.

The workbench's own rules are written as SRX by the ingest package
(`workbench.core.ingest.segmentation_rules.builtin_srx`): this module knows
SRX, not our abbreviation tables.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from lxml import etree

from termbase.formats.xmlsafe import PROLOG_BYTES, declared_entity
from workbench.errors import InputError
from workbench.formats.base import atomic_output
from workbench.formats.inline_xml import escape_attr, escape_text, reader_complaint
from workbench.patterns import SearchBudget, compile_bounded
from workbench.wording import N_

SRX_NS = "http://www.lisa.org/srx20"
MAX_RULES = 20_000
"""More rules than any real file has (OmegaT's defaults: 1,134); beyond, a file is refused."""
MAX_SRX_BYTES = 16 * 2**20
"""Far more than any real file holds (OmegaT's defaults: 145 KB; 20,000 rules of abbreviations
about 2 MB): a file is read whole into memory, to be parsed and named by its digest."""
RULE_SECONDS = 2.0
"""How long one rule may search one paragraph, plus `RULE_SECONDS_PER_CHAR` for each of its
characters: an SRX file comes from anyone, and a rule that backtracks without end
(`(.*){1,32000}[bc]`) would otherwise hang every later import."""
RULE_SECONDS_PER_CHAR = 2e-6
"""Far slower than any rule that scans in linear time (a 16 MB paragraph: 32 s more)."""
RULES_HEAD_SECONDS = 2.0
"""The search time every rule of the file may take together before their allowance is weighed."""
RULE_SECONDS_PER_PARAGRAPH = 1e-4
"""What one rule may take on one paragraph on average over a whole import, beyond
`RULE_SECONDS_PER_PARAGRAPH_CHAR` for each of its characters; the file's rules share the sum.
OmegaT's default rules and our own take about 3.5 µs a rule and paragraph and 35 ns a rule and
character (CPU, the dev texts' 1,429 paragraphs, harden37): some thirty and fifteen times under
it. `(?:.{1,5}){1,9}\\d{5}` took about a second on every paragraph, each under RULE_SECONDS,
so a document of 10,000 paragraphs took hours (round five); a rule's own allowance of 0.05 s a
paragraph still let 1,000 rules of 20 ms each take 20 s a paragraph (round 37)."""
RULE_SECONDS_PER_PARAGRAPH_CHAR = 5e-7
"""What one rule may take per character of the paragraph it reads, on average (see above)."""


@dataclass(frozen=True, slots=True)
class SrxRule:
    """One rule: a break (or none) where `before` ends and `after` begins."""

    breaks: bool
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class SrxRules:
    """A whole SRX document's rules and language maps."""

    languagerules: tuple[tuple[str, tuple[SrxRule, ...]], ...]
    """(name, rules) in file order."""
    maps: tuple[tuple[str, str], ...]
    """(language pattern, rule list name) in file order."""
    cascade: bool = True

    def rules_for(self, lang: str) -> list[SrxRule]:
        """The rules that apply to `lang`, in the order they are tried."""
        named = dict(self.languagerules)
        chosen: list[SrxRule] = []
        for pattern, name in self.maps:
            if name in named and regex.fullmatch(pattern, lang, flags=regex.IGNORECASE):
                chosen.extend(named[name])
                if not self.cascade:
                    break
        return chosen


def read_srx(path: Path | str) -> SrxRules:
    """Parse an SRX 2.0 file; InputError (one line) for anything else, or a rule that does not compile."""
    path = Path(path)
    return srx_of(srx_bytes(path), path)


def srx_bytes(path: Path) -> bytes:
    """The bytes of the SRX file `path`, read once: what its rules are parsed from and, for a
    project's file, what names them in the user's cache (a file changed between the two reads
    would have had another file's rules kept under its name)."""
    if not path.is_file():
        raise InputError.worded(N_("{path}: no such file"), path=path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SRX_BYTES + 1)
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot be read ({reason})"), path=path, reason=error.strerror or error) from None
    if len(data) > MAX_SRX_BYTES:
        raise InputError.worded(N_("{path}: over {most} MB is too large for SRX rules"), path=path, most=MAX_SRX_BYTES // 2**20)
    return data


def srx_of(data: bytes, path: Path) -> SrxRules:
    """Parse the SRX 2.0 bytes `data` of the file `path` (which names it in errors)."""
    if declared_entity(data[:PROLOG_BYTES]) is not None:
        raise _entities_refused(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as exc:
        # libxml2's limits said in our words, its advice to set a parser option dropped (round 37)
        raise InputError.worded(N_("{path}: malformed SRX ({reason})"), path=path,
                                reason=reader_complaint(exc.msg) if exc.msg else exc) from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _entities_refused(path)
    root = tree.getroot()
    if root.tag != f"{{{SRX_NS}}}srx" or root.get("version") != "2.0":
        raise InputError.worded(N_('{path}: not an SRX 2.0 file (root <srx version="2.0"> in {namespace})'), path=path, namespace=SRX_NS)
    ns = f"{{{SRX_NS}}}"
    header = root.find(f"{ns}header")
    cascade = header is None or header.get("cascade", "yes") != "no"
    languagerules: list[tuple[str, tuple[SrxRule, ...]]] = []
    count = 0
    for languagerule in root.iter(f"{ns}languagerule"):
        rules = []
        for rule in languagerule.iter(f"{ns}rule"):
            count += 1
            if count > MAX_RULES:
                raise InputError.worded(N_("{path}: more than {most:,} rules"), path=path, most=MAX_RULES)
            before = _text(rule.find(f"{ns}beforebreak"))
            after = _text(rule.find(f"{ns}afterbreak"))
            for expression in (before, after):
                try:
                    compile_bounded(expression)
                except regex.error as exc:
                    raise InputError.worded(N_("{path}, line {sourceline}: the rule {expression!r} is not a regular expression ({exc})"), path=path, sourceline=rule.sourceline, expression=expression, exc=exc) from None
            breaks = rule.get("break", "yes")
            if breaks not in ("yes", "no"):  # "No" or "false" was read as yes: the opposite rule, unsaid
                raise InputError.worded(N_('{path}, line {sourceline}: break is "yes" or "no", not {value!r}'),
                                        path=path, sourceline=rule.sourceline, value=breaks)
            rules.append(SrxRule(breaks == "yes", before, after))
        languagerules.append((languagerule.get("languagerulename") or "", tuple(rules)))
    maps = tuple(
        (m.get("languagepattern") or "", m.get("languagerulename") or "")
        for m in root.iter(f"{ns}languagemap")
    )
    if not maps:
        raise InputError.worded(N_("{path}: has no language maps, so no rule would ever apply"), path=path)
    return SrxRules(tuple(languagerules), maps, cascade)


def _text(element: Any) -> str:
    return "" if element is None else (element.text or "")


def write_srx(path: Path | str, rules: SrxRules) -> None:
    """Write `rules` as SRX 2.0 (atomically)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<srx xmlns="{SRX_NS}" version="2.0">',
        f'  <header segmentsubflows="yes" cascade="{"yes" if rules.cascade else "no"}"/>',
        "  <body>",
        "    <languagerules>",
    ]
    for name, rule_list in rules.languagerules:
        lines.append(f'      <languagerule languagerulename="{escape_attr(name)}">')
        for rule in rule_list:
            lines.append(
                f'        <rule break="{"yes" if rule.breaks else "no"}">'
                f"<beforebreak>{escape_text(rule.before)}</beforebreak>"
                f"<afterbreak>{escape_text(rule.after)}</afterbreak></rule>"
            )
        lines.append("      </languagerule>")
    lines += ["    </languagerules>", "    <maprules>"]
    for pattern, name in rules.maps:
        lines.append(f'      <languagemap languagepattern="{escape_attr(pattern)}" languagerulename="{escape_attr(name)}"/>')
    lines += ["    </maprules>", "  </body>", "</srx>", ""]
    with atomic_output(Path(path)) as fh:
        fh.write("\n".join(lines))


# -- segmenting by SRX -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """The rules that apply to one language, in the order they are tried, each with the pattern
    that finds its places compiled: what a segmenter runs, and what the user's cache keeps
    between imports (compiling 20,000 rules took some 9 s a language: hardening, round 38)."""

    rules: tuple[SrxRule, ...]
    patterns: tuple[regex.Pattern[str], ...]

    @classmethod
    def of(cls, rules: SrxRules, lang: str) -> LanguageRules:
        """The rules of `rules` that apply to `lang`, compiled."""
        chosen = tuple(rules.rules_for(lang))
        return cls(chosen, tuple(compile_bounded(f"(?:{rule.before})(?=(?:{rule.after}))", regex.VERSION0)
                                 for rule in chosen))


class SrxSegmenter:
    """Splits paragraphs by the SRX rules that apply to one language."""

    def __init__(self, compiled: LanguageRules) -> None:
        self.rules = compiled.rules
        self._compiled = tuple(zip((rule.breaks for rule in self.rules), compiled.patterns, strict=True))
        self._budget = SearchBudget(1, RULES_HEAD_SECONDS)
        """The rules' search time over every paragraph this segmenter split, and their allowance."""
        self._spent = [0.0] * len(self.rules)
        """Each rule's share of it, to name the slowest."""

    def split(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans (start, end) without surrounding whitespace, as `split_sentences` gives them."""
        decided: dict[int, bool] = {}
        seconds = RULE_SECONDS + RULE_SECONDS_PER_CHAR * len(text)
        # One allowance for the whole file's rules (as for a project's custom rules): a rule's own
        # let a thousand rules each a little slow take seconds on every paragraph (round 37).
        # Weighed in this thread's CPU, so a busy machine is no reason.
        self._budget.grant(len(self.rules) * (RULE_SECONDS_PER_PARAGRAPH + RULE_SECONDS_PER_PARAGRAPH_CHAR * len(text)))
        for index, ((breaks, pattern), rule) in enumerate(zip(self._compiled, self.rules, strict=True)):
            started = time.thread_time()
            try:
                for match in pattern.finditer(text, overlapped=True, timeout=seconds):
                    decided.setdefault(match.end(), breaks)
            except TimeoutError:
                raise InputError.worded(
                    N_("the segmentation rule {before!r} / {after!r} took over {seconds:g} s on one paragraph; "
                       "import corrected SRX rules (workbench segmentation import)"),
                    before=rule.before, after=rule.after, seconds=round(seconds, 1),
                ) from None
            seconds_spent = time.thread_time() - started
            self._spent[index] += seconds_spent
            if self._budget.spend(0, seconds_spent):
                slowest = max(range(len(self.rules)), key=self._spent.__getitem__)
                raise InputError.worded(
                    N_("the segmentation rules took {seconds:.0f} s on the paragraphs so far, far more than rules need; "
                       "the slowest, {before!r} / {after!r}, {slowest:.0f} s: import corrected SRX rules "
                       "(workbench segmentation import)"),
                    seconds=self._budget.spent[0], before=self.rules[slowest].before,
                    after=self.rules[slowest].after, slowest=self._spent[slowest],
                )
        cuts = sorted(position for position, breaks in decided.items() if breaks and 0 < position < len(text))
        spans = []
        start = 0
        for cut in [*cuts, len(text)]:
            piece = text[start:cut]
            if piece.strip():
                left = start + len(piece) - len(piece.lstrip())
                spans.append((left, start + len(piece.rstrip())))
            start = cut
        return spans


def _entities_refused(path: Path) -> InputError:
    return InputError.worded(N_("{path}: declares XML entities, which SRX never needs (refused)"), path=path)
