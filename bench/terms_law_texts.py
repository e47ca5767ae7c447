"""The seventh bilingual term set's texts (`python -m bench.terms_bilingual --set en-ru-law`):
ten of Mozilla's legal documents (terms of service, terms of use, privacy notices, policies) in
English and in the Russian an external vendor wrote for Mozilla, read from the ``fetch`` mirror of
``mozilla/legal-docs`` at ``COMMIT`` (CC BY-SA 3.0 Unported, the repository's ``LICENSE.md``), each
file refused unless it hashes to its frozen sha256. Nothing of their text is committed.

A document's blocks are its non-blank Markdown lines (a heading, a paragraph, a list item), the
English paired with the Russian line of the same place: in every document listed both languages
hold as many lines, each of the same Markdown kind, because the vendor translates the files line by
line. A block is plain text: a line that is only a Python-Markdown attribute list (``{: #id}``) is
no block, and the Markdown is dropped (heading, list and quote markers, emphasis, attribute lists,
a link's address, HTML tags, kept their words) so that a term check reads words, not markup.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from dataclasses import dataclass

from bench.align_heldout import TextsAbsent, git_dir
from bench.qa_heldout import HeldOutCase

REPO = "mozilla/legal-docs"
COMMIT = "f098c17556ff822c17f4b6bd591c9b459be2f183"


@dataclass(frozen=True)
class Document:
    """One legal document: its file name in ``en/`` and ``ru/`` and both files' sha256."""

    file: str
    en_sha256: str
    ru_sha256: str


DOCUMENTS: dict[str, Document] = {
    "firefox-terms-of-use": Document(
        "firefox_terms_of_use",
        "73e17f5421b497e1277cddcb570af9d43790c11a819588542da66593ae87a24d",
        "17b39f56df3fa4f0bf88e1b7246218745cf6d47556bd42770ac3270420747333"),
    "firefox-cloud-services-tos": Document(
        "firefox_cloud_services_tos",
        "2d9c7e0332e07e0e9dc7293d65d1a65b2f217fe60046de14b6d1db0b9086d2d2",
        "77bad02e083dfd351e9e4f38ba3dc43cfe827d6850c1d26bcdf09fab6d745ed9"),
    "subscription-services-tos": Document(
        "subscription_services_tos",
        "720fb9b788700573a4c6a89258ed96fe8a3008747a8ad37138c54ff1d8bba887",
        "73f2c8e48296bca83a691828d9e7ce04cb97a2129bf52ab63301775b23629fb4"),
    "mdn-plus-terms": Document(
        "mdn_plus_terms",
        "7f9365efe8c0f02c664f84526688b3826479c7798be6ed96413d43dc3d35b608",
        "f34763eac75a5ed308c0e38747948489eb03bc21cf9bab756e15bc6fe905ddcc"),
    "acceptable-use-policy": Document(
        "acceptable_use_policy",
        "9dabb563f87f3a3d5ff2cda678bb2f5c372ee7218664ecca1f166e87f6801d97",
        "54bc7ecf0a6cd9e02756246ff2518ef87913127c4758279addba4ab7218db3a4"),
    "report-infringement": Document(
        "report_infringement",
        "3e713b2cb764f3562f80a90aedec5464a012bcea229cc9c224cf602b83e138d2",
        "c48a81ee8593465517d6d6d9e2949279fca86af7d28a66a3e8a6b9d9175d541d"),
    "content-moderation-practices": Document(
        "content_moderation_practices",
        "5ea785fd5c1db97649c6bc8657f36b363a3d420b9e25766e5d55f67f85f24653",
        "45492d7e6d0e8fdc075000118b81c632b9a16bae5c53bdcd7bedc904ee901dc7"),
    "mozilla-privacy-policy": Document(
        "mozilla_privacy_policy",
        "ea68bf4e7378b7b70dd931c15a848ed83c7cfd74e82299dd1804ac234cd15f36",
        "1c57d58397dcfbaee8ac26923a479c3a35d7ab21ae44cc6d4a0e54186ebb2671"),
    "subscription-services-privacy-notice": Document(
        "subscription_services_privacy_notice",
        "7baba0354c6f23e8d1243e20d8046c0581ae04c8b1fbdafe1160db048358ba6f",
        "5004f610e37b08b54764a385ca6b09038902a36d9ac1b93425c8dfea7ae58d75"),
    "websites-privacy-notice": Document(
        "websites_privacy_notice",
        "0aec2683c4c1a261173667957ccbf3bcbff5073db5880c49d4ca6c335ef95c1c",
        "bc2d110abd81abf13201be681876d71d559b2023cdac7f933873607ec1e8c3ae"),
}
"""The documents, in the order they become the project's documents."""

_ATTRIBUTES = re.compile(r"\s*\{:[^}]*\}")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LEAD = re.compile(r"^\s*(?:(?:#+|>|[*+-]|\d+\\?\.)\s+)+")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def plain(line: str) -> str:
    """A Markdown line as the words a reader sees (the module docstring's rule)."""
    text = _LINK.sub(r"\1", _ATTRIBUTES.sub("", line))
    text = _LEAD.sub("", _TAG.sub("", text))
    return " ".join(_EMPHASIS.sub("", text).split())


def _read(path: str, sha256: str) -> str:
    shown = subprocess.run(["git", "--git-dir", str(git_dir(REPO)), "show", f"{COMMIT}:{path}"],
                           capture_output=True, check=False)
    if shown.returncode:
        raise TextsAbsent(f"{REPO} has no {path} at {COMMIT[:7]}")
    if hashlib.sha256(shown.stdout).hexdigest() != sha256:
        raise TextsAbsent(f"{REPO} {path} is not the text that was labelled")
    return shown.stdout.decode("utf-8")


def blocks(name: str) -> list[tuple[str, str, str]]:
    """One document's (block id, English, Russian) blocks; the id is ``name#n``, n the Markdown
    line's place among the file's non-blank lines."""
    document = DOCUMENTS[name]
    english = [line for line in _read(f"en/{document.file}.md", document.en_sha256).splitlines() if line.strip()]
    russian = [line for line in _read(f"ru/{document.file}.md", document.ru_sha256).splitlines() if line.strip()]
    if len(english) != len(russian):
        raise TextsAbsent(f"{REPO} {document.file}: the languages hold {len(english)} and {len(russian)} lines")
    return [(f"{name}#{n}", plain(en), plain(ru)) for n, (en, ru) in enumerate(zip(english, russian))
            if plain(en) and plain(ru)]


def block_digest(source: str, target: str) -> str:
    """The first 12 hex digits of the sha256 of ``source<TAB>target``, as the listing freezes it."""
    return hashlib.sha256(f"{source}\t{target}".encode()).hexdigest()[:12]


def load() -> list[HeldOutCase]:
    """Every document's blocks as real cases (the shape `bench.terms_bilingual.read_case_pairs`
    reads); a text absent or changed raises `ValueError`."""
    try:
        return [HeldOutCase(en, ru, frozenset(), "real pair", (), (), True, block)
                for name in DOCUMENTS for block, en, ru in blocks(name)]
    except TextsAbsent as absent:
        raise ValueError(str(absent)) from absent
