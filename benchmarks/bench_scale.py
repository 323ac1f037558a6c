"""How the served database holds up at scale: a generated database of a million agenda items and
a million decisions with the real schema, views and full-text search, and the time a real
Datasette server on 127.0.0.1 takes to answer its table, row, search and entity pages and every
canned query (p50 and p95 of bounded, sequential requests).

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_scale                  # 1,000,000 items and decisions
    .venv/bin/python -m benchmarks.bench_scale --rows 100000 --requests 10 --keep /tmp/scale
    .venv/bin/python -m benchmarks.bench_scale --keep /tmp/scale --reuse --documents 0   # serve it again

The rows are synthetic (invented names and sentences, deterministic), shaped like a build's: a
document and a meeting per ten agenda items, one decision per item, a page per document, five
participations per meeting among 5,000 people, on the bodies `ensure_db_shape` knows, and a
membership spell per person, body and role the rosters list (`MEMBERSHIPS_SQL`).  Rows go
in with executemany; the search index is filled once at the end (`store.search_index.sync_search`).

First, a no-op `protokoll update` over a folder of 10,000 documents that are loaded already
(`--documents`; `--only-update` times only that): each file hashed and looked up, nothing read.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import sqlite_utils
import yaml
from datasette.utils import tilde_encode

from pipeline.resolve import slug
from pipeline.serve import METADATA, datasette_args
from pipeline.store import ensure_db_shape
from pipeline.store.search_index import sync_search

TIMEOUT_SECONDS = 15  # a page that takes longer is reported as unanswered
ITEMS_PER_MEETING = 10
PARTICIPANTS = 5
PEOPLE = 5000
GIVEN = ["Anna", "Per", "Kim", "Lo", "Eva", "Nils", "Sara", "Ali", "Maja", "Olle", "Ida", "Tor"]
FAMILY = ["Ek", "Berg", "Strand", "Holm", "Lind", "Sjö", "Dal", "Ås", "Lund", "Öberg", "Hed", "Ström"]
TITLES = ["Val av justerare", "Budget", "Delegationsbeslut", "Information", "Folkhälsoplan", "Avtal", "Motion"]
VERBS = ["godkänna", "anta", "fastställa", "bevilja", "avslå", "lägga till handlingarna"]
OBJECTS = ["förslaget", "budgeten", "avtalet", "planen", "rapporten", "motionen", "uppdraget"]
ROLES = ["ordförande", "ledamot", "ledamot", "ersättare", "tjänsteperson"]
# Every word above is in a seventh of the rows or more; a search for a word of one decision in
# a thousand is timed too.
RARE, RARE_EVERY = "Familjecentralerna", 1000


def generate(path: Path, rows: int) -> dict[str, object]:
    """Fill a new database at `path`; returns sample values for the requests."""
    rng = random.Random(14)
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    bodies = [r["id"] for r in db.query("select id from organizations where body_kind is not null")] or [
        r["id"] for r in db.query("select id from organizations")
    ]
    conn = db.conn
    meetings = rows // ITEMS_PER_MEETING
    names = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{k % 97}" for k in range(PEOPLE)]
    people = [(f"{slug(n)}-{k}", n) for k, n in enumerate(names)]  # readable ids, as resolve makes them
    with conn:
        conn.executemany(
            "insert into people (id, name, sort_name) values (?, ?, ?)", [(i, n, n.casefold()) for i, n in people]
        )
        for start in range(0, meetings, 10_000):
            docs, meets, pages, items, decisions, parts = [], [], [], [], [], []
            for m in range(start, min(start + 10_000, meetings)):
                doc, body = document_id(m), bodies[m % len(bodies)]
                date = f"{2015 + m % 11}-{1 + m % 12:02d}-{1 + m % 28:02d}"
                docs.append((doc, f"raw/{doc}.pdf", f"{doc}.pdf", "protokoll", "Protokoll", body, date, 3))
                meets.append((doc, doc, body, date, "protokoll"))  # a meeting's id is its document's
                pages.append((f"{doc}:1", doc, 1, f"Protokoll {date} " + " ".join(rng.choices(OBJECTS, k=40))))
                for k in range(ITEMS_PER_MEETING):
                    item = f"{doc}:{k + 1}"  # document:item number
                    title = rng.choice(TITLES)
                    items.append((item, doc, doc, str(k + 1), k, title, f"{title}: {rng.choice(OBJECTS)}", 1))
                    text = f"Kommunstyrelsen beslutar att {rng.choice(VERBS)} {rng.choice(OBJECTS)} för {date[:4]}."
                    if (m * ITEMS_PER_MEETING + k) % RARE_EVERY == 0:
                        text += f" {RARE}."
                    decisions.append((f"{item}:0", item, doc, doc, 0, text, "beslut", 1.0, 1))
                for k in range(PARTICIPANTS):
                    pid, name = people[(m * PARTICIPANTS + k) % PEOPLE]
                    parts.append((f"{doc}:{k}", doc, pid, name, name, ROLES[k], doc, 1))
            conn.executemany(
                "insert into documents (id, path, filename, kind, title, body_id, date, pages) values (?,?,?,?,?,?,?,?)",
                docs,
            )
            conn.executemany("insert into meetings (id, document_id, body_id, date, kind) values (?,?,?,?,?)", meets)
            conn.executemany("insert into pages (id, document_id, number, text) values (?,?,?,?)", pages)
            conn.executemany(
                "insert into agenda_items (id, meeting_id, document_id, number, position, title, text, page)"
                " values (?,?,?,?,?,?,?,?)",
                items,
            )
            conn.executemany(
                "insert into decisions (id, agenda_item_id, meeting_id, document_id, position, text, kind,"
                " confidence, page) values (?,?,?,?,?,?,?,?,?)",
                decisions,
            )
            conn.executemany(
                "insert into participations (id, meeting_id, person_id, name, name_as_written, role, document_id,"
                " page) values (?,?,?,?,?,?,?,?)",
                parts,
            )
    fill_memberships(db)
    sync_search(db)  # the search index, as a build's saves and ensure_db_shape fill it
    conn.execute("analyze")
    return sample_values(db)


# A membership spell per person, body and role, from the first meeting that lists them to the
# last, as a build derives them from the rosters (with no elections, gaps or corrections): what
# the timelines and the membership queries read.
MEMBERSHIPS_SQL = """
insert into memberships (id, person_id, body_id, role, first_meeting_id, last_meeting_id, first_seen, last_seen,
                         meetings, start_date, start_precision, source_kind, document_id, page, quote)
select person_id || ':' || body_id || ':' || role || ':' || first_seen || ':0', person_id, body_id, role,
       (select m.id from participations p join meetings m on m.id = p.meeting_id
        where p.person_id = spells.person_id and m.body_id = spells.body_id and p.role = spells.role
          and m.date = spells.first_seen limit 1),
       (select m.id from participations p join meetings m on m.id = p.meeting_id
        where p.person_id = spells.person_id and m.body_id = spells.body_id and p.role = spells.role
          and m.date = spells.last_seen limit 1),
       first_seen, last_seen, meetings, first_seen, 'attendance', 'attendance', null, 1, name
from (select participations.person_id, meetings.body_id, participations.role, min(meetings.date) as first_seen,
             max(meetings.date) as last_seen, count(*) as meetings, min(participations.name) as name
      from participations join meetings on meetings.id = participations.meeting_id
      group by participations.person_id, meetings.body_id, participations.role) spells
"""


def fill_memberships(db: sqlite_utils.Database) -> None:
    """The spells of `MEMBERSHIPS_SQL`, when the database has none (a database kept by an
    earlier version of this script had none: its timelines answered 404, no spells)."""
    if db.execute("select 1 from memberships limit 1").fetchone() is None:
        with db.conn:
            db.execute(MEMBERSHIPS_SQL)


def document_id(m: int) -> str:
    """The `m`th document's id: a SHA-256, as a build's are."""
    return hashlib.sha256(f"document {m}".encode()).hexdigest()


def reuse(path: Path) -> dict[str, object]:
    """A kept database brought to this version's shape (indexes, views: `ensure_db_shape`, as a
    build does), and its sample values."""
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    fill_memberships(db)
    db.conn.execute("analyze")
    return sample_values(db)


def sample_values(db: sqlite_utils.Database) -> dict[str, object]:
    """Values the requests use: the first person, the middle meeting and its body."""
    person, name = db.execute("select id, name from people order by rowid limit 1").fetchone()
    count = db.execute("select max(rowid) from meetings").fetchone()[0]
    meeting, body = db.execute("select id, body_id from meetings where rowid = ?", [count // 2]).fetchone()
    return {"person": person, "name": name.split()[-1], "body": body, "meeting": meeting}


def urls(samples: dict[str, object]) -> list[tuple[str, str]]:
    """(kind, path) of every page timed."""
    out = [
        ("table", f"/protokoll/{t}") for t in ("documents", "meetings", "agenda_items", "decisions", "participations")
    ]
    out += [("table", f"/protokoll/{v}") for v in ("attendance", "decisions_with_context")]
    out += [
        ("row", f"/protokoll/agenda_items/{tilde_encode(str(samples['meeting']) + ':4')}"),
        ("row", f"/protokoll/decisions/{tilde_encode(str(samples['meeting']) + ':4:0')}"),
        ("row", f"/protokoll/meetings/{samples['meeting']}"),
        ("row", f"/protokoll/people/{samples['person']}"),
        ("row", f"/protokoll/organizations/{samples['body']}"),
        ("entity", f"/-/person/{samples['person']}"),
        ("entity", f"/-/meeting/{samples['meeting']}"),
        ("entity", f"/-/body/{samples['body']}"),
        ("search", "/protokoll/decisions?_search=familjecentral"),
        ("search", "/protokoll/decisions?_search=budgeten"),
        ("search", "/protokoll/decisions?_search=beslutar"),  # in every decision
        ("search", "/protokoll/agenda_items?_search=avtalet"),
        ("search", "/protokoll/pages?_search=rapporten"),
        ("search", "/-/search?q=budgeten"),
        ("search", "/-/search?q=familjecentral"),
        ("entity", f"/-/timeline?body={samples['body']}"),
    ]
    params = {
        "body": str(samples["body"]).split("-")[-1],
        "date": "2024-12-31",
        "name": samples["name"],
        "q": "budgeten",
        "from_date": "2023-06-30",
        "to_date": "2024-12-31",
        "party": "Kumla",
    }
    queries = yaml.safe_load(METADATA.read_text("utf-8"))["databases"]["protokoll"]["queries"]
    for name, query in queries.items():
        wanted = {k: v for k, v in params.items() if f":{k}" in query["sql"]}
        out.append(("canned", f"/protokoll/{name}" + (f"?{urlencode(wanted)}" if wanted else "")))
    return out


def server_cpu(pid: int) -> float:
    """CPU seconds the server process has used (all its threads: the SQL runs in threads): what
    a request costs whatever else the shared machine runs, which the wall-clock times are not."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def noop_update(folder: Path, documents: int) -> tuple[float, float, dict]:
    """(CPU s, wall s, counts) of `protokoll update` over a folder of `documents` files that are
    all loaded already: the second of two runs (the first records the manifest; the files were
    written just before it, too recently for their stat to be trusted, so this run hashes every
    file once more).  `noop_update_again` times a third run, which trusts the recorded stats."""
    import hashlib

    import pipeline
    from pipeline.sources import Settings, Source
    from pipeline.update import update

    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(folder / "update.db")
    ensure_db_shape(db)
    rows = []
    for k in range(documents):
        data = b"%PDF-1.4\n% document " + str(k).encode() + b"\n"
        (inbox / f"d{k:05d}.pdf").write_bytes(data)
        doc = hashlib.sha256(data).hexdigest()
        rows.append({"id": doc, "path": str(inbox / f"d{k:05d}.pdf"), "pipeline_version": pipeline.pipeline_version()})
    db["documents"].insert_all(rows, pk="id")
    source = Source(name="inkorg", folder=inbox)
    update([source], folder / "update.db", raw_dir=folder / "raw", settings=Settings(), ocr=False)
    cpu, wall = time.process_time(), time.perf_counter()
    report = update([source], folder / "update.db", raw_dir=folder / "raw", settings=Settings(), ocr=False)
    return time.process_time() - cpu, time.perf_counter() - wall, report.counts


def noop_update_again(folder: Path) -> tuple[float, float, dict]:
    """(CPU s, wall s, counts) of one more run over `noop_update`'s folder: nothing hashed."""
    from pipeline.sources import Settings, Source
    from pipeline.update import update

    source = Source(name="inkorg", folder=folder / "inbox")
    cpu, wall = time.process_time(), time.perf_counter()
    report = update([source], folder / "update.db", raw_dir=folder / "raw", settings=Settings(), ocr=False)
    return time.process_time() - cpu, time.perf_counter() - wall, report.counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="agenda items (and decisions)")
    parser.add_argument("--requests", type=int, default=20, help="requests a page, after one warm-up")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--only", action="append", default=[], help="time only the pages whose URL holds this")
    parser.add_argument("--cached", action="store_true", help="let the response cache answer the repeated requests")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep protokoll.db in")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="serve the database kept in --keep (made by an earlier run), brought to this version's shape",
    )
    parser.add_argument("--documents", type=int, default=10_000, help="loaded documents the no-op update reads")
    parser.add_argument("--only-update", action="store_true", help="time only the no-op update")
    args = parser.parse_args(argv)
    if args.only_update or args.documents:
        with tempfile.TemporaryDirectory(prefix="bench-update-") as tmp:
            cpu, wall, counts = noop_update(Path(tmp), args.documents)
            print(
                f"no-op update over {args.documents:,} loaded documents: {wall:.1f} s ({cpu:.1f} CPU s); "
                f"{counts['unchanged']:,} unchanged, {counts['failed']} failed (every file hashed)"
            )
            cpu, wall, counts = noop_update_again(Path(tmp))
            print(
                f"… and once more: {wall:.1f} s ({cpu:.1f} CPU s); {counts['unchanged']:,} unchanged, "
                f"{counts['failed']} failed (no file hashed: each one's stat is the one recorded)"
            )
        if args.only_update:
            return 0
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "protokoll.db"
        started = time.perf_counter()
        if args.reuse:
            if not (args.keep and path.exists()):
                parser.error("--reuse needs --keep FOLDER holding the protokoll.db of an earlier run")
            samples = reuse(path)
        else:
            path.unlink(missing_ok=True)
            samples = generate(path, args.rows)
        size = path.stat().st_size / 2**20
        print(
            f"{args.rows:,} agenda items and decisions, {size:,.0f} MiB, ready in {time.perf_counter() - started:.0f} s"
        )
        server = subprocess.Popen(datasette_args(path, args.port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{args.port}"
            # A cookie makes every request a visitor's own, which the response cache (serve_cache.py)
            # never answers: what is timed is the page being made, as on a first visit or after a write.
            headers = {} if args.cached else {"Cookie": "bench_scale=uncached"}
            with httpx.Client(base_url=base, timeout=TIMEOUT_SECONDS, headers=headers) as client:
                for _ in range(300):
                    try:
                        client.get("/-/versions.json")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                print(f"\nload average {os.getloadavg()[0]:.1f} at the start (1 minute)")
                print("\n| kind | page | status | p50 ms | p95 ms | server CPU ms |\n|---|---|---:|---:|---:|---:|")
                for kind, url in urls(samples):
                    if args.only and not any(part in url for part in args.only):
                        continue
                    try:
                        status = client.get(url).status_code  # warm-up
                        times = []
                        cpu = server_cpu(server.pid)
                        for _ in range(args.requests):
                            t = time.perf_counter()
                            client.get(url)
                            times.append(1000 * (time.perf_counter() - t))
                        cpu_ms = 1000 * (server_cpu(server.pid) - cpu) / args.requests
                    except httpx.TimeoutException:
                        print(f"| {kind} | `{url[:90]}` | no answer in {TIMEOUT_SECONDS} s | – | – | – |", flush=True)
                        continue
                    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
                    print(
                        f"| {kind} | `{url[:90]}` | {status} | {statistics.median(times):.0f} | {p95:.0f} | {cpu_ms:.0f} |",
                        flush=True,
                    )
            print(f"\nload average {os.getloadavg()[0]:.1f} at the end (1 minute)")
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
