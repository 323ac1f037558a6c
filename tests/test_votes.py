"""Votes: what was put to the vote, the counts, the result and how each member voted
(pipeline/parse/votes.py), and the self-check against the meeting's roster."""

from __future__ import annotations

import pytest

from pipeline.parse import parse, to_json
from pipeline.parse.votes import (
    check_votes,
    find_votes,
    is_vote_heading,
    read_counts,
    read_majority,
    read_proposition,
    read_result,
)
from pipeline.records import ExtractedDocument, Line, Page, Participant, VoteEvent


def lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page) for t in texts]


def roster(*names: str, role: str = "ledamot") -> list[Participant]:
    return [Participant(name=n, role=role) for n in names]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- sentences
@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "Med 7 ja-röster mot 4 nej-röster och 2 som avstår bifaller nämnden förslaget.",
            {"ja": 7, "nej": 4, "avstår": 2},
        ),
        (
            "Med 6 ja-röster mot 4 nej-röster, 1 avstår, beslutar kommunstyrelsen enligt förslaget.",
            {"ja": 6, "nej": 4, "avstår": 1},
        ),
        ("Omröstningen utfaller med 9 ja-röster och 2 nej-röster.", {"ja": 9, "nej": 2}),
        ("Omröstningsresultat: Ja 9, Nej 2, Avstår 0", {"ja": 9, "nej": 2, "avstår": 0}),
        ("Ja: 5, Nej: 6", {"ja": 5, "nej": 6}),
        ("Med sju ja-röster mot fyra nej-röster bifalls yrkandet.", {"ja": 7, "nej": 4}),
        ("11 ledamöter röstar ja och 2 röstar nej.", {"ja": 11, "nej": 2}),
        ("Resultat: 8 ja, 3 nej och 2 avstående.", {"ja": 8, "nej": 3, "avstår": 2}),
        (
            "Omröstningen utföll med 5 ja-röster, 5 nej-röster och 1 ledamot frånvarande.",
            {"ja": 5, "nej": 5, "frånvarande": 1},
        ),
    ],
)
def test_counts_in_a_sentence(sentence, counts):
    assert read_counts(sentence) == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Nämnden har 12 ledamöter och 6 ersättare.",
        "Svaret från länsstyrelsen blev ett nej.",
        "Beslutet fattades 2024-03-12 av nämnden.",
        "Nej 2024 är inte ett år att räkna med.",
        "Kostnaden är 1,5 mnkr, varav 2 avser år 2025.",
    ],
)
def test_sentences_without_counts(sentence):
    assert read_counts(sentence) == {}
    assert read_majority(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "majority"),
    [
        ("Kommunstyrelsen beslutar med 7 röster mot 4 att bifalla förslaget.", (7, 4)),
        ("Med sju röster mot fyra bifaller nämnden yrkandet.", (7, 4)),
        ("Fullmäktige antar budgeten med röstsiffrorna 31–20.", (31, 20)),
        ("Med 1 röst mot 0 beslutar utskottet att återremittera ärendet.", (1, 0)),
    ],
)
def test_votes_for_against(sentence, majority):
    assert read_majority(sentence) == majority


@pytest.mark.parametrize(
    ("sentence", "options"),
    [
        (
            "Ja för kommunstyrelsens förslag, Nej för Anna Eks yrkande.",
            (("ja", "kommunstyrelsens förslag"), ("nej", "Anna Eks yrkande")),
        ),
        (
            "Omröstning begärs. Kommunstyrelsen godkänner följande beslutsgång: Ja-röst för bifall till "
            "arbetsutskottets förslag, nej-röst för bifall till Per Bergs yrkande.",
            (("ja", "arbetsutskottets förslag"), ("nej", "Per Bergs yrkande")),
        ),
        (
            "Den som vill bifalla arbetsutskottets förslag röstar ja, den som vill bifalla Per Bergs yrkande röstar nej.",
            (("ja", "arbetsutskottets förslag"), ("nej", "Per Bergs yrkande")),
        ),
        (
            "Kommunfullmäktige godkänner följande propositionsordning: Ja = kommunstyrelsens förslag, "
            "Nej = Eva Lunds avslagsyrkande.",
            (("ja", "kommunstyrelsens förslag"), ("nej", "Eva Lunds avslagsyrkande")),
        ),
        (
            "Ja innebär bifall till motionen och nej innebär avslag på motionen.",
            (("ja", "motionen"), ("nej", "avslag på motionen")),
        ),
    ],
)
def test_proposition_lists(sentence, options):
    assert read_proposition(sentence) == options


@pytest.mark.parametrize(
    "sentence",
    [
        "Ja: Anna Ek (S), Per Berg (S). Nej: Eva Lund (M).",
        "Ordföranden ställer proposition på förslaget och finner att det bifalls.",
        "Ja, förslaget är bra för kommunen.",
    ],
)
def test_sentences_that_are_no_proposition_list(sentence):
    assert read_proposition(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "result"),
    [
        (
            "Med 7 ja-röster mot 4 nej-röster bifaller kommunstyrelsen arbetsutskottets förslag.",
            ("bifall", "arbetsutskottets förslag"),
        ),
        (
            "Med 6 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt Per Bergs yrkande.",
            ("bifall", "Per Bergs yrkande"),
        ),
        ("Med 7 röster mot 4 avslår kommunfullmäktige motionen.", ("avslag", "motionen")),
        ("Kommunstyrelsen har således beslutat att bifalla förslaget.", ("bifall", "förslaget")),
        (
            "Med 6 röster mot 5 har nämnden beslutat i enlighet med förvaltningens förslag.",
            ("bifall", "förvaltningens förslag"),
        ),
    ],
)
def test_what_a_vote_decided(sentence, result):
    assert read_result(sentence) == result


@pytest.mark.parametrize("text", ["Omröstning", "Votering:", "Omröstning 2", "Omröstningsresultat", "VOTERING"])
def test_vote_headings(text):
    assert is_vote_heading(text)


@pytest.mark.parametrize("text", ["Omröstning begärs.", "Beslut", "Omröstningen visade 7 ja"])
def test_not_vote_headings(text):
    assert not is_vote_heading(text)


# --------------------------------------------------------------------------- whole items
def test_a_vote_table_with_its_proposition_summary_and_result():
    """A text protocol's table: the columns by character offset, a mark under one answer a row."""
    (vote,) = find_votes(
        "45",
        lines(
            "Yrkanden",
            "Anna Ek (S) yrkar bifall till arbetsutskottets förslag.",
            "Per Berg (M) yrkar avslag.",
            "Omröstning",
            "Omröstning begärs och ska genomföras. Ja för arbetsutskottets förslag, nej för avslag.",
            "Namn                  Ja    Nej   Avstår",
            "Anna Ek (S)           X",
            "Kim Sund (S)          X",
            "Per Berg (M)                X",
            "Lo Lind (L)                       X",
            "Summa                 2     1     1",
            "Med 2 ja-röster mot 1 nej-röst och 1 som avstår bifaller nämnden arbetsutskottets förslag.",
            "Beslut",
            "Nämnden bifaller arbetsutskottets förslag.",
        ),
        "doc",
    )
    assert (vote.yes, vote.no, vote.abstain) == (2, 1, 1)
    assert vote.options == (("ja", "arbetsutskottets förslag"), ("nej", "avslag"))
    assert (vote.result, vote.winner) == ("ja", "arbetsutskottets förslag")
    assert [(v.name, v.party, v.option) for v in vote.votes] == [
        ("Anna Ek", "S", "ja"),
        ("Kim Sund", "S", "ja"),
        ("Per Berg", "M", "nej"),
        ("Lo Lind", "L", "avstår"),
    ]
    assert vote.item == "45" and vote.doc_id == "doc" and vote.page == 1
    assert "Med 2 ja-röster" in vote.quote


def positioned(row: list[tuple[float, str]], top: float, page: int = 3) -> list[Line]:
    return [Line(text=t, page=page, x0=x, x1=x + 6 * len(t), top=top, bottom=top + 9) for x, t in row]


def test_a_positioned_vote_table_over_a_page_break():
    """Each cell is a line of its own at its x; the header is repeated on the next page."""
    header = [(68.0, "Ledamot/tjänstgörande ersättare"), (281.0, "Ja"), (323.0, "Nej"), (366.0, "Avstår")]
    found = find_votes(
        "7",
        [
            *lines("Omröstning", page=3),
            *positioned(header, 240),
            *positioned([(68.0, "Agnes Hedin (S)"), (281.0, "X")], 258),
            *positioned([(68.0, "Bo Ståhl (M)"), (323.0, "X")], 276),
            *positioned(header, 80, page=4),
            *positioned([(68.0, "Åsa Öberg (C)"), (366.0, "X")], 98, page=4),
            *positioned([(68.0, "Summa"), (281.0, "1"), (323.0, "1"), (366.0, "1")], 116, page=4),
            *lines("Med 1 ja-röst mot 1 nej-röst och 1 som avstår beslutar nämnden enligt förslaget.", page=4),
        ],
    )
    (vote,) = found
    assert [(v.name, v.option, v.page) for v in vote.votes] == [
        ("Agnes Hedin", "ja", 3),
        ("Bo Ståhl", "nej", 3),
        ("Åsa Öberg", "avstår", 4),
    ]
    assert (vote.yes, vote.no, vote.abstain, vote.discrepancies) == (1, 1, 1, ())


def test_lists_of_voters_in_running_text():
    (vote,) = find_votes(
        "12",
        lines(
            "Votering",
            "Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla Eva Lunds yrkande röstar nej.",
            "Följande ledamöter röstar ja: Anna Ek (S), Kim Sund (S) och Pia Borg (C).",
            "Följande ledamöter röstar nej: Eva Lund (M) och Lars Öst (KD).",
            "Lo Lind (L) avstår från att rösta.",
            "Med 3 ja-röster mot 2 nej-röster och 1 som avstår bifaller fullmäktige kommunstyrelsens förslag.",
        ),
    )
    assert [(v.name, v.option) for v in vote.votes] == [
        ("Anna Ek", "ja"),
        ("Kim Sund", "ja"),
        ("Pia Borg", "ja"),
        ("Eva Lund", "nej"),
        ("Lars Öst", "nej"),
        ("Lo Lind", "avstår"),
    ]
    assert (vote.result, vote.winner) == ("ja", "kommunstyrelsens förslag")


def test_labelled_lists_one_name_a_line_and_wrapped():
    (vote,) = find_votes(
        "3",
        lines(
            "Omröstning",
            "Ja-röster:",
            "Anna Ek (S)",
            "Kim Sund (S)",
            "Nej: Eva Lund (M), Lars Öst (KD), Carl",
            "Dahl (M) och Bo Ek (M).",
            "Med 2 ja-röster mot 4 nej-röster avslår nämnden förslaget.",
        ),
    )
    assert [(v.name, v.option) for v in vote.votes] == [
        ("Anna Ek", "ja"),
        ("Kim Sund", "ja"),
        ("Eva Lund", "nej"),
        ("Lars Öst", "nej"),
        ("Carl Dahl", "nej"),
        ("Bo Ek", "nej"),
    ]
    assert vote.result == "nej"


def test_two_votes_in_one_item_are_two_events():
    found = find_votes(
        "8",
        lines(
            "Omröstning 1",
            "Ja för att ärendet ska avgöras i dag, nej för återremiss.",
            "Med 7 ja-röster mot 4 nej-röster beslutar nämnden att ärendet ska avgöras i dag.",
            "Omröstning 2",
            "Ja för arbetsutskottets förslag, nej för Per Bergs yrkande.",
            "Med 6 ja-röster mot 5 nej-röster bifaller nämnden arbetsutskottets förslag.",
        ),
    )
    assert [(v.yes, v.no, v.options[1][1]) for v in found] == [(7, 4, "återremiss"), (6, 5, "Per Bergs yrkande")]


def test_a_count_alone_in_a_sentence_is_a_vote():
    (vote,) = find_votes("9", lines("Beslut", "Kommunstyrelsen beslutar med 7 röster mot 4 att bifalla förslaget."))
    assert (vote.majority, vote.minority, vote.yes, vote.no) == (7, 4, None, None)


def test_the_answers_of_for_against_follow_from_the_proposition():
    (vote,) = find_votes(
        "9",
        lines(
            "Omröstning",
            "Ja för arbetsutskottets förslag, nej för Per Bergs yrkande.",
            "Med 7 röster mot 4 beslutar nämnden enligt Per Bergs yrkande.",
        ),
    )
    assert (vote.result, vote.yes, vote.no) == ("nej", 4, 7)


def test_a_tie_decided_by_the_chairs_casting_vote():
    (vote,) = find_votes(
        "4",
        lines(
            "Omröstning",
            "Ja för förvaltningens förslag, nej för Lo Linds yrkande.",
            "Omröstningen utfaller med 5 ja-röster och 5 nej-röster. Med ordförandens utslagsröst beslutar "
            "nämnden enligt förvaltningens förslag.",
        ),
    )
    assert (vote.yes, vote.no, vote.casting_vote, vote.result) == (5, 5, True, "ja")


def test_items_without_votes_have_none():
    assert find_votes("1", lines("Beslut", "Nämnden röstade inte om något.", "Budgeten fastställdes.")) == []


# --------------------------------------------------------------------------- the self-check
def vote_of(*texts: str) -> VoteEvent:
    (vote,) = find_votes("5", lines(*texts))
    return vote


def test_votes_that_add_up_to_the_counts_pass_the_check():
    vote = vote_of(
        "Ja: Anna Ek (S), Kim Sund (S)", "Nej: Eva Lund (M)", "Med 2 ja-röster mot 1 nej-röst bifalls förslaget."
    )
    (checked,), problems = check_votes([vote], roster("Anna Ek", "Kim Sund", "Eva Lund", "Pia Borg"))
    assert checked.consistent is True
    assert problems == []


def test_a_list_that_does_not_add_up_is_a_problem_and_is_not_mended():
    vote = vote_of(
        "Ja: Anna Ek (S), Kim Sund (S)", "Nej: Eva Lund (M)", "Med 3 ja-röster mot 1 nej-röst bifalls förslaget."
    )
    (checked,), problems = check_votes([vote], roster("Anna Ek", "Kim Sund", "Eva Lund", "Pia Borg"), "doc")
    assert checked.consistent is False
    assert (checked.yes, checked.no) == (3, 1)  # as stated
    assert [p.message for p in problems] == ["item 5: the vote list has 2 ja, the text says 3"]
    assert problems[0].stage == "votes" and problems[0].doc_id == "doc"


def test_a_voter_who_is_not_among_the_beslutande_is_a_problem():
    vote = vote_of("Omröstning", "Ja: Anna Ek (S), Kim Sund (S)", "Nej: Eva Lund (M)")
    people = [*roster("Anna Ek", "Kim Sund"), Participant(name="Eva Lund", role="tjänsteperson")]
    (checked,), problems = check_votes([vote], people)
    assert checked.consistent is False
    assert [p.message for p in problems] == ["item 5: voters not among the beslutande: Eva Lund"]


def test_a_voter_written_family_name_first_is_the_rosters_member():
    vote = vote_of("Omröstning", "Namn      Ja   Nej", "Ek Anna   X", "Sund Kim       X")
    (checked,), problems = check_votes([vote], roster("Anna Ek", "Kim Sund"))
    assert [v.name for v in checked.votes] == ["Anna Ek", "Kim Sund"]
    assert problems == [] and checked.consistent is True


def test_more_votes_than_beslutande_is_a_problem():
    vote = vote_of("Med 7 ja-röster mot 4 nej-röster bifalls förslaget.")
    (checked,), problems = check_votes([vote], roster("Anna Ek", "Kim Sund", "Eva Lund"))
    assert checked.consistent is False
    assert "11 votes counted, but the roster has 3 beslutande" in problems[0].message


def test_a_summary_row_that_disagrees_with_the_text_is_a_problem():
    vote = vote_of(
        "Namn          Ja   Nej",
        "Anna Ek (S)   X",
        "Eva Lund (M)       X",
        "Summa         1    1",
        "Med 2 ja-röster mot 1 nej-röst bifalls förslaget.",
    )
    (checked,), problems = check_votes([vote], roster("Anna Ek", "Eva Lund"))
    assert checked.consistent is False
    assert any("summary row" in p.message for p in problems)


def test_without_a_roster_only_the_counts_are_checked():
    vote = vote_of("Med 7 ja-röster mot 4 nej-röster bifalls förslaget.")
    (checked,), problems = check_votes([vote], [])
    assert checked.consistent is None and problems == []


# --------------------------------------------------------------------------- through parse()
def document(*texts: str) -> ExtractedDocument:
    return ExtractedDocument(
        doc_id="d",
        path="d.txt",
        source="text",
        engine="text",
        pages=(Page(number=1, lines=tuple(Line(text=t, page=1) for t in texts)),),
    )


def test_parse_reports_votes_in_the_json_and_their_problems():
    parsed = parse(
        document(
            "Protokoll",
            "Kommunstyrelsen",
            "Beslutande",
            "Anna Ek (S), ordförande",
            "Kim Sund (S)",
            "Eva Lund (M)",
            "§ 1 Val av justerare",
            "Kim Sund utses att justera protokollet.",
            "§ 2 Budget",
            "Omröstning",
            "Ja: Anna Ek (S), Kim Sund (S)",
            "Nej: Eva Lund (M), Bo Ring (M)",
            "Med 2 ja-röster mot 2 nej-röster och ordförandens utslagsröst bifalls förslaget.",
            "Beslut",
            "Kommunstyrelsen antar budgeten.",
        )
    )
    data = to_json(parsed, real_pages=False)
    (vote,) = data["vote_events"]
    assert vote["item"] == "2" and vote["counts"] == {"ja": 2, "nej": 2}
    assert [(v["name"], v["option"]) for v in vote["votes"]][-1] == ("Bo Ring", "nej")
    assert vote["consistent"] is False
    assert any("Bo Ring" in p["message"] for p in data["problems"])
    # the vote is neither a decision nor a participant
    assert [d for it in data["items"] for d in it["decisions"]] == [
        "Kim Sund utses att justera protokollet.",
        "Kommunstyrelsen antar budgeten.",
    ]
    assert "Bo Ring" not in {p["name"] for p in data["participants"]}


def test_protokoll_parse_prints_an_items_votes_and_reservations(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    source = tmp_path / "ks.txt"
    source.write_text(
        "\n".join(
            [
                "Protokoll",
                "Kommunstyrelsen",
                "Beslutande",
                "Anna Ek (S), ordförande",
                "Kim Sund (S)",
                "Eva Lund (M)",
                "§ 2 Budget",
                "Omröstning",
                "Ja: Anna Ek (S), Kim Sund (S)",
                "Nej: Eva Lund (M)",
                "Med 2 ja-röster mot 1 nej-röst bifaller kommunstyrelsen förslaget.",
                "Beslut",
                "Kommunstyrelsen antar budgeten.",
                "Reservation",
                "Eva Lund (M) reserverar sig mot beslutet.",
            ]
        ),
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["parse", str(source)])
    assert result.exit_code == 0, result.output
    assert "omröstning: 2 ja, 1 nej -> ja (förslaget), 3 röster listade" in result.output
    assert "reservation: Eva Lund (M)" in result.output
