"""The public-sites set is read as it was frozen: bitcoin.org's YAML strings and mozilla.org's
Fluent files, each site's English and Russian kept side by side in one repository, paired
message by message under the same key, every tree refused unless it hashes to its frozen digest,
the pairs drawn per site with its share of pairs holding digits, the committed labels counted as
the docstring states them, and the set scored apart by the QA accuracy bench. Only made-up
repositories are read here: the real set is held out."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import (
    qa_community_docs,
    qa_framework_docs,
    qa_glossaries,
    qa_lessons,
    qa_ml_courses,
    qa_news_numbers,
    qa_org_sites,
    qa_public_sites,
    qa_rust_books,
    qa_security_guides,
)
from bench.qa_community_docs import read_tree
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    draw_frozen,
    load_labelled,
    mirrored_tree,
)

_STRINGS_EN = """en:
  faq:
    title: "Frequently Asked Questions - Bitcoin"
    short: "Yes"
    fees: "Fees are unrelated to the amount transferred, so it's possible to send 100,000 bitcoins
      for the same fee it costs to send 1 bitcoin."
    quote: 'Bitcoin is unique in that only 21 million bitcoins will ever be created, it''s said.'
    privacy: >
      Bitcoin is designed to allow its users to send and receive payments
      with an acceptable level of privacy.
    untranslated: "This sentence has no Russian translation in the file yet."
  legal:
    nested:
      notice: "The Website does not store, send or receive bitcoins on anyone's behalf."
"""
_STRINGS_RU = """ru:
  faq:
    title: "Часто задаваемые вопросы - Биткойн"
    short: "Да"
    fees: "Комиссия не зависит от суммы перевода, так что можно отправить 100000 биткойнов
      за ту же комиссию, что и 1 биткойн."
    quote: 'Биткойн уникален тем, что будет создан лишь 21 миллион биткойнов, как ''говорят''.'
    privacy: >
      Биткойн позволяет пользователям отправлять и получать платежи
      с приемлемым уровнем конфиденциальности.
  legal:
    nested:
      notice: "Сайт не хранит, не отправляет и не получает биткойны от чьего-либо имени."
"""
_STRINGS_DE = "de:\n  faq:\n    fees: \"Gebühren hängen nicht vom Betrag ab, so kann man 100.000 Bitcoins senden.\"\n"

_VPN_EN = """# A comment line
-brand-name-vpn = Mozilla VPN

vpn-devices = Connect up to 5 different devices with one subscription, including Mac, but also
    iOS, Windows, Linux, and Android.
vpn-guarantee = { -brand-name-vpn } has a 30-day money-back guarantee: no hassle, no risk at all.
    .title = A guarantee that gives your money back within thirty days
vpn-count = { $count ->
        [one] You can protect { $count } device with this plan today.
       *[other] You can protect { $count } devices with this plan today.
    }
vpn-short = Get { -brand-name-vpn }
"""
_VPN_RU = """-brand-name-vpn = Mozilla VPN
vpn-devices = Подключите до 5 различных устройств в рамках одной подписки, включая Mac, а также
    iOS, Windows, Linux и Android.
vpn-guarantee = У { -brand-name-vpn } есть 30-дневная гарантия возврата денег: никаких хлопот, никакого риска.
    .title = Гарантия, которая вернёт ваши деньги в течение тридцати дней
vpn-count = { $count ->
        [one] Вы можете защитить { $count } устройство с этим планом.
       *[other] Вы можете защитить { $count } устройств с этим планом.
    }
vpn-short = Получите { -brand-name-vpn }
"""
_HISTORY_EN = "history-intro = The Mozilla project was founded in San Francisco in 1998 by a browser maker.\n"


def _mirror_sites(mirror: Path, monkeypatch: pytest.MonkeyPatch, strings_ru: str = _STRINGS_RU) -> None:
    """The two sites as made-up repositories: bitcoin.org's folder of strings with a German file
    beside the two read, mozilla.org's two folders with a file only the English has."""
    bitcoin_en, bitcoin_ru = qa_public_sites.SOURCES["bitcoin"]
    mozilla_en, mozilla_ru = qa_public_sites.SOURCES["mozilla"]
    strings = {"en.yml": _STRINGS_EN, "de.yml": _STRINGS_DE, "COPYING": "MIT"}
    sources = {
        "bitcoin": (mirrored_tree(mirror, bitcoin_en, strings),
                    mirrored_tree(mirror, bitcoin_ru, strings | {"ru.yml": strings_ru})),
        "mozilla": (mirrored_tree(mirror, mozilla_en, {"products/vpn/features.ftl": _VPN_EN,
                                                       "mozorg/history.ftl": _HISTORY_EN}),
                    mirrored_tree(mirror, mozilla_ru, {"products/vpn/features.ftl": _VPN_RU})),
    }
    monkeypatch.setattr(qa_public_sites, "SOURCES", sources)


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two sites as made-up repositories where the `fetch` mirror keeps them."""
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_sites(root, monkeypatch)
    return root


def test_yaml_strings_are_read_by_their_path_below_the_language() -> None:
    """Quoted strings that run over lines, a doubled single quote, a folded block and a nested
    key are read as a browser shows them, keyed without the language."""
    assert qa_public_sites.yaml_messages(_STRINGS_EN)[2:5] == [
        ("faq.fees", "Fees are unrelated to the amount transferred, so it's possible to send 100,000 bitcoins "
                     "for the same fee it costs to send 1 bitcoin."),
        ("faq.quote", "Bitcoin is unique in that only 21 million bitcoins will ever be created, it's said."),
        ("faq.privacy", "Bitcoin is designed to allow its users to send and receive payments with an acceptable "
                        "level of privacy."),
    ]
    assert qa_public_sites.yaml_messages('ru:\n  a:\n    b: "в \\"кавычках\\"\\nи дальше"\n    c: |\n      две\n      строки\n') == [
        ("a.b", 'в "кавычках" и дальше'), ("a.c", "две строки")]
    assert [key for key, _ in qa_public_sites.yaml_messages(_STRINGS_EN)][-1] == "legal.nested.notice"


def test_fluent_messages_and_attributes_are_read_but_not_terms_or_plural_selections() -> None:
    assert qa_public_sites.ftl_messages(_VPN_EN) == [
        ("vpn-devices", "Connect up to 5 different devices with one subscription, including Mac, but also iOS, "
                        "Windows, Linux, and Android."),
        ("vpn-guarantee", "{ -brand-name-vpn } has a 30-day money-back guarantee: no hassle, no risk at all."),
        ("vpn-guarantee.title", "A guarantee that gives your money back within thirty days"),
        ("vpn-short", "Get { -brand-name-vpn }"),
    ]


def test_each_site_pairs_its_messages_by_key(mirror: Path) -> None:
    """bitcoin.org's pages are its sections, mozilla.org's its files; a message with no Russian,
    a short one, a title of fewer than five words, a file only the English has and a third
    language's file give no pair; the index counts every English message of the page."""
    blocks = qa_public_sites.pages()
    assert sorted(blocks) == ["bitcoin/faq", "bitcoin/legal", "mozilla/products/vpn/features"]
    assert [(b.index, b.target[:20]) for b in blocks["bitcoin/faq"]] == [
        (2, "Комиссия не зависит "), (3, "Биткойн уникален тем"), (4, "Биткойн позволяет по")]
    assert [b.index for b in blocks["bitcoin/legal"]] == [0]
    assert [(b.index, b.source[:12]) for b in blocks["mozilla/products/vpn/features"]] == [
        (0, "Connect up t"), (1, "{ -brand-nam"), (2, "A guarantee ")]


def test_a_tree_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    english, _ = qa_public_sites.SOURCES["mozilla"]
    assert_another_version_is_refused(read_tree, english, "no en at")


def test_no_used_up_source_is_read() -> None:
    """None of the repositories the security-guides, rust-books, glossaries, ml-courses,
    framework-docs, lessons, org-sites, community-docs and news sets read; each site's two sides
    are read at one commit."""
    trees = [tree for pair in qa_public_sites.SOURCES.values() for tree in pair]
    used = ({tree.repo for module in (qa_community_docs, qa_org_sites, qa_lessons, qa_framework_docs, qa_ml_courses,
                                      qa_glossaries, qa_rust_books, qa_security_guides)
             for pair in module.SOURCES.values() for tree in pair} | {qa_news_numbers.REPO})
    assert {tree.repo for tree in trees} == {"bitcoin/bitcoin.org", "mozilla-l10n/www-l10n"}
    assert not {tree.repo for tree in trees} & used
    assert all(len({tree.commit for tree in pair}) == 1 for pair in qa_public_sites.SOURCES.values())
    assert list(qa_public_sites.SOURCES) == list(qa_public_sites.PAIRS) == list(qa_public_sites.WITH_DIGITS)


def test_the_committed_set_holds_the_labels_its_docstring_counts() -> None:
    """The pairs drawn from those holding a digit, and the labels committed: the 30 errors in 30
    pairs the docstring states, check by check and site by site, less the 2 `capitalisation`
    labels house rule D7 withdrew in session 38 (28 errors in 28 pairs), with the 2 `url-email`
    labels session 41 added by house rule D5's proposed completion (30 errors in 29 pairs)."""
    assert qa_public_sites.WITH_DIGITS == {"bitcoin": 27, "mozilla": 60}
    frozen = json.loads(qa_public_sites.DATA.read_text(encoding="utf-8"))
    labelled = [p for p in frozen["pairs"] if p["real_errors"]]
    assert len(frozen["pairs"]) == 520 and len(labelled) == 57  # session 38, house rule D7; session 41, D5; session 46, D18 (b): 28 on
    assert Counter(p["id"].split("/")[0] for p in frozen["pairs"]) == {"bitcoin": 220, "mozilla": 300}
    assert Counter(p["id"].split("/")[0] for p in labelled) == {"bitcoin": 49, "mozilla": 8}
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 7, "whitespace": 7, "number-mismatch": 5, "spacing": 35,
        "url-email": 3, "untranslated-fragment": 2, "punctuation-end": 1, "repeated-word": 1}
    assert all(what.strip() and "\u200b" not in what for p in labelled for what in p["real_errors"].values())


def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair drawn, each site's two holding a digit first and then those without."""
    monkeypatch.setattr(qa_public_sites, "WITH_DIGITS", {"bitcoin": 2, "mozilla": 2})
    return draw_frozen(qa_public_sites, data, {"bitcoin": 4, "mozilla": 3}, monkeypatch)


def test_the_frozen_selection_is_drawn_per_site_with_its_digits_loads_its_labels_and_refuses_a_changed_block(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "bitcoin/faq#2", "bitcoin/faq#3", "bitcoin/faq#4", "bitcoin/legal#0",
        "mozilla/products/vpn/features#0", "mozilla/products/vpn/features#1", "mozilla/products/vpn/features#2"]
    cases = load_labelled(qa_public_sites, frozen, "bitcoin/faq#3")
    assert len(cases) == 7 and all(c.real for c in cases)
    assert [c.target[:16] for c in cases if c.checks] == ["Биткойн уникален"]
    _mirror_sites(mirror, monkeypatch, _STRINGS_RU.replace("21 миллион", "22 миллиона"))
    assert_a_changed_block_is_refused(qa_public_sites)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: a made-up
    repository with one made-up error stands in for the real set, which no test runs the checks on."""
    doubled = "Сайт не хранит, не отправляет и не получает биткойны от от чьего-либо имени."
    _mirror_sites(mirror, monkeypatch, _STRINGS_RU.replace("от чьего", "от от чьего"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_public_sites, frozen, "bitcoin/legal#0", "«от от», made up", "held-out public-sites",
                        doubled)
