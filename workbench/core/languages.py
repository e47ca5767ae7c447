"""Language tags typed by a user: checked, kept in BCP 47 form, refused in one line.

The reading itself is `termbase.languages` (langcodes: aliases, ISO 639-2
codes, the IANA registry); this module only turns its refusal into the
`InputError` every face reports as one line with exit code 2.
"""

from __future__ import annotations

from termbase.languages import checked_tag
from workbench.errors import InputError
from workbench.wording import N_


def normalize_tag(tag: str) -> str:
    """Return `tag` in BCP 47 form (`en`, `ru`, `pt-BR`; `ru_RU` as users type it is
    read as `ru-RU`), or raise InputError for a language that does not exist
    (`xx`, `english`), before a project is made with it."""
    if not tag.strip():
        raise InputError.worded(N_("empty language tag"))
    try:
        return checked_tag(tag)
    except ValueError:
        raise InputError.worded(N_("unknown language tag {tag!r} (expected a BCP 47 tag such as 'en' or 'ru')"), tag=tag) from None
