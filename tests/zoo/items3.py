"""More SEEN variants, for agenda-item and decision forms of issue 10's list that no earlier
seen variant printed (registered in ``ITEMS3``; make.py adds them to the seen part).

* ``board_reports_delegations``: a nämnd's protocol with the standing items
  "Anmälningsärenden" and "Delegationsbeslut" (or "Redovisning av delegationsbeslut"), whose
  lists of incoming documents and delegated decisions (numbered "1. …", or rows under bold
  area sub-headings) are not items; an information item; headings "SN § 12", "SN §12" or
  "§ 12  Dnr SN 2025/118  Title" (the registry number between the number and the title);
  decisions "Anmälningsärendena läggs till handlingarna.", "Informationen noteras.",
  "Noteras till protokollet.", "Läggs till handlingarna.", "Enligt förslag." under "Beslut",
  "Nämndens beslut" or inline "Beslut: …"; "Förslag till beslut" and "Beslutsgång"
  ("Ordföranden finner att nämnden beslutat enligt förslaget.") no decisions.
* ``minutes_agenda_underlined``: minutes with a numbered "Dagordning" first (the agenda, not
  the items), then unnumbered point headings set apart only by underlining, by capitals in the
  regular face, or by bold at the body's size; "Övriga frågor" with sub-headings ("a)
  Sommarstängning", or bold ones) that are not items; a point running over a page break with
  "<Title>, forts." at the top of the next page; decisions "Informationen noteras.",
  "Noteras till protokollet.", passives, "Beslut: …".
* ``board_dash_att_forts``: a board or arbetsutskott with "Ärende 12" or "§ 12" headings, a
  running "Ärende 12, forts." / "§ 12, forts." on a page that goes on with an item; decisions
  under "Kommunstyrelsens beslut", "Nämndens beslut" or "Styrelsens beslut" as a lead over
  "– att …," / "• att …," rows or numbered clauses running over a page break; an
  arbetsutskott's "Utskottet föreslår styrelsen besluta att …" (a proposal, kept as the
  item's decision); "Beslutsunderlag" and "Beslutet skickas till" bulleted (no decisions).
* ``council_agenda_numbered_apart``: a council whose §§ continue the year's numbering ("§ 23")
  after a "Dagordning" that numbers the same matters from 1 ("1. …", "1) …", "Punkt 1 …"):
  the agenda is no item; "Övriga frågor" with lettered sub-questions; "Rådets beslut".
* ``minutes_small_caps``: minutes whose unnumbered headings are set in small capitals (the
  small letters as capitals of a smaller size), some wrapping; no agenda.  Extraction keeps a
  word whole where the size changes ("VÄLKOMMEN"; before EXTRACTOR_VERSION 18 "V ÄLKOMMEN",
  close enough to the title) and gives a wrapped line of small letters only the smaller size,
  which goes on with the title.
* ``board_extra_item_lettered``: an extra item added at the meeting, "§ 47 a" / "§ 47a" /
  "KS § 47 a" between § 47 and § 48 (gold number "47 a"); "a) …," sub-points in a text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .combos import header, others, retitle, roster
from .items2 import paras_at, style
from .layouts import (
    Rendered,
    Variant,
    acts_of,
    basis_rows,
    house_decision,
    long_decision_item,
    lower_first,
    registry,
    renumbered,
)
from .model import Item, board_meeting, council_meeting, minutes_meeting
from .people import Cast
from .render import Flow, H, text_width, wrap

ITEMS3: list[Variant] = []
variant = registry(ITEMS3)

# --------------------------------------------------------------------------- board, reports and delegations
INCOMING = (
    "Länsstyrelsen i Örebro län, beslut efter tillsyn av verksamheten, {day}",
    "Inspektionen för vård och omsorg, protokoll från inspektion, {day}",
    "Kommunfullmäktige {day}, § {n}, Revisionsberättelse för föregående år",
    "Sveriges Kommuner och Regioner, cirkulär 25:{n}",
    "Kommunstyrelsens arbetsutskott {day}, § {n}, Lokalförsörjningsplan",
    "Förvaltningsrätten i Karlstad, dom i mål nr {n}-25",
    "Region Örebro län, yttrande över länsgemensam handlingsplan, {day}",
    "Kommunala pensionärsrådet, minnesanteckningar {day}",
)
DELEGATED = {
    "Individ- och familjeomsorg": ("Beslut om bistånd i form av kontaktperson", "Beslut om placering i familjehem"),
    "Äldreomsorg": ("Beslut om hemtjänst", "Beslut om särskilt boende", "Beslut om avgiftsreducering"),
    "Administration": ("Beslut om yttrande till Länsstyrelsen", "Beslut om utlämnande av allmän handling"),
}
DELEGATES = ("enhetschef", "handläggare", "biståndshandläggare", "förvaltningschef", "avdelningschef")
INFO_TITLES = ("Information från förvaltningschefen", "Förvaltningen informerar", "Aktuell information")
INFO_TEXT = (
    "Förvaltningschefen informerade om rekryteringsläget och om arbetet med nästa års budget.",
    "Nämnden fick en lägesbild av verksamheternas arbete under våren.",
)
NOTED = ("Informationen noteras.", "Noteras till protokollet.", "Informationen noteras till protokollet.",
         "Informationen läggs till handlingarna.")  # fmt: skip
ADOPTED = ("Enligt förslag.", "{s} beslutar enligt förslaget.", "{s} beslutar i enlighet med förslaget.")


def special_items(m, rng: random.Random) -> list[Item]:
    """The standing items: an information item, "Anmälningsärenden", "Delegationsbeslut"."""
    day = m.date
    anm = rng.choice(("Anmälningsärenden", "Anmälningsärenden och meddelanden"))
    dele = rng.choice(("Delegationsbeslut", "Redovisning av delegationsbeslut", "Anmälan av delegationsbeslut"))
    return [
        Item(0, rng.choice(INFO_TITLES), (rng.choice(INFO_TEXT),), passive=rng.choice(NOTED), kind="info"),
        Item(
            0,
            anm,
            kind="anm",
            dnr=f"{m.extra['prefix']} {day.year}/{rng.randint(2, 9)}",
            passive=rng.choice(
                (
                    "Anmälningsärendena läggs till handlingarna.",
                    "Läggs till handlingarna.",
                    "{s} lägger anmälningsärendena till handlingarna.",
                )
            ),
        ),  # fmt: skip
        Item(
            0,
            dele,
            kind="del",
            dnr=f"{m.extra['prefix']} {day.year}/{rng.randint(10, 20)}",
            passive=rng.choice(
                (
                    "Redovisningen av delegationsbeslut godkänns.",
                    "Delegationsbesluten läggs till handlingarna.",
                    "{s} godkänner redovisningen av delegationsbeslut.",
                    "Redovisningen noteras till protokollet.",
                )
            ),
        ),  # fmt: skip
    ]


def incoming_list(f: Flow, m, rng: random.Random) -> None:
    """The documents an "Anmälningsärenden" item reports: numbered "1. …" rows, or bulleted."""
    numbered = rng.random() < 0.6
    for k, text in enumerate(rng.sample(INCOMING, rng.randint(3, 5))):
        day = (m.date - dt.timedelta(days=rng.randint(8, 40))).isoformat()
        entry = text.format(day=day, n=rng.randint(3, 180))
        lead = f"{k + 1}. " if numbered else "• "
        f.para(lead + entry, hang=text_width(lead, f.style.reg, f.style.size), before=2)


def delegation_list(f: Flow, m, rng: random.Random) -> None:
    """Delegated decisions under bold area sub-headings: "Dnr … <decision>, <delegate>, <date>"
    rows, or a table "Datum | Beslut | Delegat"."""
    table = rng.random() < 0.5
    for area in rng.sample(list(DELEGATED), 2):
        f.line(area, bold=True, before=6, keep=2)
        if table:
            f.row([(0, "Datum"), (80, "Beslut"), (330, "Delegat")], bold=True, before=2)
        for what in DELEGATED[area]:
            day = (m.date - dt.timedelta(days=rng.randint(5, 35))).isoformat()
            who = rng.choice(DELEGATES)
            if table:
                f.row([(0, day), (80, what), (330, who)], before=1)
            else:
                dnr = f"Dnr {m.extra['prefix']} {m.date.year}/{rng.randint(21, 400)}"
                f.para(f"{dnr}  {what}, {who}, {day}", before=1)


@variant(
    "board",
    "h_ks_para",
    "h_para_tight",
    "h_para",
    "d_beslut",
    "d_beslut_colon",
    "d_organ_beslut",
    "d_sentences",
    "d_not_proposal",
    "d_not_yrkanden",
    "running_header",
)
def board_reports_delegations(rng: random.Random) -> Rendered:
    """A nämnd's protocol with its standing items: an information item, "Anmälningsärenden"
    (a numbered or bulleted list of incoming documents, not items) and "Delegationsbeslut"
    (delegated decisions under bold area sub-headings, as rows or a small table, not items);
    headings "SN § 12 Title", "SN §12 Title" or "§ 12 | Dnr SN 2025/118 | Title" (the
    registry number in a column between the number and a wrapping title); topics with
    "Förslag till beslut" (att-clauses, no decision), "Beslutsgång" with "Ordföranden finner
    att nämnden beslutat enligt förslaget." (no decision) and the decision under "Beslut",
    "Nämndens beslut" or "<Organ>s beslut", worded out or only "Enligt förslag." / "Nämnden
    beslutar enligt förslaget."; the standing items' decisions "Informationen noteras.",
    "Noteras till protokollet.", "Läggs till handlingarna." under the same heading, inline
    after "Beslut:", or as the last line of the item with no heading."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 3, 4, 5)), standard_items=rng.random() < 0.5)
    m.extra["member_heading"] = rng.choice(("Beslutande", "Ledamöter", "Beslutande ledamöter"))
    m.extra["substitute_heading"] = rng.choice(("Ersättare", "Närvarande ersättare"))
    extra = special_items(m, rng)
    head, topics = [it for it in m.items if it.kind != "topic"], [it for it in m.items if it.kind == "topic"]
    info, rest = extra[0], extra[1:]
    order = [*head, info, *topics, *rest] if rng.random() < 0.6 else [*head, *rest, info, *topics]
    first = m.items[0].number
    m.items = [replace(it, number=first + k) for k, it in enumerate(order)]
    f = Flow(style(rng))
    title = header(f, m, rng, rng.choice(("Protokoll", "Sammanträdesprotokoll")))
    roster(f, m, rng, parties=True)
    others(f, m, rng)
    retitle(m, rng, wrap=True)
    form = rng.choice(("prefix_para", "prefix_tight", "dnr_between", "dnr_between"))
    heading = rng.choice(("Beslut", "Nämndens beslut", "{gen} beslut"))
    gen = m.genitive if heading == "{gen} beslut" else ""
    heading = heading.format(gen=gen)
    placing = rng.choice(("heading", "inline", "bare"))
    size = f.style.size + rng.choice((0.0, 1.0))
    prefix = m.extra["prefix"]
    dnr_x, title_x = 50.0, 50.0 + text_width(f"Dnr {prefix} 2025/640", f.style.reg, f.style.size) + 18
    subject = "Nämnden" if rng.random() < 0.5 else m.subject
    for it in m.items:
        if form == "dnr_between":
            rows = wrap(it.title, f.style.width - title_x, f.style.bold, size)
            cells = ((title_x, rows[0], True),)
            if it.dnr:
                cells = ((dnr_x, f"Dnr {it.dnr}", False), *cells)
            ln = f.line(f"§ {it.number}", bold=True, size=size, before=14, keep=len(rows), cells=cells)
            f.item(str(it.number), it.title, ln, it.dnr)
            for r in rows[1:]:
                f.line(r, x=title_x, bold=True, size=size)
        else:
            label = f"{prefix} § {it.number}" if form == "prefix_para" else f"{prefix} §{it.number}"
            hang = text_width(label + " ", f.style.bold, size)
            rows = f.para(f"{label} {it.title}", bold=True, size=size, before=14, hang=hang, together=True)
            rows[0].keep += 1
            f.item(str(it.number), it.title, rows[0], it.dnr)
            if it.dnr:
                f.line(f"Dnr {it.dnr}", size=f.style.size - 1, before=1)
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            f.line(heading, bold=True, before=8, keep=1)
            P.record_justerare(f, f.para(t, before=2)[0], m)
            f.decision(t)
            continue
        if it.kind in ("info", "anm", "del"):
            said = it.passive.format(s=subject) if it.passive else ""
            if it.kind == "info":
                f.para(it.text[0], before=6)
            else:
                f.para(rng.choice(("Följande handlingar anmäls till nämnden:", "Redovisas för nämnden:"))
                       if it.kind == "anm" else "Följande beslut fattade med stöd av delegation redovisas:",
                       before=6)  # fmt: skip
                (incoming_list if it.kind == "anm" else delegation_list)(f, m, rng)
            if placing == "heading":
                f.line(heading, bold=True, before=8, keep=1)
                f.para(said, before=2)
            elif placing == "inline":
                f.para(f"Beslut: {said}", before=6)
            else:
                f.para(said, before=6)
            f.decision(said)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
            f.para(" ".join(texts), before=2)
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in basis_rows(m, it, rng):
                f.para(f"• {b}", hang=text_width("• ", f.style.reg, f.style.size), before=1)
        paras, decisions = house_decision(m, it, rng, rng.choice(("att_rows", "lead_att", "sentences")),
                                          subject=subject)  # fmt: skip
        if not paras:
            continue
        adopted = it.acts and rng.random() < 0.5
        if it.acts:
            f.line("Förslag till beslut", bold=True, before=8, keep=1)
            paras_at(f, paras, 0.0)  # the proposal, worded as the decision: no decision
            if rng.random() < 0.5:
                f.line(rng.choice(("Beslutsgång", "Propositionsordning")), bold=True, before=8, keep=1)
                f.para(f"Ordföranden finner att {lower_first(subject)} beslutat enligt förslaget.", before=2)
        if adopted:
            said = rng.choice(ADOPTED).format(s=subject)
            paras, decisions = [(said, 0.0)], [said]
        if placing == "inline" and len(paras) == 1:
            f.para(f"Beslut: {paras[0][0]}", before=8)
        else:
            f.line(heading, bold=True, before=8, keep=1)
            paras_at(f, paras, 0.0)
        for d in decisions:
            f.decision(d)
    f.in_items = False
    P.signature_box(f, m, columns=rng.choice((1, 2)))
    base = P.furniture_board(m, date_form=rng.choice(("iso", "long")), current=rng.random() < 0.5)
    return Rendered(f, base, m.kind, title, m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- minutes, agenda first, underlined headings
SUBQUESTIONS = (
    ("Sommarstängning", "Lokalerna håller stängt under fyra veckor i juli."),
    ("Konferens i höst", "Inbjudan till länskonferensen skickas ut i augusti."),
    ("Ny kontaktperson", "Kontaktpersonen för nätverket byts efter årsskiftet."),
)


def forts_title(base, form: str):
    """``base`` and, on a page going on with a point begun earlier, "<Title>, forts." on top."""

    def draw(c, page, total, lines, flow):
        base(c, page, total, lines, flow)
        first = next((ln for ln in lines if ln.item), None)
        fact = next((i for i in flow.items if first and i.number == first.item), None)
        if fact is None or fact.ln.page >= page or (lines and lines[0] is fact.ln):
            return
        st = flow.style
        c.setFont(st.bold, 9.5)
        c.drawString(st.left, H - st.top + 15, form.format(t=fact.title, n=fact.number))

    return draw


@variant(
    "minutes",
    "h_unnumbered",
    "toc_plain",
    "page_break_item",
    "running_header",
    "d_sentences",
    "d_inline",
)
def minutes_agenda_underlined(rng: random.Random) -> Rendered:
    """Minnesanteckningar with a numbered "Dagordning" after the roster ("1. Title", the agenda
    the points then follow; no items), then the points with unnumbered headings that stand out
    by underlining only (regular face, body size), by capitals in the regular face, or by bold
    at the body's size; "Övriga frågor" with sub-questions under it, "a) Sommarstängning" or in
    bold under underlined or capital headings (no items); a long point continuing on the next
    page under "<Title>, forts." or "Forts. <Title>"; decisions "Informationen noteras.",
    "Noteras till protokollet.", passives, or "Beslut: …" inline."""
    m = minutes_meeting(rng, Cast(rng), guests=rng.randint(0, 2), absent=rng.randint(0, 2))
    m.extra["member_heading"] = rng.choice(("Deltagare", "Närvarande"))
    items = []
    for it in m.items:
        if it.title == "Övrigt":
            it = replace(it, title="Övriga frågor", text=(), kind="other")
        elif it.kind == "topic" and not it.acts and not it.passive:
            it = replace(it, passive=rng.choice(NOTED[:3]))
        items.append(it)
    m.items = items
    f = Flow(style(rng, sizes=(9.5, 10.0, 10.5)))
    title = header(f, m, rng, rng.choice(("Minnesanteckningar", "Anteckningar")))
    roster(f, m, rng, parties=False)
    others(f, m, rng)
    f.line(rng.choice(("Dagordning", "Förslag till dagordning")), bold=True, size=f.style.size + 1, before=12, keep=2)
    for k, it in enumerate(m.items):
        f.line(f"{k + 1}. {it.title}", x=rng.choice((0.0, 12.0)) if k == 0 else f.lines[-1].x, before=1)
    how = rng.choice(("underline", "caps", "bold"))
    sub = "lettered" if how == "bold" else rng.choice(("lettered", "bold"))
    inline = rng.random() < 0.4
    broken = long_decision_item(m)
    for k, it in enumerate(m.items):
        shown = it.title.upper() if how == "caps" else it.title
        ln = f.line(shown, bold=how == "bold", before=14, keep=2)
        ln.underline = how == "underline"
        f.item(str(k + 1), shown, ln, it.dnr)
        if it.kind == "other":
            for j, (q, text) in enumerate(rng.sample(SUBQUESTIONS, 2)):
                lead = f"{'ab'[j]}) {q}" if sub == "lettered" else q
                f.line(lead, bold=sub == "bold", before=4, keep=1)
                f.para(text, before=1)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        acts = acts_of(m, it)
        if it.passive and (not acts or rng.random() < 0.5):
            said = [it.passive]
        else:
            said = [f"{m.subject} beslutade att {a}." for a in acts]
        if texts:
            rows = f.para(" ".join(texts), before=4)
            if broken == it.number and len(rows) > 1:
                rows[1].new_page = True
        for s in said:
            f.para(f"Beslut: {s}" if inline else s, before=3)
            f.decision(s)
    f.in_items = False
    head = f"{m.organ}   {C.fmt_date(m.date, 'iso')}"
    base = P.furniture_running(head, rng.choice(("sida", "paren")), rule=rng.random() < 0.5)
    return Rendered(f, forts_title(base, rng.choice(("{t}, forts.", "Forts. {t}"))), m.kind, title, m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- board, dash att-clauses and forts.
@variant(
    "board",
    "h_arende",
    "h_para",
    "h_own_line",
    "page_break_item",
    "running_header",
    "d_organ_beslut",
    "d_att_clauses",
    "d_numbered",
    "d_page_break",
    "d_proposal_kf",
    "d_not_proposal",
)
def board_dash_att_forts(rng: random.Random) -> Rendered:
    """A board's (or its arbetsutskott's) protocol with headings "Ärende 12" or "§ 12" over the
    title, or beside it; on a page that goes on with an item "Ärende 12, forts." / "§ 12,
    forts." at the top; "Beslutsunderlag" and "Beslutet skickas till" as bulleted lists (no
    decisions); the decision under "Kommunstyrelsens beslut", "Nämndens beslut" or
    "Styrelsens beslut": "<S> beslutar" over "– att …," or "• att …," rows, or "<S> beslutar
    att" over numbered clauses, one list running over a page break; in an arbetsutskott's
    protocol, "Utskottet föreslår styrelsen besluta att …" over the same rows (a proposal to the
    board, the utskott's decision)."""
    au = rng.random() < 0.35
    m = board_meeting(rng, Cast(rng), board=0 if au else rng.randrange(len(C.BOARDS)),
                      standard_items=rng.random() < 0.5)  # fmt: skip
    if au:
        items = [replace(it, proposal=it.kind == "topic" and rng.random() < 0.6) for it in m.items]
        m = replace(m, organ="Kommunstyrelsens arbetsutskott", body=f"Kommunstyrelsens arbetsutskott {m.org}",
                    subject="Utskottet", genitive="Utskottets", items=items)  # fmt: skip
    m.extra["member_heading"] = rng.choice(("Beslutande", "Ledamöter"))
    m.extra["substitute_heading"] = "Ersättare"
    f = Flow(replace(style(rng, sizes=(10.0, 10.5, 11.0)), top=rng.choice((96.0, 104.0))))  # room for "forts."
    title = header(f, m, rng, "Protokoll")
    roster(f, m, rng, parties=True)
    others(f, m, rng)
    retitle(m, rng, wrap=True)
    form = rng.choice(("arende", "para"))
    own_line = rng.random() < 0.5
    generic = "Styrelsens" if m.organ.startswith("Kommunstyrelse") else "Nämndens"
    heading = f"{rng.choice((m.genitive, generic))} beslut"
    rows_form = rng.choice(("dash", "bullet", "numbered"))
    broken = long_decision_item(m)
    size = f.style.size + 1
    for it in m.items:
        label = P.NUMBER_FORMS[form].format(n=it.number)
        if own_line:
            P.item_heading(f, m, it, form, own_line=True, size=size, dnr=it.dnr, before=14)
        else:  # "Ärende 12 Title" wrapping under itself, "Dnr" on the line below
            hang = text_width(label + " ", f.style.bold, size)
            rows = f.para(f"{label} {it.title}", bold=True, size=size, before=14, hang=hang, together=True)
            rows[0].keep += 1
            f.item(str(it.number), it.title, rows[0], it.dnr)
            if it.dnr:
                f.line(f"Dnr {it.dnr}", size=f.style.size - 1, before=1)
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            f.line(heading, bold=True, before=8, keep=1)
            P.record_justerare(f, f.para(t, before=2)[0], m)
            f.decision(t)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.line("Ärendet", bold=True, before=8, keep=1)
            f.para(" ".join(texts), before=2)
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in basis_rows(m, it, rng):
                f.para(f"• {b}", hang=text_width("• ", f.style.reg, f.style.size), before=1)
        acts = acts_of(m, it)
        if it.kind != "topic" or not acts:
            paras, decisions = house_decision(m, it, rng, "sentences")
            if not paras:
                continue
        else:
            verb = ("föreslår styrelsen besluta" if au else "föreslår kommunfullmäktige") if it.proposal else "beslutar"
            n = len(acts)
            ends = ["," if k < n - 1 else "." for k in range(n)]
            if rows_form == "numbered":
                lead = f"{m.subject} {verb} att"
                rows = [(f"{k + 1}. {a}{e}", 14.0) for k, (a, e) in enumerate(zip(acts, ends, strict=True))]
            else:
                lead = f"{m.subject} {verb}"
                mark = "– " if rows_form == "dash" else "• "
                rows = [(f"{mark}att {a}{e}", text_width(mark, f.style.reg, f.style.size))
                        for a, e in zip(acts, ends, strict=True)]  # fmt: skip
            paras = [(lead, 0.0), *rows]
            decisions = [f"{m.subject} {verb} att {a}" for a in acts]
        f.line(heading, bold=True, before=8, keep=1)
        printed = paras_at(f, paras, 0.0)
        if broken == it.number and len(printed) > 2:
            printed[2][0].new_page = True
        for d in decisions:
            f.decision(d)
        if it.kind == "topic" and acts:
            f.line(rng.choice(("Beslutet skickas till", "Beslutet expedieras till")), bold=True, before=8, keep=1)
            for who in ("Kommunstyrelsen" if au else "Förvaltningen", "Ekonomienheten"):
                f.para(f"• {who}", before=1)
    f.in_items = False
    P.signature_box(f, m, columns=2)
    label = "Ärende {n}, forts." if form == "arende" else "§ {n}, forts."
    return Rendered(f, forts_title(P.furniture_board(m, current=False), label), m.kind, title, m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- council, an agenda numbered apart from the §§
@variant(
    "council",
    "h_para",
    "h_para_tight",
    "toc_plain",
    "d_organ_beslut",
    "d_beslut_colon",
    "d_att_clauses",
    "d_sentences",
    "r_val_av_justerare",
    "running_header",
)
def council_agenda_numbered_apart(rng: random.Random) -> Rendered:
    """A collaboration council whose §§ continue through the year ("§ 23" …) after a
    "Dagordning" that numbers the same matters from 1 ("1. Mötets öppnande", "2. Val av
    justerare", …; or "1) …", "Punkt 1 …"): the agenda is no item, the §§ are; decisions under
    "Rådets beslut" (att-clauses or sentences) or "Beslut: …" inline; an "Övriga frågor" item
    with lettered sub-questions ("a) Sommarstängning")."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(0, 1), absent=rng.randint(0, 1), guests=rng.randint(0, 1))
    m.extra["member_heading"] = rng.choice(("Ledamöter", "Närvarande ledamöter"))
    m.extra["substitute_heading"] = "Ersättare"
    m.items = renumbered(m.items, rng.randint(12, 80))
    f = Flow(style(rng))
    title = header(f, m, rng, "Protokoll")
    roster(f, m, rng, parties=rng.random() < 0.5)
    others(f, m, rng)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((120, m.secretary.name, False),)), m)
    agenda = rng.choice(("{k}. {t}", "{k}) {t}", "Punkt {k} {t}"))
    f.line(rng.choice(("Dagordning", "Föredragningslista")), bold=True, size=f.style.size + 1, before=12, keep=2)
    for k, it in enumerate(m.items):
        f.line(agenda.format(k=k + 1, t=it.title), before=1)
    form = rng.choice(("§ {n} {t}", "§{n} {t}", "§ {n}. {t}"))
    size = f.style.size + rng.choice((0.5, 1.0, 2.0))
    inline = rng.random() < 0.35
    for it in m.items:
        text = form.format(n=it.number, t=it.title)
        hang = text_width(form.format(n=it.number, t="").rstrip() + " ", f.style.bold, size)
        rows = f.para(text, bold=True, size=size, before=14, hang=hang, together=True)
        rows[0].keep += 1
        f.item(str(it.number), it.title, rows[0], it.dnr)
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            f.line("Rådets beslut", bold=True, before=6, keep=1)
            P.record_justerare(f, f.para(t, before=2)[0], m)
            f.decision(t)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if it.title == "Övriga frågor":
            for j, (q, body) in enumerate(rng.sample(SUBQUESTIONS, 2)):
                f.line(f"{'ab'[j]}) {q}", before=4, keep=1)
                f.para(body, before=1)
            continue
        if texts:
            f.para(" ".join(texts), before=4)
        paras, decisions = house_decision(m, it, rng, rng.choice(("att_rows", "sentences")))
        if not paras:
            continue
        if inline and len(paras) == 1:
            f.para(f"Beslut: {paras[0][0]}", before=6)
        else:
            f.line("Rådets beslut", bold=True, before=6, keep=1)
            paras_at(f, paras, 0.0)
        for d in decisions:
            f.decision(d)
    f.in_items = False
    P.signature_box(f, m, columns=rng.choice((1, 2)), labels=("Ordförande", "Justerare", "Sekreterare"))
    head = f"{m.organ} – protokoll {C.fmt_date(m.date, 'iso')}"
    return Rendered(f, P.furniture_running(head, "sida"), m.kind, title, m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- board, an extra item "§ 47 a"
EXTRA_ITEMS = (
    (
        "Avtal om tillfälliga lokaler",
        "Ärendet anmäldes som extra ärende vid sammanträdets början. Hyresavtalet för paviljongen löper ut.",
        "godkänna förlängningen av hyresavtalet för paviljongen",
    ),
    (
        "Yttrande över remiss om kollektivtrafik",
        "Ärendet anmäldes som extra ärende. Remisstiden går ut innan nästa sammanträde.",
        "anta förvaltningens förslag till yttrande",
    ),
)
SUB_POINTS = ("a) lokalbehovet på längre sikt,", "b) kostnaderna för de kommande åren,", "c) tidplanen för arbetet.")


@variant("board", "h_para", "h_ks_para", "d_beslut", "d_att_clauses", "d_sentences", "running_header")
def board_extra_item_lettered(rng: random.Random) -> Rendered:
    """A board's protocol with an extra item added at the meeting, numbered after the § before
    it with a letter ("§ 47 a", "§ 47a", "KS § 47 a"): an item of its own between § 47 and §
    48; sub-points "a) …,", "b) …," in an item's text (no items); decisions under "Beslut"."""
    m = board_meeting(rng, Cast(rng), standard_items=rng.random() < 0.5)
    m.extra["member_heading"] = rng.choice(("Beslutande", "Ledamöter"))
    m.extra["substitute_heading"] = "Ersättare"
    f = Flow(style(rng))
    title = header(f, m, rng, rng.choice(("Protokoll", "Sammanträdesprotokoll")))
    roster(f, m, rng, parties=True)
    others(f, m, rng)
    topics = [k for k, it in enumerate(m.items) if it.kind == "topic"]
    after = rng.choice(topics[:-1] or topics)
    form = rng.choice(("§ {n}{s} {t}", "§ {n}{s} {t}", "{p} § {n}{s} {t}"))
    letter = rng.choice((" a", "a"))
    extra_title, extra_text, extra_act = rng.choice(EXTRA_ITEMS)
    size = f.style.size + 1
    listed = rng.choice(topics)
    subject = m.subject
    for k, it in enumerate(m.items):
        shown = [(str(it.number), "", it.title, it)]
        if k == after:
            shown.append((f"{it.number}{letter}", letter, extra_title, None))
        for number, suffix, t, item in shown:
            text = form.format(n=number.removesuffix(suffix) if suffix else number, s=suffix, t=t, p=m.extra["prefix"])
            label = text[: len(text) - len(t)]
            rows = f.para(text, bold=True, size=size, before=14, hang=text_width(label, f.style.bold, size),
                          together=True)  # fmt: skip
            rows[0].keep += 1
            gold_number = f"{number.removesuffix(suffix)} a" if suffix else number
            f.item(gold_number, t, rows[0], item.dnr if item else None)
            if item is None:
                f.para(extra_text, before=4)
                said = f"{subject} beslutar att {extra_act}."
                f.line("Beslut", bold=True, before=8, keep=1)
                f.para(said, before=2)
                f.decision(said)
                continue
            if item.kind == "justerare":
                t2 = P.justerare_sentence(m, rng)
                f.line("Beslut", bold=True, before=8, keep=1)
                P.record_justerare(f, f.para(t2, before=2)[0], m)
                f.decision(t2)
                continue
            texts = [x.replace("{next}", C.fmt_date(m.next_meeting, "long")) for x in item.text]
            if texts:
                f.para(" ".join(texts), before=4)
            if k == listed:
                f.para("Förvaltningen ska i sin utredning särskilt belysa", before=3)
                for pt in SUB_POINTS:
                    f.para(pt, x=12.0, before=1)
            paras, decisions = house_decision(m, item, rng, rng.choice(("att_rows", "sentences")))
            if not paras:
                continue
            f.line("Beslut", bold=True, before=8, keep=1)
            paras_at(f, paras, 0.0)
            for d in decisions:
                f.decision(d)
    f.in_items = False
    P.signature_box(f, m, columns=2)
    return Rendered(f, P.furniture_board(m, current=rng.random() < 0.5), m.kind, title, m.body, m.date.isoformat(),
                    m.org)  # fmt: skip


# --------------------------------------------------------------------------- minutes, small capitals
@variant("minutes", "h_unnumbered", "page_break_item", "running_header", "d_sentences", "d_inline")
def minutes_small_caps(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose unnumbered point headings are set in small capitals in the
    regular face (capitals at the body's size, the small letters as smaller capitals), a long
    title wrapping; no agenda; "Övriga frågor" with lettered sub-questions; decisions as
    sentences ("Gruppen beslutade att …", "Informationen noteras.") or "Beslut: …"."""
    m = minutes_meeting(rng, Cast(rng), guests=rng.randint(0, 2), absent=rng.randint(0, 2))
    m.extra["member_heading"] = rng.choice(("Deltagare", "Närvarande"))
    m.items = [
        replace(it, title="Övriga frågor", text=(), kind="other")
        if it.title == "Övrigt"
        else replace(it, passive=rng.choice(NOTED[:3]))
        if it.kind == "topic" and not it.acts and not it.passive
        else it
        for it in m.items
    ]
    f = Flow(style(rng, sizes=(9.5, 10.0, 10.5)))
    title = header(f, m, rng, "Minnesanteckningar")
    roster(f, m, rng, parties=False)
    others(f, m, rng)
    retitle(m, rng, wrap=True)
    # a title the layout set in capitals is printed in small capitals from its ordinary case
    m.items = [replace(it, title=it.title.capitalize()) if it.title.isupper() else it for it in m.items]
    inline = rng.random() < 0.4
    broken = long_decision_item(m)
    for k, it in enumerate(m.items):
        # small capitals are wider than the text: wrap at the width the capitals take
        rows = wrap(it.title.upper(), f.style.width * 0.8, f.style.reg, f.style.size)
        words = it.title.split()
        printed, at = [], 0
        for r in rows:
            n = len(r.split())
            printed.append(" ".join(words[at : at + n]))
            at += n
        first = f.line(printed[0], before=14, keep=len(printed))
        first.small_caps = True
        for r in printed[1:]:
            f.line(r).small_caps = True
        f.item(str(k + 1), it.title, first, it.dnr)
        if it.kind == "other":
            for j, (q, text) in enumerate(rng.sample(SUBQUESTIONS, 2)):
                f.line(f"{'ab'[j]}) {q}", before=4, keep=1)
                f.para(text, before=1)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        acts = acts_of(m, it)
        said = [it.passive] if it.passive and (not acts or rng.random() < 0.5) else [
            f"{m.subject} beslutade att {a}." for a in acts
        ]  # fmt: skip
        if texts:
            rows2 = f.para(" ".join(texts), before=4)
            if broken == it.number and len(rows2) > 1:
                rows2[1].new_page = True
        for s in said:
            f.para(f"Beslut: {s}" if inline else s, before=3)
            f.decision(s)
    f.in_items = False
    head = f"Minnesanteckningar {C.fmt_date(m.date, 'iso')}"  # short: a long body's name would run into the page
    return Rendered(f, P.furniture_running(head, "sida"), m.kind, title, m.body, m.date.isoformat(), m.org)
