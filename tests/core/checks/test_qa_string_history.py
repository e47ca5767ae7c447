"""The string-history set is read as it was frozen: seven translations' histories walked commit by
commit (two apps' Android strings, five programs' PO catalogues), a string whose Russian a later
commit changed under the same English taken as it stood before, unchanged strings of the same files
beside it, each file version refused unless it hashes as frozen; the committed file holding the pairs
and labels its docstring counts, unchanged since it was labelled; and the set scored apart by the QA
accuracy bench. The checks run only on made-up repositories here: the real set is held out, and is
only loaded, where the mirror keeps it, to see that every frozen pair is still the text its label
was read on (`test_qa_mirrored_sets.py`)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_fixed_translations, qa_string_history
from bench.align_heldout import TextsAbsent
from bench.qa_fixed_translations import Catalogue
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

_FROZEN_SHA256 = "d54783e6f00dcd943eadf363827458af24aec7c7069015df267027c03b11fd47"

_EN_STRINGS = ('<resources>\n  <string name="resume">Resume Downloads</string>\n'
               '  <string name="queue">Clear the queue now</string>\n'
               '  <string name="theme">Select the theme</string>\n</resources>\n')
_RU_STRINGS = ('<resources>\n  <string name="resume">{resume}</string>\n'
               '  <string name="queue">Очистить очередь</string>\n'
               '  <string name="theme">Выбрать тему</string>\n</resources>\n')
_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
       'msgid "Type a name for the new bottle"\nmsgstr "{name}"\n\n'
       'msgid "Copy to clipboard"\nmsgstr "Копировать в буфер обмена"\n\n'
       'msgid "Search for new programs"\nmsgstr "Поиск новых программ"\n')


def _history(root: Path, resumed: str = "Загрузка резюме") -> tuple[Catalogue, ...]:
    """Two made-up repositories of two commits each, the second correcting one Russian string of
    each; the catalogues pointed at them, read up to the second commit."""
    before = {"videos": {"app/res/values/strings.xml": _EN_STRINGS,
                         "app/res/values-ru/strings.xml": _RU_STRINGS.format(resume=resumed)},
              "bottles": {"po/ru.po": _PO.format(name='Введите название для новой \\"бутылки\\"')}}
    after = {"videos": {"app/res/values-ru/strings.xml": _RU_STRINGS.format(resume="Возобновить загрузку")},
             "bottles": {"po/ru.po": _PO.format(name="Введите название для новой «бутылки»")}}
    heads = {}
    for name in before:
        mirrored_files(root, f"example/{name}", before[name])
        heads[name] = mirrored_files(root, f"example/{name}", after[name])
    return (Catalogue("libretube", "example/videos", "app/res/values-ru/strings.xml", "android", heads["videos"]),
            Catalogue("bottles", "example/bottles", "po/ru.po", "po", heads["bottles"]))


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Catalogue, ...]:
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    made_up = _history(tmp_path / "mirror")
    monkeypatch.setattr(qa_string_history, "CATALOGUES", made_up)
    return made_up


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """One corrected pair and two unchanged ones of each made-up repository, as `build` draws them,
    written where the set reads them."""
    frozen = draw_frozen(qa_string_history, data, {"libretube": 1, "bottles": 1}, monkeypatch)
    write_frozen(qa_string_history, frozen)
    return frozen


def test_the_frozen_selection_loads_its_labels_and_refuses_a_pair_read_otherwise(
        catalogues: tuple[Catalogue, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draw keeps the old Russian of each correction, with the commit that corrected it; a label
    is loaded on its pair; a pair the reader now reads otherwise stops the load, and a file version
    that does not hash as frozen is refused."""
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    assert Counter((p["id"].split("/")[0], bool(p["fixed_by"])) for p in frozen["pairs"]) == {
        ("libretube", True): 1, ("libretube", False): 2, ("bottles", True): 1, ("bottles", False): 2}
    assert {p["fixed_by"] for p in frozen["pairs"]} == {"", *(c.head for c in catalogues)}
    blocks = [b for page in qa_string_history.pages().values() for b in page]
    (quoted,) = [b for b in blocks if b.target == 'Введите название для новой "бутылки"']
    assert quoted.source == "Type a name for the new bottle"
    cases = load_labelled(qa_string_history, frozen, quoted.page + f"#{quoted.index}")
    assert len(cases) == 6 and [c.target for c in cases if c.checks] == [quoted.target]
    changed = json.loads(qa_string_history.DATA.read_text(encoding="utf-8"))
    changed["versions"][next(iter(changed["versions"]))]["ru_sha256"] = "0" * 64
    (tmp_path / "changed.json").write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_string_history.pages(tmp_path / "changed.json")
    read = qa_fixed_translations._android_strings
    monkeypatch.setattr(qa_fixed_translations, "_android_strings",
                        lambda text: {key: value.upper() for key, value in read(text).items()})
    assert_a_changed_block_is_refused(qa_string_history)


def test_the_set_is_scored_apart_by_the_accuracy_bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up repositories
    with one made-up error stand in for the real set, which no test runs the checks on."""
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(tmp_path / "mirror"))
    doubled = "Загрузка загрузка резюме"
    monkeypatch.setattr(qa_string_history, "CATALOGUES", _history(tmp_path / "mirror", doubled))
    frozen = _freeze(tmp_path / "cases.json", monkeypatch)
    (pair_id,) = [f"{b.page}#{b.index}" for blocks in qa_string_history.pages().values() for b in blocks
                  if b.target == doubled]
    assert_scored_apart(qa_string_history, frozen, pair_id, "«загрузка загрузка», made up",
                        "held-out string-history", doubled)


def test_the_committed_set_is_the_one_its_docstring_describes() -> None:
    """714 pairs of the seven repositories, a third of them corrected later, labelled as the module
    docstring counts, the file unchanged since."""
    frozen, ids, labelled = committed_set(qa_string_history, _FROZEN_SHA256, 714)
    groups = tuple(qa_string_history.PAIRS)
    assert Counter((i.split("/")[0], bool(p["fixed_by"])) for i, p in zip(ids, frozen["pairs"], strict=True)) == {
        (group, fixed): 34 * (1 + (not fixed)) for group in groups for fixed in (True, False)}
    assert all(re.fullmatch(rf"({'|'.join(groups)})/[^@#]+@[0-9a-f]{{12}}#\d+", i) for i in ids)
    assert len(labelled) == 36
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 12, "punctuation-end": 8, "whitespace": 7, "spacing": 6, "capitalisation": 2,
        "untranslated-fragment": 1}
    assert Counter(p["id"].split("/")[0] for p in labelled) == {
        "markor": 2, "bottles": 9, "quodlibet": 9, "gpodder": 7, "mypaint": 4, "audacious": 5}
    assert sum(1 for p in labelled if p["fixed_by"]) == 24
    assert len(frozen["noted"]) == 86


def test_no_other_qa_set_reads_the_repositories() -> None:
    assert modules_reading(qa_string_history, repos=qa_string_history.REPOS) == []
