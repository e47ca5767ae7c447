"""The framework-docs set is read as it was frozen: React's MDX pages and Vue's VitePress pages
paired with their Russian forks' block by block where both have the same shape (MDX tags,
VitePress containers and code not read), a page the fork left in English read as nothing,
every tree refused unless it hashes to its frozen digest, the pairs drawn per work with its
share of pairs holding digits, and the set scored apart by the QA accuracy bench. Only made-up
repositories are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_community_docs, qa_framework_docs, qa_lessons, qa_news_numbers, qa_org_sites
from bench.qa_framework_docs import vue_blocks
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_STATE_EN = """---
title: State
---

<Intro>

State lets a component remember what the user typed into a form.

</Intro>

## Adding a state variable

Call `useState` at the top level of your component to declare 1 state variable:

```js
const [index, setIndex] = useState(0);
```

* React 19 keeps the state between the renders of the component.
"""
_STATE_RU = """---
title: Состояние
---

<Intro>

Состояние позволяет компоненту запомнить, что пользователь ввёл в форму.

</Intro>

## Добавление переменной состояния

Вызовите `useState` на верхнем уровне компонента, чтобы объявить 1 переменную состояния:

```js
const [index, setIndex] = useState(0);
```

* React 19 сохраняет состояние между рендерами компонента.
"""
_BLOG_EN = "---\ntitle: React Conf\n---\n\nThe React team met in Henderson, Nevada, for two days of talks.\n"
_WATCHERS_EN = """# Watchers

::: tip Note
Watchers run after the component updates in Vue 3.5 and later.
:::

A watcher runs a callback whenever a piece of reactive state changes.
"""
_WATCHERS_RU = """# Наблюдатели

::: tip Примечание
Во Vue 3.5 и новее наблюдатели запускаются после обновления компонента.
:::

Наблюдатель вызывает функцию всякий раз, когда меняется часть реактивного состояния.
"""
_FORMS_EN = "# Forms\n\nThe `v-model` directive binds an input to the state.\n\nIt works on text areas too.\n"
_FORMS_RU = "# Формы\n\nДиректива `v-model` связывает поле ввода с состоянием, в том числе текстовые области.\n"


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, state_ru: str = _STATE_RU) -> None:
    """The two works as made-up repositories: each English tree and its Russian fork's, React's
    blog post left in English in the fork, Vue's forms page translated into another shape."""
    react_en, react_ru = qa_framework_docs.SOURCES["react"]
    vue_en, vue_ru = qa_framework_docs.SOURCES["vue"]
    monkeypatch.setattr(qa_framework_docs, "SOURCES", {
        "react": (mirrored_tree(mirror, react_en, {"learn/state.md": _STATE_EN, "blog/conf.md": _BLOG_EN}),
                  mirrored_tree(mirror, react_ru, {"learn/state.md": state_ru, "blog/conf.md": _BLOG_EN})),
        "vue": (mirrored_tree(mirror, vue_en, {"guide/watchers.md": _WATCHERS_EN, "guide/forms.md": _FORMS_EN}),
                mirrored_tree(mirror, vue_ru, {"guide/watchers.md": _WATCHERS_RU, "guide/forms.md": _FORMS_RU})),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two works as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_a_vitepress_container_s_lines_part_blocks_and_are_not_read() -> None:
    """Without the break the tip's marker and title would be glued to its first paragraph."""
    assert vue_blocks(_WATCHERS_EN) == [
        ("heading", "# Watchers"),
        ("paragraph", "Watchers run after the component updates in Vue 3.5 and later."),
        ("paragraph", "A watcher runs a callback whenever a piece of reactive state changes."),
    ]
    assert [kind for kind, _ in vue_blocks(_WATCHERS_RU)] == [kind for kind, _ in vue_blocks(_WATCHERS_EN)]


def test_the_works_pair_pages_of_the_same_shape_and_read_nothing_the_fork_left_in_english(mirror: Path) -> None:
    """MDX tags alone on their line, front matter and code are not blocks; headings count in
    the index but are not read; the forms page, whose Russian has one paragraph for two, is
    left out whole; the blog post the fork did not translate pairs but reads nothing."""
    blocks = qa_framework_docs.pages()
    assert sorted(blocks) == ["react/blog/conf", "react/learn/state", "vue/guide/watchers"]
    assert blocks["react/blog/conf"] == []
    assert [(b.index, b.target) for b in blocks["react/learn/state"]] == [
        (0, "Состояние позволяет компоненту запомнить, что пользователь ввёл в форму."),
        (2, "Вызовите `useState` на верхнем уровне компонента, чтобы объявить 1 переменную состояния:"),
        (3, "* React 19 сохраняет состояние между рендерами компонента."),
    ]
    assert [(b.index, b.source) for b in blocks["vue/guide/watchers"]] == [
        (1, "Watchers run after the component updates in Vue 3.5 and later."),
        (2, "A watcher runs a callback whenever a piece of reactive state changes."),
    ]


def test_no_used_up_source_is_read() -> None:
    """Neither the lessons set's repositories, the org-sites set's, the community-docs set's
    nor the news set's; each English tree is frozen at another commit than its fork's."""
    repos = {tree.repo for trees in qa_framework_docs.SOURCES.values() for tree in trees}
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons) for trees in module.SOURCES.values()
             for tree in trees} | {qa_news_numbers.REPO})
    assert repos == {"reactjs/react.dev", "reactjs/ru.react.dev", "vuejs/docs", "vuejs-translations/docs-ru"}
    assert not repos & used
    assert list(qa_framework_docs.SOURCES) == list(qa_framework_docs.PAIRS) == list(qa_framework_docs.WITH_DIGITS)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn: of React's three, the two with a digit and the one without; of
    Vue's two, the one with a digit and the one without."""
    monkeypatch.setattr(qa_framework_docs, "WITH_DIGITS", {"react": 2, "vue": 1})
    return draw_frozen(qa_framework_docs, data, {"react": 3, "vue": 2}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "react/learn/state#2", "react/learn/state#3", "react/learn/state#0",
        "vue/guide/watchers#1", "vue/guide/watchers#2"]
    cases = load_labelled(qa_framework_docs, frozen, "react/learn/state#2")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.target for c in cases if c.checks] == [
        "Вызовите `useState` на верхнем уровне компонента, чтобы объявить 1 переменную состояния:"]
    _mirror_works(mirror, monkeypatch, _STATE_RU.replace("между рендерами", "от рендера к рендеру"))
    assert_a_changed_block_is_refused(qa_framework_docs)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "* React 19 сохраняет сохраняет состояние между рендерами компонента."
    _mirror_works(mirror, monkeypatch, _STATE_RU.replace("сохраняет", "сохраняет сохраняет"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_framework_docs, frozen, "react/learn/state#3", "«сохраняет сохраняет», made up",
                        "held-out framework-docs", doubled)
