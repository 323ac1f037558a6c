"""Launch Datasette over one or more databases, with metadata.yml beside this module.

`datasette_args` is the one place the command line is assembled: `protokoll serve` execs it
and the tests start it as a subprocess, so the tests run exactly what users run.

Datasette names a database after its file ("kumla.db" is served at /kumla), and metadata.yml
describes the database as `protokoll`: for any other name the same description, canned queries
and search settings are written for each name served (`serve_metadata`).

Two configurations: local (the default, on 127.0.0.1) lets the user write SQL; published
(`--public`, and whenever the server listens beyond this machine) does not — visitors get the
tables, rows, facets, search and the canned queries, whose SQL is fixed and indexed.  Either
way the process's memory is capped (`datasette_plugin.startup`, `server_memory_mb` in
metadata.yml) and one SQL value is at most `datasette_plugin.MAX_SQL_VALUE_BYTES`.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import os
import sys
import tempfile
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import yaml

log = logging.getLogger(__name__)

METADATA = Path(__file__).with_name("metadata.yml")
DATABASE_NAME = "protokoll"  # the name metadata.yml describes; Datasette names a database after its file


class ServeError(click.ClickException):
    """The server cannot be started as asked; the message names the input and the fix."""


def database_names(db_paths: Sequence[Path]) -> list[str]:
    """The names Datasette serves the files under (their stems); two files of one name are refused."""
    seen: dict[str, Path] = {}
    for path in db_paths:
        if path.stem in seen:
            raise ServeError(
                f"{seen[path.stem]} and {path} would both be served as '{path.stem}' "
                "(Datasette names a database after its file): rename one"
            )
        seen[path.stem] = path
    return list(seen)


def base_path(base_url: str | None) -> str:
    """The path Datasette's `base_url` setting takes from the address a site is published at.

    >>> base_path("https://data.example.org/protokoll"), base_path("/protokoll/"), base_path(None)
    ('/protokoll/', '/protokoll/', '/')
    """
    path = urllib.parse.urlsplit(base_url or "").path.strip("/")
    return f"/{path}/" if path else "/"


def serve_metadata(names: Sequence[str], base: str = "/") -> dict[str, Any]:
    """metadata.yml with its `protokoll` database's description given to each of `names`, and
    the descriptions' links under `base` (Datasette's base_url)."""
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    described = meta["databases"][DATABASE_NAME]
    meta["databases"] = {name: described for name in names}
    return _links_under(meta, base) if base != "/" else meta


def _links_under(value: Any, base: str) -> Any:
    """Every `href="/…"` in the descriptions' HTML, under `base`."""
    if isinstance(value, dict):
        return {k: _links_under(v, base) for k, v in value.items()}
    if isinstance(value, list):
        return [_links_under(v, base) for v in value]
    return value.replace('href="/', f'href="{base}') if isinstance(value, str) else value


def metadata_file(names: Sequence[str], base: str = "/") -> Path:
    """The metadata file for serving `names`: metadata.yml itself for protokoll.db, else a copy
    for the names served, written once to the temporary folder (named by its content)."""
    if list(names) == [DATABASE_NAME] and base == "/":
        return METADATA
    text = json.dumps(serve_metadata(names, base), ensure_ascii=False, indent=1)
    path = Path(tempfile.gettempdir()) / f"protokoll-metadata-{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    if not path.exists():
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    return path


def is_local(host: str) -> bool:
    """Whether a server listening on `host` is reachable from this machine only.

    >>> is_local("127.0.0.1"), is_local("localhost"), is_local("::1"), is_local("0.0.0.0"), is_local("10.0.0.5")
    (True, True, True, False, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name: it may resolve anywhere


def datasette_args(
    db_paths: Path | Sequence[Path],
    port: int = 8001,
    raw_dir: Path | None = None,
    host: str = "127.0.0.1",
    base_url: str | None = None,
    *,
    public: bool = False,
) -> list[str]:
    """The full argv (interpreter first) that serves the databases on host:port, side by side.

    Source files under `raw_dir` are served at /raw/, where the rows' `pdf_url` values point.
    `public` (implied by a `host` other machines can reach) is the published configuration: no
    arbitrary SQL, canned queries only.
    `base_url` is the address the site is published at behind a proxy (its path becomes
    Datasette's base_url setting, under which every page and link is).
    """
    paths = [db_paths] if isinstance(db_paths, Path) else list(db_paths)
    if not paths:
        raise ServeError("no database to serve: name one, e.g. --db processed/protokoll.db")
    names = database_names(paths)
    args = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        *(str(p.resolve()) for p in paths),
        "--metadata",
        str(metadata_file(names, base_path(base_url))),
        "--host",
        host,
        "--port",
        str(port),
        # Suggested facets run a group-by over every candidate column on each table page:
        # measured 0.9 s instead of 15 ms per page at 1M rows.  Facets in metadata.yml still apply.
        "--setting",
        "suggest_facets",
        "off",
        "--setting",
        "sql_time_limit_ms",
        "3000",
    ]
    if public or not is_local(host):
        # Anyone could send any SQL: one request can take gigabytes and seconds of a core.
        args += ["--setting", "default_allow_sql", "off"]
    if base_path(base_url) != "/":
        args += ["--setting", "base_url", base_path(base_url)]
    if raw_dir is not None:
        if raw_dir.is_dir():
            args += ["--static", f"raw:{raw_dir.resolve()}"]
        else:
            # Datasette refuses a missing static folder; the tables are still worth serving.
            log.warning("%s: no such folder — PDF links (/raw/...) will not resolve", raw_dir)
    return args


def serve(
    db_paths: Path | Sequence[Path],
    *,
    port: int = 8001,
    raw_dir: Path | None = None,
    host: str = "127.0.0.1",
    base_url: str | None = None,
    public: bool = False,
) -> None:
    """Replace this process with Datasette, so Ctrl-C and exit status go straight to it."""
    paths = [db_paths] if isinstance(db_paths, Path) else list(db_paths)
    args = datasette_args(paths, port, raw_dir, host, base_url, public=public)
    sql = "canned queries only" if "default_allow_sql" in args else "SQL allowed"
    where = ", ".join(f"http://{host}:{port}{base_path(base_url)}{name}" for name in database_names(paths))
    click.echo(f"Serving {', '.join(map(str, paths))} at {where} ({sql}; Ctrl-C stops)", err=True)
    sys.stderr.flush()
    os.execv(args[0], args)
