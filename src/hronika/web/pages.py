"""The pages' router: `/` search and dashboard, `/article/{id}`, `/entity/{id}`, `/analyze` (Jinja2, no JavaScript
needed); every view and filter is a query parameter, and each page links the JSON API call that gives its data."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Mapping, Optional
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.datastructures import Headers
from starlette.routing import Match
from starlette.types import Scope

from ..limits import MAX_TEXT_CHARS
from ..schema import QUOTE_KINDS, Analysis
from ..store import Article
from ..store import queries
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, Texts
from .markup import document_marks, marked_html

HERE = Path(__file__).parent
PAGE_SIZE = 20  # quotation cards per page, unless `per_page` says (up to the API's page limit)
MAX_PAGE_SIZE = 200
ARTICLES_SHOWN = 10  # articles listed beside the quotations a search finds
MAX_PAGE = 100_000
MAX_WORDS = 200  # characters of a text filter, as the JSON API allows
MAX_ID = 2**53
TOP = 10  # speakers, entities, co-quoted people listed
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Nothing outside this server: no CDN, no font, no inline script; the charts are inline SVG.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
HTML_ERRORS = {status: {"description": reason, "content": {"text/html": {}}}
               for status, reason in ((400, "Bad input, named with the reason"), (404, "No such record"))}
CHART_WIDTH, CHART_HEIGHT = 640, 140
MAX_BAR = 40


@dataclass(frozen=True)
class Backend:
    """What the pages need from the API app: store reads, analyses, storing an article, checking the key."""

    read: Callable[..., Any]  # read(query_function, *args) on a reading connection of its own
    analyse: Callable[[str, Optional[dt.date]], Awaitable[Analysis]]
    add: Callable[[Article], Awaitable[dict]]
    key_ok: Callable[[Optional[str]], bool]


class BadInput(Exception):
    """A query or form value that cannot be used: 400 with the reason, naming the input."""


class FormRoute(APIRoute):
    """A route that answers only form posts, so a JSON POST to the same path reaches the JSON API's route."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child = super().matches(scope)
        if match == Match.FULL and not Headers(scope=scope).get("content-type", "").startswith(FORM_TYPES):
            return Match.NONE, {}
        return match, child


def static_files() -> StaticFiles:
    """The CSS, the small optional script and the icon, shipped in the package."""
    return StaticFiles(directory=HERE / "static")


# --- reading the inputs -------------------------------------------------------------------------------------------

def text_input(params: Mapping[str, str], name: str, limit: int = MAX_WORDS) -> Optional[str]:
    """A text parameter, white space trimmed; empty is absent."""
    value = (params.get(name) or "").strip()
    if len(value) > limit:
        raise BadInput(f"{name}: at most {limit} characters")
    return value or None


def date_input(params: Mapping[str, str], name: str) -> Optional[dt.date]:
    """A YYYY-MM-DD date parameter."""
    value = text_input(params, name)
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{name}: {value!r} is not a date written YYYY-MM-DD") from None


def number_input(params: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    """A number parameter within [low, high]."""
    value = text_input(params, name)
    if value is None:
        return default
    try:
        number = float(value.replace(",", "."))  # a Latvian decimal comma too
    except ValueError:
        number = math.nan
    if not low <= number <= high:
        raise BadInput(f"{name}: {value!r} is not a number from {low:g} to {high:g}")
    return number


def whole_input(params: Mapping[str, str], name: str, default: int, high: int) -> int:
    """A whole-number parameter from 1 to `high` (a page number)."""
    value = text_input(params, name)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= high):
        raise BadInput(f"{name}: {value!r} is not a whole number from 1 to {high:,}")
    return int(value)


def choice_input(params: Mapping[str, str], name: str, choices: tuple[str, ...]) -> Optional[str]:
    """One of a few values, or absent."""
    value = text_input(params, name)
    if value is not None and value not in choices:
        raise BadInput(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value


def id_input(value: str, name: str) -> int:
    """A record id from the path."""
    if not (value.isascii() and value.isdigit() and int(value) <= MAX_ID):
        raise BadInput(f"{name}: {value!r} is not an id (a whole number)")
    return int(value)


# --- what the templates share -------------------------------------------------------------------------------------

def link(path: str, **params: Any) -> str:
    """A path with its query parameters; empty ones are left out, so a URL shows only the filters in use."""
    shown = {name: value for name, value in params.items() if value not in (None, "", 0.0)}
    return path + ("?" + urlencode(shown) if shown else "")


@dataclass(frozen=True)
class View:
    """One request's page: its language and the current URL's parameters (for links that keep them)."""

    path: str
    params: dict[str, str]
    texts: Texts

    @property
    def lang(self) -> str:
        return self.texts.lang

    def url(self, path: str, **params: Any) -> str:
        """A link to another page in this language."""
        return link(path, **params, lang=None if self.lang == DEFAULT_LANGUAGE else self.lang)

    def here(self, **changes: Any) -> str:
        """This page's URL with some parameters changed (None removes one)."""
        return link(self.path, **{**self.params, **changes})

    def switch(self) -> str:
        """This page in the other language."""
        other = next(lang for lang in LANGUAGES if lang != self.lang)
        return self.here(lang=None if other == DEFAULT_LANGUAGE else other)

    def entity(self, entity_id: int) -> str:
        return self.url(f"/entity/{entity_id}")

    def article(self, doc_id: int, quote_id: Optional[int] = None) -> str:
        return self.url(f"/article/{doc_id}") + (f"#q{quote_id}" if quote_id is not None else "")


def view_of(request: Request) -> View:
    """The page's language (`lang`, Latvian unless told) and parameters."""
    params = dict(request.query_params)
    lang = params.get("lang") or DEFAULT_LANGUAGE
    if lang not in LANGUAGES:
        raise BadInput(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    return View(request.url.path, params, Texts(lang))


ENVIRONMENT = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                          lstrip_blocks=True, undefined=StrictUndefined)
ENVIRONMENT.globals.update(QUOTE_KINDS=QUOTE_KINDS)


def page(template: str, view: View, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A rendered page with the security headers."""
    html = ENVIRONMENT.get_template(template).render(view=view, t=view.texts, **context)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def error_page(request: Request, status: int, reason: str) -> HTMLResponse:
    """An error as a page (in the asked language when it can be read)."""
    lang = request.query_params.get("lang")
    view = View(request.url.path, {}, Texts(lang if lang in LANGUAGES else DEFAULT_LANGUAGE))
    return page("error.html", view, status, status=status, reason=reason)


# --- charts (inline SVG, drawn here) -----------------------------------------------------------------------------

def periods(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    """Every week (from a Monday) or month (from the 1st) from `first` to `last`, so empty ones show as gaps."""
    found, current = [], first
    while current <= last:
        found.append(current)
        if unit == "week":
            current += dt.timedelta(days=7)
        else:
            current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return found


def bar_chart(counts: dict[dt.date, int], unit: str, texts: Texts) -> Optional[dict]:
    """Bars for counts per period, gaps included: geometry in SVG user units, a label per bar."""
    if not counts:
        return None
    spans = periods(min(counts), max(counts), unit)
    top = max(counts.values())
    slot = CHART_WIDTH / len(spans)
    width = min(max(slot * 0.8, 0.5), MAX_BAR)  # one period alone is a bar, not a wall
    bars = []
    for n, start in enumerate(spans):
        count = counts.get(start, 0)
        height = round(CHART_HEIGHT * count / top, 2)
        bars.append({"x": round(n * slot + (slot - width) / 2, 2), "y": round(CHART_HEIGHT - height, 2),
                     "width": round(width, 2), "height": height, "count": count,
                     "label": texts.period(start, unit)})
    return {"bars": bars, "top": top, "width": CHART_WIDTH, "height": CHART_HEIGHT,
            "first": bars[0]["label"], "last": bars[-1]["label"]}


def pager(view: View, page_number: int, total: int, size: int, name: str = "page") -> dict:
    """Previous and next links for a paged list."""
    pages = max(1, math.ceil(total / size))
    return {"page": page_number, "pages": pages, "name": name,
            "previous": view.here(**{name: page_number - 1 if page_number > 2 else None}) if page_number > 1 else None,
            "next": view.here(**{name: page_number + 1}) if page_number < pages else None}


# --- the pages ----------------------------------------------------------------------------------------------------

def search_filters(params: Mapping[str, str]) -> queries.QuoteFilter:
    """The quotation filters of `/`, as `GET /quotes` takes them."""
    since, until = date_input(params, "since"), date_input(params, "until")
    if since and until and since > until:
        raise BadInput(f"since: {since} is after until: {until}")
    return queries.QuoteFilter(speaker=text_input(params, "speaker"), about=text_input(params, "entity"),
                               since=since, until=until, contains=text_input(params, "q"),
                               min_confidence=number_input(params, "min_confidence", 0.0, 0.0, 1.0),
                               kind=choice_input(params, "kind", QUOTE_KINDS), outlet=text_input(params, "outlet"))


def quotes_json(where: queries.QuoteFilter, offset: int = 0, size: int = PAGE_SIZE) -> str:
    """The JSON API call that gives the same quotations."""
    return link("/quotes", speaker=where.speaker, about=where.about, since=where.since, until=where.until,
                contains=where.contains, kind=where.kind, outlet=where.outlet, speaker_id=where.speaker_id,
                about_id=where.about_id, min_confidence=where.min_confidence, limit=size, offset=offset)


def search_page(backend: Backend, view: View) -> HTMLResponse:
    """Quotation cards for the filters, articles with the words, and the store's overview."""
    where = search_filters(view.params)
    number = whole_input(view.params, "page", 1, MAX_PAGE)
    size = whole_input(view.params, "per_page", PAGE_SIZE, MAX_PAGE_SIZE)
    offset = (number - 1) * size
    total = backend.read(queries.quote_count, where)
    cards = backend.read(queries.quote_rows, where, size, offset)
    articles = None
    if where.contains:
        args = (where.contains, where.outlet, where.since, where.until)
        articles = {"count": backend.read(queries.document_count, *args),
                    "rows": backend.read(queries.documents, 0, ARTICLES_SHOWN, *args),
                    "json": link("/documents", contains=where.contains, outlet=where.outlet, since=where.since,
                                 until=where.until)}
    overview = backend.read(queries.overview, TOP)
    months = {row["month"]: row["documents"] for row in overview["months"]}
    return page("search.html", view, where=where, cards=cards, total=total, articles=articles,
                pager=pager(view, number, total, size), overview=overview,
                chart=bar_chart(months, "month", view.texts), json=quotes_json(where, offset, size))


def article_page(backend: Backend, view: View, doc_id: int) -> HTMLResponse:
    """One stored article with its marks."""
    doc = backend.read(queries.document, doc_id)
    if doc is None:
        raise HTTPException(404, f"no article {doc_id}")
    return page("article.html", view, doc=doc, **marked(doc, view))


def marked(doc: dict, view: View) -> dict:
    """The marked-up text and the side lists of a document (stored, or an analysis in the same shape)."""
    entities: dict[Any, dict] = {}
    for mention in doc["mentions"]:
        key = mention["entity_id"] if mention["entity_id"] is not None else (mention["type"], mention["name"])
        entities.setdefault(key, {**mention, "count": 0})["count"] += 1
    return {"html": marked_html(doc["text"], document_marks(doc, view.entity, view.texts)),
            "entities": sorted(entities.values(), key=lambda e: (-e["count"], e["name"]))}


def entity_page(backend: Backend, view: View, entity_id: int) -> HTMLResponse:
    """A person's or organisation's page: names, timeline, their quotations, what others said of them, with whom."""
    unit = choice_input(view.params, "by", queries.TIMELINE_UNITS) or "month"
    said_page = whole_input(view.params, "page", 1, MAX_PAGE)
    about_page = whole_input(view.params, "about_page", 1, MAX_PAGE)
    found = backend.read(queries.entity, entity_id, False)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    said = queries.QuoteFilter(speaker_id=entity_id)
    about = queries.QuoteFilter(about_id=entity_id)
    said_total, about_total = backend.read(queries.quote_count, said), backend.read(queries.quote_count, about)
    timeline = {row["period"]: row["quotes"] for row in backend.read(queries.entity_timeline, entity_id, unit)}
    return page("entity.html", view, entity=found, unit=unit, chart=bar_chart(timeline, unit, view.texts),
                said=backend.read(queries.quote_rows, said, PAGE_SIZE, (said_page - 1) * PAGE_SIZE),
                said_total=said_total, said_pager=pager(view, said_page, said_total, PAGE_SIZE),
                about=backend.read(queries.quote_rows, about, PAGE_SIZE, (about_page - 1) * PAGE_SIZE),
                about_total=about_total, about_pager=pager(view, about_page, about_total, PAGE_SIZE, "about_page"),
                quoted_with=backend.read(queries.quoted_with, entity_id, TOP),
                json={"entity": f"/entities/{entity_id}", "said": quotes_json(said), "about": quotes_json(about)})


def analysis_document(text: str, result: Analysis) -> dict:
    """An analysis in the shape `queries.document` gives a stored one (entities not stored have no id)."""
    names = {e.id: e for e in result.entities}
    quotes = [{"id": None, "kind": q.kind, "speaker_entity_id": None,
               "speaker_name": q.speaker.name if q.speaker else None, "speaker_text": q.speaker.text if q.speaker else None,
               "cue": q.cue.text if q.cue else None, "content": q.content.text, "start_char": q.content.start,
               "end_char": q.content.end, "speaker_start": q.speaker.start if q.speaker else None,
               "speaker_end": q.speaker.end if q.speaker else None, "cue_start": q.cue.start if q.cue else None,
               "cue_end": q.cue.end if q.cue else None, "confidence": q.confidence} for q in result.quotes]
    mentions = sorted(({"start_char": m.start, "end_char": m.end, "text": m.text, "type": e.type, "name": e.name,
                        "entity_id": None} for e in names.values() for m in e.mentions), key=lambda m: m["start_char"])
    timexes = [{"start_char": t.start, "end_char": t.end, "text": t.text, "type": t.type, "value": t.value}
               for t in result.timexes]
    return {"id": None, "url": None, "title": None, "outlet": None, "published": result.published, "text": text,
            "quotes": sorted(quotes, key=lambda q: q["start_char"]), "mentions": mentions, "timexes": timexes}


def form_fields(body: bytes) -> dict[str, str]:
    """A URL-encoded form's fields (the last value of each)."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=20)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadInput(f"the form cannot be read ({exc})") from None
    return {name: values[-1] for name, values in fields.items()}


# --- the router ---------------------------------------------------------------------------------------------------

def router(backend: Backend) -> APIRouter:
    """The pages, over the API app's store and analysis pool."""
    pages = APIRouter(default_response_class=HTMLResponse, responses=HTML_ERRORS, tags=["pages"])

    def guarded(request: Request, build: Callable[[View], HTMLResponse]) -> HTMLResponse:
        """The page, or its error as a page: 400 for bad input (named), 404, or the analysis's 503/504."""
        try:
            return build(view_of(request))
        except BadInput as bad:
            return error_page(request, 400, str(bad))
        except HTTPException as error:
            return error_page(request, error.status_code, str(error.detail))

    @pages.get("/", summary="Page: search quotations and articles, and the store's overview")
    def search(request: Request) -> HTMLResponse:
        return guarded(request, lambda view: search_page(backend, view))

    @pages.get("/article/{doc_id}", summary="Page: one article with its quotations, entities and time expressions")
    def article(request: Request, doc_id: str) -> HTMLResponse:
        return guarded(request, lambda view: article_page(backend, view, id_input(doc_id, "article id")))

    @pages.get("/entity/{entity_id}", summary="Page: one person or organisation")
    def entity(request: Request, entity_id: str) -> HTMLResponse:
        return guarded(request, lambda view: entity_page(backend, view, id_input(entity_id, "entity id")))

    @pages.get("/analyze", summary="Page: a form to analyse a text")
    def analyze_form(request: Request) -> HTMLResponse:
        return guarded(request, lambda view: page("analyze.html", view, form={}, doc=None))

    async def analyze_post(request: Request) -> HTMLResponse:
        try:
            view = view_of(request)
            form = form_fields(await request.body())
            text = (form.get("text") or "").replace("\r\n", "\n")
            if not text.strip():
                raise BadInput("text: empty; paste a text to analyse")
            if len(text) > MAX_TEXT_CHARS:
                raise BadInput(f"text: over {MAX_TEXT_CHARS:,} characters")
            published = date_input(form, "published")
            if form.get("store"):
                if not backend.key_ok(form.get("key") or None):
                    return error_page(request, 401, "key: missing or wrong API key; the text was not stored")
                answer = await backend.add(Article(text, "web", published=published))
                if answer.get("id") is None:
                    return error_page(request, 422, answer.get("reason") or "not stored")
                return RedirectResponse(view.article(answer["id"]), status_code=303)
            result = await backend.analyse(text, published)
            doc = await run_in_threadpool(analysis_document, text, result)
            return page("analyze.html", view, form=form, doc=doc, **marked(doc, view))
        except BadInput as bad:
            return error_page(request, 400, str(bad))
        except HTTPException as error:
            return error_page(request, error.status_code, str(error.detail))

    pages.add_api_route("/analyze", analyze_post, methods=["POST"], route_class_override=FormRoute,
                        include_in_schema=False)
    return pages
