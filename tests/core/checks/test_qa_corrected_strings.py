"""The corrected-strings set is read as it was frozen: four translations' histories walked commit by
commit (a launcher's PO catalogue, an app's Android strings, a web app's JSON locale file, a game's
object strings that name their English), a string whose Russian a later commit changed under the
same English taken as it stood before, unchanged strings of the same files beside it, each file
version refused unless it hashes as frozen; the committed file holding the pairs and labels its
docstring counts, unchanged since it was labelled; and the set scored apart by the QA accuracy bench.
The checks run only on made-up repositories here: the real set is held out, and is only loaded,
where the mirror keeps it, to see that every frozen pair is still the text its label was read on
(`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_corrected_strings, qa_fixed_translations
from bench.align_heldout import TextsAbsent
from bench.qa_fixed_translations import Catalogue, keyed_pairs
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

_FROZEN_SHA256 = "835d604aa0d12b33173deed6372053084779c70139b5a554dd30a5a863e3e286"

_EN_LOCALE = json.dumps({"labels": {"paste": "Paste as plain text", "selectAll": "Select all items",
                                    "madeWith": "Made with Excalidraw"},
                         "toolBar": {"hand": "Hand (panning tool)"}, "lone": "Not in the Russian file"})


def _ru_locale(made_with: str, paste: str = "Вставить как обычный текст") -> str:
    """The web app's Russian locale: a nested key, one left empty (the app shows the English)."""
    return json.dumps({"labels": {"paste": paste, "selectAll": "Выбрать всё", "madeWith": made_with},
                       "toolBar": {"hand": "Рука (перемещение холста)", "empty": ""}})


def _objects(name: str, description: str = "Маленькие лодочки.") -> str:
    """A game's object strings, each English beside its Russian; an object left in English."""
    return json.dumps({
        "rct.ride.boats": {"reference-name": "Bumper Boats", "name": name,
                           "reference-description": "Small circular dinghies with a motor",
                           "description": description},
        "rct.ride.cars": {"reference-name": "Vintage Cars", "name": "Ретрокары"},
        "rct.ride.cups": {"reference-name": "Tea Cups Ride", "name": "Чашки"},
        "rct.wall.post": {"reference-name": "Wooden Post Wall", "name": "Wooden Post Wall"}})


_EN_STRINGS = ('<resources>\n  <string name="share">Share Link Here</string>\n'
               '  <string name="queue">Clear the queue now</string>\n'
               '  <string name="theme">Select the theme</string>\n</resources>\n')
_RU_STRINGS = ('<resources>\n  <string name="share">{share}</string>\n'
               '  <string name="queue">Очистить очередь</string>\n'
               '  <string name="theme">Выбрать тему</string>\n</resources>\n')
_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
       'msgid "Sort Ascending now"\nmsgstr "{sort}"\n\n'
       'msgid "Copy to clipboard"\nmsgstr "Копировать в буфер обмена"\n\n'
       'msgid "Scan a folder for games"\nmsgstr "Сканировать папку на наличие игр"\n')


def _history(root: Path, pasted: str = "Вставить как текст") -> tuple[Catalogue, ...]:
    """Four made-up repositories of two commits each, the second correcting one Russian string of
    each (the web app's also fills its empty one, which is no correction); the catalogues pointed
    at them, read up to the second commit."""
    before = {"launcher": {"po/ru.po": _PO.format(sort="Сортировать по возрастанию")},
              "podcasts": {"app/res/values/strings.xml": _EN_STRINGS,
                           "app/res/values-ru/strings.xml": _RU_STRINGS.format(share="Поделиться ссылкой на сайт")},
              "drawing": {"src/locales/en.json": _EN_LOCALE,
                          "src/locales/ru-RU.json": _ru_locale("Сделано в Excalidraw", pasted)},
              "park": {"objects/ru-RU.json": _objects("Горки с 4м измерением")}}
    after = {"launcher": {"po/ru.po": _PO.format(sort="Упорядочивать по возрастанию")},
             "podcasts": {"app/res/values-ru/strings.xml": _RU_STRINGS.format(share="Поделиться ссылкой")},
             "drawing": {"src/locales/ru-RU.json": _ru_locale("Сделано в Excalidraw")},
             "park": {"objects/ru-RU.json": _objects("Лодки-бамперы")}}
    heads = {}
    for name in before:
        mirrored_files(root, f"example/{name}", before[name])
        heads[name] = mirrored_files(root, f"example/{name}", after[name])
    return (Catalogue("lutris", "example/launcher", "po/ru.po", "po", heads["launcher"]),
            Catalogue("antennapod", "example/podcasts", "*/values-ru/*.xml", "android", heads["podcasts"]),
            Catalogue("excalidraw", "example/drawing", "*/locales/ru-RU.json", "json", heads["drawing"]),
            Catalogue("openrct2", "example/park", "objects/ru-RU.json", "referenced", heads["park"]))


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Catalogue, ...]:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    made_up = _history(tmp_path / "mirror")
    monkeypatch.setattr(qa_corrected_strings, "CATALOGUES", made_up)
    return made_up


def test_locale_files_are_keyed_by_their_publishers_structure() -> None:
    """A JSON locale file by its keys, nested ones joined by dots, where the English file has the
    key too (an empty Russian string is none: the app shows the English); a file of objects by the
    object and field, its English the field's ``reference-`` twin in the same file."""
    assert keyed_pairs("json", _ru_locale("Сделано в Excalidraw").encode(), _EN_LOCALE.encode()) == [
        ("labels.paste", "Paste as plain text", "Вставить как обычный текст"),
        ("labels.selectAll", "Select all items", "Выбрать всё"),
        ("labels.madeWith", "Made with Excalidraw", "Сделано в Excalidraw"),
        ("toolBar.hand", "Hand (panning tool)", "Рука (перемещение холста)")]
    assert keyed_pairs("json", b"{not json", _EN_LOCALE.encode()) == []
    objects = keyed_pairs("referenced", _objects("Лодки").encode(), None)
    assert objects[:3] == [("rct.ride.boats.reference-name", "Bumper Boats", "Лодки"),
                           ("rct.ride.boats.reference-description", "Small circular dinghies with a motor",
                            "Маленькие лодочки."),
                           ("rct.ride.cars.reference-name", "Vintage Cars", "Ретрокары")]
    assert qa_fixed_translations.english_path("json", "packages/app/locales/ru-RU.json") == "packages/app/locales/en.json"


def test_a_correction_of_a_locale_file_is_taken_as_it_stood_before(catalogues: tuple[Catalogue, ...]) -> None:
    """The JSON string whose Russian a commit changed is the corrected pair; the empty string it
    filled is no correction (no reader saw it), nor a pair at all."""
    (fixed,), unchanged = qa_fixed_translations.scan(catalogues[2])
    assert fixed["page"].startswith("excalidraw/src/locales/ru-RU.json@") and fixed["key"] == "labels.paste"
    assert fixed["fixed_by"] == catalogues[2].head
    assert [u["key"] for u in unchanged] == ["labels.selectAll", "labels.madeWith", "toolBar.hand"]
    (object_fix,), _ = qa_fixed_translations.scan(catalogues[3])
    assert object_fix["key"] == "rct.ride.boats.reference-name"


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """One corrected pair and two unchanged ones of each made-up repository, as `build` draws them,
    written where the set reads them."""
    frozen = draw_frozen(qa_corrected_strings, data, {"lutris": 1, "antennapod": 1, "excalidraw": 1, "openrct2": 1},
                         monkeypatch)
    write_frozen(qa_corrected_strings, frozen)
    return frozen


def test_the_frozen_selection_loads_its_labels_and_refuses_a_pair_read_otherwise(
        catalogues: tuple[Catalogue, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draw keeps the old Russian of each correction; a label is loaded on its pair; a pair the
    reader now reads otherwise stops the load, and a file version that does not hash as frozen is
    refused."""
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    assert Counter((p["id"].split("/")[0], bool(p["fixed_by"])) for p in frozen["pairs"]) == {
        (group, fixed): 1 + (not fixed) for group in qa_corrected_strings.PAIRS for fixed in (True, False)}
    pages = qa_corrected_strings.pages()
    (boats,) = [b for blocks in pages.values() for b in blocks if b.target == "Горки с 4м измерением"]
    assert boats.source == "Bumper Boats"
    cases = load_labelled(qa_corrected_strings, frozen, boats.page + f"#{boats.index}")
    assert len(cases) == 12 and [c.target for c in cases if c.checks] == ["Горки с 4м измерением"]
    changed = json.loads(qa_corrected_strings.DATA.read_text(encoding="utf-8"))
    changed["versions"][next(iter(changed["versions"]))]["en_sha256"] = "0" * 64
    (tmp_path / "changed.json").write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_corrected_strings.pages(tmp_path / "changed.json")
    read = qa_fixed_translations._json_strings
    monkeypatch.setattr(qa_fixed_translations, "_json_strings",
                        lambda text: {key: value.upper() for key, value in read(text).items()})
    assert_a_changed_block_is_refused(qa_corrected_strings)


def test_the_set_is_scored_apart_by_the_accuracy_bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up repositories
    with one made-up error stand in for the real set, which no test runs the checks on."""
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    doubled = "Вставить вставить как текст"
    monkeypatch.setattr(qa_corrected_strings, "CATALOGUES", _history(tmp_path / "mirror", doubled))
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    drawn = {p["id"] for p in frozen["pairs"]}
    (pair_id,) = [f"{b.page}#{b.index}" for blocks in qa_corrected_strings.pages().values() for b in blocks
                  if b.target == doubled and f"{b.page}#{b.index}" in drawn]
    assert_scored_apart(qa_corrected_strings, frozen, pair_id, "«вставить вставить», made up",
                        "held-out corrected-strings", doubled)


def test_the_committed_set_is_the_one_its_docstring_describes() -> None:
    """399 pairs of the four repositories, a third of them corrected later, labelled as the module
    docstring counts, the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_corrected_strings, _FROZEN_SHA256, 399)
    assert Counter((i.split("/")[0], bool(p["fixed_by"])) for i, p in zip(ids, frozen["pairs"], strict=True)) == {
        ("lutris", True): 35, ("lutris", False): 70, ("antennapod", True): 35, ("antennapod", False): 70,
        ("excalidraw", True): 35, ("excalidraw", False): 70, ("openrct2", True): 28, ("openrct2", False): 56}
    assert all(re.fullmatch(r"(lutris|antennapod|excalidraw|openrct2)/[^@#]+@[0-9a-f]{12}#\d+", i) for i in ids)
    assert len(labelled) == 31
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "punctuation-end": 15, "spacing": 9, "number-mismatch": 3, "untranslated-fragment": 2, "quote-style": 2,
        "capitalisation": 2, "whitespace": 1}
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"lutris": 11, "antennapod": 5, "excalidraw": 4,
                                                                 "openrct2": 11}
    assert sum(1 for p in labelled if p["fixed_by"]) == 17
    assert len(frozen["noted"]) == 25


def test_no_other_qa_set_reads_the_repositories() -> None:
    assert modules_reading(qa_corrected_strings, repos=qa_corrected_strings.REPOS) == []
