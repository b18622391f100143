"""The analysis contract: entity, quotation and time-expression labels, and the typed analysis of one article."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Literal

# FullStack-LV's entity types, as the recogniser and the analysis JSON name them
PERSON = "person"
ORGANIZATION = "organization"
GPE = "GPE"
LOCATION = "location"
EVENT = "event"
PRODUCT = "product"
ENTITY = "entity"
TIME = "time"
MONEY = "money"
ENTITY_TYPES = (PERSON, GPE, ORGANIZATION, LOCATION, EVENT, PRODUCT, TIME, MONEY, ENTITY)
NAMED_TYPES = frozenset({PERSON, ORGANIZATION, GPE, LOCATION, PRODUCT, EVENT, ENTITY})  # what coreference links
SPEAKER_TYPES = frozenset({PERSON, ORGANIZATION, GPE})  # who can say something
VALUE_TYPES = frozenset({TIME, MONEY})  # named by their value, not by a canonical name

QUOTE_KINDS = ("direct", "indirect", "mixed")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the input text: character offsets (Python `str` indices, end exclusive) and the text there."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict) -> TextSpan:
        return cls(data["start"], data["end"], data["text"])


@dataclass(frozen=True)
class Mention(TextSpan):
    """Where the text names an entity: a name, a title, a pronoun resolved to it."""


@dataclass(frozen=True)
class Entity:
    """One entity of an article under its canonical base-form name, with every mention in text order."""

    id: str
    type: Literal[ENTITY_TYPES]
    name: str
    mentions: list[Mention]

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name, "mentions": [m.to_json() for m in self.mentions]}

    @classmethod
    def from_json(cls, data: dict) -> Entity:
        return cls(data["id"], data["type"], data["name"], [Mention.from_json(m) for m in data["mentions"]])


@dataclass(frozen=True)
class Speaker(TextSpan):
    """The mention a quotation is attributed to; `entity` is the id of the entity it refers to (None for an unnamed
    speaker such as "daļa ekonomistu"), `name` that entity's canonical name or the phrase in its base form."""

    entity: str | None
    name: str

    def to_json(self) -> dict:
        return {"entity": self.entity, "name": self.name, **super().to_json()}

    @classmethod
    def from_json(cls, data: dict) -> Speaker:
        return cls(data["start"], data["end"], data["text"], data["entity"], data["name"])


@dataclass(frozen=True)
class Cue(TextSpan):
    """The word that marks speech: a verb ("sacīja"), a colon, "pēc … teiktā"; `lemma` is its base form."""

    lemma: str

    def to_json(self) -> dict:
        return {**super().to_json(), "lemma": self.lemma}

    @classmethod
    def from_json(cls, data: dict) -> Cue:
        return cls(data["start"], data["end"], data["text"], data["lemma"])


@dataclass(frozen=True)
class Quote:
    """Who said what: the reported words (`content`: no cue, no speaker, no outer quotation marks), their kind
    (one of QUOTE_KINDS), speaker, cue, the medium they were said in ("intervijā LTV"), and a confidence in [0, 1]."""

    kind: Literal[QUOTE_KINDS]
    speaker: Speaker | None
    cue: Cue | None
    content: TextSpan
    confidence: float
    medium: TextSpan | None = None

    def to_json(self) -> dict:
        data = {"kind": self.kind, "speaker": self.speaker.to_json() if self.speaker else None,
                "cue": self.cue.to_json() if self.cue else None, "content": self.content.to_json(),
                "confidence": self.confidence}
        if self.medium is not None:  # added later than the other keys: present only when found
            data["medium"] = self.medium.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict) -> Quote:
        speaker, cue, medium = data["speaker"], data["cue"], data.get("medium")
        return cls(data["kind"], Speaker.from_json(speaker) if speaker else None, Cue.from_json(cue) if cue else None,
                   TextSpan.from_json(data["content"]), data["confidence"],
                   TextSpan.from_json(medium) if medium else None)


@dataclass(frozen=True)
class Timex(TextSpan):
    """A time expression: its TIMEX3 type (one of TIMEX_TYPES) and value relative to the publication date
    ("2024-09-10", "2024-W37", "P3D", "XXXX-10-01" when no year can be inferred, "PRESENT_REF" …)."""

    type: Literal[TIMEX_TYPES]
    value: str

    def to_json(self) -> dict:
        return {**super().to_json(), "type": self.type, "value": self.value}

    @classmethod
    def from_json(cls, data: dict) -> Timex:
        return cls(data["start"], data["end"], data["text"], data["type"], data["value"])


@dataclass(frozen=True)
class Analysis:
    """The analysis of one article: its entities, quotations and time expressions, anchored on `published`."""

    language: str
    published: dt.date | None
    entities: list[Entity]
    quotes: list[Quote]
    timexes: list[Timex]

    def to_json(self) -> dict:
        """JSON-ready data in the documented key order (docs/analysis-json.md)."""
        return {"language": self.language, "published": self.published.isoformat() if self.published else None,
                "entities": [e.to_json() for e in self.entities], "quotes": [q.to_json() for q in self.quotes],
                "timexes": [t.to_json() for t in self.timexes]}

    @classmethod
    def from_json(cls, data: dict) -> Analysis:
        published = data["published"]
        return cls(data["language"], dt.date.fromisoformat(published) if published else None,
                   [Entity.from_json(e) for e in data["entities"]], [Quote.from_json(q) for q in data["quotes"]],
                   [Timex.from_json(t) for t in data["timexes"]])

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, if any."""
        return next((e for e in self.entities if e.id == entity_id), None)


def json_schema() -> dict:
    """The JSON Schema of the analysis JSON, generated from these classes (docs/analysis.schema.json holds it)."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Analysis).json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def json_schema_text() -> str:
    """The JSON Schema as written to docs/analysis.schema.json."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
