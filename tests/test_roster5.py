"""Roster entries read recall-first (roster5): every name-shaped span of a roster line is an
entry unless a rule rejects it.

Entry forms as a table for `parse_person_line`; the layouts (names under no label, an unlisted
label in the left column, lines opening with a title or a party) as small PDFs (conftest's
`make_pdf`) read through the public API.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.parse.people import parse_person_line, split_entries

HEAD = [
    ("Protokoll", 48, 60, 15, True),
    ("Socialnämnden", 48, 80, 11, False),
    ("Lekebergs kommun", 48, 95, 10, False),
    ("Sammanträdesdatum 2025-04-09", 48, 110, 10, False),
]


def items(top: float) -> list[tuple[str, float, float, float, bool]]:
    return [
        ("§ 1 Budget 2026", 48, top, 11, True),
        ("Nämnden beslutar att godkänna budgeten.", 48, top + 18, 10, False),
        ("§ 2 Taxor för hemtjänst", 48, top + 42, 11, True),
        ("Nämnden beslutar att fastställa taxorna.", 48, top + 60, 10, False),
    ]


def people_of(make_pdf, runs) -> list[tuple[str, str]]:
    doc = pipeline.parse_document(pipeline.extract_document(make_pdf("roster.pdf", [HEAD + runs])))
    return [(p.name, p.role) for p in doc.participants]


def column(texts, top: float = 140, x: float = 48) -> list[tuple[str, float, float, float, bool]]:
    return [(t, x, top + 14 * k, 10, False) for k, t in enumerate(texts)]


# --------------------------------------------------------------------------- entry forms
@pytest.mark.parametrize(
    ("entry", "name", "role", "party"),
    [
        # a party tag in another style than "(S)"
        ("Hanna Öberg (s)", "Hanna Öberg", "ledamot", "S"),
        ("Tuomas Virtanen [KD]", "Tuomas Virtanen", "ledamot", "KD"),
        ("Leila Haddad /MP/", "Leila Haddad", "ledamot", "MP"),
        ("Ingvar Sjöholm (Socialdemokraterna)", "Ingvar Sjöholm", "ledamot", "S"),
        # the party before the name
        ("(M) Britt-Marie Dahl", "Britt-Marie Dahl", "ledamot", "M"),
        ("C Ronja Lindgren, ordförande", "Ronja Lindgren", "ordförande", "C"),
        # a table's columns read as one line: a bare party code after the name
        ("Sven Åkesson S ordförande", "Sven Åkesson", "ordförande", "S"),
        # leaders and contact details between the parts
        ("Nadia Karlsson (V) ........ vice ordförande", "Nadia Karlsson", "vice ordförande", "V"),
        ("Eero Salo (L) eero.salo@lekeberg.se", "Eero Salo", "ledamot", "L"),
        ("Maja Holmgren, SD, 019-21 10 00", "Maja Holmgren", "ledamot", "SD"),
        # lower-case words before the name are a title or a role
        ("kommunalråd Agnes Rydberg (S)", "Agnes Rydberg", "ledamot", "S"),
        ("ordf. Kalle Nyqvist (M)", "Kalle Nyqvist", "ordförande", "M"),
        # the municipality before the whole name
        ("Laxå, Dragan Petrović (S)", "Dragan Petrović", "ledamot", "S"),
        # the family name first in capitals, the given name in ordinary case
        ("WESTERLUND, Ylva (C)", "Ylva Westerlund", "ledamot", "C"),
        # an organisation after the tag, no comma
        ("Omar Sheikh (S) Hallsbergs kommun", "Omar Sheikh", "ledamot", "S"),
        # a presence mark read into the line
        ("Linnea Forsberg (KD) ✓", "Linnea Forsberg", "ledamot", "KD"),
        # a seat's letter and abbreviations with full stops or a party glued on
        ("Bo Strand (S) (E)", "Bo Strand", "ersättare", "S"),
        ("Greta Lund, M, E", "Greta Lund", "ersättare", "M"),
        ("Sami Aho (C) (tj. ers.)", "Sami Aho", "ersättare", "C"),
        ("Elsa Borg (S-ers)", "Elsa Borg", "ersättare", None),
        # cells written apart by a bar or a slash; an organisation before the name
        ("Nils Forsman | M | ordförande", "Nils Forsman", "ordförande", "M"),
        ("Siw Lundberg / V / ledamot", "Siw Lundberg", "ledamot", "V"),
        ("Degerfors kommun – Ann-Charlotte Ek", "Ann-Charlotte Ek", "ledamot", None),
        # an organisation or a job title after the name, no comma
        ("Pekka Rantanen Karlskoga kommun", "Pekka Rantanen", "ledamot", None),
        # a capitalised title before "Given Family"
        ("Kommunalråd Jenny Wallin (S)", "Jenny Wallin", "ledamot", "S"),
        ("Fil. dr Håkan Berglund", "Håkan Berglund", "ledamot", None),
        # names with an inner capital or apostrophe, letters of other Latin alphabets
        ("Liam McDonald (M)", "Liam McDonald", "ledamot", "M"),
        ("Sean O'Brien (L)", "Sean O'Brien", "ledamot", "L"),
        ("Ştefan Popescu (S)", "Ştefan Popescu", "ledamot", "S"),
        # "1:a"/"andra" ordinals
        ("Marita Öhman (S), 1:a vice ordf.", "Marita Öhman", "vice ordförande", "S"),
    ],
)
def test_entry_forms_read_as_people(entry, name, role, party):
    p = parse_person_line(entry, None)
    assert p is not None and (p.name, p.role, p.party) == (name, role, party)


def test_the_org_in_brackets_with_a_role_stays_the_org():
    p = parse_person_line("Lova Nyman (vice ordförande, Örebro kommun)", None)
    assert p is not None and (p.role, p.organization) == ("vice ordförande", "Örebro kommun")


def test_two_entries_glued_after_a_party_tag_are_two():
    assert split_entries("Ida Sjögren (S) Kent Åberg (M)") == ["Ida Sjögren (S)", "Kent Åberg (M)"]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Berg, Anna Lena", "Anna Lena Berg"),  # given names only after the comma: family name first
        ("Nora, Per Nordlöf", "Per Nordlöf"),  # a municipality that is a given name too
        ("von Essen, Carola", "Carola von Essen"),  # a particle opening the line is no title
    ],
)
def test_family_first_and_place_first_kept_apart(entry, name):
    p = parse_person_line(entry, None)
    assert p is not None and p.name == name


@pytest.mark.parametrize(
    "entry",
    ["Vakant (S)", "Kumla kommun (S)", "kommunalråd", "Region Örebro län [S]", "Vera Ny (M) anmäler jäv i § 14."],
)
def test_what_names_no_person_stays_rejected(entry):
    assert parse_person_line(entry, None) is None


# --------------------------------------------------------------------------- layouts
def test_names_under_no_label_after_the_meeting_data_are_a_roster(make_pdf):
    """A block of people's entries under no heading in the front matter: who was there."""
    runs = [("Plats och tid: Kommunhuset kl. 13.00", 48, 126, 10, False)]
    runs += column(["Anna-Karin Sundqvist (S), ordförande", "Mikko Rautio (M)", "Fatima Osman (C)"], top=154)
    assert people_of(make_pdf, runs + items(230)) == [
        ("Anna-Karin Sundqvist", "ordförande"),
        ("Mikko Rautio", "ledamot"),
        ("Fatima Osman", "ledamot"),
    ]


def test_one_name_alone_under_no_label_is_no_roster(make_pdf):
    """One name line under no heading is no block (a letterhead's contact, a signature)."""
    runs = [("Plats och tid: Kommunhuset kl. 13.00", 48, 126, 10, False), ("Mikko Rautio", 48, 154, 10, False)]
    assert people_of(make_pdf, runs + items(230)) == []


def test_an_unlisted_label_in_the_left_column_heads_the_names_beside_and_under_it(make_pdf):
    runs = [("Med i mötet", 48, 140, 10, False)]
    runs += column(["Josefin Ahlberg (S)", "Reijo Lahti (M)", "Amir Rahimi (V)"], x=200)
    assert people_of(make_pdf, runs + items(220)) == [
        ("Josefin Ahlberg", "ledamot"),
        ("Reijo Lahti", "ledamot"),
        ("Amir Rahimi", "ledamot"),
    ]


def test_lines_opening_with_a_title_or_a_party_are_entries_of_their_own(make_pdf):
    """ "kommunalråd Name" and "(S) Name" start entries: no line wrapped from the one above."""
    runs = [("Beslutande", 48, 140, 10, True)]
    runs += column(
        ["Viktor Engström (S)", "kommunalråd Sara Kallio (S)", "(M) Tor Hedlund", "ordf. Ebba Sandin (C)"], top=154
    )
    assert sorted(people_of(make_pdf, runs + items(230))) == [
        ("Ebba Sandin", "ordförande"),
        ("Sara Kallio", "ledamot"),
        ("Tor Hedlund", "ledamot"),
        ("Viktor Engström", "ledamot"),
    ]


def test_names_in_columns_under_no_label_are_a_roster(make_pdf):
    runs = [("Plats och tid: Kommunhuset kl. 13.00", 48, 126, 10, False)]
    runs += [("Birgitta Hed (S)", 48, 154, 10, False), ("Jaakko Laine (M)", 260, 154, 10, False)]
    runs += [("Roya Karimi (V)", 48, 168, 10, False), ("Ulf Sandberg (C)", 260, 168, 10, False)]
    assert sorted(people_of(make_pdf, runs + items(230))) == [
        ("Birgitta Hed", "ledamot"),
        ("Jaakko Laine", "ledamot"),
        ("Roya Karimi", "ledamot"),
        ("Ulf Sandberg", "ledamot"),
    ]


def test_a_sentence_of_who_took_part_is_a_roster(make_pdf):
    runs = [("Vid sammanträdet deltog Tove Lindqvist, Arne Nykvist och Li Zhang.", 48, 140, 10, False)]
    assert people_of(make_pdf, runs + items(200)) == [
        ("Tove Lindqvist", "ledamot"),
        ("Arne Nykvist", "ledamot"),
        ("Li Zhang", "ledamot"),
    ]


def test_a_party_label_before_its_people_gives_them_the_party(make_pdf):
    runs = [("Närvarande", 48, 140, 10, True), ("Socialdemokraterna: Emma Holm, Rasmus Ek", 48, 154, 10, False)]
    doc = pipeline.parse_document(pipeline.extract_document(make_pdf("roster.pdf", [HEAD + runs + items(200)])))
    assert [(p.name, p.party) for p in doc.participants] == [("Emma Holm", "S"), ("Rasmus Ek", "S")]


@pytest.mark.parametrize("order", ["given first", "family first"])
def test_a_name_in_two_columns_is_one_name(make_pdf, order):
    labels = ["Förnamn", "Efternamn", "Parti"] if order == "given first" else ["Efternamn", "Förnamn", "Parti"]
    rows = [("Greta", "Malmström", "S"), ("Kalevi", "Nurmi", "M")]
    runs = [("Närvarande", 48, 140, 10, True)]
    runs += [(label, x, 154, 10, False) for label, x in zip(labels, (48, 180, 320), strict=True)]
    for k, (given, family, party) in enumerate(rows):
        cells = [given, family, party] if order == "given first" else [family, given, party]
        runs += [(c, x, 168 + 14 * k, 10, False) for c, x in zip(cells, (48, 180, 320), strict=True)]
    assert people_of(make_pdf, runs + items(230)) == [("Greta Malmström", "ledamot"), ("Kalevi Nurmi", "ledamot")]


@pytest.mark.parametrize(
    ("label", "role"),
    [("Förtroendevalda", "ledamot"), ("Kanslipersonal", "tjänsteperson"), ("Vikarierande", "ersättare")],
)
def test_an_unlisted_label_and_its_people_on_one_line_are_a_roster(make_pdf, label, role):
    """ "Förtroendevalda: Name (S), Name (M)": the label, though no vocabulary lists it, heads
    the people after it on its line (its role from headings.yml unknown_heading_stems)."""
    entries = (
        "Maria Söderholm, Teemu Koskinen" if role == "tjänsteperson" else "Maria Söderholm (S), Teemu Koskinen (M)"
    )
    runs = [(f"{label}: {entries}", 48, 140, 10, False)]
    assert people_of(make_pdf, runs + items(200)) == [("Maria Söderholm", role), ("Teemu Koskinen", role)]


def test_a_place_label_with_a_name_after_it_is_no_roster(make_pdf):
    runs = [("Plats: Maria Söderholms rum, Per Bergs väg 4", 48, 140, 10, False)]
    assert people_of(make_pdf, runs + items(200)) == []


def test_a_job_title_and_its_holder_on_one_line_is_one_entry_of_the_section(make_pdf):
    """ "Planeringschef: Name" under "Övriga närvarande" is that section's official, no label
    of a roster of its own."""
    runs = [("Övriga närvarande", 48, 140, 10, True), ("Planeringschef: Yrsa Lindblom", 48, 154, 10, False)]
    assert people_of(make_pdf, runs + items(200)) == [("Yrsa Lindblom", "tjänsteperson")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hedda Ström, Iiro Mattila samt Oskar Lind", ["Hedda Ström", "Iiro Mattila", "Oskar Lind"]),
        ("Hedda Ström & Iiro Mattila", ["Hedda Ström", "Iiro Mattila"]),
        ("Hedda Ström S, Iiro Mattila M", ["Hedda Ström", "Iiro Mattila"]),
        ("Ida Sjögren (S) Kent Åberg (M)", ["Ida Sjögren", "Kent Åberg"]),
    ],
)
def test_lists_of_people_on_one_line(line, names):
    people = [parse_person_line(e, None) for e in split_entries(line)]
    assert [p.name for p in people if p is not None] == names


def test_samt_between_other_words_stays_as_written():
    assert split_entries("Hedda Ström, Region samt Kumla kommun") == ["Hedda Ström, Region samt Kumla kommun"]


@pytest.mark.parametrize(
    ("entry", "name"),
    [("Saga Nord* (S)", "Saga Nord"), ("Saga Nord¹", "Saga Nord"), ('Katarina "Kajsa" Nord (V)', "Katarina Nord")],
)
def test_footnote_marks_and_nicknames_are_no_part_of_the_name(entry, name):
    p = parse_person_line(entry, None)
    assert p is not None and p.name == name


def test_a_plural_role_word_leads_the_rest_of_the_list(make_pdf):
    """ "… samt ersättarna X och Y": both are ersättare (headings.yml plural_role_leads)."""
    runs = [("Närvarande", 48, 140, 10, True)]
    runs += [("Elin Vik (S), Johan Åhs (M) samt ersättarna Mira Holt (C) och Åke Fors (L)", 48, 154, 10, False)]
    assert people_of(make_pdf, runs + items(200)) == [
        ("Elin Vik", "ledamot"),
        ("Johan Åhs", "ledamot"),
        ("Mira Holt", "ersättare"),
        ("Åke Fors", "ersättare"),
    ]


def test_the_role_after_som_is_the_entry_role():
    p = parse_person_line("Mira Holt (C) som ersättare", None)
    assert p is not None and (p.name, p.role) == ("Mira Holt", "ersättare")


def test_rows_with_the_party_first_and_no_header_are_rows_of_their_own(make_pdf):
    """ "S | Name | ordförande" rows: each row starts in the first column, none continues the
    one above it (only a row leaving the first column empty does)."""
    runs = [("Närvarande", 48, 140, 10, True)]
    for k, (party, name, role) in enumerate([("S", "Lisa Hägg", "ordförande"), ("M", "Timo Kallio", "ledamot")]):
        runs += [(party, 48, 154 + 14 * k, 10, False), (name, 90, 154 + 14 * k, 10, False)]
        runs += [(role, 250, 154 + 14 * k, 10, False)]
    assert people_of(make_pdf, runs + items(210)) == [("Lisa Hägg", "ordförande"), ("Timo Kallio", "ledamot")]
