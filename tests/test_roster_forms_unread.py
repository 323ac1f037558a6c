"""Roster forms the parser left unread: an unlisted label beside its first entry, a job title
over one name, the chair's signature under "Justeras", "Family, Given J." with particles.

Each case is a small PDF (conftest's `make_pdf`) read through the public API, or a table of
entries for the person-line rules.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

import pipeline
from pipeline.parse.people import parse_person_line, read_roster, split_entries
from pipeline.parse.segment import find_roster
from pipeline.records import Line

HEAD = [
    ("Protokoll", 48, 60, 15, True),
    ("Kommunstyrelsen", 48, 80, 11, False),
    ("Kumla kommun", 48, 95, 10, False),
    ("Sammanträdesdatum 2025-03-19", 48, 110, 10, False),
]


def items(top: float) -> list[tuple[str, float, float, float, bool]]:
    return [
        ("§ 1 Budget 2026", 48, top, 11, True),
        ("Styrelsen beslutar att godkänna budgeten.", 48, top + 18, 10, False),
        ("§ 2 Taxor för bygglov", 48, top + 42, 11, True),
        ("Styrelsen beslutar att fastställa taxorna.", 48, top + 60, 10, False),
    ]


def at(text: str, top: float, x1: float = 120.0) -> Line:
    return Line(text=text, page=1, x0=48.0, top=top, x1=x1, bottom=top + 10, size=10.0)


def people_of(make_pdf, runs) -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse_document(pipeline.extract_document(make_pdf("roster.pdf", [HEAD + runs])))
    return [(p.name, p.role, p.title) for p in doc.participants]


# --------------------------------------------------------------------------- 1. label beside its entry
@pytest.mark.parametrize("label", ["Styrelsens ledamöter:", "Från nämnden:", "Församlade:"])
@pytest.mark.parametrize("one_line", [True, False], ids=["one line", "two cells"])
def test_an_unlisted_label_beside_the_first_entry_heads_the_entries_under_it(make_pdf, label, one_line):
    """ "Styrelsens ledamöter: Anna Ek (S), ordförande" with the next entries indented under the
    first: the label, though no vocabulary lists it, heads all three."""
    if one_line:
        x = 48 + stringWidth(label + " ", "Helvetica", 10)
        runs = [(f"{label} Anna Ek (S), ordförande", 48, 140, 10, False)]
    else:
        x = 160
        runs = [(label, 48, 140, 10, False), ("Anna Ek (S), ordförande", x, 140, 10, False)]
    runs += [("Per Berg (M)", x, 154, 10, False), ("Ola Ny (C)", x, 168, 10, False), *items(200)]
    assert people_of(make_pdf, runs) == [
        ("Anna Ek", "ordförande", None),
        ("Per Berg", "ledamot", None),
        ("Ola Ny", "ledamot", None),
    ]


@pytest.mark.parametrize("label", ["Kopia till:", "Sändlista:", "Expedieras:"])
def test_a_distribution_list_beside_names_is_no_roster(make_pdf, label):
    x = 48 + stringWidth(label + " ", "Helvetica", 10)
    runs = [
        ("Beslutande", 48, 130, 10, True),
        ("Anna Ek (S), ordförande", 48, 144, 10, False),
        *items(170),
        (f"{label} Lisa Sund", 48, 260, 10, False),
        ("Maja Lind", x, 274, 10, False),
    ]
    names = [name for name, _, _ in people_of(make_pdf, runs)]
    assert "Lisa Sund" not in names and "Maja Lind" not in names


def test_an_unlisted_label_over_a_line_further_left_heads_nothing(make_pdf):
    """The next line is no entry indented under the first: the label stays a line of text."""
    runs = [
        ("Beslutande", 48, 126, 10, True),
        ("Anna Ek (S), ordförande", 48, 140, 10, False),
        ("Från nämnden: Per Berg (M)", 48, 154, 10, False),
        ("Ola Ny (C)", 48, 168, 10, False),
        *items(200),
    ]
    assert ("Per Berg", "ledamot", None) in people_of(make_pdf, runs)


# --------------------------------------------------------------------------- 2. a heading over one entry
@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Kommundirektör", [("Eva Lund", "tjänsteperson", "kommundirektör")]),
        ("Biträdande förvaltningschef", [("Eva Lund", "tjänsteperson", "biträdande förvaltningschef")]),
        ("Protokollförare", [("Eva Lund", "sekreterare", None)]),
        ("Sekreterare", [("Eva Lund", "sekreterare", None)]),
    ],
)
def test_a_heading_over_one_entry_gives_it_its_role(make_pdf, heading, expected):
    """A job title as a heading over one name is its holder's title (an official); a role
    heading over one name, that person's role."""
    runs = [
        ("Beslutande", 48, 140, 10, True),
        ("Anna Ek (S), ordförande", 48, 154, 10, False),
        ("Per Berg (M)", 48, 168, 10, False),
        (heading, 48, 190, 10, True),
        ("Eva Lund", 48, 204, 10, False),
        *items(240),
    ]
    got = people_of(make_pdf, runs)
    assert got[:2] == [("Anna Ek", "ordförande", None), ("Per Berg", "ledamot", None)]
    assert [p for p in got if p[0] == "Eva Lund"] == expected


def test_a_job_title_over_two_entries_is_no_heading_of_one():
    front = (at("Ledamöter", 100), at("Kommundirektör", 114), at("Eva Lund", 128), at("Per Berg", 142))
    people, _ = read_roster(find_roster(list(front)))
    assert ("Per Berg", "tjänsteperson") not in [(p.name, p.role) for p in people]


# --------------------------------------------------------------------------- 3. signature box
ROSTER = [
    ("Beslutande", 48, 140, 10, True),
    ("Anna Ek (S), ordförande", 48, 154, 10, False),
    ("Per Berg (M)", 48, 168, 10, False),
    ("Ola Ny (C)", 48, 182, 10, False),
]
SIGNATURE_BOXES = {
    "names only under Justeras": [
        ("Justeras", 48, 320, 10, False),
        ("Anna Ek", 48, 350, 10, False),
        ("Ola Ny", 250, 350, 10, False),
    ],
    "the chair's role after the name": [
        ("Justeras:", 48, 320, 10, False),
        ("Anna Ek, ordförande", 48, 350, 10, False),
        ("Ola Ny, justerare", 250, 350, 10, False),
        ("Vid protokollet:", 48, 380, 10, False),
        ("Eva Lund, sekreterare", 48, 410, 10, False),
    ],
    "dotted lines": [
        ("Justeras", 48, 320, 10, False),
        ("......................", 48, 345, 10, False),
        ("......................", 250, 345, 10, False),
        ("Anna Ek, ordförande", 48, 358, 10, False),
        ("Ola Ny, justerare", 250, 358, 10, False),
    ],
    "captions under the names": [
        ("Vid protokollet", 48, 320, 10, False),
        ("Eva Lund", 48, 350, 10, False),
        ("Sekreterare", 48, 364, 10, False),
        ("Justeras", 48, 390, 10, False),
        ("Anna Ek", 48, 420, 10, False),
        ("Ola Ny", 250, 420, 10, False),
        ("Ordförande", 48, 434, 10, False),
        ("Justerare", 250, 434, 10, False),
    ],
}


@pytest.mark.parametrize("box", SIGNATURE_BOXES.values(), ids=list(SIGNATURE_BOXES))
def test_the_chair_signing_under_justeras_is_no_justerare(make_pdf, box):
    """The gold's convention: the justerare and the secretary who sign the box are participants
    in those roles; the chair who signs beside the justerare is the chair, once."""
    got = [(name, role) for name, role, _ in people_of(make_pdf, ROSTER + items(220) + box)]
    assert ("Ola Ny", "justerare") in got
    assert ("Anna Ek", "justerare") not in got
    assert got.count(("Anna Ek", "ordförande")) == 1
    if any(text.startswith("Eva Lund") for text, *_ in box):
        assert ("Eva Lund", "sekreterare") in got


# --------------------------------------------------------------------------- 4. family name first
FAMILY_FIRST = [
    ("Ek, Per J.", "Per J. Ek"),
    ("Ek, Per J. (S), vice ordförande", "Per J. Ek"),
    ("Sandberg, Eva-Lena K.", "Eva-Lena K. Sandberg"),
    ("von Essen, Agnes (M)", "Agnes von Essen"),
    ("af Klercker, Bo", "Bo af Klercker"),
    ("van der Wal, Tobias (C)", "Tobias van der Wal"),
    ("Van der Wal, Tobias", "Tobias van der Wal"),  # the capital only the line's start gave it
    ("De Geer, Ann-Sofie (KD)", "Ann-Sofie De Geer"),  # one particle: as written
    ("de la Motte, Rolf (M)", "Rolf de la Motte"),
]


@pytest.mark.parametrize(("line", "name"), FAMILY_FIRST)
def test_family_name_first_with_an_initial_or_a_particle(line, name):
    p = parse_person_line(line, None)
    assert p is not None and p.name == name


def test_a_running_list_family_names_first_with_initials_and_particles():
    text = "Ek, Per J. (S), ordförande, von Essen, Agnes (M), Van der Wal, Tobias (C), Sandberg, Eva-Lena K. (L)"
    assert split_entries(text) == [
        "Per J. Ek (S), ordförande",
        "Agnes von Essen (M)",
        "Tobias van der Wal (C)",
        "Eva-Lena K. Sandberg (L)",
    ]


def test_one_family_first_entry_a_line_is_no_name_cut_at_the_line_end():
    rows = [
        "Ek, Per J., ordförande",
        "Lindqvist, Anna M.",
        "von Essen, Agnes",
        "Van der Wal, Tobias",
        "Sandberg, Eva-Lena K.",
    ]
    front = [at("Ledamöter", 100), *(at(r, 114 + 14 * k, 160.0) for k, r in enumerate(rows))]
    people, _ = read_roster(find_roster(front))
    assert [(p.name, p.role) for p in people] == [
        ("Per J. Ek", "ordförande"),
        ("Anna M. Lindqvist", "ledamot"),
        ("Agnes von Essen", "ledamot"),
        ("Tobias van der Wal", "ledamot"),
        ("Eva-Lena K. Sandberg", "ledamot"),
    ]
