"""SEEN variants that combine the layout dimensions freely (the held-out ones are in heldout.py).

The hand-made variants of layouts.py each fix one house style: a header form goes with one
roster form, one numbering style and one decision form.  Here every document draws each
dimension on its own, from a seeded ``random.Random``:

* the header: stacked lines, kind/date/body on one line, or labels ("Organ", "Datum") in a
  column, the date in any Swedish form;
* the roster: role sections one entry a line, role sections in running text (commas,
  semicolons, a final "och"), one list with the role after the name (", ordförande",
  "(ordf)"), a table whose header row has its columns in any order, members and substitutes
  side by side, or role labels in a left column; names "Förnamn Efternamn" or, entry by entry,
  "Efternamn, Förnamn";
* officials, guests and absent members under any of their usual headings, in lines or running
  text;
* the item headings in any numbering form, the number beside the title or on its own line,
  bold or not, larger or not; unnumbered bold headings in minutes;
* the decisions in any form (heading or none, sentences, "Nämnden beslutar" with att-clauses,
  numbered lists, inline "Beslut: …") and across page breaks;
* the furniture: a running header naming the body, or a footer only.

The gold is written as the text is placed (render.py), so any combination has its gold.
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .layouts import (
    PHENOMENA,
    Rendered,
    Variant,
    long_decision_item,
    record_member,
    registry,
    remark,
    side_by_side,
)
from .model import Attendee, Meeting, board_meeting, council_meeting, minutes_meeting
from .parts import Decisions
from .people import Cast
from .render import Flow, H, Style, text_width

COMBOS: list[Variant] = []
variant = registry(COMBOS)

DATE_FORMS = ("iso", "short", "long", "weekday", "dotted")
FONTS = ("vera", "helvetica", "times", "courier")


# --------------------------------------------------------------------------- header
def header(f: Flow, m: Meeting, rng: random.Random, kind: str) -> str:
    """The document's opening lines; returns the title printed."""
    form = rng.choice(("stacked", "one_line", "labels"))
    date = C.fmt_date(m.date, rng.choice(DATE_FORMS))
    if m.family == "board" or rng.random() < 0.5:
        f.line(m.org, bold=True, size=12)
    if form == "one_line":
        x2 = text_width(kind.upper(), f.style.bold, 11) + 24
        x3 = x2 + text_width(date, f.style.bold, 11) + 24
        f.row([(0, kind.upper()), (x2, date), (x3, m.organ)], bold=True, size=11, before=10)
        f.line(f"Tid och plats: {m.time}, {m.place}", before=6)
    elif form == "labels":
        f.line(kind, bold=True, size=16, before=12)
        col = 130.0
        rows = [("Organ", m.organ), ("Datum", date), ("Tid", m.time), ("Plats", m.place)]
        for k, (label, value) in enumerate(rows):
            f.line(label, bold=True, before=8 if k == 0 else 0, cells=((col, value, False),))
    else:
        f.line(kind, bold=True, size=16, before=12)
        f.line(m.organ, bold=True, size=12, before=2)
        sep = rng.choice((": ", " "))
        f.line(f"Datum{sep}{date}", before=6)
        f.line(f"Tid{sep}{m.time}")
        f.line(f"Plats{sep}{m.place}")
    return kind


# --------------------------------------------------------------------------- roster
def names_family_first(rng: random.Random, m: Meeting) -> dict:
    """Per person, whether the name is printed "Efternamn, Förnamn" (mixed within a document)."""
    share = rng.choice((0.0, 0.0, 0.35))
    people = [s.person for s in m.seats if s.person] + [a.person for a in m.officials]
    return {p: rng.random() < share for p in people}


def seat_fmt(m: Meeting, rng: random.Random, ff: dict, *, role: str | None, parties: bool):
    org = None if m.family == "board" else rng.choice(("full", "short"))
    replaces = rng.choice(("tjg", "ersätter"))
    titles = m.extra.get("titles")

    def fmt(s) -> str:
        if m.family == "minutes" and s.person is not None:
            suffix = P.ROLE_SUFFIX[role].get(s.role, "") if role in P.ROLE_SUFFIX else ""
            return f"{P.written_name(s, ff.get(s.person, False))}, {titles[s.person]}, {P.org_as(s.org, org or 'full')}{suffix}"
        return P.seat_text(
            s,
            org=org,
            party=parties,
            role=role,
            family_first=ff.get(s.person, False),
            replaces=replaces,
        )

    return fmt


def record_seat(f: Flow, ln, m: Meeting, s) -> None:
    if m.family == "minutes" and s.person is not None:
        record_member(f, ln, m, s)
    else:
        P.record(f, ln, s)


# The headings of the role sections, as house styles word them; one is drawn per document.
MEMBER_HEADINGS = {
    "council": ("Ledamöter", "Ordinarie ledamöter", "Närvarande ledamöter"),
    "minutes": ("Deltagare", "Närvarande", "Medlemmar"),
    "board": ("Beslutande ledamöter", "Beslutande", "Ledamöter", "Närvarande ledamöter"),
}
SUBSTITUTE_HEADINGS = {
    "council": ("Ersättare", "Närvarande ersättare"),
    "board": (
        "Ersättare",
        "Ej tjänstgörande ersättare",
        "Närvarande ej tjänstgörande ersättare",
        "Närvarande ersättare",
    ),
}


def role_groups(m: Meeting) -> list[tuple[str, list]]:
    """(heading, seats) in print order."""
    members = m.extra["member_heading"]
    if m.family == "council":
        return [
            ("Ordförande", m.role("ordförande")),
            ("Vice ordförande", m.role("vice ordförande")),
            (members, m.role("ledamot")),
            (m.extra["substitute_heading"], m.role("ersättare")),
        ]
    if m.family == "minutes":
        return [("Ordförande", m.role("ordförande")), (members, m.role("ledamot"))]
    voters = [s for s in m.seats if s.role != "ersättare"]
    return [
        (members, voters),
        ("Tjänstgörande ersättare", [s for s in m.seats if s.replaces]),
        (m.extra["substitute_heading"], [s for s in m.seats if s.role == "ersättare" and not s.replaces]),
    ]


def by_organisation(f: Flow, m: Meeting, rng: random.Random, ff: dict, parties: bool) -> None:
    """ "Askersunds kommun: Anna Ek, Per Berg (ers)": a line per organisation, its people after it."""
    fmt = seat_fmt(m, rng, {}, role="paren", parties=parties)  # commas inside a comma list: given name first
    P.heading_line(f, rng.choice(("Närvarande", "Närvarande ledamöter och ersättare")))
    orgs = list(dict.fromkeys(s.org for s in m.seats))
    for org in orgs:
        seats = [s for s in m.seats if s.org == org and s.person is not None]
        if not seats:
            continue
        texts = [
            fmt(s).replace(f", {P.org_as(s.org, 'full')}", "").replace(f", {P.org_as(s.org, 'short')}", "")
            for s in seats
        ]
        rows = f.para(f"{org}: " + ", ".join(texts), hang=10, before=0, together=True)
        record_running(f, rows, texts, seats, m)


def function_of(s) -> str:
    if s.replaces:
        return "tjänstgörande ersättare"
    return f"{s.rank} {s.role}".strip() if s.role == "vice ordförande" and s.rank else s.role


def roster(f: Flow, m: Meeting, rng: random.Random, *, parties: bool) -> str:
    """The present seats in one of the roster forms; returns the form drawn."""
    ff = names_family_first(rng, m)
    form = rng.choice(
        ("lines", "running", "one_list", "table", "labels", "role_first", "grid")
        + (("side", "by_org") if m.family == "council" else ())
    )
    colon = rng.choice((":", ""))
    if form == "grid":
        # each role section's entries in two or three columns, filled row by row or column by column
        # two columns of entries given name first (commas of "Efternamn, Förnamn" across columns
        # would be ambiguous)
        fmt = seat_fmt(m, rng, {}, role="rank" if m.family == "board" else None, parties=parties)
        n = 2
        by_rows = rng.random() < 0.5
        for heading, seats in role_groups(m):
            entries = [(fmt(s) if s.person else "Vakant", s) for s in seats if s.person or m.family != "minutes"]
            if not entries:
                continue
            P.heading_line(f, heading + colon)
            per = -(-len(entries) // n)
            cols = (
                [entries[k::n] for k in range(n)] if by_rows else [entries[k * per : (k + 1) * per] for k in range(n)]
            )
            cols = [c for c in cols if c]
            width = f.style.width / n
            side_by_side(f, cols, [k * width for k in range(len(cols))], before=2)
        return form
    if form == "by_org":
        by_organisation(f, m, rng, ff, parties)
        return form
    if form in ("lines", "running", "labels"):
        fmt = seat_fmt(m, rng, ff, role="rank" if m.family == "board" else None, parties=parties)
        sep, last = rng.choice(((", ", None), ("; ", None), (", ", " och "), ("; ", " och ")))
        if any(ff.values()) and m.family != "board":
            sep = "; "  # "Rehn, Mirja, Region Örebro, Pihl, Algot, …" would be ambiguous to any reader
        col = max(text_width(h, f.style.bold, f.style.size) for h, _ in role_groups(m)) + 16
        for heading, seats in role_groups(m):
            if not seats:
                continue
            if form == "lines":
                P.heading_line(f, heading + colon)
                for s in seats:
                    record_seat(f, f.para(fmt(s), hang=10, before=0, together=True)[0], m, s)
            elif form == "labels":
                for k, s in enumerate(seats):
                    ln = (
                        f.line(heading, bold=True, before=8, cells=((col, fmt(s), False),))
                        if k == 0
                        else f.line(fmt(s), x=col)
                    )
                    record_seat(f, ln, m, s)
            else:
                texts = [fmt(s) for s in seats]
                body = sep.join(texts[:-1]) + ((last or sep) if len(texts) > 1 else "") + texts[-1]
                rows = f.para(f"{heading}: {body}", before=6)
                record_running(f, rows, texts, seats, m)
        return form
    if form == "role_first":
        # "Ordförande Anna Ek (S), Kumla kommun" / "Ledamot Per Berg …": the role before each name
        fmt = seat_fmt(m, rng, ff, role=None, parties=parties)
        heading = rng.choice(("Närvarande", "Beslutande", None))
        if heading:
            P.heading_line(f, heading + colon)
        for s in m.seats:
            if s.person is None:
                continue
            word = {"ordförande": "Ordförande", "vice ordförande": "Vice ordförande", "ledamot": "Ledamot"}.get(
                s.role, "Tjänstgörande ersättare" if s.replaces else "Ersättare"
            )
            if s.role == "vice ordförande" and s.rank:
                word = f"{s.rank} vice ordförande"
            text = fmt(s) if m.family != "board" else P.seat_text(s, org=None, party=True, replaces="")
            record_seat(f, f.para(f"{word}{rng.choice((' ', ': '))}{text}", hang=10, before=0, together=True)[0], m, s)
        return form
    if form == "one_list":
        fmt = seat_fmt(m, rng, ff, role=rng.choice(("comma", "paren")), parties=parties)
        heading = rng.choice(("Närvarande", "Beslutande", "Närvarande ledamöter och ersättare"))
        seats = [s for s in m.seats if s.person]
        if rng.random() < 0.5:
            P.heading_line(f, heading + colon)
            for s in seats:
                record_seat(f, f.para(fmt(s), hang=10, before=0, together=True)[0], m, s)
        else:
            texts = [fmt(s) for s in seats]
            rows = f.para(f"{heading}: " + "; ".join(texts) + ".", before=6)
            record_running(f, rows, texts, seats, m)
        return form
    if form == "side":
        chair = seat_fmt(m, rng, ff, role=None, parties=parties)
        for heading, seats in role_groups(m)[:2]:
            for s in seats:
                record_seat(f, f.line(heading + ":", bold=True, before=6, cells=((120, chair(s), False),)), m, s)
        fmt = seat_fmt(m, rng, ff, role=None, parties=parties)
        cols = [
            [(fmt(s) if s.person else "Vakant", s) for s in m.role("ledamot")],
            [(fmt(s) if s.person else "Vakant", s) for s in m.role("ersättare")],
        ]
        side_by_side(f, cols, [0, f.style.width / 2], header=["Ledamöter", "Ersättare"], before=8)
        return form
    # a table: its columns in any order
    cols = ["Namn", "Funktion"]
    if parties:
        cols.append("Parti")
    if m.family != "board":
        cols.append("Organisation")
    if m.family == "minutes":
        cols.append("Titel")
    rng.shuffle(cols)
    presence = bool(m.absent) and rng.random() < 0.35
    if presence:
        cols.append("Närvarande")
    titles = m.extra.get("titles") or {}
    rows = []
    for s in [*m.seats, *(m.absent if presence else [])]:
        if s.person is None and m.family == "board":
            continue
        values = {
            "Namn": (P.written_name(s, ff.get(s.person, False)) if s.person else "Vakant"),
            "Funktion": function_of(s),
            "Parti": (s.party or "") if s.person else "",
            "Organisation": P.org_as(s.org, "full"),
            "Titel": titles.get(s.person, "") if s.person else "",
            "Närvarande": "" if s in m.absent else "x",
        }
        rows.append(([values[c] for c in cols], s))
    header_names = {"Funktion": rng.choice(("Funktion", "Roll", "Uppdrag"))}
    head = [header_names.get(c, c) for c in cols]
    size = f.style.size - 0.5
    while True:  # each column as wide as its widest cell; smaller type until the table fits
        widths = [
            max(
                text_width(t, f.style.bold if k < 0 else f.style.reg, size)
                for k, t in [(-1, head[j])] + [(0, r[0][j]) for r in rows]
            )
            + 14
            for j in range(len(cols))
        ]
        if sum(widths) <= f.style.width or size <= 7:
            break
        size -= 0.5
    xs = [sum(widths[:j]) for j in range(len(cols))]
    P.table(f, head, [(cells, None) for cells, _ in rows], xs, ruled=rng.random() < 0.5, size=size, before=10)
    for (_, s), ln in zip(rows, f.lines[-len(rows) :], strict=True):
        if s not in m.absent:
            record_seat(f, ln, m, s)
    return form


def record_running(f: Flow, rows, texts: list[str], who: list, m: Meeting) -> None:
    """Record each entry of a running-text roster on the printed row where it starts."""
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for t, s in zip(texts, who, strict=True):
        pos = joined.index(t, pos)
        ln = rows[max(k for k, st in enumerate(starts) if st <= pos)]
        if isinstance(s, Attendee):
            P.record(f, ln, s)
        else:
            record_seat(f, ln, m, s)
        pos += len(t)


def others(f: Flow, m: Meeting, rng: random.Random) -> None:
    """Officials, guests, absent members, each under one of its usual headings."""
    running = rng.random() < 0.4
    org = None if m.family == "board" else rng.choice(("full", "short"))

    def section(heading: str, people: list, fmt) -> None:
        if not people:
            return
        if running:
            texts = [fmt(a) for a in people]
            rows = f.para(f"{heading}: " + rng.choice(("; ", ", ")).join(texts), before=6)
            record_running(f, rows, texts, people, m)
        else:
            P.roster_lines(f, heading + ":", people, fmt)

    att = lambda a: P.attendee_text(a, org=org)  # noqa: E731
    staff = [a for a in m.officials if a is not m.secretary or m.secretary_listed]
    heading = rng.choice(("Tjänstepersoner", "Övriga närvarande", "Övriga deltagande", "Närvarande tjänstepersoner"))
    if staff and not running and rng.random() < 0.2:
        # "Kommundirektör Anna Ek": the title before the name
        P.heading_line(f, heading)
        for a in staff:
            P.record(f, f.line(f"{a.title[:1].upper()}{a.title[1:]} {a.name}"), a)
        staff = []
    if staff and not running and rng.random() < 0.4:
        # a column of names beside a column of titles
        P.heading_line(f, heading)
        col = max(text_width(a.name, f.style.reg, f.style.size) for a in staff) + 30
        for a in staff:
            title = a.title if m.family == "board" else f"{a.title}, {P.org_as(a.org, org or 'full')}"
            P.record(f, f.row([(0, a.name), (col, title)]), a)
        staff = []
    section(heading, staff, att)
    section(rng.choice(("Gäster", "Inbjudna", "Adjungerade")), m.guests, att)
    if m.absent:
        heading = rng.choice(("Frånvarande", "Anmält förhinder"))
        texts = [
            P.seat_text(s, org=None if m.family == "board" else "full", party=m.family == "board") for s in m.absent
        ]
        if running:
            f.para(f"{heading}: " + ", ".join(texts), before=6)
        else:
            P.heading_line(f, heading + ":")
            for t in texts:
                f.line(t)


def secretary_and_justerare(f: Flow, m: Meeting, rng: random.Random, *, has_item: bool) -> str:
    """The secretary and the justerare on page one, or "box" (a signature box at the end)."""
    form = rng.choice(("lines", "box")) if m.family != "minutes" else "lines"
    if form == "box":
        return form
    label = rng.choice(("Sekreterare", "Vid protokollet", "Antecknare"))
    P.record_secretary(f, f.line(f"{label}:", bold=True, before=8, cells=((120, m.secretary.name, False),)), m)
    if not has_item and m.family != "minutes":
        label = rng.choice(("Justerare", "Utses att justera", "Justerande"))
        P.record_justerare(f, f.line(f"{label}:", bold=True, before=4, cells=((120, m.justerare.name, False),)), m)
    return form


# --------------------------------------------------------------------------- items
def draw_decisions(m: Meeting, rng: random.Random) -> Decisions:
    heading = rng.choice((None, "Beslut", "Beslut:", "Beslutet", "{gen} beslut"))
    form = rng.choice(("past", "present", "beslutar", "att", "numbered", "inline"))
    if m.family == "minutes" and form in ("present", "beslutar"):
        form = "past"
    generic = {"board": "Nämnden", "council": "Rådet", "minutes": "Gruppen"}[m.family]
    if m.organ == "Kommunstyrelsen":
        generic = "Styrelsen"
    lead = rng.choice((m.subject, generic)) if form in ("att", "numbered") else m.subject
    return Decisions(heading=heading, form=form, lead=lead, in_text=heading is None and rng.random() < 0.3)


def heading_form(m: Meeting, rng: random.Random) -> str:
    forms = ["dot", "paren", "bare", "para", "tight", "finnish", "arende", "punkt"]
    if m.family == "board":
        forms += ["ks_para", "ks_short", "paragraf", "para", "para"]
    if m.family == "minutes":
        forms += ["unnumbered", "unnumbered"]
    if m.family == "council":
        forms += ["unnumbered", "paragraf"]
    return rng.choice(forms)


LONGER = (
    " – redovisning av uppdraget och förslag till fortsatt arbete under kommande verksamhetsår",
    " samt återrapportering till samtliga huvudmän enligt gällande överenskommelse",
    " – yttrande över remiss från Region Örebro län om gemensamma riktlinjer",
)


def retitle(m: Meeting, rng: random.Random, *, wrap: bool) -> None:
    """Some titles long enough to wrap onto a second line (``wrap``); in some layouts, titles
    in capitals."""
    caps = rng.random() < 0.2
    out = []
    for it in m.items:
        title = it.title
        if wrap and it.kind == "topic" and rng.random() < 0.35:
            title += rng.choice(LONGER)
        out.append(replace(it, title=title.upper() if caps else title))
    m.items = out


def wrapped_heading(f: Flow, m: Meeting, it, form: str, *, size: float, bold: bool) -> None:
    """ "§ 45 A title long enough to wrap" over two lines, the second under the title."""
    label = P.NUMBER_FORMS[form].format(n=it.number, p=m.extra.get("prefix", "KS"))
    hang = text_width(label + " ", f.style.bold if bold else f.style.reg, size)
    rows = f.para(f"{label} {it.title}", bold=bold, size=size, before=12, hang=hang, together=True)
    f.item(str(it.number), it.title, rows[0], it.dnr)


def items(f: Flow, m: Meeting, rng: random.Random) -> None:
    form = heading_form(m, rng)
    ds = draw_decisions(m, rng)
    own_line = form != "unnumbered" and rng.random() < 0.3
    size = max(f.style.size, rng.choice((10.5, 11.0, 12.0)))  # headings never smaller than the text
    bold = form == "unnumbered" or own_line or rng.random() < 0.8
    indent = rng.choice((0.0, 0.0, 40.0)) if not own_line else 0.0
    retitle(m, rng, wrap=not indent)
    broken = long_decision_item(m) if rng.random() < 0.5 else None
    if m.family != "board":
        size = size if bold else max(12.0, f.style.size + 1.5)
        for k, it in enumerate(m.items):
            long = text_width(it.title, f.style.bold, size) > f.style.width - 160
            if form == "unnumbered" and long:
                rows = f.para(it.title, bold=True, size=size, before=12, together=True)
                f.item(str(k + 1), it.title, rows[0], it.dnr)
            elif long and not own_line and not indent:
                wrapped_heading(f, m, it, form, size=size, bold=bold)
            else:
                P.item_heading(
                    f,
                    m,
                    it,
                    "unnumbered" if form == "unnumbered" else form,
                    own_line=own_line,
                    indent=indent,
                    size=size,
                    number=str(k + 1) if form == "unnumbered" else None,
                    bold=bold,
                )
            P.council_item_body(f, m, it, ds, rng, x=indent, break_inside=broken == it.number)
        return
    # without a decision heading, nothing stands between the text and the decision
    motions = ds.heading is not None and rng.random() < 0.5
    proposal = rng.choice((None, "Förslag till beslut", "Arbetsutskottets förslag")) if ds.heading else None
    dnr = rng.random() < 0.5
    for it in m.items:
        if not own_line and not indent and text_width(it.title, f.style.bold, size) > f.style.width - 160:
            wrapped_heading(f, m, it, form, size=size, bold=bold)
            if dnr:
                f.line(f"Dnr {it.dnr}", size=9)
        else:
            P.item_heading(
                f, m, it, form, own_line=own_line, size=size, bold=bold, indent=indent, dnr=it.dnr if dnr else None
            )
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            x=indent if not own_line else 0.0,
            proposal_heading=proposal,
            motions=motions,
            basis=ds.heading is not None,
            intro="Ärendebeskrivning" if ds.heading is not None else "Bakgrund",
            break_inside=broken == it.number,
        )
        remark(f, m, it, rng, x=indent if not own_line else 0.0, share=0.3)


# --------------------------------------------------------------------------- furniture
def continued(base, form: str):
    """``base`` and, at the top of a page that goes on with an item begun earlier, a line saying
    so: "§ 12 (forts.)", "Forts. § 12", "12. Budget 2026 (forts.)"."""

    def draw(c, page, total, lines, flow):
        base(c, page, total, lines, flow)
        first = next((ln for ln in lines if ln.item), None)
        fact = next((i for i in flow.items if first and i.number == first.item), None)
        if fact is None or fact.ln.page >= page or (lines and lines[0] is fact.ln):
            return
        st = flow.style
        c.setFont(st.bold, 9.5)
        c.drawString(st.left, H - st.top + 6, form.format(n=fact.number, title=fact.title))

    return draw


def furniture(m: Meeting, rng: random.Random, kind: str):
    base = _furniture(m, rng, kind)
    if rng.random() < 0.3:
        return continued(
            base, rng.choice(("§ {n} (forts.)", "Forts. § {n}", "{n}. {title} (forts.)", "{title}, forts."))
        )
    return base


def _furniture(m: Meeting, rng: random.Random, kind: str):
    # a municipality's board never prints the region's footer
    form = rng.choice(("running", "board")) if m.family == "board" else rng.choice(("running", "region"))
    if form == "board":
        return P.furniture_board(m, date_form=rng.choice(DATE_FORMS))
    if form == "region":
        return P.furniture_region(P.REGION_FOOTER, rng.choice(("paren", "sida", "sida_paren", "plain")))
    head = f"{m.organ}    {kind} {C.fmt_date(m.date, rng.choice(('iso', 'long')))}"
    return P.furniture_running(head, rng.choice(("paren", "sida", "sida_paren")))


# --------------------------------------------------------------------------- the document
def combined(rng: random.Random, family: str) -> Rendered:
    cast = Cast(rng)
    parties = family == "board" or (family == "council" and rng.random() < 0.5)
    if family == "council":
        m = council_meeting(
            rng, cast, parties=parties, vacancies=rng.randint(0, 2), absent=rng.randint(0, 2), guests=rng.randint(0, 2)
        )
    elif family == "board":
        m = board_meeting(rng, cast, absent_listed=rng.randint(0, 2), standard_items=rng.random() < 0.5)
    else:
        m = minutes_meeting(rng, cast, guests=rng.randint(0, 2))
    m.extra["member_heading"] = rng.choice(MEMBER_HEADINGS[family])
    m.extra["substitute_heading"] = rng.choice(SUBSTITUTE_HEADINGS.get(family, ("Ersättare",)))
    kind = {"minutes": "Minnesanteckningar"}.get(family, rng.choice(("Protokoll", "Sammanträdesprotokoll")))
    f = Flow(
        Style(
            rng.choice(FONTS),
            size=rng.choice((9.0, 9.5, 10.0, 10.5, 11.0)),
            left=rng.choice((56.0, 70.0, 85.0)),
            right=rng.choice((50.0, 60.0, 75.0)),
            top=rng.choice((70.0, 84.0)),
            bottom=rng.choice((64.0, 80.0)),
            leading=rng.choice((1.15, 1.3, 1.45)),
        )
    )
    title = header(f, m, rng, kind)
    has_item = any(it.kind == "justerare" for it in m.items)
    # the roster on page one, after the items, or in an appendix that page one points to
    place = rng.choice(("front", "front", "front", "front", "after", "appendix"))

    def attendance() -> str:
        roster(f, m, rng, parties=parties)
        others(f, m, rng)
        return secretary_and_justerare(f, m, rng, has_item=has_item)

    where = "box"
    if place == "front":
        where = attendance()
    elif place == "appendix":
        f.line(rng.choice(("Närvarande: se bilaga 1", "Beslutande: Se närvarolista, bilaga 1")), before=8)
    if rng.random() < 0.25:
        P.toc(
            f, m, rng.choice(("Ärendelista", "Innehållsförteckning")), lambda it: f"{it.number}. {it.title}", dots=True
        )
    items(f, m, rng)
    f.in_items = False
    if place == "after":
        P.heading_line(f, rng.choice(("Närvarande", "Närvaro", "Deltagare vid mötet")), before=16, size=12)
        where = attendance()
    elif place == "appendix":
        f.line("Bilaga 1", bold=True, size=12, new_page=True)
        f.line(rng.choice(("Närvarolista", "Närvaro och tjänstgöring")), bold=True, before=4)
        where = attendance()
    if where == "box":
        P.signature_box(f, m, columns=rng.choice((1, 2, 3)))
    return Rendered(f, furniture(m, rng, kind), m.kind, title, m.body, m.date.isoformat(), m.org)


ALL_TAGS = tuple(
    sorted(
        PHENOMENA
        & {
            "h_dot", "h_paren", "h_bare", "h_own_line", "h_para", "h_para_tight", "h_finnish", "h_ks_para",
            "h_ks_short", "h_paragraf", "h_arende", "h_punkt", "h_unnumbered", "toc_dots", "page_break_item",
            "running_header", "r_one_per_line", "r_running_comma", "r_running_semicolon", "r_och",
            "r_table_header", "r_table_ruled", "r_table_unruled", "r_side_by_side", "r_family_first",
            "r_role_after", "r_role_paren", "r_role_before", "r_role_heading", "r_party", "r_org_short",
            "r_ersatter", "r_tjg_for", "r_span", "r_absent", "r_ovriga_narvarande", "r_inbjudna",
            "r_antecknare", "r_adjungerade", "r_guests", "r_sig_box", "r_utses_justera", "r_val_av_justerare",
            "r_vakant", "d_beslut", "d_beslut_colon", "d_beslutet", "d_organ_beslut", "d_namnden_beslutar",
            "d_inline", "d_sentences", "d_att_clauses", "d_numbered", "d_page_break", "d_not_proposal",
            "d_not_yrkanden", "d_proposal_kf", "d_not_reservation", "m_one_line_header", "m_organ_field",
            "m_letterhead_body", "m_page_header_body", "date_iso", "date_short", "date_long", "date_weekday",
            "date_dotted",
        }
    )
)  # fmt: skip


@variant("council", *ALL_TAGS)
def combo_council(rng: random.Random) -> Rendered:
    """A collaboration council's protocol with every layout dimension drawn on its own."""
    return combined(rng, "council")


@variant("board", *ALL_TAGS)
def combo_board(rng: random.Random) -> Rendered:
    """A municipal board's protocol with every layout dimension drawn on its own."""
    return combined(rng, "board")


@variant("minutes", *ALL_TAGS)
def combo_minutes(rng: random.Random) -> Rendered:
    """Minnesanteckningar with every layout dimension drawn on its own."""
    return combined(rng, "minutes")
