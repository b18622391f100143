"""Coreference within an article: names, titles, pronouns, relative and reflexive words linked by rules."""
