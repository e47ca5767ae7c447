"""`project.toml` written back as the document a person keeps, not only as data.

Every import, `term add` and the app's settings write the file anew. Written from data
alone (tomli-w), it lost whatever a person had put there besides values: comments ("the
client asked for this"), blank lines, the order of keys (hardening round eight's "still
lands"). tomlkit, a round-trip TOML library, reads the file as a document; only the values
that changed are set in it, and tables and the list of documents are updated in place, so
every comment beside an unchanged value stays where it was.

The document written must read back (with tomllib, as every command reads it) as exactly the
data given; when it would not (tomlkit reading some corner of TOML differently; 0.13 did in 1
of 400 random updates, 0.15 in none), the data alone is written, as before. A file tomlkit
cannot read is written from the data too.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, InlineTable, Table
from tomlkit.toml_document import TOMLDocument


def updated_text(previous: str | None, data: Mapping[str, Any]) -> str:
    """TOML holding `data`, keeping what `previous` (the file as it is now, if any) has
    besides data wherever its values are unchanged."""
    if previous is not None:
        try:
            document = tomlkit.parse(previous)
            _update(document, data)
            text = tomlkit.dumps(document)
            if tomllib.loads(text) == data:
                return text
        except Exception:  # noqa: BLE001 - a file it cannot read, or a bug of tomlkit's (0.12 raised
            pass  # AttributeError on some updates): the data alone is written, as before
    return tomlkit.dumps(dict(data))


def _update(table: TOMLDocument | Table | InlineTable, data: Mapping[str, Any]) -> None:
    """Make `table` hold `data`, touching only the keys whose values differ."""
    for key in [key for key in table if key not in data]:
        del table[key]
    for key, value in data.items():
        if key not in table:
            table[key] = value
            continue
        old = table[key]
        plain = old.unwrap() if hasattr(old, "unwrap") else old
        if plain == value:
            continue
        if isinstance(value, Mapping) and value and isinstance(old, Table | InlineTable):
            _update(old, value)
        elif isinstance(value, list) and isinstance(old, AoT) and plain == value[: len(plain)]:
            for added in value[len(plain):]:  # an import lists one more document
                old.append(added)
        else:
            if isinstance(value, list) and value and all(isinstance(item, Mapping) for item in value):
                del table[key]  # `documents = []` becoming tables: they go after the others
            table[key] = value
