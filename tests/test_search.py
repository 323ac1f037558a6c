"""Specification of Swedish search (pipeline/search.py) and its index in the store
(pipeline/store/search_index.py): what a typed query finds, how the passage is shown, and that
the index follows the rows."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.datasette_plugin import date_problems, highlight
from pipeline.search import contains_words, index_terms, match_query, snippet, snippet_text
from pipeline.store import ensure_db_shape, index_rows, sync_search


def fts(rows: list[str]) -> sqlite3.Connection:
    """An FTS5 table shaped like the store's, holding `rows` (rowid = position)."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "create virtual table t using fts5(words, folded, id unindexed, tokenize='unicode61 remove_diacritics 0')"
    )
    for k, text in enumerate(rows):
        terms = index_terms(text)
        conn.execute(
            "insert into t (rowid, words, folded, id) values (?, ?, ?, ?)", (k, terms.words, terms.folded, str(k))
        )
    return conn


def finds(typed: str, text: str) -> bool:
    conn = fts([text])
    return bool(conn.execute("select 1 from t where t match ?", [match_query(typed)]).fetchall())


# --------------------------------------------------------------------------- what a query finds
@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("beslut", "Nämnden beslutade att godkänna förslaget."),
        ("beslut", "Beslutet justerades omedelbart."),
        ("beslutade", "Styrelsen beslutar att lägga rapporten till handlingarna."),
        ("familjecentral", "Fyra kommuner har familjecentraler i dag."),
        ("familjecentraler", "Den nya familjecentralen öppnar i höst."),
        ("överenskommelse", "Rådet godkände överenskommelsen."),
        ("överenskommelse", "Två överenskommelser löper ut under året."),
        ("Överenskommelsen", "En överenskommelse om samverkan."),
        ("famil*", "Arbetet med familjecentraler fortsätter."),
        ("familj*", "Familjehemsvården diskuterades."),
        ("aterrapportering", "Återrapportering sker i december."),
        ("overenskommelsen", "Parterna undertecknade överenskommelser."),
        ("ÅTERRAPPORTERING", "återrapporteringen dröjer"),
        ("KC/RD", "Frågan lyfts till KC/RD i maj."),
        ("2024-03-08", "Mötet hölls 2024-03-08 i Örebro."),
        ("samverkansrådet", "Samverkansråd för folkhälsa"),
        ("familjecentral OR barnhälsovård", "Barnhälsovården är en del av arbetet."),
        ("Åström", "Cecilia ÅSTRÖM informerade."),
    ],
)
def test_a_query_finds_the_forms_of_its_words(typed: str, text: str) -> None:
    assert finds(typed, text)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        # å, ä and ö are letters of their own when typed
        ("mål", "Ett mal är ett ord."),
        ("återrapportering", "aterrapportering utan ring"),
        # every word must match
        ("beslut familjecentral", "Nämnden beslutade om budgeten."),
        # the stemmer does not split compounds: the last part alone does not find them
        ("central", "Fyra familjecentraler"),
        # a prefix is a prefix of a word, not a part of one
        ("central*", "Fyra familjecentraler"),
        ("", "Nämnden beslutade."),
    ],
)
def test_a_query_does_not_find_what_it_does_not_ask_for(typed: str, text: str) -> None:
    assert not finds(typed, text)


def test_results_are_ranked_by_bm25_with_the_written_form_first() -> None:
    texts = ["Om mal.", "Om mål.", "Mål och mål och mål.", "Målet är satt."]
    conn = fts(texts + [f"Ett annat ärende, nummer {k}." for k in range(20)])
    ranked = "select id from t where t match ? order by bm25(t, 1.0, 0.5)"

    def order(typed: str) -> list[str]:
        return [texts[int(r[0])] for r in conn.execute(ranked, [match_query(typed)])]

    assert order("mål")[0] == "Mål och mål och mål."  # the most matches first
    assert "Om mal." not in order("mål")  # "mål" is not "mal"
    # typed without the ring, "mal" finds "mål" too, after the word as typed
    assert order("mal").index("Om mal.") < order("mal").index("Om mål.")


ONE_ROW = fts(["Rådet beslutade."])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_typed_text_is_a_valid_fts_query(typed: str) -> None:
    ONE_ROW.execute("select count(*) from t where t match ?", [match_query(typed)]).fetchall()


@pytest.mark.parametrize(
    "typed", ['"', "a OR", "OR", "NOT x", "x:y", "NEAR(a b", "^a", "-a", "*", "a*b", '"a" "b', "(", ")"]
)
def test_fts_syntax_typed_is_searched_as_words(typed: str) -> None:
    assert '"' in match_query(typed)  # every word quoted; or '""' for no word at all


# --------------------------------------------------------------------------- snippets
def test_the_snippet_marks_the_inflected_forms_that_matched() -> None:
    text = "Rådet beslutade att godkänna överenskommelsen om familjecentraler."
    assert snippet_text(snippet(text, "beslut familjecentral")) == (
        "Rådet **beslutade** att godkänna överenskommelsen om **familjecentraler**."
    )


def test_the_snippet_is_the_passage_with_the_matches() -> None:
    text = " ".join(["Inledning"] * 60 + ["Nämnden", "beslutade", "om", "budgeten."] + ["Avslutning"] * 60)
    shown = snippet_text(snippet(text, "beslut", size=10))
    assert shown.startswith("… ") and shown.endswith(" …")
    assert "Nämnden **beslutade** om budgeten." in shown
    assert len(shown.split()) < 15


def test_a_snippet_without_a_match_is_the_beginning() -> None:
    assert snippet_text(snippet("Ett två tre", "fyra")) == "Ett två tre"


def test_a_prefix_and_a_word_without_diacritics_are_marked_too() -> None:
    assert snippet_text(snippet("Återrapportering om familjehem", "aterrapportering famil*")) == (
        "**Återrapportering** om **familjehem**"
    )


def test_a_snippet_in_html_is_escaped_and_highlighted() -> None:
    html = str(highlight("<script>x</script> **beslutade** & **<b>**"))
    assert html == "&lt;script&gt;x&lt;/script&gt; <mark>beslutade</mark> &amp; <mark>&lt;b&gt;</mark>"


# --------------------------------------------------------------------------- names
@pytest.mark.parametrize(
    ("name", "typed"),
    [("Cecilia Åström", "åström"), ("Cecilia Åström", "ÅSTRÖM cecilia"), ("Eva-Lotta Svanström", "svanström, eva")],
)
def test_names_match_in_any_case_the_swedish_way(name: str, typed: str) -> None:
    assert contains_words(name, typed)


def test_sv_contains_in_sql_folds_a_ring() -> None:
    from pipeline.datasette_plugin import prepare_connection

    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    assert conn.execute("select sv_contains('Cecilia Åström', 'åSTRÖM'), 'Åström' like '%åström%'").fetchone() == (1, 0)


# --------------------------------------------------------------------------- dates
def test_an_unreadable_date_is_named_with_the_forms_that_can_be_read() -> None:
    sql = "select 1 where iso_date(:from_date) <= iso_date(:to_date) and iso_date(:to_date) <> ''"
    assert date_problems(sql, {"from_date": "8 mars 2024", "to_date": "2024-13-01"}) == [
        "to_date: '2024-13-01' is not a date: write it as 2024-03-08, 2024-3-8, 8 mars 2024, 8.3.2024 or 240308"
    ]
    assert date_problems(sql, {"from_date": "2024-3-8", "to_date": ""}) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the function's traceback
def test_iso_date_in_sql_normalises_or_fails() -> None:
    from pipeline.datasette_plugin import prepare_connection

    conn = sqlite3.connect(":memory:")
    prepare_connection(conn)
    assert conn.execute("select iso_date('8 mars 2024'), iso_date('2024-3-8'), iso_date('')").fetchone() == (
        "2024-03-08",
        "2024-03-08",
        "",
    )
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("select iso_date('8 mars')").fetchone()


# --------------------------------------------------------------------------- the index in the store
def _db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    return db


def _found(db: sqlite_utils.Database, table: str, typed: str) -> list[str]:
    sql = f"select id from {table}_fts where {table}_fts match ? order by id"
    return [r[0] for r in db.execute(sql, [match_query(typed)]).fetchall()]


def test_saved_rows_are_found_and_deleted_rows_are_not() -> None:
    db = _db()
    db["decisions"].insert_all(
        [{"id": "d:1:0", "document_id": "d", "text": "Nämnden beslutade."}, {"id": "d:2:0", "text": "Inget här."}]
    )
    index_rows(db, "decisions")
    assert _found(db, "decisions", "beslut") == ["d:1:0"]
    db.execute("delete from decisions where id = 'd:1:0'")
    assert _found(db, "decisions", "beslut") == []


def test_a_row_whose_text_changes_is_indexed_again_by_sync() -> None:
    db = _db()
    db["decisions"].insert({"id": "x", "text": "Nämnden beslutade."})
    index_rows(db, "decisions")
    db.execute("update decisions set text = 'Familjecentraler öppnar.' where id = 'x'")
    assert _found(db, "decisions", "beslut") == []  # the stale terms are gone at once
    assert sync_search(db) == 1
    assert _found(db, "decisions", "familjecentral") == ["x"]


def test_a_database_with_the_old_index_gets_the_swedish_one() -> None:
    """A database made before the search index: sqlite-utils' FTS over the text itself."""
    db = sqlite_utils.Database(memory=True)
    db["agenda_items"].insert({"id": "i", "title": "Familjecentraler", "text": "Rådet beslutade."}, pk="id")
    db["agenda_items"].enable_fts(["title", "text"], create_triggers=True)
    ensure_db_shape(db)
    assert tuple(db["agenda_items_fts"].columns_dict) == ("words", "folded", "id")
    assert _found(db, "agenda_items", "familjecentral beslut") == ["i"]
    db["agenda_items"].insert({"id": "j", "title": "Övrigt", "text": "Inget."})  # the old triggers are gone
    assert sync_search(db) == 1


def test_a_person_is_found_by_every_written_form_of_the_name() -> None:
    db = _db()
    db["people"].insert({"id": "eva", "name": "Eva-Lotta Svanström"})
    db["person_aliases"].insert({"id": "eva:0", "person_id": "eva", "name": "Svanström, Eva Lotta"})
    index_rows(db, "people")
    assert _found(db, "people", "svanström eva lotta") == ["eva"]


def test_searching_a_database_with_the_old_index_says_how_to_rebuild_it() -> None:
    from pipeline.queries import QueryError, search

    db = _db()
    db["decisions_fts"].drop()
    db["decisions"].enable_fts(["text"])
    with pytest.raises(QueryError, match="run `protokoll build` once"):
        search(db, "beslut")
