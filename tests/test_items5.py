"""A numbered attendance list is a roster, not a run of agenda items (issue 10).

Swedish protocols often number their roster's seats: "1. Anna Ek (S)", "1 Anna Ek", "3) Ek,
Anna", "§ 1–5 Anna Ek" (the items attended), or a table "Nr | Namn | Parti".  A numbered line
whose title the roster's entry reader takes as a person numbers a seat, not a matter; its
person is read as a participant, and the document's items are its real headings."""

from __future__ import annotations

import pytest

from pipeline import extract_document, parse_document, to_json
from pipeline.parse.people import read_roster
from pipeline.parse.segment import segment
from pipeline.records import Line

PEOPLE = ("Anna Ek", "Per Berg", "Mikko Virtanen", "Sara Lind")
PARTIES = ("S", "M", "C", "V")
AGENDA = (
    "§ 12 Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "§ 13 Val av justerare",
    "Protokollet justeras av ordföranden.",
    "§ 14 Budget 2026",
    "Kommunstyrelsen beslutar att godkänna budgeten.",
)
AGENDA_NUMBERED = tuple(
    text.replace("§ 12", "1.").replace("§ 13", "2.").replace("§ 14", "3.") for text in AGENDA
)  # the items numbered "1." like the seats


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, page=1) for t in texts]


def _entries(form: str) -> list[str]:
    return [
        form.format(k=k + 1, name=name, party=party)
        for k, (name, party) in enumerate(zip(PEOPLE, PARTIES, strict=True))
    ]


FORMS = (
    "{k}. {name}",
    "{k}. {name} ({party})",
    "{k} {name}",
    "{k} {name} ({party})",
    "{k}) {name}",
    "{k}. {name}, Kumla kommun",
    "{k}. {name} – Lekebergs kommun",
    "§ 12–14 {name}",
    "§§ 12-14 {name} ({party})",
    "{k} Ledamot {name} ({party})",
)


@pytest.mark.parametrize("agenda", [AGENDA, AGENDA_NUMBERED], ids=["paragraphs", "numbered"])
@pytest.mark.parametrize("form", FORMS)
def test_a_numbered_roster_is_no_run_of_items_and_its_people_are_read(form, agenda):
    seg = segment(_lines("Kommunstyrelsen", "Protokoll", "Närvarande ledamöter", *_entries(form), *agenda))
    assert [i.title for i in seg.items] == ["Mötets öppnande", "Val av justerare", "Budget 2026"]
    people, _ = read_roster(seg.roster)
    assert [p.name for p in people] == list(PEOPLE)


def test_family_name_first_numbered_seats_are_people():
    entries = [
        f"{k + 1}. {name.split()[1]}, {name.split()[0]} ({party})"
        for k, (name, party) in enumerate(zip(PEOPLE, PARTIES, strict=True))
    ]
    seg = segment(_lines("Kommunstyrelsen", "Beslutande", *entries, *AGENDA))
    assert [i.number for i in seg.items] == ["12", "13", "14"]
    people, _ = read_roster(seg.roster)
    assert [(p.name, p.party) for p in people] == list(zip(PEOPLE, PARTIES, strict=True))


@pytest.mark.parametrize(
    "title",
    [
        "Mötets öppnande",
        "Val av justerare",
        "Information från Kumla kommun",
        "Anna Ek informerar om budgeten",
        "Information – Anna Ek",
        "Rapport, Per Berg",
        "Sara Lind (V) – motion om cykelvägar",
        "DELÅRSRAPPORT PER AUGUSTI – YTTRANDE ÖVER REMISS",
    ],
)
def test_an_items_title_is_no_seat(title):
    seg = segment(_lines("1. Mötets öppnande", "Text.", f"2. {title}", "Text.", "3. Övriga frågor", "Text."))
    assert [i.title for i in seg.items] == ["Mötets öppnande", title, "Övriga frågor"]


def _pdf_people(make_pdf, roster_runs) -> tuple[list[str], list[tuple[str, str | None]]]:
    runs = [("Kommunstyrelsen", 72, 60, 16, True), ("Protokoll", 72, 80, 12, False)]
    y = 260
    for text in AGENDA:
        bold = text.startswith("§")
        runs.append((text, 72, y, 12 if bold else 10, bold))
        y += 16 if bold else 30
    data = to_json(parse_document(extract_document(make_pdf("roster.pdf", [runs + roster_runs]))))
    return [i["number"] for i in data["items"]], [(p["name"], p.get("party")) for p in data["participants"]]


def test_a_numbered_list_of_people_with_no_heading_is_the_attendance(make_pdf):
    runs = [
        (f"{k + 1}. {name} ({party})", 72, 120 + 14 * k, 10, False)
        for k, (name, party) in enumerate(zip(PEOPLE, PARTIES, strict=True))
    ]
    items, people = _pdf_people(make_pdf, runs)
    assert items == ["12", "13", "14"]
    assert people == list(zip(PEOPLE, PARTIES, strict=True))


def test_a_seat_number_column_nr_namn_parti(make_pdf):
    runs = [("Nr", 72, 120, 10, True), ("Namn", 110, 120, 10, True), ("Parti", 300, 120, 10, True)]
    for k, (name, party) in enumerate(zip(PEOPLE, PARTIES, strict=True)):
        top = 134 + 14 * k
        runs += [(str(k + 1), 72, top, 10, False), (name, 110, top, 10, False), (party, 300, top, 10, False)]
    items, people = _pdf_people(make_pdf, runs)
    assert items == ["12", "13", "14"]
    assert people == list(zip(PEOPLE, PARTIES, strict=True))


def _front_people(make_pdf, roster_runs) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Items and (name, organisation) of a region's council whose members come from the
    municipalities."""
    runs = [
        ("Region Örebro län", 72, 40, 10, False),
        ("Regionala samverkansrådet", 72, 60, 16, True),
        ("Protokoll", 72, 80, 12, False),
    ]
    y = 260
    for text in AGENDA:
        bold = text.startswith("§")
        runs.append((text, 72, y, 12 if bold else 10, bold))
        y += 16 if bold else 30
    data = to_json(parse_document(extract_document(make_pdf("council.pdf", [runs + roster_runs]))))
    return [i["number"] for i in data["items"]], [(p["name"], p.get("organization")) for p in data["participants"]]


ORGANISATIONS = ("Kumla kommun", "Nora kommun", "Region Örebro län", "Lekebergs kommun")


def test_a_numbered_seat_with_its_organisation_on_the_line_under_it(make_pdf):
    runs = [("Närvarande", 72, 110, 10, True)]
    for k, (name, org) in enumerate(zip(PEOPLE, ORGANISATIONS, strict=True)):
        runs += [(f"{k + 1}. {name}", 72, 124 + 28 * k, 10, False), (org, 86, 136 + 28 * k, 10, False)]
    items, people = _front_people(make_pdf, runs)
    assert items == ["12", "13", "14"]
    assert people == list(zip(PEOPLE, ORGANISATIONS, strict=True))


def test_numbered_seats_with_no_heading_and_an_organisation_column(make_pdf):
    runs = []
    for k, (name, org) in enumerate(zip(PEOPLE, ORGANISATIONS, strict=True)):
        runs += [(f"{k + 1}. {name}", 72, 120 + 14 * k, 10, False), (org, 300, 120 + 14 * k, 10, False)]
    items, people = _front_people(make_pdf, runs)
    assert items == ["12", "13", "14"]
    assert people == list(zip(PEOPLE, ORGANISATIONS, strict=True))


def test_numbered_seats_under_their_organisations_in_bold(make_pdf):
    runs = [("Närvarande", 72, 110, 10, True)]
    for k, (name, org) in enumerate(zip(PEOPLE, ORGANISATIONS, strict=True)):
        runs += [(org, 72, 124 + 28 * k, 10, True), (f"{k + 1}. {name}", 72, 136 + 28 * k, 10, False)]
    items, people = _front_people(make_pdf, runs)
    assert items == ["12", "13", "14"]
    assert people == list(zip(PEOPLE, ORGANISATIONS, strict=True))


# An agenda printed as a table, a row an item: the title and text cells wrap over lines.
TABLE_TITLES = (
    ("Mötets öppnande",),
    ("Val av justerare",),
    ("Yttrande över remiss", "från Region Örebro län"),
    ("Budget 2026 för", "Kumla kommun"),
)
TABLE_TEXTS = (
    ("Ordföranden öppnade", "mötet."),
    ("Anna Ek utsågs att", "justera protokollet."),
    ("Nämnden beslutar att", "godkänna yttrandet."),
    ("Nämnden beslutar att", "godkänna budgeten."),
)


def _agenda_table(make_pdf, number: str, header: bool) -> list[tuple[str, str]]:
    runs = [
        ("Kumla kommun", 72, 40, 9, False),
        ("Kommunstyrelsen", 72, 60, 16, True),
        ("Protokoll 2025-03-04", 72, 80, 12, False),
        ("Närvarande ledamöter", 72, 110, 10, True),
        ("Anna Ek (S), ordförande", 72, 124, 10, False),
        ("Per Berg (M)", 72, 138, 10, False),
    ]
    y = 180
    if header:
        runs += [("§", 72, y, 10, True), ("Ärende", 110, y, 10, True), ("Beslut", 300, y, 10, True)]
        y += 16
    for k, (title, text) in enumerate(zip(TABLE_TITLES, TABLE_TEXTS, strict=True)):
        runs.append((number.format(n=45 + k), 72, y, 10, False))
        runs += [(part, 110, y + 12 * j, 10, False) for j, part in enumerate(title)]
        runs += [(part, 300, y + 12 * j, 10, False) for j, part in enumerate(text)]
        y += 12 * max(len(title), len(text)) + 10
    data = to_json(parse_document(extract_document(make_pdf("agenda.pdf", [runs]))))
    return [(i["number"], i["title"]) for i in data["items"]]


@pytest.mark.parametrize("number", ["§ {n}", "§{n}", "{n} §", "{n}.", "{n})", "{n}"])
def test_an_agenda_table_whose_cells_wrap_numbered_in_any_style(make_pdf, number):
    """ "§ | Ärende | Beslut" over rows "§ 45 | Yttrande över remiss | Nämnden beslutar att" /
    " | från Region Örebro län | godkänna yttrandet.": each row an item, in any numbering style."""
    assert _agenda_table(make_pdf, number, header=True) == [
        (str(45 + k), " ".join(title)) for k, title in enumerate(TABLE_TITLES)
    ]


def test_headings_in_a_margin_with_a_case_number_beside_them_are_no_table(make_pdf):
    runs = [("Kumla kommun", 72, 40, 9, False), ("Kommunstyrelsen", 72, 60, 16, True)]
    y = 100
    titles = ("Mötets öppnande", "Val av justerare", "Budget 2026", "Övriga frågor")
    for k, title in enumerate(titles):
        runs += [
            (f"§ {45 + k}", 72, y, 11, True),
            (title, 110, y, 11, True),
            (f"Dnr KS 2025/{k + 10}", 420, y, 9, False),
        ]
        for j, text in enumerate(("Förvaltningen har berett ärendet.", "Nämnden beslutar att godkänna förslaget.")):
            runs.append((text, 110, y + 16 + 13 * j, 10, False))
        y += 60
    data = to_json(parse_document(extract_document(make_pdf("margin.pdf", [runs]))))
    assert [(i["number"], i["title"]) for i in data["items"]] == [(str(45 + k), t) for k, t in enumerate(titles)]


@pytest.mark.parametrize("heading", ["Dagordning", "Ärenden", "Behandlade ärenden", "Agenda"])
def test_a_heading_of_contents_over_the_items_themselves(heading):
    """ "Dagordning" over the items themselves, and a decision's numbered sentences in item 3:
    the number 1 coming again under another title ends no table of contents."""
    seg = segment(
        _lines(
            "Kumla kommun",
            "Minnesanteckningar",
            "Närvarande: Anna Ek, Per Berg",
            heading,
            "1. Mötets öppnande",
            "Ordföranden öppnade mötet och hälsade alla välkomna.",
            "Dagordningen godkändes.",
            "2. Val av justerare",
            "Per Berg valdes att justera.",
            "Protokollet justeras på kansliet.",
            "3. Budget 2026",
            "Gruppen beslutade att",
            "1. Budgeten godkänns.",
            "2. Kansliet får i uppdrag att följa upp.",
            "3. Beslutet gäller från 1 januari.",
            "4. Övriga frågor",
            "Inga övriga frågor fanns.",
        )
    )
    assert [i.title for i in seg.items] == ["Mötets öppnande", "Val av justerare", "Budget 2026", "Övriga frågor"]
    assert [ln.text for ln in seg.items[2].lines][-3:] == [
        "1. Budgeten godkänns.",
        "2. Kansliet får i uppdrag att följa upp.",
        "3. Beslutet gäller från 1 januari.",
    ]


SUBLIST_CASES = {
    "a list of titles in item 2": (
        [
            "1. Mötets öppnande",
            "Mötet öppnades.",
            "2. Remisser",
            "Följande remisser har kommit in:",
            "1. Regional utvecklingsstrategi",
            "2. Kollektivtrafikplan",
            "3. Folkhälsoprogram",
            "Remisserna noteras.",
            "3. Budget 2026",
            "Nämnden beslutar att godkänna budgeten.",
            "4. Övriga frågor",
            "Inga.",
        ],
        ["Mötets öppnande", "Remisser", "Budget 2026", "Övriga frågor"],
    ),
    "a list under item 1": (
        [
            "1. Anmälningar",
            "Följande anmäldes:",
            "1. Regional utvecklingsstrategi",
            "2. Kollektivtrafikplan",
            "3. Folkhälsoprogram",
            "Anmälningarna noteras.",
            "2. Budget 2026",
            "Nämnden beslutar att godkänna budgeten.",
            "3. Övriga frågor",
            "Inga.",
        ],
        ["Anmälningar", "Budget 2026", "Övriga frågor"],
    ),
    "a list longer than the items before it": (
        [
            "1. Mötets öppnande",
            "Mötet öppnades.",
            "2. Delegationsbeslut",
            "Följande redovisas:",
            "1. Beslut om bistånd",
            "2. Beslut om färdtjänst",
            "3. Beslut om bostadsanpassning",
            "4. Beslut om avgifter",
            "Redovisningen noteras.",
            "3. Budget 2026",
            "Nämnden beslutar att godkänna budgeten.",
            "4. Övriga frågor",
            "Inga.",
            "5. Avslutning",
            "Mötet avslutades.",
        ],
        ["Mötets öppnande", "Delegationsbeslut", "Budget 2026", "Övriga frågor", "Avslutning"],
    ),
}


@pytest.mark.parametrize("case", list(SUBLIST_CASES))
def test_a_numbered_list_of_titles_inside_an_item_is_no_run_of_items(case):
    """A list inside an item numbers from 1 again, and the items' numbering goes on after it."""
    texts, titles = SUBLIST_CASES[case]
    seg = segment(_lines("Kumla kommun", "Socialnämnden", "Protokoll", *texts))
    assert [i.title for i in seg.items] == titles


def test_an_agenda_then_the_items_numbered_alike_is_no_list_inside_an_item():
    """ "1." … "3." of an agenda and the items "1." … "3." under it: the numbering does not go on
    after the second "1." … "3.", so they are the items (the agenda is read as contents)."""
    seg = segment(
        _lines(
            "Kumla kommun",
            "Protokoll",
            "1. Mötets öppnande",
            "2. Budget 2026",
            "3. Övriga frågor",
            "1. Mötets öppnande",
            "Ordföranden öppnade mötet och hälsade alla välkomna.",
            "2. Budget 2026",
            "Nämnden beslutar att godkänna budgeten.",
            "3. Övriga frågor",
            "Inga övriga frågor fanns.",
        )
    )
    assert [(i.number, i.title, len(i.lines)) for i in seg.items] == [
        ("1", "Mötets öppnande", 1),
        ("2", "Budget 2026", 1),
        ("3", "Övriga frågor", 1),
    ]


def test_two_numbered_points_in_minutes_give_way_to_the_headings_set_apart_by_font():
    """Minutes whose points are bold headings, one of them with a numbered list of two in its
    text: the list's "1." and "2." are no run of items."""

    def sized(text: str, size: float = 10, bold: bool = False) -> Line:
        return Line(text=text, page=1, size=size, bold=bold)

    doc = [
        sized("Minnesanteckningar", 14, True),
        sized("Styrgrupp barn och unga, Region Örebro län", 10),
        sized("Närvarande: Anna Ek, Per Berg", 10),
        sized("Välkommen", 10, True),
        sized("Ordföranden hälsade alla välkomna.", 10),
        sized("Uppdrag för hösten", 10, True),
        sized("Gruppen enades om två uppdrag:", 10),
        sized("1. Kartlägga behoven i kommunerna.", 10),
        sized("2. Ta fram ett förslag till handlingsplan.", 10),
        sized("Budget", 10, True),
        sized("Kansliet redogjorde för budgeten.", 10),
        sized("Nästa möte", 10, True),
        sized("Nästa möte hålls i oktober.", 10),
    ]
    assert [i.title for i in segment(doc).items] == ["Välkommen", "Uppdrag för hösten", "Budget", "Nästa möte"]


@pytest.mark.parametrize("face", ["Times-Italic", "Helvetica"])
def test_headings_set_apart_by_their_face_alone(face):
    """Minutes whose points stand out only by face (italics, or another family) at the body's
    size: a short line in that face over text in the body's face is a heading."""

    def set_in(text: str, font: str = "Times-Roman", size: float = 10, bold: bool = False) -> Line:
        return Line(text=text, page=1, size=size, bold=bold, font=font)

    titles = ["Välkommen och dagordning", "Ekonomi", "Budget 2026 för länet", "Övriga frågor"]
    doc = [
        set_in("Minnesanteckningar", "Helvetica-Bold", 16, True),
        set_in("Styrgrupp för folkhälsa, Region Örebro län", size=12),
        set_in("Närvarande: Anna Ek, Per Berg, Mikko Virtanen"),
    ]
    for title in titles:
        doc += [
            set_in(title, face),
            set_in("Gruppen gick igenom underlaget och diskuterade frågan."),
            set_in("Informationen noteras och läggs till handlingarna."),
        ]
    assert [i.title for i in segment(doc).items] == titles
