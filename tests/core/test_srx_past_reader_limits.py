"""SRX files past libxml2's limits (hardening, round 37): refused in our words, as XLIFF, TMX and TBX are.

`segmentation import` of an SRX of elements 100,000 deep, or of a 12 MB attribute, said libxml2's
advice, "use XML_PARSE_HUGE option": an option of the library nobody running workbench can set
(rounds 35 and 36 took it out of the other XML readers' complaints)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.formats.srx import read_srx

HEAD = '<?xml version="1.0"?><srx xmlns="http://www.lisa.org/srx20" version="2.0"><header/><body>'


@pytest.mark.parametrize(("body", "said"), [
    ("<a>" * 100_000 + "</a>" * 100_000, "elements nested more than 256 deep, past what the XML reader takes"),
    (f'<languagerules><languagerule languagerulename="{"x" * 12_000_000}"/></languagerules>',
     "Buffer size limit exceeded, line 1"),
], ids=["100,000 deep", "a 12 MB attribute"])
def test_a_file_past_the_readers_limits_is_refused_in_our_words(tmp_path: Path, body: str, said: str) -> None:
    path = tmp_path / "rules.srx"
    path.write_text(HEAD + body + "</body></srx>", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_srx(path)
    message = str(refused.value)
    assert said in message and "XML_PARSE_HUGE" not in message and "\n" not in message, message
