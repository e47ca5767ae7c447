"""Small forms that ask for files: what to import, where to export, which project to open; and
what to mend in the imported memories.

Each modal returns a frozen request (or None when cancelled); the project
view runs the slow part in a worker. Paths are checked here so a typo is
answered at once, next to the field, not by a failed worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from workbench.tui.i18n import N_, _
from workbench.tui.widgets.fitted_select import FittedSelect
from workbench.tui.widgets.fitting_footer import FittingFooter
from workbench.tui.widgets.literal import literal


def write_unless_kept(app: App[Any], path: Path, write: Callable[[], object], keeps: Callable[[Path], bool]) -> None:
    """Call `write` for a file the user named, once they agreed to replace the file already there.

    An export over last week's delivery replaced it without a word (user days); the command
    line refuses without `--force`, and here the question is asked, the file kept by default.
    A file no export replaces (the project's own, `keeps`; a database) is not asked about:
    the write refuses it, saying why.
    """
    from termbase.errors import TermbaseError
    from termbase.outputfile import refuse_unsafe_output
    from workbench.tui.screens.choice_modal import ChoiceModal

    try:
        refuse_unsafe_output(path)
    except TermbaseError:
        write()
        return
    if not path.is_file() or keeps(path):
        write()
        return

    def answered(choice: str | None) -> None:
        if choice == "replace":
            write()
        else:
            app.notify(_("Nothing written: {path} is as it was.").format(path=path))

    app.push_screen(ChoiceModal(_("{path} exists. Replace it?").format(path=path),
                                [(_("Keep it: write nothing"), "keep"), (_("Replace it"), "replace")]), answered)


XLIFF_SUFFIXES = (".xlf", ".xliff")
"""An import of a file with one of these names is an XLIFF document, not a text."""
BITEXT_SUFFIXES = (".tmx", ".tsv")
"""An import of a file with one of these names is an aligned bitext (as `workbench import --tmx`,
`--tsv`): a TMX exported and imported into a fresh project came in as an English text of 136
segments of XML, none translated."""


@dataclass(frozen=True)
class ImportRequest:
    """An English text and, optionally, its Russian translation to import and align; or an XLIFF file."""

    source: Path
    target: Path | None
    encoding: str | None
    machine: bool = False
    """The translation is a machine translation (`import --machine-translation`)."""
    lines: bool = False
    """The two files are line-aligned: line N pairs with line N, nothing split or aligned (`import --lines`)."""


@dataclass(frozen=True)
class UpdateRequest:
    """A new version of the document `document` (a revised text, a vendor's re-delivery) in `path`."""

    path: Path
    document: str
    encoding: str | None
    translation: Path | None = None
    """The new Russian file of a document imported line by line (`import --lines ... --update`)."""


@dataclass(frozen=True)
class ExportRequest:
    """Write the project in `format` (`tmx`, `tsv`, `text`, `xliff`), or its memories (`memory`), to `path`."""

    format: str
    path: Path
    all_segments: bool


@dataclass(frozen=True)
class MemoryImportRequest:
    """A TMX or TSV file to import into the translation memory, under `name` (None: the file's name)."""

    path: Path
    name: str | None


@dataclass(frozen=True)
class TermImportRequest:
    """A TBX, CSV or TSV file to import into the project's termbase; `id_prefix` goes before each of
    its concept ids (another tool's file numbering its concepts alike: c1, e001)."""

    path: Path
    id_prefix: str


TERMBASE_SUFFIXES = (".tbx", ".csv", ".tsv")
"""The termbase files `term import` and `term export` read and write, told apart by extension."""


if TYPE_CHECKING:  # the replace module loads with the first replace, not at startup
    from workbench.core.editing import ReplaceQuery


def _expand(text: str) -> Path:
    return Path(text.strip()).expanduser()


class FormModal(ModalScreen[object]):
    """A titled form with OK and Cancel; escape cancels.

    It has a footer of its own: under the form, the view's footer went on offering its keys
    ("i Import a Align c Check"), which the form takes as text (user days, session 36)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", _("Cancel"))]

    def title_text(self) -> str:
        raise NotImplementedError

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="form"):
            yield Static(self.title_text(), classes="form-title")
            yield from self.fields()
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("OK"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")
        yield FittingFooter()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        try:
            result = self.result()
        except ValueError as error:
            self.query_one(".form-error", Static).update(literal(str(error)))
            return
        self.dismiss(result)

    def result(self) -> object:
        """The request, or ValueError with a message to show under the fields."""
        raise NotImplementedError


class ImportModal(FormModal):
    """Source file, optional translation, optional encoding."""

    def title_text(self) -> str:
        return _("Import a document")

    def fields(self) -> ComposeResult:
        yield Label(_("English text, or a TMX, TSV or XLIFF file"))
        yield Input(placeholder="workers-clubs.en.txt", id="source")
        yield Label(_("Its Russian translation (optional)"))
        yield Input(placeholder="workers-clubs.ru.txt", id="target")
        yield Label(_("Encoding (optional; detected when empty)"))
        yield Input(placeholder="cp1251", id="encoding")
        yield Checkbox(_("The translation is a machine translation, to post-edit"), id="machine")
        yield Checkbox(_("The two files pair line by line (no sentence splitting)"), id="lines")

    def result(self) -> ImportRequest:
        source_text = self.query_one("#source", Input).value
        target_text = self.query_one("#target", Input).value
        if not source_text.strip():
            raise ValueError(_("Name the English file to import."))
        source = _expand(source_text)
        if not source.is_file():
            raise ValueError(_("No such file: {path}").format(path=source))
        target = _expand(target_text) if target_text.strip() else None
        if target is not None and not target.is_file():
            raise ValueError(_("No such file: {path}").format(path=target))
        if target is not None and source.suffix.lower() in (*BITEXT_SUFFIXES, *XLIFF_SUFFIXES):
            raise ValueError(_("{name} holds both languages: leave the translation empty.").format(name=source.name))
        lines = self.query_one("#lines", Checkbox).value
        if lines and target is None:
            raise ValueError(_("Line by line pairs two files: name the Russian one too."))
        encoding = self.query_one("#encoding", Input).value.strip() or None
        return ImportRequest(source, target, encoding, self.query_one("#machine", Checkbox).value, lines)


class UpdateDocumentModal(FormModal):
    """The file of a document's new version, and which document it replaces."""

    def __init__(self, documents: list[str], line_documents: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.documents = documents
        self.line_documents = line_documents
        """The documents imported from two line-aligned files: their new version is two files."""

    def title_text(self) -> str:
        return _("Update a document from a new version")

    def fields(self) -> ComposeResult:
        yield Label(_("The document to update"))
        yield FittedSelect([(literal(name), name) for name in self.documents], value=self.documents[0], allow_blank=False,
                           id="document")
        yield Label(_("Its new version: the revised text, or a TMX, TSV or XLIFF file delivered again"))
        yield Input(id="path")
        if self.line_documents:
            yield Label(_("Its new Russian, for a document imported line by line"))
            yield Input(id="translation")
        yield Label(_("Encoding (optional; detected when empty)"))
        yield Input(placeholder="cp1251", id="encoding")

    def result(self) -> UpdateRequest:
        text = self.query_one("#path", Input).value
        if not text.strip():
            raise ValueError(_("Name the file of the new version."))
        path = _expand(text)
        if not path.is_file():
            raise ValueError(_("No such file: {path}").format(path=path))
        document = str(self.query_one("#document", FittedSelect).value)
        encoding = self.query_one("#encoding", Input).value.strip() or None
        if document not in self.line_documents:
            return UpdateRequest(path, document, encoding)
        given = self.query_one("#translation", Input).value
        if not given.strip():
            raise ValueError(_("{name} was imported line by line: name its new Russian file too.").format(name=document))
        translation = _expand(given)
        if not translation.is_file():
            raise ValueError(_("No such file: {path}").format(path=translation))
        return UpdateRequest(path, document, encoding, translation)


class MemoryImportModal(FormModal):
    """A memory file (TMX or TSV) and, optionally, the memory's name."""

    def title_text(self) -> str:
        return _("Import into the translation memory")

    def fields(self) -> ComposeResult:
        yield Label(_("TMX or TSV file"))
        yield Input(id="path")
        yield Label(_("Memory name (optional; the file's name when empty)"))
        yield Input(id="name")

    def result(self) -> MemoryImportRequest:
        text = self.query_one("#path", Input).value
        if not text.strip():
            raise ValueError(_("Name the file to import."))
        path = _expand(text)
        if not path.is_file():
            raise ValueError(_("No such file: {path}").format(path=path))
        return MemoryImportRequest(path, self.query_one("#name", Input).value.strip() or None)


def _termbase_path(text: str) -> Path:
    """The termbase file named in a field, or ValueError with the message to show under it."""
    if not text.strip():
        raise ValueError(_("Name the file."))
    path = _expand(text)
    if path.suffix.lower() not in TERMBASE_SUFFIXES:
        raise ValueError(_("{name}: a termbase file ends in .tbx, .csv or .tsv").format(name=path.name))
    return path


class TermImportModal(FormModal):
    """A client's termbase file (TBX, CSV or TSV) and, optionally, an id prefix: `term import` in the
    termbase view, which had no way in but the command line (session 27)."""

    def title_text(self) -> str:
        return _("Import a termbase file")

    def fields(self) -> ComposeResult:
        yield Label(_("TBX, CSV or TSV file (a concept of the same id is replaced)"))
        yield Input(id="path")
        yield Label(_("Id prefix (optional; for a second tool's file whose ids clash: c1, e001)"))
        yield Input(id="prefix")

    def result(self) -> TermImportRequest:
        path = _termbase_path(self.query_one("#path", Input).value)
        if not path.is_file():
            raise ValueError(_("No such file: {path}").format(path=path))
        return TermImportRequest(path, self.query_one("#prefix", Input).value.strip())


class TermExportModal(FormModal):
    """Where to write every concept the project uses, prefilled with a TBX in the project folder;
    the extension chooses the format, as `term export`'s does."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def title_text(self) -> str:
        return _("Export the termbase")

    def fields(self) -> ComposeResult:
        yield Label(_("File (full path): .tbx (TBX v2, which OmegaT, Trados and memoQ read), .csv or .tsv"))
        yield Input(value=str(self.path), id="path")

    def result(self) -> Path:
        path = _termbase_path(self.query_one("#path", Input).value)
        if not path.parent.is_dir():
            raise ValueError(_("No such folder: {path}").format(path=path.parent))
        return path


class MemoryReplaceModal(FormModal):
    """What to find in the imported memories' targets and what to put in its place (a
    `ReplaceQuery`): exact text keeps its case, as `memory replace` does; any inflected form
    matches every capital and gives each match the replacement in its own case and number."""

    MODES = (("plain", N_("exact text")), ("regex", N_("regular expression")), ("forms", N_("any inflected form")))

    def title_text(self) -> str:
        return _("Replace in the imported memories")

    def fields(self) -> ComposeResult:
        yield Label(_("Find"))
        yield Input(id="find")
        yield Label(_("Replace with"))
        yield Input(id="replacement")
        with Horizontal(classes="form-row"):
            yield FittedSelect([(_(label), mode) for mode, label in self.MODES], value="plain", allow_blank=False,
                               id="mode")
            yield Checkbox(_("whole word"), id="whole")

    def result(self) -> ReplaceQuery:
        from workbench.core.editing import ReplaceQuery

        find = self.query_one("#find", Input).value
        replacement = self.query_one("#replacement", Input).value
        if not find.strip():
            raise ValueError(_("Type the text to find."))
        mode = self.query_one("#mode", Select).value
        return ReplaceQuery(find, replacement, mode, self.query_one("#whole", Checkbox).value,  # type: ignore[arg-type]
                            case_sensitive=mode != "forms")


EXTENSIONS = {"tmx": ".tmx", "tmx-all": ".tmx", "memory": ".tmx", "tsv": ".tsv", "text": ".txt", "xliff": ".xlf"}
"""The file extension each export format's name follows; every choice of the format list has one."""


class ExportModal(FormModal):
    """Format, file (prefilled with a full path in the project folder), and whether drafts go too."""

    def __init__(self, folder: Path, name: str) -> None:
        super().__init__()
        self.folder = folder
        self.file_stem = name

    def _default_path(self, chosen: str) -> Path:
        return self.folder / f"{self.file_stem}{EXTENSIONS[chosen]}"

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        """A name still ending in another format's extension follows the format."""
        field = self.query_one("#path", Input)
        path = Path(field.value.strip())
        if path.suffix in EXTENSIONS.values():
            field.value = str(path.with_suffix(EXTENSIONS[str(event.value)]))

    def title_text(self) -> str:
        return _("Export the project")

    def fields(self) -> ComposeResult:
        yield Label(_("Format"))
        yield Select(
            [
                (_("TMX: translated and reviewed pairs"), "tmx"),
                (_("TMX: every pair with a translation, drafts too"), "tmx-all"),
                (_("TSV bitext"), "tsv"),
                (_("Translated text"), "text"),
                (_("XLIFF: the imported file filled in, or a new one"), "xliff"),
                (_("TMX: every translation memory, each pair once"), "memory"),
            ],
            value="tmx",
            allow_blank=False,
            id="format",
        )
        yield Label(_("File (full path)"))
        yield Input(value=str(self._default_path("tmx")), id="path")

    def result(self) -> ExportRequest:
        chosen = str(self.query_one("#format", Select).value)
        text = self.query_one("#path", Input).value
        if not text.strip():
            raise ValueError(_("Name the file to write."))
        path = _expand(text)
        if not path.parent.is_dir():
            raise ValueError(_("No such folder: {path}").format(path=path.parent))
        return ExportRequest(chosen.removesuffix("-all"), path, chosen.endswith("-all"))


class OpenProjectModal(FormModal):
    """A project folder to open."""

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start

    def title_text(self) -> str:
        return _("Open a project")

    def fields(self) -> ComposeResult:
        yield Label(_("Project folder"))
        yield Input(value=str(self.start), id="folder")

    def result(self) -> Path:
        folder = _expand(self.query_one("#folder", Input).value)
        if not folder.is_dir():
            raise ValueError(_("No such folder: {path}").format(path=folder))
        return folder
