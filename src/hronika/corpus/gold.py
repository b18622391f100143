"""Read the hand-annotated sets in benchmarks/ (quotations, name forms, time expressions) as typed records, refusing
any line that breaks the format with its file, line and reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import ConfigDict, TypeAdapter, ValidationError

from ..schema import ENTITY_TYPES, QUOTE_KINDS, Cue, TextSpan, Timex

# every field of its JSON type (no "12" for 12), no field unknown to the record: pydantic checks the shape,
# the functions below what a shape cannot say (spans hold their text, order, ids)
STRICT = ConfigDict(strict=True, extra="forbid")
# how a quotation's sentence names its speaker (benchmarks/quotes/GUIDELINES.md)
NAMING_KINDS = ("full_name", "surname", "title", "pronoun", "organisation", "group", "absent")

Record = TypeVar("Record")


class GoldError(ValueError):
    """A gold file with lines that break its format; one problem per line, as `file:line: reason`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Invalid(ValueError):
    """The reason one record breaks the format."""


@dataclass(frozen=True)
class Speaker(TextSpan):
    """The mention a quotation is attributed to, with the canonical name of whom it refers to and how the
    quotation's sentence names them (NAMING_KINDS; None where not annotated)."""

    name: str
    naming: Literal[NAMING_KINDS] | None = None


@dataclass(frozen=True)
class Quote:
    """One annotated quotation; cue and speaker are None where the text gives none."""

    kind: Literal[QUOTE_KINDS]
    cue: Cue | None
    content: TextSpan
    speaker: Speaker | None


@dataclass(frozen=True)
class QuotedText:
    """One news text (FullStack-LV dev) with every quotation in it, sorted by content start; published is None
    where the corpus gives no date."""

    __pydantic_config__ = STRICT
    id: str
    published: dt.date | None
    reference: str
    text: str
    quotes: list[Quote]


@dataclass(frozen=True)
class NameForm:
    """One inflected name mention (text[start:end]) in its sentence, with its canonical name."""

    __pydantic_config__ = STRICT
    id: str
    text: str
    start: int
    end: int
    mention: str
    type: Literal[ENTITY_TYPES]
    name: str
    gender: str | None
    case: str
    declension: str
    source: str


@dataclass(frozen=True)
class AnnotatedTimex(Timex):
    """A time expression as annotated: TIMEX3 type and value against the item's publication date, and the TIMEX3
    attributes and the category of the set's coverage table."""

    mod: str | None = None
    freq: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class TimexItem:
    """One sentence with every time expression in it, sorted by start."""

    __pydantic_config__ = STRICT
    id: str
    published: dt.date
    text: str
    source: str
    timexes: list[AnnotatedTimex]
    published_assumed: bool = False
    note: str | None = None


def read_quotes(path: Path) -> list[QuotedText]:
    """The annotated news texts."""
    return read_records(path, QuotedText)


def read_names(path: Path) -> list[NameForm]:
    """The hand-checked name forms."""
    return read_records(path, NameForm)


def read_timexes(path: Path) -> list[TimexItem]:
    """The annotated time-expression sentences."""
    return read_records(path, TimexItem)


def read_records(path: Path, kind: type[Record]) -> list[Record]:
    """Every line of a JSONL gold file as a record; GoldError naming each line that is not valid."""
    adapter, check = TypeAdapter(kind), CHECKS[kind]
    records, problems, seen = [], [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = adapter.validate_json(line)
            check(record)
            if record.id in seen:
                raise Invalid(f"duplicate id {record.id!r}")
        except ValidationError as error:
            problems.append(f"{path}:{number}: " + "; ".join(shape_problem(e) for e in error.errors()))
            continue
        except Invalid as error:
            problems.append(f"{path}:{number}: {error}")
            continue
        seen.add(record.id)
        records.append(record)
    if problems:
        raise GoldError(problems)
    return records


def shape_problem(error: dict) -> str:
    """One of pydantic's errors as `where: what` (a field of a record is `quotes.0.kind`)."""
    where = ".".join(str(part) for part in error["loc"])
    what = "unknown field" if error["type"] == "unexpected_keyword_argument" else error["msg"]
    return f"{where}: {what}" if where else what


def check_quoted_text(item: QuotedText) -> None:
    """Each quotation's spans hold their text; quotations come in content order, no two with one content."""
    for i, quote in enumerate(item.quotes):
        for name in ("cue", "content", "speaker"):
            span = getattr(quote, name)
            if span is not None:
                check_span(item.text, span.start, span.end, span.text, f"quote {i}: {name}: ")
    contents = [(q.content.start, q.content.end) for q in item.quotes]
    if contents != sorted(set(contents)):
        raise Invalid("quotes are not sorted by content, or two share a content span")


def check_name_form(item: NameForm) -> None:
    """The mention's offsets hold it."""
    check_span(item.text, item.start, item.end, item.mention, "mention: ")


def check_timex_item(item: TimexItem) -> None:
    """Each time expression's offsets hold it; they come in text order without overlapping."""
    for i, timex in enumerate(item.timexes):
        check_span(item.text, timex.start, timex.end, timex.text, f"timex {i}: ")
    if any(a.end > b.start for a, b in zip(item.timexes, item.timexes[1:])):
        raise Invalid("timexes are not sorted by start, or two overlap")


CHECKS = {QuotedText: check_quoted_text, NameForm: check_name_form, TimexItem: check_timex_item}


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
