"""Segmenting: roster sections and agenda items in the numbering styles protocols use."""

from __future__ import annotations

import re

import pytest

from pipeline.parse.people import read_roster
from pipeline.parse.segment import (
    appendix_rosters,
    find_items,
    find_roster,
    roster_heading,
    segment,
    signature_captions,
    table_of_contents,
)
from pipeline.records import Line, RosterSection


def lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page) for t in texts]


def test_numbered_items_with_number_and_title_on_separate_lines():
    items = find_items(
        lines(
            "1.",
            "Mötet öppnades",
            "2. Val av justerare",
            "Till justerare utsågs Kim Ek.",
            "3.",
            "Regional samverkan för familjecentral - Överenskommelse mellan regionen och",
            "kommunerna i länet",
            "Susann presenterade utkastet.",
        )
    )
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötet öppnades"),
        ("2", "Val av justerare"),
        ("3", "Regional samverkan för familjecentral - Överenskommelse mellan regionen och kommunerna i länet"),
    ]
    assert [ln.text for ln in items[1].lines] == ["Till justerare utsågs Kim Ek."]


def test_a_numbered_list_inside_an_item_is_not_a_new_item():
    items = find_items(
        lines(
            "1. Mötet öppnas",
            "2. Rapporter",
            "Tre saker togs upp:",
            "1. Budget",
            "2. Lokaler",
            "3. Övriga frågor",
            "Inga övriga frågor.",
            "4. Mötet avslutas",
        )
    )
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötet öppnas"),
        ("2", "Rapporter"),
        ("3", "Övriga frågor"),
        ("4", "Mötet avslutas"),
    ]


def test_paragraph_items_with_dnr_and_a_table_of_contents():
    items = find_items(
        lines(
            "§ 101 Val av justerare ................ 3",
            "§ 102 Årsredovisning 2023 ............. 4",
            "§ 101",
            "Val av justerare",
            "Kim Ek utsågs att justera.",
            "§ 102",
            "Dnr KS 2024/123",
            "Årsredovisning 2023",
            "Beslut",
            "Kommunstyrelsen beslutar att godkänna den.",
        )
    )
    assert [(i.number, i.title, i.dnr) for i in items] == [
        ("101", "Val av justerare", None),
        ("102", "Årsredovisning 2023", "KS 2024/123"),
    ]


def test_an_item_that_crosses_a_page_break_is_one_item():
    items = find_items([*lines("§ 5", "Budget", "Första delen."), *lines("Andra delen.", "§ 6", "Avslut", page=2)])
    assert [(i.number, i.page, i.end_page) for i in items] == [("5", 1, 2), ("6", 2, 2)]


def test_finnish_swedish_paragraph_style():
    items = find_items(lines("39 §", "Sammanträdets laglighet", "Text.", "40§ Val av protokolljusterare", "Text."))
    assert [(i.number, i.title) for i in items] == [
        ("39", "Sammanträdets laglighet"),
        ("40", "Val av protokolljusterare"),
    ]


def test_roster_headings_with_and_without_colon():
    assert roster_heading("Ledamöter:")[:2] == ("Ledamöter", "ledamot")
    assert roster_heading("Justerare: Kim Ek") == ("Justerare", "justerare", "Kim Ek")
    assert roster_heading("Tjänstgörande ersättare")[:2] == ("Tjänstgörande ersättare", "ersättare")
    assert roster_heading("Tjänsteställe Sekreterare")[1] == "sekreterare"
    assert roster_heading("Ledamöterna diskuterade") is None


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Närvarande medlemmar", "ledamot"),
        ("Medlemmar:", "ledamot"),
        ("Ledamöter närvarande", "ledamot"),
        ("Närvarande styrelseledamöter", "ledamot"),
        ("Tjänstgörande ledamöter", "ledamot"),
        ("Närvarande suppleanter", "ersättare"),
        ("Suppleanter", "ersättare"),
        ("Ej tjänstgörande suppleanter", "ersättare"),
        ("Ersättare ej tjänstgörande", "ersättare"),
        ("Mötesdeltagare", None),
        ("Närvarande tjänstemän", "tjänsteperson"),
    ],
)
def test_roster_headings_composed_of_a_presence_word_and_a_noun(heading, role):
    assert roster_heading(heading)[1] == role


@pytest.mark.parametrize(
    "heading", ["Frånvarande styrelseledamöter", "Ledamöter frånvarande:", "Ej närvarande suppleanter"]
)
def test_composed_headings_of_the_absent(heading):
    sections = find_roster(lines(heading, "Kim Ek (S)", "Närvarande suppleanter", "Lo Berg (M)"))
    participants, absent = read_roster(sections)
    assert [(p.name, p.role) for p in participants] == [("Lo Berg", "ersättare")]
    assert [p.name for p in absent] == ["Kim Ek"]


def test_roster_sections_end_at_the_signature_block():
    sections = find_roster(
        lines(
            "Beslutande",
            "Anna Ek (S), ordförande",
            "Justerare",
            "Kim Ek",
            "Underskrifter",
            "Ordförande",
            "Anna Ek",
            "Sekreterare",
            "Lo Berg",
        )
    )
    assert [(s.heading, [ln.text for ln in s.lines]) for s in sections] == [
        ("Beslutande", ["Anna Ek (S), ordförande"]),
        ("Justerare", ["Kim Ek"]),
        ("Sekreterare", ["Lo Berg"]),
    ]


def test_front_matter_is_everything_before_the_first_item():
    seg = segment(lines("Protokoll", "Ordförande:", "Anna Ek, Kumla kommun", "1. Mötet öppnas", "2. Avslut"))
    assert [ln.text for ln in seg.front] == ["Protokoll", "Ordförande:", "Anna Ek, Kumla kommun"]
    assert len(seg.items) == 2 and seg.roster[0].role == "ordförande"


def test_a_running_header_repeating_the_paragraph_is_not_the_item():
    # Finnish-Swedish protocols repeat "28 §" and the date at the top of each item page.
    items = find_items(
        lines(
            "27 §",
            "29.05.2023",
            "Sida",
            "27 § Godkännande av föredragningslistan",
            "Text.",
            "28 §",
            "29.05.2023",
            "Sida",
            "NKBY/382/01.02.00/2023",
            "28 §",
            "Allmän löneförhöjning 1.6.2023",
            "Text.",
        )
    )
    assert [(i.number, i.title, i.dnr) for i in items] == [
        ("27", "Godkännande av föredragningslistan", None),
        ("28", "Allmän löneförhöjning 1.6.2023", "NKBY/382/01.02.00/2023"),
    ]


@pytest.mark.parametrize(
    "first, second",
    [
        ("1. Mötet öppnas", "2. Val av justerare"),
        ("1) Mötet öppnas", "2) Val av justerare"),
        ("1 Mötet öppnas", "2 Val av justerare"),
        ("§ 1 Mötet öppnas", "§ 2 Val av justerare"),
        ("§1 Mötet öppnas", "§2 Val av justerare"),
        ("1 § Mötet öppnas", "2 § Val av justerare"),
        ("KS § 1 Mötet öppnas", "KS § 2 Val av justerare"),
        ("Ks 1 Mötet öppnas", "Ks 2 Val av justerare"),
        ("Paragraf 1 Mötet öppnas", "Paragraf 2 Val av justerare"),
        ("Ärende 1 Mötet öppnas", "Ärende 2 Val av justerare"),
        ("Punkt 1 Mötet öppnas", "Punkt 2 Val av justerare"),
        ("Punkt 1: Mötet öppnas", "Punkt 2: Val av justerare"),
        ("1 – Mötet öppnas", "2 – Val av justerare"),
        ("§ 1 – Mötet öppnas", "§ 2 – Val av justerare"),
        ("(1) Mötet öppnas", "(2) Val av justerare"),
    ],
)
def test_every_numbering_style_is_read(first, second):
    items = find_items(lines(first, "Ordföranden öppnade mötet.", second, "Kim Ek utsågs att justera."))
    assert [(i.number, i.title) for i in items] == [("1", "Mötet öppnas"), ("2", "Val av justerare")]


def test_the_number_alone_on_its_line_with_the_title_below():
    items = find_items(lines("1", "Mötet öppnas", "Text.", "2", "Val av justerare", "Text."))
    assert [(i.number, i.title) for i in items] == [("1", "Mötet öppnas"), ("2", "Val av justerare")]


@pytest.mark.parametrize(
    "text",
    [
        "7 och 9 samt gymnasiet",
        "60 gruppledare utbildades",
        "Box 1613",
        "Tid 13.00",
        "och § 12 i kommunallagen",
    ],
)
def test_lines_that_only_start_with_a_number_are_not_headings(text):
    items = find_items(lines("1 Mötet öppnas", "Text.", text, "2 Val av justerare", "Text.", text, "3 Avslutning"))
    assert [i.number for i in items] == ["1", "2", "3"]
    assert all(text in [ln.text for ln in i.lines] for i in items[:2])


@pytest.mark.parametrize("heading", ["Ärendelista", "Innehållsförteckning", "Innehåll", "Dagordning"])
def test_a_table_of_contents_without_dot_leaders_is_not_the_items(heading):
    doc = lines(
        heading,
        "§ 201",
        "Information",
        "3",
        "§ 202",
        "Budget 2025",
        "3",
        "§ 201",
        "Information",
        "Informationen noteras.",
        "§ 202",
        "Budget 2025",
        "Beslut",
        "Budgeten antas.",
    )
    items = find_items(doc)
    assert [(i.number, [ln.text for ln in i.lines][-1:]) for i in items] == [
        ("201", ["Informationen noteras."]),
        ("202", ["Budgeten antas."]),
    ]
    assert table_of_contents(doc) == [("201", "Information"), ("202", "Budget 2025")]


def test_a_list_of_items_that_never_comes_again_is_the_items_themselves():
    items = find_items(lines("Dagordning", "1. Mötet öppnas", "Text.", "2. Avslutning", "Text."))
    assert [i.number for i in items] == ["1", "2"]


def at(text: str, x: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x, top=top, x1=x + 6 * len(text), bottom=top + 9, size=9)


def test_a_role_word_in_a_table_cell_is_not_a_heading():
    sections = find_roster(
        [
            at("Beslutande", 70, 90),
            at("Eva Strand", 170, 100),
            at("S", 300, 100),
            at("Ordförande", 340, 100),
            at("Kim Nyberg", 170, 112),
            at("M", 300, 112),
        ]
    )
    assert [(s.heading, len(s.lines)) for s in sections] == [("Beslutande", 5)]


def test_headings_side_by_side_make_columns():
    sections = find_roster(
        [
            at("Ledamöter", 70, 90),
            at("Ersättare", 300, 90),
            at("Eva Strand, Kumla kommun", 70, 102),
            at("Kim Nyberg, Kumla kommun", 300, 102),
        ]
    )
    assert [(s.role, s.columns) for s in sections] == [("ledamot", ((70, "ledamot"), (300, "ersättare")))]


@pytest.mark.parametrize("heading", ["Frånvarande", "Anmält förhinder:", "Ej närvarande"])
def test_who_was_not_there_is_an_absent_section(heading):
    sections = find_roster(lines("Ledamöter:", "Eva Strand", heading, "Kim Nyberg"))
    assert [(s.heading, s.absent) for s in sections][-1][1] is True


def test_staff_of_a_unit_and_a_table_header_open_sections():
    sections = find_roster(lines("Närvarande:", "Eva Strand, Kumla kommun", "Från Regional utveckling:", "Kim Nyberg"))
    assert [(s.heading, s.role) for s in sections] == [
        ("Närvarande", None),
        ("Från Regional utveckling", "tjänsteperson"),
    ]
    sections = find_roster(
        [at("Namn", 70, 90), at("Organisation", 200, 90), at("Eva Strand", 70, 102), at("Kumla kommun", 200, 102)]
    )
    assert [(s.heading, [ln.text for ln in s.lines][-2:]) for s in sections] == [
        ("Namn", ["Eva Strand", "Kumla kommun"])
    ]


def test_lowercase_column_subheadings_under_beslutande_are_headings():
    sections = find_roster(
        [
            at("Beslutande", 70, 80),
            at("ordinarie", 70, 92),
            at("ersättare", 330, 92),
            at("[X] Lind Mikael, ordförande", 70, 104),
            at("[ ] Ek Karita", 330, 104),
        ]
    )
    assert [(s.heading, s.columns) for s in sections] == [("Beslutande", ((70, None), (330, "ersättare")))]


def test_a_paragraph_number_whose_title_line_ocr_misread_is_still_a_heading():
    items = find_items(lines("12 §", "Föredragningslistan", "Text.", "13 §", "138 Motion om en ramp", "Text."))
    assert [(i.number, i.title) for i in items] == [("12", "Föredragningslistan"), ("13", "Motion om en ramp")]


def sized(text: str, size: float, bold: bool = False) -> Line:
    return Line(text=text, page=1, size=size, bold=bold)


def test_minutes_without_numbers_have_their_items_in_the_larger_headings():
    doc = [
        sized("Minnesanteckningar – Styrgrupp barn och unga", 14, True),
        sized("14 oktober 2024", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Välkommen", 13),
        sized("Ordföranden hälsade.", 10),
        sized("Verksamhetsplan", 13),
        sized("Planen godkändes.", 10),
        sized("Nästa möte", 13),
        sized("Mötet hålls i maj.", 10),
    ]
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [("1", "Välkommen"), ("2", "Verksamhetsplan"), ("3", "Nästa möte")]
    assert [ln.text for ln in items[1].lines] == ["Planen godkändes."]


def run_in(lead: str, rest: str) -> Line:
    return Line(text=f"{lead} {rest}", page=1, size=10, bold_lead=len(lead))


def test_run_in_headings_are_the_items_of_minutes_and_their_text_goes_on_after_them():
    doc = [
        sized("Minnesanteckningar – Styrgrupp barn och unga", 14, True),
        sized("14 oktober 2024", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        run_in("Välkommen och dagordning.", "Ordföranden hälsade. Gruppen beslutade att godkänna dagordningen."),
        run_in("Verksamhetsplan.", "Planen godkändes."),
        sized("Den gäller 2025.", 10),
        run_in("Närvarande:", "Lo Ek"),  # a bold label ending in a colon is no heading
        run_in("Beslut.", "Planen godkändes."),  # nor a decision's label
        run_in("Nästa möte.", "Mötet hålls i maj."),
    ]
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Välkommen och dagordning"),
        ("2", "Verksamhetsplan"),
        ("3", "Nästa möte"),
    ]
    assert [ln.text for ln in items[1].lines][:2] == ["Planen godkändes.", "Den gäller 2025."]
    assert items[0].lines[0].text.startswith("Ordföranden hälsade.") and not items[0].lines[0].bold_lead


def test_bold_labels_and_roster_headings_are_not_unnumbered_items():
    doc = [
        sized("Chefsgrupp folkhälsa", 14, True),
        sized("Minnesanteckningar", 11),
        sized("Datum", 10),
        sized("Tjänstepersoner", 10, True),
        sized("Eva Strand, Region Örebro län", 10),
        sized("Beslut: Planen godkändes.", 10, True),
        sized("Text.", 10),
    ]
    assert find_items(doc) == []


def test_captions_under_the_signers_names_give_their_roles():
    tail = [
        at("Vid protokollet", 70, 600),
        at("Eva Strand", 70, 620),
        at("Sekreterare", 70, 632),
        at("Justeras", 70, 660),
        at("Kim Nyberg", 70, 680),
        at("Lo Ek", 310, 680),
        at("Ordförande", 70, 692),
        at("Justerare", 310, 692),
    ]
    assert [(s.role, s.lines[0].text) for s in signature_captions(tail)] == [
        ("sekreterare", "Eva Strand"),
        ("ordförande", "Kim Nyberg"),
        ("justerare", "Lo Ek"),
    ]


def test_captions_over_the_names_beside_the_boxs_heading_and_its_paragraphs():
    """ "UNDERSKRIFTER | Sekreterare | …… Paragrafer 174–179" on one row, each name under its caption."""
    box = [
        at("UNDERSKRIFTER", 64, 439),
        at("Sekreterare", 214, 439),
        at("............................ Paragrafer 174-179", 285, 439),
        at("Eva Strand", 285, 450),
        at("Ordförande", 214, 474),
        at("Kim Nyberg", 285, 486),
        at("Justerande", 214, 510),
        at("Lo Ek", 285, 521),
    ]
    assert [(s.role, s.lines[0].text) for s in signature_captions(box)] == [
        ("sekreterare", "Eva Strand"),
        ("ordförande", "Kim Nyberg"),
        ("justerare", "Lo Ek"),
    ]


def test_the_paragraphs_wrapped_under_their_label_stand_between_a_caption_and_its_name():
    """ "Underskrifter | Sekreterare | Paragrafer" over "20–25": the items wrap under their label."""
    box = [
        at("Underskrifter", 70, 141),
        at("Sekreterare", 171, 141),
        at("Paragrafer", 331, 141),
        at("20–25", 331, 161),
        at("Eva Strand", 171, 180),
        at("Ordförande", 171, 200),
        at("Kim Nyberg", 171, 240),
        at("Justerande", 171, 260),
        at("Lo Ek", 171, 299),
    ]
    assert [(s.role, s.lines[0].text) for s in signature_captions(box)] == [
        ("sekreterare", "Eva Strand"),
        ("ordförande", "Kim Nyberg"),
        ("justerare", "Lo Ek"),
    ]


def test_a_name_under_a_heading_of_another_role_is_no_caption_s():
    """ "Protokolljusterare" / name / "Sekreterare" / name: headings over their names, not a
    caption under the justerare's name."""
    block = [
        at("Protokolljusterare", 70, 437),
        at("Elsa Lindell", 70, 449),
        at("Sekreterare", 70, 468),
        at("Elias Bergendahl", 70, 480),
    ]
    assert [(s.role, s.lines[0].text) for s in signature_captions(block)] == [
        ("justerare", "Elsa Lindell"),
        ("sekreterare", "Elias Bergendahl"),
    ]


def test_a_grid_of_seats_by_organisation():
    doc = [
        at("Organisation", 64, 190),
        at("Ledamot", 156, 190),
        at("Ersättare", 326, 190),
        at("Askersund", 64, 202),
        at("Eva Strand", 156, 202),
        at("Kim Nyberg, ej tjg", 326, 202),
        at("Region Örebro", 64, 214),
        at("Lo Ek (ordf)", 156, 214),
        at("Per Berg", 156, 226),
    ]
    people, _ = read_roster(find_roster(doc))
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Eva Strand", "ledamot", "Askersunds kommun"),
        ("Lo Ek", "ordförande", "Region Örebro län"),
        ("Per Berg", "ledamot", "Region Örebro län"),
        ("Kim Nyberg", "ersättare", "Askersunds kommun"),
    ]


def test_a_header_row_opens_a_roster_and_an_ersatt_av_column_names_the_substitute():
    doc = [
        at("Ledamöter", 70, 90),
        at("Parti", 200, 90),
        at("Närvarande", 240, 90),
        at("Ersatt av", 330, 90),
        at("Eva Strand, ordförande", 70, 102),
        at("S", 200, 102),
        at("Ja", 240, 102),
        at("Kim Nyberg", 70, 114),
        at("M", 200, 114),
        at("Nej", 240, 114),
        at("Lo Ek (M)", 330, 114),
    ]
    people, absent = read_roster(find_roster(doc))
    assert [(p.name, p.role) for p in people] == [("Eva Strand", "ordförande"), ("Lo Ek", "ersättare")]
    assert [p.name for p in absent] == ["Kim Nyberg"]


@pytest.mark.parametrize(
    ("label", "cell", "present", "away"),
    [
        # a substitute serves only for a member who is not there
        ("Tjänstgörande ersättare", "Lo Ek", [("Eva Strand", "ordförande"), ("Lo Ek", "ersättare")], ["Kim Nyberg"]),
        ("Ersatt av", "Lo Ek (M)", [("Eva Strand", "ordförande"), ("Lo Ek", "ersättare")], ["Kim Nyberg"]),
        # a presence word in that column is the member's own, and names nobody
        ("Tjänstgörande ersättare", "Frånvarande", [("Eva Strand", "ordförande")], ["Kim Nyberg"]),
        ("Ersatt av", "Anmält förhinder", [("Eva Strand", "ordförande")], ["Kim Nyberg"]),
    ],
)
def test_a_member_whose_seat_a_substitute_took_was_not_there(label, cell, present, away):
    doc = [
        at("Ledamot", 70, 90),
        at("Parti", 250, 90),
        at(label, 290, 90),
        at("Eva Strand, ordförande", 70, 102),
        at("S", 250, 102),
        at("Kim Nyberg", 70, 114),
        at("M", 250, 114),
        at(cell, 290, 114),
    ]
    people, absent = read_roster(find_roster(doc))
    assert [(p.name, p.role) for p in people] == present
    assert [p.name for p in absent] == away


def test_an_appendix_roster_the_segmenter_met_too_is_read_once():
    """ "Beslutande: Se bilaga 1": the roster under "Bilaga 1" stands in for the reference, and
    the sections the segmenter cut from the same lines (the page read in its columns) go."""
    appendix = [
        at("Bilaga 1", 70, 60),
        at("Ledamot", 70, 90),
        at("Parti", 250, 90),
        at("Tjänstgörande ersättare", 290, 90),
        at("Eva Strand, ordförande", 70, 102),
        at("S", 250, 102),
        at("Kim Nyberg", 70, 114),
        at("M", 250, 114),
        at("Lo Ek", 290, 114),
    ]
    reference = RosterSection(heading="Beslutande", role=None, lines=(at("Se bilaga 1", 150, 40),))
    left = RosterSection(heading="Ledamot", role="ledamot", lines=(appendix[4], appendix[6]))
    right = RosterSection(heading="Ersättare", role="ersättare", lines=(appendix[8],))
    elsewhere = RosterSection(heading="Sekreterare", role="sekreterare", lines=(at("Ida Berg", 70, 700),))
    sections = appendix_rosters([reference.lines[0], *appendix], [reference, elsewhere, left, right])
    assert [s.heading for s in sections] == ["Ledamot", "Sekreterare"]
    people, absent = read_roster(sections)
    assert [(p.name, p.role) for p in people] == [
        ("Eva Strand", "ordförande"),
        ("Lo Ek", "ersättare"),
        ("Ida Berg", "sekreterare"),
    ]
    assert [p.name for p in absent] == ["Kim Nyberg"]


def test_a_roster_cut_by_the_page_foot_goes_on_at_the_top_of_the_next_page():
    doc = [
        at("Tjänstepersoner:", 70, 600),
        at("- Eva Strand, utvecklingsledare, Region Örebro län", 70, 612),
        at("Box 1613", 70, 800),
        at("701 16 Örebro", 70, 812),
        Line(text="- Kim Nyberg, analytiker, Region Örebro län", page=2, x0=70, top=90, x1=300, bottom=99, size=9),
    ]
    people, _ = read_roster(find_roster(doc))
    assert [p.name for p in people] == ["Eva Strand", "Kim Nyberg"]


def test_a_roster_heading_with_the_organisation_of_all_under_it():
    sections = find_roster(lines("Tjänstepersoner, Region Örebro län", "Eva Strand, enhetschef"))
    assert [(s.role, s.organization) for s in sections] == [("tjänsteperson", "Region Örebro län")]
    people, _ = read_roster(sections)
    assert [(p.name, p.organization) for p in people] == [("Eva Strand", "Region Örebro län")]


def test_a_dnr_between_the_number_and_the_title():
    items = find_items(lines("§ 1 Dnr KS 2024/1 Mötet öppnas", "Text.", "§ 2 Dnr KS 2024/2 Val av justerare", "Text."))
    assert [(i.number, i.title, i.dnr) for i in items] == [
        ("1", "Mötet öppnas", "KS 2024/1"),
        ("2", "Val av justerare", "KS 2024/2"),
    ]


def test_a_case_number_in_brackets_after_the_title_is_the_dnr():
    items = find_items(lines("§ 45 Lokalförsörjningsplan (KS 2024/213)", "Text.", "§ 46 Taxor (KS 2024/214)", "Text."))
    assert [(i.title, i.dnr) for i in items] == [("Lokalförsörjningsplan", "KS 2024/213"), ("Taxor", "KS 2024/214")]


def test_a_presence_grid_after_the_signatures_with_empty_cells_for_the_absent():
    doc = [
        at("Underskrifter", 70, 60),
        at("Sekreterare", 70, 72),
        at("Paragrafer 82–87", 70, 84),
        at("Lo Berg", 70, 96),
        at("Ledamöter", 70, 200),
        at("Parti", 200, 200),
        at("Närvarande", 240, 200),
        at("Tjänstgörande ersättare", 330, 200),
        at("Eva Strand", 70, 212),
        at("S", 200, 212),
        at("x", 240, 212),
        at("Kim Nyberg", 70, 224),
        at("M", 200, 224),
        at("Siv Hallgren (M)", 330, 224),
        at("Övriga närvarande", 70, 260),
        at("Titel", 220, 260),
        at("Paragrafer", 415, 260),
        at("Ola Ek", 70, 272),
        at("controller", 220, 272),
        at("§§ 82–87", 415, 272),
    ]
    people, absent = read_roster(find_roster(doc))
    assert [(p.name, p.role) for p in people] == [
        ("Lo Berg", "sekreterare"),
        ("Eva Strand", "ledamot"),
        ("Siv Hallgren", "ersättare"),
        ("Ola Ek", "tjänsteperson"),
    ]
    assert [p.name for p in absent] == ["Kim Nyberg"]


def test_captions_over_the_names_when_the_first_one_has_no_name_above_it():
    tail = [
        at("Underskrifter", 70, 600),
        at("Sekreterare", 70, 620),
        at("Paragrafer §§ 45–54", 70, 632),
        at("Eva Strand", 70, 644),
        at("Ordförande", 70, 670),
        at("Kim Nyberg", 70, 682),
        at("Justerande", 70, 700),
        at("Lo Ek", 70, 712),
    ]
    assert [(s.role, s.lines[0].text) for s in signature_captions(tail)] == [
        ("sekreterare", "Eva Strand"),
        ("ordförande", "Kim Nyberg"),
        ("justerare", "Lo Ek"),
    ]


def test_numbered_seats_of_a_roster_are_not_items():
    items = find_items(
        lines(
            "1. Anna Ek (S), ordförande",
            "2. Per Berg (M)",
            "3. Vakant",
            "4. Lo Ny (C)",
            "§ 63 Val av justerare",
            "Text.",
            "§ 64 Budget",
            "Text.",
        )
    )
    assert [i.number for i in items] == ["63", "64"]


def test_staff_of_an_organisation_listed_on_the_heading_line():
    sections = find_roster(lines("Från Region Örebro län: Kim Ek och Lo Berg."))
    people, _ = read_roster(sections)
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Kim Ek", "tjänsteperson", "Region Örebro län"),
        ("Lo Berg", "tjänsteperson", "Region Örebro län"),
    ]


def test_a_list_in_two_page_columns_with_a_heading_half_way_down_the_right_one():
    doc = [at("Närvarande ledamöter", 60, 150)]
    for k in range(6):
        doc.append(at(f"{k + 1}. Person{'abcdef'[k]} Ek (S)", 60, 162 + 12 * k))
        right = "Tjänstgörande ersättare" if k == 3 else f"{k + 20}. Person{'ghijkl'[k]} Berg (M)"
        doc.append(at(right, 300, 162 + 12 * k))
    sections = find_roster(doc)
    assert [(s.heading, s.role) for s in sections] == [
        ("Närvarande ledamöter", "ledamot"),
        ("Tjänstgörande ersättare", "ersättare"),
    ]
    assert [ln.text for ln in sections[1].lines] == ["24. Personk Berg (M)", "25. Personl Berg (M)"]


def test_an_agenda_printed_as_a_table_is_read_as_items():
    doc = [
        at("Nr", 60, 390),
        at("Rubrik", 86, 390),
        at("Anteckningar", 188, 390),
        at("Beslut", 378, 390),
        at("1", 60, 402),
        at("Välkommen och", 86, 402),
        at("Ordföranden hälsade välkommen.", 188, 402),
        at("Gruppen beslutade att godkänna", 378, 402),
        at("dagordning", 86, 414),
        at("dagordningen.", 378, 414),
        at("2", 60, 426),
        at("Verksamhetsplan", 86, 426),
        at("Ett utkast visades.", 188, 426),
        at("Utkastet godkändes.", 378, 426),
        at("Vid anteckningarna", 60, 500),
    ]
    seg = segment(doc)
    assert [(i.number, i.title) for i in seg.items] == [("1", "Välkommen och dagordning"), ("2", "Verksamhetsplan")]
    from pipeline.parse.decisions import find_decisions

    assert [d.text for d in find_decisions(seg.items[0].lines)] == ["Gruppen beslutade att godkänna dagordningen."]


# A table cell is as narrow as its column: its lines end where the column does, so a line that
# ends without a full stop before a capital ("… uppdrog åt Gösta" over "Björklund att …") is no
# heading; only a listed point, an att-clause or the line after a lead's colon starts a part.
@pytest.mark.parametrize(
    ("cell", "decisions"),
    [
        (
            ["Styrgruppen uppdrog åt Gösta", "Björklund att sammanställa ett", "förslag till indikatorer."],
            ["Styrgruppen uppdrog åt Gösta Björklund att sammanställa ett förslag till indikatorer."],
        ),
        (
            ["Gruppen beslutade att uppdra åt", "Hedvig Blomgren att formulera nya", "uppdragsbeskrivningar."],
            ["Gruppen beslutade att uppdra åt Hedvig Blomgren att formulera nya uppdragsbeskrivningar."],
        ),
        (
            ["Planen godkändes.", "Rapporten lades till", "handlingarna."],
            ["Planen godkändes.", "Rapporten lades till handlingarna."],
        ),
        (
            ["Gruppen beslutade", "att godkänna planen,", "att uppdra åt Kim Ek att", "redovisa den."],
            ["Gruppen beslutade att godkänna planen", "Gruppen beslutade att uppdra åt Kim Ek att redovisa den"],
        ),
        (
            ["Gruppen beslutade:", "1. Planen godkänns.", "2. Uppdraget ges åt Ida", "Björk."],
            ["Planen godkänns.", "Uppdraget ges åt Ida Björk."],
        ),
    ],
)
def test_a_decision_cell_s_wrapped_lines_are_one_text(cell, decisions):
    from pipeline.parse.decisions import find_decisions

    header = [at("Nr", 60, 390), at("Rubrik", 86, 390), at("Anteckningar", 188, 390), at("Beslut", 378, 390)]
    first = [at("1", 60, 402), at("Uppföljning", 86, 402), at("Gruppen diskuterade", 188, 402)]
    wrapped = [at(text, 378, 402 + 12 * k) for k, text in enumerate(cell)]
    end = 402 + 12 * len(cell)
    second = [at("2", 60, end), at("Övrigt", 86, end), at("Inget togs upp.", 188, end)]
    seg = segment([*header, *first[:2], wrapped[0], first[2], *wrapped[1:], *second])
    assert [(i.number, i.title) for i in seg.items] == [("1", "Uppföljning"), ("2", "Övrigt")]
    assert [d.text for d in find_decisions(seg.items[0].lines)] == decisions
    # the notes cell is the item's text, no decision
    assert seg.items[0].lines[0].text == "Gruppen diskuterade"


def test_paragraphs_may_skip_numbers_where_items_are_confidential_or_left_out():
    items = find_items(lines("§ 12 Val av justerare", "Text.", "§ 17 Budget", "Text.", "§ 31 Avslutning", "Text."))
    assert [i.number for i in items] == ["12", "17", "31"]
    # a bare numbered list may not: "2." and "9." are not one agenda
    items = find_items(lines("1. Mötet öppnas", "Text.", "2. Val", "Text.", "9. Nio saker", "Text."))
    assert [i.number for i in items] == ["1", "2"]


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("5 §. Budget 2026", "5"),
        ("Ärende nr 5 Budget 2026", "5"),
        ("Punkt nr. 5: Budget 2026", "5"),
        ("Nr 5 Budget 2026", "5"),
        ("§ 05 Budget 2026", "05"),
    ],
)
def test_more_item_heading_forms(heading, number):
    other = heading.replace("5", "6", 1).replace("Budget 2026", "Övriga frågor")
    items = find_items(lines(heading, "Text.", other, "Text."))
    assert [(i.number, i.title) for i in items][0] == (number, "Budget 2026")


def test_a_case_number_before_the_title_or_alone_under_the_number_is_the_dnr():
    items = find_items(lines("§ 5 KS 2024/12 Budget 2026", "Text.", "§ 6", "KS 2024/40", "Taxor 2026", "Text."))
    assert [(i.number, i.title, i.dnr) for i in items] == [
        ("5", "Budget 2026", "KS 2024/12"),
        ("6", "Taxor 2026", "KS 2024/40"),
    ]


@pytest.mark.parametrize(
    ("label", "case"),
    [
        ("", "KS 2024/12"),
        ("Dnr ", "KS 2024/12"),
        ("Dnr: ", "KS 2024/12"),
        ("Diarienummer ", "KS 2024/12"),
        ("Dnr ", "2024/12"),
    ],
)
def test_a_case_number_alone_above_an_items_heading_is_that_items_dnr(label, case):
    """Case numbers printed over each § heading: the first item's comes after the front matter,
    and each later one ends the text of the item before it, where it does not belong."""
    other = case.replace("/12", "/40")
    doc = lines("Protokoll", "Närvarande", "Anna Ek (S)", label + case, "§ 5 Budget 2026", "Text.")
    doc += lines(label + other, "§ 6 Taxor 2026", "Text om taxor.")
    items = find_items(doc)
    assert [(i.number, i.title, i.dnr) for i in items] == [("5", "Budget 2026", case), ("6", "Taxor 2026", other)]
    assert [ln.text for ln in items[0].lines] == ["Text."]  # not the next one's case number


def test_a_labelled_line_that_is_no_case_number_stays_in_its_item():
    items = find_items(lines("§ 5 Budget 2026", "Text.", "Dnr: se bilaga", "§ 6 Taxor 2026", "Text."))
    assert [i.dnr for i in items] == [None, None]
    assert [ln.text for ln in items[0].lines] == ["Text.", "Dnr: se bilaga"]


@pytest.mark.parametrize("heading", ["Paragrafförteckning", "Ärenden", "Agenda", ""])
def test_a_list_of_the_items_before_them_is_a_table_of_contents_with_or_without_heading(heading):
    doc = lines(
        "Protokoll",
        heading,
        "§ 1 Mötets öppnande",
        "§ 2 Val av justerare",
        "§ 3 Budget 2026",
        "§ 1 Mötets öppnande",
        "Text.",
        "§ 2 Val av justerare",
        "Text.",
        "§ 3 Budget 2026",
        "Text.",
    )
    items = find_items([ln for ln in doc if ln.text])
    assert [(i.number, [ln.text for ln in i.lines]) for i in items] == [
        ("1", ["Text."]),
        ("2", ["Text."]),
        ("3", ["Text."]),
    ]


def test_an_agenda_list_ends_the_roster_above_it():
    sections = find_roster(
        lines(
            "Ersättare:",
            "Eva Strand, Kumla kommun",
            "Kim Nyberg, Nora kommun",
            "1. Mötets öppnande",
            "2. Val av justerare",
            "3. Budget 2026",
        )
    )
    assert [[ln.text for ln in s.lines] for s in sections] == [["Eva Strand, Kumla kommun", "Kim Nyberg, Nora kommun"]]


def test_minutes_headings_set_apart_by_capitals_alone():
    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("Chefsgrupp folkhälsa", 10),
        sized("4 mars 2025", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("VÄLKOMMEN", 10),
        sized("Ordföranden hälsade.", 10),
        sized("VERKSAMHETSPLAN 2026", 10),
        sized("Planen godkändes.", 10),
        sized("NÄSTA MÖTE", 10),
        sized("Mötet hålls i maj.", 10),
    ]
    assert [(i.number, i.title) for i in find_items(doc)] == [
        ("1", "VÄLKOMMEN"),
        ("2", "VERKSAMHETSPLAN 2026"),
        ("3", "NÄSTA MÖTE"),
    ]


def test_a_number_at_the_right_of_its_title():
    doc = [
        at("Protokoll", 70, 60),
        at("Budget 2026", 70, 100),
        at("§ 5", 480, 100),
        at("Text om budgeten.", 70, 114),
        at("Taxor 2026", 70, 140),
        at("§ 6", 480, 140),
        at("Text om taxorna.", 70, 154),
    ]
    seg = segment(doc)
    assert [(i.number, i.title, [ln.text for ln in i.lines]) for i in seg.items] == [
        ("5", "Budget 2026", ["Text om budgeten."]),
        ("6", "Taxor 2026", ["Text om taxorna."]),
    ]
    assert [ln.text for ln in seg.front] == ["Protokoll"]


def test_a_page_in_two_columns_of_running_text_is_read_column_by_column():
    prose = "Förvaltningen har berett ärendet och redovisar"
    left = ["§ 5 Budget 2026", prose, prose, "Beslut", "Nämnden beslutar att anta budgeten.", prose, prose]
    right = [prose, prose, "§ 6 Taxor 2026", prose, "Beslut", "Nämnden beslutar att anta taxorna.", prose]
    doc = [at("Protokoll", 70, 60)]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        doc += [at(a, 70, 100 + 12 * k), at(b, 70 + 6 * len(prose) + 20, 100 + 12 * k)]
    items = segment(doc).items
    assert [(i.number, [ln.text for ln in i.lines]) for i in items] == [
        ("5", [prose, prose, "Beslut", "Nämnden beslutar att anta budgeten.", prose, prose, prose, prose]),
        ("6", [prose, "Beslut", "Nämnden beslutar att anta taxorna.", prose]),
    ]


def test_minutes_headings_one_point_larger_than_the_text():
    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("Chefsgrupp folkhälsa", 10),
        sized("4 mars 2025", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Välkommen", 11),
        sized("Ordföranden hälsade.", 10),
        sized("Verksamhetsplan", 11),
        sized("Planen godkändes.", 10),
        sized("Nästa möte", 11),
        sized("Mötet hålls i maj.", 10),
    ]
    assert [i.title for i in find_items(doc)] == ["Välkommen", "Verksamhetsplan", "Nästa möte"]


def test_bold_labels_inside_minutes_points_are_not_points():
    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("Chefsgrupp folkhälsa", 10),
        sized("4 mars 2025", 10),
        sized("Närvarande: Eva Strand", 10),
    ]
    for title in ("Välkommen", "Verksamhetsplan", "Nästa möte"):
        doc += [
            sized(title, 12, True),
            sized("Text.", 10),
            sized("Åtgärd", 10, True),
            sized("Kim skickar ut.", 10),
            sized("Ansvarig", 10, True),
            sized("Kim Nyberg", 10),
        ]
    assert [i.title for i in find_items(doc)] == ["Välkommen", "Verksamhetsplan", "Nästa möte"]


@pytest.mark.parametrize("label", ["Diarienummer", "Ärendenr", "Dnr"])
def test_a_registry_number_in_the_heading_line_is_not_the_title(label):
    items = find_items(lines(f"§ 5 Budget 2026 {label} KS 2024/12", "Text.", "§ 6 Taxor 2026", "Text."))
    assert items[0].title == "Budget 2026"


@pytest.mark.parametrize(
    "text,body",
    [
        ("Specifika samverkansrådet för folkhälsa", "Specifika samverkansrådet för folkhälsa"),
        ("Närvarande från Socialnämnden:", "Socialnämnden"),
        ("Styrgrupp barn och unga", "Styrgrupp barn och unga"),
        ("Socialnämnden Kumla kommun", "Socialnämnden Kumla kommun"),
        ("Regionala samverkansrådet Vera Holmgren", None),  # a letterhead cell run into a name
        ("Anna Ek, Socialnämnden", None),  # an entry
        ("Ledamöter", None),
    ],
)
def test_a_roster_part_may_be_headed_by_its_body(text, body):
    from pipeline.parse.segment import body_heading

    assert body_heading(text) == body


def test_a_joint_meetings_roster_is_split_by_the_body_headings_and_no_other_is():
    from pipeline.parse.segment import roster_sections_by_body

    def ln(text, top):
        return Line(text=text, page=1, x0=70.0, top=float(top))

    front = [
        ln("Specifika samverkansrådet för folkhälsa", 100),
        ln("Ledamöter:", 115),
        ln("Anna Ek, Nora kommun", 130),
        ln("Specifika samverkansrådet för social välfärd samt vård och omsorg", 150),
        ln("Ledamöter:", 165),
        ln("Per Berg, Laxå kommun", 180),
    ]
    sections = find_roster(front)
    parts = roster_sections_by_body(front, sections, joint=True)
    assert [(body, [line.text for s in secs for line in s.lines]) for body, secs in parts] == [
        ("Specifika samverkansrådet för folkhälsa", ["Anna Ek, Nora kommun"]),
        ("Specifika samverkansrådet för social välfärd samt vård och omsorg", ["Per Berg, Laxå kommun"]),
    ]
    assert [body for body, _ in roster_sections_by_body(front, sections, joint=False)] == [None]


@pytest.mark.parametrize(
    "text,joint",
    [
        ("Protokoll från gemensamt möte för samverkansråden", True),
        ("Gemensamt sammanträde med socialnämnden", True),
        ("Gemensamma punkter för råden", True),
        ("Protokoll, ordinarie sammanträde", False),
    ],
)
def test_a_joint_meeting_says_so_in_its_head(text, joint):
    from pipeline.parse.classify import JOINT

    assert bool(JOINT.search(text)) is joint


@pytest.mark.parametrize(
    "marker", ["§ 12 (forts.)", "§ 12 forts.", "12 § (forts)", "Punkt 12, forts.", "forts. § 12", "§ 12 Fortsättning"]
)
def test_a_page_top_repeating_the_item_in_progress_is_not_an_item(marker):
    items = segment(
        lines(
            "§ 11 Budget",
            "Beslut",
            "Nämnden antar budgeten.",
            "§ 12",
            "Taxor",
            "Förvaltningen har",
            marker,
            "berett taxorna.",
            "§ 13 Övrigt",
        )
    ).items
    assert [(i.number, i.title) for i in items] == [("11", "Budget"), ("12", "Taxor"), ("13", "Övrigt")]
    assert [ln.text for ln in items[1].lines] == ["Förvaltningen har", "berett taxorna."]


def test_an_item_titled_like_a_continuation_word_is_still_an_item():
    assert [i.title for i in segment(lines("§ 1 Fortsatt arbete med planen", "Text.", "§ 2 Övrigt")).items] == [
        "Fortsatt arbete med planen",
        "Övrigt",
    ]


def test_the_attendance_printed_after_the_last_item_is_the_roster():
    seg = segment(
        lines(
            "Minnesanteckningar",
            "Punkt 1: Välkommen",
            "Dagordningen godkändes.",
            "Punkt 2: Övrigt",
            "Inga övriga frågor.",
            "Närvarande",
            "Kim Ek, socialchef, Kumla kommun (ordf)",
            "Lo Berg, enhetschef, Örebro kommun",
            "Från Region Örebro län",
            "Siv Nord, analytiker, Region Örebro län",
            "Antecknare: Siv Nord",
        )
    )
    assert [ln.text for ln in seg.items[-1].lines] == ["Inga övriga frågor."]
    people, _ = read_roster(seg.roster)
    assert {(p.name, p.role) for p in people} >= {
        ("Kim Ek", "ordförande"),
        ("Lo Berg", "ledamot"),
        ("Siv Nord", "tjänsteperson"),
    }


def test_a_roster_word_in_the_last_items_text_does_not_end_it():
    seg = segment(
        lines(
            "§ 1 Val av justerare", "Kim Ek utsågs.", "§ 2 Övrigt", "Ledamöter", "ska lämna förslag", "före nästa möte."
        )
    )
    assert len(seg.items[-1].lines) == 3 and not seg.roster


def test_a_label_column_beside_a_long_list_is_not_two_columns_of_text():
    def at(text, x, top, bold=False):
        return Line(text=text, page=1, x0=x, top=top, x1=x + 5.2 * len(text), bottom=top + 9, size=9.5, bold=bold)

    labels = [
        "Tid",
        "Plats",
        "Beslutande",
        "Övriga närvarande",
        "Protokolljusterare",
        "Sekreterare",
        "Protokollet justerat",
    ]
    values = [
        ["4.3.2025 kl. 13.00–15.30"],
        ["Kommunhuset, Björksalen"],
        [
            "Lindgren Anna (S), ordf.",
            "Sandberg Erik (M)",
            "Holm Karin (V)",
            "Berg Per (C)",
            "Ek Lars (L)",
            "Nord Eva (S)",
            "Ström Sven (M)",
            "Dahl Maria (KD)",
        ],
        ["Falk Ingrid, ekonomichef"],
        ["Sandberg Erik"],
        ["Lind Carola"],
        ["12.3.2025"],
    ]
    page, top = [], 100.0
    for label, vals in zip(labels, values, strict=True):
        for k, v in enumerate(vals):
            if k == 0:
                page.append(at(label, 70, top, bold=True))
            page.append(at(v, 180, top))
            top += 12
        top += 8
    seg = segment([*page, at("§ 1 Budget", 70, top + 20, bold=True), at("Text.", 70, top + 34)])
    beslutande = next(s for s in seg.roster if s.heading == "Beslutande")
    assert [ln.text for ln in beslutande.lines][:2] == ["Lindgren Anna (S), ordf.", "Sandberg Erik (M)"]


def test_the_running_header_repeating_the_paragraph_at_the_top_of_the_next_page_is_not_the_item():
    doc = [
        *lines(
            "Paragraf 10",
            "Budget",
            "Text.",
            "Paragraf 11",
            "Riktlinjer för stöd",
            "Ärendebeskrivning",
            "Förvaltningen har sett över riktlinjerna.",
            page=2,
        ),
        *lines("§ 11", "Beslutsunderlag", "- Tjänsteskrivelse", "Paragraf 12", "Övrigt", "Inget.", page=3),
    ]
    items = segment(doc).items
    assert [(i.number, i.title, i.page) for i in items] == [
        ("10", "Budget", 2),
        ("11", "Riktlinjer för stöd", 2),
        ("12", "Övrigt", 3),
    ]


@pytest.mark.parametrize(
    "decision",
    [
        ["Rådet beslutade", "1. att anta budgeten,", "2. att avsätta medel,", "3. att uppdra åt kansliet."],
        ["Beslut", "1. Rådet antar budgeten.", "2. Rådet avsätter medel.", "3. Rådet uppdrar åt kansliet."],
    ],
)
def test_a_decisions_numbered_list_is_not_the_next_items(decision):
    items = find_items(
        lines("1. Mötets öppnande", "Text.", "2. Budget", *decision, "3. Riktlinjer", "Text.", "4. Övrigt", "Inget.")
    )
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötets öppnande"),
        ("2", "Budget"),
        ("3", "Riktlinjer"),
        ("4", "Övrigt"),
    ]


def test_short_items_and_a_later_numbered_decision_are_no_table_of_contents():
    items = find_items(
        lines(
            "1. Mötets öppnande",
            "Text.",
            "2. Budget",
            "Text.",
            "3. Riktlinjer",
            "Beslut",
            "1. Rådet antar budgeten.",
            "2. Rådet avsätter medel.",
            "3. Rådet uppdrar åt kansliet.",
            "4. Rådet ger kansliet i uppdrag.",
            "4. Övrigt",
            "Inget.",
            "5. Nästa möte",
            "Text.",
        )
    )
    assert [i.title for i in items] == ["Mötets öppnande", "Budget", "Riktlinjer", "Övrigt", "Nästa möte"]


@pytest.mark.parametrize("heading", ["1.", "Punkt 1"])
def test_numbers_over_their_titles_and_a_numbered_list_of_views_further_down(heading):
    """Short items whose number stands over its title ("1." / "Välkommen") are no agenda of a
    numbered list of points inside a later item, and "3. Uppföljningen ska ske …" of that list,
    a sentence, does not take the place of the "3." over its title a few lines above it."""
    n = heading.replace("1", "{n}")
    items = find_items(
        lines(
            n.format(n=1),
            "Välkommen",
            "Dagordningen godkändes.",
            n.format(n=2),
            "Föregående anteckningar",
            "De lades till handlingarna.",
            n.format(n=3),
            "Riktlinjer",
            "Synpunkter:",
            "1. Tidplanen är snäv.",
            "2. Kostnaderna fördelas efter invånarantal.",
            "3. Uppföljningen ska ske med befintliga indikatorer.",
            "Gruppen godkände riktlinjerna.",
            n.format(n=4),
            "Övrigt",
            "Inget.",
        )
    )
    assert [(i.number, i.title) for i in items] == [
        ("1", "Välkommen"),
        ("2", "Föregående anteckningar"),
        ("3", "Riktlinjer"),
        ("4", "Övrigt"),
    ]


@pytest.mark.parametrize("label", ["Ärende {n}:", "§ {n}.", "Punkt {n}:"])
def test_a_heading_with_its_punctuation_alone_and_the_title_under_it(label):
    items = find_items(
        lines(
            label.format(n=1),
            "Mötets öppnande",
            "Text.",
            label.format(n=2),
            "Budget",
            "Text.",
            label.format(n=3),
            "Övrigt",
        )
    )
    assert [(i.number, i.title) for i in items] == [("1", "Mötets öppnande"), ("2", "Budget"), ("3", "Övrigt")]


def test_sub_points_under_a_title_are_not_part_of_it():
    items = find_items(lines("1. Mötets öppnande", "Text.", "2. Rapporter", "a) ekonomi", "b) personal", "3. Övrigt"))
    assert [i.title for i in items] == ["Mötets öppnande", "Rapporter", "Övrigt"]
    assert [ln.text for ln in items[1].lines] == ["a) ekonomi", "b) personal"]


def test_a_role_in_the_first_column_of_a_table_is_a_cell_but_a_label_beside_the_table_is_a_heading():
    sections = find_roster(
        [
            at("Funktion", 70, 90),
            at("Namn", 170, 90),
            at("Parti", 300, 90),
            at("2:e vice ordförande", 70, 100),
            at("Eva Strand", 170, 100),
            at("S", 300, 100),
            at("ledamot", 70, 112),
            at("Kim Nyberg", 170, 112),
            at("M", 300, 112),
            at("Ersättare", 70, 130),
            at("Lo Ek (KD)", 170, 130),
        ]
    )
    assert [s.heading for s in sections] == ["Funktion"]
    sections = find_roster(
        [
            at("Beslutande", 70, 90),
            at("Namn", 170, 90),
            at("Parti", 300, 90),
            at("Eva Strand", 170, 100),
            at("S", 300, 100),
            at("Tjänstgörande ersättare", 70, 130),
            at("Lo Ek (KD)", 170, 130),
        ]
    )
    assert [(s.heading, s.role) for s in sections] == [("Beslutande", None), ("Tjänstgörande ersättare", "ersättare")]


@pytest.mark.parametrize(
    "heading", ["Närvarande ledamöter och ersättare:", "Ledamöter och ersättare", "Närvarande ledamöter samt ersättare"]
)
def test_a_heading_naming_members_and_substitutes_leaves_the_role_to_each_line(heading):
    sections = find_roster(lines(heading, "Eva Strand, Kumla kommun", "Kim Nyberg, Nora kommun, ersättare"))
    participants, _ = read_roster(sections)
    assert [(p.name, p.role) for p in participants] == [("Eva Strand", "ledamot"), ("Kim Nyberg", "ersättare")]


def test_a_table_of_contents_over_unnumbered_headings_is_not_an_item():
    doc = [
        sized("Minnesanteckningar – Styrgrupp barn och unga", 14, True),
        sized("14 oktober 2024", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Ärendelista", 13, True),
        sized("1. Välkommen ........................ 1", 10),
        sized("2. Verksamhetsplan .................. 1", 10),
        sized("3. Nästa möte ....................... 2", 10),
        sized("Välkommen", 13, True),
        sized("Ordföranden hälsade.", 10),
        sized("Verksamhetsplan", 13, True),
        sized("Planen godkändes.", 10),
        sized("Nästa möte", 13, True),
        sized("Mötet hålls i maj.", 10),
    ]
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [("1", "Välkommen"), ("2", "Verksamhetsplan"), ("3", "Nästa möte")]


def test_running_text_wrapped_before_a_role_word_goes_on():
    sections = find_roster(
        lines(
            "Beslutande ledamöter: Kim Ek (S), ordförande, Albin Berg (M),",
            "1:e vice ordförande, Lo Ström (SD), Ola Ny (C)",
        )
    )
    participants, _ = read_roster(sections)
    assert [(p.name, p.role) for p in participants] == [
        ("Kim Ek", "ordförande"),
        ("Albin Berg", "vice ordförande"),
        ("Lo Ström", "ledamot"),
        ("Ola Ny", "ledamot"),
    ]


def test_a_title_that_wraps_is_one_title():
    doc = [
        Line(text="Punkt 1 INFORMATION OM STATSBIDRAG – YTTRANDE ÖVER REMISS FRÅN", page=1, size=11),
        Line(text="REGION ÖREBRO LÄN OM GEMENSAMMA RIKTLINJER", page=1, size=11),
        Line(text="Kim Ek informerade.", page=1, size=10),
        Line(text="Punkt 2 REGIONAL HANDLINGSPLAN ENLIGT GÄLLANDE", page=1, size=11),
        Line(text="ÖVERENSKOMMELSE", page=1, size=11),
        Line(text="Planen godkändes.", page=1, size=10),
    ]
    assert [i.title for i in find_items(doc)] == [
        "INFORMATION OM STATSBIDRAG – YTTRANDE ÖVER REMISS FRÅN REGION ÖREBRO LÄN OM GEMENSAMMA RIKTLINJER",
        "REGIONAL HANDLINGSPLAN ENLIGT GÄLLANDE ÖVERENSKOMMELSE",
    ]


def test_an_unnumbered_heading_that_wraps_is_one_item():
    doc = [
        sized("Minnesanteckningar – Styrgrupp barn och unga", 14, True),
        sized("14 oktober 2024", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Välkommen", 13, True),
        sized("Ordföranden hälsade.", 10),
        sized("Remissvar om hemsjukvård – yttrande över remiss från Region Örebro län om", 13, True),
        sized("gemensamma riktlinjer", 13, True),
        sized("Kim Nyberg sammanfattade svaren.", 10),
        sized("Nästa möte", 13, True),
        sized("Mötet hålls i maj.", 10),
    ]
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Välkommen"),
        ("2", "Remissvar om hemsjukvård – yttrande över remiss från Region Örebro län om gemensamma riktlinjer"),
        ("3", "Nästa möte"),
    ]


def test_a_date_label_is_no_body_abbreviation_before_an_item_number():
    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("Datum 14 november 2025", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Välkommen", 13, True),
        sized("Ordföranden hälsade.", 10),
        sized("Verksamhetsplan", 13, True),
        sized("Planen godkändes.", 10),
        sized("Nästa möte", 13, True),
        sized("Mötet hålls i maj.", 10),
    ]
    assert [(i.number, i.title) for i in find_items(doc)] == [
        ("1", "Välkommen"),
        ("2", "Verksamhetsplan"),
        ("3", "Nästa möte"),
    ]


@pytest.mark.parametrize(
    "attendance",
    [
        ["Närvaro", "Ordförande: Eva Strand, Region Örebro län", "Närvarande: Kim Nyberg, Kumla, Lo Ek, Nora"],
        ["Närvarande", "Askersunds kommun: Kim Nyberg, Lo Ek (ers)", "Nora kommun: Ola Ny, Siv Berg (ers)"],
        ["Närvaro", "Namn", "Funktion", "Eva Strand", "ordförande"],
    ],
)
def test_the_attendance_after_the_last_item_ends_it(attendance):
    seg = segment(
        lines("Protokoll", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "§ 2 Mötets avslutande", *attendance)
    )
    assert [ln.text for ln in seg.items[-1].lines] == []
    assert seg.roster


def test_a_roll_call_table_in_the_last_item_is_its_vote_not_the_attendance():
    roll_call = [
        "Omröstning",
        "Ledamot",
        "Parti",
        "Ja",
        "Nej",
        "Avstår",
        "Eva Strand",
        "S",
        "X",
        "Kim Nyberg",
        "M",
        "X",
    ]
    seg = segment(lines("Protokoll", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "§ 2 Budget", *roll_call))
    assert [ln.text for ln in seg.items[-1].lines] == roll_call
    assert not seg.back


def test_a_table_of_contents_ends_the_roster_section_above_it():
    sections = find_roster(lines("Närvarande: se bilaga 1", "Ärendelista", "1. Mötets öppnande"))
    assert [[ln.text for ln in s.lines] for s in sections] == [["se bilaga 1"]]


def test_an_appendix_and_the_signatures_are_no_unnumbered_items():
    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("14 oktober 2024", 10),
        sized("Närvarande: Eva Strand, Kim Nyberg", 10),
        sized("Välkommen", 13, True),
        sized("Ordföranden hälsade.", 10),
        sized("Verksamhetsplan", 13, True),
        sized("Planen godkändes.", 10),
        sized("Nästa möte", 13, True),
        sized("Mötet hålls i maj.", 10),
        sized("Underskrifter", 13, True),
        sized("Eva Strand", 10),
        sized("Bilaga 1", 13, True),
        sized("Kim Nyberg, Kumla kommun", 10),
    ]
    assert [i.title for i in find_items(doc)] == ["Välkommen", "Verksamhetsplan", "Nästa möte"]


def test_a_table_of_contents_in_another_numbering_style_than_the_items():
    doc = [
        *lines("Sammanträdesprotokoll", "Ärendelista", "15. Val av justerare ....... 1", "16. Budget ....... 1"),
        *lines("17. Taxor ....... 2", "Paragraf 15", "VAL AV JUSTERARE", "Kim Ek utsågs att justera."),
        *lines("Paragraf 16", "BUDGET", "Budgeten antogs.", "Paragraf 17", "TAXOR", "Taxorna"),
        *lines("§ 17", "fastställdes.", page=2),
    ]
    assert [(i.number, i.title) for i in find_items(doc)] == [
        ("15", "VAL AV JUSTERARE"),
        ("16", "BUDGET"),
        ("17", "TAXOR"),
    ]


def test_the_attendance_after_the_items_in_running_text_under_its_own_heading():
    seg = segment(
        lines(
            "Minnesanteckningar",
            "Punkt 1 Välkommen",
            "Ordföranden hälsade välkommen.",
            "Punkt 2 Nästa möte",
            "Nästa möte äger rum i maj.",
            "Deltagare vid mötet",
            "Beslutande: Eva Strand, socialchef, Kumla kommun (ordf); Kim Nyberg, kommunchef,",
            "Nora kommun; Lo Ek, enhetschef, Laxå kommun.",
        )
    )
    assert [ln.text for ln in seg.items[-1].lines] == ["Nästa möte äger rum i maj."]
    participants, _ = read_roster(seg.roster)
    assert [p.name for p in participants] == ["Eva Strand", "Kim Nyberg", "Lo Ek"]


def test_a_bold_decision_label_in_the_headings_font_under_an_unnumbered_heading():
    doc = [
        sized("Protokoll", 14, True),
        sized("Rådet", 11),
        sized("Datum 2025-03-04", 11),
        sized("Mötets öppnande", 11, True),
        sized("Ordföranden öppnade mötet.", 11),
        sized("Val av justerare", 11, True),
        sized("Rådets beslut", 11, True),
        sized("Till justerare utsågs Kim Ek.", 11),
        sized("Budget", 11, True),
        sized("Rådets beslut", 11, True),
        sized("Budgeten fastställdes.", 11),
    ]
    assert [i.title for i in find_items(doc)] == ["Mötets öppnande", "Val av justerare", "Budget"]


def test_names_in_two_columns_under_role_headings_are_no_columns_of_text():
    names = ["Kalle Kron", "Dagny Id", "Elsa Grip", "Lo Ek", "Hedvig Asp", "Sune Frisk", "Einar Nord", "Ola Ny"]
    subs = ["Kim Holm", "Siv Berg", "Per Ås", "Tor Sund", "Ann Lind", "Bo Dal"]
    doc = [at("Protokoll", 70, 60), at("Ordinarie ledamöter:", 70, 88)]
    for k in range(4):
        doc += [at(f"{names[k]} (SD), Askersunds kommun", 70, 100 + 12 * k)]
        doc += [at(f"{names[k + 4]} (C), Lekebergs kommun", 310, 100 + 12 * k)]
    doc.append(at("Ersättare:", 70, 160))
    for k in range(3):
        doc += [at(f"{subs[k]} (S), Kumla kommun", 70, 172 + 12 * k)]
        doc += [at(f"{subs[k + 3]} (M), Nora kommun", 310, 172 + 12 * k)]
    participants, _ = read_roster(segment(doc).roster)
    assert {p.name for p in participants if p.role == "ledamot"} == set(names)
    assert {p.name for p in participants if p.role == "ersättare"} == set(subs)


def test_a_title_repeated_as_going_on_and_a_running_bare_number_are_not_the_items_text():
    doc = [
        *lines("Protokoll", "§ 46 Ansökan om föreningsbidrag", "Föreningen söker medel.", "Beslut"),
        *lines("§ 46", "Ansökan om föreningsbidrag, forts.", "Nämnden beviljar bidraget.", page=2),
        *lines("§ 47 Taxor", "Taxorna antogs.", page=2),
    ]
    items = segment(doc).items
    assert [ln.text for ln in items[0].lines] == ["Föreningen söker medel.", "Beslut", "Nämnden beviljar bidraget."]


def test_a_justerare_label_in_a_tables_first_column_stays_a_heading():
    sections = find_roster(
        [
            at("Namn", 70, 90),
            at("Funktion", 200, 90),
            at("Eva Strand", 70, 100),
            at("ordförande", 200, 100),
            at("Justerare", 70, 130),
            at("Kim Nyberg", 200, 130),
        ]
    )
    assert [(s.heading, s.role) for s in sections][-1] == ("Justerare", "justerare")


def wrapped_two_column_roster() -> tuple[list[Line], list[str], list[str], list[str]]:
    """Each entry wraps inside its column, the organisation going on indented under the name
    ("Kalle Kron (SD), Askersunds" over "kommun"), and in one column an entry fits where the
    other's wraps."""

    def at(text: str, x: float, top: float) -> Line:  # long lines that nearly fill their column
        return Line(text=text, page=1, x0=x, top=top, x1=x + 7.5 * len(text), bottom=top + 9, size=9)

    towns = ["Askersunds", "Degerfors", "Hallsbergs", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekebergs"]
    names = ["Kalle Kron", "Dagny Id", "Elsa Grip", "Lo Ek", "Hedvig Asp", "Sune Frisk", "Einar Nord", "Ola Ny"]
    subs = ["Kim Holm", "Siv Berg", "Per Ås", "Tor Sund", "Ann Lind", "Bo Dal", "Eje Lax", "Ulla Ros"]
    doc = [at("Protokoll", 70, 60), at("Ordinarie ledamöter:", 70, 88)]
    top = 100.0
    for k in range(4):
        doc += [
            at(f"{names[2 * k]} (SD), {towns[2 * k]}", 70, top),
            at(f"{names[2 * k + 1]} (C), {towns[2 * k + 1]}", 280, top),
        ]
        doc += [at("kommun", 78, top + 12), at("kommun", 288, top + 12)]
        top += 25
    doc.append(at("Ersättare:", 70, top + 8))
    top += 20
    column = {70.0: top, 280.0: top}
    for k, sub in enumerate(subs):
        x = 70.0 if k % 2 == 0 else 280.0
        if k == 3:  # fits on its line while the entry beside it wraps
            doc.append(at(f"{sub} (S), {towns[k]} kommun", x, column[x]))
            column[x] += 12
        else:
            doc += [at(f"{sub} (S), {towns[k]}", x, column[x]), at("kommun", x + 8, column[x] + 12)]
            column[x] += 25
    doc.sort(key=lambda ln: (ln.top, ln.x0))
    return doc, towns, names, subs


def test_names_in_two_columns_that_wrap_inside_their_column_keep_their_role_and_organisation():
    doc, towns, names, subs = wrapped_two_column_roster()
    participants, _ = read_roster(segment(doc).roster)
    got = {(p.name, p.role, p.organization) for p in participants}
    assert got == {(n, "ledamot", f"{towns[k]} kommun") for k, n in enumerate(names)} | {
        (n, "ersättare", f"{towns[k]} kommun") for k, n in enumerate(subs)
    }


def test_names_in_two_columns_that_wrap_are_no_two_columns_of_text():
    """Rows where an entry's wrapped rest stands beside the next entry of the other column are
    rows of a list of names, not prose to be read down the left column first."""
    from pipeline.parse.layout import text_column_order
    from pipeline.parse.people import starts_entry

    doc, *_ = wrapped_two_column_roster()
    assert text_column_order(doc, starts_entry) == doc


def test_names_beside_titles_after_two_columns_of_wrapped_names_stay_beside_their_titles():
    """The two columns of names, then officials with their titles in a column at the right
    column's edge: neither block is read as two page columns of text (which put every title
    after every name, and the right column's names after both)."""
    doc, towns, names, subs = wrapped_two_column_roster()
    staff = [
        ("Per-Erik Hjort Sandin", "utvecklingsstrateg"),
        ("Mona Skog", "analytiker"),
        ("Iris Ekholm", "controller"),
    ]
    top = max(ln.top or 0.0 for ln in doc) + 20
    doc.append(at("Tjänstepersoner", 70, top))
    for k, (name, title) in enumerate(staff):
        doc += [at(name, 70, top + 12 * (k + 1)), at(f"{title}, Region Örebro län", 280, top + 12 * (k + 1))]
    participants, _ = read_roster(segment(doc).roster)
    assert [(p.name, p.title, p.organization) for p in participants if p.role == "tjänsteperson"] == [
        (name, title, "Region Örebro län") for name, title in staff
    ]
    assert {p.name for p in participants if p.role in ("ledamot", "ersättare")} == {*names, *subs}


def test_a_bold_title_that_goes_on_after_a_dash_is_one_title_and_a_dashed_sub_point_is_not():
    doc = [
        sized("Protokoll", 14, True),
        sized("6.", 10, True),
        sized("Överenskommelse om barn och unga med behov av samordnade insatser", 10, True),
        sized("– yttrande över remiss om gemensamma riktlinjer", 10, True),
        sized("Text.", 10),
        sized("7.", 10, True),
        sized("Information från förvaltningen om läget i verksamheterna", 10, True),
        sized("– Personal", 10, True),
        sized("Text.", 10),
    ]
    assert [i.title for i in find_items(doc)] == [
        "Överenskommelse om barn och unga med behov av samordnade insatser – yttrande över remiss om gemensamma riktlinjer",
        "Information från förvaltningen om läget i verksamheterna",
    ]


def test_the_left_page_column_goes_on_alone_after_a_heading_in_the_right_one():
    # "Ledamöter" on the left, "Tjänstgörande ersättare" then "Ej tjänstgörande ersättare" on
    # the right: the right column ends first, and the left one's members below it stay ledamöter
    doc = [at("Ledamöter", 60, 150), at("Tjänstgörande ersättare", 300, 150)]
    right = ["Kim Berg (M) ersätter Lo Ek (M)", "Ej tjänstgörande ersättare", "Tyra Moberg (S)", "Ola Lind (C)"]
    for k in range(8):
        doc.append(at(f"Person{'abcdefgh'[k]} Ek (S)", 60, 162 + 12 * k))
        if k < len(right):
            doc.append(at(right[k], 300, 162 + 12 * k))
    doc += [at("Övriga närvarande", 60, 280), at("Vera Nord, kommunchef", 60, 292)]
    people, _ = read_roster(find_roster(doc))
    roles = {p.name: p.role for p in people}
    assert all(roles[f"Person{c} Ek"] == "ledamot" for c in "abcdefgh")
    assert (roles["Kim Berg"], roles["Tyra Moberg"], roles["Ola Lind"]) == ("ersättare", "ersättare", "ersättare")
    assert roles["Vera Nord"] == "tjänsteperson"


def test_a_table_cell_wrapping_onto_lines_that_read_like_column_labels():
    # a narrow Funktion column: "tjänstgörande" / "ersättare för" alone on their lines are the
    # rest of the row's cell, not a header row, however many lines the cell wraps onto
    doc = [at("Beslutande", 60, 150), at("Namn", 160, 150), at("Parti", 260, 150), at("Funktion", 290, 150)]
    rows_ = [
        ("Eva Strand", "S", ["ordförande"]),
        ("Kim Nyberg", "M", ["tjänstgörande", "ersättare för", "Anna", "Lindqvist (M)"]),
        ("Lo Berg", "C", ["ledamot"]),
    ]
    top = 162
    for name, party, function in rows_:
        doc += [at(name, 160, top), at(party, 260, top)]
        for k, part in enumerate(function):
            doc.append(at(part, 290, top + 12 * k))
        top += 12 * len(function)
    people, _ = read_roster(find_roster(doc))
    assert [(p.name, p.role) for p in people] == [
        ("Eva Strand", "ordförande"),
        ("Kim Nyberg", "ersättare"),
        ("Lo Berg", "ledamot"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Ledamöter: Anna Ek", "LEDAMOT", "ledamöterna", "Beslutande", "Ersättare", "Övriga närvarande", "Lo Berg"],
)
def test_an_alternation_by_first_letter_matches_as_the_plain_one(text: str) -> None:
    from pipeline.parse.text import by_first_letter

    words = ["Ledamöter", "Ledamot", "Beslutande", "Övriga närvarande", "Övriga", "Ersättare"]
    grouped = re.compile(rf"^(?:{by_first_letter(words)})", re.I).match(text)
    plain = re.compile(rf"^(?:{'|'.join(map(re.escape, words))})", re.I).match(text)
    assert (grouped and grouped.group(0)) == (plain and plain.group(0))


def test_a_numbered_list_longer_than_the_agenda_is_no_run_of_items():
    """Items "1)" … "4)" with their titles under them, and in item 2 a list of five numbered
    sentences in the same style: the list is the item's text, not items 1-5."""
    points = [f"{k}) Synpunkt nummer {k} lämnades av gruppen." for k in range(1, 6)]
    doc = lines(
        "1)", "Mötets öppnande", "Ordföranden öppnade mötet.",
        "2)", "Länsgemensam plan", "Rådet lämnade följande synpunkter:", *points,
        "3)", "Övriga frågor", "Inga övriga frågor.",
        "4)", "Mötets avslutande", "Mötet avslutades.",
    )  # fmt: skip
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötets öppnande"), ("2", "Länsgemensam plan"), ("3", "Övriga frågor"), ("4", "Mötets avslutande")
    ]  # fmt: skip
    assert points[-1] in [ln.text for ln in items[1].lines]


def test_a_numbered_list_of_sentences_gives_way_to_bare_numbers_over_titles():
    """Items "1" … "3" alone on their lines (the "bare" style) and a list "1. …" … "6. …" of
    sentences (the "numbered" style) in item 2, longer than the agenda."""
    points = [f"{k}. Punkt {k} ska följas upp." for k in range(1, 7)]
    doc = lines(
        "1", "Mötets öppnande", "Ordföranden öppnade mötet.",
        "2", "Uppföljning", "Gruppen noterade:", *points,
        "3", "Nästa möte", "Nästa möte hålls i maj.",
    )  # fmt: skip
    assert [(i.number, i.title) for i in find_items(doc)] == [
        ("1", "Mötets öppnande"), ("2", "Uppföljning"), ("3", "Nästa möte")
    ]  # fmt: skip


def row(text: str, x0: float, top: float, *, size: float = 10.0, bold: bool = False, page: int = 1) -> Line:
    return Line(text=text, page=page, x0=x0, top=top, x1=x0 + 5 * len(text), bottom=top + size, size=size, bold=bold)


def test_a_table_of_contents_page_column_is_no_run_of_bare_numbers():
    """Unnumbered headings (bold) after an "Ärendelista" whose entries have their page in a
    column of their own, no dot leaders: neither the list's heading nor its pages are items."""
    toc = ["Välkommen", "Rapport från länsdelarna", "Övrigt"]
    doc = [row("Minnesanteckningar", 70, 60, size=16, bold=True), row("Deltagare: Kim Ek, Ola Berg", 70, 90),
           row("Ärendelista", 70, 120, size=12, bold=True)]  # fmt: skip
    for k, (title, page) in enumerate(zip(toc, ["1", "1", "2"], strict=True)):
        doc += [row(title, 70, 140 + 16 * k), row(page, 520, 140 + 16 * k)]
    top = 220.0
    for k, title in enumerate(toc):
        doc += [row(title, 70, top, bold=True), row(f"Gruppen samtalade om punkt {k + 1}.", 70, top + 15)]
        top += 40
    assert [(i.number, i.title) for i in find_items(doc)] == [("1", "Välkommen"), ("2", "Rapport från länsdelarna"),
                                                               ("3", "Övrigt")]  # fmt: skip


def test_the_running_header_naming_the_item_that_opens_on_the_page_is_no_text_of_the_item_before():
    """ "§ 94" at the top of page 2, the running header's § of the page, above the last line of
    § 93 and the heading of § 94: not § 93's text."""
    doc = [
        row("§ 93 Investeringsram", 70, 100, bold=True),
        row("Kommunstyrelsen föreslår kommunfullmäktige att utöka ramen.", 70, 120),
        row("§ 94", 480, 60, page=2),
        row("Ramen gäller från och med nästa år.", 70, 100, page=2),
        row("§ 94 Internkontrollplan", 70, 130, bold=True, page=2),
        row("Planen antas.", 70, 150, page=2),
    ]
    items = segment(doc).items
    assert [(i.number, [ln.text for ln in i.lines]) for i in items] == [
        ("93", ["Kommunstyrelsen föreslår kommunfullmäktige att utöka ramen.", "Ramen gäller från och med nästa år."]),
        ("94", ["Planen antas."]),
    ]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Remiss: Regional folkhälsostrategi", True),
        ("INFORMATION: LÄNSNÄTVERKENS UPPDRAG", True),
        ("Plats: Kommunhuset", False),
        ("Ansvarig: Kim Ek", False),
    ],
)
def test_a_heading_set_apart_by_font_may_have_a_colon_after_a_word_that_opens_titles(title, heading):
    """Minutes headed by bold lines only: "Remiss: …" is a point's title; "Plats: …" a label."""
    top, doc = 130.0, [row("Minnesanteckningar", 70, 60, size=16, bold=True), row("Datum 2025-03-04", 70, 80),
                       row("Deltagare: Kim Ek, Ola Berg", 70, 95), row("Antecknare: Ida Ek", 70, 110)]  # fmt: skip
    for t in ("Välkommen", title, "Rapport från länsdelarna", "Övrigt"):
        doc += [row(t, 70, top, bold=True), row("Gruppen samtalade om frågan.", 70, top + 15)]
        top += 40
    titles = [i.title for i in find_items(doc)]
    assert (title in titles) is heading
    assert {"Välkommen", "Rapport från länsdelarna", "Övrigt"} <= set(titles)


@pytest.mark.parametrize("number", ["3.", "§ 3", "Punkt 3"])
def test_a_numbered_run_in_heading_has_its_title_and_its_text_after_it(number):
    """ "3. Rapport från länsdelarna. Representanterna berättade …": number and title in bold,
    the text going on in the body's face on the same line."""
    doc = []
    for k, (title, text) in enumerate(
        [("Välkommen", "Ordföranden hälsade välkommen."), ("Rapport från länsdelarna", "Representanterna berättade.")]
    ):
        label = number.replace("3", str(k + 1))
        lead = f"{label} {title}."
        doc.append(Line(text=f"{lead} {text}", page=1, bold_lead=len(lead)))
        doc.append(Line(text="Gruppen noterade informationen.", page=1))
    items = find_items(doc)
    assert [(i.number, i.title) for i in items] == [("1", "Välkommen"), ("2", "Rapport från länsdelarna")]
    assert [ln.text for ln in items[1].lines] == ["Representanterna berättade.", "Gruppen noterade informationen."]


@pytest.mark.parametrize(
    "heading_of",
    [
        lambda t: t,  # underlined, or bold at the body's size: the title alone
        str.upper,  # capitals in the regular face
    ],
)
def test_a_numbered_agenda_whose_titles_come_again_gives_the_points_below(heading_of):
    """ "Dagordning" over "1. Välkommen", "2. …" and then the points under their titles alone:
    the points are the items (numbered as the agenda numbers them), not the agenda's lines."""
    titles = ["Välkommen och dagordning", "Rapport från länsdelarna", "Övriga frågor", "Nästa möte"]
    items = find_items(
        lines(
            "Minnesanteckningar",
            "Styrgrupp barn och unga",
            "Deltagare",
            "Anna Ek, Kumla kommun",
            "Förslag till dagordning",
            *(f"{k + 1}. {t}" for k, t in enumerate(titles)),
            heading_of(titles[0]),
            "Ordföranden hälsade välkommen.",
            "Styrgruppen beslutade att godkänna dagordningen.",
            heading_of(titles[1]),
            "Representanterna berättade om aktuellt arbete.",
            heading_of(titles[2]),
            "a) Sommarstängning",
            "Lokalerna håller stängt i juli.",
            heading_of(titles[3]),
            "Nästa möte äger rum 18 april 2025.",
        )
    )
    assert [(i.number, i.title.casefold()) for i in items] == [(str(k + 1), t.casefold()) for k, t in enumerate(titles)]
    assert [ln.text for ln in items[0].lines] == [
        "Ordföranden hälsade välkommen.",
        "Styrgruppen beslutade att godkänna dagordningen.",
    ]


def test_an_agenda_whose_titles_do_not_all_come_again_stays_the_items():
    items = find_items(
        lines(
            "1. Mötets öppnande",
            "2. Budget 2026",
            "3. Övriga frågor",
            "Mötet öppnades. Budgeten diskuterades.",
            "Budget 2026",
        )
    )
    assert [i.number for i in items] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("dnr_line", "dnr", "title"),
    [
        ("Dnr SN 2025/578 Reviderad delegationsordning", "SN 2025/578", "Reviderad delegationsordning"),
        ("Dnr: KS 2024/12 Budget 2026", "KS 2024/12", "Budget 2026"),
        ("Dnr BUN 2025/3", "BUN 2025/3", "Anmälningsärenden"),
    ],
)
def test_the_title_after_the_case_number_on_the_line_under_the_number(dnr_line, dnr, title):
    """ "§ 107" with "Dnr SN 2025/578" and the title beside it on the next row (extraction
    joins the two cells): the case number is the dnr, the rest the title."""
    items = find_items(lines("§ 106", "Dnr BUN 2025/1", "Information", "Text.", "§ 107", dnr_line,
                             "Anmälningsärenden", "Följande handlingar anmäls."))  # fmt: skip
    assert (items[1].dnr, items[1].title) == (dnr, title)


@pytest.mark.parametrize("entry", ["{k}. {t}", "{k}) {t}", "Punkt {k} {t}"])
def test_an_agenda_numbered_apart_from_the_paragraphs_is_no_item(entry):
    """ "Dagordning" numbering the matters 1, 2, 3 … and the §§ continuing the year's numbering
    ("§ 23 Mötets öppnande"): the §§ are the items, the agenda only lists them."""
    titles = ["Mötets öppnande", "Val av justerare", "Fördelning av utvecklingsmedel", "Övriga frågor"]
    body = []
    for k, t in enumerate(titles):
        body += [f"§ {23 + k} {t}", "Rådets beslut", "Rådet beslutar att godkänna förslaget."]
    items = find_items(
        lines(
            "Protokoll",
            "Regionala samverkansrådet",
            "Dagordning",
            *(entry.format(k=k + 1, t=t) for k, t in enumerate(titles)),
            *body,
        )  # fmt: skip
    )
    assert [(i.number, i.title) for i in items] == [(str(23 + k), t) for k, t in enumerate(titles)]


@pytest.mark.parametrize(
    ("heading", "number"),
    [("§ 47 a Avtal om lokaler", "47 a"), ("§ 47a Avtal om lokaler", "47 a"), ("KS § 47 a Avtal om lokaler", "47 a")],
)
def test_an_item_added_with_a_letter_after_its_number_is_an_item_of_its_own(heading, number):
    """ "§ 47 a": an item added at the meeting between § 47 and § 48."""
    prefix = "KS " if heading.startswith("KS") else ""
    items = find_items(
        lines(
            f"{prefix}§ 46 Budget 2026",
            "Beslut",
            "Kommunstyrelsen antar budgeten.",
            f"{prefix}§ 47 Taxor",
            "Kommunstyrelsen fastställer taxorna.",
            heading,
            "Ärendet anmäldes som extra ärende.",
            f"{prefix}§ 48 Delårsrapport",
            "Rapporten godkänns.",
        )
    )
    assert [(i.number, i.title) for i in items] == [
        ("46", "Budget 2026"),
        ("47", "Taxor"),
        (number, "Avtal om lokaler"),
        ("48", "Delårsrapport"),
    ]


@pytest.mark.parametrize("title", ["§ 47 Avtal om lokaler", "§ 47 e-tjänster", "§ 47 a) ekonomi"])
def test_a_title_or_a_list_point_after_the_number_is_no_letter(title):
    items = find_items(lines("§ 46 Budget 2026", "Text.", title, "Text.", "§ 48 Delårsrapport", "Text."))
    assert [i.number for i in items][:2] == ["46", "47"]


def test_a_heading_in_small_capitals_goes_on_in_the_small_letters_size():
    """Small capitals extracted: capitals at the body's size, the small letters as smaller
    capitals, so a wrapped line of small letters only has the smaller size."""

    def at(text: str, top: float, size: float = 10.0) -> Line:
        return Line(text=text, page=1, x0=56.0, top=top, size=size)

    body = "Gruppen diskuterade arbetet och hur det kan samordnas mellan kommunerna i länet."
    items = find_items(
        [
            at("Minnesanteckningar", 60, 14.0),
            at("Styrgrupp barn och unga", 80),
            at("Deltagare", 100),
            at("V ÄLKOMMEN OCH DAGORDNING", 130),
            at(body, 145),
            at("R APPORT FRÅN LÄNSDELARNA SAMT ÅTERRAPPORTERING", 175),
            at("TILL SAMTLIGA HUVUDMÄN", 188, 7.8),
            at(body, 203),
            at("N ÄSTA MÖTE", 233),
            at(body, 248),
        ]
    )
    assert [i.title for i in items] == [
        "V ÄLKOMMEN OCH DAGORDNING",
        "R APPORT FRÅN LÄNSDELARNA SAMT ÅTERRAPPORTERING TILL SAMTLIGA HUVUDMÄN",
        "N ÄSTA MÖTE",
    ]


@pytest.mark.parametrize("under", ["DNR KS 2025/118", "BESLUTSUNDERLAG"])
def test_a_smaller_line_in_capitals_that_is_a_label_does_not_go_on_with_the_title(under):
    def at(text: str, top: float, size: float = 10.0) -> Line:
        return Line(text=text, page=1, x0=56.0, top=top, size=size, bold=size > 10)

    items = find_items(
        [
            at("§ 12 BUDGET 2026", 100, 11.0),
            at(under, 114, 8.0),
            at("Budgeten godkänns.", 128),
            at("§ 13 TAXOR", 150, 11.0),
            at("Taxorna fastställs.", 164),
        ]
    )
    assert items[0].title == "BUDGET 2026"


def test_a_caption_under_underskrifter_in_the_last_item_is_a_signature_not_the_attendance():
    box = ["Underskrifter", "Sekreterare", "Ordförande", "Eva Strand", "Kim Nyberg", "Justerare", "Lo Ek"]
    seg = segment(lines("Protokoll", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "§ 2 Avslutning", *box))
    assert [ln.text for ln in seg.items[-1].lines][-len(box) :] == box
    assert not seg.back
    # an attendance after the box is still the attendance
    after = ["Närvarande", "Eva Strand (S), ordförande", "Kim Nyberg (M)", "Lo Ek (C)"]
    seg = segment(lines("Protokoll", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", *box, *after))
    assert [ln.text for ln in seg.back] == after


@pytest.mark.parametrize(
    ("heading", "role", "absent"),
    [
        ("Församlade ledamöter:", "ledamot", False),
        ("Medverkande tjänstemän", "tjänsteperson", False),
        ("Mötesdeltagare från förvaltningen:", "tjänsteperson", False),
        ("Inbjudna föredragande:", "övrig", False),
        ("Kallade:", None, False),
        ("Förhindrade att delta:", None, True),
    ],
)
def test_a_label_the_vocabulary_does_not_list_heads_the_people_under_it(heading, role, absent):
    sections = find_roster(lines("Ledamöter:", "Eva Strand (S)", heading, "Kim Nyberg, ekonomichef", "Lo Berg (M)"))
    assert [(s.heading, s.role, s.absent) for s in sections][1] == (heading.rstrip(":"), role, absent)
    assert [ln.text for ln in sections[1].lines] == ["Kim Nyberg, ekonomichef", "Lo Berg (M)"]


@pytest.mark.parametrize(
    "texts",
    [
        ("Plats och tid:", "Stadshuset", "Ledamöter:", "Eva Strand (S)"),
        ("Kumla kommun:", "Kim Nyberg", "Lo Berg"),  # an organisation's people, not a heading
        ("Beslutsfattare:", "Kim Nyberg (S)", "Stadshuset, kl. 13.00"),  # one entry only, no stem
    ],
)
def test_a_label_over_no_people_opens_no_roster(texts):
    headings = [s.heading for s in find_roster(lines(*texts))]
    assert not {"Plats och tid", "Kumla kommun", "Beslutsfattare"} & set(headings)
