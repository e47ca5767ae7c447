"""The tenth bilingual term set's texts (`python -m bench.terms_bilingual --set en-ru-sdg`): the
United Nations' Sustainable Development Goals in English with the UN's official Russian, as the
Open SDG project keeps them for its data platforms (``open-sdg/sdg-translations``,
``translations/{en,ru}/global_{goals,targets,indicators}.yml``), read from the ``fetch`` mirror at
``0cda585``, each file refused unless it hashes to the sha256 frozen here. Nothing of the text is
committed: the repository is MIT-licensed (© 2019 Open SDG), the texts are the General Assembly's
(A/RES/70/1, the 2030 Agenda's goals and targets, and A/RES/71/313 with its annual refinements, the
global indicator framework) in the UN's own Russian; `pairs.tsv` holds only keys and digests.

* ``sdg-goals``: the 17 goals, each a short name ("No poverty") and a title;
* ``sdg-targets``: the 169 targets ("By 2030, eradicate extreme poverty ...");
* ``sdg-indicators``: the global indicators ("Proportion of population below ...").

A file is flat YAML, one ``key: value`` entry a line with folded continuation lines and single
quotes where the value needs them (`entries` reads exactly that). A pair is the English and the
Russian value of one key; every key both languages hold is a pair unless its Russian holds no
Russian letter. `pairs.tsv` lists them, less six indicators whose Russian translates another
edition of the indicator (`bench.terms_bilingual` names them): ``text``, ``bead`` (the key's place in the English file),
``block`` (``<text>#<bead>``), ``digest`` (the QA sets' block digest of the English and Russian)
and ``key``.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import HeldOutCase, absent_is_missing
from bench.terms_listing import listed_case, rows

REPO = "open-sdg/sdg-translations"
COMMIT = "0cda585851a5c6f04040a9a2755fbb4496c4eead"
PAIRS = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_sdg" / "pairs.tsv"

_FILES: dict[str, tuple[str, str, str, str]] = {
    "sdg-goals": ("translations/en/global_goals.yml", "1dfd6cb9dd4dfde38f83bec8c562090eae6c2683c0f5ab6b99ed142d297f7b2d",
                  "translations/ru/global_goals.yml", "db3bb3f8d1dccadbecfa4f4fd464ba197d68bb93268881a8f625f0c1380f102f"),
    "sdg-targets": ("translations/en/global_targets.yml", "955313c5f0e7d4ff830f6df56d3124ca08e8a319be12267cdcaab1023942ea92",
                    "translations/ru/global_targets.yml", "a26845cbf805071fa4d848f9fa62ad6ba31dc8b67800e7a7a9ed6306cef15a9d"),
    "sdg-indicators": ("translations/en/global_indicators.yml", "968789185544b7ff0350586c88750a34b21e732b514a837c4c0ce29f8d7c5f62",
                       "translations/ru/global_indicators.yml", "814e0f663b6f6a926d006b8dd56685211fafee9820c01b78a6d4d28ddba7ad85"),
}
"""Each document's English and Russian file in the repository and their sha256."""

DOCUMENTS: dict[str, tuple[SourceFile, SourceFile]] = {
    name: (SourceFile(REPO, COMMIT, english, english_sha), SourceFile(REPO, COMMIT, russian, russian_sha))
    for name, (english, english_sha, russian, russian_sha) in _FILES.items()
}
"""The three documents by their name in the set, (English, Russian)."""

_ENTRY = re.compile(r"([0-9a-z-]+): (.*)")


def entries(text: str) -> dict[str, str]:
    """A flat YAML file's values by key, in file order: an entry starts at an unindented
    ``key: value`` line and folds its indented lines in with a space; a value in single quotes
    loses them and reads ``''`` as one quote. A line of any other shape is refused (`ValueError`):
    the file is then not the one that was read."""
    found: dict[str, list[str]] = {}
    key = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith(" ") and key:
            found[key].append(line.strip())
            continue
        entry = _ENTRY.fullmatch(line)
        if entry is None:
            raise ValueError(f"not a flat YAML entry: {line[:60]!r}")
        key = entry.group(1)
        found[key] = [entry.group(2).strip()]
    values = {}
    for name, parts in found.items():
        value = " ".join(parts)
        if len(value) > 1 and value[0] == value[-1] == "'":
            value = value[1:-1].replace("''", "'")
        values[name] = value
    return values


def document_pairs(name: str) -> list[tuple[int, str, str, str]]:
    """A document's pairs as (bead, key, English, Russian): every key of the English file, in its
    order, that the Russian file holds with a Russian letter."""
    english, russian = (entries(read_source(f)) for f in DOCUMENTS[name])
    return [(bead, key, value, russian[key]) for bead, (key, value) in enumerate(english.items())
            if re.search("[А-Яа-яЁё]", russian.get(key, ""))]


def load(listing: Path = PAIRS) -> list[HeldOutCase]:
    """Every listed pair as a real case (English source, Russian target, as the QA sets keep
    them), its block id ``<text>#<bead>``, refused (`ValueError`) where its key or digest is not the
    listing's; the mirror absent or a file changed raises `FileNotFoundError`."""
    listed = rows(listing)
    with absent_is_missing():
        read = {name: {bead: (key, en, ru) for bead, key, en, ru in document_pairs(name)}
                for name in DOCUMENTS if any(r["text"] == name for r in listed)}
    cases: list[HeldOutCase] = []
    for row in listed:
        key, source, target = read[row["text"]].get(int(row["bead"]), ("", "", ""))
        if key != row["key"]:
            raise ValueError(f"{row['block']}: the pair is not the one that was labelled")
        cases.append(listed_case(row, source, target))
    return cases
