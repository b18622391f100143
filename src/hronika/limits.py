"""Size, time and concurrency limits shared by ingestion, the pipeline and the HTTP API: each one number, here."""

from __future__ import annotations

# One article's text. The pipeline's nlp.max_length is this number too (spaCy's own default), so whatever ingestion
# admits the pipeline analyses.
MAX_TEXT_CHARS = 1_000_000
# One file read whole (text, HTML, a feed). JSONL and CSV corpora are streamed record by record instead.
MAX_FILE_BYTES = 20 * 1024 * 1024
# One JSONL line, CSV row or WARC record: an article at its longest, in UTF-8 (up to four bytes a character).
MAX_RECORD_BYTES = 4 * MAX_TEXT_CHARS
# The HTTP API (`hronika serve`): analyses at once (each in a worker process of its own), how many more may wait
# before a request is turned away with 503, and the seconds one analysis may run before its process is killed.
MAX_ANALYSES = 2
ANALYSIS_QUEUE = 8
ANALYSIS_TIMEOUT = 60.0
