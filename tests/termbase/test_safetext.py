"""What counts as control in untrusted text, removed on the way in, drawn on the way out."""

from __future__ import annotations

import pytest

from termbase import safetext


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("The \x1b[31mred\x1b[0m club", "The red club"),
        ("title \x1b]2;PWNED\x07here", "title here"),
        ("link \x1b]8;;http://x\x1b\\text\x1b]8;;\x1b\\", "link text"),
        ("reset \x1bc now", "reset  now"),
        ("c1 \x9b31m csi", "c1  csi"),
        ("bidi \u202eevil\u202c and \u2066iso\u2069", "bidi evil and iso"),
        ("bell\x07 del\x7f nel\x85", "bell del nel "),
        ("The end came\x85soon.", "The end came soon."),
        ("tab\tline\ncr\r", "tab\tline\ncr\r"),
        ("Клуб «рабочих» — 1923", "Клуб «рабочих» — 1923"),
    ],
)
def test_clean_removes_control_and_keeps_text(raw: str, clean: str) -> None:
    assert safetext.clean(raw) == clean
    assert safetext.is_clean(raw) == (raw == clean)


def test_clean_keeps_page_breaks_in_documents_only() -> None:
    assert safetext.clean("page\x0cbreak", pages=True) == "page\x0cbreak"
    assert safetext.clean("page\x0cbreak") == "pagebreak"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\u2028"])
def test_visible_replaces_one_for_one(char: str) -> None:
    text = f"a{char}b"
    shown = safetext.visible(text)
    assert len(shown) == len(text) and char not in shown and shown[0] == "a" and shown[2] == "b"
    assert safetext.has_control(text) and not safetext.has_control(shown)


def test_visible_leaves_text_alone() -> None:
    text = "The [bold]club[/] — клуб\tи\nещё"
    assert safetext.visible(text) is text


def test_is_clean_utf8_is_is_clean_of_the_decoded_text() -> None:
    """Every character of the Basic Multilingual Plane (where all that `clean` drops is), lone
    surrogates as CESU-8 writes them, and astral ones, alone and between text."""
    astral = [chr(point) for point in (0x10000, 0x1F600, 0xE0001, 0x10FFFF)]
    for char in [chr(point) for point in range(0x10000)] + astral:
        data = char.encode("utf-8", "surrogatepass")
        assert safetext.is_clean_utf8(data) is safetext.is_clean(char), hex(ord(char))
        assert safetext.is_clean_utf8(b"text " + data + b" \xc2\xab\xe2\x80\x94") is safetext.is_clean(f"text {char} «—")


def test_printable_text_is_clean() -> None:
    """`is_clean` takes printable text as clean without its pattern: nothing `clean` drops is printable."""
    for point in range(0x110000):
        char = chr(point)
        if char.isprintable():
            assert safetext.clean(char) == char, hex(point)
