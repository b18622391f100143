"""Read text from disk: bounded reads, encodings told apart, a clear error for input that is not Latvian text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..limits import MAX_FILE_BYTES, MAX_TEXT_CHARS

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
BINARY_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")
# Latvian archives are UTF-8, Windows-1257 or ISO-8859-13. The two legacy code pages differ where Windows-1257 has
# its punctuation („ “ ” – …: bytes 0x80–0x9F), which are control characters no text uses in ISO-8859-13.
WINDOWS_1257, ISO_8859_13 = "cp1257", "iso8859_13"
C1_BYTES = re.compile(rb"[\x80-\x9f]")
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
READ_CHUNK = 1 << 20


class Unreadable(ValueError):
    """Input that is not readable text: its name and why, shown as "name: reason"."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


@dataclass
class Decoded:
    """A text and, when some bytes had to be replaced, a warning saying which."""

    text: str
    warning: str | None = None


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """At most `limit` bytes of a stream; Unreadable naming the input when there are more (whatever its size says:
    /dev/zero has none)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(name, f"over the {limit:,}-byte limit")
    return data


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def legacy_encoding(data: bytes) -> str:
    """Windows-1257 when the data uses its punctuation bytes, else ISO-8859-13 (the rest of the two is the same)."""
    return WINDOWS_1257 if C1_BYTES.search(data) else ISO_8859_13


def byte_error(exc: UnicodeDecodeError) -> str:
    """Which byte could not be decoded, and where."""
    return f"byte 0x{exc.object[exc.start]:02X} at offset {exc.start:,}"


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Text of raw bytes: UTF-8/16/32 by byte-order mark, else UTF-8, else Windows-1257 or ISO-8859-13. UTF-8 with
    a few stray bytes is decoded with replacements and a warning; Unreadable for NUL bytes or undecodable data."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise Unreadable(name, f"not {encoding.upper()} text despite its byte-order mark ({byte_error(exc)})") from exc
        if "\x00" in text:
            raise Unreadable(name, f"binary data, not text (a NUL character at offset {text.index(chr(0)):,})")
        return Decoded(text)
    if b"\x00" in data:  # anywhere, not only near the start
        raise Unreadable(name, f"binary data, not text (a NUL byte at offset {data.index(0):,})")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_error = byte_error(exc)
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    if len(UTF8_MULTIBYTE.findall(data)) > invalid:  # mostly UTF-8: a few stray bytes, not a legacy code page
        return Decoded(text, f"decoded as UTF-8 with {invalid} undecodable byte(s) replaced, the first {first_error}")
    try:
        return Decoded(data.decode(legacy_encoding(data)))
    except UnicodeDecodeError as exc:
        raise Unreadable(name, f"neither UTF-8 nor Windows-1257 nor ISO-8859-13 text ({byte_error(exc)})") from exc


def decode_text(data: bytes, name: str) -> Decoded:
    """The text of a whole file, line ends normalised; Unreadable naming it when it is empty, binary or
    undecodable."""
    if data.startswith(BINARY_MAGIC):
        raise Unreadable(name, "binary file, not text")
    decoded = decode_bytes(data, name)
    return Decoded(checked_text(decoded.text, name), decoded.warning)


def text_refusal(text: str | None) -> str | None:
    """Why a text is no article (none, or longer than an article may be), or None."""
    if not text or not text.strip():
        return "no text"
    if len(text) > MAX_TEXT_CHARS:
        return f"{len(text):,} characters is over the {MAX_TEXT_CHARS:,} limit"
    return None


def checked_text(text: str, name: str) -> str:
    """The text, with line ends normalised; Unreadable when it is empty."""
    if not text.strip():
        raise Unreadable(name, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Decoded:
    """Text of a file; Unreadable naming the file when it is too big or not readable text, OSError when it cannot
    be read at all."""
    with path.open("rb") as stream:
        return decode_text(read_limited(stream, max_bytes, str(path)), str(path))
