"""`protokoll update`: discover, fetch, update — and never lose data.

A real HTTP server on 127.0.0.1 (a thread in this process) serves a listing page and the
bundled sample PDFs from raw/; the fetcher, the per-document budgets, the lock and the
database are the real ones.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.fetch import Fetcher, FetchError, address_kind, document_links, file_name
from pipeline.sources import ConfigError, Settings, Source, load_config
from pipeline.store import TABLES
from pipeline.store.lock import Locked, exclusive
from pipeline.update import EXIT_LOCKED, EXIT_USAGE, update

from .conftest import ROOT, assert_intact, long_pdf, write_pdf

SAMPLES = sorted((ROOT / "raw").glob("*.pdf"))
RUN_LOG = {"runs", "run_documents"}
# Columns that say when something happened: two databases built at different times differ there only.
TIMES = {"extracted_at", "recorded_at", "first_seen", "fetched_at", "loaded_at", "superseded_at", "missing_since"}
DRIP_SECONDS = 0.05
FAST = Settings(
    delay_seconds=0, backoff_seconds=0.01, max_backoff_seconds=0.05, retries=2, timeout_seconds=20, document_seconds=120
)


# --------------------------------------------------------------------------- a local web site
class Site:
    """A listing page at /list/ linking to PDFs, with the quirks a test asks for."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, tuple[str, str]] = {}  # URL path -> (file under root, content type)
        self.links: list[str] = []  # hrefs on the listing page, in order
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self.redirects: dict[str, str] = {}  # path -> Location of a 302
        self.encodings: dict[str, str] = {}  # path -> the Content-Encoding its (already encoded) bytes are sent with
        self.fail_first: set[str] = set()  # paths answered 500 on their first request
        self.no_length: set[str] = set()  # paths sent without Content-Length (streamed until close)
        self.drip: dict[str, str] = {}  # path -> "headers" or "body": sent a byte at a time, endlessly
        self.slow: str | None = None  # a path whose request waits for `release`
        self.slow_reached = threading.Event()
        self.release = threading.Event()
        self.requests: list[tuple[str, int, str | None]] = []  # path, status, If-None-Match
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.host = f"127.0.0.1:{self.port}"  # the `hosts` entry: a host on a port that is not the default
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def publish(
        self, path: str, source: Path | bytes, content_type: str = "application/pdf", *, listed: bool = True
    ) -> None:
        target = self.root / hashlib.sha256(path.encode()).hexdigest()[:12]
        if isinstance(source, bytes):
            target.write_bytes(source)
        else:
            shutil.copy(source, target)
        self.files[path] = (str(target), content_type)
        if listed and path not in self.links:
            self.links.append(path)

    def listing(self) -> bytes:
        items = "".join(f'<li><a href="{href}">{href.rsplit("/", 1)[-1]}</a></li>' for href in self.links)
        return (
            f"<!doctype html><html><head><title>Nätverk och samverkan</title></head><body>"
            f'<a href="/om-webbplatsen">Om webbplatsen</a><ul>{items}</ul></body></html>'
        ).encode()

    def requested(self, path: str) -> list[tuple[str, int, str | None]]:
        return [r for r in self.requests if r[0] == path]

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(10)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 20  # a stuck client cannot hold a server thread for long

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                status = self._answer(path)
                with site._lock:
                    site.requests.append((path, status, self.headers.get("If-None-Match")))

            def _answer(self, path: str) -> int:
                if path in site.drip:
                    return self._drip(path, site.drip[path])
                if path == "/robots.txt":
                    return self._send(200, "text/plain", site.robots.encode())
                if path == "/list/":
                    return self._send(200, "text/html; charset=utf-8", site.listing())
                if path in site.redirects:
                    self.send_response(302)
                    self.send_header("Location", site.redirects[path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return 302
                if path not in site.files:
                    return self._send(404, "text/html", b"<h1>Sidan finns inte</h1>")
                with site._lock:
                    if path in site.fail_first:
                        site.fail_first.discard(path)
                        return self._send(500, "text/html", b"<h1>Internal Server Error</h1>")
                if path == site.slow and not site.release.is_set():
                    site.slow_reached.set()
                    site.release.wait(60)
                file, content_type = site.files[path]
                body = Path(file).read_bytes()
                etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return 304
                headers = {"ETag": etag, "Last-Modified": formatdate(1700000000, usegmt=True)}
                if path in site.encodings:
                    headers["Content-Encoding"] = site.encodings[path]
                return self._send(200, content_type, body, headers, length=path not in site.no_length)

            def _send(
                self, status: int, content_type: str, body: bytes, headers: dict | None = None, *, length: bool = True
            ) -> int:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
                return status

            def _drip(self, path: str, part: str) -> int:
                """A server that never stops sending, a byte every DRIP_SECONDS: in its headers
                (an endless header line) or its body (after a Content-Length it never reaches)."""
                kind = {"/robots.txt": "text/plain", "/list/": "text/html"}.get(path, "application/pdf")
                head = b"HTTP/1.1 200 OK\r\n"
                if part == "body":
                    head += f"Content-Type: {kind}\r\nContent-Length: 1000000\r\n\r\n%PDF-1.4\n".encode()
                else:
                    head += b"X-Padding: "
                try:
                    self.wfile.write(head)
                    while not site.release.wait(DRIP_SECONDS):
                        self.wfile.write(b"a")
                except OSError:  # the client gave up: what the test waits for
                    pass
                self.close_connection = True
                return 200

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def site(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    s = Site(served)
    yield s
    s.close()


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """One extraction cache for the module: each sample PDF is extracted once, then only parsed."""
    return tmp_path_factory.mktemp("cache")


def source(site: Site, **kwargs: object) -> Source:
    return Source(name="samverkan", body="Region Örebro län", url=f"{site.url}/list/", hosts=(site.host,), **kwargs)  # type: ignore[arg-type]


def run(site: Site, tmp_path: Path, cache: Path, **kwargs: object):
    kwargs.setdefault("settings", FAST)
    return update([source(site)], tmp_path / "p.db", raw_dir=tmp_path / "raw", cache_dir=cache, ocr=False, **kwargs)  # type: ignore[arg-type]


def contents(db_path: Path, *, ignore: set[str] = frozenset(), base: Path | None = None) -> dict[str, list[str]]:
    """Every table but the run log, rows sorted, without the `ignore` columns; paths under
    `base` written relative to it so that two databases built in different folders compare."""
    db = sqlite_utils.Database(db_path)
    out = {}
    for table in TABLES:
        if table in RUN_LOG:
            continue
        rows = [
            json.dumps({k: v for k, v in r.items() if k not in ignore}, sort_keys=True, ensure_ascii=False)
            for r in db.table(table).rows
        ]
        if base is not None:
            rows = [r.replace(str(base), "<base>") for r in rows]
        out[table] = sorted(rows)
    return out


def rows(db_path: Path, sql: str, params: list | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db_path).query(sql, params or []))


# --------------------------------------------------------------------------- runs over a site
@pytest.mark.integration
def test_each_run_fetches_and_loads_only_what_is_new(site, tmp_path, cache):
    for sample in SAMPLES[:3]:
        site.publish(f"/docs/{sample.name}", sample)
    site.publish("/elsewhere.pdf", SAMPLES[3], listed=False)
    site.links.append(f"http://localhost:{site.port}/elsewhere.pdf")  # same server, another host name
    db_path = tmp_path / "p.db"

    first = run(site, tmp_path, cache)
    assert (first.counts["new"], first.counts["downloaded"], first.exit_code) == (3, 3, 0)
    assert sqlite_utils.Database(db_path).table("documents").count == 3
    assert not site.requested("/elsewhere.pdf") and first.skipped_links == [
        f"http://localhost:{site.port}/elsewhere.pdf"
    ]
    assert not site.requested("/om-webbplatsen")  # not a document link
    (path,) = {r["path"].rsplit("/", 1)[0] for r in rows(db_path, "select path from documents")}
    assert path == str(tmp_path / "raw" / "samverkan")

    before = contents(db_path)
    site.requests.clear()
    second = run(site, tmp_path, cache)
    assert (second.counts["unchanged"], second.counts["not_modified"], second.counts["downloaded"]) == (3, 3, 0)
    pdf_requests = [r for r in site.requests if r[0].startswith("/docs/")]
    assert {status for _, status, _ in pdf_requests} == {304} and all(etag for _, _, etag in pdf_requests)
    assert contents(db_path) == before  # every table but the run log, timestamps included

    site.publish(f"/docs/{SAMPLES[4].name}", SAMPLES[4])
    third = run(site, tmp_path, cache)
    assert [d["status"] for d in third.documents].count("new") == 1 and third.counts["unchanged"] == 3
    assert third.counts["downloaded"] == 1
    added = {k: set(v) - set(before[k]) for k, v in contents(db_path).items()}
    (doc,) = added["documents"]
    assert json.loads(doc)["url"] == f"{site.url}/docs/{SAMPLES[4].name}"

    site.links.remove(f"/docs/{SAMPLES[0].name}")  # taken off the listing: marked, not deleted
    fourth = run(site, tmp_path, cache)
    assert fourth.counts["missing"] == 1 and fourth.counts["unchanged"] == 3
    (gone,) = rows(db_path, "select * from fetches where missing_since is not null")
    assert gone["url"].endswith(SAMPLES[0].name)
    assert rows(db_path, "select count(*) n from meetings where document_id = ?", [gone["sha256"]])[0]["n"] == 1

    again = run(site, tmp_path, cache, reprocess=True)
    assert again.counts["reprocessed"] == 3 and again.counts["downloaded"] == 0
    statuses = [r["status"] for r in rows(db_path, "select status from runs order by id")]
    assert statuses == ["ok"] * 5


@pytest.mark.integration
def test_new_bytes_at_a_known_url_supersede_the_old_version_and_keep_it(site, tmp_path, cache):
    site.publish("/docs/protokoll.pdf", SAMPLES[5])
    run(site, tmp_path, cache)
    db_path = tmp_path / "p.db"
    (old,) = rows(db_path, "select id, path from documents")
    old_rows = contents(db_path)

    site.publish("/docs/protokoll.pdf", SAMPLES[6])  # the body replaced the file
    report = run(site, tmp_path, cache)
    assert report.counts["changed"] == 1 and report.counts["downloaded"] == 1
    versions = rows(
        db_path, "select version, document_id, supersedes, superseded_by from document_versions order by version"
    )
    (new_id,) = {r["id"] for r in rows(db_path, "select id from documents")} - {old["id"]}
    assert versions == [
        {"version": 1, "document_id": old["id"], "supersedes": None, "superseded_by": new_id},
        {"version": 2, "document_id": new_id, "supersedes": old["id"], "superseded_by": None},
    ]
    for table in ("documents", "meetings", "participations", "agenda_items", "decisions"):
        assert set(old_rows[table]) <= set(contents(db_path)[table]), f"{table}: rows of the old version were lost"
    (current,) = rows(db_path, "select path, sha256 from fetches")
    assert current["sha256"] == new_id and current["path"] != old["path"]
    assert Path(old["path"]).is_file() and Path(current["path"]).is_file()  # raw/ keeps both as published
    # The replaced version is kept, but it is not a second meeting in anyone's history.
    spells = rows(
        db_path, "select distinct first_meeting_id, last_meeting_id from memberships where first_meeting_id is not null"
    )
    assert spells and {m for r in spells for m in r.values()} == {new_id}


@pytest.mark.integration
def test_a_server_error_is_retried(site, tmp_path, cache):
    site.publish("/docs/a.pdf", SAMPLES[0])
    site.fail_first.add("/docs/a.pdf")
    report = run(site, tmp_path, cache)
    assert [status for _, status, _ in site.requested("/docs/a.pdf")] == [500, 200]
    assert report.counts["new"] == 1 and report.exit_code == 0


@pytest.mark.integration
def test_refused_files_are_recorded_with_a_reason_and_the_rest_loads(site, tmp_path, cache):
    big = SAMPLES[1].read_bytes() + b"\n%" + b"0" * 300_000
    site.publish("/docs/good.pdf", SAMPLES[0])
    site.publish("/docs/big.pdf", big)  # announced as too big by Content-Length
    site.publish("/docs/big-streamed.pdf", big)  # no Content-Length: stopped while it streams
    site.no_length.add("/docs/big-streamed.pdf")
    site.publish("/docs/sidan-finns-inte.pdf", b"<!doctype html><title>Sidan finns inte</title>")
    site.publish("/docs/html.pdf", SAMPLES[2], "text/html")
    site.publish("/docs/gone.pdf", SAMPLES[2])
    del site.files["/docs/gone.pdf"]
    site.publish("/private/secret.pdf", SAMPLES[3])
    settings = dataclasses.replace(FAST, max_mb=0.2)
    report = run(site, tmp_path, cache, settings=settings)

    db_path = tmp_path / "p.db"
    assert report.exit_code == 1 and report.counts["new"] == 1
    reasons = {r["url"].rsplit("/", 1)[-1]: r["error"] for r in rows(db_path, "select url, error from fetches")}
    assert "too large" in reasons["big.pdf"] and "not downloaded" in reasons["big.pdf"]
    assert "too large" in reasons["big-streamed.pdf"] and "stopped" in reasons["big-streamed.pdf"]
    assert "not a PDF" in reasons["sidan-finns-inte.pdf"] and "%PDF-" in reasons["sidan-finns-inte.pdf"]
    assert "not a PDF: the server sends text/html" in reasons["html.pdf"]
    assert "HTTP 404" in reasons["gone.pdf"]
    assert "robots.txt" in reasons["secret.pdf"] and not site.requested("/private/secret.pdf")
    assert reasons["good.pdf"] is None
    failed = rows(db_path, "select url, stage, error from run_documents where status = 'failed'")
    assert len(failed) == 6 and {r["stage"] for r in failed} == {"fetch"}
    assert all(r["error"].startswith(r["url"]) for r in failed)
    assert [p.name for p in (tmp_path / "raw" / "samverkan").iterdir()] == [file_name(f"{site.url}/docs/good.pdf")]
    assert rows(db_path, "select status from runs") == [{"status": "failed"}]
    assert_intact(db_path)


@pytest.mark.integration
def test_a_link_or_a_redirect_to_another_port_on_the_same_host_is_never_fetched(site, tmp_path, cache):
    (tmp_path / "other").mkdir()
    other = Site(tmp_path / "other")  # another service on the same machine
    try:
        other.publish("/secret.pdf", SAMPLES[0], listed=False)
        site.links.append(f"{other.url}/secret.pdf")
        site.publish("/docs/moved.pdf", SAMPLES[1])
        site.redirects["/docs/moved.pdf"] = f"{other.url}/secret.pdf"
        report = run(site, tmp_path, cache)
        assert not other.requested("/secret.pdf")
        assert f"{other.url}/secret.pdf" in report.skipped_links
        (failed,) = [f for f in report.failures if f["url"].endswith("/docs/moved.pdf")]
        assert f"127.0.0.1:{other.port} is not among the source's hosts" in failed["error"]
    finally:
        other.close()
    assert_intact(tmp_path / "p.db")


@pytest.mark.integration
def test_a_response_with_two_compression_layers_is_refused_before_it_is_decoded(site, tmp_path, cache):
    bomb = gzip.compress(gzip.compress(b"\0" * 20_000_000))  # 20 MB in about 1 KB; real bombs hold gigabytes
    site.publish("/docs/bomb.pdf", bomb)
    site.encodings["/docs/bomb.pdf"] = "gzip, gzip"
    site.publish("/docs/good.pdf", SAMPLES[0])
    report = run(site, tmp_path, cache)
    (failed,) = report.failures
    assert failed["url"].endswith("/docs/bomb.pdf") and "2 content-encoding layers" in failed["error"]
    assert report.counts["new"] == 1
    assert not list((tmp_path / "raw" / "samverkan").glob("*bomb*"))
    assert_intact(tmp_path / "p.db")


@pytest.mark.integration
def test_a_robots_crawl_delay_is_capped_by_the_setting(site, tmp_path, cache):
    site.robots = "User-agent: *\nCrawl-delay: 3600\n"
    for sample in SAMPLES[:2]:
        site.publish(f"/docs/{sample.name}", sample)
    settings = dataclasses.replace(FAST, max_crawl_delay_seconds=0.1)
    with Fetcher(settings) as fetcher:
        fetcher.get_page(f"{site.url}/list/", (site.host,))
        assert fetcher._crawl_delay == {"127.0.0.1": 0.1}
    report = update([source(site)], tmp_path / "p.db", raw_dir=tmp_path / "raw", cache_dir=cache, settings=settings)
    assert report.counts["new"] == 2  # an hour between requests would have held the run far past the test's limit
    assert_intact(tmp_path / "p.db")


@pytest.mark.integration
def test_a_listing_that_cannot_be_read_marks_nothing_missing(site, tmp_path, cache):
    site.publish("/docs/a.pdf", SAMPLES[0])
    run(site, tmp_path, cache)
    broken = Source(name="samverkan", url=f"{site.url}/no-such-page/", hosts=(site.host,))
    report = update([broken], tmp_path / "p.db", raw_dir=tmp_path / "raw", cache_dir=cache, settings=FAST)
    assert report.exit_code == 1 and report.failures[0]["stage"] == "listing"
    assert "HTTP 404" in report.failures[0]["error"]
    assert not rows(tmp_path / "p.db", "select * from fetches where missing_since is not null")
    assert_intact(tmp_path / "p.db")


# --------------------------------------------------------------------------- slow servers, private addresses
SLOW = dataclasses.replace(FAST, download_seconds=1.0, timeout_seconds=1.0)  # a byte every 0.05 s never times out


@pytest.mark.parametrize(
    ("path", "part", "expected"),
    [
        ("/robots.txt", "headers", "robots.txt unavailable (too slow: not received within 1 s"),
        ("/list/", "headers", "too slow: not received within 1 s (download_seconds in sources.yml)"),
        ("/list/", "body", "too slow: not received within 1 s (download_seconds in sources.yml)"),
    ],
)
def test_a_server_dripping_a_listing_or_its_robots_txt_is_stopped_at_download_seconds(site, path, part, expected):
    site.drip[path] = part
    with Fetcher(SLOW) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            fetcher.get_page(f"{site.url}/list/", (site.host,))
        elapsed = time.monotonic() - started
    assert caught.value.url == f"{site.url}/list/" and expected in caught.value.reason
    # It would drip forever: the deadline covers headers and body, not only the pauses between bytes.
    assert elapsed < SLOW.download_seconds + SLOW.timeout_seconds


@pytest.mark.integration
def test_a_pdf_dripping_its_body_fails_within_download_seconds_and_the_rest_loads(site, tmp_path, cache):
    site.publish("/docs/good.pdf", SAMPLES[0])
    site.publish("/docs/slow.pdf", SAMPLES[1])
    site.drip["/docs/slow.pdf"] = "body"
    with Fetcher(SLOW) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError, match="too slow: not received within 1 s"):
            fetcher.fetch_document(f"{site.url}/docs/slow.pdf", (site.host,), tmp_path / "dl", None)
        assert time.monotonic() - started < SLOW.download_seconds + SLOW.timeout_seconds
    assert not list((tmp_path / "dl").iterdir())  # no half file is left behind
    report = run(site, tmp_path, cache, settings=SLOW)
    (failed,) = report.failures
    assert failed["url"].endswith("/docs/slow.pdf") and "too slow" in failed["error"]
    assert report.counts["new"] == 1
    assert run(site, tmp_path, cache, settings=SLOW).counts["unchanged"] == 1  # the next run is not blocked
    assert_intact(tmp_path / "p.db")


def test_no_download_starts_after_the_runs_time_is_up(site, tmp_path, cache):
    for name in ("slow-1", "slow-2"):
        site.publish(f"/docs/{name}.pdf", SAMPLES[1])
        site.drip[f"/docs/{name}.pdf"] = "body"
    site.publish("/docs/good.pdf", SAMPLES[0])
    settings = dataclasses.replace(SLOW, run_seconds=1.5)
    started = time.monotonic()
    report = run(site, tmp_path, cache, settings=settings)
    elapsed = time.monotonic() - started
    failed = {f["url"].rsplit("/", 1)[-1]: f["error"] for f in report.failures}
    # Its own download_seconds runs out first, unless a loaded machine started it late.
    assert "too slow: not received within 1 s" in failed["slow-1.pdf"] or "time is up" in failed["slow-1.pdf"]
    assert "the run's time is up (1.5 s, run_seconds in sources.yml)" in failed["slow-2.pdf"]  # cut at 1.5 s
    assert failed["good.pdf"].endswith(
        "not fetched: the run's time is up (1.5 s, run_seconds in sources.yml); the next run fetches it"
    )
    assert not site.requested("/docs/good.pdf") and report.exit_code == 1
    assert elapsed < settings.run_seconds + settings.timeout_seconds + 2  # nothing was read: just the fetching
    assert_intact(tmp_path / "p.db")


def test_a_name_that_leads_to_a_loopback_address_is_refused_unless_the_source_names_the_address(site, tmp_path):
    site.publish("/docs/a.pdf", SAMPLES[0])
    site.redirects["/docs/moved.pdf"] = f"http://localhost:{site.port}/docs/a.pdf"
    named = f"localhost:{site.port}"  # on the hosts, but a name: where it leads is checked
    with Fetcher(FAST) as fetcher:
        for url in (f"http://localhost:{site.port}/docs/a.pdf", f"{site.url}/docs/moved.pdf"):
            with pytest.raises(FetchError) as caught:
                fetcher.fetch_document(url, (site.host, named), tmp_path / "dl", None)
            assert caught.value.reason.startswith("refused: localhost resolves to 127.0.0.1 (loopback)")
        # The source that names the address itself reaches it.
        fetched = fetcher.fetch_document(f"{site.url}/docs/a.pdf", (site.host, named), tmp_path / "dl", None)
    assert fetched.status == 200 and fetched.path.read_bytes() == SAMPLES[0].read_bytes()
    # The redirect was answered, and nothing ever reached the server under the name.
    assert [r[0] for r in site.requests] == ["/robots.txt", "/docs/moved.pdf", "/docs/a.pdf"]


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.2", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.7", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # a cloud machine's metadata service
        ("::ffff:10.0.0.7", "private"),
        ("0.0.0.0", "private"),
        ("193.183.1.1", None),
    ],
)
def test_what_counts_as_an_address_a_source_must_name(address, kind):
    assert address_kind(address) == kind


# --------------------------------------------------------------------------- bad input
@pytest.fixture
def bad_folder(tmp_path, make_pdf):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLES[0], folder / "good.pdf")
    (folder / "zero.pdf").write_bytes(b"")
    (folder / "webpage.pdf").write_text("<!doctype html><title>Sidan finns inte</title>", "utf-8")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.5\n" + b"\x13\x37" * 500)
    (folder / "truncated.pdf").write_bytes(SAMPLES[1].read_bytes()[:4000])
    write_pdf(folder / "encrypted.pdf", [[("Protokoll", 72, 80, 14, True)]], encrypt="hemligt")
    scan(folder / "image-only.pdf")
    return folder


def scan(path: Path) -> None:
    """A PDF whose only page is a picture: no text layer at all, as a scanner makes."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (600, 850), 255)
    draw = ImageDraw.Draw(image)
    for y in range(80, 800, 40):
        draw.rectangle((60, y, 540, y + 12), fill=40)  # lines of "text" a scanner would see
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    c.showPage()
    c.save()


def test_bad_files_fail_one_by_one_with_reasons_and_the_rest_loads(bad_folder, tmp_path, cache):
    inbox = Source(name="inkorg", body="Kumla kommun", folder=bad_folder)
    report = update(
        [inbox], tmp_path / "p.db", raw_dir=tmp_path / "raw", cache_dir=cache, settings=FAST, ocr=False, workers=2
    )
    failed = {f["url"].rsplit("/", 1)[-1]: f["error"] for f in report.failures}
    assert set(failed) == {"zero.pdf", "webpage.pdf", "corrupt.pdf", "truncated.pdf", "encrypted.pdf"}
    assert "empty" in failed["zero.pdf"] and "not a PDF" in failed["webpage.pdf"]
    assert "encrypted" in failed["encrypted.pdf"] and "corrupt" in failed["corrupt.pdf"]
    assert report.exit_code == 1 and report.counts["new"] == 2  # good.pdf, and image-only.pdf with a problem
    db_path = tmp_path / "p.db"
    problems = rows(db_path, "select path, stage from problems where document_id is null")
    assert {p["path"].rsplit("/", 1)[-1] for p in problems} == set(failed)
    assert {r["stage"] for r in rows(db_path, "select stage from run_documents where status = 'failed'")} == {"read"}
    (scanned,) = rows(db_path, "select d.id, d.pages from documents d where filename = 'image-only.pdf'")
    assert scanned["pages"] == 1 and rows(db_path, "select * from problems where document_id = ?", [scanned["id"]])
    assert_intact(db_path)


def test_a_document_over_its_time_budget_is_stopped_and_recorded(tmp_path, cache):
    folder = tmp_path / "inbox"
    folder.mkdir()
    long_pdf(folder / "tjock.pdf", 1900)
    shutil.copy(SAMPLES[0], folder / "good.pdf")
    # Reading and parsing 1,900 full pages (under the 2,000-page limit) takes the default engine
    # about twenty seconds (pdfplumber several minutes); the budget is five seconds, which good.pdf
    # (well under a second) keeps even on a loaded machine.
    settings = dataclasses.replace(FAST, document_seconds=5)
    report = update(
        [Source(name="inkorg", folder=folder)],
        tmp_path / "p.db",
        raw_dir=tmp_path / "raw",
        cache_dir=cache,
        settings=settings,
        ocr=False,
        workers=2,
    )
    (failure,) = report.failures
    assert failure["url"].endswith("tjock.pdf") and "took longer than 5 s" in failure["error"]
    assert report.counts["new"] == 1
    assert_intact(tmp_path / "p.db")


def test_a_document_over_its_memory_budget_fails_with_the_reason(tmp_path, cache):
    folder = tmp_path / "inbox"
    folder.mkdir()
    long_pdf(folder / "a.pdf", 40)  # its pages need more than the 1 MiB allowed
    settings = dataclasses.replace(FAST, document_memory_mb=1)
    report = update(
        [Source(name="inkorg", folder=folder)],
        tmp_path / "p.db",
        raw_dir=tmp_path / "raw",
        cache_dir=tmp_path / "own-cache",
        settings=settings,
        ocr=False,
    )
    (failure,) = report.failures
    assert "ran out of memory" in failure["error"] and "1 MiB" in failure["error"]
    assert_intact(tmp_path / "p.db")


def test_a_full_disk_ends_the_update_with_one_line_and_the_next_run_completes_it(tmp_path, tiny_disk, cache):
    """The database cannot grow: one line naming it and what was kept, nothing half-written, and
    once there is room again the next run loads what was left."""
    from .conftest import fill

    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    roster = "Ledamöter:\nAnna Ek, Nora kommun\n1. Mötet öppnas\n"
    (inbox / "a.txt").write_text(f"Protokoll\nSocialnämnden\nDatum: 2024-01-12\n{roster}", "utf-8")
    items = "".join(f"{k}. Ärende {k} om planen\nNämnden beslutar att godkänna förslag {k}.\n" for k in range(2, 400))
    (inbox / "b.txt").write_text(f"Protokoll\nSocialnämnden\nDatum: 2024-03-08\n{roster}{items}", "utf-8")
    folder = Source(name="inkorg", body="Nora kommun", folder=inbox)
    db_path = tiny_disk / "p.db"
    sqlite_utils.Database(db_path).execute("pragma journal_mode = wal")
    filler = fill(tiny_disk, leave=200 * 1024)  # room for the schema and a little, not for b.txt's rows
    config = tmp_path / "sources.yml"
    config.write_text(yaml.safe_dump({"sources": [{"name": "inkorg", "body": "Nora kommun", "folder": str(inbox)}]}))
    result = CliRunner().invoke(
        cli,
        ["update", "--config", str(config), "--db", str(db_path), "--raw", str(tmp_path / "raw")]
        + ["--cache", str(cache), "--workers", "1", "--silent", "--no-ocr"],
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {db_path}: the disk is full; the run stopped. Kept: every document loaded before")
    assert_intact(db_path)
    filler.unlink()
    report = update([folder], db_path, raw_dir=tmp_path / "raw", settings=FAST, ocr=False, cache_dir=cache)
    assert report.counts["failed"] == 0
    assert {r["filename"] for r in rows(db_path, "select filename from documents")} == {"a.txt", "b.txt"}
    assert_intact(db_path)


# --------------------------------------------------------------------------- concurrency and kills
def test_a_second_run_on_the_same_database_is_refused(tmp_path):
    db_path = tmp_path / "p.db"
    with exclusive(db_path):
        with pytest.raises(Locked, match="another protokoll run"):
            update([Source(name="x", folder=tmp_path)], db_path, raw_dir=tmp_path / "raw")
        result = CliRunner().invoke(
            cli,
            ["update", "--url", "http://127.0.0.1:9/list/", "--body", "Kumla kommun", "--db", str(db_path), "--silent"],
        )
    assert result.exit_code == EXIT_LOCKED
    assert "being written by another protokoll run" in result.stderr and f"pid {os.getpid()}" in result.stderr


@pytest.mark.integration
def test_a_killed_run_is_completed_by_the_next_to_the_same_database(site, tmp_path, cache):
    for sample in SAMPLES[:4]:
        site.publish(f"/docs/{sample.name}", sample)
    site.slow = f"/docs/{SAMPLES[3].name}"
    config = tmp_path / "sources.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "settings": {k: v for k, v in dataclasses.asdict(FAST).items() if k != "user_agent"},
                "sources": [
                    {"name": "samverkan", "body": "Region Örebro län", "url": f"{site.url}/list/", "hosts": [site.host]}
                ],
            }
        ),
        "utf-8",
    )
    killed, reference = tmp_path / "killed", tmp_path / "reference"
    args = ["update", "--config", str(config), "--cache", str(cache), "--workers", "1", "--silent", "--no-ocr"]

    def argv(base: Path) -> list[str]:
        return [*args, "--db", str(base / "p.db"), "--raw", str(base / "raw")]

    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *argv(killed)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        reached = site.slow_reached.wait(120)  # the run waits for the 4th PDF; the first three are loaded
        assert reached, proc.communicate(timeout=60)
        second = CliRunner().invoke(cli, argv(killed))
        assert second.exit_code == EXIT_LOCKED and "another protokoll run" in second.stderr
        proc.kill()
    finally:
        proc.kill()
        proc.wait(60)
    assert rows(killed / "p.db", "select count(*) n from documents")[0]["n"] == 3
    assert rows(killed / "p.db", "select status from runs") == [{"status": "running"}]

    site.release.set()
    completed = CliRunner().invoke(cli, [*argv(killed), "--json"])
    assert completed.exit_code == 0, completed.stderr
    summary = json.loads(completed.stdout)
    assert (summary["status"], summary["new"], summary["unchanged"], summary["not_modified"]) == ("ok", 1, 3, 3)
    assert CliRunner().invoke(cli, argv(reference)).exit_code == 0
    assert [r["status"] for r in rows(killed / "p.db", "select status from runs order by id")] == ["interrupted", "ok"]
    assert contents(killed / "p.db", ignore=TIMES, base=killed) == contents(
        reference / "p.db", ignore=TIMES, base=reference
    )
    assert not list((killed / "raw").rglob("*.part"))
    assert_intact(killed / "p.db")


# --------------------------------------------------------------------------- runs with nothing new
LOADED = 12  # already-loaded documents in the inbox of the no-op runs


@pytest.fixture
def loaded_inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Source, Path, dict[str, str]]:
    """A folder source whose files are all loaded already (their `documents` rows written as a
    build would leave them, so that nothing needs reading), run over once to record the
    manifest and the files' stats: the source, the database and each file's sha256 by name."""
    import pipeline
    import pipeline.update as updating
    from pipeline.store import ensure_db_shape

    monkeypatch.setattr(updating, "RACY_SECONDS", 0.0)  # the files are seconds old: trust their stat at once

    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    db = sqlite_utils.Database(tmp_path / "p.db")
    ensure_db_shape(db)
    shas = {}
    for k in range(LOADED):
        data = b"%PDF-1.4\n% protokoll nr " + str(k % 10).encode() + b" fr\xc3\xa5n Lax\xc3\xa5\n"  # same sizes
        (inbox / f"d{k:02d}.pdf").write_bytes(data)
        shas[f"d{k:02d}.pdf"] = hashlib.sha256(data).hexdigest()
    rows = [
        {"id": sha, "filename": name, "pipeline_version": pipeline.pipeline_version()} for name, sha in shas.items()
    ]
    db["documents"].insert_all(rows, pk="id", replace=True)
    db.close()
    folder = Source(name="inkorg", body="Laxå kommun", folder=inbox)
    first = update([folder], tmp_path / "p.db", raw_dir=tmp_path / "raw", settings=FAST, ocr=False)
    assert first.counts["new"] == LOADED and first.counts["failed"] == 0
    return folder, tmp_path / "p.db", shas


def test_a_noop_update_writes_one_log_row_a_document_and_nothing_else(loaded_inbox, tmp_path, monkeypatch):
    import pipeline.update as updating

    folder, db_path, shas = loaded_inbox
    monkeypatch.setattr(updating, "LOG_BATCH", 7)  # several batches and a last, partial one
    before = contents(db_path)
    report = update([folder], db_path, raw_dir=tmp_path / "raw", settings=FAST, ocr=False)
    assert report.counts["unchanged"] == LOADED and report.exit_code == 0
    assert contents(db_path) == before  # every table but the run log, row for row
    logged = rows(db_path, "select * from run_documents where run_id = ? order by id", [report.run_id])
    assert sorted(r["id"] for r in logged) == sorted(f"{report.run_id}:{k}" for k in range(LOADED))
    assert {r["status"] for r in logged} == {"unchanged"}
    assert {r["path"].rsplit("/", 1)[-1]: r["document_id"] for r in logged} == shas
    assert all(r["sha256"] == r["document_id"] for r in logged)
    (run_row,) = rows(db_path, "select status, unchanged, listed from runs where id = ?", [report.run_id])
    assert run_row == {"status": "ok", "unchanged": LOADED, "listed": LOADED}
    assert_intact(db_path)


def test_a_file_whose_stat_is_as_recorded_is_not_hashed_again(loaded_inbox, tmp_path, monkeypatch):
    import pipeline.update as updating

    folder, db_path, _ = loaded_inbox
    hashed: list[str] = []
    real = updating.sha256_file
    monkeypatch.setattr(updating, "sha256_file", lambda path: hashed.append(path.name) or real(path))
    report = update([folder], db_path, raw_dir=tmp_path / "raw", settings=FAST, ocr=False)
    assert hashed == [] and report.counts["unchanged"] == LOADED
    # A file changed (here: its times) less than RACY_SECONDS before it is hashed may change again
    # with the same stat: it is hashed now, and again on each run until it has been still long enough.
    monkeypatch.setattr(updating, "RACY_SECONDS", 1e9)
    os.utime(folder.folder / "d03.pdf")  # type: ignore[operator]
    for _ in range(2):
        report = update([folder], db_path, raw_dir=tmp_path / "raw", settings=FAST, ocr=False)
        assert hashed == ["d03.pdf"] and report.counts["unchanged"] == LOADED
        hashed.clear()


def test_a_file_rewritten_in_place_with_its_size_and_mtime_is_seen_as_changed(loaded_inbox, tmp_path, monkeypatch):
    """Bytes written to a file set its ctime, which no one can set back (only mtime can be):
    the file is hashed again and its new bytes are a new version."""

    folder, db_path, shas = loaded_inbox
    target, other = folder.folder / "d01.pdf", folder.folder / "d02.pdf"  # type: ignore[operator]
    st = target.stat()
    target.write_bytes(other.read_bytes())  # the same size: another loaded document's bytes
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    report = update([folder], db_path, raw_dir=tmp_path / "raw", settings=FAST, ocr=False)
    assert report.counts["changed"] == 1 and report.counts["unchanged"] == LOADED - 1
    versions = rows(
        db_path,
        "select version, document_id, supersedes from document_versions where fetch_id = ? order by version",
        [target.resolve().as_uri()],
    )
    assert versions == [
        {"version": 1, "document_id": shas["d01.pdf"], "supersedes": None},
        {"version": 2, "document_id": shas["d02.pdf"], "supersedes": shas["d01.pdf"]},
    ]


# --------------------------------------------------------------------------- the pieces
def test_a_document_is_loaded_in_one_transaction(tmp_path, cache):
    """All or nothing: a run killed while a document is being saved leaves the database as it
    was before that document (SQLite rolls back a transaction that never committed)."""
    from pipeline.read import read_document
    from pipeline.store import ensure_db_shape, save_document

    db = sqlite_utils.Database(tmp_path / "p.db")
    ensure_db_shape(db)
    reading = read_document(SAMPLES[0], cache)
    statements: list[str] = []
    db.conn.set_trace_callback(lambda sql: statements.append(sql.split(None, 1)[0].upper()))
    save_document(db, reading.extracted, reading.parsed)
    assert statements.count("BEGIN") == 1 and statements.count("COMMIT") == 1


@pytest.mark.parametrize(
    "url",
    [
        "https://www.regionorebrolan.se/siteassets/media/dokument/handlingar-och-protokoll/protokoll-2024/"
        "justerat-protokoll-8-mars-2024.pdf",
        "https://example.org/docs/..%2F..%2F..%2Fetc%2Fpasswd",
        "https://example.org/a/../../b/Protokoll%20%C3%96rebro%20l%C3%A4n.PDF?download=1",
        "https://example.org/",
        "https://example.org/.hidden.pdf",
        "https://example.org/" + "x" * 400 + ".pdf",
    ],
)
def test_file_names_are_safe_and_stable(url):
    name = file_name(url)
    assert name == file_name(url) and name.endswith(".pdf") and len(name) <= 100
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-_.") and not name.startswith((".", "-"))
    assert "/" not in name and ".." not in name


def test_file_names_keep_the_documents_name_and_never_collide():
    a = file_name("https://x.se/protokoll-2023/Protokoll%20%C3%96rebro.pdf")
    assert a.startswith("protokoll-orebro_")
    assert a != file_name("https://x.se/protokoll-2024/Protokoll%20%C3%96rebro.pdf")


def test_document_links_are_resolved_against_the_page_and_filtered():
    html = """<html><head><base href="/sv/natverk/"></head><body>
      <a href="protokoll.pdf#page=2">Protokoll</a> <a href="/siteassets/protokoll-2024/b.PDF">B</a>
      <a href="https://annan.se/c.pdf">C</a> <a href="mailto:x@y.se">mejl</a> <a href="/om">Om</a>
      <a href="protokoll.pdf">igen</a></body></html>"""
    on, off = document_links(html, "https://utveckling.example.se/sv/start/", r"\.pdf$", ("utveckling.example.se",))
    assert on == [
        "https://utveckling.example.se/sv/natverk/protokoll.pdf",
        "https://utveckling.example.se/siteassets/protokoll-2024/b.PDF",
    ]
    assert off == ["https://annan.se/c.pdf"]


def test_the_shipped_sources_file_is_valid():
    config = load_config(ROOT / "sources.yml")
    (web,) = [s for s in config.sources if s.is_web]
    assert web.url and "regionorebrolan.se" in web.url and "www.regionorebrolan.se" in web.hosts
    on, _ = document_links(
        '<a href="https://www.regionorebrolan.se/siteassets/media/dokument/handlingar-och-'
        'protokoll/x/protokoll-2024/justerat-protokoll.pdf">p</a>',
        web.url,
        web.links,
        web.hosts,
    )
    assert len(on) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources: []", "non-empty list"),
        ("sources: [{name: Bad Name, url: 'https://x.se/'}]", "name"),
        ("sources: [{name: a, url: 'https://x.se/', folder: f}]", "exactly one"),
        ("sources: [{name: a, url: 'https://x.se/', hosts: [y.se]}]", "own host"),
        ("sources: [{name: a, url: 'https://x.se/', links: '('}]", "regular expression"),
        ("sources: [{name: a, url: 'https://x.se/', colour: red}]", "unknown source key"),
        ("settings: {max_mb: -1}\nsources: [{name: a, url: 'https://x.se/'}]", "max_mb"),
        ("sources: [{name: a, folder: x}, {name: a, folder: y}]", "unique"),
    ],
)
def test_config_errors_say_what_is_wrong_and_exit_2(tmp_path, text, message):
    config = tmp_path / "sources.yml"
    config.write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(config)
    result = CliRunner().invoke(cli, ["update", "--config", str(config), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == EXIT_USAGE and str(config) in result.stderr
    assert not (tmp_path / "p.db").exists()


def test_url_needs_body(tmp_path):
    result = CliRunner().invoke(cli, ["update", "--url", "https://x.se/", "--db", str(tmp_path / "p.db")])
    assert result.exit_code == EXIT_USAGE and "--body" in result.stderr
