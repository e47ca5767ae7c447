"""Whether a TMX unit says its target came from machine translation.

TMX has no standard mark for it, where XLIFF 1.2 has `state-qualifier="mt-suggestion"`
(`xliff.MT_QUALIFIERS`). Tools write one of three kinds, which are read as that qualifier is: a
unit so marked comes in shown as MT until a person edits or confirms it (`segments --mt`).

- A prop naming where the target came from: Okapi writes `<prop type="Origin">MT</prop>` on the
  target variant (its test files among the peers' in `../shared/external-peers/tmx/`), tools
  exporting a TM write `x-Origin` or `x-TranslationOrigin` with values such as
  `MachineTranslation` or `NeuralMachineTranslation`.
- A prop that is a flag: `<prop type="x-mt">true</prop>`, `x-machine-translation` = `yes`.
- The person stamp naming an engine: Okapi's leveraging step writes `creationid="MT!"` (as its
  aligner writes `ALIGN!`, also among the peers' files), an MT connector the engine's name
  (`DeepL`, `Google Translate`). Only the last stamp counts: a unit an engine created and a
  person changed since (`changeid`) is the person's.

A mark the file does not make stays unread: a translation with none of these is no MT, whoever
made it (`import --machine-translation` or `workbench mark-mt` says so then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+")

_ORIGIN_PROPS = frozenset({"origin", "translationorigin", "originsystem", "origintype", "targetorigin"})
"""Prop types (lower case, letters and digits only, an `x-` taken off) whose value says where the
target came from."""
_FLAG_PROPS = frozenset({"mt", "machinetranslation", "machinetranslated", "ismt"})
"""Prop types that are a yes-or-no flag of machine translation."""
_YES = frozenset({"true", "yes", "1", "y"})

_MT_ORIGINS = frozenset({
    "mt", "machinetranslation", "machinetranslated", "nmt", "neuralmachinetranslation",
    "adaptivemachinetranslation", "mtsuggestion", "leveragedmt", "automatictranslation", "machine",
})
"""Origin values (letters and digits only, lower case) naming machine translation."""
_ENGINES = (
    "deepl", "googletranslate", "googlenmt", "microsofttranslator", "bingtranslator", "azuretranslator",
    "amazontranslate", "awstranslate", "yandextranslate", "modernmt", "systran", "promt", "mymemory",
    "libretranslate", "apertium", "machinetranslation",
)
"""The start of a stamp (`creationid`, `changeid`) naming a machine translation engine, in letters
and digits, lower case: "DeepL API" and "Google Translate (NMT)" are engines; "MT" stands alone or
leads words ("MT!", "MT: DeepL"), since a login may begin with the letters ("mtaylor")."""


def machine_marked(props: Iterable[tuple[str, str]], creator: str | None, changer: str | None) -> bool:
    """Whether the unit's props or its last stamp say the target is a machine translation."""
    for kind, value in props:
        name = _letters(kind.removeprefix("x-").removeprefix("X-"))
        if name in _ORIGIN_PROPS and (_letters(value) in _MT_ORIGINS or _names_engine(value)):
            return True
        if name in _FLAG_PROPS and value.strip().lower() in _YES:
            return True
    last = changer or creator
    return last is not None and _names_engine(last)


def _letters(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def _names_engine(stamp: str) -> bool:
    words = _WORD.findall(stamp.lower())
    return bool(words) and (words[0] == "mt" or "".join(words).startswith(_ENGINES))
