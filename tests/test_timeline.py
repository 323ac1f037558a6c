"""Specification of the timeline pages (/-/timeline): who sat where, over time, drawn as a Gantt
chart with one bar per membership spell.

The spec is tested as data; the pages are served by the real server started as `protokoll serve`
starts it, from a database the real pipeline built from raw/, and drawn by a real headless
Chromium (Debian's `chromium`, which `make test` installs)."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from pipeline.build import build
from pipeline.timeline import ROLE_COLOURS, chart, row_labels

from .conftest import ROOT, get, running_datasette

BODY = "Specifika samverkansrådet för folkhälsa"


# --------------------------------------------------------------------------- the chart as data
def spell(person: str, role: str, start: str, until: str, organization: str = "Nora kommun", **more: str) -> dict:
    return {
        "person_id": more.get("person_id", person.casefold().replace(" ", "-")),
        "person": person,
        "body_id": "ssr",
        "body": BODY,
        "role": role,
        "organization": organization,
        "start": start,
        "until": until,
        "start_date": start,
        "start_precision": "attendance",
        "first_seen": start,
        "last_seen": until,
        "ended_before": None,
        "meetings": 2,
    }


def test_a_chart_has_one_bar_per_spell_coloured_by_role() -> None:
    rows = [
        spell("Lena Forsberg", "ledamot", "2023-02-10", "2023-06-09"),
        spell("Lena Forsberg", "vice ordförande", "2023-06-09", "2024-09-13"),
        spell("Bo Hedlund", "ersättare", "2023-02-10", "2023-02-10"),
    ]
    spec = chart(rows, "body")
    assert spec["mark"]["type"] == "bar" and len(spec["data"]["values"]) == 3
    assert (spec["encoding"]["x"]["field"], spec["encoding"]["x2"]["field"]) == ("start", "until")
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"] == ["vice ordförande", "ledamot", "ersättare"]  # legend in rank order
    assert scale["range"] == [ROLE_COLOURS[r] for r in scale["domain"]]


def test_people_are_listed_in_the_order_of_the_rows() -> None:
    rows = [
        spell("Anna Berg", "ledamot", "2023-01-01", "2023-02-01"),
        spell("Åsa Öberg", "ledamot", "2023-01-01", "2023-02-01"),
    ]
    assert chart(rows, "body")["encoding"]["y"]["sort"] == ["Anna Berg", "Åsa Öberg"]


def test_namesakes_on_one_body_are_told_apart_by_organisation() -> None:
    rows = [
        spell("Karin Nilsson", "ledamot", "2023-01-01", "2024-01-01", "Kumla kommun", person_id="karin-nilsson-kumla"),
        spell("Karin Nilsson", "ersättare", "2024-03-08", "2024-09-13", "Laxå kommun", person_id="karin-nilsson-laxa"),
    ]
    assert row_labels(rows, "body") == ["Karin Nilsson (Kumla kommun)", "Karin Nilsson (Laxå kommun)"]


def test_a_person_chart_has_a_line_per_body_and_role_in_order_of_start() -> None:
    rows = [
        spell("Lena Forsberg", "vice ordförande", "2023-06-09", "2024-09-13"),
        spell("Lena Forsberg", "ledamot", "2023-02-10", "2023-06-09"),
    ]
    assert chart(rows, "person")["encoding"]["y"]["sort"] == [f"{BODY} — ledamot", f"{BODY} — vice ordförande"]


def test_bars_link_where_asked() -> None:
    spec = chart(
        [spell("Bo Hedlund", "ledamot", "2023-02-10", "2023-06-09")],
        "body",
        href=lambda row: f"/-/timeline?person={row['person_id']}",
    )
    assert spec["data"]["values"][0]["href"] == "/-/timeline?person=bo-hedlund"
    assert spec["encoding"]["href"] == {"field": "href"}


# --------------------------------------------------------------------------- the pages in a browser
def chromium() -> str:
    found = shutil.which("chromium") or next((p for p in ("/usr/bin/chromium",) if Path(p).exists()), None)
    if not found:
        pytest.skip("Debian's chromium is not installed (make test installs it: scripts/install-system-deps.sh)")
    return found


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    """The sample PDFs in raw/, built by the real pipeline."""
    tmp = tmp_path_factory.mktemp("timeline")
    report = build([ROOT / "raw"], tmp / "protokoll.db", cache_dir=extraction_cache, raw_root=ROOT / "raw")
    assert not report.failed, report.failed
    return tmp / "protokoll.db"


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    """The base URL of `protokoll serve` over the database, stopped after the module's tests."""
    with running_datasette(db_path, ROOT / "raw", db_path.with_name("datasette.log")) as served:
        yield served.url


def browse(url: str, tmp_path: Path, *args: str) -> str:
    """Load `url` in headless Chromium (10 s of virtual time for the scripts to draw) and return
    what it printed: the DOM with --dump-dom."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=10000",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def bars(dom: str) -> list[str]:
    """The attributes of each bar Vega drew: the paths in the mark group named spells_marks."""
    group = re.search(r'<g class="mark-rect role-mark spells_marks"[^>]*>(.*?)</g>', dom, re.S)
    assert group, "no bars in the page:\n" + dom[-3000:]
    return re.findall(r"<path ([^>]*)>", group.group(1))


def y_labels(dom: str) -> list[str]:
    """The y-axis labels, top to bottom."""
    axis = re.search(r'aria-label="Y-axis[^"]*">.*?<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', dom, re.S)
    assert axis, "no y-axis in the page"
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<text[^>]*>(.*?)</text>", axis.group(1), re.S)]


def query(db_path: Path, sql: str, *params: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def body_id(db_path: Path) -> str:
    return query(db_path, "select id from organizations where name = ?", BODY)[0][0]


@pytest.mark.integration
def test_the_body_timeline_draws_one_bar_per_spell(server: str, db_path: Path, tmp_path: Path) -> None:
    body = body_id(db_path)
    dom = browse(f"{server}/-/timeline?body={body}", tmp_path, "--dump-dom")
    assert "<svg" in dom
    (spells,) = query(db_path, "select count(*) from memberships where body_id = ?", body)[0]
    assert spells > 20
    assert len(bars(dom)) == spells


@pytest.mark.integration
def test_the_body_timeline_lists_people_in_swedish_order(server: str, db_path: Path, tmp_path: Path) -> None:
    dom = browse(f"{server}/-/timeline?body={body_id(db_path)}", tmp_path, "--dump-dom")
    labels = y_labels(dom)
    assert labels[-5:] == ["Henrik Wallin", "Göran Åberg", "Cecilia Åström", "Mikael Öberg", "Mats Ödman"]
    assert "Karin Nilsson (Kumla kommun)" in labels and "Karin Nilsson (Laxå kommun)" in labels


@pytest.mark.integration
def test_the_person_timeline_shows_lena_forsberg_becoming_vice_chair(server: str, tmp_path: Path) -> None:
    dom = browse(f"{server}/-/timeline?person=lena-forsberg", tmp_path, "--dump-dom")
    assert y_labels(dom) == [f"{BODY} — ledamot", f"{BODY} — vice ordförande"]
    drawn = bars(dom)
    assert len(drawn) == 2
    assert [ROLE_COLOURS["ledamot"] in b for b in drawn].count(True) == 1
    assert [ROLE_COLOURS["vice ordförande"] in b for b in drawn].count(True) == 1


@pytest.mark.integration
def test_the_timeline_is_a_picture_in_the_role_colours(server: str, db_path: Path, tmp_path: Path) -> None:
    png = tmp_path / "timeline.png"
    browse(f"{server}/-/timeline?body={body_id(db_path)}", tmp_path, f"--screenshot={png}", "--window-size=1200,900")
    assert png.stat().st_size > 20_000
    with Image.open(png) as image:
        assert image.size == (1200, 900)
        colours = {rgb: n for n, rgb in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert len(colours) > 50  # not one flat colour
    for role in ("ledamot", "ersättare", "tjänsteperson"):  # every bar colour fills a good many pixels
        rgb = tuple(int(ROLE_COLOURS[role][i : i + 2], 16) for i in (1, 3, 5))
        assert colours.get(rgb, 0) > 2_000, role


@pytest.mark.integration
def test_the_index_lists_bodies_and_people_to_choose_from(server: str, db_path: Path) -> None:
    status, content_type, body = get(f"{server}/-/timeline")
    page = body.decode()
    assert (status, content_type) == (200, "text/html")
    assert f'href="/-/timeline?{urllib.parse.urlencode({"body": body_id(db_path)})}">{BODY}</a>' in page
    assert 'href="/-/timeline?person=lena-forsberg">Lena Forsberg</a>' in page


@pytest.mark.integration
def test_the_timeline_is_linked_from_the_home_page_the_menu_and_the_memberships_table(server: str) -> None:
    for path in ("/", "/protokoll/memberships"):
        status, _, body = get(server + path)
        page = body.decode()
        assert status == 200, path
        assert '<li><a href="/-/timeline">Timelines: who sat where</a></li>' in page, path  # in the menu
        assert page.count('href="/-/timeline"') == 2, path  # and in the description


@pytest.mark.integration
@pytest.mark.parametrize("script", ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"])
def test_the_chart_scripts_are_served_from_the_package(server: str, script: str) -> None:
    status, content_type, body = get(f"{server}/-/static-plugins/protokoll/{script}")
    assert (status, content_type) == (200, "text/javascript") and len(body) > 50_000
    assert body == (ROOT / "pipeline" / "static" / script).read_bytes()


@pytest.mark.integration
@pytest.mark.parametrize("params", ["body=no-such-body", "person=no-such-person"])
def test_an_unknown_body_or_person_is_not_found(server: str, params: str) -> None:
    status, _, body = get(f"{server}/-/timeline?{params}")
    assert status == 404 and "No membership spells" in body.decode()


@pytest.mark.integration
@pytest.mark.parametrize("written", ["SAMVERKANSRÅDET FÖR FOLKHÄLSA", "SSR folkhälsa", "KS Kumla"])
def test_a_body_may_be_asked_for_by_any_form_of_its_name(server: str, written: str) -> None:
    status, _, body = get(f"{server}/-/timeline?{urllib.parse.urlencode({'body': written})}")
    page = body.decode()
    assert status == 200 and "members over time" in page, page[-2000:]


@pytest.mark.integration
def test_an_ambiguous_body_name_lists_the_candidates(server: str) -> None:
    status, _, body = get(f"{server}/-/timeline?body=folkh%C3%A4lsa")
    page = body.decode()
    assert status == 200 and "matches several bodies" in page
    assert f">{BODY}</a>" in page and ">Chefsgrupp folkhälsa</a>" in page
