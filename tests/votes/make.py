"""Write the decision-record fixtures: PDFs and the gold their generator wrote.

    python -m tests.votes DIR [--documents N]

Document k has the seed "votes:k" and a form for each part of the record drawn from it, so every
run writes the same bytes and the forms rotate over the documents (see __init__.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from tests.zoo import content as C
from tests.zoo import parts as P
from tests.zoo.model import Meeting, Seat, board_meeting
from tests.zoo.people import Cast
from tests.zoo.render import Flow, Ln, Style, register_fonts, write_pdf

DOCUMENTS = 16
TOPICS = 4
# Documents that between them print every form of every part (what the tests read).
EVERY_FORM = (0, 1, 2, 3, 4, 5, 6, 10)

VOTE_FORMS = ("table", "table_party", "lists", "labels", "counts", "against", "tie")
PROPOSITION_FORMS = ("ja_for", "ja_rost", "den_som")
MOTION_FORMS = ("avslag", "eget", "återremiss")
RESERVATION_FORMS = ("own", "two", "party", "inverted", "section", "written")
JAV_FORMS = ("declares", "leaves", "because", "section", "front")
NOTE_FORMS = ("lodged", "section")

PARTY_NAMES = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "SD": "Sverigedemokraterna",
    "C": "Centerpartiet",
    "V": "Vänsterpartiet",
    "KD": "Kristdemokraterna",
    "L": "Liberalerna",
    "MP": "Miljöpartiet",
}
PROPOSAL = "arbetsutskottets förslag"
SENT_TO = ("Beslutet skickas till", "Expedieras till", "Beslutet expedieras till")
RECIPIENTS = ("Förvaltningen", "Ekonomiavdelningen", "Kommunledningskontoret", "Verksamhetschefen", "Revisorerna")


@dataclass
class Gold:
    """What the document says about its decision record, with the lines it was printed on."""

    votes: list[tuple[dict, Ln]] = field(default_factory=list)
    proposals: list[tuple[dict, Ln]] = field(default_factory=list)
    reservations: list[tuple[dict, Ln]] = field(default_factory=list)
    conflicts: list[tuple[dict, Ln]] = field(default_factory=list)
    notes: list[tuple[dict, Ln]] = field(default_factory=list)

    def json(self) -> dict:
        def paged(facts: list[tuple[dict, Ln]]) -> list[dict]:
            return [{**fact, "page": ln.page} for fact, ln in facts]

        return {
            "vote_events": paged(self.votes),
            "proposals": paged(self.proposals),
            "reservations": paged(self.reservations),
            "conflicts_of_interest": paged(self.conflicts),
            "protocol_notes": paged(self.notes),
        }


def genitive(name: str) -> str:
    """ "Per Bergs", "Lars Holms", "Agnes Fors" (a name ending in s takes no s)."""
    return name if name[-1] in "sxz" else f"{name}s"


def written(s: Seat) -> str:
    return f"{s.name} ({s.party})"


def join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


class Document:
    """One meeting printed with its record; ``forms`` say how each part is printed."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.rng = rng = random.Random(zlib.crc32(f"votes:{k}".encode()))
        self.council = k % 4 == 3  # every fourth a kommunfullmäktige: a long roll call
        members = rng.randint(31, 41) if self.council else rng.randint(9, 15)
        m = board_meeting(
            rng,
            Cast(rng),
            board=0 if self.council else rng.randrange(len(C.BOARDS)),
            members=members,
            serving=rng.randint(1, 3),
            substitutes=2,
            officials=2,
            spans=False,
            standard_items=True,
        )
        if self.council:
            m = replace(
                m,
                organ="Kommunfullmäktige",
                body=f"Kommunfullmäktige {m.org}",
                subject="Kommunfullmäktige",
                genitive="Kommunfullmäktiges",
                items=[replace(it, proposal=False) for it in m.items],
            )
        # two standard items and four topics: two contested, one with jäv, one with a protocol note
        kept = [it for it in m.items if it.kind != "topic"] + [it for it in m.items if it.kind == "topic"][:TOPICS]
        m = replace(m, items=kept)
        self.m: Meeting = m
        self.forms = {
            "vote": VOTE_FORMS[k % len(VOTE_FORMS)],
            "proposition": PROPOSITION_FORMS[k % len(PROPOSITION_FORMS)],
            "motion": MOTION_FORMS[(k // 2) % len(MOTION_FORMS)],
            "reservation": RESERVATION_FORMS[k % len(RESERVATION_FORMS)],
            "jav": JAV_FORMS[k % len(JAV_FORMS)],
            "note": NOTE_FORMS[k % len(NOTE_FORMS)],
        }
        if self.council:
            self.forms["vote"] = ("table", "table_party")[(k // 4) % 2]
        self.f = Flow(Style("vera", size=9.5, top=84, bottom=80))
        self.gold = Gold()
        self.voters = [s for s in m.seats if s.person is not None and (s.role != "ersättare" or s.replaces)]
        topics = [it for it in m.items if it.kind == "topic"]
        self.vote_items = {topics[0].number, topics[-1].number}
        self.jav_item = topics[1].number
        self.note_item = topics[2].number
        self.jav_person = rng.choice([s for s in self.voters if s.role == "ledamot"])

    def heading(self, text: str, **kw) -> Ln:
        """A section heading that never starts a page: printed at the top of two pages, extraction
        would take it for a running header."""
        self.glue()
        return self.f.line(text, bold=True, before=8, keep=kw.pop("keep", 1), **kw)

    def glue(self) -> None:
        if self.f.lines:
            self.f.lines[-1].keep = max(self.f.lines[-1].keep, 2)

    # ---------------------------------------------------------------- the front page
    def front(self) -> None:
        f, m = self.f, self.m
        col = 150.0
        f.line(m.organ, bold=True, size=14)
        f.line("Sammanträdesprotokoll", bold=True, size=12, before=4)
        f.line("Sammanträdesdatum", bold=True, before=8, cells=((col, m.date.isoformat(), False),))
        f.line("Plats och tid", bold=True, cells=((col, f"{m.place}, {m.time}", False),))
        chair_and_members = [s for s in m.seats if not s.replaces and s.role != "ersättare"]
        f.line(
            "Beslutande",
            bold=True,
            before=8,
            cells=((col, "Namn", True), (col + 165, "Parti", True), (col + 200, "Funktion", True)),
        )
        for s in chair_and_members:
            role = f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot"
            P.record(f, f.row([(col, s.name), (col + 165, s.party or ""), (col + 200, role)]), s)
        P.label_block(
            f,
            "Tjänstgörande ersättare",
            [s for s in m.seats if s.replaces],
            lambda s: P.seat_text(s, org=None, party=True, replaces="ersätter"),
            col=col,
        )
        P.label_block(
            f,
            "Ersättare",
            [s for s in m.role("ersättare") if not s.replaces],
            lambda s: P.seat_text(s, org=None, party=True),
            col=col,
        )
        P.label_block(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None), col=col)
        P.record_justerare(
            f, f.line("Utses att justera", bold=True, before=8, cells=((col, m.justerare.name, False),)), m
        )
        if self.forms["jav"] == "front":
            who = self.jav_person
            ln = f.para(f"{written(who)} anmäler jäv i § {self.jav_item}.", before=8)[0]
            self.gold.conflicts.append(({"item": str(self.jav_item), "name": who.name}, ln))
        f.line(
            "Justeringens plats och tid",
            bold=True,
            before=8,
            cells=((col, f"Kommunkansliet, {m.adjusted.isoformat()}", False),),
        )
        first, last = m.items[0].number, m.items[-1].number
        f.line(
            "Underskrifter", bold=True, before=14, keep=1, cells=((col + 150, f"Paragrafer §§ {first}–{last}", False),)
        )
        P.signature_box(f, m, heading=None, col=col)
        P.anslag(f, m, col=col + 20)

    # ---------------------------------------------------------------- items
    def items(self) -> None:
        f, m = self.f, self.m
        from tests.zoo.parts import Decisions

        ds = Decisions("Beslut", "present")
        for k, it in enumerate(m.items):
            P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, new_page=k == 0, size=11)
            if it.kind == "justerare":
                self.glue()
                P.print_decisions(f, m, it, ds, self.rng)
                continue
            if it.number == self.jav_item and self.forms["jav"] in ("declares", "leaves", "because"):
                self.jav_sentence()
            if it.text:
                self.heading("Ärendebeskrivning")
                f.para(" ".join(it.text))
            if it.number in self.vote_items:
                self.contested(it)
            else:
                self.glue()
                P.print_decisions(f, m, it, ds, self.rng)
            if it.number == self.jav_item and self.forms["jav"] == "section":
                self.heading("Jäv")
                who = self.jav_person
                ln = f.para(written(who))[0]
                self.gold.conflicts.append(({"item": str(it.number), "name": who.name}, ln))
            if it.number == self.note_item:
                self.note(it)
            if it.kind == "topic":
                self.heading(self.rng.choice(SENT_TO))
                f.para("Kommunfullmäktige" if it.proposal else self.rng.choice(RECIPIENTS), before=1)

    def jav_sentence(self) -> None:
        who, form = self.jav_person, self.forms["jav"]
        text = {
            "declares": f"{written(who)} anmäler jäv och deltar inte i handläggningen av ärendet.",
            "leaves": f"{written(who)} lämnar sammanträdet på grund av jäv.",
            "because": f"På grund av jäv deltar inte {written(who)} i handläggningen av ärendet.",
        }[form]
        ln = self.f.para(text, before=6)[0]
        self.gold.conflicts.append(({"item": str(self.jav_item), "name": who.name}, ln))

    def note(self, it) -> None:
        f = self.f
        who = self.rng.choice([s for s in self.voters if s.party not in (self.m.chair.party, "-") and s.party])
        text = "Vi vill att förvaltningen återkommer med en uppföljning under hösten."
        if self.forms["note"] == "lodged":
            ln = f.para(f"{written(who)} lämnar följande anteckning till protokollet: {text}", before=6)[0]
        else:
            self.heading("Protokollsanteckning")
            ln = f.para(f"{written(who)}: {text}")[0]
        self.gold.notes.append(({"item": str(it.number), "name": who.name, "party": who.party}, ln))

    # ---------------------------------------------------------------- a contested item
    def contested(self, it) -> None:
        """Motions, the propositionsordning, a roll-call vote, the decision and reservations."""
        f, m, rng = self.f, self.m, self.rng
        number = str(it.number)
        chair = m.chair
        others = [s for s in self.voters if s.party and s.party not in (chair.party, "-")]
        opponent = rng.choice(others)
        motion = self.forms["motion"] if it.number == min(self.vote_items) else rng.choice(MOTION_FORMS)
        # who votes what: the chair's party and some allies ja, the opponent's party and some nej
        sides: dict[str, str] = {chair.party or "S": "ja", opponent.party or "M": "nej"}
        for party in {s.party for s in self.voters if s.party} - set(sides):
            sides[party] = rng.choice(("ja", "ja", "nej", "nej", "avstår"))
        ballots = [(s, sides.get(s.party or "", "ja")) for s in self.voters]
        tie = self.forms["vote"] == "tie" and it.number == min(self.vote_items)
        if tie:  # even the sides out: some of the larger side abstain
            yes, no = [s for s, o in ballots if o == "ja"], [s for s, o in ballots if o == "nej"]
            larger, smaller = (yes, no) if len(yes) > len(no) else (no, yes)
            move = set(map(id, larger[len(smaller) :]))
            ballots = [(s, "avstår" if id(s) in move else o) for s, o in ballots]
        counts = {o: sum(1 for _, x in ballots if x == o) for o in ("ja", "nej", "avstår")}
        if counts["ja"] == counts["nej"] and not tie:
            ballots = [(s, "ja" if s is chair else o) for s, o in ballots]
            counts = {o: sum(1 for _, x in ballots if x == o) for o in ("ja", "nej", "avstår")}
            if counts["ja"] == counts["nej"]:
                ballots[-1] = (ballots[-1][0], "ja" if ballots[-1][1] != "ja" else "nej")
                counts = {o: sum(1 for _, x in ballots if x == o) for o in ("ja", "nej", "avstår")}
        result = "ja" if counts["ja"] > counts["nej"] or tie else "nej"

        # Yrkanden
        self.heading("Yrkanden")
        chair_ln = f.para(f"Ordföranden {written(chair)} yrkar bifall till {PROPOSAL}.")[0]
        opp_text, opp_kind, against_text = {
            "avslag": (f"{written(opponent)} yrkar avslag på {PROPOSAL}.", "avslag", "avslag"),
            "eget": (
                f"{written(opponent)} yrkar att ärendet ska kompletteras med en konsekvensanalys innan beslut fattas.",
                "eget",
                f"{genitive(opponent.name)} yrkande",
            ),
            "återremiss": (f"{written(opponent)} yrkar återremiss.", "återremiss", "återremiss"),
        }[motion]
        opp_ln = f.para(opp_text)[0]
        # sent back, the committee's proposal is not decided at all
        won_chair = "bifallen" if result == "ja" else None if motion == "återremiss" else "avslagen"
        lost = "avslagen" if result == "ja" else "bifallen"
        self.gold.proposals.append(
            ({"item": number, "name": chair.name, "kind": "bifall", "outcome": won_chair}, chair_ln)
        )
        self.gold.proposals.append(({"item": number, "name": opponent.name, "kind": opp_kind, "outcome": lost}, opp_ln))
        allies = [s for s, o in ballots if o == "nej" and s is not opponent and s.party == opponent.party]
        if allies and rng.random() < 0.6:
            ally = allies[0]
            ln = f.para(f"{written(ally)} instämmer i {genitive(opponent.name)} yrkande.")[0]
            self.gold.proposals.append(({"item": number, "name": ally.name, "kind": opp_kind, "outcome": lost}, ln))

        # Propositionsordning
        organ = m.organ[0].lower() + m.organ[1:]
        self.heading("Propositionsordning")
        if motion == "återremiss":
            f.para("Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras.")
            for_yes, for_no = "att ärendet ska avgöras i dag", "återremiss"
        else:
            f.para(f"Ordföranden ställer proposition på förslagen och finner att {organ} bifaller {PROPOSAL}.")
            for_yes, for_no = PROPOSAL, against_text
        self.vote(number, ballots, counts, result, for_yes, for_no, organ, tie)
        if motion == "återremiss" and result == "ja":
            f.para(f"Ordföranden ställer därefter proposition på {PROPOSAL} och finner att {organ} bifaller det.")
        ds_it = it if result == "ja" else replace(it, acts=("uppdra åt förvaltningen att bereda ärendet vidare",))
        from tests.zoo.parts import Decisions

        if motion == "återremiss" and result == "nej":
            ds_it = replace(it, acts=("återremittera ärendet till förvaltningen",), proposal=False)
        self.glue()
        P.print_decisions(f, m, ds_it, Decisions("Beslut", "present"), rng)
        losers = [s for s, o in ballots if o == ("nej" if result == "ja" else "ja") and s.party]
        if losers:
            self.reservation(number, losers, opponent if result == "ja" else chair)

    def proposition(self, for_yes: str, for_no: str) -> str:
        form = self.forms["proposition"]
        if form == "ja_for":
            return f"Ja för {for_yes}, nej för {for_no}."
        if form == "ja_rost":
            return (
                f"{self.m.subject} godkänner följande beslutsgång: Ja-röst för bifall till {for_yes}, "
                f"nej-röst för bifall till {for_no}."
            )
        return f"Den som vill bifalla {for_yes} röstar ja, den som vill bifalla {for_no} röstar nej."

    def vote(self, number, ballots, counts, result, for_yes, for_no, organ, tie) -> None:
        f, rng = self.f, self.rng
        form = self.forms["vote"]
        heading = rng.choice(("Omröstning", "Votering"))
        self.heading(heading, keep=2)
        start = f.para(f"{heading} begärs och genomförs. {self.proposition(for_yes, for_no)}")[0]
        listed: list[tuple[dict, Ln]] = []
        winner = for_yes if result == "ja" else for_no
        if form in ("table", "table_party", "tie"):
            party_col = form == "table_party"
            x_name, x_party = 10.0, 190.0
            xs = [260.0, 300.0, 340.0] if party_col else [220.0, 260.0, 300.0]
            header = [(x_name, rng.choice(("Ledamot", "Namn", "Ledamot/tjänstgörande ersättare")))]
            if party_col:
                header.append((x_party, "Parti"))
            header += [(xs[0], "Ja"), (xs[1], "Nej"), (xs[2], "Avstår")]
            f.row(header, bold=True, before=6, keep=1)
            for s, o in ballots:
                cells = [(x_name, s.name if party_col else written(s))]
                if party_col:
                    cells.append((x_party, s.party or ""))
                cells.append((xs[("ja", "nej", "avstår").index(o)], "X"))
                listed.append(({"name": s.name, "option": o}, f.row(cells)))
            if rng.random() < 0.7:
                f.row(
                    [
                        (x_name, "Summa"),
                        *((x, str(counts[o])) for x, o in zip(xs, ("ja", "nej", "avstår"), strict=True)),
                    ],
                    bold=True,
                )
            tail = self.count_sentence(counts, organ, winner, tie)
            f.para(tail, before=6)
        elif form == "lists":
            for opt, lead in (("ja", "Följande ledamöter röstar ja:"), ("nej", "Följande ledamöter röstar nej:")):
                group = [s for s, o in ballots if o == opt]
                if group:
                    rows = f.para(f"{lead} {join([written(s) for s in group])}.")
                    self._record_list(listed, group, opt, rows)
            for s in [s for s, o in ballots if o == "avstår"]:
                listed.append(({"name": s.name, "option": "avstår"}, f.para(f"{written(s)} avstår från att rösta.")[0]))
            f.para(self.count_sentence(counts, organ, winner, tie), before=6)
        elif form == "labels":
            for opt, label in (("ja", "Ja-röster:"), ("nej", "Nej-röster:"), ("avstår", "Avstår:")):
                group = [s for s, o in ballots if o == opt]
                if not group:
                    continue
                f.line(label, before=4, keep=1)
                for s in group:
                    listed.append(({"name": s.name, "option": opt}, f.line(written(s), x=12)))
            f.para(self.count_sentence(counts, organ, winner, tie), before=6)
        elif form == "counts":
            f.para(self.count_sentence(counts, organ, winner, tie), before=3)
        else:  # against: "Med sju röster mot fyra …"
            a, b = (counts["ja"], counts["nej"]) if result == "ja" else (counts["nej"], counts["ja"])
            f.para(
                f"Med {C_NUMBER.get(a, str(a))} röster mot {C_NUMBER.get(b, str(b))} beslutar {organ} enligt {winner}."
            )
        stated = {o: n for o, n in counts.items() if n or o != "avstår"}
        if form == "against":
            stated = {"ja": counts["ja"], "nej": counts["nej"]}  # "med sju röster mot fyra" names no abstentions
        fact = {
            "item": number,
            "counts": stated,
            "result": result,
            "votes": [v for v, _ in listed],
        }
        self.gold.votes.append((fact, start))

    def _record_list(self, listed, group, opt, rows) -> None:
        joined = " ".join(r.text for r in rows)
        starts, at = [], 0
        for r in rows:
            starts.append(at)
            at += len(r.text) + 1
        pos = 0
        for s in group:
            pos = joined.index(s.name, pos)
            row = rows[max(k for k, st in enumerate(starts) if st <= pos)]
            listed.append(({"name": s.name, "option": opt}, row))

    def count_sentence(self, counts, organ, winner, tie) -> str:
        rng = self.rng
        yes, no, abstain = counts["ja"], counts["nej"], counts["avstår"]
        rest = f" och {abstain} som avstår" if abstain else ""
        if tie:
            return (
                f"Omröstningen utfaller med {yes} ja-röster och {no} nej-röster{rest}. Med ordförandens "
                f"utslagsröst beslutar {organ} enligt {winner}."
            )
        if rng.random() < 0.5:
            return f"Med {yes} ja-röster mot {no} nej-röster{rest} beslutar {organ} enligt {winner}."
        avst = f", Avstår {abstain}" if abstain else ""
        return f"Omröstningsresultat: Ja {yes}, Nej {no}{avst}. {organ[0].upper() + organ[1:]} har således beslutat enligt {winner}."

    def reservation(self, number: str, losers: list[Seat], mover: Seat) -> None:
        f, rng = self.f, self.rng
        form = self.forms["reservation"]
        party = mover.party or losers[0].party
        same = [s for s in losers if s.party == party] or losers[:1]
        first = same[0]
        if form == "section":
            self.heading("Reservation")
            who = same[:2]
            ln = f.para(f"{join([written(s) for s in who])} till förmån för eget yrkande.")[0]
            for s in who:
                self.gold.reservations.append(({"item": number, "name": s.name, "party": s.party}, ln))
            return
        self.heading("Reservation")
        if form == "own":
            ln = f.para(f"{written(first)} reserverar sig mot beslutet till förmån för eget yrkande.")[0]
            self.gold.reservations.append(({"item": number, "name": first.name, "party": first.party}, ln))
        elif form == "two" and len(losers) > 1:
            who = rng.sample(losers, 2)
            ln = f.para(f"{written(who[0])} och {written(who[1])} reserverar sig mot beslutet.")[0]
            for s in who:
                self.gold.reservations.append(({"item": number, "name": s.name, "party": s.party}, ln))
        elif form == "party" and party in PARTY_NAMES:
            ln = f.para(f"Ledamöterna för {PARTY_NAMES[party]} reserverar sig mot beslutet.")[0]
            self.gold.reservations.append(({"item": number, "name": None, "party": party}, ln))
        elif form == "inverted":
            who = same[:2]
            ln = f.para(f"Mot beslutet reserverar sig {join([written(s) for s in who])}.")[0]
            for s in who:
                self.gold.reservations.append(({"item": number, "name": s.name, "party": s.party}, ln))
        else:
            ln = f.para(f"{written(first)} lämnar en skriftlig reservation, bilaga {rng.randint(1, 4)}.")[0]
            self.gold.reservations.append(({"item": number, "name": first.name, "party": first.party}, ln))

    # ---------------------------------------------------------------- the whole
    def render(self) -> tuple[bytes, dict]:
        register_fonts()
        self.front()
        self.items()
        self.f.paginate()
        m = self.m
        pdf = write_pdf(self.f, P.furniture_board(m), title="Sammanträdesprotokoll", author=m.org)
        gold = self.f.gold(m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat())
        return pdf, {**gold, **self.gold.json(), "forms": self.forms}


C_NUMBER = {
    n: w
    for w, n in (
        ("två", 2),
        ("tre", 3),
        ("fyra", 4),
        ("fem", 5),
        ("sex", 6),
        ("sju", 7),
        ("åtta", 8),
        ("nio", 9),
        ("tio", 10),
        ("elva", 11),
        ("tolv", 12),
    )
}


def build_document(k: int) -> tuple[str, bytes, dict]:
    """Document k: its file stem, PDF bytes and gold."""
    doc = Document(k)
    pdf, gold = doc.render()
    kind = "kf" if doc.council else "board"
    return f"votes_{k + 1:02d}_{kind}_{doc.forms['vote']}", pdf, gold


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def build_fixtures(out: Path, documents: int = DOCUMENTS) -> list[str]:
    """Write every document's PDF and gold under ``out``; returns the stems."""
    for sub in ("pdfs", "gold"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    stems = []
    for k in range(documents):
        stem, pdf, gold = build_document(k)
        (out / "pdfs" / f"{stem}.pdf").write_bytes(pdf)
        (out / "gold" / f"{stem}.json").write_text(dump(gold), "utf-8")
        stems.append(stem)
    return stems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.votes", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write pdfs/ and gold/ into")
    parser.add_argument("--documents", type=int, default=DOCUMENTS, help=f"documents (default {DOCUMENTS})")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    stems = build_fixtures(args.out, args.documents)
    print(f"{len(stems)} documents under {args.out} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
