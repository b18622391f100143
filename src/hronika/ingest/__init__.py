"""Read articles from disk, with a clear error for input that is not Latvian text."""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
# Latvian archives are UTF-8 or Windows-1257; ISO-8859-13 differs from it only in a few rarely used code points.
LEGACY_ENCODING = "cp1257"
BINARY_MARKERS = (b"\x00", b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")


def decode_text(data: bytes, name: str) -> str:
    """Text of raw bytes: UTF-8 (with or without BOM) or else Windows-1257; ValueError for empty or binary data."""
    if not data.strip():
        raise ValueError(f"{name}: empty file")
    if data.startswith(BINARY_MARKERS[1:]) or BINARY_MARKERS[0] in data[:8192]:
        raise ValueError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode(LEGACY_ENCODING)
        except UnicodeDecodeError as exc:
            raise ValueError(f"{name}: neither UTF-8 nor Windows-1257 text ({exc.reason} at byte {exc.start})") from exc


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Text of a file, with line ends normalised; ValueError naming the file when it is not readable text."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit")
    return decode_text(path.read_bytes(), str(path)).replace("\r\n", "\n").replace("\r", "\n")
