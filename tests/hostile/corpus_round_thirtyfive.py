"""The hostile corpus, round 35: XLIFF and TMX past libxml2's limits.

An XLIFF 1.2 `<g>`, an XLIFF 2.0 `<pc>`, a `memory import`'s and an `import --tmx`'s TMX `<hi>`,
each 100,000 deep, were refused in one line that quoted libxml2 ("Excessive depth in document:
256, use XML_PARSE_HUGE option"), and a unit of over 10 MB of text ("Resource limit exceeded:
Text node too long, try XML_PARSE_HUGE"): an option of the library, which nobody running
workbench can set. The line says what is wrong in the file now. Same shape as `corpus.CASES`
(and run by the same test)."""

from __future__ import annotations

from tests.hostile.corpus import TU, XML_DECLARATION, Case, tmx, writes, xliff

DEPTH = 100_000
TOO_DEEP = "nested more than 256 deep, past what the XML reader takes"
TOO_LONG = "a text of over 10 MB in one element, past what the XML reader takes"
LONG_TEXT = "word " * 2_100_000


def nested(tag: str, attributes: str = "") -> str:
    return f"<{tag}{attributes}>" * DEPTH + "x" + f"</{tag}>" * DEPTH


XLIFF2 = (XML_DECLARATION + '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru">'
          '<file id="f"><unit id="1"><segment><source>{source}</source></segment></unit></file></xliff>\n')

CASES: list[Case] = [
    Case("xliff-g-too-deep", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>' + nested("g", ' id="1"') + "</source></trans-unit>")), 2,
         TOO_DEEP, isolation="subprocess"),
    Case("xliff2-pc-too-deep", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", XLIFF2.format(source=nested("pc", ' id="1"'))), 2, TOO_DEEP, isolation="subprocess"),
    Case("tmx-hi-too-deep", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en=nested("hi"), ru="x"))), 2, TOO_DEEP, isolation="subprocess"),
    Case("memory-import-hi-too-deep", ("memory", "import", "{p}", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en=nested("hi"), ru="x"))), 2, TOO_DEEP, isolation="subprocess"),
    Case("xliff-unit-over-10mb", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff(f'<trans-unit id="1"><source>{LONG_TEXT}</source></trans-unit>')), 2, TOO_LONG,
         isolation="subprocess"),
    Case("tmx-unit-over-10mb", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en=LONG_TEXT, ru="x"))), 2, TOO_LONG, isolation="subprocess"),
]
