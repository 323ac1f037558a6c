"""Specification of the server's response cache (pipeline/serve_cache.py): an anonymous
visitor's repeated request is answered from memory, and never with an answer older than the
database, someone else's answer, or an error."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from pipeline.serve import datasette_args, serve_metadata
from pipeline.serve_cache import HEADER, LRU, Entry, cacheable_request, cacheable_response

from .conftest import Served, free_port, in_process_metadata, running_server

CACHE = HEADER.decode()


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """Status, the x-protokoll-cache header and the body of one GET (10 s at most)."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get(CACHE, ""), response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get(CACHE, ""), e.read()


def make_db(path: Path) -> Path:
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = wal")  # as `protokoll build` leaves it
    db["notes"].insert_all([{"id": i, "text": f"anteckning {i}"} for i in range(5)], pk="id")
    db.close()
    return path


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Path]]:
    """The real server, started as `protokoll serve` starts it, with metadata.yml's bounds on
    the cache made small: 52 KB in all, 42 KB an answer."""
    folder = tmp_path_factory.mktemp("serve-cache")
    db_path = make_db(folder / "cached.db")
    sqlite_utils.Database(db_path)["big"].insert_all([{"text": "ö" * 1000} for _ in range(100)])
    meta = serve_metadata(["cached"])
    meta["plugins"]["protokoll"].update(response_cache_mb=0.05, response_cache_entry_mb=0.04)
    small = folder / "metadata.json"
    small.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    port = free_port()
    argv = datasette_args(db_path, port, folder)
    argv[argv.index("--metadata") + 1] = str(small)
    with running_server(argv, port, folder / "datasette.log") as base:
        yield base, db_path


@pytest.mark.integration
def test_a_second_identical_request_is_answered_from_the_cache(served: tuple[Served, Path]) -> None:
    base, _ = served
    first = fetch(f"{base}/cached/notes?_sort=text")
    second = fetch(f"{base}/cached/notes?_sort=text")
    assert first[:2] == (200, "miss")
    assert second[:2] == (200, "hit")
    assert second[2] == first[2]
    assert fetch(f"{base}/cached/notes?_sort_desc=text")[1] == "miss"  # another query string, another page


@pytest.mark.integration
def test_a_write_to_the_database_is_seen_on_the_very_next_request(served: tuple[Served, Path]) -> None:
    base, db_path = served
    url = f"{base}/cached/notes.json?_shape=array"
    fetch(url)
    assert fetch(url)[1] == "hit"
    sqlite_utils.Database(db_path)["notes"].insert({"id": 100, "text": "Åsa Öberg justerar"})
    status, how, body = fetch(url)
    assert (status, how) == (200, "miss")
    assert "Åsa Öberg justerar" in {row["text"] for row in json.loads(body)}
    # Twice in a row, with the -wal and its size unchanged: the WAL index still tells them apart.
    sqlite_utils.Database(db_path).execute("update notes set text = 'ändrad' where id = 100")
    assert fetch(url)[1] == "miss"
    sqlite_utils.Database(db_path).execute("update notes set text = 'ändrad igen' where id = 100")
    status, how, body = fetch(url)
    assert how == "miss"
    assert "ändrad igen" in {row["text"] for row in json.loads(body)}


@pytest.mark.integration
@pytest.mark.parametrize(
    "headers",
    [{"Cookie": "ds_actor=someone"}, {"Cookie": "other=1"}, {"Authorization": "Bearer x"}, {"Range": "bytes=0-10"}],
)
def test_a_request_with_a_cookie_or_credentials_is_never_answered_from_the_cache(
    served: tuple[Served, Path], headers: dict[str, str]
) -> None:
    base, _ = served
    url = f"{base}/cached/notes?_size=2"
    fetch(url)
    assert fetch(url)[1] == "hit"  # kept for anonymous visitors …
    assert fetch(url, headers)[1] == "bypass"  # … but not given to this one, nor taken from it
    assert fetch(url, headers)[1] == "bypass"


@pytest.mark.integration
def test_an_error_page_is_not_kept(served: tuple[Served, Path]) -> None:
    base, _ = served
    for _ in range(2):
        status, how, _ = fetch(f"{base}/cached/no_such_table")
        assert (status, how) == (404, "miss")


@pytest.mark.integration
@pytest.mark.parametrize("path", ["/-/actor.json", "/-/permissions", "/-/messages", "/-/versions.json", "/raw/x.pdf"])
def test_datasettes_own_pages_and_static_files_are_not_kept(served: tuple[Served, Path], path: str) -> None:
    base, _ = served
    assert fetch(base + path)[1] == "bypass"


@pytest.mark.parametrize(
    ("method", "path", "headers", "cacheable"),
    [
        ("GET", "/protokoll/decisions", [], True),
        ("HEAD", "/protokoll/decisions", [], True),
        ("POST", "/protokoll/decisions", [], False),
        ("GET", "/-/person/p1", [], True),
        ("GET", "/-/search", [], True),
        ("GET", "/-/actor.json", [], False),
        ("GET", "/-/login", [], False),
        ("GET", "/-/static/app.css", [], False),
        ("GET", "/protokoll/decisions", [(b"Cookie", b"ds_actor=x")], False),
        ("GET", "/pub/-/person/p1", [], True),  # under base_url /pub/
        ("GET", "/pub/-/actor.json", [], False),
    ],
)
def test_which_requests_may_be_answered_for_everyone(
    method: str, path: str, headers: list[tuple[bytes, bytes]], cacheable: bool
) -> None:
    base = "/pub/" if path.startswith("/pub/") else "/"
    assert cacheable_request({"type": "http", "method": method, "path": path, "headers": headers}, base) is cacheable


@pytest.mark.parametrize(
    ("status", "headers", "kept"),
    [
        (200, [(b"content-type", b"text/html")], True),
        (404, [], False),
        (500, [], False),
        (302, [(b"location", b"/")], False),
        (200, [(b"Set-Cookie", b"ds_messages=x")], False),
        (200, [(b"cache-control", b"private, no-store")], False),
    ],
)
def test_which_answers_are_kept(status: int, headers: list[tuple[bytes, bytes]], kept: bool) -> None:
    assert cacheable_response(status, headers) is kept


def test_the_cache_is_bounded_in_bytes_dropping_the_least_recently_used() -> None:
    lru = LRU(total_bytes=1000)
    for key in "abc":
        lru.put(key, Entry(200, [], b"x" * 250))
    assert lru.get("a") is not None  # a is now the most recently used
    lru.put("d", Entry(200, [], b"x" * 250))
    assert set(lru.entries) == {"a", "c", "d"}
    assert lru.size <= 1000
    lru.put("huge", Entry(200, [], b"x" * 2000))  # larger than the whole cache: never kept
    assert "huge" not in lru.entries and set(lru.entries) == {"a", "c", "d"}


@pytest.mark.integration
def test_the_byte_bounds_of_metadata_yml_evict_pages_and_refuse_large_ones(served: tuple[Served, Path]) -> None:
    base, _ = served

    def how(path: str) -> str:
        status, how, _ = fetch(base + path)
        assert status == 200, path
        return how

    pages = [f"/cached/notes?_size={n}&_bound=1" for n in range(1, 8)]  # about 9 KB each
    assert [how(p) for p in pages] == ["miss"] * 7
    assert how(pages[-1]) == "hit"
    assert how(pages[0]) == "miss"  # the oldest went to make room
    assert [how("/cached/big?_size=100") for _ in range(2)] == ["miss", "miss"]  # 200 KB: never kept


def test_requests_for_a_page_being_rendered_wait_for_it_and_share_it(tmp_path: Path) -> None:
    ds = Datasette([str(make_db(tmp_path / "cached.db"))], metadata=in_process_metadata())

    async def scenario() -> list[str]:
        await ds.client.get("/cached")  # the database opened (its WAL index written) first
        responses = await asyncio.gather(*(ds.client.get("/cached/notes?_size=3") for _ in range(4)))
        assert len({r.text for r in responses}) == 1
        return sorted(r.headers[CACHE] for r in responses)

    assert asyncio.run(scenario()) == ["hit", "hit", "hit", "miss"]


def test_what_is_kept_is_kept_for_one_day_at_most(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A canned query may ask for date('now') (the agreements in force today)."""
    import pipeline.serve_cache as serve_cache

    ds = Datasette([str(make_db(tmp_path / "cached.db"))], metadata=in_process_metadata())

    async def how() -> str:
        return (await ds.client.get("/cached/notes")).headers[CACHE]

    async def scenario() -> list[str]:
        await ds.client.get("/cached")
        seen = [await how(), await how()]
        monkeypatch.setattr(serve_cache, "today", lambda: "2099-01-01")  # midnight has passed
        return [*seen, await how(), await how()]

    assert asyncio.run(scenario()) == ["miss", "hit", "miss", "hit"]
