"""A THIRD set of HELD-OUT layout variants (after heldout.py).

DO NOT READ THIS FILE WHILE WRITING PARSER RULES, and do not look at these variants' PDFs,
gold or per-document scores.  Like heldout.py, they measure whether rules written for the seen
variants generalise; only the aggregate of the held-out part is meant to be read.

Each variant is a document family a Swedish municipality, region, collaboration council or
officials' group might use, in combinations of header, roster, item-heading and decision forms,
fonts and geometry that no other variant prints.  They are drawn with the shared model and
parts, so the gold follows the conventions of parts.py.
"""

from __future__ import annotations

import datetime as dt
import random

from . import content as C
from . import parts as P
from .heldout import untitled
from .layouts import (
    Rendered,
    Variant,
    acts_of,
    agreement_gold,
    beside,
    fullmaktige_meeting,
    house_decision,
    motions,
    registry,
    remark,
    renumbered,
    side_by_side,
)
from .model import Item, Meeting, Seat, _kind_of, agreement, board_meeting, council_meeting, minutes_meeting
from .parts import Decisions
from .people import Cast
from .render import Flow, H, Style, W, text_width

HELD_OUT3_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT3_VARIANTS)


# --------------------------------------------------------------------------- shared pieces
def day_text(day: dt.date, form: str) -> str:
    """Dates in the forms of content.fmt_date and a few more: "4/3 2025", "tisdag 4 mars 2025",
    "den 4 mars 2025", "04.03.2025", "2025.03.04"."""
    weekday = C.WEEKDAYS[day.weekday()].removesuffix("en")
    return {
        "slash": f"{day.day}/{day.month} {day.year}",
        "weekday_bare": f"{weekday} {day.day} {C.MONTHS[day.month - 1]} {day.year}",
        "den": f"den {day.day} {C.MONTHS[day.month - 1]} {day.year}",
        "zero_dotted": day.strftime("%d.%m.%Y"),
        "iso_dots": day.strftime("%Y.%m.%d"),
    }.get(form) or C.fmt_date(day, form)


def seats_of(m: Meeting, *roles: str) -> list[Seat]:
    return [s for s in m.seats if s.role in roles]


def voters(m: Meeting) -> list[Seat]:
    """A board's decision-makers: members and the serving substitutes."""
    return [s for s in m.seats if s.role != "ersättare" or s.replaces]


def idle_subs(m: Meeting) -> list[Seat]:
    return [s for s in m.seats if s.role == "ersättare" and not s.replaces]


def footer_line(text: str, label: str = "sida"):
    """A thin rule and a small footer at the foot, the page label at its right."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setLineWidth(0.4)
        c.line(st.left, 46, W - st.right, 46)
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 36, text)
        c.drawRightString(W - st.right, 36, P.page_label(label, page, total))

    return draw


def boxed_head(cells: list[str], *, label: str = "paren", size: float = 9.0):
    """A ruled box across the page top, one cell per text, the page label in the last cell."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        lo, hi = H - 52, H - 34
        c.setLineWidth(0.6)
        c.rect(x0, lo, x1 - x0, hi - lo)
        texts = [*cells, P.page_label(label, page, total)]
        width = (x1 - x0) / len(texts)
        for k, t in enumerate(texts):
            if k:
                c.line(x0 + k * width, lo, x0 + k * width, hi)
            c.setFont(st.bold if k == 0 else st.reg, size)
            c.drawString(x0 + k * width + 4, lo + 6, t)

    return draw


def decisions_in_section(
    f: Flow, m: Meeting, it: Item, rng: random.Random, heading: str | None, form: str, *, x: float = 0.0
) -> None:
    """The item's decisions (layouts.house_decision) under ``heading`` (None: no heading), recorded."""
    paras, decisions = house_decision(m, it, rng, form)
    if not paras:
        return
    if heading:
        f.line(heading, x=x, bold=True, before=8, keep=1)
    last = None
    for k, (text, hang) in enumerate(paras):
        last = f.para(text, x=x, hang=hang, before=3 if k == 0 else 1)
    for d in decisions:
        f.decision(d)
    if it.kind == "justerare" and last:
        P.record_justerare(f, last[-1], m)


def council_texts(m: Meeting, it: Item) -> list[str]:
    return [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]


# --------------------------------------------------------------------------- councils
@variant(
    "council",
    "m_letterhead_body",
    "r_one_per_line",
    "r_role_after",
    "r_role_heading",
    "r_vakant",
    "r_ovriga_narvarande",
    "h_dot",
    "d_beslut",
    "d_att_clauses",
    "r_val_av_justerare",
    "r_sig_box",
)
def h3_council_dash_lines(rng: random.Random) -> Rendered:
    """A council protocol in Helvetica with the council as letterhead and "PROTOKOLL" under it;
    "Sammanträdesdatum: 4/3 2025" (day/month year); "Närvarande ledamöter" one "Name – Organisation"
    a line with the chair and vice chair "– ordförande" / "– vice ordförande" after, "Närvarande
    ersättare" the same (Vakant seats "Vakant – Organisation"), "Övriga närvarande" "Name – title,
    Organisation"; items "5." in bold with the title; decisions under "Beslut" as "Rådet beslutar"
    over att-clauses; "Justeras" with the justerare's and the chair's names at the end and
    "Sekreterare" over the secretary."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=rng.randint(0, 1))
    f = Flow(Style("helvetica", size=10, left=64, right=56))
    f.para(m.organ, bold=True, size=13)
    f.line("PROTOKOLL", bold=True, size=16, before=6)
    f.line(f"Sammanträdesdatum: {day_text(m.date, 'slash')}", before=10)
    f.line(f"Tid: {m.time.removeprefix('kl. ')}")
    f.line(f"Plats: {m.place}")

    def seat(s: Seat) -> str:
        if s.person is None:
            return f"Vakant – {s.org}"
        tail = f" – {s.role}" if s.role in ("ordförande", "vice ordförande") else ""
        return f"{s.name} – {s.org}{tail}"

    P.roster_lines(f, "Närvarande ledamöter", seats_of(m, "ordförande", "vice ordförande", "ledamot"), seat, before=10)
    P.roster_lines(f, "Närvarande ersättare", m.role("ersättare"), seat)
    P.roster_lines(
        f, "Övriga närvarande", [*m.officials, *m.guests], lambda a: f"{a.name} – {a.title}, {a.org}", hang=12
    )
    ds = Decisions("Beslut", "att", lead="Rådet")
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=11, before=14)
        texts = council_texts(m, it)
        if texts:
            f.para(" ".join(texts), before=3)
        P.print_decisions(f, m, it, ds, rng)
    f.line("Justeras", bold=True, before=22, keep=3)
    f.line("." * 36, before=18, cells=((250, "." * 36, False),), keep=1)
    ln = f.row([(0, m.justerare.name), (250, m.chair.name)])
    P.record_justerare(f, ln, m)
    f.line("Sekreterare", bold=True, before=16, keep=2)
    f.line("." * 36, before=14, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    return Rendered(f, footer_line(f"{m.organ} – protokoll"), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "council",
    "r_table_header",
    "r_table_unruled",
    "r_org_short",
    "r_vakant",
    "h_punkt",
    "d_beslut_colon",
    "d_sentences",
    "r_utses_justera",
    "date_weekday",
)
def h3_council_org_role_table(rng: random.Random) -> Rendered:
    """A council protocol in Times 11 whose attendance is an unruled table "Organisation | Namn |
    Roll" with the organisation written short on every row and the role abbreviated with full
    stops ("Ordf.", "V. ordf.", "Led.", "Ers.", Vakant rows with no role), then "Tjänstepersoner"
    as "Name, title" rows in the same columns; "Protokollet justeras av Name" on page one (no
    justerare item); "Sammanträdesdag: tisdag 4 mars 2025"; items "Punkt 5: Title"; decisions
    under "Beslut:" in the present tense ("Rådet godkänner …")."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2))
    m.items = renumbered([it for it in m.items if it.kind != "justerare"])
    f = Flow(Style("times", size=11, left=72, right=62))
    f.line(C.REGION, size=10)
    f.line("Protokoll", bold=True, size=18, before=14)
    f.para(m.organ, size=12, before=2)
    f.line(f"Sammanträdesdag: {day_text(m.date, 'weekday_bare')}", before=10)
    f.line(f"Tid: {m.time}   Plats: {m.place}")
    abbr = {"ordförande": "Ordf.", "vice ordförande": "V. ordf.", "ledamot": "Led.", "ersättare": "Ers."}
    rows = []
    for s in m.seats:
        short = P.org_as(s.org, "short")
        rows.append(([short, s.name if s.person else "Vakant", abbr[s.role] if s.person else ""], s))
    P.table(f, ["Organisation", "Namn", "Roll"], rows, [0, 110, 300], size=10, before=12)
    f.line("Tjänstepersoner", bold=True, before=8, keep=1, size=10)
    for a in m.officials:
        P.record(f, f.row([(110, a.name), (300, a.title)], size=10), a)
    ln = f.line(f"Protokollet justeras av {m.justerare.name}.", before=10)
    P.record_justerare(f, ln, m)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=2), m)
    ds = Decisions("Beslut:", "present")
    for it in m.items:
        ln = f.line(f"Punkt {it.number}: {it.title}", bold=True, size=11.5, before=14, keep=1)
        f.item(str(it.number), it.title, ln, it.dnr)
        texts = council_texts(m, it)
        if texts:
            f.para(" ".join(texts), before=3)
        P.print_decisions(f, m, it, ds, rng)
    return Rendered(
        f, P.furniture_running(f"Protokoll {m.organ}", "sida_paren"), m.kind, "Protokoll", m.body, m.date.isoformat()
    )


@variant(
    "council",
    "r_running_comma",
    "r_org_short",
    "r_role_paren",
    "r_guests",
    "h_para",
    "h_own_line",
    "d_sentences",
    "date_long",
)
def h3_council_grouped_running(rng: random.Random) -> Rendered:
    """A council protocol whose roster is paragraphs by kind of member, each a comma list of
    "Name (Kumla)" with the role in the same brackets where it is not a plain member ("Agnes
    Hedin (Region Örebro, ordförande)", "(Nora, ersättare)"): "Kommunerna:", "Region Örebro län:",
    "Förbunden:" (the sports and adult-education federations, when they hold seats), then
    "Närvarande från regionens förvaltning:" (officials "Name, title") and "Gäster:" (guests
    "Name, Organisation"); "Datum: 4 mars 2025"; items "§ 5" alone on a line, the title under
    it in a larger regular face; decisions as sentences at the end of the item's text
    ("Rådet beslutade att …", "… lades till handlingarna"); Vera with a stroked bold."""
    m = council_meeting(rng, Cast(rng), vacancies=0, guests=rng.randint(1, 2))
    f = Flow(Style("vera-stroked", size=9.5))
    f.line(C.REGION.upper(), bold=True, size=9)
    f.line("Protokoll", bold=True, size=17, before=12)
    f.para(m.organ, size=11, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=8)
    f.line(f"Tid och plats: {m.time}, {m.place}")

    def entry(s: Seat) -> str:
        if s.org == C.REGION:  # the heading names the region
            return f"{s.name} ({s.role})" if s.role != "ledamot" else s.name
        short = P.org_as(s.org, "short")
        return f"{s.name} ({short}, {s.role})" if s.role != "ledamot" else f"{s.name} ({short})"

    groups = (
        ("Kommunerna:", [s for s in m.seats if s.person and s.org in C.MUNICIPALITIES]),
        ("Region Örebro län:", [s for s in m.seats if s.person and s.org == C.REGION]),
        ("Förbunden:", [s for s in m.seats if s.person and s.org in (C.RF_SISU, C.OLBF)]),
    )
    for heading, group in groups:
        P.roster_running(f, heading, group, entry, sep=", ", before=6, end=".")
    P.roster_running(
        f, "Närvarande från regionens förvaltning:", m.officials, lambda a: f"{a.name}, {a.title}", sep="; ", end="."
    )
    P.roster_running(f, "Gäster:", m.guests, lambda a: f"{a.name}, {a.org}", sep="; ", end=".")
    untitled(f, m.guests)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=6)[0], m)
    ds = Decisions(form="past", in_text=True)
    for it in m.items:
        ln = f.line(f"§ {it.number}", bold=True, size=10.5, before=14, keep=2)
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, size=12, before=1)
        P.council_item_body(f, m, it, ds, rng)
    return Rendered(f, footer_line(f"{C.REGION} • {m.organ}", "paren"), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "council",
    "toc_dots",
    "h_para",
    "d_beslut",
    "d_numbered",
    "r_table_header",
    "r_table_ruled",
    "r_absent",
    "r_vakant",
    "r_val_av_justerare",
    "date_iso",
)
def h3_council_roster_last_yesno(rng: random.Random) -> Rendered:
    """A council protocol that opens with an "Innehåll" list with dot leaders and keeps its roster
    for the end: "§ 5 Title" items with decisions under "Beslut" as "Rådet beslutar" over "1. att
    …" rows; after the last item, "Närvaro" as a ruled table "Namn | Organisation | Uppdrag |
    Närvarande" with "Ja" or "Nej" (members who answered "Nej" are absent, not participants;
    Vakant rows "–"), then "Tjänstepersoner" and the secretary; "Datum 2025-03-04"; Vera 9.5."""
    m = council_meeting(rng, Cast(rng), vacancies=1, absent=rng.randint(1, 3))
    f = Flow(Style("vera", size=9.5, left=66, right=58))
    f.line(C.REGION, bold=True, size=11)
    f.line("Protokoll", bold=True, size=16, before=12)
    f.para(m.organ, before=2, size=11)
    f.line(f"Datum {C.fmt_date(m.date, 'iso')}   {m.time}", before=6)
    f.line(f"Plats {m.place}")
    P.toc(f, m, "Innehåll", lambda it: f"§ {it.number} {it.title}", dots=True)
    ds = Decisions("Beslut", "numbered", lead="Rådet")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=14)
        P.council_item_body(f, m, it, ds, rng)
    f.in_items = False
    f.line("Närvaro", bold=True, size=12, before=20, keep=3)
    rows = []
    order = [*m.seats, *m.absent]
    order.sort(key=lambda s: (s.role == "ersättare", list(C.SHORT).index(s.org) if s.org in C.SHORT else 99))
    absent = {id(s) for s in m.absent}
    for s in order:
        if s.person is None:
            rows.append((["Vakant", s.org, s.role, "–"], None))
        else:
            rows.append(([s.name, s.org, s.role, "Nej" if id(s) in absent else "Ja"], None if id(s) in absent else s))
    P.table(f, ["Namn", "Organisation", "Uppdrag", "Närvarande"], rows, [0, 150, 310, 400], ruled=True, size=8.5)
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: f"{a.name}, {a.title}, {a.unit}")
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=8), m)
    return Rendered(f, footer_line(P.REGION_FOOTER), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "council",
    "m_one_line_header",
    "running_header",
    "r_running_comma",
    "r_role_paren",
    "r_vakant",
    "r_inbjudna",
    "h_arende",
    "d_beslut",
    "d_namnden_beslutar",
    "r_val_av_justerare",
    "date_dotted",
)
def h3_council_boxed_header(rng: random.Random) -> Rendered:
    """A council protocol under a ruled header box on every page ("<Council short> | Protokoll |
    4.3.2025 | 2 (5)"); page one "Närvarande" as comma lists after role labels, the chair and vice
    chair marked "(ordf.)" and "(v. ordf.)" with full stops among the members ("Ledamöter: Name,
    Kumla kommun (ordf.), …"), "Ersättare:" with "Vakant (Laxå kommun)", "Inbjudna:" (guests) and
    "Från Region Örebro län:" (officials); items "Ärende 5 – Title"; decisions under "Beslut" as
    "Rådet beslutar att …"; Helvetica 9.5, wide left margin."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("helvetica", size=9.5, left=84, right=54, top=82))
    short = "Regionala samverkansrådet" if m.body == "Regionala samverkansrådet" else C.COUNCILS[m.body][0]
    short = short if text_width(short, "Helvetica-Bold", 9) < 120 else "Samverkansråd"
    f.para(m.organ, bold=True, size=13)
    f.line(f"Sammanträde {C.fmt_date(m.date, 'dotted')}, {m.time}", before=4)
    f.line(m.place)
    mark = {"ordförande": " (ordf.)", "vice ordförande": " (v. ordf.)"}

    def seat(s: Seat) -> str:
        if s.person is None:
            return f"Vakant ({s.org})"
        return f"{s.name}, {s.org}{mark.get(s.role, '')}"

    P.roster_running(f, "Ledamöter:", seats_of(m, "ordförande", "vice ordförande", "ledamot"), seat, sep=", ")
    P.roster_running(f, "Ersättare:", m.role("ersättare"), seat, sep=", ")
    P.roster_running(f, "Inbjudna:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", sep="; ")
    P.roster_running(f, "Från Region Örebro län:", m.officials, lambda a: f"{a.name}, {a.title}", sep=", ")
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=6)[0], m)
    ds = Decisions("Beslut", "beslutar")
    for it in m.items:
        ln = f.line(f"Ärende {it.number} – {it.title}", bold=True, size=10.5, before=14, keep=1)
        f.item(str(it.number), it.title, ln, it.dnr)
        P.council_item_body(f, m, it, ds, rng)
    head = boxed_head([short, "Protokoll", C.fmt_date(m.date, "dotted")])
    return Rendered(f, head, m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "council",
    "r_one_per_line",
    "r_role_after",
    "r_vakant",
    "r_adjungerade",
    "h_bare",
    "d_inline",
    "r_sig_box",
    "m_other_dates",
    "date_weekday",
)
def h3_council_numbered_attendance(rng: random.Random) -> Rendered:
    """A council protocol whose attendance is a numbered list under "Närvarande", one "1. Name,
    Organisation (ledamot)" a line with the role in brackets in words ("(ordförande)", "(vice
    ordförande)", "(ersättare)"), a vacant seat as "Vakant, Organisation (ersättare)"; then
    "Adjungerade" (the region's officials with their titles) and "Gäst" (guests); "Tid:
    Torsdagen den 6 mars 2025"; items "5  Title" (the number, a gap, the title); decisions inline
    ("Beslut: Rådet godkände …"); no justerare item: the two-column signature box at the end
    ("Ordförande" | "Justerare", then "Sekreterare"), "Justerat 2025-03-11" beside it."""
    m = council_meeting(rng, Cast(rng), vacancies=1, guests=1)
    m.items = renumbered([it for it in m.items if it.kind != "justerare"])
    f = Flow(Style("vera", size=9.5, left=60, right=60))
    f.line("PROTOKOLL", bold=True, size=15)
    f.para(m.organ, bold=True, size=11, before=4)
    f.line(f"Tid: {C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=8)
    f.line(f"Plats: {m.place}")
    f.line("Närvarande", bold=True, before=10, keep=1)
    for k, s in enumerate(m.seats):
        text = f"{k + 1}. {s.name}, {s.org} ({s.role})" if s.person else f"{k + 1}. Vakant, {s.org} ({s.role})"
        ln = f.line(text, x=4)
        P.record(f, ln, s)
    P.roster_lines(f, "Adjungerade", m.officials, lambda a: f"{a.name}, {a.title}, {a.org}", x=4)
    P.roster_lines(f, "Gäst", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", x=4)
    ds = Decisions(form="inline")
    for it in m.items:
        P.item_heading(f, m, it, "bare", indent=26, size=11, before=14)
        P.council_item_body(f, m, it, ds, rng, x=26)
    f.in_items = False
    half = f.style.width / 2
    f.line("Ordförande", bold=True, before=26, keep=6, cells=((half, "Justerare", True),))
    f.line("." * 34, before=18, keep=1, cells=((half, "." * 34, False),))
    ln = f.row([(0, m.chair.name), (half, m.justerare.name)])
    P.record_justerare(f, ln, m)
    f.line("Sekreterare", bold=True, before=14, keep=2, cells=((half, f"Justerat {m.adjusted.isoformat()}", False),))
    f.line("." * 34, before=18, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    return Rendered(f, footer_line(f"{m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- boards
def function_of(s: Seat, *, tjg: str = "tjänstgörande ersättare för {who}") -> str:
    """A seat's function in words: "ordförande", "1:e vice ordförande", "ledamot", "ersättare",
    or the serving substitute's ``tjg`` with the member replaced."""
    if s.replaces:
        return tjg.format(who=s.replaces.name, party=s.replaces_party or "")
    if s.role == "vice ordförande":
        return f"{s.rank} vice ordförande".strip()
    return s.role


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_table_unruled",
    "r_party",
    "r_tjg_for",
    "r_name_title_columns",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "date_iso",
)
def h3_board_party_first_columns(rng: random.Random) -> Rendered:
    """A nämnd protocol whose page one has "Beslutande" as unruled columns with the PARTY FIRST:
    "S | Agnes Hedin | ordförande", "M | Name | 1:e vice ordförande", "KD | Name | tjänstgörande
    ersättare för Y"; "Ersättare" in the same columns; "Tjänstepersoner" as names beside titles;
    "Utses att justera" and "Sekreterare"; items "§ 45" with the title beside it; "Förslag till
    beslut" (not a decision) and "Beslut" as "<Organ> beslutar" over "att …," rows; the municipal
    running header; Vera 9.5."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 4, 5)), spans=False)
    f = Flow(Style("vera", size=9.5, top=84, bottom=80))
    f.line("Protokoll", bold=True, size=16)
    f.line(f"{m.place}, {C.fmt_date(m.date, 'iso')} {m.time}", before=6)
    xs = [0, 40, 190]
    f.line("Beslutande", bold=True, before=12, keep=1)
    for s in voters(m):
        P.record(f, f.row([(xs[0], s.party), (xs[1], s.name), (xs[2], function_of(s))]), s)
    f.line("Ersättare", bold=True, before=8, keep=1)
    for s in idle_subs(m):
        P.record(f, f.row([(xs[0], s.party), (xs[1], s.name), (xs[2], "ersättare")]), s)
    f.line("Tjänstepersoner", bold=True, before=8, keep=1)
    for a in m.officials:
        P.record(f, f.row([(xs[1], a.name), (xs[2], a.title)]), a)
    f.line("Utses att justera", bold=True, before=8, keep=1)
    P.record_justerare(f, f.line(f"{m.justerare.name} ({m.justerare.party})", x=xs[1]), m)
    f.line("Sekreterare", bold=True, before=8, keep=1)
    P.record_secretary(f, f.line(m.secretary.name, x=xs[1]), m)
    for it in m.items:
        P.item_heading(f, m, it, "para", indent=44, size=11, before=16)
        if it.text:
            f.para(" ".join(it.text), x=44, before=4)
        if it.acts:
            f.line("Förslag till beslut", x=44, bold=True, before=8, keep=1)
            f.para(f"Förvaltningen föreslår att nämnden beslutar att {acts_of(m, it)[0]}.", x=44)
        decisions_in_section(f, m, it, rng, "Beslut", "att_rows", x=44)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_running_comma",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_narvarande_ej_tjg",
    "r_absent",
    "r_val_av_justerare",
    "h_para",
    "d_organ_beslut",
    "d_not_proposal",
    "d_not_yrkanden",
    "date_long",
    "m_other_dates",
)
def h3_board_kf_running_commas(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol in Times whose attendance is paragraphs of running text:
    "Närvarande ledamöter: Name (S), ordförande, Name (M), 1:e vice ordförande, Name (C), …",
    "Tjänstgörande ersättare: X (M) för Y (M), …", "Närvarande ej tjänstgörande ersättare: …",
    "Frånvarande: …" (the members the substitutes replace: not participants); "Sammanträdesdatum:
    den 4 mars 2025" and "Justering: <a later date>"; items "§ 45 Title" with "Kommunstyrelsens
    förslag" worded like the decision (not a decision), sometimes "Yrkanden" and "Beslutsgång",
    and "Kommunfullmäktiges beslut"."""
    m = fullmaktige_meeting(rng)
    f = Flow(Style("times", size=10.5, left=70, right=64))
    f.line(m.org, size=11)
    f.line("Kommunfullmäktige", bold=True, size=17, before=6)
    f.line("Protokoll", size=13, before=2)
    f.line(f"Sammanträdesdatum: {day_text(m.date, 'den')}", before=8)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    f.line(f"Justering: {C.fmt_date(m.adjusted, 'long')}")
    members = seats_of(m, "ordförande", "vice ordförande", "ledamot")

    def member(s: Seat) -> str:
        tail = "" if s.role == "ledamot" else f", {function_of(s)}"
        return f"{s.name} ({s.party}){tail}"

    P.roster_running(f, "Närvarande ledamöter:", members, member, sep=", ", before=10, end=".")
    serving = [s for s in m.seats if s.replaces]
    P.roster_running(
        f,
        "Tjänstgörande ersättare:",
        serving,
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
        sep=", ",
        end=".",
    )
    P.roster_running(
        f,
        "Närvarande ej tjänstgörande ersättare:",
        idle_subs(m),
        lambda s: f"{s.name} ({s.party})",
        sep=", ",
        last=" och ",
        end=".",
    )
    gone = ", ".join(f"{s.replaces.name} ({s.replaces_party})" for s in serving)
    f.para(f"Frånvarande: {gone}.", before=6)
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: f"{a.name}, {a.title}", sep="; ", end=".")
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=6)[0], m)
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11.5, before=16, dnr=it.dnr)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.kind == "topic" and it.acts:
            f.line("Kommunstyrelsens förslag", bold=True, before=8, keep=1)
            f.para(f"Kommunfullmäktige beslutar att {acts_of(m, it)[0]}.")
            if rng.random() < 0.4:
                yrk, gang, _ = motions(m, it, rng, "kommunstyrelsens förslag")
                f.line("Yrkanden", bold=True, before=8, keep=1)
                f.para(" ".join(yrk))
                f.line("Beslutsgång", bold=True, before=8, keep=1)
                f.para(" ".join(gang))
        decisions_in_section(f, m, it, rng, "Kommunfullmäktiges beslut", "sentences")
    return Rendered(
        f,
        P.furniture_running(f"{m.org} • Kommunfullmäktige • {C.fmt_date(m.date, 'iso')}", "sida"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


PERMITS = (
    ("Bygglov för nybyggnad av enbostadshus", "bevilja bygglov för nybyggnad av enbostadshus enligt ansökan"),
    ("Bygglov för tillbyggnad av industribyggnad", "bevilja bygglov för tillbyggnaden med villkor om färgsättning"),
    ("Förhandsbesked för nybyggnad av två bostadshus", "lämna positivt förhandsbesked för två bostadshus"),
    ("Strandskyddsdispens för brygga", "avslå ansökan om strandskyddsdispens"),
    ("Rivningslov för ekonomibyggnad", "bevilja rivningslov för ekonomibyggnaden"),
    ("Föreläggande om åtgärder vid enskilt avlopp", "förelägga fastighetsägaren att åtgärda avloppsanläggningen"),
    ("Sanktionsavgift för olovligt byggande", "ta ut en byggsanktionsavgift av fastighetsägaren"),
)
ESTATES = ("Hagaby 3:45", "Norrby 1:12", "Sjötorp 2:7", "Lillåsen 4:19", "Kvarnen 8", "Björkdalen 1:3", "Ekbacken 11")


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "h_ks_para",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_ersatter",
    "r_role_heading",
    "d_beslut",
    "d_namnden_beslutar",
    "d_not_reservation",
    "date_short",
)
def h3_board_bmn_permits(rng: random.Random) -> Rendered:
    """A Bygg- och miljönämnd protocol of permit matters: items "BMN § 45 Title" with "Dnr" at the
    right and "Fastighet:" and "Sökande:" lines under the heading; "Ärendet", then "Beslut" as
    "Bygg- och miljönämnden beslutar att …" (or "… att bevilja bygglov …" and an amount for the
    fee), "Jäv" or "Reservation" after some (not decisions); page one "Närvarande ledamöter" one
    "Name (S) ordförande" a line (no comma before the role), "Ersättare" ("X (M) ersätter Y
    (M)", "Z (L)"), "Tjänstepersoner" "Name, title", "Sekreterare:"; the date only as "250304" in the running
    header and "Sammanträdesdatum 250304"; Helvetica 9."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, board=3, spans=False, standard_items=True)
    m.extra["prefix"] = "BMN"
    kept = [it for it in m.items if it.kind != "topic"]
    first = m.items[0].number
    for title, act in rng.sample(PERMITS, rng.randint(4, 6)):
        estate = f"{C.SHORT[m.org]} {rng.choice(ESTATES)}"
        fee = rng.choice((8450, 12300, 16900, 24750))
        fee_text = f"{fee // 1000} {fee % 1000:03d} kronor"
        kept.append(
            Item(
                0,
                title,
                (
                    f"Ansökan avser fastigheten {estate}.",
                    "Förvaltningen har kommunicerat ärendet med berörda grannar och inga erinringar har kommit in.",
                    f"Avgiften för handläggningen är {{{fee_text}|{fee}}} enligt gällande taxa.",
                ),
                (act,),
                dnr=f"BMN {m.date.year}/{rng.randint(20, 900)}",
            )
        )
    m.items = renumbered(kept, first)
    f = Flow(Style("helvetica", size=9, top=84, bottom=76))
    f.line("Protokoll", bold=True, size=15)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'short')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    P.roster_lines(
        f,
        "Närvarande ledamöter",
        seats_of(m, "ordförande", "vice ordförande", "ledamot"),
        lambda s: f"{s.name} ({s.party})" + ("" if s.role == "ledamot" else f" {function_of(s)}"),
    )
    P.roster_lines(
        f,
        "Ersättare",
        m.role("ersättare"),
        lambda s: f"{s.name} ({s.party})" + (f" ersätter {s.replaces.name} ({s.replaces_party})" if s.replaces else ""),
    )
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None))
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=8), m)
    ds = Decisions("Beslut", "beslutar")
    for it in m.items:
        P.item_heading(f, m, it, "ks_para", size=10.5, before=16, dnr=it.dnr)
        if it.kind == "topic":
            estate = it.text[0].removeprefix("Ansökan avser fastigheten ").rstrip(".")
            f.line(f"Fastighet: {estate}", before=2)
            f.line(f"Sökande: {rng.choice(('Privatperson', 'Fastighetsägaren', 'Ett aktiebolag'))}")
            f.line("Ärendet", bold=True, before=8, keep=1)
            f.para(" ".join(it.text[1:]))
            P.print_decisions(f, m, it, ds, rng)
            remark(f, m, it, rng, kinds=("Jäv", "Reservation"), share=0.35)
        else:
            P.print_decisions(f, m, it, ds, rng)
    return Rendered(
        f,
        P.furniture_board(m, date_form="short", current=False, boxes=False),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_span",
    "r_utses_justera",
    "h_para",
    "d_organ_beslut",
    "d_namnden_beslutar",
    "d_not_proposal",
    "m_other_dates",
    "date_iso",
)
def h3_board_sn_label_grid(rng: random.Random) -> Rendered:
    """A social welfare board's protocol whose page one is a label column with the text beside:
    "Plats och tid", "Beslutande" ("Name (S), ordförande"; serving substitutes "Name (M),
    tjänstgörande ersättare för Y (M), §§ 45–50"), "Ersättare", "Tjänstepersoner", "Utses att
    justera", "Justeringens plats och tid" (a later date), "Paragrafer" ("§§ 45–52"); then every
    item "§ 45 Title" with "Ärendebeskrivning", "Förvaltningens förslag" (not a decision) and
    "Nämndens beslut" ("Socialnämnden beslutar att …"); the signatures at the end; Helvetica
    9.5 under a house header."""
    m = board_meeting(rng, Cast(rng), board=1, standard_items=rng.random() < 0.5)
    f = Flow(Style("helvetica", size=9.5, top=90, bottom=84))
    col = 150.0
    f.line(m.organ, bold=True, size=14)
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'iso')} {m.time}", col=col, before=12)

    def block(label: str, entries: list, fmt) -> None:
        for k, e in enumerate(entries):
            rows = beside(f, label if k == 0 else "", fmt(e), col=col, before=8 if k == 0 else 0, hang=10)
            P.record(f, rows[0], e)

    block(
        "Beslutande",
        voters(m),
        lambda s: P.seat_text(s, org=None, party=True, role="rank" if s.role != "ordförande" else "comma"),
    )
    block("Ersättare", idle_subs(m), lambda s: f"{s.name} ({s.party})")
    block("Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None))
    rows = beside(f, "Utses att justera", f"{m.justerare.name} ({m.justerare.party})", col=col)
    P.record_justerare(f, rows[0], m)
    beside(f, "Justeringens plats och tid", f"Kommunkansliet {C.fmt_date(m.adjusted, 'iso')}", col=col)
    beside(f, "Paragrafer", f"§§ {m.items[0].number}–{m.items[-1].number}", col=col)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11, before=16, new_page=k == 0, dnr=it.dnr)
        if it.kind == "justerare":
            decisions_in_section(f, m, it, rng, "Nämndens beslut", "sentences")
            continue
        if it.text:
            f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
            f.para(" ".join(it.text))
        if it.kind == "topic" and it.acts:
            f.line("Förvaltningens förslag", bold=True, before=8, keep=1)
            f.para(f"Socialnämnden beslutar att {acts_of(m, it)[0]}.")
        decisions_in_section(f, m, it, rng, "Nämndens beslut", rng.choice(("sentences", "lead_att")))
    f.in_items = False
    f.line("Underskrifter", bold=True, before=20, keep=7)
    for label, who in (
        ("Sekreterare", m.secretary.person),
        ("Ordförande", m.chair.person),
        ("Justerare", m.justerare.person),
    ):
        f.line("." * 40, x=col, before=14, keep=1)
        ln = f.line(label, cells=((col, who.name, False),))
        if label == "Sekreterare":
            P.record_secretary(f, ln, m)
    return Rendered(
        f,
        P.furniture_board(m, date_form="iso", label="sida_paren"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "r_table_header",
    "r_table_ruled",
    "r_party",
    "r_tjg_for",
    "h_para_tight",
    "d_beslut",
    "d_numbered",
    "r_val_av_justerare",
    "date_weekday",
    "running_header",
)
def h3_board_digital_attendance(rng: random.Random) -> Rendered:
    """A Kommunstyrelse protocol of a hybrid meeting: "Sammanträdet genomfördes i kommunhuset och
    digitalt"; attendance as a ruled table "Namn | Parti | Roll | Deltog" with "På plats" or
    "Digitalt" (both present) and serving substitutes' role "Ersättare för Y"; a ruled
    "Tjänstepersoner | Titel" table; items "§45" (no space) with the title beside; decisions
    under "Beslut" as numbered sentences ("1. Kommunstyrelsen godkänner …"); "Tisdagen den 4
    mars 2025"; Vera 9."""
    m = board_meeting(rng, Cast(rng), board=0, standard_items=True, spans=False)
    f = Flow(Style("vera", size=9, left=62, right=54))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll – {m.organ}", bold=True, size=14, before=10)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()} {m.time}", before=6)
    f.para(f"Sammanträdet genomfördes i {m.place.split(',')[0].lower()} och digitalt via Teams.")
    rows = []
    for s in m.seats:
        role = f"Ersättare för {s.replaces.name}" if s.replaces else function_of(s).capitalize()
        rows.append(([s.name, s.party, role, rng.choice(("På plats", "På plats", "Digitalt"))], s))
    P.table(f, ["Namn", "Parti", "Roll", "Deltog"], rows, [0, 150, 190, 370], ruled=True, size=8.5, before=10)
    rows = [([a.name, a.title], a) for a in m.officials]
    P.table(f, ["Tjänstepersoner", "Titel"], rows, [0, 150], ruled=True, size=8.5, before=10, x1=370)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=8), m)
    for it in m.items:
        P.item_heading(f, m, it, "tight", size=10.5, before=14, indent=42)
        if it.text:
            f.para(" ".join(it.text), x=42, before=3)
        decisions_in_section(f, m, it, rng, "Beslut", "numbered_sentences", x=42)
    return Rendered(
        f,
        P.furniture_running(f"{m.org} | Kommunstyrelsen | Protokoll {C.fmt_date(m.date, 'iso')}", "plain"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "m_page_header_body",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_ersatter",
    "h_para",
    "h_own_line",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_reservation",
    "date_dotted",
    "r_sig_box",
)
def h3_board_bun_dash(rng: random.Random) -> Rendered:
    """A Barn- och utbildningsnämnd protocol in Times 11: "Närvarande ledamöter" one "Name, S,
    ordförande" a line (the party after a comma, no brackets), "Tjänstgörande ersättare" ("Name,
    KD, ersätter Y"), "Närvarande ersättare" ("Name, L"), "Övriga" ("Name, title"); "Datum:
    4.3.2025"; items "§ 45" alone on a line with the bold title under it and "Dnr BUN 2025/118"
    under the title; "Barn- och utbildningsnämndens beslut" over "Nämnden beslutar att" and "–
    clause" rows; "Protokollsanteckning" after some; the signature box at the end."""
    m = board_meeting(rng, Cast(rng), board=2, spans=False)
    m.subject = "Nämnden"
    f = Flow(Style("times", size=11, left=76, right=66, top=76))
    f.line(m.org, size=10)
    f.line(m.organ, bold=True, size=15, before=4)
    f.line("Protokoll", size=13, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'dotted')}", before=8)
    f.line(f"Tid: {m.time.removeprefix('kl. ')}")
    f.line(f"Plats: {m.place}")
    P.roster_lines(
        f,
        "Närvarande ledamöter",
        seats_of(m, "ordförande", "vice ordförande", "ledamot"),
        lambda s: f"{s.name}, {s.party}" + ("" if s.role == "ledamot" else f", {function_of(s)}"),
    )
    P.roster_lines(
        f,
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name}, {s.party}, ersätter {s.replaces.name}",
    )
    P.roster_lines(f, "Närvarande ersättare", idle_subs(m), lambda s: f"{s.name}, {s.party}")
    P.roster_lines(f, "Övriga", m.officials, lambda a: f"{a.name}, {a.title}")
    for it in m.items:
        ln = f.line(f"§ {it.number}", bold=True, size=11, before=16, keep=3)
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=True, size=12, before=1)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=9.5, before=1)
        if it.text:
            f.para(" ".join(it.text), before=6)
        decisions_in_section(f, m, it, rng, "Barn- och utbildningsnämndens beslut", "lead_att")
        remark(f, m, it, rng, kinds=("Protokollsanteckning",), share=0.3)
    f.in_items = False
    P.signature_box(f, m, columns=1, heading="Underskrifter", labels=("Sekreterare", "Ordförande", "Justerare"))
    return Rendered(
        f,
        footer_line(f"{m.org} • {m.organ} • {C.fmt_date(m.date, 'dotted')}", "sida_paren"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_ej_tjg",
    "h_dot",
    "d_beslut",
    "d_att_clauses",
    "date_long",
    "m_organ_field",
)
def h3_board_kfn_bullets(rng: random.Random) -> Rendered:
    """A Kultur- och fritidsnämnd protocol in Courier 9: "Organ: Kultur- och fritidsnämnden",
    "Datum: 4 mars 2025"; the roster as bullets: "Närvarande:" over "• Name (S), ordförande",
    "• Name (C), tjg ers för Y (C)" and "• Name (L), ej tjg ers"; "Övriga närvarande:" as
    bullets "• Name, title"; items "45. Title" (the year's § number with a full stop) with
    "Dnr" at the right; decisions under "Beslut" as "Kultur- och fritidsnämnden beslutar" over
    "att …," rows; "Justerare" and "Sekreterare" as lines at the end."""
    m = board_meeting(rng, Cast(rng), board=4, spans=False)
    f = Flow(Style("courier", size=9, left=60, right=50))
    f.line(m.org.upper(), bold=True, size=11)
    f.line("PROTOKOLL", bold=True, size=13, before=8)
    f.line(f"Organ: {m.organ}", before=6)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}")
    f.line(f"Tid och plats: {m.time}, {m.place}")
    f.line("Närvarande:", bold=True, before=10, keep=1)
    for s in m.seats:
        if s.replaces:
            tail = f", tjg ers för {s.replaces.name} ({s.replaces_party})"
        elif s.role == "ersättare":
            tail = ", ej tjg ers"
        elif s.role == "ledamot":
            tail = ""
        else:
            tail = f", {function_of(s)}"
        rows = f.para(f"• {s.name} ({s.party}){tail}", x=6, hang=12, before=0, together=True)
        P.record(f, rows[0], s)
    f.line("Övriga närvarande:", bold=True, before=8, keep=1)
    for a in m.officials:
        P.record(f, f.line(f"• {a.name}, {a.title}", x=6), a)
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=9.5, before=14, dnr=it.dnr)
        if it.text:
            f.para(" ".join(it.text), before=3)
        decisions_in_section(f, m, it, rng, "Beslut", "att_rows")
    f.in_items = False
    P.record_justerare(f, f.line(f"Justerare: {m.justerare.name}", before=20), m)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}"), m)
    return Rendered(
        f, footer_line(f"{m.org} – {m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "board",
    "r_running_semicolon",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "h_ks_para",
    "h_own_line",
    "d_organ_beslut",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "m_one_line_header",
    "date_iso",
)
def h3_board_ks_proposals(rng: random.Random) -> Rendered:
    """A Kommunstyrelse protocol whose first line holds the kind, the municipality and the date
    ("SAMMANTRÄDESPROTOKOLL | Hallsbergs kommun | 2025-03-04"); the roster in running text with
    semicolons ("Ledamöter: Name (S) ordförande; Name (M) 1:e vice ordförande; …", "Tjänstgörande
    ersättare: X (C) för Y (C); …", "Ersättare: …", "Anmält förhinder: …" (not participants),
    "Tjänstepersoner: Name (title); …"); items "KS § 45" alone on a line with the title under
    it; "Arbetsutskottets förslag" (not a decision) and either "Kommunstyrelsens förslag till
    kommunfullmäktige" ("Kommunstyrelsen föreslår kommunfullmäktige att …") or "Kommunstyrelsens
    beslut"; "Yrkanden" for some; Vera 9.5 with a stroked bold."""
    m = board_meeting(rng, Cast(rng), board=0, spans=False, absent_listed=rng.randint(1, 2), standard_items=True)
    f = Flow(Style("vera-stroked", size=9.5, left=64, right=56))
    head = ["SAMMANTRÄDESPROTOKOLL", m.org, C.fmt_date(m.date, "iso")]
    f.row([(0, head[0]), (200, head[1]), (f.style.width - 62, head[2])], bold=True, size=10)
    f.line(m.organ, bold=True, size=15, before=12)
    f.line(f"Plats och tid: {m.place}, {m.time}", before=6)
    members = seats_of(m, "ordförande", "vice ordförande", "ledamot")
    sem = dict(sep="; ", end=".")
    P.roster_running(
        f,
        "Ledamöter:",
        members,
        lambda s: f"{s.name} ({s.party})" + ("" if s.role == "ledamot" else f" {function_of(s)}"),
        **sem,
    )
    P.roster_running(
        f,
        "Tjänstgörande ersättare:",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
        **sem,
    )
    P.roster_running(f, "Ersättare:", idle_subs(m), lambda s: f"{s.name} ({s.party})", **sem)
    f.para("Anmält förhinder: " + "; ".join(f"{s.name} ({s.party})" for s in m.absent) + ".", before=6)
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: f"{a.name} ({a.title})", **sem)
    for it in m.items:
        P.item_heading(f, m, it, "ks_para", own_line=True, size=11, before=16)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.kind == "topic" and it.acts:
            f.line("Arbetsutskottets förslag", bold=True, before=8, keep=1)
            verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
            f.para(f"Kommunstyrelsen {verb} att {acts_of(m, it)[0]}.")
            if rng.random() < 0.35:
                yrk, _, _ = motions(m, it, rng, "arbetsutskottets förslag")
                f.line("Yrkanden", bold=True, before=8, keep=1)
                f.para(" ".join(yrk))
        heading = "Kommunstyrelsens förslag till kommunfullmäktige" if it.proposal else "Kommunstyrelsens beslut"
        decisions_in_section(f, m, it, rng, heading, "sentences")
    f.in_items = False
    P.signature_box(f, m, columns=3, heading="Underskrifter", labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(
        f,
        footer_line(f"{m.org} • Kommunstyrelsen", "sida_paren"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "r_role_before",
    "r_one_per_line",
    "r_party",
    "r_ersatter",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_namnden_beslutar",
    "m_other_dates",
    "date_weekday",
)
def h3_board_von_wide(rng: random.Random) -> Rendered:
    """A Vård- och omsorgsnämnd protocol in Times 12 with wide margins: the body over
    "Sammanträdesprotokoll" and "Sammanträde tisdagen den 4 mars 2025"; roles written before the names with a colon ("Ordförande: Name (S)", "1:e vice
    ordförande: Name (M)", "Ledamot: Name (C)", "Ersättare: Name (L) ersätter Y (L)",
    "Ersättare: Name (V)") one a line; "Tjänsteperson: Name, title"; "Utses att justera: Name"
    and "Protokollet justeras den <a later date>"; "Sammanträdet ajourneras kl. 10.15–10.30"
    in an item (not a decision); items "§ 45 Title"; decisions under "Beslut" as "Nämnden beslutar
    att …"."""
    m = board_meeting(rng, Cast(rng), board=5, spans=False)
    m.subject = "Nämnden"
    f = Flow(Style("times", size=12, left=90, right=80, leading=1.25))
    f.line(m.org, size=11)
    f.line(m.organ, bold=True, size=16, before=4)
    f.line("Sammanträdesprotokoll", size=12, before=2)
    f.line(f"Sammanträde {C.fmt_date(m.date, 'weekday')}", before=8)
    f.line(f"{m.time}, {m.place}")
    f.line("Närvarande", bold=True, before=10, keep=1)
    for s in m.seats:
        label = "Ersättare" if s.role == "ersättare" else function_of(s).capitalize()
        tail = f" ersätter {s.replaces.name} ({s.replaces_party})" if s.replaces else ""
        rows = f.para(f"{label}: {s.name} ({s.party}){tail}", before=0, hang=12, together=True)
        P.record(f, rows[0], s)
    for a in m.officials:
        P.record(f, f.para(f"Tjänsteperson: {a.name}, {a.title}", before=0)[0], a)
    P.record_justerare(f, f.line(f"Utses att justera: {m.justerare.name}", before=8), m)
    f.line(f"Protokollet justeras den {C.fmt_date(m.adjusted, 'long')}.")
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}"), m)
    paused = rng.choice([it.number for it in m.items])
    for it in m.items:
        P.item_heading(f, m, it, "para", size=12.5, before=16)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.number == paused:
            f.para("Sammanträdet ajourneras kl. 10.15–10.30.", before=4)
        decisions_in_section(f, m, it, rng, "Beslut", "sentences")
    return Rendered(
        f,
        footer_line(f"{m.organ}, {m.org}", "sida"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "m_other_dates",
    "m_letterhead_body",
    "r_one_per_line",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "h_ks_short",
    "d_sentences",
    "r_val_av_justerare",
    "date_dotted",
)
def h3_board_dates_front(rng: random.Random) -> Rendered:
    """A Kommunstyrelse protocol whose letterhead is the municipality and the board, and whose
    page one lists dates of every kind in one column: "Sammanträdesdatum 04.03.2025",
    "Justeringsdatum", "Anslaget uppsatt", "Anslaget nedtas" (all later, none the meeting's);
    "Ledamöter" one "Name (S) ordf." a line (abbreviated roles "ordf.", "1:e v. ordf."),
    "Tjänstgörande ersättare" ("X (M) i stället för Y (M)"), "Ej tjänstgörande ersättare";
    items "Ks 45 Title"; decisions as sentences ending the item's text ("Kommunstyrelsen
    beslutade att …", "Till justerare utsågs …"); "Vid protokollet" at the end."""
    m = board_meeting(rng, Cast(rng), board=0, spans=False, standard_items=True)
    f = Flow(Style("helvetica", size=9.5, left=66, right=58))
    f.line(m.org, bold=True, size=13)
    f.line(m.organ, size=11, before=1)
    f.line("Protokoll", bold=True, size=16, before=14)
    col = 130.0
    for label, day in (
        ("Sammanträdesdatum", m.date),
        ("Justeringsdatum", m.adjusted),
        ("Anslaget uppsatt", m.posted[0]),
        ("Anslaget nedtas", m.posted[1]),
    ):
        f.line(label, cells=((col, day_text(day, "zero_dotted"), False),), before=6 if label.startswith("Samm") else 0)
    f.line("Plats", cells=((col, m.place, False),))
    abbr = {"ordförande": " ordf.", "vice ordförande": None}

    def member(s: Seat) -> str:
        if s.role == "vice ordförande":
            return f"{s.name} ({s.party}) {s.rank} v. ordf."
        return f"{s.name} ({s.party}){abbr.get(s.role) or ''}"

    P.roster_lines(f, "Ledamöter", seats_of(m, "ordförande", "vice ordförande", "ledamot"), member)
    P.roster_lines(
        f,
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) i stället för {s.replaces.name} ({s.replaces_party})",
    )
    P.roster_lines(f, "Ej tjänstgörande ersättare", idle_subs(m), lambda s: f"{s.name} ({s.party})")
    P.roster_lines(f, "Övriga deltagare", m.officials, lambda a: f"{a.name}, {a.title}")
    ds = Decisions(form="past", in_text=True)
    m.family = "council"  # sentences in the past tense, as the minutes of a board are written
    for it in m.items:
        P.item_heading(f, m, it, "ks_short", size=10.5, before=14)
        P.council_item_body(f, m, it, ds, rng)
    m.family = "board"
    f.in_items = False
    P.record_secretary(f, f.line(f"Vid protokollet: {m.secretary.name}", before=20), m)
    return Rendered(
        f,
        footer_line(f"{m.org} – {m.organ} – protokoll", "sida_paren"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


# --------------------------------------------------------------------------- minutes
DECIDED = (
    "Beslutades att {act}.",
    "Mötet beslöt att {act}.",
    "{subject} beslutade att {act}.",
    "{subject} enades om att {act}.",
)


def minutes_decisions(m: Meeting, it: Item, rng: random.Random) -> list[str]:
    """The point's decisions as minutes write them: its passive sentence, or an impersonal
    "Beslutades att …" / "<Group> beslutade att …" per act."""
    if it.passive and (not it.acts or rng.random() < 0.5):
        return [it.passive]
    return [rng.choice(DECIDED).format(act=a, subject=m.subject) for a in acts_of(m, it)]


def member_title(m: Meeting, s: Seat) -> str:
    return m.extra["titles"][s.person]


@variant(
    "minutes",
    "r_one_per_line",
    "r_role_after",
    "r_absent",
    "r_antecknare",
    "r_guests",
    "h_dot",
    "d_inline",
    "date_iso",
)
def h3_minutes_bullet_actions(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose points "1. Title" hold bulleted notes ("• …") and "Åtgärd:" lines
    naming who does what next (not decisions), then "Beslut:" lines; "Närvarande" one "Name
    (title, Organisation)" a line, the chair ", ordförande" after the bracket; "Från Region Örebro
    län:" (officials), "Gäst:" (guests), "Förhinder:" as a comma list (not participants),
    "Antecknat av: Name"; "Datum: 2025-03-04"; Helvetica 10."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 3), guests=rng.randint(0, 2))
    f = Flow(Style("helvetica", size=10, left=66, right=58))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.para(m.organ, size=12, before=2)
    f.line(f"Datum: {m.date.isoformat()}", before=8)
    f.line(f"Tid: {m.time}   Plats: {m.place}")
    f.line("Närvarande", bold=True, before=10, keep=1)
    for s in m.seats:
        tail = ", ordförande" if s.role == "ordförande" else ""
        ln = f.para(f"{s.name} ({member_title(m, s)}, {s.org}){tail}", before=0, hang=10, together=True)[0]
        f.person(ln, s.name, s.role, s.org, member_title(m, s))
    P.roster_lines(f, "Från Region Örebro län:", m.officials, lambda a: f"{a.name}, {a.title}", before=6)
    P.roster_lines(f, "Gäst:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", before=6)
    f.para("Förhinder: " + ", ".join(f"{s.name}, {s.org}" for s in m.absent), before=6)
    P.record_secretary(f, f.line(f"Antecknat av: {m.secretary.name}", before=6), m)
    people = [s.person.name for s in m.seats[1:]] + [a.name for a in m.officials]
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=11, before=14)
        for t in council_texts(m, it):
            f.para(f"• {t}", x=8, hang=10, before=2)
        if it.kind == "topic" and rng.random() < 0.6:
            f.para(f"Åtgärd: {rng.choice(people)} återkommer med ett underlag till nästa möte.", x=8, before=3)
        for d in minutes_decisions(m, it, rng):
            f.para(f"Beslut: {d}", x=8, before=3)
            f.decision(d)
    return Rendered(
        f,
        footer_line(f"Minnesanteckningar {m.organ}", "sida"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "minutes",
    "r_running_comma",
    "r_org_short",
    "r_role_before",
    "r_guests",
    "r_absent",
    "h_para",
    "d_sentences",
    "date_iso",
)
def h3_minutes_para_numbered(rng: random.Random) -> Rendered:
    """Minnesanteckningar numbered like a protocol ("§ 1 Title"): "Anteckningar från möte 4/3
    2025" (day/month year); "Ordförande: Name, title, Organisation", "Deltagare:" a comma list of
    "Name (Kumla)" with organisations short, "Från regionen:" (officials) and "Gäster:"
    (guests) as comma lists with titles, "Ej närvarande:" (not participants), "Sekreterare:";
    decisions as impersonal sentences ("Beslutades att …", "Mötet beslöt att …", "Chefsgruppen
    enades om att …") at the end of each point's text; Times 11."""
    m = minutes_meeting(rng, Cast(rng), absent=2, guests=rng.randint(1, 2))
    f = Flow(Style("times", size=11, left=74, right=64))
    f.para(m.organ, bold=True, size=15)
    f.line(f"Anteckningar från möte {day_text(m.date, 'slash')}", size=12, before=4)
    f.line(f"{m.time}, {m.place}", before=2)
    chair = m.chair
    ln = f.para(f"Ordförande: {chair.name}, {member_title(m, chair)}, {chair.org}", before=10)[0]
    f.person(ln, chair.name, "ordförande", chair.org, member_title(m, chair))
    members = [s for s in m.seats if s.role != "ordförande"]
    P.roster_running(f, "Deltagare:", members, lambda s: f"{s.name} ({P.org_as(s.org, 'short')})", sep=", ", end=".")
    P.roster_running(f, "Från regionen:", m.officials, lambda a: f"{a.name}, {a.title}", sep="; ", end=".")
    P.roster_running(f, "Gäster:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", sep="; ", end=".")
    f.para("Ej närvarande: " + ", ".join(f"{s.name} ({P.org_as(s.org, 'short')})" for s in m.absent) + ".", before=6)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=6)[0], m)
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11.5, before=14)
        decided = minutes_decisions(m, it, rng)
        body = " ".join([*council_texts(m, it), *decided])
        if body:
            f.para(body, before=3)
        for d in decided:
            f.decision(d)
    return Rendered(
        f,
        P.furniture_running(f"{m.organ} – minnesanteckningar", "sida"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "minutes",
    "r_table_header",
    "r_table_ruled",
    "r_role_paren",
    "r_ovriga_narvarande",
    "r_absent",
    "h_bare",
    "d_beslut_colon",
    "d_sentences",
    "date_long",
)
def h3_minutes_ruled_titles(rng: random.Random) -> Rendered:
    """Minnesanteckningar in Vera whose attendance is one ruled table "Namn | Befattning |
    Organisation" with bold group rows "Ledamöter", "Övriga deltagare" (the region's officials and
    guests) and "Frånvarande" (not participants), the chair "(ordförande)" after the name; "4 mars
    2025" under the title; points "3  Title" (bare numbers, the title in a larger bold face);
    "Beslut:" over the decisions as sentences."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("vera", size=9, left=60, right=52))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.para(m.organ, bold=True, size=11, before=2)
    f.line(C.fmt_date(m.date, "long"), before=4)
    f.line(f"{m.time} • {m.place}")
    xs = [0, 170, 310]
    x1 = f.style.width
    rule = (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:]))
    f.row([(xs[0], "Namn"), (xs[1], "Befattning"), (xs[2], "Organisation")], bold=True, before=10, rule=rule, keep=1)

    def group(title: str) -> None:
        f.line(title, bold=True, rule=(xs[0] - 4, x1, ()), keep=1)

    group("Ledamöter")
    for s in m.seats:
        name = f"{s.name} (ordförande)" if s.role == "ordförande" else s.name
        ln = f.row([(xs[0], name), (xs[1], member_title(m, s)), (xs[2], s.org)], rule=rule)
        f.person(ln, s.name, s.role, s.org, member_title(m, s))
    group("Övriga deltagare")
    for a in [*m.officials, *m.guests]:
        P.record(f, f.row([(xs[0], a.name), (xs[1], a.title), (xs[2], a.org)], rule=rule), a)
    group("Frånvarande")
    for s in m.absent:
        f.row([(xs[0], s.name), (xs[1], ""), (xs[2], s.org)], rule=rule)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=8), m)
    for it in m.items:
        P.item_heading(f, m, it, "bare", indent=24, size=11.5, before=14)
        texts = council_texts(m, it)
        if texts:
            f.para(" ".join(texts), x=24, before=3)
        decided = minutes_decisions(m, it, rng)
        if decided:
            f.line("Beslut:", x=24, bold=True, before=6, keep=1)
            for d in decided:
                f.para(d, x=24, before=1)
                f.decision(d)
    return Rendered(
        f,
        footer_line(f"{m.organ} • {C.fmt_date(m.date, 'iso')}", "paren"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "minutes",
    "r_one_per_line",
    "r_role_before",
    "r_org_short",
    "r_guests",
    "r_absent",
    "h_punkt",
    "h_own_line",
    "d_sentences",
    "date_weekday",
)
def h3_minutes_org_line(rng: random.Random) -> Rendered:
    """Minnesanteckningar in Helvetica whose participants are one line each with the organisation
    FIRST and a dash ("Kumla – Agnes Hedin, socialchef"), the chair on a line of their own
    before them ("Mötesordförande: Name, title, Region Örebro län"); "Stöd från Region Örebro
    län:" (officials), "Inbjuden:" (guests), "Anmält frånvaro:" one a line (not participants),
    "Minnesanteckningar: Name" (the note-taker); "tisdag 4 mars 2025"; points "Punkt 3" alone on
    a line, the title under it; decisions as sentences in the text."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=1)
    f = Flow(Style("helvetica", size=9.5))
    f.line(m.organ, bold=True, size=14)
    f.line(f"Möte {day_text(m.date, 'weekday_bare')}, {m.time}", before=4)
    f.line(m.place)
    chair = m.chair
    ln = f.line(f"Mötesordförande: {chair.name}, {member_title(m, chair)}, {chair.org}", before=10)
    f.person(ln, chair.name, "ordförande", chair.org, member_title(m, chair))
    f.line("Deltagare", bold=True, before=8, keep=1)
    for s in m.seats[1:]:
        ln = f.line(f"{P.org_as(s.org, 'short')} – {s.name}, {member_title(m, s)}")
        f.person(ln, s.name, s.role, s.org, member_title(m, s))
    P.roster_lines(f, "Stöd från Region Örebro län:", m.officials, lambda a: f"{a.name}, {a.title}")
    P.roster_lines(f, "Inbjuden:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}")
    f.line("Anmält frånvaro:", bold=True, before=8, keep=1)
    for s in m.absent:
        f.line(f"{P.org_as(s.org, 'short')} – {s.name}")
    P.record_secretary(f, f.line(f"Minnesanteckningar: {m.secretary.name}", before=8), m)
    for it in m.items:
        P.item_heading(f, m, it, "punkt", own_line=True, size=10.5, before=14)
        decided = minutes_decisions(m, it, rng)
        body = " ".join([*council_texts(m, it), *decided])
        if body:
            f.para(body, before=3)
        for d in decided:
            f.decision(d)
    return Rendered(f, footer_line(m.organ, "sida_paren"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "minutes",
    "h_unnumbered",
    "r_running_comma",
    "r_org_short",
    "r_role_paren",
    "r_absent",
    "r_antecknare",
    "d_beslut_colon",
    "d_sentences",
    "date_dotted",
)
def h3_minutes_margin_titles(rng: random.Random) -> Rendered:
    """Minnesanteckningar with no point numbers: each point's title in bold in a LEFT MARGIN
    column (wrapping there when long), its notes in the right column from the same row, and
    "Beslut:" lines in the right column; those present in running text separated by bullets
    ("Närvarande: Agnes Hedin, Kumla (ordf) • Olle Tell, Nora • …"), "Övriga:" (officials and
    guests), "Förhinder:" (not participants), "Antecknare:"; "Datum 4.3.2025"; Vera 9.5."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=rng.randint(0, 1))
    f = Flow(Style("vera", size=9.5, left=56, right=50))
    f.line("MINNESANTECKNINGAR", bold=True, size=13)
    f.para(m.organ, size=11, before=2)
    f.line(f"Datum {C.fmt_date(m.date, 'dotted')}   {m.time}   {m.place}", before=6)

    def seat(s: Seat) -> str:
        return f"{s.name}, {P.org_as(s.org, 'short')}" + (" (ordf)" if s.role == "ordförande" else "")

    P.roster_running(f, "Närvarande:", m.seats, seat, sep=" • ", before=8)
    P.roster_running(
        f, "Övriga:", [*m.officials, *m.guests], lambda a: f"{a.name}, {a.title}, {P.org_as(a.org, 'short')}", sep=" • "
    )
    f.para("Förhinder: " + " • ".join(f"{s.name}, {P.org_as(s.org, 'short')}" for s in m.absent), before=6)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=6), m)
    col = 130.0
    for k, it in enumerate(m.items):
        texts = council_texts(m, it)
        first = " ".join(texts) if texts else "–"
        rows = beside(f, it.title, first, col=col, before=12)
        f.item(str(k + 1), it.title, rows[0], it.dnr)
        for d in minutes_decisions(m, it, rng):
            beside(f, "", f"Beslut: {d}", col=col, before=3)
            f.decision(d)
    return Rendered(
        f,
        footer_line(f"{m.organ} – minnesanteckningar {C.fmt_date(m.date, 'dotted')}", "plain"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


# --------------------------------------------------------------------------- agreements
ORG_NUMBERS = {"kommun": "212000", "region": "232100", "förbund": "802400", "myndighet": "202100"}
NICKNAMES = {"kommun": "Kommunen", "region": "Regionen", "förbund": "Förbundet", "myndighet": "Länsstyrelsen"}


def org_no(org: str, rng: random.Random) -> str:
    return f"{ORG_NUMBERS[_kind_of(org)]}-{rng.randint(1000, 9999)}"


@variant("agreement", "a_parties_list", "a_sig_2col", "a_sig_title_org", "m_other_dates")
def h3_agreement_orgnr_list(rng: random.Random) -> Rendered:
    """An agreement numbered in §§ ("§ 1 Avtalsparter", "§ 2 Bakgrund", …; not agenda items): the
    parties as a numbered list "1. Region Örebro län, org.nr 232100-1234", "2. …"; validity
    "Överenskommelsen gäller från och med 2025-01-01 till och med 2026-12-31"; signatures in two
    columns, each "För <organisation>" over "Ort och datum", a line, the name and the title;
    Times 11."""
    a = agreement(rng, Cast(rng), parties=rng.randint(2, 5))
    f = Flow(Style("times", size=11, left=76, right=66))
    f.in_items = False
    f.line(C.REGION, size=9)
    f.para(a.title, bold=True, size=16, before=14)
    f.line("§ 1 Avtalsparter", bold=True, before=14, keep=2)
    for k, org in enumerate(a.parties):
        f.line(f"{k + 1}. {org}, org.nr {org_no(org, rng)}", x=12, before=1)
    for n, (heading, texts) in enumerate(a.sections, start=2):
        f.line(f"§ {n} {heading}", bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line(f"§ {len(a.sections) + 2} Giltighet", bold=True, before=10, keep=1)
    f.para(
        f"Överenskommelsen gäller från och med {a.valid_from.isoformat()} till och med {a.valid_to.isoformat()}."
        if a.valid_to
        else f"Överenskommelsen gäller från och med {a.valid_from.isoformat()} och tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=1)
    half = f.style.width / 2
    for k in range(0, len(a.signatories), 2):
        pair = a.signatories[k : k + 2]
        f.row([(j * half, f"För {s.org}") for j, s in enumerate(pair)], bold=True, before=16, keep=5, size=10)
        f.row(
            [(j * half, f"Ort och datum: {s.place} {s.date.isoformat()}") for j, s in enumerate(pair)], keep=3, size=10
        )
        f.row([(j * half, "_" * 30) for j, _ in enumerate(pair)], before=14, keep=2, size=10)
        f.row([(j * half, s.person.name) for j, s in enumerate(pair)], keep=1, size=10)
        f.row([(j * half, s.title) for j, s in enumerate(pair)], size=10)
    return Rendered(
        f, footer_line(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("agreement", "a_parties_table", "a_sig_3col", "a_sig_title_org", "m_other_dates", "date_iso")
def h3_agreement_contacts_table(rng: random.Random) -> Rendered:
    """An agreement whose parties stand in a ruled table "Part | Kontaktperson | E-post": the
    contact persons are NOT signatories; "Datum 2024-11-20" and "Diarienummer" in the header
    (the document's date, not a validity date); validity "Överenskommelsen gäller 1 januari 2025
    – 31 december 2026"; the signatures in three columns: organisation (bold), the name and the
    title and "Datum:" under a line; Helvetica 9.5."""
    cast = Cast(rng)
    a = agreement(rng, cast, parties=rng.randint(3, 6), dated=True)
    f = Flow(Style("helvetica", size=9.5, left=60, right=52))
    f.in_items = False
    f.line(C.REGION, bold=True, size=11, cells=((f.style.width - 150, f"Datum {a.dated.isoformat()}", False),))
    f.line(f"Diarienummer {a.dnr}", size=9, x=f.style.width - 150)
    f.para(a.title, bold=True, size=15, before=18)
    f.line("Parter", bold=True, before=12, keep=2)
    xs = [0, 190, 330]
    rule = (xs[0] - 4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row([(xs[0], "Part"), (xs[1], "Kontaktperson"), (xs[2], "E-post")], bold=True, rule=rule, keep=1)
    for org in a.parties:
        c = cast.person()
        domain = "regionorebrolan.se" if org == C.REGION else "example.se"
        mail = f"{c.given.lower()}.{c.family.lower().replace(' ', '')}@{domain}"
        f.row([(xs[0], org), (xs[1], c.name), (xs[2], mail)], rule=rule, size=9)
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighetstid", bold=True, before=10, keep=1)
    f.para(
        f"Överenskommelsen gäller {C.fmt_date(a.valid_from, 'long')} – {C.fmt_date(a.valid_to, 'long')}."
        if a.valid_to
        else f"Överenskommelsen gäller från {C.fmt_date(a.valid_from, 'long')} och tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=1)
    third = f.style.width / 3
    for k in range(0, len(a.signatories), 3):
        group = a.signatories[k : k + 3]
        f.row([(j * third, s.org) for j, s in enumerate(group)], bold=True, before=18, keep=4, size=8.5)
        f.row([(j * third, "." * 34) for j, _ in enumerate(group)], before=14, keep=3, size=8.5)
        f.row([(j * third, s.person.name) for j, s in enumerate(group)], keep=2, size=8.5)
        f.row([(j * third, s.title) for j, s in enumerate(group)], keep=1, size=8.5)
        f.row([(j * third, f"Datum: {s.date.isoformat()}") for j, s in enumerate(group)], size=8.5)
    return Rendered(
        f,
        footer_line(a.title, "sida_paren"),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat() if a.dated else None,
        agreement=agreement_gold(a),
    )


@variant("agreement", "a_parties_running", "a_sig_title_org", "m_other_dates")
def h3_agreement_single_column(rng: random.Random) -> Rendered:
    """An agreement whose parties are named in one sentence ("Denna överenskommelse har träffats
    mellan Region Örebro län, Kumla kommun och Nora kommun, nedan kallade parterna."); sections
    as bold headings; validity "giltig från den 1 juli 2025 till och med den 30 juni 2027";
    signatures one under the other in one column: "Ort och datum", the place and date, a line,
    "Name" and "title, Organisation" (some parties with two signatories); Vera 10."""
    a = agreement(rng, Cast(rng), parties=rng.randint(2, 4), two_signers=rng.random() < 0.5)
    f = Flow(Style("vera", size=10, left=80, right=80))
    f.in_items = False
    f.para(a.title, bold=True, size=15)
    names = a.parties
    listed = ", ".join(names[:-1]) + f" och {names[-1]}"
    f.para(f"Denna överenskommelse har träffats mellan {listed}, nedan kallade parterna.", before=12)
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighet", bold=True, before=10, keep=1)
    f.para(
        f"Överenskommelsen är giltig från den {C.fmt_date(a.valid_from, 'long')} till och med den "
        f"{C.fmt_date(a.valid_to, 'long')}."
        if a.valid_to
        else f"Överenskommelsen är giltig från den {C.fmt_date(a.valid_from, 'long')} och gäller tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=1)
    for s in a.signatories:
        f.line("Ort och datum", size=8, before=14, keep=4)
        f.line(f"{s.place} {C.fmt_date(s.date, 'long')}", keep=3)
        f.line("." * 50, before=14, keep=2)
        f.line(s.person.name, keep=1)
        f.line(f"{s.title}, {s.org}", size=9)
    return Rendered(
        f, P.furniture_running(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


# --------------------------------------------------------------------------- more boards, minutes, councils
@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_val_av_justerare",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_yrkanden",
    "date_long",
)
def h3_kf_vote_list(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol with a roll-call vote: page one a label column ("Beslutande"
    one "Name (S), ordförande" a line, "Tjänstgörande ersättare" "X (M) för Y (M)", "Ersättare",
    "Övriga närvarande", "Sekreterare"); items "§ 45 Title" with "Kommunstyrelsens förslag" (not
    a decision), "Yrkanden", "Propositionsordning" and for one topic "Omröstning" with a
    "Voteringslista" table "Ledamot | Parti | Ja | Nej | Avstår" (X marks; serving substitutes
    are listed there too and stay substitutes); decisions under "Beslut" as "Kommunfullmäktige
    beslutar att" over "1. …," rows; the municipality's house header; Vera 9."""
    m = fullmaktige_meeting(rng)
    f = Flow(Style("vera", size=9, top=90, bottom=80))
    f.line("Kommunfullmäktige", bold=True, size=15)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'long')}", before=4)
    col = 150.0
    beside(f, "Plats och tid", f"{m.place}, {m.time}", col=col, before=10)
    for label, entries, fmt in (
        (
            "Beslutande",
            seats_of(m, "ordförande", "vice ordförande", "ledamot"),
            lambda s: f"{s.name} ({s.party})" + ("" if s.role == "ledamot" else f", {function_of(s)}"),
        ),
        (
            "Tjänstgörande ersättare",
            [s for s in m.seats if s.replaces],
            lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
        ),
        ("Ersättare", idle_subs(m), lambda s: f"{s.name} ({s.party})"),
        ("Övriga närvarande", m.officials, lambda a: f"{a.name}, {a.title}"),
    ):
        for k, e in enumerate(entries):
            P.record(f, beside(f, label if k == 0 else "", fmt(e), col=col, before=8 if k == 0 else 0)[0], e)
    P.record_secretary(f, beside(f, "Sekreterare", m.secretary.name, col=col)[0], m)
    topics = [it.number for it in m.items if it.kind == "topic" and it.acts]
    voted = rng.choice(topics) if topics else None
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11, before=16, new_page=k == 0, dnr=it.dnr)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.kind == "topic" and it.acts:
            f.line("Kommunstyrelsens förslag", bold=True, before=8, keep=1)
            f.para(f"Kommunfullmäktige beslutar att {acts_of(m, it)[0]}.")
        if it.number == voted:
            f.line("Yrkanden", bold=True, before=8, keep=1)
            f.para(f"{m.chair.name} ({m.chair.party}) yrkar bifall till kommunstyrelsens förslag.")
            f.line("Propositionsordning", bold=True, before=8, keep=1)
            f.para("Ordföranden ställer proposition på bifall och avslag och finner förslaget bifallet.")
            f.line("Omröstning", bold=True, before=8, keep=1)
            f.para(
                "Omröstning begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den det ej vill röstar nej."
            )
            ballot = voters(m)
            marks = [rng.choice((2, 2, 2, 3, 4)) for _ in ballot]
            yes = sum(1 for v in marks if v == 2)
            f.para(f"Med {yes} ja-röster mot {marks.count(3)} nej-röster, {marks.count(4)} avstod, bifalls förslaget.")
            f.line("Voteringslista", bold=True, before=8, keep=2)
            xs = [0, 190, 240, 280, 320]
            f.row([(x, t) for x, t in zip(xs, ["Ledamot", "Parti", "Ja", "Nej", "Avstår"], strict=True)], bold=True)
            for s, v in zip(ballot, marks, strict=True):
                f.row([(xs[0], s.name), (xs[1], s.party), (xs[v], "X")], size=8.5)
        decisions_in_section(f, m, it, rng, "Beslut", "lead_numbered")
    return Rendered(f, furniture_house_lite(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


def furniture_house_lite(m: Meeting):
    """The municipality and "PROTOKOLL" at the top, the body and the date under them, a rule,
    the page as "2 (7)"."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 11)
        c.drawString(st.left, H - 40, m.org)
        c.drawString(st.left + 250, H - 40, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, P.page_label("paren", page, total))
        c.drawString(st.left, H - 54, m.organ)
        c.drawString(st.left + 250, H - 54, C.fmt_date(m.date, "iso"))
        c.setLineWidth(0.5)
        c.line(st.left, H - 62, W - st.right, H - 62)

    return draw


@variant(
    "board",
    "r_running_comma",
    "r_och",
    "r_party",
    "r_role_after",
    "r_absent",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "date_weekday",
)
def h3_board_samt_prose(rng: random.Random) -> Rendered:
    """A small municipality's nämnd protocol written as prose: "Närvarande: Agnes Hedin (S)
    ordförande, Per Berg (M) vice ordförande, Ola Ny (C), … samt tjänstgörande ersättarna X (V)
    och Y (L)" in one paragraph, "Dessutom närvarande: ersättarna A (S) och B (M), kommunchef
    Name och nämndsekreterare Name (sekreterare)" (title BEFORE the name), "Förhinder: …" (not
    participants); "Sammanträdet hölls onsdagen den 5 mars 2025 …"; items "§ 45 Title (BUN
    2025/118)" with the registry number in brackets; decisions under "Beslut" as one sentence
    with inline numbers ("Nämnden beslutar att 1) godkänna …, 2) uppdra …"); Times 11."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 4, 5)), spans=False, absent_listed=rng.randint(1, 2))
    m.subject = "Nämnden"
    f = Flow(Style("times", size=11, left=78, right=70))
    f.line(m.org, bold=True, size=12)
    f.line(f"{m.organ} – protokoll", bold=True, size=15, before=8)
    f.para(f"Sammanträdet hölls {C.fmt_date(m.date, 'weekday')} {m.time} i {m.place}.", before=8)
    members = seats_of(m, "ordförande", "vice ordförande", "ledamot")
    serving = [s for s in m.seats if s.replaces]
    texts = [f"{s.name} ({s.party})" + ("" if s.role == "ledamot" else f" {s.role}") for s in members]
    tail = [f"{s.name} ({s.party})" for s in serving]
    line = "Närvarande: " + ", ".join(texts)
    if tail:
        line += " samt tjänstgörande ersättarna " + (
            ", ".join(tail[:-1]) + " och " + tail[-1] if len(tail) > 1 else tail[0]
        )
    rows = f.para(line + ".", before=8)
    place_entries(f, rows, [*members, *serving], [*texts, *tail])
    subs = idle_subs(m)
    others = [f"{s.name} ({s.party})" for s in subs]
    staff = [f"{a.title} {a.name}" + (" (sekreterare)" if a is m.secretary else "") for a in m.officials]
    line = "Dessutom närvarande: " + (f"ersättarna {and_list(others)}, " if others else "") + and_list(staff) + "."
    rows = f.para(line, before=4)
    place_entries(f, rows, [*subs, *m.officials], [*others, *staff])
    sec = next(r for r in rows if m.secretary.name in r.text or r is rows[-1])
    P.record_secretary(f, sec, m)
    f.para("Förhinder: " + " och ".join(f"{s.name} ({s.party})" for s in m.absent) + ".", before=4)
    P.record_justerare(f, f.para(f"Att justera protokollet utsågs {m.justerare.name}.", before=4)[0], m)
    for it in m.items:
        ln = f.line(f"§ {it.number} {it.title} ({it.dnr})", bold=True, size=11.5, before=14, keep=1)
        f.item(str(it.number), it.title, ln, it.dnr)
        if it.text:
            f.para(" ".join(it.text), before=3)
        acts = acts_of(m, it)
        if not acts:
            continue
        f.line("Beslut", bold=True, before=6, keep=1)
        verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
        if len(acts) == 1:
            text = f"Nämnden {verb} att {acts[0]}."
            f.para(text, before=2)
            f.decision(text)
            continue
        f.para(f"Nämnden {verb} att " + ", ".join(f"{k + 1}) {a}" for k, a in enumerate(acts)) + ".", before=2)
        for a in acts:
            f.decision(f"Nämnden {verb} att {a}")
    return Rendered(
        f, footer_line(f"{m.org} • {m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


def and_list(texts: list[str]) -> str:
    """ "A, B och C"."""
    return ", ".join(texts[:-1]) + " och " + texts[-1] if len(texts) > 1 else texts[0]


def place_entries(f: Flow, rows: list, who: list, texts: list[str]) -> None:
    """Record each entry of a wrapped paragraph on the row where its text starts."""
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for w, t in zip(who, texts, strict=True):
        pos = joined.index(t, pos)
        P.record(f, rows[max(k for k, s in enumerate(starts) if s <= pos)], w)
        pos += len(t)


@variant(
    "board",
    "r_role_heading",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_table_unruled",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_reservation",
    "date_iso",
    "m_page_header_body",
)
def h3_board_two_per_row(rng: random.Random) -> Rendered:
    """A nämnd protocol whose roster headings are bold capitals ("NÄRVARANDE LEDAMÖTER",
    "TJÄNSTGÖRANDE ERSÄTTARE", "ERSÄTTARE", "TJÄNSTEPERSONER") and whose entries stand TWO TO A
    ROW, read left to right ("Agnes Hedin (S), ordf." | "Per Berg (M), 1:e vice ordf.", then
    "Ola Ny (C)" | "Eva Al (L)"; "X (V) för Y (V)"; officials "Name, title"); "Justerare:" and
    "Sekreterare:"; items "§ 45 Title"; "Förslag till beslut" (not a decision), "Beslut" as
    numbered sentences, "Jäv" or "Reservation" after some; Helvetica 9 with narrow margins under
    a header naming the body and the date."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 3, 5)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("helvetica", size=9, left=48, right=44, top=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"{m.organ} – Protokoll {C.fmt_date(m.date, 'iso')}", bold=True, size=13, before=8)
    f.line(f"Plats och tid: {m.place}, {m.time}", before=4)
    half = f.style.width / 2
    short = {"ordförande": "ordf.", "vice ordförande": "vice ordf."}

    def pairs(heading: str, entries: list, fmt) -> None:
        if not entries:
            return
        f.line(heading, bold=True, before=8, keep=1)
        for k in range(0, len(entries), 2):
            group = entries[k : k + 2]
            ln = f.row([(j * half, fmt(e)) for j, e in enumerate(group)])
            for e in group:
                P.record(f, ln, e)

    def member(s: Seat) -> str:
        if s.role == "vice ordförande":
            return f"{s.name} ({s.party}), {s.rank} vice ordf.".replace(",  ", ", ")
        return f"{s.name} ({s.party})" + (f", {short[s.role]}" if s.role in short else "")

    pairs("NÄRVARANDE LEDAMÖTER", seats_of(m, "ordförande", "vice ordförande", "ledamot"), member)
    pairs(
        "TJÄNSTGÖRANDE ERSÄTTARE",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
    )
    pairs("ERSÄTTARE", idle_subs(m), lambda s: f"{s.name} ({s.party})")
    pairs("TJÄNSTEPERSONER", m.officials, lambda a: f"{a.name}, {a.title}")
    P.record_justerare(f, f.line(f"Justerare: {m.justerare.name} ({m.justerare.party})", before=8), m)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}"), m)
    for it in m.items:
        P.item_heading(f, m, it, "para", size=10.5, before=14)
        if it.text:
            f.para(" ".join(it.text), before=3)
        if it.kind == "topic" and it.acts:
            f.line("Förslag till beslut", bold=True, before=6, keep=1)
            f.para(f"{m.organ} beslutar att {acts_of(m, it)[0]}.")
        decisions_in_section(f, m, it, rng, "Beslut", "numbered_sentences")
        remark(f, m, it, rng, kinds=("Jäv", "Reservation"), share=0.3)
    head = f"{m.organ} • {C.fmt_date(m.date, 'iso')}"
    return Rendered(
        f, P.furniture_running(head, "sida", rule=False), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "minutes",
    "r_side_by_side",
    "r_absent",
    "r_org_short",
    "r_role_paren",
    "r_guests",
    "h_paren",
    "d_sentences",
    "date_long",
)
def h3_minutes_present_absent_sides(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose roster is two columns side by side under bold headers,
    "Närvarande" (one "Name, title, Kumla" an entry, the chair "(ordf.)", wrapping inside the
    column) and "Förhinder" (not participants); below, "Övriga deltagare:" (the region's
    officials and guests, "Name, title, Organisation") and "Anteckningar: Name"; "Datum 4 mars
    2025"; points "3) Title"; decisions as present-tense sentences ending the text ("Gruppen
    godkänner …", "Gruppen beslutar att …"); Vera 9."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(2, 4), guests=rng.randint(0, 2))
    m.subject = "Gruppen"
    f = Flow(Style("vera", size=9, left=58, right=52))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.para(m.organ, size=11, before=2)
    f.line(f"Datum {C.fmt_date(m.date, 'long')}, {m.time}", before=6)
    f.line(f"Plats {m.place}")
    left = [
        (
            f"{s.name}, {member_title(m, s)}, {P.org_as(s.org, 'short')}"
            + (" (ordf.)" if s.role == "ordförande" else ""),
            None,
        )
        for s in m.seats
    ]
    right = [(f"{s.name}, {P.org_as(s.org, 'short')}", None) for s in m.absent]
    side_by_side(f, [left, right], [0, 260], header=["Närvarande", "Förhinder"], before=10)
    # record the present where their entries start (side_by_side records only Seats it is given)
    for s in m.seats:
        ln = next(x for x in f.lines if s.name in x.text or any(s.name in c[1] for c in x.cells))
        f.person(ln, s.name, s.role, s.org, member_title(m, s))
    P.roster_lines(f, "Övriga deltagare:", [*m.officials, *m.guests], lambda a: f"{a.name}, {a.title}, {a.org}")
    P.record_secretary(f, f.line(f"Anteckningar: {m.secretary.name}", before=6), m)
    ds = Decisions(form="present", in_text=True)
    for it in m.items:
        P.item_heading(f, m, it, "paren", size=10, before=12)
        P.council_item_body(f, m, it, ds, rng)
    return Rendered(f, footer_line(m.organ, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "council",
    "m_other_dates",
    "m_letterhead_body",
    "r_table_header",
    "r_table_unruled",
    "r_vakant",
    "h_finnish",
    "d_beslut",
    "d_sentences",
    "r_val_av_justerare",
    "date_iso",
)
def h3_council_written_date(rng: random.Random) -> Rendered:
    """A council protocol in the region's letter template: at the top right "Datum" over the day
    the protocol was written (a week after the meeting: not the meeting date) and "Dnr
    25RS1234"; then "Protokoll från sammanträde" and the council, "Sammanträdesdatum 2025-03-04";
    "Ledamöter" and "Ersättare" as two unruled tables "Namn | Organisation" (the chair and vice
    chair "(ordförande)", "(vice ordförande)" after the name, Vakant rows); "Övriga"
    (officials, "Name | title"); items "5 § Title"; decisions under "Beslut" as past-tense
    sentences ("Rådet beslutade att …", "… fastställdes"); Helvetica 9.5."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2))
    f = Flow(Style("helvetica", size=9.5, left=64, right=56))
    right = f.style.width - 130
    written = C.later(m.date, rng, 5, 9)
    f.line(C.REGION, bold=True, size=11, cells=((right, "Datum", False),))
    f.line("Regional utveckling", size=8.5, cells=((right, written.isoformat(), False),))
    f.line("", cells=((right, f"Dnr {rng.randint(23, 25)}RS{rng.randint(1000, 9999)}", False),), size=8.5)
    f.line("Protokoll från sammanträde", bold=True, size=15, before=18)
    f.para(m.organ, size=11.5, before=2)
    f.line(f"Sammanträdesdatum {m.date.isoformat()}, {m.time}", before=6)
    f.line(f"Plats {m.place}")
    xs = [0, 200]

    def seats_table(title: str, seats: list[Seat]) -> None:
        f.row([(xs[0], title), (xs[1], "Organisation")], bold=True, before=10, keep=1)
        for s in seats:
            if s.person is None:
                f.row([(xs[0], "Vakant"), (xs[1], s.org)])
                continue
            mark = f" ({s.role})" if s.role in ("ordförande", "vice ordförande") else ""
            P.record(f, f.row([(xs[0], s.name + mark), (xs[1], s.org)]), s)

    seats_table("Ledamöter", seats_of(m, "ordförande", "vice ordförande", "ledamot"))
    seats_table("Ersättare", m.role("ersättare"))
    f.row([(xs[0], "Övriga"), (xs[1], "Titel")], bold=True, before=10, keep=1)
    for a in [*m.officials, *m.guests]:
        P.record(
            f, f.row([(xs[0], a.name), (xs[1], a.title if a.role == "tjänsteperson" else f"{a.title}, {a.org}")]), a
        )
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=8), m)
    ds = Decisions("Beslut", "past")
    for it in m.items:
        P.item_heading(f, m, it, "finnish", indent=30, size=10.5, before=14)
        P.council_item_body(f, m, it, ds, rng, x=30)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant("agreement", "a_parties_table", "a_sig_2col", "a_sig_title_org")
def h3_agreement_parties_appendix(rng: random.Random) -> Rendered:
    """An agreement whose text says "Parter: se bilaga 1" and lists the parties only in that
    appendix, after the signatures: "Bilaga 1 Parter" as a table "Part | Organisationsnummer |
    Företrädare"; signatures in two columns, each "Ort och datum" with place and date, a line,
    "Namnförtydligande" under the name, the title and the organisation; validity "Avtalstid
    2025-01-01 – 2026-12-31"; Times 10.5."""
    a = agreement(rng, Cast(rng), parties=rng.randint(3, 6), two_signers=rng.random() < 0.3)
    f = Flow(Style("times", size=10.5, left=72, right=64))
    f.in_items = False
    f.line(C.REGION, size=9)
    f.para(a.title, bold=True, size=15, before=12)
    f.line("Parter", bold=True, before=12, keep=1)
    f.para("Parterna i överenskommelsen framgår av bilaga 1.")
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
    f.line("Avtalstid", bold=True, before=10, keep=1)
    f.para(
        f"{a.valid_from.isoformat()} – {a.valid_to.isoformat()}."
        if a.valid_to
        else f"Från och med {a.valid_from.isoformat()} och tills vidare."
    )
    f.line("Underskrifter", bold=True, before=14, keep=1)
    half = f.style.width / 2
    for k in range(0, len(a.signatories), 2):
        pair = a.signatories[k : k + 2]
        f.row([(j * half, "Ort och datum") for j, _ in enumerate(pair)], size=8, before=16, keep=6)
        f.row([(j * half, f"{s.place} {s.date.isoformat()}") for j, s in enumerate(pair)], keep=5)
        f.row([(j * half, "." * 40) for j, _ in enumerate(pair)], before=14, keep=4)
        f.row([(j * half, "Namnförtydligande") for j, _ in enumerate(pair)], size=8, keep=3)
        f.row([(j * half, s.person.name) for j, s in enumerate(pair)], keep=2)
        f.row([(j * half, s.title) for j, s in enumerate(pair)], keep=1, size=9.5)
        f.row([(j * half, s.org) for j, s in enumerate(pair)], size=9.5)
    f.line("Bilaga 1 Parter", bold=True, size=13, new_page=True)
    xs = [0, 180, 300]
    f.row([(xs[0], "Part"), (xs[1], "Organisationsnummer"), (xs[2], "Företrädare")], bold=True, before=10)
    reps = {
        "kommun": "Kommunstyrelsen",
        "region": "Regionstyrelsen",
        "förbund": "Styrelsen",
        "myndighet": "Landshövdingen",
    }
    for org in a.parties:
        f.row([(xs[0], org), (xs[1], org_no(org, rng)), (xs[2], reps[_kind_of(org)])])
    return Rendered(
        f, footer_line(a.title, "sida_paren"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )
