"""The machine-translations set is read as it was frozen: a course's English Markdown and the
Russian Co-op Translator wrote for it, paired line by line outside code fences where their
Markdown kinds agree, the Russian cut at its disclaimer; the files refused unless their listing
hashes to the frozen digest; the committed file holding the pairs and labels its docstring
counts, unchanged since it was labelled; and the set scored apart by the QA accuracy bench. The
checks run only on made-up repositories here: the real set is held out, and is only loaded,
where the mirror keeps it, to see that every frozen pair is still the text its label was read on."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import qa_machine_translations
from bench.align_heldout import TextsAbsent, git_dir
from bench.qa_community_docs import tree_digest
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    made_up_mirror,
    mirrored_files,
)
from workbench.core.checks import REGISTRY

_LESSON_EN = """# Lesson one: Edge AI
<!-- a comment the translator keeps -->
Edge AI runs models on local devices. It keeps data private.

```python
print("code is not translated")
```

| Model | Size |
|---|---|
| Phi | 3.8B |

- **CPU**: Multi-core processor
- **RAM**: 8GB minimum
![diagram](img/edge.png)

---
## Next steps
Read the next lesson about Phi models.
"""
_LESSON_RU = """<!--
CO_OP_TRANSLATOR_METADATA:
{"original_hash": "0f"}
-->
# Урок первый: Edge AI
Edge AI запускает модели на локальных устройствах. Он сохраняет данные.

```python
print("code is not translated")
```

| Модель | Размер |
|---|---|
| Phi | 3.8B |

- **CPU**: многоядерный процессор
Строка, которую добавил переводчик.
- **ОЗУ**: минимум 8 ГБ.
![диаграмма](../../img/edge.png)

## Следующие шаги
Прочитайте следующий урок о моделях Phi.

---

**Отказ от ответственности**:
Этот документ был переведен с помощью сервиса машинного перевода [Co-op Translator](https://github.com/Azure/co-op-translator).
"""
_SUPPORT_EN = """# Support
This project uses GitHub Issues to track bugs and feature requests.
"""
_SUPPORT_RU = """# Поддержка
Этот проект использует GitHub Issues для отслеживания ошибок и запросов.
"""
_DOCUMENTS = {"lessons": ("Module01/01.Lesson.md",), "policy": ("SUPPORT.md",)}


def _files(lesson_ru: str = _LESSON_RU) -> dict[str, str]:
    return {"Module01/01.Lesson.md": _LESSON_EN, "translations/ru/Module01/01.Lesson.md": lesson_ru,
            "SUPPORT.md": _SUPPORT_EN, "translations/ru/SUPPORT.md": _SUPPORT_RU}


def _mirror(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    """`files` committed into a made-up copy of the course's repository where the `fetch` mirror
    keeps it, its commit and the listing's digest in place of the real ones."""
    commit = mirrored_files(root, qa_machine_translations.REPO, files)
    monkeypatch.setattr(qa_machine_translations, "DOCUMENTS", _DOCUMENTS)
    monkeypatch.setattr(qa_machine_translations, "COMMIT", commit)
    monkeypatch.setattr(qa_machine_translations, "SHA256",
                        tree_digest({path: text.encode() for path, text in files.items()}))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return made_up_mirror(tmp_path, monkeypatch, lambda root: _mirror(root, monkeypatch, _files()))


def test_a_document_pairs_line_by_line_where_its_markdown_kinds_agree(mirror: Path) -> None:
    """Code fences, comments (one line or several), rules, table rows and images are dropped and
    the Russian is cut at its disclaimer; a line the Russian adds does not shift the lines after
    it; a line of no Latin word (or no Cyrillic letter) is no pair."""
    pages = qa_machine_translations.pages()
    assert sorted(pages) == ["edgeai/Module01/01.Lesson.md", "edgeai/SUPPORT.md"]
    assert [(b.index, b.source, b.target) for b in pages["edgeai/Module01/01.Lesson.md"]] == [
        (0, "# Lesson one: Edge AI", "# Урок первый: Edge AI"),
        (1, "Edge AI runs models on local devices. It keeps data private.",
         "Edge AI запускает модели на локальных устройствах. Он сохраняет данные."),
        (2, "- **CPU**: Multi-core processor", "- **CPU**: многоядерный процессор"),
        (3, "- **RAM**: 8GB minimum", "- **ОЗУ**: минимум 8 ГБ."),
        (4, "## Next steps", "## Следующие шаги"),
        (5, "Read the next lesson about Phi models.", "Прочитайте следующий урок о моделях Phi.")]
    assert qa_machine_translations.group("edgeai/SUPPORT.md") == "policy"


def test_a_repository_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    with pytest.raises(TextsAbsent, match="not the text"):
        qa_machine_translations.read_documents(sha256="0" * 64)
    with pytest.raises(TextsAbsent, match="has no"):
        qa_machine_translations.read_documents(commit="0" * 40)


def test_no_other_set_reads_the_course() -> None:
    """No other module of `bench/` names the repository this set reads."""
    others = [path for path in Path(qa_machine_translations.__file__).parent.glob("*.py")
              if path.name != "qa_machine_translations.py"
              and qa_machine_translations.REPO in path.read_text(encoding="utf-8")]
    assert others == []


_FROZEN_SHA256 = "e87d04ad08390a116e753e5928b26b5d3d0bff049eeb342ac9b8bcfae8cb2ebe"  # relabelled in session 39 by docs/qa.md's house rule D10
"""The committed ``cases.json`` as its labeller left it: a changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """515 pairs drawn, 3 misaligned dropped by the reading: 512 distinct pairs of 28 documents of
    6 kinds, 43 of them labelled with the 43 errors the docstring states (41 and
    41 since house rule D10, session 39), every label a check id,
    the file unchanged since."""
    data = qa_machine_translations.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 512 and frozen["errors"] == []
    assert len(frozen["misaligned"]) == 3 and not set(ids) & set(frozen["misaligned"])
    assert all(re.fullmatch(r"edgeai/[\w./-]+\.md#\d+", pair_id) for pair_id in ids)
    documents = {pair_id.split("#")[0] for pair_id in ids}
    assert len(documents) == 28
    assert Counter(qa_machine_translations.group(d) for d in documents) == {
        "lessons": 18, "workshop": 4, "changelog": 1, "agents": 1, "guide": 2, "policy": 2}
    assert Counter(qa_machine_translations.group(i.split("#")[0]) for i in ids) == {
        "lessons": 200, "workshop": 110, "changelog": 70, "agents": 60, "guide": 60, "policy": 12}
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 41  # session 39, house rule D10
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "punctuation-end": 20, "url-email": 11, "quote-style": 6, "untranslated-fragment": 4}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())


def test_every_frozen_pair_is_still_the_text_its_label_was_read_on() -> None:
    """Where the mirror keeps the course's repository, every frozen id names a pair of it and
    every digest matches (the set is only loaded: no check runs on it)."""
    try:
        git_dir(qa_machine_translations.REPO)
    except TextsAbsent:
        pytest.skip("the course's repository is not mirrored here")
    cases = qa_machine_translations.load()
    frozen = json.loads(qa_machine_translations.DATA.read_text(encoding="utf-8"))
    assert [c.block for c in cases] == [p["id"] for p in frozen["pairs"]]
    assert sum(1 for c in cases if c.checks) == 41  # session 39, house rule D10


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every pair of the made-up course drawn: 5 of the lesson's 6 have 30 characters or more."""
    return draw_frozen(qa_machine_translations, data, {"lessons": 9, "policy": 9}, monkeypatch)


def test_the_frozen_selection_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each kind is drawn apart, all of a kind that holds fewer pairs than asked."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert Counter(p["id"].split("#")[0] for p in frozen["pairs"]) == {"edgeai/Module01/01.Lesson.md": 3,
                                                                      "edgeai/SUPPORT.md": 1}
    labelled = frozen["pairs"][0]["id"]
    cases = load_labelled(qa_machine_translations, frozen, labelled)
    assert len(cases) == 4 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == [labelled]
    _mirror(mirror, monkeypatch, _files(_LESSON_RU.replace("локальных", "местных")))
    assert_a_changed_block_is_refused(qa_machine_translations)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Прочитайте следующий следующий урок о моделях Phi."
    _mirror(mirror, monkeypatch, _files(_LESSON_RU.replace("следующий урок", "следующий следующий урок")))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_machine_translations, frozen, "edgeai/Module01/01.Lesson.md#5",
                        "«следующий следующий», made up", "held-out machine-translations", doubled)
