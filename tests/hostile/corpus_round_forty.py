"""The hostile corpus, round 40: `align-files --presegmented` bounded as a document is.

Without `--presegmented`, `align-files` refuses a file past 16 MB or 200,000 lines, as an import
does; with it, the file was read and aligned whatever its size: 250,000 one-letter lines aligned
for two minutes (23 s of CPU at load 23), 100 MB did not end within two, and a line of any
length was one sentence. Both paths read through `ingest.read_document` now, and a line is at
most `MAX_SEGMENT_CHARS`, as an import's sentence is. Same shape as `corpus.CASES` (and run by
the same test)."""

from __future__ import annotations

from tests.hostile.corpus import EN, RU, Case, both, writes

ALIGN = ("align-files", "--presegmented", "--no-semantic", "{in}/doc.en.txt", "{in}/doc.ru.txt")
RU_FILE = writes("doc.ru.txt", RU)

CASES: list[Case] = [
    Case("align-files-presegmented-too-many-lines", ALIGN, both(writes("doc.en.txt", "a\n" * 200_001), RU_FILE), 2,
         "200,001 lines are too many for one document (at most 200,000)"),
    Case("align-files-presegmented-a-line-too-long", ALIGN,
         both(writes("doc.en.txt", EN + "word " * 10_001 + "\n"), RU_FILE), 2,
         "line 4: 50,004 characters are too many for one sentence (at most 50,000)"),
]
