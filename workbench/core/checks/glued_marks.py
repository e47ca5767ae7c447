"""Marks the translation glues to a word where the source spaces them (`spacing`): a list's bullet
run into its item's first word, a slash spaced on one side only.

A bullet is set off from its item by a space in both languages («• Исправлены ошибки»); a release
note's «•Исправлены» or «-Поддержка» is a space lost where the source writes "• Fix" and
"- Support", and a reader sees the marker as part of the word (a «-» glued to a word reads as a
minus or an option). A slash between words is spaced on both sides or on neither (Мильчин: «и/или»,
«отпечаток пальца / разблокировка по лицу»); «пальца /разблокировка», where the source writes
"fingerprint / face unlock", lost the space after it. The source decides what is markup and what a
typo: a bullet is reported only where the source spaces the same marker at a line's start and
glues it nowhere, a slash only where the source spaces its slashes on both sides and on one side
nowhere (a path, "/usr/bin", stands after a space with no space after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import Span
from workbench.wording import N_, Wording, phrase

_LINE_START = r"(?:^|(?<=\n)|(?<=<br>)|(?<=<br/>)|(?<=<br />)|(?<=<li>)|(?<=<p>))[ \t]*"
"""The start of a line: of the text, after a line break, or after the HTML tags that open one (a
store listing's "<br>- item")."""
_BULLETS = "•·▪‣◦*+\\-–—"
_GLUED_BULLET = re.compile(rf"{_LINE_START}([{_BULLETS}])(?=[^\W\d_])")
"""A bullet at a line's start run into the word after it («•Исправлены», «-Поддержка»)."""
_SPACED_BULLET = re.compile(rf"{_LINE_START}([{_BULLETS}])[ \u00a0]+(?=\S)")
_LINE_OPENERS = ("\n", "<br", "<li>", "<p>")
"""What a line may start after inside a text (`_LINE_START`)."""

_ONE_SIDED_SLASH = re.compile(r"(?<=[^\W\d_])[ \u00a0]/(?=[а-яёА-ЯЁ])|(?<=[а-яёА-ЯЁ])/[ \u00a0](?=[^\W\d_])")
"""A slash between Russian words spaced on one side only («пальца /разблокировка»); a Latin word
after a spaced slash is left alone (a path, "/usr/bin")."""
_SOURCE_ONE_SIDED_SLASH = re.compile(r"(?<=[^\W\d_])[ \u00a0]/(?=[^\W\d_])|(?<=[^\W\d_])/[ \u00a0](?=[^\W\d_])")


def glued_marks(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each bullet and slash `target` glues to a word where `source` spaces it (the module
    docstring)."""
    first = target.lstrip(" \t")[:1]
    if (first and first in _BULLETS) or any(opener in target for opener in _LINE_OPENERS):
        yield from _glued_bullets(source, target)
    if "/" in target and (" / " in source or "\u00a0/" in source) and not _SOURCE_ONE_SIDED_SLASH.search(source):
        for m in _ONE_SIDED_SLASH.finditer(target):
            yield phrase(N_("a slash spaced on one side only")), m.span()


def _glued_bullets(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each bullet at a line's start of `target` glued to its word where `source` spaces the same
    marker at a line's start and glues it nowhere."""
    glued = list(_GLUED_BULLET.finditer(target))
    if glued:
        spaced = {m.group(1) for m in _SPACED_BULLET.finditer(source)}
        own = {m.group(1) for m in _GLUED_BULLET.finditer(source)}
        for m in glued:
            if m.group(1) in spaced and m.group(1) not in own:
                yield phrase(N_("no space after the bullet “{mark}”"), mark=m.group(1)), m.span(1)
