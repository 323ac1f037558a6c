"""Decisions: which sentences record what the meeting decided, and of which kind."""

from __future__ import annotations

import pytest

from pipeline.parse.decisions import (
    DECISION_HEADING,
    decision_kind,
    elections,
    find_decisions,
    find_presenters,
    find_remarks,
    is_decision,
    own_proposal_heading,
)
from pipeline.records import Line


def lines(*texts: str) -> list[Line]:
    return [Line(text=t, page=1) for t in texts]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Dagordningen fastställdes.", "fastställande"),
        ("Till justerare utsågs Kim Ek, Kumla kommun.", "val"),
        ("Lisa Berg valdes till ny vice ordförande.", "val"),
        ("Protokollet lades till handlingarna.", "till handlingarna"),
        ("Punkten skjuts till kommande möte.", "bordläggning"),
        ("Ärendet bordlades.", "bordläggning"),
        ("Rådet beslutade att ge chefsgruppen i uppdrag att ta fram en plan.", "uppdrag"),
        ("Nämnden beslutade att avslå ansökan.", "avslag"),
        ("Förslaget godkändes.", "bifall"),
        ("Informationen noterades.", "information"),
        ("Kommunstyrelsen beslutar att fastställa taxan.", "fastställande"),
    ],
)
def test_decision_sentences_and_their_kind(sentence, kind):
    assert is_decision(sentence)
    assert decision_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "RF-SISU har administrerat ansökningar och chefsgruppen har tagit beslut.",
        "3 mnkr tilldelas varje länsdel och länsdelsgrupperna beslutar om insatser.",
        "Det är länets socialchefer som har rådighet att ta beslut om fördelning av medel.",
        "Planen kommer att presenteras i rådet.",
        "Anna Ek presenterade det pågående arbetet.",
    ],
)
def test_sentences_that_are_not_decisions(sentence):
    assert not is_decision(sentence)


def test_decisions_are_verbatim_sentences_of_the_item():
    found = find_decisions(
        lines(
            "Se tidigare protokoll via länk",
            "Protokollet från föregående möte fastställdes och",
            "lades till handlingarna.",
        )
    )
    assert [d.text for d in found] == ["Protokollet från föregående möte fastställdes och lades till handlingarna."]


def test_a_beslut_section_holds_the_decisions_and_the_proposal_does_not_count():
    found = find_decisions(
        lines(
            "Ärendebeskrivning",
            "Kommunen har fått en ansökan.",
            "Förslag till beslut",
            "Kommunstyrelsen beslutar att bevilja ansökan.",
            "Beslut",
            "Kommunstyrelsen beslutar",
            "att bevilja ansökan,",
            "att uppdra åt kommunchefen att",
            "följa upp insatsen.",
            "Beslutet skickas till",
            "Ekonomienheten",
        )
    )
    assert [d.text for d in found] == [
        "Kommunstyrelsen beslutar att bevilja ansökan",
        "Kommunstyrelsen beslutar att uppdra åt kommunchefen att följa upp insatsen",
    ]
    assert [d.kind for d in found] == ["bifall", "uppdrag"]


def test_an_organs_beslut_heading_opens_the_decision_section():
    found = find_decisions(lines("Välfärdsnämndens beslut:", "Välfärdsnämnden godkände förslaget."))
    assert [d.text for d in found] == ["Välfärdsnämnden godkände förslaget."]


def test_elections_name_the_person_role_and_organisation():
    (p,) = elections("Till justerare utsågs Eva-Lotta Svanström, Nora kommun.")
    assert (p.name, p.role, p.organization) == ("Eva-Lotta Svanström", "justerare", "Nora kommun")
    (q,) = elections("Gun Alvander valdes till ny vice ordförande.")
    assert (q.name, q.role) == ("Gun Alvander", "vice ordförande")
    assert [x.name for x in elections("Till justerare valdes Kim Ek och Lo Berg.")] == ["Kim Ek", "Lo Berg"]


def test_presenters_of_an_item():
    found = find_presenters(
        lines(
            "Mehmet Yildor och Vera Ek rapporterade från konferensen.",
            "Susann presenterade utkastet.",
            "Rådet diskuterade.",
        )
    )
    assert [(p.name, p.verb) for p in found] == [
        ("Mehmet Yildor", "rapporterade"),
        ("Vera Ek", "rapporterade"),
        ("Susann", "presenterade"),
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Rådet godkände fördelningen av medlen enligt förslaget.", None),
        ("Rådet ställde sig bakom den reviderade planen.", None),
        ("Nämnden ställde sig positiv till att kommunerna deltar.", None),
        ("Chefsgruppen uppdrog åt Kim Ek att ta fram ett förslag.", "Chefsgrupp folkhälsa"),
        ("Rådet gav chefsgruppen i uppdrag att ta fram en plan.", None),
        ("Styrgruppen fastställde dagordningen.", None),
        ("Rådet utsåg Kim Ek till justerare.", None),
        ("Socialnämnden lägger rapporten till handlingarna.", "Socialnämnden Kumla kommun"),
        ("Kommunstyrelsen föreslår kommunfullmäktige att anta planen.", "Kommunstyrelsen Kumla kommun"),
        ("Gruppen enades om att skjuta upp frågan till nästa möte.", None),
        ("Chefsgruppen förde över kvarvarande medel till nästa år.", None),
        ("Nämnden entledigar Kim Ek från uppdraget.", None),
    ],
)
def test_the_meeting_as_subject_of_a_deciding_verb(sentence, body):
    assert is_decision(sentence, body)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Regionstyrelsen beslutade tidigare i år att anta en handlingsplan.", "Regionala samverkansrådet"),
        ("Sedan strategin antogs har tjugo gruppledare utbildats.", None),
        ("Rådet gav synpunkter på utkastet.", None),
        ("Rådet lade stor vikt vid uppföljningen.", None),
        ("Länsstyrelsen ställde sig bakom förslaget.", "Regionala samverkansrådet"),
    ],
)
def test_other_bodies_and_background_are_not_the_meetings_decisions(sentence, body):
    assert not is_decision(sentence, body)


def test_a_proposal_to_another_body_is_kept_with_its_own_kind():
    assert decision_kind("Kommunstyrelsen föreslår kommunfullmäktige att anta budgeten.") == "förslag"


@pytest.mark.parametrize(
    "sentence",
    [
        "Utskottet föreslår styrelsen besluta att godkänna delårsrapporten.",
        "Arbetsutskottet föreslår nämnden besluta att anta riktlinjerna.",
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att anta planen.",
        "Barn- och utbildningsnämnden föreslår kommunfullmäktige att anta taxan.",
    ],
)
def test_a_committees_proposal_to_its_board_is_of_kind_forslag(sentence):
    assert decision_kind(sentence) == "förslag"


@pytest.mark.parametrize(
    ("heading", "decision"),
    [
        ("Beslut", "Informationen noteras."),
        ("Nämndens beslut", "Noteras till protokollet."),
        ("Beslut", "Läggs till handlingarna."),
        ("Nämndens beslut", "Enligt förslag."),
    ],
)
def test_a_delegation_table_with_a_beslut_column_is_no_decision_section(heading, decision):
    """ "Datum | Beslut | Delegat" over the delegated decisions an item lists: the column's
    "Beslut" heads no decision section; the item's own "Beslut" below does."""

    def at(text: str, x: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, page=1, x0=x, top=top, bold=bold, size=10.0)

    block = [
        at("Följande beslut fattade med stöd av delegation redovisas:", 56, 100),
        at("Äldreomsorg", 56, 118, bold=True),
        at("Datum", 56, 131, bold=True),
        at("Beslut", 136, 131, bold=True),
        at("Delegat", 386, 131, bold=True),
        at("2025-02-11", 56, 144),
        at("Beslut om hemtjänst", 136, 144),
        at("enhetschef", 386, 144),
        at(heading, 56, 170, bold=True),
        at(decision, 56, 183),
    ]
    assert [d.text for d in find_decisions(block)] == [decision]


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        ("4. Region Örebro län, yttrande över länsgemensam handlingsplan, 2025-10-13", "Läggs till handlingarna."),
        (
            "• Länsstyrelsen i Örebro län, beslut efter tillsyn, 2025-02-11",
            "Anmälningsärendena läggs till handlingarna.",
        ),
    ],
)
def test_a_decision_a_paragraphs_space_below_a_list_is_a_sentence_of_its_own(lead, after):
    """The last entry of a list of reported documents has no full stop; the decision a
    paragraph's space under it starts a sentence of its own."""
    block = [
        Line(text="Följande handlingar anmäls:", page=1, top=100.0, size=10.0),
        Line(text=lead.replace("4.", "3.", 1), page=1, top=114.6, size=10.0),
        Line(text=lead, page=1, top=129.2, size=10.0),
        Line(text=after, page=1, top=147.8, size=10.0),
    ]
    assert [d.text for d in find_decisions(block)] == [after]


@pytest.mark.parametrize(
    ("heading", "body", "own"),
    [
        ("Arbetsutskottets förslag till kommunstyrelsen", "Kommunstyrelsens arbetsutskott Kumla kommun", True),
        ("Utskottets förslag till kommunstyrelsen:", "Kommunstyrelsens arbetsutskott", True),
        ("Kommunstyrelsens förslag till kommunfullmäktige", "Kommunstyrelsen Kumla kommun", True),
        ("Socialnämndens förslag till kommunfullmäktige", "Socialnämnden", True),
        # another body's proposal, put to this meeting
        ("Arbetsutskottets förslag till kommunstyrelsen", "Kommunstyrelsen Kumla kommun", False),
        ("Kommunstyrelsens förslag till kommunfullmäktige", "Kommunfullmäktige Kumla kommun", False),
        ("Förvaltningens förslag till socialnämnden", "Socialnämnden", False),
        # the officials' preparation, or no body to propose to
        ("Förslag till beslut", "Kommunstyrelsens arbetsutskott", False),
        ("Arbetsutskottets förslag till beslut", "Kommunstyrelsens arbetsutskott", False),
        ("Arbetsutskottets förslag till kommunstyrelsen", None, False),
    ],
)
def test_the_own_bodys_proposal_heading(heading, body, own):
    assert own_proposal_heading(heading, body) is own


def test_under_the_own_proposal_heading_the_meetings_proposal_is_its_decision():
    item = lines(
        "Förslag till beslut",
        "Förvaltningen föreslår att arbetsutskottet beslutar att bevilja 50 000 kronor.",
        "Arbetsutskottets förslag till kommunstyrelsen",
        "Kommunstyrelsen beslutar att bevilja 60 000 kronor.",
        "Expedieras till: Kommunstyrelsen",
    )
    got = find_decisions(item, body="Kommunstyrelsens arbetsutskott Kumla kommun")
    assert [(d.text, d.kind) for d in got] == [("Kommunstyrelsen beslutar att bevilja 60 000 kronor.", "förslag")]
    assert find_decisions(item, body="Kommunstyrelsen Kumla kommun") == []


def test_numbered_decisions_are_one_decision_each():
    got = find_decisions(
        lines(
            "Beslut",
            "1. Nämnden antar riktlinjerna.",
            "2. Riktlinjerna gäller från den 1 april.",
            "Expedieras till",
            "Enhetschef",
        )
    )
    assert [d.text for d in got] == ["Nämnden antar riktlinjerna.", "Riktlinjerna gäller från den 1 april."]


@pytest.mark.parametrize(
    "end",
    ["Beslutet ska skickas till", "Beslutet skickas till", "Ansvar: Kim Ek", "Reservation", "Protokollsanteckning"],
)
def test_a_decision_section_ends_at_the_next_section(end):
    got = find_decisions(lines("Beslut", "Nämnden antar planen.", end, "Kommunfullmäktige"))
    assert [d.text for d in got] == ["Nämnden antar planen."]


def test_a_short_bold_line_is_a_section_heading_in_a_pdf():
    block = [
        Line(text="Beslut", page=1, bold=True),
        Line(text="Nämnden antar planen.", page=1),
        Line(text="Beslutet delas ut till", page=1, bold=True),
        Line(text="Ekonomichef", page=1),
        *[Line(text="Löptext i ärendet.", page=1) for _ in range(4)],
    ]
    assert [d.text for d in find_decisions(block)] == ["Nämnden antar planen."]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Rådet utsåg Kim Ek till justerare.", [("Kim Ek", "justerare", None)]),
        (
            "Kim Ek, Nora kommun, utsågs att jämte ordföranden justera dagens protokoll.",
            [("Kim Ek", "justerare", "Nora kommun")],
        ),
        ("Nämnden väljer Lo Berg (S) till ersättare i arbetsutskottet.", [("Lo Berg", "ersättare", None)]),
        ("Att jämte ordföranden justera protokollet valdes Kim Ek.", [("Kim Ek", "justerare", None)]),
        (
            "Att justera protokollet utsågs Kim Ek (S) och Lo Berg (M).",
            [("Kim Ek", "justerare", None), ("Lo Berg", "justerare", None)],
        ),
        (
            "Nämnden beslutar att utse Kim Ek (S) att jämte ordföranden justera protokollet.",
            [("Kim Ek", "justerare", None)],
        ),
        ("Mötet valde Kim Ek att justera dagens protokoll.", [("Kim Ek", "justerare", None)]),
        ("Protokollet justeras av ordföranden och Kim Ek.", [("Kim Ek", "justerare", None)]),
        ("Dagens protokoll justeras av Kim Ek jämte ordföranden.", [("Kim Ek", "justerare", None)]),
        ("Styrelsen beslutade att välja Kim Ek till ordförande.", [("Kim Ek", "ordförande", None)]),
    ],
)
def test_elections_in_every_voice(sentence, who):
    assert [(p.name, p.role, p.organization) for p in elections(sentence)] == who


def test_att_clauses_after_a_lead_without_a_beslut_heading():
    got = find_decisions(
        lines(
            "Förvaltningen har berett ärendet.",
            "Nämnden beslutar",
            "att godkänna rapporten,",
            "att överlämna den till fullmäktige.",
        )
    )
    assert [d.text for d in got] == [
        "Nämnden beslutar att godkänna rapporten",
        "Nämnden beslutar att överlämna den till fullmäktige",
    ]


def test_numbered_att_clauses_keep_their_lead():
    got = find_decisions(
        lines(
            "Beslut",
            "Kommunstyrelsen beslutar",
            "1. att godkänna planen,",
            "2. att uppdra åt förvaltningen att revidera den.",
        )
    )
    assert [d.text for d in got] == [
        "Kommunstyrelsen beslutar att godkänna planen",
        "Kommunstyrelsen beslutar att uppdra åt förvaltningen att revidera den",
    ]


def test_a_decision_heading_naming_a_compound_body():
    got = find_decisions(
        lines(
            "Förvaltningens förslag",
            "Nämnden beslutar att anta planen.",
            "Vård- och omsorgsnämndens beslut",
            "Vård- och omsorgsnämnden antar planen.",
        )
    )
    assert [d.text for d in got] == ["Vård- och omsorgsnämnden antar planen."]


def test_elected_to_adjust_together_with_the_chair():
    assert [
        (p.name, p.role)
        for p in elections("Lo Berg, Kumla kommun, utsågs att tillsammans med ordföranden justera protokollet.")
    ] == [("Lo Berg", "justerare")]


def test_the_meetings_own_lead_heads_a_decision_section():
    got = find_decisions(
        lines("Ärendebeskrivning", "Förvaltningen har tagit fram en plan.", "Nämnden beslutar:", "Planen antas."),
        body="Socialnämnden Kumla kommun",
    )
    assert [d.text for d in got] == ["Planen antas."]


def test_a_lead_inside_a_proposal_is_not_a_decision():
    got = find_decisions(
        lines("Förslag till beslut", "Nämnden beslutar", "att anta planen.", "Beslut", "Nämnden antar planen."),
        body="Socialnämnden Kumla kommun",
    )
    assert [d.text for d in got] == ["Nämnden antar planen."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rådet har godkänt planen.",
        "Chefsgruppen har fastställt dagordningen.",
        "Styrelsen antagit planen.",
        "Nämnden har återremitterat ärendet.",
    ],
)
def test_any_inflection_of_a_decision_verb_after_the_meetings_subject(sentence):
    # forms no regex lists: the lemma-aware Matcher of parse/text.py finds them
    assert is_decision(sentence)


def test_reservations_notes_and_jav_are_recorded_apart_from_the_decisions():
    item = lines(
        "Beslut",
        "Nämnden antar planen.",
        "Reservation",
        "Anna Ek (M) reserverar sig mot beslutet.",
        "Protokollsanteckning: Per Berg (V) lämnar en skriftlig anteckning.",
        "Expedieras till",
        "Ekonomichef",
    )
    assert [d.text for d in find_decisions(item)] == ["Nämnden antar planen."]
    assert [(r.kind, r.text) for r in find_remarks(item)] == [
        ("reservation", "Anna Ek (M) reserverar sig mot beslutet."),
        ("protokollsanteckning", "Per Berg (V) lämnar en skriftlig anteckning."),
    ]


@pytest.mark.parametrize(
    "remark",
    [
        "Per Berg (M) lämnar följande anteckning till protokollet: Vi vill se en uppföljning.",
        "Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.",
        "Lo Lind (L) anmäler jäv och deltar inte i handläggningen av ärendet.",
        "Moderaterna antecknar till protokollet att partiet vill följa frågan.",
    ],
)
def test_a_remark_right_after_the_decision_without_a_heading_is_no_decision(remark):
    item = lines("Beslut", "Nämnden antar planen.", remark, "Beslutet skickas till", "Förvaltningen")
    assert [d.text for d in find_decisions(item)] == ["Nämnden antar planen."]


def test_a_remark_in_running_text():
    got = find_remarks(lines("Beslut: Rådet godkände planen.", "Lo Berg anmäler jäv och deltar inte i beslutet."))
    assert [(r.kind, r.text) for r in got] == [("jäv", "Lo Berg anmäler jäv och deltar inte i beslutet.")]


def test_the_meetings_lead_after_a_proposals_text_is_the_decision():
    got = find_decisions(
        lines(
            "Arbetsutskottets förslag",
            "Arbetsutskottet föreslår att nämnden beviljar bidraget.",
            "Nämnden beslutar",
            "att bevilja bidraget.",
            "Reservation",
            "Lo Ek (C) reserverar sig.",
        ),
        body="Socialnämnden Kumla kommun",
    )
    assert [d.text for d in got] == ["Nämnden beslutar att bevilja bidraget"]


@pytest.mark.parametrize("end", ["Skickas till", "För kännedom", "Kopia till", "Bilagor"])
def test_more_sections_that_end_a_decision(end):
    assert [d.text for d in find_decisions(lines("Beslut", "Nämnden antar planen.", end, "Ekonomichef"))] == [
        "Nämnden antar planen."
    ]


def test_a_lead_ending_in_att_over_listed_clauses():
    got = find_decisions(
        lines(
            "Beslut",
            "Kommunstyrelsen beslutar att",
            "– anta yttrandet,",
            "– skicka yttrandet till Region Örebro län.",
            "Expedieras: Kanslienheten",
        )
    )
    assert [d.text for d in got] == [
        "Kommunstyrelsen beslutar att anta yttrandet",
        "Kommunstyrelsen beslutar att skicka yttrandet till Region Örebro län",
    ]


@pytest.mark.parametrize("label", ["Expedieras: Controller", "För kännedom: Personalenheten", "Åtgärd:"])
def test_inline_labels_end_the_decision(label):
    got = find_decisions(lines("Beslut:", "Rådet godkände planen.", label, "Frågan tas upp igen."))
    assert [d.text for d in got] == ["Rådet godkände planen."]


def test_a_numbered_sub_point_heading_ends_the_decision_before_it():
    got = find_decisions(
        lines(
            "Beslut: Chefsgruppen godkände dagordningen.",
            "1.2 Föregående minnesanteckningar",
            "Minnesanteckningarna lades till handlingarna.",
        )
    )
    assert [d.text for d in got] == ["Chefsgruppen godkände dagordningen."]


@pytest.mark.parametrize(
    "recorded",
    [
        "Det beslutades att anta planen.",
        "Beslutades att anta planen.",
        "Kommunstyrelsen beslutade enhälligt att anta planen.",
    ],
)
def test_a_decision_recorded_after_the_proposal_without_a_beslut_heading(recorded):
    got = find_decisions(
        lines("Förslag till beslut", "Kommunstyrelsen beslutar att anta planen.", recorded),
        body="Kommunstyrelsen Kumla kommun",
    )
    assert [d.text for d in got] == [recorded]


def test_a_decision_label_in_the_middle_of_a_line():
    got = find_decisions(lines("Ordföranden hälsade välkommen. Beslut: Mötet beslutade att godkänna", "dagordningen."))
    assert [d.text for d in got] == ["Mötet beslutade att godkänna dagordningen."]


def test_a_coordinated_board_name_leads_its_own_att_clauses():
    # "Bygg- och miljönämnden beslutar" alone on a line, no "Beslut" heading over it
    got = find_decisions(
        lines("Ärendet", "Förvaltningen har berett ärendet.", "Bygg- och miljönämnden beslutar", "att anta taxan."),
        body="Bygg- och miljönämnden Kumla kommun",
    )
    assert [d.text for d in got] == ["Bygg- och miljönämnden beslutar att anta taxan"]


def test_a_lead_proposing_to_the_council_heads_its_att_clauses():
    got = find_decisions(
        lines(
            "Förslag till beslut",
            "Arbetsutskottet föreslår kommunstyrelsen besluta att anta planen.",
            "Kommunstyrelsen föreslår kommunfullmäktige",
            "1. att anta planen,",
            "2. att avsätta medel.",
        ),
        body="Kommunstyrelsen Kumla kommun",
    )
    assert [(d.text, d.kind) for d in got] == [
        ("Kommunstyrelsen föreslår kommunfullmäktige att anta planen", "förslag"),
        ("Kommunstyrelsen föreslår kommunfullmäktige att avsätta medel", "förslag"),
    ]


def test_a_council_recommending_its_parties_decides():
    assert is_decision("Rådet rekommenderade parterna att anta den reviderade överenskommelsen.")


def test_an_earlier_handling_by_another_body_is_not_this_meetings_decision():
    item = lines(
        "Kommunstyrelsens arbetsutskott 12.2.2025 § 23",
        "Förvaltningen har berett ärendet.",
        "Förslag: Arbetsutskottet föreslår att kommunstyrelsen antar planen.",
        "Beslut: Arbetsutskottet godkände förslaget.",
        "Kommunstyrelsen 4.3.2025 § 45",
        "Förslag: Kommundirektören föreslår att kommunstyrelsen antar planen.",
        "Beslut: Förslaget godkändes.",
    )
    assert [d.text for d in find_decisions(item, body="Kommunstyrelsen Kumla kommun")] == ["Förslaget godkändes."]


def test_without_a_heading_of_the_meetings_own_handling_nothing_is_left_out():
    item = lines("Kommunstyrelsens arbetsutskott 12.2.2025 § 23", "Beslut: Förslaget godkändes.")
    assert [d.text for d in find_decisions(item, body="Socialnämnden Kumla kommun")] == ["Förslaget godkändes."]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Vård- och omsorgsnämnden utser Kim Ek Berg (SD) att justera dagens protokoll.",
            [("Kim Ek Berg", "justerare")],
        ),
        ("Barn- och utbildningsnämnden beslutar att utse Lo Ek att justera protokollet.", [("Lo Ek", "justerare")]),
    ],
)
def test_elections_with_a_body_of_several_words_as_subject(sentence, who):
    assert [(p.name, p.role) for p in elections(sentence)] == who


def test_an_item_with_sections_but_no_beslut_decides_in_the_present_outside_its_proposal():
    got = find_decisions(
        lines(
            "Bakgrund",
            "Föreningen söker medel för sin lokal.",
            "Socialnämnden beslutar att bevilja föreningen bidrag.",
            "Protokollsanteckning",
            "Eva Strand (M) lämnar följande anteckning till protokollet: ärendet borde ha återremitterats.",
            "Expedieras till",
            "Förvaltningen",
        ),
        body="Socialnämnden Kumla kommun",
    )
    assert [d.text for d in got] == ["Socialnämnden beslutar att bevilja föreningen bidrag."]


@pytest.mark.parametrize(
    "sentence",
    ["Kultur- och fritidsnämnden utökar investeringsramen med 5,5 mnkr.", "Kommunstyrelsen ansåg motionen besvarad."],
)
def test_more_verbs_of_the_meetings_own_decision(sentence):
    assert is_decision(
        sentence, "Kultur- och fritidsnämnden Kumla kommun" if "Kultur" in sentence else "Kommunstyrelsen Kumla kommun"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Vård- och omsorgsnämnden lät riktlinjerna gälla från och med nästa månad.",
        "Vård- och omsorgsnämnden skickade yttrandet till Region Örebro län.",
    ],
)
def test_the_meetings_own_decision_to_let_apply_and_to_send(sentence):
    assert is_decision(sentence, "Vård- och omsorgsnämnden Kumla kommun")


@pytest.mark.parametrize(
    ("sentence", "body", "decided"),
    [
        ("Efter diskussion beslutade rådet att godkänna planen.", None, True),
        ("Därefter godkände nämnden förslaget till fördelning.", None, True),
        (
            "Efter redovisningen beslutade chefsgruppen att lägga rapporten till handlingarna.",
            "Chefsgrupp folkhälsa",
            True,
        ),
        ("Sammanfattningsvis antar socialnämnden riktlinjerna.", "Socialnämnden Kumla kommun", True),
        ("Vid förra mötet beslutade rådet att tillsätta en arbetsgrupp.", None, False),
        ("Efter diskussion beslutade länsstyrelsen att anta planen.", "Regionala samverkansrådet", False),
        ("Därefter presenterade rådet sina synpunkter.", None, False),
        ("Därefter beslutade samverkansrådet att anta planen.", "Regionala samverkansrådet", True),
        ("Därefter beslutade styrgruppen att anta planen.", "Regionala samverkansrådet", False),
        ("Därefter beslutade kommunstyrelsen att skicka ärendet vidare.", "Socialnämnden Kumla kommun", False),
    ],
)
def test_the_verb_before_the_meetings_subject_after_a_phrase_put_first(sentence, body, decided):
    """Swedish puts the verb second: "Efter diskussion beslutade rådet att …" is the meeting's
    decision; an earlier meeting's, another named body's (one the vocabulary knows, when it is
    not the document's) or a verb that decides nothing is none."""
    assert is_decision(sentence, body) is decided


def test_a_bold_section_label_run_into_its_text_on_one_line():
    """A label column whose widest label nearly touches the text: the extraction keeps
    "Socialnämndens beslut  Nämnden antar …" as one line, its bold run the label."""
    label = "Socialnämndens beslut"
    rows = [
        Line(text="Förslag till beslut Nämnden antar riktlinjerna.", page=1, bold_lead=len("Förslag till beslut")),
        Line(text=f"{label} Nämnden antar riktlinjerna.", page=1, bold_lead=len(label)),
        Line(text="Reservation Kim Ek (M) reserverar sig mot beslutet.", page=1, bold_lead=len("Reservation")),
    ]
    assert [d.text for d in find_decisions(rows, body="Socialnämnden Kumla kommun")] == ["Nämnden antar riktlinjerna."]
    assert [(r.kind, r.text) for r in find_remarks(rows)] == [
        ("reservation", "Kim Ek (M) reserverar sig mot beslutet.")
    ]


def test_the_signature_box_after_the_last_item_ends_its_decision():
    rows = [
        Line(text="Beslut", page=4, bold=True),
        Line(text="Nämnden beslutar att fördela bidraget enligt", page=4),
        Line(text="förvaltningens förslag.", page=5),
        Line(text="Underskrifter", page=5, bold=True),
        Line(text="Sekreterare", page=5, bold=True),
        Line(text="Kim Ek", page=5),
        Line(text="Justerare", page=5, bold=True),
        Line(text="Ola Berg", page=5),
    ]
    texts = [d.text for d in find_decisions(rows, body="Socialnämnden Kumla kommun")]
    assert texts == ["Nämnden beslutar att fördela bidraget enligt förvaltningens förslag."]


@pytest.mark.parametrize(
    "sentence",
    [
        "I mars 2024 beslutade kommunstyrelsen att ge förvaltningen i uppdrag att utreda frågan.",
        "Under föregående år antog nämnden en ny plan.",
    ],
)
def test_the_verb_before_the_subject_after_a_phrase_that_dates_it_is_an_earlier_decision(sentence):
    assert not is_decision(sentence, "Kommunstyrelsen Kumla kommun")


@pytest.mark.parametrize(
    "heading",
    ["Regionala samverkansrådets beslut", "Kommunstyrelsens arbetsutskotts beslut", "Samverkansrådets beslut"],
)
def test_a_decision_heading_naming_a_body_of_two_words(heading):
    rows = [
        Line(text="Förslag till beslut", page=1, bold=True),
        Line(text="Rådet beslutar att anta planen.", page=1),
        Line(text=heading, page=1, bold=True),
        Line(text="Rådet beslutar att anta planen.", page=1),
        Line(text="Informationen noterades.", page=1),
    ]
    assert [d.text for d in find_decisions(rows)] == ["Rådet beslutar att anta planen.", "Informationen noterades."]


@pytest.mark.parametrize(
    "heading", ["Förslag till beslut", "Arbetsutskottets förslag till beslut", "Information om fattade beslut"]
)
def test_headings_that_only_mention_a_decision_are_no_decision_heading(heading):
    assert DECISION_HEADING.match(heading) is None


# A justerare named with a substitute: the substitute signs only if the justerare cannot, so is
# no justerare (parse --json has no field for them); two people elected to adjust together are both.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Till justerare valdes Kim Ek med Lo Berg som ersättare.", ["Kim Ek"]),
        ("Till justerare valdes Kim Ek (S) med Lo Berg (M) som ersättare.", ["Kim Ek"]),
        ("Att jämte ordföranden justera protokollet utsågs Kim Ek, med Lo Berg som ersättare.", ["Kim Ek"]),
        ("Rådet utsåg Kim Ek till justerare med Lo Berg som ersättare.", ["Kim Ek"]),
        ("Till justerare utsågs Kim Ek, Kumla kommun, med Lo Berg, Nora kommun, som ersättare.", ["Kim Ek"]),
        ("Till justerare utsågs Kim Ek och Lo Berg som hennes ersättare.", ["Kim Ek"]),
        ("Till justerare utsågs Kim Ek och till ersättare för justeraren Lo Berg.", ["Kim Ek"]),
        ("Till justerare utsågs Kim Ek, ersättare Lo Berg.", ["Kim Ek"]),
        ("Till justerare utsågs Kim Ek (ersättare Lo Berg).", ["Kim Ek"]),
        ("Till ersättare för justeraren utsågs Lo Berg.", []),
        ("Kim Ek och Lo Berg utses att justera protokollet.", ["Kim Ek", "Lo Berg"]),
        ("Rådet utsåg Kim Ek till justerare med Per J. von Berg som ersättare.", ["Kim Ek"]),
    ],
)
def test_a_justerares_substitute_is_no_justerare(sentence, who):
    assert [(p.name, p.role) for p in elections(sentence)] == [(n, "justerare") for n in who]


def test_an_election_to_a_substitutes_seat_is_still_read():
    assert [(p.name, p.role) for p in elections("Lo Berg valdes till ersättare i arbetsutskottet.")] == [
        ("Lo Berg", "ersättare")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beslut: Kim Ek, Nora kommun, utsågs att tillsammans med ordföranden justera protokollet.",
        "Beslut: Till justerare utsågs Kim Ek, Nora kommun.",
        "Rådets beslut: Rådet utsåg Kim Ek, Nora kommun, till justerare.",
    ],
)
def test_an_election_after_an_inline_decision_label(sentence):
    assert [(p.name, p.role, p.organization) for p in elections(sentence)] == [("Kim Ek", "justerare", "Nora kommun")]
