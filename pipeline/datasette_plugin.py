"""Datasette hooks: the SQL functions of pipeline/sql_functions.py on every connection (Swedish
order, Swedish search, checked dates), PDF page links, ids shown as readable labels linking to
their entity pages, highlighted snippets, one search over everything (/-/search), the timeline
pages (/-/timeline) that chart who sat where, over time, and the entity pages: a person, a
meeting, a body and an agreement as a whole (/-/person/<id> …; the questions are pipeline/pages.py).

Registered through the `datasette` entry point in pyproject.toml.  The canned queries in
metadata.yml rely on `collate sv`, `search_match(...)`, `iso_date(...)` and the others, which
every connection gets here.  Datasette's own `escape_fts()`, which its table search boxes run
on what was typed, is replaced by `search_match()`, so a table's box, the canned queries, the
/-/search page and `protokoll search` find the same rows.
The charts are drawn in the browser by Vega-Lite, served from pipeline/static/ (no CDN).
Around Datasette (`asgi_wrapper`), the response cache of pipeline/serve_cache.py answers a
repeated anonymous request from memory until a served database changes.
"""

from __future__ import annotations

import copy
import functools
import gc
import json
import logging
import re
import resource
import sqlite3
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import await_me_maybe, tilde_decode, tilde_encode, to_css_class
from datasette.utils.asgi import Response, asgi_static
from jinja2 import ChoiceLoader, FileSystemBytecodeCache, FileSystemLoader, PrefixLoader
from markupsafe import Markup, escape

from . import pages, serve_cache, sql_functions, timeline
from .parse.dates import TYPED_FORMS, DateError, iso_date
from .queries import SEARCH_KINDS, search_sql
from .search import unmark
from .sql_functions import body_match, search_match, swedish_collation
from .store.schema import swedish_sort_key

__all__ = ["body_match", "swedish_collation"]  # the SQL functions, importable from here as before

log = logging.getLogger(__name__)

PLUGIN = "protokoll"  # the distribution's name: Datasette serves plugin files at /-/static-plugins/protokoll/
STATIC = Path(__file__).with_name("static")
TEMPLATES = Path(__file__).with_name("templates")
TIMELINE_TEMPLATE = TEMPLATES / "timeline.html"
SEARCH_TEMPLATE = TEMPLATES / "search.html"
DATASETTE_TEMPLATES = TEMPLATES / "datasette"  # in place of Datasette's own of the same name
PAGES_PREFIX = "protokoll"  # this plugin's page templates, as Jinja names them: protokoll/person.html
PAGE_TEMPLATES: dict[str, Path] = {
    page: TEMPLATES / f"{page}.html" for page in ("person", "meeting", "body", "bodies", "agreement", "agreements")
}
SCRIPTS = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"]  # in load order


# The longest string or blob one SQL value may be: far more than any page's text (a dense A4
# page holds about 10 KB), far less than "select hex(randomblob(200000000))" would allocate.  A
# value is several times its size by the time it is a JSON answer (a 30 MB one took 700 MB).
MAX_SQL_VALUE_BYTES = 4 * 1024 * 1024


# metadata.yml's plugins: protokoll: server_memory_mb, when it does not say.
DEFAULT_SERVER_MEMORY_MB = 768


@hookimpl
def startup(datasette: Any) -> Callable[[], Awaitable[None]]:
    """Cap the server's memory before it answers anyone.  SQLite's value limit stops one huge
    value, but not many large ones: 12 values of 30 MB in one row made a 2 GB JSON answer and
    11 GB of memory.  Under the cap such a request fails (HTTP 500) and the server goes on.
    Then do before the first request what every server does for its first requests (`warm`)."""
    config = datasette.plugin_config(PLUGIN) or {}
    cap_memory(int(config.get("server_memory_mb", DEFAULT_SERVER_MEMORY_MB)))
    remember_table_allows(datasette)
    for db in datasette.databases.values():
        keep_counts(datasette, db)
    return lambda: warm(datasette)


async def warm(datasette: Any) -> None:
    """Read the databases' schemas, load every template and each database's organisation labels
    once, before the server listens: its first requests, arriving together, did all that
    between them and waited for each other (a cold start's first pages took 0.3-1.5 s).
    Then what is loaded is frozen (`gc.freeze`): the garbage collector's full collections,
    which walked every object the server holds (Datasette, plugins, templates, labels), walk
    only what came after — one of them in a request made it the slowest of twenty."""
    try:
        await datasette.refresh_schemas()
        env = datasette.jinja_env
        for name in env.list_templates(extensions=["html"]):
            env.get_template(name)
        for name in await protokoll_databases(datasette):
            await labels_of(datasette, name)
    except Exception as e:  # a head start only: the requests meet the problem themselves
        log.warning("could not warm the server up: %s", e)
    gc.collect()  # what is garbage already is not frozen with the rest
    gc.freeze()


def remember_table_allows(datasette: Any) -> None:
    """Datasette (0.65.5) reads a table's `allow` blocks by deep-copying the whole metadata —
    every canned query and description — on each check, several a page: 8 ms a table page, a
    quarter of rendering one.  The metadata is read once, when the server starts, so each
    table's answer is the same for the life of the process: it is worked out once."""
    original = getattr(datasette, "_table_permission_allows", None)
    if original is None or getattr(original, "remembered", False):
        return
    answers: dict[tuple[str, str], list[Any]] = {}

    def table_permission_allows(database: str, table: str) -> list[Any]:
        key = (database, table)
        if key not in answers:
            answers[key] = original(database, table)
        return copy.deepcopy(answers[key])

    table_permission_allows.remembered = True  # type: ignore[attr-defined]
    datasette._table_permission_allows = table_permission_allows


def cap_memory(megabytes: int) -> None:
    """Limit this process's data (heap and anonymous memory, RLIMIT_DATA) to `megabytes`; 0 for
    no cap.  Never raises a lower limit already set."""
    if megabytes <= 0:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


@hookimpl(trylast=True)  # after Datasette's own functions, so its escape_fts is replaced
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_SQL_VALUE_BYTES)
    sql_functions.register(conn)
    # What a table's search box runs on the typed text (?_search=): the same query as everywhere.
    conn.create_function("escape_fts", 1, search_match, deterministic=True)


_PAGE = re.compile(r"#page=(\d+)$")


# Columns that hold money: "value", "value_sek", "value_max" and any "…_sek" of a query.
_MONEY_COLUMNS = {"value", "value_max"}


def _is_money(column: str) -> bool:
    return column in _MONEY_COLUMNS or column.endswith("_sek")


def thousands(value: float) -> str:
    """A sum of money as Swedes write it: thousands apart by a narrow space, a decimal comma.

    >>> thousands(1500000.0), thousands(-2500), thousands(1234.5)
    ('1\u202f500\u202f000', '−2\u202f500', '1\u202f234,50')
    """
    text = f"{abs(value):,.2f}".replace(",", "\u202f").replace(".", ",").removesuffix(",00")
    return ("−" if value < 0 else "") + text


def highlight(snippet: str) -> Markup:
    """A `search_snippet` value as HTML: the text escaped, each **matched** word in <mark>."""
    return Markup("").join(
        Markup("<mark>{}</mark>").format(piece) if hit else escape(piece) for piece, hit in unmark(snippet)
    )


@functools.lru_cache(maxsize=4096)
def _css_class(column: str) -> str:
    return to_css_class(column)


def table_row_cells(row: Iterable[Mapping[str, Any]]) -> Markup:
    """One row of Datasette's table (`_table.html`) as its <td> cells, exactly as Datasette's
    template writes them, built in Python: the template's loop over cells, autoescaped and
    awaited cell by cell, was half of a table page (100 rows of 16 columns: 60 ms)."""
    return Markup(
        "".join(
            f'<td class="col-{_css_class(cell["column"])} type-{cell["value_type"]}">{escape(cell["value"])!s}</td>'
            for cell in row
        )
    )


def query_row_cells(row: Iterable[Any], columns: Sequence[str]) -> Markup:
    """One row of a query's or canned query's results (`query.html`) as its <td> cells, as
    Datasette's template writes them: a canned query's page shows up to a thousand rows."""
    return Markup(
        "".join(f'<td class="col-{_css_class(c)}">{escape(td)!s}</td>' for c, td in zip(columns, row, strict=False))
    )


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    """Datasette's templates, with the ones in templates/datasette/ in their place (its
    `_table.html` and `query.html`, whose rows `table_row_cells` and `query_row_cells` write),
    and this plugin's pages under
    "protokoll/".  Compiled templates are kept on disk (Jinja's bytecode cache, in a private
    folder of the system's temporary directory, by each file's checksum): compiling Datasette's
    44 took 0.6 s of a server's first requests, loading them compiled 20 ms."""
    env.filters["table_row_cells"] = table_row_cells
    env.filters["query_row_cells"] = query_row_cells
    env.loader = ChoiceLoader(
        [
            FileSystemLoader(str(DATASETTE_TEMPLATES)),
            PrefixLoader({PAGES_PREFIX: FileSystemLoader(str(TEMPLATES))}),
            env.loader,
        ]
    )
    if env.bytecode_cache is None:
        try:
            env.bytecode_cache = FileSystemBytecodeCache()
        except (OSError, RuntimeError) as e:  # no usable temporary directory: templates are compiled in memory
            log.warning("templates are not kept compiled: %s", e)


@hookimpl
def render_cell(
    value: Any,
    column: str,
    datasette: Any,
    table: str | None = None,
    database: str | None = None,
    row: Any = None,
) -> Any:
    """`pdf_url` cells become a link to the served source file, opened at the cited page;
    `timeline` cells (/-/timeline?person=…) a link to the chart; `snippet` cells show the
    matched words highlighted; money (value, value_sek, …_sek) with thousands apart; ids of
    people, meetings, bodies, agreements, documents and agenda items (and a table's own label
    column) a readable label linking to the entity's page (`pages.cell_link`)."""
    if column == "snippet" and isinstance(value, str):
        return highlight(value)
    if column == "timeline" and isinstance(value, str) and value.startswith("/-/timeline?"):
        return Markup('<a href="{}">timeline</a>').format(datasette.urls.path(value))
    if _is_money(column) and isinstance(value, int | float) and not isinstance(value, bool):
        return Markup('<span class="sek" style="white-space:nowrap">{}</span>').format(thousands(value))
    if database is not None and _may_link(column, table):
        return _id_cell(datasette, database, column, value, table, row)
    if column != "pdf_url" or not isinstance(value, str) or not value.startswith("/raw/"):
        return None
    page = _PAGE.search(value)
    label = f"PDF s. {page.group(1)}" if page else "PDF"
    return Markup('<a href="{}" title="{}">{}</a>').format(datasette.urls.path(value), value, label)


_ID_COLUMNS = (
    pages.PERSON_COLUMNS
    | pages.MEETING_COLUMNS
    | pages.BODY_COLUMNS
    | pages.DOCUMENT_COLUMNS
    | {"agreement_id", "agenda_item_id", "decision_id"}
)


def _may_link(column: str, table: str | None) -> bool:
    return column in _ID_COLUMNS or (table, column) in pages.LABEL_CELLS


def _id_cell(datasette: Any, database: str, column: str, value: Any, table: str | None, row: Any) -> Any:
    """An id cell as its label, linking to its page; None (Datasette's own rendering) otherwise."""
    if value is None or (isinstance(value, dict) and value.get("value") is None):
        return None
    row_id = None
    if table is not None and (table, column) in pages.LABEL_CELLS:
        try:
            row_id = row["id"]
        except (KeyError, IndexError, TypeError):
            return None

    own = pages.label_ids([value] if column in _ID_COLUMNS else []) | pages.label_ids([row_id])

    def row_ids() -> set[str]:
        """The ids this row's cells link by: looked up together when the first of them is rendered."""
        try:
            columns = row.keys()  # a sqlite3.Row: iterating it gives the values
            return own | pages.label_ids([row[c] for c in columns if c in _ID_COLUMNS])
        except (AttributeError, IndexError, KeyError, TypeError):
            return own

    async def inner() -> Markup | None:
        names = await labels_of(datasette, database, own, row_ids)
        link = pages.cell_link(column, value, names, table=table, row_id=row_id)
        if link is None:
            return None
        if link.page is None:
            href = datasette.urls.row(database, link.table, tilde_encode(link.id))
        else:
            href = entity_url(datasette, link.page, link.id, _in_db(datasette, database), link.fragment)
        # escape() in an f-string: Markup.format() was the slowest part of an id cell
        return Markup(f'<a class="entity" href="{escape(href)!s}">{escape(link.label)!s}</a>')

    return inner


# The labels of each served database's ids, looked up as cells ask for them (a primary-key
# lookup per id, a row's ids together) and kept while the database's stamp is the one they were
# read at (`serve_cache.stamp_of`: the stamp of the request being answered, so a page the
# response cache keeps never shows old labels): a database of 100,000 documents has 200,000
# labels, and reading them all took 1.4 CPU-s.
LABELS_KEPT = 200_000  # at most this many ids a database; then the cache starts again


@dataclass
class _Known:
    names: pages.Labels
    asked: set[str]
    stamp: serve_cache.Stamp


_labels: dict[str, _Known] = {}


def _stamp(datasette: Any, database: str) -> serve_cache.Stamp:
    """What changes when anything writes to the database; () for one in memory."""
    path = getattr(datasette.get_database(database), "path", None)
    return serve_cache.stamp_of(path) if path else ()


async def labels_of(
    datasette: Any, database: str, wanted: Iterable[str] = (), more: Callable[[], Iterable[str]] | None = None
) -> pages.Labels:
    """The labels of `database`'s organisations and of the `wanted` ids (`pages.label_ids`), and
    when one of those is new, of the ids `more()` names too: what was looked up once is kept
    until the database changes; an id that is not there is not looked up again until then."""
    stamp = _stamp(datasette, database)
    known = _labels.get(database)
    if known is None or known.stamp != stamp or not stamp or len(known.asked) > LABELS_KEPT:
        names = await datasette.get_database(database).execute_fn(lambda conn: pages.labels(conn, ()))
        known = _labels[database] = _Known(names, set(), stamp)
    missing = [w for w in wanted if w not in known.asked]
    if missing and more is not None:
        missing = [w for w in {*missing, *more()} if w not in known.asked]
    if missing:
        found = await datasette.get_database(database).execute_fn(lambda conn: pages.labels(conn, missing))
        known.names.update(found)
        known.asked.update(missing)
    return known.names


def _in_db(datasette: Any, database: str) -> dict[str, str]:
    """?db=NAME for links into a database other than the first served (the pages' default)."""
    served = [name for name in datasette.databases if not name.startswith("_")]
    return {} if served and served[0] == database else {"db": database}


def entity_url(datasette: Any, page: str, id: str, in_db: Mapping[str, str] | None = None, fragment: str = "") -> str:
    """/-/person/<id>, /-/meeting/<id>, /-/body/<id> or /-/agreement/<id>, under Datasette's base_url."""
    url = datasette.urls.path(f"/-/{page}/{urllib.parse.quote(id, safe='')}")
    if in_db:
        url += "?" + urllib.parse.urlencode(in_db)
    return url + (f"#{fragment}" if fragment else "")


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    # Datasette mounts a plugin's static/ folder only when the plugin is a package; this one is
    # a module, so its folder is mounted here, at the URL Datasette would have used.
    return [
        (rf"^/-/static-plugins/{PLUGIN}/(?P<path>.*)$", asgi_static(STATIC)),
        (r"^/-/timeline$", timeline_page),
        (r"^/-/search$", search_page),
        (r"^/-/person/(?P<id>[^/]+)$", person_page),
        (r"^/-/meeting/(?P<id>[^/]+)$", meeting_page),
        (r"^/-/body/?$", bodies_page),
        (r"^/-/body/(?P<id>[^/]+)$", body_page),
        (r"^/-/agreement/?$", agreements_page),
        (r"^/-/agreement/(?P<id>[^/]+)$", agreement_page),
        (r"^/-/feed\.atom$", feed),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search everything"},
        {"href": datasette.urls.path("/-/timeline"), "label": "Timelines: who sat where"},
        {"href": datasette.urls.path("/-/body/"), "label": "Bodies: members, meetings"},
        {"href": datasette.urls.path("/-/agreement/"), "label": "Agreements: parties, signatures"},
    ]


@hookimpl
def extra_body_script(template: str, database: str | None, datasette: Any) -> str | None:
    """On a database page, the analysts' tables first (plugins: protokoll: first_tables in
    metadata.yml), the others after them as Datasette lists them."""
    if template != "database.html" or database is None:
        return None
    first = (datasette.plugin_config(PLUGIN, database=database) or {}).get("first_tables") or []
    return _FIRST_TABLES_SCRIPT % json.dumps(first)


# Moves each named table's block (div.db-table, in Datasette's alphabetical list) to the top, in order.
_FIRST_TABLES_SCRIPT = """
(function (first) {
  var blocks = Array.prototype.slice.call(document.querySelectorAll("div.db-table"));
  if (!blocks.length) { return; }
  var named = {};
  blocks.forEach(function (block) {
    var link = block.querySelector("h3 a");
    if (link) { named[link.textContent.trim()] = block; }
  });
  var anchor = blocks[0];
  first.slice().reverse().forEach(function (name) {
    var block = named[name];
    if (block) { anchor.parentNode.insertBefore(block, anchor); anchor = block; }
  });
})(%s);
"""


# Query parameters that name dates: `iso_date(:name)` in a query's SQL.
_DATE_PARAM = re.compile(r"\biso_date\(\s*:(\w+)\s*\)")


def date_problems(sql: str, args: Mapping[str, str]) -> list[str]:
    """What is wrong with the dates typed for `sql`'s date parameters, one message each."""
    problems = []
    for name in dict.fromkeys(_DATE_PARAM.findall(sql)):
        try:
            iso_date(args.get(name))
        except DateError as e:
            problems.append(f"{name}: {e}")
    return problems


@hookimpl
def extra_template_vars(template: str, database: str | None, request: Any, datasette: Any) -> Any:
    """On a query page, an unreadable date is named in the error message, with the forms that
    can be read (SQLite itself only says "user-defined function raised exception")."""
    if template != "query.html" or request is None or database is None:
        return None

    async def inner() -> dict[str, str]:
        sql = request.args.get("sql")
        name = request.url_vars.get("table")
        if not sql and name:
            query = await datasette.get_canned_query(database, name, request.actor)
            sql = (query or {}).get("sql")
        problems = date_problems(sql or "", request.args)
        return {"error": "; ".join(problems)} if problems else {}

    return inner


# A query's JSON or CSV: /<db>/<canned query>.json, /<db>.json?sql=…
_DATA_PATH = re.compile(r"^/(?P<database>[^/.]+)(?:/(?P<query>[^/.]+))?\.(?:json|csv)$")


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """A query's JSON or CSV with a date that cannot be read answers 400 with the reason, as
    the query page does (SQLite itself only says "user-defined function raised exception");
    around that, the response cache (pipeline/serve_cache.py), bounded by metadata.yml's
    plugins: protokoll: response_cache_mb and response_cache_entry_mb."""
    config = datasette.plugin_config(PLUGIN) or {}
    megabyte = 1024 * 1024

    def database_paths() -> list[str]:
        return [db.path for db in datasette.databases.values() if db.path]

    def wrap(app: Any) -> Any:
        return serve_cache.ResponseCache(
            checking(finishing(app)),
            database_paths,
            total_bytes=int(float(config.get("response_cache_mb", serve_cache.DEFAULT_TOTAL_MB)) * megabyte),
            entry_bytes=int(float(config.get("response_cache_entry_mb", serve_cache.DEFAULT_ENTRY_MB)) * megabyte),
            base=datasette.setting("base_url") or "/",
        )

    def checking(app: Any) -> Any:
        async def checked(scope: dict[str, Any], receive: Any, send: Any) -> None:
            path = scope.get("path", "")
            base = datasette.setting("base_url") or "/"
            if base != "/" and path.startswith(base):  # served under a base_url: the path Datasette routes
                path = "/" + path[len(base) :]
            match = _DATA_PATH.match(path) if scope.get("type") == "http" else None
            if match:
                args = dict(urllib.parse.parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace")))
                database, name = tilde_decode(match["database"]), match["query"]
                sql = args.get("sql", "")
                if name and database in datasette.databases:
                    query = await datasette.get_canned_query(database, tilde_decode(name), None)
                    sql = (query or {}).get("sql", "")
                problems = date_problems(sql, args)
                if problems:
                    error = "; ".join(problems)
                    response = Response.json({"ok": False, "error": error, "status": 400, "title": None}, status=400)
                    await response.asgi_send(send)
                    return
            await app(scope, receive, send)

        return checked

    return wrap


def finishing(app: Any) -> Any:
    """Datasette's own tracer (`?_trace=1` with the trace_debug setting) hands a page of more than
    256 KB on as a body with more to come and then never ends it (Datasette 0.65, its issue
    2404): the browser waits for the rest of a large canned query's page, and uvicorn logs
    "ASGI callable returned without completing response".  A response the app returned from
    without ending is ended here, with an empty last body."""

    async def finished(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        unended = False

        async def watching(message: dict[str, Any]) -> None:
            nonlocal unended
            if message["type"] == "http.response.start":
                unended = True
            elif message["type"] == "http.response.body":
                unended = bool(message.get("more_body", False))
            await send(message)

        await app(scope, receive, watching)
        if unended:
            await send({"type": "http.response.body", "body": b"", "more_body": False})

    return finished


async def protokoll_databases(datasette: Any) -> list[str]:
    """The served databases that `protokoll build` made (they have decisions and memberships)."""
    names = []
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        if await db.table_exists("decisions") and await db.table_exists("memberships"):
            names.append(name)
    return names


def timeline_url(datasette: Any, **params: str) -> str:
    """/-/timeline?body=… or ?person=…, under Datasette's base_url."""
    return datasette.urls.path("/-/timeline") + ("?" + urllib.parse.urlencode(params) if params else "")


# The bodies a typed name matches best (see `body_match`): one row, or the ambiguous candidates.
BODY_BY_NAME_SQL = """
with scored as (
  select body_id, max(body_match(:body, alias)) as level from body_aliases group by body_id
)
select organizations.id, organizations.name from scored join organizations on organizations.id = scored.body_id
where scored.level > 0 and scored.level = (select max(level) from scored)
  and organizations.id in (select body_id from memberships)
order by organizations.name collate sv
"""


async def _rows(db: Any, sql: str, params: list[Any]):
    for row in await db.execute(sql, params):
        yield row


async def timeline_page(datasette: Any, request: Any) -> Response:
    """/-/timeline?body=<body_id>: the body's members over time; ?person=<person_id>: one person's
    roles; neither: the bodies and people to choose from."""
    body, person = request.args.get("body", ""), request.args.get("person", "")
    context: dict[str, Any] = {
        "scripts": [datasette.urls.static_plugins(PLUGIN, s) for s in SCRIPTS],
        "index_url": timeline_url(datasette),
        "spec": None,
        "rows": [],
    }
    status = 200
    names = await protokoll_databases(datasette)
    wanted = request.args.get("db") or (names[0] if names else "")
    if wanted not in names:
        context["message"] = (
            f"No protokoll database named {wanted!r} is being served."
            if wanted
            else ("No protokoll database is being served.")
        )
        return Response.html(await _render(datasette, request, context, "Timelines"), status=404)
    db = datasette.get_database(wanted)
    context["database"] = wanted
    # Links stay in the database chosen, when it is not the first one served.
    in_db: dict[str, str] = {"db": wanted} if wanted != names[0] else {}
    context["index_url"] = timeline_url(datasette, **in_db)
    if body and not [r async for r in _rows(db, "select 1 from organizations where id = ?", [body])]:
        # A typed name ("KS Kumla", "folkhälsorådet"): the body it names, or the candidates.
        matched = [dict(r) for r in await db.execute(BODY_BY_NAME_SQL, {"body": body})]
        if len(matched) == 1:
            body = matched[0]["id"]
        elif matched:
            ids = {r["id"] for r in matched}
            context["message"] = f"{body!r} matches several bodies: " + "; ".join(r["name"] for r in matched)
            context["bodies"] = [
                dict(r, url=timeline_url(datasette, **in_db, body=r["id"]))
                for r in await db.execute(timeline.BODIES_SQL)
                if r["id"] in ids
            ]
            context["people"] = []
            return Response.html(await _render(datasette, request, context, "Timelines"))
    if body or person:
        by: timeline.By = "body" if body else "person"
        rows = [
            dict(r) for r in await db.execute(timeline.SPELLS_SQL, {"body": body, "person": "" if body else person})
        ]
        if rows:

            def href(row: Mapping[str, Any]) -> str:
                return (
                    timeline_url(datasette, **in_db, person=row["person_id"])
                    if by == "body"
                    else timeline_url(datasette, **in_db, body=row["body_id"])
                )

            title = f"{rows[0]['body']}: members over time" if by == "body" else f"{rows[0]['person']}: roles over time"
            column = "body_id" if by == "body" else "person_id"
            context.update(
                spec=timeline.chart(rows, by, href=href),
                rows=rows,
                by=by,
                table_url=datasette.urls.table(wanted, "memberships")
                + "?"
                + urllib.parse.urlencode({column: body or person}),
            )
        else:
            title, status = "Timelines", 404
            context["message"] = f"No membership spells for {'body' if body else 'person'} {body or person!r}."
    else:
        title = "Timelines: who sat where, over time"
        context["bodies"] = [
            dict(r, url=timeline_url(datasette, **in_db, body=r["id"])) for r in await db.execute(timeline.BODIES_SQL)
        ]
        context["people"] = [
            dict(r, url=timeline_url(datasette, **in_db, person=r["id"])) for r in await db.execute(timeline.PEOPLE_SQL)
        ]
    return Response.html(await _render(datasette, request, context, title), status=status)


async def _render(
    datasette: Any, request: Any, context: dict[str, Any], title: str, template_path: Path = TIMELINE_TEMPLATE
) -> str:
    template = _template(datasette, template_path)
    return await datasette.render_template(template, {"database": None, **context, "title": title}, request=request)


def _template(datasette: Any, path: Path) -> Any:
    """One of this plugin's page templates, as Datasette's Jinja environment has it compiled
    (compiling one took most of a person's page: 80 of 125 ms); again when its file changes."""
    return datasette.jinja_env.get_template(f"{PAGES_PREFIX}/{path.relative_to(TEMPLATES).as_posix()}")


# One search's results per database, at most this many (the canned query stops at 200).
SEARCH_PAGE_ROWS = 100


async def search_page(datasette: Any, request: Any) -> Response:
    """/-/search?q=…[&kind=decision|item|page|person][&body=<body_id>][&db=…]: one search over
    decisions, agenda items, pages and people of every protokoll database served, best matches
    first, each with its matching passage highlighted and links to its row and its PDF page; a
    decision or item also with its meeting's page, the item's decisions and who presented it.
    It runs the search_everything canned query, so it finds what that query and `protokoll
    search` find; `body` keeps the hits of one body."""
    q = request.args.get("q", "").strip()
    kind = request.args.get("kind", "")
    kind = kind if kind in SEARCH_KINDS else ""
    body = request.args.get("body", "")
    names = await protokoll_databases(datasette)
    allowed = []
    for name in names:
        if await datasette.permission_allowed(request.actor, "view-database", name, default=True):
            allowed.append(name)
    chosen = request.args.get("db", "")
    searched = [chosen] if chosen in allowed else allowed
    results = []
    bodies: dict[str, str] = {}
    for name in searched:
        names_of = await labels_of(datasette, name)
        bodies.update((b, names_of.organizations[b]) for b in names_of.bodies if b in names_of.organizations)
    body_name = bodies.get(body)
    if q:
        sql = search_sql()
        for name in searched:
            db = datasette.get_database(name)
            rows = [dict(r) for r in await db.execute(sql, {"q": q, "kind": kind})]
            if body:
                rows = [r for r in rows if r["body"] == body_name]
            rows = rows[:SEARCH_PAGE_ROWS]
            context = await db.execute_fn(lambda conn, rows=rows: pages.search_context(conn, rows))
            in_db = _in_db(datasette, name)
            hits = []
            for row in rows:
                more = context.get(row["id"])
                if more:
                    more["url"] = entity_url(datasette, "meeting", more["meeting_id"], in_db, f"item-{more['number']}")
                    for presenter in more["presenters"]:
                        presenter["url"] = (
                            entity_url(datasette, "person", presenter["person_id"], in_db)
                            if presenter["person_id"]
                            else None
                        )
                hits.append(
                    dict(
                        row,
                        pieces=unmark(row["snippet"] or ""),
                        url=(
                            entity_url(datasette, "person", row["id"], in_db)
                            if row["row_table"] == "people"
                            else datasette.urls.row(name, row["row_table"], tilde_encode(row["id"]))
                        ),
                        pdf=_pdf(datasette, row["pdf_url"]),
                        meeting=more,
                    )
                )
            results.append({"database": name, "rows": hits, "query_url": _query_url(datasette, name, q, kind)})
    context = {
        "q": q,
        "kind": kind,
        "kinds": SEARCH_KINDS,
        "body": body if body_name else "",
        "body_name": body_name,
        "bodies": sorted(bodies.items(), key=lambda b: swedish_sort_key(b[1])),
        "databases": allowed,
        "chosen": chosen if chosen in allowed else "",
        "results": results,
        "searched": bool(q),
        "feed_url": feed_url(
            datasette, {"db": chosen} if chosen in allowed else {}, q=q, body=body if body_name else ""
        )
        if q
        else None,
    }
    title = f"Search: {q}" if q else "Search everything"
    return Response.html(await _render(datasette, request, context, title, SEARCH_TEMPLATE))


def _pdf(datasette: Any, pdf_url: str | None) -> str | None:
    """A served source file's link under base_url, or None for a file not served at /raw/."""
    return datasette.urls.path(pdf_url) if (pdf_url or "").startswith("/raw/") else None


def _query_url(datasette: Any, database: str, q: str, kind: str) -> str:
    """The search_everything canned query with the same words, for CSV and JSON."""
    return datasette.urls.table(database, "search_everything") + "?" + urllib.parse.urlencode({"q": q, "kind": kind})


# --------------------------------------------------------------------------- entity pages
async def _chosen_database(datasette: Any, request: Any) -> str | None:
    """The protokoll database ?db= names (default: the first served), if the visitor may see it."""
    names = await protokoll_databases(datasette)
    wanted = request.args.get("db") or (names[0] if names else "")
    if wanted not in names:
        return None
    if not await datasette.permission_allowed(request.actor, "view-database", wanted, default=True):
        return None
    return wanted


def _page_helpers(datasette: Any, database: str) -> dict[str, Any]:
    """What the entity templates build links and numbers with."""
    in_db = _in_db(datasette, database)

    def link(page: str, id: str | None, fragment: str = "") -> str | None:
        return entity_url(datasette, page, id, in_db, fragment) if id else None

    def table(name: str, **filters: str) -> str:
        url = datasette.urls.table(database, name)
        return url + ("?" + urllib.parse.urlencode(filters) if filters else "")

    return {
        "database": database,
        "in_db": in_db,
        "link": link,
        "table": table,
        "pdf": lambda url: _pdf(datasette, url),
        "sek": lambda value: thousands(value) if isinstance(value, int | float) else "",
        "timeline": lambda **params: timeline_url(datasette, **in_db, **params),
        "search": lambda **params: datasette.urls.path("/-/search") + "?" + urllib.parse.urlencode(params),
        "index": lambda page: (
            datasette.urls.path(f"/-/{page}/") + ("?" + urllib.parse.urlencode(in_db) if in_db else "")
        ),
        "query": table,  # a canned query's page is where a table's would be
    }


async def _entity_page(
    datasette: Any,
    request: Any,
    page: str,
    question: Any,
    title: Any,
    **context: Any,
) -> Response:
    """Answer `question(conn)` in the chosen database and render `page`.html with it as `data`;
    404 with a message for an unknown database or id."""
    database = await _chosen_database(datasette, request)
    if database is None:
        wanted = request.args.get("db", "")
        message = (
            f"No protokoll database named {wanted!r} is being served."
            if wanted
            else "No protokoll database is being served."
        )
        return Response.html(
            await _render(datasette, request, {"message": message}, "Not found", PAGE_TEMPLATES[page]), status=404
        )
    status = context.pop("status", 200)
    helpers = _page_helpers(datasette, database)
    try:
        data = await datasette.get_database(database).execute_fn(question)
    except pages.NotFound as e:
        html = await _render(
            datasette, request, {**helpers, **context, "message": f"{e}."}, "Not found", PAGE_TEMPLATES[page]
        )
        return Response.html(html, status=404)
    html = await _render(datasette, request, {**helpers, **context, "data": data}, title(data), PAGE_TEMPLATES[page])
    return Response.html(html, status=status)


def _id(request: Any) -> str:
    return urllib.parse.unquote(request.url_vars["id"])


async def person_page(datasette: Any, request: Any) -> Response:
    """/-/person/<person_id>: a person's seats over time, meetings, presentations, signatures and
    seat events, each with its PDF page."""
    id = _id(request)
    return await _entity_page(datasette, request, "person", lambda conn: pages.person(conn, id), lambda d: d["name"])


async def meeting_page(datasette: Any, request: Any) -> Response:
    """/-/meeting/<meeting_id>: the roster, the agenda items with their decisions, presenters and
    amounts, and the PDF."""
    id = _id(request)
    return await _entity_page(datasette, request, "meeting", lambda conn: pages.meeting(conn, id), lambda d: d["label"])


async def body_page(datasette: Any, request: Any) -> Response:
    """/-/body/<body_id>[?on=DATE]: who held a seat on the date (any form `members --on` takes;
    default the latest meeting), the meetings, the money allocated per year, the timeline."""
    id = _id(request)
    typed = request.args.get("on", "")
    problem = None
    try:
        on = iso_date(typed)
    except DateError as e:
        on, problem = "", f"on: {e}"
    database = await _chosen_database(datasette, request)
    return await _entity_page(
        datasette,
        request,
        "body",
        lambda conn: pages.body(conn, id, on),
        lambda d: d["name"],
        feed_url=feed_url(datasette, _in_db(datasette, database) if database else {}, body=id),
        typed=typed,
        problem=problem,
        forms=TYPED_FORMS,
        status=400 if problem else 200,
    )


async def agreement_page(datasette: Any, request: Any) -> Response:
    """/-/agreement/<agreement_id>: validity, parties, signatories and rules, each with its PDF page."""
    id = _id(request)
    return await _entity_page(
        datasette, request, "agreement", lambda conn: pages.agreement(conn, id), lambda d: d["title"] or "Agreement"
    )


async def bodies_page(datasette: Any, request: Any) -> Response:
    """/-/body/: the bodies that met or have members."""
    return await _entity_page(datasette, request, "bodies", pages.bodies, lambda d: "Bodies")


async def agreements_page(datasette: Any, request: Any) -> Response:
    """/-/agreement/: every agreement and directive, those in force today first."""
    return await _entity_page(datasette, request, "agreements", pages.agreements, lambda d: "Agreements and directives")


# --------------------------------------------------------------------------- the Atom feed
def feed_url(datasette: Any, in_db: Mapping[str, str] | None = None, **params: str) -> str:
    """/-/feed.atom?body=<body_id>&q=<words>, under Datasette's base_url."""
    query = {**(in_db or {}), **{k: v for k, v in params.items() if v}}
    return datasette.urls.path("/-/feed.atom") + ("?" + urllib.parse.urlencode(query) if query else "")


ATOM = "http://www.w3.org/2005/Atom"


def atom(title: str, url: str, entries: list[dict[str, str]], updated: str) -> str:
    """An Atom 1.0 feed: `entries` each with id, title, link, updated (RFC 3339) and content (text).

    >>> print(atom("Decisions", "https://x/-/feed.atom", [], "2024-03-08T00:00:00Z"))  # doctest: +ELLIPSIS
    <?xml version='1.0' encoding='utf-8'?>
    <feed xmlns="http://www.w3.org/2005/Atom"><id>https://x/-/feed.atom</id><title>Decisions</title>...
    """
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        child = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        child.text = text
        return child

    add(feed, "id", url)
    add(feed, "title", title)
    add(feed, "updated", updated)
    add(feed, "link", href=url, rel="self")
    add(add(feed, "author"), "name", "protokoll")
    add(feed, "generator", "protokoll (Datasette)")
    for entry in entries:
        item = add(feed, "entry")
        add(item, "id", entry["id"])
        add(item, "title", entry["title"])
        add(item, "updated", entry["updated"])
        add(item, "link", href=entry["link"])
        add(item, "content", entry["content"], type="text")
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _rfc3339(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date else "1970-01-01T00:00:00Z"


async def feed(datasette: Any, request: Any) -> Response:
    """/-/feed.atom?body=<body_id>&q=<words>[&db=…]: the latest decisions of a body, or holding the
    words (as the search finds them), or both, as an Atom feed: one entry per decision, linking to
    its meeting at the item, newest meeting first."""
    database = await _chosen_database(datasette, request)
    if database is None:
        return Response.text("No such protokoll database is being served.", status=404)
    body, q = request.args.get("body", ""), request.args.get("q", "")
    try:
        data = await datasette.get_database(database).execute_fn(lambda conn: pages.decision_feed(conn, body, q))
    except pages.NotFound as e:
        return Response.text(f"{e}.", status=404)
    in_db = _in_db(datasette, database)

    def absolute(path: str) -> str:
        return urllib.parse.urljoin(request.url, path)

    entries = []
    for d in data["entries"]:
        where = " ".join(x for x in (d["body"], d["date"], d["number"] and f"§ {d['number']}") if x)
        entries.append(
            {
                "id": absolute(datasette.urls.row(database, "decisions", tilde_encode(d["id"]))),
                "title": f"{where} {d['item'] or ''}".strip(),
                "link": absolute(entity_url(datasette, "meeting", d["meeting_id"], in_db, f"item-{d['number']}")),
                "updated": _rfc3339(d["date"]),
                "content": d["text"] + (f" [{d['kind']}]" if d["kind"] else ""),
            }
        )
    about = " and ".join(
        x for x in ((data["body"] or {}).get("name"), f"matching “{data['q']}”" if data["q"] else None) if x
    )
    title = f"New decisions: {about}" if about else "New decisions"
    updated = _rfc3339(max((d["date"] for d in data["entries"] if d["date"]), default=None))
    xml = atom(title, absolute(feed_url(datasette, in_db, body=body, q=q)), entries, updated)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


# --------------------------------------------------------------------------- table search
# Datasette's table search (datasette/filters.py, search_filters) keeps the rows whose rowid is
# among the search index's matches.  SQLite then looks up every match by rowid and sorts them
# all for the page: a word in 140,000 of a million decisions took 290 ms a page.  When a word
# matches that many rows, reading the table in the page's order and keeping the rows among the
# matches finds a page's worth at once (51 ms); "+rowid" (no index on it) makes SQLite do that.
# Keeping the rows among the matches makes a set of every match, though: 140 ms for a word in
# every one of a million decisions ("beslutar").  When a word is in most rows, each row read is
# asked of the index instead (`exists`: a seek in the word's list, 5 ms for the page); for a
# rarer one that reads too many rows, each of them a seek.  For a rare word the lookups are the
# quickest way, and stay.
SEARCH_CLAUSE = re.compile(r"^rowid in \(select rowid from (?P<fts>\[?\w+\]?) where (?P=fts) match (?P<match>.+)\)$")
MANY_MATCHES = 5_000  # at least this many matches …
MANY_MATCHES_SHARE = 0.02  # … and this share of the table's rows: read the table in page order
MOST_MATCHES_SHARE = 0.2  # this share of the table's rows: ask the index row by row
# A clause of `_in_page_order` that asks the index row by row, and what `by_lookups` makes of it.
ROW_BY_ROW = "exists (select 1 from {fts} where {fts}.rowid = [{table}].rowid and {fts} match {match})"
ROW_BY_ROW_CLAUSE = re.compile(
    r"exists \(select 1 from (?P<fts>\[?\w+\]?) where (?P=fts)\.rowid = \[\w+\]\.rowid "
    r"and (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)"
)


@hookimpl(hookwrapper=True)
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    """Around Datasette's filters: its table search, in the page's own order (no `_sort`),
    reads the table in that order when the words match many rows (`SEARCH_CLAUSE`)."""
    outcome = yield
    if "_search" not in request.args or "_sort" in request.args or "_sort_desc" in request.args:
        return
    outcome.force_result([_in_page_order(hook, datasette, database, table) for hook in outcome.get_result()])


def _in_page_order(hook: Any, datasette: Any, database: str, table: str) -> Callable[[], Awaitable[Any]]:
    async def inner() -> Any:
        arguments = await await_me_maybe(hook)
        if not arguments:
            return arguments
        clauses = []
        for clause in arguments.where_clauses:
            m = SEARCH_CLAUSE.match(clause)
            share = await _match_share(datasette, database, table, m["fts"], m["match"], arguments.params) if m else 0
            if (
                m
                and share >= MOST_MATCHES_SHARE
                and ROW_BY_ROW_CLAUSE.fullmatch(
                    row_by_row := ROW_BY_ROW.format(fts=m["fts"], table=table, match=m["match"])
                )
            ):
                clause = row_by_row
            elif m and share >= MANY_MATCHES_SHARE:
                clause = f"+{clause}"
            clauses.append(clause)
        arguments.where_clauses = clauses
        return arguments

    return inner


def by_lookups(sql: str) -> str:
    """A query over a search in page order (`_in_page_order`) that has no page to stop at — a
    count, a facet — with its matches looked up instead: reading a million rows to count 140,000
    of them took two seconds.

    >>> by_lookups("select count(*) from t where exists (select 1 from t_fts where t_fts.rowid = [t].rowid "
    ...            "and t_fts match escape_fts(:search)) and +rowid in (select rowid from u_fts where u_fts match :search)")
    'select count(*) from t where rowid in (select rowid from t_fts where t_fts match escape_fts(:search)) and rowid in (select rowid from u_fts where u_fts match :search)'
    """
    sql = ROW_BY_ROW_CLAUSE.sub(
        lambda m: f"rowid in (select rowid from {m['fts']} where {m['fts']} match {m['match']})", sql
    )
    return sql.replace(" +rowid in (select rowid from ", " rowid in (select rowid from ")


async def _match_share(datasette: Any, database: str, table: str, fts: str, match: str, params: Any) -> float:
    """The share of the table's rows the search matches, counted in the index up to
    MOST_MATCHES_SHARE of them (13 ms for 140,000 matches, kept until the database changes:
    `kept_answer`); 0 below MANY_MATCHES matches."""
    db = datasette.get_database(database)
    try:
        rows = (await db.execute(f"select max(rowid) from [{table}]")).first()[0] or 0
        most = max(MANY_MATCHES, int(MOST_MATCHES_SHARE * rows))
        sql = f"select count(*) from (select 1 from {fts} where {fts} match {match} limit :most)"
        wanted = {**params, "most": most}
        answer = await kept_answer(datasette, database, sql, wanted, lambda: db.execute(sql, wanted))
        matches = answer.first()[0]
    except (sqlite3.Error, QueryInterrupted):
        return 0  # Datasette's own query meets the problem and says so
    return matches / rows if rows and matches >= MANY_MATCHES else 0


# --------------------------------------------------------------------------- answers kept
# How many answers each server keeps, facets and counts together (a table page with filters
# has answers of its own).
ANSWERS_KEPT = 1024
_answers: dict[tuple[str, str, str], tuple[serve_cache.Stamp, Any]] = {}


async def kept_answer(datasette: Any, database: str, sql: str, params: Any, run: Callable[[], Awaitable[Any]]) -> Any:
    """`run()`'s answer to `sql` with `params`, or the answer it gave before while the database's
    stamp (`_stamp`) is unchanged since.  A query that took too long (QueryInterrupted) is not
    run again until the database changes either."""
    key = (database, sql, json.dumps(params, sort_keys=True, default=str))
    stamp = _stamp(datasette, database)
    kept = _answers.get(key)
    if kept is not None and kept[0] == stamp and stamp:
        if isinstance(kept[1], QueryInterrupted):
            raise kept[1]
        return kept[1]
    try:
        answer = await run()
    except QueryInterrupted as e:
        answer = e
    if len(_answers) >= ANSWERS_KEPT:
        _answers.pop(next(iter(_answers)))
    _answers[key] = (stamp, answer)
    if isinstance(answer, QueryInterrupted):
        raise answer
    return answer


class _KeptAnswers:
    """A Datasette whose `execute` answers a query it answered before from memory, as long as the
    database's stamp is unchanged since (`kept_answer`); everything else is the Datasette itself."""

    def __init__(self, datasette: Any) -> None:
        self._datasette = datasette

    def __getattr__(self, name: str) -> Any:
        return getattr(self._datasette, name)

    async def execute(self, database: str, sql: str, params: Any = None, **kwargs: Any) -> Any:
        sql = by_lookups(sql)
        return await kept_answer(
            self._datasette, database, sql, params, lambda: self._datasette.execute(database, sql, params, **kwargs)
        )


# What Datasette counts a table page's rows with (views/table.py: "select count(*) from <table>
# <where>"), and its database page each table's (with a limit).
COUNT_SQL = re.compile(r"select count\(\*\) from ", re.IGNORECASE)
# … and a table search's, with no other filter: the rows among the search index's matches.
SEARCH_COUNT_SQL = re.compile(
    r"^select count\(\*\) from \[?\w+\]? where rowid in "
    r"\(select rowid from (?P<fts>\[?\w+\]?) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)\s*$"
)


def search_count(sql: str) -> str:
    """A table search's count read from the search index alone: every row the index holds is a
    row of its table (a row's terms go when the row does, `store.search_index`), so the matches
    are the rows; a common word's 140,000 of a million were 140 ms looked up in the table, 13 ms
    counted in the index.  Any other SQL is returned as it is.

    >>> search_count("select count(*) from [decisions] where rowid in (select rowid from [decisions_fts] "
    ...              "where [decisions_fts] match escape_fts(:search)) ")
    'select count(*) from [decisions_fts] where [decisions_fts] match escape_fts(:search)'
    """
    m = SEARCH_COUNT_SQL.match(sql)
    return f"select count(*) from {m['fts']} where {m['fts']} match {m['match']}" if m else sql


def keep_counts(datasette: Any, db: Any) -> None:
    """Datasette counts a table's rows on every table page: at a million rows 50 ms for the
    whole table, 250 ms for the rows a common word matches, half of the page.  The count is
    the same for every visitor until the database changes, so it is kept (`kept_answer`)."""
    original = db.execute
    if getattr(original, "keeps_counts", False) or not getattr(db, "path", None):
        return

    async def execute(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if not COUNT_SQL.match(sql):
            return await original(sql, params, *args, **kwargs)
        sql = search_count(by_lookups(sql))
        return await kept_answer(datasette, db.name, sql, params, lambda: original(sql, params, *args, **kwargs))

    execute.keeps_counts = True  # type: ignore[attr-defined]
    db.execute = execute


class KeptFacet(ColumnFacet):
    """`facets: [{kept: column}]` in metadata.yml: a column facet (Datasette's own SQL, counts
    and links) whose counts are kept until the database changes.  Datasette counts a table
    page's facets on every request: at a million rows a group-by over an index takes 100 ms
    and more each time.  Like any facet it gives up after facet_time_limit_ms, and one that
    gave up is not counted again until the database changes."""

    type = "kept"

    def __init__(self, datasette: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(_KeptAnswers(datasette), *args, **kwargs)

    async def suggest(self) -> list[dict[str, Any]]:
        return []  # Datasette's column facet suggests the columns

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results, timed_out = await super().facet_results()
        for result in results:
            result["type"] = "column"  # shown as the column facet it is
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    return [KeptFacet]
