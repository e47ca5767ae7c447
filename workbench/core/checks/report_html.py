"""The HTML report: one self-contained file an editor opens in a browser.

A summary by check (with links), then every finding under its check with the
segment pair, the flagged text highlighted in both source and target. No
scripts, no external style sheets or fonts: it must open the same from an
e-mail attachment. Every piece of text goes through `html.escape`, including
the messages, because they quote the translation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from html import escape

from workbench.core.checks.base import REGISTRY, Finding, Span
from workbench.core.checks.reports import code_legend, summary
from workbench.core.project import Segment

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em;
       color: #1d1d1f; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table.summary { border-collapse: collapse; }
table.summary td, table.summary th { padding: .25em .8em; text-align: left;
       border-bottom: 1px solid #eee; }
.finding { margin: 1em 0; padding: .6em .8em; border-left: 4px solid #999; background: #fafafa; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #e0a800; }
.finding.info { border-color: #0277bd; }
.sev { font-size: .8em; font-weight: bold; text-transform: uppercase; padding: 0 .4em;
       border-radius: 3px; color: #fff; background: #777; }
.sev.error { background: #c62828; } .sev.warning { background: #b8860b; }
.sev.info { background: #0277bd; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin-top: .5em; }
.pair div { white-space: pre-wrap; }
.lang { font-size: .75em; color: #666; display: block; }
mark { background: #ffe066; padding: 0 1px; border-radius: 2px; }
.concept { color: #555; font-size: .9em; }
"""


def highlight(text: str, spans: Sequence[Span]) -> str:
    """`text` escaped, with each span wrapped in <mark>; overlapping spans are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    cursor = 0
    for start, end in merged:
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def to_html(
    findings: Sequence[Finding],
    segments: Sequence[Segment],
    *,
    title: str,
    source_lang: str,
    target_lang: str,
) -> str:
    return "".join(html_chunks(findings, segments, title=title, source_lang=source_lang, target_lang=target_lang))


def html_chunks(
    findings: Sequence[Finding],
    segments: Sequence[Segment],
    *,
    title: str,
    source_lang: str,
    target_lang: str,
    documents: Mapping[int, str] | None = None,
    units: Mapping[int, str] | None = None,
    codes: Mapping[int, Mapping[str, str]] | None = None,
) -> Iterator[str]:
    """`to_html`'s text a finding at a time, for the command to write as it comes (a report of
    200,000 findings is hundreds of megabytes). Each finding names its document and the unit id
    the client's file gave its pair, when given: a vendor finds the unit in their own tool."""
    by_position = {s.position: s for s in segments}
    rows = summary(findings)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    yield "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}: check report</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}: check report</h1>",
        f"<p>{len(findings)} findings in {len(segments)} segments. Generated {generated}.</p>",
    ]) + "\n"
    if rows:
        yield _line(
            '<table class="summary"><tr><th>check</th><th>severity</th><th>count</th>'
            "<th>what it means</th></tr>"
        )
        for check, severity, count in rows:
            spec = REGISTRY.get(check)
            yield _line(
                f'<tr><td><a href="#{escape(check)}">{escape(check)}</a></td>'
                f'<td><span class="sev {severity}">{severity}</span></td><td>{count}</td>'
                f"<td>{escape(spec.summary if spec else '')}</td></tr>"
            )
        yield _line("</table>")
    else:
        yield _line("<p>No findings.</p>")
    for check, _, count in rows:
        yield _line(f'<h2 id="{escape(check)}">{escape(check)} ({count})</h2>')
        for f in findings:
            if f.check != check:
                continue
            seg = by_position.get(f.segment)
            concept = (
                f' <span class="concept">concept {_isolated(f.concept)}</span>' if f.concept else ""
            )
            where = ""
            if seg is not None and documents and seg.document_id in documents:
                where += f' <span class="concept">{_isolated(documents[seg.document_id])}</span>'
            if seg is not None and units and seg.id in units:
                where += f' <span class="concept">unit {_isolated(units[seg.id])}</span>'
            yield _line(
                f'<div class="finding {f.severity}" id="f-{f.segment}-{escape(check)}">'
                f'<strong>Segment {f.segment}</strong>{where} <span class="sev {f.severity}">'
                f"{f.severity}</span>{concept}<div>{escape(f.message)}</div>"
            )
            if seg is not None:
                yield _line(
                    '<div class="pair">'
                    f'<div lang="{escape(source_lang)}"><span class="lang">{escape(source_lang)}'
                    f"</span>{highlight(seg.source, f.source_spans)}</div>"
                    f'<div lang="{escape(target_lang)}"><span class="lang">{escape(target_lang)}'
                    f"</span>{highlight(seg.target, f.target_spans)}</div></div>"
                )
                if codes and seg.id in codes:
                    yield _line(f'<div class="concept">{escape(code_legend(codes[seg.id]))}</div>')
            yield _line("</div>")
    yield "</body></html>\n"


def _isolated(name: str) -> str:
    """A name the client's file or termbase gave (a unit id, a document, a concept), escaped and
    isolated in <bdi>: a right-to-left override inside it (U+202E) would otherwise run on and
    reverse the rest of the finding's line (harden27, round 27)."""
    return f"<bdi>{escape(name)}</bdi>"


def _line(text: str) -> str:
    """One of the report's lines (each piece of it was one before it was written in pieces)."""
    return text + "\n"
