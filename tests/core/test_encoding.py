"""Bytes -> text: encodings, BOMs, line endings and every way a file can be unusable."""

from __future__ import annotations

import codecs
import random
import time
from pathlib import Path

import pytest

from workbench.core.ingest.encoding import DecodedText, decode_bytes, read_text_file
from workbench.errors import InputError

RUSSIAN = [
    "Клубы рабочих.",
    "Привет, мир!",
    "съезд",
    "Я иду домой",
    "ЦК ВКП(б) и ВЦСПС",
    'Он сказал: "Нет".',
    "Ёлка",
    "Рабочие клубы в 1923 году стали центром культурной жизни рабочего класса.",
    "В этих условиях интересы политически неустойчивого режима состояли в том,\n"
    "чтобы обуздать идеологический утопизм и унять саморазрушительные склоки.\n",
]
ENGLISH = "The club movement, 1923-24: workers' needs and popular demand.\n"


@pytest.mark.parametrize("text", RUSSIAN)
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("lang", [None, "ru", "en"])
def test_legacy_russian_code_pages_are_detected(text: str, codec: str, lang: str | None) -> None:
    decoded = decode_bytes(text.encode(codec), lang=lang)
    assert decoded.text == text
    assert decoded.encoding == codec


CJK = [
    ("这个文件已经保存，请检查翻译是否正确。", "gb18030"),
    ("我们明天在图书馆见面，然后一起去工人俱乐部。", "gb18030"),
    ("這個檔案已經儲存，請檢查翻譯是否正確。", "big5"),
    ("このファイルを保存してから、翻訳を確認してください。", "shift_jis"),
    ("明日は図書館で会いましょう。", "euc_jp"),
    ("このヘルプを表示して終了します。", "euc_jp"),
]
"""Sentences written for these tests, each in its usual legacy encoding."""


@pytest.mark.parametrize(("text", "codec"), CJK)
def test_chinese_and_japanese_in_their_legacy_encodings_are_read_as_written(text: str, codec: str) -> None:
    """No word of them was known, so the first code page that decoded the bytes won: Latin-9 or
    Cyrillic mojibake (hardening, round ten); each character is now scored, in one language."""
    assert decode_bytes(f"{text}\n".encode(codec)).text == f"{text}\n"


@pytest.mark.parametrize("text", ["Größe und Qualität für die Übersetzung.", "Le café est déjà fermé à Noël."])
def test_latin_text_with_accents_is_not_read_as_chinese(text: str) -> None:
    """GB18030 joins an accented byte and the next letter into a common character ("fä")."""
    assert decode_bytes(text.encode("cp1252")).text == text


def test_cp1251_typography_survives() -> None:
    text = "Клуб — «дом» рабочих, № 5…"
    assert decode_bytes(text.encode("cp1251")) == DecodedText(text, "cp1251", "\n")


@pytest.mark.parametrize("text", RUSSIAN[:4])
def test_mac_cyrillic_is_told_from_cp1251_by_plausibility(text: str) -> None:
    # The two code pages share the lowercase letters; capitals and "я" differ.
    assert decode_bytes(text.encode("mac-cyrillic"), lang="ru").text == text


def test_charset_normalizer_alone_would_misread_short_koi8() -> None:
    """The reason for the plausibility check: 60 bytes of KOI8-R are 'Shift-JIS' to it."""
    import charset_normalizer

    data = ("Клубы рабочих в 1923 году стали центром культурной жизни." * 2).encode("koi8-r")[:60]
    best = charset_normalizer.from_bytes(data).best()
    assert best is None or best.encoding != "koi8_r"
    assert decode_bytes(data).encoding == "koi8-r"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        ("Клуб — «дом» рабочих".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Клуб рабочих".encode(), "utf-8-sig"),
        ("Клуб рабочих".encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_LE + "Клуб рабочих".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Клуб рабочих".encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + "Клуб рабочих".encode("utf-32-le"), "utf-32"),
        ("Workers' clubs in 1923".encode("utf-16-le"), "utf-16-le"),
        ("Workers' clubs in 1923".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_and_byte_order_marks(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert not decoded.text.startswith("\ufeff")
    assert decoded.text in (
        ENGLISH,
        "Клуб — «дом» рабочих",
        "Клуб рабочих",
        "Workers' clubs in 1923",
    )


def test_latin_legacy_text_with_english_hint() -> None:
    text = "Café society and the “club” movement – naïve hopes."
    decoded = decode_bytes(text.encode("cp1252"), lang="en")
    assert decoded == DecodedText(text=text, encoding="cp1252", newline="\n")


@pytest.mark.parametrize(
    ("raw", "newline"),
    [
        (b"one\ntwo\nthree\n", "\n"),
        (b"one\r\ntwo\r\nthree\r\n", "\r\n"),
        (b"one\rtwo\rthree\r", "\r"),
        (b"one\r\ntwo\r\nthree\nfour\r\n", "\r\n"),
        (b"a single line", "\n"),
    ],
)
def test_line_endings_are_normalised_and_the_dominant_one_reported(
    raw: bytes, newline: str
) -> None:
    decoded = decode_bytes(raw)
    assert "\r" not in decoded.text
    assert decoded.newline == newline
    assert decoded.text.replace("\n", "") == raw.decode().replace("\r", "").replace("\n", "")


def test_crlf_in_legacy_and_utf16_files() -> None:
    text = "Рабочие клубы\r\nи профсоюзы\r\n"
    for codec in ("cp1251", "koi8-r", "utf-16"):
        decoded = decode_bytes(text.encode(codec))
        assert decoded.text == "Рабочие клубы\nи профсоюзы\n"
        assert decoded.newline == "\r\n"


def test_encoding_override_is_obeyed_without_detection() -> None:
    data = "Клубы рабочих".encode("cp1251")
    assert decode_bytes(data, encoding="windows-1251").encoding == "cp1251"
    forced = decode_bytes(data, encoding="koi8-r")
    assert forced.encoding == "koi8-r"
    assert forced.text == data.decode("koi8-r")
    assert decode_bytes(codecs.BOM_UTF8 + b"text", encoding="utf-8").text == "text"


@pytest.mark.parametrize(
    ("data", "encoding", "fragment"),
    [
        (b"text", "no-such-codec", "unknown encoding 'no-such-codec'"),
        (b"text", "rot13", "not a text encoding"),
        ("Клуб".encode("cp1251"), "utf-8", "cannot decode as utf-8: invalid byte 0xca at offset 0"),
        (b"abc\xff", "ascii", "invalid byte 0xff at offset 3"),
    ],
)
def test_bad_override_is_an_input_error(data: bytes, encoding: str, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        decode_bytes(data, encoding=encoding)


def test_damaged_utf8_is_reported_not_turned_into_mojibake() -> None:
    data = ("Клубы рабочих и профсоюзы. " * 20).encode("utf-8") + b"\xff" + "конец".encode()
    with pytest.raises(InputError, match=r"not valid UTF-8 \(invalid byte 0xff at offset \d+\)"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        "The club \ud800 opened.\tКлуб.\n".encode("utf-8", "surrogatepass"),  # a surrogate written as CESU
        b"The club opened in 19" + b"\xc0\xaf" + "23.\tКлуб.\n".encode(),  # an overlong slash
        b"The club.\t" + b"\xff\xfe\xff" + "Λέσχη.\n".encode(),
    ],
)
def test_a_short_file_of_damaged_utf8_is_reported_not_read_in_a_code_page(data: bytes) -> None:
    """One line with a bad byte or two has too few words for the rules of a long file: its
    Russian was read as cp1251 or mac-cyrillic mojibake and stored (hardening, round twelve)."""
    with pytest.raises(InputError, match=r"not valid UTF-8 \(invalid byte 0x.. at offset \d+\)"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n \n", " \n ".encode("utf-16")],
)
def test_empty_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        decode_bytes(data)
    with pytest.raises(InputError, match="is empty"):
        decode_bytes(data, encoding="utf-16" if data.startswith(codecs.BOM_UTF16_LE) else "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 8,
        # Seeded: parallel workers must collect the same test ids.
        random.Random(4096).randbytes(4096).replace(b"\x00", b"\x01"),
        b"text\x01\x02\x03\x04\x05\x06 more text\x07\x08" * 20,
    ],
    ids=["png", "every-byte", "random", "control-characters"],
)
def test_binary_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(data)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match=f"^{missing}: no such file$"):
        read_text_file(missing)
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)
    for name, content in [
        ("empty.txt", b""),
        ("blank.txt", b" \n"),
        ("image.png", b"\x89PNG\x00\x00\x01"),
    ]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(InputError) as error:
            read_text_file(path)
        assert str(error.value).startswith(f"{path}: ")
        assert "\n" not in str(error.value)
    wrong = tmp_path / "wrong.txt"
    wrong.write_bytes("Клуб".encode("cp1251"))
    with pytest.raises(InputError, match=f"^{wrong}: cannot decode as utf-8"):
        read_text_file(wrong, encoding="utf-8")


def test_read_text_file_detects_like_decode_bytes(tmp_path: Path, sample_text: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Рабочие клубы\r\nи профсоюзы\r\n".encode("koi8-r"))
    assert read_text_file(path, lang="ru") == DecodedText(
        "Рабочие клубы\nи профсоюзы\n", "koi8-r", "\r\n"
    )
    sample = read_text_file(sample_text, lang="en")
    assert sample.encoding == "utf-8"
    assert "WtXsaccountable" in sample.text


@pytest.mark.parametrize("codec", ["utf-8", "cp1251"])
def test_a_50_mb_file_does_not_hang(tmp_path: Path, codec: str) -> None:
    line = "Рабочие клубы в 1923 году стали центром культурной жизни.\r\n"
    data = line.encode(codec) * (50_000_000 // len(line.encode(codec)))
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    started = time.process_time()  # CPU time: a hang guard that a loaded machine does not fail
    decoded = read_text_file(path)
    assert time.process_time() - started < 20  # about 1 s here
    assert decoded.encoding == codec
    assert decoded.newline == "\r\n"
    assert len(decoded.text) == len(data.decode(codec)) - data.count(b"\r\n")
