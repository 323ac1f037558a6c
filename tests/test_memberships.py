"""People over time: identities across documents and membership spells, checked against the
truth the sample generator wrote (tests/golden/memberships_truth.json)."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.build import build
from pipeline.cli import cli
from pipeline.memberships import derive_memberships
from pipeline.parse.organizations import known_organization
from pipeline.records import Seat, SeatEvent
from pipeline.resolve import Mention, resolve

from .conftest import ROOT

TRUTH = json.loads((ROOT / "tests" / "golden" / "memberships_truth.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, extraction_cache):
    path = tmp_path_factory.mktemp("db") / "protokoll.db"
    build([ROOT / "raw"], path, cache_dir=extraction_cache)
    return path


def body_name(spell: dict) -> str:
    """Bodies in the shipped table keep their name; others are named with their owner."""
    return spell["body"] if known_organization(spell["body"]) else f"{spell['body']} {spell['owner']}"


def test_the_whole_memberships_table_is_the_known_truth(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    got = sorted(
        (
            (r["person_id"], r["role"], r["org"], r["body"], r["first_seen"], r["last_seen"], r["meetings"])
            for r in db.query(
                """select m.person_id, m.role, o.name as org, b.name as body, m.first_seen, m.last_seen, m.meetings
               from memberships m left join organizations o on o.id = m.organization_id
               left join organizations b on b.id = m.body_id"""
            )
        ),
        key=str,
    )
    want = sorted(
        (
            (s["person"], s["role"], s["organization"], body_name(s), s["from"], s["to"], s["meetings"])
            for s in TRUTH["spells"]
        ),
        key=str,
    )
    assert got == want


def test_a_chair_signing_an_agreement_holds_the_seat_on_the_signing_date(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    (row,) = db.query("""select m.role, b.name as body, m.start_date, m.start_precision, m.source_kind
                         from memberships m join organizations b on b.id = m.body_id
                         where m.person_id = 'karin-nilsson-kumla' and m.source_kind = 'signature'""")
    assert row == {
        "role": "ordförande",
        "body": "Kommunstyrelsen Kumla kommun",
        "start_date": "2024-05-20",
        "start_precision": "signature",
        "source_kind": "signature",
    }


def test_an_election_gives_the_exact_start_of_a_spell(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    rows = list(
        db.query(
            "select role, start_date, start_precision, first_seen, ended_before from memberships "
            "where person_id = 'lena-forsberg' order by first_seen"
        )
    )
    assert [(r["role"], r["start_date"], r["start_precision"]) for r in rows] == [
        ("ledamot", "2023-02-10", "attendance"),
        ("vice ordförande", "2023-06-09", "election"),
    ]
    assert rows[0]["ended_before"] == "2023-06-09"  # the election ended the ledamot spell


def test_family_first_and_given_first_forms_are_one_person(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    aliases = {r["name"] for r in db.query("select name from person_aliases where person_id = 'eva-lena-bergkvist'")}
    assert aliases == {"Eva-Lena Bergkvist"}  # "Bergkvist, Eva-Lena" was turned given-name first
    quotes = {r["quote"] for r in db.query("select quote from participations where person_id = 'eva-lena-bergkvist'")}
    assert any(q.startswith("Bergkvist, Eva-Lena") for q in quotes) and any(q.startswith("Eva-Lena") for q in quotes)


def test_namesakes_in_different_municipalities_stay_two_people(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    ids = {r["id"] for r in db.query("select id from people where name = 'Karin Nilsson'")}
    assert ids == {"karin-nilsson-kumla", "karin-nilsson-laxa"}
    review = list(db.query("select decision, evidence from person_reviews where name_a = 'Karin Nilsson'"))
    assert review and review[0]["decision"] == "split by organisation"


def mention(id, name, org=None, body="Rådet", doc="d1"):
    return Mention(id=id, name=name, organization=org, body=body, doc_id=doc)


def test_name_forms_resolve_to_one_person():
    res = resolve(
        [
            mention("a", "Eva-Lotta Svanström", "Nora kommun", doc="d1"),
            mention("b", "Eva-Lotta  Svanström", "Nora kommun", doc="d2"),
            mention("c", "eva-lotta svanström", None, doc="d3"),
            mention("d", "Eva - Lotta Svanström", "Nora kommun", doc="d4"),
        ],
        curation={},
    )
    assert len(set(res.person_of.values())) == 1


def test_close_names_are_not_merged_on_the_name_alone():
    res = resolve(
        [
            mention("a", "Ann-Sofie Bergkvist", "Degerfors kommun"),
            mention("b", "Ann-Sofi Bergkvist", "Hallsbergs kommun", doc="d2"),
        ],
        curation={},
    )
    assert res.person_of["a"] != res.person_of["b"]
    assert [r.decision for r in res.reviews] == ["kept apart"]


def test_an_ocr_variant_with_the_same_seat_is_merged_and_recorded():
    res = resolve(
        [
            mention("a", "Kerstin Öberg", "Lekebergs kommun", doc="d1"),
            mention("b", "Kerstin Oberg", "Lekebergs kommun", doc="d2"),
        ],
        curation={},
    )
    assert res.person_of["a"] == res.person_of["b"]
    assert [r.decision for r in res.reviews] == ["merged"]


def test_two_names_side_by_side_are_never_merged():
    res = resolve(
        [mention("a", "Maja Karlberg", "Nora kommun"), mention("b", "Maja Carlberg", "Nora kommun")], curation={}
    )
    assert res.person_of["a"] != res.person_of["b"]


def test_the_curated_file_wins():
    ms = [
        mention("a", "Ann-Sofie Bergkvist", "Degerfors kommun"),
        mention("b", "Ann-Sofi Bergkvist", "Hallsbergs kommun", doc="d2"),
        mention("c", "Maja Karlberg", "Nora kommun", doc="d3"),
        mention("d", "Maja Karlberg", "Kumla kommun", doc="d4"),
    ]
    res = resolve(
        ms,
        curation={
            "merge": [["Ann-Sofie Bergkvist", "Ann-Sofi Bergkvist"]],
            "split": [{"name": "Maja Karlberg"}],
        },
    )
    assert res.person_of["a"] == res.person_of["b"]
    assert res.person_of["c"] != res.person_of["d"]


def seat(person, meeting, date, role="ledamot", org="kumla", present=None):
    return Seat(
        person_id=person,
        body_id="radet",
        meeting_id=meeting,
        date=date,
        role=role,
        organization_id=org,
        present=present,
        quote=f"{person} {role} {org}",
    )


def event(kind, person, meeting, date, role=None, replaces=None):
    return SeatEvent(
        kind=kind,
        person_id=person,
        body_id="radet",
        role=role,
        date=date,
        replaces_id=replaces,
        meeting_id=meeting,
        quote=f"{kind} {person}",
    )


def spells_of(derivation):
    return sorted(
        (s.person_id, s.role, s.organization_id, s.first_seen, s.last_seen, s.start_date, s.ended_before)
        for s in derivation.memberships
    )


DATES = {f"m{k}": f"2024-0{k}-01" for k in range(1, 10)}


def seats_at(person, meetings, **kw):
    return [seat(person, m, DATES[m], **kw) for m in meetings]


def test_a_role_or_seat_change_starts_a_new_spell_and_an_election_dates_it():
    derived = derive_memberships(
        [
            *seats_at("p", ["m1", "m2"]),
            seat("p", "m3", DATES["m3"], role="vice ordförande"),
            seat("q", "m1", DATES["m1"], org="nora"),
            seat("q", "m2", DATES["m2"], org="laxa"),
            seat("s", "m1", DATES["m1"], role="justerare"),
            *seats_at("t", ["m1", "m2", "m3"]),
        ],
        [event("election", "p", "m3", "2024-02-15", role="vice ordförande")],
    )
    assert spells_of(derived) == [
        ("p", "ledamot", "kumla", "2024-01-01", "2024-02-01", "2024-01-01", "2024-02-15"),
        ("p", "vice ordförande", "kumla", "2024-03-01", "2024-03-01", "2024-02-15", None),
        ("q", "ledamot", "laxa", "2024-02-01", "2024-02-01", "2024-02-01", "2024-03-01"),
        ("q", "ledamot", "nora", "2024-01-01", "2024-01-01", "2024-01-01", "2024-02-01"),
        ("t", "ledamot", "kumla", "2024-01-01", "2024-03-01", "2024-01-01", None),
    ]


def test_a_meeting_that_does_not_list_a_member_does_not_end_the_spell_but_a_longer_gap_does():
    derived = derive_memberships(
        [*seats_at("r", ["m1", "m3"]), *seats_at("u", ["m1", "m5"]), *seats_at("t", ["m1", "m2", "m3", "m4", "m5"])]
    )
    got = spells_of(derived)
    assert ("r", "ledamot", "kumla", "2024-01-01", "2024-03-01", "2024-01-01", "2024-04-01") in got
    assert [s for s in got if s[0] == "u"] == [
        ("u", "ledamot", "kumla", "2024-01-01", "2024-01-01", "2024-01-01", "2024-02-01"),
        ("u", "ledamot", "kumla", "2024-05-01", "2024-05-01", "2024-05-01", None),
    ]


def test_a_new_mandate_period_ends_a_spell_across_a_gap():
    derived = derive_memberships(
        [
            seat("r", "a", "2022-11-01"),
            seat("t", "a", "2022-11-01"),
            seat("t", "b", "2022-12-01"),
            seat("r", "c", "2023-01-20"),
            seat("t", "c", "2023-01-20"),
        ]
    )
    assert len([s for s in derived.memberships if s.person_id == "r"]) == 2


def test_an_absence_and_a_substitute_keep_the_seat():
    derived = derive_memberships(
        [
            *seats_at("olle", ["m1", "m3"]),
            *seats_at("ann", ["m1", "m2", "m3"]),
            seat("eva", "m2", DATES["m2"], "ersättare"),
            *seats_at("per", ["m1", "m3"]),
        ],
        [
            event("substitution", "eva", "m2", DATES["m2"], role="ersättare", replaces="olle"),
            event("absence", "per", "m2", DATES["m2"], role="ledamot"),
        ],
    )
    got = spells_of(derived)
    assert ("olle", "ledamot", "kumla", "2024-01-01", "2024-03-01", "2024-01-01", None) in got
    assert ("per", "ledamot", "kumla", "2024-01-01", "2024-03-01", "2024-01-01", None) in got
    assert ("eva", "ersättare", "kumla", "2024-02-01", "2024-02-01", "2024-02-01", "2024-03-01") in got


def test_a_replacement_and_a_resignation_end_a_spell_on_their_date():
    derived = derive_memberships(
        [
            *seats_at("jonas", ["m1", "m2"]),
            *seats_at("karin", ["m3", "m4"]),
            *seats_at("bo", ["m1", "m2"]),
            *seats_at("ann", ["m1", "m2", "m3", "m4"]),
        ],
        [
            event("replacement", "karin", "m3", "2024-02-20", role="ledamot", replaces="jonas"),
            event("resignation", "bo", "m2", "2024-02-01"),
        ],
    )
    got = spells_of(derived)
    assert ("jonas", "ledamot", "kumla", "2024-01-01", "2024-02-01", "2024-01-01", "2024-02-20") in got
    assert ("karin", "ledamot", "kumla", "2024-03-01", "2024-04-01", "2024-02-20", None) in got
    assert ("bo", "ledamot", "kumla", "2024-01-01", "2024-02-01", "2024-01-01", "2024-02-01") in got
    (karin,) = [m for m in derived.memberships if m.person_id == "karin"]
    assert karin.start_precision == "replacement" and karin.quote == "replacement karin"


def test_a_role_read_differently_in_one_meeting_is_reviewed_not_a_new_spell():
    derived = derive_memberships(
        [*seats_at("p", ["m1", "m2"]), seat("p", "m3", DATES["m3"], role="ordförande"), *seats_at("p", ["m4"])]
    )
    assert spells_of(derived) == [("p", "ledamot", "kumla", "2024-01-01", "2024-04-01", "2024-01-01", None)]
    (review,) = derived.reviews
    assert (review.kind, review.reading, review.kept, review.meeting_id) == ("chair", "ordförande", "ledamot", "m3")
    assert review.quote == "p ordförande kumla" and "2024-02-01: p ledamot kumla" in review.evidence


def test_an_election_explains_a_one_meeting_role():
    derived = derive_memberships(
        [*seats_at("p", ["m1"]), seat("p", "m2", DATES["m2"], role="vice ordförande"), *seats_at("p", ["m3"])],
        [event("election", "p", "m2", DATES["m2"], role="vice ordförande")],
    )
    assert not derived.reviews and len(derived.memberships) == 3


def test_a_missing_organisation_is_the_seats_organisation_around_it():
    derived = derive_memberships(
        [*seats_at("p", ["m1"]), seat("p", "m2", DATES["m2"], org=None), *seats_at("p", ["m3"])]
    )
    assert spells_of(derived) == [("p", "ledamot", "kumla", "2024-01-01", "2024-03-01", "2024-01-01", None)]
    assert [(r.kind, r.kept, r.meeting_id) for r in derived.reviews] == [("organisation", "kumla", "m2")]


def test_people_and_members_commands(corpus_db):
    runner = CliRunner()
    out = runner.invoke(cli, ["people", "forsberg", "--db", str(corpus_db), "--json"])
    assert out.exit_code == 0
    (lena,) = json.loads(out.stdout)
    assert [(m["role"], m["start_date"]) for m in lena["memberships"]] == [
        ("ledamot", "2023-02-10"),
        ("vice ordförande", "2023-06-09"),
    ]
    out = runner.invoke(
        cli, ["members", "samverkansrådet för folkhälsa", "--on", "2024-03-08", "--db", str(corpus_db), "--json"]
    )
    assert out.exit_code == 0
    members = json.loads(out.stdout)["members"]
    truth = next(m for m in TRUTH["meetings"] if m["date"] == "2024-03-08")
    assert sorted((m["name"], m["role"], m["organization"]) for m in members) == sorted(
        (x["name"], x["role"], x["organization"]) for x in truth["members"]
    )
    ambiguous = runner.invoke(cli, ["members", "folkhälsa", "--on", "2024-03-08", "--db", str(corpus_db)])
    assert ambiguous.exit_code == 1 and "matches several bodies" in ambiguous.stderr


def test_surname_first_in_one_document_and_given_name_first_in_another(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    roster = "Protokoll\nSpecifika samverkansrådet för folkhälsa\nDatum: {date}\nErsättare:\n{line}\n1. Mötet öppnas\n2. Avslut\n"
    (folder / "a.txt").write_text(roster.format(date="2024-01-12", line="Svanström, Eva-Lotta, Nora kommun"), "utf-8")
    (folder / "b.txt").write_text(roster.format(date="2024-03-08", line="Eva-Lotta Svanström, Nora kommun"), "utf-8")
    db_path = tmp_path / "p.db"
    build([folder], db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert [r["id"] for r in db.query("select id from people")] == ["eva-lotta-svanstrom"]
    (spell,) = db.query("select role, first_seen, last_seen, meetings from memberships")
    assert spell == {"role": "ersättare", "first_seen": "2024-01-12", "last_seen": "2024-03-08", "meetings": 2}


@pytest.mark.parametrize(
    "written",
    [
        "Kommunstyrelsen Kumla kommun",
        "Kumla kommunstyrelse",
        "Kommunstyrelsen, Kumla kommun",
        "Kommunstyrelsen (Kumla kommun)",
        "KS Kumla",
        "kumla ks",
        "KOMMUNSTYRELSEN KUMLA",
    ],
)
def test_members_takes_any_form_of_a_bodys_name(corpus_db, written):
    out = CliRunner().invoke(cli, ["members", written, "--on", "2024-05-13", "--db", str(corpus_db), "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    assert result["body"] == "Kommunstyrelsen Kumla kommun" and result["members"]


def test_people_matches_a_name_whatever_its_case_or_order(corpus_db):
    for written in ("ÅSTRÖM", "åström cecilia", "Åström, Cecilia"):
        out = CliRunner().invoke(cli, ["people", written, "--db", str(corpus_db), "--json"])
        assert out.exit_code == 0 and [p["name"] for p in json.loads(out.stdout)] == ["Cecilia Åström"], written


def test_a_substituted_member_holds_the_seat_on_the_meeting_date(corpus_db):
    out = CliRunner().invoke(cli, ["members", "KS Kumla", "--on", "2024-05-13", "--db", str(corpus_db), "--json"])
    members = {(m["name"], m["role"]) for m in json.loads(out.stdout)["members"]}
    assert ("Ove Lindberg", "ledamot") in members and ("Ali Demir", "ersättare") in members


def test_initials_and_a_middle_name_merge_when_the_seat_agrees():
    res = resolve(
        [
            mention("a", "Ann-Sofie Bergström", "Nora kommun", doc="d1"),
            mention("b", "A-S Bergström", "Nora kommun", doc="d2"),
            mention("c", "Ann-Sofie M. Bergström", "Nora kommun", doc="d3"),
            mention("d", "Ann Sofie Bergström", "Nora kommun", doc="d4"),
        ],
        curation={},
    )
    assert len(set(res.person_of.values())) == 1
    assert {r.decision for r in res.reviews} == {"merged"}


def test_an_initial_that_fits_two_people_is_not_merged():
    res = resolve(
        [
            mention("a", "Anna Berg", "Nora kommun", doc="d1"),
            mention("b", "Anders Berg", "Nora kommun", doc="d2"),
            mention("c", "A. Berg", "Nora kommun", doc="d3"),
        ],
        curation={},
    )
    assert res.person_of["c"] not in (res.person_of["a"], res.person_of["b"])


def test_namesakes_in_two_municipalities_at_once_are_two_people_and_a_move_is_one():
    ms = [
        Mention(id="a", name="Malin Hedin", organization="Kumla kommun", body="Rådet", doc_id="d1", date="2024-01-10"),
        Mention(id="b", name="Malin Hedin", organization="Laxå kommun", body="Nämnden", doc_id="d2", date="2024-02-10"),
        Mention(id="c", name="Malin Hedin", organization="Kumla kommun", body="Rådet", doc_id="d3", date="2024-03-10"),
    ]
    res = resolve(ms, curation={})
    assert res.person_of["a"] == res.person_of["c"] != res.person_of["b"]
    moved = resolve(
        [
            Mention(id="a", name="Per Ek", organization="Kumla kommun", doc_id="d1", date="2023-01-10"),
            Mention(id="b", name="Per Ek", organization="Laxå kommun", doc_id="d2", date="2024-02-10"),
        ],
        curation={},
    )
    assert moved.person_of["a"] == moved.person_of["b"]


def test_close_pairs_are_every_pair_of_one_surname_or_similar_enough_in_order(monkeypatch):
    """`_merge_close_names` looks only at the pairs `_close_pairs` gives: every pair the loop over
    all pairs would not pass over (one surname, or a ratio up to review), in that loop's order,
    across the blocks cdist compares at once; besides them only pairs a hair under the cutoff."""
    from rapidfuzz import fuzz

    from pipeline import resolve as r

    given = ["Anna", "Ann-Sofie", "A-S", "Per", "Pär", "Karin", "Karina", "Lo", "Kim", "Jan-Erik"]
    family = ["Berg", "Bergström", "Bergstrom", "Ek", "Eklund", "Holm", "Holmberg", "Strand", "Åberg"]
    ids = sorted({f"{g} {f}".casefold() for g in given for f in family})
    folded = {p: p for p in ids}
    surname = {p: p.rsplit(" ", 1)[-1] for p in ids}
    every = [
        (a, b)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if surname[a] == surname[b] or fuzz.ratio(a, b) >= r.REVIEW_SIMILARITY
    ]
    monkeypatch.setattr(r, "_PAIR_BLOCK", 7)  # several blocks, one of them short
    got = list(r._close_pairs(ids, folded, surname))
    position = {p: i for i, p in enumerate(ids)}
    assert got == sorted(got, key=lambda ab: (position[ab[0]], position[ab[1]]))
    assert [ab for ab in got if ab in set(every)] == every
    assert all(fuzz.ratio(a, b) >= r.REVIEW_SIMILARITY - 1 for a, b in set(got) - set(every))
