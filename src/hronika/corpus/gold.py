"""Read the hand-annotated sets in benchmarks/ (quotations, name forms, time expressions) as typed records, refusing
any line that breaks the format with its file, line and reason."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import MISSING, dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..schema import ENTITY_TYPES, QUOTE_KINDS, TIMEX_TYPES

# the JSON value types a record's plain fields take, by their annotation (a string, as annotations are postponed);
# nested records are checked on their own
JSON_TYPES = {"str": {str}, "int": {int}, "bool": {bool}, "str | None": {str, type(None)}}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Record = TypeVar("Record")


class GoldError(ValueError):
    """A gold file with lines that break its format; one problem per line, as `file:line: reason`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Invalid(ValueError):
    """The reason one record breaks the format."""


@dataclass(frozen=True)
class Span:
    """Characters start:end (end exclusive) of the record's text, and the text they hold."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cue(Span):
    """The speech verb or construction of a quotation, with its lemma."""

    lemma: str


@dataclass(frozen=True)
class Speaker(Span):
    """The mention a quotation is attributed to, with the canonical name of whom it refers to."""

    name: str


@dataclass(frozen=True)
class Quote:
    """One annotated quotation; cue and speaker are None where the text gives none."""

    kind: str
    cue: Cue | None
    content: Span
    speaker: Speaker | None


@dataclass(frozen=True)
class QuotedText:
    """One news text (FullStack-LV dev) with every quotation in it, sorted by content start; published is None
    where the corpus gives no date."""

    id: str
    published: str | None
    reference: str
    text: str
    quotes: list[Quote]


@dataclass(frozen=True)
class NameForm:
    """One inflected name mention (text[start:end]) in its sentence, with its canonical name."""

    id: str
    text: str
    start: int
    end: int
    mention: str
    type: str
    name: str
    gender: str | None
    case: str
    declension: str
    source: str


@dataclass(frozen=True)
class Timex:
    """One time expression with its TIMEX3 type and value, resolved against the item's publication date."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    freq: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class TimexItem:
    """One sentence with every time expression in it, sorted by start."""

    id: str
    published: str
    text: str
    source: str
    timexes: list[Timex]
    published_assumed: bool = False
    note: str | None = None


def read_quotes(path: Path) -> list[QuotedText]:
    """The annotated news texts."""
    return read_records(path, quoted_text)


def read_names(path: Path) -> list[NameForm]:
    """The hand-checked name forms."""
    return read_records(path, name_form)


def read_timexes(path: Path) -> list[TimexItem]:
    """The annotated time-expression sentences."""
    return read_records(path, timex_item)


def read_records(path: Path, parse: Callable[[dict], Record]) -> list[Record]:
    """Every line of a JSONL gold file as a record; GoldError naming each line that is not valid."""
    records, problems, seen = [], [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise Invalid("not a JSON object")
            record = parse(obj)
            if record.id in seen:
                raise Invalid(f"duplicate id {record.id!r}")
        except (json.JSONDecodeError, Invalid) as error:
            problems.append(f"{path}:{number}: {error}")
            continue
        seen.add(record.id)
        records.append(record)
    if problems:
        raise GoldError(problems)
    return records


def quoted_text(obj: dict) -> QuotedText:
    """A line of the quotation set, checked."""
    item = build(QuotedText, obj)
    if item.published is not None:
        check_date(item.published)
    quotes = [quote(item.text, q, f"quote {i}: ") for i, q in enumerate(need(item.quotes, list, "quotes: "))]
    contents = [(q.content.start, q.content.end) for q in quotes]
    if contents != sorted(set(contents)):
        raise Invalid("quotes are not sorted by content, or two share a content span")
    return replace(item, quotes=quotes)


def quote(text: str, obj: Any, where: str) -> Quote:
    """One quotation of a text, checked against it."""
    item = build(Quote, need(obj, dict, where))
    if item.kind not in QUOTE_KINDS:
        raise Invalid(f"{where}unknown kind {item.kind!r} (known: {', '.join(QUOTE_KINDS)})")
    return replace(
        item,
        cue=None if item.cue is None else span(text, Cue, item.cue, where + "cue: "),
        content=span(text, Span, item.content, where + "content: "),
        speaker=None if item.speaker is None else span(text, Speaker, item.speaker, where + "speaker: "),
    )


def name_form(obj: dict) -> NameForm:
    """A line of the name-form set, checked."""
    item = build(NameForm, obj)
    check_span(item.text, item.start, item.end, item.mention, "mention: ")
    if item.type not in ENTITY_TYPES:
        raise Invalid(f"unknown entity type {item.type!r} (known: {', '.join(ENTITY_TYPES)})")
    return item


def timex_item(obj: dict) -> TimexItem:
    """A line of the time-expression set, checked."""
    item = build(TimexItem, obj)
    check_date(item.published)
    timexes = [timex(item.text, t, f"timex {i}: ") for i, t in enumerate(need(item.timexes, list, "timexes: "))]
    if any(a.end > b.start for a, b in zip(timexes, timexes[1:])):
        raise Invalid("timexes are not sorted by start, or two overlap")
    return replace(item, timexes=timexes)


def timex(text: str, obj: Any, where: str) -> Timex:
    """One time expression of a sentence, checked against it."""
    item = span(text, Timex, obj, where)
    if item.type not in TIMEX_TYPES:
        raise Invalid(f"{where}unknown TIMEX3 type {item.type!r} (known: {', '.join(TIMEX_TYPES)})")
    return item


def build(kind: type[Record], obj: dict, where: str = "") -> Record:
    """A record of the given dataclass from a JSON object with its fields only, every required one, each plain
    field of its JSON type."""
    known = {f.name for f in fields(kind)}
    required = {f.name for f in fields(kind) if f.default is MISSING}
    missing, unknown = required - obj.keys(), obj.keys() - known
    if missing or unknown:
        raise Invalid(f"{where}missing fields {sorted(missing)}, unknown fields {sorted(unknown)}")
    mistyped = [f.name for f in fields(kind)
                if f.type in JSON_TYPES and f.name in obj and type(obj[f.name]) not in JSON_TYPES[f.type]]
    if mistyped:
        raise Invalid(f"{where}wrong JSON type for {', '.join(mistyped)}")
    return kind(**obj)


def span(text: str, kind: type[Record], obj: Any, where: str) -> Record:
    """A span-like record (Span, Cue, Speaker, Timex) whose offsets hold its text."""
    item = build(kind, need(obj, dict, where), where)
    check_span(text, item.start, item.end, item.text, where)
    return item


def check_span(text: str, start: int, end: int, written: str, where: str) -> None:
    """Refuse offsets that fall outside the text or do not hold the written span; say where it does occur, so that
    a hand-written span's offsets can be copied from the message."""
    inside = 0 <= start < end <= len(text)
    if inside and text[start:end] == written:
        return
    found = [i for i in range(len(text)) if text.startswith(written, i)]
    at = ", ".join(f"{i}-{i + len(written)}" for i in found) or "nowhere"
    problem = (f"text[{start}:{end}] is {text[start:end]!r}, not {written!r}" if inside
               else f"offsets {start}-{end} are not a span within the text's {len(text)} characters")
    raise Invalid(f"{where}{problem}; {written!r} is at {at}")


def check_date(value: str) -> None:
    """Refuse a publication date that is not YYYY-MM-DD."""
    try:
        valid = DATE.fullmatch(value) is not None and bool(dt.date.fromisoformat(value))
    except ValueError:
        valid = False
    if not valid:
        raise Invalid(f"published {value!r} is not a YYYY-MM-DD date")


def need(value: Any, kind: type, where: str) -> Any:
    """The value, if it is of the JSON kind the format needs there."""
    if not isinstance(value, kind):
        raise Invalid(f"{where}must be a JSON {'array' if kind is list else 'object'}")
    return value
