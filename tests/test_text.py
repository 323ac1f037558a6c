"""The shared text toolkit: sentences, lemmas, decision verbs, list markers, names, number words."""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse.text import (
    ABBREVIATIONS,
    LIST_MARKER,
    NUMBER_WORDS,
    decision_verb,
    decision_verbs,
    is_candidate,
    lemma,
    lemma_table,
    list_marker_kind,
    looks_like_name,
    name_token,
    nlp,
    number_value,
    sentence_spans,
    sentences_of_lines,
    split_sentences,
    strip_list_marker,
)
from pipeline.records import Line


# --------------------------------------------------------------------------- sentences
@pytest.mark.parametrize(
    "text",
    [
        "Gruppen diskuterade t.ex. Region Örebro läns roll i arbetet.",
        "Flera kommuner, bl.a. Kumla och Laxå, har anmält intresse.",
        "Avtalet gäller fr.o.m. 1 januari 2025 t.o.m. 31 december 2027.",
        "Kostnader för resor, lokaler m.m. Redovisas i bilagan.",
        "Det s.k. Barnahus Örebro län ingår i samverkan.",
        "Mötet flyttades p.g.a. Kommunfullmäktiges extra sammanträde.",
        "Beslutet gäller de södra kommunerna, dvs. Askersund, Hallsberg och Laxå.",
        "Sammanträdet började kl. 13.15 och slutade kl. 16.00 i Rådhuset.",
        "Kostnaden beräknas till ca. 40 000 kronor.",
        "Ärendet har nr. 17 i diariet.",
        "Frågan behandlas senare, jfr. Region Örebro läns riktlinjer.",
        "Ordförande resp. Vice ordförande justerar protokollet.",
        "Priset är 1 200 kronor inkl. Moms och 960 kronor exkl. Moms.",
        "Vi talade om budget, personal o.s.v. Och kom överens.",
        "Nämnden yttrade sig ang. Detaljplanen för Norra centrum.",
        "Beslutet fattades enl. Delegationsordningen.",
        "Rapporten skrevs av Anna E. Lindqvist på förvaltningen.",
        "Närvarande: Anna Ek, ordf. Per Berg, sekr. Lisa Sund.",
    ],
)
def test_an_abbreviation_or_an_initial_does_not_end_a_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


def test_every_abbreviation_in_the_list_holds_a_sentence_together() -> None:
    for abbreviation in sorted(ABBREVIATIONS):
        text = f"Det gäller {abbreviation} Nämnden i sin helhet."
        assert split_sentences(text) == [text], abbreviation


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mötet hölls 4.3.2025 i Kumla.", ["Mötet hölls 4.3.2025 i Kumla."]),
        (
            "Mötet hölls den 4.3.2025. Nästa möte hålls den 12.5.2025.",
            ["Mötet hölls den 4.3.2025.", "Nästa möte hålls den 12.5.2025."],
        ),
        (
            "Protokollet justerades 2025-03-11 och anslogs 2025-03-12.",
            ["Protokollet justerades 2025-03-11 och anslogs 2025-03-12."],
        ),
        ("Pausen var mellan 10.30 och 10.45 på förmiddagen.", ["Pausen var mellan 10.30 och 10.45 på förmiddagen."]),
        ("Enligt avsnitt 3.2.1 ska parterna samråda.", ["Enligt avsnitt 3.2.1 ska parterna samråda."]),
        (
            "Avtalet löper t.o.m. 2029-12-31. Därefter omförhandlas det.",
            ["Avtalet löper t.o.m. 2029-12-31.", "Därefter omförhandlas det."],
        ),
    ],
)
def test_dates_times_and_section_numbers_do_not_split(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Dagordningen godkändes. Mötet avslutades.", ["Dagordningen godkändes.", "Mötet avslutades."]),
        (
            "Är alla överens? Ja! Då går vi vidare…  Nästa punkt",
            ["Är alla överens?", "Ja!", "Då går vi vidare…", "Nästa punkt"],
        ),
        ('Hon sa "vi återkommer." Sedan lämnade hon mötet.', ['Hon sa "vi återkommer."', "Sedan lämnade hon mötet."]),
        ("(Se bilaga 2.) Ärendet avslutades.", ["(Se bilaga 2.)", "Ärendet avslutades."]),
        ("Summan blev 40 000 kr. Beslutet var enhälligt.", ["Summan blev 40 000 kr.", "Beslutet var enhälligt."]),
        ("Kostnaden är 3 mnkr. 2024 var den lägre.", ["Kostnaden är 3 mnkr. 2024 var den lägre."]),
        ("Rubrik utan punkt\n\nFörsta meningen.", ["Rubrik utan punkt", "Första meningen."]),
        ("Sida ett\fSida två", ["Sida ett", "Sida två"]),
        ("Rådet beslutade\natt godkänna\nrapporten.", ["Rådet beslutade\natt godkänna\nrapporten."]),
        (
            "Gruppen ska:\n- bereda ärenden\n– följa upp\n• informera",
            ["Gruppen ska:", "bereda ärenden", "följa upp", "informera"],
        ),
        ("1. Rådet godkände dagordningen.\n2. Per Berg valdes.", ["Rådet godkände dagordningen.", "Per Berg valdes."]),
        (
            "Nämnden beslutar\na) att anta planen\nb) att avslå motionen",
            ["Nämnden beslutar", "att anta planen", "att avslå motionen"],
        ),
        ("o första punkten\no andra punkten\n1) tredje", ["första punkten", "andra punkten", "tredje"]),
        ("Underlag\n-\nAnsökan 2024-10-02\n-\nYttrande", ["Underlag", "Ansökan 2024-10-02", "Yttrande"]),
        ("Se www.kumla.se. Där finns mer.", ["Se www.kumla.se.", "Där finns mer."]),
    ],
)
def test_sentences_end_at_a_full_stop_before_a_capital_a_blank_line_or_a_list_marker(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences


def test_sentence_spans_are_offsets_into_the_text() -> None:
    text = "  • Rapporten godkändes.  Nästa möte i maj.\n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Rapporten godkändes.", "Nästa möte i maj."]
    assert spans[0][0] == text.index("Rapporten")


def test_the_spacy_pipeline_is_blank_swedish_with_the_toolkits_components() -> None:
    pipeline = nlp()
    assert pipeline.lang == "sv"
    assert pipeline.pipe_names == ["protokoll_sentences", "protokoll_lemmas"]
    doc = pipeline("Till justerare utsågs Pia Ek, t.ex. Kumla. Mötet avslutades.")
    assert [s.text for s in doc.sents] == ["Till justerare utsågs Pia Ek, t.ex. Kumla.", "Mötet avslutades."]
    assert [t.lemma_ for t in doc][:3] == ["till", "justerare", "utse"]
    assert nlp() is pipeline


_ALPHABET = st.sampled_from(list("abcåäö ABCÅÄÖ .,!?-•12\n") + ["t.ex. ", "kl. ", "\n\n", "\n- ", "\n1. ", "4.3.2025"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_spans_are_ordered_disjoint_and_trimmed_for_any_text(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    # What the spans leave out is whitespace and list markers only.
    inside = {p for s, e in spans for p in range(s, e)}
    markers = {p for m in LIST_MARKER.finditer(text) for p in range(m.start(), m.end())}
    assert all(text[p].isspace() or p in markers for p in range(len(text)) if p not in inside)
    # The spaCy pipeline splits alike: no boundary of its inside one of our sentences, and each
    # of ours in a sentence of its own.
    boundaries = [sent.start_char for sent in nlp()(text).sents]
    assert not any(s < b < e for s, e in spans for b in boundaries)
    holding = [bisect_right(boundaries, s) for s, _ in spans]
    assert holding == sorted(set(holding))


# --------------------------------------------------------------------------- lines
def _lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page) for t in texts]


def test_wrapped_lines_are_rejoined_and_each_sentence_keeps_the_line_it_starts_on() -> None:
    lines = [
        *_lines("Kommunstyrelsen beslutade att ge förvaltningen i uppdrag att ta fram en", page=3),
        *_lines("plan för arbetet. Planen ska redovisas i maj.", "Se tidigare protokoll via länk", page=4),
        *_lines("Protokollet lades till handlingarna.", page=4),
    ]
    got = [(s, ln.page) for s, ln in sentences_of_lines(lines)]
    assert got == [
        ("Kommunstyrelsen beslutade att ge förvaltningen i uppdrag att ta fram en plan för arbetet.", 3),
        ("Planen ska redovisas i maj.", 4),
        ("Se tidigare protokoll via länk", 4),
        ("Protokollet lades till handlingarna.", 4),
    ]


def test_a_short_line_ending_in_a_joining_word_goes_on_and_bullets_start_anew() -> None:
    lines = _lines(
        "Gruppen består av representanter för Kumla kommun, Laxå kommun och Lekebergs kommun samt",
        "Region Örebro län och",
        "Länsstyrelsen. Gruppen ska:",
        "• bereda ärenden",
        "• följa upp beslut",
        "",
    )
    assert [s for s, _ in sentences_of_lines(lines)] == [
        "Gruppen består av representanter för Kumla kommun, Laxå kommun och Lekebergs kommun samt Region Örebro län"
        " och Länsstyrelsen.",
        "Gruppen ska:",
        "bereda ärenden",
        "följa upp beslut",
    ]
    assert sentences_of_lines([]) == []


# --------------------------------------------------------------------------- lemmas
def test_the_lemma_table_is_the_swedish_table_of_spacy_lookups_data() -> None:
    table = lemma_table()
    assert len(table) > 600_000
    assert table.get("godkändes") == "godkänna"
    assert table.get("A-bombens") == "A-bomb"  # the first line of the file
    assert table.get("ingenting-som-finns") is None
    assert table.get("") is None
    assert set(table.forms("utse")) >= {"utsåg", "utsågs", "utses", "utsett", "utsedd"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Godkändes", "godkänna"),
        ("BESLÖT", "besluta"),
        ("valdes", "välja"),
        ("utsågs", "utse"),
        ("Nämnden", "nämnd"),
        ("ledamöterna", "ledamot"),
        ("återremitterades", "återremittera"),  # a compound the table lacks: its tail's lemma
        ("välfärdsnämnden", "välfärdsnämnd"),
        ("justerare", "justerare"),  # no chance tail: not "juste" + "rar"
        ("Johansson", "johansson"),
        ("ställde", "ställa"),  # the table says "ställd"
        ("ges", "ge"),  # the table lacks it
        ("beslut", "beslut"),  # a noun, not the verb
        ("uppdraget", "uppdrag"),
        ("2025-03-04", "2025-03-04"),
        ("Xqzzy", "xqzzy"),
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


# --------------------------------------------------------------------------- decision verbs
@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Nämnden godkände dagordningen.", "godkänna"),
        ("Protokollet godkänns.", "godkänna"),
        ("Dagordningen godkändes med ett tillägg.", "godkänna"),
        ("Styrelsen har godkänt årsredovisningen.", "godkänna"),
        ("Rådet fastställde verksamhetsplanen för 2025.", "fastställa"),
        ("Dagordningen fastställdes.", "fastställa"),
        ("Taxan fastställs enligt bilaga 1.", "fastställa"),
        ("Nämnden uppdrog åt förvaltningschefen att återkomma.", "uppdra"),
        ("Kommunstyrelsen uppdrar åt kommundirektören att utreda frågan.", "uppdra"),
        ("Förvaltningen uppdras att ta fram en handlingsplan.", "uppdra"),
        ("Mötet valde Lena Holm till ordförande.", "välja"),
        ("Till sekreterare valdes Jonas Berg.", "välja"),
        ("Till ordförande för mötet väljs Maria Lund.", "välja"),
        ("Rådet utsåg Ola Ny att justera protokollet.", "utse"),
        ("Till justerare utsågs Karin Ström.", "utse"),
        ("Till justerare utses Erik Dahl.", "utse"),
        ("Rådet beslutade att ställa in höstens konferens.", "besluta"),
        ("Styrelsen beslöt att avsluta projektet i förtid.", "besluta"),
        ("Kommunstyrelsen beslutar att anta riktlinjerna.", "besluta"),
        ("Det beslutades att nästa möte blir digitalt.", "besluta"),
        ("Fullmäktige antog budgeten för 2026.", "anta"),
        ("Handlingsplanen antogs utan ändringar.", "anta"),
        ("Policyn antas att gälla från och med 1 juli.", "anta"),
        ("Gruppen noterade informationen.", "notera"),
        ("Informationen noterades.", "notera"),
        ("Ärendet bordlades till nästa sammanträde.", "bordlägga"),
        ("Nämnden bordlade frågan om taxor.", "bordlägga"),
        ("Fullmäktige återremitterade ärendet till kommunstyrelsen.", "återremittera"),
        ("Ärendet återremitterades för komplettering.", "återremittera"),
        ("Ordföranden biföll yrkandet.", "bifalla"),
        ("Motionen bifölls.", "bifalla"),
        ("Nämnden avslog ansökan om bidrag.", "avslå"),
        ("Överklagandet avslogs.", "avslå"),
        ("Rådet ställde sig bakom förslaget.", "ställa sig bakom"),
        ("Styrelsen ställer sig bakom yttrandet.", "ställa sig bakom"),
        ("Informationen lades till handlingarna.", "lägga till handlingarna"),
        ("Nämnden lade rapporten till handlingarna.", "lägga till handlingarna"),
        ("Redovisningen läggs till handlingarna.", "lägga till handlingarna"),
        ("Nämnden gav förvaltningen i uppdrag att ta fram en plan.", "ge i uppdrag"),
        ("Rådet gav samordnaren och kansliet i uppdrag att sammanställa svaren.", "ge i uppdrag"),
        ("Förvaltningen ges i uppdrag att återkomma i juni.", "ge i uppdrag"),
        ("Rådet gav arbetsgruppen för barn och unga i uppdrag att sammanställa svaren.", "ge i uppdrag"),
        ("Kommundirektören får i uppdrag att teckna avtalet.", "få i uppdrag"),
        ("Nämnden beviljade föreningen ett bidrag om 20 000 kronor.", "bevilja"),
        ("Rådet ställde sig positivt till förslaget.", "ställa sig positiv till"),
        ("Nämnden får informationen och noterar den.", "notera"),  # "får" here is no modal
    ],
)
def test_a_decision_verb_is_found_in_every_inflection(sentence: str, verb: str) -> None:
    assert is_candidate(sentence)
    assert decision_verb(sentence) == verb


@pytest.mark.parametrize(
    "sentence",
    [
        "Förslaget presenterades av Anna.",
        "Nästa möte äger rum i maj.",
        "Beslutande: Anna Ek, Per Berg och Lisa Sund.",
        "Förslag till beslut",
        "Beslutsunderlag: tjänsteskrivelse den 3 mars.",
        "Antalet deltagare var tolv.",
        "Uppdraget redovisades av samordnaren.",
        "Valberedningen har inte lämnat något förslag.",
        "Gruppen ska välja en ny ordförande i höst.",
        "Nämnden föreslås besluta att godkänna rapporten.",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen.",
        "Per Berg (M) yrkade att motionen skulle avslås.",
        "Enligt reglementet ska nämnden varje år anta en plan för intern kontroll.",
        "Beslut som får fattas av förvaltningschefen framgår av delegationsordningen.",
        "Den valda modellen bygger på erfarenheter från Västra Götaland.",
        "Kommunen har en utsedd kontaktperson för frågan.",
        "",
    ],
)
def test_a_sentence_without_a_decision_verb_gives_none(sentence: str) -> None:
    assert decision_verb(sentence) is None


def test_a_sentence_with_several_verbs_gives_each_in_order_with_offsets() -> None:
    sentence = "Rådet beslöt att godkänna planen och att ge kansliet i uppdrag att genomföra den."
    found = decision_verbs(sentence)
    assert [m.lemma for m in found] == ["besluta", "godkänna", "ge i uppdrag"]
    assert [sentence[m.start : m.end] for m in found] == ["beslöt", "godkänna", "ge kansliet i uppdrag"]


def test_a_proposed_verb_is_found_but_not_decided() -> None:
    found = decision_verbs("Kommunstyrelsen föreslår kommunfullmäktige att anta planen och att godkänna budgeten.")
    assert [(m.lemma, m.decided) for m in found] == [("anta", False), ("godkänna", False)]
    found = decision_verbs("Nämnden beslutade att förvaltningen ska återremittera ärendet, och ärendet bordlades.")
    assert [(m.lemma, m.decided) for m in found] == [("besluta", True), ("återremittera", False), ("bordlägga", True)]


def test_the_prefilter_needs_no_spacy_and_lets_ordinary_sentences_through() -> None:
    assert not is_candidate("Nästa möte äger rum i maj.")
    assert not is_candidate("Beslutande")  # a participle noun is no decision verb
    assert is_candidate("Rådet ställde sig bakom förslaget.")  # by the phrase's last word


# --------------------------------------------------------------------------- markers, names, numbers
@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("- bereda ärenden", "bereda ärenden"),
        ("– följa upp", "följa upp"),
        ("• informera", "informera"),
        ("•informera", "informera"),
        ("· samordna", "samordna"),
        ("* rapportera", "rapportera"),
        ("o utvärdera", "utvärdera"),
        ("1. att godkänna", "att godkänna"),
        ("12) att avslå", "att avslå"),
        ("(3) att anta", "att anta"),
        ("a) att bordlägga", "att bordlägga"),
        ("  b) att notera", "att notera"),
    ],
)
def test_a_list_marker_is_stripped(line: str, rest: str) -> None:
    assert LIST_MARKER.match(line)
    assert strip_list_marker(line) == rest


@pytest.mark.parametrize(
    "line",
    [
        "1.5 mnkr till insatser",
        "2024-05-13",
        "-221 829,00",
        "ordförande Anna Ek",
        "Olle Berg",
        "abc) x",
        "4.3.2025 möte",
    ],
)
def test_not_a_list_marker(line: str) -> None:
    assert LIST_MARKER.match(line) is None
    assert strip_list_marker(line) == line


def test_the_list_marker_names_its_kind() -> None:
    assert LIST_MARKER.match("• x")["symbol"] and LIST_MARKER.match("- x")["dash"]
    assert LIST_MARKER.match("3. x")["number"] and LIST_MARKER.match("c) x")["letter"]
    kinds = [list_marker_kind(t) for t in ("•x", "o x", "(2) x", "(b) x", "Anna Ek")]
    assert kinds == ["symbol", "dash", "number", "letter", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agneta Holm Nyberg", True),
        ("Camilla Rönn-Edström", True),
        ("Jarmo Räsäinen", True),
        ("Anna von Essen", True),
        ("Karl-Erik Ståhl", True),
        ("Anna", False),
        ("Region Örebro län", False),
        ("Förvaltningen regional", False),
        ("Box 1613", False),
        ("Kumla kommun", False),
        ("ANNA EK", True),  # a name in capitals, its given name listed
        ("KUMLA KOMMUN", False),
        ("Ordförande Anna", False),
        ("Anna Maria Eva Lisa Karin Berg", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_a_name_token() -> None:
    assert name_token("Rönn-Edström") and name_token("Åsa")
    assert not name_token("Rådet") and not name_token("ek") and not name_token("E.")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("en", 1),
        ("ett", 1),
        ("två", 2),
        ("Fyra", 4),
        ("elva", 11),
        ("tolv", 12),
        ("tjugo", 20),
        ("hundra", 100),
        ("7", 7),
        ("många", None),
    ],
)
def test_number_words(word: str, value: int | None) -> None:
    assert number_value(word) == value


def test_the_number_word_table_covers_one_to_twenty_and_the_tens() -> None:
    assert sorted(v for v in NUMBER_WORDS.values() if v <= 20) == [1, 1, *range(2, 21)]
    assert {30, 40, 50, 60, 70, 80, 90, 100} <= set(NUMBER_WORDS.values())


def at(text: str, x0: float, x1: float, *, top: float = 0.0, bold: bool = False) -> Line:
    return Line(text=text, page=1, x0=x0, top=top, x1=x1, bold=bold)


# A sentence wrapped in a narrow column: its first line is short and may read as a heading, but
# a line that ends in a word no heading ends in (a preposition, "att", a decision verb's finite
# form), that starts in lower case, or that broke where the next word would not have fit goes on.
@pytest.mark.parametrize(
    ("texts", "sentences"),
    [
        (
            ("Till justerare valdes", "Anna Ek, Kumla", "kommun, med Per Berg", "som ersättare."),
            ["Till justerare valdes Anna Ek, Kumla kommun, med Per Berg som ersättare."],
        ),
        (("Protokollet justeras av", "Anna Ek jämte", "ordföranden."), ["Protokollet justeras av Anna Ek jämte ordföranden."]),
        (("Rådet utsåg", "Anna Ek till justerare."), ["Rådet utsåg Anna Ek till justerare."]),
        (("Kommunstyrelsen beslutade", "Att godkänna planen."), ["Kommunstyrelsen beslutade Att godkänna planen."]),
        (("Till justerare utsågs Anna Ek", "med Per Berg som ersättare."), ["Till justerare utsågs Anna Ek med Per Berg som ersättare."]),
        (
            ("Rapport om läget enligt", "Region Örebro län, som redovisades."),
            ["Rapport om läget enligt Region Örebro län, som redovisades."],
        ),
        # headings still stand apart: a few words ending in a noun, a participle first
        (("Överenskommelse om friskvård", "Rådet godkände överenskommelsen."), ["Överenskommelse om friskvård", "Rådet godkände överenskommelsen."]),
        (("Val av justerare", "Rådet utsåg Anna Ek till justerare."), ["Val av justerare", "Rådet utsåg Anna Ek till justerare."]),
        (("Valda ledamöter", "Anna Ek"), ["Valda ledamöter", "Anna Ek"]),
    ],
)  # fmt: skip
def test_a_sentence_wrapped_in_a_narrow_column_is_one_sentence(texts, sentences) -> None:
    assert [s for s, _ in sentences_of_lines(_lines(*texts))] == sentences


def test_a_line_broken_where_the_next_word_would_not_fit_goes_on() -> None:
    # a column 130 pt wide at about 5 pt a character: "Hultgren" would not have fit after "Matilda"
    lines = [
        at("Åsa Lindell och Matilda", 220, 330),
        at("Hultgren utses att justera", 220, 345),
        at("protokollet. Rådet utsåg Lo", 220, 342),
        at("Nilsson till justerare.", 220, 325),
    ]
    assert [s for s, _ in sentences_of_lines(lines)] == [
        "Åsa Lindell och Matilda Hultgren utses att justera protokollet.",
        "Rådet utsåg Lo Nilsson till justerare.",
    ]


def test_a_short_heading_where_the_next_word_would_have_fit_stands_apart() -> None:
    lines = [
        at("Ekonomisk uppföljning", 70, 170, bold=True),
        at("Förvaltningen redovisade utfallet för perioden januari till mars och prognosen", 70, 470),
        at("för helåret. Kommunstyrelsen godkände uppföljningen.", 70, 330),
    ]
    assert [s for s, _ in sentences_of_lines(lines)] == [
        "Ekonomisk uppföljning",
        "Förvaltningen redovisade utfallet för perioden januari till mars och prognosen för helåret.",
        "Kommunstyrelsen godkände uppföljningen.",
    ]
