"""Language tags: validated with babel's CLDR data and kept in BCP 47 form."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from workbench.errors import InputError


def normalize_tag(tag: str) -> str:
    """Return `tag` in BCP 47 form (`en`, `ru`, `pt-BR`), or raise InputError.

    Accepts the POSIX spelling (`ru_RU`) too, because users type it; babel
    decides whether the language exists so that `xx` or `english` are refused
    before a project is made with them.
    """
    cleaned = tag.strip().replace("_", "-")
    if not cleaned:
        raise InputError("empty language tag")
    try:
        locale = Locale.parse(cleaned, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        raise InputError(f"unknown language tag {tag!r} (expected a BCP 47 tag such as 'en' or 'ru')") from None
    parts = [locale.language]
    if locale.script:
        parts.append(locale.script)
    if locale.territory:
        parts.append(locale.territory)
    return "-".join(parts)
