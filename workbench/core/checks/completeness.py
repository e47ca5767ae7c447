"""Is there a translation at all? `untranslated` and `same-as-source`.

`same-as-source` wants words: a target that repeats "1923.", "§ 4", a link, hashtags, a code
such as "PDF_417" or a name in camel case or before its version ("ArcaneChat", "Tusky v13.0") is
normal, one that repeats English words is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.core.checks.textutil import ADDRESS, is_copy, zipf
from workbench.wording import N_, worded

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more: without one, a segment is a label or a number."""
_NO_WORDS = re.compile(rf"{ADDRESS.pattern}|(?<![\w&])[#@]\w[\w.-]*", re.IGNORECASE)
"""An address, a hashtag or a handle: letters, but no word to translate."""
_CODE_TOKEN = re.compile(r"[\d_]")
"""A token with a digit or "_" in it: a code or a version ("PDF_417", "v13.0"), not a word."""


def _has_words(source: str) -> bool:
    """Whether the source holds a word to translate (`_WORD`) outside addresses, hashtags and
    handles (`_NO_WORDS`) and outside names of letters joined to digits or by "_" ("PDF_417",
    "v13.0"): a label ("B.1.1."), a link alone or such a code is written as it is in the
    reader's language, so a copy of it is no untranslated text."""
    return any(_WORD.search(token) for token in _words(source))


def _words(source: str) -> list[str]:
    """The tokens of `source` that may be words: addresses, hashtags, handles and codes left out."""
    return [token for token in _NO_WORDS.sub(" ", source).split() if not _CODE_TOKEN.search(token)]


_NAME_WORDS = 3
"""A name runs to a few words ("Simple Mobile Tools" is three); a longer copy is a sentence."""
_COMMON_ENGLISH = 3.0
"""wordfreq zipf from which an English word is ordinary (about one in a million words)."""
_VERSION = re.compile(r"v?\d+(?:\.\d+)+|v\d+", re.IGNORECASE)
"""A release's number ("v13.0", "2.4.1", "v2"): after a name it titles a release."""


def _only_names(source: str) -> bool:
    """Whether `source` is a name alone, which Russian keeps in Latin letters: a few capitalised
    words, each in camel case ("ArcaneChat", a product's name, never a UI word), or a release's
    title, a name before its version ("Tusky v13.0": no ordinary English word, `_COMMON_ENGLISH`).
    A single word such as "Gramophone" or "Simplenote" is left reported: no reading of the word
    alone parts an app's name from a label left in English ("Toolbar", "Despeckle" have the
    same frequencies), and the finding's message asks the translator to accept a name."""
    words = [m.group() for token in _words(source) for m in _WORD.finditer(token)]
    if not 0 < len(words) <= _NAME_WORDS or not all(word[0].isupper() for word in words):
        return False
    if all(_camel(word) for word in words):
        return True
    release = _VERSION.fullmatch(source.split()[-1]) is not None
    return release and all(_camel(word) or zipf(word.lower(), "en") < _COMMON_ENGLISH for word in words)


def _camel(word: str) -> bool:
    """A word with a capital inside it and small letters ("ArcaneChat", "LibreOffice"), not
    one in capitals ("README")."""
    return any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word)


SPECS = (
    CheckSpec("untranslated", "error", N_("untranslated"), "The segment has a source but no translation."),
    CheckSpec(
        "same-as-source",
        "warning",
        N_("same as the source"),
        "The translation is identical to the source text.",
    ),
)


@register("completeness", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    for seg in ctx.walk(ctx.segments):
        source, target = seg.source, seg.target
        if not source.strip():
            continue
        if not target.strip():
            if "untranslated" in checks:
                yield Finding(
                    seg.position,
                    "untranslated",
                    "error",
                    **worded(N_("The segment has no translation yet.")),
                    source_spans=((0, len(source)),),
                )
            continue
        if (
            "same-as-source" in checks
            and is_copy(source, target)
            and _has_words(source)  # "B.1.1.", a link alone: nothing to translate
            and not _only_names(source)  # "ArcaneChat", "Tusky v13.0": a name kept in Latin letters
        ):
            yield Finding(
                seg.position,
                "same-as-source",
                "warning",
                **worded(N_("The translation is the source text copied unchanged; translate it "
                            "or accept the finding if it is meant to stay as it is (a name, a title).")),
                source_spans=((0, len(source)),),
                target_spans=((0, len(target)),),
            )
