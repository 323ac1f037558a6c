"""A batch: bad files are reported and recorded, the rest loads; re-runs are idempotent."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

import pipeline.build as build_module
import pipeline.extract as extract_module
from pipeline.build import build
from pipeline.cli import cli
from pipeline.store import TABLES

from .conftest import ROOT, assert_intact, fill

# A protocol as a text file (invented people), with a vacant seat in its roster.
TEXT_PROTOCOL = """\
Protokoll

Specifika samverkansrådet för folkhälsa
Datum: 2024-10-11
Plats: Region Örebro län, Örebro

Närvarande ledamöter
Anna Lindqvist, Region Örebro län, ordförande
Bo Strömberg, Kumla kommun
Cecilia Öhman, Hallsbergs kommun

Närvarande ersättare
Vakant, RF-SISU Örebro län

Övriga närvarande
Dana Ek, Region Örebro län, sekreterare

§ 1 Mötet öppnas
Ordföranden öppnade mötet.

§ 2 Val av justerare
Till justerare utsågs Bo Strömberg.

§ 3 Familjecentraler i länet
Dana Ek informerade om arbetet med familjecentraler.
Rådet beslutade att avsätta 250 000 kronor till utvecklingen av familjecentraler 2025.

§ 4 Mötet avslutas
Ordföranden avslutade mötet.
"""


@pytest.fixture
def batch(tmp_path, make_pdf):
    """A folder with a good protocol PDF, a protocol as text, and three bad files."""
    folder = tmp_path / "in"
    folder.mkdir()
    make_pdf(
        "good.pdf",
        [
            [
                ("Protokoll", 72, 80, 14, True),
                ("Ordförande:", 72, 120, 11, True),
                ("Anna Ek, Kumla kommun", 72, 140, 11, False),
                ("1. Mötet öppnas", 72, 180, 11, False),
                ("2. Val av justerare", 72, 200, 11, False),
                ("Till justerare utsågs Kim Berg, Nora kommun.", 72, 220, 11, False),
            ]
        ],
    )
    shutil.move(str(folder.parent / "good.pdf"), folder / "good.pdf")
    (folder / "protokoll.txt").write_text(TEXT_PROTOCOL, "utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.5\n" + b"\x13\x37" * 500)
    (folder / "webpage.pdf").write_text("<!doctype html><title>Sidan finns inte</title>", "utf-8")
    return folder


def counts(db):
    return {t: db.table(t).count for t in TABLES}


def test_bad_files_are_reported_and_the_rest_of_the_batch_loads(batch, tmp_path):
    db_path = tmp_path / "p.db"
    report = build([batch], db_path, workers=2)
    assert sorted(p.rsplit("/", 1)[-1] for p, _ in report.failed) == ["corrupt.pdf", "empty.pdf", "webpage.pdf"]
    reasons = dict((p.rsplit("/", 1)[-1], r) for p, r in report.failed)
    assert "empty" in reasons["empty.pdf"] and "not a PDF" in reasons["webpage.pdf"]
    assert "corrupt" in reasons["corrupt.pdf"]
    db = sqlite_utils.Database(db_path)
    assert db.table("documents").count == 2
    assert db.table("agenda_items").count == 4 + 2
    recorded = {r["path"].rsplit("/", 1)[-1] for r in db.query("select path from problems where document_id is null")}
    assert recorded == {"corrupt.pdf", "empty.pdf", "webpage.pdf"}
    assert_intact(db_path)


def test_a_second_run_does_no_pdf_work_and_changes_nothing(batch, tmp_path, monkeypatch):
    db_path = tmp_path / "p.db"
    build([batch], db_path, cache_dir=tmp_path / "cache", workers=1)
    before = counts(sqlite_utils.Database(db_path))

    def no_pdf_work(path):
        raise AssertionError(f"{path} was opened again")

    for engine in list(extract_module.ENGINES):
        monkeypatch.setitem(extract_module.ENGINES, engine, no_pdf_work)
    report = build([batch], db_path, cache_dir=tmp_path / "cache", workers=1)
    assert len(report.unchanged) == 2 and not report.loaded
    assert counts(sqlite_utils.Database(db_path)) == before
    # Even rebuilding from scratch only reads the cache.
    fresh = tmp_path / "fresh.db"
    build([batch], fresh, cache_dir=tmp_path / "cache", workers=1)
    assert counts(sqlite_utils.Database(fresh)) == before


def test_a_parser_change_reparses_from_the_extraction_cache_and_extracts_nothing(batch, tmp_path, monkeypatch):
    import pipeline

    db_path, cache = tmp_path / "p.db", tmp_path / "cache"
    first = build([batch], db_path, cache_dir=cache, budget=None)
    assert (first.extracted, first.extracted_from_cache, first.parsed, first.parsed_from_cache) == (2, 0, 2, 0)
    before = counts(sqlite_utils.Database(db_path))

    def no_pdf_work(path, *args):
        raise AssertionError(f"{path} was extracted again")

    for engine in list(extract_module.ENGINES):
        monkeypatch.setitem(extract_module.ENGINES, engine, no_pdf_work)
    monkeypatch.setattr(pipeline, "PARSER_VERSION", pipeline.PARSER_VERSION + "-changed")
    again = build([batch], db_path, cache_dir=cache, budget=None)
    assert len(again.loaded) == 2 and not again.unchanged  # loaded by another parser: read again
    assert (again.extracted, again.extracted_from_cache, again.parsed, again.parsed_from_cache) == (0, 2, 2, 0)
    assert "extracted 0, from cache 2; parsed 2, from cache 0" in again.summary()
    assert counts(sqlite_utils.Database(db_path)) == before
    versions = {
        r["pipeline_version"] for r in sqlite_utils.Database(db_path).query("select pipeline_version from documents")
    }
    assert versions == {pipeline.pipeline_version()}
    # An extractor change reads the files again.
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", pipeline.EXTRACTOR_VERSION + "-changed")
    third = build([batch], db_path, cache_dir=cache, budget=None)
    assert (third.extracted, third.extracted_from_cache) == (2, 0)


def test_parse_and_text_share_the_build_caches(batch, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    good = batch / "good.pdf"
    shown = CliRunner().invoke(cli, ["text", str(good), "--cache", str(cache)])
    assert shown.exit_code == 0 and "Val av justerare" in shown.output

    def no_pdf_work(path, *args):
        raise AssertionError(f"{path} was extracted again")

    for engine in list(extract_module.ENGINES):
        monkeypatch.setitem(extract_module.ENGINES, engine, no_pdf_work)
    parsed = CliRunner().invoke(cli, ["parse", str(good), "--json", "--cache", str(cache)])
    assert parsed.exit_code == 0, parsed.output
    report = build([batch], tmp_path / "p.db", cache_dir=cache, budget=None)
    assert (report.extracted, report.extracted_from_cache) == (1, 1)  # the text file; the PDF from the cache
    assert (report.parsed, report.parsed_from_cache) == (1, 1)  # the PDF was parsed by `parse`


def test_a_batch_freezes_the_heap_it_found_while_it_runs_and_unfreezes_it_after(batch, tmp_path, monkeypatch):
    seen = []
    real_save = build_module.save_document

    def save_document(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return real_save(*args, **kwargs)

    monkeypatch.setattr(build_module, "save_document", save_document)
    frozen_before = gc.get_freeze_count() > 0  # an earlier test in this process (pipeline.warm) froze it
    gc.unfreeze()
    try:
        report = build([batch], tmp_path / "p.db", budget=None)
        assert seen and all(seen) and len(seen) == len(report.loaded)  # frozen while the batch ran
        assert gc.get_freeze_count() == 0  # and given back as it was
        gc.freeze()  # a process that froze its heap itself (the forkserver's children) keeps it frozen
        build([batch], tmp_path / "q.db", budget=None)
        assert gc.get_freeze_count() > 0  # not unfrozen by the batch (a few objects freed meanwhile)
    finally:
        gc.unfreeze()
        if frozen_before:
            gc.freeze()


def test_reloading_a_document_replaces_its_rows(batch, tmp_path):
    db_path = tmp_path / "p.db"
    build([batch], db_path, workers=1)
    before = counts(sqlite_utils.Database(db_path))
    build([batch], db_path, workers=1, force=True)
    assert counts(sqlite_utils.Database(db_path)) == before


def test_every_row_links_back_to_its_document_and_page(batch, tmp_path):
    db_path = tmp_path / "p.db"
    build([batch], db_path, workers=1, raw_root=batch)
    db = sqlite_utils.Database(db_path)
    item = next(
        db.query(
            "select a.* from agenda_items a join documents d on d.id = a.document_id "
            "where d.filename = 'good.pdf' and a.number = '2'"
        )
    )
    assert item["page"] == 1 and item["pdf_url"] == "/raw/good.pdf#page=1"
    for table in ("participations", "decisions", "agenda_items"):
        assert not list(db.query(f"select id from {table} where document_id is null"))


def test_build_command_exits_non_zero_with_a_summary(batch, tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(batch), "--db", str(tmp_path / "p.db"), "--silent", "--cache", str(tmp_path / "cache")]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and all(".pdf:" in e for e in errors)
    assert "2 loaded, 0 unchanged, 3 failed" in result.stderr


def test_vacant_seats_are_recorded_not_people(batch, tmp_path):
    db_path = tmp_path / "p.db"
    build([batch], db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    (vacant,) = db.query("select v.role, o.name from vacant_seats v join organizations o on o.id = v.organization_id")
    assert vacant == {"role": "ersättare", "name": "RF-SISU Örebro län"}
    assert not list(db.query("select * from people where name like 'Vakant%'"))


def test_facts_from_an_ocrd_page_carry_its_confidence(tmp_path):
    """A roster read by OCR is kept, with Tesseract's confidence on every row it gave."""
    from dataclasses import replace

    from pipeline.extract import extract
    from pipeline.parse import parse
    from pipeline.store import ensure_db_shape, page_confidence, save_document

    path = tmp_path / "a.txt"
    path.write_text("Protokoll\nLedamöter:\nAnna Ek, Kumla kommun\n\fSida två\n", "utf-8")
    doc = extract(path)
    ocrd = replace(doc, pages=(replace(doc.pages[0], source="ocr", ocr_confidence=0.62), doc.pages[1]))
    assert [page_confidence(p) for p in ocrd.pages] == [0.62, 1.0]
    db = sqlite_utils.Database(tmp_path / "p.db")
    ensure_db_shape(db)
    save_document(db, ocrd, parse(ocrd))
    assert [r["confidence"] for r in db.query("select confidence from attendance")] == [0.62]


def test_a_database_from_an_older_version_gains_new_columns(tmp_path):
    from pipeline.store import ensure_db_shape

    db = sqlite_utils.Database(tmp_path / "old.db")
    db.table("participations").create({"id": str, "name": str}, pk="id")
    ensure_db_shape(db)
    assert {"confidence", "person_id", "role"} <= set(db.table("participations").columns_dict)


def test_a_new_database_has_the_schema_sqlite_utils_gives_one_table_at_a_time(tmp_path):
    """A new database is made from `create_table_sql`/`create_index_sql`; a database that has a
    table already takes sqlite-utils' path (create, add_foreign_keys, create_index): every table,
    index, view and trigger comes out with the same SQL."""
    from pipeline.store import ensure_db_shape

    new = sqlite_utils.Database(tmp_path / "new.db")
    ensure_db_shape(new)
    other = sqlite_utils.Database(tmp_path / "other.db")
    other.table("unrelated").create({"id": str}, pk="id")  # not new: sqlite-utils makes the rest
    ensure_db_shape(other)
    query = "select type, name, tbl_name, sql from sqlite_master where tbl_name != 'unrelated' order by name"
    assert new.execute(query).fetchall() == other.execute(query).fetchall()
    assert len(new.execute(query).fetchall()) > 100


def test_a_file_name_that_is_not_utf8_is_loaded_and_shown_escaped(tmp_path):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    text = (
        "Protokoll\nSpecifika samverkansrådet för folkhälsa\nDatum: 2024-01-12\nLedamöter:\nAnna Ek, Nora kommun\n"
        "1. Mötet öppnas\n2. Avslut\n"
    )
    with open(os.path.join(os.fsencode(folder), b"m\xf6te-\xff.txt"), "wb") as f:  # Latin-1 bytes in the name
        f.write(text.encode())
    (folder / "good.txt").write_text(text.replace("2024-01-12", "2024-03-08"), "utf-8")
    db_path = tmp_path / "p.db"
    first = build([folder], db_path, workers=1)
    assert (len(first.loaded), first.failed) == (2, [])
    paths = sorted(r["path"] for r in sqlite_utils.Database(db_path).query("select path from documents"))
    assert paths == [str(folder / "good.txt"), str(folder) + "/m\\xf6te-\\xff.txt"]
    assert len(build([folder], db_path, workers=1).unchanged) == 2  # and a second run knows it
    assert_intact(db_path)


def test_a_build_waits_for_another_writer_then_stops_with_a_clear_message(tmp_path):
    from pipeline.store.lock import exclusive

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Protokoll\nSocialnämnden\nDatum: 2024-01-12\n1. Mötet öppnas\n", "utf-8")
    db_path = tmp_path / "p.db"
    with exclusive(db_path):  # an update running
        result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db_path), "--wait", "0.3", "--silent"])
        assert result.exit_code == 3
        assert f"{db_path} is being written by another protokoll run (pid " in result.stderr
        assert not db_path.exists()  # nothing was written
    assert CliRunner().invoke(cli, ["build", str(folder), "--db", str(db_path), "--silent"]).exit_code == 0
    assert_intact(db_path)


def test_each_document_is_read_within_its_budget_and_an_overrun_is_recorded(tmp_path):
    from pipeline.budget import Budget

    from .conftest import long_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    long_pdf(folder / "a.pdf", 40)  # its pages need more than the 1 MiB allowed
    db_path = tmp_path / "p.db"
    report = build([folder], db_path, cache_dir=tmp_path / "cache", workers=1, budget=Budget(memory_mb=1))
    ((path, reason),) = report.failed
    assert path.endswith("a.pdf") and "ran out of memory" in reason and "1 MiB" in reason
    db = sqlite_utils.Database(db_path)
    assert [r["message"] for r in db.query("select message from problems")] == [reason]
    assert_intact(db_path)
    again = build([folder], db_path, cache_dir=tmp_path / "cache", workers=1)  # the default budget
    assert (len(again.loaded), again.failed) == (1, [])
    assert not list(db.query("select * from problems where document_id is null"))
    assert_intact(db_path)


def test_a_document_over_its_time_budget_is_stopped_and_the_batch_goes_on(tmp_path):
    from pipeline.budget import Budget

    from .conftest import long_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    long_pdf(folder / "tjock.pdf", 1000)
    shutil.copy(sorted((ROOT / "raw").glob("*.pdf"))[0], folder / "good.pdf")
    # Reading and parsing 1,000 full pages takes ten seconds and more, far longer than the two allowed.
    report = build([folder], tmp_path / "p.db", cache_dir=tmp_path / "cache", workers=2, budget=Budget(seconds=2))
    ((path, reason),) = report.failed
    assert path.endswith("tjock.pdf") and "took longer than 2 s" in reason
    assert [p.rsplit("/", 1)[-1] for p in report.loaded] == ["good.pdf"]
    assert_intact(tmp_path / "p.db")


def test_a_script_read_from_standard_input_builds_with_budgeted_children(tmp_path):
    """`python -` names `<stdin>` as its main file; the children must not try to run it again."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_PROTOCOL, "utf-8")
    script = (
        "from pathlib import Path\n"
        "from pipeline import build_database\n"
        f"report = build_database(Path({str(folder)!r}), Path({str(tmp_path / 'p.db')!r}), workers=1)\n"
        "print(len(report.loaded), len(report.failed))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, env=env, timeout=120)
    assert (done.returncode, done.stdout.split()) == (0, ["1", "0"]), done.stderr


def test_rows_link_to_their_pdf_whatever_folder_build_runs_from(tmp_path, monkeypatch):
    folder = tmp_path / "raw"
    folder.mkdir()
    sample = sorted((ROOT / "raw").glob("*protokoll.pdf"))[0]
    shutil.copy(sample, folder / sample.name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # not the checkout: there is no ./raw here
    db_path = tmp_path / "p.db"
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db_path), "--silent", "--no-ocr"])
    assert result.exit_code == 0, result.output
    links = {r["pdf_url"] for r in sqlite_utils.Database(db_path).query("select pdf_url from participations")}
    assert links and all(link.startswith(f"/raw/{sample.name}#page=") for link in links)


# --------------------------------------------------------------------------- a full disk
def test_a_full_disk_ends_the_build_with_one_line_naming_the_database_and_what_was_kept(tmp_path, tiny_disk):
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    roster = "Ledamöter:\nAnna Ek, Nora kommun\n1. Mötet öppnas\n"
    (folder / "a.txt").write_text(f"Protokoll\nSocialnämnden\nDatum: 2024-01-12\n{roster}", "utf-8")
    (folder / "b.txt").write_text(f"Protokoll\nSocialnämnden\nDatum: 2024-02-09\n{roster}", "utf-8")
    items = "".join(
        f"{k}. Ärende {k} om verksamhetsplanen\nNämnden beslutar att godkänna förslag {k}.\n" for k in range(2, 400)
    )
    (folder / "c.txt").write_text(
        f"Protokoll\nSocialnämnden\nDatum: 2024-03-08\n{roster}{items}", "utf-8"
    )  # ~1 MB of rows
    db_path = tiny_disk / "p.db"
    build([folder / "a.txt"], db_path, budget=None)
    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    filler = fill(tiny_disk, leave=600 * 1024)  # room for b.txt, not for c.txt
    args = ["build", str(folder), "--db", str(db_path), "--cache", str(tmp_path / "cache"), "--workers", "1"]
    result = CliRunner().invoke(cli, [*args, "--silent", "--no-ocr"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"error: {db_path}: the disk is full; the batch stopped. Kept: every document loaded before, 1 loaded by "
        "this run (each one whole), 1 unchanged; not loaded: 1 (nothing of them was written) — free some space "
        "and run build again"
    ]
    assert_intact(db_path)  # right after the disk filled up
    db = sqlite_utils.Database(db_path)
    assert sorted(r["filename"] for r in db.query("select filename from documents")) == ["a.txt", "b.txt"]
    assert not list(db.query("select * from problems where path like '%c.txt'"))  # the handler wrote nothing
    filler.unlink()
    assert (len(build([folder], db_path, budget=None).loaded), db.table("documents").count) == (1, 3)
    assert_intact(db_path)


# --------------------------------------------------------------------------- a huge page
MEASURE_CHILDREN = """
import ctypes, os, resource, subprocess, sys
ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: the build's orphaned children are ours to wait for
status = subprocess.call(sys.argv[1:])
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_a_pdf_with_one_huge_blank_page_loads_with_a_problem_within_the_memory_budget(tmp_path):
    """A 1 KB PDF declaring a 5 × 5 m page: rendered for OCR at 300 dpi it would be 3.6 GB of
    pixels (7.1 GB measured, issue 13).  It is not rendered, the reason is recorded, and no
    process of the build grows past the default budget."""
    import subprocess
    import sys

    from reportlab.pdfgen import canvas

    from pipeline.build import DEFAULT_BUDGET

    folder = tmp_path / "in"
    folder.mkdir()
    c = canvas.Canvas(str(folder / "field.pdf"), pagesize=(14_400, 14_400), invariant=1)
    c.showPage()
    c.save()
    db_path = tmp_path / "p.db"
    build_args = [sys.executable, "-m", "pipeline", "build", str(folder), "--db", str(db_path), "--silent"]
    out = subprocess.run(
        [sys.executable, "-c", MEASURE_CHILDREN, *build_args, "--cache", str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    status, peak_kib = map(int, out.stdout.split())
    assert status == 0, out.stderr
    assert peak_kib < DEFAULT_BUDGET.memory_mb * 1024  # every process: build, its forkserver, the reader
    db = sqlite_utils.Database(db_path)
    (problem,) = db.query("select path, message from problems")
    assert problem["path"].endswith("field.pdf")
    assert "page 1: no text layer; not rendered for OCR: 14400 × 14400 pt, larger than A0" in problem["message"]
    assert_intact(db_path)


def test_clearing_a_files_earlier_problems_reads_only_its_rows(tmp_path):
    """build and update clear a file's path-only problems before loading it again: an index
    lookup, not a scan of a problems table that grows with every backfill."""
    from pipeline.store import ensure_db_shape

    db = sqlite_utils.Database(tmp_path / "protokoll.db")
    ensure_db_shape(db)
    sql = "delete from problems where document_id is null and path = ?"
    plan = " ".join(r[3] for r in db.execute("explain query plan " + sql, ["raw/x.pdf"]).fetchall())
    assert "USING INDEX idx_problems_path" in plan, plan
    for module in ("build", "update"):
        assert sql in (ROOT / "pipeline" / f"{module}.py").read_text("utf-8"), module
