"""What the notes of officials' groups, the minutes of municipal companies and of a
kommunalförbund's direktion, and the agreements of the zoo's house4b.py need: the companies and
förbund in patterns/organizations.yml, their boards as "<organ> <organisation>", and the rules
below, each on a table of sentences or on the zoo's generated documents."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import extract
from pipeline.parse import parse, to_json
from pipeline.parse.bodies import aliases, body_kind, canonical_name
from pipeline.parse.classify import body_owner, organ_named
from pipeline.parse.decisions import is_decision
from pipeline.parse.organizations import all_organizations, canonical_organization, organization_kinds
from pipeline.parse.people import _join_wrapped, guest_organization, parse_person_line, parse_roster
from pipeline.parse.segment import _staff_heading, roster_heading
from pipeline.records import Line, RosterSection
from tests.zoo.house4b import HOUSE4B
from tests.zoo.make import build_zoo
from tests.zoo.score import score_doc, summary


# --------------------------------------------------------------------------- organisations
@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Karlskogahem", "Karlskogahem AB"),
        ("ÖBO", "Örebrobostäder AB"),
        ("Örebrobostäder AB (ÖBO)", "Örebrobostäder AB"),
        ("LIBO AB", "Lindesbergsbostäder AB"),
        ("Länsgården Fastigheter", "Länsgården Fastigheter AB"),
        ("Nerikes brandkår", "Nerikes Brandkår"),
        ("Räddningstjänstförbundet Nerikes Brandkår", "Nerikes Brandkår"),
        ("Sydnärkes Utbildningsförbund", "Sydnärkes utbildningsförbund"),
        ("Beredningsgrupp för folkhälsa", "Beredningsgruppen för folkhälsa"),
        ("Länsnätverk för anhörigstöd", "Länsnätverket för anhörigstöd"),
        ("Ledningsgruppen Regional utveckling", "Ledningsgruppen för Regional utveckling"),
    ],
)
def test_companies_forbund_and_groups_by_the_forms_people_write(written, canonical):
    assert canonical_organization(written) == canonical


def test_lansgarden_alone_is_the_building_not_the_company():
    assert canonical_organization("Länsgården") == "Länsgården"


def test_a_company_is_owned_and_a_kommunalforbund_has_member_municipalities():
    orgs = {o.name: o for o in all_organizations()}
    kinds = organization_kinds()
    for o in orgs.values():
        if o.kind == "bolag":
            assert o.parent in orgs and kinds[o.parent] in ("kommun", "region"), o
            assert o.organs == ("Styrelsen",), o
        if o.kind == "kommunalförbund":
            assert len(o.members) >= 2 and all(kinds[m] == "kommun" for m in o.members), o
            assert o.organs == ("Direktionen",), o
    assert orgs["Nerikes Brandkår"].members == (
        "Askersunds kommun",
        "Hallsbergs kommun",
        "Kumla kommun",
        "Laxå kommun",
        "Lekebergs kommun",
        "Örebro kommun",
    )


@pytest.mark.parametrize("company", ["Karlskogahem AB", "Örebrobostäder AB", "Länsgården Fastigheter AB"])
def test_a_known_company_is_no_guest_at_its_own_board(company):
    # an unknown "… AB" still is: a consultant's firm at a council's meeting
    assert not guest_organization(company)
    assert guest_organization("Konsultbyrån Exempel AB")


# --------------------------------------------------------------------------- bodies
@pytest.mark.parametrize(
    ("written", "owner", "canonical"),
    [
        ("Styrelsen", "Karlskogahem AB", "Styrelsen Karlskogahem AB"),
        ("Direktionen", "Nerikes Brandkår", "Direktionen Nerikes Brandkår"),
        ("Beredningsgruppen för folkhälsa", None, "Beredningsgruppen för folkhälsa"),
    ],
)
def test_a_company_board_or_direktion_is_named_with_its_organisation(written, owner, canonical):
    assert canonical_name(written, owner) == canonical


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Direktionen Nerikes Brandkår", "styrelse"),
        ("Styrelsen Örebrobostäder AB", "styrelse"),
        ("Beredningsgruppen för folkhälsa", "arbetsgrupp"),  # officials preparing, not a beredning
        ("Tjänstepersonsgruppen för social välfärd", "arbetsgrupp"),
        ("Ledningsgruppen för Regional utveckling", "chefsgrupp"),
        ("Länsnätverket för suicidprevention", "nätverk"),
    ],
)
def test_the_kind_of_a_group_or_board(name, kind):
    assert body_kind(name) == kind


def test_a_direktion_goes_by_its_forbunds_genitive():
    forms = aliases("Direktionen Nerikes Brandkår", "Nerikes Brandkår")
    assert "nerikes brandkårs direktion" in forms


# --------------------------------------------------------------------------- roster entries
def entries(heading: str, role, *texts: str) -> list[tuple[str, str, str | None]]:
    lines = tuple(Line(text=t, page=1, x0=70) for t in texts)
    return [(p.name, p.role, p.title) for p in parse_roster([RosterSection(heading=heading, role=role, lines=lines)])]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # a title and a role in one pair of brackets
        ("Sofia Ek (regionråd, ordf.)", ("Sofia Ek", "ordförande", "regionråd")),
        ("Lo Berg (Kumla, sammankallande)", ("Lo Berg", "ordförande", None)),
        # a job title with its field, one with an abbreviation before a hyphen
        ("Eva Holm (enhetschef kollektivtrafik)", ("Eva Holm", "ledamot", "enhetschef kollektivtrafik")),
        ("Rut Lind (HR-strateg)", ("Rut Lind", "ledamot", "HR-strateg")),
    ],
)
def test_an_entrys_parts_in_brackets(entry, expected):
    p = parse_person_line(entry, None)
    assert p is not None and (p.name, p.role, p.title) == expected


def test_a_stand_in_beside_the_member_who_sent_word():
    p = parse_person_line("Lo Ek (ersätter), Förhinder: Per Berg, Laxå", None)
    assert p is not None and (p.name, p.role, p.organization, p.replaces) == (
        "Lo Ek",
        "ersättare",
        "Laxå kommun",
        "Per Berg",
    )
    assert parse_person_line("Förhinder: Per Berg, Laxå", None) is None  # nobody came


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anteckningar: Kim Ek", ("Anteckningar", "sekreterare", "Kim Ek")),
        ("Anteckningar: se bilaga", None),
        ("Anteckningar", None),
    ],
)
def test_anteckningar_before_a_name_is_the_note_taker(text, expected):
    assert roster_heading(text) == expected


def test_the_note_taker_among_the_officials_is_both():
    got = entries("Från Region Örebro län", "tjänsteperson", "Kim Ek, processledare (antecknare)")
    assert {(n, r) for n, r, _ in got} == {("Kim Ek", "tjänsteperson"), ("Kim Ek", "sekreterare")}


def test_from_the_company_heads_its_own_staff():
    found = roster_heading("Från bolaget: Lo Ek (verkställande direktör)")
    assert found is None or found[1] == "tjänsteperson"
    got = _staff_heading().match("Från bolaget: Lo Ek (verkställande direktör)")
    assert got is not None and got.group("unit") == "bolaget"


@pytest.mark.parametrize(
    "lines",
    [
        ("Närvarande: Lo Ek (ekonomichef), Shirin", "A. Jafari (planeringsstrateg), Per Ny (strateg)."),
        ("Från bolaget: Lo Ek (ekonomichef) och Tuula", "Niemi-Rydén (förvaltningschef)"),
    ],
)
def test_a_lone_name_word_at_a_line_end_goes_on(lines):
    joined = [t for t, _ in _join_wrapped([(t, Line(text=t, page=1, x0=70)) for t in lines])]
    assert len(joined) == 1


def test_lekmannarevisor_is_an_elected_guest():
    p = parse_person_line("Lo Ek, lekmannarevisor, Lindesbergs kommun", "övrig")
    assert p is not None and p.role == "övrig"


# --------------------------------------------------------------------------- decisions and bodies
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("KC/RD beslutade att fördela statsbidraget.", "Regionala chefsamverkansgruppen (KC/RD)"),
        ("Nätverket beslutade att godkänna förslaget till budget.", "Länsnätverket för anhörigstöd"),
        ("Länsnätverket beslutade att godkänna tidplanen.", "Länsnätverket för anhörigstöd"),
    ],
)
def test_a_group_decides_under_its_short_form_or_generic_noun(sentence, body):
    assert is_decision(sentence, body)


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("STYRELSEPROTOKOLL", "Styrelsen"),
        ("Protokoll fört vid styrelsesammanträde i Karlskogahem AB", "Styrelsen"),
        ("Regionstyrelsen", None),  # another organisation's board
    ],
)
def test_a_company_board_named_by_its_organ(text, organ):
    assert organ_named([Line(text=text, page=1)], "Karlskogahem AB") == organ


def test_a_shipped_group_is_its_owners():
    assert body_owner("Ledningsgruppen för Regional utveckling") == "Region Örebro län"
    assert body_owner("Socialnämnden") is None


# --------------------------------------------------------------------------- the zoo's documents
@pytest.fixture(scope="module")
def house4b(tmp_path_factory):
    out = tmp_path_factory.mktemp("house4b")
    build_zoo(out, per_variant=2, variants=HOUSE4B)
    return out / "seen"


def test_the_house4b_documents_read_as_their_gold(house4b):
    scores = []
    for pdf in sorted((house4b / "pdfs").glob("*.pdf")):
        gold = json.loads((house4b / "gold" / f"{pdf.stem}.json").read_text("utf-8"))
        doc = extract(pdf, ocr=False)
        scores.append(score_doc(gold, to_json(parse(doc), real_pages=doc.has_real_pages)))
    figures = summary(scores)
    for metric in ("participants", "org", "items", "decisions", "body"):
        assert figures[metric] >= 0.98, (metric, figures[metric])
