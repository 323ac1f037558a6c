"""Launch Datasette over the database, with metadata.yml beside this module.

`datasette_args` is the one place the command line is assembled: `protokoll serve` execs it
and the tests start it as a subprocess, so the tests run exactly what users run.

Two configurations: local (the default, on 127.0.0.1) lets the user write SQL; published
(`--public`, and whenever the server listens beyond this machine) does not — visitors get the
tables, rows, facets, search and the canned queries, whose SQL is fixed and indexed.  Either
way the process's memory is capped (`datasette_plugin.startup`, `server_memory_mb` in
metadata.yml) and one SQL value is at most `datasette_plugin.MAX_SQL_VALUE_BYTES`.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import sys
from pathlib import Path

import click

log = logging.getLogger(__name__)

METADATA = Path(__file__).with_name("metadata.yml")
DATABASE_NAME = "protokoll"  # metadata.yml describes this database; Datasette names it after the file


class ServeError(click.ClickException):
    """The server cannot be started as asked; the message names the input and the fix."""


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
    db_path: Path, port: int = 8001, raw_dir: Path | None = None, host: str = "127.0.0.1", *, public: bool = False
) -> list[str]:
    """The full argv (interpreter first) that serves `db_path` on host:port.

    Source files under `raw_dir` are served at /raw/, where the rows' `pdf_url` values point.
    `public` (implied by a `host` other machines can reach) is the published configuration: no
    arbitrary SQL, canned queries only.
    """
    if db_path.stem != DATABASE_NAME:
        raise ServeError(
            f"{db_path}: Datasette names a database after its file, and metadata.yml describes "
            f"'{DATABASE_NAME}' — name the file {DATABASE_NAME}.db"
        )
    args = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path.resolve()),
        "--metadata",
        str(METADATA),
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
    if raw_dir is not None:
        if raw_dir.is_dir():
            args += ["--static", f"raw:{raw_dir.resolve()}"]
        else:
            # Datasette refuses a missing static folder; the tables are still worth serving.
            log.warning("%s: no such folder — PDF links (/raw/...) will not resolve", raw_dir)
    return args


def serve(
    db_path: Path, *, port: int = 8001, raw_dir: Path | None = None, host: str = "127.0.0.1", public: bool = False
) -> None:
    """Replace this process with Datasette, so Ctrl-C and exit status go straight to it."""
    args = datasette_args(db_path, port, raw_dir, host, public=public)
    sql = "canned queries only" if "default_allow_sql" in args else "SQL allowed"
    click.echo(f"Serving {db_path} at http://{host}:{port}/{DATABASE_NAME} ({sql}; Ctrl-C stops)", err=True)
    sys.stderr.flush()
    os.execv(args[0], args)
