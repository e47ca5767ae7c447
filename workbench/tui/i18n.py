"""The interface language: gettext over the babel-compiled catalogues in `workbench/locale`.

The language is chosen once, when this module is first imported, from the
environment as gettext reads it (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`),
because Textual fixes key-binding labels when the screen classes are
defined. `N_` marks a string for extraction where it must stay untranslated
until it is shown (command titles kept in tables).

Numbers and percentages are formatted with an explicit babel `Locale` (never
`locale.setlocale`), so the rest of the process is unaffected.
"""

from __future__ import annotations

import errno
import gettext
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, format_percent

if TYPE_CHECKING:
    from workbench.core.checks.base import Finding
    from workbench.wording import Wording

DOMAIN = "workbench"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
"""`workbench/locale/<lang>/LC_MESSAGES/workbench.mo`, shipped as package data."""


def load_translation(languages: Sequence[str] | None = None) -> gettext.NullTranslations:
    """The catalogue for `languages` (default: what the environment asks for), English if none fits."""
    return gettext.translation(
        DOMAIN, localedir=LOCALE_DIR, languages=list(languages) if languages else None, fallback=True
    )


def _ui_locale(translation: gettext.NullTranslations) -> Locale:
    """The babel locale matching the catalogue in use, so numbers agree with the words around them."""
    language = translation.info().get("language", "") if isinstance(translation, gettext.GNUTranslations) else ""
    try:
        return Locale.parse(language or "en", sep="_")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


_translation = load_translation()
UI_LOCALE = _ui_locale(_translation)


def _(message: str) -> str:
    """Translate a user-visible string."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Translate a string whose form depends on `count` (Russian has three plural forms)."""
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it yet."""
    return message


def number(value: float) -> str:
    """A number written the way the interface language writes it (`50 000`, `50,000`)."""
    return format_decimal(value, locale=UI_LOCALE)


def decimal(value: float, places: int = 2) -> str:
    """A fraction such as a confidence with fixed decimals: `0.95`, in Russian `0,95`."""
    return format_decimal(value, format="0." + "0" * places, locale=UI_LOCALE)


def percent(fraction: float) -> str:
    """A fraction in [0, 1] as a whole percentage in the interface language."""
    return format_percent(fraction, format="#,##0%", locale=UI_LOCALE)


def say(wording: Wording) -> str:
    """A message the core worded (`workbench.wording`), in the interface language."""
    return wording.render(_translation.gettext, _translation.ngettext)


def say_note(note: object) -> str:
    """A note a core function appended to its `notes` list, in the interface language: one that
    carries a `wording` (a `str` subclass the core worded) said through it, any other as it is."""
    wording = getattr(note, "wording", None)
    return say(wording) if wording is not None else str(note)


_SYSTEM_ERRORS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.ENOSPC: N_("no space left on the disk"),
    errno.EISDIR: N_("is a folder"),
    errno.ENOTDIR: N_("not a folder"),
    errno.EEXIST: N_("already exists"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}
"""The operating system's commonest refusals, which reach the TUI as `OSError` (English from the C
library); the rest keep the system's words."""


def error_message(error: BaseException) -> str:
    """A user error in the interface language when the core worded it (`WordedError`), SQLite's
    refusal by its result code, or a common refusal of the operating system (`[Errno 13] Permission denied: 'x'` as `x: permission denied`)."""
    wording = getattr(error, "wording", None)
    if wording is not None:
        return say(wording)
    if isinstance(error, sqlite3.Error):  # read by its result code (`database_refusal`)
        from workbench.core.project import read_refusal

        return say(read_refusal(error).wording())
    if isinstance(error, OSError) and error.errno in _SYSTEM_ERRORS:
        reason = _(_SYSTEM_ERRORS[error.errno])
        return f"{error.filename}: {reason}" if error.filename is not None else reason
    return str(error)


def check_name(check: str) -> str:
    """What a check (or a comment, a client's note) is called in the interface language; its id
    where nothing names it. The ids stay for scripts: the Russian interface listed `ocr-suspect`
    and `term-missing` (user days, session 31)."""
    from workbench.core.checks import REGISTRY  # loads every check family: not at startup
    from workbench.core.checks.comments import KIND_NAMES

    spec = REGISTRY.get(check)
    name = spec.name if spec is not None else KIND_NAMES.get(check)
    return _translation.gettext(name) if name else check


def finding_message(finding: Finding) -> str:
    """A finding's message in the interface language (the checks word it in English)."""
    return finding.message_in(_translation.gettext, _translation.ngettext)
