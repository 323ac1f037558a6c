"""Specification of what `protokoll serve` publishes: metadata.yml, its canned queries, the
Datasette plugin, and the real server started exactly as the CLI starts it."""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import re
import sqlite3
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from pipeline.build import build
from pipeline.cli import cli
from pipeline.datasette_plugin import prepare_connection, render_cell, swedish_collation
from pipeline.serve import METADATA, ServeError, datasette_args, serve_metadata
from pipeline.store import SEARCH, TABLES, VIEWS, ensure_db_shape

from .conftest import ROOT, SEEDS, free_port, get, in_process_metadata, running_datasette, running_server

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
    "year": "2024",
    "kind": "",
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
    prepare_connection(conn)  # the plugin's own hook: collate sv, search_match(), iso_date() …
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
    assert any("**justerare**" in r["snippet"].casefold() and r["item_title"] for r in rows)


@pytest.mark.parametrize("query", ["search_decisions", "search_everything"])
@pytest.mark.parametrize("q", ["KC/RD", '"', "a-b OR", "*", "justerar*", "NEAR(", "x:y"])
def test_the_search_queries_take_any_text(db_path: Path, query: str, q: str) -> None:
    run(db_path, query, q=q)


# --------------------------------------------------------------------------- search (issue 12)
def search_cli(db_path: Path, *args: str) -> list[dict]:
    """`protokoll search ARGS --nl` as rows."""
    result = CliRunner().invoke(cli, ["search", *args, "--db", str(db_path), "--nl", "--limit", "200"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize(
    ("typed", "inflected"),
    [
        ("familjecentral", "familjecentraler"),
        ("beslut", "beslutade"),
        ("överenskommelse", "överenskommelsen"),
    ],
)
def test_protokoll_search_finds_the_inflected_forms_ranked_with_snippets(
    db_path: Path, typed: str, inflected: str
) -> None:
    rows = search_cli(db_path, typed)
    assert rows
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores)  # bm25: lower is better
    marked = {w.strip(".,;:()").casefold() for r in rows for w in r["snippet"].split("**")[1::2]}
    assert inflected in marked  # the passage shows the inflected form, highlighted
    assert {"decision", "item", "page"} <= {r["kind"] for r in rows}
    assert any("#page=" in (r["pdf_url"] or "") for r in rows)  # hits in the PDFs link to their page


def test_protokoll_search_finds_a_person_by_a_part_of_the_name(db_path: Path) -> None:
    rows = search_cli(db_path, "FORSBERG", "--kind", "person")
    assert [r["title"] for r in rows] == ["Lena Forsberg"]
    assert rows[0]["snippet"] == "Lena **Forsberg**"


def test_protokoll_search_prints_tables_and_csv(db_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["search", "famil*", "--db", str(db_path), "--table", "--limit", "3"])
    assert table.exit_code == 0 and table.output.splitlines()[0].split()[:3] == ["kind", "score", "title"]
    csv = runner.invoke(cli, ["search", "famil*", "--db", str(db_path), "--csv", "--limit", "3"])
    assert csv.output.splitlines()[0] == "kind,score,title,snippet,date,body,pdf_url,row_table,id"
    assert len(csv.output.splitlines()) == 4
    plain = runner.invoke(cli, ["search", "famil*", "--db", str(db_path), "--limit", "1"])
    assert plain.output.startswith("  1. ") and "**Familjecentral" in plain.output


def test_search_everything_is_what_protokoll_search_runs(db_path: Path) -> None:
    canned = run(db_path, "search_everything", q="familjecentral")
    assert [(r["kind"], r["id"]) for r in canned[:20]] == [
        (r["kind"], r["id"]) for r in search_cli(db_path, "familjecentral")
    ][:20]


@pytest.mark.parametrize("typed", ["2024-3-8", "8 mars 2024", "den 8 mars 2024", "8.3.2024"])
def test_who_sat_on_body_reads_the_date_as_the_command_line_does(db_path: Path, typed: str) -> None:
    body = "samverkansrådet för folkhälsa"
    expected = run(db_path, "who_sat_on_body", body=body, date="2024-03-08")
    assert {r["meeting_date"] for r in expected} == {"2024-03-08"}
    assert run(db_path, "who_sat_on_body", body=body, date=typed) == expected


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the function's traceback
@pytest.mark.parametrize("query", ["who_sat_on_body", "agreements_in_force", "composition_change"])
def test_a_date_that_cannot_be_read_is_refused_not_compared_as_text(db_path: Path, query: str) -> None:
    with pytest.raises(sqlite3.OperationalError):
        run(db_path, query, date="8 mars 20x", from_date="8 mars 20x", to_date="13 mars")


@pytest.mark.parametrize("written", ["åström", "ÅSTRÖM", "Cecilia Åström"])
def test_people_are_matched_by_name_in_any_case(db_path: Path, written: str) -> None:
    assert "Cecilia Åström" in {r["person"] for r in run(db_path, "person_history", name=written)}


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
        ("justerare", '("justerare" OR "juster")'),
        ("val justerare", '"val" AND ("justerare" OR "juster")'),
        ("uppdr*", '"uppdr"*'),
        ("KC/RD", '("kc" AND "rd")'),
        ('säger "hej', '("säger" OR "säg") AND "hej"'),
        ("", '""'),
        ("  * ", '""'),
    ],
)
def test_search_match_quotes_every_word(typed: str, fts: str) -> None:
    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    assert conn.execute("select search_match(?), escape_fts(?)", [typed, typed]).fetchone() == (fts, fts)


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
        named = [meta.get("label_column"), meta.get("sort"), meta.get("sort_desc"), *facet_columns(meta)]
        assert set(filter(None, named)) <= columns, name


def facet_columns(meta: dict) -> list[str]:
    """The columns of a table's facets in metadata.yml: `kind` or `{kept: kind}`."""
    return [f if isinstance(f, str) else next(iter(f.values())) for f in meta.get("facets", [])]


# The views as they were first written, with joins: the rows and values the views must list.
JOINED_VIEWS = {
    "attendance": """
        select meetings.date, b.name as body, people.name as person, participations.role,
               o.name as organization, participations.title, participations.party, participations.present,
               participations.confidence, participations.pdf_url, participations.person_id,
               meetings.id as meeting_id
        from participations
        join meetings on meetings.id = participations.meeting_id
        join people on people.id = participations.person_id
        left join organizations b on b.id = meetings.body_id
        left join organizations o on o.id = participations.organization_id""",
    "decisions_with_context": """
        select meetings.date, b.name as body, agenda_items.number as item, agenda_items.title as item_title,
               decisions.text as decision, decisions.kind, decisions.confidence, decisions.page, decisions.pdf_url,
               decisions.id
        from decisions
        join agenda_items on agenda_items.id = decisions.agenda_item_id
        join meetings on meetings.id = decisions.meeting_id
        left join organizations b on b.id = meetings.body_id""",
}


@pytest.mark.parametrize("view", sorted(JOINED_VIEWS))
def test_a_view_lists_the_rows_and_values_its_joins_list(db_path: Path, view: str) -> None:
    with connect(db_path) as conn:
        listed = sorted((tuple(r) for r in conn.execute(f"select * from [{view}]")), key=repr)
        joined = sorted((tuple(r) for r in conn.execute(JOINED_VIEWS[view])), key=repr)
    assert listed == joined and len(listed) > 10


@pytest.mark.parametrize("view", sorted(JOINED_VIEWS))
def test_counting_a_view_joins_nothing(tmp_path: Path, view: str) -> None:
    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    plan = [r[3] for r in db.execute(f"explain query plan select count(*) from [{view}]").fetchall()]
    assert len(plan) == 1 and "USING COVERING INDEX" in plan[0], plan  # one index, no table visited


# Tables that grow with every document loaded: a million rows at scale (benchmarks/bench_scale.py).
LARGE_TABLES = ["documents", "pages", "meetings", "participations", "agenda_items", "decisions"]


@pytest.mark.parametrize("table", LARGE_TABLES)
def test_a_large_tables_default_sort_and_facets_are_indexed(tmp_path: Path, table: str) -> None:
    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    firsts = {db.execute(f"pragma index_info([{index.name}])").fetchone()[2] for index in db.table(table).indexes}
    meta = DB_META["tables"][table]
    named = [meta.get("sort"), meta.get("sort_desc"), *facet_columns(meta)]
    assert set(filter(None, named)) <= firsts
    assert all(isinstance(f, dict) and list(f) == ["kept"] for f in meta.get("facets", []))  # counts kept


def test_a_kept_facet_counts_as_a_column_facet_and_counts_again_after_a_change(tmp_path: Path) -> None:
    db_path = tmp_path / "protokoll.db"
    db = sqlite_utils.Database(db_path)
    ensure_db_shape(db)
    db["documents"].insert_all([{"id": f"d{k}", "kind": "protokoll"} for k in range(3)], pk="id")
    with running_datasette(db_path, tmp_path, tmp_path / "server.log") as base:

        def kinds() -> dict:
            status, _, body = get(f"{base}/protokoll/documents.json")
            assert status == 200
            (facet,) = [f for f in json.loads(body)["facet_results"].values() if f["name"] == "kind"]
            assert facet["type"] == "column"
            return {r["value"]: r["count"] for r in facet["results"]}

        assert kinds() == kinds() == {"protokoll": 3}
        db["documents"].insert({"id": "d9", "kind": "overenskommelse"}, pk="id")
        assert kinds() == {"protokoll": 3, "overenskommelse": 1}


def test_a_table_pages_count_is_kept_until_the_database_changes(tmp_path: Path) -> None:
    """Datasette counts a table page's rows on every request (50 ms at a million rows, 250 ms
    for a common word's matches): the count is run once and again only after a write."""
    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    db["documents"].insert_all([{"id": f"d{k}", "kind": "protokoll"} for k in range(3)], pk="id")
    ds = Datasette(
        [str(tmp_path / "protokoll.db")],
        metadata=in_process_metadata(),
        settings={"trace_debug": True, "suggest_facets": False},
    )

    async def page(url: str) -> tuple[int, list[str]]:
        answer = (await ds.client.get(url + "?_trace=1", headers={"Cookie": "uncached=1"})).json()
        counts = [t["sql"] for t in answer["_trace"]["traces"] if t["sql"].startswith("select count(*) from")]
        return answer["filtered_table_rows_count"], counts

    async def scenario() -> list[tuple[int, list[str]]]:
        await ds.invoke_startup()
        seen = [await page("/protokoll/documents.json"), await page("/protokoll/documents.json")]
        db["documents"].insert({"id": "d9", "kind": "protokoll"}, pk="id")
        return [*seen, await page("/protokoll/documents.json")]

    counted = "select count(*) from documents"
    assert asyncio.run(scenario()) == [(3, [counted]), (3, []), (4, [counted])]


@pytest.mark.parametrize(
    ("template", "url"),
    [("_table.html", "/protokoll/documents"), ("query.html", "/protokoll?sql=select+id,+title,+pages+from+documents")],
)
def test_rows_are_written_as_datasettes_own_templates_write_them(tmp_path: Path, template: str, url: str) -> None:
    """templates/datasette/ holds copies of two of Datasette's templates whose loop over every
    cell is a filter written in Python (table_row_cells, query_row_cells): the page is the
    same, but for the whitespace between tags, and each copy names the original it was made from."""
    import hashlib

    import datasette

    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    db["documents"].insert_all(
        [{"id": f"d{k}", "kind": "protokoll", "title": f"<b>Protokoll</b> & {k}", "pages": k} for k in range(3)],
        pk="id",
    )
    ds = Datasette([str(tmp_path / "protokoll.db")], metadata=in_process_metadata())

    def tables(html: str) -> str:
        table = html[html.index('<table class="rows-and-columns">') : html.index("</table>")]
        return re.sub(r">\s+<", "><", table).strip()

    async def both() -> tuple[str, str]:
        ours = (await ds.client.get(url)).text
        ds.jinja_env.loader = ds.jinja_env.loader.loaders[-1]  # Datasette's own templates only
        ds.jinja_env.cache.clear()
        return ours, (await ds.client.get(url, headers={"Cookie": "uncached=1"})).text

    ours, datasettes = asyncio.run(both())
    assert "&lt;b&gt;Protokoll&lt;/b&gt; &amp; 2" in ours and "<tr><td" in ours
    assert tables(ours) == tables(datasettes)
    original = Path(datasette.__file__).with_name("templates").joinpath(template).read_bytes()
    copy = (ROOT / "pipeline" / "templates" / "datasette" / template).read_text("utf-8")
    assert f"sha256 {hashlib.sha256(original).hexdigest()}" in copy.splitlines()[0], (
        f"Datasette's {template} changed: make templates/datasette/{template} from it again"
    )


def test_a_table_search_for_a_common_word_reads_the_table_in_page_order(tmp_path: Path) -> None:
    """A word in many rows: the page's query reads the table in its order and keeps the matches
    ("+rowid in …", 51 instead of 290 ms at a million decisions); a word in most rows asks the
    index row by row as it reads ("exists …": 5 instead of 140 ms for a word in every one of a
    million decisions).  Their facets look the matches up, and the count reads the search index
    alone.  A rare word is looked up.  Either way the rows and the count are the matches."""
    from pipeline.store import sync_search

    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    db["decisions"].insert_all(
        {
            "id": f"d{k:05}",
            "text": "Budgeten godkänns."
            + (" Avtalet förlängs." if k % 6 == 1 else "")  # 5,000 of 30,000: many, not most
            + (" Familjecentralen öppnar." if k % 2000 == 7 else ""),
        }
        for k in range(30_000)
    )
    sync_search(db)
    ds = Datasette([str(tmp_path / "protokoll.db")], metadata=in_process_metadata(), settings={"trace_debug": True})

    async def search(word: str) -> tuple[list[str], int, list[str]]:
        url = f"/protokoll/decisions.json?_search={word}&_trace=1&_size=5"
        answer = (await ds.client.get(url, headers={"Cookie": "uncached=1"})).json()
        sqls = [t["sql"] for t in answer["_trace"]["traces"] if "decisions_fts match" in t["sql"]]
        return [r[0] for r in answer["rows"]], answer["filtered_table_rows_count"], sqls

    async def all_three() -> list[tuple[list[str], int, list[str]]]:
        await ds.invoke_startup()
        return [await search("budget"), await search("avtal"), await search("familjecentral")]

    (most, n_most, sql_most), (many, n_many, sql_many), (rare, n_rare, sql_rare) = asyncio.run(all_three())
    assert (most, n_most) == (["d00000", "d00001", "d00002", "d00003", "d00004"], 30_000)
    assert (many, n_many) == (["d00001", "d00007", "d00013", "d00019", "d00025"], 5_000)
    assert (rare, n_rare) == (["d00007", "d02007", "d04007", "d06007", "d08007"], 15)

    def page(sqls: list[str]) -> list[str]:
        return [q for q in sqls if " limit " in q and "count(*)" not in q and "group by" not in q]

    assert page(sql_most) and all("where exists (select 1 from decisions_fts where" in q for q in page(sql_most))
    assert page(sql_many) and all("+rowid in (select rowid from decisions_fts" in q for q in page(sql_many))
    assert page(sql_rare) and all(" rowid in (select rowid from decisions_fts" in q for q in page(sql_rare))
    counts = [q for q in sql_most + sql_many + sql_rare if q.startswith("select count(*) from decisions")]
    assert len(counts) == 3 and all(q.startswith("select count(*) from decisions_fts where") for q in counts)
    assert not any("+rowid" in q or "exists" in q for q in counts)


def test_the_server_is_warm_before_its_first_request(tmp_path: Path) -> None:
    """Schemas read, every template loaded and the organisations' labels looked up at startup,
    not by the first requests (which arrive together and wait for each other)."""
    from pipeline import datasette_plugin

    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    org = next(db["organizations"].rows_where("id = ?", ["lindesbergs-kommun"]))  # ensure_db_shape knows it
    ds = Datasette([str(tmp_path / "protokoll.db")], metadata=in_process_metadata())
    gc.unfreeze()  # what an earlier test's server froze
    asyncio.run(ds.invoke_startup())
    loaded = {name for _, name in ds.jinja_env.cache}
    assert {"table.html", "row.html", "query.html", "_table.html", "protokoll/person.html"} <= loaded
    assert ds.internal_db_created
    assert datasette_plugin._labels["protokoll"].names.organizations[org["id"]] == org["name"]
    # … and what it loaded frozen, out of the garbage collector's full collections
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


def test_every_foreign_key_and_what_the_canned_queries_sort_by_is_indexed(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    firsts = {
        (table, db.execute(f"pragma index_info([{index.name}])").fetchone()[2])
        for table in db.table_names()
        for index in db.table(table).indexes
    }
    wanted = {(table, column) for table, (_, _, fks) in TABLES.items() for column, _ in fks}
    assert wanted - firsts == set()
    assert {("amounts", "value_sek"), ("participations", "meeting_id")} <= firsts
    plan = " ".join(r[3] for r in db.execute("explain query plan " + QUERIES["largest_amounts"]["sql"]).fetchall())
    assert "USING INDEX idx_amounts_value_sek" in plan and "TEMP B-TREE" not in plan  # no sort of every amount


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


def test_a_database_of_any_name_is_described_as_protokoll_is(tmp_path: Path) -> None:
    args = datasette_args([tmp_path / "kumla.db", tmp_path / "region.db"], 8001, None)
    assert args[4:6] == [str((tmp_path / "kumla.db").resolve()), str((tmp_path / "region.db").resolve())]
    metadata = json.loads(Path(args[args.index("--metadata") + 1]).read_text(encoding="utf-8"))
    assert metadata == serve_metadata(["kumla", "region"])
    assert metadata["databases"]["kumla"] == metadata["databases"]["region"] == DB_META


def test_two_databases_of_one_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="would both be served as 'kumla'"):
        datasette_args([tmp_path / "a" / "kumla.db", tmp_path / "b" / "kumla.db"], 8001, None)


def test_every_searchable_table_has_its_search_box_on_the_swedish_index() -> None:
    for table in SEARCH:
        assert DB_META["tables"][table]["fts_table"] == f"{table}_fts"


@pytest.mark.integration
def test_serve_any_database_and_two_side_by_side(db_path: Path, tmp_path: Path) -> None:
    """`protokoll serve --db kumla.db --db region.db`: both served, each with the canned
    queries, the Swedish search boxes, /-/search and checked dates."""
    kumla, region = tmp_path / "kumla.db", tmp_path / "region.db"
    for copy in (kumla, region):  # through SQLite: the build's last writes may still be in its WAL
        with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
            source.backup(target)
    port = free_port()
    argv = [sys.executable, "-m", "pipeline", "serve", "--db", str(kumla), "--db", str(region), "--port", str(port)]
    with running_server([*argv, "--raw", str(ROOT / "raw")], port, tmp_path / "serve.log") as base:
        status, _, body = get(f"{base}/-/databases.json")
        assert status == 200 and {"kumla", "region"} <= {d["name"] for d in json.loads(body)}
        for name in ("kumla", "region"):
            query = urllib.parse.urlencode({"body": "samverkansrådet för folkhälsa", "date": "8 mars 2024"})
            status, _, body = get(f"{base}/{name}/who_sat_on_body.json?_shape=array&{query}")
            assert status == 200, body
            rows = json.loads(body)
            assert rows and {r["meeting_date"] for r in rows} == {"2024-03-08"}
            # the table search box: stems and prefixes, as everywhere
            status, _, body = get(f"{base}/{name}/decisions.json?_shape=array&_search=beslut")
            assert status == 200 and any("beslutade" in r["text"] for r in json.loads(body))
            status, _, body = get(f"{base}/{name}/agenda_items.json?_shape=array&_search=famil%2A")
            assert status == 200 and any("familjecentraler" in r["title"].casefold() for r in json.loads(body))
        # a date that cannot be read is named, with the forms that can
        query = urllib.parse.urlencode({"body": "folkhälsa", "date": "8 mars 20x"})
        status, _, body = get(f"{base}/kumla/who_sat_on_body?{query}")
        assert status == 400
        assert (
            "date: &#39;8 mars 20x&#39; is not a date: write it as 2024-03-08, 2024-3-8, 8 mars 2024" in body.decode()
        )
        status, _, body = get(f"{base}/kumla/who_sat_on_body.json?{query}")
        assert status == 400 and json.loads(body)["error"].startswith("date: '8 mars 20x' is not a date: write it as")
        # one search over everything, in both databases, the matches highlighted
        status, _, body = get(f"{base}/-/search?q=familjecentral")
        page = body.decode()
        assert status == 200 and "<h2>kumla</h2>" in page and "<h2>region</h2>" in page
        assert "<mark>familjecentraler</mark>" in page
        status, _, body = get(f"{base}/kumla/search_everything?q=beslut&kind=decision")
        assert status == 200 and "<mark>beslutade</mark>" in body.decode()
        # the timelines of the second database, its links staying there
        status, _, body = get(f"{base}/-/timeline?db=region")
        assert status == 200 and "/-/timeline?db=region&amp;body=" in body.decode()


@pytest.mark.integration
def test_the_server_serves_tables_queries_and_pdfs(db_path: Path, tmp_path: Path) -> None:
    with running_datasette(db_path, ROOT / "raw", tmp_path / "datasette.log") as served:
        base = served.url
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

        # Local use allows SQL, but no query makes the server allocate gigabytes: one huge value
        # is refused by SQLite's limit ...
        sql = urllib.parse.urlencode({"sql": "select hex(randomblob(200000000))"})
        status, _, body = get(f"{base}/protokoll.json?{sql}")
        assert status == 400 and b"too big" in body
        # ... and a thousand values just under it (gigabytes of JSON) fail under the memory cap.
        flood = (
            "with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000) "
            "select zeroblob(4000000) from n"
        )
        status, _, _ = get(f"{base}/protokoll.json?{urllib.parse.urlencode({'sql': flood})}")
        assert status == 500
        assert get(f"{base}/protokoll.json?sql=select+1")[0] == 200  # and the server goes on
        assert peak_memory_mb(served.pid) < 1024

        with sqlite3.connect(db_path) as conn:
            pdf = conn.execute("select pdf_url from participations where pdf_url like '/raw/%.pdf#page=%'").fetchone()
        if pdf:
            status, content_type, body = get(base + urllib.parse.quote(pdf[0].split("#")[0]))
            assert (status, content_type) == (200, "application/pdf")
            assert body.startswith(b"%PDF")
            status, _, body = get(f"{base}/protokoll/participations")
            assert status == 200 and "PDF s. " in body.decode()


@pytest.mark.integration
def test_a_large_canned_query_page_with_trace_ends(tmp_path: Path) -> None:
    """`?_trace=1` (trace_debug on) on a canned query's page of more than 256 KB: Datasette's
    tracer hands the page on unended (its issue 2404); the plugin ends it, so the page loads."""
    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    db["documents"].insert({"id": "d1", "kind": "protokoll", "title": "Protokoll"}, pk="id")
    sentence = "Kommunstyrelsen beviljar 1 000 kronor till föreningen för verksamheten under året. " * 20
    db["amounts"].insert_all(
        [
            {"id": f"d1:{k}", "document_id": "d1", "value_sek": 1000.0 + k, "repeated": 0, "sentence": sentence}
            for k in range(200)
        ],
        pk="id",
    )
    db.close()
    port = free_port()
    argv = [*datasette_args(tmp_path / "protokoll.db", port, None), "--setting", "trace_debug", "1"]
    with running_server(argv, port, tmp_path / "datasette.log") as base:
        status, _, body = get(f"{base}/protokoll/largest_amounts")
        assert status == 200 and len(body) > 256 * 1024 and body.rstrip().endswith(b"</html>")
        status, _, traced = get(f"{base}/protokoll/largest_amounts?_trace=1")  # waited for its end
        assert status == 200 and traced.rstrip().endswith(b"</html>")
        status, _, small = get(f"{base}/protokoll/documents?_trace=1")  # a small page gets its trace
        assert status == 200 and b"sum_trace_duration_ms" in small
    assert b"without completing response" not in (tmp_path / "datasette.log").read_bytes()


@pytest.mark.integration
def test_the_published_server_runs_canned_queries_but_no_sql_of_the_visitors_own(db_path: Path, tmp_path: Path) -> None:
    with running_datasette(db_path, ROOT / "raw", tmp_path / "datasette.log", public=True) as served:
        base = served.url
        for refused in ("/protokoll.json?sql=select+1", "/protokoll/participations.json?_where=1%3D1"):
            assert get(base + refused)[0] == 403, refused
        assert get(f"{base}/protokoll.json?sql={urllib.parse.quote('select hex(randomblob(200000000))')}")[0] == 403
        query = urllib.parse.urlencode({"body": "folkhälsa", "date": "2024-12-31", "_shape": "array"})
        status, _, body = get(f"{base}/protokoll/who_sat_on_body.json?{query}")
        assert status == 200 and json.loads(body)
        status, _, body = get(f"{base}/protokoll/participations.json?_shape=array")
        assert status == 200 and json.loads(body)
        assert peak_memory_mb(served.pid) < 1024


def peak_memory_mb(pid: int) -> float:
    """The most memory (resident set) the process has had, from /proc."""
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024


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
    assert "--host" in CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--host 0.0.0.0" in " ".join(datasette_args(tmp_path / "protokoll.db", 8001, None, host="0.0.0.0"))


def test_money_allocated_by_body_and_year_adds_only_allocations_each_once(db_path: Path) -> None:
    rows = run(db_path, "amounts_by_body_and_year")
    with connect(db_path) as conn:
        amounts = [
            dict(r)
            for r in conn.execute(
                "select a.*, substr(a.date, 1, 4) as year, o.name as body from amounts a "
                "left join organizations o on o.id = a.body_id where a.value_sek is not null"
            )
        ]
    assert len({a["kind"] for a in amounts}) > 1  # the samples hold allocations and other amounts
    assert rows
    for row in rows:
        mine = [a for a in amounts if (a["body"], a["year"]) == (row["body"], row["year"])]
        counted = [a["value_sek"] for a in mine if a["kind"] in ("allocation", "grant") and not a["repeated"]]
        assert row["allocations"] == len(counted)
        assert (row["allocated_sek"] or 0) == pytest.approx(sum(counted))


@pytest.mark.parametrize(
    ("value", "column", "shown"),
    [
        (1500000.0, "value_sek", "1\u202f500\u202f000"),
        (250000, "allocated_sek", "250\u202f000"),
        (12.5, "value", "12,50"),
    ],
)
def test_money_is_shown_with_thousands_apart(value: float, column: str, shown: str) -> None:
    assert shown in str(render_cell(value, column, None))


def test_every_canned_query_opens_with_its_sql_hidden() -> None:
    assert all(q.get("hide_sql") is True for q in QUERIES.values())


@pytest.mark.parametrize(
    ("host", "public", "sql"),
    [("127.0.0.1", False, True), ("127.0.0.1", True, False), ("0.0.0.0", False, False), ("10.0.0.5", False, False)],
)
def test_sql_of_ones_own_only_on_a_local_server_that_is_not_public(
    tmp_path: Path, host: str, public: bool, sql: bool
) -> None:
    args = " ".join(datasette_args(tmp_path / "protokoll.db", 8001, None, host=host, public=public))
    assert ("default_allow_sql off" not in args) is sql


def test_the_servers_memory_is_capped_by_metadata() -> None:
    assert META["plugins"]["protokoll"]["server_memory_mb"] <= 1024


def test_metadata_names_each_key_once() -> None:
    """YAML keeps the last of two equal keys without a word: a merge that doubles one is caught here."""

    class Strict(yaml.SafeLoader):
        pass

    def no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(k) for k, _ in node.value]
        assert len(keys) == len(set(keys)), f"duplicate keys: {sorted({k for k in keys if keys.count(k) > 1})}"
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    yaml.load((ROOT / "pipeline" / "metadata.yml").read_text("utf-8"), Loader=Strict)
