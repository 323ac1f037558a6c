"""Agenda items -> cases: one matter (ärende) across meetings and bodies, by its case number.

A case is an organisation's registry number in its normal form (`parse.dnr.normalize_dnr`:
"KS 2024/123", "KS 2024.0123" and "Ks 2024:123" are one), so an arbetsutskott's, the
kommunstyrelse's and the kommunfullmäktige's items on one matter are one case of their
municipality.  A number written without its series ("Dnr 2024-000123") joins the one case of
the organisation with that year and number when there is exactly one; otherwise it is a case of
its own.  The case's state is what its latest handling did (patterns/cases.yml): "föreslaget"
when the latest body proposed it to another, "beslutat" when it decided it, "bordlagt",
"återremitterat", …

    >>> items = [HandledItem(item_id="a:5", dnr="KS 2024/123", organization_id="kumla", body_id="ks-au",
    ...                      meeting_id="a", date="2024-03-01", decision_kinds=("förslag",)),
    ...          HandledItem(item_id="b:12", dnr="KS 2024.0123", organization_id="kumla", body_id="ks",
    ...                      meeting_id="b", date="2024-03-20", decision_kinds=("beslut",))]
    >>> [(c.dnr, c.item_ids, c.state) for c in derive_cases(items)]
    [('KS 2024/123', ('a:5', 'b:12'), 'beslutat')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from . import patterns
from .parse.dnr import normalize_dnr, series_and_number
from .records import Case, HandledItem


@cache
def _vocabulary() -> dict:
    return patterns.load("cases")


def state_after(item: HandledItem) -> str:
    """What a handling did to its case, from its last decision (its kind, or its words)."""
    v = _vocabulary()
    if not item.decision_kinds:
        return str(v["no_decision"])
    for state, pattern in v["texts"].items():
        if item.decision and re.search(pattern, item.decision, re.I):
            return str(state)
    return str(v["states"].get(item.decision_kinds[-1], "beslutat"))


def derive_cases(items: Iterable[HandledItem]) -> list[Case]:
    """The cases of every item that names a case number (see the module docstring)."""
    groups: dict[tuple[str | None, str], list[HandledItem]] = defaultdict(list)
    for item in items:
        normal = normalize_dnr(item.dnr)
        if normal is not None:
            groups[(item.organization_id, normal)].append(item)
    # "2024/123" without its series: the organisation's one case with that year and number
    series: dict[tuple[str | None, str], list[str]] = defaultdict(list)
    for org, normal in groups:
        prefix, number = series_and_number(normal)
        if prefix:
            series[(org, number)].append(normal)
    for org, normal in list(groups):
        prefix, number = series_and_number(normal)
        if prefix is None and len(series.get((org, number), [])) == 1:
            groups[(org, series[(org, number)][0])] += groups.pop((org, normal))
    out = []
    for (org, normal), handled in groups.items():
        handled.sort(key=lambda i: (i.date or "", i.meeting_id or "", i.position))
        latest = handled[-1]
        bodies = list(dict.fromkeys(i.body_id for i in handled if i.body_id))
        dates = [i.date for i in handled if i.date]
        out.append(
            Case(
                id=f"{org or 'okand'}:{normal}",
                organization_id=org,
                dnr=normal,
                forms=tuple(dict.fromkeys(i.dnr for i in handled)),
                item_ids=tuple(i.item_id for i in handled),
                first_date=min(dates) if dates else None,
                last_date=max(dates) if dates else None,
                meetings=len({i.meeting_id for i in handled}),
                body_ids=tuple(bodies),
                latest_item_id=latest.item_id,
                latest_body_id=latest.body_id,
                state=state_after(latest),
                latest_decision=latest.decision,
            )
        )
    return sorted(out, key=lambda c: (c.organization_id or "", c.first_date or "", c.dnr))
