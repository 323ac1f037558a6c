"""Every form listed in issue 10's "What real protocols do", read end to end.

One small text protocol per form, written to a .txt file and read through the public API
(`extract_document` then `parse_document`, the path a PDF's lines take too).  The unit tests in
test_segment.py, test_people.py and test_decisions.py check each rule on its own lines; these
check that the rule holds inside a whole document, beside the other parts (a roster before the
items, a numbered decision list inside an item, a table of contents before the items).

Each case says only what it is about: the items, or the people, or the decisions, or the meta.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import pipeline
from pipeline.records import ParsedDocument

HEAD = "Protokoll\nKommunstyrelsen\nKumla kommun\nSammanträdesdatum 2025-03-04\n\n"
ROSTER = "Beslutande\nAnna Ek (S), ordförande\nPer Berg (M)\n\n"
AU_HEAD = "Protokoll\nKommunstyrelsens arbetsutskott\nKumla kommun\nSammanträdesdatum 2025-03-04\n\n"
ITEMS = "{} Budget 2026\nBudgeten godkänns.\n{} Taxor för bygglov\nTaxorna fastställdes.\n"


@dataclass(frozen=True)
class Case:
    text: str
    items: list[tuple[str, str]] | None = None  # (number, title), in order
    people: list[dict[str, Any]] = field(default_factory=list)  # fields each named person has
    not_people: list[str] = field(default_factory=list)  # names that are no participant
    absent: list[str] | None = None
    vacant: int | None = None
    decisions: list[tuple[str, str, str]] | None = None  # (item, text, kind), all of them
    meta: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # words of a recorded problem, each


def parse_text(tmp_path: Path, text: str) -> ParsedDocument:
    path = tmp_path / "protokoll.txt"
    path.write_text(text, "utf-8")
    return pipeline.parse_document(pipeline.extract_document(path))


def with_items(first: str, second: str) -> str:
    """The two items of ITEMS under headings `first` and `second`."""
    return HEAD + ROSTER + ITEMS.format(first, second)


TWO_ITEMS = [("5", "Budget 2026"), ("6", "Taxor för bygglov")]

ITEM_HEADINGS = {
    "5.": Case(with_items("5.", "6."), items=TWO_ITEMS),
    "5)": Case(with_items("5)", "6)"), items=TWO_ITEMS),
    "5 Title": Case(with_items("5", "6"), items=TWO_ITEMS),
    "number alone on its line": Case(with_items("5\n", "6\n").replace("\n ", "\n"), items=TWO_ITEMS),
    "§ 5": Case(with_items("§ 5", "§ 6"), items=TWO_ITEMS),
    "§5": Case(with_items("§5", "§6"), items=TWO_ITEMS),
    "5 §": Case(with_items("5 §", "6 §"), items=TWO_ITEMS),
    "KS § 45": Case(with_items("KS § 45", "KS § 46"), items=[("45", "Budget 2026"), ("46", "Taxor för bygglov")]),
    "Ks 45": Case(with_items("Ks 45", "Ks 46"), items=[("45", "Budget 2026"), ("46", "Taxor för bygglov")]),
    "Paragraf 45": Case(
        with_items("Paragraf 45", "Paragraf 46"), items=[("45", "Budget 2026"), ("46", "Taxor för bygglov")]
    ),
    "Ärende 7": Case(with_items("Ärende 7", "Ärende 8"), items=[("7", "Budget 2026"), ("8", "Taxor för bygglov")]),
    "Punkt 7": Case(with_items("Punkt 7", "Punkt 8"), items=[("7", "Budget 2026"), ("8", "Taxor för bygglov")]),
    "a table of contents is not the items": Case(
        HEAD
        + "Innehållsförteckning\n§ 5 Budget 2026 .......... 2\n§ 6 Taxor för bygglov .......... 3\n\n"
        + ROSTER
        + ITEMS.format("§ 5", "§ 6"),
        items=TWO_ITEMS,
    ),
    "a table of contents entry with no item is a problem": Case(
        HEAD
        + "Innehållsförteckning\n§ 5 Budget 2026 .......... 2\n§ 6 Taxor för bygglov .......... 3\n"
        + "§ 7 Övriga frågor .......... 3\n\n"
        + ROSTER
        + ITEMS.format("§ 5", "§ 6"),
        items=TWO_ITEMS,
        problems=["table of contents", "7 Övriga frågor"],
    ),
    "an item goes on across a page break": Case(
        HEAD + ROSTER + "§ 5 Budget 2026\nBudgeten godkänns.\n§ 6 Taxor för bygglov\nBakgrund\n\f"
        "Förvaltningen har räknat om taxorna.\nTaxorna fastställdes.\n",
        items=TWO_ITEMS,
        decisions=[("5", "Budgeten godkänns.", "bifall"), ("6", "Taxorna fastställdes.", "fastställande")],
    ),
    "run-in headings in minutes": Case(
        "Minnesanteckningar\nStyrgrupp för folkhälsa\nDatum: 2025-03-04\n\nNärvarande\nAnna Ek, Kumla kommun\n"
        "Per Berg, Region Örebro län\n\n**Välkommen och dagordning.** Ordföranden hälsade välkommen. Gruppen "
        "beslutade att godkänna dagordningen.\n**Indikatorer för uppföljning.** Gruppen diskuterade indikatorerna.\n"
        "**Nästa möte.** Nästa möte äger rum den 20 oktober 2025.\n",
        items=[("1", "Välkommen och dagordning"), ("2", "Indikatorer för uppföljning"), ("3", "Nästa möte")],
        decisions=[("1", "Gruppen beslutade att godkänna dagordningen.", "bifall")],
    ),
    "a numbered decision list inside a § item is no item": Case(
        HEAD
        + ROSTER
        + "§ 45 Budget 2026\nBeslut\nBudgeten godkänns.\n§ 46 Taxor för bygglov\nBeslut\n"
        + "1. Taxorna fastställs.\n2. Ärendet anses besvarat.\n",
        items=[("45", "Budget 2026"), ("46", "Taxor för bygglov")],
        decisions=[
            ("45", "Budgeten godkänns.", "bifall"),
            ("46", "Taxorna fastställs.", "fastställande"),
            ("46", "Ärendet anses besvarat.", "beslut"),
        ],
    ),
}


def roster(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n\n" + ITEMS.format("§ 5", "§ 6")


def person(name: str, role: str = "ledamot", **fields: Any) -> dict[str, Any]:
    return {"name": name, "role": role, **fields}


ROSTERS = {
    "one a line": Case(
        roster("Ledamöter", "Anna Ek (S)", "Per Berg (M)"),
        people=[person("Anna Ek", party="S"), person("Per Berg", party="M")],
    ),
    "several a line, commas": Case(
        roster("Beslutande", "Anna Ek (S), ordförande, Per Berg (M), Ola Ny (C)"),
        people=[person("Anna Ek", "ordförande", party="S"), person("Per Berg", party="M"), person("Ola Ny", party="C")],
    ),
    "several a line, semicolons, (-)": Case(
        roster("Ledamöter", "Anna Ek (S); Per Berg (M); Ola Ny (-)"),
        people=[person("Anna Ek", party="S"), person("Per Berg", party="M"), person("Ola Ny", party="-")],
    ),
    "several a line, och": Case(
        roster("Ledamöter", "Anna Ek (S) och Per Berg (M)"),
        people=[person("Anna Ek", party="S"), person("Per Berg", party="M")],
    ),
    "people grouped under their organisation": Case(
        roster(
            "Närvarande",
            "Region Örebro län",
            "Anna Ek, ordförande",
            "Per Berg",
            "Kumla kommun:",
            "Ola Ny",
            "Eva Sten (S), Nora kommun",
        ),
        people=[
            person("Anna Ek", "ordförande", organization="Region Örebro län"),
            person("Per Berg", organization="Region Örebro län"),
            person("Ola Ny", organization="Kumla kommun"),
            person("Eva Sten", organization="Nora kommun", party="S"),  # her own organisation wins
        ],
        not_people=["Region Örebro län", "Kumla kommun"],
    ),
    "a signature page before the items": Case(
        HEAD + "Beslutande\nAnna Ek (S), ordförande\nPer Berg (M)\n\nUnderskrifter\nSekreterare\n"
        "Paragrafer 5–6\nEva Sten\nOrdförande\nAnna Ek\nJusterande\nPer Berg\n\n" + ITEMS.format("§ 5", "§ 6"),
        people=[person("Eva Sten", "sekreterare"), person("Anna Ek", "ordförande"), person("Per Berg", "justerare")],
    ),
    "running text cut inside a name at a line end": Case(
        roster(
            "Närvarande: Anna Ek, Kumla kommun, Mirja",
            "Nyqvist, Ljusnarsbergs kommun, Ebba Sten",
            "Hallberg, Region Örebro län, Per Berg, Lekebergs kommun.",
        ),
        people=[
            person("Anna Ek", organization="Kumla kommun"),
            person("Mirja Nyqvist", organization="Ljusnarsbergs kommun"),
            person("Ebba Sten Hallberg", organization="Region Örebro län"),
            person("Per Berg", organization="Lekebergs kommun"),
        ],
        not_people=["Mirja", "Ebba Sten", "Nyqvist", "Hallberg"],
    ),
    "Efternamn, Förnamn in some lines": Case(
        roster("Ledamöter", "Ek, Anna (S), ordförande", "Per Berg (M)", "Ny, Ola (C)"),
        people=[person("Anna Ek", "ordförande", party="S"), person("Per Berg", party="M"), person("Ola Ny", party="C")],
    ),
    "Efternamn, Förnamn and the role after the given name": Case(
        roster("Ledamöter", "Ek, Anna (S) ordförande", "Per Berg (M)", "Ny, Ola vice ordf"),
        people=[person("Anna Ek", "ordförande", party="S"), person("Per Berg"), person("Ola Ny", "vice ordförande")],
    ),
    "role in brackets after the name": Case(
        roster("Närvarande", "Anna Ek (S) (ordf)", "Per Berg (M) (vice ordf)", "Ola Ny (C) (ers)"),
        people=[
            person("Anna Ek", "ordförande", party="S"),
            person("Per Berg", "vice ordförande", party="M"),
            person("Ola Ny", "ersättare", party="C"),
        ],
    ),
    "ej tjg ers after the name": Case(
        roster("Närvarande", "Anna Ek (S), ordförande", "Lisa Holm (V) ej tjg ers"),
        people=[person("Anna Ek", "ordförande"), person("Lisa Holm", "ersättare", party="V")],
    ),
    "role before the name": Case(
        roster("Närvarande", "Ordförande Anna Ek (S)", "Vice ordförande Per Berg (M)"),
        people=[person("Anna Ek", "ordförande", party="S"), person("Per Berg", "vice ordförande", party="M")],
    ),
    "role as a section heading": Case(
        roster("Ordförande", "Anna Ek (S)", "Ledamöter", "Per Berg (M)", "Ersättare", "Ola Ny (C)"),
        people=[person("Anna Ek", "ordförande"), person("Per Berg"), person("Ola Ny", "ersättare")],
    ),
    "X ersätter Y": Case(
        roster("Beslutande", "Anna Ek (S), ordförande", "Ola Ny (C) ersätter Kim Lund (C)"),
        people=[person("Ola Ny", "ersättare", party="C", replaces="Kim Lund")],
        not_people=["Kim Lund"],
    ),
    "tjänstgörande ersättare för Y": Case(
        roster("Beslutande", "Anna Ek (S), ordförande", "Lisa Holm (V), tjänstgörande ersättare för Eva Sten (V)"),
        people=[person("Lisa Holm", "ersättare", party="V", replaces="Eva Sten")],
        not_people=["Eva Sten"],
    ),
    "§§ 57–64 attendance range": Case(
        roster("Beslutande", "Anna Ek (S), ordförande", "Tom Ås (S) §§ 57–64"),
        people=[person("Anna Ek", "ordförande"), person("Tom Ås", party="S")],
    ),
    "Frånvarande and Anmält förhinder": Case(
        roster(
            "Beslutande", "Anna Ek (S), ordförande", "Frånvarande", "Kim Lund (C)", "Anmält förhinder", "Eva Sten (V)"
        ),
        people=[person("Anna Ek", "ordförande")],
        not_people=["Kim Lund", "Eva Sten"],
        absent=["Kim Lund", "Eva Sten"],
    ),
    "the other sections of a roster": Case(
        roster(
            "Beslutande",
            "Anna Ek (S), ordförande",
            "Närvarande ej tjänstgörande ersättare",
            "Tom Ås (S)",
            "Övriga närvarande",
            "Mia Ro, kommundirektör",
            "Inbjudna",
            "Lars Ny, Region Örebro län",
            "Antecknare",
            "Sara Holm",
            "Adjungerade",
            "Olof Dahl (KD)",
        ),
        people=[
            person("Tom Ås", "ersättare", party="S"),
            person("Mia Ro", "tjänsteperson", title="kommundirektör"),
            person("Lars Ny", "övrig", organization="Region Örebro län"),
            person("Sara Holm", "sekreterare"),
            person("Olof Dahl", "övrig", party="KD"),
        ],
    ),
    "a guest's state agency is not the publisher": Case(
        "Protokoll\nKommunstyrelsen\nDatum: 2025-03-04\n\nBeslutande\nAnna Ek (S), ordförande\n"
        "Övriga deltagande\nMia Ro, ekonomichef\nInbjudna\nLars Ny, Länsstyrelsen Örebro län\n\n"
        + ITEMS.format("§ 5", "§ 6"),
        people=[person("Mia Ro", "tjänsteperson", organization=None), person("Lars Ny", "övrig")],
        meta={"body": "Kommunstyrelsen"},
    ),
    "a roster in an appendix": Case(
        "Protokoll\nKommunstyrelsen\nDatum: 2025-03-04\n\nBeslutande: se bilaga 1\n\n"
        + ITEMS.format("§ 5", "§ 6")
        + "\nBilaga 1\nBeslutande\nAnna Ek (S), ordförande\nPer Berg (M)\n",
        items=TWO_ITEMS,
        people=[person("Anna Ek", "ordförande", party="S"), person("Per Berg", party="M")],
    ),
    "secretary and justerare from the signature box": Case(
        roster("Beslutande", "Anna Ek (S), ordförande", "Per Berg (M)")
        + "\nSekreterare\nSara Holm\nOrdförande\nAnna Ek\nJusterare\nPer Berg\n",
        people=[person("Sara Holm", "sekreterare"), person("Per Berg", "justerare"), person("Anna Ek", "ordförande")],
    ),
    "Utses att justera": Case(
        roster("Beslutande", "Anna Ek (S), ordförande", "Per Berg (M)", "", "Utses att justera", "Per Berg"),
        people=[person("Per Berg", "justerare")],
    ),
    "the item Val av justerare": Case(
        HEAD + ROSTER + "§ 1 Val av justerare\nTill justerare utsågs Per Berg.\n§ 2 Budget 2026\nBudgeten godkänns.\n",
        people=[person("Per Berg", "justerare")],
        decisions=[
            ("1", "Till justerare utsågs Per Berg.", "val"),
            ("2", "Budgeten godkänns.", "bifall"),
        ],
    ),
    "party names as group headings": Case(
        roster(
            "Närvarande",
            "Vänsterpartiet",
            "Anna Ek, ordförande",
            "Kim Lund, ersättare",
            "Miljöpartiet de gröna",
            "Per Berg (C), ledamot",
            "Sverigedemokraterna (SD)",
            "Ola Ny, ledamot",
        ),
        people=[
            person("Anna Ek", "ordförande", party="V"),
            person("Kim Lund", "ersättare", party="V"),
            person("Per Berg", party="C"),  # a party of one's own wins over the group's
            person("Ola Ny", party="SD"),
        ],
        not_people=["Vänsterpartiet", "Miljöpartiet de gröna", "Sverigedemokraterna"],
    ),
    "Närvarolista after the last item, party groups of one": Case(
        HEAD
        + "Justerare\nOla Ny\n\n"
        + ITEMS.format("§ 5", "§ 6")
        + "Närvarolista\nKommunstyrelsen 2025-03-04\nSocialdemokraterna\nAnna Ek, ordförande\nModeraterna\n"
        "Per Berg, 1:e vice ordförande\nCenterpartiet\nOla Ny, ledamot\nTjänstepersoner\nSara Holm, kanslichef\n",
        people=[
            person("Anna Ek", "ordförande", party="S"),
            person("Per Berg", "vice ordförande", party="M"),
            person("Ola Ny", party="C"),
            person("Sara Holm", "tjänsteperson", party=None),
        ],
        decisions=[("5", "Budgeten godkänns.", "bifall"), ("6", "Taxorna fastställdes.", "fastställande")],
    ),
    "Deltagare after the last item, one person a group": Case(
        HEAD
        + ITEMS.format("§ 5", "§ 6")
        + "Deltagare\nS\nAnna Ek, ordförande\nKD\nPer Berg, ledamot\nVänsterpartiet (V)\nOla Ny, ersättare\n",
        people=[
            person("Anna Ek", "ordförande", party="S"),
            person("Per Berg", party="KD"),
            person("Ola Ny", "ersättare", party="V"),
        ],
        decisions=[("5", "Budgeten godkänns.", "bifall"), ("6", "Taxorna fastställdes.", "fastställande")],
    ),
    "Vakant is never a person": Case(
        roster("Ledamöter", "Anna Ek (S)", "Ersättare", "Vakant", "Vakant, Region Örebro län"),
        people=[person("Anna Ek")],
        not_people=["Vakant"],
        vacant=2,
    ),
}


def decided(*item_lines: str) -> str:
    return HEAD + ROSTER + "\n".join(item_lines) + "\n"


DECISIONS = {
    "Beslut": Case(
        decided("§ 5 Budget", "Beslut", "Kommunstyrelsen godkänner budgeten."),
        decisions=[("5", "Kommunstyrelsen godkänner budgeten.", "bifall")],
    ),
    "Beslut:": Case(
        decided("§ 5 Budget", "Beslut:", "Taxorna fastställs."),
        decisions=[("5", "Taxorna fastställs.", "fastställande")],
    ),
    "Beslutet": Case(
        decided("§ 5 Budget", "Beslutet", "Kommunstyrelsen godkänner budgeten."),
        decisions=[("5", "Kommunstyrelsen godkänner budgeten.", "bifall")],
    ),
    "Kommunstyrelsens beslut": Case(
        decided(
            "§ 5 Budget",
            "Bakgrund",
            "Förvaltningen har tagit fram en budget.",
            "Kommunstyrelsens beslut",
            "Kommunstyrelsen godkänner budgeten.",
        ),
        decisions=[("5", "Kommunstyrelsen godkänner budgeten.", "bifall")],
    ),
    "Nämnden beslutar, att-clauses": Case(
        decided(
            "§ 5 Budget",
            "Nämnden beslutar",
            "att godkänna budgeten,",
            "att uppdra åt förvaltningen att redovisa utfallet.",
        ),
        decisions=[
            ("5", "Nämnden beslutar att godkänna budgeten", "bifall"),
            ("5", "Nämnden beslutar att uppdra åt förvaltningen att redovisa utfallet", "uppdrag"),
        ],
    ),
    "numbered list under Beslut": Case(
        decided(
            "§ 5 Budget", "Beslut", "1. Budgeten godkänns.", "2. Förvaltningen får i uppdrag att redovisa utfallet."
        ),
        decisions=[
            ("5", "Budgeten godkänns.", "bifall"),
            ("5", "Förvaltningen får i uppdrag att redovisa utfallet.", "uppdrag"),
        ],
    ),
    "inline Beslut: Rådet godkände": Case(
        decided("§ 5 Budget", "Beslut: Rådet godkände budgeten."),
        decisions=[("5", "Rådet godkände budgeten.", "bifall")],
    ),
    "sentence Rådet beslutade att": Case(
        decided("§ 5 Taxor", "Frågan diskuterades.", "Rådet beslutade att godkänna taxorna."),
        decisions=[("5", "Rådet beslutade att godkänna taxorna.", "bifall")],
    ),
    "sentence … fastställdes": Case(
        decided("§ 5 Årsredovisning", "Årsredovisningen fastställdes."),
        decisions=[("5", "Årsredovisningen fastställdes.", "fastställande")],
    ),
    "sentence … lades till handlingarna": Case(
        decided("§ 5 Skrivelse", "Skrivelsen lades till handlingarna."),
        decisions=[("5", "Skrivelsen lades till handlingarna.", "till handlingarna")],
    ),
    "Förslag till beslut, Arbetsutskottets förslag, Yrkanden, Propositionsordning are none": Case(
        decided(
            "§ 5 Taxor",
            "Förslag till beslut",
            "Kommunstyrelsen godkänner taxorna.",
            "Arbetsutskottets förslag",
            "Taxorna fastställs.",
            "Yrkanden",
            "Per Berg (M) yrkar bifall till arbetsutskottets förslag.",
            "Propositionsordning",
            "Ordföranden ställer proposition på förslaget och finner att det bifalls.",
            "Beslut",
            "Kommunstyrelsen godkänner taxorna.",
        ),
        decisions=[("5", "Kommunstyrelsen godkänner taxorna.", "bifall")],
    ),
    "Reservation and Protokollsanteckning are recorded apart": Case(
        decided(
            "§ 5 Budget",
            "Beslut",
            "Budgeten godkänns.",
            "Reservation",
            "Per Berg (M) reserverar sig mot beslutet.",
            "Protokollsanteckning",
            "Ola Ny (C) lämnar en anteckning till protokollet.",
        ),
        decisions=[("5", "Budgeten godkänns.", "bifall")],
    ),
    "att-clauses go on across a page break": Case(
        decided(
            "§ 5 Taxor",
            "Kommunstyrelsen beslutar",
            "att fastställa taxorna,",
            "\fatt uppdra åt förvaltningen att redovisa utfallet.",
        ),
        decisions=[
            ("5", "Kommunstyrelsen beslutar att fastställa taxorna", "fastställande"),
            ("5", "Kommunstyrelsen beslutar att uppdra åt förvaltningen att redovisa utfallet", "uppdrag"),
        ],
    ),
    "the utskott's own proposal to the board, beside its own decision": Case(
        AU_HEAD
        + ROSTER
        + "\n".join(
            (
                "§ 5 Bidrag till föreningen",
                "Förslag till beslut",
                "Förvaltningen föreslår att arbetsutskottet beslutar att bevilja 50 000 kronor.",
                "Arbetsutskottets förslag till kommunstyrelsen",
                "Kommunstyrelsen beslutar att bevilja föreningen ett bidrag om 60 000 kronor.",
                "Expedieras till: Kommunstyrelsen",
                "§ 6 Remiss om kollektivtrafik",
                "Arbetsutskottets förslag till kommunstyrelsen:",
                "Kommunstyrelsen beslutar",
                "att anta yttrandet,",
                "att skicka yttrandet till regionen.",
                "§ 7 Taxor",
                "Förslag till beslut",
                "Förvaltningen föreslår att arbetsutskottet beslutar att anta taxorna.",
                "Arbetsutskottets beslut",
                "Arbetsutskottet beslutar att anta taxorna.",
            )
        )
        + "\n",
        decisions=[
            ("5", "Kommunstyrelsen beslutar att bevilja föreningen ett bidrag om 60 000 kronor.", "förslag"),
            ("6", "Kommunstyrelsen beslutar att anta yttrandet", "förslag"),
            ("6", "Kommunstyrelsen beslutar att skicka yttrandet till regionen", "förslag"),
            ("7", "Arbetsutskottet beslutar att anta taxorna.", "bifall"),
        ],
    ),
    "the board's own proposal to the council under its heading": Case(
        decided(
            "§ 5 Taxor",
            "Kommunstyrelsens förslag till kommunfullmäktige",
            "Kommunfullmäktige beslutar att fastställa taxorna.",
        ),
        decisions=[("5", "Kommunfullmäktige beslutar att fastställa taxorna.", "förslag")],
    ),
    "the utskott's proposal in the board's own protocol is no decision": Case(
        decided(
            "§ 5 Bidrag",
            "Arbetsutskottets förslag till kommunstyrelsen",
            "Kommunstyrelsen beslutar att bevilja bidraget.",
            "Kommunstyrelsens beslut",
            "Kommunstyrelsen beslutar att bevilja bidraget med 40 000 kronor.",
        ),
        decisions=[("5", "Kommunstyrelsen beslutar att bevilja bidraget med 40 000 kronor.", "bifall")],
    ),
    "a proposal to the council": Case(
        decided("§ 5 Taxor", "Beslut", "Kommunstyrelsen föreslår kommunfullmäktige att fastställa taxorna."),
        decisions=[("5", "Kommunstyrelsen föreslår kommunfullmäktige att fastställa taxorna.", "förslag")],
    ),
}

META = {
    "kind, case number and body on one line": Case(
        "Protokoll  KS 2025/118  Kommunstyrelsen\nKumla kommun\nSammanträdesdatum 2025-03-04\n\n"
        + ROSTER
        + ITEMS.format("§ 5", "§ 6"),
        meta={
            "kind": "protokoll",
            "body": "Kommunstyrelsen Kumla kommun",
            "owner": "Kumla kommun",
            "date": "2025-03-04",
        },
    ),
    "minutes": Case(
        "Minnesanteckningar\nSamverkansrådet för folkhälsa\nDatum: 2025-03-04\n\nNärvarande\n"
        "Anna Ek, Kumla kommun\nPer Berg, Region Örebro län\n\n" + ITEMS.format("1.", "2."),
        meta={"kind": "minnesanteckningar", "date": "2025-03-04"},
        people=[person("Anna Ek", organization="Kumla kommun"), person("Per Berg", organization="Region Örebro län")],
    ),
    **{
        f"meeting date {form!r}": Case(
            f"Protokoll\nKommunstyrelsen\n{form}\n\n" + ROSTER + ITEMS.format("§ 5", "§ 6"),
            meta={"date": "2025-03-04"},
        )
        for form in (
            "Sammanträdesdatum 250304",
            "Tisdagen den 4 mars 2025 kl. 13.00",
            "Datum 4.3.2025",
            "Justeringsdatum 2025-03-11\nSammanträdesdatum 4 mars 2025",
        )
    },
}

# A table written with "|" between its cells in a text (or .md) file: the text reader lays
# its cells out as a PDF's table gives them, so the roster's table reader and the agenda table's
# reader work from the same positions.
TABLES = {
    "roster a table with a header row, cells between |": Case(
        roster(
            "Namn | Parti | Funktion", "Anna Ek | S | ordförande", "Per Berg | M | ledamot", "Ola Ny | C | ersättare"
        ),
        people=[
            person("Anna Ek", "ordförande", party="S"),
            person("Per Berg", party="M"),
            person("Ola Ny", "ersättare", party="C"),
        ],
    ),
    "roster a markdown table, outer bars and a |---| separator": Case(
        roster(
            "| Namn | Organisation | Roll |",
            "|------|:-------------|-----:|",
            "| Anna Ek | Kumla kommun | ordförande |",
            "| Per Berg | Nora kommun | ledamot |",
            "| Ola Ny | Region Örebro län | sekreterare |",
        ),
        people=[
            person("Anna Ek", "ordförande", organization="Kumla kommun"),
            person("Per Berg", organization="Nora kommun"),
            person("Ola Ny", "sekreterare", organization="Region Örebro län"),
        ],
    ),
    "agenda a markdown table, Nr | Rubrik | Anteckningar | Beslut": Case(
        HEAD
        + ROSTER
        + "| Nr | Rubrik | Anteckningar | Beslut |\n|---|---|---|---|\n"
        + "| 1 | Budget 2026 | Anna Ek presenterade budgeten. | Budgeten godkänns. |\n"
        + "| 2 | Taxor för bygglov | Frågan diskuterades. | Taxorna fastställdes. Per Berg får i uppdrag att "
        + "informera. |\n| 3 | Övrigt | Inga övriga frågor. | |\n",
        items=[("1", "Budget 2026"), ("2", "Taxor för bygglov"), ("3", "Övrigt")],
        decisions=[
            ("1", "Budgeten godkänns.", "bifall"),
            ("2", "Taxorna fastställdes.", "fastställande"),
            ("2", "Per Berg får i uppdrag att informera.", "uppdrag"),
        ],
    ),
}

CASES = {
    **{f"item heading {k}": v for k, v in ITEM_HEADINGS.items()},
    **{f"roster {k}": v for k, v in ROSTERS.items()},
    **{f"decision {k}": v for k, v in DECISIONS.items()},
    **{f"meta {k}": v for k, v in META.items()},
    **{f"table {k}": v for k, v in TABLES.items()},
}


PARAMS = [pytest.param(case, id=name) for name, case in CASES.items()]


@pytest.mark.parametrize("case", PARAMS)
def test_form_is_read(case: Case, tmp_path: Path) -> None:
    doc = parse_text(tmp_path, case.text)
    if case.items is not None:
        assert [(i.number, i.title) for i in doc.items] == case.items
    by_name: dict[str, list[Any]] = {}
    for p in doc.participants:
        by_name.setdefault(p.name, []).append(p)
    for want in case.people:
        found = by_name.get(want["name"], [])
        assert any(all(getattr(p, k) == v for k, v in want.items()) for p in found), (want, found)
    for name in case.not_people:
        assert name not in by_name
    if case.absent is not None:
        assert sorted(p.name for p in doc.absent) == sorted(case.absent)
    if case.vacant is not None:
        assert len(doc.vacant_seats) == case.vacant
    if case.decisions is not None:
        got = [(i.number, d.text, d.kind) for i in doc.items for d in i.decisions]
        assert got == case.decisions
    for words in case.problems:
        assert any(words in p.message for p in doc.problems), [p.message for p in doc.problems]
    for key, value in case.meta.items():
        assert getattr(doc.info, key) == value
