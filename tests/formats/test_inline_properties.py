"""Round-trip properties: random segments with nested inline codes survive TMX and XLIFF 1.2 and 2.1.

Each example builds real markup (pairs, standalone codes with native code and
`sub` flows, wrappers nested in wrappers), reads it through our reader,
writes it back through our writer, and compares canonical XML (C14N): what
the file said must come back unchanged.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from workbench.formats.tmx import read_tmx, write_tmx
from workbench.formats.xliff import XLIFF1_NS, XLIFF2_NS, FilledTarget, fill_xliff, read_xliff

words = st.text(st.sampled_from("abc xyz<>&\"'ё"), min_size=0, max_size=6).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
)


@st.composite
def tmx_content(draw: st.DrawFn, depth: int = 0, pair: list[int] | None = None) -> str:
    """Seg content: text with bpt/ept pairs, ph (with native code, maybe a sub), it, and nested hi."""
    parts = [draw(words)]
    pair = pair if pair is not None else [0]  # `i` is unique in a whole seg
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["pair", "ph", "it", "hi"] if depth < 2 else ["pair", "ph", "it"]))
        n = draw(st.integers(1, 50))
        if kind == "pair":
            pair[0] += 1
            i = str(pair[0])
            parts.append(f'<bpt i="{i}" type="bold">&lt;b&gt;</bpt>{draw(words)}<ept i="{i}">&lt;/b&gt;</ept>')
        elif kind == "ph":
            sub = f"<sub>{draw(words)}</sub>" if draw(st.booleans()) else ""
            x = f' x="{n}"' if draw(st.booleans()) else ""
            parts.append(f'<ph{x} type="fn">&lt;fn t="{sub}"/&gt;</ph>')
        elif kind == "it":
            parts.append(f'<it pos="{draw(st.sampled_from(["begin", "end"]))}" x="{n}">&lt;i&gt;</it>')
        else:
            parts.append(f'<hi x="{n}" type="em">{draw(tmx_content(depth + 1, pair))}</hi>')
        parts.append(draw(words))
    return "".join(parts)


def c14n_segs(path: Path) -> list[bytes]:
    return [etree.tostring(seg, method="c14n") for seg in etree.parse(str(path)).iter("seg")]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units=st.lists(st.tuples(tmx_content(), tmx_content()), min_size=1, max_size=4))
def test_tmx_inline_codes_round_trip(units: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "in.tmx"
        body = "".join(
            f'<tu><tuv xml:lang="en"><seg>{s}</seg></tuv><tuv xml:lang="ru"><seg>{t}</seg></tuv></tu>\n'
            for s, t in units
        )
        original.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="html" '
            'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>'
            f"<body>\n{body}</body></tmx>\n",
            encoding="utf-8",
        )
        read = list(read_tmx(original, "en", "ru"))
        out = Path(folder) / "out.tmx"
        write_tmx(out, read, source_lang="en", target_lang="ru")
        assert c14n_segs(out) == c14n_segs(original)
        again = list(read_tmx(out, "en", "ru"))
        assert [(u.source, u.target, u.codes) for u in again] == [(u.source, u.target, u.codes) for u in read]


@st.composite
def xliff_content(draw: st.DrawFn, depth: int = 0, counter: list[int] | None = None) -> str:
    """XLIFF 1.2 content: g wrappers (nested), x, ph with native code, bx/ex and bpt/ept pairs."""
    parts = [draw(words)]
    counter = counter if counter is not None else [0]
    for _ in range(draw(st.integers(0, 4))):
        counter[0] += 1
        ident = str(counter[0])
        kind = draw(st.sampled_from(["g", "x", "ph", "bx", "bpt"] if depth < 2 else ["x", "ph", "bx", "bpt"]))
        if kind == "g":
            parts.append(f'<g id="{ident}" ctype="bold">{draw(xliff_content(depth + 1, counter))}</g>')
        elif kind == "x":
            parts.append(f'<x id="{ident}" ctype="lb"/>')
        elif kind == "ph":
            parts.append(f'<ph id="{ident}">&lt;br/&gt;</ph>')
        elif kind == "bx":
            parts.append(f'<bx id="{ident}"/>{draw(words)}<ex id="{ident}"/>')
        else:
            parts.append(f'<bpt id="{ident}">&lt;i&gt;</bpt>{draw(words)}<ept id="{ident}">&lt;/i&gt;</ept>')
        parts.append(draw(words))
    return "".join(parts)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units=st.lists(st.tuples(xliff_content(), xliff_content()), min_size=1, max_size=4))
def test_xliff_inline_codes_round_trip(units: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        body = "".join(
            f'<trans-unit id="u{n}" xml:space="preserve"><source>{s}</source><target>{t}</target></trans-unit>\n'
            for n, (s, t) in enumerate(units)
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{XLIFF1_NS}">'
            f'<file original="x" source-language="en" target-language="ru" datatype="plaintext"><body>\n{body}'
            "</body></file></xliff>\n"
        )
        original = Path(folder) / "in.xlf"
        original.write_text(document, encoding="utf-8")
        segments = list(read_xliff(original, "en", "ru"))
        # A template without targets, filled from what was read: the targets must come back.
        template = Path(folder) / "template.xlf"
        template.write_text(etree.tostring(_without_targets(original)).decode(), encoding="utf-8")
        out = Path(folder) / "out.xlf"
        fill_xliff(template, out, {s.unit_id: FilledTarget(s.target, "translated", s.codes) for s in segments})
        want = [_c14n_content(t) for t in etree.parse(str(original)).iter(f"{{{XLIFF1_NS}}}target")]
        got = [_c14n_content(t) for t in etree.parse(str(out)).iter(f"{{{XLIFF1_NS}}}target")]
        assert got == want


def _without_targets(path: Path) -> etree._Element:
    root = etree.parse(str(path)).getroot()
    for target in list(root.iter(f"{{{XLIFF1_NS}}}target")):
        target.getparent().remove(target)
    return root


def _c14n_content(target: etree._Element) -> bytes:
    """A target's content in canonical form (its own attributes, such as state, aside)."""
    copy = etree.fromstring(etree.tostring(target))
    copy.attrib.clear()
    return etree.tostring(copy, method="c14n")


@st.composite
def xliff2_content(draw: st.DrawFn, depth: int = 0, counter: list[int] | None = None) -> str:
    """XLIFF 2 content: pc wrappers (nested), ph, and sc/ec pairs."""
    parts = [draw(words)]
    counter = counter if counter is not None else [0]
    for _ in range(draw(st.integers(0, 4))):
        counter[0] += 1
        ident = str(counter[0])
        kind = draw(st.sampled_from(["pc", "ph", "sc"] if depth < 2 else ["ph", "sc"]))
        if kind == "pc":
            parts.append(f'<pc id="{ident}" type="fmt">{draw(xliff2_content(depth + 1, counter))}</pc>')
        elif kind == "ph":
            parts.append(f'<ph id="{ident}" dataRef="d{ident}"/>')
        else:
            parts.append(f'<sc id="{ident}"/>{draw(words)}<ec startRef="{ident}"/>')
        parts.append(draw(words))
    return "".join(parts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units=st.lists(st.tuples(xliff2_content(), xliff2_content()), min_size=1, max_size=4))
def test_xliff2_inline_codes_round_trip(units: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        body = "".join(
            f'<unit id="u{n}"><segment><source xml:space="preserve">{s}</source>'
            f'<target xml:space="preserve">{t}</target></segment></unit>\n'
            for n, (s, t) in enumerate(units)
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.1" xmlns="{XLIFF2_NS}" '
            f'srcLang="en" trgLang="ru"><file id="f">\n{body}</file></xliff>\n'
        )
        original = Path(folder) / "in.xlf"
        original.write_text(document, encoding="utf-8")
        segments = list(read_xliff(original, "en", "ru"))
        template = Path(folder) / "template.xlf"
        root = etree.parse(str(original)).getroot()
        for target in list(root.iter(f"{{{XLIFF2_NS}}}target")):
            target.getparent().remove(target)
        template.write_text(etree.tostring(root).decode(), encoding="utf-8")
        out = Path(folder) / "out.xlf"
        fill_xliff(template, out, {s.unit_id: FilledTarget(s.target, "translated", s.codes) for s in segments})
        want = [_c14n_content(t) for t in etree.parse(str(original)).iter(f"{{{XLIFF2_NS}}}target")]
        got = [_c14n_content(t) for t in etree.parse(str(out)).iter(f"{{{XLIFF2_NS}}}target")]
        assert got == want
