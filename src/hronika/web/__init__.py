"""The server-rendered pages of `hronika serve`: search, article, entity and analysis pages (`pages.py`)."""
