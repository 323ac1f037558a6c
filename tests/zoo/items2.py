"""More SEEN variants, for the item headings and decision forms of issue 10's list, in layouts
no earlier seen variant printed them in (registered in ``ITEMS2``; make.py adds them to the seen
part).

* ``board_number_margin``: the item's number in a margin column of its own ("§ 45", "§45",
  "45 §", "KS § 45", "Ks 45", "Paragraf 45", "Ärende 7", "Punkt 7", "5.", "5"), the title and
  all the item's text in the column beside it, a title that wraps inside that column; section
  labels in a narrow column when the text is not indented; proposals printed in the very form
  of the decision (att-clauses under "Förslag till beslut", "Arbetsutskottets förslag");
  decisions under "Beslut", "Beslut:", "Beslutet", "<Organ>s beslut" or "Nämnden beslutar",
  one list running over a page break.
* ``council_number_above_title``: the number alone on its line ("5", "5.", "5)", "§ 5", "§5",
  "5 §", "Punkt 5", "Ärende 5") with the title under it, bold or only larger; a table of
  contents in the headings' own form; decisions in running text with the verb before the
  subject ("Efter diskussion beslutade rådet att …"), passives ("… fastställdes", "… lades till
  handlingarna"), "Till justerare utsågs …", "Beslut: Rådet godkände …", numbered decision
  sentences; numbered lists in the text longer than the agenda.
* ``minutes_font_headings``: minutes whose point headings are unnumbered and stand out only by
  font (bold, or a larger regular face, or capitals), some wrapping, after a table of contents
  ("Ärendelista", "Innehållsförteckning", dot leaders or a page column); a point that runs over
  a page break under a running header; decisions as sentences of the text.
* ``board_item_per_page``: a board's protocol with every § on a page of its own under a
  running header that names the § in progress, a long § continuing onto the next page; "KS §
  45", "Ks 45", "§ 45" headings with "Dnr" at the right; decisions under "<Organ>s beslut" as
  att-clauses or numbered clauses that go on over the page, "Kommunstyrelsen föreslår
  kommunfullmäktige att …"; Reservation, Protokollsanteckning and Jäv apart.
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .combos import FONTS, header, others, retitle, roster
from .layouts import (
    Rendered,
    Variant,
    acts_of,
    basis_rows,
    house_decision,
    long_decision_item,
    lower_first,
    motions,
    registry,
    remark,
)
from .model import Meeting, board_meeting, council_meeting, minutes_meeting
from .people import Cast
from .render import Flow, Style, text_width, wrap

ITEMS2: list[Variant] = []
variant = registry(ITEMS2)

# the forms a label column of numbers prints, with the widest label they give
MARGIN_FORMS = ("para", "tight", "finnish", "ks_para", "ks_short", "paragraf", "arende", "punkt", "dot", "bare")


def style(rng: random.Random, sizes=(9.5, 10.0, 10.5, 11.0)) -> Style:
    return Style(
        rng.choice(FONTS),
        size=rng.choice(sizes),
        left=rng.choice((56.0, 64.0, 72.0)),
        right=rng.choice((50.0, 60.0)),
        top=rng.choice((76.0, 86.0)),
        bottom=rng.choice((66.0, 80.0)),
        leading=rng.choice((1.2, 1.3, 1.4)),
    )


def label_of(m: Meeting, form: str, n: int) -> str:
    prefix = m.extra.get("prefix", "KS")
    return P.NUMBER_FORMS[form].format(n=n, p=prefix.capitalize() if form == "ks_short" else prefix)


def paras_at(f: Flow, paras: list[tuple[str, float]], x: float, *, gap: float = 2.0) -> list[list]:
    return [f.para(t, x=x, hang=h, before=gap if k == 0 else 1.0) for k, (t, h) in enumerate(paras)]


def section(
    f: Flow, label: str, paras: list[tuple[str, float]], *, x: float, col: float | None, before: float = 8.0
) -> list[list]:
    """A section of an item: the label in bold over its text (``col`` None), or the label in a
    narrow column of its own at ``x`` with the text beside it from ``col``."""
    if col is None:
        f.line(label, x=x, bold=True, before=before, keep=1)
        return paras_at(f, paras, x)
    out = []
    for k, (text, hang) in enumerate(paras):
        rows = wrap(text, f.style.width - col, f.style.reg, f.style.size, hang)
        first = f.line(label if k == 0 else "", x=x, bold=True, before=before if k == 0 else 1.0,
                       cells=((col, rows[0], False),))  # fmt: skip
        if k == 0 and not label:
            first.text = ""
        lines = [first] + [f.line(r, x=col + hang) for r in rows[1:]]
        out.append(lines)
    return out


# --------------------------------------------------------------------------- board, numbers in a margin
@variant(
    "board",
    "h_para",
    "h_para_tight",
    "h_finnish",
    "h_ks_para",
    "h_ks_short",
    "h_paragraf",
    "h_arende",
    "h_punkt",
    "h_dot",
    "h_bare",
    "running_header",
    "d_beslut",
    "d_beslut_colon",
    "d_beslutet",
    "d_organ_beslut",
    "d_namnden_beslutar",
    "d_att_clauses",
    "d_numbered",
    "d_page_break",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_proposal_kf",
    "d_not_reservation",
)
def board_number_margin(rng: random.Random) -> Rendered:
    """A nämnd's protocol whose item numbers stand in a margin column of their own, one form a
    document ("§ 45", "§45", "45 §", "KS § 45", "Ks 45", "Paragraf 45", "Ärende 45", "Punkt 45",
    "45.", "45"), the title in bold beside it (wrapping inside its column when long, "Dnr" under
    it) and every section of the item in that column too; or, in some documents, the title at
    the margin and the sections' labels in a narrow column left of their text.  "Förslag till
    beslut" or "Arbetsutskottets förslag" worded like the decision, att-clauses and all (no
    decisions), "Yrkanden" and "Propositionsordning"; the decision under "Beslut", "Beslut:",
    "Beslutet", "<Organ>s beslut" or "Nämnden beslutar" as att-clauses, numbered clauses or
    sentences, one list running over a page break; Reservation, Protokollsanteckning, Jäv."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(0, 1), standard_items=rng.random() < 0.5)
    m.extra["member_heading"] = rng.choice(("Beslutande", "Ledamöter", "Beslutande ledamöter"))
    m.extra["substitute_heading"] = rng.choice(("Ersättare", "Ej tjänstgörande ersättare"))
    f = Flow(style(rng))
    kind = rng.choice(("Protokoll", "Sammanträdesprotokoll"))
    title = header(f, m, rng, kind)
    roster(f, m, rng, parties=True)
    others(f, m, rng)
    form = rng.choice(MARGIN_FORMS)
    size = f.style.size + rng.choice((0.0, 1.0))
    widest = max(text_width(label_of(m, form, it.number), f.style.bold, size) for it in m.items)
    margin = rng.random() < 0.6
    col = max(widest + 14, rng.choice((70.0, 90.0))) if margin else 0.0
    # titles long enough to wrap now and then
    retitle(m, rng, wrap=True)
    heading = rng.choice(("Beslut", "Beslut:", "Beslutet", "{gen} beslut", "{organ} beslutar"))
    dform = rng.choice(("att_rows", "lead_att", "lead_numbered", "numbered_sentences", "sentences"))
    if heading == "{organ} beslutar":
        dform = "att_rows"
    generic = rng.random() < 0.4
    subject = "Nämnden" if generic and m.organ != "Kommunstyrelsen" else m.subject
    labels = ("Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut", "Arbetsutskottets förslag",
              "Yrkanden", "Propositionsordning", "Reservation", "Protokollsanteckning", "Jäv", heading)  # fmt: skip
    narrow = None
    if not margin and rng.random() < 0.5:  # labels in a column of their own, a narrow gap before the text
        narrow = max(text_width(lab.format(gen=m.genitive, organ=subject), f.style.bold, f.style.size)
                     for lab in labels) + rng.choice((0.45, 0.6, 1.2)) * f.style.size  # fmt: skip
    proposal = rng.choice(("Förslag till beslut", "Arbetsutskottets förslag"))
    broken = long_decision_item(m) if rng.random() < 0.7 else None
    for it in m.items:
        label = label_of(m, form, it.number)
        font = f.style.bold
        if margin:
            rows = wrap(it.title, f.style.width - col, font, size)
            ln = f.line(label, bold=True, size=size, before=14, keep=len(rows) + 1,
                        cells=((col, rows[0], True),))  # fmt: skip
            f.item(str(it.number), it.title, ln, it.dnr)
            for r in rows[1:]:
                f.line(r, x=col, bold=True, size=size)
        else:
            hang = text_width(label + " ", font, size)
            rows = f.para(f"{label} {it.title}", bold=True, size=size, before=14, hang=hang, together=True)
            rows[0].keep += 1
            f.item(str(it.number), it.title, rows[0], it.dnr)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=col, size=f.style.size - 1, before=1)
        x = col
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            jhead = "Beslut" if heading == "{organ} beslutar" else heading.format(gen=m.genitive)
            printed = section(f, jhead, [(t, 0.0)], x=x, col=narrow)
            f.decision(t)
            P.record_justerare(f, printed[-1][0], m)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            section(f, "Ärendebeskrivning", [(" ".join(texts), 0.0)], x=x, col=narrow)
        if it.basis:
            bullet = "– "
            section(f, "Beslutsunderlag",
                    [(f"{bullet}{b}", text_width(bullet, f.style.reg, f.style.size)) for b in basis_rows(m, it, rng)],
                    x=x, col=narrow)  # fmt: skip
        paras, decisions = house_decision(m, it, rng, dform, subject=subject)
        if it.kind == "topic" and it.acts and paras:
            section(f, proposal, paras, x=x, col=narrow)  # worded as the decision: no decision
            if rng.random() < 0.5:
                yrk, gang, res = motions(m, it, rng, "förslaget")
                section(f, "Yrkanden", [(t, 0.0) for t in yrk], x=x, col=narrow)
                section(f, "Propositionsordning", [(t, 0.0) for t in gang], x=x, col=narrow)
        if not paras:
            continue
        if heading == "{organ} beslutar" and not it.proposal:  # the heading is the lead, "att …" rows under it
            lead, *rest = paras
            rest = rest or [("att " + lead[0].removeprefix(f"{subject} beslutar att "), 0.0)]
            printed = section(f, f"{subject} beslutar", rest, x=x, col=narrow)
        else:
            label = "Beslut" if heading == "{organ} beslutar" else heading.format(gen=m.genitive)
            printed = section(f, label, paras, x=x, col=narrow)
        if broken == it.number and len(printed) > 1:
            printed[1][0].new_page = True
        elif broken == it.number and len(printed[0]) > 1:
            printed[0][1].new_page = True
        for d in decisions:
            f.decision(d)
        remark(f, m, it, rng, x=x, share=0.4)
    f.in_items = False
    P.signature_box(f, m, columns=rng.choice((1, 2, 3)))
    base = P.furniture_board(m, date_form=rng.choice(("iso", "long")), current=rng.random() < 0.5)
    return Rendered(f, base, m.kind, title, m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- council, the number over the title
OWN_LINE_FORMS = ("bare", "dot", "paren", "para", "tight", "finnish", "punkt", "arende")
INVERTED = ("Efter diskussion", "Efter en kort diskussion", "Därefter", "Efter redovisningen", "Sammanfattningsvis")
LIST_POINTS = (
    "Målgruppen behöver beskrivas tydligare.",
    "Tidplanen bör förlängas med ett halvår.",
    "Kommunernas kostnader ska redovisas var för sig.",
    "Uppföljningen görs med befintliga indikatorer.",
    "Civilsamhällets roll behöver lyftas fram.",
    "Kommunikationen samordnas av regionen.",
    "Utbildningsinsatserna erbjuds alla kommuner.",
    "Resultaten återrapporteras till rådet i höst.",
    "Arbetet utvärderas efter två år.",
    "Länets folkhälsodata används som grund.",
    "Ungdomarnas egna röster ska höras.",
    "En gemensam webbplats tas fram.",
    "Insatserna anpassas till små kommuner.",
    "Forskningen knyts till arbetet.",
)


def inverted(m: Meeting, it, act: str, rng: random.Random) -> str:
    """ "Efter diskussion beslutade rådet att …": an adverbial first, the verb before the subject."""
    return f"{rng.choice(INVERTED)} beslutade {lower_first(m.subject)} att {act}."


@variant(
    "council",
    "h_bare",
    "h_dot",
    "h_paren",
    "h_para",
    "h_para_tight",
    "h_finnish",
    "h_punkt",
    "h_arende",
    "h_own_line",
    "toc_plain",
    "toc_dots",
    "page_break_item",
    "running_header",
    "d_beslut_colon",
    "d_inline",
    "d_sentences",
    "d_numbered",
    "d_page_break",
    "r_val_av_justerare",
)
def council_number_above_title(rng: random.Random) -> Rendered:
    """A collaboration council's protocol whose item numbers stand alone on their line, one
    form a document ("5", "5.", "5)", "§ 5", "§5", "5 §", "Punkt 5", "Ärende 5"), bold or not,
    the title under it in bold or only in a larger regular face, a long title wrapping; a table
    of contents first ("Innehållsförteckning" or "Ärendelista", the headings' own form beside
    the title, dot leaders or the page in a column of its own; no items); in some items a
    numbered list of views longer than the agenda (no items); the decisions as sentences of the
    text, some with the verb before the subject ("Efter diskussion beslutade rådet att …"),
    passives ("Dagordningen fastställdes.", "… lades till handlingarna"), "Till justerare
    utsågs …", or under "Beslut:" as numbered sentences, or inline "Beslut: Rådet godkände …";
    a paragraph running over a page break under a running header."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(0, 1), absent=rng.randint(0, 1), guests=rng.randint(0, 1))
    m.extra["member_heading"] = rng.choice(("Ledamöter", "Närvarande ledamöter"))
    m.extra["substitute_heading"] = "Ersättare"
    f = Flow(style(rng))
    title = header(f, m, rng, "Protokoll")
    roster(f, m, rng, parties=False)
    others(f, m, rng)
    P.record_secretary(f, f.line("Sekreterare:", bold=True, before=8, cells=((120, m.secretary.name, False),)), m)
    form = rng.choice(OWN_LINE_FORMS)
    number_bold = rng.random() < 0.6
    title_bold = number_bold or rng.random() < 0.5
    size = f.style.size + (0.0 if title_bold and rng.random() < 0.5 else rng.choice((1.5, 2.0)))
    dots = rng.random() < 0.5
    label = lambda it: f"{label_of(m, form, it.number)}\t{it.title}"  # noqa: E731
    P.toc(f, m, rng.choice(("Innehållsförteckning", "Ärendelista")),
          (lambda it: f"{label_of(m, form, it.number)}  {it.title}") if dots else label,
          dots=dots, new_page=rng.random() < 0.5)  # fmt: skip
    retitle(m, rng, wrap=True)  # after the contents, which list the short titles
    dform = rng.choice(("text", "inline", "numbered"))
    broken = long_decision_item(m)
    for k, it in enumerate(m.items):
        ln = f.line(label_of(m, form, it.number), bold=number_bold, size=size if number_bold else f.style.size,
                    before=16, keep=2, new_page=k == 0 and rng.random() < 0.5)  # fmt: skip
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=title_bold, size=size, before=1, together=True)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if it.kind == "topic" and rng.random() < 0.4:  # more points than the agenda has items
            f.para("Rådet lämnade följande synpunkter:", before=4)
            for j, point in enumerate(rng.sample(LIST_POINTS, min(len(m.items) + rng.randint(1, 3), len(LIST_POINTS)))):
                f.para(f"{j + 1}. {point}", x=12, hang=14, before=1)
        if it.kind == "justerare":
            j = m.justerare
            said = (f"Till justerare utsågs {j.name}, {C.SHORT.get(j.org, j.org)}." if rng.random() < 0.5
                    else f"{m.subject} utsåg {j.name} att jämte ordföranden justera protokollet.")  # fmt: skip
            rows = f.para(f"Beslut: {said}" if dform == "inline" else said, before=4)
            f.decision(said)
            P.record_justerare(f, rows[0], m)
            continue
        acts = acts_of(m, it)
        if it.passive and (not acts or rng.random() < 0.4):
            said = [it.passive]
        else:
            said = [inverted(m, it, a, rng) if dform == "text" and rng.random() < 0.6 else
                    f"{m.subject} {C.finite(a, 1)}." if a.split(" ", 1)[0] in C.VERBS else
                    f"{m.subject} beslutade att {a}." for a in acts]  # fmt: skip
        brk = 1 if broken == it.number else None
        if dform == "text" or not said:
            if texts or said:
                f.para(" ".join([*texts, *said]), before=4, break_after=brk)
        else:
            if texts:
                f.para(" ".join(texts), before=4, break_after=brk)
            if dform == "inline":
                for s in said:
                    f.para(f"Beslut: {s}", before=3)
            else:
                f.line("Beslut:", bold=True, before=6, keep=1)
                for j, s in enumerate(said):
                    f.para(f"{j + 1}. {s}" if len(said) > 1 else s, hang=14 if len(said) > 1 else 0.0, before=1)
        for s in said:
            f.decision(s)
    f.in_items = False
    P.signature_box(f, m, columns=rng.choice((1, 3)), labels=("Ordförande", "Justerare", "Sekreterare"))
    head = f"{m.organ}    Protokoll {C.fmt_date(m.date, rng.choice(('iso', 'long')))}"
    return Rendered(f, P.furniture_running(head, rng.choice(("sida", "paren"))), m.kind, title, m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- minutes, headings by font only
@variant(
    "minutes",
    "h_unnumbered",
    "toc_plain",
    "toc_dots",
    "page_break_item",
    "running_header",
    "d_sentences",
    "d_inline",
    "d_beslut",
)
def minutes_font_headings(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose points have no numbers and stand out only by font: bold in the
    body's size, a larger regular face, or capitals, one way a document, a long title wrapping;
    an "Ärendelista" or "Innehållsförteckning" of the titles first (dot leaders, or the page in
    a column; no points); a point's text running over a page break under a running header;
    decisions as sentences of the text ("Gruppen beslutade att …", "Efter diskussion beslutade
    gruppen att …", "… lades till handlingarna"), a "Beslut" line of its own or inline "Beslut:
    Gruppen godkände …"; what is only reported ("Gruppen diskuterade …") no decision."""
    m = minutes_meeting(rng, Cast(rng), guests=rng.randint(0, 2), absent=rng.randint(0, 2))
    m.extra["member_heading"] = rng.choice(("Deltagare", "Närvarande"))
    m.items = [replace(it, title=rng.choice(TOPIC_LEADS) + it.title) if it.kind == "topic" else it for it in m.items]
    f = Flow(style(rng, sizes=(9.5, 10.0, 10.5)))
    title = header(f, m, rng, "Minnesanteckningar")
    roster(f, m, rng, parties=False)
    others(f, m, rng)
    how = rng.choice(("bold", "larger", "caps"))
    size = f.style.size + (rng.choice((2.0, 3.0)) if how == "larger" else 0.0)
    P.toc(f, m, rng.choice(("Ärendelista", "Innehållsförteckning")), lambda it: it.title, dots=rng.random() < 0.5)
    retitle(m, rng, wrap=True)  # after the contents, which list the short titles
    if how == "caps":
        m.items = [replace(it, title=it.title.upper()) for it in m.items]
    dform = rng.choice(("text", "line", "inline"))
    broken = long_decision_item(m)
    for k, it in enumerate(m.items):
        rows = f.para(it.title, bold=how != "larger", size=size, before=14, together=True)
        rows[0].keep += 1
        f.item(str(k + 1), it.title, rows[0], it.dnr)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if it.kind == "topic":
            texts.append(f"{m.subject} diskuterade hur arbetet kan samordnas mellan kommunerna.")
        acts = acts_of(m, it)
        if it.passive and (not acts or rng.random() < 0.5):
            said = [it.passive]
        else:
            said = [inverted(m, it, a, rng) if rng.random() < 0.4 else f"{m.subject} beslutade att {a}." for a in acts]
        brk = 1 if broken == it.number else None
        if dform == "text" or not said:
            if texts or said:
                f.para(" ".join([*texts, *said]), before=4, break_after=brk)
        else:
            if texts:
                f.para(" ".join(texts), before=4, break_after=brk)
            if dform == "line":
                f.line("Beslut", bold=True, before=6, keep=1)
            for s in said:
                f.para(f"Beslut: {s}" if dform == "inline" else s, before=2)
        for s in said:
            f.decision(s)
    f.in_items = False
    head = f"{m.organ} – minnesanteckningar {C.fmt_date(m.date, 'iso')}"
    return Rendered(f, P.furniture_running(head, rng.choice(("sida", "paren")), rule=rng.random() < 0.5), m.kind,
                    title, m.body, m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- board, a § a page
@variant(
    "board",
    "h_ks_para",
    "h_ks_short",
    "h_para",
    "page_break_item",
    "running_header",
    "m_page_header_body",
    "d_organ_beslut",
    "d_att_clauses",
    "d_numbered",
    "d_page_break",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_item_per_page(rng: random.Random) -> Rendered:
    """A board's protocol with every § on a page of its own, under a running header that names
    the body, the date and the § of the page ("KS § 45"); headings "KS § 45", "Ks 45" or "§ 45"
    with "Dnr KS 2025/118" at the right of the heading's row; a long § continuing onto the
    next page, its att-clauses or numbered clauses ("Kommunstyrelsens beslut", "Kommunstyrelsen
    beslutar att" over "1. …") split by the break; "Kommunstyrelsen föreslår kommunfullmäktige
    att …" for a matter the council decides; "Arbetsutskottets förslag", "Yrkanden",
    "Propositionsordning", "Reservation", "Protokollsanteckning", "Jäv" (no decisions)."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(0, 1), standard_items=rng.random() < 0.5)
    m.extra["member_heading"] = rng.choice(("Beslutande", "Beslutande ledamöter"))
    m.extra["substitute_heading"] = rng.choice(("Ersättare", "Närvarande ersättare"))
    f = Flow(style(rng, sizes=(10.0, 10.5, 11.0)))
    kind = rng.choice(("Protokoll", "Sammanträdesprotokoll"))
    title = header(f, m, rng, kind)
    roster(f, m, rng, parties=True)
    others(f, m, rng)
    form = rng.choice(("ks_para", "ks_short", "para"))
    dform = rng.choice(("att_rows", "lead_numbered", "lead_att"))
    broken = long_decision_item(m)
    for it in m.items:
        P.item_heading(f, m, it, form, size=f.style.size + 1, dnr=it.dnr, new_page=True, before=0)
        if it.kind == "justerare":
            t = P.justerare_sentence(m, rng)
            rows = f.para(t, before=8)
            f.decision(t)
            P.record_justerare(f, rows[0], m)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.line("Ärendet", bold=True, before=10, keep=1)
            f.para(" ".join(texts), before=2)
        paras, decisions = house_decision(m, it, rng, dform)
        if it.kind == "topic" and it.acts:
            f.line("Arbetsutskottets förslag", bold=True, before=8, keep=1)
            paras_at(f, paras, 0.0)  # worded as the decision: no decision
            if rng.random() < 0.5:
                yrk, gang, res = motions(m, it, rng, "arbetsutskottets förslag")
                f.line("Yrkanden", bold=True, before=8, keep=1)
                paras_at(f, [(t, 0.0) for t in yrk], 0.0)
                f.line("Propositionsordning", bold=True, before=8, keep=1)
                paras_at(f, [(t, 0.0) for t in gang], 0.0)
        if not paras:
            continue
        f.line(f"{m.genitive} beslut", bold=True, before=10, keep=1)
        printed = paras_at(f, paras, 0.0)
        if broken == it.number:
            (printed[1] if len(printed) > 1 else printed[0])[0].new_page = True
        for d in decisions:
            f.decision(d)
        remark(f, m, it, rng, share=0.5)
        if it.acts:
            f.line(rng.choice(("Beslutet skickas till", "Expedieras till")), bold=True, before=8, keep=1)
            f.line("Kommunfullmäktige" if it.proposal else "Förvaltningen", before=1)
    f.in_items = False
    P.signature_box(f, m, columns=2)
    return Rendered(f, P.furniture_board(m, date_form="iso", current=True), m.kind, title, m.body,
                    m.date.isoformat(), m.org)  # fmt: skip


# --------------------------------------------------------------------------- council, sections with a two-word genitive
PUNCTUATED = {"arende": "Ärende {n}: {t}", "punkt": "Punkt {n} – {t}", "para": "§ {n}. {t}", "dot": "{n}. {t}"}
TOPIC_LEADS = ("Remiss: ", "Information: ", "")


def genitive_of(m: Meeting, rng: random.Random) -> str:
    """ "Regionala samverkansrådets", "Samverkansrådets", "Rådets": the council in the genitive."""
    if m.organ == "Regionala samverkansrådet":
        return rng.choice(("Regionala samverkansrådets", "Rådets"))
    return rng.choice(("Samverkansrådets", "Rådets"))


@variant(
    "council",
    "h_arende",
    "h_punkt",
    "h_para",
    "h_dot",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_page_break",
    "running_header",
    "r_val_av_justerare",
)
def council_genitive_sections(rng: random.Random) -> Rendered:
    """A collaboration council's protocol in a municipal template: headings punctuated
    ("Ärende 7: Title", "Punkt 7 – Title", "§ 7. Title", "7. Title"), some titles with a colon
    of their own ("Remiss: Regional folkhälsostrategi"); sections "Bakgrund", "Förslag till
    beslut" worded like the decision (att-clauses, no decision) and the decision under the
    council's name in the genitive, of one or two words ("Regionala samverkansrådets beslut",
    "Samverkansrådets beslut"), as "Rådet beslutar" over att-clauses or one sentence, one
    running over a page break; "Till justerare utsågs …" under it for the justerare."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(0, 1), absent=rng.randint(0, 1), guests=rng.randint(0, 1))
    m.extra["member_heading"] = rng.choice(("Ledamöter", "Ordinarie ledamöter"))
    m.extra["substitute_heading"] = rng.choice(("Ersättare", "Närvarande ersättare"))
    f = Flow(style(rng))
    title = header(f, m, rng, "Protokoll")
    roster(f, m, rng, parties=rng.random() < 0.5)
    others(f, m, rng)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((120, m.secretary.name, False),)), m)
    form = rng.choice(tuple(PUNCTUATED))
    gen = genitive_of(m, rng)
    m.items = [replace(it, title=rng.choice(TOPIC_LEADS) + it.title) if it.kind == "topic" else it for it in m.items]
    broken = long_decision_item(m)
    size = f.style.size + rng.choice((0.5, 1.0, 2.0))
    for it in m.items:
        text = PUNCTUATED[form].format(n=it.number, t=it.title)
        hang = text_width(PUNCTUATED[form].format(n=it.number, t="").rstrip() + " ", f.style.bold, size)
        rows = f.para(text, bold=True, size=size, before=14, hang=hang, together=True)
        rows[0].keep += 1
        f.item(str(it.number), it.title, rows[0], it.dnr)
        heading = f"{gen} beslut"
        if it.kind == "justerare":
            j = m.justerare
            said = f"Till justerare utsågs {j.name}, {C.SHORT.get(j.org, j.org)}."
            f.line(heading, bold=True, before=6, keep=1)
            f.decision(said)
            P.record_justerare(f, f.para(said, before=2)[0], m)
            continue
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.line("Bakgrund", bold=True, before=6, keep=1)
            f.para(" ".join(texts), before=2)
        paras, decisions = house_decision(m, it, rng, "att_rows", subject=m.subject)
        if not paras and it.passive:
            paras, decisions = [(it.passive, 0.0)], [it.passive]
        if not paras:
            continue
        if it.kind == "topic":
            f.line("Förslag till beslut", bold=True, before=6, keep=1)
            paras_at(f, paras, 0.0)
        f.line(heading, bold=True, before=6, keep=1)
        printed = paras_at(f, paras, 0.0)
        if broken == it.number:
            (printed[1] if len(printed) > 1 else printed[0])[0].new_page = True
        for d in decisions:
            f.decision(d)
    f.in_items = False
    P.signature_box(f, m, columns=rng.choice((1, 2)), labels=("Ordförande", "Justerare", "Sekreterare"))
    head = f"{m.organ} • Protokoll {C.fmt_date(m.date, 'iso')}"
    return Rendered(f, P.furniture_running(head, "sida_paren"), m.kind, title, m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- minutes, run-in numbered points with sub-points
SUBPOINTS = (
    ("Ekonomi", "Utfallet följer budget och prognosen är oförändrad."),
    ("Personal", "Två tjänster är vakanta och rekrytering pågår."),
    ("Lokaler", "Flytten till nya lokaler sker efter sommaren."),
)


def run_in(f: Flow, lead: str, text: str, *, before: float) -> list:
    """A bold lead ("3. Rapport från länsdelarna.") with the text going on after it on its line."""
    w = text_width(lead + " ", f.style.bold, f.style.size)
    first, *rest = wrap(text, f.style.width - w, f.style.reg, f.style.size)
    rows = [f.line(lead, bold=True, before=before, keep=1, cells=((w, first, False),))]
    rest_text = " ".join(rest)
    if rest_text:
        rows += f.para(rest_text, before=0)
    return rows


@variant("minutes", "h_dot", "h_para", "d_sentences", "d_inline", "running_header")
def minutes_run_in_numbered(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose numbered points ("3.", "§ 3") run into their text on the same
    line, the number and title in bold ("3. Rapport från länsdelarna. Representanterna …"), or
    stand on a line of their own when the point has sub-points, which are numbered "3.1
    Ekonomi", "3.2 Personal" in bold (no items); decisions as sentences ending the text or
    "Beslut: …" after it."""
    m = minutes_meeting(rng, Cast(rng), guests=rng.randint(0, 1), absent=rng.randint(0, 2))
    m.extra["member_heading"] = rng.choice(("Deltagare", "Närvarande"))
    f = Flow(style(rng, sizes=(9.5, 10.0, 10.5)))
    title = header(f, m, rng, "Minnesanteckningar")
    roster(f, m, rng, parties=False)
    others(f, m, rng)
    form = rng.choice(("dot", "para"))
    inline = rng.random() < 0.5
    for it in m.items:
        label = label_of(m, form, it.number)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        acts = acts_of(m, it)
        said = [it.passive] if it.passive else [f"{m.subject} beslutade att {a}." for a in acts]
        body = " ".join([*texts, *([] if inline else said)]) or "Punkten behandlades."
        if it.kind == "topic" and rng.random() < 0.4:
            ln = f.line(f"{label} {it.title}", bold=True, before=12, keep=2)
            f.item(str(it.number), it.title, ln, it.dnr)
            f.para(body, before=3)
            for k, (sub, text) in enumerate(rng.sample(SUBPOINTS, 2)):
                f.line(f"{it.number}.{k + 1} {sub}", bold=True, before=6, keep=1)
                f.para(text, before=2)
        else:
            rows = run_in(f, f"{label} {it.title}.", body, before=12)
            f.item(str(it.number), it.title, rows[0], it.dnr)
        if inline:
            for s in said:
                f.para(f"Beslut: {s}", before=3)
        for s in said:
            f.decision(s)
    f.in_items = False
    head = f"{m.organ}   Minnesanteckningar {C.fmt_date(m.date, 'iso')}"
    return Rendered(f, P.furniture_running(head, "paren"), m.kind, title, m.body, m.date.isoformat(), m.org)
