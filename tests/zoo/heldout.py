"""HELD-OUT layout variants of the zoo.

DO NOT READ THIS FILE WHILE WRITING PARSER RULES, and do not look at these variants' PDFs,
gold or per-document scores.  They measure whether rules written for the seen variants
(layouts.py), the dev set and issue 10's list of phenomena generalise to layouts the rule
writer has not seen.  Only their aggregate score is meant to be read.

The variants use the shared parts (parts.py) in combinations, orders, labels, fonts and
table shapes that no seen variant uses.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace

from . import content as C
from . import parts as P
from .layouts import (
    ACTIONS,
    PARTY_NAMES,
    REMARKS,
    House,
    Rendered,
    Sections,
    Variant,
    acts_of,
    agreement_gold,
    beside,
    fullmaktige_meeting,
    glued,
    house_decision,
    house_item,
    label_column,
    long_decision_item,
    motions,
    present_sentence,
    record_member,
    registry,
    remark,
    renumbered,
    side_by_side,
    wrapped_row,
)
from .model import Attendee, Item, Seat, _kind_of, agreement, board_meeting, council_meeting, minutes_meeting
from .parts import Decisions
from .people import GROUP_TITLES, Cast
from .render import GLUE, Flow, H, Ln, Style, W, text_width, wrap

HELD_OUT_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT_VARIANTS)


def renumber(items: list[Item]) -> list[Item]:
    return [Item(**{**it.__dict__, "number": k + 1}) for k, it in enumerate(items)]


def untitled(f: Flow, entries: list[Attendee]) -> None:
    """Entries printed without their job title ("Name (Organisation)"): their gold has no title,
    since the page does not show one."""
    printed = {(a.name, a.role) for a in entries}
    for fact, _ in f.people:
        if (fact["name"], fact["role"]) in printed:
            fact["title"] = None


# --------------------------------------------------------------------------- councils
@variant(
    "council",
    "r_table_ruled",
    "r_table_header",
    "r_side_by_side",
    "h_punkt",
    "h_own_line",
    "toc_plain",
    "d_beslut_colon",
    "date_weekday",
    "r_running_semicolon",
    "r_vakant",
)
def ho_council_seat_table(rng: random.Random) -> Rendered:
    """Seats as a ruled table, one organisation a row: "Organisation | Ledamot | Ersättare"
    (Vakant in a cell); chair and vice chair on lines of their own above; officials in one
    semicolon list; an "Ärendelista" without leaders; items "Punkt 5" alone on a line with the
    title below; decisions under "Beslut:"; "Sammanträdesdag: tisdagen den 4 mars 2025"; Times."""
    m = council_meeting(rng, Cast(rng), vacancies=2, region_seats=2)
    f = Flow(Style("times", size=10))
    f.line(C.REGION, size=9)
    f.line(m.organ, bold=True, size=14, before=10)
    f.line("Protokoll", bold=True, size=12, before=4)
    f.line(f"Sammanträdesdag: {C.fmt_date(m.date, 'weekday')}", before=8)
    f.line(f"Tid: {m.time}")
    f.line(f"Plats: {m.place}")
    for label, role in (("Ordförande", "ordförande"), ("Vice ordförande", "vice ordförande")):
        s = m.role(role)[0]
        P.record(f, f.line(f"{label} {s.name} ({s.org})", before=6 if role == "ordförande" else 0), s)
    subs = {s.org: s for s in m.role("ersättare")}
    rows = []  # (cells, who is on the row)
    for s in m.role("ledamot"):
        sub = subs.pop(s.org, None)
        rows.append(([s.org, s.name, (sub.name if sub.person else "Vakant") if sub else ""], [s, sub]))
    rows += [([sub.org, "", sub.name if sub.person else "Vakant"], [sub]) for sub in subs.values()]
    f.line("Närvarande", bold=True, before=8, keep=1)
    xs = [0, 170, 320]
    rule = (-4, f.style.width, (166, 316))
    f.row(list(zip(xs, ["Organisation", "Ledamot", "Ersättare"], strict=True)), bold=True, rule=rule, keep=1)
    for cells, whos in rows:
        ln = f.row([(x, t) for x, t in zip(xs, cells, strict=True) if t], rule=rule)
        for who in whos:
            if who is not None:
                P.record(f, ln, who)
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a), before=8)
    ln = f.para(f"Protokollförare: {m.secretary.name}", before=4)[0]
    P.record_secretary(f, ln, m)
    P.toc(f, m, "Ärendelista", lambda it: f"Punkt {it.number}\t{it.title}", dots=False)
    for it in m.items:
        P.item_heading(f, m, it, "punkt", own_line=True, size=10.5)
        P.council_item_body(f, m, it, Decisions("Beslut:", "past"), rng)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "council",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_inbjudna",
    "h_arende",
    "h_own_line",
    "d_organ_beslut",
    "date_dotted",
    "r_vakant",
    "r_val_av_justerare",
)
def ho_council_roll_table(rng: random.Random) -> Rendered:
    """A header "Protokoll nr 3/2025" (not a date); the roster as a table without rulings
    "Namn | Parti | Organisation | Roll" with the role in the last column (Vakant rows);
    "Inbjudna:" guests; items "Ärende 5" alone on a line, title below; decisions under
    "Rådets beslut" in the present tense; "Datum 4.3.2025"; Helvetica."""
    m = council_meeting(rng, Cast(rng), parties=True, vacancies=1, guests=2)
    f = Flow(Style("helvetica", size=9.5, top=80))
    number = f"Protokoll nr {rng.randint(2, 6)}/{m.date.year}"
    f.line(number, bold=True, size=15)
    f.line(m.organ, size=11, before=4)
    f.line(f"Datum {C.fmt_date(m.date, 'dotted')}, {m.time}", before=8)
    f.line(f"Plats {m.place}")
    rows = []
    for s in m.seats:
        rows.append(([s.name if s.person else "Vakant", s.party or "", s.org, s.role], s))
    P.table(f, ["Namn", "Parti", "Organisation", "Roll"], rows, [0, 150, 185, 330], size=9, before=10)
    P.roster_lines(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a))
    P.roster_lines(f, "Inbjudna:", m.guests, lambda a: P.attendee_text(a))
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=6), m)
    for it in m.items:
        P.item_heading(f, m, it, "arende", own_line=True, size=10.5, before=14)
        P.council_item_body(f, m, it, Decisions("{gen} beslut", "present"), rng)
    return Rendered(
        f,
        P.furniture_running(f"{m.organ} • Protokoll", "sida_paren"),
        m.kind,
        number,
        m.body,
        m.date.isoformat(),
    )


@variant(
    "council",
    "r_running_semicolon",
    "r_family_first",
    "r_org_short",
    "r_adjungerade",
    "h_paren",
    "d_inline",
    "date_short",
    "r_sig_box",
    "running_header",
    "r_role_before",
)
def ho_council_family_semicolons(rng: random.Random) -> Rendered:
    """Every roster section one semicolon list of "Efternamn, Förnamn (Kumla)" with short
    organisations in parentheses; "Adjungerade:" guests; no justerare item: the closing
    signature box ("Ordförande | Justerare", then "Sekreterare"); items "5)" with the title
    beside; decisions inline after "Beslut:"; only "Protokoll 250304" dates the meeting; Vera."""
    m = council_meeting(rng, Cast(rng), vacancies=0, guests=1)
    m.items = renumber([it for it in m.items if it.kind != "justerare"])
    f = Flow(Style("vera", size=9.5, top=78))
    f.line(C.REGION, size=9)
    f.line(m.organ, bold=True, size=13, before=6)
    f.line(f"Protokoll {C.fmt_date(m.date, 'short')}", bold=True, size=12, before=4)
    f.line(f"{m.time}, {m.place}", before=4)

    def fam(s) -> str:
        return f"{s.person.family_first} ({P.org_as(s.org, 'short')})"

    for heading, role in (
        ("Ordförande:", "ordförande"),
        ("Vice ordförande:", "vice ordförande"),
        ("Ledamöter:", "ledamot"),
        ("Ersättare:", "ersättare"),
    ):
        P.roster_running(f, heading, [s for s in m.role(role) if s.person], fam, sep="; ", end=".")
    P.roster_running(
        f, "Tjänstepersoner:", m.officials, lambda a: f"{a.person.family_first} ({a.title})", sep="; ", end="."
    )
    P.roster_running(f, "Adjungerade:", m.guests, lambda a: f"{a.person.family_first} ({a.org})", sep="; ", end=".")
    untitled(f, m.guests)
    for it in m.items:
        P.item_heading(f, m, it, "paren", indent=24, size=10.5)
        P.council_item_body(f, m, it, Decisions(form="inline"), rng, x=24)
    names = f.row([(0, m.chair.name), (250, m.justerare.name)], before=30, keep=3)
    P.record_justerare(f, names, m)
    f.row([(0, "Ordförande"), (250, "Justerare")])
    P.record_secretary(f, f.line(m.secretary.name, before=20, keep=1), m)
    f.line("Sekreterare")
    return Rendered(
        f,
        P.furniture_running(f"Protokoll {C.fmt_date(m.date, 'short')}", "plain"),
        m.kind,
        f"Protokoll {C.fmt_date(m.date, 'short')}",
        m.body,
        m.date.isoformat(),
    )


# --------------------------------------------------------------------------- municipal boards
@variant(
    "board",
    "r_table_ruled",
    "r_table_header",
    "r_role_name_org",
    "r_tjg_for",
    "h_paragraf",
    "d_numbered",
    "d_namnden_beslutar",
    "m_organ_field",
    "date_iso",
    "m_other_dates",
    "r_party",
)
def ho_board_role_table(rng: random.Random) -> Rendered:
    """Role first in a ruled table "Funktion | Namn | Parti | För" ("Tjg ersättare" with the
    member replaced in the last column, "Ersättare" not serving); "Organ" field;
    items "Paragraf 45" with the title beside; decisions as "Nämnden beslutar" and a numbered
    list "1. att …" with no heading; notice dates after the meeting's; Vera."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 3, 4, 5)))
    f = Flow(Style("vera", size=9.5))
    f.line(m.org, bold=True, size=12)
    f.line("PROTOKOLL", bold=True, size=14, before=10)
    col = 130.0
    for label, value in (
        ("Organ", m.organ),
        ("Sammanträdesdatum", C.fmt_date(m.date, "iso")),
        ("Plats", m.place),
        ("Tid", m.time),
    ):
        f.line(label, bold=True, cells=((col, value, False),), before=6 if label == "Organ" else 0)
    rows = []
    for s in m.seats:
        if s.replaces:
            role, for_ = "Tjg ersättare", s.replaces.name
        elif s.role == "ersättare":
            role, for_ = "Ersättare", ""
        else:
            role, for_ = (f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot").capitalize(), ""
        rows.append(([role, s.name, s.party, for_], s))
    P.table(f, ["Funktion", "Namn", "Parti", "För"], rows, [0, 120, 270, 310], ruled=True, size=9, before=10)
    P.label_block(f, "Övriga", m.officials, lambda a: P.attendee_text(a, org=None), col=col)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    f.line(
        "Anslag",
        bold=True,
        before=8,
        cells=((col, f"{C.fmt_date(m.posted[0], 'iso')} – {C.fmt_date(m.posted[1], 'iso')}", False),),
    )
    ds = Decisions(None, "numbered", lead="Nämnden")
    for it in m.items:
        P.item_heading(f, m, it, "paragraf", indent=80, size=10.5, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut", basis=False, intro="Ärendet")
    P.signature_box(f, m, col=col)
    return Rendered(
        f, P.furniture_region(f"{m.org} • Protokoll {m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat()
    )


@variant(
    "board",
    "m_organ_field",
    "m_sig_box_body",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "d_page_break",
    "page_break_item",
    "date_long",
    "r_absent",
    "r_one_per_line",
    "r_role_after",
    "r_ersatter",
)
def ho_board_organ_sig3(rng: random.Random) -> Rendered:
    """No running header with the body: it stands only in an "Organ:" field and over the
    three-column signature box ("För <Organ>"); items "§ 45 Title"; one decision runs over a
    page break; "Anmält förhinder" (not participants); "Sammanträdesdatum 4 mars 2025";
    Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 5)), absent_listed=2)
    f = Flow(Style("helvetica", size=9.5))
    f.line(m.org.upper(), bold=True, size=12)
    f.line("Protokoll", bold=True, size=15, before=10)
    f.line(f"Organ: {m.organ}", before=6)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'long')}, {m.time}")
    f.line(f"Plats: {m.place}")
    P.roster_lines(
        f,
        "Ledamöter",
        [s for s in m.seats if s.role != "ersättare" or s.replaces],
        lambda s: P.seat_text(s, org=None, party=True, role="rank", replaces="ersätter"),
    )
    P.roster_lines(
        f,
        "Ersättare",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
    )
    P.heading_line(f, "Anmält förhinder")
    for s in m.absent:
        f.line(P.seat_text(s, org=None, party=True))
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None))
    target = long_decision_item(m)
    ds = Decisions("Beslut", "beslutar")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=16, dnr=it.dnr)
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            proposal_heading=rng.choice(("Förslag till beslut", None)),
            break_inside=it.number == target,
        )
    f.line(f"För {m.organ}", bold=True, before=24, keep=4)
    P.signature_box(f, m, columns=3, heading=None, labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(
        f, P.furniture_region(f"{m.org} – protokoll", "sida_paren"), m.kind, "Protokoll", m.body, m.date.isoformat()
    )


@variant(
    "board",
    "r_running_semicolon",
    "r_role_paren",
    "r_ej_tjg",
    "r_tjg_for",
    "h_ks_para",
    "d_beslut_colon",
    "d_att_clauses",
    "date_weekday",
    "d_not_yrkanden",
    "r_party",
)
def ho_board_semicolon_roles(rng: random.Random) -> Rendered:
    """ "Beslutande: Name (S) (ordf); Name (M) (vice ordf); …" and "Ersättare: Name (S) tjg för
    Name (S); Name (M) ej tjg ers; …" in running text; items "SN § 45 Title" (the board's
    registry prefix); Yrkanden and Beslutsgång; decisions after "Beslut:" as att-clauses;
    "Sammanträdet hölls onsdagen den 5 mars 2025"; Times."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 5)))
    f = Flow(Style("times", size=10.5))
    f.line(f"{m.org} – {m.organ}", bold=True, size=13)
    f.line("Sammanträdesprotokoll", size=12, before=4)
    f.para(f"Sammanträdet hölls {C.fmt_date(m.date, 'weekday')} {m.time} i {m.place}.", before=8)

    def short_role(s) -> str:
        return P.seat_text(s, org=None, party=True, role="paren")

    P.roster_running(f, "Beslutande:", [s for s in m.seats if s.role != "ersättare"], short_role, end=".")
    P.roster_running(
        f,
        "Ersättare:",
        m.role("ersättare"),
        lambda s: (
            f"{s.name} ({s.party}) tjg för {s.replaces.name} ({s.replaces_party})"
            if s.replaces
            else f"{s.name} ({s.party}) ej tjg ers"
        ),
        end=".",
    )
    P.roster_running(f, "Tjänstemän:", m.officials, lambda a: P.attendee_text(a, org=None), end=".")
    P.record_justerare(f, f.para(f"Justerare: {m.justerare.name}", before=6)[0], m)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}")[0], m)
    ds = Decisions("Beslut:", "att")
    for it in m.items:
        P.item_heading(f, m, it, "ks_para", size=11, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading=None, motions=True, basis=False)
    return Rendered(
        f,
        P.furniture_running(f"{m.org}, {m.organ}", "sida"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "board",
    "r_side_by_side",
    "r_tjg_for",
    "h_finnish",
    "h_own_line",
    "d_beslutet",
    "date_dotted",
    "m_page_header_body",
    "running_header",
    "r_party",
)
def ho_board_two_lists(rng: random.Random) -> Rendered:
    """ "Ledamöter" and "Ersättare" as two name lists side by side under their headings (no
    organisations), serving substitutes apart ("Tjänstgörande ersättare: X (S) för Y (S)");
    items "5 §" on a line of their own with the title below; decisions under "Beslutet";
    "Sammanträdesdatum 4.3.2025" in the running header; Courier."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2, 3)), substitutes=4)
    f = Flow(Style("courier", size=9, top=84, bottom=80))
    f.line(f"Plats och tid: {m.place}, {m.time}")
    left = [s for s in m.seats if s.role != "ersättare"]
    right = [s for s in m.role("ersättare") if not s.replaces]
    gap = max(text_width(P.seat_text(s, org=None, party=True, role="comma"), f.style.reg, 9) for s in left) + 20
    f.row([(0, "Ledamöter"), (gap, "Ersättare")], bold=True, before=10, keep=1)
    for k in range(max(len(left), len(right))):
        cells = []
        if k < len(left):
            cells.append((0, P.seat_text(left[k], org=None, party=True, role="comma")))
        if k < len(right):
            cells.append((gap, P.seat_text(right[k], org=None, party=True)))
        ln = f.row(cells)
        for group in (left, right):
            if k < len(group):
                P.record(f, ln, group[k])
    P.roster_running(
        f,
        "Tjänstgörande ersättare:",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
        end=".",
        before=8,
    )
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a, org=None), end=".")
    P.record_justerare(f, f.para(f"Justerare: {m.justerare.name}", before=6)[0], m)
    P.signature_box(f, m, col=140)
    ds = Decisions("Beslutet", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "finnish", own_line=True, size=10, before=16, new_page=k == 0)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut")
    return Rendered(
        f,
        P.furniture_board(m, date_form="dotted", boxes=False),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
    )


# --------------------------------------------------------------------------- minutes
@variant(
    "minutes",
    "r_table_ruled",
    "r_table_header",
    "r_absent",
    "h_punkt",
    "d_inline",
    "date_short",
    "r_name_title_columns",
)
def ho_minutes_presence(rng: random.Random) -> Rendered:
    """Those invited in one ruled table "Namn | Organisation | Funktion | Närvaro" with
    "Närvarande" or "Frånvarande" (absent rows are not participants; the chair's function
    "…, ordförande"); officials as names beside titles; "Minnesanteckningar 250304" the only
    date; items "Punkt 3" with the title beside; decisions inline after "Beslut:"; Vera."""
    m = minutes_meeting(rng, Cast(rng), absent=2, officials=2)
    f = Flow(Style("vera", size=9))
    title = f"Minnesanteckningar {C.fmt_date(m.date, 'short')}"
    f.line(title, bold=True, size=14)
    f.line(m.organ, size=11, before=2)
    f.line(f"{m.time}, {m.place}", before=4)
    titles = m.extra["titles"]
    rows = [
        ([s.name, s.org, titles[s.person] + (", ordförande" if s.role == "ordförande" else ""), "Närvarande"], s)
        for s in m.seats
    ]
    rows += [([s.name, s.org, rng.choice(GROUP_TITLES), "Frånvarande"], None) for s in m.absent]
    rng.shuffle(rows)
    xs = [0, 130, 270, 390]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row(
        [(x, t) for x, t in zip(xs, ["Namn", "Organisation", "Funktion", "Närvaro"], strict=True)],
        bold=True,
        before=10,
        rule=rule,
        keep=1,
    )
    for cells, who in rows:
        ln = f.row(list(zip(xs, cells, strict=True)), rule=rule)
        if who is not None:
            f.person(ln, who.name, who.role, who.org, titles[who.person])
    f.line("Stöd till gruppen", bold=True, before=8, keep=1)
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (130, f"{a.title}, {a.org}")]), a)
    P.record_secretary(f, f.line(f"Antecknat av {m.secretary.name}", before=6), m)
    for it in m.items:
        P.item_heading(f, m, it, "punkt", indent=56, size=10.5)
        P.council_item_body(f, m, it, Decisions(form="inline"), rng, x=56)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "paren"), m.kind, title, m.body, m.date.isoformat())


@variant(
    "minutes",
    "r_one_per_line",
    "r_org_short",
    "r_guests",
    "r_antecknare",
    "h_arende",
    "h_own_line",
    "d_sentences",
    "date_dotted",
    "r_absent",
)
def ho_minutes_kcrd(rng: random.Random) -> Rendered:
    """Minutes of the chief executives' group written "KC/RD": "Deltagare:" one "Name, title,
    Kumla" a line (organisations short), "Övriga:" guests, "Ej närvarande:", "Antecknare:";
    items "Ärende 3" alone on a line with the title below; decisions ending the paragraphs;
    "Datum: 4.3.2025"; Times."""
    m = minutes_meeting(rng, Cast(rng), group="Regionala chefsamverkansgruppen (KC/RD)", absent=2)
    titles = m.extra["titles"]
    for s in m.seats:
        titles[s.person] = (
            "regiondirektör"
            if s.role == "ordförande"
            else ("kommundirektör" if s.org != C.REGION else "hälso- och sjukvårdsdirektör")
        )
    m.subject = "Gruppen"
    f = Flow(Style("times", size=10.5))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line("KC/RD – kommunchefer och regiondirektör", size=11, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'dotted')}", before=8)
    f.line(f"Tid och plats: {m.time}, {m.place}")
    P.heading_line(f, "Deltagare:")
    for s in m.seats:
        suffix = " (ordf)" if s.role == "ordförande" else ""
        ln = f.line(f"{s.name}, {titles[s.person]}, {P.org_as(s.org, 'short')}{suffix}")
        f.person(ln, s.name, s.role, s.org, titles[s.person])
    P.roster_lines(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a, org="short"))
    P.roster_lines(f, "Övriga:", m.guests, lambda a: P.attendee_text(a))
    P.heading_line(f, "Ej närvarande:")
    for s in m.absent:
        f.line(f"{s.name}, {P.org_as(s.org, 'short')}")
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=6), m)
    for it in m.items:
        P.item_heading(f, m, it, "arende", own_line=True, size=11, before=14)
        P.council_item_body(f, m, it, Decisions(form="past", in_text=True), rng)
    return Rendered(
        f,
        P.furniture_running("KC/RD • Minnesanteckningar", "sida"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


# --------------------------------------------------------------------------- agreements
@variant("agreement", "a_parties_table", "a_sig_3col", "a_sig_title_org")
def ho_agreement_table3(rng: random.Random) -> Rendered:
    """Parties in a table "Part | Huvudman" under "Parter"; validity "fr.o.m. 2025-01-01
    t.o.m. 2026-12-31"; signatures in a three-column table: organisation, place and date,
    line, name, title per column; Helvetica."""
    a = agreement(rng, Cast(rng), parties=rng.choice((3, 5, 6)))
    f = Flow(Style("helvetica", size=10))
    f.in_items = False
    f.para(a.title, bold=True, size=15)
    f.line("Parter", bold=True, before=14, keep=2)
    kinds = {"kommun": "Kommun", "region": "Region", "förbund": "Ideell förening", "myndighet": "Statlig myndighet"}
    f.row([(0, "Part"), (220, "Huvudman")], bold=True, before=2)
    for org in a.parties:
        f.row([(0, org), (220, kinds[_kind_of(org)])])
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighetstid", bold=True, before=10, keep=1)
    f.para(
        f"Överenskommelsen gäller fr.o.m. {a.valid_from.isoformat()} t.o.m. {a.valid_to.isoformat()}."
        if a.valid_to
        else f"Överenskommelsen gäller fr.o.m. {a.valid_from.isoformat()} tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=1)
    third = f.style.width / 3
    sigs = a.signatories
    for k in range(0, len(sigs), 3):
        group = sigs[k : k + 3]
        f.row([(j * third, s.org) for j, s in enumerate(group)], bold=True, before=16, keep=4, size=8.5)
        f.row([(j * third, f"{s.place} {C.fmt_date(s.date, 'iso')}") for j, s in enumerate(group)], keep=3, size=8.5)
        f.row([(j * third, "." * 32) for j, _ in enumerate(group)], before=12, keep=2, size=8.5)
        f.row([(j * third, s.person.name) for j, s in enumerate(group)], keep=1, size=8.5)
        f.row([(j * third, s.title) for j, s in enumerate(group)], size=8.5)
    return Rendered(
        f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("agreement", "a_parties_running", "a_sig_2col", "a_sig_title_org", "m_other_dates")
def ho_agreement_sig_table(rng: random.Random) -> Rendered:
    """Parties after "Parter:" in one semicolon list; two signatories per party; a signature
    table "Part | Namn och befattning | Ort och datum" with the title on the row under the
    name; validity "under perioden 1 juli 2025 – 30 juni 2027"; Times."""
    a = agreement(rng, Cast(rng), parties=rng.randint(2, 4), two_signers=True)
    f = Flow(Style("times", size=10.5))
    f.in_items = False
    f.line(C.REGION, size=9)
    f.para(a.title, bold=True, size=15, before=10)
    f.para("Parter: " + "; ".join(a.parties) + ".", before=12)
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighet", bold=True, before=10, keep=1)
    start = C.fmt_date(a.valid_from, "long")
    f.para(
        f"Överenskommelsen gäller under perioden {start} – {C.fmt_date(a.valid_to, 'long')}."
        if a.valid_to
        else f"Överenskommelsen gäller från den {start} och tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=2)
    xs = [0, 170, 350]
    f.row(
        [(x, t) for x, t in zip(xs, ["Part", "Namn och befattning", "Ort och datum"], strict=True)],
        bold=True,
        before=4,
        keep=1,
    )
    for s in a.signatories:
        f.row(
            [(xs[0], s.org), (xs[1], s.person.name), (xs[2], f"{s.place} {C.fmt_date(s.date, 'iso')}")],
            before=10,
            keep=1,
        )
        f.row([(xs[1], s.title)])
    return Rendered(
        f, P.furniture_running(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


# --------------------------------------------------------------------------- more held-out variants
def page_room(f: Flow) -> float:
    """The height left on the last page if the flow were paginated now (as Flow.paginate)."""
    top, bottom = H - f.style.top, f.style.bottom
    y = top
    for k, ln in enumerate(f.lines):
        block = f.lines[k : k + 1 + ln.keep]
        need = sum(b.height + b.before for b in block)
        if (ln.new_page and y < top) or (y - need < bottom and y < top):
            y = top
        y -= ln.height + (ln.before if y < top else 0.0)
    return y - bottom


def running_at(
    f: Flow,
    x: float,
    heading: str,
    entries: list,
    fmt,
    *,
    sep: str = "; ",
    last: str | None = None,
    before: float = 6.0,
) -> None:
    """parts.roster_running in a text column starting at ``x``; the list ends with a full stop."""
    if not entries:
        return
    texts = [fmt(e) for e in entries]
    body = sep.join(texts[:-1]) + (last if last and len(texts) > 1 else sep if len(texts) > 1 else "") + texts[-1]
    rows = f.para(f"{heading} {body}.", x=x, before=before)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for e, t in zip(entries, texts, strict=True):
        pos = joined.index(t, pos)
        P.record(f, rows[max(k for k, st in enumerate(starts) if st <= pos)], e)
        pos += len(t)


def margin_label(ln: Ln, label: str) -> Ln:
    """Put a bold label in the left margin column on the baseline of ``ln``."""
    ln.cells = ((0.0, label, True), *ln.cells)
    return ln


@variant(
    "council",
    "m_letterhead_body",
    "date_long",
    "toc_dots",
    "r_table_ruled",
    "r_table_header",
    "r_role_name_org",
    "r_vakant",
    "r_guests",
    "h_bare",
    "d_organ_beslut",
    "r_val_av_justerare",
    "r_sig_box",
    "m_other_dates",
    "running_header",
)
def ho_council_split_roll(rng: random.Random) -> Rendered:
    """A region letterhead with "PROTOKOLL", the council and "Datum: 4 mars 2025" in its right
    column; an "Ärendeförteckning" with dot leaders; everyone present in one ruled table "Roll |
    Namn | Organisation", the role on every row: members and substitutes ordered by
    organisation (Vakant rows), then "Tjänsteperson", "Sekreterare" (also an official) and
    "Gäst" rows (guests: övrig), no titles; the table runs over a page break, continuing under
    "Närvarande (forts.)" with its header row repeated; items "5" with the title in a column
    beside; decisions under "Rådets beslut" in the past tense; a three-column signature box and
    "Protokollet justerat 2025-03-12"; a running header from page two; Vera."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("vera", size=9.5, top=84))
    col = 250.0
    f.row([(0, C.REGION), (col, "PROTOKOLL")], bold=True, size=11)
    organ = wrap(m.organ, f.style.width - col, f.style.reg, 9)
    f.row([(0, "Regional utveckling"), (col, organ[0])], size=9, before=2)
    for row in organ[1:]:
        f.line(row, x=col, size=9)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", x=col, size=9)
    f.line(f"Tid: {m.time}", before=18)
    f.line(f"Plats: {m.place}")
    at = len(f.lines)
    P.toc(f, m, "Ärendeförteckning", lambda it: f"{it.number}  {it.title}", dots=True)
    for ln in f.lines[at + 1 :]:  # the entries a size smaller than the text, so long titles fit
        ln.size = 8.5
    rows = []  # (cells, who, record with title)
    order = [C.REGION, *C.MUNICIPALITIES, C.RF_SISU, C.OLBF]
    labels = {
        "ordförande": "Ordförande",
        "vice ordförande": "Vice ordförande",
        "ledamot": "Ledamot",
        "ersättare": "Ersättare",
    }
    for org in order:
        for s in m.seats:
            if s.org == org:
                rows.append(([labels[s.role], s.name if s.person else "Vakant", s.org], s))
    rows += [(["Tjänsteperson", a.name, a.org], a) for a in m.officials]
    rows += [(["Sekreterare", m.secretary.name, m.secretary.org], "secretary")]
    rows += [(["Gäst", a.name, a.org], a) for a in m.guests]
    xs = [0, 105, 265]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    size = 9.5
    header = list(zip(xs, ["Roll", "Namn", "Organisation"], strict=True))
    head = P.heading_line(f, "Närvarande", before=14)
    f.row(header, bold=True, size=size, rule=rule, keep=1)
    row_h = size * f.style.leading
    fit = int((page_room(f) + 1e-6) // row_h)
    if fit < 4:
        head.new_page = True
        fit = int((page_room(f) + 1e-6) // row_h)
    split = min(fit, len(rows) - 3)
    for k, (cells, who) in enumerate(rows):
        if k == split:
            f.line("Närvarande (forts.)", bold=True, new_page=True, keep=1)
            f.row(header, bold=True, size=size, rule=rule, keep=1)
        ln = f.row(list(zip(xs, cells, strict=True)), size=size, rule=rule)
        if who == "secretary":
            f.person(ln, m.secretary.name, "sekreterare", m.secretary.org)
        elif isinstance(who, Attendee):  # the table prints no titles
            f.person(ln, who.name, who.role, who.org)
        else:
            P.record(f, ln, who)
    for it in m.items:
        P.item_heading(f, m, it, "bare", indent=30, size=11, before=14)
        P.council_item_body(f, m, it, Decisions("{gen} beslut", "past"), rng, x=30)
    P.signature_box(f, m, columns=3, labels=("Vid protokollet", "Ordförande", "Justerare"), before=24)
    f.line(f"Protokollet justerat {C.fmt_date(m.adjusted, 'iso')}", size=8.5, before=10)

    def furniture(c, page, total, lines, flow):
        if page == 1:
            return
        P.furniture_running(f"Protokoll {C.fmt_date(m.date, 'long')}", "sida")(c, page, total, lines, flow)

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat())


PARTY_ORDER = ("S", "M", "SD", "C", "V", "KD", "L", "MP", "-")


def furniture_margin_board(m, *, date_form: str = "short"):
    """The municipality over the body at the left, "SAMMANTRÄDESPROTOKOLL" over the meeting
    date in the middle, the page at the right; "Justerandes signatur" and "Utdragsbestyrkande"
    at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10)
        c.drawString(st.left, H - 40, m.org)
        c.drawString(st.left + 250, H - 40, "SAMMANTRÄDESPROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawString(st.left, H - 53, m.organ)
        c.drawString(st.left + 250, H - 53, f"Sammanträdesdatum {C.fmt_date(m.date, date_form)}")
        c.drawRightString(W - st.right, H - 40, f"{page}({total})")
        c.setLineWidth(0.4)
        c.line(st.left, H - 60, W - st.right, H - 60)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 34, "Justerandes signatur")
        c.drawString(st.left + 250, 34, "Utdragsbestyrkande")
        c.line(st.left, 44, st.left + 160, 44)
        c.line(st.left + 250, 44, st.left + 410, 44)

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_short",
    "m_other_dates",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_party_independent",
    "r_role_after",
    "r_tjg_for",
    "r_span",
    "r_narvarande_ej_tjg",
    "r_running_comma",
    "r_och",
    "r_ovriga_narvarande",
    "r_running_semicolon",
    "r_utses_justera",
    "r_sig_box",
    "h_para_tight",
    "d_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_reservation",
)
def ho_board_margin_column(rng: random.Random) -> Rendered:
    """A municipal protocol laid out in two columns: labels in a left margin column ("Plats och
    tid", "Beslutande", "Utses att justera", "Ärendebeskrivning", "Beslutsunderlag", "Förslag
    till beslut", "Beslut", "Reservation", "Protokollsanteckning", "Expedieras") and the text
    beside them; the body only in the page header, with "Sammanträdesdatum 250304";
    "Beslutande" as a ruled table "Parti | Ordinarie ledamot | Tjänstgörande ersättare" ordered
    by party (the member in the middle column is replaced when a substitute stands beside; an
    independent "-"); "Närvarande ej tjänstgörande ersättare:" as a comma list ending in "och";
    "Övriga närvarande:" separated by semicolons, one with "§ 47"; items "§45" in the margin,
    the title beside it (wrapping) and "Dnr" in a right-hand column; decisions as a lead and
    att-clauses beside "Beslut", "… föreslår kommunfullmäktige att …" among them; Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 1, 5)), independent=True, substitutes=rng.randint(2, 4))
    f = Flow(Style("helvetica", size=9.5, top=82, bottom=70))
    col = 120.0

    def block(label: str, text: str, *, before: float = 8.0, bold: bool = False) -> list[Ln]:
        rows = f.para(text, x=col, before=before, bold=bold)
        margin_label(rows[0], label)
        return rows

    block("Plats och tid", f"{m.place}, {m.time}", before=0)
    voters = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    rows = []
    for s in voters:
        role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
        rows.append((s.party, [s.party, s.name + role, ""], s))
    for s in serving:
        rows.append((s.party, [s.party, s.replaces.name, s.name + (f" ({s.span})" if s.span else "")], s))
    rows.sort(key=lambda r: PARTY_ORDER.index(r[0]))
    xs = [col, col + 38, col + 200]
    rule = (col - 4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row(
        [(0, "Beslutande"), *zip(xs, ["Parti", "Ordinarie ledamot", "Tjänstgörande ersättare"], strict=True)],
        bold=True,
        size=9,
        before=10,
        rule=rule,
        keep=1,
    )
    for _, cells, who in rows:
        P.record(f, f.row([(x, t) for x, t in zip(xs, cells, strict=True) if t], size=9, rule=rule), who)
    running_at(
        f,
        col,
        "Närvarande ej tjänstgörande ersättare:",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        sep=", ",
        last=" och ",
        before=8,
    )
    running_at(f, col, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a, org=None), sep="; ", before=6)
    j = m.justerare
    P.record_justerare(f, margin_label(f.line(f"{j.name} ({j.party})", x=col, before=10), "Utses att justera"), m)
    margin_label(f.line(f"Kommunkansliet {C.fmt_date(m.adjusted, 'iso')}", x=col, before=6), "Justering")
    margin_label(
        f.line(f"Uppsatt {C.fmt_date(m.posted[0], 'iso')}, nedtas {C.fmt_date(m.posted[1], 'iso')}", x=col, before=6),
        "Anslag",
    )
    P.signature_box(f, m, columns=2, labels=("Sekreterare", "Ordförande", "Justerare"), before=16)
    dnr_x = f.style.width - 92
    lead = m.subject
    for k, it in enumerate(m.items):
        title = wrap(it.title, dnr_x - col - 12, f.style.bold, 10.5)
        ln = f.line(
            f"§{it.number}",
            bold=True,
            size=10.5,
            before=18,
            keep=1 + len(title),
            new_page=k == 0,
            cells=((col, title[0], True), (dnr_x, f"Dnr {it.dnr}", False)),
        )
        f.item(str(it.number), it.title, ln, it.dnr)
        for row in title[1:]:
            f.line(row, x=col, bold=True, size=10.5)
        if it.text:
            block("Ärendebeskrivning", " ".join(it.text))
        if it.basis:
            written = m.date - dt.timedelta(days=10 + it.number % 7)
            for b, basis in enumerate(it.basis):
                ln = f.line(f"{basis} {written.isoformat()}", x=col, before=8 if b == 0 else 1)
                if b == 0:
                    margin_label(ln, "Beslutsunderlag")
        if it.acts:
            verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
            block("Förslag till beslut", f"{m.subject} {verb} att {it.acts[0]}.")
        at = len(f.lines)
        P.print_decisions(f, m, it, Decisions(None, "att", lead=lead), rng, x=col)
        if len(f.lines) > at:
            margin_label(f.lines[at], "Beslut")
            f.lines[at].before = 8
        if it.kind == "topic" and rng.random() < 0.4:
            who = rng.choice(
                [s for s in m.seats if s.person and s.party in PARTY_NAMES and (s.role != "ersättare" or s.replaces)]
            )
            kind = rng.choice(("Reservation", "Protokollsanteckning"))
            text = rng.choice(REMARKS[kind]).format(who=f"{who.name} ({who.party})", party=PARTY_NAMES[who.party])
            block(kind, text)
        block("Expedieras", "Kommunfullmäktige" if it.proposal else "Förvaltningen")
    return Rendered(f, furniture_margin_board(m), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "minutes",
    "h_unnumbered",
    "r_side_by_side",
    "r_org_short",
    "r_role_paren",
    "r_ovriga_narvarande",
    "r_guests",
    "r_absent",
    "r_antecknare",
    "d_inline",
    "date_iso",
    "running_header",
)
def ho_minutes_underlined(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose points have no numbers: their headings are underlined and larger
    (not bold), and the text under them is a list of numbered sub-points "1.", "2." (not
    items); "Datum | Tid | Plats" as a small ruled table; those present side by side under
    "Kommunerna" and "Region Örebro län" ("Name, title, Kumla", the chair "(ordf)"); "Övriga
    närvarande:" (the region's official), "Gäster:" with the hours they attended, "Förhinder:"
    (not participants); decisions inline after "Beslut:"; "Vid pennan" and the note-taker at
    the end; Times."""
    m = minutes_meeting(rng, Cast(rng), members=rng.randint(8, 10), guests=rng.randint(1, 2), absent=2)
    titles = m.extra["titles"]
    f = Flow(Style("times", size=10.5, top=80))
    underlined: list[Ln] = []
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, size=12, before=4)
    xs = [0, 110, 240]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row(list(zip(xs, ["Datum", "Tid", "Plats"], strict=True)), bold=True, size=9, before=12, rule=rule, keep=1)
    f.row(
        list(zip(xs, [C.fmt_date(m.date, "iso"), m.time.replace("kl. ", ""), m.place], strict=True)), size=9, rule=rule
    )

    def entry(s) -> str:
        return f"{s.name}, {titles[s.person]}, {P.org_as(s.org, 'short')}" + (
            " (ordf)" if s.role == "ordförande" else ""
        )

    columns = [[s for s in m.seats if s.org != C.REGION], [s for s in m.seats if s.org == C.REGION]]
    cx, hang, size = [0, 240], 8.0, f.style.size
    bounds = [cx[1], f.style.width]
    cols = []
    for seats, x, x1 in zip(columns, cx, bounds, strict=True):
        out = []
        for s in seats:
            for k, row in enumerate(wrap(entry(s), x1 - x - 10, f.style.reg, size, hang)):
                out.append((x + (hang if k else 0.0), row, s if k == 0 else None))
        cols.append(out)
    f.row(list(zip(cx, ["Kommunerna", "Region Örebro län"], strict=True)), bold=True, before=12, keep=1)
    for k in range(max(len(c) for c in cols)):
        here = [c[k] for c in cols if k < len(c)]
        ln = f.row([(x, t) for x, t, _ in here])
        for _, _, s in here:
            if s is not None:
                record_member(f, ln, m, s)
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a), end=".", before=10)
    hours = {a.person: rng.choice(("kl. 9.30–10.15", "kl. 10.00–10.45", "kl. 13.30–14.00")) for a in m.guests}
    P.roster_running(f, "Gäster:", m.guests, lambda a: f"{P.attendee_text(a)} ({hours[a.person]})", end=".")
    f.para("Förhinder: " + ", ".join(f"{s.name} ({P.org_as(s.org, 'short')})" for s in m.absent) + ".", before=6)
    ds = Decisions(form="inline")
    for k, it in enumerate(m.items):
        ln = f.line(it.title, size=13, before=16, keep=1)
        underlined.append(ln)
        f.item(str(k + 1), it.title, ln, it.dnr)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if len(texts) > 1:
            for n, t in enumerate(texts):
                f.para(f"{n + 1}. {t}", x=14, hang=14, before=4 if n == 0 else 2)
        elif texts:
            f.para(texts[0], before=4)
        P.print_decisions(f, m, it, ds, rng, x=14 if len(texts) > 1 else 0.0)
    f.line("Vid pennan", before=24, keep=2)
    P.record_secretary(f, f.line(m.secretary.name, before=14, keep=1), m)
    f.line(f"{m.secretary.title}, {m.secretary.org}")
    head = P.furniture_running(f"Minnesanteckningar {C.fmt_date(m.date, 'iso')} – {m.organ}", "paren")

    def furniture(c, page, total, lines, flow):
        head(c, page, total, lines, flow)
        st = flow.style
        c.setLineWidth(0.6)
        for ln in lines:
            if ln in underlined:
                x = st.left + ln.x
                c.line(x, ln.y - 2.2, x + text_width(ln.text, st.reg, ln.size), ln.y - 2.2)

    return Rendered(f, furniture, m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "board",
    "m_one_line_header",
    "date_iso",
    "m_other_dates",
    "toc_dots",
    "h_ks_short",
    "r_appendix",
    "r_role_heading",
    "r_family_first",
    "r_party",
    "r_tjg_for",
    "r_span",
    "r_ej_tjg",
    "r_absent",
    "r_ovriga_narvarande",
    "r_one_per_line",
    "r_sig_box",
    "d_beslut",
    "d_numbered",
    "d_not_yrkanden",
    "d_not_proposal",
)
def ho_board_appendix_headings(rng: random.Random) -> Rendered:
    """Kind, date and body on one line under the municipality ("SAMMANTRÄDESPROTOKOLL
    2025-03-04  Bygg- och miljönämnden"); page one says "Beslutande: Se bilaga, närvarolista"
    and names the justerare, the justering date and the paragraphs signed; an
    "Innehållsförteckning" with dot leaders; items "Bmn 45 Title" (the board's prefix, no §);
    "Förvaltningens förslag", sometimes "Yrkanden" and "Propositionsordning" (not decisions),
    decisions under "Beslut" as "Nämnden beslutar" and a numbered list; after the last item the
    appendix "Bilaga – Närvarolista" with the roles as headings and every name "Efternamn,
    Förnamn (S)" ("… för Efternamn, Förnamn (S), §§ 45–49", "Ej tjänstgörande ersättare",
    "Frånvarande ledamöter" not participants, "Övriga närvarande", "Sekreterare"); Courier."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((2, 3, 4, 5)), absent_listed=rng.randint(1, 2))
    f = Flow(Style("courier", size=9, top=80))
    first, last = m.items[0].number, m.items[-1].number
    prefix = m.extra["prefix"].capitalize()
    f.line(m.org.upper(), bold=True, size=11)
    heads = ["SAMMANTRÄDESPROTOKOLL", C.fmt_date(m.date, "iso"), m.organ]
    xs, x = [], 0.0
    for h in heads:
        xs.append(x)
        x += text_width(h, f.style.bold, 10) + 16
    f.row(list(zip(xs, heads, strict=True)), bold=True, size=10, before=10)
    col = 150.0
    for label, value in (
        ("Plats och tid", f"{m.place}, {m.time}"),
        ("Beslutande", "Se bilaga, närvarolista"),
        ("Justerare", m.justerare.name),
        ("Justeringens tid", C.fmt_date(m.adjusted, "iso")),
        ("Paragrafer", f"{prefix} {first}–{last}"),
    ):
        ln = f.line(label, bold=True, before=12 if label == "Plats och tid" else 6, cells=((col, value, False),))
        if label == "Justerare":
            P.record_justerare(f, ln, m)
    P.signature_box(f, m, columns=2, labels=("Sekreterare", "Ordförande", "Justerare"), before=16)
    P.toc(f, m, "Innehållsförteckning", lambda it: f"{prefix} {it.number} {it.title}", dots=True)
    ds = Decisions("Beslut", "numbered", lead="Nämnden")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "ks_short", size=10.5, before=18, new_page=k == 0)
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            proposal_heading="Förvaltningens förslag",
            motions=rng.random() < 0.4,
            basis=False,
            intro="Sammanfattning",
        )
    f.in_items = False
    f.line("Bilaga – Närvarolista", bold=True, size=12, new_page=True)
    f.line(f"{m.organ} {C.fmt_date(m.date, 'iso')}, {prefix} {first}–{last}", before=4)

    def fam(s) -> str:
        return f"{s.person.family_first} ({s.party})"

    groups = [("Ordförande", m.role("ordförande"))]
    groups += [(f"{s.rank} vice ordförande", [s]) for s in m.role("vice ordförande")]
    groups.append(("Ledamöter", m.role("ledamot")))
    for heading, seats in groups:
        P.roster_lines(f, heading, seats, fam, before=10)
    P.roster_lines(
        f,
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: f"{fam(s)} för {s.replaces.family_first} ({s.replaces_party})" + (f", {s.span}" if s.span else ""),
        before=10,
    )
    P.roster_lines(f, "Ej tjänstgörande ersättare", [s for s in m.role("ersättare") if not s.replaces], fam, before=10)
    P.heading_line(f, "Frånvarande ledamöter", before=10)
    for s in m.absent:
        f.line(fam(s))
    P.roster_lines(
        f,
        "Övriga närvarande",
        m.officials,
        lambda a: f"{a.person.family_first}, {a.title}" + (f", {a.span}" if a.span else ""),
        before=10,
    )
    P.heading_line(f, "Sekreterare", before=10)
    P.record_secretary(f, f.line(m.secretary.person.family_first), m)
    return Rendered(
        f,
        P.furniture_running(f"{m.org} • {m.organ} • {C.fmt_date(m.date, 'iso')}", "sida_paren"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


# --------------------------------------------------------------------------- a regional assembly's roll call
@variant(
    "council",
    "m_letterhead_body",
    "date_long",
    "m_other_dates",
    "running_header",
    "toc_dots",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_role_paren",
    "r_vakant",
    "r_tjg_for",
    "r_narvarande_ej_tjg",
    "r_running_semicolon",
    "r_och",
    "r_ovriga_narvarande",
    "r_inbjudna",
    "r_one_per_line",
    "r_sig_box",
    "r_val_av_justerare",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_reservation",
)
def ho_council_roll_call(rng: random.Random) -> Rendered:
    """Regionala samverkansrådet laid out like a regional assembly's protocol: "Region Örebro
    län | PROTOKOLL" over the council; "Tid och plats" with "4 mars 2025", the justering and
    notice dates in ISO form; an "Innehållsförteckning" with dot leaders and §§ continuing
    through the year; then "Upprop": one long table without rulings, "Nr | Ledamot | Parti |
    Organisation | Tjänstgörande ersättare", running over onto page two with no header
    repeated -- seats numbered 1, 2, …, two for every municipality, the chair and vice chair "(ordf)", "(vice ordf)", a
    member who is away named in the table with the substitute who served beside (the member is
    no participant), a "Vakant" seat filled by a substitute; "Närvarande ej tjänstgörande
    ersättare:" separated by semicolons with "och" before the last; "Övriga närvarande" (the
    region's officials, the secretary among them) and "Inbjudna" one a line; items "§ 14" with
    the title in a column beside; "Förslag till beslut" worded like the decision, decisions
    under "Beslut" ("Rådet beslutar att …" or the lead over "1. att …" rows), sometimes a
    "Protokollsanteckning"; "Justeras" and "Vid protokollet" with names under dotted lines; the
    running header from page two; Helvetica."""
    cast = Cast(rng)
    m = council_meeting(
        rng,
        cast,
        council="Regionala samverkansrådet",
        parties=True,
        vacancies=0,
        region_seats=rng.randint(6, 8),
        guests=rng.randint(1, 2),
    )
    m.items = renumbered(m.items, rng.randint(9, 40))
    subs = {s.org: s for s in m.role("ersättare")}
    # every municipality holds a second seat (the opposition's), without a substitute of its own
    members = [s for s in m.seats if s.role != "ersättare"]
    mentioned = " ".join(t for it in m.items for t in (*it.text, *it.acts))
    away = rng.sample(
        [s for s in members if s.role == "ledamot" and s.org in subs and s.name not in mentioned], rng.randint(2, 3)
    )
    members += [Seat(cast.person(), "ledamot", org, cast.party()) for org in C.MUNICIPALITIES]
    order = [C.REGION, *C.MUNICIPALITIES]
    members.sort(key=lambda s: (("ordförande", "vice ordförande", "ledamot").index(s.role), order.index(s.org)))
    vacant, replaced = away[0], away[1:]
    rows, seats = [], []  # rows: (seat number, the printed member or Vakant, the substitute serving or None)
    for n, s in enumerate(members, 1):
        if s is vacant:
            sub = subs.pop(s.org)
            serving = Seat(sub.person, "ersättare", s.org, sub.party)
            rows.append((n, Seat(None, "ledamot", s.org), serving))
            seats.append(serving)
        elif s in replaced:
            sub = subs.pop(s.org)
            serving = Seat(sub.person, "ersättare", s.org, s.party, replaces=s.person, replaces_party=s.party)
            rows.append((n, s, serving))
            seats.append(serving)
        else:
            rows.append((n, s, None))
            seats.append(s)
    idle = list(subs.values())
    m.seats, m.absent = seats + idle, list(replaced)
    m.justerare = rng.choice([s for s in seats if s.role == "ledamot"])
    first, last = m.items[0].number, m.items[-1].number

    f = Flow(Style("helvetica", size=9.5, top=82, bottom=72))
    f.row([(0, C.REGION), (300, "PROTOKOLL")], bold=True, size=12)
    f.row([(0, m.organ), (300, f"§§ {first}–{last}")], size=10, before=3)
    col = 120.0
    fields = (
        ("Tid och plats", f"{C.fmt_date(m.date, 'long')}, {m.time}, {m.place}"),
        ("Justerad", f"{C.fmt_date(m.adjusted, 'iso')}, digital justering"),
        ("Anslagen", f"{C.fmt_date(m.posted[0], 'iso')} – {C.fmt_date(m.posted[1], 'iso')}"),
    )
    for k, (label, value) in enumerate(fields):
        f.line(label, bold=True, before=14 if k == 0 else 3, cells=((col, value, False),))
    P.toc(f, m, "Innehållsförteckning", lambda it: f"§ {it.number}  {it.title}", dots=True)
    P.heading_line(f, "Upprop", before=16, size=11)
    f.para("Vid uppropet antecknades följande ledamöter och tjänstgörande ersättare.", before=2)
    xs = [0, 22, 182, 212, 330]
    f.row(
        list(zip(xs, ["Nr", "Ledamot", "Parti", "Organisation", "Tjänstgörande ersättare"], strict=True)),
        bold=True,
        size=9,
        before=6,
        keep=1,
    )
    marks = {"ordförande": " (ordf)", "vice ordförande": " (vice ordf)"}
    for n, s, serving in rows:
        member = f"{s.name}{marks.get(s.role, '')}" if s.person else "Vakant"
        sub = f"{serving.name} ({serving.party})" if serving else ""
        lns = wrapped_row(
            f, [(xs[0], str(n)), (xs[1], member), (xs[2], s.party or ""), (xs[3], s.org), (xs[4], sub)], size=9
        )
        if serving is None:
            P.record(f, lns[0], s)
        else:
            P.record(f, lns[0], serving)
    running_at(
        f,
        0,
        "Närvarande ej tjänstgörande ersättare:",
        idle,
        lambda s: f"{s.name} ({s.party}), {s.org}",
        sep="; ",
        last=" och ",
        before=10,
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a), before=10)
    P.roster_lines(f, "Inbjudna", m.guests, lambda a: P.attendee_text(a), before=8)
    ds = Decisions("Beslut", "numbered", lead=m.subject)
    x = 44.0
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", indent=x, size=11, before=16, new_page=k == 0)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), x=x, before=4)
        if it.kind == "topic":
            P.not_decisions(f, m, it, rng, proposal_heading="Förslag till beslut", motions=False, x=x)
        P.print_decisions(f, m, it, ds, rng, x=x)
        remark(f, m, it, rng, x=x, share=0.3, kinds=("Protokollsanteckning",))
    f.in_items = False
    half = f.style.width / 2
    f.line("Justeras", bold=True, before=26, keep=4)
    f.row([(0, "." * 36), (half, "." * 36)], before=18, keep=1)
    names = f.row([(0, m.chair.name), (half, m.justerare.name)])
    P.record_justerare(f, names, m)
    f.line("Vid protokollet", bold=True, before=16, keep=3)
    f.line("." * 36, before=18, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    head = P.furniture_running(f"{m.organ} • Protokoll {C.fmt_date(m.date, 'iso')}", "sida_paren")
    foot = P.furniture_region(P.REGION_FOOTER, "plain")

    def furniture(c, page, total, lines, flow):
        if page > 1:
            head(c, page, total, lines, flow)
        else:
            foot(c, page, total, lines, flow)

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- "Protokoll fört vid …"
def joined(entries: list[str], last: str = " och ") -> str:
    return entries[0] if len(entries) == 1 else ", ".join(entries[:-1]) + last + entries[-1]


def furniture_signed_foot(m):
    """The page at the top right, "Justerandes sign" and "Utdragsbestyrkande" with lines at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, f"Sida {page} av {total}")
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 40, "Justerandes sign")
        c.line(st.left + 62, 40, st.left + 180, 40)
        c.drawString(st.left + 260, 40, "Utdragsbestyrkande")
        c.line(st.left + 335, 40, W - st.right, 40)

    return draw


@variant(
    "board",
    "m_one_line_header",
    "m_letterhead_body",
    "date_weekday",
    "m_other_dates",
    "r_running_comma",
    "r_och",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_span",
    "r_ej_tjg",
    "r_ovriga_narvarande",
    "r_role_before",
    "r_absent",
    "r_val_av_justerare",
    "r_sig_box",
    "h_para",
    "d_sentences",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def ho_board_fort_vid(rng: random.Random) -> Rendered:
    """An old-fashioned municipal protocol in prose: the municipality alone as the letterhead,
    then one sentence "Protokoll fört vid Socialnämndens sammanträde tisdagen den 4 mars 2025
    kl. … i …" (kind, body in the genitive and date together); the roster as paragraphs:
    "Beslutande:" one comma list ending in "och" ("Name (S), ordförande", "…, 1:e vice
    ordförande", "Name (S), tjänstgörande ersättare för Y (S), §§ 45–49"), "Ej
    tjänstgörande ersättare:", "Övriga närvarande:" with the title before the name ("socialchef
    Agnes Hedin (§ 47)", the secretary among them), "Frånvarande:" (not participants); items
    "§ 45 Title" with "Dnr" on the line below; "Val av justerare" decided as "Att jämte
    ordföranden justera dagens protokoll utsågs …"; every decision a sentence at the end of
    the item's paragraph ("Nämnden beslutade att …", "… föreslår kommunfullmäktige att …"),
    after the administration's proposal and perhaps a motion written as sentences ("Förvaltningen
    föreslår …", "… yrkade bifall …"); "Reservation:" and "Protokollsanteckning:" as paragraphs;
    "Vid protokollet" and "Justeras" with names under dotted lines; the notice date last; Times."""
    m = board_meeting(
        rng,
        Cast(rng),
        board=rng.choice((0, 0, 1, 2, 4, 5)),
        standard_items=True,
        absent_listed=rng.randint(1, 2),
        substitutes=rng.randint(2, 3),
    )
    m.subject = m.organ if m.organ == "Kommunstyrelsen" else rng.choice(("Nämnden", m.organ))
    j = m.justerare
    f = Flow(Style("times", size=11, top=76, bottom=72))
    f.line(m.org, bold=True, size=13)
    f.para(
        f"Protokoll fört vid {m.genitive} sammanträde {C.fmt_date(m.date, 'weekday')} {m.time} i {m.place}.",
        bold=True,
        size=12,
        before=16,
    )
    voters = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    P.roster_running(
        f,
        "Beslutande:",
        voters,
        lambda s: P.seat_text(s, org=None, party=True, role="rank"),
        sep=", ",
        last=" och ",
        end=".",
        before=12,
    )
    P.roster_running(
        f,
        "Ej tjänstgörande ersättare:",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: f"{s.name} ({s.party})",
        sep=", ",
        last=" och ",
        end=".",
    )
    P.roster_running(
        f,
        "Övriga närvarande:",
        m.officials,
        lambda a: f"{a.title} {a.name}" + (f" ({a.span})" if a.span else ""),
        sep=", ",
        last=" och ",
        end=".",
    )
    f.para("Frånvarande: " + joined([f"{s.name} ({s.party})" for s in m.absent]) + ".", before=6)
    lead = "nämnden" if m.organ != "Kommunstyrelsen" else "kommunstyrelsen"
    ds = Decisions(form="past")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=16)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=9.5, before=1)
        if it.kind == "justerare":
            sentence = f"Att jämte ordföranden justera dagens protokoll utsågs {j.name} ({j.party})."
            rows = f.para(sentence, before=4)
            f.decision(sentence)
            P.record_justerare(f, rows[-1], m)
            continue
        texts = list(it.text)
        if it.kind == "topic" and it.acts:
            act = it.acts[0]
            texts.append(
                f"Förvaltningen föreslår att {lead} beslutar att {act}."
                if not it.proposal
                else f"Förvaltningen föreslår att kommunfullmäktige ska {act}."
            )
            if rng.random() < 0.4:
                c = m.chair
                texts.append(f"Under överläggningen yrkade {c.name} ({c.party}) bifall till förvaltningens förslag.")
        sentences = P.decision_sentences(m, it, ds, rng)
        f.para(" ".join([*texts, *sentences]), before=4)
        for s in sentences:
            f.decision(s)
        if it.kind == "topic" and rng.random() < 0.35:
            who = rng.choice([s for s in voters if s.party in PARTY_NAMES])
            kind = rng.choice(("Reservation", "Protokollsanteckning"))
            text = rng.choice(REMARKS[kind]).format(who=f"{who.name} ({who.party})", party=PARTY_NAMES[who.party])
            f.para(f"{kind}: {text}", before=4)
        if it.kind == "topic":
            f.para(f"Utdrag till: {'Kommunfullmäktige' if it.proposal else 'Förvaltningen'}", size=9.5, before=4)
    f.in_items = False
    f.line("Vid protokollet", before=28, keep=3)
    f.line("." * 40, before=18, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    half = f.style.width / 2
    f.line("Justeras", before=14, keep=3)
    f.row([(0, "." * 40), (half, "." * 40)], before=18, keep=1)
    P.record_justerare(f, f.row([(0, m.chair.name), (half, j.name)]), m)
    f.para(
        f"Justeringen har tillkännagivits på kommunens anslagstavla den {C.fmt_date(m.posted[0], 'long')}.",
        size=9.5,
        before=18,
    )
    return Rendered(f, furniture_signed_foot(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- a network's participants table
GROUP_ALIASES = {
    "Chefsgrupp folkhälsa": "Chefsgruppen för folkhälsa",
    "Chefsgrupp social välfärd samt vård och omsorg": "Chefsgruppen för social välfärd samt vård och omsorg",
}


def cell_entries(texts: list[str], width: float, font: str, size: float) -> tuple[list[str], list[int]]:
    """Entries joined by "; " and wrapped inside a table cell (a name never split); the printed
    rows, and the row each entry starts on."""

    def glued(t: str) -> str:  # the name (before the first comma) never wraps
        name, comma, rest = t.partition(",")
        return name.replace(" ", GLUE) + comma + rest

    body = "; ".join(glued(t) for t in texts)
    rows = [r.replace(GLUE, " ") for r in wrap(body, width, font, size)]
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r) + 1
    joined_rows, pos, where = " ".join(rows), 0, []
    for t in texts:
        pos = joined_rows.index(t, pos)
        where.append(max(k for k, s in enumerate(starts) if s <= pos))
        pos += len(t)
    return rows, where


@variant(
    "minutes",
    "r_table_ruled",
    "r_table_header",
    "r_running_semicolon",
    "r_role_paren",
    "r_absent",
    "r_ovriga_narvarande",
    "r_inbjudna",
    "r_antecknare",
    "h_dot",
    "d_beslut_colon",
    "d_att_clauses",
    "date_long",
    "m_other_dates",
)
def ho_minutes_network_grid(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a regional network: "Minnesanteckningar" over the group's name (an
    alias where it has one), "Datum och tid: 4 mars 2025, kl. …" and "Plats"; those taking
    part in one ruled table, a row per organisation, "Organisation | Närvarande | Anmält
    förhinder", several people in one cell as "Name, title" separated by semicolons and
    wrapping inside it (the chair "(ordf)"), "–" where nobody came, the absent in the last
    column (not participants); below it "Övriga närvarande:" (the region's officials, the
    note-taker among them) and "Inbjudna:" with the point they came for ("(punkt 4)");
    "Antecknare:"; items "1. Title" with the title indented; decisions after a "Beslut:" line,
    "Chefsgruppen beslutar att …" or the lead over att-clauses, "Nästa möte" in the same date
    form as the meeting's; Vera."""
    cast = Cast(rng)
    m = minutes_meeting(
        rng,
        cast,
        members=rng.randint(7, 9),
        officials=rng.randint(1, 2),
        guests=rng.randint(1, 2),
        absent=rng.randint(1, 2),
    )
    titles = m.extra["titles"]
    present_munis = [s.org for s in m.seats if s.org in C.MUNICIPALITIES]
    for org in rng.sample(present_munis, rng.randint(1, 2)):  # some send two
        s = Seat(cast.person(), "ledamot", org)
        titles[s.person] = rng.choice(GROUP_TITLES)
        m.seats.append(s)
    for org in rng.sample(present_munis, 1):  # and one of those who could not come is from a present one
        m.absent.append(Seat(cast.person(), "ledamot", org))
    f = Flow(Style("vera", size=9.5, top=74))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line(GROUP_ALIASES.get(m.organ, m.organ), bold=True, size=11.5, before=4)
    f.line(f"Datum och tid: {C.fmt_date(m.date, 'long')}, {m.time}", before=10)
    f.line(f"Plats: {m.place}")
    xs, x1, size = [0, 112, 330], f.style.width, 9.0
    inner = tuple(x - 4 for x in xs[1:])
    boxes: list[tuple[Ln, Ln]] = []
    head = f.row(
        list(zip(xs, ["Organisation", "Närvarande", "Anmält förhinder"], strict=True)),
        bold=True,
        size=size,
        before=12,
        keep=1,
    )
    boxes.append((head, head))
    for org in [*C.MUNICIPALITIES, C.REGION]:
        here = [s for s in m.seats if s.org == org]
        gone = [s for s in m.absent if s.org == org]
        if not here and not gone:
            continue
        texts = [f"{s.name}, {titles[s.person]}" + (" (ordf)" if s.role == "ordförande" else "") for s in here]
        rows, where = cell_entries(texts, xs[2] - xs[1] - 8, f.style.reg, size) if here else (["–"], [])
        absent_rows = wrap("; ".join(s.name for s in gone), x1 - xs[2] - 8, f.style.reg, size) if gone else []
        org_rows = wrap(org, xs[1] - 8, f.style.reg, size)
        n = max(len(rows), len(absent_rows), len(org_rows))
        lns = []
        for k in range(n):
            cells = [(x, col[k]) for x, col in zip(xs, (org_rows, rows, absent_rows), strict=True) if k < len(col)]
            if not cells:
                cells = [(xs[0], "")]
            lns.append(f.row(cells, size=size, keep=n - 1 - k))
        for s, k in zip(here, where, strict=True):
            record_member(f, lns[k], m, s)
        boxes.append((lns[0], lns[-1]))
    running_at(f, 0, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a), before=10)
    points = {a.person: rng.randint(4, 6) for a in m.guests}
    running_at(f, 0, "Inbjudna:", m.guests, lambda a: f"{P.attendee_text(a)} (punkt {points[a.person]})", before=4)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=4), m)
    ds = Decisions("Beslut:", "att", lead=m.subject)
    for it in m.items:
        P.item_heading(f, m, it, "dot", indent=20, size=11, before=14)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), x=20, before=4)
        P.print_decisions(f, m, it, ds, rng, x=20)
    base = P.furniture_region(P.REGION_FOOTER, "sida")

    def furniture(c, page, total, lines, flow):
        base(c, page, total, lines, flow)
        st = flow.style
        c.setLineWidth(0.5)
        for top, bottom in boxes:
            if top.page != page:
                continue
            y_hi, y_lo = top.y + top.size * 0.95 + 1, bottom.y - bottom.size * 0.4 - 1
            c.rect(st.left - 4, y_lo, x1 + 4, y_hi - y_lo)
            for vx in inner:
                c.line(st.left + vx, y_lo, st.left + vx, y_hi)

    return Rendered(f, furniture, m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- four more: cells, parties, run-in, Finland
NAME_END = r"(?![\wÅÄÖåäöÉéÜü-])"


def rows_where(rows: list[Ln], needles: list[str]) -> list[Ln]:
    """The printed row on which each needle (in order) starts, in a paragraph wrapped into ``rows``."""
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    text, pos, out = " ".join(r.text for r in rows), 0, []
    for t in needles:
        hit = re.compile(re.escape(t) + NAME_END).search(text, pos)
        assert hit, (t, text)
        out.append(rows[max(k for k, s in enumerate(starts) if s <= hit.start())])
        pos = hit.end()
    return out


def glue_names(text: str, names) -> str:
    """Names never wrap: their spaces become GLUE (``Flow.para`` prints them as spaces)."""
    for n in sorted(set(names), key=len, reverse=True):
        text = text.replace(n, n.replace(" ", GLUE))
    return text


def furniture_cells(m, cells: list[tuple[Ln, Ln]], col: float, bars: list[Ln]):
    """The municipality and "PROTOKOLL" over the body, the meeting date and "Sida 2 (6)"; the
    cells of page one's table ruled (a cell is a label and the lines beside it); grey bars
    behind the item headings; "Justerandes signatur" and "Utdragsbestyrkande" on dotted lines."""
    bar_ids = {id(ln) for ln in bars}

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.saveState()
        c.setFillGray(0.87)
        for ln in lines:
            if id(ln) in bar_ids:
                c.rect(x0 - 4, ln.y - ln.size * 0.4 - 1.5, x1 - x0 + 8, ln.height + 1, stroke=0, fill=1)
        c.restoreState()
        c.setFont(st.bold, 10)
        c.drawString(x0, H - 40, m.org)
        c.drawRightString(x1, H - 40, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawString(x0, H - 53, m.organ)
        c.drawString(x0 + 220, H - 53, f"Sammanträdesdatum {C.fmt_date(m.date, 'iso')}")
        c.drawRightString(x1, H - 53, f"Sida {page} ({total})")
        c.setLineWidth(0.6)
        c.line(x0, H - 60, x1, H - 60)
        c.setLineWidth(0.5)
        top = None
        for a, b in cells:
            if a.page != page:
                continue
            top = a.y + a.size * 0.95 + 3 if top is None else top  # a cell begins where the one above ends
            bottom = b.y - b.size * 0.4 - 3
            c.rect(x0 - 4, bottom, x1 - x0 + 4, top - bottom)
            c.line(x0 + col - 6, bottom, x0 + col - 6, top)
            top = bottom
        c.setFont(st.reg, 7.5)
        c.line(x0, 52, x1, 52)
        c.drawString(x0, 40, "Justerandes signatur " + "." * 50)
        c.drawRightString(x1, 40, "Utdragsbestyrkande " + "." * 50)

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_weekday",
    "m_other_dates",
    "r_table_ruled",
    "r_running_semicolon",
    "r_running_comma",
    "r_och",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_span",
    "r_ovriga_narvarande",
    "r_sig_box",
    "r_val_av_justerare",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def ho_board_cell_table(rng: random.Random) -> Rendered:
    """Page one one ruled table of two columns, bold labels left ("Plats och tid", "Beslutande",
    "Övriga närvarande", "Justerare", "Justeringens tid", "Underskrifter", "Paragrafer") and the
    roster as running text wrapped INSIDE the right cells: "Ledamöter: Name (S), ordförande;
    Name (M), 1:e vice ordförande; …" and "Tjänstgörande ersättare: X (C) för Y (C), §§ 45–49;
    …", "Ersättare: A (S), B (M) och C (V)." and "Tjänstepersoner: Name, title; …"; the
    signatures three side by side inside their cell (dotted line, name, "Sekreterare" |
    "Ordförande" | "Justerare"); ANSLAG/BEVIS below; items "§ 45" with the title beside and
    "Dnr BUN 2024/123" at the right, on a grey bar; sections under small capital headings
    ("SAMMANFATTNING", "BESLUTSUNDERLAG", "FÖRSLAG TILL BESLUT" -- the administration's, not a
    decision --, "YRKANDEN", "BESLUTSGÅNG", "BESLUT" as "<Organ> beslutar att" over "1. clause,"
    rows, "RESERVATION", "BESLUTET SKICKAS TILL"); the body only in the page header; Times."""
    m = board_meeting(
        rng,
        Cast(rng),
        board=rng.choice((0, 1, 2, 3, 4, 5)),
        substitutes=rng.randint(2, 4),
        officials=rng.randint(2, 4),
        standard_items=rng.random() < 0.5,
    )
    f = Flow(Style("times", size=10.5, left=76, right=56, top=90, bottom=76))
    x1 = f.style.width
    f.line("Protokoll", bold=True, size=17)
    labels = (
        "Plats och tid",
        "Beslutande",
        "Övriga närvarande",
        "Justerare",
        "Justeringens tid",
        "Underskrifter",
        "Paragrafer",
    )
    col = label_column(f, labels, minimum=112)
    right = x1 - 6
    cells: list[tuple[Ln, Ln]] = []

    def cell(label: str, paras: list[str], before: float = 5.0) -> list[list[Ln]]:
        out, lines = [], []
        for k, text in enumerate(paras):
            rows = f.para(text, x=col, before=before if k == 0 else 2.0, width=right)
            out.append(rows)
            lines += rows
        margin_label(lines[0], label)
        lines[0].keep = len(lines) - 1
        cells.append((lines[0], lines[-1]))
        return out

    when = C.fmt_date(m.date, "weekday")
    cell("Plats och tid", [f"{m.place}, {when}, {m.time}"], before=16)
    names = [s.name for s in m.seats if s.person] + [s.replaces.name for s in m.seats if s.replaces]
    voting = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    t_vote = [P.seat_text(s, org=None, party=True, role="rank") for s in voting]
    t_serv = [
        f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})" + (f", {s.span}" if s.span else "")
        for s in serving
    ]
    paras = [glue_names("Ledamöter: " + "; ".join(t_vote) + ".", names)]
    if serving:
        paras.append(glue_names("Tjänstgörande ersättare: " + "; ".join(t_serv) + ".", names))
    rows = cell("Beslutande", paras)
    for s, ln in zip(voting, rows_where(rows[0], t_vote), strict=True):
        P.record(f, ln, s)
    if serving:
        for s, ln in zip(serving, rows_where(rows[1], t_serv), strict=True):
            P.record(f, ln, s)
    idle = [s for s in m.role("ersättare") if not s.replaces]
    t_idle = [f"{s.name} ({s.party})" for s in idle]
    t_staff = [P.attendee_text(a, org=None) for a in m.officials]
    paras = [glue_names("Ersättare: " + joined(t_idle) + ".", names)] if idle else []
    paras.append(glue_names("Tjänstepersoner: " + "; ".join(t_staff) + ".", [a.name for a in m.officials]))
    rows = cell("Övriga närvarande", paras)
    if idle:
        for s, ln in zip(idle, rows_where(rows[0], t_idle), strict=True):
            P.record(f, ln, s)
    for a, ln in zip(m.officials, rows_where(rows[-1], t_staff), strict=True):
        P.record(f, ln, a)
    j = m.justerare
    P.record_justerare(f, cell("Justerare", [f"{j.name} ({j.party})"])[0][0], m)
    cell("Justeringens tid", [f"Kommunkansliet, {C.fmt_date(m.adjusted, 'iso')}"])
    third = (right - col) / 3
    xs = [col + k * third for k in range(3)]
    signers = (("Sekreterare", m.secretary.person), ("Ordförande", m.chair.person), ("Justerare", j.person))
    dots = f.line("." * 26, x=xs[0], before=22, keep=2, cells=tuple((x, "." * 26, False) for x in xs[1:]))
    named = f.line(
        signers[0][1].name,
        x=xs[0],
        cells=tuple((x, p.name, False) for x, (_, p) in zip(xs[1:], signers[1:], strict=True)),
    )
    caps = f.line(
        signers[0][0],
        x=xs[0],
        size=9,
        cells=tuple((x, t, False) for x, (t, _) in zip(xs[1:], signers[1:], strict=True)),
    )
    margin_label(dots, "Underskrifter")
    cells.append((dots, caps))
    P.record_secretary(f, named, m)
    P.record_justerare(f, named, m)
    first, last = m.items[0].number, m.items[-1].number
    cell("Paragrafer", [f"§§ {first}–{last}"])
    P.anslag(f, m, col=175)
    h = House(
        intro="Sammanfattning",
        basis="Beslutsunderlag",
        basis_form="daterad",
        bullet="– ",
        proposal="Förslag till beslut",
        proposal_form="forvaltning",
        motions=0.35,
        decision="Beslut",
        form="lead_numbered",
        subject=m.organ,
        reservation=True,
        sent_to="Beslutet skickas till",
    )
    sec = Sections(f, size=9.5, upper=True)
    bars: list[Ln] = []
    at = 56.0
    for k, it in enumerate(m.items):
        dnr = f"Dnr {it.dnr}" if it.dnr else ""
        dx = x1 - text_width(dnr, f.style.reg, 11) if dnr else x1
        title = wrap(it.title, dx - at - 14, f.style.bold, 11)
        ln = f.line(
            f"§ {it.number}",
            bold=True,
            size=11,
            before=20,
            keep=len(title) + 1,
            new_page=k == 0,
            cells=((at, title[0], True), *(((dx, dnr, False),) if dnr else ())),
        )
        f.item(str(it.number), it.title, ln, it.dnr)
        bars.append(ln)
        for row in title[1:]:
            bars.append(f.line(row, x=at, bold=True, size=11))
        house_item(f, m, it, rng, h, sec)
    return Rendered(f, furniture_cells(m, cells, col, bars), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


def furniture_kf(m):
    """A small running line ("Kommunfullmäktige Kumla kommun – Protokoll 2025-03-04 … Sida 2/9")
    and at the foot three initials boxes ("Ordf.", "Just.", "Just.") and "Utdragsbestyrkande"."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.reg, 8)
        c.drawString(x0, H - 42, f"{m.organ} {m.org} – Protokoll {C.fmt_date(m.date, 'iso')}")
        c.drawRightString(x1, H - 42, f"Sida {page}/{total}")
        c.setLineWidth(0.4)
        c.line(x0, H - 47, x1, H - 47)
        c.setFont(st.reg, 6.5)
        for k, label in enumerate(("Ordf.", "Just.", "Just.")):
            x = x0 + k * 62
            c.drawString(x + 1, 59, label)
            c.rect(x, 36, 54, 20)
        c.drawString(x1 - 120 + 1, 59, "Utdragsbestyrkande")
        c.rect(x1 - 120, 36, 120, 20)

    return draw


@variant(
    "board",
    "m_letterhead_body",
    "running_header",
    "date_weekday",
    "m_other_dates",
    "r_table_header",
    "r_table_unruled",
    "r_side_by_side",
    "r_party",
    "r_role_after",
    "r_name_title_columns",
    "r_val_av_justerare",
    "r_sig_box",
    "h_ks_para",
    "h_own_line",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def ho_fullmaktige_party_blocks(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol whose "Närvarolista" is grouped BY PARTY: a table "Parti |
    Ledamöter | Ersättare" with the party's full name ("Socialdemokraterna") on the first row of
    its block, its members present one a line ("Name, ordförande", "Name, 1:e vice
    ordförande") and beside them its substitutes present, those serving marked "Name, tjg"
    (whom they replace is not said); the list runs over onto page two, a party's block at times
    broken by the page foot with no header repeated; "Övriga närvarande" names beside
    titles; TWO justerare ("A (S) och B (M)"), decided as "Kommunfullmäktige utser A (S) och B
    (M) att jämte ordföranden justera dagens protokoll"; signatures two by two; items "KF § 12"
    alone on a line, the title in larger type below and "Dnr KS 2024/123" under it;
    "Ärendebeskrivning", "Beslutsunderlag", "Kommunstyrelsens förslag" (not a decision),
    "Yrkanden" and "Propositionsordning", "Beslut" ("Kommunfullmäktige beslutar att …" or
    "Kommunfullmäktige beslutar" over att-rows), "Reservation"; "Sammanträde Måndagen den 4
    mars 2025"; initials boxes at the foot; Helvetica."""
    m = fullmaktige_meeting(rng)
    j = m.justerare
    voters = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    j2 = rng.choice([s for s in voters if s.role != "ordförande" and s is not j and s.party != j.party])
    f = Flow(Style("helvetica", size=9.5, left=64, right=54, top=72, bottom=82))
    f.line(m.org, bold=True, size=10)
    f.line("Kommunfullmäktige", bold=True, size=18, before=10)
    f.line("Protokoll", size=12, before=2)
    col = label_column(f, ("Justeringens plats och tid",))
    when = C.fmt_date(m.date, "weekday")
    f.line("Sammanträde", bold=True, before=12, cells=((col, f"{when[0].upper()}{when[1:]}, {m.time}", False),))
    f.line("Plats", bold=True, cells=((col, m.place, False),))
    f.line("Närvarolista", bold=True, size=12, before=14, keep=2)
    xs = [0.0, 122.0, 322.0]
    f.row(list(zip(xs, ["Parti", "Ledamöter", "Ersättare"], strict=True)), bold=True, size=9, before=4, keep=1)

    def member(s) -> str:
        if s.role == "ordförande":
            return f"{s.name}, ordförande"
        if s.role == "vice ordförande":
            return f"{s.name}, {s.rank + ' ' if s.rank else ''}vice ordförande"
        return s.name

    for party in PARTY_ORDER:
        mem = [s for s in m.seats if s.role != "ersättare" and s.party == party]
        subs = sorted([s for s in m.role("ersättare") if s.party == party], key=lambda s: s.replaces is None)
        n = max(len(mem), len(subs))
        for k in range(n):
            cells = []
            if k < len(mem):
                cells.append((xs[1], member(mem[k]), False))
            if k < len(subs):
                cells.append((xs[2], subs[k].name + (", tjg" if subs[k].replaces else ""), False))
            if k == 0:  # a block may break over the page foot (no header repeated)
                ln = f.line(PARTY_NAMES[party], bold=True, before=7, keep=min(n - 1, 2), cells=tuple(cells))
            else:
                (x0, t0, _), *rest = cells
                ln = f.line(t0, x=x0, cells=tuple(rest))
            for group in (mem, subs):
                if k < len(group):
                    P.record(f, ln, group[k])
    P.heading_line(f, "Övriga närvarande", before=14)
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (xs[1] + 42, a.title)]), a)
    ln = f.line(
        "Justerare", bold=True, before=12, cells=((col, f"{j.name} ({j.party}) och {j2.name} ({j2.party})", False),)
    )
    P.record_justerare(f, ln, m)
    f.person(ln, j2.name, "justerare", j2.org)
    f.line(
        "Justeringens plats och tid",
        bold=True,
        before=3,
        cells=((col, f"Kommunkansliet {C.fmt_date(m.adjusted, 'iso')}", False),),
    )
    first, last = m.items[0].number, m.items[-1].number
    f.line("Paragrafer", bold=True, before=3, cells=((col, f"KF §§ {first}–{last}", False),))
    half = f.style.width / 2
    f.line("Underskrifter", bold=True, before=14, keep=7)
    pairs = ((("Ordförande", m.chair), ("Sekreterare", m.secretary)), (("Justerare", j), ("Justerare", j2)))
    for k, ((l1, p1), (l2, p2)) in enumerate(pairs):
        f.row([(0, "." * 40), (half, "." * 40)], before=20, keep=2)
        names = f.row([(0, p1.name), (half, p2.name)], keep=1)
        f.row([(0, l1), (half, l2)], size=8.5)
        if k == 0:
            P.record_secretary(f, names, m)
        else:
            P.record_justerare(f, names, m)
            f.person(names, j2.name, "justerare", j2.org)
    for k, it in enumerate(m.items):
        topic = it.kind == "topic"
        ln = f.line(f"KF § {it.number}", bold=True, size=10, before=20, keep=2, new_page=k == 0)
        f.item(str(it.number), it.title, ln, it.dnr if topic else None)
        f.para(it.title, bold=True, size=12.5, before=2)
        if topic and it.dnr:
            f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        if it.kind == "justerare":
            P.heading_line(f, "Beslut")
            sentence = (
                f"Kommunfullmäktige utser {j.name} ({j.party}) och {j2.name} ({j2.party}) att jämte "
                "ordföranden justera dagens protokoll."
            )
            rows = f.para(glue_names(sentence, [j.name, j2.name]), before=3)
            f.decision(sentence)
            a, b = rows_where(rows, [j.name, j2.name])
            P.record_justerare(f, a, m)
            f.person(b, j2.name, "justerare", j2.org)
            continue
        acts = acts_of(m, it)
        if topic:
            if it.text:
                P.heading_line(f, "Ärendebeskrivning")
                f.para(" ".join(it.text))
            P.heading_line(f, "Beslutsunderlag")
            ks = m.date - dt.timedelta(days=rng.randint(14, 30))
            docs = [f"Kommunstyrelsens protokoll {ks.isoformat()}, § {rng.randint(20, 200)}"]
            docs += [f"{b} ({(ks - dt.timedelta(days=9 + n)).isoformat()})" for n, b in enumerate(it.basis)]
            for d in docs:
                f.para(f"– {d}", hang=8, before=1)
            if acts:
                P.heading_line(f, "Kommunstyrelsens förslag")
                f.para("Kommunstyrelsen föreslår kommunfullmäktige besluta att " + " samt att ".join(acts) + ".")
        res = None
        if topic and acts and rng.random() < 0.4:
            yrk, gang, res = motions(m, it, rng, "kommunstyrelsens förslag")
            P.heading_line(f, "Yrkanden")
            for t in yrk:
                f.para(t, before=2)
            P.heading_line(f, "Propositionsordning")
            for t in gang:
                f.para(t, before=2)
        paras, decisions = house_decision(m, it, rng, "att_rows", subject="Kommunfullmäktige")
        if paras:
            P.heading_line(f, "Beslut")
            for n, (text, hang) in enumerate(paras):
                f.para(text, hang=hang, before=3 if n == 0 else 1)
            for d in decisions:
                f.decision(d)
        if res:
            P.heading_line(f, "Reservation")
            f.para(res)
        if topic and acts:
            P.heading_line(f, "Beslutet skickas till")
            f.para(", ".join(rng.sample(("Kommunstyrelsen", "Ekonomienheten", "Kanslienheten", "Akten"), 2)), before=1)
    return Rendered(f, furniture_kf(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


NOTED = {
    "Förberedelse inför rådets nästa möte": "Noterades att handlingarna till rådet skickas ut en vecka före mötet.",
    "Uppföljning av gemensamma medel": "Noterades att utfallet redovisas för rådet vid nästa möte.",
    "Länsnätverkens uppdrag": "Noterades att två av nätverken saknar en utsedd sammankallande.",
    "Rapport från länsdelarna": "Noterades att länsdelarnas rapporter samlas i gruppens gemensamma dokument.",
    "Verksamhetsplan": "Noterades att kommunerna lämnar sina synpunkter på utkastet inom tre veckor.",
    "Remissvar om hemsjukvård": "Noterades att två kommuner ännu inte har lämnat något remissvar.",
    "Gemensam utbildningsinsats": "Noterades att anmälan till utbildningen görs via regionens webbplats.",
    "Indikatorer för uppföljning": "Noterades att statistiken för förra året publiceras i maj.",
}


def weekday_short(day: dt.date) -> str:
    """ "tisdag" (the weekday without "-en")."""
    return C.WEEKDAYS[day.weekday()][:-2]


def run_in(f: Flow, head: str, body: str, *, hang: float, before: float):
    """A bold run-in heading and its paragraph starting on the same line, the rows below it
    indented by ``hang``; the heading's line is returned before its text is placed on it, so the
    caller can open the item first (amounts on the line then belong to it)."""
    size = f.style.size
    at = text_width(head, f.style.bold, size) + 5
    ln = f.line(head, bold=True, before=before, keep=1)
    if not body:
        ln.keep = 0
        return ln, None
    rows = wrap(glued(body), f.style.width - at, f.style.reg, size)
    rest = " ".join(rows[1:])

    def place() -> list[Ln]:
        ln.cells = ((at, f._record(rows[0].replace(GLUE, " "), ln), False),)
        return f.para(rest, x=hang, before=0) if rest else []

    return ln, place


@variant(
    "minutes",
    "h_dot",
    "r_running_semicolon",
    "r_och",
    "r_role_paren",
    "r_guests",
    "r_absent",
    "r_antecknare",
    "d_sentences",
    "date_weekday",
)
def ho_minutes_runin_groups(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a network meeting ("Nätverksträff") of a group: "Datum tisdag 4
    mars 2025", "Tid", "Plats"; "Deltagare:" one paragraph of organisations, each with its
    people before it ("Agnes Hedin och Bo Ek, Kumla kommun; Eva Ny, Nora kommun; …; Olle Tell
    (ordförande) och Siv Ås, Region Örebro län."); "Från regionens kansli: Name (title) och …",
    "Gäst under punkt 5: Name, title, Organisation.", "Förhinder: Name (Laxå kommun) och …" (not
    participants), "Antecknare:"; numbered points with RUN-IN headings: "3. Verksamhetsplan."
    in bold, the text following on the same line and the rows below indented; decisions as
    sentences "Gruppen enades om att …" and "Noterades att …" (or "Dagordningen godkändes."),
    ending the paragraph or standing apart under it, now and then an "Ansvarig: Name" line (not
    a decision); the page footer names the group; Vera."""
    cast = Cast(rng)
    m = minutes_meeting(
        rng,
        cast,
        members=rng.randint(8, 10),
        officials=rng.randint(1, 2),
        guests=rng.randint(0, 1),
        absent=rng.randint(1, 2),
    )
    present = sorted({s.org for s in m.seats if s.org in C.MUNICIPALITIES})
    for org in rng.sample(present, rng.randint(1, 2)):  # some send two
        m.seats.append(Seat(cast.person(), "ledamot", org))
    f = Flow(Style("vera", size=9.5, left=72, right=64, top=64, bottom=70))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line(GROUP_ALIASES.get(m.organ, m.organ), bold=True, size=11, before=4)
    f.line("Nätverksträff för kommunernas och regionens kontaktpersoner", size=9, before=2)
    for k, (label, value) in enumerate(
        (
            ("Datum", f"{weekday_short(m.date)} {C.fmt_date(m.date, 'long')}"),
            ("Tid", m.time.replace("kl. ", "")),
            ("Plats", m.place),
        )
    ):
        f.line(label, bold=True, before=12 if k == 0 else 0, cells=((50, value, False),))
    order = [*C.MUNICIPALITIES, C.REGION]
    by_org = [
        (org, sorted([s for s in m.seats if s.org == org], key=lambda s: s.role != "ordförande")) for org in order
    ]
    by_org = [(org, seats) for org, seats in by_org if seats]
    entries, seats = [], []
    groups = []
    for org, here in by_org:
        texts = [s.name + (" (ordförande)" if s.role == "ordförande" else "") for s in here]
        entries += texts
        seats += here
        groups.append(f"{joined(texts)}, {org}")
    names = [s.name for s in m.seats]
    rows = f.para(glue_names("Deltagare: " + "; ".join(groups) + ".", names), before=12)
    for s, ln in zip(seats, rows_where(rows, entries), strict=True):
        f.person(ln, s.name, s.role, s.org)
    staff = [f"{a.name} ({a.title})" for a in m.officials]
    rows = f.para(glue_names("Från regionens kansli: " + joined(staff) + ".", [a.name for a in m.officials]), before=4)
    for a, ln in zip(m.officials, rows_where(rows, staff), strict=True):
        P.record(f, ln, a)
    topics = [it.number for it in m.items if it.kind == "topic"]
    for a in m.guests:
        P.record(f, f.para(f"Gäst under punkt {rng.choice(topics)}: {a.name}, {a.title}, {a.org}.", before=4)[0], a)
    f.para("Förhinder: " + joined([f"{s.name} ({s.org})" for s in m.absent]) + ".", before=4)
    P.record_secretary(f, f.para(f"Antecknare: {m.secretary.name}", before=4)[0], m)
    people = [s for s in m.seats if s.role != "ordförande"]
    for k, it in enumerate(m.items):
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        acts = acts_of(m, it)
        if it.kind == "topic":
            noted = [NOTED[it.title]] if it.title in NOTED and (not acts or rng.random() < 0.5) else []
            decisions = noted + [f"Gruppen enades om att {a}." for a in acts]
        else:
            decisions = [it.passive] if it.passive else []
        inside = not texts or rng.random() < 0.5
        body = " ".join(texts + (decisions if inside else []))
        ln, place = run_in(f, f"{it.number}. {it.title}.", body, hang=16, before=14 if k else 18)
        f.item(str(it.number), it.title, ln)
        if place:
            place()
        if not inside:
            for d in decisions:
                f.para(d, x=16, before=3)
        for d in decisions:
            f.decision(d)
        if it.kind == "topic" and acts and rng.random() < 0.5:
            f.line(f"Ansvarig: {rng.choice(people).name}", x=16, size=8.5, before=3)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 7)
        c.setLineWidth(0.4)
        c.line(st.left, 50, W - st.right, 50)
        c.drawString(st.left, 40, f"Minnesanteckningar {C.fmt_date(m.date, 'iso')} • {m.organ}")
        c.drawRightString(W - st.right, 40, f"Sida {page} ({total})")

    return Rendered(f, furniture, m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


FI_VICE = {"1:e": "vice ordförande", "2:e": "II vice ordförande"}


def furniture_finland(m, number: int):
    """The municipality, "PROTOKOLL", "Nr 3/2025" and "Sida 2/7" over the body, the date
    (4.3.2025) and the §§ on the page; "forts. § 47" above the text where an item runs on from
    the page before; "Justerandes signatur" with two lines and "Utdragets riktighet
    bestyrkes" at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 10.5)
        c.drawString(x0, H - 38, m.org.upper())
        c.drawString(x0 + 250, H - 38, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawString(x0 + 330, H - 38, f"Nr {number}/{m.date.year}")
        c.drawRightString(x1, H - 38, f"Sida {page}/{total}")
        c.drawString(x0, H - 51, m.organ)
        c.drawString(x0 + 250, H - 51, C.fmt_date(m.date, "dotted"))
        nums: list[str] = []
        for ln in lines:
            if ln.item and ln.item not in nums:
                nums.append(ln.item)
        if nums:
            c.drawRightString(x1, H - 51, f"§ {nums[0]}" if len(nums) == 1 else f"§§ {nums[0]}–{nums[-1]}")
        c.setLineWidth(0.5)
        c.line(x0, H - 57, x1, H - 57)
        starts = {i.number: i.ln.page for i in flow.items}
        if lines and lines[0].item and starts[lines[0].item] < page:
            c.setFont(st.bold, 8.5)
            c.drawString(x0, H - 71, f"forts. § {lines[0].item}")
        c.setFont(st.reg, 7.5)
        c.line(x0, 54, x1, 54)
        c.drawString(x0, 42, "Justerandes signatur")
        c.line(x0 + 80, 42, x0 + 170, 42)
        c.line(x0 + 180, 42, x0 + 270, 42)
        c.drawRightString(x1, 42, "Utdragets riktighet bestyrkes")

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_dotted",
    "m_other_dates",
    "r_family_first",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "r_ovriga_narvarande",
    "r_name_title_columns",
    "r_val_av_justerare",
    "r_sig_box",
    "h_para",
    "page_break_item",
    "d_sentences",
    "d_proposal_kf",
    "d_not_proposal",
)
def ho_board_finland(rng: random.Random) -> Rendered:
    """A nämnd protocol in the Finland-Swedish manner: page one a label column ("Tid" with
    "tisdag 4.3.2025 kl. …", "Plats", "Närvarande", "Frånvarande", "Övriga närvarande" wrapping
    in its column, "Paragrafer", "Underskrifter", "Protokolljustering", "Protokollet framlagt
    till påseende"), names "Efternamn Förnamn" WITHOUT a comma in one column and the function
    in the next ("ordförande", "vice ordförande", "II vice ordförande", "medlem", "ersättare för
    Efternamn Förnamn"; officials "socialchef, föredragande", the secretary "…,
    protokollförare"), no parties; the replaced and the absent under "Frånvarande" (not
    participants); two protocol justerare; the standard first items "Sammanträdets laglighet och
    beslutförhet", "Val av protokolljusterare", "Godkännande av föredragningslistan"; items "§
    47" with the title in CAPITALS beside and "Dnr" below, the text in an indented column:
    "Beredare:", "Bilaga 1: …", "Föredragandens förslag:" (present tense, not a decision), a
    discussion with a vote (not a decision), "Beslut:" ("Förslaget godkändes." or "Socialnämnden
    beslutade att …"), "Delges:" and an appeal note; items run on over pages under "forts. §
    47", the running header giving the §§ on each page; Helvetica."""
    cast = Cast(rng)
    m = board_meeting(
        rng,
        cast,
        board=rng.choice((0, 1, 2, 3, 5)),
        members=rng.randint(9, 11),
        serving=rng.randint(1, 2),
        substitutes=0,
        officials=rng.randint(2, 3),
        spans=False,
        absent_listed=rng.randint(0, 1),
    )
    first = m.items[0].number
    m.items = [
        Item(first, "Sammanträdets laglighet och beslutförhet", kind="open"),
        Item(first + 1, "Val av protokolljusterare", kind="justerare"),
        Item(first + 2, "Godkännande av föredragningslistan", kind="open"),
        *renumbered(m.items, first + 3),
    ]
    j = m.justerare
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    j2 = rng.choice([s for s in voting if s.role != "ordförande" and s is not j])

    def fam(p) -> str:
        return f"{p.family} {p.given}"

    f = Flow(Style("helvetica", size=9.5, left=62, right=50, top=84, bottom=76))
    col, col2 = 100.0, 250.0
    beside(f, "Tid", f"{weekday_short(m.date)} {C.fmt_date(m.date, 'dotted')} {m.time}", col=col, before=6)
    beside(f, "Plats", m.place, col=col, before=3)
    chairs = [s for s in voting if s.role in ("ordförande", "vice ordförande")]
    members = sorted([s for s in voting if s.role == "ledamot"], key=lambda s: s.person.family)
    serving = [s for s in voting if s.replaces]

    def function(s) -> str:
        if s.role == "ordförande":
            return "ordförande"
        if s.role == "vice ordförande":
            return FI_VICE.get(s.rank, "vice ordförande")
        if s.replaces:
            return f"ersättare för {fam(s.replaces)}"
        return "medlem"

    for k, s in enumerate([*chairs, *members, *serving]):
        ln = f.line(
            "Närvarande" if k == 0 else "",
            bold=True,
            before=12 if k == 0 else 0,
            cells=((col, fam(s.person), False), (col2, function(s), False)),
        )
        P.record(f, ln, s)
    for k, p in enumerate([s.replaces for s in serving] + [s.person for s in m.absent]):
        f.line("Frånvarande" if k == 0 else "", bold=True, before=10 if k == 0 else 0, cells=((col, fam(p), False),))
    staff = m.officials
    speaker = staff[0]
    label = ["Övriga", "närvarande"]
    for k, a in enumerate(staff):
        role = a.title + (", föredragande" if a is speaker else "") + (", protokollförare" if a is m.secretary else "")
        ln = f.line(
            label[k] if k < len(label) else "",
            bold=True,
            before=10 if k == 0 else 0,
            cells=((col, fam(a.person), False), (col2, role, False)),
        )
        P.record(f, ln, a)
        if a is m.secretary:
            P.record_secretary(f, ln, m)
    last = m.items[-1].number
    f.line("Paragrafer", bold=True, before=10, cells=((col, f"{first}–{last}", False),))
    half = col + 185
    f.line("Underskrifter", bold=True, before=14, keep=3)
    f.row([(col, "." * 40), (half, "." * 40)], before=16, keep=2)
    names = f.row([(col, m.chair.name), (half, m.secretary.name)], keep=1)
    f.row([(col, "ordförande"), (half, "protokollförare")])
    P.record_secretary(f, names, m)
    f.line("Protokolljustering", bold=True, before=14, keep=3)
    f.line(f"{C.SHORT[m.org]} {C.fmt_date(m.adjusted, 'dotted')}", x=col, keep=2)
    f.row([(col, "." * 40), (half, "." * 40)], before=16, keep=1)
    names = f.row([(col, j.name), (half, j2.name)])
    P.record_justerare(f, names, m)
    f.person(names, j2.name, "justerare", j2.org)
    f.line("Protokollet framlagt till påseende", bold=True, before=14, keep=1)
    f.line(f"Kommunens webbplats {C.fmt_date(m.posted[0], 'dotted')}", x=col)
    x = 62.0
    topics = [it for it in m.items if it.kind == "topic" and len(it.text) > 1]
    broken = max(topics, key=lambda it: len(" ".join(it.text))) if topics else None

    def label_line(text: str) -> None:
        f.line(text, x=x, bold=True, before=7, keep=1)

    for k, it in enumerate(m.items):
        title = it.title.upper()
        rows = wrap(title, f.style.width - x, f.style.bold, 10)
        ln = f.line(
            f"§ {it.number}",
            bold=True,
            size=10,
            before=20,
            keep=len(rows) + 1,
            new_page=k == 0,
            cells=((x, rows[0], True),),
        )
        f.item(str(it.number), title, ln, it.dnr)
        for r in rows[1:]:
            f.line(r, x=x, bold=True, size=10)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=x, size=8.5, before=1)
        if it.kind != "topic":
            if it.kind == "justerare":
                text, decision = (
                    f"Till protokolljusterare väljs {j.name} och {j2.name}.",
                    f"Till protokolljusterare valdes {j.name} och {j2.name}.",
                )
            elif it.number == first:
                f.para(
                    "Sammanträdet är lagligen sammankallat och beslutfört när över hälften av medlemmarna är "
                    "närvarande.",
                    x=x,
                    before=6,
                )
                text, decision = (
                    "Sammanträdet konstateras lagligen sammankallat och beslutfört.",
                    "Sammanträdet konstaterades lagligen sammankallat och beslutfört.",
                )
            else:
                text, decision = ("Föredragningslistan godkänns.", "Föredragningslistan godkändes.")
            label_line("Ordförandens förslag:")
            f.para(text, x=x, before=2)
            label_line("Beslut:")
            rows = f.para(glue_names(decision, [j.name, j2.name]), x=x, before=2)
            f.decision(decision)
            if it.kind == "justerare":
                a, b = rows_where(rows, [j.name, j2.name])
                P.record_justerare(f, a, m)
                f.person(b, j2.name, "justerare", j2.org)
            continue
        preparer = rng.choice(staff[:-1])
        f.para(f"Beredare: {preparer.title} {preparer.name}", x=x, size=8.5, before=6)
        if it.text:
            f.para(" ".join(it.text), x=x, before=6, break_after=1 if it is broken else None)
        for n, b in enumerate(it.basis, 1):
            f.para(f"Bilaga {n}: {b}", x=x, before=6 if n == 1 else 1)
        acts = acts_of(m, it)
        label_line("Föredragandens förslag:")
        for a in acts:
            f.para(present_sentence(m.organ, it, a), x=x, before=2)
        vote = rng.random() < 0.3
        if vote:
            a, b = rng.sample([s for s in voting if s.role != "ordförande"], 2)
            yes = rng.randint(len(voting) // 2 + 1, len(voting) - 1)
            f.para(
                f"Under diskussionen föreslog {a.name}, understödd av {b.name}, att ärendet återremitteras. "
                "Ordföranden konstaterade att det fanns ett understött motförslag och att omröstning skulle "
                f"förrättas. Föredragandens förslag vann med {yes} röster mot {len(voting) - yes}.",
                x=x,
                before=6,
            )
        label_line("Beslut:")
        if vote or rng.random() < 0.5:
            decisions = ["Förslaget godkändes."]
        elif it.proposal:
            decisions = [f"{m.organ} föreslår kommunfullmäktige att {a}." for a in acts]
        else:
            decisions = [f"{m.organ} beslutade att {a}." for a in acts]
        for d in decisions:
            f.para(d, x=x, before=2)
            f.decision(d)
        f.para(f"Delges: {'Kommunfullmäktige' if it.proposal else 'Förvaltningen'}", x=x, size=8.5, before=6)
        f.para("Anvisning om rättelseyrkande bifogas.", x=x, size=8.5, before=1)
    return Rendered(f, furniture_finland(m, rng.randint(2, 9)), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- four more: AU, styrgrupp, Finland, outline
def cell_lines(
    f: Flow, paras: list[tuple[str, bool]], width: float, size: float, bullet: str = "• "
) -> list[tuple[float, str, bool]]:
    """Paragraphs (text, bold) wrapped inside a table cell of ``width``: the printed rows as
    (indent, text, bold); a paragraph starting with ``bullet`` hangs under its text."""
    out = []
    for text, bold in paras:
        font = f.style.bold if bold else f.style.reg
        hang = text_width(bullet, font, size) if text.startswith(bullet) else 0.0
        for k, r in enumerate(wrap(glued(text), width, font, size, hang)):
            out.append((hang if k else 0.0, r.replace(GLUE, " "), bold))
    return out


def furniture_au(m):
    """Page one's page label alone; from page two a running line (the municipality and the body,
    "Protokoll 2025-03-04 • Sida 2 av 5"); "Justerandes signatur" and "Utdragsbestyrkande" boxes."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.reg, 8.5)
        if page > 1:
            c.drawString(x0, H - 40, f"{m.org} • {m.organ}")
            c.drawRightString(x1, H - 40, f"Protokoll {C.fmt_date(m.date, 'iso')} • Sida {page} av {total}")
            c.setLineWidth(0.4)
            c.line(x0, H - 46, x1, H - 46)
        else:
            c.drawRightString(x1, H - 40, f"Sida 1 av {total}")
        c.setFont(st.reg, 7)
        c.setLineWidth(0.5)
        c.drawString(x0, 40, "Justerandes signatur")
        c.rect(x0 + 74, 33, 110, 18)
        c.drawString(x0 + 250, 40, "Utdragsbestyrkande")
        c.rect(x0 + 322, 33, 110, 18)

    return draw


@variant(
    "board",
    "m_letterhead_body",
    "running_header",
    "date_iso",
    "m_other_dates",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_role_paren",
    "r_span",
    "r_ej_tjg",
    "r_running_comma",
    "r_och",
    "r_ovriga_narvarande",
    "r_name_title_columns",
    "r_utses_justera",
    "r_sig_box",
    "r_val_av_justerare",
    "h_ks_para",
    "d_organ_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_reservation",
)
def ho_au_presence_spans(rng: random.Random) -> Rendered:
    """A kommunstyrelsens arbetsutskott protocol: the municipality with "PROTOKOLL" at the right
    over the body and "Sammanträdesdatum 2025-03-04"; the roster as one ruled table "Ledamot |
    Parti | Närvarande §§ | Tjänstgörande ersättare | §§", a row per seat: the member present
    for all §§ ("12–18"), or for some of them with the substitute who took over for the rest
    beside ("12–14" | "Name (S)" | "15–18": both are participants), or away ("–") with the
    substitute serving throughout (the member is no participant); chair and vice chairs
    "(ordf)", "(vice ordf)"; "Närvarande ersättare (ej tjänstgörande):" in a comma list with
    "och"; "Övriga närvarande" as name | title | §§ columns; "Utses att justera", "Justeringens
    plats och tid", "Paragrafer AU §§ 12–18" and a three-column signature box; items "AU § 12"
    with the title beside and "Dnr KS 2024/123" at the right; "Ärendebeskrivning",
    "Beslutsunderlag", "Förslag till beslut" (the administration's: not a decision) and
    "Arbetsutskottets beslut": "Arbetsutskottet föreslår kommunstyrelsen besluta att …" (kept as
    the item's decision, as in the dev set's AU protocols) or "Arbetsutskottet beslutar att …",
    several acts as the lead over "1. att …" rows; a "Jäv" or "Protokollsanteckning" after some;
    a running line from page two; Vera."""
    cast = Cast(rng)
    m = board_meeting(
        rng,
        cast,
        board=0,
        members=rng.randint(5, 7),
        serving=1,
        substitutes=rng.randint(2, 3),
        officials=rng.randint(2, 3),
        spans=False,
        standard_items=rng.random() < 0.6,
    )
    items = [replace(it, proposal=it.kind == "topic" and (it.proposal or rng.random() < 0.4)) for it in m.items]
    m = replace(
        m,
        organ="Kommunstyrelsens arbetsutskott",
        body=f"Kommunstyrelsens arbetsutskott {m.org}",
        subject="Arbetsutskottet",
        genitive="Arbetsutskottets",
        items=items,
    )
    first, last = m.items[0].number, m.items[-1].number
    # one member leaves during the meeting and a substitute of the same party takes over
    idle = [s for s in m.role("ersättare") if not s.replaces]
    members = [s for s in m.seats if s.role == "ledamot" and s.person != m.justerare.person]
    leaver, taker = None, None
    if idle and members and last - first >= 3 and rng.random() < 0.75:
        leaver = rng.choice(members)
        left_after = rng.randint(first + 1, last - 1)
        sub = idle.pop(rng.randrange(len(idle)))
        taker = Seat(
            sub.person,
            "ersättare",
            sub.org,
            leaver.party,
            replaces=leaver.person,
            replaces_party=leaver.party,
            span=f"{left_after + 1}–{last}",
        )
        m.seats[m.seats.index(sub)] = taker
        leaver = replace(leaver, span=f"{first}–{left_after}")
        m.seats[m.seats.index(next(s for s in m.seats if s.person == leaver.person))] = leaver
    f = Flow(Style("vera", size=9.5, left=74, right=56, top=76, bottom=74))
    x1 = f.style.width
    f.row([(0, m.org), (x1 - text_width("PROTOKOLL", f.style.bold, 12), "PROTOKOLL")], bold=True, size=12)
    f.line(m.organ, bold=True, size=14, before=12)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'iso')}", before=3)
    col = label_column(f, ("Justeringens plats och tid",))
    f.line("Plats och tid", bold=True, before=12, cells=((col, f"{m.place}, {m.time}", False),))
    full = f"{first}–{last}"
    marks = {"ordförande": " (ordf)"}
    vices = m.role("vice ordförande")
    rows = []  # (cells, who to record on the row)
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            continue
        if s is taker:
            continue
        if s.replaces and s is not taker:  # away all day: the member's row, the substitute beside
            rows.append(([s.replaces.name, s.replaces_party, "–", f"{s.name} ({s.party})", full], [s]))
            continue
        mark = marks.get(s.role, "")
        if s.role == "vice ordförande":
            mark = f" ({s.rank} vice ordf)" if len(vices) > 1 else " (vice ordf)"
        if leaver is not None and s.person == leaver.person:
            rows.append(([s.name + mark, s.party, s.span, f"{taker.name} ({taker.party})", taker.span], [s, taker]))
        else:
            rows.append(([s.name + mark, s.party, full, "", ""], [s]))
    head = rows[: 1 + len(vices)]
    rest = rows[1 + len(vices) :]
    rng.shuffle(rest)
    xs = [0.0, 128.0, 158.0, 238.0, 410.0]
    f.line("Beslutande", bold=True, before=12, keep=2)
    size = 8.5
    f.row(
        list(zip(xs, ["Ledamot", "Parti", "Närvarande §§", "Tjänstgörande ersättare", "§§"], strict=True)),
        bold=True,
        size=size,
        before=2,
        rule=(-4, x1, tuple(x - 4 for x in xs[1:])),
        keep=1,
    )
    for cells, whos in head + rest:
        lns = wrapped_row(f, list(zip(xs, cells, strict=True)), size=size, ruled=True, hang=6)
        for who in whos:
            P.record(f, lns[0], who)
    idle = [s for s in m.role("ersättare") if not s.replaces]
    P.roster_running(
        f,
        "Närvarande ersättare (ej tjänstgörande):",
        idle,
        lambda s: f"{s.name} ({s.party})",
        sep=", ",
        last=" och ",
        end=".",
        before=8,
    )
    P.heading_line(f, "Övriga närvarande", before=10)
    for a in m.officials:
        if a is m.secretary or rng.random() < 0.5:
            span = f"§§ {full}"
        else:
            at = rng.randint(first, last - 1)
            span = f"§ {at}" if rng.random() < 0.5 else f"§§ {at}–{at + 1}"
        P.record(f, f.row([(0, a.name), (150, a.title), (330, span)]), a)
    j = m.justerare
    P.record_justerare(
        f, f.line("Utses att justera", bold=True, before=12, cells=((col, f"{j.name} ({j.party})", False),)), m
    )
    f.line(
        "Justeringens plats och tid",
        bold=True,
        before=3,
        cells=((col, f"Kommunkansliet, {C.fmt_date(m.adjusted, 'iso')}", False),),
    )
    f.line("Paragrafer", bold=True, before=3, cells=((col, f"AU §§ {full}", False),))
    P.signature_box(f, m, columns=3, labels=("Sekreterare", "Ordförande", "Justerare"), before=16)
    dnr_x = x1 - 96
    at = text_width(f"AU § {last}", f.style.bold, 11) + 14
    for k, it in enumerate(m.items):
        topic = it.kind == "topic"
        title = wrap(it.title, (dnr_x if topic else x1) - at - 10, f.style.bold, 11)
        right = ((dnr_x, f"Dnr {it.dnr}", False),) if topic and it.dnr else ()
        ln = f.line(
            f"AU § {it.number}",
            bold=True,
            size=11,
            before=18,
            keep=len(title) + 1,
            new_page=k == 0,
            cells=((at, title[0], True), *right),
        )
        f.item(str(it.number), it.title, ln, it.dnr if topic else None)
        for row in title[1:]:
            f.line(row, x=at, bold=True, size=11)
        if it.kind == "justerare":
            P.heading_line(f, "Arbetsutskottets beslut")
            sentence = P.justerare_sentence(m, rng)
            rows = f.para(glue_names(sentence, [j.name]), before=3)
            f.decision(sentence)
            P.record_justerare(f, rows_where(rows, [j.name])[0], m)
            continue
        acts = acts_of(m, it)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            P.heading_line(f, "Ärendebeskrivning")
            f.para(" ".join(texts))
        if topic and it.basis:
            P.heading_line(f, "Beslutsunderlag")
            for n, b in enumerate(it.basis):
                day = m.date - dt.timedelta(days=9 + (it.number + 4 * n) % 12)
                f.para(f"– {b}, {day.isoformat()}", hang=8, before=1)
        if not acts:
            continue
        lead = f"{m.subject} {'föreslår kommunstyrelsen besluta' if it.proposal else 'beslutar'}"
        if topic:
            P.heading_line(f, "Förslag till beslut")
            verb = "föreslår kommunstyrelsen besluta" if it.proposal else "beslutar"
            f.para(f"Kommunledningsförvaltningen föreslår att arbetsutskottet {verb} att {acts[0]}.")
        P.heading_line(f, "Arbetsutskottets beslut")
        if len(acts) == 1:
            sentence = f"{lead} att {acts[0]}."
            f.para(sentence, before=3)
            f.decision(sentence)
        else:
            f.para(lead, before=3)
            for n, act in enumerate(acts):
                f.para(f"{n + 1}. att {act}{'.' if n == len(acts) - 1 else ','}", x=10, hang=14, before=1)
                f.decision(f"{lead} att {act}")
        remark(f, m, it, rng, share=0.3, kinds=("Jäv", "Protokollsanteckning"))
        if topic:
            f.para(
                f"Beslutet skickas till: {'Kommunstyrelsen' if it.proposal else 'Kommunledningsförvaltningen'}",
                size=8.5,
                before=8,
            )
    return Rendered(f, furniture_au(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "minutes",
    "r_one_per_line",
    "r_role_paren",
    "r_inbjudna",
    "r_absent",
    "r_antecknare",
    "r_ovriga_narvarande",
    "h_bare",
    "d_inline",
    "date_iso",
)
def ho_minutes_action_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar of Styrgrupp barn och unga ("möte 3/2025"): the meeting's whole content
    is a table "Punkt | Ärende | Beslut/åtgärd | Ansvarig" (a review of the action list among its
    first points) with horizontal rules only (no
    verticals), its header row repeated on every page it runs onto; the "Ärende" cell holds the
    bold title (which may wrap) and the notes under it as "• " points in regular type; the "Beslut/åtgärd" cell
    lines "Beslut: …" (each a decision, without the label) and "Åtgärd: …" (not one), or "–";
    "Ansvarig" a participant's name or "Alla" (no new participant); the header says "Deltagare:
    se sist" and the participants come AFTER the table: "Deltagare" one "Name – title,
    Organisation" a line (the chair "(ordförande)"), "Processtöd från Region Örebro län:" (the
    region's officials, the note-taker among them), "Inbjudna:" with the point they came for,
    "Förhinder:" (not participants), "Antecknare:"; "Tisdag 2025-03-04, kl. …  •  place" the only
    date; Helvetica."""
    cast = Cast(rng)
    m = minutes_meeting(
        rng,
        cast,
        group="Styrgrupp barn och unga",
        members=rng.randint(7, 9),
        officials=rng.randint(1, 2),
        guests=rng.randint(0, 2),
        absent=rng.randint(1, 2),
    )
    titles = m.extra["titles"]
    done = rng.randint(2, 5)
    review = Item(
        0,
        "Genomgång av åtgärdslistan",
        (
            "Åtgärdslistan från föregående möte gicks igenom.",
            f"{done} av {done + rng.randint(1, 3)} åtgärder är genomförda; övriga förs över till nästa möte.",
        ),
        passive="Åtgärdslistan lades till handlingarna.",
        kind="open",
    )
    at = sum(it.kind == "open" for it in m.items)
    m.items = renumber([*m.items[:at], review, *m.items[at:]])
    f = Flow(Style("helvetica", size=10, left=62, right=56, top=74, bottom=66, leading=1.35))
    x1 = f.style.width
    f.line(C.REGION, size=8.5)
    f.line("Minnesanteckningar", bold=True, size=16, before=14)
    f.line(f"{m.organ} – möte {rng.randint(2, 6)}/{m.date.year}", bold=True, size=11.5, before=4)
    when = f"{weekday_short(m.date).capitalize()} {C.fmt_date(m.date, 'iso')}, {m.time}"
    f.line(f"{when}  •  {m.place}", before=6)
    f.line("Deltagare: se sist i minnesanteckningarna.", size=8.5, before=2)
    size = 9.5
    xs = [0.0, 36.0, 200.0, 375.0]
    ends = [*xs[1:], x1]
    blocks: list[list[Ln]] = []
    header = f.row(
        list(zip(xs, ["Punkt", "Ärende", "Beslut/åtgärd", "Ansvarig"], strict=True)),
        bold=True,
        size=size,
        before=14,
        keep=1,
    )
    blocks.append([header])
    owners = [*m.seats, *m.officials]
    for it in m.items:
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        sentences = P.decision_sentences(m, it, Decisions(form="past"), rng)
        acted = it.kind == "topic" and rng.random() < 0.65
        right = [(f"Beslut: {s}", False) for s in sentences]
        if acted:
            right.append((f"Åtgärd: {rng.choice(ACTIONS)}", False))
        owner = (rng.choice(owners).name if rng.random() < 0.8 else "Alla") if acted else ""
        cols = [
            cell_lines(f, paras, end - x - 8, size)
            for paras, x, end in zip(
                [
                    [(str(it.number), False)],
                    [(it.title, True), *((f"• {t}", False) for t in texts)],
                    right or [("–", False)],
                    [(owner, False)] if owner else [],
                ],
                xs,
                ends,
                strict=True,
            )
        ]
        n = max(len(c) for c in cols)
        ln = f.line(cols[0][0][1], size=size, before=8, keep=n - 1)
        f.item(str(it.number), it.title, ln, it.dnr)
        ln.cells = tuple(
            (x + c[0][0], f._record(c[0][1], ln), c[0][2]) for x, c in zip(xs[1:], cols[1:], strict=True) if c
        )
        block = [ln]
        for j in range(1, n):
            here = [(x + c[j][0], c[j][1], c[j][2]) for x, c in zip(xs, cols, strict=True) if j < len(c)]
            (x0, t0, b0), *rest = here
            block.append(f.line(t0, x=x0, bold=b0, size=size, cells=tuple(rest)))
        for s in sentences:
            f.decision(s)
        blocks.append(block)
    header.keep = len(blocks[1])  # never alone at a page foot
    while True:  # the header row again at the top of every page the table runs onto
        f.paginate()
        shown = max(b[0].page for b in blocks if b[0].text == "Punkt")
        over = next((b[0] for b in blocks[1:] if b[0].page > shown), None)
        if over is None:
            break
        copy = f.row(
            list(zip(xs, ["Punkt", "Ärende", "Beslut/åtgärd", "Ansvarig"], strict=True)),
            bold=True,
            size=size,
            keep=1 + over.keep,
        )
        f.lines.remove(copy)
        f.lines.insert(f.lines.index(over), copy)
        over.before = 8.0
        blocks.insert(blocks.index(next(b for b in blocks if b[0] is over)), [copy])
    f.in_items = False
    P.heading_line(f, "Deltagare", before=20, size=11)
    for s in m.seats:
        text = f"{s.name} – {titles[s.person]}, {s.org}" + (" (ordförande)" if s.role == "ordförande" else "")
        record_member(f, f.para(text, hang=10, before=1, together=True)[0], m, s)
    P.heading_line(f, "Processtöd från Region Örebro län", before=8)
    for a in m.officials:
        P.record(f, f.line(f"{a.name} – {a.title}"), a)
    topics = [it.number for it in m.items if it.kind == "topic"]
    if m.guests:
        P.heading_line(f, "Inbjudna", before=8)
        for a in m.guests:
            P.record(
                f,
                f.para(f"{a.name} – {a.title}, {a.org} (punkt {rng.choice(topics)})", hang=10, before=1, together=True)[
                    0
                ],
                a,
            )
    f.para("Förhinder: " + joined([f"{s.name} ({s.org})" for s in m.absent]) + ".", before=8)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=4), m)
    rules = {id(ln): k for k, b in enumerate(blocks) for ln in b}

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 40, f"{m.organ} • minnesanteckningar {C.fmt_date(m.date, 'iso')}")
        c.drawRightString(W - st.right, 40, f"{page}/{total}")
        c.setLineWidth(0.5)
        here: dict[int, list[Ln]] = {}
        for ln in lines:
            if id(ln) in rules:
                here.setdefault(rules[id(ln)], []).append(ln)
        for n, part in enumerate(here.values()):  # a rule over the page's first row, one under every row
            top, bottom = part[0], part[-1]
            heading = top.text == "Punkt" and len(part) == 1
            if n == 0:
                c.setLineWidth(1.0 if heading else 0.5)
                y_hi = top.y + top.size * 0.95 + 2
                c.line(st.left - 2, y_hi, W - st.right, y_hi)
            c.setLineWidth(1.0 if heading else 0.5)
            y_lo = bottom.y - bottom.size * 0.4 - 2
            c.line(st.left - 2, y_lo, W - st.right, y_lo)

    return Rendered(f, furniture, m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


def labelled(
    f: Flow, label: str, text: str, *, col: float, before: float = 6.0, size: float | None = None, names=()
) -> tuple[list[Ln], list[str]]:
    """A bold run-in label ("Beslut:") at the left and the paragraph wrapped beside it from
    ``col``; ``names`` never wrap.  The printed lines and their texts (the first in a cell)."""
    size = size or f.style.size
    rows = [r.replace(GLUE, " ") for r in wrap(glued(glue_names(text, names)), f.style.width - col, f.style.reg, size)]
    out = [
        f.line(label, bold=True, size=size, before=before, keep=min(1, len(rows) - 1), cells=((col, rows[0], False),))
    ]
    out += [f.line(r, x=col, size=size) for r in rows[1:]]
    return out, rows


def row_of(rows: list[str], needles: list[str]) -> list[int]:
    """The index of the printed row on which each needle (in order) starts."""
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r) + 1
    text, pos, out = " ".join(rows), 0, []
    for t in needles:
        hit = re.compile(re.escape(t) + NAME_END).search(text, pos)
        assert hit, (t, text)
        out.append(max(k for k, s in enumerate(starts) if s <= hit.start()))
        pos = hit.end()
    return out


def furniture_fi_box(m, box: list[Ln], seps: list[Ln], number: int):
    """The municipality over the body at the left, "PROTOKOLL 4/2025" over the date (4.3.2025)
    and "2 (7)" at the right; page one's roster box (a rule under each section but the last);
    "Protokolljusterarnas signaturer" with two initials boxes and "Utdragets riktighet
    bestyrkes" at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 10)
        c.drawString(x0, H - 38, m.org)
        c.drawRightString(x1 - 40, H - 38, f"PROTOKOLL {number}/{m.date.year}")
        c.setFont(st.reg, 9)
        c.drawString(x0, H - 50, m.organ)
        c.drawRightString(x1 - 40, H - 50, C.fmt_date(m.date, "dotted"))
        c.drawRightString(x1, H - 38, f"{page} ({total})")
        c.setLineWidth(0.6)
        c.line(x0, H - 56, x1, H - 56)
        if box and box[0].page == page:
            top, bottom = box[0], box[-1]
            y_hi, y_lo = top.y + top.size * 0.95 + 5, bottom.y - bottom.size * 0.4 - 5
            c.setLineWidth(0.8)
            c.rect(x0 - 4, y_lo, x1 - x0 + 4, y_hi - y_lo)
            c.setLineWidth(0.4)
            for ln in seps:
                y = ln.y - ln.size * 0.4 - 3
                c.line(x0 - 4, y, x1, y)
        c.setFont(st.reg, 7)
        c.drawString(x0, 44, "Protokolljusterarnas signaturer")
        c.rect(x0 + 112, 36, 44, 18)
        c.rect(x0 + 160, 36, 44, 18)
        c.drawRightString(x1, 44, "Utdragets riktighet bestyrkes")

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_dotted",
    "m_other_dates",
    "r_side_by_side",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "r_ovriga_narvarande",
    "r_val_av_justerare",
    "r_sig_box",
    "h_para",
    "d_beslut_colon",
    "d_sentences",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def ho_board_finland_box(rng: random.Random) -> Rendered:
    """A Finland-Swedish kommunstyrelse protocol: the municipality and the body in the page
    header with "PROTOKOLL 4/2025" over "4.3.2025" and "2 (7)"; page one "Sammanträdestid"
    ("tisdag 4.3.2025 kl. …") and "Sammanträdesplats", then the roster in a BORDERED BOX of
    three sections ruled apart: "Närvarande medlemmar" in two columns ("Name, ordförande",
    "Name, I vice ordförande", members by name only, "Name, ersättare för Y"), "Övriga
    närvarande" ("Name, kommundirektör, föredragande", "Name, kommunsekreterare,
    protokollförare") and "Frånvarande" (the replaced and the absent, not participants); under
    the box "Paragrafer", the chair's and the protocol-keeper's signatures, "Protokolljustering"
    with the two justerare signing; items "§ 45  Dnr 2024-123" with the title below and the
    handling stamp "Kommunstyrelsen 4.3.2025 § 45"; "Beredning:" (the preparer), the text,
    "Bilagor", then run-in paragraphs "Förslag:" (the preparer's, present tense -- not a
    decision), at times "Behandling:" (a motion that lapsed -- not one) and "Beslut:" ("Enligt
    förslaget.", "Kommunstyrelsen beslöt att …" or "Kommunstyrelsen föreslår för fullmäktige att
    …"), "Jäv:" now and then, "Delges:"; the first items "Laglighet och beslutförhet" and "Val av
    protokolljusterare" ("Till protokolljusterare valdes A och B."); Vera."""
    cast = Cast(rng)
    m = board_meeting(
        rng,
        cast,
        board=0,
        members=rng.randint(9, 11),
        serving=rng.randint(1, 2),
        substitutes=0,
        officials=rng.randint(2, 3),
        spans=False,
        absent_listed=rng.randint(0, 2),
    )
    first = m.items[0].number
    topics = [
        replace(it, dnr=f"{m.date.year - rng.randint(0, 1)}-{rng.randint(12, 480)}")
        for it in renumbered(m.items, first + 2)
    ]
    m.items = [
        Item(first, "Laglighet och beslutförhet", kind="open"),
        Item(first + 1, "Val av protokolljusterare", kind="justerare"),
        *topics,
    ]
    last = m.items[-1].number
    j = m.justerare
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    j2 = rng.choice([s for s in voting if s.role != "ordförande" and s is not j])
    vices = m.role("vice ordförande")
    roman = {"1:e": "I", "2:e": "II"}

    def function(s) -> str:
        if s.role == "ordförande":
            return f"{s.name}, ordförande"
        if s.role == "vice ordförande":
            return f"{s.name}, {roman[s.rank] + ' ' if len(vices) > 1 else ''}vice ordförande"
        if s.replaces:
            return f"{s.name}, ersättare för {s.replaces.name}"
        return s.name

    f = Flow(Style("vera", size=9.5, left=66, right=54, top=80, bottom=72))
    col = label_column(f, ("Framlagt till påseende",))
    f.line(
        "Sammanträdestid",
        bold=True,
        cells=((col, f"{weekday_short(m.date)} {C.fmt_date(m.date, 'dotted')} {m.time}", False),),
    )
    f.line("Sammanträdesplats", bold=True, before=3, cells=((col, m.place, False),))
    box: list[Ln] = []
    seps: list[Ln] = []
    half = (f.style.width - 8) / 2
    chairs = [s for s in voting if s.role in ("ordförande", "vice ordförande")]
    others = [s for s in voting if s.role == "ledamot"]
    serving = [s for s in voting if s.replaces]
    present = [*chairs, *others, *serving]
    box.append(f.line("Närvarande medlemmar", bold=True, before=18, keep=99))
    cut = (len(present) + 1) // 2
    left, right = present[:cut], present[cut:]
    for k in range(cut):
        cells = [(4.0, function(left[k]))] + ([(4.0 + half, function(right[k]))] if k < len(right) else [])
        ln = f.row(cells)
        box.append(ln)
        P.record(f, ln, left[k])
        if k < len(right):
            P.record(f, ln, right[k])
    seps.append(box[-1])
    box.append(f.line("Övriga närvarande", bold=True, before=9))
    speaker = m.officials[0]
    for a in m.officials:
        text = (
            f"{a.name}, {a.title}"
            + (", föredragande" if a is speaker else "")
            + (", protokollförare" if a is m.secretary else "")
        )
        ln = f.line(text, x=4.0)
        box.append(ln)
        P.record(f, ln, a)
        if a is m.secretary:
            P.record_secretary(f, ln, m)
    away = [s.replaces for s in serving] + [s.person for s in m.absent]
    seps.append(box[-1])
    box.append(f.line("Frånvarande", bold=True, before=9))
    cut = (len(away) + 1) // 2
    for k in range(cut):
        cells = [(4.0, away[k].name)] + ([(4.0 + half, away[cut + k].name)] if cut + k < len(away) else [])
        box.append(f.row(cells))
    box[0].keep = len(box) - 1
    f.line("Paragrafer", bold=True, before=18, cells=((col, f"§§ {first}–{last}", False),))
    f.line("Underskrifter", bold=True, before=12, keep=3)
    f.row([(col, "." * 36), (col + 180, "." * 36)], before=16, keep=2)
    names = f.row([(col, m.chair.name), (col + 180, m.secretary.name)], keep=1)
    f.row([(col, "ordförande"), (col + 180, "protokollförare")], size=8.5)
    P.record_secretary(f, names, m)
    f.line(
        "Protokolljustering",
        bold=True,
        before=12,
        keep=3,
        cells=((col, f"{C.SHORT[m.org]} {C.fmt_date(m.adjusted, 'dotted')}", False),),
    )
    f.row([(col, "." * 36), (col + 180, "." * 36)], before=16, keep=1)
    names = f.row([(col, j.name), (col + 180, j2.name)])
    P.record_justerare(f, names, m)
    f.person(names, j2.name, "justerare", j2.org)
    f.line(
        "Framlagt till påseende",
        bold=True,
        before=12,
        cells=((col, f"{C.fmt_date(m.posted[0], 'dotted')} på kommunens webbplats", False),),
    )
    lab = 74.0
    staff = [a for a in m.officials if a is not m.secretary]
    for k, it in enumerate(m.items):
        topic = it.kind == "topic"
        dnr = ((text_width(f"§ {last}", f.style.bold, 11) + 24, f"Dnr {it.dnr}", False),) if topic else ()
        ln = f.line(f"§ {it.number}", bold=True, size=11, before=20, keep=3, new_page=k == 0, cells=dnr)
        f.item(str(it.number), it.title, ln, it.dnr if topic else None)
        f.para(it.title, bold=True, size=11, before=2)
        f.line(f"{m.organ} {C.fmt_date(m.date, 'dotted')} § {it.number}", size=8, before=4)
        if it.kind == "justerare":
            sentence = f"Till protokolljusterare valdes {j.name} och {j2.name}."
            lns, rows = labelled(f, "Beslut:", sentence, col=lab, before=8, names=[j.name, j2.name])
            f.decision(sentence)
            a, b = row_of(rows, [j.name, j2.name])
            P.record_justerare(f, lns[a], m)
            f.person(lns[b], j2.name, "justerare", j2.org)
            continue
        if not topic:
            f.para(
                "Kommunstyrelsen är beslutför när över hälften av medlemmarna är närvarande. Kallelsen har "
                "sänts ut i enlighet med förvaltningsstadgan.",
                before=6,
            )
            labelled(f, "Förslag:", "Sammanträdet konstateras lagligen sammankallat och beslutfört.", col=lab)
            decision = rng.choice(
                ("Enligt förslaget.", "Sammanträdet konstaterades lagligen sammankallat och beslutfört.")
            )
            labelled(f, "Beslut:", decision, col=lab)
            f.decision(decision)
            continue
        preparer = rng.choice(staff) if staff else m.secretary
        f.para(f"Beredning: {preparer.title} {preparer.name}", size=8.5, before=6)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=4)
        if it.basis:
            f.para("Bilagor: " + "; ".join(f"Bilaga {n}. {b}" for n, b in enumerate(it.basis, 1)), size=9, before=4)
        acts = acts_of(m, it)
        for n, act in enumerate(acts):
            text = (
                f"{m.organ} föreslår för fullmäktige att {act}." if it.proposal else present_sentence(m.organ, it, act)
            )
            labelled(f, "Förslag:" if n == 0 else "", text, col=lab, before=6 if n == 0 else 1)
        if rng.random() < 0.3:
            a = rng.choice([s for s in voting if s.role != "ordförande"])
            labelled(
                f,
                "Behandling:",
                f"Under diskussionen föreslog {a.name} att ärendet återremitteras. "
                "Förslaget fick inte understöd och förföll.",
                col=lab,
                names=[a.name],
            )
        if rng.random() < 0.4:
            decisions = ["Enligt förslaget."]
        elif it.proposal:
            decisions = [f"{m.organ} föreslår för fullmäktige att {act}." for act in acts]
        else:
            decisions = [f"{m.organ} beslöt att {act}." for act in acts]
        for n, d in enumerate(decisions):
            labelled(f, "Beslut:" if n == 0 else "", d, col=lab, before=6 if n == 0 else 1)
            f.decision(d)
        if rng.random() < 0.2:
            who = rng.choice([s for s in voting if s.role != "ordförande"])
            labelled(
                f,
                "Jäv:",
                f"{who.name} anmälde jäv och deltog inte i behandlingen av ärendet.",
                col=lab,
                names=[who.name],
            )
        f.para(f"Delges: {'Kommunfullmäktige' if it.proposal else 'Berörda förvaltningar'}", size=8.5, before=6)
    return Rendered(
        f, furniture_fi_box(m, box, seps, rng.randint(2, 9)), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


OUTLINE_GROUPS = ("Informationsärenden", "Beslutsärenden")


@variant(
    "council",
    "m_letterhead_body",
    "running_header",
    "date_long",
    "toc_plain",
    "h_dot",
    "r_role_paren",
    "r_side_by_side",
    "r_running_comma",
    "r_och",
    "r_guests",
    "r_val_av_justerare",
    "r_sig_box",
    "d_inline",
)
def ho_council_outline(rng: random.Random) -> Rendered:
    """A council's protocol numbered as a two-level outline: top-level points "4.
    Informationsärenden" (bold) gather sub-points "4.1 Rapport om …", "4.2 …" (indented, bold,
    smaller) that are NOT items -- the gold's items are the top-level points, titled by their
    heading, and hold the decisions of their sub-points; single matters stand at the top level
    themselves ("1. Mötets öppnande", "2. Val av justerare", … -- or the opening matters
    as sub-points of "1. Mötets inledning"); a "Dagordning" in the same
    outline before the roster (no page numbers: not items); "Närvarande" as entries in two
    columns with a role code ("Agnes Hedin (O), Region Örebro län", "(V)", "(L)", "(E)") and a
    legend line above; "Tjänstepersoner, Region Örebro län:" and "Övriga deltagare:" in running
    text; "Sekreterare:"; decisions inline after "Beslut:"; "Vid protokollet" and "Justeras"
    at the end; "Tid: tisdag 4 mars 2025, kl. …"; a running header from page two; Vera."""
    m = council_meeting(rng, Cast(rng), vacancies=0, guests=rng.randint(1, 2), officials=rng.randint(2, 4))
    opening = [it for it in m.items if it.kind in ("open", "justerare")]
    topics = [it for it in m.items if it.kind == "topic"]
    closing = [it for it in m.items if it.kind == "close"]
    groups = [[t for t in topics if not t.acts], [t for t in topics if t.acts]]
    if rng.random() < 0.5:  # the opening matters as sub-points of one point
        tops: list[tuple[str, list[Item], bool]] = [("Mötets inledning", opening, True)]
    else:
        tops = [(it.title, [it], False) for it in opening]
    for title, group in zip(OUTLINE_GROUPS, groups, strict=True):
        if len(group) >= 2:
            tops.append((title, group, True))
        elif group:
            tops.append((group[0].title, group, False))
    tops += [(it.title, [it], False) for it in closing]
    printed = C.COUNCILS[m.organ][0] if rng.random() < 0.5 else m.organ
    f = Flow(Style("vera", size=9.5, left=82, right=58, top=80, bottom=70))
    f.line(C.REGION, size=9)
    f.line("PROTOKOLL", bold=True, size=15, before=8)
    f.para(printed, bold=True, size=12, before=3)
    f.line(f"Tid: {weekday_short(m.date)} {C.fmt_date(m.date, 'long')}, {m.time}", before=10)
    f.line(f"Plats: {m.place}")
    f.line("Dagordning", bold=True, before=12, keep=1)
    for n, (title, subs, outline) in enumerate(tops, 1):
        f.line(f"{n}. {title}", size=9, before=1)
        if outline:
            for k, it in enumerate(subs, 1):
                f.line(f"{n}.{k} {it.title}", x=18, size=9)
    f.line("Närvarande", bold=True, before=12, keep=2)
    f.line("O = ordförande, V = vice ordförande, L = ledamot, E = ersättare", size=8, before=1)
    code = {"ordförande": "O", "vice ordförande": "V", "ledamot": "L", "ersättare": "E"}
    order = [C.REGION, *C.MUNICIPALITIES, C.RF_SISU, C.OLBF]
    seats = sorted([s for s in m.seats if s.person], key=lambda s: (order.index(s.org), s.role == "ersättare"))
    entries = [(f"{s.name} ({code[s.role]}), {s.org}", s) for s in seats]
    cut = (len(entries) + 1) // 2
    side_by_side(f, [entries[:cut], entries[cut:]], [0.0, f.style.width / 2], size=9, before=3)
    P.roster_running(
        f,
        "Tjänstepersoner, Region Örebro län:",
        m.officials,
        lambda a: f"{a.name} ({a.title})",
        sep=", ",
        last=" och ",
        end=".",
        before=8,
    )
    P.roster_running(
        f, "Övriga deltagare:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", sep="; ", last=" och ", end="."
    )
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=4)[0], m)
    ds = Decisions(form="inline")

    def body(it: Item) -> None:
        if it.kind != "justerare":
            P.council_item_body(f, m, it, ds, rng, x=18)
            return
        sentence = P.justerare_sentence(m, rng)  # the justerare where the name is printed
        rows = f.para(glue_names(f"Beslut: {sentence}", [m.justerare.name]), x=18, before=6)
        f.decision(sentence)
        P.record_justerare(f, rows_where(rows, [m.justerare.name])[0], m)

    for n, (title, subs, outline) in enumerate(tops, 1):
        ln = f.line(f"{n}. {title}", bold=True, size=11.5, before=16, keep=2)
        f.item(str(n), title, ln)
        if not outline:
            body(subs[0])
            continue
        for k, it in enumerate(subs, 1):
            f.para(f"{n}.{k} {it.title}", x=18, hang=22, bold=True, size=10, before=8, together=True)
            body(it)
    f.in_items = False
    f.line("Vid protokollet", before=26, keep=3)
    f.line("." * 36, before=18, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    P.signature_box(f, m, columns=2, heading="Justeras", labels=("Ordförande", "Justerare"), before=16)
    head = P.furniture_running(f"{printed} – protokoll {C.fmt_date(m.date, 'long')}", "sida_paren")
    foot = P.furniture_region(P.REGION_FOOTER, "sida")

    def furniture(c, page, total, lines, flow):
        (head if page > 1 else foot)(c, page, total, lines, flow)

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- four more
def furniture_from_two(head: str, foot: str | None = None, *, label: str = "paren"):
    """Nothing on page one but the footer; from page two a small running line ``head`` with the
    page at the right and a rule under it."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        if page > 1:
            c.drawString(st.left, H - 40, head)
            c.drawRightString(W - st.right, H - 40, P.page_label(label, page, total))
            c.setLineWidth(0.4)
            c.line(st.left, H - 46, W - st.right, H - 46)
        if foot:
            c.setFont(st.reg, 7)
            c.drawCentredString(W / 2, 34, foot)

    return draw


@variant(
    "council",
    "m_letterhead_body",
    "date_long",
    "r_one_per_line",
    "r_role_after",
    "r_vakant",
    "r_absent",
    "r_name_title_columns",
    "r_guests",
    "r_val_av_justerare",
    "r_sig_box",
    "h_para",
    "d_namnden_beslutar",
    "d_att_clauses",
    "d_sentences",
    "running_header",
)
def ho_council_org_blocks(rng: random.Random) -> Rendered:
    """A council protocol whose attendance is grouped by organisation: "Närvarande", then each
    member organisation's name in bold with its people under it, indented, one "Name, role" a
    line ("ordförande", "vice ordförande", "ledamot", "ersättare", a "Vakant" seat); "Anmält
    förhinder" (not participants); the region's officials as names beside titles, guests one
    "Name, title, Organisation" a line; the title "Protokoll från sammanträde med <council>"
    and "Tid: 4 mars 2025, kl. …"; items "§ 5" with the title in a column beside; decisions
    without a heading, "Rådet beslutar att …", the lead "Rådet beslutar" over "att …" rows, or
    a sentence ("Dagordningen fastställdes.", "Till justerare utsågs …"); signatures two by two
    under "Justeras" at the end; a running line from page two; Helvetica."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), absent=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("helvetica", size=10, left=66, right=58, top=72, bottom=64))
    f.line(C.REGION, bold=True, size=9)
    f.para(f"Protokoll från sammanträde med {m.organ}", bold=True, size=14, before=16)
    f.line(f"Tid: {C.fmt_date(m.date, 'long')}, {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    f.line("Närvarande", bold=True, size=12, before=14, keep=2)
    order = [C.REGION, *C.MUNICIPALITIES, C.RF_SISU, C.OLBF]
    rank = {"ordförande": 0, "vice ordförande": 1, "ledamot": 2, "ersättare": 3}
    for org in order:
        here = sorted([s for s in m.seats if s.org == org], key=lambda s: rank[s.role])
        if not here:
            continue
        f.line(org, bold=True, size=9.5, before=6, keep=len(here))
        for s in here:
            ln = f.line(f"{s.name}, {s.role}" if s.person else f"Vakant, {s.role}", x=14)
            P.record(f, ln, s)
    if m.absent:
        P.heading_line(f, "Anmält förhinder", before=10)
        for s in m.absent:
            f.line(f"{s.name}, {s.org}", x=14)
    P.heading_line(f, "Tjänstepersoner, Region Örebro län", before=10)
    col = 14 + max(text_width(a.name, f.style.reg, f.style.size) for a in m.officials) + 20
    for a in m.officials:
        P.record(f, f.line(a.name, x=14, cells=((col, a.title, False),)), a)
    if m.guests:
        P.heading_line(f, "Övriga deltagare", before=10)
        for a in m.guests:
            P.record(f, f.para(f"{a.name}, {a.title}, {a.org}", x=14, hang=10, before=0, together=True)[0], a)
    ds = Decisions(form="att", lead=m.subject, passive_share=0.35)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", indent=48, size=11, before=20 if k == 0 else 14)
        P.council_item_body(f, m, it, ds, rng, x=48)
    P.signature_box(f, m, columns=2, heading="Justeras", labels=("Ordförande", "Justerare"), before=24)
    P.signature_box(f, m, columns=2, heading="Vid protokollet", labels=("Sekreterare",), before=16)
    head = f"{m.organ} • Protokoll {C.fmt_date(m.date, 'long')}"
    return Rendered(f, furniture_from_two(head, P.REGION_FOOTER), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "board",
    "m_letterhead_body",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_role_heading",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_ersatter",
    "r_span",
    "r_narvarande_ej_tjg",
    "r_running_comma",
    "r_och",
    "r_name_title_columns",
    "r_sig_box",
    "m_organ_field",
    "m_other_dates",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
    "d_proposal_kf",
)
def ho_board_boxed_headings(rng: random.Random) -> Rendered:
    """A nämnd protocol whose item headings are ruled boxes of three cells, "§ 45 | Title | Dnr
    SN 2024/123"; page one the municipality and "Protokoll" over the body, "Datum och tid:
    2025-03-04, kl. …", roster sections as bold headings: "Ledamöter" one "Name (S), ordförande"
    a line, "Tjänstgörande ersättare" as "Name (S) ersätter Y (S)" (an attendance range for
    one), "Närvarande ej tjänstgörande ersättare:" one comma list ending in "och", "Tjänstepersoner"
    names beside titles (one present for a single §), "Justerare", "Justeringens tid" and
    "Sekreterare"; items with "Ärendet", "Beslutsunderlag", "Förvaltningens förslag" (not a
    decision), at times "Yrkanden" and "Beslutsgång", "Beslut" as "<Organ> beslutar att" over
    "1. clause," rows or one sentence, "Reservation", "Expedieras: …"; a three-column signature
    box and ANSLAG/BEVIS after the last item; from page two "<body> 2025-03-04" and the page at
    the top, "Justerandes signatur" at the foot on every page; Vera 9.5."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2, 4)), serving=rng.randint(1, 2))
    f = Flow(Style("vera", size=9.5, left=64, right=56, top=74, bottom=74))
    f.line(m.org, bold=True, size=12)
    f.line("Protokoll", bold=True, size=18, before=14)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"Datum och tid: {C.fmt_date(m.date, 'iso')}, {m.time}", before=10)
    f.line(f"Plats: {m.place}")
    P.heading_line(f, "Ledamöter", before=12)
    for s in [s for s in m.seats if s.role != "ersättare"]:
        role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
        P.record(f, f.line(f"{s.name} ({s.party}){role}"), s)
    serving = [s for s in m.seats if s.replaces]
    if serving:
        P.heading_line(f, "Tjänstgörande ersättare", before=8)
        for s in serving:
            P.record(f, f.para(P.seat_text(s, org=None, party=True, replaces="ersätter"), hang=10, before=0)[0], s)
    subs = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    P.roster_running(
        f, "Närvarande ej tjänstgörande ersättare:", subs, lambda s: f"{s.name} ({s.party})", sep=", ", last=" och ",
        before=8,
    )  # fmt: skip
    P.heading_line(f, "Tjänstepersoner", before=8)
    col = max(text_width(a.name, f.style.reg, f.style.size) for a in m.officials) + 24
    at = col + max(text_width(a.title, f.style.reg, f.style.size) for a in m.officials) + 24
    for a in m.officials:
        cells = [(col, a.title, False)] + ([(at, a.span, False)] if a.span else [])
        P.record(f, f.line(a.name, cells=tuple(cells)), a)
    j = m.justerare
    P.record_justerare(f, f.line(f"Justerare: {j.name} ({j.party})", before=10), m)
    f.line(f"Justeringens tid: {C.fmt_date(m.adjusted, 'iso')}")
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}"), m)
    h = House(
        intro="Ärendet",
        proposal="Förvaltningens förslag",
        proposal_form="forvaltning",
        motions=0.35,
        form="lead_numbered",
        sent_to="Expedieras",
        sent_inline=True,
    )
    sec = Sections(f)
    x1 = f.style.width
    dnr_w = max(text_width(f"Dnr {it.dnr}", f.style.reg, 10) for it in m.items if it.dnr) + 14
    for it in m.items:
        label = f"§ {it.number}"
        tx = text_width(label, f.style.bold, 10) + 14
        rows = wrap(it.title, x1 - dnr_w - tx - 10, f.style.bold, 10)
        dx = x1 - dnr_w + 6
        printed = []
        for j, row in enumerate(rows):
            cells = [(tx, row, True)]
            if j == 0:
                cells.append((dx, f"Dnr {it.dnr}", False))
            printed.append(
                f.line(
                    label if j == 0 else "",
                    bold=True,
                    size=10,
                    before=18 if j == 0 else 0,
                    keep=len(rows) - j + 1,
                    cells=tuple(cells),
                    rule=(-4, x1, (tx - 4, dx - 4)),
                )
            )
        f.item(str(it.number), it.title, printed[0], it.dnr)
        house_item(f, m, it, rng, h, sec)
    P.signature_box(f, m, columns=3, heading="Underskrifter", before=24)
    P.anslag(f, m, col=170)
    foot = "Justerandes signatur ..........................            Utdragsbestyrkande .........................."

    def furniture(c, page, total, lines, flow):
        st = flow.style
        if page > 1:
            c.setFont(st.reg, 8.5)
            c.drawString(st.left, H - 42, f"{m.organ} {C.fmt_date(m.date, 'iso')}")
            c.drawRightString(W - st.right, H - 42, P.page_label("sida", page, total))
            c.setLineWidth(0.4)
            c.line(st.left, H - 48, W - st.right, H - 48)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 40, foot)
        if page == 1:
            c.drawRightString(W - st.right, 40, P.page_label("sida", page, total))

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "minutes",
    "date_weekday",
    "r_table_header",
    "r_table_unruled",
    "r_org_short",
    "r_ovriga_narvarande",
    "r_adjungerade",
    "r_absent",
    "r_running_semicolon",
    "r_antecknare",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_sentences",
)
def ho_minutes_org_column(rng: random.Random) -> Rendered:
    """Minnesanteckningar of an officials' group with numbered paragraphs: "Minnesanteckningar"
    over the group, "Datum: torsdagen den 6 mars 2025", "Tid", "Plats"; "Deltagare" as an
    unruled table "Organisation | Namn | Befattning" with the organisation written short once
    for its people ("Region Örebro", "Kumla"), the chair's title "…, ordförande"; "Övriga
    närvarande:" (the region's officials, "Name, title"), "Adjungerade:" (guests with their
    organisation), both separated by semicolons, "Förhinder:" one comma list (not participants), "Antecknare:"; points "§ 1
    Title"; the decisions under a bold "Beslut": "Chefsgruppen beslutar att …", the lead over
    "att …" rows, or a sentence ("Dagordningen godkändes."); "Sida 1 av 3" at the foot; Times."""
    m = minutes_meeting(
        rng, Cast(rng), members=rng.randint(8, 10), officials=rng.randint(1, 2), guests=rng.randint(1, 2)
    )
    titles = m.extra["titles"]
    f = Flow(Style("times", size=10.5, left=72, right=64, top=70, bottom=66))
    f.line("Minnesanteckningar", bold=True, size=17)
    f.line(m.organ, bold=True, size=12, before=4)
    for k, (label, value) in enumerate(
        (("Datum", C.fmt_date(m.date, "weekday")), ("Tid", m.time.removeprefix("kl. ")), ("Plats", m.place))
    ):
        f.line(f"{label}: {value}", before=12 if k == 0 else 0)
    f.line("Deltagare", bold=True, size=11.5, before=14, keep=2)
    xs = [0.0, 110.0, 250.0]
    order = [C.REGION, *C.MUNICIPALITIES]
    rows: list[tuple[list[str], object]] = []
    for org in order:
        here = sorted([s for s in m.seats if s.org == org], key=lambda s: s.role != "ordförande")
        for j, s in enumerate(here):
            title = titles[s.person] + (", ordförande" if s.role == "ordförande" else "")
            # recorded with the job title the Befattning column prints
            rows.append(
                ([C.SHORT[org] if j == 0 else "", s.name, title], Attendee(s.person, s.role, s.org, titles[s.person]))
            )
    P.table(f, ["Organisation", "Namn", "Befattning"], rows, xs, before=4)
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: f"{a.name}, {a.title}", before=10)
    P.roster_running(f, "Adjungerade:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", before=4)
    if m.absent:
        f.para("Förhinder: " + ", ".join(f"{s.name} ({C.SHORT[s.org]})" for s in m.absent), before=4)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=4), m)
    ds = Decisions(heading="Beslut", form="att", lead=m.subject, passive_share=0.6)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11.5, before=20 if k == 0 else 14)
        P.council_item_body(f, m, it, ds, rng)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawCentredString(W / 2, 36, P.page_label("sida", page, total))

    return Rendered(f, furniture, m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_long",
    "m_other_dates",
    "r_role_before",
    "r_role_name_org",
    "r_table_unruled",
    "r_party",
    "r_tjg_for",
    "r_span",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "h_own_line",
    "d_beslutet",
    "d_numbered",
    "d_sentences",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
    "d_proposal_kf",
)
def ho_board_role_rows(rng: random.Random) -> Rendered:
    """A nämnd protocol whose page one is "PROTOKOLL", "Sammanträdesdag: 4 mars 2025", "Tid",
    "Plats", then "Närvarande" as a table without rulings or header of role | name | party |
    remark, the role written once for its group ("Ordförande", "1:e vice ordförande",
    "Ledamöter", "Tjänstgörande ersättare" with "för Y (S)" and at times "§§ 45–49" in the
    last column, wrapping there, "Ersättare", "Tjänstepersoner" with their titles where the
    party stands); "Utses att justera", "Justeringens plats och tid", "Paragrafer" and a
    one-column signature box; every item from page two as "§ 45" alone with the bold title
    below and "Dnr …" under it; "Ärendebeskrivning", "Beslutsunderlag" ("- Tjänsteskrivelse
    daterad 2024-04-30"), "Arbetsutskottets förslag" (not a decision), at times "Yrkanden" and
    "Beslutsgång", "Beslutet" as present-tense sentences ("Nämnden godkänner …", numbered when
    several; "… föreslår kommunfullmäktige att …"), "Reservation", "Beslutet skickas till";
    a running header with the municipality, the body, the date and the page; Vera 9.5."""
    board = rng.choice((0, 1, 3, 4))
    m = board_meeting(rng, Cast(rng), board=board, serving=rng.randint(1, 2))
    f = Flow(Style("vera", size=9.5, left=68, right=56, top=82, bottom=60))
    f.line("PROTOKOLL", bold=True, size=16)
    for k, (label, value) in enumerate(
        (("Sammanträdesdag", C.fmt_date(m.date, "long")), ("Tid", m.time), ("Plats", m.place))
    ):
        f.line(f"{label}: {value}", before=10 if k == 0 else 0)
    f.line("Närvarande", bold=True, size=11, before=14, keep=2)
    xs = [0.0, 132.0, 282.0, 312.0]
    groups: list[tuple[str, list]] = [("Ordförande", m.role("ordförande"))]
    groups += [(f"{s.rank} vice ordförande", [s]) for s in m.role("vice ordförande")]
    groups += [("Ledamöter", m.role("ledamot"))]
    groups += [("Tjänstgörande ersättare", [s for s in m.seats if s.replaces])]
    groups += [("Ersättare", [s for s in m.seats if s.role == "ersättare" and not s.replaces])]
    for label, seats in groups:
        for j, s in enumerate(seats):
            note = f"för {s.replaces.name} ({s.replaces_party})" if s.replaces else ""
            if s.span:
                note += f", {s.span}"
            cells = [(xs[0], label if j == 0 else ""), (xs[1], s.name), (xs[2], s.party or "")]
            if note:
                cells.append((xs[3], note))
            P.record(f, wrapped_row(f, cells, before=4 if j == 0 else 0.0)[0], s)
    for j, a in enumerate(m.officials):
        title = a.title + (f" ({a.span})" if a.span else "")
        cells = [(xs[0], "Tjänstepersoner" if j == 0 else ""), (xs[1], a.name), (xs[2], title)]
        P.record(f, wrapped_row(f, cells, before=4 if j == 0 else 0.0)[0], a)
    j = m.justerare
    col = 162.0
    ln = f.line("Utses att justera", bold=True, before=14, cells=((col, f"{j.name} ({j.party})", False),))
    P.record_justerare(f, ln, m)
    place = f"Kommunkansliet, {C.fmt_date(m.adjusted, 'long')}"
    f.line("Justeringens plats och tid", bold=True, before=4, cells=((col, place, False),))
    span = f"§§ {m.items[0].number}–{m.items[-1].number}"
    f.line("Paragrafer", bold=True, before=4, cells=((col, span, False),))
    P.signature_box(f, m, columns=1, heading="Underskrifter", col=col, before=12)
    subject = "Nämnden" if m.organ.endswith("nämnden") else m.organ
    h = House(
        basis_form="daterad",
        bullet="- ",
        proposal="Arbetsutskottets förslag",
        proposal_form="au",
        motions=0.35,
        decision="Beslutet",
        form="numbered_sentences",
        subject=subject,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, size=11.5, before=18, new_page=k == 0)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=8.5, before=2)
        house_item(f, m, it, rng, h, sec)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 10)
        c.drawString(x0, H - 40, m.org)
        c.setFont(st.reg, 8.5)
        c.drawString(x0, H - 52, m.organ)
        c.drawRightString(x1, H - 40, P.page_label("paren", page, total))
        c.drawRightString(x1, H - 52, C.fmt_date(m.date, "long"))
        c.setLineWidth(0.5)
        c.line(x0, H - 58, x1, H - 58)
        c.setFont(st.reg, 7)
        c.drawString(x0, 34, "Justerandes signatur")
        c.rect(x0 + 74, 30, 90, 14)

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)
