"""Datasette hooks: Swedish name order for SQL, safe full-text queries, PDF page links, and the
timeline pages (/-/timeline) that chart who sat where, over time.

Registered through the `datasette` entry point in pyproject.toml.  The canned queries in
metadata.yml rely on `collate sv` and `fts_words(...)`, which every connection gets here.
The charts are drawn in the browser by Vega-Lite, served from pipeline/static/ (no CDN).
"""

from __future__ import annotations

import functools
import re
import resource
import sqlite3
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response, asgi_static
from markupsafe import Markup

from . import timeline
from .parse.bodies import match_level
from .serve import DATABASE_NAME
from .store.schema import swedish_sort_key

PLUGIN = "protokoll"  # the distribution's name: Datasette serves plugin files at /-/static-plugins/protokoll/
STATIC = Path(__file__).with_name("static")
TIMELINE_TEMPLATE = Path(__file__).with_name("templates") / "timeline.html"
SCRIPTS = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"]  # in load order


def swedish_collation(a: str, b: str) -> int:
    """SQLite collation: Swedish alphabetical order (å, ä, ö after z), ties broken by the raw text
    so the order is total and stable."""
    ka, kb = _collation_key(a), _collation_key(b)
    return (ka > kb) - (ka < kb)


@functools.lru_cache(maxsize=1 << 16)
def _collation_key(text: str) -> tuple[str, str]:
    # A sort calls the collation n·log n times with the same few hundred names (2,220 rows of
    # substitutes_per_meeting: 32,000 calls); their keys are made once.
    return swedish_sort_key(text), text


def fts_words(query: str | None) -> str:
    """Plain words -> an FTS5 query that matches rows holding all of them.

    Each word is quoted, so punctuation ("KC/RD", "2024-03-08") is never FTS syntax and never
    an error; a trailing * keeps its meaning as a prefix search.  Nothing typed matches nothing.
    """
    terms = []
    for word in (query or "").split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', '""')
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms) or '""'


def body_match(query: str | None, alias: str | None) -> int:
    """SQL: how well a typed body name matches one folded alias of a body (`bodies.match_level`:
    4 the alias, 3 its words, 2 their starts, 1 a part, 0 none).  The canned queries keep the
    bodies whose best alias scores the best level: one body, or every candidate when ambiguous."""
    return match_level(query or "", [alias or ""])


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


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_SQL_VALUE_BYTES)
    conn.create_collation("sv", swedish_collation)
    conn.create_function("fts_words", 1, fts_words, deterministic=True)
    conn.create_function("body_match", 2, body_match, deterministic=True)


_PAGE = re.compile(r"#page=(\d+)$")


@hookimpl
def render_cell(value: Any, column: str, datasette: Any) -> Markup | None:
    """`pdf_url` cells become a link to the served source file, opened at the cited page;
    `timeline` cells (/-/timeline?person=…) a link to the chart."""
    if column == "timeline" and isinstance(value, str) and value.startswith("/-/timeline?"):
        return Markup('<a href="{}">timeline</a>').format(datasette.urls.path(value))
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
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path("/-/timeline"), "label": "Timelines: who sat where"}]


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


async def _rows(db: Any, sql: str, params: list[Any]):  # noqa: ANN202 - async generator
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
    try:
        db = datasette.get_database(DATABASE_NAME)
    except KeyError:
        context["message"] = f"No database named {DATABASE_NAME} is being served."
        return Response.html(await _render(datasette, request, context, "Timelines"), status=404)
    if body and not [r async for r in _rows(db, "select 1 from organizations where id = ?", [body])]:
        # A typed name ("KS Kumla", "folkhälsorådet"): the body it names, or the candidates.
        matched = [dict(r) for r in await db.execute(BODY_BY_NAME_SQL, {"body": body})]
        if len(matched) == 1:
            body = matched[0]["id"]
        elif matched:
            ids = {r["id"] for r in matched}
            context["message"] = f"{body!r} matches several bodies: " + "; ".join(r["name"] for r in matched)
            context["bodies"] = [
                dict(r, url=timeline_url(datasette, body=r["id"]))
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
                    timeline_url(datasette, person=row["person_id"])
                    if by == "body"
                    else timeline_url(datasette, body=row["body_id"])
                )

            title = f"{rows[0]['body']}: members over time" if by == "body" else f"{rows[0]['person']}: roles over time"
            column = "body_id" if by == "body" else "person_id"
            context.update(
                spec=timeline.chart(rows, by, href=href),
                rows=rows,
                by=by,
                table_url=datasette.urls.table(DATABASE_NAME, "memberships")
                + "?"
                + urllib.parse.urlencode({column: body or person}),
            )
        else:
            title, status = "Timelines", 404
            context["message"] = f"No membership spells for {'body' if body else 'person'} {body or person!r}."
    else:
        title = "Timelines: who sat where, over time"
        context["bodies"] = [
            dict(r, url=timeline_url(datasette, body=r["id"])) for r in await db.execute(timeline.BODIES_SQL)
        ]
        context["people"] = [
            dict(r, url=timeline_url(datasette, person=r["id"])) for r in await db.execute(timeline.PEOPLE_SQL)
        ]
    return Response.html(await _render(datasette, request, context, title), status=status)


async def _render(datasette: Any, request: Any, context: dict[str, Any], title: str) -> str:
    template = datasette.jinja_env.from_string(TIMELINE_TEMPLATE.read_text(encoding="utf-8"))
    return await datasette.render_template(template, {**context, "title": title}, request=request)
