"""`custom-rule`: a project's own checklist, like Xbench's, in `rules.toml`.

A project folder may hold `rules.toml` with rules such as::

    [[rule]]
    id = "klub-not-club"
    message = "Write «клуб», not the transliteration «клаб»."
    severity = "error"                 # error | warning | info (default: warning)
    target_forbidden = "{клаб}"        # never in a translation

    [[rule]]
    id = "percent-words"
    message = "A percentage in the source is written with % in the target."
    source = "\\d+ per ?cent"          # applies where the source matches
    target_required = "\\d ?%"         # then the target must match

Patterns are Python regular expressions, matched case-insensitively unless a
part asks otherwise, `(?-i:Windows)`. A word
in braces, `{клуб}`, is morphology-aware: it matches every form of the word
(pymorphy3's paradigm in Russian, lemminflect's inflections in English), so
`{рабочий клуб}` matches «рабочих клубов»; the forms keep the case the word is
written in, so `(?-i:{Москва})` matches «Москвы», not «москвы». Braces hold words only: a
grammatical tag (`{клаб:gent}`) or a pattern's syntax (`{клуб|клаб}`) inside them is refused;
`{C++}` matches «C++» as written. A match of nothing counts only where the pattern asserts
something: `x*` matches the empty text at every place of a segment, and finds only its «x»s;
`^(?!\\p{Lu})` matches only at a segment's start, where it asserts, while `\\s*$` matches
nothing at the end of every text and finds only the spaces before it. Each finding names its rule; its
acceptance key carries the rule id, so accepting one rule's finding leaves
the others reported.

Bad rules (unknown keys, a pattern that does not compile, a rule with neither
target pattern) are refused with one line naming the rule, because a silently
ignored rule is worse than none. A rules.toml may come with a project from
anyone: patterns are run by the `regex` module under a timeout, so one that
backtracks without end (`(\\w+\\s?)*$`) stops the check with one line instead
of hanging it; and the file's rules share one allowance of search time for the whole run,
about ten times what costly sound patterns take on the segments read, so rules each a little
slow on every segment stop it too, naming the slowest, instead of checking for hours.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex

from termbase import safetext
from termbase.languages import primary_language
from workbench.core.checks.base import (
    SEVERITIES,
    CheckContext,
    CheckSpec,
    Finding,
    Severity,
    register,
)
from workbench.core.checks.empty_places import empty_places, is_empty_place
from workbench.core.project import optional_file
from workbench.core.rules_cache import Kind, cached_rules
from workbench.errors import InputError
from workbench.patterns import SearchBudget, compile_bounded
from workbench.wording import N_, Wording, phrase, phrase_n, worded

SPECS = (
    CheckSpec(
        "custom-rule",
        "warning",
        N_("project rule"),
        "A rule from the project's rules.toml: a required or forbidden target pattern.",
    ),
)

RULES_FILE = "rules.toml"
KEPT = Kind("rules", (Path(__file__),))
"""Where the compiled rules are kept between runs, and the source that makes them."""
_KEYS = frozenset({"id", "message", "severity", "source", "target_required", "target_forbidden"})
_WORD_IN_BRACES = re.compile(r"\{([^{}\d,]+)\}")
_NOT_IN_A_WORD = frozenset("|()[]*?^$\\:=<>")
"""What a word in braces may not hold: a pattern's syntax, and `:`, which tags a form in other
tools (`{клаб:gent}`). Each was matched as literal text, «клаб:gent» or «клуб|клаб», so the rule
never fired (hardening, round 31); `{C++}`, `{Node.js}`, `{AT&T}` and `{т.е.}` are words as written."""
RULE_SECONDS = 2.0
"""How long one pattern may search one segment before the check is stopped."""
RULES_HEAD_SECONDS = 2.0
"""The search time every rule of the file may take together before their allowance is weighed."""
RULE_SECONDS_PER_SEARCH = 5e-4
"""What one rule may take on one segment on average, beyond `RULE_SECONDS_PER_CHAR` for each
character of its two texts: with it, a run's rules may take together about ten times what costly
sound patterns do (a fuzzy `(?:рабочий клаб){e<=2}` 0.3 µs a character, a word in braces 0.03 µs;
CPU of the checking thread, measured by harden36)."""
RULE_SECONDS_PER_CHAR = 2e-6
"""What one rule may take per character of the segment it reads, on average (see above)."""


@dataclass(frozen=True)
class CustomRule:
    """One rule of a project's checklist."""

    id: str
    message: str
    severity: Severity
    source: regex.Pattern[str] | None
    """The rule applies only where the source matches (always when None)."""
    target_required: regex.Pattern[str] | None
    """Where the rule applies, the target must match this."""
    target_forbidden: regex.Pattern[str] | None
    """Where the rule applies, the target must not match this."""


MAX_RULES_BYTES = 16 * 2**20
"""Thousands of rules fit in a megabyte; TOML reads about 9 MB a second (300 MB took 34 s)."""
MAX_RULES = 10_000
"""More than any checklist people keep (Xbench's run to hundreds). The 16 MB a file may hold is
room for 200,000 rules: 10^5 made `check` of 10 segments take 8.8 s of CPU and 700 MB, every run
(hardening, round eleven); 10^4 take about 1.7 s more than none."""
MAX_MESSAGE_CHARS = 1_000
"""The longest message a rule's findings carry: a sentence or two. Every finding repeats it, in
the terminal and each report: one of 1 MB was printed whole under each finding, a megabyte of
JSON a finding (hardening, round 28)."""
MAX_ID_CHARS = 200
"""The longest rule id: it names the rule in every finding (`rule:ID`) and every error."""


def load_rules(folder: Path, source_lang: str, target_lang: str) -> tuple[CustomRule, ...]:
    """The rules of a project folder (none without `rules.toml`); raises InputError."""
    path = optional_file(folder / RULES_FILE)
    if path is None:
        return ()
    if (size := path.stat().st_size) > MAX_RULES_BYTES:
        raise InputError.worded(N_("{file}: {size} MB is too large for rules (at most {most} MB)"), file=RULES_FILE, size=format(size / 2**20, ".0f"), most=MAX_RULES_BYTES // 2**20)
    try:
        text = path.read_bytes()
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot be read ({reason})"), path=path, reason=error.strerror or error) from None
    started = time.thread_time()
    return cached_rules(KEPT, text, (source_lang, target_lang), lambda: _read_rules(text, source_lang, target_lang),
                        lambda: time.thread_time() - started)


def _read_rules(text: bytes, source_lang: str, target_lang: str) -> tuple[CustomRule, ...]:
    """The rules of a rules file's bytes; raises InputError."""
    try:
        # "utf-8-sig": the byte order mark Windows' Notepad writes is no statement (it was
        # refused as "Invalid statement (at line 1, column 1)": hardening, round 36)
        data = tomllib.loads(text.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError.worded(N_("{file}: not UTF-8 text (byte {byte} at {offset:,}); save it as UTF-8"),
                                file=RULES_FILE, byte=f"0x{error.object[error.start]:02x}", offset=error.start) from None
    except ValueError as error:  # TOMLDecodeError, and an integer of over 4,300 digits
        raise InputError.worded(N_("{file}: not valid TOML: {error}"), file=RULES_FILE, error=error) from None
    except RecursionError:  # tomllib descends recursively into nested arrays and tables
        raise InputError.worded(N_("{file}: its values are nested too deeply"), file=RULES_FILE) from None
    return parse_rules(data, source_lang, target_lang)


def parse_rules(
    data: Mapping[str, Any], source_lang: str, target_lang: str
) -> tuple[CustomRule, ...]:
    """Rules from the parsed TOML (`[[rule]]` tables)."""
    unknown_tables = set(data) - {"rule"}
    if unknown_tables:
        raise InputError.worded(N_("{file}: unknown table {unknown_tables}"), file=RULES_FILE, unknown_tables=', '.join(sorted(unknown_tables)))
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise InputError.worded(N_("{file}: rules are written as [[rule]] tables"), file=RULES_FILE)
    if len(tables) > MAX_RULES:
        raise InputError.worded(N_("{path}: more than {most:,} rules"), path=RULES_FILE, most=MAX_RULES)
    rules: list[CustomRule] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, start=1):
        given_id = table.get("id")
        if given_id is not None and (isinstance(given_id, bool) or not isinstance(given_id, str | int)):
            # str() of an array or a table was an id such as "{'a': 1}" (hardening, round eleven)
            raise InputError.worded(N_("{file}: rule {number}: its id must be text or a whole number"), file=RULES_FILE, number=number)
        # Text from a stranger's file is data: a report written as HTML or CSV, or read with
        # `cat`, carried an id's and a message's ESC, OSC 52 and U+202E as they were (round 36)
        rule_id = safetext.clean(str(given_id or f"rule-{number}"))
        if len(rule_id) > MAX_ID_CHARS:
            raise InputError.worded(N_("{file}: rule {number}: its id is {count:,} characters long (at most {most:,})"),
                                    file=RULES_FILE, number=number, count=len(rule_id), most=MAX_ID_CHARS)
        where = phrase(N_("{file}: rule {id}"), file=RULES_FILE, id=rule_id)
        if not isinstance(table.get("message", ""), str):
            raise InputError.worded(N_("{where}: the message must be text"), where=where)
        if len(table.get("message", "")) > MAX_MESSAGE_CHARS:
            raise InputError.worded(N_("{where}: the message is {count:,} characters long (at most {most:,})"),
                                    where=where, count=len(table["message"]), most=MAX_MESSAGE_CHARS)
        unknown = set(table) - _KEYS
        if unknown:
            raise InputError.worded(N_("{where}: unknown key {unknown}"), where=where, unknown=', '.join(sorted(unknown)))
        if rule_id in seen:
            raise InputError.worded(N_("{where}: the id is used twice"), where=where)
        seen.add(rule_id)
        severity = table.get("severity", "warning")
        if severity not in SEVERITIES:
            raise InputError.worded(N_("{where}: severity must be one of {severities}"), where=where, severities=', '.join(SEVERITIES))
        required = _compile(table.get("target_required"), target_lang, where)
        forbidden = _compile(table.get("target_forbidden"), target_lang, where)
        if required is None and forbidden is None:
            raise InputError.worded(N_("{where}: needs target_required or target_forbidden"), where=where)
        message = safetext.clean(str(table.get("message") or f"Rule {rule_id} is broken."))
        rules.append(
            CustomRule(rule_id, message, severity, _compile(table.get("source"), source_lang, where),
                       required, forbidden)
        )
    return tuple(rules)


def _compile(pattern: object, lang: str, where: Wording) -> regex.Pattern[str] | None:
    if pattern is None:
        return None
    if not isinstance(pattern, str) or not pattern:
        raise InputError.worded(N_("{where}: patterns are non-empty strings"), where=where)
    expanded = _expand_words(pattern, primary_language(lang), where)
    try:
        return compile_bounded(expanded, regex.IGNORECASE | regex.V0)
    except regex.error as error:
        raise InputError.worded(N_("{where}: bad pattern {pattern!r}: {error}"), where=where, pattern=pattern, error=error) from None


def _expand_words(pattern: str, lang: str, where: Wording) -> str:
    """`pattern` with each word in braces replaced by its forms, the braces of the pattern's own
    syntax left alone: an escape (`\\{`, `\\p{Lu}`, `\\N{EM DASH}`) and a character class
    (`[{}]`). The braces were replaced wherever they stood, so `\\p{Lu}` became `\\p` and the
    forms of «Lu», a rule that compiled and never matched (hardening, round 31)."""
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            end = index + 2
            if pattern[index + 1:index + 3] in ("p{", "P{", "N{"):
                closing = pattern.find("}", end)
                end = len(pattern) if closing < 0 else closing + 1
        elif char == "[":
            end = _class_end(pattern, index)
        elif char == "{" and (word := _WORD_IN_BRACES.match(pattern, index)):
            parts.append(_forms_pattern(word.group(1), lang, where))
            index = word.end()
            continue
        else:
            end = index + 1
        parts.append(pattern[index:end])
        index = end
    return "".join(parts)


def _class_end(pattern: str, start: int) -> int:
    """Where the character class opening at `start` ends (the pattern's end when it does not):
    a `]` first in the class, or escaped, is one of its characters; a nested `[` opens a set
    (`regex` V0 reads `[[:alpha:]]`), closed by its own `]`. Counted, not recursed: 100,000 `[`
    must end in the pattern's own error, not a RecursionError."""
    depth = 0
    index = start
    while index < len(pattern):
        if pattern[index] == "[":
            depth += 1
            index += 1
            if pattern[index:index + 1] == "^":
                index += 1
            if pattern[index:index + 1] == "]":
                index += 1
            continue
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(pattern)


def _forms_pattern(words: str, lang: str, where: Wording) -> str:
    """`{рабочий клуб}` -> a pattern matching every form of each word, in order. Braces of blanks
    only name no word: their pattern matched every segment, so a `target_required` never fired and
    a `target_forbidden` fired on every one, in silence (hardening, round eleven)."""
    if not words.split():
        raise InputError.worded(N_("{where}: {braces} names no word; write the word whose forms it matches inside the braces"),
                                where=where, braces="{" + words + "}")
    if syntax := sorted(set(words) & _NOT_IN_A_WORD):
        raise InputError.worded(N_("{where}: {braces} is not a word ({chars}): braces hold words to inflect, without grammatical tags or pattern syntax; write those outside the braces"),
                                where=where, braces="{" + words + "}", chars=" ".join(syntax))
    parts = [
        "(?:" + "|".join(re.escape(f) for f in sorted(shaped_forms(word, lang), key=len, reverse=True)) + ")"
        for word in words.split()
    ]
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def shaped_forms(word: str, lang: str) -> frozenset[str]:
    """The forms of `word` written in its case: «Москва» gives «Москвы», «ООН» «ООН», «iPhone» itself.

    Patterns match without case unless a rule asks for it with `(?-i:...)`; the forms were all
    in small letters, so `(?-i:{Windows})` could never match «Windows» and a required capital
    fired on every correct segment."""
    forms = word_forms(word, lang)
    if word.islower():
        return forms
    if word.isupper() and len(word) > 1:
        return frozenset(f.upper() for f in forms)
    if word[:1].isupper() and word[1:].islower():
        return frozenset(f[:1].upper() + f[1:] for f in forms)
    return forms | {word}


@cache
def word_forms(word: str, lang: str) -> frozenset[str]:
    """Every inflected form of a dictionary word (the word alone where nothing is known)."""
    folded = word.casefold()
    forms = {folded}
    if lang == "ru":
        from workbench.core.morphology import analyzer

        # A rule's author writes «ученый» as often as «учёный»; pymorphy3's lemma keeps the «ё».
        plain = folded.replace("ё", "е")
        for parse in analyzer().parse(folded):
            if plain in (parse.normal_form.replace("ё", "е"), parse.word.replace("ё", "е")):
                forms.update(p.word for p in parse.lexeme)
        forms |= {f.replace("е", "ё") for f in forms if "е" in f} | {f.replace("ё", "е") for f in forms}
    elif lang == "en":
        from lemminflect import getAllInflections

        for inflections in getAllInflections(folded).values():
            forms.update(inflections)
    return frozenset(forms)


@register("rules", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    rules: Sequence[CustomRule] = ctx.rules
    if not rules:
        ctx.advance(len(ctx.segments))
        return
    # One allowance for the whole file's rules, which grows with each segment's length and the
    # number of rules: a budget a rule of its own had (0.05 s a segment on average) let a pattern
    # just under it take 83 minutes on 100,000 segments, and ten such rules ten times that
    # (hardening, round 36). Weighed in the checking thread's CPU, so a busy machine is no reason.
    budget = SearchBudget(1, RULES_HEAD_SECONDS)
    spent = [0.0] * len(rules)
    for checked, seg in enumerate(ctx.walk(ctx.segments), start=1):
        budget.grant(len(rules) * (RULE_SECONDS_PER_SEARCH + RULE_SECONDS_PER_CHAR * (len(seg.source) + len(seg.target))))
        if not seg.target.strip():
            continue
        for index, rule in enumerate(rules):
            started = time.thread_time()
            finding = apply(rule, seg.position, seg.source, seg.target)
            seconds = time.thread_time() - started
            spent[index] += seconds
            if budget.spend(0, seconds):
                slowest = max(range(len(rules)), key=spent.__getitem__)
                raise InputError.from_wording(phrase_n(
                    "{file}: its {rules} rule took {seconds:.0f} s on segments 1-{count}, far more than patterns need; "
                    "the slowest, rule {id}, {slowest:.0f} s: simplify it",
                    "{file}: its {rules} rules took {seconds:.0f} s on segments 1-{count}, far more than patterns "
                    "need; the slowest, rule {id}, {slowest:.0f} s: simplify it",
                    len(rules), file=RULES_FILE, rules=len(rules), seconds=budget.spent[0], count=checked,
                    id=rules[slowest].id, slowest=spent[slowest]))
            if finding is not None:
                yield finding


def apply(rule: CustomRule, position: int, source: str, target: str) -> Finding | None:
    """The finding `rule` raises on one segment, if any; InputError when a pattern takes too long."""
    try:
        return _apply(rule, position, source, target)
    except TimeoutError:
        raise InputError.worded(
            N_("{file}: rule {id}: a pattern took over {seconds:g} s on segment {position}; simplify it"),
            file=RULES_FILE, id=rule.id, seconds=RULE_SECONDS, position=position,
        ) from None


def _apply(rule: CustomRule, position: int, source: str, target: str) -> Finding | None:
    source_spans: tuple[tuple[int, int], ...] = ()
    if rule.source is not None:
        found = rule.source.search(source, timeout=RULE_SECONDS)
        if found is None:
            return None
        source_spans = (found.span(),)
    if rule.target_forbidden is not None:
        bad = telling_matches(rule.target_forbidden, target)
        if bad:
            return Finding(position, "custom-rule", rule.severity,
                           **worded(N_("{message} (rule {id})"), message=rule.message, id=rule.id), concept=f"rule:{rule.id}",
                           source_spans=source_spans, target_spans=tuple(m.span() for m in bad))
    if rule.target_required is not None and not _required_met(rule.target_required, target):
        return Finding(position, "custom-rule", rule.severity,
                       **worded(N_("{message} (rule {id})"), message=rule.message, id=rule.id), concept=f"rule:{rule.id}",
                       source_spans=source_spans)
    return None


def telling_matches(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """The matches of `pattern` in `text` that say something about it.

    A match of some text always does. A zero-width match does when the pattern asserts something
    there (`^(?!\\p{Lu})`, a target not starting with a capital; `(?<=\\d)(?=%)`), but not
    when the pattern matches the empty text at every place of this text: `x*` found an empty
    «x» in every segment, so a forbidden `x*` gave all 63,000 targets a finding (a 78 MB report)
    and a required one never fired (hardening, round 31). Refusing every pattern that matches
    the empty text would refuse sound ones: `^(\\w+\\s?)*$` ("only words") matches it, and a
    target of words is matched whole. Nor does one where the pattern matches nothing in every
    text (`empty_places`): a forbidden `\\s*$` flagged every target at its end (round 32's left
    item)."""
    places = empty_places(pattern.pattern)
    matches = [m for m in pattern.finditer(text, timeout=RULE_SECONDS)
               if m.end() > m.start() or not is_empty_place(places, text, m.start())]
    if all(m.end() > m.start() for m in matches):
        return matches
    unreached = 0  # the first place of the text no match has touched yet
    for match in matches:
        if match.start() > unreached:
            return matches
        unreached = max(unreached, match.end() + 1)
    if unreached <= len(text):
        return matches
    return [m for m in matches if m.end() > m.start()]


def _required_met(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether `telling_matches` finds anything, read only as far as it must: the first match of
    some text, or the first zero-width one past a place no match touched, answers (a search
    stopped at the first match; a required pattern is not read to the end of every target)."""
    places = empty_places(pattern.pattern)
    unreached = 0
    zero_width = False
    for match in pattern.finditer(text, timeout=RULE_SECONDS):
        if match.end() > match.start():
            return True
        if is_empty_place(places, text, match.start()):
            continue
        zero_width = True
        if match.start() > unreached:
            return True
        unreached = match.end() + 1
    return zero_width and unreached <= len(text)
