"""spaCy adapters over the rule code: each module registers a factory, its Doc extensions and what it saves."""
