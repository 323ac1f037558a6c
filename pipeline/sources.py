"""Where `protokoll update` finds documents: `sources.yml`, read into records.

A source is a listing web page (the page a body publishes its protocols on) or a local
folder.  Settings bound what a run may do: how often it asks a host, how long it waits, how
big a file may be, and how much time and memory one document may take to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from . import __version__

# A source's name becomes a folder under raw/ and part of every manifest row: keep it plain.
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DEFAULT_LINKS = r"\.pdf$"


class ConfigError(Exception):
    """sources.yml (or --url/--body) does not describe usable sources; the message says where."""


@dataclass(frozen=True)
class Settings:
    """How politely and within which bounds a run fetches and reads documents."""

    user_agent: str = f"protokoll/{__version__} (reads published public records; python-httpx)"
    delay_seconds: float = 2.0  # between two requests to one host (robots.txt Crawl-delay wins when longer)
    max_crawl_delay_seconds: float = 30.0  # … up to this: "Crawl-delay: 3600" cannot hold a run for hours
    timeout_seconds: float = 30.0  # connecting, or waiting for the next bytes of a response
    download_seconds: float = (
        600.0  # one URL, headers and body, redirects and retries: a dripping server cannot hold a run
    )
    run_seconds: float = 14400.0  # one run: no download starts after this (what was fetched is still read)
    retries: int = 3  # further attempts after a 5xx, 429 or timeout
    backoff_seconds: float = 2.0  # first wait before a retry; doubled each time
    max_backoff_seconds: float = 120.0
    max_mb: float = 100.0  # a larger file is refused while it streams in
    document_seconds: float = 600.0  # reading and parsing one document; then it is stopped
    document_memory_mb: int = 2048  # address space one document's reading may grow by

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1024 * 1024)


@dataclass(frozen=True)
class Source:
    """A listing page (`url`, `hosts`, `links`) or a local `folder` of documents of one body."""

    name: str
    body: str | None = None
    url: str | None = None
    hosts: tuple[str, ...] = ()
    links: str = DEFAULT_LINKS  # regular expression a document link's absolute URL must match
    folder: Path | None = None

    @property
    def is_web(self) -> bool:
        return self.url is not None


@dataclass(frozen=True)
class Config:
    sources: tuple[Source, ...]
    settings: Settings = field(default_factory=Settings)


def load_config(path: Path) -> Config:
    """Read and check a sources.yml; relative folders are relative to the file."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror}); pass --config FILE or --url URL --body NAME") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list) or not data["sources"]:
        raise ConfigError(f"{path}: expected a mapping with a non-empty list `sources:`")
    _no_unknown(path, "top level", data, {"sources", "settings"})
    settings = settings_from(data.get("settings") or {}, str(path))
    sources = tuple(_source(path, i, item) for i, item in enumerate(data["sources"]))
    names = [s.name for s in sources]
    if dup := sorted({n for n in names if names.count(n) > 1}):
        raise ConfigError(f"{path}: source names must be unique; repeated: {', '.join(dup)}")
    return Config(sources, settings)


def settings_from(data: object, where: str) -> Settings:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: `settings:` must be a mapping")
    _no_unknown(where, "settings", data, {f.name for f in fields(Settings)})
    values = {}
    for key, value in data.items():
        default = getattr(Settings, key)
        kind = type(default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is not str and value < 0):
            raise ConfigError(f"{where}: settings.{key} must be a non-negative {kind.__name__}, not {value!r}")
        values[key] = value
    return Settings(**values)


def web_source(url: str, body: str, hosts: tuple[str, ...] = ()) -> Source:
    """The one source of `protokoll update --url URL --body NAME`: PDFs linked from the page,
    on its own host (and `hosts`)."""
    return _check_web(
        Source(name=_name_from_url(url), body=body, url=url, hosts=tuple(dict.fromkeys((_host(url), *hosts)))), "--url"
    )


def _source(path: Path, index: int, item: object) -> Source:
    where = f"{path}: sources[{index}]"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping with name, body and url or folder")
    _no_unknown(where, "source", item, {"name", "body", "url", "hosts", "links", "folder"})
    name = item.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise ConfigError(f"{where}: `name` must be lowercase letters, digits, - or _ (it names a folder under raw/)")
    where = f"{path}: source {name}"
    if ("url" in item) == ("folder" in item):
        raise ConfigError(f"{where}: give exactly one of `url` (a listing page) or `folder`")
    body = item.get("body")
    if body is not None and not isinstance(body, str):
        raise ConfigError(f"{where}: `body` must be a name")
    if "folder" in item:
        folder = Path(str(item["folder"]))
        return Source(name=name, body=body, folder=folder if folder.is_absolute() else path.parent / folder)
    hosts = item.get("hosts") or [_host(str(item["url"]))]
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
        raise ConfigError(f"{where}: `hosts` must be a list of host names")
    links = item.get("links", DEFAULT_LINKS)
    return _check_web(
        Source(name=name, body=body, url=str(item["url"]), hosts=tuple(h.lower() for h in hosts), links=str(links)),
        where,
    )


def _check_web(source: Source, where: str) -> Source:
    parts = urlsplit(source.url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {source.url!r} is not an http(s) URL")
    own = _host(source.url or "")
    if own not in source.hosts:
        raise ConfigError(
            f"{where}: the listing's own host {own} must be among `hosts` (with its port, when it is not the default)"
        )
    try:
        re.compile(source.links)
    except re.error as e:
        raise ConfigError(f"{where}: `links` is not a regular expression ({e})") from e
    return source


def _host(url: str) -> str:
    """The `hosts` entry of a URL: its host, with the port when it is not the scheme's default."""
    return origin_key(url)


DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_key(url: str) -> str:
    """ "host" for a URL on its scheme's default port, "host:port" for any other: what a source's
    `hosts` lists."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # "http://host:99999/": no port at all
        return f"{host}:invalid"
    return host if port in (None, DEFAULT_PORTS.get(parts.scheme)) else f"{host}:{port}"


def _name_from_url(url: str) -> str:
    parts = urlsplit(url)
    text = f"{parts.hostname or ''}-{parts.path}".lower()
    return (re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:64].strip("-")) or "web"


def _no_unknown(where: object, what: str, data: dict, allowed: set[str]) -> None:
    if unknown := sorted(set(map(str, data)) - allowed):
        raise ConfigError(f"{where}: unknown {what} key(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}")
