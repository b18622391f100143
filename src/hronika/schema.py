"""The analysis contract: entity, quotation and time-expression labels, and the typed analysis of one article."""

from __future__ import annotations

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
