"""TBX: ISO 30042:2019 TBX-Basic, and TBX v2 (MARTIF) as OmegaT and older tools use it.

Reading accepts both flavours, told apart by the root element:

* TBX-Basic 2019 (`tbx` > `text` > `body` > `conceptEntry` > `langSec` > `termSec`);
* TBX v2 / MARTIF (`martif` > `text` > `body` > `termEntry` > `langSet` > `tig`
  or `ntig` > `termGrp`), with or without a DOCTYPE line.

Writing produces either (`TbxFormat(version="2019")` or `"2"`); OmegaT 3.6
and translate-toolkit read only MARTIF. What the model holds maps to
TBX-Basic data categories, so a round trip loses nothing:

| model | TBX |
| --- | --- |
| `Concept.id` | `conceptEntry/@id` (`termEntry/@id`) |
| `Concept.subject` | `descrip type="subjectField"` on the entry |
| `Concept.definition` | `descrip type="definition"` in the first language section (or on the entry) |
| `Concept.definitions` | `descrip type="definition"` in that language's section (on the entry with its `xml:lang` when the concept has no term in it) |
| `Concept.note` | `note` on the entry |
| `Term.text`, `Term.lang` | `term`, the section's `xml:lang` |
| `Term.status` | `termNote type="administrativeStatus"` (`preferredTerm-admn-sts`, ...) |
| `Term.part_of_speech` | `termNote type="partOfSpeech"` |
| `Term.context` | `descrip type="context"` in the term section |
| `Term.usage_note` | `note` in the term section |
| `Term.case_sensitive` | a term-section `note` reading exactly `case-sensitive` |

TBX-Basic has no data category for letter case, so the flag travels as a
note that other tools show to people as it is. When reading files from other
tools, notes at language level join the concept note, several term notes
join with a line break, and statuses from other picklists are mapped
(standardized/legal/regulated -> preferred, notRecommended/forbidden ->
deprecated, obsolete -> superseded). The model holds a definition a language: the
first one read is `definition`, another language's goes to `definitions`, a second
one in the same language joins the concept note ("definition (ru-RU): ..."), and so
does any other free-text `descrip` ("Usage note: ...", on a term: its usage note);
picklists and records it has no field for (`grammaticalGender`, `customerSubset`,
`transacGrp`, `xref`) are dropped. Both are said, by kind and count, in the import's
notes. XML is streamed by `xmlsafe.iter_entries`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Container, Iterator, Sequence
from typing import BinaryIO

from lxml import etree

from termbase.errors import N_, Note, TermbaseError
from termbase.formats.base import TermbaseFormat, guess_source_lang, language_order, unique_slug
from termbase.formats.xmlsafe import XML_LANG, Element, iter_entries, local_name, text_of
from termbase.languages import is_language_tag, same_language
from termbase.model import Concept, Definition, Term, TermStatus

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
CASE_SENSITIVE_NOTE = "case-sensitive"

_CONCEPT_TAGS = {"conceptEntry", "termEntry", "entry"}
_LANGUAGE_TAGS = {"langSec", "langSet", "langGroup"}
_TERM_TAGS = {"termSec", "tig", "ntig", "termGroup"}
_TYPED_TAGS = {"termNote", "descrip", "admin"}
"""DCA style: the data category is the `type` attribute of one of these elements.
In DCT style (`<basic:administrativeStatus>`, `<min:subjectField>`) and in
TBX-Min (`<usageStatus>`) the element's own name is the data category."""
_STATUS_CATEGORIES = {"administrativeStatus", "usageStatus", "normativeAuthorization"}
_GROUP_TAGS = {"descripGrp", "termNoteGrp", "termGrp"}
"""Wrappers whose children count as children of the wrapper's parent."""

_OTHER_STATUSES = {
    "standardized": TermStatus.PREFERRED,
    "legal": TermStatus.PREFERRED,
    "regulated": TermStatus.PREFERRED,
    "notrecommended": TermStatus.DEPRECATED,
    "forbidden": TermStatus.DEPRECATED,
    "obsolete": TermStatus.SUPERSEDED,
    "superseded": TermStatus.SUPERSEDED,
    "deprecated": TermStatus.DEPRECATED,
    "admitted": TermStatus.ADMITTED,
    "preferred": TermStatus.PREFERRED,
}


class TbxFormat(TermbaseFormat):
    """TBX files; reads 2019 and MARTIF alike, writes the `version` given."""

    name = "tbx"
    extensions = (".tbx",)

    def __init__(self, version: str = "2019") -> None:
        if version not in ("2019", "2"):
            raise TermbaseError.worded(N_("unknown TBX version {version!r} (expected 2019 or 2)"), version=version)
        self.version = version

    # -- reading -------------------------------------------------------------------

    def iter_concepts(
        self, open_source: Callable[[], BinaryIO], notes: list[str] | None = None
    ) -> Iterator[Concept]:
        """Entries as the parser reaches them; each is dropped once read, so a file of a
        million concepts is read in the memory of one. Empty `<term/>` elements (SDL
        MultiTerm writes them) are skipped and counted in `notes` rather than refusing
        the whole file, and so are ids with spaces, read with hyphens (`_concept_id`)."""
        seen: set[str] = set()
        empty = [0]
        spaced: list[str] = []
        dropped = _Dropped()
        with open_source() as source:
            entries = iter_entries(source, _CONCEPT_TAGS, ("tbx", "martif", "TBX"))
            for number, entry in enumerate(entries, start=1):
                if len((entry.get("id") or "").split()) > 1:
                    spaced.append(entry.get("id") or "")
                concept = _read_concept(entry, number, empty, seen, dropped)
                if concept.id in seen:
                    raise TermbaseError.worded(N_("concept id {id!r} is used twice"), id=concept.id)
                seen.add(concept.id)
                yield concept
        if empty[0] and notes is not None:
            notes.append(Note.worded(N_("skipped {count} empty terms (<term/> with no text)"), count=empty[0]))
        if spaced and notes is not None:
            notes.append(Note.worded(N_("concept ids with spaces read with hyphens: {count} ({first!r} as {read!r})"),
                                     count=len(spaced), first=spaced[0], read=_concept_id(spaced[0])))
        if notes is not None:
            notes.extend(dropped.notes())

    # -- writing -------------------------------------------------------------------

    def dumps(self, concepts: Sequence[Concept], *, source_lang: str | None = None) -> bytes:
        data = io.BytesIO()
        self.dump(concepts, data, source_lang=source_lang)
        return data.getvalue()

    def dump(self, concepts: Sequence[Concept], out: BinaryIO, *, source_lang: str | None = None) -> None:
        """Write the file to `out` a concept at a time, as a tree of the whole file pretty-printed
        would read, byte for byte: that tree took about 5.6 KB a concept (566 MB for 100,000,
        a termbase of IATE's million some 5.6 GB; hardening, round 36), each concept's elements
        now only while it is written. The elements are made without the 2019 namespace, which
        only the root declares: made in it, each concept written alone repeated the declaration."""
        source = source_lang or guess_source_lang(concepts) or "en"
        writer = _Writer(martif=self.version == "2")
        head, tail = _skeleton(writer, source).split(b"<body/>")
        if not concepts:
            out.write(head + b"<body/>" + tail)
            return
        out.write(head + b"<body>\n")
        pending: list[bytes] = []
        for concept in concepts:
            entry = writer.concept(concept, source)
            etree.indent(entry, space=_INDENT, level=_CONCEPT_LEVEL)
            pending.append(_INDENT * _CONCEPT_LEVEL + etree.tostring(entry, encoding="UTF-8", xml_declaration=False) + b"\n")
            if len(pending) >= _CONCEPTS_A_WRITE:
                out.write(b"".join(pending))
                pending.clear()
        out.write(b"".join(pending) + _INDENT * (_CONCEPT_LEVEL - 1) + b"</body>" + tail)


_INDENT = b"  "
_CONCEPT_LEVEL = 3
"""root > text > body > a concept: the depth a tree pretty-printed whole indents it to."""
_CONCEPTS_A_WRITE = 1_000


def _skeleton(writer: _Writer, source: str) -> bytes:
    """The file without its concepts, pretty-printed: the header, and an empty `<body/>`."""
    ns = "" if writer.martif else f"{{{TBX_NAMESPACE}}}"
    if writer.martif:
        root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: source})
        header = writer.sub(root, "martifHeader")
    else:
        root = etree.Element(ns + "tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: source},
                             nsmap={None: TBX_NAMESPACE})
        header = writer.sub(root, ns + "tbxHeader")
    source_desc = writer.sub(writer.sub(header, ns + "fileDesc"), ns + "sourceDesc")
    writer.sub(source_desc, ns + "p", "Exported by workbench termbase")
    writer.sub(writer.sub(root, ns + "text"), ns + "body")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class _Writer:
    """Element names differ between the flavours; the data categories do not."""

    def __init__(self, *, martif: bool) -> None:
        self.martif = martif

    @staticmethod
    def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
        element = etree.SubElement(parent, tag, attrs)
        if text is not None:
            element.text = text
        return element

    def concept(self, concept: Concept, source: str) -> etree._Element:
        """The concept's entry, an element of its own."""
        entry = etree.Element("termEntry" if self.martif else "conceptEntry", id=concept.id)
        if concept.subject:
            self.sub(entry, "descrip", concept.subject, type="subjectField")
        languages = [lang for lang in language_order([concept], source) if any(t.lang == lang for t in concept.terms)]
        own = {lang: concept.definition_in(lang) for lang in languages}
        # `definition` goes in the first section, unless that language has a definition of its own;
        # then, as a definition in a language the concept has no term in (a language section holds a
        # term in both flavours), on the entry: that one with its language named.
        first_takes_it = bool(languages) and own[languages[0]] is None
        if concept.definition and not first_takes_it:
            self.sub(entry, "descrip", concept.definition, type="definition")
        for definition in concept.definitions:
            if not any(same_language(definition.lang, lang) for lang in languages):
                self.sub(entry, "descrip", definition.text, type="definition", **{XML_LANG: definition.lang})
        if concept.note:
            self.sub(entry, "note", concept.note)
        for index, lang in enumerate(languages):
            terms = [term for term in concept.terms if term.lang == lang]
            tag = "langSet" if self.martif else "langSec"
            section = etree.SubElement(entry, tag, {XML_LANG: lang})
            text = concept.definition if index == 0 and first_takes_it else own[lang]
            if text and (index == 0 or not any(same_language(lang, before) for before in languages[:index])):
                self.sub(section, "descrip", text, type="definition")
            for term in terms:
                self.term(self.sub(section, "tig" if self.martif else "termSec"), term)
        return entry

    def term(self, parent: etree._Element, term: Term) -> None:
        self.sub(parent, "term", term.text)
        if term.part_of_speech:
            self.sub(parent, "termNote", term.part_of_speech, type="partOfSpeech")
        self.sub(parent, "termNote", term.status.tbx_value, type="administrativeStatus")
        if term.context:
            self.sub(parent, "descrip", term.context, type="context")
        if term.usage_note:
            self.sub(parent, "note", term.usage_note)
        if term.case_sensitive:
            self.sub(parent, "note", CASE_SENSITIVE_NOTE)


_GROUP_PATTERNS = tuple(f"{{*}}{tag}" for tag in sorted(_GROUP_TAGS))


def _has_groups(entry: Element) -> bool:
    """Whether any group wrapper lies inside `entry`: one walk in C, so the (usual) entry
    without any is read child by child with no search for wrappers in Python."""
    return next(entry.iter(*_GROUP_PATTERNS), None) is not None


def _children(element: Element, groups: bool) -> list[Element]:
    """Children, with group wrappers (`descripGrp`, `termGrp`, ...) opened up, in order.

    A loop with its own stack, not recursion: groups may nest deeply. Each iterator
    keeps its place while a group inside it is read. Without `groups` (the entry has
    none) the children are the element's own.
    """
    if not groups:
        return list(element)
    found: list[Element] = []
    stack = [iter(element)]
    while stack:
        for child in stack[-1]:
            if local_name(child.tag) in _GROUP_TAGS:
                stack.append(iter(child))
                break
            found.append(child)
        else:
            stack.pop()
    return found


def _category(element: Element, tag: str) -> str:
    """The data category an element (of local name `tag`) carries, in DCA style (`type`)
    or DCT style (its name)."""
    return (element.get("type") or "") if tag in _TYPED_TAGS else tag


class _Dropped:
    """What a file held that the model has no field for, told on import: a client's termbase from
    memoQ or Trados came in with its Russian definitions, Weblate's usage notes, grammatical
    genders, customer subsets and dates gone and only "imported 6 concepts" said (session 27).
    Free text (a `descrip`, a further definition) is kept in a note and counted in `noted`; a
    picklist value or a record (`termNote`, `admin`, `transacGrp`, `xref`) is counted in `lost`."""

    def __init__(self) -> None:
        self.noted: dict[str, int] = {}
        self.lost: dict[str, int] = {}

    def note(self, name: str) -> None:
        self.noted[name] = self.noted.get(name, 0) + 1

    def lose(self, name: str) -> None:
        self.lost[name] = self.lost.get(name, 0) + 1

    def notes(self) -> list[str]:
        found: list[str] = []
        if self.noted:
            found.append(Note.worded(
                N_("kept as notes, a workbench termbase having no field for them: {categories}"),
                categories=_tally(self.noted)))
        if self.lost:
            found.append(Note.worded(
                N_("not kept, a workbench termbase having no field for them: {categories}"),
                categories=_tally(self.lost)))
        return found


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} ({count})" for name, count in sorted(counts.items()))


def _unplaced(element: Element, tag: str, lines: list[str], dropped: _Dropped) -> None:
    """An element the model has no field for: a `descrip` is free text, kept in `lines` (the
    note it joins) under its type ("Usage note: Avoid..."); anything else is counted as lost."""
    kind = _category(element, tag)
    text = text_of(element)
    if tag == "descrip" and text:
        lines.append(f"{kind}: {text}" if kind else text)
        dropped.note(kind or tag)
    elif tag != "descrip":
        dropped.lose(kind or tag)


class _Definitions:
    """A concept's definitions as its entry gives them: the entry's own or the first language
    section's is the concept's (`first`); one in another language's section, or on the entry with
    its language named, is that language's (`further`); a second one in a language joins the note."""

    def __init__(self, notes: list[str], dropped: _Dropped) -> None:
        self.first: str | None = None
        self.further: list[Definition] = []
        self.languages: list[str] = []
        """The languages defined so far."""
        self.notes = notes
        self.dropped = dropped

    def add(self, text: str, lang: str | None, *, first: bool) -> None:
        if not text or text == self.first or any(text == d.text for d in self.further):
            return
        known = lang is not None and any(same_language(lang, other) for other in self.languages)
        if self.first is None and first and not known:
            self.first = text
        elif lang is not None and not known:
            self.further.append(Definition(lang, text))
        else:
            self.notes.append(f"definition ({lang}): {text}" if lang else f"definition: {text}")
            self.dropped.note(f"definition in {lang}" if lang else "definition")
            return
        if lang is not None:
            self.languages.append(lang)


def _read_concept(entry: Element, number: int, empty: list[int], taken: Container[str], dropped: _Dropped) -> Concept:
    """The concept of an entry; one without an id is named after its first term (`unique_slug`,
    as CSV and TSV rows are). Named after its position (`c5`), it replaced, in silence, the
    concept `term add` had named `c5` when the file was imported into a termbase (round six).
    The first definition is `definition`, another language's goes to `definitions`, a second
    one in a language joins the note, as does any other free text; what has no place at all is
    counted in `dropped`."""
    given = _concept_id(entry.get("id") or "")
    concept_id = given or f"c{number}"  # what its errors call it
    groups = _has_groups(entry)
    subject: str | None = None
    sections = 0
    notes: list[str] = []
    defined = _Definitions(notes, dropped)
    terms: list[Term] = []
    seen: set[tuple[str, str]] = set()
    for child in _children(entry, groups):
        tag = local_name(child.tag)
        if tag in _LANGUAGE_TAGS:
            sections += 1
            lang = (child.get(XML_LANG) or child.get("lang") or "").strip()
            if not lang:
                raise TermbaseError.worded(N_("concept {concept_id}: a language section has no xml:lang"), concept_id=concept_id)
            _check_language(lang, concept_id)
            for item in _children(child, groups):
                item_tag = local_name(item.tag)
                if item_tag in _TERM_TAGS:
                    term = _read_term(item, lang, concept_id, groups, dropped)
                    if term is None:
                        empty[0] += 1
                    elif (key := term.key) not in seen:  # Some tools repeat a term; once is enough.
                        seen.add(key)
                        terms.append(term)
                elif item_tag == "note":
                    notes.append(text_of(item))
                elif _category(item, item_tag) == "definition":
                    defined.add(text_of(item), lang, first=sections == 1)
                else:
                    _unplaced(item, item_tag, notes, dropped)
            continue
        kind = _category(child, tag)
        if kind == "subjectField":
            subject = subject or text_of(child) or None
        elif kind == "definition":
            lang = (child.get(XML_LANG) or "").strip() or None
            if lang is not None:
                _check_language(lang, concept_id)
            defined.add(text_of(child), lang, first=lang is None)
        elif tag == "note":
            notes.append(text_of(child))
        else:
            _unplaced(child, tag, notes, dropped)
    note = "\n".join(filter(None, notes)) or None
    return Concept(
        id=given or unique_slug(terms[0].text if terms else "", taken), subject=subject, definition=defined.first,
        note=note, terms=tuple(terms), definitions=tuple(defined.further),
    )


def _check_language(lang: str, concept_id: str) -> None:
    """Refuse an `xml:lang` that is no language code: one of 100,000 letters, of control
    characters or of words was stored with its terms and written back by every export."""
    if not is_language_tag(lang):
        raise TermbaseError.worded(N_("concept {concept_id}: xml:lang {lang!r} is not a language code (en, ru-RU, ...)"),
                                   concept_id=concept_id, lang=lang)


def _concept_id(given: str) -> str:
    """The file's id with each run of spaces read as one hyphen: translate-toolkit's `csv2tbx` names
    each entry after its source term (`id="hospital assistant"`), which is no XML id and which the
    model refuses, so the client's whole file was refused for it."""
    return "-".join(given.split())


def _read_term(element: Element, lang: str, concept_id: str, groups: bool, dropped: _Dropped) -> Term | None:
    """The term of a term section, or None when its `<term>` is empty; data categories the model
    has no place for are counted in `dropped`."""
    text = ""
    status = TermStatus.PREFERRED
    part_of_speech: str | None = None
    context: str | None = None
    notes: list[str] = []
    case_sensitive = False
    for child in _children(element, groups):
        tag = local_name(child.tag)
        value = text_of(child)
        if tag == "term":
            text = value
            continue
        kind = _category(child, tag)
        if kind in _STATUS_CATEGORIES:
            status = _status(value, concept_id)
        elif kind == "partOfSpeech":
            part_of_speech = value or None
        elif kind == "context":
            context = value or None
        elif tag == "note":
            if value.lower() == CASE_SENSITIVE_NOTE:
                case_sensitive = True
            elif value:
                notes.append(value)
        else:
            _unplaced(child, tag, notes, dropped)
    if not text:
        return None
    return Term(
        text=text,
        lang=lang,
        status=status,
        part_of_speech=part_of_speech,
        usage_note="\n".join(notes) or None,
        context=context,
        case_sensitive=case_sensitive,
    )


def _status(value: str, concept_id: str) -> TermStatus:
    key = value.strip().lower().replace("-", "").removesuffix("termadmnsts")
    if key in _OTHER_STATUSES:
        return _OTHER_STATUSES[key]
    try:
        return TermStatus.parse(value)
    except TermbaseError as exc:
        raise TermbaseError.worded(N_("concept {concept_id}: {exc}"), concept_id=concept_id, exc=exc) from None
