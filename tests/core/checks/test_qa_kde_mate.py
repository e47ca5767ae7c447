"""The KDE handbooks and MATE guide set is read as it was frozen: a handbook's pages split out
of its rendered cache and paired by position without their navigation bars, the guide's
chapters read as a reader sees them, labels naming real checks, a block whose text changed in
the package refused, and the set scored apart by the QA accuracy bench. Only made-up files
are read here: the real set is held out."""

from __future__ import annotations

import bz2
from pathlib import Path

import pytest

from bench import qa_kde_mate
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
)

_NAV = ('<div class="navCenter"><table class="navigation"><tr><td class="prevCell">{}</td>'
        '<td class="nextCell">{}</td></tr></table></div>')


def _page(name: str, title: str, body: str, nav: tuple[str, str], inner: str = "") -> str:
    """One page of a rendered handbook: header, navigation bars around the content, and the
    pages below it nested inside its ``FILENAME`` element, as KDE's stylesheets write them."""
    bar = _NAV.format(*nav)
    return (f'<FILENAME filename="{name}"><html><head><title>{title}</title></head><body>'
            f'<div id="header"><div id="header_content">{title}</div></div>{bar}'
            f'<div id="contentBody">{body}</div><div id="footer">{bar}</div></body></html>'
            f'{inner}</FILENAME>')


def _handbook(path: Path, pages: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bz2.compress(pages.encode("utf-8")))


_EN_STEPS = [f"Step number {k} of moving a file to another folder." for k in range(8)]
_RU_STEPS = [f"Шаг номер {k} перемещения файла в другую папку." for k in range(8)]
_DOCBOOK = ('<?xml version="1.0" encoding="utf-8"?>\n<chapter xmlns="http://docbook.org/ns/docbook" '
            'version="5.0">{}</chapter>')

_EVERY_BLOCK = {"kde": 9, "mate": 2}
"""Pairs drawn per source: every made-up block of 30 characters or more."""


def _chapter(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_DOCBOOK.format(body), encoding="utf-8")


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One KDE handbook and two MATE chapters in English and Russian, in place of the fetched
    packages."""
    steps_en = "".join(f"<p>{s}</p>" for s in _EN_STEPS)
    steps_ru = "".join(f"<p>{s}</p>" for s in _RU_STEPS)
    # The title pages differ (the Russian one names its translators); the pages below them are
    # nested inside them; the second page's Russian version has a paragraph more.
    _handbook(tmp_path / "usr/share/doc/HTML/en/dolphin/index.cache.bz2", _page(
        "index.html", "The Dolphin Handbook", "<p>The Dolphin Handbook is written by its authors.</p>",
        ("", "Using Dolphin"),
        _page("using.html", "Using Dolphin", f"<h1>Using the Dolphin file manager</h1>{steps_en}",
              ("The Dolphin Handbook, its title page", "Configuring the Dolphin file manager"))
        + _page("configuring.html", "Configuring", "<p>Dolphin is configured in its settings dialog.</p>",
                ("Using Dolphin", ""))))
    _handbook(tmp_path / "usr/share/doc/HTML/ru/dolphin/index.cache.bz2", _page(
        "index.html", "Руководство Dolphin", "<p>Руководство написано авторами.</p><p>Перевод: переводчик</p>",
        ("", "Работа с Dolphin"),
        _page("using.html", "Работа с Dolphin", f"<h1>Работа с диспетчером файлов Dolphin</h1>{steps_ru}",
              ("Руководство Dolphin, титульная страница", "Настройка диспетчера файлов Dolphin"))
        + _page("configuring.html", "Настройка", "<p>Dolphin настраивается в диалоге.</p><p>Ещё абзац.</p>",
                ("Работа с Dolphin", ""))))
    guide = "usr/share/help/{}/mate-user-guide/{}.xml"
    _chapter(tmp_path / guide.format("C", "goscaja"), (
        "<title>Caja File Manager</title>"
        "<para>To enlarge the items, choose <menuchoice><guimenu>View</guimenu>"
        "<guimenuitem>Zoom In</guimenuitem></menuchoice>.</para>"
        "<para><indexterm><primary>selecting</primary></indexterm>Press "
        "<keycombo><keycap>Ctrl</keycap><keycap>A</keycap></keycombo> to select all items.</para>"
        '<para>For more on dragging items, see <xref linkend="mouse-skills"/>.</para>'
        "<para>The <inlinemediaobject><textobject><phrase>link pointer</phrase></textobject>"
        "</inlinemediaobject> pointer shows that a link will be created.</para>"))
    _chapter(tmp_path / guide.format("ru", "goscaja"), (
        "<title>Диспетчер файлов Caja</title>"
        "<para>Чтобы увеличить объекты, выберите <menuchoice><guimenu>Вид</guimenu>"
        "<guimenuitem>Увеличить</guimenuitem></menuchoice>.</para>"
        # itstool's stray prefix, as in a real Russian chapter: the parser recovers
        "<para><default:indexterm><primary>выделение</primary></default:indexterm>Нажмите "
        "<keycombo><keycap>Ctrl</keycap><keycap>A</keycap></keycombo>, чтобы выделить все объекты.</para>"
        '<para>Подробнее о перетаскивании смотрите <xref linkend="mouse-skills"/>.</para>'
        "<para>Указатель <inlinemediaobject><textobject><phrase>ссылка</phrase></textobject>"
        "</inlinemediaobject> показывает, что будет создана ссылка.</para>"))
    _chapter(tmp_path / guide.format("C", "gospanel"), "<para>Panels hold launchers and applets.</para>")
    _chapter(tmp_path / guide.format("ru", "gospanel"),
             "<title>Панели</title><para>На панелях находятся кнопки запуска и апплеты.</para>")
    monkeypatch.setattr(qa_kde_mate, "unpack", lambda name, packages: tmp_path)
    return tmp_path


def test_handbook_pages_are_split_out_of_their_cache_and_paired_without_their_navigation(
        packages: Path) -> None:
    blocks = qa_kde_mate.kde_pages()
    # The title page and a page whose Russian version has a block more are left out; the
    # header's title and the navigation bars' titles of the pages around are no blocks (the
    # page's own title is, as the Debian sets read HTML).
    assert list(blocks) == ["kde/dolphin/using"]
    assert [(b.index, b.source, b.target) for b in blocks["kde/dolphin/using"]] == [
        (0, "Using Dolphin", "Работа с Dolphin"),
        (1, "Using the Dolphin file manager", "Работа с диспетчером файлов Dolphin"),
        *((2 + k, _EN_STEPS[k], _RU_STEPS[k]) for k in range(8))]


def test_guide_chapters_are_read_as_shown_and_blocks_with_text_written_at_display_time_left_out(
        packages: Path) -> None:
    blocks = qa_kde_mate.mate_pages()
    # gospanel's Russian chapter holds a title more: its blocks cannot be paired.
    assert list(blocks) == ["mate/goscaja"]
    assert [(b.index, b.source, b.target) for b in blocks["mate/goscaja"]] == [
        (0, "Caja File Manager", "Диспетчер файлов Caja"),
        (1, "To enlarge the items, choose View → Zoom In.", "Чтобы увеличить объекты, выберите Вид → Увеличить."),
        (2, "Press Ctrl+A to select all items.", "Нажмите Ctrl+A, чтобы выделить все объекты."),
        # an empty cross-reference (the target's title is written at display time) and a
        # picture's words are not what a reader sees: those blocks are left out
    ]


def test_the_frozen_selection_loads_with_its_labels_and_refuses_a_changed_block(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = draw_frozen(qa_kde_mate, tmp_path_factory.mktemp("frozen") / "cases.json", _EVERY_BLOCK, monkeypatch)
    assert len(frozen["pairs"]) == 11 and frozen["errors"] == []
    assert [p["id"].split("/")[0] for p in frozen["pairs"]] == ["kde"] * 9 + ["mate"] * 2
    cases = load_labelled(qa_kde_mate, frozen, "kde/dolphin/using#2")
    assert len(cases) == 11 and all(c.real for c in cases)
    assert [c.checks for c in cases if c.source == _EN_STEPS[0]] == [frozenset({"punctuation-end"})]
    _chapter(packages / "usr/share/help/ru/mate-user-guide/goscaja.xml",
             "<title>Диспетчер файлов Caja</title><para>Выберите <menuchoice><guimenu>Вид</guimenu>"
             "<guimenuitem>Увеличить</guimenuitem></menuchoice>.</para><para>Нажмите Ctrl+A.</para>"
             '<para>Смотрите <xref linkend="x"/>.</para><para>Указатель.</para>')
    assert_a_changed_block_is_refused(qa_kde_mate)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        packages: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up file
    with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Шаг номер 3 перемещения файла в в другую папку."
    _handbook(packages / "usr/share/doc/HTML/ru/dolphin/index.cache.bz2",
              bz2.decompress((packages / "usr/share/doc/HTML/ru/dolphin/index.cache.bz2").read_bytes())
              .decode("utf-8").replace(_RU_STEPS[3], doubled))
    frozen = draw_frozen(qa_kde_mate, tmp_path_factory.mktemp("frozen") / "cases.json", _EVERY_BLOCK, monkeypatch)
    assert_scored_apart(qa_kde_mate, frozen, "kde/dolphin/using#5", "«в в», made up for the test", "dev-kde-mate",
                        doubled)
