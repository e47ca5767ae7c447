"""The Russian interface: a complete, compiled catalogue with correct plurals, used when LANG asks."""

from __future__ import annotations

import ast
import gettext
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from tui_helpers import build_project

from workbench.tui.i18n import DOMAIN, LOCALE_DIR, load_translation

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "workbench" / "tui"
SPEAKING = (ROOT / "workbench", ROOT / "termbase")
"""Every package whose messages can reach the interface: the TUI marks its strings with `_`/`ngettext`,
the core, the formats and the termbase library word their errors and finding messages with `N_`,
`phrase`, `worded` (see `workbench.wording`); the CLI prints the English rendering."""
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "phrase": None, "worded": None,
            "phrase_n": (1, 2), "worded_n": (1, 2)}
"""How the code marks its msgids (plural forms by their singular)."""
PO = LOCALE_DIR / "ru" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"\{(\w*)(?:![rsa])?(?::[^{}]*)?\}")


def catalogue():  # type: ignore[no-untyped-def]
    with PO.open("rb") as handle:
        return read_po(handle)


def code_messages() -> set[str]:
    """Every msgid marked anywhere in `workbench/` and `termbase/` (singular form for plurals)."""
    found = set()
    for root in SPEAKING:
        for _filename, _lineno, message, _comments, _context in extract_from_dir(str(root), keywords=KEYWORDS):
            found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_interface_string_has_a_russian_translation() -> None:
    translated = {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalogue() if m.id and m.string}
    missing = sorted(code_messages() - translated)
    assert missing == [], f"untranslated: {missing}"


def test_no_translation_is_fuzzy_or_loses_a_placeholder() -> None:
    for message in catalogue():
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == wanted, (message.id, string)


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    """`pybabel compile -d workbench/locale -D workbench` was run after the last .po edit."""
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalogue():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            for count, form in ((1, 0), (3, 1), (7, 2)):
                assert compiled.ngettext(message.id[0], message.id[1], count) == message.string[form]
        else:
            assert compiled.gettext(message.id) == message.string


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 сегмент"), (2, "2 сегмента"), (4, "4 сегмента"), (5, "5 сегментов"), (11, "11 сегментов"),
     (21, "21 сегмент"), (22, "22 сегмента"), (112, "112 сегментов")],
)
def test_russian_plurals(count: int, expected: str) -> None:
    russian = load_translation(["ru"])
    assert russian.ngettext("{count} segment", "{count} segments", count).format(count=count) == expected


def test_english_is_the_fallback() -> None:
    english = load_translation(["de"])
    assert english.ngettext("{count} segment", "{count} segments", 1).format(count=1) == "1 segment"


SCRIPT = """
import asyncio, io, json, sys
from pathlib import Path
from rich.console import Console
from textual.widgets import Static
from workbench.tui.app import make_app

def text_of(widget):
    console = Console(width=110, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.file.getvalue()

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts = [str(w.render()) for w in app.screen.query(Static)]
        texts += [command.title for command in app.get_system_commands(app.screen)]
        await pilot.press("f1")
        await pilot.pause()
        texts += [text_of(w) for w in app.screen.query(".help-group")]
        texts += [str(w.render()) for w in app.screen.query("#help-title")]
    print(json.dumps(texts, ensure_ascii=False))

asyncio.run(main())
"""


def test_the_interface_speaks_russian_when_lang_asks(tmp_path: Path) -> None:
    path = build_project(tmp_path / "clubs")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shown = "\n".join(json.loads(result.stdout))
    assert "8 сегментов, подтверждено 12%" in shown
    assert "Проект" in shown and "Перевод" in shown
    assert "Клавиши и команды" in shown
    assert "проект: импорт документов" in shown
    assert "сегмент: подтвердить" in shown and "Редактор перевода" in shown


def test_finding_messages_speak_russian_with_plurals(tmp_path: Path) -> None:
    """Every finding the checks word on the sample pairs is said in Russian, placeholders filled."""
    from workbench.core.checks.project_checks import check_project
    from workbench.core.project.store import Project

    russian = load_translation(["ru"])
    with Project.open(build_project(tmp_path / "clubs")) as project:
        findings = check_project(project)
    worded = [f for f in findings if f.wording is not None]
    assert {f.check for f in worded} >= {"term-missing", "number-mismatch", "alignment-low-confidence"}
    for finding in worded:
        said = finding.message_in(russian.gettext, russian.ngettext)
        assert said != finding.message and re.search("[а-яё]", said), (finding.check, said)
        assert "{" not in said
    number = next(f for f in worded if f.check == "number-mismatch")
    said = number.message_in(russian.gettext, russian.ngettext)
    assert "в оригинале" in said or "в переводе" in said, said


def test_plural_phrases_in_finding_messages() -> None:
    from workbench.wording import segments_phrase

    russian = load_translation(["ru"])
    assert segments_phrase([3]).render() == "segment 3"
    assert segments_phrase([3, 5]).render() == "segments 3, 5"
    assert segments_phrase([3, 5]).render(russian.gettext, russian.ngettext) == "сегменты 3, 5"
    assert segments_phrase(list(range(1, 8))).render() == "segments 1, 2, 3, 4, 5 and 2 more"


def test_a_count_decides_the_form_of_a_finding_message() -> None:
    from workbench.wording import worded_n

    russian = load_translation(["ru"])
    for count, english, said in ((1, "Number 5 in the source", "Число 5 из оригинала"),
                                 (2, "Numbers 5, 7 in the source", "Числа 5, 7 из оригинала")):
        shown = "5" if count == 1 else "5, 7"
        worded = worded_n("Number {numbers} in the source not found in the target.",
                          "Numbers {numbers} in the source not found in the target.", count, numbers=shown)
        assert worded["message"].startswith(english)
        assert worded["wording"].render(russian.gettext, russian.ngettext).startswith(said)


def test_stored_ocr_messages_are_worded_again() -> None:
    """The OCR finding messages cleanup stores keep the shape the TUI re-words them from."""
    from workbench.core.checks.stored import OCR_MESSAGE, OCR_REASONS
    from workbench.core.ingest.suspects import find_ocr_suspects

    russian = load_translation(["ru"])
    found = find_ocr_suspects("The bou_rgeois clubs and the W0rkers met one rnorning with a handkercbief "
                              "and the vvorkers.", "en")
    assert len(found) == 5 and all(OCR_MESSAGE.fullmatch(f.message) for f in found)
    assert {OCR_MESSAGE.fullmatch(f.message)["reason"] for f in found} <= set(OCR_REASONS)
    assert russian.gettext("a stray symbol inside a word") != "a stray symbol inside a word"
    assert all(russian.gettext(reason) != reason for reason in OCR_REASONS)


def test_a_refused_edit_is_said_in_the_interface_language() -> None:
    from workbench.errors import InputError, WordedError
    from workbench.wording import N_, phrase

    russian = load_translation(["ru"])
    error = WordedError(phrase(N_("no segment with id {id}"), id=7))
    assert isinstance(error, InputError) and str(error) == "no segment with id 7"
    assert error.wording.render(russian.gettext, russian.ngettext) == "нет сегмента с номером 7"


ERRORS_SCRIPT = """
import asyncio, json, sys
from pathlib import Path
from textual.widgets import Input
from workbench.tui.app import make_app

SEEN = []

async def wait_for(app, pilot, part):
    # A notification expires after a few seconds, so each one is kept as soon as it shows.
    for _ in range(600):
        await pilot.pause(0.1)
        said = [str(n.message) for n in app._notifications]
        if any(part in text for text in said):
            SEEN.extend(text for text in said if text not in SEEN)
            return

async def fill(pilot, app, values):
    first = next(iter(values))
    for _ in range(600):
        await pilot.pause(0.1)
        if app.screen.query(first):
            break
    for field, value in values.items():
        app.screen.query_one(field, Input).value = value
    await pilot.click("#ok")

async def main():
    project, stranger, binary = (Path(a) for a in sys.argv[1:4])
    app = make_app(project)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("f2")
        await pilot.press("o")
        await fill(pilot, app, {"#folder": str(stranger)})
        await wait_for(app, pilot, str(stranger))
        await pilot.press("i")
        await fill(pilot, app, {"#source": str(binary)})
        await wait_for(app, pilot, binary.name)
        await pilot.press("x")
        await fill(pilot, app, {"#path": str(project / "project.db")})
        await wait_for(app, pilot, "project.db")
        print(json.dumps(SEEN, ensure_ascii=False))

asyncio.run(main())
"""


def test_core_errors_reach_the_russian_interface_in_russian(tmp_path: Path) -> None:
    """Opening a folder that is no project, importing a binary file and exporting over the project's
    own database fail in the core; the Russian TUI says why in Russian (the CLI keeps English)."""
    path = build_project(tmp_path / "clubs")
    stranger = tmp_path / "not-a-project"
    stranger.mkdir()
    binary = tmp_path / "picture.en.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, "-c", ERRORS_SCRIPT, str(path), str(stranger), str(binary)],
        env=env, capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    said = json.loads(result.stdout)
    assert any(f"{stranger} — не проект workbench (нет project.toml)" in text for text in said), said
    assert any(f"{binary}: похоже на двоичный файл" in text for text in said), said
    assert any("project.db: это один из файлов самого проекта" in text for text in said), said
    assert not any("is not a workbench project" in text or "looks like a binary" in text for text in said), said


def test_core_errors_keep_their_english_text_and_type() -> None:
    """The CLI prints `str(error)` and picks the exit code by type: both as before."""
    from workbench.core.project import Project
    from workbench.errors import InputError, ProjectError

    russian = load_translation(["ru"])
    with pytest.raises(ProjectError) as raised:
        Project.open(Path("/nonexistent/folder"))
    assert str(raised.value) == "/nonexistent/folder does not exist or is not a folder"
    assert raised.value.wording.render(russian.gettext, russian.ngettext) == (
        "/nonexistent/folder не существует или не является папкой"
    )
    assert type(InputError.worded("{path}: no such file", path="a.txt")) is InputError


def test_termbase_errors_are_worded_for_the_tui() -> None:
    """termbase never imports workbench, but its errors carry their msgid the same way."""
    from termbase.errors import TermbaseError
    from termbase.model import Term
    from workbench.tui.i18n import error_message

    russian = load_translation(["ru"])
    with pytest.raises(TermbaseError) as raised:
        Term("   ", "ru")
    assert str(raised.value) == "a term needs some text" == error_message(raised.value)
    assert raised.value.wording is not None
    assert raised.value.wording.render(russian.gettext, russian.ngettext) == "у термина должен быть текст"


def _user_error_names() -> set[str]:
    """Every error class a user can cause (shown as one line by the CLI and said by the TUI): the
    subclasses of `WorkbenchError` and `TermbaseError`, read from the code, however deep."""
    bases: dict[str, set[str]] = {}
    for root in SPEAKING:
        for path in root.rglob("*.py"):
            for klass in (n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ClassDef)):
                bases.setdefault(klass.name, set()).update(
                    b.id if isinstance(b, ast.Name) else b.attr for b in klass.bases if isinstance(b, (ast.Name, ast.Attribute)))
    names = {"WorkbenchError", "TermbaseError"}
    while grown := {name for name, parents in bases.items() if parents & names} - names:
        names |= grown
    return names


def _is_text(node: ast.expr) -> bool:
    """A message written in the code: a string, an f-string, or one joined with `+` or `%`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _called_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def unworded_errors(root: Path, error_names: set[str]) -> list[str]:
    """`raise InputError(f"...")` and `super().__init__("...")` in a user error: English-only messages.

    A user error says its message as `SomeError.worded(N_("{path}: ..."), path=path)` (or a
    `Wording`), so the TUI can say it in the interface language."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for klass in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in error_names):
            for call in (n for n in ast.walk(klass) if isinstance(n, ast.Call)):
                if _called_name(call) == "__init__" and call.args and _is_text(call.args[0]):
                    found.append(f"{path.relative_to(root)}:{call.lineno}: {klass.name}: {ast.unparse(call.args[0])[:70]}")
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if _called_name(call) in error_names and call.args and _is_text(call.args[0]):
                found.append(f"{path.relative_to(root)}:{call.lineno}: {ast.unparse(call.args[0])[:70]}")
    return found


def test_user_errors_are_worded_for_translation() -> None:
    """A new English-only error message in the core, the formats, the TUI or the termbase library fails
    here; with `test_every_interface_string_has_a_russian_translation` each one is also in Russian."""
    names = _user_error_names()
    assert {"InputError", "ProjectError", "TermbaseError", "TeamLoginError", "SchemaError", "StaleEdit"} <= names
    found = [line for root in SPEAKING for line in unworded_errors(root, names)]
    assert found == [], "\n".join(found)


def test_the_check_finds_an_english_only_error(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(
        'class MyError(InputError):\n    def __init__(self, n):\n        super().__init__(f"bad {n}")\n'
        'def f(path):\n    raise InputError(f"{path}: no such file")\n'
        'def g(path):\n    raise InputError.worded(N_("{path}: no such file"), path=path)\n'
        'def h(n):\n    raise ProjectError("the " + n)\n', encoding="utf-8")
    found = unworded_errors(tmp_path, {"InputError", "ProjectError", "MyError"})
    assert [line.split(":")[1] for line in found] == ["3", "5", "9"], found


SHOWN_CALLS = {"notify", "Static", "Label", "Button", "update", "Text", "append", "ChoiceModal", "Option",
               "add_row", "add_column", "write", "error", "Checkbox", "RadioButton", "Switch", "TabPane", "Tab",
               "Collapsible", "Input", "Markdown", "from_markup", "assemble"}
"""Calls whose first argument the TUI shows."""
SHOWN_KEYWORDS = {"placeholder", "title", "tooltip", "description", "help", "message", "note", "label",
                  "border_title", "sub_title", "prompt"}
SHOWN_ATTRIBUTES = {"title", "sub_title", "border_title", "border_subtitle", "tooltip", "placeholder"}
NOT_WORDS = {"workers-clubs.en.txt", "workers-clubs.ru.txt", "cp1251", "EN  ", "RU  "}
"""Literals the TUI shows that are not language: example file names, an encoding, language codes."""
WORD = re.compile(r"[A-Za-z]{2,}")


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value not in NOT_WORDS and WORD.search(node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(value) for value in node.values if isinstance(value, ast.Constant))
    return isinstance(node, ast.BinOp) and (_has_words(node.left) or _has_words(node.right))


def unmarked_tui_text(root: Path) -> list[str]:
    """Words the TUI shows (a notification, a label, a title, a placeholder) not passed through `_`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                shown = [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
                if _called_name(node) in SHOWN_CALLS:
                    shown += node.args[:1]
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Attribute) and t.attr in SHOWN_ATTRIBUTES for t in node.targets):
                shown = [node.value]
            else:
                continue
            found += [f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(v)[:70]}" for v in shown if _has_words(v)]
    return found


def test_the_tui_shows_no_unmarked_words() -> None:
    assert unmarked_tui_text(TUI) == []


def test_the_check_finds_unmarked_tui_words(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        'def f(self, n):\n    self.notify(f"Saved {n} segments")\n    self.notify(_("Saved"))\n'
        '    self.title = "Project"\n    yield Input(placeholder="file name")\n    yield Static(name)\n',
        encoding="utf-8")
    assert sorted(line.split(":")[1] for line in unmarked_tui_text(tmp_path)) == ["2", "4", "5"]


OWN_WORDS = {"comments.py"}
"""Checks whose finding message is the user's own text (a comment), not ours to translate."""


def unworded_findings(root: Path) -> list[str]:
    """`Finding(..., "English text")` without its `wording` (`**worded(N_(...))`): said in English only."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name in OWN_WORDS:
            continue
        for call in (n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)):
            if _called_name(call) == "Finding" and not any(k.arg in (None, "wording") for k in call.keywords):
                found.append(f"{path.relative_to(root)}:{call.lineno}: {ast.unparse(call)[:90]}")
    return found


def test_every_finding_message_is_worded() -> None:
    assert unworded_findings(ROOT / "workbench" / "core" / "checks") == []


def test_the_check_finds_an_unworded_finding(tmp_path: Path) -> None:
    (tmp_path / "check.py").write_text(
        'def run(p):\n    yield Finding(p, "x", "warning", f"A word twice: {w}.")\n'
        '    yield Finding(p, "x", "warning", **worded(N_("A word twice: {w}."), w=w))\n', encoding="utf-8")
    assert [line.split(":")[1] for line in unworded_findings(tmp_path)] == ["2"]


def test_new_finding_messages_speak_russian() -> None:
    """The spacing, pairs, repeated words, capitals, addresses, English fragments and tags checks."""
    from workbench.core.checks.literals import _addresses, _fragments
    from workbench.core.checks.typography import (
        NUMERO_SPACED_HERE,
        _capitalisation,
        _repeated_words,
        _spacing,
        _unpaired_in,
    )

    russian = load_translation(["ru"])
    findings = [
        *_spacing(1, "It grew. Then", "Он рос.Потом № 5 и №5", {}),
        *_spacing(1, "No. 5", "№5", {}, numero=NUMERO_SPACED_HERE),
        *_unpaired_in(1, "a (b) c", [("(", 2)], "а (б в"),
        *_repeated_words(1, "the club", "в в клубе"),
        *_capitalisation(1, "The club", "клуб"),
        *_addresses(1, "see a@b.org", "см. c@d.org", "ru", "en"),
        *_fragments(1, "The club movement grew fast", "Клубное движение росло быстро, movement and growth", "ru", (), 0),
    ]
    assert len(findings) == 7, [f.message for f in findings]
    for finding in findings:
        said = finding.message_in(russian.gettext, russian.ngettext)
        assert said != finding.message and "{" not in said, (finding.check, said)
        assert not re.search(r"\b(the|in|translation|source|target|space|word)\b", said), (finding.check, said)


def test_the_filter_bar_speaks_the_interface_language() -> None:
    """The filter the grid's bar names (status, severity, text, side, case) said in Russian."""
    from workbench.core.navigation.filters import SegmentFilter, TextQuery
    from workbench.core.project import SegmentStatus

    russian = load_translation(["ru"])
    chosen = SegmentFilter(statuses=frozenset({SegmentStatus.DRAFT, SegmentStatus.TRANSLATED}),
                           severities=frozenset({"error"}), confidence_below=0.5,
                           text=TextQuery("клуб", mode="forms", side="target", case_sensitive=True))
    assert chosen.describe() == ("status draft|translated · severity error · text «клуб» in any form · in the target"
                                 " · case-sensitive · confidence < 0.5")
    said = " · ".join(part.render(russian.gettext, russian.ngettext) for part in chosen.described())
    assert said == ("статус черновик|переведён · важность ошибка · текст «клуб» в любой форме · в переводе"
                    " · с учётом регистра · уверенность < 0.5")


def test_common_system_refusals_are_said_in_the_interface_language(monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from workbench.tui import i18n

    monkeypatch.setattr(i18n, "_translation", load_translation(["ru"]))
    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/out.tmx")
    assert i18n.error_message(denied) == "/srv/out.tmx: нет прав доступа"
    assert i18n.error_message(OSError(errno.ENOSPC, "No space left on device")) == "на диске не осталось места"
    assert i18n.error_message(OSError(errno.EIO, "Input/output error")) == "[Errno 5] Input/output error"


def _journal_actions() -> set[str]:
    """The action names the core writes into the undo journal (literals and `ACTION` constants)."""
    found: set[str] = set()
    for path in (ROOT / "workbench" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) in ("_record", "_bulk", "apply_changes", "set_targets"):
                values = [*node.args[1:2], *(k.value for k in node.keywords if k.arg == "action")]
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "ACTION" for t in node.targets):
                values = [node.value]
            elif isinstance(node, ast.FunctionDef) and node.name == "set_targets":
                values = [d for d in node.args.defaults if isinstance(d, ast.Constant)]
            else:
                continue
            for value in values:
                candidates = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
                for candidate in candidates:
                    if isinstance(candidate, ast.Constant) and isinstance(candidate.value, str):
                        found.add(candidate.value)
                    elif isinstance(candidate, ast.JoinedStr) and isinstance(candidate.values[0], ast.Constant):
                        found.add(candidate.values[0].value)  # `set-status {status}`: its fixed start
    return found


def test_every_undo_step_has_a_name_in_the_interface_language() -> None:
    """The undo notice and the history list name the step ("Undone: merge of pairs 14–15"); a journal
    action without a name would show its raw id (`pretranslate`) in any language."""
    from workbench.tui.screens.base import EDIT_NAMES

    actions = _journal_actions()
    assert {"merge", "split", "set-target", "lock-pairs", "mark-translated", "replace", "pretranslate"} <= actions
    unnamed = sorted(a for a in actions if not any(a.startswith(prefix) for prefix in EDIT_NAMES))
    assert unnamed == []


def test_the_cli_says_a_user_error_in_the_interface_language(tmp_path: Path) -> None:
    """stderr follows LANG like the TUI (stdout and JSON stay English); the exit code is 2 either way."""
    rules = build_project(tmp_path / "clubs")
    (rules / "rules.toml").write_text('[[rule]]\nid = "x"\nbogus = 1\n', encoding="utf-8")
    said = {}
    for lang in ("ru_RU.UTF-8", "C.UTF-8"):
        env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
        result = subprocess.run([sys.executable, "-m", "workbench", "check", str(rules)], env=env,
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 2, result.stderr
        said[lang] = result.stderr.strip()
    assert said["ru_RU.UTF-8"] == "workbench: error: rules.toml: правило x: неизвестный ключ bogus"
    assert said["C.UTF-8"] == "workbench: error: rules.toml: rule x: unknown key bogus"
