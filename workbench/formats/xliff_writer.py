"""A new XLIFF 1.2 file from a project's documents: what an agency's tool opens to review or finish.

`fill_xliff` puts targets into the XLIFF a project was made from; a project made from a text
(or a TMX, a TSV) has no such file, and a client who works in OmegaT, Trados or Weblate still
asks for XLIFF. This writes one: a `file` per project document (`original` its name, datatype
`plaintext`), a `trans-unit` per segment in project order, its id the segment's id (stable across
edits and re-exports, as the TMX `tuid`), the source, the target when there is one with the state
of `workbench.formats.xliff` (a draft `needs-review-translation`, translated `translated`,
reviewed `final`, also `approved="yes"`), and the segment's comments as `note`s.

XLIFF 1.2 rather than 2.x because every tool reads it: translate-toolkit's `xliff2po`, OmegaT's
and Okapi's filters, and `xmllint --schema xliff-core-1.2-strict.xsd` accept the output. The file is
written a unit at a time (a million segments never become a tree), with the escaping of
`workbench.formats.inline_xml`; characters XML 1.0 cannot hold are removed and counted. Inline
codes read from an XLIFF 1.2 file are written as they were, a TMX's native-code elements as XLIFF
1.2's (`bpt`, `ept`, `ph`, `it`: the same content, so the original `<b>` is not lost), any other
as generic `x`/`bx`/`ex`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from workbench.formats.base import WriteReport, atomic_output
from workbench.formats.inline_xml import escape_attr, escape_text
from workbench.formats.xliff import STATE_OUT_1, XLIFF1_CODES, XLIFF1_NS
from workbench.tags import Code, InlineCodes, render

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LOOSE_SPACE = re.compile(r"\s\s|[\t\n\r]|^\s|\s$")
"""Whitespace a reader would collapse unless the unit says `xml:space="preserve"`."""


@dataclass(frozen=True, slots=True)
class NewUnit:
    """One segment as a `trans-unit`."""

    unit_id: str
    source: str
    target: str
    """Empty: the unit gets no `target` (still to translate)."""
    status: str
    """`draft`, `translated` or `reviewed`."""
    notes: tuple[str, ...] = ()
    codes: InlineCodes | None = None
    """The markup behind the placeholders, used when it is XLIFF 1.2's own (else generic `x`/`bx`/`ex`)."""


@dataclass(frozen=True, slots=True)
class NewFile:
    """One project document as an XLIFF `file`."""

    original: str
    units: Iterable[NewUnit]


def write_new_xliff(path: Path, files: Iterable[NewFile], source_lang: str, target_lang: str) -> WriteReport:
    """Write `files` to `path` as XLIFF 1.2; the report counts the units written and the characters removed."""
    removed = 0
    units = 0

    def clean(text: str) -> str:
        nonlocal removed
        cleaned, dropped = _XML_INVALID.subn("", text)
        removed += dropped
        return cleaned

    languages = f'source-language="{escape_attr(clean(source_lang))}" target-language="{escape_attr(clean(target_lang))}"'
    with atomic_output(path) as fh:
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{XLIFF1_NS}">\n')
        for new_file in files:
            fh.write(f'  <file original="{escape_attr(clean(new_file.original))}" datatype="plaintext" {languages}>\n'
                     "    <body>\n")
            for unit in new_file.units:
                fh.write(_trans_unit(unit, clean))
                units += 1
            fh.write("    </body>\n  </file>\n")
        fh.write("</xliff>\n")
    return WriteReport(path=path, units=units, removed_characters=removed)


def _trans_unit(unit: NewUnit, clean: Callable[[str], str]) -> str:
    source, target = clean(unit.source), clean(unit.target)
    space = ' xml:space="preserve"' if _LOOSE_SPACE.search(source) or _LOOSE_SPACE.search(target) else ""
    approved = ' approved="yes"' if target and unit.status == "reviewed" else ""
    parts = [f'      <trans-unit id="{escape_attr(clean(unit.unit_id))}"{approved}{space}>\n',
             f"        <source>{_content(source, unit.codes)}</source>\n"]
    if target:
        parts.append(f'        <target state="{STATE_OUT_1[unit.status]}">{_content(target, unit.codes)}</target>\n')
    parts += [f"        <note>{escape_text(clean(note))}</note>\n" for note in unit.notes]
    parts.append("      </trans-unit>\n")
    return "".join(parts)


def _content(text: str, codes: InlineCodes | None) -> str:
    if codes is None:
        lookup: Callable[[str], Code | None] = _no_code
    elif codes.vocabulary == XLIFF1_CODES.name:
        lookup = codes.lookup
    elif codes.vocabulary == "tmx":
        lookup = partial(_from_tmx, codes)
    else:
        lookup = _no_code
    return render(text, lookup, XLIFF1_CODES.generic, escape_text)


_TMX_TO_XLIFF = {"bpt": "bpt", "ept": "ept", "ph": "ph", "it": "it", "ut": "ph"}
"""TMX's native-code elements and XLIFF 1.2's own: the same content (the escaped original
markup, `sub` inside), their pairing by `id` instead of TMX's `i`; `hi` has no XLIFF 1.2
equivalent and is written as generic `bx`/`ex`."""
_NUMBER = re.compile(r"\d+")


def _from_tmx(codes: InlineCodes, token: str) -> Code | None:
    """A TMX code (a segment imported from a TMX) as XLIFF 1.2 markup, its original markup kept:
    `<bpt i="1">&lt;b&gt;</bpt>` becomes `<bpt id="1">&lt;b&gt;</bpt>`; None (generic) else."""
    code = codes.lookup(token)
    if code is None or code.wraps:
        return None
    try:
        element = etree.fromstring(code.markup)
    except etree.XMLSyntaxError:
        return None
    name = _TMX_TO_XLIFF.get(etree.QName(element).localname)
    number = _NUMBER.search(token)
    if name is None or number is None:
        return None
    converted = etree.Element(name, id=number.group(0))
    if name == "it":
        converted.set("pos", "open" if element.get("pos") == "begin" else "close")
    converted.text = element.text
    converted.extend(element)
    return Code(etree.tostring(converted, encoding="unicode", with_tail=False))


def _no_code(_token: str) -> None:
    return None

