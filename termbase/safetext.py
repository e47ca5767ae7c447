"""The one place that decides which characters of untrusted text are control, not data.

Glossaries, memories and documents come from anywhere. Some characters in them
are not writing at all but instructions to whatever displays them: ESC starts a
terminal sequence (clear the screen, retitle the window, a hidden hyperlink), C1
controls (U+0080-U+009F) are the same in 8-bit form, and bidi overrides and
isolates reorder what a reader sees ("Trojan source"). They never carry meaning
in English or Russian prose, so

* on the way in (`clean`) they are removed, terminal sequences whole, so that
  what is stored is only text; and
* on the way out (`visible`) anything that got into storage by another route is
  drawn as a visible stand-in, one character for one character, so that spans
  computed on the stored text still fit and nothing reaches the terminal raw.

Tab and newline are text (a TSV escape or a paragraph's line break); carriage
return is kept by `clean` (TMX writes it as `&#13;`) but made visible on output.
"""

from __future__ import annotations

import re

__all__ = ["CONTROL", "clean", "has_control", "is_clean", "is_clean_utf8", "visible", "without_sequences"]

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Arabic letter mark, LRM/RLM, embeddings, overrides and isolates."""
_NOT_CHARACTERS = "\ud800-\udfff\ufffe\uffff"
"""Lone surrogates and the noncharacters U+FFFE and U+FFFF: no text holds them. Python makes
surrogates of the undecodable bytes of a file name (`a\\xff.txt` becomes `a\\udcff.txt`); they
cannot be encoded as UTF-8, so one reaching the database, project.toml or the terminal would
stop the command with a traceback.
XML 1.0 cannot hold the noncharacters: a term with one was added, and every TBX export of
the termbase then ended in a traceback."""

CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}{_NOT_CHARACTERS}]")
"""Every character that is an instruction to a display rather than text (tab and newline excepted)."""

_REMOVED = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}{_NOT_CHARACTERS}]")
"""What `clean` drops: `CONTROL` less carriage return and the Unicode line separators,
which are line breaks a document may really hold."""
_REMOVED_IN_PAGES = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{_BIDI}{_NOT_CHARACTERS}]")
"""The same for a whole document, where form feed and vertical tab mark pages and lines."""

_TERMINAL_SEQUENCE = re.compile(
    "\x1b(?:\\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clear screen
    "|\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?"  # OSC: window title, hyperlinks
    "|[PX^_][^\x1b]*(?:\x1b\\\\)?"  # DCS, SOS, PM, APC strings
    "|[ -/]*[0-~])"  # two- and three-character escapes (ESC c resets the terminal)
    "|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    "|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
)
"""A whole escape sequence: removing only its ESC would leave "[31m" in the text."""


def has_control(text: str) -> bool:
    """Whether `text` holds anything `visible` would have to replace."""
    return CONTROL.search(text) is not None


def is_clean(text: str) -> bool:
    """Whether `clean(text)` is `text` itself: one scan, for bulk paths that check many fields at once.

    Printable text is clean: what `clean` drops is all control (Cc), format (Cf), surrogate (Cs) or
    unassigned (Cn) characters, none of which `str.isprintable` passes (a test checks every code
    point), and that scan in C takes half the regular expression's time (a memory import's units)."""
    return text.isprintable() or _REMOVED.search(text) is None


_REMOVED_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"
"""The characters `clean` drops that UTF-8 writes as one byte."""
_REMOVED_UTF8 = (
    (0xC2, re.compile(rb"\xc2[\x80-\x9f]")),
    (0xD8, re.compile(rb"\xd8\x9c")),
    (0xE2, re.compile(rb"\xe2(?:\x80[\x8e\x8f\xaa-\xae]|\x81[\xa6-\xa9])")),
    (0xED, re.compile(rb"\xed[\xa0-\xbf]")),
    (0xEF, re.compile(rb"\xef\xbf[\xbe\xbf]")),
)
"""The others as UTF-8 (C1 controls, the bidi marks, surrogates as CESU would write them,
U+FFFE and U+FFFF), each under the lead byte every one of them starts with."""


def is_clean_utf8(data: bytes) -> bool:
    """`is_clean` of the text `data` holds as UTF-8, without decoding it: for a bulk read that
    takes many texts out of one buffer (a TMX file's part), which are all clean if it is.

    Byte scans in C (`bytes.translate`, and a lead byte's `memchr` before its pattern is
    looked for) cost a fifth of the regular expression over the decoded text."""
    if len(data.translate(None, _REMOVED_BYTES)) != len(data):
        return False
    return not any(lead in data and pattern.search(data) is not None for lead, pattern in _REMOVED_UTF8)


def clean(text: str, *, pages: bool = False) -> str:
    """`text` without terminal sequences, control characters and bidi overrides.

    Tab, newline and carriage return stay: they are layout a file may really hold;
    with `pages` (a whole document) so do form feed and vertical tab. NEL (U+0085), the one
    C1 control that ends a line (text from EBCDIC systems, a Latin-1 reading), becomes a space:
    removed, it glued the words on either side ("came\x85soon" was stored "camesoon"); a newline
    would have split a TSV row in two (hardening, round twelve).
    """
    removed = _REMOVED_IN_PAGES if pages else _REMOVED
    if not removed.search(text):
        return text
    return removed.sub("", _TERMINAL_SEQUENCE.sub("", text).replace("\x85", " "))


def without_sequences(text: str) -> str:
    """`text` without whole terminal escape sequences (their other control characters stay)."""
    return _TERMINAL_SEQUENCE.sub("", text)


def _picture(match: re.Match[str]) -> str:
    """U+2400 Control Pictures for C0 and DEL; a replacement mark for the rest."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible(text: str) -> str:
    """`text` with every control character (other than newline and tab) drawn as a symbol.

    Each character maps to exactly one character, so offsets into the text stay valid.
    """
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(_picture, text)
