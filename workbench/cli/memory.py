"""`workbench memory import|list|lookup|search|export|conflicts|replace|undo`: the project's translation memory.

Thin commands over `workbench.core.memory.store` (or, in a team project,
`workbench.core.team.session`, which queries the team server). `lookup` and
`search` first bring the project memory up to date with the project's
confirmed segments, so what was confirmed a moment ago in the TUI is found at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from workbench.cli.common import (
    console,
    counted,
    echo,
    emit_json,
    emit_json_line,
    force_option,
    format_option,
    open_project,
    project_argument,
    refuse_existing,
    said_memory_import,
    terminal_progress,
)
from workbench.errors import InputError, cut
from workbench.wording import N_

if TYPE_CHECKING:
    from termbase.match import Matcher
    from workbench.core.memory import (
        ConcordanceHit,
        FuzzyMatch,
        TargetChange,
        TermFinder,
        TranslationMemory,
    )

_DIFF_STYLE = {"equal": "", "delete": "red strike", "insert": "green underline"}
_QUERY_LINE_CHARS = 1_000_000
"""The longest query line read: a segment's 50,000 characters, JSON-escaped, fit many times over.
Lines are read up to this, so a file without line breaks (`/dev/zero`) is refused, not read forever."""


@click.group()
def memory() -> None:
    """The translation memory: import TMX, look up fuzzy matches, search a concordance."""


@memory.command("import")
@project_argument
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="Memory name (default: the file name). The same name replaces that memory.")
def import_command(directory: Path, file: Path, name: str | None) -> None:
    """Import FILE (TMX, or a TSV bitext) into the translation memory of project DIR.

    Units are matched to the project's languages (ru-RU, RU and ru_RU all
    count as ru); units with an empty source or target, or with a side
    over 50,000 characters, are skipped and counted. In a team project the
    file goes into the shared memory on the team server.
    """
    from workbench.core.memory import TranslationMemory
    from workbench.core.team import open_memory

    with open_project(directory) as project, open_memory(project) as tm, terminal_progress("importing") as progress:
        if isinstance(tm, TranslationMemory):
            report = tm.import_file(file, name=name, progress=progress)
        else:  # a team server's import reads the file in order, unmeasured: the bar only shows it is alive
            report = tm.import_file(file, name=name)
        languages = (project.config.source_lang, project.config.target_lang)
    echo(said_memory_import(report, file, languages))


@memory.command("list")
@project_argument
@format_option
def list_command(directory: Path, output_format: str) -> None:
    """List the memories of project DIR with their unit counts."""
    from rich.table import Table

    from workbench.core.team import open_memory

    with open_project(directory) as project, open_memory(project) as tm:
        tm.sync_project(project)
        infos = tm.memories()
    if output_format == "json":
        emit_json([{"name": i.name, "kind": i.kind, "units": i.units, "source_file": i.source_file, "imported_at": i.imported_at} for i in infos])
        return
    table = Table("memory", "kind", "units", "imported")
    for info in infos:
        table.add_row(info.name, info.kind, f"{info.units:,}", info.imported_at)
    console().print(table)


@memory.command("lookup")
@project_argument
@click.argument("text", required=False)
@click.option("--min", "min_score", type=click.IntRange(0, 100), default=70, show_default=True, help="Lowest score (percent) to show.")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True, help="Most matches to show.")
@click.option(
    "--batch",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Look up every line of this file (- for stdin): JSON lines in, JSON lines out (see README).",
)
@format_option
def lookup_command(
    directory: Path, text: str | None, min_score: int, limit: int, batch: Path | None, output_format: str
) -> None:
    """Fuzzy matches for TEXT (a source sentence) from every memory of project DIR.

    Each match shows its score, a word diff against TEXT (struck: only in the
    memory; underlined: only in TEXT), and the numbers and termbase terms that
    differ. With --batch FILE, every line of FILE is a query and every answer
    one JSON line: the memory is opened and warmed once for them all.
    """
    from workbench.core.team import open_memory
    from workbench.core.terminology import project_matcher

    if (text is None) == (batch is None):
        raise InputError.worded(N_("give either TEXT or --batch FILE"))
    with open_project(directory) as project, open_memory(project) as tm:
        tm.sync_project(project)
        recogniser = project_matcher(project, project.config.source_lang)
        terms = _term_finder(recogniser) if recogniser is not None else None
        if batch is not None:
            _lookup_batch(tm, batch, min_score=min_score, limit=limit, terms=terms)
            return
        assert text is not None
        matches = tm.lookup(text, min_score=min_score, limit=limit, terms=terms)
    if output_format == "json":
        emit_json([_match_json(m) for m in matches])
        return
    from rich.table import Table
    from rich.text import Text

    if not matches:
        echo(f"no matches of {min_score}% or more")
        return
    table = Table("%", "memory source (diff against TEXT)", "target", "from", show_lines=True)
    for match in matches:
        diff = Text()
        for op, chunk in match.diff:
            diff.append(chunk, style=_DIFF_STYLE[op])
        if match.numbers_only_in_text or match.numbers_only_in_match:
            diff.append(
                f"\nnumbers: {', '.join(match.numbers_only_in_match) or '-'} -> {', '.join(match.numbers_only_in_text) or '-'}",
                style="bold yellow",
            )
        if match.terms_only_in_text or match.terms_only_in_match:
            diff.append(
                f"\nterms: {', '.join(match.terms_only_in_match) or '-'} -> {', '.join(match.terms_only_in_text) or '-'}",
                style="bold magenta",
            )
        origin = [match.memory, *(value for value in (match.author, (match.changed or "")[:10]) if value)]
        table.add_row(str(match.score), diff, Text(match.target), Text("\n".join(origin)))
    console().print(table)


@memory.command("search")
@project_argument
@click.argument("text")
@click.option("--lang", help="Search the side in this language (en: source, ru: target). Default: by the script of TEXT.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most units to show.")
@click.option("--memory-only", is_flag=True, help="Leave out the project's own segments; search the memories only.")
@click.option("--whole", is_flag=True, help="Show each unit whole, not the phrase in its context.")
@format_option
def search_command(
    directory: Path, text: str, lang: str | None, limit: int, memory_only: bool, whole: bool, output_format: str
) -> None:
    """Concordance: the project's segments and its memories' units containing the word or phrase TEXT.

    Inflected forms count: "клуб" finds "клубы" and "клубов", "club" finds "clubs".
    The project's own segments, drafts included, come first (`from` is
    `segment N`), then memory units that are not one of them. A long unit
    shows the phrase in its context (about 360 characters, cut at spaces
    with …; `--whole` shows it all); JSON gives both: `source` and `target`
    whole, and `context` with the phrase's `spans` in it.
    """
    from rich.table import Table
    from rich.text import Text

    from workbench.core.memory import TranslationMemory, phrase_words
    from workbench.core.navigation import hit_excerpts, search_segments, without_duplicates
    from workbench.core.team import open_memory

    phrase_words(text)  # a phrase too long is refused before the memory is brought up to date
    with open_project(directory) as project, open_memory(project) as tm:
        tm.sync_project(project)
        if isinstance(tm, TranslationMemory) and tm.search_side(text, lang) == "target":
            _index_targets(tm)
        # one more than shown is asked for, to say that there are more
        hits = [] if memory_only else search_segments(
            project.segments(), text, project.config.source_lang, project.config.target_lang, lang=lang, limit=limit + 1
        )
        if len(hits) <= limit:
            hits += without_duplicates(hits, tm.search(text, lang=lang, limit=limit + 1))[: limit + 1 - len(hits)]
    more, hits = len(hits) > limit, hits[:limit]
    said_more = f"the first {counted(limit, 'unit')} shown; there are more (a larger --limit, or add a word to narrow it)"
    if output_format == "json":
        if more:
            echo(said_more, err=True)
        emit_json(
            [
                {
                    "unit_id": h.unit_id,
                    "memory": h.memory,
                    "source": h.source,
                    "target": h.target,
                    "side": h.side,
                    "spans": [list(span) for span in h.spans],
                    "context": _context(h),
                    "status": h.status,
                    "changed": h.changed,
                    "author": h.author,
                    "copies": h.copies,
                    "more_copies": h.more_copies,
                    "also_in": list(h.also_in),
                }
                for h in hits
            ]
        )
        return
    if not hits:
        echo("not found")
        return
    table = Table("source", "target", "from", show_lines=True)
    for hit in hits:
        shown, spans, other = (hit.source if hit.side == "source" else hit.target, hit.spans,
                               hit.target if hit.side == "source" else hit.source) if whole else hit_excerpts(hit)
        found = Text(shown)
        for start, end in spans:
            found.stylize("bold reverse", start, end)
        table.add_row(*((found, Text(other)) if hit.side == "source" else (Text(other), found)), Text(_hit_origin(hit)))
    console().print(table)
    if more:
        echo(said_more)


def _context(hit: ConcordanceHit) -> dict[str, object]:
    """A hit as the table shows it: the phrase in its context on the side searched, the other
    side at the same place, and the phrase's spans in the context (offsets, no markup)."""
    from workbench.core.navigation import hit_excerpts

    shown, spans, other = hit_excerpts(hit)
    source, target = (shown, other) if hit.side == "source" else (other, shown)
    return {"source": source, "target": target, "spans": [list(span) for span in spans]}


def _hit_origin(hit: ConcordanceHit) -> str:
    """Where a concordance hit comes from: its memory, who last wrote it, the day its unit last
    changed, and the copies folded into it (`b.tmx`, `anna`, `2025-03-01`, `+3 copies in a.tmx`)."""
    lines = [hit.memory]
    if hit.author:
        lines.append(hit.author)
    if hit.changed:
        lines.append(hit.changed[:10])
    if hit.copies:
        lines.append(f"+{counted(hit.copies, 'copy', 'copies')}" + (" or more" if hit.more_copies else "")
                     + (f" in {', '.join(hit.also_in)}" if hit.also_in else ""))
    return "\n".join(lines)


_MEMORY_OPTION = click.option(
    "--memory", "names", multiple=True, help="Only this memory (repeat for several; default: every memory)."
)


@memory.command("export")
@project_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@_MEMORY_OPTION
@force_option
def export_command(directory: Path, file: Path, names: tuple[str, ...], force: bool) -> None:
    """Write the memories of project DIR (the project's own and every imported one) as one TMX FILE.

    Each exact pair (the same source and target) is written once, the newest copy; every
    unit names its memory in an `x-memory` property beside its own. Sources left with more
    than one translation are counted: `workbench memory conflicts DIR` lists them. In a team
    project, the memories on the team server.
    """
    from workbench.core.memory import export_memories
    from workbench.core.team import open_upkeep

    with open_project(directory) as project:
        refuse_existing(project, file, force=force)
        with open_upkeep(project, sync=True) as store:
            report = export_memories(store, file, names=names)
    echo(
        f"wrote {report.path}: {counted(report.units, 'unit')}, "
        f"left out {counted(report.duplicates, 'duplicate')}"
        + (f"; {counted(report.conflicts, 'source')} with more than one translation "
           f"(workbench memory conflicts {directory})" if report.conflicts else "")
    )
    if report.removed_characters:
        echo(f"removed {counted(report.removed_characters, 'control character')} TMX cannot hold", err=True)


@memory.command("conflicts")
@project_argument
@_MEMORY_OPTION
@format_option
def conflicts_command(directory: Path, names: tuple[str, ...], output_format: str) -> None:
    """The sources the memories of project DIR translate in more than one way, with each
    translation and the memories holding it.

    Duplicates of one pair are not conflicts (`memory export` writes them once). In a team
    project, the memories on the team server.
    """
    from workbench.core.memory import conflicts
    from workbench.core.team import open_upkeep

    with open_project(directory) as project, open_upkeep(project, sync=True) as store:
        found = conflicts(store, names=names)
    if output_format == "json":
        emit_json([
            {
                "source": c.source,
                "translations": [{"target": t.target, "memories": list(t.memories), "units": t.units} for t in c.translations],
            }
            for c in found
        ])
        return
    if not found:
        echo("no source with more than one translation")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table("source", "translation", "units", "memories")
    for conflict in found:  # a row per translation, so a long one wraps beside its own count
        for number, translation in enumerate(conflict.translations):
            table.add_row(
                Text(conflict.source if number == 0 else ""),
                Text(translation.target),
                str(translation.units),
                Text(", ".join(translation.memories)),
                end_section=number == len(conflict.translations) - 1,
            )
    console().print(table)
    echo(f"{counted(len(found), 'source')} with more than one translation")


@memory.command("replace")
@project_argument
@click.argument("find")
@click.argument("replacement")
@click.option("--memory", "names", multiple=True, help="Only this memory (repeat for several; default: every imported memory).")
@click.option("--dry-run", is_flag=True, help="List the targets that would change; change nothing.")
@click.option("--forms", is_flag=True,
              help="FIND matches its words in any inflected form, and each match gets REPLACEMENT in the same case and number.")
@click.option("--regex", is_flag=True, help="FIND is a regular expression; REPLACEMENT may use \\1 for its groups.")
@click.option("--whole-word", is_flag=True, help="Only whole words match.")
def replace_command(
    directory: Path, find: str, replacement: str, names: tuple[str, ...], dry_run: bool, forms: bool, regex: bool,
    whole_word: bool,
) -> None:
    """Replace FIND by REPLACEMENT (exact text, case kept) in the targets of the imported memories of DIR.

    With --forms, FIND is found in any inflected form and each match gets REPLACEMENT in its case
    and number («клуб рабочих» -> «рабочий клуб» also turns «клубу рабочих» into «рабочему клубу»);
    --regex and --whole-word as in `workbench replace`. Every changed unit is listed; the whole
    replace is one step that `workbench memory undo DIR` takes back. The project memory follows
    the project's segments: `workbench replace` changes those. In a team project, the team
    server's memories, in your name.
    """
    from rich.text import Text

    from workbench.core.editing import ReplaceQuery, replace_in_memory
    from workbench.core.team import open_upkeep

    if regex and forms:
        raise InputError.worded(N_("--regex and --forms exclude each other"))
    # exact text keeps its case; word forms match any capital and give each match its own
    query = ReplaceQuery(find, replacement, "forms" if forms else "regex" if regex else "plain", whole_word,
                         case_sensitive=not forms)
    out = console()

    def listed(change: TargetChange) -> None:
        out.print(Text.assemble((change.memory, "dim"), f" #{change.unit_id}: ", change.after))

    # Each change is listed as it comes and none is kept: a pattern found in a million units held
    # them all before the first line was written.
    with open_project(directory) as project, open_upkeep(project) as store:
        done = replace_in_memory(store, query, project.config.target_lang, names=names, dry_run=dry_run, each=listed, kept=0)
    if not done.count:
        echo(f"no target of {'the memories named' if names else 'an imported memory'} holds {cut(find)!r}")
    elif dry_run:
        echo(f"would change {counted(done.count, 'unit')} (nothing changed: --dry-run)")
    else:
        them = "it" if done.count == 1 else "them"
        echo(f"changed {counted(done.count, 'unit')} (workbench memory undo {directory} puts {them} back)")


@memory.command("undo")
@project_argument
def undo_command(directory: Path) -> None:
    """Take back the last `workbench memory replace` in project DIR.

    In a team project, your own last replace on the team server; refused, changing nothing,
    when a teammate changed one of its units since (the refusal names who and when).
    """
    from workbench.core.memory import undo_replace
    from workbench.core.team import open_upkeep

    with open_project(directory) as project, open_upkeep(project) as store:
        undone = undo_replace(store)
    made = f" ({undone.member}'s, {undone.at})" if undone.member else ""
    echo(f"put back {counted(undone.restored, 'target')} changed by replacing {undone.find!r} with {undone.replacement!r}{made}")
    if undone.changed_since:
        echo(f"left {counted(undone.changed_since, 'unit')} changed or re-imported since as they are", err=True)


def _lookup_batch(tm: Any, batch: Path, *, min_score: int, limit: int, terms: TermFinder | None) -> None:
    """Answer each query line of `batch` with one JSON line, as soon as it is read.

    A line is a JSON string (the text) or an object with `text` and optionally
    `min`, `limit` (overriding the options for that line) and `id` (echoed back);
    blank lines are skipped. A line that is neither stops the run with a one-line
    error naming it; the answers already written stand.
    """
    from workbench.core.memory import parse_batch_query

    with click.open_file(str(batch), encoding="utf-8", errors="strict") as lines:
        try:
            for number, line in enumerate(iter(lambda: lines.readline(_QUERY_LINE_CHARS + 1), ""), start=1):
                if len(line) > _QUERY_LINE_CHARS and not line.endswith("\n"):
                    raise InputError.worded(
                        N_("{path}, line {line}: longer than {most:,} characters (a query is one line)"),
                        path=batch, line=number, most=_QUERY_LINE_CHARS,
                    )
                if not line.strip():
                    continue
                try:
                    query = parse_batch_query(line, min_score=min_score, limit=limit)
                except ValueError as exc:
                    raise InputError.worded(N_("{path}, line {line}: {problem}"), path=batch, line=number, problem=exc) from exc
                matches = tm.lookup(query.text, min_score=query.min_score, limit=query.limit, terms=terms)
                answer: dict[str, Any] = {} if query.id is None else {"id": query.id}
                answer.update(text=query.text, matches=[_match_json(m) for m in matches])
                emit_json_line(answer)
        except UnicodeDecodeError as exc:
            raise InputError.worded(N_("{path}: not UTF-8 text ({reason} at byte {start})"), path=batch, reason=exc.reason, start=exc.start) from exc


def _term_finder(recogniser: Matcher) -> TermFinder:
    """The source terms of the project's termbase found in a text, as their termbase spelling."""

    def terms(source: str) -> frozenset[str]:
        return frozenset(match.term.text for match in recogniser.find(source))

    return terms


def _match_json(match: FuzzyMatch) -> dict[str, Any]:
    return {
        "score": match.score,
        "memory": match.memory,
        "source": match.source,
        "target": match.target,
        "diff": [{"op": op, "text": chunk} for op, chunk in match.diff],
        "numbers_only_in_text": list(match.numbers_only_in_text),
        "numbers_only_in_match": list(match.numbers_only_in_match),
        "words_only_in_text": list(match.words_only_in_text),
        "words_only_in_match": list(match.words_only_in_match),
        "terms_only_in_text": list(match.terms_only_in_text),
        "terms_only_in_match": list(match.terms_only_in_match),
        "unit_id": match.unit_id,
        "segment_id": match.segment_id,
        "status": match.status,
        "changed": match.changed,
        "author": match.author,
    }


def _index_targets(tm: TranslationMemory) -> None:
    """Index the targets an import left waiting, saying so: the first target-side search after
    a large import takes about ten seconds per million units (`TranslationMemory.index_targets`).

    The notice goes to stderr when the wait is noticeable (a chunk or more) or stderr is a
    terminal, which also gets a progress bar; stdout stays the search's own output."""
    import sys

    from workbench.core.memory import TARGET_CHUNK

    pending = tm.pending_targets()
    if not pending:
        return
    terminal = sys.stderr.isatty()
    if pending >= TARGET_CHUNK or terminal:
        echo(f"indexing the targets of {counted(pending, 'imported unit')} for target-side search (once after an import)", err=True)
    if not terminal:
        tm.index_targets()
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("indexing"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn(),
        console=console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task("indexing", total=pending)
        tm.index_targets(lambda done, total: bar.update(task, completed=done, total=total))
