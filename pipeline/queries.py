"""Questions analysts ask of the database, as functions the CLI (and notebooks) share."""

from __future__ import annotations

from functools import cache
from typing import Any

import sqlite_utils
import yaml

from . import sql_functions
from .parse.bodies import Body, BodyNotFound, find
from .search import contains_words
from .serve import METADATA
from .store.schema import swedish_sort_key


class QueryError(Exception):
    """A question that cannot be answered as asked; the message says how to ask it."""


def person_history(db: sqlite_utils.Database, name: str) -> list[dict[str, Any]]:
    """Every membership spell of every person whose name (or a written form of it) contains `name`."""

    # Matched in Python: SQLite's lower() folds ASCII only, and "ÅSTRÖM" must find "Åström";
    # "Strandberg, Mia-Lena": every word, in any order (the canned queries' sv_contains).
    def matches(form: str | None) -> bool:
        return contains_words(form, name)

    forms: dict[str, dict[str, Any]] = {}
    for r in db.query("""select p.id, p.name, p.sort_name, a.name as alias from people p
                         left join person_aliases a on a.person_id = p.id"""):
        if matches(r["name"]) or matches(r["alias"]) or name.casefold() in r["id"]:
            forms[r["id"]] = {k: r[k] for k in ("id", "name", "sort_name")}
    people = list(forms.values())
    out = []
    for person in sorted(people, key=lambda p: p["sort_name"] or ""):
        spells = list(
            db.query(
                """select b.name as body, m.role, o.name as organization, m.start_date, m.start_precision,
                      m.first_seen, m.last_seen, m.ended_before, m.meetings, m.source_kind, m.quote,
                      d.filename as document, m.page
               from memberships m left join organizations b on b.id = m.body_id
               left join organizations o on o.id = m.organization_id
               left join documents d on d.id = m.document_id
               where m.person_id = ? order by coalesce(m.start_date, m.first_seen), b.name, m.role""",
                [person["id"]],
            )
        )
        aliases = [r["name"] for r in db.query("select name from person_aliases where person_id = ?", [person["id"]])]
        out.append({"person_id": person["id"], "name": person["name"], "aliases": aliases, "memberships": spells})
    return out


def bodies(db: sqlite_utils.Database) -> list[Body]:
    """The bodies that have meetings, each with every written form of its name."""
    forms: dict[str, list[str]] = {}
    for r in db.query("select body_id, alias from body_aliases order by rowid"):
        forms.setdefault(r["body_id"], []).append(r["alias"])
    rows = db.query(
        """select b.id, b.name, o.name as owner from organizations b left join organizations o on o.id = b.parent_id
           where b.kind = 'organ' and b.id in (select body_id from meetings)"""
    )
    return [Body(id=r["id"], name=r["name"], owner=r["owner"], aliases=tuple(forms.get(r["id"], ()))) for r in rows]


def find_body(db: sqlite_utils.Database, body: str) -> dict[str, Any]:
    """The body that `body` names: any of its written forms, or an unambiguous part of one
    ("Kommunstyrelsen Kumla kommun", "Kumla kommunstyrelse", "KS Kumla", "folkhälsorådet" …),
    case-insensitively for Å, Ä and Ö too.  Several equally good matches raise a `QueryError`
    that lists them."""
    try:
        found = find(body, bodies(db))
    except BodyNotFound as e:
        raise QueryError(str(e)) from e
    return {"id": found.id, "name": found.name}


ROLE_ORDER = ["ordförande", "vice ordförande", "ledamot", "ersättare", "tjänsteperson", "sekreterare", "övrig"]


def members_on(db: sqlite_utils.Database, body: str, date: str) -> dict[str, Any]:
    """Who sat on `body` on `date`: every spell that had started by then and had not ended
    (a spell ends at the first later meeting that no longer lists the person, or at the
    election of a successor); a signature counts on its own date."""
    found = find_body(db, body)
    last = next(iter(db.query("select max(date) as d from meetings where body_id = ?", [found["id"]])))["d"]
    return {
        "body": found["name"],
        "date": date,
        "last_meeting": last,
        "members": [
            {k: r[k] for k in ("name", "role", "organization", "person_id")} for r in members_of(db, found["id"], date)
        ],
    }


def members_of(db: sqlite_utils.Database, body_id: str, date: str) -> list[dict[str, Any]]:
    """The spells of body `body_id` that held a seat on ISO `date` (see `members_on`), chairs first,
    then by role, organisation and name in Swedish order."""
    rows = list(
        db.query(
            """select p.name, p.sort_name, m.role, o.name as organization, m.organization_id, m.start_date,
                      m.start_precision, m.first_seen, m.last_seen, m.ended_before, m.person_id, m.source_kind
           from memberships m join people p on p.id = m.person_id
           left join organizations o on o.id = m.organization_id
           where m.body_id = ? and coalesce(m.start_date, m.first_seen) <= ?
             and (m.ended_before is null or m.ended_before > ?)
             -- a signature shows the seat on its own date only
             and (m.source_kind != 'signature' or m.start_date = ?)""",
            [body_id, date, date, date],
        )
    )
    rows.sort(
        key=lambda r: (
            ROLE_ORDER.index(r["role"]) if r["role"] in ROLE_ORDER else 99,
            swedish_sort_key(r["organization"] or ""),
            r["sort_name"] or "",
        )
    )
    return rows


# What `search` and the search_everything canned query can be limited to.
SEARCH_KINDS = ("decision", "item", "page", "person")
SEARCH_QUERY = "search_everything"  # the canned query in metadata.yml: one SQL for every search


@cache
def search_sql() -> str:
    """The SQL of one search over decisions, agenda items, pages and people (params :q, :kind)."""
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    return meta["databases"]["protokoll"]["queries"][SEARCH_QUERY]["sql"]


def search(db: sqlite_utils.Database, query: str, kind: str = "", limit: int = 20) -> list[dict[str, Any]]:
    """The best matches of a typed query (pipeline/search.py says what it finds), best first:
    kind, bm25 score (lower is better), title, the matching passage with **matched** words,
    date, body, PDF link, and the row's table and id."""
    if kind and kind not in SEARCH_KINDS:
        raise QueryError(f"{kind!r} is not a kind of search result: use one of {', '.join(SEARCH_KINDS)}")
    if "words" not in db["decisions_fts"].columns_dict:
        raise QueryError(
            f"{db.conn.execute('pragma database_list').fetchone()[2] or 'the database'}: its search index is "
            "from an older version — run `protokoll build` once to rebuild it"
        )
    sql_functions.register(db.conn)
    cursor = db.conn.execute(search_sql(), {"q": query, "kind": kind})
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchmany(limit)]
