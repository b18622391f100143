"""Size, time and concurrency limits shared by ingestion, the pipeline and the HTTP API: each one number, here."""

from __future__ import annotations

# One article's text, wherever it comes from (ingest, the API, `analyze`); the pipeline's nlp.max_length is this
# number too, so whatever is admitted is analysed. About 30,000 words, far beyond any news article: analysis is
# linear but its memory is not small (about 27 KB a token), and this keeps one analysis near 1 GB at most.
MAX_TEXT_CHARS = 200_000
# One file read whole (text, HTML, a feed). JSONL and CSV corpora are streamed record by record instead.
MAX_FILE_BYTES = 20 * 1024 * 1024
# One JSONL line, CSV row or WARC record (a web page's HTML is often ten times its text).
MAX_RECORD_BYTES = 8 * 1024 * 1024
# The HTTP API (`hronika serve`): analyses at once (each in a worker process of its own), how many more may wait
# before a request is turned away with 503, and the seconds one analysis may run before its process is killed.
MAX_ANALYSES = 2
ANALYSIS_QUEUE = 8
ANALYSIS_TIMEOUT = 60.0
