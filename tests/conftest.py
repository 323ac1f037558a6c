"""Shared fixtures: where ../shared lives, and small PDFs written on the spot with reportlab."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
import yaml

from pipeline.serve import METADATA as SERVE_METADATA

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
REAL = SHARED / "corpus" / "real"

# One text run on a page: (text, x, y from the top, font size, bold)
Run = tuple[str, float, float, float, bool]


def write_pdf(path: Path, pages: Sequence[Sequence[Run]], *, encrypt: str | None = None) -> Path:
    """Write a PDF whose pages hold exactly the given text runs (Helvetica covers å ä ö)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    width, height = A4
    for runs in pages:
        for text, x, y, size, bold in runs:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path


LONG_LINE = "Kommunstyrelsen beslutar att godkänna förslaget om regional samverkan och folkhälsa i länet"


def long_pdf(path: Path, pages: int) -> Path:
    """A PDF of `pages` full pages of one sentence, numbered line by line so that no page repeats
    another (a page repeated on every page would be all running header: nothing left to parse):
    reading it takes time and memory."""
    return write_pdf(
        path, [[(f"{LONG_LINE} {p}.{k}", 40, 40 + 18 * k, 10, False) for k in range(24)] for p in range(pages)]
    )


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """make_pdf("name.pdf", [[("Protokoll", 72, 80, 14, True), …], …]) -> path of a new PDF."""

    def make(name: str, pages: Sequence[Sequence[Run]], **kwargs: object) -> Path:
        return write_pdf(tmp_path / name, pages, **kwargs)  # type: ignore[arg-type]

    return make


# --------------------------------------------------------------------------- caches kept across runs
def _extract_layer_digest() -> str:
    """A digest of everything extraction reads: its code and the vocabularies its quality check
    uses.  Extractions cached under it are redone whenever any of that changes."""
    files = sorted([*(ROOT / "pipeline" / "extract").rglob("*.py"), *(ROOT / "pipeline" / "patterns").iterdir()])
    files.append(ROOT / "pipeline" / "__init__.py")
    digest = hashlib.sha256()
    for f in files:
        if f.is_file():
            digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def _kept(request: pytest.FixtureRequest, name: str) -> Path:
    """A folder kept across runs in pytest's cache; a fresh one when the cache is off (-p no:cacheprovider)."""
    cache = getattr(request.config, "cache", None)
    if cache is None:
        return request.getfixturevalue("tmp_path_factory").mktemp(name)
    return Path(cache.mkdir(name))


@pytest.fixture(scope="session")
def ocr_results(request: pytest.FixtureRequest) -> Path:
    """OCR results kept across test runs (under .pytest_cache): a page's rendered image read by one
    Tesseract version gives the same text every time (the cache is keyed by both), so a second
    `make test` never OCRs a scan again.  Tests of OCR caching itself use a fresh folder."""
    return _kept(request, "protokoll-ocr")


@pytest.fixture(scope="session")
def extraction_cache(request: pytest.FixtureRequest, ocr_results: Path) -> Path:
    """An extraction cache kept across test runs, for fixtures that build corpora: keyed by the
    extract layer's code and vocabularies (`_extract_layer_digest`), so a change there re-extracts;
    older keys are removed.  Its `ocr/` is the shared `ocr_results`."""
    root = _kept(request, "protokoll-extract")
    current = root / _extract_layer_digest()
    for old in root.iterdir():
        if old.name != current.name:
            shutil.rmtree(old, ignore_errors=True)
    current.mkdir(exist_ok=True)
    with contextlib.suppress(FileExistsError):
        (current / "ocr").symlink_to(ocr_results, target_is_directory=True)
    return current


def require(path: Path) -> Path:
    """Skip the test when a file from ../shared is not on this machine."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str, bytes]:
    """Status, content type and body of one request (10 s at most)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read()


class Served(str):
    """A running server's base URL (http://127.0.0.1:PORT), which also knows the server's
    process, to read its memory from /proc."""

    pid: int

    def __new__(cls, url: str, pid: int) -> Served:
        served = super().__new__(cls, url)
        served.pid = pid
        return served

    @property
    def url(self) -> str:
        return str(self)


@contextlib.contextmanager
def running_datasette(db_path: Path, raw_dir: Path, log: Path, *, public: bool = False) -> Iterator[Served]:
    """The real server, started exactly as `protokoll serve` starts it (`--public` with
    `public`), on a free 127.0.0.1 port: yields its URL and pid once it answers (30 s at most),
    and stops it afterwards."""
    from pipeline.serve import datasette_args

    port = free_port()
    with running_server(datasette_args(db_path, port, raw_dir, public=public), port, log) as served:
        yield served


@contextlib.contextmanager
def running_server(argv: Sequence[str], port: int, log: Path) -> Iterator[Served]:
    """Run `argv`, a server listening on 127.0.0.1:`port`; yield its base URL once it answers
    (30 s at most), and stop it afterwards."""
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        server = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, log.read_text(errors="replace")
            with contextlib.suppress(OSError):
                if get(f"{base}/-/versions.json")[0] == 200:
                    break
            assert time.monotonic() < deadline, "server did not answer within 30 s:\n" + log.read_text()
            time.sleep(0.25)
        yield Served(base, server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def assert_intact(db_path: Path) -> None:
    """The database at `db_path` passes SQLite's own check of every page, row and index
    (`pragma integrity_check`): what every test of a hostile file, server or interruption ends with."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)], db_path


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MiB file system (tmpfs) to fill up.  Mounting one needs root (CAP_SYS_ADMIN);
    elsewhere the test is skipped, saying so.  A real full disk rather than SQLite's
    max_page_count: the database, its WAL and the lock file all meet ENOSPC as they would."""
    disk = tmp_path / "disk"
    disk.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True)
    except FileNotFoundError:
        pytest.skip("cannot mount a tmpfs to fill: no mount command here")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill ({mounted.stderr.decode().strip() or 'mount failed'}): needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill `disk` up to `leave` bytes of free space; returns the filler file."""
    stat = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))
    return filler


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say loudly how many tests a missing ../shared skipped: a clone without it still passes."""
    skipped = terminalreporter.stats.get("skipped", [])
    missing = [r for r in skipped if str(SHARED) in str(getattr(r, "longrepr", ""))]
    if missing:
        terminalreporter.write_sep(
            "=",
            f"{len(missing)} tests skipped: they need files under {SHARED} that are not on this machine",
            yellow=True,
        )


def in_process_metadata() -> dict:
    """The served metadata for a Datasette run inside this test process: without the server's
    memory cap, which its startup would otherwise set on the whole pytest worker (a later test
    in that worker then failed to allocate)."""
    metadata = yaml.safe_load(SERVE_METADATA.read_text("utf-8"))
    metadata.setdefault("plugins", {}).setdefault("protokoll", {})["server_memory_mb"] = 0
    return metadata
