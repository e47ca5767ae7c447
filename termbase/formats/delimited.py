"""CSV and TSV glossaries: one row per term pair, columns named by language codes.

The format people write by hand and export from spreadsheets::

    id,en,ru,status,note
    c01,proletarianization,пролетаризация,preferred,
    c01,proletarianization,опролетаривание,deprecated,calque avoided in the literature

* The first row is a header. UTF-8 (a byte-order mark is fine); `.csv` is
  comma-separated, `.tsv` tab-separated.
* Columns named by a language code (`en`, `ru`, `pt-BR`: any BCP 47 tag) hold
  terms. The first language column is the **source** language; the others
  are target languages.
* Optional columns (names are case-insensitive, any order):

  | column | meaning |
  | --- | --- |
  | `id` | concept id; rows with the same id are one concept |
  | `status` | status of the row's target term(s): `preferred` (default), `admitted`, `deprecated`, `superseded` |
  | `note` | usage note of the row's target term(s) |
  | `pos` | part of speech of the row's terms (`noun`, `verb`, ...) |
  | `case_sensitive` | `yes`/`no` (also `true`/`1`): the row's terms match only in their letter case |
  | `subject` | subject field of the concept |
  | `definition` | definition of the concept |
  | `definition_ru` | its definition in Russian (`definition_` and any language code) |
  | `concept_note` | a note on the concept as a whole |

* Rows with the same `id` belong to one concept; without an `id` column (or
  with the cell empty), rows with the same source term (ignoring case) do,
  and the concept id is made from the source term (`trade union` ->
  `trade-union`), so importing the file again updates the same concepts.
* A concept's source terms are preferred. A row with a source term and no
  target term adds a source-language synonym; its `status` and `note` then
  apply to that source term.
* A term repeated on several rows (the source term on every row, usually) is
  one term; the first row that names it sets its attributes. `subject`,
  `definition`, `definition_ru` and `concept_note` come from the first row
  that fills them.

CSV holds less than TBX: the source term's own note and status are only
kept when it has a row of its own (a row with no target term), and a
term's context example is not kept at all.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from termbase.errors import N_, TermbaseError
from termbase.formats.base import TermbaseFormat, guess_source_lang, language_order, unique_slug
from termbase.languages import is_language_tag, primary_language, same_language
from termbase.model import Concept, Definition, Term, TermStatus
from termbase.normalize import fold_text

OPTIONAL_COLUMNS = (
    "id",
    "status",
    "note",
    "pos",
    "case_sensitive",
    "subject",
    "definition",
    "concept_note",
)
_CONCEPT_COLUMNS = {"subject", "definition", "concept_note"}
DEFINITION_IN = "definition_"
"""The prefix of a column holding the definition in one language (`definition_ru`)."""
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}


@dataclass
class _Draft:
    """A concept being assembled from its rows."""

    id: str
    terms: list[Term] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)
    subject: str | None = None
    definition: str | None = None
    note: str | None = None
    definitions: dict[str, str] = field(default_factory=dict)
    """The definition in each further language, by its column's language code."""

    def add(self, term: Term) -> None:
        key = term.key
        if key not in self.keys:
            self.keys.add(key)
            self.terms.append(term)

    def concept(self) -> Concept:
        return Concept(self.id, self.subject, self.definition, self.note, tuple(self.terms),
                       tuple(Definition(lang, text) for lang, text in self.definitions.items()))


class DelimitedFormat(TermbaseFormat):
    """A glossary table: `DelimitedFormat(",")` is CSV, `DelimitedFormat("\\t")` is TSV."""

    def __init__(self, delimiter: str = ",") -> None:
        self.delimiter = delimiter
        self.name = "tsv" if delimiter == "\t" else "csv"
        self.extensions = (f".{self.name}",)

    # -- reading -------------------------------------------------------------------

    def iter_concepts(
        self, open_source: Callable[[], BinaryIO], notes: list[str] | None = None
    ) -> Iterator[Concept]:
        """Concepts in the order their last row is reached, from two passes over the file.

        Rows of one concept need not be adjacent, so the first pass only decides which
        concept each row belongs to and where each concept's last row is; the second
        builds each concept from its rows and lets it go at that last row. Memory holds
        an id per concept, never the concepts themselves.
        """
        header, row_ids, last_rows = self._plan(open_source)
        columns, languages = _columns(header)
        open_drafts: dict[str, _Draft] = {}
        rows = self._rows(open_source)
        next(rows)  # the header, read and checked by the plan
        for number, row in enumerate(rows, start=2):
            concept_id = row_ids[number - 2]
            if concept_id is None:
                continue
            draft = open_drafts.get(concept_id)
            if draft is None:
                draft = open_drafts[concept_id] = _Draft(concept_id)
            self._fill(number, row, columns, languages, draft)
            if last_rows[concept_id] == number:
                yield open_drafts.pop(concept_id).concept()

    def _plan(
        self, open_source: Callable[[], BinaryIO]
    ) -> tuple[list[str], list[str | None], dict[str, int]]:
        """The header, each row's concept id (None for a blank row) and each id's last row."""
        rows = self._rows(open_source)
        header = next(rows, None)
        if not header or not any(cell.strip() for cell in header):
            raise TermbaseError.worded(N_("the first row must name the columns (language codes, id, status, ...)"))
        columns, languages = _columns(header)
        row_ids: list[str | None] = []
        last_rows: dict[str, int] = {}
        by_source: dict[str, str] = {}
        for number, row in enumerate(rows, start=2):
            if not "".join(row).strip():
                row_ids.append(None)
                continue
            concept_id = self._row_id(number, row, columns, languages, last_rows, by_source)
            row_ids.append(concept_id)
            last_rows[concept_id] = number
        return header, row_ids, last_rows

    def _rows(self, open_source: Callable[[], BinaryIO]) -> Iterator[list[str]]:
        """The rows of the file, decoded as UTF-8 (a BOM is allowed) as they are read."""
        # Strict CSV: a quoted field still open at the end of the file is a truncated
        # file, not a cell holding the rest of it. TSV stays lenient, as TSV has no
        # quoting rules and glossaries put quotes at the start of terms, except that a
        # quote never runs over whole rows (below).
        with open_source() as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text, delimiter=self.delimiter, strict=self.delimiter == ",")
            try:
                line = 1
                for row in reader:
                    if self.delimiter == "\t" and any("\t" in cell and "\n" in cell for cell in row):
                        # A stray quote at a cell's start (`"Fast mode`) would take the rows
                        # after it into that cell, silently: no glossary means that.
                        raise TermbaseError.worded(
                            N_("malformed TSV: the quotation mark on line {line} opens a cell that takes in the rows after it; double it (\"\") or close it"),
                            line=line,
                        )
                    line = reader.line_num + 1
                    yield row
            except csv.Error as exc:
                raise TermbaseError.worded(N_("malformed {format}: {exc}"), format=self.name.upper(), exc=exc) from None
            except UnicodeDecodeError:
                raise TermbaseError.worded(N_("not UTF-8 text (byte {byte}); save the glossary as UTF-8"), byte=_first_bad_byte(open_source)) from None

    def _row_id(
        self,
        number: int,
        row: list[str],
        columns: dict[str, int],
        languages: list[tuple[str, int]],
        taken: dict[str, int],
        by_source: dict[str, str],
    ) -> str:
        """The concept a row belongs to: its `id`, or else the concept of its source term."""
        width = len(columns) + len(languages)
        if len(row) > width and "".join(row[width:]).strip():
            raise TermbaseError.worded(N_("row {number}: more cells than columns (a stray delimiter?)"), number=number)
        source_lang, source_index = languages[0]
        source_text = " ".join(row[source_index].split()) if source_index < len(row) else ""
        index = columns.get("id")
        concept_id = " ".join(row[index].split()) if index is not None and index < len(row) else ""
        if not concept_id:
            if not source_text:
                raise TermbaseError.worded(N_("row {number}: needs an id or a {source_lang} term"), number=number, source_lang=source_lang)
            folded = fold_text(source_text)
            concept_id = by_source.get(folded) or unique_slug(source_text, taken)
            by_source.setdefault(folded, concept_id)
        elif any(ch.isspace() for ch in concept_id):
            raise TermbaseError.worded(N_("row {number}: concept id {concept_id!r} has spaces"), number=number, concept_id=concept_id)
        return concept_id

    def _fill(
        self,
        number: int,
        row: list[str],
        columns: dict[str, int],
        languages: list[tuple[str, int]],
        draft: _Draft,
    ) -> None:
        """Add a row's terms and concept fields to the draft of its concept."""

        def cell(name: str) -> str:
            index = columns.get(name)
            return " ".join(row[index].split()) if index is not None and index < len(row) else ""

        (source_lang, source_index), targets = languages[0], languages[1:]
        source_text = " ".join(row[source_index].split()) if source_index < len(row) else ""
        try:
            status = TermStatus.parse(cell("status")) if "status" in columns else TermStatus.PREFERRED
            case_sensitive = _yes_no(cell("case_sensitive")) if "case_sensitive" in columns else False
        except TermbaseError as exc:
            raise TermbaseError.worded(N_("row {number}: {exc}"), number=number, exc=exc) from None
        if columns.keys() & _CONCEPT_COLUMNS:
            draft.subject = draft.subject or cell("subject") or None
            draft.definition = draft.definition or cell("definition") or None
            draft.note = draft.note or cell("concept_note") or None
        for name in columns:
            if name.startswith(DEFINITION_IN) and not draft.definitions.get(lang := name[len(DEFINITION_IN):]):
                draft.definitions[lang] = cell(name)
        pos = cell("pos") or None
        note = cell("note") or None
        target_terms = [
            Term(text, lang, status, pos, note, None, case_sensitive)
            for lang, index in targets
            if index < len(row) and (text := " ".join(row[index].split()))
        ]
        if source_text:
            if target_terms:
                draft.add(
                    Term(
                        source_text,
                        source_lang,
                        TermStatus.PREFERRED,
                        pos,
                        None,
                        None,
                        case_sensitive,
                    )
                )
            else:
                draft.add(Term(source_text, source_lang, status, pos, note, None, case_sensitive))
        for term in target_terms:
            draft.add(term)

    # -- writing -------------------------------------------------------------------

    def dumps(self, concepts: Sequence[Concept], *, source_lang: str | None = None) -> bytes:
        languages = _one_per_language(language_order(concepts, source_lang or guess_source_lang(concepts)))
        if not languages:
            languages = [source_lang or "en"]
        source = languages[0]
        used = {
            "pos": any(t.part_of_speech for c in concepts for t in c.terms),
            "case_sensitive": any(t.case_sensitive for c in concepts for t in c.terms),
            "subject": any(c.subject for c in concepts),
            "definition": any(c.definition for c in concepts),
            "concept_note": any(c.note for c in concepts),
        }
        extra = [
            name
            for name in ("pos", "case_sensitive", "subject", "definition", "concept_note")
            if used[name]
        ]
        defined = _one_per_language(list(dict.fromkeys(d.lang for c in concepts for d in c.definitions)))
        extra += [DEFINITION_IN + lang for lang in sorted(defined, key=_in_order(languages))]
        header = ["id", *languages, "status", "note", *extra]
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=self.delimiter, lineterminator="\n")
        writer.writerow(header)
        for concept in concepts:
            for row in _rows(concept, source, languages):
                base = {
                    "id": concept.id,
                    "subject": concept.subject or "",
                    "definition": concept.definition or "",
                    "concept_note": concept.note or "",
                    **{DEFINITION_IN + lang: concept.definition_in(lang) or "" for lang in defined},
                }
                writer.writerow([{**base, **row}.get(name, "") for name in header])
        return out.getvalue().encode("utf-8")


def _in_order(languages: list[str]) -> Callable[[str], int]:
    """Definition columns in the order of the term columns, any other language after them."""
    order = {primary_language(lang): index for index, lang in enumerate(languages)}
    return lambda lang: order.get(primary_language(lang), len(order))


def _one_per_language(tags: list[str]) -> list[str]:
    """The column of each language: its first tag in `tags` (the source's lead spelling first).
    A termbase holding the sample's `en`/`ru` terms and a client's `en-US`/`ru-RU` ones was
    written with four term columns, a CSV its own import refused ("two term columns name the
    same language"): a column holds its language's terms whatever their region (session 27)."""
    columns: dict[str, str] = {}
    for tag in tags:
        columns.setdefault(primary_language(tag), tag)
    return list(columns.values())


def _rows(concept: Concept, source: str, languages: list[str]) -> list[dict[str, str]]:
    """One row per target term (with the lead source term), one per further source term; each term
    in its language's column (`en-US` terms under `en` when that is the column)."""
    column = {primary_language(lang): lang for lang in languages}
    sources = [t for t in concept.terms if same_language(t.lang, source)]
    targets = [t for t in concept.terms if not same_language(t.lang, source) and primary_language(t.lang) in column]
    lead = sources[0] if sources else None
    rows = []

    def attrs(term: Term) -> dict[str, str]:
        return {
            "status": term.status.value,
            "note": term.usage_note or "",
            "pos": term.part_of_speech or "",
            "case_sensitive": "yes" if term.case_sensitive else "",
        }

    for term in targets:
        rows.append({source: lead.text if lead else "", column[primary_language(term.lang)]: term.text, **attrs(term)})
    for index, term in enumerate(sources):
        if index or not targets:
            rows.append({source: term.text, **attrs(term)})
    return rows


def _columns(header: list[str]) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Optional columns by name, and language columns in order, from the header row."""
    columns: dict[str, int] = {}
    languages: list[tuple[str, int]] = []
    seen: set[str] = set()
    for index, raw in enumerate(header):
        name = raw.strip()
        lowered = name.lower().replace(" ", "_").replace("-", "_")
        if not name:
            raise TermbaseError.worded(N_("column {index} has no name"), index=index + 1)
        if lowered in OPTIONAL_COLUMNS:
            key = lowered
        elif lowered.startswith(DEFINITION_IN) and is_language_tag(name[len(DEFINITION_IN):]):
            key = DEFINITION_IN + name[len(DEFINITION_IN):].replace("_", "-")
        elif is_language_tag(name):
            key = name.replace("_", "-")
        else:
            raise TermbaseError.worded(N_("column {name!r} is neither a language code (en, ru, ...) nor one of {known}"),
                                       name=name, known=", ".join(OPTIONAL_COLUMNS))
        if key.lower() in seen:
            raise TermbaseError.worded(N_("column {name!r} appears twice"), name=name)
        seen.add(key.lower())
        if key in OPTIONAL_COLUMNS or key.startswith(DEFINITION_IN):
            columns[key] = index
        else:
            languages.append((key, index))
    if not languages:
        raise TermbaseError.worded(N_("no language columns: name term columns by language code (en, ru, ...)"))
    primaries = [primary_language(lang) for lang, _ in languages]
    if len(set(primaries)) != len(primaries):
        raise TermbaseError.worded(N_("two term columns name the same language"))
    return columns, languages


def _yes_no(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise TermbaseError.worded(N_("case_sensitive must be yes or no, not {value!r}"), value=value)


def _first_bad_byte(open_source: Callable[[], BinaryIO]) -> int:
    """Where UTF-8 decoding of the file first fails (the error path reads it again)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open_source() as raw:
        while chunk := raw.read(1 << 16):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            offset += len(chunk)
    return offset
