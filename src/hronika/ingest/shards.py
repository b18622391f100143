"""Inputs as shards that tasks read on their own: a file, a URL, or a byte range of a large JSONL or WARC file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Iterator

from ..limits import MAX_FILE_BYTES
from . import READ_CHUNK, bom_encoding
from .sources import (JSONL_SUFFIXES, Columns, Fetcher, Rejection, folder_files, from_jsonl, from_path, from_warc,
                      from_web)

SHARD_BYTES = 64 * 1024 * 1024  # a byte range a task reads: large files split, small ones whole
SPLIT_WARC = ".warc.gz"  # gzip members can be found from anywhere; an uncompressed WARC is read whole
UTF8_BOMS = (None, "utf-8-sig")  # JSONL in these is split by bytes; UTF-16 and UTF-32 files are read whole


@dataclass(frozen=True)
class Shard:
    """What one task reads: `item` (a path or URL) whole, or its bytes [start, end) when `end` is set; a JSONL
    range's first line has the number `first_line` in the file."""

    index: int  # the shard's place in input order: its articles are numbered after every earlier shard's
    item: str
    start: int = 0
    end: int | None = None
    first_line: int = 1

    @property
    def is_jsonl_range(self) -> bool:
        return self.end is not None and Path(self.item).suffix.lower() in JSONL_SUFFIXES


def splittable(path: Path) -> bool:
    """Whether a file can be read as byte ranges: JSONL in UTF-8, or a gzipped WARC archive."""
    name = path.name.lower()
    if name.endswith(SPLIT_WARC):
        return True
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return False
    with path.open("rb") as stream:
        return bom_encoding(stream.read(4)) in UTF8_BOMS


def file_shards(path: Path, size: int) -> Iterator[tuple[str, int, int | None]]:
    """(path, start, end) of one file: several ranges of about `size` bytes, or the whole file."""
    try:
        length = path.stat().st_size
        split = length > size and splittable(path)
    except OSError:  # reading it will say what is wrong
        split = False
    if not split:
        yield str(path), 0, None
        return
    for start in range(0, length, size):
        yield str(path), start, min(start + size, length)


def plan(inputs: list[str], size: int = SHARD_BYTES) -> tuple[list[Shard], list[Rejection]]:
    """The shards of files, folders (recursively, in name order) and URLs, in input order, and the folders that
    could not be listed. Only names and sizes are looked at: reading is the tasks' work."""
    pieces: list[tuple[str, int, int | None]] = []
    unreadable: list[Rejection] = []
    for item in inputs:
        path = Path(item)
        if item.startswith(("http://", "https://")) or not path.is_dir():
            pieces += file_shards(path, size) if path.is_file() else [(item, 0, None)]
            continue
        for child in folder_files(path, unreadable):
            pieces += file_shards(child, size) if child.is_file() else []
    return [Shard(index, *piece) for index, piece in enumerate(pieces)], unreadable


def newlines_before_end(shard: Shard) -> int:
    """Newlines in [start - 1, end - 1) of a JSONL range: summed over the ranges before a shard, they number its
    first line (`numbered`)."""
    count = 0
    with open(shard.item, "rb") as stream:
        stream.seek(max(shard.start - 1, 0))
        left = shard.end - 1 - max(shard.start - 1, 0)
        while left > 0 and (chunk := stream.read(min(READ_CHUNK, left))):
            count += chunk.count(b"\n")
            left -= len(chunk)
    return count


def numbered(shards: list[Shard], counts: list[int]) -> list[Shard]:
    """JSONL ranges with their first line's number, from `newlines_before_end` of each JSONL range (in order):
    a range's first line is the one after the newlines in [0, start - 1)."""
    counted = iter(counts)
    result, before, item = [], 0, None
    for shard in shards:
        if not shard.is_jsonl_range:
            result.append(shard)
            continue
        if shard.item != item:  # a new file
            item, before = shard.item, 0
        result.append(replace(shard, first_line=1 if shard.start == 0 else 2 + before))
        before += next(counted)
    return result


def read_range(stream: BinaryIO, shard: Shard, columns: Columns) -> Iterator:
    """The articles of one byte range of an open file."""
    if shard.item.lower().endswith(SPLIT_WARC):
        yield from from_warc(stream, shard.item, shard.start, shard.end)
    else:
        yield from from_jsonl(stream, shard.item, columns, shard.start, shard.end, shard.first_line)


def read_shard(shard: Shard, columns: Columns, max_bytes: int = MAX_FILE_BYTES, fetcher: Fetcher | None = None
               ) -> Iterator:
    """The articles and rejections of one shard, as `read_inputs` gives them for the same bytes."""
    if shard.item.startswith(("http://", "https://")):
        yield from from_web(shard.item, fetcher or Fetcher())
    elif shard.end is None:
        yield from from_path(shard.item, columns, max_bytes, fetcher or Fetcher())
    else:
        try:
            with open(shard.item, "rb") as stream:
                yield from read_range(stream, shard, columns)
        except OSError as exc:
            yield Rejection(shard.item, f"cannot be read ({exc.strerror or type(exc).__name__})")
