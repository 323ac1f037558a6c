"""HELD-OUT variants in the house styles of Swedish political bodies, written blind (see
house4a.py, whose meeting builders and printing helpers they use).  Not to be read while
writing parser rules.  Registered in ``HELD_OUT4A_VARIANTS``; make.py puts them in the
held-out part.
"""

from __future__ import annotations

import random

from . import content as C
from .house4a import (
    HouseCast,
    Rendered,
    basis_list,
    decision_lines,
    heading,
    item_title,
    muni_meeting,
    rec_justerare,
    rec_secretary,
    rendered,
    running,
    sent_to,
    sn_topics,
)
from .layouts import Variant, registry
from .render import Flow, H, Style, W

HELD_OUT4A_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT4A_VARIANTS)


@variant("board", "r_running_comma", "r_och", "r_party", "r_tjg_for", "h_para", "d_organ_beslut", "date_long")
def heldout4a_sn_running(rng: random.Random) -> Rendered:
    """Socialnämnden: rosters in running text ("Beslutande: A (S), ordförande, B (M) … och C (V)"),
    serving substitutes in a sentence of their own, officials and substitutes likewise; "§ 23"
    items with the decision first ("Socialnämndens beslut", att-clauses), a secrecy item with
    no decision, signatures at the end."""
    fam = rng.choice(("vera", "helvetica"))
    cast = HouseCast(rng, cp1252=fam != "vera")
    org = rng.choice(list(C.MUNICIPALITIES))
    topics = rng.sample(sn_topics(rng, 2025, cast.person().name), rng.randint(4, 6))
    m = muni_meeting(
        rng,
        cast,
        "Socialnämnden",
        "SN",
        org,
        topics,
        seats=11,
        serving=2,
        subs=2,
        staff=3,
        titles=("socialchef", "ekonomichef", "verksamhetschef", "enhetschef"),
    )
    f = Flow(Style(fam, size=10, top=80, bottom=66))
    f.line(f"{m.org}", size=10)
    f.line("Sammanträdesprotokoll", bold=True, size=15, before=6)
    f.line(f"{m.organ} {C.fmt_date(m.date, 'long')}", bold=True, size=11, before=2)
    f.para(f"Sammanträdet hölls i {m.place} kl. {m.start}–{m.end}.", before=10)
    own = [s for s in m.members if s.replaces is None]
    serve = [s for s in m.members if s.replaces is not None]

    def fmt(s):
        return f"{s.name} ({s.party})" + (f" {s.function()}" if s.role != "ledamot" else "")

    running(f, "Beslutande ledamöter:", own, fmt, before=8)
    running(f, "Tjänstgörande ersättare:", serve, lambda s: f"{s.name} ({s.party}) för {s.replaces.name}", before=4)
    running(f, "Övriga ersättare:", m.subs, lambda s: f"{s.name} ({s.party})", before=4)
    running(f, "Tjänstepersoner:", m.staff, lambda a: f"{a.name} {a.title}", before=4)
    ln = f.para(f"Justerare: {m.justerare.name} ({m.justerare.party})", before=8)[0]
    rec_justerare(f, ln, m)
    f.para(f"Justeringens tid och plats: {C.fmt_date(m.adjusted, 'long')}, socialförvaltningen", before=2)
    ds = rng.choice(("att", "dash"))
    for it in m.items:
        item_title(f, m, it, dnr=True)
        if it.kind == "secret":
            f.para("Ärendet redovisas i ett särskilt protokoll som omfattas av sekretess.", before=4)
            continue
        heading(f, f"{m.genitive()} beslut")
        decision_lines(f, m, it, ds)
        if it.text:
            heading(f, "Ärendebeskrivning")
            f.para(" ".join(it.text))
        basis_list(f, m, it)
        sent_to(f, it, label="Beslutet skickas till")
    f.in_items = False
    f.line("Underskrifter", bold=True, before=22, keep=4)
    f.line("." * 30, before=16, cells=((160, "." * 30, False), (320, "." * 30, False)))
    names = f.row([(0, m.secretary.name), (160, m.chair.name), (320, m.justerare.name)])
    f.row([(0, "Sekreterare"), (160, "Ordförande"), (320, "Justerare")], size=9)
    rec_secretary(f, names, m)
    rec_justerare(f, names, m)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 40, f"{m.org}  |  {m.organ}  |  {C.fmt_date(m.date, 'long')}")
        c.drawRightString(W - st.right, H - 40, f"{page}/{total}")

    return rendered(f, furniture, m, "Sammanträdesprotokoll")
