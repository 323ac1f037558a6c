"""Specification of what `protokoll serve` publishes: metadata.yml, its canned queries, the
Datasette plugin, and the real server started exactly as the CLI starts it."""

from __future__ import annotations

import functools
import json
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from pipeline.build import build
from pipeline.datasette_plugin import fts_words, prepare_connection, render_cell, swedish_collation
from pipeline.serve import METADATA, ServeError, datasette_args
from pipeline.store import TABLES, VIEWS, ensure_db_shape

from .conftest import ROOT, SEEDS, get, running_datasette

META = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
DB_META = META["databases"]["protokoll"]
QUERIES = DB_META["queries"]

# One sample value for every :param a canned query may use; a new param needs a sample here.
EMPTY_ON_A_CLEAN_BUILD = {"recent_problems"}
# raw/ holds no roll-call vote: this one is asked of the decision-record fixtures
# (tests/test_serve_decision_record.py).
ASKED_OF_THE_VOTES_FIXTURES = {"how_members_voted"}
SAMPLE_PARAMS = {
    "body": "folkhälsa",
    "date": "2024-12-31",
    "name": "Åström",
    "q": "justerare",
    "from_date": "2023-06-30",
    "to_date": "2024-12-31",
    "party": "Kumla",
    "dnr": "2024/12",
    "person": "Sundqvist",
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    """The project's own sample PDFs in raw/, built by the real pipeline into protokoll.db: the
    core cases run on this, with or without ../shared."""
    raw = ROOT / "raw"
    path = tmp_path_factory.mktemp("serve") / "protokoll.db"
    report = build(sorted(raw.glob("*.pdf")), path, cache_dir=extraction_cache, raw_root=raw)
    assert not report.failed, report.failed
    return path


@pytest.fixture(scope="module")
def seed_db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    """raw/ and the seed protocol and agreement from ../shared (tests marked `shared`)."""
    seeds = [*SEEDS.glob("004_af4596ab28917ee0.txt"), *SEEDS.glob("002_*.txt")]
    if len(seeds) < 2:
        pytest.skip(f"{SEEDS}: seed texts 002 and 004 are not available")
    raw = ROOT / "raw"
    path = tmp_path_factory.mktemp("serve-seeds") / "protokoll.db"
    report = build([*seeds, *sorted(raw.glob("*.pdf"))], path, cache_dir=extraction_cache, raw_root=raw)
    assert not report.failed, report.failed
    return path


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    prepare_connection(conn)  # the plugin's own hook: collate sv, fts_words()
    return conn


# --------------------------------------------------------------------------- canned queries
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_answers_its_sample_question(db_path: Path, name: str) -> None:
    with connect(db_path) as conn:
        rows = conn.execute(QUERIES[name]["sql"], SAMPLE_PARAMS).fetchall()
    # Every question has an answer in the sample database, except "which problems were
    # recorded": a clean build records none.
    assert rows or name in EMPTY_ON_A_CLEAN_BUILD | ASKED_OF_THE_VOTES_FIXTURES, (
        f"{name} returned no rows for {SAMPLE_PARAMS}"
    )


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_runs_with_empty_params(db_path: Path, name: str) -> None:
    """Datasette runs a canned query with "" for every param before the form is filled in."""
    with connect(db_path) as conn:
        conn.execute(QUERIES[name]["sql"], dict.fromkeys(SAMPLE_PARAMS, "")).fetchall()


def run(db_path: Path, query: str, **params: str) -> list[dict]:
    """Rows of canned `query`, with the sample params except those given."""
    with connect(db_path) as conn:
        return [dict(r) for r in conn.execute(QUERIES[query]["sql"], {**SAMPLE_PARAMS, **params})]


@pytest.mark.parametrize("date", ["2024-12-31", ""])
def test_who_sat_on_body_lists_one_meeting_per_body(db_path: Path, date: str) -> None:
    rows = run(db_path, "who_sat_on_body", body="folkhälsa", date=date)
    assert rows
    assert all("folkhälsa" in r["body"] for r in rows)
    assert len({r["meeting_date"] for r in rows if r["body"] == rows[0]["body"]}) == 1
    assert {"ledamot", "ersättare"} <= {r["role"] for r in rows}


def test_who_sat_on_body_takes_the_meeting_on_or_before_the_date(db_path: Path) -> None:
    rows = run(db_path, "who_sat_on_body", body="folkhälsa", date="2024-06-30")
    assert all(r["meeting_date"] is None or r["meeting_date"] <= "2024-06-30" for r in rows)


@pytest.mark.shared
def test_person_history_finds_pia_maria_johansson(seed_db_path: Path) -> None:
    rows = run(seed_db_path, "person_history", name="Johansson")
    assert "Pia-Maria Johansson" in {r["person"] for r in rows}
    assert {"ersättare", "justerare"} <= {r["role"] for r in rows if r["person"] == "Pia-Maria Johansson"}


def test_search_decisions_finds_the_election_of_justerare(db_path: Path) -> None:
    rows = run(db_path, "search_decisions", q="justerare")
    assert any("justerare" in r["decision"].casefold() and r["item_title"] for r in rows)


@pytest.mark.parametrize("q", ["KC/RD", '"', "a-b OR", "*", "justerar*"])
def test_search_decisions_takes_any_text(db_path: Path, q: str) -> None:
    run(db_path, "search_decisions", q=q)


def test_largest_amounts_are_in_descending_order(db_path: Path) -> None:
    values = [r["value_sek"] for r in run(db_path, "largest_amounts")]
    assert values
    assert values == sorted(values, reverse=True)


@pytest.mark.shared
def test_the_public_health_agreement_is_in_force_in_2025(seed_db_path: Path) -> None:
    rows = run(seed_db_path, "agreements_in_force", date="2025-06-01")
    agreement = next(r for r in rows if r["title"].startswith("Överenskommelse om samverkan för god"))
    assert "Region Örebro län" in agreement["parties"]
    assert not any(
        r["title"] == agreement["title"] for r in run(seed_db_path, "agreements_in_force", date="2030-01-01")
    )


def test_composition_change_lists_who_joined_left_and_changed_role(db_path: Path) -> None:
    rows = run(
        db_path,
        "composition_change",
        body="samverkansrådet för folkhälsa",
        from_date="2023-06-30",
        to_date="2023-12-31",
    )
    assert {(r["from_meeting"], r["to_meeting"]) for r in rows} == {("2023-06-09", "2023-11-17")}
    changes = {(r["change"], r["person"]) for r in rows}
    assert {
        ("joined", "Mikael Öberg"),
        ("left", "Bo Hedlund"),
        ("changed role", "Lena Forsberg"),
        ("changed role", "Sara Lindström"),
    } <= changes
    forsberg = next(r for r in rows if r["person"] == "Lena Forsberg")
    assert (forsberg["role_before"], forsberg["role_after"]) == ("ledamot", "vice ordförande")


def test_composition_change_names_a_change_of_organisation(db_path: Path) -> None:
    rows = run(
        db_path,
        "composition_change",
        body="samverkansrådet för folkhälsa",
        from_date="2023-11-30",
        to_date="2024-03-31",
    )
    almqvist = next(r for r in rows if r["person"] == "Fredrik Almqvist")
    assert almqvist["change"] == "changed organisation"
    assert (almqvist["organization_before"], almqvist["organization_after"]) == (
        "Lindesbergs kommun",
        "Ljusnarsbergs kommun",
    )


def test_person_memberships_show_lena_forsberg_elected_vice_chair(db_path: Path) -> None:
    rows = run(db_path, "person_memberships", name="Lena Forsberg")
    assert [r["role"] for r in rows] == ["ledamot", "vice ordförande"]
    elected = rows[1]
    assert (elected["start_date"], elected["start_precision"]) == ("2023-06-09", "election")
    assert "valdes" in elected["evidence"] and elected["pdf_url"].endswith("#page=2")
    assert elected["timeline"] == "/-/timeline?person=lena-forsberg"


def test_same_organization_several_bodies_finds_a_kumla_politician_on_two_bodies(db_path: Path) -> None:
    rows = run(db_path, "same_organization_several_bodies")
    carlsson = next(r for r in rows if r["person"] == "Leif Carlsson")
    assert carlsson["organization"] == "Kumla kommun" and carlsson["bodies"] == 2
    assert "Kommunstyrelsen Kumla kommun (ledamot)" in carlsson["seats"]
    assert all(r["bodies"] > 1 for r in rows)


def test_substitutes_per_meeting_counts_the_ersattare_of_each_meeting(db_path: Path) -> None:
    rows = run(db_path, "substitutes_per_meeting")
    with connect(db_path) as conn:
        listed = conn.execute("select count(*) from participations where role = 'ersättare'").fetchone()[0]
    assert len(rows) == listed > 0
    for meeting in {r["meeting_id"] for r in rows}:
        of_meeting = [r for r in rows if r["meeting_id"] == meeting]
        assert {r["substitutes"] for r in of_meeting} == {len(of_meeting)}


# --------------------------------------------------------------------------- plugin
def test_sv_collation_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["Öberg", "Zetterberg", "Ärlig", "Åberg", "andersson", "Bengtsson"]
    assert sorted(names, key=functools.cmp_to_key(swedish_collation)) == [
        "andersson",
        "Bengtsson",
        "Zetterberg",
        "Åberg",
        "Ärlig",
        "Öberg",
    ]


def test_sv_collation_in_sql() -> None:
    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    rows = conn.execute(
        "select n from (select 'Öst' n union all select 'Zorn' union all select 'Åsa') order by n collate sv"
    ).fetchall()
    assert [r[0] for r in rows] == ["Zorn", "Åsa", "Öst"]


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("justerare", '"justerare"'),
        ("val justerare", '"val" "justerare"'),
        ("uppdr*", '"uppdr"*'),
        ("KC/RD", '"KC/RD"'),
        ('säger "hej', '"säger" """hej"'),
        ("", '""'),
        ("  * ", '""'),
    ],
)
def test_fts_words_quotes_every_word(typed: str, fts: str) -> None:
    assert fts_words(typed) == fts


@pytest.mark.parametrize(
    ("value", "html"),
    [
        ("/raw/a.pdf#page=3", '<a href="/base/raw/a.pdf#page=3" title="/raw/a.pdf#page=3">PDF s. 3</a>'),
        ("/raw/a&b.pdf", '<a href="/base/raw/a&amp;b.pdf" title="/raw/a&amp;b.pdf">PDF</a>'),
    ],
)
def test_pdf_url_cells_link_to_the_page(value: str, html: str) -> None:
    datasette = Datasette(settings={"base_url": "/base/"})
    assert str(render_cell(value=value, column="pdf_url", datasette=datasette)) == html


def test_timeline_cells_link_to_the_chart() -> None:
    datasette = Datasette(settings={"base_url": "/base/"})
    html = str(render_cell(value="/-/timeline?person=lena-forsberg", column="timeline", datasette=datasette))
    assert html == '<a href="/base/-/timeline?person=lena-forsberg">timeline</a>'


@pytest.mark.parametrize(
    ("value", "column"),
    [("/raw/a.pdf", "url"), (None, "pdf_url"), ("http://x/a.pdf", "pdf_url"), ("http://x/", "timeline")],
)
def test_other_cells_render_as_datasette_renders_them(value: object, column: str) -> None:
    assert render_cell(value=value, column=column, datasette=Datasette()) is None


# --------------------------------------------------------------------------- metadata
def test_every_table_and_column_is_described() -> None:
    tables = DB_META["tables"]
    for name, (columns, _, _) in TABLES.items():
        meta = tables.get(name, {})
        assert meta.get("description") or meta.get("description_html"), f"metadata.yml: describe table {name}"
        described = tables[name].get("columns") or {}
        for column in columns:
            assert described.get(column), f"metadata.yml: describe {name}.{column}"
        assert not set(described) - set(columns), f"metadata.yml: {name} describes columns it does not have"


def test_every_view_and_its_columns_are_described() -> None:
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    for name in VIEWS:
        meta = DB_META["tables"].get(name, {})
        assert meta.get("description"), f"metadata.yml: describe view {name}"
        assert set(meta.get("columns") or {}) == set(db.view(name).columns_dict), f"metadata.yml: columns of {name}"


def test_labels_facets_and_sorts_name_real_columns() -> None:
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    for name, meta in DB_META["tables"].items():
        columns = set(db[name].columns_dict)
        named = [meta.get("label_column"), meta.get("sort"), meta.get("sort_desc"), *meta.get("facets", [])]
        assert set(filter(None, named)) <= columns, name


def test_no_canned_query_hides_a_table() -> None:
    """Datasette serves a canned query in place of a table with the same name."""
    assert not set(QUERIES) & (set(TABLES) | set(VIEWS))


# --------------------------------------------------------------------------- launch
def test_datasette_args_serve_protokoll_locally_with_fast_settings(tmp_path: Path) -> None:
    args = datasette_args(tmp_path / "protokoll.db", 8123, tmp_path)
    assert args[1:4] == ["-m", "datasette", "serve"]
    text = " ".join(args)
    for expected in (
        "--host 127.0.0.1",
        "--port 8123",
        f"--metadata {METADATA}",
        "suggest_facets off",
        "sql_time_limit_ms 3000",
        f"--static raw:{tmp_path.resolve()}",
    ):
        assert expected in text


def test_datasette_args_leave_out_a_missing_raw_folder(tmp_path: Path) -> None:
    assert "--static" not in datasette_args(tmp_path / "protokoll.db", 8001, tmp_path / "missing")


def test_a_database_not_called_protokoll_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="name the file protokoll.db"):
        datasette_args(tmp_path / "other.db", 8001, None)


@pytest.mark.integration
def test_the_server_serves_tables_queries_and_pdfs(db_path: Path, tmp_path: Path) -> None:
    with running_datasette(db_path, ROOT / "raw", tmp_path / "datasette.log") as base:
        status, _, body = get(f"{base}/-/plugins.json")
        assert "protokoll" in {p["name"] for p in json.loads(body)}

        status, _, body = get(f"{base}/protokoll/agenda_items.json?_shape=array")
        items = json.loads(body)
        assert status == 200
        assert items and all(item["title"] for item in items)

        status, _, body = get(f"{base}/protokoll/people.json")
        assert status == 200 and json.loads(body)["rows"]

        query = urllib.parse.urlencode({"body": "folkhälsa", "date": "2024-12-31"})
        status, _, body = get(f"{base}/protokoll/who_sat_on_body?{query}")
        assert status == 200
        assert run(db_path, "who_sat_on_body", body="folkhälsa")[0]["person"] in body.decode()

        # An anonymous visitor cannot make the server allocate gigabytes with one value.
        sql = urllib.parse.urlencode({"sql": "select hex(randomblob(200000000))"})
        status, _, body = get(f"{base}/protokoll.json?{sql}")
        assert status == 400 and b"too big" in body

        with sqlite3.connect(db_path) as conn:
            pdf = conn.execute("select pdf_url from participations where pdf_url like '/raw/%.pdf#page=%'").fetchone()
        if pdf:
            status, content_type, body = get(base + urllib.parse.quote(pdf[0].split("#")[0]))
            assert (status, content_type) == (200, "application/pdf")
            assert body.startswith(b"%PDF")
            status, _, body = get(f"{base}/protokoll/participations")
            assert status == 200 and "PDF s. " in body.decode()


@pytest.mark.shared
def test_parties_bound_names_the_agreements_of_a_party(seed_db_path: Path) -> None:
    rows = run(seed_db_path, "parties_bound", party="Laxå")
    assert {r["party"] for r in rows} == {"Laxå kommun"}
    assert any(r["valid_from"] == "2024-01-01" and r["valid_to"] == "2029-12-31" for r in rows)


def test_vacant_seats_per_meeting_lists_the_empty_seat(db_path: Path) -> None:
    rows = run(db_path, "vacant_seats_per_meeting")
    assert ("ersättare", "RF-SISU Örebro län") in {(r["role"], r["organization"]) for r in rows}


@pytest.mark.parametrize(
    "written",
    [
        "KS Kumla",
        "Kumla kommunstyrelse",
        "Kommunstyrelsen, Kumla kommun",
        "KOMMUNSTYRELSEN KUMLA KOMMUN",
        "kommunstyrelsen-kumla-kommun",
    ],
)
def test_canned_queries_take_any_form_of_a_bodys_name(db_path: Path, written: str) -> None:
    rows = run(db_path, "who_sat_on_body", body=written, date="")
    assert rows and {r["body"] for r in rows} == {"Kommunstyrelsen Kumla kommun"}


def test_a_body_name_in_capitals_with_a_ring_and_dots_matches() -> None:
    from pipeline.datasette_plugin import body_match

    assert body_match("SAMVERKANSRÅDET FÖR FOLKHÄLSA", "specifika samverkansrådet för folkhälsa") == 3
    assert body_match("samverkansradet", "specifika samverkansrådet för folkhälsa") == 0  # å is not a


def test_an_ambiguous_body_name_shows_every_candidate(db_path: Path) -> None:
    rows = run(db_path, "who_sat_on_body", body="folkhälsa", date="")
    assert {r["body"] for r in rows} == {"Specifika samverkansrådet för folkhälsa", "Chefsgrupp folkhälsa"}


def test_one_sql_value_cannot_grow_past_the_limit() -> None:
    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    with pytest.raises(sqlite3.DataError, match="too big"):
        conn.execute("select hex(randomblob(200000000))").fetchall()
    assert conn.execute("select length(randomblob(1000000))").fetchone() == (1000000,)


def test_serve_takes_a_host(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    assert "--host" in CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--host 0.0.0.0" in " ".join(datasette_args(tmp_path / "protokoll.db", 8001, None, host="0.0.0.0"))
