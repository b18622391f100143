"""The server-rendered pages on a store of the bundled samples (with their metadata) and one article with a URL:
marks on exactly the stored characters, filters, paging, both languages, plural forms, errors, no external URL."""

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi.testclient import TestClient

from hronika.api import create_app
from hronika.ingest.run import ingest
from hronika.ingest.sources import Columns, read_inputs, read_metadata, with_metadata
from hronika.pipeline import load
from hronika.store import Article, Store
from hronika.web.i18n import Texts, plural_category
from hronika.web.markup import CONTENT, MENTION, TIMEX, Mark, marked_html

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLE = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
           "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs.")
ARTICLE_URL = "https://example.lv/rinkevics"
KEY = "secret"


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp):
    """The app over the five samples stored with samples/metadata.tsv, and one article with a URL."""
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    samples = with_metadata(read_inputs(sorted(str(p) for p in SAMPLES.glob("*.txt")), Columns()),
                            read_metadata(SAMPLES / "metadata.tsv"))
    with Store(db) as store:
        report = ingest(samples, store, nlp)
        assert report.stored == 5 and not report.rejected
        ingest([Article(ARTICLE, "test", ARTICLE_URL, "Prezidents par Ukrainu", "LSM", dt.date(2024, 9, 12))],
               store, nlp)
    with TestClient(create_app(db, api_key=KEY, nlp=nlp, allowed_hosts=["testserver"])) as test_client:
        yield test_client


class Marks(HTMLParser):
    """The text inside the article's text element, and the character ranges each marked element covers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside the article text
        self.text: list[str] = []
        self.size = 0
        self.open: list[tuple[str, dict]] = []
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self.attrs: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            self.open.append((tag, {**attrs, "_at": self.size}))
        elif "data-article-text" in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        self.depth -= 1
        if self.depth and self.open:
            tag_, attrs = self.open.pop()
            if "data-key" in attrs:
                self.ranges.setdefault(attrs["data-key"], []).append((attrs["_at"], self.size))
                self.attrs[attrs["data-key"]] = attrs

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            self.size += len(data)


def marks_of(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def covered(pieces: list[tuple[int, int]]) -> tuple[int, int]:
    """The one contiguous range the pieces of a mark cover (they must join up)."""
    pieces = sorted(pieces)
    for (_, end), (start, _) in zip(pieces, pieces[1:]):
        assert end == start, pieces
    return pieces[0][0], pieces[-1][1]


def document_ids(client) -> list[int]:
    return [d["id"] for d in client.get("/documents", params={"limit": 200}).json()]


def test_the_marks_wrap_exactly_the_stored_characters(client):
    checked = 0
    for doc_id in document_ids(client):
        doc = client.get(f"/documents/{doc_id}").json()
        html = client.get(f"/article/{doc_id}").text
        found = marks_of(html)
        assert "".join(found.text) == doc["text"]  # the text itself is untouched
        for quote in doc["quotes"]:
            key = f"q{quote['id']}"
            assert covered(found.ranges[key]) == (quote["start_char"], quote["end_char"])
            if quote["cue_start"] is not None:
                assert covered(found.ranges[key + "c"]) == (quote["cue_start"], quote["cue_end"])
            if quote["speaker_start"] is not None:
                assert covered(found.ranges[key + "s"]) == (quote["speaker_start"], quote["speaker_end"])
                assert found.attrs[key + "s"]["data-tip"] == (quote["speaker_name"] or "")
            checked += 1
        mentions = {(m["start_char"], m["end_char"]): m for m in doc["mentions"]}
        timexes = {(t["start_char"], t["end_char"]): t for t in doc["timexes"]}
        for key, pieces in found.ranges.items():
            span = covered(pieces)
            assert span == (int(found.attrs[key]["data-start"]), int(found.attrs[key]["data-end"]))
            if key.startswith("m"):
                mention = mentions[span]
                assert f"ent-{mention['type']}" in found.attrs[key]["class"]
                assert found.attrs[key]["href"] == f"/entity/{mention['entity_id']}"
            elif key.startswith("t"):
                assert timexes[span]["value"] in found.attrs[key]["data-tip"]
        assert {covered(p) for k, p in found.ranges.items() if k.startswith("t")} == set(timexes)
    assert checked >= 20


def test_overlapping_and_nested_marks_are_cut_into_pieces_and_escaped():
    text = "<b>Rīga</b> & 5. febr."
    marks = [Mark(0, 22, CONTENT, "q", "mark"), Mark(3, 7, MENTION, "m", "a", {"href": "/entity/1"}),
             Mark(14, 22, TIMEX, "t", "span"), Mark(14, 16, MENTION, "m2", "a", {"href": "/entity/2"})]
    html = str(marked_html(text, marks))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    found = marks_of(f"<div data-article-text>{html}</div>")
    assert "".join(found.text) == text
    assert {key: covered(pieces) for key, pieces in found.ranges.items()} == {
        "q": (0, 22), "m": (3, 7), "t": (14, 22), "m2": (14, 16)}
    assert len(found.ranges["t"]) == 2  # cut by the mention it crosses


def card_speakers(html: str) -> list[str]:
    return re.findall(r'class="who"[^>]*>([^<]+)<', html.split('id="results-h"')[1].split('class="dashboard"')[0])


def total(html: str) -> int:
    return int(re.search(r'data-total="(\d+)"', html).group(1))


def test_the_filters_narrow_the_results(client):
    everything = total(client.get("/").text)
    assert everything >= 30
    by_speaker = client.get("/", params={"speaker": "Semjonovam"}).text  # an inflected form
    assert 0 < total(by_speaker) < everything
    assert set(card_speakers(by_speaker)) == {"Sergejs Semjonovs"}
    direct = client.get("/", params={"kind": "direct"}).text
    assert 0 < total(direct) < everything and "kind-indirect" not in direct.split('class="dashboard"')[0]
    leta = total(client.get("/", params={"outlet": "LETA"}).text)
    assert 0 < leta < everything
    old = total(client.get("/", params={"until": "2008-12-31"}).text)
    recent = total(client.get("/", params={"since": "2009-01-01"}).text)
    assert old and recent and old + recent == everything  # every sample has its date from the metadata
    sure = total(client.get("/", params={"min_confidence": "0,9"}).text)  # a decimal comma too
    assert sure < everything
    about = client.get("/", params={"entity": "Latvijai"}).text
    assert "Latvija turpinās atbalstīt Ukrainu" in about
    words = client.get("/", params={"q": "degviel"}).text
    assert 0 < total(words) < everything and "Apvienojoties trīs mazumtirgotājiem" in words  # an article found too
    nothing = client.get("/", params={"speaker": "Neesošs Cilvēks"}).text
    assert total(nothing) == 0 and "Nekas netika atrasts" in nothing


def test_paging_shows_every_quotation_once(client):
    everything = total(client.get("/").text)
    seen, url = [], "/?per_page=7&kind="
    while url:
        html = client.get(url).text
        seen += re.findall(r'href="/article/\d+#(q\d+)"', html)
        following = re.search(r'rel="next" href="([^"]+)"', html)
        url = following.group(1).replace("&amp;", "&") if following else None
    assert len(seen) == len(set(seen)) == everything
    last = client.get("/", params={"per_page": 7, "page": 5}).text
    assert 'rel="prev"' in last and "5. lapa no 5" in last


def test_latvian_by_default_and_english_by_the_switch(client):
    latvian = client.get("/").text
    assert '<html lang="lv">' in latvian and "Citātu un rakstu meklēšana" in latvian
    switch = re.search(r'href="([^"]+)"[^>]*data-switch', client.get("/?kind=direct").text).group(1)
    assert parse_qs(urlparse(switch.replace("&amp;", "&")).query) == {"kind": ["direct"], "lang": ["en"]}
    english = client.get("/", params={"lang": "en", "kind": "direct"}).text
    assert '<html lang="en">' in english and "Search quotations and articles" in english
    assert re.search(r'href="/article/\d+\?lang=en#q\d+"', english)  # links keep the language
    assert re.search(r'href="/entity/\d+\?lang=en"', english)
    assert client.get("/", params={"lang": "de"}).status_code == 400


def test_latvian_plural_forms_and_dates():
    assert [plural_category("lv", n) for n in (0, 1, 2, 9, 10, 11, 19, 20, 21, 22, 101, 111, 121)] == [
        "zero", "one", "other", "other", "zero", "zero", "zero", "zero", "one", "other", "one", "zero", "one"]
    lv, en = Texts("lv"), Texts("en")
    assert [lv.plural("quotes", n) for n in (1, 2, 11, 21, 30)] == [
        "1 citāts", "2 citāti", "11 citātu", "21 citāts", "30 citātu"]
    assert lv.plural("documents", 20_001) == "20\u00a0001 raksts"
    assert [en.plural("quotes", n) for n in (1, 2, 21)] == ["1 quotation", "2 quotations", "21 quotations"]
    assert lv.date(dt.date(2024, 9, 12)) == "2024. gada 12. septembris"
    assert lv.date(dt.date(2024, 9, 2), short=True) == "02.09.2024."
    assert en.date(dt.date(2024, 9, 12)) == "12 September 2024"
    assert lv.decimal(0.905) in ("0,90", "0,91")


def test_the_article_page_shows_its_metadata_and_side_lists(client):
    [doc] = [d for d in client.get("/documents", params={"limit": 200}).json() if d["url"] == ARTICLE_URL]
    html = client.get(f"/article/{doc['id']}").text
    assert "Prezidents par Ukrainu" in html and "2024. gada 12. septembris" in html and "LSM" in html
    assert f'href="{ARTICLE_URL}" rel="noopener noreferrer nofollow"' in html
    assert 'data-tip="DATE 2024-09-10"' in html  # "otrdien" with its value
    side = html.split('class="side"')[1]
    assert "Edgars Rinkēvičs" in side and "2 citāti" in side and "paziņoja" in side
    sample = client.get("/article/1").text
    assert "2008. gada 20. jūnijs" in sample or "2008. gada 1. jūlijs" in sample  # dates from metadata.tsv


def test_the_entity_page(client):
    [person] = [e for e in client.get("/entities", params={"type": "person", "top": 200}).json()
                if e["name"] == "Sergejs Semjonovs"]
    html = client.get(f"/entity/{person['id']}").text
    assert "<h1>" in html and "Sergejs Semjonovs" in html and "persona" in html
    assert html.count("<rect ") >= 1 and 'role="img"' in html  # the timeline, drawn on the server
    said = html.split('id="said-h"')[1].split('id="about-h"')[0]
    dates = re.findall(r'<time datetime="([0-9-]+)"', said)
    assert dates and dates == sorted(dates, reverse=True)  # newest first
    assert "9 citāti" in html
    weekly = client.get(f"/entity/{person['id']}", params={"by": "week"}).text
    assert "nedēļa" in weekly
    [zatlers] = [e for e in client.get("/entities", params={"type": "person"}).json() if e["name"] == "Valdis Zatlers"]
    about = client.get(f"/entity/{zatlers['id']}").text.split('id="about-h"')[1]
    assert 'class="card"' in about  # what others said about him
    [kalejs] = [e for e in client.get("/entities", params={"top": 200}).json() if e["name"] == "Raimonds Kalējs"]
    together = client.get(f"/entity/{kalejs['id']}").text.split('id="with-h"')[1]
    assert re.search(r'href="/entity/\d+">[^<]+</a> <small>1 raksts', together)


@pytest.mark.parametrize("url", ["/article/999999", "/entity/999999"])
def test_an_unknown_id_is_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "999999" in response.text


@pytest.mark.parametrize("url, named", [
    ("/?since=2024-13-01", "since"), ("/?min_confidence=2", "min_confidence"), ("/?kind=quoted", "kind"),
    ("/?page=0", "page"), ("/?since=2024-02-01&until=2024-01-01", "since"), ("/article/abc", "article id"),
    ("/entity/1?by=day", "by"), ("/?q=" + "x" * 201, "q")])
def test_bad_input_is_400_naming_it(client, url, named):
    response = client.get(url)
    assert response.status_code == 400 and named in response.text


def test_analyze_shows_the_marks_and_stores_only_with_the_key(client):
    assert 'name="text"' in client.get("/analyze").text
    before = client.get("/overview").json()["documents"]
    text = "Finanšu ministrs Arvils Ašeradens vakar sacīja, ka budžets tiks pieņemts laikā."
    shown = client.post("/analyze", data={"text": text, "published": "2024-10-02"})
    assert shown.status_code == 200 and "Arvils Ašeradens" in shown.text and "2024. gada 2. oktobris" in shown.text
    found = marks_of(shown.text)
    assert "".join(found.text) == text
    quote = next(k for k in found.ranges if k.startswith("q") and k[1:].isdigit())
    start, end = covered(found.ranges[quote])
    assert text[start:end] == "budžets tiks pieņemts laikā"
    assert 'data-tip="DATE 2024-10-01"' in shown.text  # "vakar"
    refused = client.post("/analyze", data={"text": text, "store": "1", "key": "wrong"})
    assert refused.status_code == 401 and client.get("/overview").json()["documents"] == before
    stored = client.post("/analyze", data={"text": text, "published": "2024-10-02", "store": "1", "key": KEY},
                         follow_redirects=False)
    assert stored.status_code == 303 and stored.headers["location"].startswith("/article/")
    assert client.get("/overview").json()["documents"] == before + 1
    assert client.post("/analyze", data={"text": " "}).status_code == 400
    assert client.post("/analyze", json={"text": text}).json()["quotes"]  # JSON still reaches the JSON API


def pages(client) -> list[str]:
    doc_id = document_ids(client)[0]
    entity_id = client.get("/entities").json()[0]["id"]
    return ["/", "/?lang=en", "/?q=degviel", f"/article/{doc_id}", f"/entity/{entity_id}", "/analyze"]


def test_no_page_refers_outside_but_to_the_articles_own_url(client):
    for url in [*pages(client), *(f"/article/{i}" for i in document_ids(client))]:
        html = client.get(url).text
        external = re.findall(r'(?:src|href|action)="((?:https?:)?//[^"]*)"', html)
        assert set(external) <= {ARTICLE_URL}, (url, external)
        response = client.get(url)
        assert "default-src 'none'" in response.headers["content-security-policy"]
    assert client.get("/static/hronika.css").status_code == 200
    assert client.get("/static/hronika.js").status_code == 200


def test_every_page_links_its_json_and_has_landmarks_and_labels(client):
    for url in pages(client):
        html = client.get(url).text
        for landmark in ("<header", "<nav", "<main", "<footer"):
            assert landmark in html, (url, landmark)
        for control in re.findall(r'<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"', html):
            assert f'for="{control}"' in html, (url, control)
        for link in re.findall(r'href="([^"]+)" type="application/json"', html):
            response = client.get(link.replace("&amp;", "&"))
            assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    search = client.get("/?speaker=Semjonovs&kind=direct").text
    json_link = re.search(r'href="(/quotes\?[^"]+)" type="application/json"', search).group(1).replace("&amp;", "&")
    assert {q["speaker_name"] for q in client.get(json_link).json()} == {"Sergejs Semjonovs"}


def test_a_metadata_table_names_its_bad_line(tmp_path):
    table = tmp_path / "metadata.tsv"
    table.write_text("file\tpublished\toutlet\na.txt\t2024-09-12\tLSM\nb.txt\t2024-02-30\tLSM\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"metadata.tsv:3: '2024-02-30' is not a date"):
        read_metadata(table)
    table.write_text("file\tpublished\toutlet\na.txt\t12.09.2024\tLSM\n", encoding="utf-8")
    assert read_metadata(table) == {"a.txt": {"published": dt.date(2024, 9, 12), "outlet": "LSM"}}
