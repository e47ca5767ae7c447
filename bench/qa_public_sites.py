"""The twenty-seventh frozen held-out QA set: websites that explain money and a browser to the
general public (a payment network's introduction, FAQ, legal notice and wallet guide; a browser
maker's product, privacy, history and mission pages) that their volunteers translated into
Russian, kept in public GitHub repositories that no check, no bench and no earlier set read; a
kind of text no earlier set read: persuasive and explanatory copy for people who are not
developers, with prices, fees, amounts of money, years, counts, percentages, speeds and versions
in running prose, where every earlier set read documentation written for users of a program.

Source: two sites whose English and Russian are key-value files, read where the ``fetch`` tool
mirrors public repositories (`bench.align_heldout.git_dir`) at the commit frozen in `SOURCES`
and refused unless the files read hash to the sha256 frozen there
(`bench.qa_community_docs.read_tree`):

* bitcoin.org (``bitcoin/bitcoin.org``, ``_translations/en.yml`` beside ``_translations/ru.yml``,
  the site's strings in YAML, translated through Transifex by its volunteers): the pages for
  individuals and businesses, how it works, the FAQ on value, price, fees and regulation, the
  things to know, protecting one's privacy, securing a wallet, scams, the legal notice, the
  vocabulary, events and the wallets' descriptions.
* mozilla.org (``mozilla-l10n/www-l10n``, ``en`` beside ``ru``, the site's Fluent ``.ftl``
  files, translated in Pontoon by Mozilla's Russian volunteers): Firefox's feature, comparison
  and download pages, Mozilla VPN's pages and prices, the privacy notices and FAQ, Mozilla's
  history, manifesto, mission and governance pages.

A message pairs by its key (`yaml_messages`, `ftl_messages`): a Russian message under the key of
an English one translates it; a Fluent message with a select expression (plurals) and a Fluent
term (a brand name) are not read. A pair is read when its English is prose (five English words or
more once placeholders and markup are taken out) and its Russian a real translation; the markup
(HTML links and tags, Fluent placeables such as ``{ -brand-name-firefox }``) is part of the
texts. Nothing of their text is committed.

``bench/data/qa_public_sites/cases.json`` freezes the set, written before any check ran on it:
``pairs``: `PAIRS` real pairs, each distinct pair once, `WITH_DIGITS` of each site's drawn from
its pairs that hold a digit on either side and the rest from those that hold none, with a fixed
seed; ``real_errors`` are added by reading (check -> what is wrong), the pair then a positive for
that check, otherwise a negative; no synthetic errors.

Do not tune the checks on this set: once its findings have been read to change a check, it is dev
data and a new held-out set is needed.

    python -m bench.qa_public_sites build     # write the selection (only for a new set)
    python -m bench.qa_public_sites show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.align_heldout import TextsAbsent
from bench.alignment_corpus import is_translated
from bench.qa_catalogues import is_prose
from bench.qa_community_docs import Tree, draw_per_work, read_tree
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command

DATA = Path(__file__).parent / "data" / "qa_public_sites" / "cases.json"
SEED = 2721

_BITCOIN = ("bitcoin/bitcoin.org", "3861a7ea7497a40812c22e28105c69d51a91a442")
_MOZILLA = ("mozilla-l10n/www-l10n", "442e139499cbf67e31cf7155ea4bdd4a69cfd87e")
SOURCES = {
    "bitcoin": (Tree(*_BITCOIN, "_translations", "en.yml",
                 "5f4599843237beaea9ff1f5974e183892fd6334eff5760ea50743c941c67a80f"),
                Tree(*_BITCOIN, "_translations", "ru.yml",
                 "b78d28dfa4f8d2a5cea28bd4a1ecd273353db9cafc807b7918848dbcb5cae623")),
    "mozilla": (Tree(*_MOZILLA, "en", ".ftl", "776d8ce559a95e822ad0ccfb53b5c20f39e0e1b8debb1414c3f0f5540f4f793a"),
                Tree(*_MOZILLA, "ru", ".ftl", "7906404ffa1b1e4ccec51f0341c60a0d818097550b3554249146ef87b5371786")),
}
"""Each site's English and Russian, kept side by side in one repository at one commit (the
suffix ``en.yml`` picks the one English file of the folder, ``ru.yml`` the Russian one)."""
PAIRS = {"bitcoin": 220, "mozilla": 300}
"""Pairs drawn from each site: most of bitcoin.org's 355 distinct prose pairs, and of
mozilla.org's 1,449 no more than keeps its translators under 60 % of the set."""
WITH_DIGITS = {"bitcoin": 27, "mozilla": 60}
"""Of each site's pairs, those drawn from its pairs that hold a digit, so that the sites' numbers
(prices, fees, amounts, years, counts, percentages) are read often enough to score
`number-mismatch`."""

_YAML_KEY = re.compile(r"( *)([\w.-]+):(?: +(.*))?")
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_FTL_MESSAGE = re.compile(r"([A-Za-z][\w-]*) *=(.*)")
_FTL_ATTRIBUTE = re.compile(r"\s+\.([\w-]+) *=(.*)")


def _spaced(text: str) -> str:
    """Runs of white space made one space, as a browser shows the text."""
    return re.sub(r"\s+", " ", text).strip()


def yaml_messages(text: str) -> list[tuple[str, str]]:
    """The string values of a site's translation file in YAML (the subset bitcoin.org writes:
    nested keys, double- and single-quoted strings that may run over lines, folded ``>`` and
    literal ``|`` blocks and plain strings), keyed by their path below the root (the language)
    joined with dots, in file order; white space made single. A hand reader, as the project
    reads no YAML otherwise."""
    lines = text.split("\n")
    found: list[tuple[str, str]] = []
    parents: list[tuple[int, str]] = []
    n = 0
    while n < len(lines):
        match = _YAML_KEY.fullmatch(lines[n].rstrip())
        n += 1
        if match is None:
            continue
        indent, key, value = len(match[1]), match[2], (match[3] or "").strip()
        while parents and parents[-1][0] >= indent:
            parents.pop()
        path = ".".join([name for _, name in parents[1:]] + [key])
        if not value:
            parents.append((indent, key))
            continue
        if value[0] in "\"'":
            quote = value[0]
            while not _closed(value, quote) and n < len(lines):
                value += " " + lines[n].strip()
                n += 1
            value = _unquoted(value, quote)
        elif value[0] in ">|":
            block: list[str] = []
            while n < len(lines) and (not lines[n].strip() or len(lines[n]) - len(lines[n].lstrip()) > indent):
                block.append(lines[n])
                n += 1
            value = " ".join(block)
        if parents:
            found.append((path, _spaced(value)))
    return found


def _closed(value: str, quote: str) -> bool:
    if quote == '"':
        return _DOUBLE_QUOTED.match(value) is not None
    return re.match(r"'(?:[^']|'')*'", value) is not None


def _unquoted(value: str, quote: str) -> str:
    if quote == '"':
        match = _DOUBLE_QUOTED.match(value)
        inner = match[1] if match else value[1:]
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), inner)
    match = re.match(r"'((?:[^']|'')*)'", value)
    return (match[1] if match else value[1:]).replace("''", "'")


def ftl_messages(text: str) -> list[tuple[str, str]]:
    """The messages and attributes of a Fluent file (``id`` and ``id.attribute``), in file
    order, each value's indented continuation lines joined and white space made single; a term
    (``-brand-name``) is not read, nor a value that selects among variants (``->``): its plural
    forms are no one sentence."""
    values: dict[str, list[str]] = {}
    message = key = ""
    for line in text.split("\n"):
        started = _FTL_MESSAGE.fullmatch(line.rstrip())
        attribute = _FTL_ATTRIBUTE.fullmatch(line.rstrip())
        if started is not None:
            message = key = started[1]
            values[key] = [started[2]]
        elif attribute is not None and message:
            key = f"{message}.{attribute[1]}"
            values[key] = [attribute[2]]
        elif line[:1] not in ("", " "):
            message = key = ""
        elif key:
            values[key].append(line)
    whole = {name: " ".join(parts) for name, parts in values.items()}
    return [(name, _spaced(value)) for name, value in whole.items() if "->" not in value]


def keyed_pages(name: str, english: dict[str, bytes], russian: dict[str, bytes],
                read_messages: Callable[[str], list[tuple[str, str]]],
                page_of: Callable[[str, str], str]) -> dict[str, list[Block]]:
    """The messages of the files named alike in `english` and `russian` (path -> bytes), paired
    by key: page ``name/page_of(path, key)``, index = the message's position among its page's
    English messages; a pair is kept when its English is prose and its Russian translates it."""
    found: dict[str, list[Block]] = {}
    for path in sorted(english.keys() & russian.keys()):
        translated = dict(read_messages(russian[path].decode("utf-8-sig")))
        positions: dict[str, int] = {}
        for key, source in read_messages(english[path].decode("utf-8-sig")):
            page = f"{name}/{page_of(path, key)}"
            index = positions.get(page, 0)
            positions[page] = index + 1
            target = translated.get(key, "")
            if is_prose(source) and is_translated(source, target):
                found.setdefault(page, []).append(Block(page, index, source, target))
    return found


def _read(tree: Tree) -> dict[str, bytes]:
    """The tree's files keyed by their path under its folder, the language's own file name made
    neutral (``en.yml`` and ``ru.yml`` both ``strings``) so that the two sides name it alike."""
    files = read_tree(tree)
    return {path.removeprefix(tree.folder + "/").removesuffix(tree.suffix).removesuffix("/") or "strings": data
            for path, data in files.items()}


def pages() -> dict[str, list[Block]]:
    """Every paired page of the two sites: bitcoin.org's named ``bitcoin/section`` after the
    first key below the language, mozilla.org's ``mozilla/path`` after the file; a tree absent
    from the mirror (or changed) is a missing file, so that the bench skips the set."""
    try:
        bitcoin = [_read(tree) for tree in SOURCES["bitcoin"]]
        mozilla = [_read(tree) for tree in SOURCES["mozilla"]]
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    found = keyed_pages("bitcoin", *bitcoin, yaml_messages, lambda _path, key: key.split(".")[0])
    return found | keyed_pages("mozilla", *mozilla, ftl_messages, lambda path, _key: path)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repositories; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): per site, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_public_sites.py. pairs: real messages of bitcoin.org and "
             "mozilla.org (en / ru, their volunteers' translations); real_errors labelled by reading before any "
             "check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
