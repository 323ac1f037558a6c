"""Datasette hooks: the SQL functions of pipeline/sql_functions.py on every connection (Swedish
order, Swedish search, checked dates), PDF page links, highlighted snippets, one search over
everything (/-/search), and the timeline pages (/-/timeline) that chart who sat where, over time.

Registered through the `datasette` entry point in pyproject.toml.  The canned queries in
metadata.yml rely on `collate sv`, `search_match(...)`, `iso_date(...)` and the others, which
every connection gets here.  Datasette's own `escape_fts()`, which its table search boxes run
on what was typed, is replaced by `search_match()`, so a table's box, the canned queries, the
/-/search page and `protokoll search` find the same rows.
The charts are drawn in the browser by Vega-Lite, served from pipeline/static/ (no CDN).
"""

from __future__ import annotations

import re
import resource
import sqlite3
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response, asgi_static
from markupsafe import Markup, escape

from . import sql_functions, timeline
from .parse.dates import DateError, iso_date
from .queries import SEARCH_KINDS, search_sql
from .search import unmark
from .sql_functions import body_match, search_match, swedish_collation

__all__ = ["body_match", "swedish_collation"]  # the SQL functions, importable from here as before

PLUGIN = "protokoll"  # the distribution's name: Datasette serves plugin files at /-/static-plugins/protokoll/
STATIC = Path(__file__).with_name("static")
TEMPLATES = Path(__file__).with_name("templates")
TIMELINE_TEMPLATE = TEMPLATES / "timeline.html"
SEARCH_TEMPLATE = TEMPLATES / "search.html"
SCRIPTS = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"]  # in load order


# The longest string or blob one SQL value may be: far more than any page's text (a dense A4
# page holds about 10 KB), far less than "select hex(randomblob(200000000))" would allocate.  A
# value is several times its size by the time it is a JSON answer (a 30 MB one took 700 MB).
MAX_SQL_VALUE_BYTES = 4 * 1024 * 1024


# metadata.yml's plugins: protokoll: server_memory_mb, when it does not say.
DEFAULT_SERVER_MEMORY_MB = 768


@hookimpl
def startup(datasette: Any) -> None:
    """Cap the server's memory before it answers anyone.  SQLite's value limit stops one huge
    value, but not many large ones: 12 values of 30 MB in one row made a 2 GB JSON answer and
    11 GB of memory.  Under the cap such a request fails (HTTP 500) and the server goes on."""
    config = datasette.plugin_config(PLUGIN) or {}
    cap_memory(int(config.get("server_memory_mb", DEFAULT_SERVER_MEMORY_MB)))


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


@hookimpl
def render_cell(value: Any, column: str, datasette: Any) -> Markup | None:
    """`pdf_url` cells become a link to the served source file, opened at the cited page;
    `timeline` cells (/-/timeline?person=…) a link to the chart; `snippet` cells show the
    matched words highlighted; money (value, value_sek, …_sek) with thousands apart."""
    if column == "snippet" and isinstance(value, str):
        return highlight(value)
    if column == "timeline" and isinstance(value, str) and value.startswith("/-/timeline?"):
        return Markup('<a href="{}">timeline</a>').format(datasette.urls.path(value))
    if _is_money(column) and isinstance(value, int | float) and not isinstance(value, bool):
        return Markup('<span class="sek" style="white-space:nowrap">{}</span>').format(thousands(value))
    if column != "pdf_url" or not isinstance(value, str) or not value.startswith("/raw/"):
        return None
    page = _PAGE.search(value)
    label = f"PDF s. {page.group(1)}" if page else "PDF"
    return Markup('<a href="{}" title="{}">{}</a>').format(datasette.urls.path(value), value, label)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    # Datasette mounts a plugin's static/ folder only when the plugin is a package; this one is
    # a module, so its folder is mounted here, at the URL Datasette would have used.
    return [
        (rf"^/-/static-plugins/{PLUGIN}/(?P<path>.*)$", asgi_static(STATIC)),
        (r"^/-/timeline$", timeline_page),
        (r"^/-/search$", search_page),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search everything"},
        {"href": datasette.urls.path("/-/timeline"), "label": "Timelines: who sat where"},
    ]


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
    the query page does (SQLite itself only says "user-defined function raised exception")."""

    def wrap(app: Any) -> Any:
        async def checked(scope: dict[str, Any], receive: Any, send: Any) -> None:
            match = _DATA_PATH.match(scope.get("path", "")) if scope.get("type") == "http" else None
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
    template = datasette.jinja_env.from_string(template_path.read_text(encoding="utf-8"))
    return await datasette.render_template(template, {"database": None, **context, "title": title}, request=request)


# One search's results per database, at most this many (the canned query stops at 200).
SEARCH_PAGE_ROWS = 100


async def search_page(datasette: Any, request: Any) -> Response:
    """/-/search?q=…[&kind=decision|item|page|person][&db=…]: one search over decisions, agenda
    items, pages and people of every protokoll database served, best matches first, each with
    its matching passage highlighted and links to its row and its PDF page.  It runs the
    search_everything canned query, so it finds what that query and `protokoll search` find."""
    q = request.args.get("q", "").strip()
    kind = request.args.get("kind", "")
    kind = kind if kind in SEARCH_KINDS else ""
    names = await protokoll_databases(datasette)
    allowed = []
    for name in names:
        if await datasette.permission_allowed(request.actor, "view-database", name, default=True):
            allowed.append(name)
    chosen = request.args.get("db", "")
    searched = [chosen] if chosen in allowed else allowed
    results = []
    if q:
        sql = search_sql()
        for name in searched:
            rows = await datasette.get_database(name).execute(sql, {"q": q, "kind": kind})
            hits = [
                dict(
                    row,
                    pieces=unmark(row["snippet"] or ""),
                    url=datasette.urls.row(name, row["row_table"], tilde_encode(row["id"])),
                    pdf=datasette.urls.path(row["pdf_url"]) if (row["pdf_url"] or "").startswith("/raw/") else None,
                )
                for row in list(rows)[:SEARCH_PAGE_ROWS]
            ]
            results.append({"database": name, "rows": hits, "query_url": _query_url(datasette, name, q, kind)})
    context = {
        "q": q,
        "kind": kind,
        "kinds": SEARCH_KINDS,
        "databases": allowed,
        "chosen": chosen if chosen in allowed else "",
        "results": results,
        "searched": bool(q),
    }
    title = f"Search: {q}" if q else "Search everything"
    return Response.html(await _render(datasette, request, context, title, SEARCH_TEMPLATE))


def _query_url(datasette: Any, database: str, q: str, kind: str) -> str:
    """The search_everything canned query with the same words, for CSV and JSON."""
    return datasette.urls.table(database, "search_everything") + "?" + urllib.parse.urlencode({"q": q, "kind": kind})
