"""Building blocks the layouts are made of: how a roster entry, an item heading, a decision,
a signature box or a running header is printed.  Each part records in the ``Flow`` what the
gold says about what it printed (see render.py).

Gold conventions (those of ../shared/gold and the dev set):
* one participant entry per (person, role); names given name first; organisations canonical;
* a chair is "ordförande" only, a vice chair "vice ordförande" only ("1:e vice ordförande" too);
* serving and non-serving substitutes are "ersättare"; the member a serving substitute
  replaces is not a participant; absent members (Frånvarande, Anmält förhinder) are not either;
* officials (Tjänstepersoner, Övriga närvarande with a title of the publishing organisation)
  are "tjänsteperson"; guests, invited and adjungerade from elsewhere are "övrig";
* the secretary (letterhead, "Sekreterare", "Vid protokollet", "Antecknare", signature box)
  is "sekreterare" -- and also "tjänsteperson" when listed among the officials;
* the justerare is "justerare" besides their seat; the chair signing is not a new entry;
* a decision is recorded verbatim; an att-clause list gives one decision per clause,
  "<lead> att <clause>" without the clause's trailing punctuation; "Beslut: X" gives X;
* proposals (Förslag till beslut, Arbetsutskottets förslag), Yrkanden, Propositionsordning,
  Reservation, Protokollsanteckning, Jäv are not decisions.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import content as C
from .model import Attendee, Item, Meeting, Seat
from .render import Flow, H, Ln, W, text_width


# --------------------------------------------------------------------------- recording
def record(f: Flow, ln: Ln, who: Seat | Attendee) -> None:
    """The gold entry for a printed roster entry (nothing for a vacant seat)."""
    if isinstance(who, Seat):
        if who.person is not None:
            f.person(ln, who.name, who.role, who.org)
    else:
        f.person(ln, who.name, who.role, who.org, who.title)


def record_secretary(f: Flow, ln: Ln, m: Meeting) -> None:
    s = m.secretary
    f.person(ln, s.name, "sekreterare", s.org, s.title if m.secretary_listed else None)


def record_justerare(f: Flow, ln: Ln, m: Meeting) -> None:
    f.person(ln, m.justerare.name, "justerare", m.justerare.org)


# --------------------------------------------------------------------------- entries
def org_as(org: str, form: str) -> str:
    """An organisation as printed: "full" (canonical), "short" ("Kumla", "Region Örebro")."""
    return C.SHORT.get(org, org) if form == "short" else org


def written_name(seat_or_person, family_first: bool) -> str:
    p = seat_or_person.person if hasattr(seat_or_person, "person") else seat_or_person
    return p.family_first if family_first else p.name


ROLE_SUFFIX = {  # role written after the name
    "comma": {"ordförande": ", ordförande", "vice ordförande": ", vice ordförande", "ersättare": ", ersättare"},
    "paren": {"ordförande": " (ordf)", "vice ordförande": " (vice ordf)", "ersättare": " (ers)"},
}


def seat_text(
    s: Seat,
    *,
    org: str | None = "full",
    party: bool = False,
    role: str | None = None,
    family_first: bool = False,
    replaces: str = "tjg",
    span: bool = True,
) -> str:
    """One roster entry: "Agnes Hedin (S), Kumla kommun, ordförande" and the like.

    ``org``: "full" | "short" | None; ``role``: "comma" | "paren" | "rank" (board: ", 1:e vice
    ordförande") | None; ``replaces``: how a serving substitute's replaced member is written,
    "tjg" (", tjänstgörande ersättare för Y (S)"), "ersätter" (" ersätter Y (S)") or "" (not).
    """
    if s.person is None:
        return f"Vakant, {org_as(s.org, org or 'full')}"
    out = written_name(s, family_first)
    if party and s.party:
        out += f" ({s.party})"
    if org:
        out += f", {org_as(s.org, org)}"
    if role == "rank" and s.role in ("ordförande", "vice ordförande"):
        out += f", {s.rank + ' ' if s.rank else ''}{s.role}"
    elif role in ROLE_SUFFIX and s.role in ROLE_SUFFIX[role] and not s.replaces:
        out += ROLE_SUFFIX[role][s.role]
    if s.replaces and replaces:
        gone = s.replaces.name + (f" ({s.replaces_party})" if party and s.replaces_party else "")
        out += f", tjänstgörande ersättare för {gone}" if replaces == "tjg" else f" ersätter {gone}"
    if s.span and span:
        out += f", {s.span}"
    return out


def attendee_text(
    a: Attendee, *, org: str | None = "full", unit: bool = False, span: bool = True, dash: bool = False
) -> str:
    """ "Name, title[, unit], Organisation[, § 5]"; ``dash`` prints it as a "- " list entry."""
    parts = [a.name, a.title]
    if unit and a.unit:
        parts.append(a.unit)
    if org:
        parts.append(org_as(a.org, org))
    if span and a.span:
        parts.append(a.span)
    return ("- " if dash else "") + ", ".join(parts)


# --------------------------------------------------------------------------- roster blocks
def heading_line(f: Flow, text: str, *, before: float = 8.0, size: float | None = None) -> Ln:
    return f.line(text, bold=True, before=before, keep=1, size=size)


def roster_lines(
    f: Flow,
    heading: str,
    entries: list,
    fmt,
    *,
    inline: bool = False,
    x: float = 0.0,
    hang: float = 10.0,
    before: float = 8.0,
) -> None:
    """A section heading and one entry a line; ``inline`` puts the first entry on the heading's
    line ("Ordförande: Agnes Hedin, Region Örebro län")."""
    if not entries:
        return
    if inline:
        first, *rest = entries
        ln = f.line(heading, bold=True, before=before, cells=((x or 110.0, fmt(first), False),))
        record(f, ln, first)
        for e in rest:
            record(f, f.line(fmt(e), x=x or 110.0), e)
        return
    heading_line(f, heading, before=before)
    for e in entries:
        rows = f.para(fmt(e), x=x, hang=hang, before=0, together=True)
        record(f, rows[0], e)


def roster_running(
    f: Flow,
    heading: str,
    entries: list,
    fmt,
    *,
    sep: str = "; ",
    last: str | None = None,
    before: float = 6.0,
    end: str = "",
) -> None:
    """A roster in running text: "Ledamöter: A, Askersunds kommun; B, Degerfors kommun; …",
    wrapped like a paragraph; ``last`` (" och ") joins the final entry."""
    if not entries:
        return
    texts = [fmt(e) for e in entries]
    body = sep.join(texts[:-1]) + (last if last and len(texts) > 1 else sep if len(texts) > 1 else "") + texts[-1]
    rows = f.para(f"{heading} {body}{end}", before=before)
    starts, at = [], 0  # where each printed row begins in the paragraph
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for e, t in zip(entries, texts, strict=True):  # each entry on the row where it starts
        pos = joined.index(t, pos)
        record(f, rows[max(k for k, s in enumerate(starts) if s <= pos)], e)
        pos += len(t)


def label_block(
    f: Flow, label: str, entries: list, fmt, *, col: float = 140.0, before: float = 8.0, bold_label: bool = True
) -> None:
    """A label in the left column and one entry a line in the right ("Beslutande  Name (S), …")."""
    if not entries:
        return
    for k, e in enumerate(entries):
        if k == 0:
            ln = f.line(label, bold=bold_label, before=before, cells=((col, fmt(e), False),))
        else:
            ln = f.line(fmt(e), x=col)
        record(f, ln, e)


def table(
    f: Flow,
    header: list[str] | None,
    rows: list[tuple[list[str], object]],
    xs: list[float],
    *,
    ruled: bool = False,
    size: float | None = None,
    before: float = 8.0,
    bold_header: bool = True,
    x1: float | None = None,
) -> None:
    """A table: ``rows`` are (cells, who) with who a Seat/Attendee to record or None.

    ``ruled`` draws a box around every row and lines between the columns.
    """
    x1 = x1 if x1 is not None else f.style.width
    rule = (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:])) if ruled else None
    if header:
        f.row(list(zip(xs, header, strict=True)), bold=bold_header, size=size, before=before, rule=rule, keep=1)
        before = 0.0
    for k, (cells, who) in enumerate(rows):
        cells = [(x, t) for x, t in zip(xs, cells, strict=True) if t]
        if not cells:
            continue
        ln = f.row(cells, size=size, before=before if k == 0 else 0.0, rule=rule)
        if who is not None:
            record(f, ln, who)


# --------------------------------------------------------------------------- item headings
NUMBER_FORMS = {
    "dot": "{n}.",
    "paren": "{n})",
    "bare": "{n}",
    "para": "§ {n}",
    "tight": "§{n}",
    "finnish": "{n} §",
    "ks_para": "{p} § {n}",
    "ks_short": "{p} {n}",
    "paragraf": "Paragraf {n}",
    "arende": "Ärende {n}",
    "punkt": "Punkt {n}",
}


def item_heading(
    f: Flow,
    m: Meeting,
    item: Item,
    form: str,
    *,
    own_line: bool = False,
    size: float = 11.0,
    indent: float = 0.0,
    dnr: str | None = None,
    before: float = 12.0,
    number: str | None = None,
    bold: bool = True,
    new_page: bool = False,
) -> Ln:
    """Print an item's heading and open it in the gold.

    ``form`` is a key of NUMBER_FORMS ("5.", "§ 5", "KS § 45", "Punkt 7" …) or "unnumbered"
    (the title alone, set apart by weight and size; its number in the gold is its ordinal).
    ``own_line`` puts the number on a line of its own with the title below; ``indent`` puts
    the title at that x beside the number; ``dnr`` prints "Dnr …" at the right.
    """
    n = number or str(item.number)
    if form == "unnumbered":
        ln = f.line(item.title, bold=bold, size=size, before=before, keep=1, new_page=new_page)
        f.item(n, item.title, ln, item.dnr)
        return ln
    label = NUMBER_FORMS[form].format(
        n=n, p=m.extra.get("prefix", "KS").capitalize() if form == "ks_short" else m.extra.get("prefix", "KS")
    )
    if indent:  # the title never touches the number (else extraction glues them into one word)
        indent = max(indent, text_width(label, f.style.bold if bold else f.style.reg, size) + 12)
    right = ((f.style.width - 120, f"Dnr {dnr}", False),) if dnr else ()
    if own_line:
        ln = f.line(label, bold=bold, size=size, before=before, keep=2, cells=right, new_page=new_page)
        f.item(n, item.title, ln, item.dnr)
        f.para(item.title, x=indent, bold=bold, size=size, before=1)
    elif indent:
        ln = f.line(
            label,
            bold=bold,
            size=size,
            before=before,
            keep=1,
            new_page=new_page,
            cells=((indent, item.title, bold), *right),
        )
        f.item(n, item.title, ln, item.dnr)
    else:
        ln = f.line(
            f"{label} {item.title}", bold=bold, size=size, before=before, keep=1, cells=right, new_page=new_page
        )
        f.item(n, item.title, ln, item.dnr)
    return ln


# --------------------------------------------------------------------------- decisions
@dataclass(frozen=True)
class Decisions:
    """How a layout prints decisions.

    ``heading``: None (sentences in the text), "Beslut", "Beslut:", "Beslutet", "{gen} beslut"
    ("Socialnämndens beslut"); ``form``: "past" ("Rådet beslutade att …" / "Rådet godkände …" /
    passive "… godkändes"), "present" ("Nämnden godkänner …"), "beslutar" ("Nämnden beslutar
    att …"), "att" (a lead and att-clauses), "numbered" (a lead and "1. att …" rows), "inline"
    ("Beslut: Rådet godkände …" on one line); ``lead``: the att-lead's subject ("Nämnden").
    """

    heading: str | None = None
    form: str = "past"
    lead: str | None = None
    passive_share: float = 0.5
    in_text: bool = False  # sentences at the end of the item's paragraph, not a paragraph of their own


def _sentence(m: Meeting, item: Item, act: str, form: str, rng: random.Random, subject: str | None = None) -> str:
    s = subject or m.subject
    if item.proposal:
        return f"{s} föreslår kommunfullmäktige att {act}."
    verb = act.split(" ", 1)[0]
    if form == "past":
        if verb in C.VERBS and rng.random() < 0.5:
            return f"{s} {C.finite(act, 1)}."
        return f"{s} beslutade att {act}."
    if form == "present" and verb in C.VERBS:
        return f"{s} {C.finite(act, 0)}."
    return f"{s} beslutar att {act}."


def decision_sentences(m: Meeting, item: Item, ds: Decisions, rng: random.Random) -> list[str]:
    """The item's decisions as whole sentences (for every form but the clause lists; a lone
    clause is written as one sentence with the lead's subject)."""
    acts = [a.replace("{next}", C.fmt_date(m.next_meeting, "long")) for a in item.acts]
    subject = ds.lead if ds.form in ("att", "numbered") else None
    form = {"inline": "past" if m.family != "board" else "present", "att": "beslutar", "numbered": "beslutar"}.get(
        ds.form, ds.form
    )
    if item.passive and (not acts or rng.random() < ds.passive_share) and not item.proposal:
        return [item.passive] + [_sentence(m, item, a, form, rng, subject) for a in acts[1:]]
    return [_sentence(m, item, a, form, rng, subject) for a in acts]


def justerare_sentence(m: Meeting, rng: random.Random, org_form: str = "full") -> str:
    j = m.justerare
    if m.family == "board":
        party = f" ({j.party})" if j.party else ""
        return rng.choice(
            (
                f"{m.subject} beslutar att utse {j.name}{party} att jämte ordföranden justera protokollet.",
                f"{m.subject} utser {j.name}{party} att justera dagens protokoll.",
            )
        )
    org = org_as(j.org, org_form)
    return rng.choice(
        (
            f"Till justerare utsågs {j.name}, {org}.",
            f"{j.name}, {org}, utsågs att tillsammans med ordföranden justera protokollet.",
            f"{m.subject} utsåg {j.name} till justerare.",
        )
    )


def print_decisions(
    f: Flow, m: Meeting, item: Item, ds: Decisions, rng: random.Random, *, x: float = 0.0, break_inside: bool = False
) -> None:
    """Print and record the item's decisions in the layout's style.

    ``break_inside`` starts a new page after the first line of the first decision paragraph
    (a decision continuing across a page break).
    """
    sentences = [justerare_sentence(m, rng)] if item.kind == "justerare" else decision_sentences(m, item, ds, rng)
    if not sentences:
        return
    acts = [a.replace("{next}", C.fmt_date(m.next_meeting, "long")) for a in item.acts]
    clause_list = ds.form in ("att", "numbered") and len(acts) > 1 and item.kind != "justerare"
    if ds.heading and ds.form != "inline":
        f.line(ds.heading.format(gen=m.genitive), x=x, bold=True, before=8, keep=1)
    if clause_list:
        lead = f"{ds.lead or m.subject} {'föreslår kommunfullmäktige' if item.proposal else 'beslutar'}"
        f.para(lead, x=x, before=3 if ds.heading else 6)
        n = len(acts)
        for k, act in enumerate(acts):
            end = "." if k == n - 1 else (", och" if k == n - 2 and rng.random() < 0.5 else ",")
            row = f"{k + 1}. att {act}{end}" if ds.form == "numbered" else f"att {act}{end}"
            f.para(row, x=x + 12, hang=14, before=1)
            f.decision(f"{lead} att {act}")
        return
    for k, s in enumerate(sentences):
        text = f"Beslut: {s}" if ds.form == "inline" else s
        f.para(
            text,
            x=x,
            before=3 if k or ds.heading else 6,
            break_after=1 if break_inside and k == 0 and len(text) > 90 else None,
        )
        f.decision(s)
    if item.kind == "justerare":
        record_justerare(f, f.lines[-1], m)


def not_decisions(
    f: Flow, m: Meeting, item: Item, rng: random.Random, *, proposal_heading: str | None, motions: bool, x: float = 0.0
) -> None:
    """What precedes a board's decision and is not one: a proposal (worded like the decision),
    motions (Yrkanden) and the order of voting (Propositionsordning)."""
    if proposal_heading and item.acts:
        f.line(proposal_heading, x=x, bold=True, before=8, keep=1)
        act = item.acts[0]
        f.para(f"{m.subject} {'föreslår kommunfullmäktige' if item.proposal else 'beslutar'} att {act}.", x=x)
    if motions:
        chair = m.chair
        f.line("Yrkanden", x=x, bold=True, before=8, keep=1)
        f.para(f"{chair.name} ({chair.party}) yrkar bifall till förslaget.", x=x)
        f.line(rng.choice(("Propositionsordning", "Beslutsgång")), x=x, bold=True, before=8, keep=1)
        f.para("Ordföranden ställer proposition på förslaget och finner att det bifalls.", x=x)


def board_item_body(
    f: Flow,
    m: Meeting,
    item: Item,
    ds: Decisions,
    rng: random.Random,
    *,
    x: float = 0.0,
    proposal_heading: str | None = "Förslag till beslut",
    motions: bool = False,
    intro: str = "Ärendebeskrivning",
    basis: bool = True,
    sent_to: bool = True,
    break_inside: bool = False,
) -> None:
    """A municipal item: description, basis, proposal, motions, the decision, where it goes."""
    if item.kind == "justerare":
        print_decisions(f, m, item, ds, rng, x=x)
        return
    if item.text:
        f.line(intro, x=x, bold=True, before=8, keep=1)
        f.para(" ".join(item.text), x=x)
    if basis and item.basis:
        f.line("Beslutsunderlag", x=x, bold=True, before=8, keep=1)
        for b in item.basis:
            written = m.date - dt.timedelta(days=12 + item.number % 9)
            f.para(f"- {b} {written.isoformat()}", x=x, before=1)
    not_decisions(
        f,
        m,
        item,
        rng,
        proposal_heading=proposal_heading if item.kind == "topic" else None,
        motions=motions and item.kind == "topic",
    )
    print_decisions(f, m, item, ds, rng, x=x, break_inside=break_inside)
    if sent_to and item.kind == "topic":
        f.line(rng.choice(("Beslutet skickas till", "Expedieras till")), x=x, bold=True, before=8, keep=1)
        f.para("Kommunfullmäktige" if item.proposal else "Förvaltningen", x=x, before=1)


def council_item_body(
    f: Flow,
    m: Meeting,
    item: Item,
    ds: Decisions,
    rng: random.Random,
    *,
    x: float = 0.0,
    break_inside: bool = False,
    split: bool = False,
) -> None:
    """A council or group item: its text as one paragraph (``split``: a paragraph a sentence),
    then the decisions in the layout's style -- or, ``ds.in_text``, ending the paragraph."""
    texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in item.text]
    if ds.in_text and ds.heading is None and item.kind != "justerare":
        sentences = decision_sentences(m, item, ds, rng)
        if texts or sentences:
            f.para(" ".join([*texts, *sentences]), x=x, before=4, break_after=1 if break_inside else None)
        for s in sentences:
            f.decision(s)
        return
    for k, t in enumerate(texts if split else [" ".join(texts)] if texts else []):
        f.para(t, x=x, before=4 if k == 0 else 2, break_after=1 if break_inside and k == 0 else None)
    print_decisions(f, m, item, ds, rng, x=x, break_inside=break_inside)


# --------------------------------------------------------------------------- tables of contents
def toc(
    f: Flow,
    m: Meeting,
    heading: str,
    label,
    *,
    dots: bool = True,
    columns: tuple[str, ...] = (),
    new_page: bool = False,
) -> None:
    """A table of contents ("Ärendelista", "Innehållsförteckning"): one line per item with the
    page it starts on, joined by dot leaders or not.  Not items (the gold has nothing for it)."""
    f.line(heading, bold=True, size=12, before=14, keep=2, new_page=new_page)
    if columns:
        f.row([(0, columns[0]), (70, columns[1]), (f.style.width - 30, columns[2])], bold=True, before=4)
    rows = []
    for it in m.items:
        text = label(it)
        if dots:
            rows.append((f.line(text, before=3, leader=""), it))
        else:  # "§ 5<TAB>Title": the number, and the title in a column of its own
            number, _, title = text.partition("\t")
            ln = f.line(number, before=3, cells=((70, title, False),) if title else ())
            rows.append((ln, it))

    def fill(flow: Flow) -> None:
        starts = {i.number: i.ln.page for i in flow.items}
        for ln, it in rows:
            page = str(starts[str(it.number)])
            if dots:
                ln.leader = page
            else:
                ln.cells = (*ln.cells, (flow.style.width - 20, page, False))

    f.after.append(fill)


# --------------------------------------------------------------------------- signatures
def signature_box(
    f: Flow,
    m: Meeting,
    *,
    columns: int = 1,
    heading: str | None = "Underskrifter",
    col: float = 140.0,
    labels: tuple[str, ...] = ("Sekreterare", "Ordförande", "Justerare"),
    before: float = 14.0,
) -> None:
    """The signature box: secretary, chair and justerare, one under the other (``columns`` 1),
    or side by side in two or three columns.  Records the secretary and the justerare."""
    people = {
        "Sekreterare": m.secretary.person,
        "Ordförande": m.chair.person,
        "Justerare": m.justerare.person,
        "Justerande": m.justerare.person,
        "Vid protokollet": m.secretary.person,
    }
    if heading:
        f.line(heading, bold=True, before=before, keep=2 * len(labels))
        before = 6.0
    if columns == 1:
        for label in labels:
            f.line("." * 44, x=col, before=before + 8, keep=1)
            ln = f.line(label, cells=((col, people[label].name, False),))
            _record_signer(f, ln, m, label)
            before = 0.0
        return
    width = f.style.width / columns
    for start in range(0, len(labels), columns):
        group = labels[start : start + columns]
        dots = tuple((k * width, "." * 30, False) for k in range(1, len(group)))
        f.line("." * 30, before=before + 16, keep=2, cells=dots)
        names = f.row([(k * width, people[label].name) for k, label in enumerate(group)], keep=1)
        f.row([(k * width, label) for k, label in enumerate(group)])
        for label in group:
            _record_signer(f, names, m, label)
        before = 0.0


def _record_signer(f: Flow, ln: Ln, m: Meeting, label: str) -> None:
    if label in ("Sekreterare", "Vid protokollet"):
        record_secretary(f, ln, m)
    elif label in ("Justerare", "Justerande"):
        record_justerare(f, ln, m)


def anslag(f: Flow, m: Meeting, *, col: float = 160.0, organ_field: bool = True, date_form: str = "iso") -> None:
    """ANSLAG/BEVIS: the notice of the adjusted protocol, with dates that are not the meeting's."""
    f.line("ANSLAG/BEVIS", bold=True, before=16, keep=4)
    f.line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9)
    rows = [
        ("Sammanträdesdatum", C.fmt_date(m.date, date_form)),
        ("Datum då anslaget sätts upp", C.fmt_date(m.posted[0], date_form)),
        ("Datum då anslaget tas ned", C.fmt_date(m.posted[1], date_form)),
        ("Förvaringsplats för protokollet", f"Kommunkansliet, {C.SHORT.get(m.org, m.org)}"),
    ]
    if organ_field:
        rows.insert(0, ("Organ", m.organ))
    for label, value in rows:
        f.line(label, size=9, cells=((col, value, False),))


# --------------------------------------------------------------------------- furniture
def page_label(form: str, page: int, total: int) -> str:
    return {
        "paren": f"{page} ({total})",
        "sida": f"Sida {page} av {total}",
        "sida_paren": f"Sida {page} ({total})",
        "plain": f"{page}",
        "slash": f"{page}/{total}",
    }[form]


def furniture_region(footer: str, label: str = "paren"):
    """Page label top right and a small footer line with the organisation's address."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, page_label(label, page, total))
        c.setLineWidth(0.4)
        c.line(st.left, 48, W - st.right, 48)
        c.setFont(st.reg, 6.5)
        c.drawString(st.left, 38, footer)

    return draw


def furniture_running(head: str, label: str = "sida", rule: bool = True, footer: str | None = None):
    """A running header on every page ("Protokoll 2025-03-04  …  Sida 2 av 4")."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 9)
        c.drawString(st.left, H - 42, head)
        c.drawRightString(W - st.right, H - 42, page_label(label, page, total))
        if rule:
            c.setLineWidth(0.4)
            c.line(st.left, H - 48, W - st.right, H - 48)
        if footer:
            c.setFont(st.reg, 7)
            c.drawCentredString(W / 2, 36, footer)

    return draw


def furniture_board(
    m: Meeting,
    *,
    date_form: str = "iso",
    current: bool = True,
    boxes: bool = True,
    body_in_header: bool = True,
    label: str = "sida",
):
    """The municipal running header: MUNICIPALITY, SAMMANTRÄDESPROTOKOLL, page, the body and
    the meeting date, the § in progress; "Justerandes sign" boxes at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 11)
        c.drawString(st.left, H - 42, m.org.upper())
        c.setFont(st.bold, 9)
        c.drawString(st.left + 200, H - 42, "SAMMANTRÄDESPROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 42, page_label(label, page, total))
        if body_in_header:
            c.drawString(st.left, H - 55, m.organ)
        c.drawString(st.left + 200, H - 55, f"Sammanträdesdatum {C.fmt_date(m.date, date_form)}")
        item = next((ln.item for ln in lines if ln.item), None)
        if current and item and page > 1:
            c.drawRightString(W - st.right, H - 55, f"§ {item}")
        c.setLineWidth(0.5)
        c.line(st.left, H - 62, W - st.right, H - 62)
        if boxes:
            c.setFont(st.reg, 7)
            for x, text in ((0, "Justerandes sign"), (300, "Utdragsbestyrkande")):
                c.rect(st.left + x, 40, 120, 22)
                c.drawString(st.left + x, 30, text)

    return draw


REGION_FOOTER = "Region Örebro län • Box 1613, 701 16 Örebro • Telefon 019-602 70 00 • www.regionorebrolan.se"


def text_fits(text: str, f: Flow, size: float, width: float) -> bool:
    return text_width(text, f.style.reg, size) <= width
