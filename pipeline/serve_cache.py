"""A response cache inside the server: an anonymous visitor's second request for a page is
answered from memory, not rendered again.

One Datasette process renders an HTML table page in 60–150 ms on one core; twenty visitors at
once queue behind each other (issue 13: p95 1.2 s).  Most of what they ask for is the same
pages, and the pages change only when the database does.  So an answer is kept, keyed by

    method, scheme, host, path, query string — and the served databases' stamp

where the stamp (`file_stamp`) is read from the files on every request: the inode, size and
modification time of each database file and of its `-wal`, and the header of its `-shm` (the
WAL index, whose change counter moves on every commit).  A `build`, an `update` or any write
changes it, and from the next request on every kept answer is a miss: nothing stale is served.
So does the day (UTC), since a canned query may ask for date('now').

Kept (`cacheable_request`, `cacheable_response`): GET and HEAD requests with no cookie, no
`Authorization` and no `Range` header, for the database, table, row and query pages and this
plugin's public pages (/-/search, /-/person/…); answers with status 200, no `Set-Cookie`, no
`Cache-Control: private/no-store`, and at most `entry_bytes`.  Never kept: Datasette's other
/-/ pages (the actor, permissions, messages, login, debug pages), static files (/raw/, whose
files the stamp does not cover), error pages.  At most `total_bytes` are kept, the least
recently used answer going first; both bounds are named settings in metadata.yml (plugins:
protokoll: response_cache_mb, response_cache_entry_mb; 0 turns the cache off).  Requests for a
page that is being rendered wait for it and share it, rather than each render it again.

Every answer says what happened in `x-protokoll-cache`: `hit`, `miss` (rendered, kept if it
qualifies) or `bypass` (a request the cache never answers).
"""

from __future__ import annotations

import asyncio
import contextvars
import os
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

Stamp = tuple[Any, ...]

HEADER = b"x-protokoll-cache"
DEFAULT_TOTAL_MB = 64  # metadata.yml's plugins: protokoll: response_cache_mb, when it does not say
DEFAULT_ENTRY_MB = 2  # … response_cache_entry_mb
# The /-/ pages this plugin serves from the database alone, the same for every visitor.
PUBLIC_PAGES = ("/-/search", "/-/timeline", "/-/person/", "/-/meeting/", "/-/body", "/-/agreement", "/-/feed.atom")
# Served from files the stamp does not cover (and large, and asked for in ranges).
STATIC_PREFIXES = ("/raw/", "/-/static/", "/-/static-plugins/")
# Request headers that make an answer someone's own.
PERSONAL_HEADERS = {b"cookie", b"authorization", b"range"}
# How many bytes of the -shm file hold the WAL index header (two copies of 48 bytes).
SHM_HEADER_BYTES = 96

# The stamps of the databases as this request found them (set by `ResponseCache` for the request
# it answers), so that what a page reads of a database on the way — the plugin's labels — is
# checked against the same stamp as the page, at no extra cost.
REQUEST_STAMPS: contextvars.ContextVar[dict[str, Stamp]] = contextvars.ContextVar("request_stamps")


def file_stamp(path: str) -> Stamp:
    """What changes whenever the SQLite database at `path` does: the inode, size and
    modification time of the file and of its -wal, and the WAL index header in its -shm (a
    commit moves its change counter even when the -wal keeps its size and time)."""
    parts: list[Any] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(path + suffix)
        except OSError:
            parts.append(None)
        else:
            parts.append((st.st_ino, st.st_size, st.st_mtime_ns))
    try:
        with open(path + "-shm", "rb") as shm:
            parts.append(shm.read(SHM_HEADER_BYTES))
    except OSError:
        parts.append(None)
    return tuple(parts)


def database_stamps(paths: Iterable[str]) -> dict[str, Stamp]:
    """Each database's `file_stamp`."""
    return {path: file_stamp(path) for path in paths}


def stamp_of(path: str) -> Stamp:
    """The database's stamp as the request being answered found it, or as it is now."""
    known = REQUEST_STAMPS.get(None)
    if known is not None and path in known:
        return known[path]
    return file_stamp(path)


def cacheable_request(scope: Scope, base: str = "/") -> bool:
    """Whether the answer to this request may be kept and given to another visitor: an
    anonymous GET or HEAD of a page that depends on the databases only."""
    if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
        return False
    if any(name.lower() in PERSONAL_HEADERS for name, _ in scope.get("headers", [])):
        return False
    path: str = scope.get("path", "")
    if base != "/" and path.startswith(base):
        path = "/" + path[len(base) :]
    if path.startswith(STATIC_PREFIXES):
        return False
    if path.startswith("/-/"):
        return path.startswith(PUBLIC_PAGES)
    return True


def cacheable_response(status: int, headers: Iterable[tuple[bytes, bytes]]) -> bool:
    """Whether an answer may be kept: a 200 that sets no cookie and does not ask to be private."""
    if status != 200:
        return False
    for name, value in headers:
        name = name.lower()
        if name == b"set-cookie":
            return False
        if name == b"cache-control" and (b"private" in value.lower() or b"no-store" in value.lower()):
            return False
    return True


@dataclass
class Entry:
    """A kept answer: its start message and its body, and how long its key is."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    key_bytes: int = 0

    @property
    def size(self) -> int:
        """The bytes it holds, as the bounds count them (its key included: a URL may be long)."""
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + self.key_bytes + 64


@dataclass
class LRU:
    """Entries bounded in bytes: adding one past `total_bytes` drops the least recently used."""

    total_bytes: int
    entries: OrderedDict[Any, Entry] = field(default_factory=OrderedDict)
    size: int = 0

    def get(self, key: Any) -> Entry | None:
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key: Any, entry: Entry) -> None:
        if entry.size > self.total_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old.size
        self.entries[key] = entry
        self.size += entry.size
        while self.size > self.total_bytes:
            _, dropped = self.entries.popitem(last=False)
            self.size -= dropped.size

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0


class ResponseCache:
    """ASGI middleware around Datasette: answers repeated anonymous requests from an LRU.

    `database_paths` gives the files the answers are made from (called on each request, so a
    database attached later counts); `base` is Datasette's base_url."""

    def __init__(
        self,
        app: App,
        database_paths: Callable[[], Iterable[str]],
        *,
        total_bytes: int = DEFAULT_TOTAL_MB * 1024 * 1024,
        entry_bytes: int = DEFAULT_ENTRY_MB * 1024 * 1024,
        base: str = "/",
    ) -> None:
        self.app = app
        self.database_paths = database_paths
        self.entry_bytes = min(entry_bytes, total_bytes)
        self.base = base
        self.lru = LRU(total_bytes)
        self.stamp: tuple[str, dict[str, Stamp]] | None = None
        self.rendering: dict[Any, asyncio.Event] = {}  # keys being rendered, set when done
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.lru.total_bytes <= 0 or not cacheable_request(scope, self.base):
            if scope.get("type") == "http":
                # Read once for the request, not once per id cell that checks its labels.
                REQUEST_STAMPS.set(database_stamps(self.database_paths()))
                await self.app(scope, receive, _marked(send, b"bypass"))
            else:
                await self.app(scope, receive, send)
            return
        stamps = database_stamps(self.database_paths())
        REQUEST_STAMPS.set(stamps)
        stamp = (today(), stamps)
        if stamp != self.stamp:  # the databases changed, or the day: nothing kept is true any more
            self.lru.clear()
            self.stamp = stamp
        key = (scope["method"], scope.get("scheme"), _host(scope), scope.get("path"), scope.get("query_string"))
        entry = self.lru.get(key)
        if entry is None and key in self.rendering:
            # Being rendered for another visitor: wait for that rather than render it twice.
            await self.rendering[key].wait()
            entry = self.lru.get(key)
        if entry is not None:
            self.hits += 1
            await send(
                {"type": "http.response.start", "status": entry.status, "headers": [*entry.headers, (HEADER, b"hit")]}
            )
            await send({"type": "http.response.body", "body": entry.body, "more_body": False})
            return
        self.misses += 1
        done = self.rendering.setdefault(key, asyncio.Event())
        try:
            await self._render(scope, receive, send, key, stamp)
        finally:
            if self.rendering.get(key) is done:
                del self.rendering[key]
                done.set()

    async def _render(
        self, scope: Scope, receive: Receive, send: Send, key: Any, stamp: tuple[str, dict[str, Stamp]]
    ) -> None:
        """Pass the request on, forwarding the answer as it comes and keeping a copy while it
        qualifies; keep it if it was whole and the databases did not change meanwhile."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def recording(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                keep = cacheable_response(message["status"], message.get("headers", []))
                message = {**message, "headers": [*message.get("headers", []), (HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.entry_bytes:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                whole = not message.get("more_body", False) and keep and start is not None
                # Kept if rendered from the databases as they were when the request came in.
                if whole and (today(), database_stamps(self.database_paths())) == stamp == self.stamp:
                    assert start is not None
                    headers = list(start.get("headers", []))
                    key_bytes = sum(len(part) for part in key if isinstance(part, str | bytes))
                    self.lru.put(key, Entry(start["status"], headers, b"".join(chunks), key_bytes))
            await send(message)

        await self.app(scope, receive, recording)


def today() -> str:
    """The day as SQLite's date('now') gives it (UTC): a canned query may ask for it (the
    agreements in force today), so what is kept is kept for one day at most."""
    return time.strftime("%Y-%m-%d", time.gmtime())


def _host(scope: Scope) -> bytes:
    for name, value in scope.get("headers", []):
        if name.lower() == b"host":
            return bytes(value)
    return b""


def _marked(send: Send, how: bytes) -> Send:
    async def marked(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (HEADER, how)]}
        await send(message)

    return marked
