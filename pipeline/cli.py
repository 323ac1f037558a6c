"""The `protokoll` command: a thin click group over the pipeline's functions."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click
import sqlite_utils
import tabulate
from tqdm import tqdm

from . import __version__
from .build import DiskFull, discover
from .build import build as run_build
from .cluster import ClusterUnavailable
from .explain import ExplainError, draw_explanation, format_explanation
from .explain import explain as explain_document
from .export import OPARL_BASE_URL, POPOLO_BASE_URL, NoDatabase, export_oparl, export_popolo
from .extract import DEFAULT_ENGINE, ENGINES, ExtractionError, cached_extraction
from .parse import to_json
from .parse.dates import TYPED_FORMS, DateError, iso_date
from .queries import SEARCH_KINDS, QueryError, members_on, person_history
from .queries import search as run_search
from .read import Reading, read_document
from .search import unmark
from .serve import serve as run_serve
from .sources import ConfigError, Settings, load_config, web_source
from .store.lock import Locked
from .update import EXIT_FAILED, EXIT_LOCKED, EXIT_USAGE
from .update import update as run_update

DEFAULT_DB = Path("processed/protokoll.db")
DEFAULT_RAW = Path("raw")
DEFAULT_CACHE = Path("processed/cache")


@click.group(
    epilog="Example:\n\n\b\n    protokoll build raw/ && protokoll serve",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="protokoll")
@click.option("-v", "--verbose", is_flag=True, help="Log what the pipeline does.")
def cli(verbose: bool) -> None:
    """Turn the PDFs Swedish public bodies publish into linked tables for Datasette."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


NO_OCR_HELP = "Keep every page's text layer as it is: no OCR of scanned or garbled pages."

# Options several commands share, defined once.
no_ocr_option = click.option("--no-ocr", is_flag=True, help=NO_OCR_HELP)
executor_option = click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are read: in child processes here, or on a Dask cluster (--scheduler).",
)
scheduler_option = click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="The Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786 (pip install 'protokoll[cluster]').",
)


def cluster_scheduler(executor: str, scheduler: str | None) -> str | None:
    """The scheduler address to read on, or None for local; a usage error when they disagree."""
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (the Dask scheduler's address)")
    if executor == "local" and scheduler:
        raise click.UsageError("--scheduler goes with --executor dask")
    return scheduler if executor == "dask" else None


engine_option = click.option(
    "--engine",
    type=click.Choice(sorted(ENGINES)),
    default=DEFAULT_ENGINE,
    show_default=True,
    help="How PDFs are read: pdfium (fast) or pdfplumber (pdfminer); both give the same lines.",
)
silent_option = click.option("--silent", is_flag=True, help="No progress bar.")
cache_option = click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_CACHE,
    show_default=True,
    help="Where extracted pages and parsed records are cached by content hash (shared by build, parse and text).",
)


def db_option(help: str) -> Callable[[Callable], Callable]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB,
        show_default=True,
        help=help,
    )


def workers_option(help: str) -> Callable[[Callable], Callable]:
    return click.option("--workers", type=click.IntRange(1), default=None, help=help)


def _read(path: Path, cache_dir: Path, ocr: bool = True, engine: str = DEFAULT_ENGINE) -> Reading:
    """The file read through `build`'s caches: a scanned PDF is OCR'd once, whichever command asks."""
    try:
        return read_document(path, cache_dir, ocr, engine)
    except ExtractionError as e:
        raise click.ClickException(str(e)) from e


@cli.command(epilog="Example:\n\n\b\n    protokoll text raw/ssr-folkhalsa_2024-03-08_protokoll.pdf | less")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--furniture", is_flag=True, help="Also print running headers, footers and page labels.")
@no_ocr_option
@engine_option
@cache_option
def text(file: Path, furniture: bool, no_ocr: bool, engine: str, cache_dir: Path) -> None:
    """Print the cleaned text of each page of FILE, a form feed between pages."""
    try:
        doc = cached_extraction(file, cache_dir, engine, ocr=not no_ocr)[0]
    except ExtractionError as e:
        raise click.ClickException(str(e)) from e
    for i, page in enumerate(doc.pages):
        if i:
            click.echo("\f", nl=False)
        lines = [*page.furniture, *page.lines] if furniture else list(page.lines)
        if furniture and all(ln.top is not None for ln in lines):
            lines.sort(key=lambda ln: (ln.top or 0, ln.x0 or 0))
        click.echo("\n".join(ln.text for ln in lines))


@cli.command(
    "parse",
    epilog="Example:\n\n\b\n    protokoll parse raw/ssr-folkhalsa_2024-03-08_protokoll.pdf --json\n"
    "    protokoll parse raw/kumla-ks_2024-05-13_protokoll.pdf --explain | less\n"
    "    protokoll parse raw/kumla-ks_2024-05-13_protokoll.pdf --explain-png /tmp/explain",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON (the shape in the README).")
@click.option("--strict", is_flag=True, help="Exit with status 1 when the parser recorded a problem.")
@click.option(
    "--explain",
    is_flag=True,
    help="Instead of the facts, print every line of every page with what the parser took it as: "
    "furniture, item heading, roster heading/entry, decision, signature, front, text.",
)
@click.option(
    "--explain-png",
    "explain_png",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Write one PNG per page to DIR, a box coloured by that label around each line (PDFs only).",
)
@no_ocr_option
@engine_option
@cache_option
def parse_command(
    file: Path,
    as_json: bool,
    strict: bool,
    explain: bool,
    explain_png: Path | None,
    no_ocr: bool,
    engine: str,
    cache_dir: Path,
) -> None:
    """Parse FILE (PDF, .txt or .md) and print what it says: meeting, people, items, amounts.

    --explain and --explain-png show how the parser read each line, for fixing a new layout.
    """
    if explain and as_json:
        raise click.UsageError("--explain and --json print different things: choose one")
    reading = _read(file, cache_dir, ocr=not no_ocr, engine=engine)
    doc = reading.extracted
    if explain_png is not None and doc.source != "pdf":
        raise click.BadParameter(
            f"{file} is a text source: its lines have no positions to draw (use a PDF, "
            "or --explain for the text report)",
            param_hint="--explain-png",
        )
    parsed = reading.parsed
    data = to_json(parsed, real_pages=doc.has_real_pages)
    if explain or explain_png is not None:
        pages = explain_document(doc, parsed)
        if explain:
            click.echo(format_explanation(pages), nl=False)
        if explain_png is not None:
            try:
                written = draw_explanation(file, pages, explain_png)
            except ExplainError as e:
                raise click.ClickException(str(e)) from e
            for path in written:
                click.echo(str(path), err=explain or as_json)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    elif not (explain or explain_png is not None):
        d = data["document"]
        click.echo(
            f"{d['kind']}: {d['title'] or '-'} | {d['body'] or '-'} | {d['date'] or '-'} | {d['pages'] or '-'} pages"
        )
        for p in data["participants"]:
            extra = ", ".join(x for x in (p["organization"], p["title"]) if x)
            click.echo(f"  {p['role']:<16} {p['name']}" + (f" ({extra})" if extra else ""))
        for it in data["items"]:
            click.echo(f"  {it['number']:>4}. {it['title']}")
            for dec in it["decisions"]:
                click.echo(f"        beslut: {dec}")
            for line in _record_lines(data, it["number"]):
                click.echo(f"        {line}")
        for a in data["amounts"]:
            click.echo(f"  belopp: {a['text']} = {a['value_sek']} SEK (punkt {a['item']})")
    for problem in parsed.problems:
        click.echo(f"{file}: {problem.message}", err=True)
    if strict and parsed.problems:
        sys.exit(1)


def _record_lines(data: dict, item: str) -> list[str]:
    """What an item records beside its decisions, a line each: votes, reservations, jäv."""

    def who(r: dict) -> str:
        return (r["name"] or f"ledamöterna för {r['party']}") + (f" ({r['party']})" if r["name"] and r["party"] else "")

    out = []
    for v in data["vote_events"]:
        if v["item"] == item:
            counts = ", ".join(f"{n} {option}" for option, n in v["counts"].items())
            won = f" -> {v['result']}" + (f" ({v['winner']})" if v["winner"] else "") if v["result"] else ""
            check = "" if v["consistent"] is not False else " [stämmer inte]"
            out.append(f"omröstning: {counts or '-'}{won}, {len(v['votes'])} röster listade{check}")
    out += [f"reservation: {who(r)}" for r in data["reservations"] if r["item"] == item]
    out += [f"jäv: {c['name']}" for c in data["conflicts_of_interest"] if c["item"] == item]
    return out


@cli.command(
    epilog="Example:\n\n\b\n    protokoll build raw/ --db processed/protokoll.db\n"
    "    protokoll build /shared/raw --executor dask --scheduler tcp://10.0.0.5:8786 --cache /shared/cache"
)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@db_option("SQLite database to create or update.")
@cache_option
@workers_option("Worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Reprocess documents even when they are unchanged.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds to wait for another build or update writing the same database.",
)
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The folder `protokoll serve --raw` serves at /raw/, which the rows' PDF links point into "
    "(default: the one folder given, else the folder the files have in common).",
)
@silent_option
@no_ocr_option
@engine_option
@executor_option
@scheduler_option
def build(
    paths: tuple[Path, ...],
    db_path: Path,
    cache_dir: Path,
    workers: int | None,
    force: bool,
    wait: float,
    raw_dir: Path | None,
    silent: bool,
    no_ocr: bool,
    engine: str,
    executor: str,
    scheduler: str | None,
) -> None:
    """Ingest PDF, text and Markdown files and folders (default: raw/) into the database.

    Unchanged files are skipped; a file that cannot be read is reported with its reason and
    the rest of the batch is loaded.  Exit status 1 when any file failed, 3 when another run
    held the database for longer than --wait.
    """

    address = cluster_scheduler(executor, scheduler)
    sources = list(paths) or [DEFAULT_RAW]
    db_path.parent.mkdir(parents=True, exist_ok=True)
    total = len(discover(sources))
    with tqdm(total=total, unit="doc", disable=silent or None, file=sys.stderr, desc="build") as bar:

        def progress(path: Path, status: str) -> None:
            bar.update(1)
            bar.set_postfix_str(path.name[-40:])

        raw_root = raw_dir or links_root(sources)
        try:
            report = run_build(
                sources,
                db_path,
                cache_dir=cache_dir,
                raw_root=raw_root,
                workers=workers,
                force=force,
                ocr=not no_ocr,
                on_progress=progress,
                wait=wait,
                engine=engine,
                scheduler=address,
            )
        except ClusterUnavailable as e:
            raise click.ClickException(str(e)) from e
        except Locked as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(EXIT_LOCKED)
        except DiskFull as e:
            bar.close()
            click.echo(f"error: {e}", err=True)
            sys.exit(1)
    for _, reason in report.failed:
        click.echo(f"error: {reason}", err=True)
    click.echo(f"{db_path}: {report.summary()}", err=True)
    if report.failed:
        sys.exit(1)


@cli.command(
    epilog="Example:\n\n\b\n    protokoll update --config sources.yml --json\n"
    "    protokoll update --url https://example.org/protokoll/ --body Kommunstyrelsen --db /tmp/ks.db\n"
    "    # crontab: every night at 03:17\n"
    "    17 3 * * * cd /srv/protokoll && .venv/bin/protokoll update --silent"
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file  [default: sources.yml]",
)
@click.option("--url", help="A listing page to read instead of the configured sources (needs --body).")
@click.option("--body", help="The body the --url page's documents belong to.")
@click.option("--host", "hosts", multiple=True, help="Another host --url's documents may come from (repeatable).")
@db_option("SQLite database to update.")
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_RAW,
    show_default=True,
    help="Downloads go to DIR/<source>/, kept as published.",
)
@cache_option
@workers_option("Documents read at once (default: one per core).")
@click.option("--reprocess", is_flag=True, help="Read every listed document again (after a parser change).")
@silent_option
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary of the run on stdout.")
@no_ocr_option
@engine_option
@executor_option
@scheduler_option
def update(
    config_path: Path | None,
    url: str | None,
    body: str | None,
    hosts: tuple[str, ...],
    db_path: Path,
    raw_dir: Path,
    cache_dir: Path,
    workers: int | None,
    reprocess: bool,
    silent: bool,
    as_json: bool,
    no_ocr: bool,
    engine: str,
    executor: str,
    scheduler: str | None,
) -> None:
    """Fetch what the sources published since the last run and load it (new and changed documents only).

    Sources are listing pages and folders in sources.yml.  Documents go to raw/<source>/; a
    document no longer listed is marked, never deleted; new bytes at a known URL become a new
    version that supersedes the old one.  Exit status: 0 all good, 1 some documents failed,
    2 usage or configuration error, 3 another update is running on the same database.
    """

    address = cluster_scheduler(executor, scheduler)
    try:
        if (url is None) != (body is None):
            raise ConfigError("--url and --body go together: the listing page and the body its documents belong to")
        if url is None and hosts:
            raise ConfigError("--host only goes with --url")
        config = load_config(config_path or Path("sources.yml")) if config_path or url is None else None
        settings = config.settings if config else Settings()
        sources = (web_source(url, body, hosts),) if url and body else config.sources if config else ()
    except ConfigError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with tqdm(unit="doc", disable=silent or None, file=sys.stderr, desc="update") as bar:

            def total(n: int) -> None:
                bar.total = n
                bar.refresh()

            def progress(doc_url: str, status: str) -> None:
                bar.update(1)
                bar.set_postfix_str(f"{status} {doc_url.rsplit('/', 1)[-1][-40:]}")

            report = run_update(
                sources,
                db_path,
                raw_dir=raw_dir,
                cache_dir=cache_dir,
                settings=settings,
                reprocess=reprocess,
                ocr=not no_ocr,
                engine=engine,
                scheduler=address,
                workers=workers or os.cpu_count() or 1,
                on_total=total,
                on_progress=progress,
            )
    except ClusterUnavailable as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    except Locked as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_LOCKED)
    except DiskFull as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    for failure in report.failures:
        click.echo(f"error: {failure['error']}", err=True)
    click.echo(f"{db_path}: {report.summary()}", err=True)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    sys.exit(report.exit_code)


def links_root(paths: list[Path]) -> Path | None:
    """The folder PDF links are made relative to when `build --raw` is not given: the one folder
    given, or the deepest folder every given file and folder lies in (from any working directory)."""
    folders = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    if not folders:
        return None
    common = Path(os.path.commonpath(folders))
    return common if common.is_dir() else None


@cli.command(
    epilog="Example:\n\n\b\n    protokoll serve --port 8001   # then open http://127.0.0.1:8001\n"
    "    protokoll serve --db kumla.db --db region.db   # two databases side by side\n"
    "    protokoll serve --public --host 0.0.0.0 --port 8080   # published: canned queries only\n"
    "    protokoll serve --base-url https://data.example.org/protokoll/   # behind a proxy at that path"
)
@click.option(
    "--public",
    is_flag=True,
    help="The published configuration: tables, rows, search and canned queries, no SQL of the visitor's own.",
)
@click.argument("databases", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--db",
    "db_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A database to serve, any file name (repeatable; also as arguments).  [default: processed/protokoll.db]",
)
@click.option("--port", type=int, default=8001, show_default=True)
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_RAW,
    show_default=True,
    help="Folder of source files, served at /raw/ so rows link to their page.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (0.0.0.0: every interface — only behind a proxy you trust; implies --public).",
)
@click.option(
    "--base-url",
    metavar="URL",
    default=None,
    help="The address the site is published at behind a proxy, e.g. https://data.example.org/protokoll/: "
    "every page and link is under its path (Datasette's base_url).",
)
def serve(
    databases: tuple[Path, ...],
    db_paths: tuple[Path, ...],
    port: int,
    raw_dir: Path,
    host: str,
    public: bool,
    base_url: str | None,
) -> None:
    """Serve databases with Datasette (on 127.0.0.1 unless --host says otherwise).

    Each database is served under its file's name (kumla.db at /kumla), with the same tables,
    canned queries and search; several are served side by side.  Locally, SQL can be written
    too; with --public, or a --host other machines can reach, only the canned queries run.
    """

    paths = [*databases, *db_paths]
    if not paths:
        if not DEFAULT_DB.exists():
            raise click.BadParameter(f"{DEFAULT_DB}: no database — run `protokoll build` first", param_hint="--db")
        paths = [DEFAULT_DB]
    run_serve(paths, port=port, raw_dir=raw_dir, host=host, base_url=base_url, public=public)


# --------------------------------------------------------------------------- output formats
def format_options(json_help: str = "Output a JSON array.") -> Callable[[Callable], Callable]:
    """--csv, --nl, --table and --json, as sqlite-utils names them: one `fmt` parameter."""

    def decorate(command: Callable) -> Callable:
        for option in reversed(
            [
                click.option("--csv", "fmt", flag_value="csv", help="Output CSV."),
                click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON."),
                click.option("--table", "fmt", flag_value="table", help="Output as a table."),
                click.option("--json", "fmt", flag_value="json", help=json_help),
            ]
        ):
            command = option(command)
        return command

    return decorate


def echo_rows(rows: list[dict], columns: list[str], fmt: str) -> None:
    """Print `rows` (only `columns`, in that order) as CSV with a header, newline-delimited JSON,
    a plain-text table or a JSON array (fmt csv, nl, table, json)."""
    rows = [{c: r.get(c) for c in columns} for r in rows]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "nl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(out.getvalue(), nl=False)
    elif fmt == "table":
        click.echo(tabulate.tabulate([[r[c] for c in columns] for r in rows], headers=columns))
    else:
        raise ValueError(f"no output format {fmt!r}")


def _open_db(db_path: Path):

    if not db_path.exists():
        raise click.ClickException(f"{db_path}: no database — run `protokoll build` first")
    return sqlite_utils.Database(db_path)


PEOPLE_COLUMNS = [
    "person_id",
    "name",
    "body",
    "role",
    "organization",
    "start_date",
    "start_precision",
    "first_seen",
    "last_seen",
    "ended_before",
    "meetings",
    "source_kind",
    "document",
    "page",
    "quote",
]


@cli.command(
    epilog='Example:\n\n\b\n    protokoll people "Mia-Lena Strandberg"\n    protokoll people forsberg --json\n'
    "    protokoll people forsberg --csv > forsberg.csv"
)
@click.argument("name")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@format_options(json_help="Print JSON: each person with their aliases and memberships.")
def people(name: str, db_path: Path, fmt: str | None) -> None:
    """A person's history: every body, role and organisation, from when to when.

    NAME matches any part of a name, in any written form ("Strandberg, Mia-Lena").  --csv,
    --nl and --table print one row per membership spell.
    """

    found = person_history(_open_db(db_path), name)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=1))
        return
    if fmt:
        rows = [{"person_id": p["person_id"], "name": p["name"], **m} for p in found for m in p["memberships"]]
        echo_rows(rows, PEOPLE_COLUMNS, fmt)
        if not found:
            click.echo(f"no person matches {name!r}", err=True)
        return
    if not found:
        raise click.ClickException(f"no person matches {name!r}")
    for person in found:
        forms = [a for a in person["aliases"] if a != person["name"]]
        click.echo(person["name"] + (f"  (also written: {', '.join(forms)})" if forms else ""))
        for m in person["memberships"]:
            if m["source_kind"] == "signature":
                click.echo(
                    f"  {m['start_date'] or '?'} (underskrift)  {m['body']}: {m['role']}"
                    + (f", {m['organization']}" if m["organization"] else "")
                )
                continue
            start = m["start_date"] or "?"
            exact = " (vald)" if m["start_precision"] == "election" else ""
            click.echo(
                f"  {start}{exact} – {m['last_seen'] or '?'}  {m['body']}: {m['role']}"
                + (f", {m['organization']}" if m["organization"] else "")
                + f"  [{m['meetings']} möten]"
            )


MEMBERS_COLUMNS = ["body", "date", "role", "name", "organization", "person_id"]


@cli.command(
    epilog="Example:\n\n\b\n    protokoll members folkhälsa --on 2024-03-08\n"
    '    protokoll members "samverkansrådet för folkhälsa" --on "8 mars 2024" --table'
)
@click.argument("body")
@click.option("--on", "date", required=True, help=f"Date: {TYPED_FORMS}.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@format_options(json_help="Print JSON: the body, the date and its members.")
def members(body: str, date: str, db_path: Path, fmt: str | None) -> None:
    """Who sat on BODY on a date: name, role and organisation.

    BODY is the body's full name or an unambiguous part of it.  --csv, --nl and --table print
    one row per member.
    """

    try:
        iso = iso_date(date)
    except DateError as e:
        raise click.BadParameter(str(e), param_hint="--on") from e
    if not iso:
        raise click.BadParameter(f"a date is needed: {TYPED_FORMS}", param_hint="--on")
    try:
        result = members_on(_open_db(db_path), body, iso)
    except QueryError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if fmt:
        echo_rows([{"body": result["body"], "date": iso, **m} for m in result["members"]], MEMBERS_COLUMNS, fmt)
        return
    click.echo(
        f"{result['body']} {iso}"
        + (
            f" (last meeting on record {result['last_meeting']})"
            if result["last_meeting"] and iso > result["last_meeting"]
            else ""
        )
    )
    for m in result["members"]:
        click.echo(f"  {m['role']:<16} {m['name']:<28} {m['organization'] or ''}")


SEARCH_COLUMNS = ["kind", "score", "title", "snippet", "date", "body", "pdf_url", "row_table", "id"]


@cli.command(
    "search",
    epilog="Example:\n\n\b\n    protokoll search familjecentral\n"
    '    protokoll search "beslut famil*" --kind decision --csv > beslut.csv\n'
    "    protokoll search överenskommelse --table --limit 5",
)
@click.argument("query", nargs=-1, required=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--kind", type=click.Choice(SEARCH_KINDS), default=None, help="Only decisions, items, pages or people.")
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True, help="How many results.")
@format_options()
def search_command(query: tuple[str, ...], db_path: Path, kind: str | None, limit: int, fmt: str | None) -> None:
    """Search decisions, agenda items, page text and people, best matches first (bm25).

    Every word must match, in any of its forms ("beslut" finds "beslutade", "familjecentral"
    finds "familjecentraler"); a word ending in * is a prefix ("famil*"); OR between two words
    lets either match; a word typed without å, ä or ö also finds it with them.  Matched words
    are shown between ** in the passage; a lower score is a better match.
    """
    typed = " ".join(query)
    try:
        rows = run_search(_open_db(db_path), typed, kind or "", limit)
    except QueryError as e:
        raise click.ClickException(str(e)) from e
    if fmt:
        echo_rows(rows, SEARCH_COLUMNS, fmt)
    else:
        if not rows:
            click.echo(f"nothing matches {typed!r}", err=True)
        for n, r in enumerate(rows, 1):
            where = " ".join(x for x in (r["body"], r["date"]) if x)
            click.echo(f"{n:>3}. {r['kind']:<8} {r['title'] or r['id']}" + (f"  ({where})" if where else ""))
            passage = r["snippet"] or ""  # matched words between **, or in bold on a terminal
            if sys.stdout.isatty():
                passage = "".join(click.style(piece, bold=True) if hit else piece for piece, hit in unmark(passage))
            click.echo(f"     {passage}")
            click.echo(f"     score {r['score']}" + (f"  {r['pdf_url']}" if r["pdf_url"] else ""))
    if fmt in ("csv", "table", "json", "nl") and not rows:
        click.echo(f"nothing matches {typed!r}", err=True)


@cli.group(
    "export",
    epilog="Example:\n\n\b\n    protokoll export popolo processed/popolo\n"
    "    protokoll export oparl processed/oparl --base-url https://data.example.org/oparl",
)
def export_group() -> None:
    """Write the database in a standard open-government format: Popolo or OParl 1.1 JSON.

    Both read the database only (it is opened read-only) and write files into DIR; ids are the
    database's ids, so exporting the same documents again gives the same files.
    """


def _export_summary(counts: dict[str, int], where: Path) -> None:
    click.echo(", ".join(f"{n} {kind}" for kind, n in counts.items()) + f" -> {where}")


@export_group.command(
    "popolo",
    epilog="Example:\n\n\b\n    protokoll export popolo processed/popolo\n"
    "    protokoll export popolo out/ --db kumla.db --base-url https://data.example.org/",
)
@click.argument("out_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option(
    "--base-url",
    default=POPOLO_BASE_URL,
    show_default=True,
    help="Where `protokoll serve` is published: the sources' PDF links (/raw/...) are joined to it.",
)
def export_popolo_command(out_dir: Path, db_path: Path, base_url: str) -> None:
    """Write DIR/popolo.json: persons, organizations, memberships, posts, events, vote_events, votes.

    One JSON document with a key per collection, as EveryPolitician's Popolo files and the
    everypolitician-popolo libraries read it.  Memberships say on whose behalf (on_behalf_of_id:
    the municipality or organisation) a member sits; events are the meetings; vote events carry
    their counts, and each vote its voter, option (yes, no, abstain, absent) and party.
    """
    try:
        counts = export_popolo(db_path, out_dir, base_url)
    except NoDatabase as e:
        raise click.ClickException(str(e)) from e
    _export_summary(counts, out_dir / "popolo.json")


@export_group.command(
    "oparl",
    epilog="Example:\n\n\b\n    protokoll export oparl processed/oparl\n"
    "    protokoll export oparl out/ --base-url https://data.example.org/oparl",
)
@click.argument("out_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option(
    "--base-url",
    default=OPARL_BASE_URL,
    show_default=True,
    help="The OParl endpoint the files will be served at: every id is a URL under it.",
)
def export_oparl_command(out_dir: Path, db_path: Path, base_url: str) -> None:
    """Write OParl 1.1 JSON into DIR: system.json, body.json and one file per list.

    System, Body (a municipality or region), LegislativeTerm (mandate periods from 15 October
    of election years), Organization, Person, Membership, Meeting, AgendaItem, Paper (a case,
    by its dnr), Consultation (an item handling it) and File (a source document, accessUrl its
    PDF), each list in OParl's paginated form at the path its URL names below --base-url
    (body/<body>/person.json for <base-url>/body/<body>/person).
    """
    try:
        counts = export_oparl(db_path, out_dir, base_url)
    except NoDatabase as e:
        raise click.ClickException(str(e)) from e
    _export_summary(counts, out_dir)
