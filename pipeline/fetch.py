"""Fetch documents politely: a listing page -> its document links -> PDFs under raw/<source>/.

httpx does the HTTP: separate connect/read timeouts, streamed bodies (so a size cap stops a
download as it happens rather than after it), and redirects left to us, so each hop is
checked against the source's hosts.  Under httpx, `Guard` owns the sockets: it resolves each
host name itself and refuses to connect to a loopback, private or link-local address the
source does not name, and it gives every read and write of one URL a share of one deadline,
so a server dripping its headers or body a byte at a time cannot hold a run.  On top of it the
fetcher honours robots.txt, waits between requests to one host, retries 5xx, 429 and timeouts
with exponential backoff (a bounded number of times), asks conditionally (If-None-Match /
If-Modified-Since; 304 means unchanged), accepts only PDFs, and writes each file atomically
(a temporary file renamed into place) so a killed run never leaves half a file under a real name.
"""

from __future__ import annotations

import hashlib
import ipaddress
import itertools
import logging
import os
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx
from anyascii import anyascii

from .extract import sha256_file
from .sources import Settings, origin_key

log = logging.getLogger(__name__)
T = TypeVar("T")

ROBOTS_AGENT = "protokoll"  # the name robots.txt rules address
PDF_TYPES = {
    "application/pdf",
    "application/x-pdf",
    "application/octet-stream",
    "binary/octet-stream",
    "application/download",
    "application/force-download",
}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_REDIRECTS = 5
PAGE_MAX_BYTES = 5 * 1024 * 1024
ROBOTS_MAX_BYTES = 512 * 1024
PDF_MAGIC_WITHIN = 1024  # as extract.check_file: "%PDF-" somewhere in the first KiB


class FetchError(Exception):
    """A URL could not be fetched, or what came back was refused; the message says why."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        self.url, self.reason, self.status = url, reason, status
        super().__init__(f"{url}: {reason}")


class Unreachable(FetchError):
    """The host leads to an address the source may not reach (`Guard`)."""


class _Transient(Exception):
    """A failure another attempt may not have: 5xx, 429, a timeout, a dropped connection."""

    def __init__(self, reason: str, status: int | None = None, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.status, self.wait = reason, status, wait


class _Refused(Exception):
    """`Guard` will not connect there: the host resolves to an address the source does not name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Overdue(Exception):
    """A URL's deadline passed while it was being fetched: its own, or the run's."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Known:
    """What the manifest remembers of a URL's last download."""

    path: Path | None
    sha256: str | None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int  # 200, or 304 (not modified)
    path: Path
    sha256: str
    changed: bool  # bytes not seen at this URL before are now on disk
    etag: str | None
    last_modified: str | None
    content_type: str | None
    size: int


def on_hosts(url: str, hosts: tuple[str, ...]) -> bool:
    """Whether `url` is on one of the source's hosts: scheme http(s), host and port.  A host listed
    without a port allows the default ports only, so a link to another port on the same machine
    (a local admin service, say) is never followed.

    >>> on_hosts("https://www.orebro.se/a.pdf", ("www.orebro.se",)), on_hosts("http://www.orebro.se:8080/", ("www.orebro.se",))
    (True, False)
    """
    return urlsplit(url).scheme in ("http", "https") and origin_key(url) in hosts


def file_name(url: str) -> str:
    """A safe, stable file name for a document URL.

    The last path segment in lowercase ASCII (nothing that could climb out of the folder or
    trouble a shell) and a hash of the whole URL, so that two URLs never share a file:
    ".../protokoll-2024/Justerat%20protokoll%208%20mars.pdf" -> "justerat-protokoll-8-mars_1a2b3c4d5e.pdf"
    (the last ten characters are the hash).
    """
    last = unquote(urlsplit(url).path).rstrip("/").rsplit("/", 1)[-1]
    stem = re.sub(r"\.pdf$", "", anyascii(last).lower())
    stem = re.sub(r"[^a-z0-9_]+", "-", stem).strip("-_")[:80].strip("-_") or "document"
    return f"{stem}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:10]}.pdf"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if not href:
            return
        if tag == "base" and self.base is None:
            self.base = href
        elif tag == "a":
            self.hrefs.append(href.strip())


def document_links(html: str, page_url: str, pattern: str, hosts: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The links on a listing page whose absolute URL matches `pattern`, in page order, once
    each and without #fragments: (on the source's hosts, elsewhere — not to be followed)."""
    parser = _Links()
    parser.feed(html)
    parser.close()
    base = urljoin(page_url, parser.base) if parser.base else page_url
    rule = re.compile(pattern, re.I)
    found = dict.fromkeys(urldefrag(urljoin(base, href)).url for href in parser.hrefs)
    matching = [url for url in found if urlsplit(url).scheme in ("http", "https") and rule.search(url)]
    return [u for u in matching if on_hosts(u, hosts)], [u for u in matching if not on_hosts(u, hosts)]


def address_kind(address: str) -> str | None:
    """What makes an address one a fetch must not reach unless the source names it: None for a
    public address, else "loopback", "private", "link-local" or "non-public".

    >>> address_kind("127.0.0.1"), address_kind("10.1.2.3"), address_kind("169.254.169.254"), address_kind("8.8.8.8")
    ('loopback', 'private', 'link-local', None)
    >>> address_kind("::ffff:127.0.0.1"), address_kind("fe80::1%eth0"), address_kind("100.64.0.1")
    ('loopback', 'link-local', 'non-public')
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope ("%eth0") says nothing of the address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private:
        return "private"
    if not ip.is_global or ip.is_multicast:
        return "non-public"
    return None


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


class Guard(httpcore.NetworkBackend):
    """httpcore's sockets with the two checks httpx cannot make.

    - **Where a name leads.**  A host name is resolved here, and the connection goes to an
      address just checked (no second lookup a rebinding DNS server could answer otherwise).  A
      name that leads only to loopback, private or link-local addresses is refused: a public
      web site's name pointing at 127.0.0.1 or 169.254.169.254 is an attack on this machine or
      its network.  A source that means such an address names it — `http://127.0.0.1:8080/` in
      its url and hosts — and the fetcher only asks for URLs on the source's hosts, so an
      address written in a URL is always one the source named.
    - **One deadline.**  `deadline` (a `time.monotonic()` value, set by the fetcher for each
      URL) bounds every connect, read and write: each waits at most `timeout_seconds` and never
      past the deadline, so a server sending a byte a second, in its headers or its body, is
      stopped there (`_Overdue`), not merely when it pauses.
    """

    def __init__(self) -> None:
        self._sockets = httpcore.SyncBackend()
        self.deadline: float | None = None
        self.overdue = "too slow"  # the reason given when the deadline passes

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        candidates = [host] if _is_address(host) else self._public_addresses(host, port)

        def connect(address: str) -> Callable[[float | None], httpcore.NetworkStream]:
            return lambda t: self._sockets.connect_tcp(address, port, t, local_address, socket_options)

        for address in candidates[:-1]:
            try:
                return _Stream(self.within(timeout, connect(address)), self)
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue  # the name's next address
        return _Stream(self.within(timeout, connect(candidates[-1])), self)

    def _public_addresses(self, host: str, port: int) -> list[str]:
        try:
            addresses = list(dict.fromkeys(_resolve(host, port)))
        except OSError as e:
            raise httpcore.ConnectError(f"{host}: cannot be resolved ({e})") from e
        public = [a for a in addresses if address_kind(a) is None]
        if not public:
            kinds = ", ".join(f"{a} ({address_kind(a)})" for a in addresses) or "nothing"
            raise _Refused(
                f"refused: {host} resolves to {kinds}, an address a source reaches only by naming it "
                "(the address itself in its url and hosts); not fetched"
            )
        return public

    def within(self, timeout: float | None, step: Callable[[float | None], T]) -> T:
        """`step(t)`, its wait `t` cut to what is left before the deadline."""
        if self.deadline is None:
            return step(timeout)
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _Overdue(self.overdue)
        try:
            return step(left if timeout is None else min(timeout, left))
        except httpcore.TimeoutException:
            if time.monotonic() >= self.deadline:
                raise _Overdue(self.overdue) from None
            raise


class _Stream(httpcore.NetworkStream):
    """A socket whose every read and write ends by its `Guard`'s deadline."""

    def __init__(self, stream: httpcore.NetworkStream, guard: Guard) -> None:
        self._stream, self._guard = stream, guard

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._guard.within(timeout, lambda t: self._stream.read(max_bytes, t))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._guard.within(timeout, lambda t: self._stream.write(buffer, t))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._guard.within(timeout, lambda t: self._stream.start_tls(ssl_context, server_hostname, t))
        return _Stream(tls, self._guard)

    def get_extra_info(self, info: str) -> object:
        return self._stream.get_extra_info(info)


def _resolve(host: str, port: int) -> list[str]:
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


class _Transport(httpx.HTTPTransport):
    """httpx's transport over `Guard`'s sockets."""

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=guard)


class Fetcher:
    """One run's HTTP client: rate limits and robots.txt rules are kept per host for the run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.guard = Guard()
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=False,  # each hop is checked against the source's hosts (`_send`)
            transport=_Transport(self.guard),  # (so no proxy from the environment: it would hide where we connect)
        )
        self.run_deadline = time.monotonic() + settings.run_seconds
        self._last_request: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | str] = {}  # origin -> rules, or why it is off limits
        self.requests = 0
        self.bytes = 0

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    # ----------------------------------------------------------------------- public
    def get_page(self, url: str, hosts: tuple[str, ...]) -> tuple[str, str]:
        """(HTML, final URL after redirects) of a listing page."""

        def once() -> tuple[str, str]:
            with self._response(url, hosts, {}) as r:
                _expect_ok(url, r)
                kind = _content_type(r)
                if kind not in HTML_TYPES:
                    raise FetchError(
                        url, f"not a web page: the server sends {kind or 'no Content-Type'}", r.status_code
                    )
                body = _read_capped(url, r, PAGE_MAX_BYTES)
                return body.decode(r.encoding or "utf-8", errors="replace"), str(r.url)

        return self._retrying(url, once)

    def fetch_document(self, url: str, hosts: tuple[str, ...], folder: Path, known: Known | None) -> Fetched:
        """Download a PDF into `folder`, conditionally when its last bytes are still on disk."""
        headers = {}
        if known and known.path and known.path.is_file():
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        return self._retrying(url, lambda: self._download(url, hosts, folder, headers, known))

    # ----------------------------------------------------------------------- downloading
    def _download(
        self, url: str, hosts: tuple[str, ...], folder: Path, headers: dict[str, str], known: Known | None
    ) -> Fetched:
        with self._response(url, hosts, headers) as r:
            if r.status_code == 304 and known and known.path and known.sha256:
                return Fetched(
                    url,
                    304,
                    known.path,
                    known.sha256,
                    False,
                    r.headers.get("etag", known.etag),
                    r.headers.get("last-modified", known.last_modified),
                    None,
                    known.path.stat().st_size,
                )
            _expect_ok(url, r)
            kind = _content_type(r)
            if kind not in PDF_TYPES:
                raise FetchError(url, f"not a PDF: the server sends {kind or 'no Content-Type'}", r.status_code)
            limit = self.settings.max_bytes
            length = r.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise FetchError(
                    url,
                    f"too large: {_mib(int(length))} MiB, over the {_mib(limit)} MiB limit "
                    "(max_mb in sources.yml); not downloaded",
                    r.status_code,
                )
            folder.mkdir(parents=True, exist_ok=True)
            name = file_name(url)
            tmp = folder / f".{name}.part"  # not *.pdf: `protokoll build raw/` never picks it up
            digest, size, head = hashlib.sha256(), 0, b""
            try:
                with tmp.open("wb") as f:
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise FetchError(
                                url,
                                f"too large: over the {_mib(limit)} MiB limit (max_mb in "
                                "sources.yml); the download was stopped",
                                r.status_code,
                            )
                        if len(head) < PDF_MAGIC_WITHIN:
                            head += chunk[: PDF_MAGIC_WITHIN - len(head)]
                            if len(head) == PDF_MAGIC_WITHIN:
                                _expect_pdf(url, head, r.status_code)
                        digest.update(chunk)
                        f.write(chunk)
                    f.flush()
                    os.fsync(f.fileno())
                if size == 0:
                    raise FetchError(url, "empty file (0 bytes)", r.status_code)
                _expect_pdf(url, head, r.status_code)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self.bytes += size
            path, changed = _store(tmp, folder / name, digest.hexdigest(), known)
            return Fetched(
                url,
                r.status_code,
                path,
                digest.hexdigest(),
                changed,
                r.headers.get("etag"),
                r.headers.get("last-modified"),
                kind,
                size,
            )

    # ----------------------------------------------------------------------- HTTP
    def _retrying(self, url: str, once: Callable[[], T]) -> T:
        """`once()` within the URL's deadline — `download_seconds` for the URL, its redirects and
        its retries together, and never past the run's `run_seconds` — retried after transient
        failures."""
        with self._deadline(url) as deadline:
            for attempt in itertools.count():
                try:
                    return once()
                except _Transient as e:
                    wait = min(
                        self.settings.max_backoff_seconds,
                        max(self.settings.backoff_seconds * 2**attempt, e.wait or 0.0),
                    )
                    if attempt >= self.settings.retries or time.monotonic() + wait >= deadline:
                        raise FetchError(url, f"{e.reason} (gave up after {attempt + 1} attempts)", e.status) from None
                    log.info("%s: %s; trying again in %.1f s", url, e.reason, wait)
                    time.sleep(wait)
                except _Overdue as e:
                    raise FetchError(url, e.reason) from None
        raise AssertionError("unreachable")

    @contextmanager
    def _deadline(self, url: str) -> Iterator[float]:
        """The guard's deadline while one URL is fetched: `download_seconds` from now, or the
        run's end, or the deadline of the URL this one is fetched for (a robots.txt on the way
        to a document), whichever comes first; the earlier one is restored afterwards."""
        now = time.monotonic()
        if over := self.run_over():
            raise FetchError(url, over)
        too_slow = (
            f"too slow: not received within {self.settings.download_seconds:g} s "
            "(download_seconds in sources.yml); stopped"
        )
        bounds = [(now + self.settings.download_seconds, too_slow), (self.run_deadline, self._run_over())]
        if self.guard.deadline is not None:
            bounds.append((self.guard.deadline, self.guard.overdue))
        saved = self.guard.deadline, self.guard.overdue
        self.guard.deadline, self.guard.overdue = min(bounds, key=lambda bound: bound[0])
        try:
            yield self.guard.deadline
        finally:
            self.guard.deadline, self.guard.overdue = saved

    def run_over(self) -> str | None:
        """Why nothing more is fetched this run, once its time is up."""
        return None if time.monotonic() < self.run_deadline else self._run_over()

    def _run_over(self) -> str:
        return (
            f"not fetched: the run's time is up ({self.settings.run_seconds:g} s, run_seconds in sources.yml); "
            "the next run fetches it"
        )

    @contextmanager
    def _response(
        self, url: str, hosts: tuple[str, ...], headers: dict[str, str], *, robots: bool = True
    ) -> Iterator[httpx.Response]:
        response = self._send(url, hosts, headers, robots)
        try:
            yield response
        except httpx.TransportError as e:  # the connection broke or stalled while the body came in
            raise _Transient(_describe(e)) from e
        finally:
            response.close()

    def _send(self, url: str, hosts: tuple[str, ...], headers: dict[str, str], robots: bool) -> httpx.Response:
        """A streamed GET: host, robots.txt and rate checks before every hop of a redirect."""
        for _ in range(MAX_REDIRECTS + 1):
            if not on_hosts(url, hosts):
                raise FetchError(
                    url, f"{origin_key(url)} is not among the source's hosts ({', '.join(hosts)}); not followed"
                )
            if robots:
                self._check_robots(url, hosts)
            self._wait_turn(url)
            try:
                response = self.client.send(self.client.build_request("GET", url, headers=headers), stream=True)
            except httpx.TransportError as e:
                raise _Transient(_describe(e)) from e
            except _Refused as e:
                raise Unreachable(url, e.reason) from None
            self.requests += 1
            if response.has_redirect_location:
                response.close()
                url = urljoin(url, response.headers["location"])
                continue
            if response.status_code in RETRY_STATUSES:
                response.close()
                raise _Transient(
                    f"HTTP {response.status_code}",
                    response.status_code,
                    _retry_after(response.headers.get("retry-after")),
                )
            layers = [
                c.strip()
                for c in response.headers.get("content-encoding", "").split(",")
                if c.strip() and c.strip().casefold() != "identity"
            ]
            if len(layers) > 1:
                # Each layer multiplies: "gzip, gzip" turns 13 KB into gigabytes in one decoding
                # step, before any size check could see it.
                response.close()
                raise FetchError(
                    url,
                    f"refused: {len(layers)} content-encoding layers ({', '.join(layers)}); at most one is accepted",
                    response.status_code,
                )
            return response
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        delay = max(self.settings.delay_seconds, self._crawl_delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None and (pause := last + delay - time.monotonic()) > 0:
            if self.guard.deadline is not None and time.monotonic() + pause >= self.guard.deadline:
                raise _Overdue(self.guard.overdue)
            time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _check_robots(self, url: str, hosts: tuple[str, ...]) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin, hosts)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise FetchError(url, rules)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(url, f"robots.txt of {parts.hostname} disallows it; not fetched")

    def _read_robots(self, origin: str, hosts: tuple[str, ...]) -> RobotFileParser | str:
        url = f"{origin}/robots.txt"
        parser = RobotFileParser(url)

        def once() -> RobotFileParser | str:
            with self._response(url, hosts, {}, robots=False) as r:
                if r.status_code in (401, 403):
                    return (
                        f"robots.txt of {urlsplit(origin).hostname} is forbidden (HTTP {r.status_code}): "
                        "the whole site counts as disallowed"
                    )
                if r.status_code >= 400:  # no robots.txt: nothing is disallowed
                    parser.parse([])
                    return parser
                parser.parse(_read_capped(url, r, ROBOTS_MAX_BYTES).decode("utf-8", "replace").splitlines())
                return parser

        try:
            rules = self._retrying(url, once)
        except Unreachable as e:  # the host itself is off limits: say that, not "robots.txt"
            return e.reason
        except FetchError as e:
            # RFC 9309: a robots.txt that cannot be read means "assume everything is disallowed".
            return f"robots.txt unavailable ({e.reason}); nothing fetched from {urlsplit(origin).hostname} this run"
        if isinstance(rules, RobotFileParser) and (delay := rules.crawl_delay(ROBOTS_AGENT)):
            self._crawl_delay[urlsplit(origin).hostname or ""] = min(
                float(delay), self.settings.max_crawl_delay_seconds
            )
        return rules


def _store(tmp: Path, target: Path, sha: str, known: Known | None) -> tuple[Path, bool]:
    """Move a finished download into place.  Changed bytes never overwrite an earlier version:
    raw/ keeps every version as published, so a superseded document still links to its file."""
    if known and known.sha256 == sha and known.path and known.path.is_file():
        tmp.unlink()
        return known.path, False
    if target.exists() and sha256_file(target) != sha:
        target = target.with_name(f"{target.stem}.{sha[:12]}{target.suffix}")
    if target.exists():  # these very bytes are there already (a run stopped before recording them)
        tmp.unlink()
    else:
        os.replace(tmp, target)  # atomic on one file system
    return target, True


def _expect_ok(url: str, r: httpx.Response) -> None:
    if r.status_code != 200:
        raise FetchError(url, f"HTTP {r.status_code} {r.reason_phrase}".strip(), r.status_code)


def _expect_pdf(url: str, head: bytes, status: int) -> None:
    if b"%PDF-" not in head:
        raise FetchError(url, f"not a PDF: served as one, but it starts with {head[:16]!r}, not %PDF-", status)


def _content_type(r: httpx.Response) -> str:
    return r.headers.get("content-type", "").split(";")[0].strip().lower()


def _read_capped(url: str, r: httpx.Response, limit: int) -> bytes:
    body = bytearray()
    for chunk in r.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise FetchError(url, f"too large: over {_mib(limit)} MiB", r.status_code)
    return bytes(body)


def _retry_after(value: str | None) -> float | None:
    return float(value) if value and value.strip().isdigit() else None


def _describe(e: httpx.TransportError) -> str:
    return f"{'timed out' if isinstance(e, httpx.TimeoutException) else 'connection failed'} ({type(e).__name__})"


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".removesuffix(".0")
