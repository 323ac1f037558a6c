"""Specification of the entity pages (a person, a meeting, a body, an agreement as a whole) and of
readable tables: the questions behind the pages (pipeline/pages.py) answered from the database,
ids shown as labels that link to those pages, the internal tables hidden — and the four
everyday questions answered in a real browser, each in at most three page loads.

The database is built by the real pipeline from the sample PDFs in raw/; the server is started
exactly as `protokoll serve` starts it; the browser is Debian's headless Chromium, driven over
the DevTools protocol on a pipe (one browser for the module, so each page costs a page load,
not a browser start).  The browser tests save the screenshots the README shows
(docs/screenshots/)."""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import os
import re
import select
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from pipeline import pages
from pipeline.build import build
from pipeline.cli import cli
from pipeline.datasette_plugin import prepare_connection
from pipeline.queries import members_on
from pipeline.serve import METADATA

from .conftest import ROOT, free_port, get, running_datasette, running_server
from .test_timeline import chromium

SSR = "Specifika samverkansrådet för folkhälsa"
SSR_ID = "specifika-samverkansradet-for-folkhalsa"
SCREENSHOTS = ROOT / "docs" / "screenshots"
QUERIES = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["protokoll"]["queries"]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    """The sample PDFs in raw/, built by the real pipeline."""
    path = tmp_path_factory.mktemp("pages") / "protokoll.db"
    report = build([ROOT / "raw"], path, cache_dir=extraction_cache, raw_root=ROOT / "raw")
    assert not report.failed, report.failed
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(db_path) as connection:
        yield connection


def meeting_id(conn: sqlite3.Connection, body_id: str, date: str) -> str:
    return conn.execute("select id from meetings where body_id = ? and date = ?", [body_id, date]).fetchone()[0]


def agreement_id(conn: sqlite3.Connection, kind: str) -> str:
    return conn.execute("select id from agreements where kind = ?", [kind]).fetchone()[0]


# --------------------------------------------------------------------------- the questions, without a server
def test_a_person_is_their_seats_meetings_and_presentations_each_with_its_pdf_page(conn: sqlite3.Connection) -> None:
    person = pages.person(conn, "lena-forsberg")
    assert person["name"] == "Lena Forsberg"
    assert [(s["role"], s["start"], s["start_precision"]) for s in person["spells"]] == [
        ("ledamot", "2023-02-10", "attendance"),
        ("vice ordförande", "2023-06-09", "election"),
    ]
    (listed,) = conn.execute("select count(*) from participations where person_id = 'lena-forsberg'").fetchone()
    assert len(person["meetings"]) == listed > 3
    dates = [m["date"] for m in person["meetings"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    facts = person["spells"] + person["meetings"] + person["presentations"] + person["events"]
    assert all(re.fullmatch(r"/raw/.+\.pdf#page=\d+", f["pdf_url"]) for f in facts)


def test_a_person_who_signed_an_agreement_has_the_signature(conn: sqlite3.Connection) -> None:
    person = pages.person(conn, "karin-nilsson-kumla")
    (signature,) = person["signatures"]
    assert signature["agreement"].startswith("Överenskommelse om samverkan i familjecentraler")
    assert (signature["title"], signature["organization"]) == ("Kommunstyrelsens ordförande", "Kumla kommun")
    assert signature["pdf_url"].endswith("#page=2")


def test_a_presenter_is_listed_with_the_item_presented(conn: sqlite3.Connection) -> None:
    presented = pages.person(conn, "cecilia-astrom")["presentations"]
    assert ("2024-09-13", "7", "Familjecentraler – uppföljning", "redovisade") in {
        (p["date"], p["number"], p["item"], p["verb"]) for p in presented
    }


def test_a_meeting_has_its_agenda_in_numeric_order_with_decisions_presenters_and_amounts(
    conn: sqlite3.Connection,
) -> None:
    meeting = pages.meeting(conn, meeting_id(conn, SSR_ID, "2024-03-08"))
    assert meeting["label"] == f"{SSR} 2024-03-08 — protokoll"
    assert [i["number"] for i in meeting["agenda"]] == [str(n) for n in range(1, 13)]  # 10 after 9, not after 1
    item = next(i for i in meeting["agenda"] if i["number"] == "7")
    assert [p["name"] for p in item["presenters"]] == ["Niklas Hellström"]
    assert [d["text"] for d in item["decisions"]] == [
        "Rådet beslutade att ställa sig bakom den föreslagna fördelningen."
    ]
    assert [(a["value_sek"], a["kind"]) for a in item["amounts"]][0] == (3_000_000, "allocation")
    assert meeting["pdf_url"] == "/raw/ssr-folkhalsa_2024-03-08_protokoll.pdf"
    assert (meeting["previous"]["date"], meeting["next"]["date"]) == ("2023-11-17", "2024-09-13")


def test_a_meeting_roster_puts_the_chair_first_and_the_officials_last(conn: sqlite3.Connection) -> None:
    roster = pages.meeting(conn, meeting_id(conn, SSR_ID, "2024-03-08"))["roster"]
    roles = [r["role"] for r in roster]
    assert roles[0] == "ordförande" and roles.index("ledamot") < roles.index("ersättare") < roles.index("tjänsteperson")
    assert all(r["pdf_url"].startswith("/raw/ssr-folkhalsa_2024-03-08_protokoll.pdf#page=") for r in roster)


@pytest.mark.parametrize("date", ["2024-03-08", "2023-06-30"])
def test_a_body_has_the_members_protokoll_members_lists_on_the_date(
    conn: sqlite3.Connection, db_path: Path, date: str
) -> None:
    body = pages.body(conn, SSR_ID, date)
    expected = members_on(sqlite_utils.Database(db_path), SSR, date)["members"]
    assert [(m["name"], m["role"]) for m in body["members"]] == [(m["name"], m["role"]) for m in expected]
    assert body["meeting_then"]["date"] <= date


def test_a_body_opens_on_its_latest_meeting_and_lists_every_meeting(conn: sqlite3.Connection) -> None:
    body = pages.body(conn, SSR_ID)
    assert body["on"] == body["last"] == "2024-09-13"
    assert [m["date"] for m in body["meetings"]] == [
        "2024-09-13",
        "2024-03-08",
        "2023-11-17",
        "2023-06-09",
        "2023-02-10",
    ]
    assert body["meeting_then"]["date"] == "2024-09-13"
    assert {m["name"] for m in body["members"]} >= {"Henrik Wallin", "Lena Forsberg"}


def test_a_body_adds_the_money_it_allocated_per_year_as_the_canned_query_does(
    conn: sqlite3.Connection,
) -> None:
    prepare_connection(conn)
    conn.row_factory = sqlite3.Row
    by_year = {
        r["year"]: r["allocated_sek"]
        for r in conn.execute(QUERIES["amounts_by_body_and_year"]["sql"])
        if r["body"] == SSR
    }
    assert {y["year"]: y["allocated_sek"] for y in pages.body(conn, SSR_ID)["money"]} == by_year
    listed = conn.execute(QUERIES["money_allocated"]["sql"], {"year": "2024", "body": SSR_ID}).fetchall()
    assert sum(r["value_sek"] for r in listed) == by_year["2024"]
    assert all(r["date"].startswith("2024") and r["kind"] in ("allocation", "grant") for r in listed)


def test_an_agreement_has_its_parties_signatories_and_validity(conn: sqlite3.Connection) -> None:
    agreement = pages.agreement(conn, agreement_id(conn, "overenskommelse"), today="2025-01-01")
    assert agreement["status"] == "in force"
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2024-07-01", "2027-06-30")
    assert len(agreement["parties"]) == 6 and not agreement["unsigned"]  # every party signed
    assert [p["name"] for p in agreement["parties"]][:2] == ["Askersunds kommun", "Hallsbergs kommun"]
    assert ("Göran Åberg", "Kommunstyrelsens ordförande", "Laxå kommun") in {
        (s["name"], s["title"], s["organization"]) for s in agreement["signatories"]
    }
    assert pages.agreement(conn, agreement["id"], today="2027-07-01")["status"] == "expired"


def test_a_directive_has_its_rules(conn: sqlite3.Connection) -> None:
    directive = pages.agreement(conn, agreement_id(conn, "uppdragsdirektiv"), today="2025-01-01")
    assert {"task", "composition", "meeting"} <= {r["kind"] for r in directive["rules"]}
    assert all(r["pdf_url"] and "#page=" in r["pdf_url"] for r in directive["rules"])


@pytest.mark.parametrize(
    ("question", "id"),
    [(pages.person, "nobody"), (pages.meeting, "0" * 64), (pages.body, "kumla-kommun"), (pages.agreement, "x")],
)
def test_an_unknown_id_is_not_found(conn: sqlite3.Connection, question: Any, id: str) -> None:
    with pytest.raises(pages.NotFound, match=re.escape(repr(id))):
        question(conn, id)


def test_ids_read_as_what_they_stand_for(conn: sqlite3.Connection) -> None:
    names = pages.labels(conn)
    meeting = meeting_id(conn, SSR_ID, "2024-03-08")
    assert names.meetings[meeting] == names.documents[meeting] == f"{SSR} 2024-03-08 — protokoll"
    agreement = agreement_id(conn, "overenskommelse")
    assert names.documents[agreement] == "Överenskommelse om samverkan i familjecentraler i Örebro län 2024–2027"
    assert names.people["cecilia-astrom"] == "Cecilia Åström"
    assert SSR_ID in names.bodies and "kumla-kommun" not in names.bodies


def test_id_cells_link_to_the_entity_pages(conn: sqlite3.Connection) -> None:
    names = pages.labels(conn)
    meeting = meeting_id(conn, SSR_ID, "2024-03-08")
    agreement = agreement_id(conn, "overenskommelse")
    link = pages.cell_link
    assert link("person_id", "lena-forsberg", names) == pages.Link("Lena Forsberg", "person", "lena-forsberg")
    assert link("meeting_id", {"value": meeting, "label": "2024-03-08"}, names) == pages.Link(
        f"{SSR} 2024-03-08 — protokoll", "meeting", meeting
    )
    assert link("body_id", SSR_ID, names) == pages.Link(SSR, "body", SSR_ID)
    assert link("organization_id", "kumla-kommun", names) is None  # an organisation has no page: Datasette's link
    assert link("document_id", agreement, names).page == "agreement"
    item = link("agenda_item_id", {"value": f"{meeting}:7", "label": "Psykisk hälsa"}, names)
    assert (item.page, item.id, item.fragment) == ("meeting", meeting, "item-7")
    assert item.label.startswith("§ 7 Psykisk hälsa — ")
    assert link("name", "Lena Forsberg", names, table="people", row_id="lena-forsberg").page == "person"
    assert link("name", "x", names, table="documents", row_id="y") is None


# --------------------------------------------------------------------------- the command line's formats
def cli_output(db_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (["people", "forsberg"], "person_id,name,body,role,organization,start_date,start_precision"),
        (
            ["members", "samverkansrådet för folkhälsa", "--on", "8 mars 2024"],
            "body,date,role,name,organization,person_id",
        ),
    ],
)
def test_people_and_members_print_csv_nl_and_tables_like_sqlite_utils(
    db_path: Path, args: list[str], header: str
) -> None:
    lines = cli_output(db_path, *args, "--csv").splitlines()
    assert lines[0].startswith(header)
    rows = [json.loads(line) for line in cli_output(db_path, *args, "--nl").splitlines()]
    assert len(rows) == len(lines) - 1 > 1
    assert list(rows[0]) == header.split(",") + list(rows[0])[len(header.split(",")) :]
    table = cli_output(db_path, *args, "--table").splitlines()
    assert table[0].split()[:3] == header.split(",")[:3] and set(table[1]) <= {"-", " "}
    assert len(table) == len(rows) + 2


def test_members_as_rows_are_the_members_of_the_json(db_path: Path) -> None:
    args = ["members", "samverkansrådet för folkhälsa", "--on", "2024-03-08"]
    members = json.loads(cli_output(db_path, *args, "--json"))["members"]
    rows = [json.loads(line) for line in cli_output(db_path, *args, "--nl").splitlines()]
    assert [(r["name"], r["role"], r["organization"]) for r in rows] == [
        (m["name"], m["role"], m["organization"]) for m in members
    ]
    assert {r["date"] for r in rows} == {"2024-03-08"} and {r["body"] for r in rows} == {SSR}


def test_people_as_rows_are_one_row_per_spell(db_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(cli_output(db_path, "people", "Lena Forsberg", "--csv"))))
    assert [(r["role"], r["start_date"], r["start_precision"]) for r in rows] == [
        ("ledamot", "2023-02-10", "attendance"),
        ("vice ordförande", "2023-06-09", "election"),
    ]


# --------------------------------------------------------------------------- the server
@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    with running_datasette(db_path, ROOT / "raw", db_path.with_name("datasette.log")) as base:
        yield base


def page(url: str, status: int = 200) -> str:
    got, content_type, body = get(url)
    assert (got, content_type) == (status, "text/html"), body[-2000:]
    return body.decode()


@pytest.mark.integration
def test_table_cells_read_as_labels_linking_to_the_pages(server: str, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        meeting = meeting_id(conn, SSR_ID, "2024-03-08")
    html = page(f"{server}/protokoll/participations?meeting_id={meeting}")
    assert f'<a class="entity" href="/-/meeting/{meeting}">{SSR} 2024-03-08 — protokoll</a>' in html
    assert '<a class="entity" href="/-/person/lena-forsberg">Lena Forsberg</a>' in html
    assert f"<em>{meeting}</em>" not in html  # no hash beside the label, as Datasette would print
    html = page(f"{server}/protokoll/people/lena-forsberg")
    assert '<a class="entity" href="/-/person/lena-forsberg">Lena Forsberg</a>' in html


@pytest.mark.integration
def test_query_results_link_their_ids(server: str) -> None:
    html = page(f"{server}/protokoll/who_sat_on_body?" + urllib.parse.urlencode({"body": SSR, "date": "2024-03-08"}))
    assert '<a class="entity" href="/-/person/lena-forsberg">Lena Forsberg</a>' in html


@pytest.mark.integration
def test_the_internal_tables_are_hidden_and_the_analysts_tables_are_not(server: str) -> None:
    status, _, body = get(f"{server}/protokoll.json")
    hidden = {t["name"]: t["hidden"] for t in json.loads(body)["tables"]}
    internal = {"runs", "run_documents", "fetches", "problems", "person_reviews", "document_versions", "body_aliases"}
    analysts = {"documents", "meetings", "agenda_items", "decisions", "people", "memberships", "amounts", "agreements"}
    assert all(hidden[t] for t in internal | {"decisions_fts", "pages_fts_data"})
    assert not any(hidden[t] for t in analysts)


@pytest.mark.integration
@pytest.mark.parametrize(
    "path",
    ["/-/person/nobody", "/-/meeting/nothing", "/-/body/kumla-kommun", "/-/agreement/x", "/-/body/?db=nosuchdb"],
)
def test_an_unknown_page_is_not_found(server: str, path: str) -> None:
    assert "message-warning" in page(server + path, 404)


@pytest.mark.integration
def test_a_body_page_reads_the_date_as_protokoll_members_does(server: str) -> None:
    html = page(f"{server}/-/body/{SSR_ID}?on=8+mars+2024")
    assert '<h2 id="members">Members on 2024-03-08' in html and 'value="2024-03-08"' in html
    assert html.count("/-/person/") == page(f"{server}/-/body/{SSR_ID}?on=2024-03-08").count("/-/person/")
    html = page(f"{server}/-/body/{SSR_ID}?on=8+mars+20x", 400)
    assert "on: &#39;8 mars 20x&#39; is not a date: write it as 2024-03-08" in html


# --------------------------------------------------------------------------- the four questions, in a browser
class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
    JSON messages ending in NUL on file descriptors 3 and 4), with one tab; `loads` counts the
    pages loaded, by address or by a click."""

    def __init__(self, profile: Path, width: int = 1200, height: int = 900) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()
        self.process = subprocess.Popen(
            [
                "bash",
                "-c",
                f'exec "$0" "$@" 3<&{to_browser} 4>&{from_browser}',
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            pass_fds=(to_browser, from_browser),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.loads = 0
        target = self.send("Target.createTarget", url="about:blank", session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "the browser did not answer within 30 s"
            chunk = os.read(self._replies, 1 << 20)
            assert chunk, "the browser closed its pipe"
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def send(self, method: str, session: bool = True, **params: Any) -> dict[str, Any]:
        self._id += 1
        command: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            command["sessionId"] = self.session
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            message = self._message(deadline)
            if message.get("id") == self._id:
                assert "error" not in message, message["error"]
                return message.get("result", {})
            self.events.append(message)

    def _loaded(self) -> None:
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._message(deadline))
        self.events.clear()
        self.loads += 1

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def goto(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", url=url)
        self._loaded()

    def click(self, selector: str) -> None:
        """Click the first element `selector` finds, and wait for the page it opens."""
        self.events.clear()
        assert self.evaluate(f"!!document.querySelector({json.dumps(selector)})"), f"nothing matches {selector}"
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")
        self._loaded()

    def fill(self, selector: str, value: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).value = {json.dumps(value)}")

    def texts(self, selector: str) -> list[str]:
        return self.evaluate(
            f"Array.from(document.querySelectorAll({json.dumps(selector)})).map(e => e.textContent.replace(/\\s+/g, ' ').trim())"
        )

    def hrefs(self, selector: str) -> list[str]:
        return self.evaluate(f"Array.from(document.querySelectorAll({json.dumps(selector)})).map(e => e.href)")

    def screenshot(self, path: Path) -> None:
        """The visible page as a PNG of at most 64 colours (a few tens of KB for a page of text)."""
        from PIL import Image

        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        with Image.open(io.BytesIO(data)) as image:
            path.parent.mkdir(parents=True, exist_ok=True)
            image.convert("RGB").quantize(colors=64).save(path, optimize=True)

    def close(self) -> None:
        with contextlib.suppress(AssertionError):  # it may close before it answers
            self.send("Browser.close", session=False)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self._commands)
        os.close(self._replies)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chromium()  # skips without Debian's chromium
    driven = Browser(tmp_path_factory.mktemp("chromium"))
    try:
        yield driven
    finally:
        driven.close()


def pdf_opens(href: str) -> bool:
    """A PDF link of a page opens the served PDF (status 200, a PDF), at a page of it if it names one."""
    assert "/raw/" in href and re.search(r"\.pdf(#page=\d+)?$", href), href
    status, content_type, body = get(href.split("#")[0])
    return (status, content_type) == (200, "application/pdf") and body.startswith(b"%PDF")


@pytest.mark.integration
def test_a_which_decisions_did_the_council_take_about_familjecentraler_and_who_presented_them(
    server: str, browser: Browser
) -> None:
    browser.loads = 0
    browser.goto(f"{server}/-/body/")  # 1: the bodies, from the menu
    browser.click(f'a[href="/-/body/{SSR_ID}"]')  # 2: the council
    browser.fill('form.search-form input[name="q"]', "familjecentraler")
    browser.click('form.search-form input[type="submit"]')  # 3: its decisions and items about them
    assert browser.loads == 3
    hits = browser.texts("ol.search-results > li")
    assert hits and all(SSR in hit for hit in hits)  # the council's only
    answer = " ".join(browser.texts(".search-results .in-meeting"))
    for presenter in ("Magnus Fors", "Ida Palm", "Cecilia Åström"):
        assert f"presented by {presenter}" in answer or f", {presenter}" in answer
    assert "Rådet beslutade att rekommendera parterna att godkänna överenskommelsen." in answer
    assert "Rådet beslutade att ge chefsgruppen i uppdrag att ta fram ett förslag" in answer
    assert all(pdf_opens(h) for h in browser.hrefs(".search-results li .meta a[href*='/raw/']")[:3])
    browser.screenshot(SCREENSHOTS / "a-familjecentraler.png")
    # The meeting behind the first hit: the item with its decision and presenter.
    browser.click(".search-results .in-meeting a")
    number = browser.evaluate("location.hash")
    assert re.fullmatch(r"#item-\d+", number)
    item = browser.texts(f"li{number}")[0]
    assert "familjecentral" in item.casefold() and "Presented by" in item
    assert pdf_opens(browser.hrefs(f"li{number} h3 a.pdf")[0])


@pytest.mark.integration
def test_b_who_sat_on_the_council_on_2024_03_08(server: str, browser: Browser, db_path: Path) -> None:
    browser.loads = 0
    browser.goto(f"{server}/-/body/")  # 1
    browser.click(f'a[href="/-/body/{SSR_ID}"]')  # 2: opens on the latest meeting
    browser.fill('form.on-form input[name="on"]', "2024-03-08")
    browser.click('form.on-form input[type="submit"]')  # 3
    assert browser.loads == 3
    expected = members_on(sqlite_utils.Database(db_path), SSR, "2024-03-08")["members"]
    assert browser.texts("h2#members")[0] == f"Members on 2024-03-08 ({len(expected)})"
    rows = browser.evaluate(
        "Array.from(document.querySelectorAll('table.members tbody tr'))"
        ".map(tr => Array.from(tr.cells).slice(0, 3).map(td => td.textContent.trim()))"
    )
    assert rows == [[m["role"], m["name"], m["organization"] or ""] for m in expected]
    assert rows[0][:2] == ["ordförande", "Henrik Wallin"]
    browser.screenshot(SCREENSHOTS / "b-members-on-2024-03-08.png")
    assert browser.hrefs("table.members a")[0].endswith("/-/person/henrik-wallin")
    assert pdf_opens(browser.hrefs("h2#meetings + table a.pdf")[0])


@pytest.mark.integration
def test_c_what_amounts_were_allocated_in_2024(server: str, browser: Browser, db_path: Path) -> None:
    browser.loads = 0
    browser.goto(f"{server}/protokoll")  # 1: the database, its queries
    browser.click('a[href="/protokoll/money_allocated"]')  # 2
    browser.fill('form.sql input[name="year"]', "2024")
    browser.click('form.sql input[type="submit"]')  # 3
    assert browser.loads == 3
    with sqlite3.connect(db_path) as conn:
        expected = conn.execute(
            """select value_sek from amounts where kind in ('allocation', 'grant') and not repeated
               and value_sek is not null and date like '2024%' order by value_sek desc"""
        ).fetchall()
    shown = browser.texts("table.rows-and-columns td.col-value_sek")  # white space made plain
    assert shown == [f"{int(v):,}".replace(",", " ") for (v,) in expected]
    assert browser.evaluate("document.querySelector('td.col-value_sek').textContent.trim()") == "3\u202f000\u202f000"
    assert len(shown) > 3
    assert len(set(browser.texts("table.rows-and-columns td.col-body"))) > 1  # every body
    browser.screenshot(SCREENSHOTS / "c-allocated-in-2024.png")
    assert pdf_opens(browser.hrefs("table.rows-and-columns td.col-pdf_url a")[0])


@pytest.mark.integration
def test_d_which_agreements_are_in_force_and_who_signed_them(server: str, browser: Browser) -> None:
    browser.loads = 0
    browser.goto(f"{server}/-/agreement/")  # 1: every agreement, those in force first, with who signed
    assert browser.loads == 1
    rows = browser.texts("table.rows-and-columns tbody tr")
    assert rows[0].startswith("Överenskommelse om samverkan i familjecentraler") and "in force" in rows[0]
    assert "Göran Åberg (Laxå kommun)" in rows[0] and "Karin Nilsson (Kumla kommun)" in rows[0]
    browser.screenshot(SCREENSHOTS / "d-agreements-in-force.png")
    browser.click("table.rows-and-columns tbody tr a")  # 2: the agreement
    assert browser.loads == 2
    signed = browser.texts("#signatories + table tbody tr")
    assert len(signed) == 11 and any(s.startswith("Göran Åberg Kommunstyrelsens ordförande") for s in signed)
    assert len(browser.texts("#parties + table tbody tr")) == 6
    assert all(pdf_opens(h) for h in browser.hrefs("#signatories + table a.pdf")[:2])


@pytest.mark.integration
def test_the_database_page_lists_the_analysts_tables_first(server: str, browser: Browser) -> None:
    browser.goto(f"{server}/protokoll")
    tables = browser.texts("div.db-table h3 a")
    assert tables[:8] == [
        "documents",
        "meetings",
        "agenda_items",
        "decisions",
        "people",
        "memberships",
        "amounts",
        "agreements",
    ]
    assert not {"runs", "fetches", "problems", "person_reviews"} & set(tables)


@pytest.mark.integration
def test_a_table_page_folds_its_column_descriptions_away(server: str, browser: Browser) -> None:
    browser.goto(f"{server}/protokoll/decisions")
    assert browser.evaluate("document.querySelector('details.column-descriptions').open") is False
    assert browser.texts("details.column-descriptions summary") == ["What the 10 columns mean"]


def test_the_screenshots_the_readme_shows_are_small() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"\(docs/screenshots/([^)]+\.png)\)", readme)
    assert len(shown) == 4
    for name in shown:
        assert (SCREENSHOTS / name).stat().st_size <= 150_000, name


@pytest.mark.integration
def test_serve_under_a_base_url_keeps_every_page_and_link_under_it(db_path: Path, tmp_path: Path) -> None:
    """`protokoll serve --base-url https://…/site/`, as behind a proxy that passes the path on."""
    port = free_port()
    argv = [sys.executable, "-m", "pipeline", "serve", "--db", str(db_path), "--port", str(port)]
    argv += ["--raw", str(ROOT / "raw"), "--base-url", "https://data.example.org/site/"]
    with running_server(argv, port, tmp_path / "serve.log") as base:
        html = page(f"{base}/site/-/body/{SSR_ID}?on=2024-03-08")
        assert 'href="/site/-/person/henrik-wallin"' in html and 'href="/site/-/timeline?body=' in html
        pdf = re.search(r'href="(/site/raw/[^"#]+\.pdf)"', html)
        assert pdf and get(base + pdf.group(1))[:2] == (200, "application/pdf")
        html = page(f"{base}/site/")
        assert 'href="/site/-/timeline"' in html and 'href="/site/-/body/"' in html  # the description's links
        html = page(f"{base}/site/protokoll/participations")
        assert 'href="/site/-/meeting/' in html and 'href="/site/raw/' in html
        query = urllib.parse.urlencode({"body": "folkhälsa", "date": "8 mars 20x"})
        status, _, body = get(f"{base}/site/protokoll/who_sat_on_body.json?{query}")
        assert status == 400 and "is not a date" in json.loads(body)["error"]


# --------------------------------------------------------------------------- the Atom feed
def test_the_feed_has_a_bodys_latest_decisions_newest_first(conn: sqlite3.Connection) -> None:
    prepare_connection(conn)
    feed = pages.decision_feed(conn, SSR_ID)
    (decided,) = conn.execute(
        "select count(*) from decisions join meetings on meetings.id = decisions.meeting_id where body_id = ?", [SSR_ID]
    ).fetchone()
    assert feed["body"]["name"] == SSR and len(feed["entries"]) == min(decided, pages.FEED_ENTRIES)
    dates = [e["date"] for e in feed["entries"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-09-13"


def test_the_feed_of_a_search_term_finds_its_word_forms(conn: sqlite3.Connection) -> None:
    prepare_connection(conn)
    found = pages.decision_feed(conn, q="familjecentral")["entries"]
    assert found and all("familjecentral" in e["text"].casefold() for e in found)
    assert {e["body"] for e in found} == {SSR, "Kommunstyrelsen Kumla kommun"}
    assert pages.decision_feed(conn, SSR_ID, "familjecentral")["entries"] == [e for e in found if e["body"] == SSR]
    assert pages.decision_feed(conn, q="zzzq")["entries"] == []


@pytest.mark.integration
def test_the_atom_feed_is_linked_from_the_body_page_and_lists_its_decisions(server: str) -> None:
    html = page(f"{server}/-/body/{SSR_ID}")
    href = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', html).group(1)
    assert href == f"/-/feed.atom?body={SSR_ID}"
    status, content_type, body = get(server + href)
    assert (status, content_type) == (200, "application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring(body)
    assert feed.findtext(f"{atom}title") == f"New decisions: {SSR}"
    entries = feed.findall(f"{atom}entry")
    assert entries and all(e.findtext(f"{atom}title").startswith(SSR) for e in entries)
    link = entries[0].find(f"{atom}link").get("href")
    assert link.startswith(f"{server}/-/meeting/") and "#item-" in link
    assert get(link.split("#")[0])[0] == 200


@pytest.mark.integration
def test_a_search_links_the_feed_of_its_words_and_an_empty_feed_is_a_feed(server: str) -> None:
    html = page(f"{server}/-/search?q=familjecentral")
    assert 'href="/-/feed.atom?q=familjecentral"' in html
    status, _, body = get(f"{server}/-/feed.atom?q=zzzq")
    assert status == 200 and ET.fromstring(body).findall("{http://www.w3.org/2005/Atom}entry") == []
    assert get(f"{server}/-/feed.atom?body=kumla-kommun")[0] == 404
