"""Who sat where, over time: membership spells as the rows of a Gantt chart, and the chart.

`SPELLS_SQL` reads the spells of one body or one person from the `memberships` table; `chart`
turns those rows into a Vega-Lite spec with one bar per spell.  The Datasette plugin serves it at
/-/timeline and the notebook draws the same rows with matplotlib, in the same colours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

# Legend order and colour of each role: chairs dark blue, members green, substitutes orange,
# officials grey.  The same in the browser and in the notebook.
ROLE_COLOURS: dict[str, str] = {
    "ordförande": "#08519c",
    "vice ordförande": "#4292c6",
    "ledamot": "#2ca25f",
    "ersättare": "#fd8d3c",
    "tjänsteperson": "#969696",
    "sekreterare": "#9e9ac8",
    "justerare": "#e377c2",
    "övrig": "#bcbd22",
}

# One row per spell of a body (:body) or a person (:person); the other param is ''.
# A bar runs from the start (the election date when a decision gives it, else the first meeting)
# to the last meeting that lists the person in the role; `ended_before` stays in the tooltip.
SPELLS_SQL = """
select memberships.id, memberships.person_id, people.name as person, people.sort_name,
       memberships.body_id, body.name as body, memberships.role, organization.name as organization,
       coalesce(memberships.start_date, memberships.first_seen) as start,
       coalesce(memberships.last_seen, memberships.start_date, memberships.first_seen) as until,
       memberships.start_date, memberships.start_precision, memberships.first_seen, memberships.last_seen,
       memberships.ended_before, memberships.meetings
from memberships
join people on people.id = memberships.person_id
join organizations body on body.id = memberships.body_id
left join organizations organization on organization.id = memberships.organization_id
where (:body = '' or memberships.body_id = :body) and (:person = '' or memberships.person_id = :person)
order by people.sort_name, people.id, start, memberships.role
"""

# The bodies that have spells, for the index page.
BODIES_SQL = """
select body.id, body.name, count(*) as spells, count(distinct memberships.person_id) as people,
       min(coalesce(memberships.start_date, memberships.first_seen)) as first,
       max(coalesce(memberships.last_seen, memberships.start_date)) as last
from memberships join organizations body on body.id = memberships.body_id
group by body.id
order by body.name collate sv
"""

# The people who have spells, in Swedish order, for the index page.
PEOPLE_SQL = """
select people.id, people.name, count(*) as spells,
       (select group_concat(name, ', ') from (
          select distinct organizations.name from memberships seat
          join organizations on organizations.id = seat.organization_id
          where seat.person_id = people.id order by organizations.name)) as organizations
from memberships join people on people.id = memberships.person_id
group by people.id
order by people.sort_name, people.id
"""

By = Literal["body", "person"]


def row_labels(rows: Iterable[Mapping[str, Any]], by: By) -> list[str]:
    """The y-axis label of each row.

    By body: the person's name, with the organisation of their first spell when two people of
    that name sit on the body (and the id if that is not enough).  By person: "body — role".
    """
    rows = list(rows)
    if by == "person":
        return [f"{r['body']} — {r['role']}" for r in rows]
    ids_of: dict[str, set[str]] = {}
    first_org: dict[str, str | None] = {}
    for r in rows:
        ids_of.setdefault(r["person"], set()).add(r["person_id"])
        first_org.setdefault(r["person_id"], r["organization"])
    labels = {
        pid: name if len(ids) == 1 else f"{name} ({first_org[pid] or pid})"
        for name, ids in ids_of.items()
        for pid in ids
    }
    if len(set(labels.values())) < len(labels):
        labels = {
            pid: label if list(labels.values()).count(label) == 1 else f"{label} [{pid}]"
            for pid, label in labels.items()
        }
    return [labels[r["person_id"]] for r in rows]


def chart(
    rows: Iterable[Mapping[str, Any]],
    by: By,
    *,
    href: Callable[[Mapping[str, Any]], str] | None = None,
    width: int = 760,
) -> dict[str, Any]:
    """A Vega-Lite spec drawing one bar per spell in `rows` (from `SPELLS_SQL`).

    By body, one line per person in the order of the rows (Swedish order of surnames); by person,
    one line per body and role, in order of their first start.  `href(row)` makes a bar a link.
    """
    bars: list[dict[str, Any]] = [dict(r) for r in rows]
    for bar, label in zip(bars, row_labels(bars, by), strict=True):
        bar["label"] = label
        if href is not None:
            bar["href"] = href(bar)
    rows = bars
    order = list(dict.fromkeys(r["label"] for r in (rows if by == "body" else sorted(rows, key=_started))))
    roles = [role for role in ROLE_COLOURS if any(r["role"] == role for r in rows)]
    roles += sorted({r["role"] for r in rows} - set(roles))
    colour = {
        "field": "role",
        "type": "nominal",
        "title": "role",
        "scale": {"domain": roles, "range": [ROLE_COLOURS.get(role, "#7f7f7f") for role in roles]},
    }
    text = {"type": "nominal"}
    tooltip = [
        {"field": "person", **text},
        {"field": "body", **text},
        {"field": "role", **text},
        {"field": "organization", "title": "organisation", **text},
        {"field": "start_date", "title": "from", **text},
        {"field": "start_precision", "title": "from (precision)", **text},
        {"field": "first_seen", "title": "first meeting", **text},
        {"field": "last_seen", "title": "last meeting", **text},
        {"field": "ended_before", "title": "gone by", **text},
        {"field": "meetings", "type": "quantitative"},
    ]
    encoding: dict[str, Any] = {
        "y": {
            "field": "label",
            "type": "nominal",
            "sort": order,
            "title": None,
            "axis": {"labelLimit": 360, "labelFontSize": 12},
        },
        "x": {
            "field": "start",
            "type": "temporal",
            "title": None,
            "scale": {"type": "utc", "padding": 12},
            "axis": {"format": "%Y-%m", "grid": True, "orient": "top"},
        },
        "x2": {"field": "until"},
        "color": colour,
        # The outline in the bar's own colour gives a one-meeting spell (start = end) a visible width.
        "stroke": colour,  # same field and scale as colour: one legend
        "tooltip": tooltip,
    }
    if href is not None:
        encoding["href"] = {"field": "href"}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "name": "spells",  # the bars are the marks named spells_marks
        "width": width,
        "height": {"step": 22},
        "data": {"values": rows},
        "mark": {
            "type": "bar",
            "strokeWidth": 5,
            "strokeJoin": "round",
            "height": {"band": 0.7},
            "cursor": "pointer" if href is not None else "default",
        },
        "encoding": encoding,
        "config": {
            "font": "Helvetica, Arial, sans-serif",
            "axis": {"labelColor": "#222"},
            "legend": {"orient": "top", "labelFontSize": 12},
        },
    }


def _started(row: Mapping[str, Any]) -> tuple[bool, str]:
    return row["start"] is None, row["start"] or ""
