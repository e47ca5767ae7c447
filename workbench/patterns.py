"""Regular expressions from files and people, compiled only at a size that fits in memory.

A `rules.toml` or an SRX file may come with a project from anyone, and a person types
their own filter. The `regex` module unrolls a counted repeat into its least count of
copies when it compiles, so `(?:(?:(?:(?:a{50}){50}){50}){50}){50}` — forty characters —
asked for 312 million nodes (about 280 bytes each): the compile took every byte the
machine had and ended in MemoryError, and no search timeout helps, since the search
never starts. `compile_bounded` reckons the size from the pattern's text first and
refuses a pattern over `MAX_PROGRAM` with a `regex.error`, which every caller already
turns into one line naming the rule or the file.

A pattern that calls a group (`(?R)`, `(?1)`, `(?&name)`, `(?P>name)`: the `regex` module's
recursion) is refused the same way: `(?R)` calls itself before reading a character, and the first
search took 600-900 MB and ended in a MemoryError traceback (an SRX rule at the next import, a
`rules.toml` rule at `check`, `segments --regex`, `replace --regex`; hardening, round eleven). SRX
is Java's syntax, which has no such calls, and no checklist rule needs one.
"""

from __future__ import annotations

import regex

from workbench.wording import N_, phrase

MAX_PROGRAM = 200_000
"""The most nodes a compiled pattern may unroll into: `\\w{200000}` compiles to about
65 MB in 0.1 s; no rule a person writes comes near it (a `{word}` of every form of a
Russian verb is about 1,500)."""
_COUNTED = regex.compile(r"\{(\d*)(?:,\d*)?\}")
"""A counted repeat, `{3}`, `{2,}`, `{2,5}` or `{,5}`; the least count is the one unrolled."""
_CALL = regex.compile(r"\(\?(?:R|[+-]?\d+|&\w+|P>\w+)\)")
"""A call of the whole pattern or of a group, by number or by name."""


class PatternTooLarge(regex.error):
    """A pattern whose compiled program would not fit in memory; said in the interface's language."""

    def __init__(self, size: int) -> None:
        self.wording = phrase(
            N_("its counted repeats unroll into about {size} steps (at most {most}); use smaller counts"),
            size=format(size, ","), most=format(MAX_PROGRAM, ","),
        )
        super().__init__(self.wording.render())


class PatternCallsAGroup(regex.error):
    """A pattern calling a group, which may recurse without end; said in the interface's language."""

    def __init__(self, call: str) -> None:
        self.wording = phrase(
            N_("it calls a group ({call}), and a pattern calling itself can recurse without end; write it without"),
            call=call,
        )
        super().__init__(self.wording.render())


def compile_bounded(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, refused with `PatternTooLarge` when it would be too large
    and with `PatternCallsAGroup` when it calls a group."""
    size = program_size(pattern)
    if size > MAX_PROGRAM:
        raise PatternTooLarge(size)
    if (call := _group_call(pattern)) is not None:
        raise PatternCallsAGroup(call)
    return regex.compile(pattern, flags)


def _group_call(pattern: str) -> str | None:
    """The first group call in `pattern` (outside escapes and classes), or None."""
    at = 0
    while at < len(pattern):
        if pattern[at] == "\\":
            at += 2
        elif pattern[at] == "[":
            at = _class_end(pattern, at + 1)
        elif pattern[at] == "(" and (call := _CALL.match(pattern, at)):
            return call.group()
        else:
            at += 1
    return None


def program_size(pattern: str) -> int:
    """About how many nodes `regex` compiles `pattern` into: every character, class and
    escape once, times the least count of each counted repeat around it.

    A reckoning from the text, not a parser: it errs only where the pattern is not a
    valid expression (which the compile then refuses) or reads a `{3}` inside a verbose
    comment as a repeat.
    """
    frames = [[0, 0]]  # for each open group: its size so far, and the size of its last item
    at, end = 0, len(pattern)
    while at < end:
        char = pattern[at]
        item = 1
        if char == "\\":
            at += 2
            if at < end and pattern[at] == "{" and pattern[at - 1].isalpha() and not _COUNTED.match(pattern, at):
                at = _after(pattern, "}", at)  # \p{Letter}, \N{NAME}, \x{263a}
        elif char == "[":
            at = _class_end(pattern, at + 1)
        elif char == "(":
            if pattern.startswith("(?#", at):
                at = _after(pattern, ")", at)
                continue
            frames.append([0, 0])
            at += 1
            continue
        elif char == ")" and len(frames) > 1:
            item = frames.pop()[0]
            at += 1
        elif char == "{" and (counted := _COUNTED.match(pattern, at)):
            copies = max(int(counted.group(1) or 0), 1)
            frame = frames[-1]
            frame[0] += frame[1] * (copies - 1)
            frame[1] *= copies
            at = counted.end()
            continue
        elif char in "*+?|":
            at += 1
            continue
        else:
            at += 1
        frames[-1][0] += item
        frames[-1][1] = item
    return sum(frame[0] for frame in frames)


def _after(pattern: str, closing: str, at: int) -> int:
    """Just past the next `closing` from `at` (the end of the pattern if there is none)."""
    found = pattern.find(closing, at)
    return len(pattern) if found < 0 else found + 1


def _class_end(pattern: str, at: int) -> int:
    """Just past the `]` closing a character class whose body starts at `at`."""
    if pattern.startswith("^", at):
        at += 1
    if pattern.startswith("]", at):  # a `]` first in the class is a member
        at += 1
    while at < len(pattern):
        if pattern[at] == "\\":
            at += 2
        elif pattern[at] == "]":
            return at + 1
        else:
            at += 1
    return at


class SearchBudget:
    """The seconds each of several patterns has searched, against an allowance that grows with
    the work done (a segment checked, a paragraph split).

    A per-search timeout stops a pattern that hangs on one text, not one that takes a second
    on every text: `(?:.{1,5}){1,9}\\d{5}` stays under any sane timeout each time and still
    takes an hour over a project. Custom rules and SRX rules both keep one of these.
    """

    def __init__(self, patterns: int, allowed: float) -> None:
        self.spent = [0.0] * patterns
        self.allowed = allowed

    def grant(self, seconds: float) -> None:
        """More time for every pattern: a new piece of work has come."""
        self.allowed += seconds

    def spend(self, index: int, seconds: float) -> bool:
        """Count `seconds` of pattern `index`; True once it has taken more than allowed."""
        self.spent[index] += seconds
        return self.spent[index] > self.allowed
