"""Time expressions: found in the parse (`finder`), valued against a publication date (`values`)."""
