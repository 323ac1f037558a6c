"""More SEEN variants: house styles the zoo had not printed yet.

Each is a function ``rng -> Rendered`` like those of layouts.py, registered in ``FRESH``
(make.py adds them to the seen part): capital item titles with the § at the right margin,
"KS § 45  Dnr …" over the title, a ruled running-header table with a justering box at the
foot, rosters whose party and function stand in columns of their own, a roster running over
a page, numbered att-clauses continuing on the next page, minutes whose roster is "Name,
Organisation" in running text and whose points are run-in bold headings, a council in margin
labels with attendance ranges.  A second round: a kommunfullmäktige roster in two columns read
on their own with a vote list, a ruled roster whose cells wrap, "§ 45  Dnr 2025/118" over the
title with bulleted decision sentences, a roster grouped by party after the last item, network
minutes with lettered sub-points, a council in small sans type grouped by organisation, an
arbetsutskott's proposals beside its own decisions, justerare and secretary only in a ruled
signature table with a notice box of other dates.  A third round, for what the issue's list
of practice had in one seen variant or two only: kind, body and date on one line over "Bmn 45"
items with "Beslutet" and officials written title first; a council with running rosters
(semicolons, "och"), "Adjungerade", an "Innehållsförteckning" with dot leaders and "Paragraf 3"
headings; minutes with a "Roll | Namn | Organisation" table, "Punkt"/"Ärende" points and
"Åtgärd:"/"Ansvarig:" lines that are no decisions; a Word-template board with "45 §" items and
its roster in an appendix whose "Tjänstgörande ersättare" column names who sat in for whom.
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .layouts import (
    HOUSE_PAGE,
    PARTY_NAMES,
    RECIPIENTS,
    House,
    Rendered,
    Sections,
    Variant,
    acts_of,
    basis_rows,
    beside,
    fullmaktige_meeting,
    furniture_house,
    glued,
    house_decision,
    house_item,
    label_column,
    long_decision_item,
    lower_first,
    present_sentence,
    proposal_text,
    registry,
    remark,
    wrapped_row,
)
from .model import Attendee, Meeting, Seat, board_meeting, council_meeting, minutes_meeting
from .people import Cast
from .render import GLUE, Flow, H, Style, W, text_width, wrap

FRESH: list[Variant] = []
variant = registry(FRESH)

SHORT_ROLE = {"ordförande": "ordf", "vice ordförande": "v ordf", "ledamot": "ledamot", "ersättare": "ers"}


# --------------------------------------------------------------------------- shared pieces
def furniture_table(m: Meeting, *, kind: str = "PROTOKOLL", date_form: str = "iso", label: str = "sida_paren"):
    """The municipality's name above a ruled header table on every page: kind | body | date |
    "Sida 3 (12)"; at the foot a ruled justering box "Justerandes sign" | "Utdragsbestyrkande"."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        xs = [x0, x0 + 110, x0 + (x1 - x0) * 0.62, x0 + (x1 - x0) * 0.82, x1]
        top, low = H - 30, H - 52
        c.setLineWidth(0.5)
        c.rect(x0, low, x1 - x0, top - low)
        for x in xs[1:-1]:
            c.line(x, low, x, top)
        cells = (kind, m.organ, C.fmt_date(m.date, date_form), HOUSE_PAGE[label].format(p=page, t=total))
        for k, text in enumerate(cells):
            c.setFont(st.bold if k == 0 else st.reg, 8.5)
            c.drawString(xs[k] + 4, low + 8, text)
        c.setFont(st.bold, 9)
        c.drawString(x0, top + 6, m.org)  # the letterhead: who publishes the protocol
        c.rect(x0, 26, x1 - x0, 26)
        c.line((x0 + x1) / 2, 26, (x0 + x1) / 2, 52)
        c.setFont(st.reg, 6.5)
        c.drawString(x0 + 4, 45, "Justerandes sign")
        c.drawString((x0 + x1) / 2 + 4, 45, "Utdragsbestyrkande")

    return draw


def furniture_plain(m: Meeting, *, date_form: str = "iso", upper: bool = True):
    """The municipality at the left, "Sammanträdesprotokoll <date>" in the middle, "3 (7)" at the
    right, no rule; nothing at the foot but the page again, centred."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 10)
        c.drawString(x0, H - 38, m.org.upper() if upper else m.org)
        c.setFont(st.reg, 8.5)
        c.drawString(x0, H - 50, m.organ)
        c.drawString(x0 + 220, H - 38, "Sammanträdesprotokoll")
        c.drawString(x0 + 220, H - 50, C.fmt_date(m.date, date_form))
        c.drawRightString(x1, H - 38, f"{page} ({total})")
        c.setFont(st.reg, 7)
        c.drawCentredString(W / 2, 30, f"Justerandes signatur .......................   Sida {page}")

    return draw


def voting(m: Meeting) -> list[Seat]:
    return [s for s in m.seats if s.role != "ersättare" or s.replaces]


def function_of(s: Seat) -> str:
    """A board seat's function as a column of its own prints it."""
    if s.replaces:
        return f"tjg ers för {s.replaces.name}"
    if s.role == "vice ordförande":
        return f"{s.rank} vice ordförande".strip()
    return s.role


def title_rows(f: Flow, text: str, width: float, size: float, bold: bool = True) -> list[str]:
    return wrap(text, width, f.style.bold if bold else f.style.reg, size)


# --------------------------------------------------------------------------- boards
@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "r_name_title_columns",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
)
def board_caps_title_right(rng: random.Random) -> Rendered:
    """Item titles first, in bold CAPITALS, with "§ 45" at the right margin on the same
    baseline (a long title wraps, the § beside its first row) and "Dnr KS 2024/123" under it;
    the roster as unruled columns under a header "Namn | Parti | Funktion", the party without
    parentheses in a column of its own ("S", "tjg ers för Y", "ej tjg ers") -- or "Namn |
    Parti | Ledamot | Tjg ers | Ej tjg" with a cross in the seat's column and "Name, ordf"
    for the chairs; officials as
    names beside titles; "Förslag till beslut" (not a decision) and "Beslut" as "Nämnden
    beslutar" over "att …," rows; Helvetica 10 with 1.5 line spacing and narrow margins."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 3, 4)), spans=False)
    f = Flow(Style("helvetica", size=10, left=48, right=42, top=80, bottom=60, leading=1.5))
    f.line(f"{m.genitive} sammanträde", bold=True, size=15)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}   Tid: {m.time.removeprefix('kl. ')}", before=6)
    f.line(f"Plats: {m.place}")
    f.line("Närvarande", bold=True, size=11, before=12, keep=2)
    subs = [s for s in m.role("ersättare") if not s.replaces]
    if rng.random() < 0.5:
        xs = [0.0, 170.0, 215.0]
        rows: list[tuple[list[str], object]] = [([s.name, s.party or "", function_of(s)], s) for s in voting(m)]
        rows += [([s.name, s.party or "", "ej tjg ers"], s) for s in subs]
        P.table(f, ["Namn", "Parti", "Funktion"], rows, xs, before=4)
    else:  # a cross in the column of the seat's kind, the chairs' function after their names
        xs = [0.0, 190.0, 235.0, 290.0, 345.0]
        rows = []
        for s in [*voting(m), *subs]:
            name = s.name + {"ordförande": ", ordf", "vice ordförande": f", {s.rank} v ordf"}.get(s.role, "")
            col = 4 if s.role == "ersättare" and not s.replaces else 3 if s.replaces else 2
            cells = [name, s.party or "", "", "", ""]
            cells[col] = "x"
            rows.append((cells, s))
        P.table(f, ["Namn", "Parti", "Ledamot", "Tjg ers", "Ej tjg"], rows, xs, before=4)
    f.line("Övriga närvarande", bold=True, size=11, before=12, keep=1)
    P.table(f, None, [([a.name, a.title], a) for a in m.officials], [0.0, 170.0], before=2)
    j = m.justerare
    ln = f.line(f"Utses att justera: {j.name} ({j.party})", before=10)
    P.record_justerare(f, ln, m)
    ln = f.line(f"Sekreterare: {m.secretary.name}", before=2)
    P.record_secretary(f, ln, m)
    h = House(proposal="Förslag till beslut", form="att_rows", sent_to="Expedieras till", sent_inline=True)
    sec = Sections(f)
    num_w = text_width("§ 999", f.style.bold, 11)
    for it in m.items:
        title = it.title.upper()
        rows_t = title_rows(f, title, f.style.width - num_w - 30, 11)
        head = f.line(
            rows_t[0], bold=True, size=11, before=16, keep=len(rows_t) + 1,
            cells=((f.style.width - text_width(f"§ {it.number}", f.style.bold, 11), f"§ {it.number}", True),),
        )  # fmt: skip
        f.item(str(it.number), title, head, it.dnr)
        for r in rows_t[1:]:
            f.line(r, bold=True, size=11)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        house_item(f, m, it, rng, h, sec)
    return Rendered(f, furniture_plain(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_long",
    "h_ks_para",
    "h_own_line",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_span",
    "r_ej_tjg",
    "r_tjg_for",
    "d_organ_beslut",
    "d_not_proposal",
    "d_att_clauses",
)
def board_ks_dnr_line(rng: random.Random) -> Rendered:
    """A ruled header table on every page ("PROTOKOLL | Kommunstyrelsen | 2025-03-04 | Sida 3
    (12)") and a ruled justering box at the foot ("Justerandes sign | Utdragsbestyrkande");
    items "KS § 45   Dnr KS 2024/123" on one bold line with the title below in a larger
    face; page one "Sammanträdesdatum 4 mars 2025", an attendance table "Namn | Parti | Roll |
    Närvaro" where the party stands bare ("S") and every row has its §§ range ("§§ 45–51", a
    shorter one for some), "tjg ers" / "ej tjg ers" in the role column, the table going on on
    page two under its repeated header row; "Arbetsutskottets
    förslag" (not a decision); "Kommunstyrelsens beslut" with a lead and "– clause" rows;
    Vera 9.5."""
    m = board_meeting(rng, Cast(rng), board=0, spans=True)
    prefix = m.extra["prefix"]
    f = Flow(Style("vera", size=9.5, left=62, right=50, top=86, bottom=72))
    first, last = m.items[0].number, m.items[-1].number
    full = f"§§ {first}–{last}"
    f.line(f"{m.organ}", bold=True, size=14)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'long')}", before=4)
    f.line(f"{m.place}, {m.time}")
    xs = [0.0, 165.0, 205.0, 330.0]
    rows: list[tuple[list[str], object]] = []
    for s in voting(m):
        role = "tjg ers" if s.replaces else {"vice ordförande": f"{s.rank} vice ordf"}.get(s.role, s.role)
        rows.append(([s.name, s.party or "", role, s.span or full], s))
    for s in m.role("ersättare"):
        if not s.replaces:
            rows.append(([s.name, s.party or "", "ej tjg ers", full], s))
    header = ["Namn", "Parti", "Roll", "Närvaro"]
    cut = len(rows) // 2 + rng.randint(-2, 2)
    P.table(f, header, rows[:cut], xs, before=12)
    f.line(  # the table goes on on the next page, its header row repeated
        header[0],
        bold=True,
        new_page=True,
        keep=1,
        cells=tuple((x, t, True) for x, t in zip(xs[1:], header[1:], strict=True)),
    )
    P.table(f, None, rows[cut:], xs, before=0)
    rows = [([a.name, "", a.title, a.span or full], a) for a in m.officials]
    P.table(f, ["Tjänstepersoner", "", "Titel", ""], rows, xs, before=10)
    j = m.justerare
    P.record_justerare(f, f.line(f"Justerare: {j.name}", before=10), m)
    P.record_secretary(f, f.line(f"Protokollförare: {m.secretary.name}", before=2), m)
    h = House(
        proposal="Arbetsutskottets förslag",
        proposal_form="au",
        decision=f"{m.genitive} beslut",
        form="lead_att",
        bullet="– ",
        sent_to=None,
    )
    sec = Sections(f)
    for it in m.items:
        dnr = it.dnr or ""
        head = f.line(
            f"{prefix} § {it.number}", bold=True, before=16, keep=2,
            cells=((110.0, f"Dnr {dnr}", True),) if dnr else (),
        )  # fmt: skip
        f.item(str(it.number), it.title, head, it.dnr)
        f.para(it.title, bold=True, size=12, before=2)
        house_item(f, m, it, rng, h, sec)
    r = Rendered(f, furniture_table(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)
    return r


def numbered_over_break(f: Flow, m: Meeting, it, *, heading: str, x: float = 0.0) -> None:
    """ "Beslut", the lead "<Organ> beslutar" and numbered "1. att …" rows, the rows from the
    second on continuing on the next page."""
    acts = acts_of(m, it)
    verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
    lead = f"{m.subject} {verb}"
    f.line(heading, x=x, bold=True, before=8, keep=1)
    f.para(lead, x=x, before=2)
    for k, a in enumerate(acts):
        end = "." if k == len(acts) - 1 else ","
        rows = f.para(f"{k + 1}. att {a}{end}", x=x + 10, hang=14, before=1)
        if k == 1:
            rows[0].new_page = True
        f.decision(f"{lead} att {a}")


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_weekday",
    "r_one_per_line",
    "r_role_after",
    "r_party",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "h_para",
    "page_break_item",
    "d_beslut",
    "d_numbered",
    "d_att_clauses",
    "d_page_break",
    "d_not_reservation",
    "d_proposal_kf",
)
def board_long_roster(rng: random.Random) -> Rendered:
    """A large board whose roster runs over onto page two ("Beslutande, forts." at its top): "Beslutande"
    one "Name (S), ordförande" a line (serving substitutes "Name (M), tjänstgörande ersättare
    för Y (M)"), "Ersättare", "Övriga närvarande" ("Name, title"), "Justerare",
    "Sekreterare", in Times 11 with 1.5 line spacing; items "§ 45 Title"; "Beslut" with the
    lead "Kommunstyrelsen beslutar" over numbered "1. att …," rows, in one item the rows from
    the second on continuing on the next page; "Reservation", "Protokollsanteckning" or "Jäv"
    after some decisions (not decisions); a plain running header."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2)), members=rng.randint(17, 21), substitutes=7)
    f = Flow(Style("times", size=11, left=66, right=56, top=74, bottom=62, leading=1.5))
    f.line("Protokoll", bold=True, size=16)
    f.line(f"{m.organ}, {C.fmt_date(m.date, 'weekday')}, {m.time}", before=4)
    f.line(m.place)
    seat = lambda s: P.seat_text(s, org=None, party=True, role="rank")  # noqa: E731
    beslutande = voting(m)
    cut = len(beslutande) - rng.randint(3, 6)
    P.roster_lines(f, "Beslutande", beslutande[:cut], seat, before=12)
    f.line("Beslutande, forts.", bold=True, new_page=True, keep=1)  # the roster goes on on page two
    for s in beslutande[cut:]:
        P.record(f, f.line(seat(s)), s)
    P.roster_lines(
        f, "Ersättare", [s for s in m.role("ersättare") if not s.replaces], lambda s: f"{s.name} ({s.party})"
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    j = m.justerare
    P.heading_line(f, "Justerare")
    P.record_justerare(f, f.line(f"{j.name} ({j.party})"), m)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    several = [it for it in m.items if len(it.acts) > 1]
    broken = max(several, key=lambda it: len(it.acts)).number if several else None
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=12, dnr=it.dnr, new_page=k == 0)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=4)
        if it.number == broken:
            numbered_over_break(f, m, it, heading="Beslut")
        else:
            paras, decisions = house_decision(m, it, rng, "att_rows" if rng.random() < 0.5 else "lead_numbered")
            if paras:
                f.line("Beslut", bold=True, before=8, keep=1)
                for text, hang in paras:
                    f.para(text, x=10 if hang else 0, hang=hang, before=1)
                for d in decisions:
                    f.decision(d)
        remark(f, m, it, rng, share=0.5)
    head = f"{m.org} • {m.organ} • Protokoll {C.fmt_date(m.date, 'iso')}"
    return Rendered(f, P.furniture_running(head, label="sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_one_per_line",
    "r_utses_justera",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_caps_sections(rng: random.Random) -> Rendered:
    """Every section heading in bold CAPITALS ("BESLUTANDE", "ÖVRIGA DELTAGARE", "JUSTERARE",
    and in the items "ÄRENDEBESKRIVNING", "BESLUTSUNDERLAG", "FÖRVALTNINGENS FÖRSLAG",
    "YRKANDEN", "BESLUTSGÅNG", "KOMMUNSTYRELSENS BESLUT", "RESERVATION"); items "§ 45. Title"
    (a dot after the number); the decision a lead "Nämnden beslutar att" over "– clause"
    rows; "Beslutande" lines with the party in parentheses before the function ("Name (S)
    ordförande", no comma); Vera 10 with 1.5 line spacing, the running header of furniture_table."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 5)), spans=False)
    f = Flow(Style("vera", size=10, left=58, right=48, top=86, bottom=72, leading=1.5))
    f.line(f"Sammanträde med {lower_first(m.organ)}", bold=True, size=14)
    f.line(f"Tid och plats: {C.fmt_date(m.date, 'iso')} {m.time}, {m.place}", before=4)

    def seat(s: Seat) -> str:
        if s.replaces:
            return f"{s.name} ({s.party}) tjänstgörande ersättare för {s.replaces.name} ({s.replaces_party})"
        role = {"ordförande": " ordförande", "vice ordförande": f" {s.rank} vice ordförande"}.get(s.role, "")
        return f"{s.name} ({s.party}){role}"

    P.roster_lines(f, "BESLUTANDE", voting(m), seat, before=12)
    others: list[tuple[str, Seat | Attendee]] = [
        (f"{s.name} ({s.party}), ersättare", s) for s in m.role("ersättare") if not s.replaces
    ]
    others += [(P.attendee_text(a, org=None), a) for a in m.officials]
    P.heading_line(f, "ÖVRIGA DELTAGARE")
    for text, who in others:
        P.record(f, f.para(text, hang=10, before=0, together=True)[0], who)
    j = m.justerare
    P.heading_line(f, "JUSTERARE")
    P.record_justerare(f, f.line(f"{j.name} ({j.party})"), m)
    P.heading_line(f, "SEKRETERARE")
    P.record_secretary(f, f.line(m.secretary.name), m)
    h = House(
        proposal="Förvaltningens förslag",
        proposal_form="forvaltning",
        motions=0.5,
        decision=f"{m.genitive} beslut",
        form="lead_att",
        bullet="– ",
        sent_to=None,
    )
    sec = Sections(f, upper=True)
    for it in m.items:
        ln = f.line(f"§ {it.number}. {it.title}", bold=True, size=11, before=16, keep=1)
        f.item(str(it.number), it.title, ln, it.dnr)
        if it.dnr:
            f.line(f"Diarienummer: {it.dnr}", size=8.5)
        house_item(f, m, it, rng, h, sec)
    return Rendered(f, furniture_table(m, kind="PROTOKOLL"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- minutes
def name_org_running(f: Flow, heading: str, people: list, text, *, before: float = 6.0, sep: str = ", ") -> None:
    """ "Närvarande: Agnes Hedin, Kumla kommun, Olle Tell, Region Örebro län, …" in running
    text, each person recorded on the row where their entry starts."""
    if not people:
        return
    texts = [text(p) for p in people]
    rows = f.para(f"{heading} {sep.join(texts)}.", before=before)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for p, t in zip(people, texts, strict=True):
        pos = joined.index(t, pos)
        P.record(f, rows[max(k for k, s in enumerate(starts) if s <= pos)], p)
        pos += len(t)


def minutes_decisions(m: Meeting, it, rng: random.Random) -> list[str]:
    if it.passive and (not it.acts or rng.random() < 0.5):
        return [it.passive]
    return [f"{m.subject} beslutade att {a}." for a in acts_of(m, it)]


@variant(
    "minutes",
    "h_unnumbered",
    "r_running_comma",
    "r_role_paren",
    "r_guests",
    "r_absent",
    "r_antecknare",
    "d_sentences",
    "date_long",
)
def minutes_name_org_running(rng: random.Random) -> Rendered:
    """Minnesanteckningar of an officials' group: "Närvarande:" in running text with the
    organisation after each name and a comma between them too ("Agnes Hedin, Kumla kommun
    (ordförande), Olle Tell, Nora kommun, …"), "Från Region Örebro län:" (officials, name
    and title), "Gäst:", "Förhinder:" (not participants), "Antecknare:"; points without
    numbers as bold headings of the body's size; decisions as sentences in their own
    paragraph; "Nästa möte" the last point; Times 11, 1.5 line spacing."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("times", size=11, left=72, right=64, top=72, bottom=60, leading=1.5))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, size=12, before=4)
    f.line(f"{C.fmt_date(m.date, 'long')}, {m.time}, {m.place}", before=2)
    chair = m.seats[0]

    def member(s: Seat) -> str:
        return f"{s.name}, {s.org}" + (" (ordförande)" if s is chair else "")

    name_org_running(f, "Närvarande:", m.seats, member, before=12)
    name_org_running(f, "Från Region Örebro län:", m.officials, lambda a: f"{a.name}, {a.title}")
    name_org_running(f, "Gäst:" if len(m.guests) == 1 else "Gäster:", m.guests, lambda a: f"{a.name}, {a.org}")
    f.para(f"Förhinder: {', '.join(f'{s.name}, {s.org}' for s in m.absent)}.", before=6)
    ln = f.line(f"Antecknare: {m.secretary.name}", before=6)
    P.record_secretary(f, ln, m)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "unnumbered", number=str(k + 1), size=11, before=14)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=2)
        for s in minutes_decisions(m, it, rng):
            f.para(s, before=3)
            f.decision(s)
    return Rendered(f, P.furniture_running(m.organ, label="plain", rule=False), m.kind, "Minnesanteckningar",
                    m.body, m.date.isoformat(), m.org)  # fmt: skip


def run_in(f: Flow, head: str, text: str, *, before: float = 10.0) -> list:
    """A run-in heading: "Head." in bold, the paragraph going on beside it on the same line."""
    size = f.style.size
    hw = text_width(head, f.style.bold, size) + 4
    words = glued(text).split(" ")
    first = wrap(glued(text), f.style.width - hw, f.style.reg, size)[0]
    rest = " ".join(words[len(first.split(" ")) :]).replace(GLUE, " ")
    out = [f.line(head, bold=True, before=before, keep=1, cells=((hw, first.replace(GLUE, " "), False),))]
    if rest:
        out += f.para(rest, before=0)
    return out


@variant(
    "minutes",
    "h_unnumbered",
    "r_table_header",
    "r_table_unruled",
    "r_role_after",
    "r_guests",
    "r_antecknare",
    "d_sentences",
    "date_dotted",
)
def minutes_run_in_points(rng: random.Random) -> Rendered:
    """Minutes whose points are run-in headings: the title in bold followed by a full stop,
    the text going on beside it on the same line ("Budget 2026. Gruppen gick igenom …"), the
    decisions as sentences at the end of the text; those present as unruled columns "Namn |
    Organisation | Roll" (the chair "ordförande", the others "ledamot", officials and guests
    their titles); "Antecknare" at the end; "Datum 4.3.2025"; Helvetica 9.5, narrow margins."""
    m = minutes_meeting(rng, Cast(rng), guests=1)
    f = Flow(Style("helvetica", size=9.5, left=44, right=40, top=64, bottom=56, leading=1.35))
    f.line(f"Minnesanteckningar {m.organ}", bold=True, size=13)
    f.line(f"Datum {C.fmt_date(m.date, 'dotted')}   {m.time}   {m.place}", before=3)
    xs = [0.0, 150.0, 310.0]
    rows: list[tuple[list[str], object]] = [
        ([s.name, s.org, "ordförande" if s.role == "ordförande" else "ledamot"], s) for s in m.seats
    ]
    rows += [([a.name, a.org, a.title], a) for a in m.officials + m.guests]
    P.table(f, ["Namn", "Organisation", "Roll"], rows, xs, before=10)
    for k, it in enumerate(m.items):
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        sentences = minutes_decisions(m, it, rng)
        body = " ".join([*texts, *sentences]) or "Inget att rapportera."
        head = f"{it.title}."
        rows_p = run_in(f, head, body)
        f.item(str(k + 1), it.title, rows_p[0], it.dnr)
        for s in sentences:
            f.decision(s)
    ln = f.line(f"Antecknare: {m.secretary.name}", before=14)
    P.record_secretary(f, ln, m)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, label="paren"), m.kind, "Minnesanteckningar",
                    m.body, m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- councils
@variant(
    "council",
    "m_letterhead_body",
    "running_header",
    "date_iso",
    "r_vakant",
    "r_span",
    "r_guests",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_sentences",
    "r_val_av_justerare",
)
def council_margin_labels(rng: random.Random) -> Rendered:
    """A council in a margin column of labels with the text beside them on the same rows:
    "Beslutande", "Ersättare" (Vakant seats among them), "Övriga deltagare" (the region's
    officials "Name, title" and guests "Name, Organisation"), "Justerare", "Sekreterare", each
    entry "Name, Organisation" with attendance "(§§ 3–7)" for some; in the items "§ 5" stands
    in the margin beside the bold title, "Ärendebeskrivning" and "Beslut" in the margin
    beside their text; the decision sentences; the ruled header table on every page; Times 10."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("times", size=10, left=52, right=46, top=84, bottom=70, leading=1.35))
    n_items = len(m.items)
    col = label_column(f, ("Övriga deltagare", "Ärendebeskrivning"), minimum=110)
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=3)
    beside(f, "Datum", C.fmt_date(m.date, "iso"), col=col, before=10)
    beside(f, "Tid", m.time, col=col, before=0)
    beside(f, "Plats", m.place, col=col, before=0)

    def span(s) -> str:
        return f" (§§ {rng.randint(2, 3)}–{n_items})" if rng.random() < 0.2 else ""

    def block(label: str, entries: list, text) -> None:
        for k, e in enumerate(entries):
            rows = beside(f, label if k == 0 else "", text(e), col=col, before=10 if k == 0 else 0, hang=10)
            P.record(f, rows[0], e)

    block("Beslutande", [s for s in m.seats if s.role != "ersättare"], lambda s: P.seat_text(s, role="comma") + span(s))
    block("Ersättare", m.role("ersättare"), lambda s: P.seat_text(s) + ("" if s.person is None else span(s)))
    block("Övriga deltagare", m.officials, lambda a: f"{a.name}, {a.title}")
    block("", m.guests, lambda a: f"{a.name}, {a.org}")
    j = m.justerare
    P.record_justerare(f, beside(f, "Justerare", f"{j.name}, {j.org}", col=col, before=10)[0], m)
    P.record_secretary(f, beside(f, "Sekreterare", m.secretary.name, col=col, before=4)[0], m)
    sec = Sections(f, col=col)
    for it in m.items:
        ln = f.line(f"§ {it.number}", bold=True, size=11, before=16, keep=2, cells=((col, it.title, True),))
        f.item(str(it.number), it.title, ln, it.dnr)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Ärendebeskrivning", [(" ".join(texts), 0.0)])
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            printed = sec.write("Beslut", [(t, 0.0)])
            f.decision(t)
            P.record_justerare(f, printed[-1][0], m)
            continue
        ds = P.decision_sentences(m, it, P.Decisions(form="past"), rng)
        if ds:
            sec.write("Beslut", [(d, 0.0) for d in ds], gap=2)
            for d in ds:
                f.decision(d)
    return Rendered(f, furniture_table(m, label="sida_paren"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "council",
    "m_letterhead_body",
    "date_weekday",
    "r_table_header",
    "r_table_unruled",
    "r_role_name_org",
    "r_span",
    "r_vakant",
    "r_guests",
    "r_sig_box",
    "h_paren",
    "d_beslut_colon",
    "d_sentences",
)
def council_role_column(rng: random.Random) -> Rendered:
    """A council whose attendance is one unruled table "Namn | Organisation | Roll | Närvaro"
    with the role in its own column after the organisation ("ordf", "v ordf", "ledamot",
    "ers", officials and guests their titles) and an attendance range for everyone ("§§ 1–8",
    shorter for some; "Vakant" rows with no range); items "5) Title" in bold;
    decisions after a bold "Beslut:" line; a two-column signature box at the end; Vera 9 with
    1.5 line spacing."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=2)
    f = Flow(Style("vera", size=9, left=50, right=44, top=70, bottom=60, leading=1.5))
    n = len(m.items)
    f.para(f"Protokoll från {m.organ}", bold=True, size=13, before=0)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=3)
    f.line(m.place)
    xs = [0.0, 118.0, 262.0, 375.0]
    rows: list[tuple[list[str], object]] = []
    for s in m.seats:
        if s.person is None:
            rows.append((["Vakant", P.org_as(s.org, "full"), "ers", ""], s))
            continue
        rng_span = f"§§ {rng.randint(2, 4)}–{n}" if rng.random() < 0.25 else f"§§ 1–{n}"
        rows.append(([s.name, s.org, SHORT_ROLE[s.role], rng_span], s))
    for a in m.officials + m.guests:
        rows.append(([a.name, a.org, a.title, f"§§ 1–{n}"], a))
    P.table(f, ["Namn", "Organisation", "Roll", "Närvaro"], rows, xs, before=10)
    ds = P.Decisions(heading="Beslut:", form="past")
    for it in m.items:
        P.item_heading(f, m, it, "paren", size=10.5)
        P.council_item_body(f, m, it, ds, rng)
    P.signature_box(f, m, columns=2, labels=("Sekreterare", "Ordförande", "Justerare"))
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, label="sida"), m.kind, "Protokoll", m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


# =========================================================================== a second round
# Eight more house styles: a council of kommunfullmäktige voting by name, ruled rosters whose
# cells wrap, "§ 45  Dnr 2025/118" over the title with bulleted decision sentences, a roster
# grouped by party after the last item, network minutes with lettered sub-points, a council in
# small sans type with a stacked header column, an arbetsutskott's proposals beside its own
# decisions, and a protocol whose only justerare and secretary are in a ruled signature table.
def boxed(base, groups: list[tuple[list, float, float, tuple[float, ...]]]):
    """``base`` and a ruled box around each group of printed lines (one table row whose cells
    wrap onto several lines): (lines, x0, x1, inner verticals), drawn per page."""

    def draw(c, page, total, lines, flow):
        base(c, page, total, lines, flow)
        st = flow.style
        c.setLineWidth(0.5)
        for group, x0, x1, inner in groups:
            here = [ln for ln in group if ln.page == page]
            if not here:
                continue
            size = here[0].size
            lo = min(ln.y for ln in here) - size * 0.45
            hi = max(ln.y for ln in here) + size * 0.95
            c.rect(st.left + x0, lo, x1 - x0, hi - lo)
            for vx in inner:
                c.line(st.left + vx, lo, st.left + vx, hi)

    return draw


def name_party(s: Seat) -> str:
    return f"{s.name} ({s.party})"


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_side_by_side",
    "r_party",
    "r_ersatter",
    "r_ej_tjg",
    "r_role_after",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_namnden_beslutar",
    "d_not_proposal",
    "d_not_yrkanden",
)
def fullmaktige_named_votes(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol whose roster stands in two columns read on their own:
    "Ledamöter" at the left ("Name (S), ordförande", one a line, the absent members left out)
    and at the right "Tjänstgörande ersättare" ("X (M) ersätter Y (M)", Y not a participant)
    followed by "Ej tjänstgörande ersättare"; "Utses att justera"; in one or two items a
    vote by name: "Omröstning" with the result sentence and an "Omröstningslista" table
    "Ledamot | Ja | Nej" with a cross for every voter "Name (S)" (none of it decisions, the
    voters no new participants), then "Beslut" ("Kommunfullmäktige beslutar att …");
    "Kommunstyrelsens förslag" worded like the decision; Vera 9.5, the house running header."""
    m = fullmaktige_meeting(rng)
    f = Flow(Style("vera", size=9.5, left=58, right=50, top=86, bottom=78))
    f.line("Protokoll", bold=True, size=15)
    f.line(f"{m.organ} {C.fmt_date(m.date, 'iso')}", bold=True, size=11, before=3)
    f.line(f"Plats och tid: {m.place}, {m.time}", before=6)
    half = f.style.width / 2 + 4
    left: list[tuple[str, bool, object]] = [("Ledamöter", True, None)]
    for s in [s for s in m.seats if s.role != "ersättare"]:
        role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
        left.append((f"{name_party(s)}{role}", False, s))
    right: list[tuple[str, bool, object]] = [("Tjänstgörande ersättare", True, None)]
    for s in [s for s in m.seats if s.replaces]:  # a long entry wraps inside its column
        rows_s = wrap(f"{name_party(s)} ersätter {s.replaces.name} ({s.replaces_party})", f.style.width - half - 12,
                      f.style.reg, f.style.size)  # fmt: skip
        right += [(r if k == 0 else f"   {r}", False, s if k == 0 else None) for k, r in enumerate(rows_s)]
    right.append(("Ej tjänstgörande ersättare", True, None))
    right += [(name_party(s), False, s) for s in m.role("ersättare") if not s.replaces]
    for j in range(max(len(left), len(right))):
        here = [(0.0, left[j])] if j < len(left) else []
        if j < len(right):
            here.append((half, right[j]))
        cells = [(x, t, b) for x, (t, b, _) in here]
        (x0, t0, b0), *rest = cells if cells[0][0] == 0.0 else [(0.0, "", False), *cells]
        ln = f.line(t0, x=x0, bold=b0, before=10 if j == 0 else 0, cells=tuple(rest))
        for _, (_, _, who) in here:
            if who is not None:
                P.record(f, ln, who)
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None), before=12)
    j = m.justerare
    P.record_justerare(f, f.line(f"Utses att justera: {j.name} ({j.party})", before=10), m)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=2), m)
    voters = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    topics = [it for it in m.items if it.kind == "topic" and it.acts]
    voted = {it.number for it in rng.sample(topics, min(len(topics), rng.randint(1, 2)))}
    h = House(proposal="Kommunstyrelsens förslag", form="att_rows", sent_to=None, reservation=False)
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11, new_page=k == 0)
        if it.dnr and it.kind == "topic":
            f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        if it.number not in voted:
            house_item(f, m, it, rng, h, sec)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Ärendebeskrivning", [(" ".join(texts), 0.0)])
        sec.write("Kommunstyrelsens förslag", [(proposal_text(m, it, "same"), 0.0)])
        chair = m.chair
        other = rng.choice([s for s in voters if s.party not in (chair.party, "-")])
        sec.write(
            "Yrkanden",
            [
                (f"{chair.name} ({chair.party}) yrkar bifall till kommunstyrelsens förslag.", 0.0),
                (f"{other.name} ({other.party}) yrkar avslag.", 0.0),
            ],
        )
        order = voters[:]
        rng.shuffle(order)
        yes_n = rng.randint(len(order) // 2 + 1, len(order) - 3)
        yes, no = sorted(order[:yes_n], key=voters.index), sorted(order[yes_n:], key=voters.index)
        sec.write(
            "Omröstning",
            [
                ("Omröstning begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den det ej vill röstar "
                 "nej.", 0.0),
                (f"Med {len(yes)} ja-röster mot {len(no)} nej-röster bifaller kommunfullmäktige förslaget.", 0.0),
            ],
        )  # fmt: skip
        f.line("Omröstningslista", bold=True, before=6, keep=2)
        vx = [0.0, 200.0, 240.0]
        cast_votes = [([name_party(s), "X" if s in yes else "", "" if s in yes else "X"], None) for s in voters]
        P.table(f, ["Ledamot", "Ja", "Nej"], cast_votes, vx, before=2)
        paras, decisions = house_decision(m, it, rng, "att_rows")
        sec.write("Beslut", paras, gap=2)
        for d in decisions:
            f.decision(d)
    return Rendered(f, furniture_house(m, label="sida_tight"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_long",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_ej_tjg",
    "r_span",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
)
def board_wrapping_cells(rng: random.Random) -> Rendered:
    """A nämnd whose roster is a narrow RULED table beside the label "Beslutande" ("Namn | Parti |
    Funktion") whose cells wrap onto two or three lines inside one ruled row: long names
    ("Ann-Britt von Bergfors"), "1:e vice ordförande", "tjänstgörande ersättare för Agnes
    Hedin (S)"; "Ersättare" and "Övriga närvarande" ("Namn | Titel", "kommunsekreterare, §
    47") as ruled tables of the same kind; "Justerare" and "Sekreterare" beside labels; items
    "§ 45 Title"; "Beslut" as "Nämnden beslutar" over "att …," rows; Times 10."""
    m = board_meeting(rng, Cast(rng, compound_share=0.35), board=rng.choice((1, 2, 3, 5)), spans=True)
    f = Flow(Style("times", size=10, left=62, right=54, top=90, bottom=80))
    groups: list[tuple[list, float, float, tuple[float, ...]]] = []
    col = 96.0
    xs = [col, col + 96, col + 128]
    x1 = col + 210
    f.line(f"{m.organ}", bold=True, size=15)
    f.line(f"Protokoll från sammanträde {C.fmt_date(m.date, 'long')}", size=11, before=3)
    beside(f, "Plats och tid", f"{m.place}, {m.time}", col=col, before=12)

    def ruled(label: str, header: list[str], rows: list[tuple[list[str], object]], widths: list[float]) -> None:
        head = wrapped_row(f, list(zip(widths, header, strict=True)), bold=True, before=10, hang=0, x1=x1)
        head[0].text, head[0].x, head[0].bold = label, 0.0, True  # the label in the margin
        head[0].cells = ((widths[0], header[0], True), *head[0].cells)
        head[0].keep = max(head[0].keep, 2)
        groups.append((head, widths[0] - 4, x1, tuple(x - 4 for x in widths[1:])))
        for cells, who in rows:
            printed = wrapped_row(f, list(zip(widths, cells, strict=True)), hang=0, x1=x1)
            groups.append((printed, widths[0] - 4, x1, tuple(x - 4 for x in widths[1:])))
            P.record(f, printed[0], who)

    def function(s: Seat) -> str:
        if s.replaces:
            return f"tjänstgörande ersättare för {s.replaces.name} ({s.replaces_party})"
        out = {"vice ordförande": f"{s.rank} vice ordförande"}.get(s.role, s.role)
        return f"{out}, {s.span}" if s.span else out

    ruled(
        "Beslutande", ["Namn", "Parti", "Funktion"], [([s.name, s.party or "", function(s)], s) for s in voting(m)], xs
    )
    subs = [s for s in m.role("ersättare") if not s.replaces]
    ruled("Ersättare", ["Namn", "Parti", "Funktion"], [([s.name, s.party or "", "ersättare, ej tjänstgörande"], s)
                                                         for s in subs], xs)  # fmt: skip
    staff = [([a.name, a.title + (f", {a.span}" if a.span else "")], a) for a in m.officials]
    ruled("Övriga närvarande", ["Namn", "Titel"], staff, [col, col + 110])
    j = m.justerare
    P.record_justerare(f, beside(f, "Justerare", f"{j.name} ({j.party})", col=col, before=12)[0], m)
    P.record_secretary(f, beside(f, "Sekreterare", m.secretary.name, col=col, before=2)[0], m)
    h = House(bullet="– ", form="att_rows", sent_to="Beslutet skickas till")
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11.5, dnr=it.dnr, new_page=k == 0)
        house_item(f, m, it, rng, h, sec)
    base = furniture_house(m, label="sida_paren", date_form="long", footer="words")
    return Rendered(f, boxed(base, groups), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_one_per_line",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "h_para",
    "h_own_line",
    "d_beslut",
    "d_sentences",
    "d_not_proposal",
)
def board_dnr_beside_number(rng: random.Random) -> Rendered:
    """Items "§ 45   Dnr 2025/118" on one line (the registry number without the board's prefix,
    at a tab after the §) with the title in bold on the next line; "Sammanfattning av
    ärendet", "Beslutsunderlag" ("• Tjänsteskrivelse …"), "Förslag till beslut" (not a
    decision), then "Beslut" as a bulleted list of whole sentences ("• Socialnämnden godkänner
    …", "• Socialnämnden uppdrar …"; one act one plain sentence), "Beslutet skickas till";
    page one "Närvarande ledamöter" / "Närvarande ersättare" one a line, "Övriga närvarande"
    ("Name, title"), "Justerare", "Protokollförare"; Helvetica 10."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 4, 5)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("helvetica", size=10, left=64, right=56, top=90, bottom=80))
    f.line("Sammanträdesprotokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}, {m.time}", before=8)
    f.line(f"Plats: {m.place}")
    P.roster_lines(
        f,
        "Närvarande ledamöter",
        voting(m),
        lambda s: P.seat_text(s, org=None, party=True, role="rank", replaces="tjg", span=False),
        before=12,
    )
    P.roster_lines(f, "Närvarande ersättare", [s for s in m.role("ersättare") if not s.replaces], name_party)
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    j = m.justerare
    P.heading_line(f, "Justerare")
    P.record_justerare(f, f.line(f"{j.name} ({j.party})"), m)
    P.heading_line(f, "Protokollförare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    sec = Sections(f)
    for k, it in enumerate(m.items):
        short = it.dnr.split(" ", 1)[1] if it.dnr else None
        head = f.line(
            f"§ {it.number}", bold=True, size=11, before=18, keep=2, new_page=k == 0,
            cells=((60.0, f"Dnr {short}", False),) if short and it.kind == "topic" else (),
        )  # fmt: skip
        f.item(str(it.number), it.title, head, short if it.kind == "topic" else None)
        f.para(it.title, bold=True, size=11, before=2)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Sammanfattning av ärendet", [(" ".join(texts), 0.0)])
        if it.basis:
            bw = text_width("• ", f.style.reg, f.style.size)
            sec.write("Beslutsunderlag", [(f"• {b}", bw) for b in basis_rows(m, it, rng)], gap=2)
        acts = acts_of(m, it)
        if it.kind == "topic" and acts:
            sec.write("Förslag till beslut", [(proposal_text(m, it, "forvaltning"), 0.0)])
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            printed = sec.write("Beslut", [(t, 0.0)], gap=2)
            f.decision(t)
            P.record_justerare(f, printed[-1][0], m)
            continue
        if it.passive and not acts:
            sec.write("Beslut", [(it.passive, 0.0)], gap=2)
            f.decision(it.passive)
            continue
        if not acts:
            continue
        sentences = [present_sentence(m.subject, it, a) for a in acts]
        if len(sentences) == 1:
            sec.write("Beslut", [(sentences[0], 0.0)], gap=2)
        else:
            bw = text_width("• ", f.style.reg, f.style.size)
            sec.write("Beslut", [(f"• {s}", bw) for s in sentences], gap=2)
        for s in sentences:
            f.decision(s)
        if it.kind == "topic":
            to = ["Kommunfullmäktige"] if it.proposal else rng.sample(RECIPIENTS, rng.randint(1, 2))
            sec.write("Beslutet skickas till", [(t, 0.0) for t in to], gap=2)
    return Rendered(f, furniture_house(m, label="paren"), m.kind, "Sammanträdesprotokoll", m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_weekday",
    "r_appendix",
    "r_role_heading",
    "r_role_after",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "h_para",
    "d_organ_beslut",
    "d_numbered",
    "d_sentences",
    "d_not_reservation",
)
def board_party_groups_last(rng: random.Random) -> Rendered:
    """The attendance after the last item, on a page of its own headed "Närvarolista", grouped
    under the parties' full names in bold ("Socialdemokraterna", "Moderaterna", …), each
    person "Name, ordförande" / "Name, ledamot" / "Name, tjänstgörande ersättare för Y" /
    "Name, ersättare" under their party, then "Tjänstepersoner" ("Name, title") and
    "Sekreterare"; page one only "Tid och plats" ("tisdagen den 4 mars 2025, kl. …"),
    "Närvarande: se närvarolistan sist i protokollet" and "Justerare"; decisions under
    "<Organ>s beslut" as numbered sentences ("1. Nämnden godkänner …"); Reservation or
    Protokollsanteckning after some; Vera 10."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2, 3)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("vera", size=10, left=66, right=56, top=88, bottom=78))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=3)
    col = 110.0
    beside(f, "Tid och plats", f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}, {m.place}", col=col, before=12)
    beside(f, "Närvarande", "Se närvarolistan sist i protokollet", col=col, before=6)
    j = m.justerare
    P.record_justerare(f, beside(f, "Justerare", f"{j.name} ({j.party})", col=col, before=6)[0], m)
    sec = Sections(f)
    h = House(decision=f"{m.genitive} beslut", form="numbered_sentences", sent_to=None, basis_form="paren")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11.5, new_page=k == 0, before=16)
        house_item(f, m, it, rng, replace(h, proposal=None), sec)
        remark(f, m, it, rng, share=0.4, kinds=("Reservation", "Protokollsanteckning"))
    f.in_items = False
    f.line("Närvarolista", bold=True, size=13, new_page=True)
    f.line(f"{m.organ} {C.fmt_date(m.date, 'iso')}", before=2)
    by_party: dict[str, list[Seat]] = {}
    for s in m.seats:
        by_party.setdefault(s.party or "-", []).append(s)

    def entry(s: Seat) -> str:
        if s.replaces:
            return f"{s.name}, tjänstgörande ersättare för {s.replaces.name}"
        return f"{s.name}, {s.rank + ' ' if s.rank else ''}{s.role}"

    for party in [p for p in PARTY_NAMES if p in by_party]:
        P.roster_lines(f, PARTY_NAMES[party], by_party[party], entry, before=8)
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None), before=12)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    return Rendered(f, furniture_house(m, label="tight", date_form="long", footer="ruled"), m.kind, "Protokoll",
                    m.body, m.date.isoformat(), m.org)  # fmt: skip


LETTERS = "abcdefgh"


@variant(
    "minutes",
    "h_dot",
    "r_one_per_line",
    "r_role_paren",
    "r_absent",
    "r_guests",
    "r_antecknare",
    "d_sentences",
    "date_long",
)
def minutes_lettered_subpoints(rng: random.Random) -> Rendered:
    """Minutes of a network meeting: "Deltagare:" over bulleted entries "• Agnes Hedin,
    folkhälsostrateg, Kumla kommun" (the chair "(ordförande)" after), "Från Region Örebro
    län:" and "Gäst:" on one line each, "Förhinder:" in running text "Name (Kumla kommun), …"
    (not participants), "Antecknare:"; points "1. Title" whose discussion is lettered
    sub-points "a) …", "b) …" (not items) and whose decision is the last lettered sub-point
    ("c) Chefsgruppen beslutade att …", the decision without its letter); Vera 10."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 3), guests=rng.randint(1, 2))
    f = Flow(Style("vera", size=10, left=70, right=62, top=72, bottom=64))
    f.line("Minnesanteckningar från nätverksmöte", bold=True, size=15)
    f.line(m.organ, size=12, before=4)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=8)
    f.line(f"Tid: {m.time.removeprefix('kl. ')}")
    f.line(f"Plats: {m.place}")
    titles = m.extra["titles"]
    P.heading_line(f, "Deltagare:", before=10)
    bw = text_width("• ", f.style.reg, f.style.size)
    for s in m.seats:
        text = f"• {s.name}, {titles[s.person]}, {s.org}" + (" (ordförande)" if s.role == "ordförande" else "")
        P.record(f, f.para(text, hang=bw, before=0, together=True)[0], s)
    name_org_running(f, "Från Region Örebro län:", m.officials, lambda a: P.attendee_text(a, org=None), sep="; ")
    name_org_running(f, "Gäst:" if len(m.guests) == 1 else "Gäster:", m.guests, P.attendee_text, sep="; ")
    f.para(f"Förhinder: {', '.join(f'{s.name} ({s.org})' for s in m.absent)}", before=6)
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=6), m)
    hang = 16.0
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=11, before=14)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        decisions = minutes_decisions(m, it, rng)
        if it.kind != "topic" or len(texts) < 2:
            if texts:
                f.para(" ".join(texts), before=3)
            for d in decisions:
                f.para(d, before=3)
                f.decision(d)
            continue
        for k, t in enumerate([*texts, *decisions]):
            f.para(f"{LETTERS[k]}) {t}", x=12, hang=hang, before=3 if k == 0 else 1)
        for d in decisions:
            f.decision(d)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "paren"), m.kind, "Minnesanteckningar", m.body,
                    m.date.isoformat())  # fmt: skip


def furniture_stacked(m: Meeting, *, date_form: str = "weekday"):
    """The region and the council at the left; at the right, right-aligned one under the other,
    "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum", the date and "Sida 1(8)"; a rule."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 11)
        c.drawString(x0, H - 38, m.org)
        c.setFont(st.reg, 8.5)
        c.drawString(x0, H - 50, m.organ)
        c.setFont(st.bold, 9)
        c.drawRightString(x1, H - 34, "SAMMANTRÄDESPROTOKOLL")
        c.setFont(st.reg, 7)
        c.drawRightString(x1, H - 44, "Sammanträdesdatum")
        c.setFont(st.reg, 8.5)
        c.drawRightString(x1, H - 54, C.fmt_date(m.date, date_form))
        c.drawRightString(x1, H - 66, f"Sida {page}({total})")
        c.setLineWidth(0.4)
        c.line(x0, H - 72, x1, H - 72)

    return draw


@variant(
    "council",
    "m_letterhead_body",
    "running_header",
    "date_weekday",
    "r_role_after",
    "r_vakant",
    "r_guests",
    "r_sig_box",
    "r_val_av_justerare",
    "h_dot",
    "d_beslut",
    "d_sentences",
)
def council_small_sans_by_org(rng: random.Random) -> Rendered:
    """A council in Helvetica 9 with narrow margins; the running header's right column stacks
    "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum", "tisdagen den 4 mars 2025" and "Sida 1(8)";
    the body says "Sammanträdet hölls tisdagen den 4 mars 2025, kl. …"; those present grouped
    under each organisation in bold ("Kumla kommun") with "Name, ledamot" / "Name, ersättare"
    indented under it ("vakant ersättarplats" for a vacant seat), then "Övriga närvarande"
    ("Name, title, unit"), "Gäster" ("Name, title, Organisation"), "Sekreterare"; items "5."
    with the title beside and the text indented under it, "Beslut" over "Rådet beslutar att
    …" sentences; a three-column signature box."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("helvetica", size=9, left=40, right=36, top=96, bottom=50, leading=1.3))
    f.line("Protokoll", bold=True, size=13)
    f.para(f"Sammanträdet hölls {C.fmt_date(m.date, 'weekday')}, {m.time}, {m.place}.", before=4)
    P.heading_line(f, "Närvarande", before=10, size=10)
    orgs = [C.REGION, *C.MUNICIPALITIES, C.RF_SISU, C.OLBF]
    for org in [o for o in orgs if any(s.org == o for s in m.seats)]:
        P.heading_line(f, org, before=5)
        for s in [s for s in m.seats if s.org == org]:
            text = f"{s.name}, {s.role}" if s.person else "vakant ersättarplats"
            P.record(f, f.line(text, x=12), s)
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None, unit=True), before=10)
    P.roster_lines(f, "Gäster", m.guests, lambda a: P.attendee_text(a), before=6)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=8), m)
    ds = P.Decisions(heading="Beslut", form="beslutar")
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=10, indent=22, before=12)
        P.council_item_body(f, m, it, ds, rng, x=22)
    f.in_items = False
    P.signature_box(f, m, columns=3)
    return Rendered(f, furniture_stacked(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_proposal_kf",
)
def au_proposals_and_own_decisions(rng: random.Random) -> Rendered:
    """Kommunstyrelsens arbetsutskott, whose items end either in "Arbetsutskottets förslag till
    kommunstyrelsen" (what the utskott resolves to propose, worded as the board's decision:
    "Kommunstyrelsen beslutar att …", or "Kommunstyrelsen beslutar" over "att …," rows; the
    item's decisions, being the utskott's resolution) or, for matters the utskott decides
    itself, in "Förslag till beslut" from the förvaltning (not a decision) and "Arbetsutskottets
    beslut" ("Arbetsutskottet beslutar att …"); page one in a label column ("Ledamöter",
    "Tjänstgörande ersättare" "X (C) i stället för Y (C)", "Ersättare", "Övriga närvarande",
    "Justerare", "Sekreterare"); "Expedieras till: Kommunstyrelsen"; Helvetica 10."""
    m = board_meeting(
        rng, Cast(rng), board=0, members=5, serving=1, substitutes=2, officials=2, spans=False,
        standard_items=rng.random() < 0.5,
    )  # fmt: skip
    m = replace(
        m,
        organ="Kommunstyrelsens arbetsutskott",
        body=f"Kommunstyrelsens arbetsutskott {m.org}",
        subject="Arbetsutskottet",
        genitive="Arbetsutskottets",
    )
    topics = [it.number for it in m.items if it.kind == "topic" and it.acts]
    to_ks = set(rng.sample(topics, max(1, len(topics) // 2)))
    f = Flow(Style("helvetica", size=10, left=60, right=52, top=90, bottom=80))
    f.line(m.organ.upper(), bold=True, size=14)
    f.line(f"Protokoll {C.fmt_date(m.date, 'iso')}", size=11, before=3)
    col = label_column(f, ("Tjänstgörande ersättare",), minimum=120)
    beside(f, "Plats och tid", f"{m.place}, {m.time}", col=col, before=12)

    def block(label: str, entries: list, text) -> None:
        for k, e in enumerate(entries):
            P.record(f, beside(f, label if k == 0 else "", text(e), col=col, before=8 if k == 0 else 0, hang=10)[0], e)

    block("Ledamöter", [s for s in m.seats if s.role != "ersättare"], lambda s: P.seat_text(s, org=None, party=True,
                                                                                            role="rank"))  # fmt: skip
    block(
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: f"{name_party(s)} i stället för {s.replaces.name} ({s.replaces_party})",
    )
    block("Ersättare", [s for s in m.role("ersättare") if not s.replaces], name_party)
    block("Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    j = m.justerare
    P.record_justerare(f, beside(f, "Justerare", name_party(j), col=col, before=8)[0], m)
    P.record_secretary(f, beside(f, "Sekreterare", m.secretary.name, col=col, before=2)[0], m)
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11, dnr=it.dnr if it.kind == "topic" else None, new_page=k == 0)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Ärendebeskrivning", [(" ".join(texts), 0.0)])
        if it.basis:
            rows_b = [b for b in basis_rows(m, it, rng) if not b.startswith(m.genitive)]  # not its own minutes
            sec.write("Beslutsunderlag", [(f"– {b}", 8.0) for b in rows_b], gap=2)
        acts = acts_of(m, it)
        if it.number in to_ks:
            verb = "föreslår kommunfullmäktige besluta" if it.proposal else "beslutar"
            lead = f"Kommunstyrelsen {verb}"
            if len(acts) == 1:
                paras, decisions = [(f"{lead} att {acts[0]}.", 0.0)], [f"{lead} att {acts[0]}."]
            else:
                ends = ["," if n < len(acts) - 1 else "." for n in range(len(acts))]
                paras = [(lead, 0.0), *((f"att {a}{e}", 12.0) for a, e in zip(acts, ends, strict=True))]
                decisions = [f"{lead} att {a}" for a in acts]
            sec.write("Arbetsutskottets förslag till kommunstyrelsen", paras, gap=2)
            for d in decisions:
                f.decision(d)
            f.para("Expedieras till: Kommunstyrelsen", before=8, size=9.5)
            continue
        if it.kind == "topic" and acts:
            sec.write("Förslag till beslut", [(f"Kommunledningsförvaltningen föreslår att arbetsutskottet beslutar "
                                               f"att {acts[0]}.", 0.0)])  # fmt: skip
        paras, decisions = house_decision(m, replace(it, proposal=False), rng, "att_rows")
        if paras:
            printed = sec.write("Arbetsutskottets beslut", paras, gap=2)
            for d in decisions:
                f.decision(d)
            if it.kind == "justerare":
                P.record_justerare(f, printed[-1][0], m)
    return Rendered(f, furniture_house(m, label="sida_av", kind="PROTOKOLL"), m.kind, "Protokoll", m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_long",
    "m_other_dates",
    "r_sig_box",
    "r_table_unruled",
    "r_table_header",
    "r_party",
    "r_tjg_for",
    "r_running_comma",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
)
def board_signature_table_notice(rng: random.Random) -> Rendered:
    """A protocol that names its justerare and secretary ONLY in the ruled signature table after
    the last item (three cells, room to sign, the name, the caption "Sekreterare" /
    "Ordförande" / "Justerare" under it); under it a ruled "Justeringens tillkännagivande" box
    with the justering date and the notice's dates in ISO form ("Anslaget sätts upp
    2025-03-13", not the meeting's date), while the meeting's date is printed only as
    "Sammanträdesdatum 4 mars 2025" in the running header; page one "Tid" and "Plats", a
    "Beslutande | Funktion" table ("tjg ersättare för Y (S)"), "Ej tjänstgörande ersättare:" in
    running text, "Övriga deltagare" names beside titles; "Beslut" as "Nämnden beslutar att"
    over "1. …," rows; Vera 10."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 4, 5)), spans=False)
    f = Flow(Style("vera", size=10, left=60, right=54, top=92, bottom=78))
    groups: list[tuple[list, float, float, tuple[float, ...]]] = []
    f.line("Protokoll", bold=True, size=16)
    f.line(f"Tid: {m.time}", before=8)
    f.line(f"Plats: {m.place}")

    def function(s: Seat) -> str:
        if s.replaces:
            return f"tjg ersättare för {s.replaces.name} ({s.replaces_party})"
        return f"{s.rank + ' ' if s.rank else ''}{s.role}"

    P.table(f, ["Beslutande", "Funktion"], [([name_party(s), function(s)], s) for s in voting(m)], [0.0, 180.0],
            before=12)  # fmt: skip
    P.roster_running(f, "Ej tjänstgörande ersättare:", [s for s in m.role("ersättare") if not s.replaces],
                     name_party, sep=", ", last=" och ", before=8)  # fmt: skip
    P.table(f, ["Övriga deltagare", ""], [([a.name, a.title], a) for a in m.officials], [0.0, 180.0], before=10)
    h = House(form="lead_numbered", bullet="– ", sent_to="Beslutet skickas till")
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11.5, dnr=it.dnr, before=16, new_page=k == 0)
        house_item(f, m, it, rng, h, sec)
    f.in_items = False
    x1 = f.style.width
    third = x1 / 3
    inner = (third - 4, 2 * third - 4)
    f.line("Underskrifter", bold=True, before=18, keep=5)
    sign = [f.line("", before=4, keep=3), f.line("")]
    people = [m.secretary.person, m.chair.person, m.justerare.person]
    names = f.row([(k * third, p.name) for k, p in enumerate(people)])
    caps = f.row([(k * third, t) for k, t in enumerate(("Sekreterare", "Ordförande", "Justerare"))], size=8)
    P.record_secretary(f, names, m)
    P.record_justerare(f, names, m)
    groups.append(([*sign, names, caps], -4, x1, inner))
    size = 9.0
    org = C.SHORT.get(m.org, m.org)
    rows = [
        f.line("Justeringens tillkännagivande", bold=True, size=size + 1, before=14, keep=5),
        f.line(f"Protokollet justerades {C.fmt_date(m.adjusted, 'iso')}.", size=size),
        f.line(
            f"Anslaget sätts upp {C.fmt_date(m.posted[0], 'iso')}",
            size=size,
            cells=((240.0, f"Anslaget tas ned {C.fmt_date(m.posted[1], 'iso')}", False),),
        ),  # fmt: skip
        f.line(f"Förvaringsplats för protokollet: Kommunkansliet, {org}", size=size),
        f.line("Underskrift ........................................", size=size, before=6),
    ]
    groups.append((rows, -4, x1, ()))
    base = P.furniture_board(m, date_form="long", boxes=False, label="sida")
    return Rendered(f, boxed(base, groups), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- a third round
@variant(
    "board",
    "m_one_line_header",
    "date_short",
    "running_header",
    "r_party",
    "r_party_independent",
    "r_role_after",
    "r_role_before",
    "r_span",
    "r_ersatter",
    "r_narvarande_ej_tjg",
    "r_absent",
    "r_name_title_columns",
    "r_utses_justera",
    "r_sig_box",
    "m_other_dates",
    "h_ks_short",
    "d_beslutet",
    "d_numbered",
    "d_not_proposal",
    "d_not_reservation",
)
def board_short_prefix_beslutet(rng: random.Random) -> Rendered:
    """A nämnd's protocol whose first line holds kind, body and date together ("PROTOKOLL
    Bygg- och miljönämnden 250304"); "Beslutande" in a label column, the party after the name,
    an independent member "(-)", the chair ", ordförande" (or the role abbreviated before the
    name: "Ordf. Name (S)", "1:e vice ordf. Name (M)"), a serving substitute "Name (C) ersätter
    Y (C)", two who came late, left early or stepped out ("fr.o.m. § 47", "t.o.m. § 48", "ej §
    46", no comma before it); "Närvarande ej tjänstgörande ersättare" and "Anmält förhinder" (not
    participants) under headings of their own; officials with the title before the name
    ("Miljöchef Anna Berg"); "Utses att justera" and "Justeringens plats och tid" with a date that is not the meeting's; items
    "Bmn 45" with the title beside and "Dnr" under it; sections "Sammanfattning" or
    "Bakgrund", "Förvaltningens förslag till beslut" (not a decision), "Beslutet" over "1. …,"
    rows, a Jäv or Protokollsanteckning, "Skickas till"; a signature box with "Justerande";
    Times 11."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 3, 4, 5)), absent_listed=rng.randint(1, 2),
                      spans=False, independent=True)  # fmt: skip
    f = Flow(Style("times", size=11, left=66, right=56, top=84, bottom=74))
    f.row([(0, "PROTOKOLL"), (110, m.organ), (f.style.width - 60, C.fmt_date(m.date, "short"))], bold=True, size=12)
    f.line(f"Tid och plats: {m.place}, {m.time}", before=8)
    col = label_column(f, ("Närvarande ej tjänstgörande ersättare",), minimum=150.0)
    if col > 230:
        col = 150.0
    voters = voting(m)

    before_name = rng.random() < 0.5  # "Ordf. Name (S)", "1:e vice ordf. Name (M)"
    first, last = m.items[0].number, m.items[-1].number
    # some came late or left early: "fr.o.m. § 47", "t.o.m. § 48", "ej § 46", no comma before it
    spans = {id(s): f"{q} § {rng.randint(first + 1, last - 1)}" for s in rng.sample(voters[2:], 2)
             for q in [rng.choice(("fr.o.m.", "t.o.m.", "ej"))]}  # fmt: skip

    def seat(s: Seat) -> str:
        if before_name and s.role in ("ordförande", "vice ordförande") and not s.replaces:
            abbr = "Ordf." if s.role == "ordförande" else f"{s.rank} vice ordf." if s.rank else "V. ordf."
            text = f"{abbr} {s.name} ({s.party})"
        else:
            text = P.seat_text(s, org=None, party=True, role="comma", replaces="ersätter")
        return f"{text} {spans[id(s)]}" if id(s) in spans else text

    P.label_block(f, "Beslutande", voters, seat, col=col, before=12)
    subs = [s for s in m.role("ersättare") if not s.replaces]
    P.heading_line(f, "Närvarande ej tjänstgörande ersättare", before=10)
    for s in subs:
        P.record(f, f.line(f"{s.name} ({s.party})", x=col), s)
    gone = [f"{s.replaces.name} ({s.replaces_party})" for s in voters if s.replaces]
    gone += [f"{s.name} ({s.party})" for s in m.absent]
    f.line("Anmält förhinder", bold=True, before=10, cells=((col, gone[0], False),))
    for g in gone[1:]:
        f.line(g, x=col)
    for k, a in enumerate(m.officials):  # the title first: "Miljöchef Anna Berg"
        ln = f.line("Övriga deltagande" if k == 0 else "", bold=True, before=10 if k == 0 else 0,
                    cells=((col, f"{a.title[0].upper()}{a.title[1:]} {a.name}", False),))  # fmt: skip
        P.record(f, ln, a)
    j = m.justerare
    P.record_justerare(f, f.line("Utses att justera", bold=True, before=10,
                                 cells=((col, f"{j.name} ({j.party})", False),)), m)  # fmt: skip
    f.line("Justeringens plats och tid", bold=True,
           cells=((col, f"Kommunhuset {C.fmt_date(m.adjusted, 'short')}", False),))  # fmt: skip
    h = House(
        intro=rng.choice(("Sammanfattning", "Bakgrund")),
        proposal="Förvaltningens förslag till beslut",
        proposal_form="forvaltning",
        decision="Beslutet",
        form="lead_numbered",
        sent_to="Skickas till",
        reservation=False,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "ks_short", size=12, indent=70, before=18, new_page=k == 0)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=70, size=9, before=1)
        house_item(f, m, it, rng, h, sec)
        remark(f, m, it, rng, kinds=("Jäv", "Protokollsanteckning"))
    f.in_items = False
    P.signature_box(f, m, heading="Underskrifter", labels=("Sekreterare", "Ordförande", "Justerande"), col=col)
    base = furniture_house(m, date_form="short", kind="PROTOKOLL", current=True, footer="words")
    return Rendered(f, base, m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "council",
    "m_letterhead_body",
    "date_dotted",
    "toc_dots",
    "r_running_semicolon",
    "r_och",
    "r_org_short",
    "r_role_paren",
    "r_vakant",
    "r_adjungerade",
    "r_absent",
    "r_sig_box",
    "h_paragraf",
    "h_own_line",
    "page_break_item",
    "running_header",
    "r_val_av_justerare",
    "d_inline",
    "d_page_break",
)
def council_paragraf_running(rng: random.Random) -> Rendered:
    """A collaboration council's protocol: the region's name and "PROTOKOLL" at the top,
    "Datum 4.3.2025"; the roster in running text, semicolons between the entries and "och"
    before the last ("Ledamöter: Agnes Hedin, Region Örebro (ordf); Olle Tell, Kumla; …
    och …"), short organisation names, "Vakant" substitutes; "Adjungerade:" (guests of other
    organisations, "Name, title, Org" or "Name, title från Org"), "Tjänstepersoner:" and "Frånvarande:" (not participants) likewise; an
    "Innehållsförteckning" with dot leaders on a page of its own; items "Paragraf 3" on a line
    of their own, the title below; "Beslut: Rådet godkände …" inline, one decision running
    over a page break, the justerare "Att jämte ordföranden justera dagens protokoll utsågs X"; a three-column signature box; Helvetica 10."""
    m = council_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("helvetica", size=10, left=56, right=50, top=76, bottom=64))
    f.row([(0, C.REGION), (f.style.width - 80, "PROTOKOLL")], bold=True, size=12)
    f.line(m.organ, bold=True, size=14, before=10)
    f.line(f"Datum {C.fmt_date(m.date, 'dotted')}, {m.time.removeprefix('kl. ')}", before=6)
    f.line(f"Plats {m.place}")

    def seat(s: Seat) -> str:
        return P.seat_text(s, org="short", role="paren")

    members = [s for s in m.seats if s.role != "ersättare"]
    P.roster_running(f, "Ledamöter:", members, seat, sep="; ", last=" och ", before=12, end=".")
    P.roster_running(f, "Ersättare:", m.role("ersättare"), seat, sep="; ", last=" och ", before=6, end=".")
    if rng.random() < 0.5:
        guest = lambda a: P.attendee_text(a, org="short")  # noqa: E731
    else:  # "Name, handläggare från Länsstyrelsen i Örebro län"
        guest = lambda a: f"{a.name}, {a.title} från {a.org}"  # noqa: E731
    P.roster_running(f, "Adjungerade:", m.guests, guest, sep="; ", last=" och ", end=".")
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a, org=None), sep="; ",
                     last=" och ", end=".")  # fmt: skip
    if m.absent:
        f.para("Frånvarande: " + "; ".join(P.seat_text(s, org="short") for s in m.absent) + ".", before=6)
    P.toc(f, m, "Innehållsförteckning", lambda it: f"Paragraf {it.number}  {it.title}", dots=True, new_page=True)
    ds = P.Decisions(None, "inline")
    long = long_decision_item(m)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "paragraf", own_line=True, size=11, before=16, new_page=k == 0)
        if it.kind == "justerare":  # the object first: "Att jämte ordföranden justera … utsågs X, Org."
            j = m.justerare
            said = f"Att jämte ordföranden justera dagens protokoll utsågs {j.name}, {C.SHORT.get(j.org, j.org)}."
            rows_j = f.para(f"Beslut: {said}", before=4)
            f.decision(said)
            P.record_justerare(f, rows_j[0], m)
            continue
        P.council_item_body(f, m, it, ds, rng, break_inside=it.number == long)
    f.in_items = False
    P.signature_box(f, m, columns=3, labels=("Ordförande", "Justerare", "Sekreterare"))
    head = f"{m.organ} • Protokoll {C.fmt_date(m.date, 'dotted')}"
    return Rendered(f, P.furniture_running(head, "sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


VIEWS = (
    "Uppdraget behöver förankras i varje kommuns ledningsgrupp.",
    "Tidplanen är snäv och bör ses över.",
    "Uppföljningen ska ske med befintliga indikatorer.",
    "Fler verksamheter bör bjudas in till arbetet.",
    "Kostnaderna fördelas efter invånarantal.",
)


@variant(
    "minutes",
    "date_weekday",
    "r_role_name_org",
    "r_table_header",
    "r_table_unruled",
    "r_family_first",
    "r_guests",
    "r_antecknare",
    "r_absent",
    "h_punkt",
    "h_arende",
    "h_dot",
    "h_own_line",
    "d_inline",
    "d_sentences",
)
def minutes_role_name_org(rng: random.Random) -> Rendered:
    """An officials' group's minnesanteckningar: "Mötesdatum: tisdagen den 4 mars 2025"; those
    present in an unruled "Roll | Namn | Organisation" table, the role first ("Ordförande",
    "Ledamot", a title for the region's officials, "Gäst", "Antecknare"), some names as
    "Efternamn, Förnamn" and others not; "Frånvarande:" in running text (not participants);
    points "Punkt 3", "Ärende 3" or "3.", the title beside or on the next line, in some a numbered
    list of views ("1. Tidplanen är snäv …", no items); decisions as
    "Beslut: Chefsgruppen beslutade att …" or sentences ending the point's text, then at times
    "Åtgärd: X återkommer med …" and "Ansvarig: X" (no decisions); Vera 10."""
    m = minutes_meeting(rng, Cast(rng), absent=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("vera", size=10, left=60, right=56, top=70, bottom=60))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"Mötesdatum: {C.fmt_date(m.date, 'weekday')}, {m.time}", before=8)
    f.line(f"Plats: {m.place}")
    flip = {p: rng.random() < 0.5 for p in [*(s.person for s in m.seats), *(a.person for a in m.officials)]}

    def name(p) -> str:
        return p.family_first if flip.get(p) else p.name

    rows: list[tuple[list[str], object]] = []
    for s in m.seats:
        rows.append((["Ordförande" if s.role == "ordförande" else "Ledamot", name(s.person), s.org], s))
    for a in m.officials:
        rows.append(([a.title.capitalize(), name(a.person), a.org], a))
    rows += [(["Gäst", a.name, a.org], a) for a in m.guests]
    P.table(f, ["Roll", "Namn", "Organisation"], rows, [0.0, 120.0, 260.0], before=12)
    if not m.secretary_listed or rng.random() < 0.5:
        ln = f.row([(0, "Antecknare"), (120, m.secretary.name), (260, m.secretary.org)])
        P.record_secretary(f, ln, m)
    else:
        ln = f.line(f"Antecknare: {m.secretary.name}", before=6)
        P.record_secretary(f, ln, m)
    f.para("Frånvarande: " + ", ".join(f"{s.name} ({s.org})" for s in m.absent) + ".", before=8)
    form = rng.choice(("punkt", "arende", "dot"))
    own = rng.random() < 0.5
    ds = P.Decisions(None, "inline") if rng.random() < 0.5 else P.Decisions(None, "past", in_text=True)
    doers = [s.person.name for s in m.seats[1:]] + [a.name for a in m.officials]
    for it in m.items:
        P.item_heading(f, m, it, form, own_line=own, indent=0 if own else 70, size=11, before=14)
        if it.kind == "topic" and rng.random() < 0.5:  # a numbered list in the text: no items
            f.para("Följande synpunkter kom fram i diskussionen:", before=4)
            for k, point in enumerate(rng.sample(VIEWS, 3)):
                f.para(f"{k + 1}. {point}", x=12, hang=12, before=1)
        P.council_item_body(f, m, it, ds, rng)
        if it.kind == "topic" and it.acts and rng.random() < 0.6:  # what is to be done, by whom: no decisions
            who = rng.choice(doers)
            f.para(f"Åtgärd: {who} återkommer med ett underlag till nästa möte.", before=3)
            f.line(f"Ansvarig: {who}", before=1)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, label="sida"), m.kind, "Minnesanteckningar",
                    m.body, m.date.isoformat(), m.org)  # fmt: skip


@variant(
    "board",
    "m_letterhead_body",
    "date_weekday",
    "m_other_dates",
    "r_appendix",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_tjg_for",
    "r_span",
    "r_name_title_columns",
    "r_utses_justera",
    "r_sig_box",
    "h_finnish",
    "d_organ_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_finnish_appendix_roster(rng: random.Random) -> Rendered:
    """Kommunstyrelsen in a Word template: a label table on page one ("Plats och tid" with
    "tisdagen den 4 mars 2025", "Beslutande: Se bilaga 1", "Övriga deltagande" names beside
    titles, "Utses att justera", "Justeringens plats och tid", "Paragrafer", the signature
    box, ANSLAG/BEVIS with other dates); items "45 §" with the title beside; "Arbetsutskottets
    förslag", "Yrkanden", "Propositionsordning", "Reservation" (not decisions),
    "Kommunstyrelsens beslut" over att-clauses (or "… föreslår kommunfullmäktige att …"); the
    roster in "Bilaga 1 Närvarolista" after the last item: an unruled "Ledamot | Parti |
    Tjänstgörande ersättare | Parti" table (a member replaced is not a participant, the
    substitute beside is, with "§§ 57–60" when not for all items; an absent member without a
    substitute shows "Frånvarande"), then "Ej tjänstgörande ersättare" one a line; Vera 10."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, board=0, absent_listed=1)
    f = Flow(Style("vera", size=10, left=62, right=54, top=80, bottom=66))
    first, last = m.items[0].number, m.items[-1].number
    f.line(m.org, bold=True, size=12)
    f.row([(0, "SAMMANTRÄDESPROTOKOLL"), (f.style.width - 150, m.organ)], bold=True, size=11, before=8)
    col = 150.0
    when = f"{C.fmt_date(m.date, 'weekday')} {m.time}"
    f.line("Plats och tid", bold=True, before=12, cells=((col, f"{m.place}, {when}", False),))
    f.line("Beslutande", bold=True, before=8, cells=((col, "Se bilaga 1", False),))
    for k, a in enumerate(m.officials):
        title = a.title + (f", {a.span}" if a.span else "")
        ln = f.line("Övriga deltagande" if k == 0 else "", bold=True, before=8 if k == 0 else 0,
                    cells=((col, a.name, False), (col + 130, title, False)))  # fmt: skip
        P.record(f, ln, a)
    j = m.justerare
    P.record_justerare(f, f.line("Utses att justera", bold=True, before=8,
                                 cells=((col, f"{j.name} ({j.party})", False),)), m)  # fmt: skip
    f.line("Justeringens plats och tid", bold=True,
           cells=((col, f"Kommunkansliet {C.fmt_date(m.adjusted, 'iso')}", False),))  # fmt: skip
    f.line("Paragrafer", bold=True, before=8, cells=((col, f"{first}–{last} §", False),))
    P.signature_box(f, m, heading="Underskrifter", labels=("Sekreterare", "Ordförande", "Justerande"), col=col)
    P.anslag(f, m, col=col + 20, organ_field=True)
    ds = P.Decisions("{gen} beslut", "att")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "finnish", size=11, indent=60, before=16, new_page=k == 0)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=60, size=9, before=1)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Arbetsutskottets förslag",
                          motions=rng.random() < 0.5, basis=rng.random() < 0.5)  # fmt: skip
        remark(f, m, it, rng, kinds=("Reservation",))
    f.in_items = False
    f.line("Bilaga 1", bold=True, size=12, new_page=True)
    f.line(f"Närvarolista {m.organ} {C.fmt_date(m.date, 'iso')}", bold=True, before=4)
    rest = [s for s in m.seats if s.role != "ersättare"]
    for extra in [*(s for s in m.seats if s.replaces), *m.absent]:
        rest.insert(rng.randint(2, len(rest)), extra)
    rows: list[tuple[list[str], object]] = []
    for s in rest:
        if s.replaces:
            sub = s.name + (f", {s.span}" if s.span else "")
            rows.append(([s.replaces.name, s.replaces_party or "", sub, s.party or ""], s))
        elif s in m.absent:
            rows.append(([s.name, s.party or "", "Frånvarande", ""], None))
        else:
            role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
            rows.append(([s.name + role, s.party or "", "", ""], s))
    P.table(f, ["Ledamot", "Parti", "Tjänstgörande ersättare", "Parti"], rows, [0.0, 205.0, 240.0, 410.0],
            before=10, size=9.5)  # fmt: skip
    subs = [s for s in m.role("ersättare") if not s.replaces]
    P.roster_lines(f, "Ej tjänstgörande ersättare", subs, lambda s: f"{s.name} ({s.party})", before=12)
    base = P.furniture_board(m, date_form="iso", label="sida")
    return Rendered(f, base, m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)
