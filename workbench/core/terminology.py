"""The bridge between a workbench project and its termbases.

A project's own termbase is `termbase.db` in the project folder, created the
first time something is added to it. `project.toml` may list further
termbase files (`termbases = ["../shared/history.tbx", "glossary.csv"]`,
relative to the project): SQLite termbases (`.db`) are opened in place, TBX
and CSV/TSV files are read as they are on disk. Concepts come in that order,
the project's own first; a later concept with an id already seen is shadowed,
so a project can override an entry of a shared termbase.

Building a matcher over a large termbase takes a moment, so the enforcer is
cached per project and rebuilt only when a termbase changed (its revision
counter for SQLite termbases, modification time and size for files).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from termbase.enforce import Enforcer
from termbase.errors import Note
from termbase.languages import primary_language, same_language
from termbase.match import Matcher
from termbase.model import Concept, Term, TermStatus
from termbase.normalize import fold_text
from termbase.store import ConceptRows, ImportResult, Termbase
from workbench.core.project import Project
from workbench.errors import InputError, ProjectError
from workbench.wording import N_

TERMBASE_FILE = "termbase.db"
_SQLITE_SUFFIXES = {".db", ".sqlite", ".sqlite3"}

_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[object, ...], Enforcer | None]] = {}
_concepts: dict[Path, tuple[tuple[object, ...], tuple[Concept, ...]]] = {}
"""`project_concepts` per project, with what its termbases were when read: `check` wants them
for the speller and for the enforcer, and reading 100,000 concepts takes seconds."""


def project_termbase_path(project: Project) -> Path:
    """Where the project's own termbase lives (it may not exist yet)."""
    return project.path / TERMBASE_FILE


def open_project_termbase(project: Project) -> Termbase:
    """The project's own termbase, created on demand; close it when done (or use `with`)."""
    return Termbase(project_termbase_path(project))


def termbase_paths(project: Project) -> list[Path]:
    """Every termbase the project uses, in order: its own (when it exists), then the listed ones.

    A listed file outside the project folder (after following links) is used only under a
    folder the user named in `termbase_folders_file()`: a project received from someone else
    listed `/home/me/other-client/glossary.tbx`, and `term export` wrote that glossary into
    the file the user sends back (hardening, round nine's "still lands").
    """
    own = project_termbase_path(project)
    paths = [own] if own.exists() else []
    folder = project.path.resolve()
    allowed: tuple[Path, ...] | None = None
    for entry in project.config.termbases:
        try:
            path = (project.path / entry).resolve()
            usable = path.is_file()
            present = usable or path.exists()
        except (RuntimeError, ValueError):  # a link loop (RuntimeError before Python 3.13), a NUL byte
            usable = present = False
        if present and not usable:  # a folder, a pipe, /dev/zero: there, but no termbase file
            raise ProjectError.worded(N_("termbase {entry} listed in project.toml is not a regular file (a folder, device, pipe or socket)"), entry=entry)
        if not usable:
            raise ProjectError.worded(N_("termbase {entry} listed in project.toml does not exist"), entry=entry)
        if not path.is_relative_to(folder):
            allowed = _allowed_folders() if allowed is None else allowed
            if not any(path.is_relative_to(place) for place in allowed):
                raise ProjectError.worded(
                    N_("termbase {entry} listed in project.toml is outside the project folder, and a project received from someone else could name any file of yours: to use it, add the line {folder} to {file}"),
                    entry=entry, folder=path.parent, file=termbase_folders_file(),
                )
        if path != own.resolve():
            paths.append(path)
    return paths


def termbase_folders_file() -> Path:
    """The user's own list of folders whose termbase files any project may name (one folder a
    line): it stays on this machine, so a project's files cannot grant themselves a folder."""
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config) / "workbench" / "termbase-folders"


def _allowed_folders() -> tuple[Path, ...]:
    try:
        lines = termbase_folders_file().read_text("utf-8").splitlines()
        return tuple(Path(line.strip()).expanduser().resolve() for line in lines if line.strip() and not line.lstrip().startswith("#"))
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError, ValueError, RuntimeError) as error:
        raise ProjectError.worded(N_("{file} cannot be read: {error}"), file=termbase_folders_file(), error=error) from None


def import_termbase_file(
    project: Project, file: Path, *, replace: bool = False, notes: list[str] | None = None, id_prefix: str = ""
) -> ImportResult:
    """Import a TBX, CSV or TSV file into the project's own termbase, as one transaction.

    The file is streamed into the database (a million concepts never sit in memory
    at once); a large one is read in a second process while this one writes
    (`termbase.bulk`). A file none of whose concepts has a term in the project's languages
    (a de-fr glossary in an en-ru project) would import nothing usable and, by id,
    replace concepts that were usable: it is refused, naming its languages, and
    the transaction (with `replace`'s emptying) is rolled back. What the reader
    skipped (empty terms) is appended to `notes`. `id_prefix` goes before every concept id
    of the file: tools number their concepts alike (c1, e001), so a second tool's file
    would replace the first one's concepts by id.
    """
    wanted = (project.config.source_lang, project.config.target_lang)
    langs: set[str] = set()
    count = 0

    def counted(rows: Iterator[ConceptRows]) -> Iterator[ConceptRows]:
        nonlocal count
        for row in rows:
            count += 1
            langs.update(term[2] for term in row[5])  # the terms' `lang` column
            if id_prefix:  # the concept's id, and each of its terms' and definitions' (their first column)
                row = (id_prefix + row[0], *row[1:5], [(id_prefix + term[0], *term[1:]) for term in row[5]],
                       [(id_prefix + definition[0], *definition[1:]) for definition in row[6]])
            yield row

    # The file readers (lxml): only a command that reads a termbase file loads them.
    from termbase.bulk import file_rows

    # closing: a failed import stops a child reading the file at once
    with closing(file_rows(file, notes)) as rows, open_project_termbase(project) as termbase, termbase.writing():
        if replace:
            termbase.clear()
        result = termbase.import_rows(counted(rows))
        if count and not any(same_language(lang, own) for lang in langs for own in wanted):
            raise InputError.worded(N_("{name}: none of its {count} concepts has a term in {source} or {target} (languages in the file: {langs})"), name=file.name, count=count, source=wanted[0], target=wanted[1], langs=', '.join(sorted(langs)) or 'none')
    if count and notes is not None:
        notes.extend(_unused_languages(wanted, langs))
    return result


def export_termbase(project: Project, path: Path, *, tbx_version: str = "2", notes: list[str] | None = None) -> int:
    """Write every concept the project uses to `path` (TBX, CSV or TSV by extension) and return how
    many. A CSV or TSV holds less than the termbase (a term's example, a source synonym's own
    note...): it is read back, and what it lost is appended to `notes` by column and count; the
    terminologist's CSV for the client lost its examples without a word (session 27). A TBX keeps
    everything (`termbase.formats.tbx`), so it is not read again."""
    if project.keeps(path):
        raise InputError.worded(N_("{path}: is one of the project's own files; export to another file"), path=path)
    from termbase.formats import read_termbase_file, write_termbase_file

    concepts = project_concepts(project)
    write_termbase_file(concepts, path, source_lang=project.config.source_lang, tbx_version=tbx_version)
    if notes is not None and path.suffix.lower() != ".tbx":
        lost = _unkept(concepts, {concept.id: concept for concept in read_termbase_file(path)})
        if lost:
            notes.append(Note.worded(
                N_("{name} holds less than the termbase; not written: {categories} (a .tbx keeps them)"),
                name=path.name, categories=", ".join(f"{name} ({count})" for name, count in sorted(lost.items()))))
    return len(concepts)


def _unkept(concepts: list[Concept], written: dict[str, Concept]) -> dict[str, int]:
    """What of `concepts` the file read back as `written` lacks, counted by the name of its column."""
    lost: dict[str, int] = {}

    def count(name: str) -> None:
        lost[name] = lost.get(name, 0) + 1

    def key(term: Term) -> tuple[str, str]:
        return primary_language(term.lang), fold_text(term.text)

    for concept in concepts:
        back = written.get(concept.id)
        for name, value in (("subject", concept.subject), ("definition", concept.definition), ("concept_note", concept.note)):
            if value and (back is None or getattr(back, "note" if name == "concept_note" else name) != value):
                count(name)
        for definition in concept.definitions:
            if back is None or back.definition_in(definition.lang) != definition.text:
                count("definition_" + definition.lang)
        terms = {key(term): term for term in back.terms} if back is not None else {}
        for term in concept.terms:
            other = terms.get(key(term))
            if other is None:
                count("term")
                continue
            fields: tuple[tuple[str, object, object, object], ...] = (
                ("status", term.status, other.status, TermStatus.PREFERRED),
                ("note", term.usage_note, other.usage_note, None),
                ("pos", term.part_of_speech, other.part_of_speech, None),
                ("context", term.context, other.context, None),
                ("case_sensitive", term.case_sensitive, other.case_sensitive, False),
            )
            for column, given, kept, default in fields:
                if given != default and given != kept:
                    count(column)
    return lost


def merge_concepts(project: Project, keep_id: str, other_ids: list[str]) -> Concept:
    """Join `other_ids` into concept `keep_id` of the project's own termbase (`termbase.merge`) and
    delete them, as one write: the merged concept, or a refusal naming an id the termbase lacks."""
    from termbase.merge import merged

    if keep_id in other_ids:
        raise InputError.worded(N_("concept {id} cannot be merged into itself"), id=keep_id)
    with open_project_termbase(project) as termbase, termbase.writing():
        found = {concept_id: termbase.get(concept_id) for concept_id in (keep_id, *other_ids)}
        missing = [concept_id for concept_id, concept in found.items() if concept is None]
        if missing:
            raise InputError.worded(N_("the project's termbase has no concept {ids} (workbench term list DIR shows the ids)"),
                                    ids=", ".join(missing))
        keep = found.pop(keep_id)
        assert keep is not None
        concept = merged(keep, [c for c in found.values() if c is not None])
        termbase.update(concept)
        for concept_id in found:
            termbase.delete(concept_id)
    return concept


def duplicate_terms(project: Project, lang: str) -> list[tuple[str, list[str]]]:
    """Terms of `lang` in several concepts of the project's own termbase, with those concepts' ids:
    one meaning entered twice (to merge), or a word with several senses (to keep apart)."""
    with open_project_termbase(project) as termbase:
        rows = termbase.db.execute(
            "select min(text), json_group_array(distinct concept_id) from terms where lang = ? or lang like ? "
            "group by folded having count(distinct concept_id) > 1 order by min(text)",
            [lang, f"{lang}-%"],
        ).fetchall()
    return [(text, sorted(json.loads(ids))) for text, ids in rows]


def _unused_languages(wanted: tuple[str, str], langs: set[str]) -> list[str]:
    """A note for each project language the file has no term in, naming the languages it has
    instead: translate-toolkit's `csv2tbx` tags every target term `xx`, and such a file was
    "imported" with no Russian term matched, in silence."""
    others = ", ".join(sorted(lang for lang in langs if not any(same_language(lang, own) for own in wanted)))
    return [
        Note.worded(N_("no term is in {own}, a language of the project; terms in {others} are kept but never used: "
                       "if they are {own}, change their language tag to {own} and import the file again"),
                    own=own, others=others)
        if others else Note.worded(N_("no term is in {own}, a language of the project"), own=own)
        for own in wanted
        if not any(same_language(lang, own) for lang in langs)
    ]


def _read(path: Path) -> list[Concept]:
    if path.suffix.lower() in _SQLITE_SUFFIXES:
        with Termbase(path) as termbase:
            return termbase.concepts()
    from termbase.formats import read_termbase_file

    return read_termbase_file(path)


def _stamp(path: Path) -> object:
    """What changes when the termbase's contents change."""
    if path.suffix.lower() in _SQLITE_SUFFIXES:
        with Termbase(path) as termbase:
            return (path, termbase.revision)
    stat = path.stat()
    return (path, stat.st_mtime_ns, stat.st_size)


def termbases_on_disk(project: Project) -> tuple[tuple[str, int, int], ...]:
    """A cheap mark of the project's termbase files as they lie on disk (the size and time of
    each, and of a database's write-ahead log, where its commits land): what an open editor
    compares each second to read the terms again after another program (`term add` in another
    terminal) changed them. A termbase that cannot be used is left out: the load says why."""
    try:
        paths = termbase_paths(project)
    except ProjectError:
        return ()
    marks = []
    for path in paths:
        for file in (path, path.with_name(path.name + "-wal")):
            try:
                stat = file.stat()
            except OSError:
                continue
            if file is not path and stat.st_size == 0:  # opened by a reader (another worker's, this
                continue  # app's own): no frame, no change; it came and went under the CI's test
            marks.append((str(file), stat.st_mtime_ns, stat.st_size))
    return tuple(marks)


def project_concepts(project: Project) -> list[Concept]:
    """All concepts of the project's termbases: its own first, later duplicate ids shadowed.

    Cached as `project_enforcer` is: read again only when a termbase changed since."""
    paths = termbase_paths(project)
    key = tuple(_stamp(path) for path in paths)
    with _lock:
        cached = _concepts.get(project.path)
        if cached is not None and cached[0] == key:
            return list(cached[1])
    concepts: dict[str, Concept] = {}
    for path in paths:
        for concept in _read(path):
            concepts.setdefault(concept.id, concept)
    with _lock:
        _concepts[project.path] = (key, tuple(concepts.values()))
    return list(concepts.values())


def project_enforcer(project: Project) -> Enforcer | None:
    """The project's term enforcer (source -> target language), or None without any concept.

    Cached: calling it again is cheap unless a termbase changed since.
    """
    paths = termbase_paths(project)
    key = (
        project.config.source_lang,
        project.config.target_lang,
        *(_stamp(path) for path in paths),
    )
    with _lock:
        cached = _cache.get(project.path)
        if cached is not None and cached[0] == key:
            return cached[1]
    concepts = project_concepts(project)
    enforcer = (
        Enforcer(concepts, project.config.source_lang, project.config.target_lang)
        if concepts
        else None
    )
    with _lock:
        _cache[project.path] = (key, enforcer)
    return enforcer


def project_matcher(project: Project, lang: str) -> Matcher | None:
    """A matcher for the project's terms in its source or target language (None without terms)."""
    enforcer = project_enforcer(project)
    if enforcer is None:
        return None
    if lang.lower() == enforcer.source_lang.lower():
        return enforcer.source_matcher
    if lang.lower() == enforcer.target_lang.lower():
        return enforcer.target_matcher
    return Matcher(enforcer.concepts, lang)


def search_concepts(project: Project, query: str, *, lang: str | None = None, notes_only: bool = False) -> list[Concept]:
    """Concepts of every project termbase matching `query` in any inflected form (`Termbase.search`), best first.

    Files that are not termbase databases (TBX, CSV listed in project.toml)
    are read into a throw-away in-memory termbase to be searched the same way.
    """
    found: dict[str, Concept] = {}
    for path in termbase_paths(project):
        if path.suffix.lower() in _SQLITE_SUFFIXES:
            with Termbase(path) as termbase:
                hits = termbase.search(query, lang=lang, notes_only=notes_only)
        else:
            with Termbase(Database(memory=True)) as termbase:
                termbase.import_concepts(_read(path))
                hits = termbase.search(query, lang=lang, notes_only=notes_only)
        for concept in hits:
            found.setdefault(concept.id, concept)
    return list(found.values())


ConceptFinder = Callable[[str, str], frozenset[str]]
"""`(text, lang) -> concept ids recognised in it`: how the aligner sees the termbase."""


def concept_finder(enforcer: Enforcer) -> ConceptFinder:
    """Alignment anchors from a termbase: the concepts a sentence mentions, in either language.

    Every status counts here, deprecated variants included: a translation that
    uses a forbidden term still renders the concept, which is what pairing
    sentences needs (the checks complain about the term separately).
    """

    def concepts(text: str, lang: str) -> frozenset[str]:
        matcher = (
            enforcer.source_matcher
            if lang.lower() == enforcer.source_lang.lower()
            else enforcer.target_matcher
        )
        return frozenset(match.concept_id for match in matcher.find(text))

    return concepts


def project_concept_finder(project: Project) -> ConceptFinder | None:
    """The project's termbases as alignment anchors (None when it has no terms)."""
    enforcer = project_enforcer(project)
    return concept_finder(enforcer) if enforcer is not None else None


def file_concept_finder(path: Path, source_lang: str, target_lang: str) -> ConceptFinder | None:
    """A termbase file (TBX, CSV, TSV, or a termbase database) as alignment anchors."""
    if not path.is_file():
        raise ProjectError.worded(N_("{path}: no such termbase file"), path=path)
    concepts = _read(path)
    return concept_finder(Enforcer(concepts, source_lang, target_lang)) if concepts else None
