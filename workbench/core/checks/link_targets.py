"""Links of the translation that lost the place they pointed to: `url-email`'s relative links.

`url-email` compares web and e-mail addresses (`literals`); a link within the site or the page
("[Setup Commands](#setup-commands)", `<a href="../guide/#install">`) has no address to compare,
and a translation may rightly change its target: the slug of an anchor follows the translated
heading («#написание-readme» for "#writing-a-readme"), a language folder is the reader's
("/en/lessons/…" as "/ru/lessons/…"), a site-relative path is written relative to the page
("/course/chapter3" as "../chapter3/1"), a page's extension comes and goes. What a reviewer never
lets through is a link that pointed to a section and now points to none: the source's anchor
replaced by a bare path («[Команды для настройки](../..)» for "(#setup-commands)", a machine
translator's rewriting of relative links, which broke every entry of its tables of contents) or
by an empty "#". The link still opens, at the top of some folder or page, so nothing else says it.

Where the document is known (the project's segments hold the heading the source's anchor
names), an anchor the translation renamed must name its translated heading: one that names no
heading of the translation, nor the source's, leads nowhere in the page either.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from workbench.core.checks.base import Finding
from workbench.core.checks.quoted import cut
from workbench.core.project import Segment
from workbench.wording import N_, worded

_MARKDOWN_TARGET = re.compile(r"\]\([ \t]*<?([^()\s<>]+)>?(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)")
"""A Markdown link's (or image's) target: "](#setup-commands)", "](../guide.md "Guide")"."""
_HREF = re.compile(r"""<a\s[^<>]*?\bhref[ \t]*=[ \t]*(["'])([^"'<>]*)\1""", re.IGNORECASE)
_ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)", re.IGNORECASE)
"""An address with a scheme ("https:", "mailto:"), a network path, or a host: `literals`'
`_addresses` compares those."""
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_INLINE_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_SLUG_DROPPED = re.compile(r"[^\w\- ]")
_CUSTOM_ID = re.compile(r"[ \t]*\{#([^{}\s]+)\}$")
"""A heading's own anchor ("## Setup {#setup}"), which some Markdown sites take instead of a slug."""


@dataclass(frozen=True)
class LostTarget:
    """A link of the source whose target the translation changed into `changed`: the anchor of
    `original` dropped, or renamed to one that names no heading of the document."""

    original: str
    changed: str
    renamed: bool
    """True where the anchor was renamed to no heading; False where it was dropped."""


def relative_targets(text: str) -> list[str]:
    """The targets of the links `text` makes within its site, in the order they stand."""
    found = [(m.start(), m.group(1)) for m in _MARKDOWN_TARGET.finditer(text)]
    found += [(m.start(), m.group(2).strip()) for m in _HREF.finditer(text)]
    return [target for _, target in sorted(found) if not _ABSOLUTE.match(target)]


def _unmatched(targets: list[str], others: list[str]) -> list[str]:
    """`targets` less those `others` has as well, each as often as it has it, in their order."""
    spare = Counter(others)
    left = []
    for target in targets:
        if spare[target]:
            spare[target] -= 1
        else:
            left.append(target)
    return left


def _anchor(target: str) -> str | None:
    """The part of `target` after "#", or None where it names no anchor."""
    return target.partition("#")[2] if "#" in target else None


def _heading_slugs(texts: Iterable[str]) -> set[str]:
    """The anchors the headings of `texts` make."""
    slugs = set()
    for text in texts:
        for m in _HEADING.finditer(text):
            custom = _CUSTOM_ID.search(m.group(1))
            slugs.add(custom.group(1).casefold() if custom else slug(m.group(1)))
    return slugs


def slug(heading: str) -> str:
    """The anchor GitHub and most Markdown sites derive from a heading: its words in small letters
    joined by hyphens, punctuation dropped, a link's text kept ("Setup Commands" → "setup-commands",
    «Команды для настройки» → «команды-для-настройки»)."""
    text = _INLINE_LINK.sub(r"\1", heading).strip().casefold()
    return _SLUG_DROPPED.sub("", text).replace(" ", "-")


def lost_targets(source: str, target: str, segments: Sequence[Segment] = ()) -> Iterator[LostTarget]:
    """The source's links within the site whose anchor the translation lost. The links the two
    texts share are set aside; the rest are paired in order, and only where both have as many,
    so a link the translator added or left out pairs with nothing."""
    if "#" not in source:
        return
    originals = relative_targets(source)
    if not any("#" in t for t in originals):
        return
    missing = _unmatched(originals, relative_targets(target))
    changed = _unmatched(relative_targets(target), originals)
    if not missing or len(missing) != len(changed):
        return
    for original, copy in zip(missing, changed, strict=True):
        anchor, anchored = _anchor(original), _anchor(copy)
        if not anchor:
            continue
        if not anchored:
            yield LostTarget(original, copy, renamed=False)
        elif original.startswith("#") and copy.startswith("#") and segments and _names_no_heading(
                anchor, anchored, segments):
            yield LostTarget(original, copy, renamed=True)


def _names_no_heading(anchor: str, renamed: str, segments: Sequence[Segment]) -> bool:
    """Whether the document holds the heading the source's `anchor` names, and the translation's
    `renamed` anchor is the slug of no heading there, translated or not."""
    source_slugs = _heading_slugs(seg.source for seg in segments)
    if unquote(anchor).casefold() not in source_slugs:
        return False  # the document is not all here, or the anchor is written in by hand
    target_slugs = _heading_slugs(seg.target for seg in segments)
    return unquote(renamed).casefold() not in target_slugs | source_slugs


def findings(position: int, source: str, target: str, segments: Sequence[Segment] = ()) -> Iterator[Finding]:
    """`url-email`'s findings on the links `lost_targets` reads: one a link."""
    for lost in lost_targets(source, target, segments):
        if lost.renamed:
            wording = worded(N_("Link targets differ: the source's anchor “{original}” is “{changed}” in the target, "
                                "which names no heading of the document."), original=cut(lost.original),
                             changed=cut(lost.changed))
        else:
            wording = worded(N_("Link targets differ: the source links to “{original}”, the target to “{changed}”, "
                                "which drops the anchor."), original=cut(lost.original), changed=cut(lost.changed))
        yield Finding(position, "url-email", "error", **wording,
                      source_spans=_spans(source, lost.original), target_spans=_spans(target, lost.changed))


def _spans(text: str, link_target: str) -> tuple[tuple[int, int], ...]:
    """Where `text` writes `link_target` inside a link's brackets or quotes."""
    return tuple((m.start() + 1, m.end() - 1)
                 for m in re.finditer(rf"[(\"']{re.escape(link_target)}[)\"' ]", text))
