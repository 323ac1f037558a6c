"""HELD-OUT blind variants in the house styles of house4b.py's genres (officials' groups, boards
of municipal companies and kommunalförbund, agreements), in forms house4b.py does not print:
a presence table with marks, rosters in running text under sub-labels, a roster table per
member municipality, an agreement signed in a ruled table.  Measured, never looked at while
writing parser rules.  Registered in ``HELD_OUT4B_VARIANTS`` (make.py adds them to HELD_OUT).
"""

from __future__ import annotations

import random

from . import content as C
from . import parts as P
from .house4b import (
    MUNIS,
    Names,
    actions_of,
    agreement4,
    board_decisions,
    board_meeting4,
    board_text,
    company_signatures,
    footer_page,
    group_meeting,
    header_right,
    item_texts,
    minutes_decisions,
    record_member,
    record_seat,
    validity,
)
from .layouts import Rendered, Variant, agreement_gold, no_flow_facts, org_number, registry
from .model import Seat
from .render import Flow, Style

HELD_OUT4B_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT4B_VARIANTS)


@variant("minutes", "r_table_ruled", "r_table_header", "r_absent", "h_paren", "d_beslut_colon", "date_long")
def tpg_presence_marks(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a tjänstepersonsgrupp whose roster is a ruled table "Namn |
    Organisation | Funktion | Närvarande" marked "x" (present) or "–" (sent word: not a
    participant), the chair's function "sammankallande"; "Antecknare" below; points "1)" with
    bullets and "Beslut:"; "Att göra" rows "Punkt | Åtgärd | Ansvarig" after the points."""
    names = Names(rng)
    body = rng.choice(("Tjänstepersonsgruppen för folkhälsa", "Tjänstepersonsgruppen för social välfärd"))
    m = group_meeting(rng, names, body, "Gruppen", members=rng.randint(7, 10), officials=1, absent=rng.randint(1, 3))
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5, top=76))
    f.line(C.REGION, size=9)
    f.line(f"Minnesanteckningar {body.lower() if rng.random() < 0.3 else body}", bold=True, size=13, before=8)
    f.line(f"{C.fmt_date(m.date, 'long')}, {m.time}, {m.place}", before=3)
    titles = m.extra["titles"]
    rows: list[tuple[list[str], object]] = []
    for s in m.seats:
        func = "sammankallande" if s.role == "ordförande" else titles[s.person]
        rows.append(([s.name, P.org_as(s.org, "short"), func, "x"], s))
    for s in m.absent:
        rows.insert(rng.randint(1, len(rows)), ([s.name, P.org_as(s.org, "short"), "", "–"], None))
    for a in m.officials:
        rows.append(([a.name, P.org_as(a.org, "short"), a.title, "x"], a))
    xs = [0.0, 150.0, 260.0, 390.0]
    w = f.style.width
    rule = (-4.0, w, tuple(x - 4 for x in xs[1:]))
    f.row(
        list(zip(xs, ["Namn", "Organisation", "Funktion", "Närvarande"], strict=True)), bold=True, before=10, rule=rule
    )
    for cells, who in rows:
        ln = f.row([(x, t) for x, t in zip(xs, cells, strict=True) if t], rule=rule)
        if isinstance(who, Seat):
            record_member(f, ln, m, who)
        elif who is not None:
            P.record(f, ln, who)  # type: ignore[arg-type]
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=8), m)
    for it in m.items:
        P.item_heading(f, m, it, "paren", size=10.5, before=11)
        for t in item_texts(m, it):
            f.para(f"• {t}", x=8, hang=9, before=1)
        for d in minutes_decisions(m, it, rng):
            f.para(f"Beslut: {d}", before=3)
            f.decision(d)
    f.in_items = False
    f.line("Att göra", bold=True, before=14, keep=2)
    cols = [0.0, 50.0, 300.0]
    f.row(list(zip(cols, ["Punkt", "Åtgärd", "Ansvarig"], strict=True)), bold=True, before=3)
    topics = [it for it in m.items if it.kind == "topic"]
    for what, who, _ in actions_of(m, rng):
        f.row(list(zip(cols, [str(rng.choice(topics).number), what, who], strict=True)))
    return Rendered(f, footer_page("paren"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant("board", "r_running_semicolon", "r_role_paren", "h_para", "d_sentences", "date_iso", "r_sig_box")
def company_board_running(rng: random.Random) -> Rendered:
    """A company's board minutes with the roster in one paragraph of sub-labels: "Närvarande:
    Ledamöter A (ordf), B (vice ordf), C; Suppleanter D, E; Dessutom VD F och ekonomichef G";
    "Frånvarande:"; "Sekreterare: G"; items "§ 1" …; decisions "Styrelsen beslutade att …" or
    passive; "Justeras" with Ordförande and Justerare two columns, "Vid protokollet" before."""
    names = Names(rng)
    m = board_meeting4(rng, names, officials=2, absent=rng.randint(0, 2))
    f = Flow(Style("times", size=11, left=74, right=70))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll från styrelsemöte {C.fmt_date(m.date, 'iso')}", size=12, before=3)
    f.line(f"{m.place}, {m.time}", before=3)
    suffix = {"ordförande": " (ordf)", "vice ordförande": " (vice ordf)"}
    members = [s for s in m.seats if s.role != "ersättare"]
    deputies = m.role("ersättare")
    entries = [*members, *deputies, *m.officials]
    texts = [s.name + suffix.get(s.role, "") for s in members]
    texts += [s.name for s in deputies]
    texts += [f"{a.title} {a.name}" for a in m.officials]
    # "Ledamöter A, B; Suppleanter C, D; Dessutom X och Y"
    n1, n2 = len(members), len(members) + len(deputies)
    body = (
        "Ledamöter "
        + ", ".join(texts[:n1])
        + "; Suppleanter "
        + ", ".join(texts[n1:n2])
        + "; Dessutom "
        + " och ".join(texts[n2:])
    )
    rows = f.para(f"Närvarande: {body}.", before=10)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for e, t in zip(entries, texts, strict=True):
        pos = joined.index(t, pos)
        ln = rows[max(k for k, st in enumerate(starts) if st <= pos)]
        if isinstance(e, Seat):
            record_seat(f, ln, e)
        else:
            P.record(f, ln, e)
        pos += len(t)
    if m.absent:
        f.para("Frånvarande: " + ", ".join(s.name for s in m.absent) + ".", before=3)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=3)[0], m)
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=10)
        text = board_text(m, it)
        if text:
            f.para(text, before=2)
        for d in board_decisions(m, it, rng):
            f.para(d, before=2)
            f.decision(d)
        if it.kind == "justerare":
            P.record_justerare(f, f.lines[-1], m)
    f.in_items = False
    f.line("Vid protokollet", before=20, keep=1)
    company_signatures(f, m, ("Sekreterare",), columns=2)
    f.line("Justeras", before=12, keep=1)
    company_signatures(f, m, ("Ordförande", "Justerare"), columns=2)
    return Rendered(f, footer_page("sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_table_header",
    "r_table_ruled",
    "r_party",
    "h_para",
    "d_namnden_beslutar",
    "date_short",
    "r_ovriga_narvarande",
)
def federation_member_table(rng: random.Random) -> Rendered:
    """A kommunalförbund's direktion with its roster as a ruled table "Medlemskommun | Ledamot |
    Ersättare" (party after each name, "ordf" / "v ordf" after the chair's), a cell "–" where a
    member sent word; "Övriga närvarande" with titles; "Justerare" beside its label; items "§ 23"
    numbered through the year; decisions "Direktionen beslutar att …"; "Protokoll 250304"."""
    names = Names(rng)
    m = board_meeting4(rng, names, federation=True, parties=True, officials=2, first=rng.randint(10, 70), absent=1)
    f = Flow(Style("vera", size=9.5, top=78))
    f.line(m.org, bold=True, size=13)
    f.line(f"Protokoll {C.fmt_date(m.date, 'short')}", size=12, before=3)
    f.line(f"{m.organ}, {m.place}, {m.time}", before=3)
    mark = {"ordförande": ", ordf", "vice ordförande": ", v ordf"}
    members = {s.org: s for s in m.seats if s.role != "ersättare"}
    deputies = {s.org: s for s in m.role("ersättare")}
    xs = [0.0, 130.0, 300.0]
    w = f.style.width
    rule = (-4.0, w, tuple(x - 4 for x in xs[1:]))
    f.row(list(zip(xs, ["Medlemskommun", "Ledamot", "Ersättare"], strict=True)), bold=True, before=10, rule=rule)
    for org in [o for o in MUNIS if o in members or o in deputies or any(a.org == o for a in m.absent)]:
        s, d = members.get(org), deputies.get(org)
        left = f"{s.name} ({s.party}{mark.get(s.role, '')})" if s else "–"
        right = f"{d.name} ({d.party})" if d else ""
        ln = f.row([(x, t) for x, t in zip(xs, [P.org_as(org, "short"), left, right], strict=True) if t], rule=rule)
        for who in (s, d):
            if who is not None:
                record_seat(f, ln, who)
    P.heading_line(f, "Övriga närvarande")
    for a in m.officials:
        P.record(f, f.line(f"{a.name}, {a.title}"), a)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=6, cells=((110, m.secretary.name, False),)), m)
    P.record_justerare(f, f.line("Justerare", bold=True, cells=((110, m.justerare.name, False),)), m)
    for it in m.items:
        P.item_heading(f, m, it, "para", size=10.5, before=11)
        text = board_text(m, it)
        if text:
            f.para(text, before=2)
        if it.kind == "justerare":
            d = f"Direktionen beslutar att utse {m.justerare.name} ({m.justerare.party}) till justerare."
            f.para(d, before=2)
            f.decision(d)
            continue
        ds = [f"Direktionen beslutar att {a}." for a in it.acts] or ([it.passive] if it.passive else [])
        for d in ds:
            f.para(d, before=2)
            f.decision(d)
    f.in_items = False
    company_signatures(f, m, ("Ordförande", "Justerare"), columns=2)
    return Rendered(
        f,
        header_right(f"{m.org} {m.organ.lower()}", "sida_paren"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant("agreement", "a_parties_list", "a_sig_2col", "a_sig_title_org", "m_other_dates", "date_iso")
def avtal_ruled_signatures(rng: random.Random) -> Rendered:
    """An agreement whose parties are numbered with their organisation numbers ("1. Region Örebro
    län (232100-…)") and who represents them; "Giltighetstid"; signed in a ruled table of two
    columns a party each: "Ort och datum", the signature line, "Namnförtydligande" with the name,
    "Titel"; a "Datum" at the top (the document's date)."""
    names = Names(rng)
    a, word, _ = agreement4(
        rng, names, parties=rng.randint(3, 5), dated=True, two_signers=rng.random() < 0.4, capital_titles=True
    )
    f = Flow(Style("helvetica", size=9.5))
    no_flow_facts(f)
    f.row([(0, word.upper()), (300, f"Datum: {a.dated.isoformat()}")], bold=True)
    f.para(a.title, bold=True, size=14, before=16)
    f.line("Parter", bold=True, before=10, keep=2)
    for k, org in enumerate(a.parties, 1):
        rep = "regionstyrelsen" if org == C.REGION else "kommunstyrelsen"
        f.para(f"{k}. {org} ({org_number(org, rng)}), genom {rep}", x=6, hang=10, before=1)
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=9, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighetstid", bold=True, before=9, keep=1)
    f.para(validity(a, word, "long"))
    f.line("Underskrifter", bold=True, before=12, keep=1)
    half = f.style.width / 2
    sigs = a.signatories
    for k in range(0, len(sigs), 2):
        pair = sigs[k : k + 2]
        xs = [j * half for j in range(len(pair))]
        rule = (-4.0, len(pair) * half, tuple(x - 4 for x in xs[1:]))
        f.row([(x, s.org) for x, s in zip(xs, pair, strict=True)], bold=True, before=12, rule=rule, keep=4)
        f.row(
            [(x, f"Ort och datum: {s.place} {C.fmt_date(s.date, 'iso')}") for x, s in zip(xs, pair, strict=True)],
            rule=rule,
            keep=3,
        )
        f.row([(x, " ") for x in xs], rule=rule, keep=2)
        f.row([(x, f"Namnförtydligande: {s.person.name}") for x, s in zip(xs, pair, strict=True)], rule=rule, keep=1)
        f.row([(x, f"Titel: {s.title}") for x, s in zip(xs, pair, strict=True)], rule=rule)
    return Rendered(
        f,
        footer_page("sida", a.title),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat(),
        agreement=agreement_gold(a),
    )
