"""The fixed-translations set is read as it was frozen: a translation's history walked commit by
commit, a pair whose Russian a later commit changed while its English stayed the same taken as it
stood before, unchanged pairs of the same files beside it, each file version refused unless it
hashes as frozen; the committed file holding the pairs and labels its docstring counts, unchanged
since it was labelled; and the set scored apart by the QA accuracy bench. The checks run only on
made-up repositories here: the real set is held out, and is only loaded, where the mirror keeps
it, to see that every frozen pair is still the text its label was read on
(`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_fixed_translations
from bench.align_heldout import TextsAbsent
from bench.qa_fixed_translations import Catalogue, android_text, keyed_pairs
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    committed_set,
    draw_frozen,
    load_labelled,
    mirrored_files,
    modules_reading,
    write_frozen,
)

_FROZEN_SHA256 = "1fadca8f5456b519fe9c5915788e1accf3f818107dc0c89cdec5a9bec8727a95"

_PO_HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"POT-Creation-Date: 2023-09-08\\n"\n\n')
_COURSE = (
    _PO_HEADER + 'msgid "Welcome to the course"\nmsgstr "Добро пожаловать на курс"\n\n'
    'msgid "Rust is used for a wide range of devices:"\nmsgstr "Rust используется для широкого спектра устройств:"\n\n'
    '#, fuzzy\nmsgid "Day 2: Afternoon"\nmsgstr "День 2: После обеда"\n\n'
    'msgid "Index iteration is not a special syntax."\nmsgstr "Итерация по индексам не является особым синтаксом."\n',
    _PO_HEADER + 'msgid "Welcome to Comprehensive Rust"\nmsgstr "Добро пожаловать в Comprehensive Rust"\n\n'
    'msgid "Rust is used for a wide range of devices:"\nmsgstr "Rust используется для широкого спектра устройств:"\n\n'
    '#, fuzzy\nmsgid "Day 2: Afternoon"\nmsgstr "День 2: Вторая половина дня"\n\n'
    'msgid "Index iteration is not a special syntax."\nmsgstr "Итерация по индексам не является особым синтаксисом."\n',
)
"""A course's catalogue before and after a commit that corrects one message's Russian, replaces
another message (its English changed: a new key, no correction) and changes a fuzzy one (no pair)."""

_EN_PAGE = ("# tar\n\n> Archiving utility.\n> More information: <https://www.gnu.org/software/tar>.\n\n"
            "- [c]reate an archive from files:\n\n`tar cf {{path/to/target.tar}} {{path/to/file1}}`\n\n"
            "- E[x]tract an archive into the current directory:\n\n`tar xf {{path/to/source.tar}}`\n")
_RU_PAGE = ("# tar\n\n> Утилита архивирования.\n> Больше информации: <{url}>.\n\n"
            "- Создать ([c]reate) архив из файлов:\n\n`tar cf {{{{путь/к/целевому.tar}}}} {{{{путь/к/файлу1}}}}`\n\n"
            "- Извлечь (e[x]tract) архив в текущий каталог:\n\n`tar xvf {{{{путь/к/исходному.tar}}}}`\n")
"""A command's help page and its Russian, whose second example's command is not the English's."""

_EN_STRINGS = ('<resources>\n  <string name="copy_url">Copy Link Address</string>\n'
               '  <string name="intro">Over 96% of popular apps track you. \\"Learn more\\"</string>\n'
               '  <string name="settings_title">Privacy Settings Here</string>\n'
               '  <string name="app_name" translatable="false">DuckDuckGo</string>\n'
               '  <string name="only_english">Only in English here</string>\n</resources>\n')
_RU_STRINGS = ('<resources>\n  <string name="copy_url">{copy}</string>\n'
               '  <string name="intro">Более 96\\u0025 популярных приложений следят за вами. \\"Подробнее\\"</string>\n'
               '  <string name="settings_title">{settings}</string>\n'
               '  <string name="app_name" translatable="false">DuckDuckGo</string>\n</resources>\n')
"""An app's strings and their Russian: a string the device shows with an escaped percent sign and
quotes, one not to translate, one not translated."""


def _history(root: Path, settings: str = "Настройки конфиденциальности") -> tuple[Catalogue, ...]:
    """Three made-up repositories of two commits each, the second correcting one Russian string;
    the catalogues pointed at them, read up to the second commit."""
    before = {"course": {"po/ru.po": _COURSE[0]},
              "pages": {"pages/common/tar.md": _EN_PAGE,
                        "pages.ru/common/tar.md": _RU_PAGE.format(url="https://www.gnu.org/software/tar/manual")},
              "app": {"app/res/values/strings.xml": _EN_STRINGS,
                      "app/res/values-ru/strings.xml": _RU_STRINGS.format(copy="Скопировать   адрес ссылки",
                                                                          settings=settings)}}
    after = {"course": {"po/ru.po": _COURSE[1]},
             "pages": {"pages.ru/common/tar.md": _RU_PAGE.format(url="https://www.gnu.org/software/tar")},
             "app": {"app/res/values-ru/strings.xml": _RU_STRINGS.format(copy="Скопировать ссылку",
                                                                         settings=settings)}}
    heads = {}
    for name in before:
        mirrored_files(root, f"example/{name}", before[name])
        heads[name] = mirrored_files(root, f"example/{name}", after[name])
    return (Catalogue("rust", "example/course", "po/ru.po", "po", heads["course"]),
            Catalogue("tldr", "example/pages", "pages.ru/*/*.md", "tldr", heads["pages"]),
            Catalogue("ddg", "example/app", "*/values-ru/*.xml", "android", heads["app"]))


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Catalogue, ...]:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    made_up = _history(tmp_path / "mirror")
    monkeypatch.setattr(qa_fixed_translations, "CATALOGUES", made_up)
    return made_up


def test_a_string_resource_reads_as_the_device_shows_it() -> None:
    """Escapes resolved, unescaped quotes only quoting, whitespace folded outside them."""
    assert android_text(r"Более 96\u0025 x\nи \"y\"") == 'Более 96% x\nи "y"'
    assert android_text('"" Android  x." kept  "') == "Android x. kept  "
    assert android_text(r"  It\'s   fine ") == "It's fine"


def test_each_kind_of_file_is_keyed_by_its_publisher_s_structure() -> None:
    """A PO message by its msgid (a fuzzy one is none); a help page's description lines and the
    examples whose command is the English's; a string by its name where the English has it too."""
    po = keyed_pairs("po", _COURSE[0].encode(), None)
    assert [(key.split("\x04")[1], ru) for key, _, ru in po] == [
        ("Welcome to the course", "Добро пожаловать на курс"),
        ("Rust is used for a wide range of devices:", "Rust используется для широкого спектра устройств:"),
        ("Index iteration is not a special syntax.", "Итерация по индексам не является особым синтаксом.")]
    page = keyed_pairs("tldr", _RU_PAGE.format(url="x").encode(), _EN_PAGE.encode())
    assert [(key, en) for key, en, _ in page] == [
        ("description 0", "Archiving utility."),
        ("description 1", "More information: <https://www.gnu.org/software/tar>."),
        ("example 0", "[c]reate an archive from files:")]
    strings = keyed_pairs("android", _RU_STRINGS.format(copy="a", settings="b").encode(), _EN_STRINGS.encode())
    assert strings == [("copy_url", "Copy Link Address", "a"),
                       ("intro", 'Over 96% of popular apps track you. "Learn more"',
                        'Более 96% популярных приложений следят за вами. "Подробнее"'),
                       ("settings_title", "Privacy Settings Here", "b")]


def test_a_correction_is_taken_as_it_stood_before_with_the_unchanged_pairs_of_its_file(
        catalogues: tuple[Catalogue, ...]) -> None:
    """The Russian a commit changed under the same English is the corrected pair, read at the
    commit before; a message whose English changed too is no correction; the unchanged pairs are
    the newest version's whose Russian no commit changed."""
    changed, unchanged = qa_fixed_translations.scan(catalogues[0])
    (fixed,) = changed
    assert fixed["page"].startswith("rust/po/ru.po@") and fixed["index"] == "2"
    assert fixed["fixed_by"] == catalogues[0].head and fixed["key"].endswith("special syntax.")
    assert [u["key"].split("\x04")[1] for u in unchanged] == ["Welcome to Comprehensive Rust",
                                                              "Rust is used for a wide range of devices:"]
    (page_fix,), _ = qa_fixed_translations.scan(catalogues[1])
    assert page_fix["key"] == "description 1"


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """One corrected pair and two unchanged ones of each made-up repository, as `build` draws them,
    written where the set reads them."""
    frozen = draw_frozen(qa_fixed_translations, data, {"rust": 1, "tldr": 1, "ddg": 1}, monkeypatch)
    write_frozen(qa_fixed_translations, frozen)
    return frozen


def test_the_frozen_selection_loads_its_labels_and_refuses_a_pair_read_otherwise(
        catalogues: tuple[Catalogue, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draw keeps the old Russian of each correction and no text of a PO message (its key is
    a digest); a label is loaded on its pair; a pair the reader now reads otherwise stops the load,
    and a file version that does not hash as frozen is refused."""
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    assert Counter((p["id"].split("/")[0], bool(p["fixed_by"])) for p in frozen["pairs"]) == {
        ("rust", True): 1, ("rust", False): 2, ("tldr", True): 1, ("tldr", False): 2,
        ("ddg", True): 1, ("ddg", False): 2}
    assert all(re.fullmatch(r"msgid sha1:[0-9a-f]{12}", p["key"]) for p in frozen["pairs"] if p["id"].startswith("rust"))
    pages = qa_fixed_translations.pages()
    (copy,) = [b for blocks in pages.values() for b in blocks if b.target == "Скопировать адрес ссылки"]
    assert copy.source == "Copy Link Address"
    cases = load_labelled(qa_fixed_translations, frozen, copy.page + f"#{copy.index}")
    assert len(cases) == 9 and [c.target for c in cases if c.checks] == ["Скопировать адрес ссылки"]
    changed = json.loads(qa_fixed_translations.DATA.read_text(encoding="utf-8"))
    changed["versions"][next(iter(changed["versions"]))]["ru_sha256"] = "0" * 64
    (tmp_path / "changed.json").write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_fixed_translations.pages(tmp_path / "changed.json")
    monkeypatch.setattr(qa_fixed_translations, "android_text", lambda raw: raw.upper())
    assert_a_changed_block_is_refused(qa_fixed_translations)


def test_the_set_is_scored_apart_by_the_accuracy_bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up repositories
    with one made-up error stand in for the real set, which no test runs the checks on."""
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    doubled = "Настройки настройки конфиденциальности"
    monkeypatch.setattr(qa_fixed_translations, "CATALOGUES", _history(tmp_path / "mirror", doubled))
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    drawn = {p["id"] for p in frozen["pairs"]}
    (pair_id,) = [f"{b.page}#{b.index}" for blocks in qa_fixed_translations.pages().values() for b in blocks
                  if b.target == doubled and f"{b.page}#{b.index}" in drawn]
    assert_scored_apart(qa_fixed_translations, frozen, pair_id, "«настройки настройки», made up",
                        "held-out fixed-translations", doubled)


def test_the_committed_set_is_the_one_its_docstring_describes() -> None:
    """324 pairs of the three repositories, a third of them corrected later, labelled as the module
    docstring counts, the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_fixed_translations, _FROZEN_SHA256, 324)
    assert Counter((i.split("/")[0], bool(p["fixed_by"])) for i, p in zip(ids, frozen["pairs"], strict=True)) == {
        ("rust", True): 13, ("rust", False): 26, ("tldr", True): 50, ("tldr", False): 100,
        ("ddg", True): 45, ("ddg", False): 90}
    assert all(re.fullmatch(r"(rust|tldr|ddg)/[^@#]+@[0-9a-f]{12}#\d+", pair_id) for pair_id in ids)
    assert {page.split("/")[0] for page in frozen["versions"]} == {"rust", "tldr", "ddg"}
    assert len(labelled) == 15  # session 46, house rule D21: a space left at an inner line's end
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "punctuation-end": 6, "url-email": 5, "quote-style": 1, "spacing": 2, "whitespace": 1}
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"rust": 2, "tldr": 6, "ddg": 7}
    assert sum(1 for p in labelled if p["fixed_by"]) == 13
    assert len(frozen["noted"]) == 17


def test_no_other_qa_set_reads_the_repositories() -> None:
    assert modules_reading(qa_fixed_translations, repos=qa_fixed_translations.REPOS) == []
