"""The linear readings of hardening round 21 give what the patterns they replace gave.

`code_spans.code_spans` stands for `_CODE_SPAN.finditer` (which was quadratic in a run of
backquotes), and typography's one-pass sets of the source's options, extensions and Fluent names
for a search of the source per match. Random short texts of the characters that matter.
"""

from __future__ import annotations

import random
import re

from workbench.core.checks import typography
from workbench.core.checks.code_spans import _CODE_SPAN, blank_code_spans, code_spans


def test_code_spans_are_the_patterns_matches() -> None:
    rng = random.Random(21)
    for _ in range(30_000):
        text = "".join(rng.choice("```` a\nb") for _ in range(rng.randint(0, 14)))
        assert [(m.span(), m.group(1)) for m in code_spans(text)] == [
            (m.span(), m.group(1)) for m in _CODE_SPAN.finditer(text)], text
        assert blank_code_spans(text) == _CODE_SPAN.sub(lambda m: " " * len(m.group()), text), text


def test_the_sources_names_read_once_are_its_searches() -> None:
    rng = random.Random(21)
    for _ in range(30_000):
        source = "".join(rng.choice("-a b{ $.\"'`«x1(") for _ in range(rng.randint(0, 12)))
        options = set(typography._SOURCE_OPTION.findall(source))
        extensions = {m.group() for m in typography._EXTENSION.finditer(source)}
        names = set(typography._SOURCE_PLACEABLE.findall(source))
        for option in ("-a", "--a", "-ab", "-a-b", "-x1"):
            searched = re.search(rf"(?<![\w`'\"“‘«-]){re.escape(option)}(?![\w-])", source) is not None
            assert (option in options) == searched, (source, option)
        for extension in (".a", ".ab", ".x1"):
            assert (extension in extensions) == (re.search(rf"\w{re.escape(extension)}(?!\w)", source) is not None)
        for name in ("a", "-a", "$a", "$x1", "-a-b"):
            assert (name in names) == (re.search(rf"\{{\s*{re.escape(name)}(?![\w-])", source) is not None)
