"""HELD-OUT layout variants of the zoo.

DO NOT READ THIS FILE WHILE WRITING PARSER RULES, and do not look at these variants' PDFs,
gold or per-document scores.  They measure whether rules written for the seen variants
(layouts.py), the dev set and issue 10's list of phenomena generalise to layouts the rule
writer has not seen.  Only their aggregate score is meant to be read.

The variants use the shared parts (parts.py) in combinations, orders, labels, fonts and
table shapes that no seen variant uses.
"""

from __future__ import annotations

import random

from . import content as C
from . import parts as P
from .layouts import Rendered, Variant, agreement_gold, long_decision_item, registry
from .model import Item, _kind_of, agreement, board_meeting, council_meeting, minutes_meeting
from .parts import Decisions
from .people import GROUP_TITLES, Cast
from .render import Flow, Style, text_width

HELD_OUT_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT_VARIANTS)


def renumber(items: list[Item]) -> list[Item]:
    return [Item(**{**it.__dict__, "number": k + 1}) for k, it in enumerate(items)]


# --------------------------------------------------------------------------- councils
@variant("council", "r_table_ruled", "r_table_header", "r_side_by_side", "h_punkt", "h_own_line", "toc_plain",
         "d_beslut_colon", "date_weekday", "r_running_semicolon", "r_vakant")
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


@variant("council", "r_table_header", "r_table_unruled", "r_party", "r_inbjudna", "h_arende", "h_own_line",
         "d_organ_beslut", "date_dotted", "r_vakant", "r_val_av_justerare")
def ho_council_roll_table(rng: random.Random) -> Rendered:
    """A header "Protokoll nr 3/2025" (not a date); the roster as a table without rulings
    "Namn | Parti | Organisation | Roll" with the role in the last column (Vakant rows);
    "Inbjudna:" guests; items "Ärende 5" alone on a line, title below; decisions under
    "Rådets beslut" in the present tense; "Datum 4.3.2025"; Helvetica."""
    m = council_meeting(rng, Cast(rng), parties=True, vacancies=1, guests=2)
    f = Flow(Style("helvetica", size=9.5, top=80))
    f.line(f"Protokoll nr {rng.randint(2, 6)}/{m.date.year}", bold=True, size=15)
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
    return Rendered(f, P.furniture_running(f"{m.organ} • Protokoll", "sida_paren"), m.kind,
                    f"Protokoll nr {m.date.year}", m.body, m.date.isoformat())


@variant("council", "r_running_semicolon", "r_family_first", "r_org_short", "r_adjungerade", "h_paren", "d_inline",
         "date_short", "r_sig_box", "running_header", "r_role_before")
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

    for heading, role in (("Ordförande:", "ordförande"), ("Vice ordförande:", "vice ordförande"),
                          ("Ledamöter:", "ledamot"), ("Ersättare:", "ersättare")):
        P.roster_running(f, heading, [s for s in m.role(role) if s.person], fam, sep="; ", end=".")
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: f"{a.person.family_first} ({a.title})", sep="; ",
                     end=".")
    P.roster_running(f, "Adjungerade:", m.guests, lambda a: f"{a.person.family_first} ({a.org})", sep="; ", end=".")
    for it in m.items:
        P.item_heading(f, m, it, "paren", indent=24, size=10.5)
        P.council_item_body(f, m, it, Decisions(form="inline"), rng, x=24)
    names = f.row([(0, m.chair.name), (250, m.justerare.name)], before=30, keep=3)
    P.record_justerare(f, names, m)
    f.row([(0, "Ordförande"), (250, "Justerare")])
    P.record_secretary(f, f.line(m.secretary.name, before=20, keep=1), m)
    f.line("Sekreterare")
    return Rendered(f, P.furniture_running(f"Protokoll {C.fmt_date(m.date, 'short')}", "plain"), m.kind,
                    f"Protokoll {C.fmt_date(m.date, 'short')}", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- municipal boards
@variant("board", "r_table_ruled", "r_table_header", "r_role_name_org", "r_tjg_for", "h_paragraf",
         "d_numbered", "d_namnden_beslutar", "m_organ_field", "date_iso", "m_other_dates", "r_party")
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
    for label, value in (("Organ", m.organ), ("Sammanträdesdatum", C.fmt_date(m.date, "iso")), ("Plats", m.place),
                         ("Tid", m.time)):
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
    f.line("Anslag", bold=True, before=8,
           cells=((col, f"{C.fmt_date(m.posted[0], 'iso')} – {C.fmt_date(m.posted[1], 'iso')}", False),))
    ds = Decisions(None, "numbered", lead="Nämnden")
    for it in m.items:
        P.item_heading(f, m, it, "paragraf", indent=80, size=10.5, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut", basis=False,
                          intro="Ärendet")
    P.signature_box(f, m, col=col)
    return Rendered(f, P.furniture_region(f"{m.org} • Protokoll {m.organ}", "sida"), m.kind, "Protokoll", m.body,
                    m.date.isoformat())


@variant("board", "m_organ_field", "m_sig_box_body", "r_sig_box", "h_para", "d_beslut", "d_page_break",
         "page_break_item", "date_long", "r_absent", "r_one_per_line", "r_role_after", "r_ersatter")
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
    P.roster_lines(f, "Ledamöter", [s for s in m.seats if s.role != "ersättare" or s.replaces],
                   lambda s: P.seat_text(s, org=None, party=True, role="rank", replaces="ersätter"))
    P.roster_lines(f, "Ersättare", [s for s in m.role("ersättare") if not s.replaces],
                   lambda s: P.seat_text(s, org=None, party=True))
    P.heading_line(f, "Anmält förhinder")
    for s in m.absent:
        f.line(P.seat_text(s, org=None, party=True))
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None))
    target = long_decision_item(m)
    ds = Decisions("Beslut", "beslutar")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=16, dnr=it.dnr)
        P.board_item_body(f, m, it, ds, rng, proposal_heading=rng.choice(("Förslag till beslut", None)),
                          break_inside=it.number == target)
    f.line(f"För {m.organ}", bold=True, before=24, keep=4)
    P.signature_box(f, m, columns=3, heading=None, labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(f, P.furniture_region(f"{m.org} – protokoll", "sida_paren"), m.kind, "Protokoll", m.body,
                    m.date.isoformat())


@variant("board", "r_running_semicolon", "r_role_paren", "r_ej_tjg", "r_tjg_for", "h_ks_para", "d_beslut_colon",
         "d_att_clauses", "date_weekday", "d_not_yrkanden", "r_party")
def ho_board_semicolon_roles(rng: random.Random) -> Rendered:
    """"Beslutande: Name (S) (ordf); Name (M) (vice ordf); …" and "Ersättare: Name (S) tjg för
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
    P.roster_running(f, "Ersättare:", m.role("ersättare"),
                     lambda s: (f"{s.name} ({s.party}) tjg för {s.replaces.name} ({s.replaces_party})" if s.replaces
                                else f"{s.name} ({s.party}) ej tjg ers"), end=".")
    P.roster_running(f, "Tjänstemän:", m.officials, lambda a: P.attendee_text(a, org=None), end=".")
    P.record_justerare(f, f.para(f"Justerare: {m.justerare.name}", before=6)[0], m)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}")[0], m)
    ds = Decisions("Beslut:", "att")
    for it in m.items:
        P.item_heading(f, m, it, "ks_para", size=11, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading=None, motions=True, basis=False)
    return Rendered(f, P.furniture_running(f"{m.org}, {m.organ}", "sida"), m.kind, "Sammanträdesprotokoll", m.body,
                    m.date.isoformat())


@variant("board", "r_side_by_side", "r_tjg_for", "h_finnish", "h_own_line", "d_beslutet", "date_dotted",
         "m_page_header_body", "running_header", "r_party")
def ho_board_two_lists(rng: random.Random) -> Rendered:
    """"Ledamöter" and "Ersättare" as two name lists side by side under their headings (no
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
    P.roster_running(f, "Tjänstgörande ersättare:", [s for s in m.seats if s.replaces],
                     lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})", end=".", before=8)
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a, org=None), end=".")
    P.record_justerare(f, f.para(f"Justerare: {m.justerare.name}", before=6)[0], m)
    P.signature_box(f, m, col=140)
    ds = Decisions("Beslutet", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "finnish", own_line=True, size=10, before=16, new_page=k == 0)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut")
    return Rendered(f, P.furniture_board(m, date_form="dotted", boxes=False), m.kind, "Sammanträdesprotokoll",
                    m.body, m.date.isoformat())


# --------------------------------------------------------------------------- minutes
@variant("minutes", "r_table_ruled", "r_table_header", "r_absent", "h_punkt", "d_inline", "date_short",
         "r_name_title_columns")
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
    rows = [([s.name, s.org, titles[s.person] + (", ordförande" if s.role == "ordförande" else ""), "Närvarande"],
             s) for s in m.seats]
    rows += [([s.name, s.org, rng.choice(GROUP_TITLES), "Frånvarande"], None) for s in m.absent]
    rng.shuffle(rows)
    xs = [0, 130, 270, 390]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row([(x, t) for x, t in zip(xs, ["Namn", "Organisation", "Funktion", "Närvaro"], strict=True)], bold=True,
          before=10, rule=rule, keep=1)
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


@variant("minutes", "r_one_per_line", "r_org_short", "r_guests", "r_antecknare", "h_arende", "h_own_line",
         "d_sentences", "date_dotted", "r_absent")
def ho_minutes_kcrd(rng: random.Random) -> Rendered:
    """Minutes of the chief executives' group written "KC/RD": "Deltagare:" one "Name, title,
    Kumla" a line (organisations short), "Övriga:" guests, "Ej närvarande:", "Antecknare:";
    items "Ärende 3" alone on a line with the title below; decisions ending the paragraphs;
    "Datum: 4.3.2025"; Times."""
    m = minutes_meeting(rng, Cast(rng), group="Regionala chefsamverkansgruppen (KC/RD)", absent=2)
    titles = m.extra["titles"]
    for s in m.seats:
        titles[s.person] = "regiondirektör" if s.role == "ordförande" else (
            "kommundirektör" if s.org != C.REGION else "hälso- och sjukvårdsdirektör")
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
    return Rendered(f, P.furniture_running("KC/RD • Minnesanteckningar", "sida"), m.kind, "Minnesanteckningar",
                    m.body, m.date.isoformat())


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
    f.para(f"Överenskommelsen gäller fr.o.m. {a.valid_from.isoformat()} t.o.m. {a.valid_to.isoformat()}."
           if a.valid_to else f"Överenskommelsen gäller fr.o.m. {a.valid_from.isoformat()} tills vidare.")
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
    return Rendered(f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None,
                    agreement=agreement_gold(a))


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
    f.para(f"Överenskommelsen gäller under perioden {start} – {C.fmt_date(a.valid_to, 'long')}." if a.valid_to
           else f"Överenskommelsen gäller från den {start} och tills vidare.")
    f.line("Underskrifter", bold=True, before=14, keep=2)
    xs = [0, 170, 350]
    f.row([(x, t) for x, t in zip(xs, ["Part", "Namn och befattning", "Ort och datum"], strict=True)], bold=True,
          before=4, keep=1)
    for s in a.signatories:
        f.row([(xs[0], s.org), (xs[1], s.person.name), (xs[2], f"{s.place} {C.fmt_date(s.date, 'iso')}")],
              before=10, keep=1)
        f.row([(xs[1], s.title)])
    return Rendered(f, P.furniture_running(a.title, "sida"), "overenskommelse", a.title, None, None,
                    agreement=agreement_gold(a))
