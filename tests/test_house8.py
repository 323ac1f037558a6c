"""Rules for the house styles of tests/zoo/house8.py (written blind): each a fact about Swedish
protocols, tested on lines written here.  Names are invented.
"""

from __future__ import annotations

from pipeline.parse.people import read_roster, split_entries
from pipeline.parse.segment import find_roster
from pipeline.records import Line


def roster_of(*texts: str) -> list[tuple[str, str]]:
    found, _ = read_roster(find_roster([Line(text=t, page=1) for t in ("Protokoll", *texts)]))
    return [(p.name, p.role) for p in found]


def test_a_running_roster_whose_groups_a_label_opens_after_a_semicolon() -> None:
    """ "Närvarande: …; suppleanter: …; dessutom deltog …": each group has its label's role."""
    people = roster_of(
        "Närvarande: Lo Ek (S), ordförande, Per Berg (M) och Eva Ny (V); tjänstgörande ersättare:",
        "Kim Lund (M) i stället för Ola Dahl; suppleanter: Ann-Sofie",
        "Brattberg (M); dessutom deltog Mia Holm, verkställande direktör, och Bo Sten, fastighetschef.",
    )
    assert people == [
        ("Lo Ek", "ordförande"),
        ("Per Berg", "ledamot"),
        ("Eva Ny", "ledamot"),
        ("Kim Lund", "ersättare"),
        ("Ann-Sofie Brattberg", "ersättare"),
        ("Mia Holm", "tjänsteperson"),
        ("Bo Sten", "tjänsteperson"),
    ]


def test_a_comma_before_och_still_parts_two_people() -> None:
    assert split_entries("Mia Holm, verkställande direktör, Lo Ek, fastighetschef, och Bo Sten, controller") == [
        "Mia Holm, verkställande direktör",
        "Lo Ek, fastighetschef",
        "Bo Sten, controller",
    ]


def test_an_action_note_in_a_decision_is_no_decision() -> None:
    from pipeline.parse.decisions import find_decisions

    # the note in the decision's own paragraph, as a table's cell joins them
    lines = [Line(text=t, page=1) for t in ("Beslut", "Gruppen beslutade att delta. Åtgärd: Lo Ek skickar underlaget.")]
    assert [d.text for d in find_decisions(lines)] == ["Gruppen beslutade att delta."]


def test_a_closing_box_without_a_heading_ends_the_last_decision() -> None:
    from pipeline.parse.decisions import find_decisions

    def at(text: str, x: float, top: float) -> Line:
        return Line(text=text, page=1, x0=x, top=top, x1=x + 6 * len(text), bottom=top + 10, size=10)

    base = [at("Arbetsutskottets beslut", 72, 100), at("Arbetsutskottet beslutar att bevilja bidraget.", 72, 114)]
    names = [at("Lo Ek", 72, 160), at("Per Berg", 226, 160), at("Eva Ny", 380, 160)]
    captions = [at("Ordförande", 72, 172), at("Justerare", 226, 172), at("Sekreterare", 380, 172)]
    assert [d.text for d in find_decisions([*base, *names, *captions])] == [
        "Arbetsutskottet beslutar att bevilja bidraget."
    ]
    dots = [at("..............................", 72, 150), at("..............................", 226, 150)]
    assert [d.text for d in find_decisions([*base, *dots, *names[:2]])] == [
        "Arbetsutskottet beslutar att bevilja bidraget."
    ]


def test_an_agenda_table_that_page_columns_would_cut_in_two_is_read_as_a_table() -> None:
    """ "Punkt | Ärende | Beslut/åtgärd" with the title in bold over its notes in the Ärende cell,
    and a decision cell wide enough to look like a page column of its own."""
    from pipeline.parse.segment import segment

    def at(text: str, x: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, page=1, x0=x, top=top, x1=x + 5 * len(text), bottom=top + 9, size=9.5, bold=bold)

    lines = [at("Minnesanteckningar", 58, 40, True), at("Punkt", 58, 100, True), at("Ärende", 102, 100, True)]
    lines.append(at("Beslut/åtgärd", 348, 100, True))
    top = 112.0
    for n, (title, note, decision) in enumerate(
        [
            ("Mötets öppnande", "Lo Ek hälsade välkommen.", "Dagordningen godkändes."),
            ("Föregående anteckningar", "Anteckningarna gicks igenom.", "Anteckningarna lades till handlingarna."),
            ("Regional strategi", "Kommunerna har lämnat synpunkter.", "Gruppen ställer sig bakom sammanställningen."),
            ("Nästa möte", "Mötet hålls i maj.", "Informationen noteras."),
        ],
        1,
    ):
        lines += [at(str(n), 58, top), at(title, 102, top, True), at(decision, 348, top), at(note, 102, top + 12)]
        top += 30
    items = segment(lines).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötets öppnande"),
        ("2", "Föregående anteckningar"),
        ("3", "Regional strategi"),
        ("4", "Nästa möte"),
    ]
    assert [ln.text for ln in items[0].lines] == ["Lo Ek hälsade välkommen.", "Beslut", "Dagordningen godkändes."]


def test_an_appendix_heading_after_the_last_item_ends_its_decision() -> None:
    from pipeline.parse.decisions import find_decisions

    texts = ("Nämndens beslut", "Nämnden beslutar att anta planen.", "Bilaga 1", "Närvaro- och omröstningslista")
    assert [d.text for d in find_decisions([Line(text=t, page=1) for t in texts])] == [
        "Nämnden beslutar att anta planen."
    ]


def test_a_role_cell_before_the_name_with_a_comma() -> None:
    """A table row read as one line with its role column first: "1:e vice ordf., Göran Ek, M"."""
    from pipeline.parse.people import parse_person_line

    p = parse_person_line("1:e vice ordf., Göran Ek, M, närvarande", "ledamot")
    assert p is not None and (p.name, p.role, p.party) == ("Göran Ek", "vice ordförande", "M")
