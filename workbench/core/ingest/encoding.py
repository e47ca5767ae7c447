"""Bytes -> text for imported documents: encoding detection, BOMs, line endings.

Users bring files from anywhere: UTF-8 with or without a BOM, UTF-16 from Word
("Unicode text"), and legacy Russian code pages (Windows-1251, KOI8-R) from old
scans and mail archives. charset-normalizer proposes code pages, but for short
Russian texts it confuses cp1251, koi8-r and mac-cyrillic (60 bytes of KOI8-R
come back as Shift-JIS). So every single-byte candidate is decoded and scored
by how much of it reads as real words of its script (wordfreq), and the most
plausible one wins; the language hint only breaks ties.

Everything a user can get wrong (missing file, a directory, an empty or binary
file, a wrong `--encoding`) becomes an `InputError` with one line naming the file.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import charset_normalizer
from wordfreq import available_languages, top_n_list

from termbase import safetext
from workbench.core.word_frequency import zipf as zipf_frequency
from workbench.errors import InputError
from workbench.wording import N_

__all__ = ["DecodedText", "decode_bytes", "read_text_file"]


@dataclass(frozen=True)
class DecodedText:
    """A document's text as the rest of the workbench sees it."""

    text: str
    """Decoded text, BOM removed, every line ending (CRLF, CR, LF) normalised to "\\n",
    control characters other than tab, line and page breaks removed."""
    encoding: str
    """Codec actually used, as Python names it: "utf-8", "utf-8-sig", "utf-16", "cp1251",
    "koi8-r"."""
    newline: str
    """Dominant original line ending: "\\n", "\\r\\n" or "\\r" (kept for a faithful export)."""


# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte code pages always tried besides charset-normalizer's proposals,
# in order of how common they are for our languages (the order breaks ties).
_CYRILLIC_CODEPAGES = ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5", "koi8-u")
_LATIN_CODEPAGES = ("cp1252", "iso8859-15")
_CJK_CODEPAGES = ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")
"""Tried after the others (a tie goes to an alphabet): Chinese, Japanese or Korean text in its
legacy encoding was scored by no known word at all and went to the first code page that decoded
it, Latin-9 mojibake (hardening, round ten)."""
_CJK_EVIDENCE = 3
"""Fewer characters of CJK in a row are no evidence: four bytes of KOI8-R ("Ёлка") read as
GB18030 or EUC-JP are two common characters."""
_CJK_WORDS = 20_000
"""The characters of the most common words of Chinese, Japanese and Korean (wordfreq's lists)
are the ones a text in those languages is made of; a wrong code page's CJK is mostly rarer."""

# Detection looks at a bounded sample so a 50 MB file costs the same as a 64 kB one;
# the whole file is decoded once, afterwards, with the chosen codec.
_SAMPLE_BYTES = 64 * 1024
_SCORED_WORDS = 3000

# Control characters that never occur in text files (tab, LF, VT, FF, CR and
# the DOS end-of-file mark 0x1A do); more than this share of them means binary.
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.002
# What is left of them in a text file that passes as text is debris (ANSI colour
# codes, bells, DEL), and so are C1 controls and bidi overrides: none of it is
# meaning, all of it can rewrite the terminal or the apparent order of a line.
# termbase.safetext removes it (escape sequences whole) and decides what counts.
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_WORD = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_RUSSIAN_WORD = re.compile("[а-яёА-ЯЁ]+")
_EVERYDAY_ZIPF = 4.0  # zipf 4 = once per 100,000 words
_SPACE = re.compile(r"\s")
_UTF8_ONLY_WORD = re.compile("[\u00c0-\u04ff]{3,}")
"""Three non-ASCII letters in a row decoded as UTF-8: a word, not an accident of a code page."""
_MIXED_WORDS = 5
_ONE_ALPHABET_UTF8_WORD = re.compile("[\u0410-\u044f\u0401\u0451]{3,}|[\u0386-\u03ce]{3,}")
"""Three Russian (or three Greek) letters in a row decoded as UTF-8: no legacy code page makes
one by accident (none in 32,821 texts: the msgstrs of this machine's 3,626 `.mo` catalogues and
the align-dev books, each in the 19 Cyrillic, Greek and Latin code pages it fits; hardening, round
twelve), where `_UTF8_ONLY_WORD` mixes alphabets and KOI8-U Ukrainian made 1-9 of those a file."""
# Latin, Greek and Cyrillic letters, their punctuation, general punctuation and
# currency/letterlike symbols: what alphabetic writing is made of.
_ALPHABETIC_TEXT = re.compile("[\u0000-\u052f\u2000-\u214f]")
# Symbols, box drawing, control characters and replacement marks: rare in prose,
# common in text decoded with the wrong code page.
_JUNK = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\u2190-\u23ff\u2500-\u25ff"
    "\u00a4\u00a6\u00a8\u00ac\u00af\u00b1\u00b4\u00b5\u00b6\u00b8\u00d7\u00f7"
    "\u00a9\u00ae\u2022\u2020\u2021\u2030\u2122\u221a\u221e\u2248\u2260\u2264\u2265]"
)


def read_text_file(path: Path, encoding: str | None = None, lang: str | None = None) -> DecodedText:
    """Read and decode a user's text file; see `decode_bytes` for the rules."""
    path = Path(path)
    if not path.exists():
        raise InputError.worded(N_("{path}: no such file"), path=path)
    if path.is_dir():
        raise InputError.worded(N_("{path}: is a directory, not a text file"), path=path)
    if not path.is_file():  # reading a pipe blocks and /dev/zero never ends
        raise InputError.worded(N_("{path}: is not a regular file (a device, pipe or socket)"), path=path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot read the file ({error})"), path=path, error=error.strerror or error) from error
    text, used = _text_of(data, encoding, lang, str(path))
    del data  # the file's bytes are not kept beside its text: a 104 MB file peaked at 5.6 times its size (hardening, round 33)
    return _checked(text, used, str(path))


def decode_bytes(data: bytes, encoding: str | None = None, lang: str | None = None) -> DecodedText:
    """Decode `data` as text, detecting the encoding unless `encoding` names one.

    `lang` (a BCP 47 tag such as "ru" or "en-GB") is a hint for telling legacy
    code pages apart when the text alone cannot. Raises `InputError` for empty,
    binary or undecodable input and for unknown codec names.
    """
    return _decode(data, encoding, lang, "input")


def _decode(data: bytes, encoding: str | None, lang: str | None, label: str) -> DecodedText:
    return _checked(*_text_of(data, encoding, lang, label), label)


def _text_of(data: bytes, encoding: str | None, lang: str | None, label: str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; InputError for a document format."""
    _reject_document_format(_binary_document_format(data), label)
    if encoding is not None:
        return _decode_as(data, encoding, label)
    return _detect_and_decode(data, lang, label)


def _checked(text: str, used: str, label: str) -> DecodedText:
    """The decoded `text` refused when it is empty, markup, an exchange format or binary, and
    cleaned; copied only where something changes (`isspace`, not a stripped copy, says empty)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise InputError.worded(N_("{file}: the file is empty"), file=label)
    _reject_document_format(_markup_document_format(text), label)
    _reject_exchange_format(text, label)
    _reject_binary_text(text, label)
    text = safetext.clean(text, pages=True)
    newline = _dominant_newline(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=used, newline=newline)


def _decode_as(data: bytes, encoding: str, label: str) -> tuple[str, str]:
    """Decode with the codec the user named, strictly: a wrong guess must not pass silently."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError.worded(N_("{file}: unknown encoding {encoding}"), file=label, encoding=repr(encoding)) from None
    try:
        return data.decode(name), name
    except UnicodeDecodeError as error:
        raise InputError.worded(
            N_("{file}: cannot decode as {encoding}: invalid byte 0x{byte} at offset {offset}"), file=label, encoding=name, byte=format(data[error.start], '02x'), offset=error.start
        ) from None
    except LookupError:  # codecs such as "rot13" or "base64" are not text encodings
        raise InputError.worded(N_("{file}: {encoding} is not a text encoding"), file=label, encoding=repr(encoding)) from None


# What the files a newcomer gives instead of plain text begin with. A word processor's or an
# e-book's file is read as "binary" or, worse, as text (RTF's control words, HTML's tags and
# scripts become one long segment), so it is named instead, with what to do about it.
_OLE_DOCUMENT = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MIMETYPES = {
    "application/epub+zip": "EPUB",
    "application/vnd.oasis.opendocument.text": "ODT (OpenDocument)",
}
_ZIP_FOLDERS = (("word/", "DOCX (Word)"), ("xl/", "XLSX (Excel)"), ("ppt/", "PPTX (PowerPoint)"))
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_PARTS = re.compile(r"<(?:head|body)[\s>]|</html\s*>", re.IGNORECASE)


def _binary_document_format(data: bytes) -> str | None:
    """The name of the document format `data` is stored in, when it is one people mistake for
    text (PDF, a Word, OpenDocument or EPUB file, any other ZIP archive), from its first bytes."""
    if data.startswith(b"%PDF-"):
        return "PDF"
    if data.startswith(_OLE_DOCUMENT):
        return "DOC (Word 97-2003)"
    if data.startswith(b"{\\rtf"):
        return "RTF"
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = ""
            if "mimetype" in names:  # a few bytes only: the archive is no one's to trust
                with archive.open("mimetype") as entry:
                    mimetype = entry.read(100).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return "ZIP"
    if mimetype in _ZIP_MIMETYPES:
        return _ZIP_MIMETYPES[mimetype]
    for folder, name in _ZIP_FOLDERS:
        if any(entry.startswith(folder) for entry in names):
            return name
    return "ZIP"


def _markup_document_format(text: str) -> str | None:
    """"HTML" for a web page (an HTML doctype first, or `<html>` and the page's head, body or
    end): read as plain text, its head, tags and entities would become the sentences to
    translate. A text that merely opens by quoting `<html>` is text."""
    start = _HTML_START.match(text[:4096])
    if start is None:
        return None
    return "HTML" if start.group(1).lower().startswith("!") or _HTML_PARTS.search(text) else None


_EXCHANGE_ROOT = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:[\w.-]+:)?(tmx|xliff|martif|tbx)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_EXCHANGE_SAID = {
    "tmx": N_("{file}: the file is a TMX translation memory, not plain text; import its pairs as segments with "
              "`workbench import DIR --tmx FILE`, or use it as a reference memory with `workbench memory import DIR FILE`"),
    "xliff": N_("{file}: the file is XLIFF, not plain text; import it with `workbench import DIR --xliff FILE`"),
    "martif": N_("{file}: the file is a TBX termbase, not plain text; import it with `workbench term import DIR FILE`"),
}


def _reject_exchange_format(text: str, label: str) -> None:
    """A TMX, XLIFF or TBX file given as a text (`import --source book.tmx`) was read as one:
    its XML became the sentences to translate (user days). Named by its root element, whatever
    the file is called, with the command that reads it."""
    root = _EXCHANGE_ROOT.match(text[:4096])
    if root is not None:
        kind = root.group(1).lower()
        raise InputError.worded(_EXCHANGE_SAID["martif" if kind == "tbx" else kind], file=label)


def _reject_document_format(name: str | None, label: str) -> None:
    if name is not None:
        raise InputError.worded(
            N_("{file}: the file is {format}, not plain text; save it as plain text (.txt, UTF-8) and import that"),
            file=label, format=name,
        )


def _detect_and_decode(data: bytes, lang: str | None, label: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise InputError.worded(N_("{file}: starts with a {encoding} byte-order mark but is not {encoding}"), file=label, encoding=codec) from None
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, label)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        _reject_broken_utf8(data, error, label)
    for codec in _rank_codepages(data[:_SAMPLE_BYTES], lang):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise InputError.worded(N_("{file}: cannot tell the encoding; give it with --encoding"), file=label)


def _reject_broken_utf8(data: bytes, error: UnicodeDecodeError, label: str) -> None:
    """A file that is mostly valid multi-byte UTF-8 with a few bad bytes is damaged
    UTF-8, not a legacy code page: decoding it as cp1251 would turn every
    non-ASCII letter into mojibake, so say where it breaks instead.

    A file that holds whole words of valid multi-byte UTF-8 *and* many invalid
    bytes mixes UTF-8 with a legacy code page (two files pasted together):
    any single codec turns one of the parts into mojibake. Legacy code pages
    form a valid UTF-8 letter only by accident, never three in a row.
    """
    sample = data[:_SAMPLE_BYTES].decode("utf-8", errors="replace")
    multibyte = sum(1 for char in sample if "\x80" <= char != "\ufffd")
    where = f"invalid byte 0x{data[error.start]:02x} at offset {error.start}"
    if multibyte > 4 * sample.count("\ufffd"):
        raise InputError.worded(N_("{file}: is not valid UTF-8 ({path}); if it is in another encoding, give it with --encoding"), file=label, path=where)
    decoded = data.decode("utf-8", errors="replace")
    if sum(1 for _ in islice(_UTF8_ONLY_WORD.finditer(decoded), _MIXED_WORDS)) == _MIXED_WORDS:
        raise InputError.worded(N_("{file}: mixes UTF-8 with another encoding ({path}); save it in one encoding"), file=label, path=where)
    if _ONE_ALPHABET_UTF8_WORD.search(decoded):
        # A short file with a bad byte or two (a one-line TSV with a surrogate written as CESU)
        # has too few words for either rule above: its Russian was read as cp1251 mojibake.
        raise InputError.worded(N_("{file}: is not valid UTF-8 ({path}); if it is in another encoding, give it with --encoding"), file=label, path=where)


def _decode_utf16_without_bom(data: bytes, label: str) -> tuple[str, str]:
    """NUL bytes are either UTF-16 text without a BOM or a binary file.

    In UTF-16 the high byte of every Latin character is zero, and so is that
    of the spaces, digits and punctuation of Cyrillic text (its letters have
    0x04): NULs fall on one side of each byte pair only, on the other almost
    never. The decoded text must then read as alphabetic writing, not as the
    CJK or symbols a binary file turns into.
    """
    sample = data[: _SAMPLE_BYTES - _SAMPLE_BYTES % 2]
    half = max(1, len(sample) // 2)
    even_nuls = sample[0::2].count(0) / half
    odd_nuls = sample[1::2].count(0) / half
    for codec, zeros, others in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if zeros < 0.05 or others > 0.02 or len(data) % 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        head = _SPACE.sub("", text[: _SAMPLE_BYTES // 2])
        if len(_ALPHABETIC_TEXT.findall(head)) >= 0.95 * len(head):
            return text, codec
    raise InputError.worded(N_("{file}: looks like a binary file (NUL bytes), not text"), file=label)


def _rank_codepages(sample: bytes, lang: str | None) -> list[str]:
    """Order candidate code pages by how plausible the sample reads in each.

    Plausibility = share of letters that belong to words known to wordfreq in
    the language of their script. A wrong Cyrillic code page turns Russian into
    case-swapped or symbol-strewn strings that are not words, so the right one
    stands out even for a single line. Ties go to the code page most common for
    the hinted language.
    """
    primary = (lang or "").split("-")[0].lower()
    preferred = (
        _LATIN_CODEPAGES + _CYRILLIC_CODEPAGES
        if primary == "en"
        else (_CYRILLIC_CODEPAGES + _LATIN_CODEPAGES)
    )
    candidates: list[str] = list(preferred)
    for match in charset_normalizer.from_bytes(sample):
        name = _codec_name(match.encoding)
        if name is not None and name not in candidates and not name.startswith("utf"):
            candidates.append(name)
    candidates.extend(codec for codec in _CJK_CODEPAGES if codec not in candidates)
    scored: list[tuple[float, int, str]] = []
    for rank, codec in enumerate(candidates):
        text = sample.decode(codec, errors="replace")
        scored.append((_plausibility(text, primary), -rank, codec))
    scored.sort(reverse=True)
    return [codec for _, _, codec in scored]


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausibility(text: str, lang: str) -> float:
    """How much `text` reads like real writing: the share of letters (in words of
    two or more letters or unknown, from the first few thousand words) that form known
    words, minus twice the share of characters a text would not contain (box
    drawing, maths and other symbols, control characters, replacement marks),
    which is what a wrong code page turns letters into."""
    known = 0.0
    total = 0
    for count, match in enumerate(_WORD.finditer(text)):
        if count >= _SCORED_WORDS:
            break
        word = match.group()
        familiarity = _familiarity(word, lang)
        if len(word) < 2 and familiarity:  # every single letter is a word somewhere: no evidence
            continue
        if len(word) < _CJK_EVIDENCE and familiarity and _CJK.search(word):
            continue  # nor two characters: any two Cyrillic letters ("Ёл") read as GB18030 are one
        total += len(word)
        known += len(word) * familiarity
    visible = len(text) - len(_SPACE.findall(text))
    if visible == 0:
        return 0.0
    junk = len(_JUNK.findall(text))
    return (known / total if total else 0.0) - 2 * junk / visible


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    return frozenset(available_languages())


@lru_cache(maxsize=1)
def _common_cjk() -> tuple[frozenset[str], ...]:
    """Per language: Japanese read as GB18030 keeps its kana (GB2312 has them at the same codes)
    and turns its kanji into common Chinese characters, so a word is scored in one language."""
    return tuple(frozenset("".join(top_n_list(lang, _CJK_WORDS, wordlist="small"))) for lang in ("zh", "ja", "ko"))


@lru_cache(maxsize=65536)
def _familiarity(word: str, hint: str) -> float:
    """How surely `word` is a word of Russian (Cyrillic script), English (other
    scripts) or the hinted language: 0 for unknown, 1 for everyday words, in
    between for rare ones (a wrong code page can still hit a rare word, as
    mac-cyrillic "Ёлка" read as cp1251 gives "Элка").

    Mixed-case strings are never words: that is exactly what a wrong Cyrillic
    code page produces ("оПХБЕР"), and wordfreq would lowercase it away."""
    if _CJK.search(word):  # no spaces between words: each character counts, in a word of CJK only
        if not _CJK_WORD.fullmatch(word):  # "fä" read as GB18030 joins a Latin letter to a character
            return 0.0
        return max(sum(char in common for char in word) for common in _common_cjk()) / len(word)
    if not (word.islower() or word.isupper() or word.istitle()):
        return 0.0
    if _CYRILLIC.search(word):
        languages = ["ru"] if _RUSSIAN_WORD.fullmatch(word) else []
    else:
        languages = ["en"]
    if hint in _wordfreq_languages() and hint not in ("en", "ru"):
        languages.append(hint)
    zipf = max((zipf_frequency(word, language) for language in languages), default=0.0)
    return min(zipf, _EVERYDAY_ZIPF) / _EVERYDAY_ZIPF if zipf >= 1.0 else 0.0


def _reject_binary_text(text: str, label: str) -> None:
    # An escape sequence is one stray thing, not five: a colour code in a short note
    # must not make it look binary.
    sample = safetext.without_sequences(text[: 1024 * 1024])
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample) + 2:
        raise InputError.worded(N_("{file}: looks like a binary file (control characters), not text"), file=label)


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"\n": lf, "\r\n": crlf, "\r": cr}
    best = max(counts, key=lambda ending: counts[ending])
    return best if counts[best] > 0 else "\n"
