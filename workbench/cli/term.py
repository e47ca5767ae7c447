"""`workbench term ...`: import, export, add, list and find terms of a project.

Thin commands over `workbench.core.terminology` and the `termbase` library:
the project's own termbase is `termbase.db` in the project folder; `list`,
`export` and `find` also see the termbases `project.toml` lists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from workbench.cli.common import (
    POSITION,
    ROW_ID,
    console,
    counted,
    echo,
    emit_json,
    emit_text,
    force_option,
    format_option,
    formats_option,
    open_project,
    project_argument,
    refuse_existing,
)
from workbench.core.languages import normalize_tag
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:
    from termbase.model import Term

termbase_file = click.Path(dir_okay=False, path_type=Path)

_STATUS_MARK = {
    "preferred": "",
    "admitted": " (admitted)",
    "deprecated": " (deprecated)",
    "superseded": " (superseded)",
}


@click.group()
def term() -> None:
    """Manage the project's termbase: import, export, add, list and find terms."""


@term.command("import")
@project_argument
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Empty the project's termbase first.")
@click.option(
    "--id-prefix",
    default="",
    help="Put this before every concept id of FILE, so files whose ids clash (c1, e001) do not replace each other's concepts.",
)
def import_command(directory: Path, file: Path, replace: bool, id_prefix: str) -> None:
    """Import FILE (TBX, CSV or TSV, by extension) into the termbase of project DIR.

    Concepts are matched by id: an id already in the termbase is replaced (a
    file's new version replaces its concepts). Tools number concepts alike
    (c1, e001): to merge several tools' files, give each its --id-prefix. A
    source term then in several concepts is named on stderr (a meaning entered
    twice, under two ids, is joined with `workbench term merge`).
    """
    from workbench.core.terminology import duplicate_terms, import_termbase_file

    notes: list[str] = []
    with open_project(directory) as project:
        result = import_termbase_file(project, file, replace=replace, notes=notes, id_prefix=id_prefix)
        duplicates = duplicate_terms(project, project.config.source_lang)
    echo(
        f"imported {counted(result.added + result.updated, 'concept')} from {file.name} "
        f"({result.added} new, {result.updated} replaced)"
    )
    # stderr follows the interface language, as errors do
    from workbench.tui.i18n import _, say_note

    if result.updated and not id_prefix:  # after `--replace`, only the file's own ids given twice
        echo(_("note: {count} replaced a concept of the same id (in the termbase or earlier in {file}); if those "
               "came from another file, import each file with its own --id-prefix").format(
                 count=result.updated, file=file.name), err=True)

    for note in notes:
        echo(_("warning: {file}: {note}").format(file=file.name, note=say_note(note)), err=True)
    if duplicates:
        shown = "; ".join(f"{text} ({_named(ids)})" for text, ids in duplicates[:5])
        more = _(" and {count} more").format(count=len(duplicates) - 5) if len(duplicates) > 5 else ""
        echo(_("note: {count} source terms are in several concepts: {shown}{more}. One meaning entered twice: "
               "`workbench term merge DIR KEEP OTHER` joins them; a word with several senses stays so.").format(
                 count=len(duplicates), shown=shown, more=more), err=True)


def _named(ids: list[str], most: int = 5) -> str:
    """A term's concepts, at most `most` of them by id: a glossary of 100,000 concepts under one
    term printed all their ids in one 800 kB line (hardening, round sixteen)."""
    from workbench.tui.i18n import _

    more = _(" and {count} more").format(count=len(ids) - most) if len(ids) > most else ""
    return ", ".join(ids[:most]) + more


@term.command("export")
@project_argument
@click.argument("file", type=termbase_file)
@click.option(
    "--tbx-version",
    type=click.Choice(["2019", "2"]),
    default="2",
    show_default=True,
    help="TBX flavour for .tbx files: 2 (MARTIF, TBX-Basic 2008: read by OmegaT and translate-toolkit) "
    "or 2019 (TBX-Basic, ISO 30042:2019).",
)
@force_option
def export_command(directory: Path, file: Path, tbx_version: str, force: bool) -> None:
    """Export every concept the project uses to FILE (TBX, CSV or TSV, by extension).

    A TBX goes out as MARTIF (TBX v2) unless asked otherwise: OmegaT 3.6 and translate-toolkit
    read only that, and `tbx2po` given a TBX 2019 writes an empty PO and exits 0, so the file
    delivered under the old default was lost to them in silence; this project reads both."""
    from workbench.core.terminology import export_termbase

    notes: list[str] = []
    with open_project(directory) as project:
        refuse_existing(project, file, force=force)
        written = export_termbase(project, file, tbx_version=tbx_version, notes=notes)
    echo(f"exported {counted(written, 'concept')} to {file}")
    # stderr follows the interface language, as errors do
    from workbench.tui.i18n import _, say_note

    for note in notes:
        echo(_("warning: {note}").format(note=say_note(note)), err=True)


@term.command("add")
@project_argument
@click.option("--source", "source_term", required=True, help="The source-language term.")
@click.option("--target", "target_term", required=True, help="The preferred target-language term.")
@click.option("--admitted", multiple=True, help="An admitted target term (repeatable).")
@click.option("--deprecated", multiple=True, help="A deprecated target term (repeatable).")
@click.option("--note", help="A note on the concept.")
@click.option("--definition", help="What the concept means (the concept form's Definition field).")
@click.option(
    "--definition-in",
    "definitions_in",
    nargs=2,
    multiple=True,
    metavar="LANG TEXT",
    help="The definition written in LANG, e.g. --definition-in ru \"…\" (repeatable, one a language).",
)
@click.option(
    "--pos",
    "part_of_speech",
    help="Part of speech of the terms given (noun, verb, ...); verb terms are read as verbs.",
)
@click.option(
    "--id",
    "concept_id",
    help="Concept id (default: the concept with this source term, or a new c<N>).",
)
@click.option(
    "--usage-note",
    "usage_notes",
    multiple=True,
    metavar="TERM=NOTE",
    help="Why or where to use (or avoid) one of the terms given, named before '=' (repeatable).",
)
@click.option(
    "--prefer",
    is_flag=True,
    help="On a concept that prefers another target term: make --target the preferred one (the other is admitted).",
)
def add_command(
    directory: Path,
    source_term: str,
    target_term: str,
    admitted: tuple[str, ...],
    deprecated: tuple[str, ...],
    note: str | None,
    definition: str | None,
    definitions_in: tuple[tuple[str, str], ...],
    part_of_speech: str | None,
    concept_id: str | None,
    usage_notes: tuple[str, ...],
    prefer: bool,
) -> None:
    """Add a term pair to the project's termbase.

    When the termbase already has a concept with this source term (or the
    --id given), the target terms are added to it; a term it already has
    takes the status (and the --pos and --usage-note) given here. --pos verb
    makes a word that is also a noun a verb term («печь» to bake, "state" to
    declare). --usage-note "копеечка=a diminutive; avoid" tells the translator,
    in the term panel, why. --definition and --definition-in replace the concept's
    definition (in that language); the others it has stay. A concept prefers
    one target term: --target on a concept that prefers another is refused,
    unless --prefer makes it the preferred one (the other becomes admitted);
    a variant goes in as --admitted.
    """
    from termbase.languages import same_language
    from termbase.model import Concept, Definition, Term, TermStatus
    from workbench.core.terminology import open_project_termbase

    with (
        open_project(directory) as project,
        open_project_termbase(project) as termbase,
        termbase.writing(),  # the lookup and the write below are one step for other writers
    ):
        source_lang, target_lang = project.config.source_lang, project.config.target_lang
        pos = part_of_speech or None
        new_terms = [
            Term(source_term, source_lang, part_of_speech=pos),
            Term(target_term, target_lang, part_of_speech=pos),
            *(Term(text, target_lang, TermStatus.ADMITTED, pos) for text in admitted),
            *(Term(text, target_lang, TermStatus.DEPRECATED, pos) for text in deprecated),
        ]
        new_terms = _with_usage_notes(new_terms, usage_notes)
        # LANG as a project's languages are: a tag of 50,000 letters or of words was stored (round 23).
        given_definitions = tuple(Definition(normalize_tag(lang), text) for lang, text in definitions_in)
        existing = termbase.get(concept_id) if concept_id else None
        rivals: list[Term] = []
        if existing is None and not concept_id:
            found = termbase.with_term(source_term, source_lang)
            existing = found[0] if found else None
        if existing is None:
            concept = Concept(concept_id or termbase.new_id(), definition=definition, note=note, terms=tuple(new_terms),
                              definitions=given_definitions)
            termbase.add(concept)
            verb = "added"
        else:
            given = {term.key: term for term in new_terms}
            rivals = _rival_preferred(existing.terms, new_terms[1], target_lang)
            if rivals and not prefer:
                raise InputError.worded(
                    N_("concept {id} already prefers «{preferred}» for “{source}”: give «{term}» as --admitted "
                       "(a variant) or --deprecated, or add --prefer to make it the preferred term"),
                    id=existing.id, preferred=rivals[0].text, source=source_term, term=target_term,
                )
            # A term the concept already has keeps its spelling and notes; only its status changes.
            kept = [
                dataclasses.replace(
                    term, status=(new := given.pop(term.key)).status, part_of_speech=pos or term.part_of_speech,
                    usage_note=new.usage_note or term.usage_note,
                )
                if term.key in given
                else dataclasses.replace(term, status=TermStatus.ADMITTED) if term in rivals
                else term
                for term in existing.terms
            ]
            concept = dataclasses.replace(
                existing, note=note or existing.note, terms=(*kept, *given.values()),
                definition=definition or existing.definition,
                definitions=(*(d for d in existing.definitions
                               if not any(same_language(d.lang, new.lang) for new in given_definitions)),
                             *given_definitions),
            )
            termbase.update(concept)
            verb = "updated"
    echo(f"{verb} concept {concept.id}: {source_term} -> {target_term}")
    if rivals:
        echo(f"preferred before, admitted now: {', '.join(term.text for term in rivals)}")


def _rival_preferred(terms: Sequence[Term], target: Term, target_lang: str) -> list[Term]:
    """The concept's preferred target terms other than `target` (new to it, or one of its
    variants made preferred): a second preferred term left
    the term check and the translator two answers, added without a word (userday41: `term
    add ghost --target дух` meant as a variant beside «привидение»)."""
    from termbase.languages import same_language
    from termbase.model import TermStatus

    return [term for term in terms if term.key != target.key
            and term.status is TermStatus.PREFERRED and same_language(term.lang, target_lang)]


@term.command("merge")
@project_argument
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
def merge_command(directory: Path, keep: str, others: tuple[str, ...]) -> None:
    """Join concepts OTHERS into concept KEEP (ids as `term list` shows them) and delete them.

    For one meaning entered twice (a client's TBX imported over a termbase that
    had the term under another id). KEEP's terms keep their statuses; the
    others' terms are added, and a term both have takes the part of speech,
    usage note and example KEEP's lacks; notes and definitions are all kept.
    """
    from workbench.core.terminology import merge_concepts

    with open_project(directory) as project:
        concept = merge_concepts(project, keep, list(dict.fromkeys(others)))
    terms = ", ".join(f"{t.text} ({t.lang}{_STATUS_MARK[t.status.value].replace(' (', ', ').rstrip(')')})"
                      for t in concept.terms)
    echo(f"merged {', '.join(dict.fromkeys(others))} into {concept.id}: {terms}")


def _with_usage_notes(terms: list[Any], usage_notes: tuple[str, ...]) -> list[Any]:
    """`terms` with each `TERM=NOTE` of `--usage-note` on the term it names (folded, as the
    termbase compares); a note naming no term given is refused, so it is never dropped unseen."""
    from termbase.normalize import fold_text

    notes: dict[str, str] = {}
    for given in usage_notes:
        text, equals, note = given.partition("=")
        if not equals or not text.strip() or not note.strip():
            raise InputError.worded(N_("--usage-note {given}: write it as TERM=NOTE"), given=repr(given))
        notes[fold_text(" ".join(text.split()))] = note.strip()
    named = {fold_text(term.text) for term in terms}
    unknown = [text for text in notes if text not in named]
    if unknown:
        raise InputError.worded(N_("--usage-note names {term}, which is not one of the terms given"), term=repr(unknown[0]))
    return [dataclasses.replace(term, usage_note=notes[fold_text(term.text)]) if fold_text(term.text) in notes else term
            for term in terms]


def concept_to_json(concept: Any) -> dict[str, Any]:
    """A concept as plain JSON data (statuses as their names)."""
    return dataclasses.asdict(concept)


@term.command("list")
@project_argument
@format_option
def list_command(directory: Path, output_format: str) -> None:
    """List every concept the project uses, its own termbase first."""
    from workbench.core.terminology import project_concepts

    with open_project(directory) as project:
        concepts = project_concepts(project)
        source_lang, target_lang = project.config.source_lang, project.config.target_lang
    if output_format == "json":
        emit_json([concept_to_json(c) for c in concepts])
        return
    if not concepts:
        echo("the project has no terms yet (workbench term add / term import)")
        return
    rows = [
        (
            concept.id,
            "\n".join(t.text + _STATUS_MARK[t.status.value] for t in concept.terms_in(source_lang)),
            "\n".join(t.text + _STATUS_MARK[t.status.value] for t in concept.terms_in(target_lang)),
        )
        for concept in concepts
    ]
    _print_long(("id", source_lang, target_lang), rows)
    echo(counted(len(concepts), "concept"))


def _print_long(headers: tuple[str, ...], rows: Sequence[Sequence[str]]) -> None:
    """A listing that may run to thousands of concepts, through the plain grid (Rich took about
    a millisecond a row): columns as wide as their text, narrowed to the terminal."""
    from workbench.cli.grid import Grid, fitted_columns

    width = _width() or console().width
    emit_text(Grid(fitted_columns(headers, rows, width), width, lines_between=False).lines(rows))


@term.command("find")
@project_argument
@click.option("--lang", help="Language of TEXT (default: by its script, the project's target or source language).")
@click.option("--notes", is_flag=True,
              help="Search definitions, subjects and notes instead: concepts whose text holds TEXT in any form.")
@format_option
@click.argument("text")
def find_command(directory: Path, lang: str | None, notes: bool, output_format: str, text: str) -> None:
    """Recognise the project's terms in TEXT, in any inflected form.

    Prints each occurrence with its span, the form as written, the lemmas
    that linked it to the term, the concept, and what grammar decided when it
    had to (agreement, or why a word that may be a verb was read as the noun).
    «профсоюзов» finds the term «профсоюз». With `--notes`, lists the
    concepts whose definition, subject or note mentions TEXT (any inflected
    form) instead.
    """
    from workbench.core.memory import concordance_side
    from workbench.core.terminology import project_matcher, search_concepts

    if lang is not None and not lang.strip():
        raise InputError.worded(N_("--lang must not be empty"))
    if notes:
        with open_project(directory) as project:
            concepts = search_concepts(project, text, lang=lang, notes_only=True)
        _print_concepts(concepts, output_format, project.config.source_lang, project.config.target_lang)
        return
    with open_project(directory) as project:
        source_lang, target_lang = project.config.source_lang, project.config.target_lang
        side = concordance_side(text, lang, source_lang, target_lang)
        language = lang or (source_lang if side == "source" else target_lang)
        matcher = project_matcher(project, language)
    matches = matcher.find(text) if matcher is not None else []
    rows: list[dict[str, Any]] = [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "forms": list(m.forms),
            "lemmas": list(m.lemmas),
            "term": m.term.text,
            "status": m.term.status.value,
            "concept": m.concept_id,
            "why": m.why,
        }
        for m in matches
    ]
    if output_format == "json":
        emit_json(rows)
        return
    if not rows:
        echo("no terms found")
        return
    # The plain grid, as `term list`: a term 100,000 concepts share is found 100,000 times, and
    # Rich laid that table out for 6 minutes (CPU) before its first line.
    _print_long(("span", "found", "lemmas", "term", "concept", "why"), [
        (f"{row['start']}-{row['end']}", row["text"], " ".join(row["lemmas"]),
         row["term"] + _STATUS_MARK[row["status"]], row["concept"], row["why"])
        for row in rows
    ])


def _print_concepts(concepts: list[Any], output_format: str, source_lang: str, target_lang: str) -> None:
    """Concepts as `term list` prints them (JSON, or a table of their terms and definition)."""
    if output_format == "json":
        emit_json([concept_to_json(c) for c in concepts])
        return
    if not concepts:
        echo("no concepts found")
        return
    rows = [
        (
            concept.id,
            "\n".join(t.text for t in concept.terms_in(source_lang)),
            "\n".join(t.text for t in concept.terms_in(target_lang)),
            " / ".join(part for part in (concept.definition, *(f"({d.lang}) {d.text}" for d in concept.definitions),
                                         concept.note) if part),
        )
        for concept in concepts
    ]
    _print_long(("id", source_lang, target_lang, "definition / note"), rows)


def _width() -> int | None:
    """Rich's own width when on a terminal; 100 columns when piped, so tables never squash."""
    import sys

    return None if sys.stdout.isatty() else 100


@term.group("sense")
def sense() -> None:
    """Another sense of a word, said once: term findings in the same context are downgraded.

    `mark` says an occurrence is another sense of the word ("bill" of a bird), `confirm` that it
    is the term; later occurrences whose context is closer to a marked one than to any confirmed
    one get their term-missing/term-forbidden finding downgraded to info, saying why.
    """


def _marked(directory: Path, position: int, concept: str | None, rendering: str, other_sense: bool,
            output_format: str) -> None:
    from workbench.core.checks.senses import mark_sense, rows_as_json

    with open_project(directory) as project:
        stored = mark_sense(project, position, other_sense=other_sense, concept=concept, rendering=rendering,
                            infer_rendering=True)
    if output_format == "json":
        emit_json(rows_as_json(stored))
        return
    what = "another sense" if other_sense else "the term"
    words = ", ".join(dict.fromkeys(f"“{s.words}”" for s in stored))
    rendered = f", rendered «{stored[0].rendering}»" if stored and stored[0].rendering else ""
    echo(f"segment {position}: {words} ({stored[0].concept}) marked as {what}{rendered}")


@sense.command("mark")
@project_argument
@click.option("--segment", "position", type=POSITION, required=True,
              help="Segment position (1-based, as in the check report).")
@click.option("--concept", help="Concept id, when the segment names several.")
@click.option("--rendering", default="",
              help="The target word used for this sense («клюв» for a bird's bill); by default the word "
                   "the project's pairs render the source word by, if one stands out.")
@format_option
def sense_mark_command(directory: Path, position: int, concept: str | None, rendering: str,
                       output_format: str) -> None:
    """Mark a term's occurrence in a segment as another sense of the word, for its context."""
    _marked(directory, position, concept, rendering, True, output_format)


@sense.command("confirm")
@project_argument
@click.option("--segment", "position", type=POSITION, required=True,
              help="Segment position (1-based, as in the check report).")
@click.option("--concept", help="Concept id, when the segment names several.")
@format_option
def sense_confirm_command(directory: Path, position: int, concept: str | None, output_format: str) -> None:
    """Confirm a term's occurrence as the term: a context like it is never taken for another sense."""
    _marked(directory, position, concept, "", False, output_format)


@sense.command("list")
@project_argument
@format_option
def sense_list_command(directory: Path, output_format: str) -> None:
    """List the sense answers (exceptions and confirmations) with their ids."""
    from workbench.core.checks.senses import list_senses, rows_as_json

    with open_project(directory) as project:
        senses = list_senses(project)
    if output_format == "json":
        emit_json(rows_as_json(senses))
        return
    if not senses:
        echo("No sense answers.")
        return
    rows = [(str(s.id), "gone" if s.position is None else str(s.position), s.concept,
             "another sense" if s.other_sense else "the term", s.words, s.rendering) for s in senses]
    _print_long(("id", "segment", "concept", "answer", "words", "rendering"), rows)


@sense.command("remove")
@project_argument
@click.argument("answer_id", metavar="ID", type=ROW_ID)
def sense_remove_command(directory: Path, answer_id: int) -> None:
    """Forget a sense answer (by the id `term sense list` shows); its findings come back."""
    from workbench.core.checks.senses import remove_sense

    with open_project(directory) as project:
        removed = remove_sense(project, answer_id)
    echo(f"removed sense answer {removed.id} ({removed.concept}, “{removed.words}”)")


@term.command("extract")
@project_argument
@click.option("--side", type=click.Choice(["source", "target"]), default="source", show_default=True,
              help="Which side's terms to propose; the other side gives their equivalents.")
@click.option("--min-count", type=click.IntRange(min=1), default=2, show_default=True,
              help="Leave out candidates seen fewer times than this.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True,
              help="The most candidates to list, best first.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
              help="Leave out candidates whose best equivalent's confidence (the calibrated chance that it is right) is lower.")
@click.option("--known", "include_known", is_flag=True,
              help="List candidates the termbase already has too (marked with their concept).")
@click.option("--names/--no-names", default=True, show_default=True,
              help="Keep names (words written with a capital wherever no sentence begins).")
@click.option("--add", is_flag=True,
              help="Add the listed candidates that have an equivalent to the termbase, one concept each.")
@formats_option(("table", "json", "tsv"), "A table for people, JSON for scripts, or TSV to edit and give back to `term import`.")
def extract_command(directory: Path, side: str, min_count: int, limit: int, min_confidence: float,
                    include_known: bool, names: bool, add: bool, output_format: str) -> None:
    """Propose terms of project DIR's segments, each with its likely equivalents.

    Candidates are nouns and noun phrases ("source package", «культурная стихийность»,
    "professor of ornithology") in their dictionary form, ranked by how often they occur,
    whether they stand alone or only inside a longer phrase (C-value) and how rare their
    words are in the language at large (termhood against wordfreq). Each comes with the
    other side's phrases that keep it company in the pairs and the segments it came from.
    An equivalent's confidence is the chance that it is right, calibrated on term sets:
    a pattern of many segments that no other phrase rivals scores high, a phrase seen in
    one or two segments low, however well it agrees (its Dice is in the JSON). Candidates the termbase already has, in any inflected form, are
    left out unless --known. Numbers, addresses and function words are never part of a
    candidate.

    --format tsv writes a glossary file: delete the rows you reject, correct the target
    cells, and `workbench term import DIR FILE` adds the rest. --add adds the listed
    candidates with their best equivalent at once. Exit code 0 also when nothing is found.
    """
    from workbench.core.extraction import (
        Accepted,
        add_accepted,
        extract_project_terms,
        side_languages,
    )

    with open_project(directory) as project:
        found = extract_project_terms(project, side="target" if side == "target" else "source",
                                      min_count=min_count, limit=limit, include_known=include_known, names=names)
        candidates = [c for c in found.candidates
                      if (c.equivalents[0].confidence if c.equivalents else 0.0) >= min_confidence]
        lang, other_lang = side_languages(project, "target" if side == "target" else "source")
        wanted = {p for c in candidates for p in c.examples} if output_format == "json" else set()
        segments = {s.position: s for s in project.segments() if s.position in wanted} if wanted else {}
        added = None
        if add:
            chosen = [(c.text, c.equivalents[0].text) for c in candidates if c.equivalents]
            added = add_accepted(project, [
                Accepted(text, equivalent) if side == "source" else Accepted(equivalent, text)
                for text, equivalent in chosen])
    if output_format == "json":
        emit_json({
            "side": side, "lang": lang, "equivalent_lang": other_lang, "pairs": found.pairs,
            "known_left_out": found.known_left_out, "names_left_out": found.names_left_out,
            "candidates": [_candidate_json(c, segments, side) for c in candidates],
            **({"added": list(added.added), "already_present": list(added.present)} if added else {}),
        })
    elif output_format == "tsv":
        _emit_tsv(candidates, side, lang, other_lang)
    else:
        _print_candidates(candidates, found.pairs)
    if added is not None and output_format == "table":
        echo(f"added {counted(len(added.added), 'concept')}"
             + (f" ({len(added.present)} already in the termbase)" if added.present else ""))


def _candidate_json(candidate: Any, segments: dict[int, Any], side: str) -> dict[str, Any]:
    """A candidate as JSON: its evidence, its equivalents and the text of its example segments."""
    def example(position: int) -> dict[str, Any]:
        segment = segments.get(position)
        if segment is None:
            return {"segment": position}
        own, other = (segment.source, segment.target) if side == "source" else (segment.target, segment.source)
        return {"segment": position, "text": own, "other": other}

    return {
        "term": candidate.text, "count": candidate.count, "segments": len(candidate.pairs),
        "score": candidate.score, "c_value": candidate.c_value, "termhood": candidate.termhood,
        "words": candidate.words, "forms": list(candidate.forms), "name": candidate.name,
        "known": candidate.known,
        "equivalents": [{"term": e.text, "together": e.together, "segments": e.pairs, "confidence": e.confidence,
                         "dice": e.dice, "log_likelihood": e.log_likelihood} for e in candidate.equivalents],
        "examples": [example(p) for p in candidate.examples],
    }


def _extract_note(candidate: Any) -> str:
    """The evidence, for the glossary row's concept note (kept by `term import`)."""
    note = f"term extract: {candidate.count} occurrences in {len(candidate.pairs)} segments"
    if candidate.equivalents:
        best = candidate.equivalents[0]
        note += f"; equivalent in {best.together} of them (confidence {best.confidence:.2f})"
    return note


def _emit_tsv(candidates: Sequence[Any], side: str, lang: str, other_lang: str) -> None:
    """A glossary `term import` reads: the project's source column first; reading the target
    side, a candidate with no equivalent has no source term and is left out."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    source_lang, target_lang = (lang, other_lang) if side == "source" else (other_lang, lang)
    writer.writerow([source_lang, target_lang, "concept_note"])
    for candidate in candidates:
        equivalent = candidate.equivalents[0].text if candidate.equivalents else ""
        source, target = (candidate.text, equivalent) if side == "source" else (equivalent, candidate.text)
        if source:
            writer.writerow([source, target, _extract_note(candidate)])
    emit_text([buffer.getvalue()])


def _print_candidates(candidates: Sequence[Any], pairs: int) -> None:
    if not candidates:
        echo(f"no term candidates in {counted(pairs, 'segment')} (try a lower --min-count)")
        return
    rows = [
        (str(rank), candidate.text + (f" [{candidate.known}]" if candidate.known else ""), str(candidate.count),
         f"{candidate.score:.1f}",
         "\n".join(f"{e.text} ({e.confidence:.2f})" for e in candidate.equivalents[:2]),
         " ".join(str(p) for p in candidate.examples[:3]))
        for rank, candidate in enumerate(candidates, start=1)
    ]
    _print_long(("#", "candidate", "count", "score", "equivalents", "segments"), rows)
    echo(f"{counted(len(candidates), 'candidate')} from {counted(pairs, 'segment')}")
