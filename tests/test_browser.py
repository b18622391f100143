"""The pages in a real browser: headless Chromium (Debian's, driven by Playwright) against `hronika serve` on
127.0.0.1 goes search → article → entity → back; the marks sit on the analysis JSON's offsets, no request leaves
127.0.0.1, the console stays clean; screenshots of each page at desktop and phone width go to docs/screenshots/."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path(os.environ.get("HRONIKA_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCREENSHOTS = ROOT / "docs" / "screenshots"
# no first-run work, no network of Chromium's own (updates, sync, QUIC probes): every request is the page's
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
START_TIMEOUT = 180  # seconds for `hronika serve` to load the pipeline and answer

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium; "
                       "`make test` does it where apt-get works)"),
]

# The character offsets of every marked element inside the article text, by its data-key: what the reader sees.
MARK_OFFSETS = """(root) => {
  const found = {};
  for (const el of root.querySelectorAll('[data-key]')) {
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEndBefore(el);
    const start = range.toString().length;
    (found[el.dataset.key] = found[el.dataset.key] || []).push([start, start + el.textContent.length]);
  }
  return {text: root.textContent, marks: found};
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`hronika serve` over the samples stored with their metadata, on a free port of 127.0.0.1."""
    db = tmp_path_factory.mktemp("browser") / "web.duckdb"
    hronika = [sys.executable, "-m", "hronika"]
    subprocess.run([*hronika, "ingest", *sorted(map(str, SAMPLES.glob("*.txt"))), "--metadata",
                    str(SAMPLES / "metadata.tsv"), "--db", str(db)], check=True, capture_output=True)
    port = free_port()
    process = subprocess.Popen([*hronika, "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            urllib.request.urlopen(base + "/overview", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"hronika serve did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.5)
    yield base
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class Watched:
    """A page whose requests and console errors are recorded."""

    def __init__(self, browser, size: str):
        self.context = browser.new_context(viewport=SIZES[size], locale="lv-LV")
        self.page = self.context.new_page()
        self.size = size
        self.hosts: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.hosts.append(urlparse(request.url).hostname or request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}-{self.size}.png"))

    def check(self) -> None:
        assert set(self.hosts) == {"127.0.0.1"}, self.hosts
        assert not self.errors, self.errors
        self.context.close()


def test_search_article_entity_and_back(server, browser):
    watched = Watched(browser, "desktop")
    page = watched.page
    page.goto(server + "/")
    watched.shot("search")
    page.fill("#f-speaker", "Semjonovam")  # an inflected form
    page.select_option("#f-kind", "direct")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    search_url = page.url
    assert "speaker=Semjonovam" in search_url and "kind=direct" in search_url
    cards = page.locator(".results .card")
    assert cards.count() >= 1
    assert set(page.locator(".results .card .who").all_inner_texts()) == {"Sergejs Semjonovs"}

    cards.first.locator("footer a").first.click()
    page.wait_for_load_state()
    assert "/article/" in page.url
    doc_id = int(urlparse(page.url).path.rsplit("/", 1)[1])
    doc = page.request.get(f"{server}/documents/{doc_id}").json()
    seen = page.eval_on_selector("[data-article-text]", MARK_OFFSETS)
    assert seen["text"] == doc["text"]
    for quote in doc["quotes"]:
        key = f"q{quote['id']}"
        for suffix, start, end in (("", "start_char", "end_char"), ("c", "cue_start", "cue_end"),
                                   ("s", "speaker_start", "speaker_end")):
            if quote[start] is None:
                continue
            pieces = sorted(seen["marks"][key + suffix])
            assert (pieces[0][0], pieces[-1][1]) == (quote[start], quote[end]), key + suffix
            assert doc["text"][quote[start]:quote[end]] == "".join(
                doc["text"][a:b] for a, b in pieces)
    mentions = {(m["start_char"], m["end_char"]) for m in doc["mentions"]}
    for key, pieces in seen["marks"].items():
        if key.startswith("m"):
            assert (min(a for a, _ in pieces), max(b for _, b in pieces)) in mentions, key
    speaker = page.locator("[data-article-text] .quote-speaker").first
    speaker.focus()  # the canonical name shows on keyboard focus
    assert page.evaluate("getComputedStyle(document.activeElement, '::after').content") != "none"
    watched.shot("article")

    page.locator(".side a.who").first.click()
    page.wait_for_load_state()
    assert "/entity/" in page.url and page.locator("h1").inner_text().strip()
    assert page.locator("figure.chart svg rect").count() >= 1
    watched.shot("entity")

    page.go_back()
    assert f"/article/{doc_id}" in page.url
    page.go_back()
    assert page.url == search_url and page.locator(".results .card").count() == cards.count()
    watched.check()


def test_every_page_at_phone_and_desktop_width(server, browser):
    for size in SIZES:
        watched = Watched(browser, size)
        page = watched.page
        for name, path in (("search", "/"), ("article", "/article/1"), ("analyze", "/analyze")):
            page.goto(server + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"], (size, name)
            if size == "phone" or name == "analyze":
                watched.shot(name)
        entity = page.request.get(f"{server}/overview").json()["top_speakers"][0]["id"]
        page.goto(f"{server}/entity/{entity}")
        assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
        if size == "phone":
            watched.shot("entity")
        page.goto(server + "/analyze?lang=en")
        page.fill("#a-text", "Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt "
                             "Ukrainu.")
        page.fill("#a-date", "2024-09-12")
        page.click("form.analyze button[type=submit]")
        page.wait_for_load_state()
        assert page.locator("[data-article-text] mark.quote-content").inner_text() == \
            "Latvija turpinās atbalstīt Ukrainu"
        if size == "desktop":
            watched.shot("analyzed")
        watched.check()

