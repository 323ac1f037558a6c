"""Rules for the municipal house styles of tests/zoo/house4a.py: each a fact about Swedish
protocols, tested on lines placed by hand, and the three seen house4a variants read whole.

* a running header's lone "§ 91" over page 2's roster is no item when "§ 91 Title" opens lower
  on that page;
* a label column's signature box on page 1 ("Underskrifter") ends no roster that opens page 2
  ("Beslutande" … "Ersättare (ej tjänstgörande)");
* "§§ 57–62" beside the first caption of a signature box ("Underskrifter | Sekreterare | §§
  57–62") leaves the captions over their names;
* a double given name written as its initials ("K-G Berg");
* "för Ánde Labba": a name of any alphabet's capital after "för";
* a presence and vote list ("Ledamot | Parti | Tjänstgörande ersättare | Närv | Ja | Nej |
  Avst"): the marks under the answers are votes, a row naming the substitute seats the
  substitute and not the member;
* "Beslutande: Enligt bifogad närvarolista": the roster printed under the appendix's heading;
* the list's "Votering § 57" column: the sitters' votes on § 57, joined to the vote § 57's text
  tells of ("Omröstningsresultat: 22 ja, 8 nej och 1 avstår, se bilaga").
"""

from __future__ import annotations

import pytest

from pipeline.parse.people import parse_person_line, read_roster
from pipeline.parse.segment import appendix_rosters, find_items, find_roster, signature_captions
from pipeline.parse.text import looks_like_name
from pipeline.records import Line


def at(text: str, x: float, top: float, page: int = 1, bold: bool = False) -> Line:
    return Line(text=text, page=page, x0=x, top=top, x1=x + 5.5 * len(text), bottom=top + 9, size=10, bold=bold)


def people_of(lines: list[Line]) -> list[tuple[str, str]]:
    found, _ = read_roster(find_roster(lines))
    return [(p.name, p.role) for p in found]


# --------------------------------------------------------------------------- items
def test_a_lone_paragraph_number_opening_a_page_over_the_roster_is_the_running_header():
    lines = [
        at("Kommunstyrelsen", 62, 80, bold=True),
        at("§ 91", 517, 46, page=2),
        at("Beslutande", 62, 85, page=2, bold=True),
        *(at(f"{n} (S)", 82, 99 + 14 * k, page=2) for k, n in enumerate(("Eva Strand", "Kim Nyberg", "Lo Ek"))),
        at("Övriga deltagande", 62, 160, page=2, bold=True),
        at("Per Berg, kommundirektör", 82, 174, page=2),
        at("§ 91 Motion om belysning", 62, 200, page=2, bold=True),
        at("Beslut", 62, 214, page=2, bold=True),
        at("Kommunstyrelsen beslutar att anse motionen besvarad.", 62, 228, page=2),
        at("§ 92 Riktlinjer för representation", 62, 260, page=2, bold=True),
        at("Kommunstyrelsen beslutar att anta riktlinjerna.", 62, 274, page=2),
    ]
    assert [(i.number, i.title) for i in find_items(lines)] == [
        ("91", "Motion om belysning"),
        ("92", "Riktlinjer för representation"),
    ]


# --------------------------------------------------------------------------- rosters
def test_a_signature_box_on_page_one_ends_no_roster_that_opens_page_two():
    lines = [
        at("Beslutande", 62, 160, bold=True),
        at("Se sidan 2", 212, 160),
        at("Underskrifter", 62, 200, bold=True),
        at("Sekreterare", 212, 200),
        at("Paragrafer 91–95", 472, 200),
        at("Sara Lind", 287, 214),
        at("Ordförande", 212, 234),
        at("Eva Strand", 287, 248),
        at("Beslutande", 62, 85, page=2, bold=True),
        at("Eva Strand (S), ordförande", 82, 99, page=2),
        at("Kim Nyberg (M)", 82, 113, page=2),
        at("Ersättare (ej tjänstgörande)", 62, 140, page=2, bold=True),
        at("Lo Ek (L)", 82, 154, page=2),
        at("Övriga deltagande", 62, 180, page=2, bold=True),
        at("Per Berg, kommundirektör", 82, 194, page=2),
    ]
    people = people_of(lines)
    assert ("Lo Ek", "ersättare") in people
    assert ("Kim Nyberg", "ledamot") in people
    assert ("Per Berg", "tjänsteperson") in people


def test_paragraphs_beside_the_first_caption_leave_the_captions_over_their_names():
    box = [
        at("Underskrifter", 70, 282, bold=True),
        at("Sekreterare", 220, 282),
        at("§§ 57–62", 480, 282),
        at("Sara Lind", 220, 318),
        at("Ordförande", 220, 339),
        at("Eva Strand", 220, 375),
        at("Justerare", 220, 396),
        at("Kim Nyberg", 220, 432),
        at("Lo Ek", 420, 432),
    ]
    signers = {(s.lines[0].text, s.role) for s in signature_captions(box)}
    assert ("Sara Lind", "sekreterare") in signers
    assert ("Eva Strand", "ordförande") in signers
    assert ("Sara Lind", "ordförande") not in signers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K-G Berg", True),  # Karl-Gustav
        ("P-O Ek Johansson", True),
        ("J.-E. Lind", True),
        ("Berg K-G", False),  # initials stand first
        ("K-G", False),
    ],
)
def test_a_double_given_name_written_as_its_initials(text, name):
    assert looks_like_name(text) is name


@pytest.mark.parametrize(
    ("line", "replaces"),
    [
        ("Tomas Ivarsson (S) för Ánde Labba (S)", "Ánde Labba"),
        ("Tomas Ivarsson (S), tjg ersättare för Łukasz Nowak (S)", "Łukasz Nowak"),
        ("Tomas Ivarsson (S) för Anders Labba (S)", "Anders Labba"),
    ],
)
def test_the_member_replaced_may_have_a_name_of_any_alphabet(line, replaces):
    person = parse_person_line(line, "ersättare")
    assert person is not None and (person.name, person.replaces) == ("Tomas Ivarsson", replaces)


def vote_list(rows: list[tuple[str, str, str, str, str]], item: str | None = None) -> list[Line]:
    """ "Ledamot | Parti | Tjänstgörande ersättare | Närv | Ja | Nej | Avst" (with "Votering §
    57" under the answers' labels when ``item``) and rows of (member, party, substitute,
    presence, vote column)."""
    xs = {"Ledamot": 70, "Parti": 220, "Tjänstgörande ersättare": 260, "Närv": 410, "Ja": 445, "Nej": 475, "Avst": 505}
    lines = [at(label, x, 100) for label, x in xs.items()]
    if item:
        lines.append(at(f"Votering § {item}", 445, 107))
    for k, (name, party, sub, here, vote) in enumerate(rows):
        top = 114 + 12 * k
        lines += [at(name, 70, top), at(party, 220, top)]
        if sub:
            lines.append(at(sub, 260, top))
        lines.append(at(here, 410, top))
        if vote:
            lines.append(at("x", xs[vote], top))
    return lines


def test_a_presence_and_vote_list_seats_the_substitute_and_reads_no_votes_as_presence():
    lines = vote_list(
        [
            ("Eva Strand, ordf.", "S", "", "x", "Ja"),
            ("Kim Nyberg", "M", "", "x", "Nej"),
            ("Lo Ek", "L", "Sara Lind", "x", "Ja"),  # the seat filled by Sara Lind
            ("Per Berg", "KD", "", "–", ""),  # not there, nobody in the seat
            ("Ola Ny", "C", "", "x", "Avst"),
        ]
    )
    found, absent = read_roster(find_roster(lines))
    assert [(p.name, p.role) for p in found] == [
        ("Eva Strand", "ordförande"),
        ("Kim Nyberg", "ledamot"),
        ("Sara Lind", "ersättare"),
        ("Ola Ny", "ledamot"),
    ]
    assert sorted(p.name for p in absent) == ["Lo Ek", "Per Berg"]


@pytest.mark.parametrize(
    ("reference", "heading"),
    [
        ("Enligt bifogad närvaro- och voteringslista", "Bilaga: Närvaro- och voteringslista"),
        ("Enligt bifogad närvarolista", "Närvarolista"),
        ("Se närvarolista", "Bilaga 2 Närvarolista"),
        ("Se bilaga", "Bilaga"),
    ],
)
def test_a_roster_in_an_appendix_named_without_its_number(reference, heading):
    front = [at("Beslutande", 70, 160, bold=True), at(reference, 220, 160)]
    appendix = [
        at(heading, 70, 80, page=4, bold=True),
        at("Ledamöter", 70, 110, page=4, bold=True),
        at("Eva Strand (S), ordförande", 70, 124, page=4),
        at("Kim Nyberg (M)", 70, 136, page=4),
    ]
    sections = appendix_rosters([*front, *appendix], find_roster(front))
    found, _ = read_roster(sections)
    assert [(p.name, p.role) for p in found] == [("Eva Strand", "ordförande"), ("Kim Nyberg", "ledamot")]


# --------------------------------------------------------------------------- the documents
@pytest.mark.parametrize("name", ["house_ks_label_front", "house_kf_vote_list", "house_bmn_columns"])
def test_the_house4a_documents_are_read_whole(name, tmp_path):
    from tests.zoo.house4a import HOUSE4A
    from tests.zoo.make import build_document
    from tests.zoo.predict import predict

    variant = next(v for v in HOUSE4A if v.name == name)
    for k in range(2):
        stem, pdf, gold = build_document(variant, k)
        path = tmp_path / f"{stem}.pdf"
        path.write_bytes(pdf)
        pred = predict(path)
        want = sorted((p["name"], p["role"]) for p in gold["participants"])
        assert sorted((p["name"], p["role"]) for p in pred["participants"]) == want, stem
        assert [(i["number"], i["title"]) for i in pred["items"]] == [(i["number"], i["title"]) for i in gold["items"]]
        if name == "house_kf_vote_list":  # the appendix's list gives the first vote's sitters
            first = pred["vote_events"][0]
            assert first["consistent"] and first["votes"], stem
            assert sum(first["counts"].values()) == len(first["votes"]), stem


# --------------------------------------------------------------------------- votes
def test_a_presence_and_vote_list_gives_the_sitters_votes_of_the_item_it_names():
    from pipeline.parse.votes import find_votes

    lines = vote_list(
        [
            ("Eva Strand, ordf.", "S", "", "x", "Ja"),
            ("Kim Nyberg", "M", "", "x", "Nej"),
            ("Lo Ek", "L", "Sara Lind", "x", "Ja"),  # Sara Lind sat, and voted
            ("Per Berg", "KD", "", "–", ""),
            ("Ola Ny", "C", "", "x", "Avst"),
        ],
        item="57",
    )
    events = find_votes(None, lines)
    assert [(e.item, [(v.name, v.option) for v in e.votes]) for e in events] == [
        ("57", [("Eva Strand", "ja"), ("Kim Nyberg", "nej"), ("Sara Lind", "ja"), ("Ola Ny", "avstår")])
    ]


def test_the_listed_votes_join_the_vote_the_item_tells_of():
    from pipeline.parse.votes import find_votes, merge_listed

    told = find_votes("57", [Line(text="Omröstningsresultat: 2 ja, 1 nej och 1 avstår, se bilaga.", page=2)])
    listed = find_votes(
        None,
        vote_list(
            [
                ("Eva Strand", "S", "", "x", "Ja"),
                ("Kim Nyberg", "M", "", "x", "Nej"),
                ("Lo Ek", "L", "Sara Lind", "x", "Ja"),
                ("Ola Ny", "C", "", "x", "Avst"),
            ],
            item="57",
        ),
    )
    merged = merge_listed(told, listed)
    assert [(e.item, e.yes, e.no, e.abstain, len(e.votes)) for e in merged] == [("57", 2, 1, 1, 4)]
    # a list naming an item whose text tells of no vote stays a vote of its own
    assert [e.item for e in merge_listed([], listed)] == ["57"]
