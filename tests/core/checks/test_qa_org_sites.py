"""The org-sites set is read as it was frozen: each work's English and Russian Markdown pages
paired block by block where both versions have the same shape (front matter, code and tables
dropped, headings and link-only lines counted but not read), every tree refused unless it
hashes to its frozen digest, the pairs drawn per work with its share of pairs holding digits,
a mispaired pair not scored, and the set scored apart by the QA accuracy bench. Only made-up
repositories are read here: the real set is held out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import qa_community_docs, qa_news_numbers, qa_org_sites
from bench.qa_org_sites import markdown_blocks
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_POST_EN = """---
layout: news_post
title: "Ruby 3.3.7 Released"
---

Ruby 3.3.7 has been released.
This is a routine update that includes minor bug fixes.

## Download

{% assign release = site.data.releases | where: "version", "3.3.7" | first %}

* <{{ release.url.gz }}>

      SIZE: {{ release.size.gz }}
      SHA256: {{ release.sha256.gz }}

```ruby
puts "Hello World"
```

| Version | Date |
|---------|------|
| 3.3.7   | 2025 |

* Thanks to the many committers who helped with this release.
* Ruby 3.3 will reach its end of life in March of 2027.

> Many people contributed to the release of Ruby in 1995.

[1]: https://www.ruby-lang.org/
"""
_POST_RU = """---
layout: news_post
title: "Вышел Ruby 3.3.7"
---

Вышел Ruby 3.3.7.
Это плановое обновление, которое включает незначительные исправления ошибок.

## Скачать

{% assign release = site.data.releases | where: "version", "3.3.7" | first %}

* <{{ release.url.gz }}>

      SIZE: {{ release.size.gz }}
      SHA256: {{ release.sha256.gz }}

```ruby
puts "Привет, мир"
```

| Версия | Дата |
|--------|------|
| 3.3.7  | 2025 |

* Спасибо многим коммиттерам, которые помогли подготовить этот релиз.
* Поддержка Ruby 3.3 завершится в марте 2027 года.

> Многие люди помогли выпустить Ruby в 1995 году.

[1]: https://www.ruby-lang.org/ru/
"""
_ABOUT_EN = "We give people the digital certificates they need in order to enable HTTPS.\n"
_ABOUT_RU = "Мы помогаем людям выпускать сертификаты.\n\nЧтобы сайты работали по HTTPS.\n"
_ESSAY_EN = """Saying no isn't fun, but it feels less personal when the rules are written down.

— @lord, ["Tips for new open source maintainers"](https://lord.io/blog/2014/oss-tips/)
"""
_ESSAY_RU = """Отказывать неприятно, но это звучит менее лично, когда правила записаны.

- @lord, [«Советы новым мейнтейнерам»](https://lord.io/blog/2014/oss-tips/)
"""
_FAQ_EN = "Cached authorizations last for up to 30 days from the time of validation.\n"
_FAQ_RU = "Кэшированные авторизации действуют до 30 дней с момента проверки.\n"


def _mirror_works(mirror: Path, monkeypatch: pytest.MonkeyPatch, post_ru: str = _POST_RU) -> None:
    """The three works as made-up repositories (English trees first: a Russian folder inside
    the English one, as the guides keep it, must not be in the English tree's commit)."""
    trees = {name: tuple(trees) for name, trees in qa_org_sites.SOURCES.items()}
    ruby_en, ruby_ru = trees["ruby"]
    le_en, le_ru = trees["letsencrypt"]
    guide_en, guide_ru = trees["opensource-guide"]
    monkeypatch.setattr(qa_org_sites, "SOURCES", {
        "ruby": (mirrored_tree(mirror, ruby_en, {"news/_posts/ruby-3-3-7.md": _POST_EN}),
                 mirrored_tree(mirror, ruby_ru, {"news/_posts/ruby-3-3-7.md": post_ru})),
        "letsencrypt": (mirrored_tree(mirror, le_en, {"about.md": _ABOUT_EN, "docs/faq.md": _FAQ_EN}),
                        mirrored_tree(mirror, le_ru, {"about.md": _ABOUT_RU, "docs/faq.md": _FAQ_RU})),
        "opensource-guide": (mirrored_tree(mirror, guide_en, {"best-practices.md": _ESSAY_EN}),
                             mirrored_tree(mirror, guide_ru, {"best-practices.md": _ESSAY_RU})),
    })


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The three works as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_works(root, monkeypatch)
    return root


def test_markdown_blocks_keep_prose_and_drop_front_matter_code_liquid_and_link_definitions() -> None:
    """Indented checksums and fenced code are dropped, a table and a heading are one block each,
    every list item is a paragraph of its own and a quote loses its mark."""
    assert markdown_blocks(_POST_EN) == [
        ("paragraph", "Ruby 3.3.7 has been released. This is a routine update that includes minor bug fixes."),
        ("heading", "## Download"),
        ("link", "* <{{ release.url.gz }}>"),
        ("table", "| Version | Date | |---------|------| | 3.3.7 | 2025 |"),
        ("paragraph", "* Thanks to the many committers who helped with this release."),
        ("paragraph", "* Ruby 3.3 will reach its end of life in March of 2027."),
        ("paragraph", "Many people contributed to the release of Ruby in 1995."),
    ]


def test_a_quote_s_signature_pairs_whether_its_dash_reads_as_a_list_mark_or_not() -> None:
    assert [kind for kind, _ in markdown_blocks(_ESSAY_EN)] == [kind for kind, _ in markdown_blocks(_ESSAY_RU)]


def test_the_works_pair_pages_of_the_same_shape_under_their_folders(mirror: Path) -> None:
    """Headings, tables and link-only lines count in the index but are not read; Let's
    Encrypt's about page, whose Russian has two paragraphs for one, is left out whole."""
    blocks = qa_org_sites.pages()
    assert sorted(blocks) == ["letsencrypt/docs/faq", "opensource-guide/best-practices", "ruby/news/_posts/ruby-3-3-7"]
    assert [(b.index, b.target) for b in blocks["ruby/news/_posts/ruby-3-3-7"]] == [
        (0, "Вышел Ruby 3.3.7. Это плановое обновление, которое включает незначительные исправления ошибок."),
        (4, "* Спасибо многим коммиттерам, которые помогли подготовить этот релиз."),
        (5, "* Поддержка Ruby 3.3 завершится в марте 2027 года."),
        (6, "Многие люди помогли выпустить Ruby в 1995 году."),
    ]
    assert [(b.index, b.source) for b in blocks["opensource-guide/best-practices"]] == [
        (0, "Saying no isn't fun, but it feels less personal when the rules are written down."),
        (1, '— @lord, ["Tips for new open source maintainers"](https://lord.io/blog/2014/oss-tips/)'),
    ]


def test_no_used_up_source_is_read() -> None:
    """Neither the community-docs set's repositories nor the news set's."""
    repos = {tree.repo for trees in qa_org_sites.SOURCES.values() for tree in trees}
    used = {tree.repo for trees in qa_community_docs.SOURCES.values() for tree in trees} | {qa_news_numbers.REPO}
    assert len(repos) == 3 and not repos & used
    assert list(qa_org_sites.SOURCES) == list(qa_org_sites.PAIRS) == list(qa_org_sites.WITH_DIGITS)


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn: of Ruby's four, the three with a digit and the one without;
    Let's Encrypt's one, with a digit; of the guide's two, the one with a digit and the one
    without."""
    monkeypatch.setattr(qa_org_sites, "WITH_DIGITS", {"ruby": 3, "letsencrypt": 1, "opensource-guide": 1})
    return draw_frozen(qa_org_sites, data, {"ruby": 4, "letsencrypt": 1, "opensource-guide": 2}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_work_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert sorted(p["id"] for p in frozen["pairs"]) == [
        "letsencrypt/docs/faq#0", "opensource-guide/best-practices#0", "opensource-guide/best-practices#1",
        "ruby/news/_posts/ruby-3-3-7#0", "ruby/news/_posts/ruby-3-3-7#4", "ruby/news/_posts/ruby-3-3-7#5",
        "ruby/news/_posts/ruby-3-3-7#6"]
    monkeypatch.setattr(qa_org_sites, "MISPAIRED", frozenset({"ruby/news/_posts/ruby-3-3-7#6"}))
    cases = load_labelled(qa_org_sites, frozen, "letsencrypt/docs/faq#0")
    assert len(cases) == 6 and all(c.real for c in cases)
    assert "ruby/news/_posts/ruby-3-3-7#6" not in {c.block for c in cases}
    assert [c.source for c in cases if c.checks] == [_FAQ_EN.strip()]
    _mirror_works(mirror, monkeypatch, _POST_RU.replace("плановое", "очередное"))
    assert_a_changed_block_is_refused(qa_org_sites)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "* Поддержка Ruby 3.3 завершится завершится в марте 2027 года."
    _mirror_works(mirror, monkeypatch, _POST_RU.replace("завершится", "завершится завершится"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_org_sites, frozen, "ruby/news/_posts/ruby-3-3-7#5", "«завершится завершится», made up",
                        "held-out org-sites", doubled)
