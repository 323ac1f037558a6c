"""SEEN variants whose roster is drawn, per document, from a grammar of roster phenomena, so that
phenomena every other variant shows apart turn up together: entry order (name first, role
first, "Efternamn, Förnamn"), separators (one a line, commas, semicolons, "och"), party tags
("(S)", ", S", "(-)", none), role markers (", ordförande", "(ordf)", "(vice ordf)", "(ers)", "ej
tjg ers", role as section heading), organisations (full, short, after a dash, in a column),
substitutions ("X ersätter Y", "tjg ersättare för Y", "Y, ersatt av X"), attendance ranges ("§§
57–64", "fr.o.m. § 5"), absent sections ("Frånvarande", "Anmält förhinder"), others present
(Övriga närvarande, Inbjudna, Adjungerade, Sekreterare, Justerare) and tables with or without
rulings and header rows.

Each is a function ``rng -> Rendered`` like those of layouts.py, registered in ``ROSTERMIX``
(make.py adds them to the seen part).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from . import parts as P
from .layouts import Rendered, Variant, items_council, registry
from .model import Attendee, Meeting, Seat, board_meeting, council_meeting
from .parts import Decisions
from .people import Cast
from .render import Flow, Style

ROSTERMIX: list[Variant] = []
variant = registry(ROSTERMIX)

ROLE_WORD = {
    "ordförande": "Ordförande",
    "vice ordförande": "Vice ordförande",
    "ledamot": "Ledamot",
    "ersättare": "Ersättare",
}
ROLE_PAREN = {"ordförande": "(ordf)", "vice ordförande": "(vice ordf)", "ersättare": "(ers)"}
ROLE_HEADINGS = {
    "ordförande": "Ordförande",
    "vice ordförande": "Vice ordförande",
    "ledamot": "Ledamöter",
    "ersättare": "Ersättare",
}


@dataclass(frozen=True)
class Grammar:
    """One document's choices: how every roster entry of it is written."""

    order: str  # name | role | family
    sep: str  # line | comma | semicolon | och | table | column
    party: str  # paren | bare | none
    role: str  # comma | paren | heading | first
    org: str  # full | short | dash | none | column
    subst: str  # ersatter | tjg | ersatt_av
    span: str  # paras | from
    ruled: bool
    header: bool

    @staticmethod
    def draw(rng: random.Random, *, orgs: bool, parties: bool, tables: bool) -> Grammar:
        sep = rng.choice(("table", "table", "column") if tables else ("line", "line", "comma", "semicolon", "och"))
        order = rng.choice(("name", "name", "family", "role"))
        if order == "family" and sep in ("comma", "och"):
            sep = "semicolon"  # "Berg, Anna, Ek, Per" is not written
        role = rng.choice(("comma", "paren", "heading")) if order != "role" else "first"
        org = rng.choice(("full", "short", "dash") + (("column",) if sep in ("table", "column") else ()))
        return Grammar(
            order=order,
            sep=sep,
            party=rng.choice(("paren", "paren", "bare", "none")) if parties else "none",
            role=role,
            org=org if orgs else "none",
            subst=rng.choice(("ersatter", "tjg", "ersatt_av")),
            span=rng.choice(("paras", "from")),
            ruled=rng.random() < 0.5,
            header=rng.random() < 0.6,
        )


def name_of(s: Seat | Attendee, g: Grammar) -> str:
    assert s.person is not None
    return s.person.family_first if g.order == "family" else s.person.name


def party_of(party: str | None, g: Grammar) -> str:
    if not party or g.party == "none":
        return ""
    return f" ({party})" if g.party == "paren" else f", {party}"


def span_of(s: Seat, g: Grammar, first: int) -> str:
    if not s.span:
        return ""
    if g.span == "from":
        return f", fr.o.m. § {int(s.span.split()[1].split('–')[0]) + 1}" if s.span.startswith("§§") else f", {s.span}"
    return f", {s.span}"


def entry(s: Seat, g: Grammar, *, with_role: bool, with_org: bool, first: int = 0) -> str:
    """One seat as the grammar writes it (without the org when it has its own column)."""
    if s.person is None:
        return f"Vakant{party_of(s.party, g)}"
    text = name_of(s, g) + party_of(s.party, g)
    if with_org and g.org in ("full", "short"):
        text += f", {P.org_as(s.org, g.org)}"
    elif with_org and g.org == "dash":
        text += f" – {P.org_as(s.org, 'short' if len(s.org) > 20 else 'full')}"
    if with_role and g.role == "first":
        text = f"{ROLE_WORD[s.role]} {text}"
    elif with_role and s.role in ROLE_PAREN and not s.replaces:
        if g.role == "comma" and s.role != "ersättare":
            text += f", {s.role}"
        elif g.role == "paren":
            text += f" {ROLE_PAREN[s.role]}"
    if s.replaces:
        gone = s.replaces.name + party_of(s.replaces_party, g)
        if g.subst == "ersatter":
            text += f" ersätter {gone}"
        elif g.subst == "tjg":
            text += f", tjg ersättare för {gone}"
        else:  # the absent member first: "Y (S), ersatt av X (S)"
            text = f"{gone}, ersatt av {s.person.name}{party_of(s.party, g)}"
    return text + span_of(s, g, first)


def attendee(a: Attendee, g: Grammar, *, with_org: bool) -> str:
    text = f"{name_of(a, g)}, {a.title}"
    if with_org:
        text += f", {P.org_as(a.org, 'short' if g.org == 'short' else 'full')}"
    return text


def block(
    f: Flow,
    heading: str,
    who: list,
    fmt: Callable[[object], str],
    g: Grammar,
    rng: random.Random,
    *,
    record: bool = True,
    cols: Callable[[object], list[str]] | None = None,
    header: list[str] | None = None,
) -> None:
    """A roster section laid out as the grammar's separator says; ``record`` False for the
    absent (printed, not participants)."""
    if not who:
        return
    keep = (lambda ln, e: P.record(f, ln, e)) if record else (lambda ln, e: None)
    if g.sep in ("line", "column"):
        if g.sep == "column":
            for k, e in enumerate(who):
                ln = (
                    f.line(heading, bold=True, before=8, cells=((150, fmt(e), False),))
                    if k == 0
                    else f.line(fmt(e), x=150)
                )
                keep(ln, e)
            return
        P.heading_line(f, heading)
        for e in who:
            rows = f.para(fmt(e), hang=10, before=0, together=True)
            keep(rows[0], e)
        return
    if g.sep == "table":
        P.heading_line(f, heading)
        rows = [(cols(e) if cols else [fmt(e)], e if record else None) for e in who]
        width = len(rows[0][0])
        xs = [0.0, 190.0, 300.0, 390.0][:width]
        P.table(f, header[:width] if g.header and header else None, rows, xs, ruled=g.ruled, size=9, before=2)
        return
    texts = [fmt(e) for e in who]
    if g.sep == "semicolon":
        body = "; ".join(texts)
    elif g.sep == "och":
        body = ", ".join(texts[:-1]) + (" och " if len(texts) > 1 else "") + texts[-1]
    else:
        body = ", ".join(texts)
    rows = f.para(f"{heading}: {body}", before=6)
    joined = " ".join(r.text for r in rows)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    pos = 0
    for e, t in zip(who, texts, strict=True):
        pos = joined.index(t, pos)
        if record:
            P.record(f, rows[max(k for k, s in enumerate(starts) if s <= pos)], e)
        pos += len(t)


def seat_cols(g: Grammar, m: Meeting) -> Callable[[object], list[str]]:
    def cols(s) -> list[str]:
        out = [entry(s, Grammar(**{**g.__dict__, "party": "none"}), with_role=False, with_org=g.org != "column")]
        out.append(s.party or "" if g.party != "none" else "")
        if g.org == "column":
            out.append(P.org_as(s.org, "short"))
        out.append(("Tjg ersättare" if s.replaces else ROLE_WORD[s.role]) if g.role != "heading" else "")
        return [c for c in out if c] or [""]

    return cols


def roster(f: Flow, m: Meeting, g: Grammar, rng: random.Random) -> None:
    """Members, substitutes, the absent and the others present, as the grammar says."""
    first = m.items[0].number
    members = [s for s in m.seats if s.role != "ersättare" and s.person is not None]
    serving = [s for s in m.seats if s.replaces]
    if g.subst == "ersatt_av":  # "Y (S), ersatt av X (S)" stands in the members' list, at Y's seat
        members = members + serving
        serving = []
    idle = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    header = ["Namn", "Parti", "Organisation", "Roll"]
    if g.sep == "table":
        header = (
            ["Namn"]
            + (["Parti"] if g.party != "none" else [])
            + (["Kommun"] if g.org == "column" else [])
            + ["Funktion"]
        )
    cols = seat_cols(g, m) if g.sep == "table" else None
    fmt_role = lambda s: entry(s, g, with_role=g.role != "heading", with_org=True, first=first)  # noqa: E731
    fmt_plain = lambda s: entry(s, g, with_role=False, with_org=True, first=first)  # noqa: E731
    if g.role == "heading":
        for role in ("ordförande", "vice ordförande", "ledamot"):
            who = [s for s in members if s.role == role or (role == "ledamot" and s.replaces)]
            block(
                f,
                ROLE_HEADINGS[role] if len(who) == 1 or role == "ledamot" else role.capitalize(),
                who,
                fmt_plain,
                g,
                rng,
                cols=cols,
                header=header,
            )
    else:
        block(
            f,
            rng.choice(("Beslutande", "Närvarande ledamöter", "Ledamöter")),
            members,
            fmt_role,
            g,
            rng,
            cols=cols,
            header=header,
        )
    if serving:
        block(
            f,
            rng.choice(("Tjänstgörande ersättare", "Tjg ersättare")),
            serving,
            fmt_plain,
            g,
            rng,
            cols=cols,
            header=header,
        )
    if idle:
        ej = rng.random() < 0.5 and g.sep == "line" and g.role != "first"
        if ej:  # under the members' list, each marked "ej tjg ers"
            P.heading_line(f, "Närvarande ersättare")
            for s in idle:
                text = fmt_plain(s) if s.person is not None else f"Vakant{party_of(s.party, g)}"
                ln = f.line(f"{text}, ej tjg ers" if s.person is not None else text)
                P.record(f, ln, s)
        else:
            heading = (
                "Ersättare"
                if g.role == "heading"
                else rng.choice(("Ej tjänstgörande ersättare", "Ej tjg ersättare", "Ersättare"))
            )
            block(f, heading, idle, fmt_role if g.role != "heading" else fmt_plain, g, rng, cols=cols, header=header)
    if m.absent:
        block(
            f,
            rng.choice(("Frånvarande", "Anmält förhinder")),
            m.absent,
            fmt_plain,
            g,
            rng,
            record=False,
            cols=cols,
            header=header,
        )
    officials = [a for a in m.officials if a is not m.secretary]
    with_org = m.family == "council" and g.org != "none"
    if officials:
        block(
            f,
            rng.choice(("Övriga närvarande", "Tjänstepersoner", "Övriga deltagare")),
            officials,
            lambda a: attendee(a, g, with_org=with_org),
            g,
            rng,
            cols=(lambda a: [name_of(a, g), a.title]) if g.sep == "table" else None,
            header=["Namn", "Titel"],
        )
    if m.guests:
        block(
            f,
            rng.choice(("Inbjudna", "Adjungerade")),
            m.guests,
            lambda a: attendee(a, g, with_org=True),
            g,
            rng,
            cols=(lambda a: [name_of(a, g), f"{a.title}, {a.org}"]) if g.sep == "table" else None,
            header=["Namn", "Titel"],
        )
    s = m.secretary
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((150, f"{name_of(s, g)}", False),)), m)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((150, name_of(m.justerare, g), False),)), m)


def header(f: Flow, m: Meeting, org_line: bool) -> None:
    if org_line:
        f.line(m.org, bold=True, size=12)
    f.line("PROTOKOLL", bold=True, size=14, before=2)
    f.line(m.organ, bold=True, size=12, before=2)
    f.row([(0, "Datum"), (150, m.date.isoformat())], before=8)
    f.row([(0, "Tid"), (150, m.time)])
    f.row([(0, "Plats"), (150, m.place)])


def board_items(f: Flow, m: Meeting, rng: random.Random) -> None:
    ds = Decisions("Beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, new_page=k == 0, size=11)
        P.board_item_body(f, m, it, ds, rng)


def board_doc(rng: random.Random, tables: bool) -> Rendered:
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(0, 2), spans=True, independent=rng.random() < 0.3)
    g = Grammar.draw(rng, orgs=False, parties=True, tables=tables)
    f = Flow(Style(rng.choice(("vera", "helvetica", "times")), size=9.5, top=84, bottom=80))
    header(f, m, org_line=True)
    roster(f, m, g, rng)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


def council_doc(rng: random.Random, tables: bool) -> Rendered:
    m = council_meeting(
        rng, Cast(rng), parties=rng.random() < 0.5, vacancies=1, absent=rng.randint(0, 2), guests=rng.randint(1, 2)
    )
    g = Grammar.draw(rng, orgs=True, parties=True, tables=tables)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5, left=64, right=58, bottom=80))
    header(f, m, org_line=False)
    roster(f, m, g, rng)
    items_council(f, m, rng, Decisions("Beslut", "past"), "para", size=11)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


TAGS = (
    "r_party",
    "r_role_after",
    "r_role_paren",
    "r_role_heading",
    "r_role_before",
    "r_family_first",
    "r_ersatter",
    "r_tjg_for",
    "r_span",
    "r_absent",
    "r_ej_tjg",
    "r_ovriga_narvarande",
    "h_para",
    "d_beslut",
    "date_iso",
)


@variant("board", *TAGS, "r_one_per_line", "r_running_comma", "r_running_semicolon", "r_och", "r_party_independent")
def board_roster_mix(rng: random.Random) -> Rendered:
    """A municipal board whose roster's every choice (entry order, separator, party tag, role
    marker, substitution, attendance range, absent section) is drawn per document."""
    return board_doc(rng, tables=False)


@variant(
    "council",
    *TAGS,
    "r_one_per_line",
    "r_running_comma",
    "r_running_semicolon",
    "r_och",
    "r_org_short",
    "r_inbjudna",
    "r_adjungerade",
    "r_vakant",
)
def council_roster_mix(rng: random.Random) -> Rendered:
    """A collaboration council (members of many organisations, parties or not) whose roster's
    every choice, organisation form included (full, short, after a dash), is drawn per document."""
    return council_doc(rng, tables=False)


@variant("board", *TAGS, "r_table_header", "r_table_ruled", "r_table_unruled", "r_party_independent")
def roster_mix_tables(rng: random.Random) -> Rendered:
    """Board or council rosters as tables (ruled or not, with or without a header row; party,
    organisation and function in columns) or a label column, other choices drawn per document."""
    return council_doc(rng, tables=True) if rng.random() < 0.5 else board_doc(rng, tables=True)
