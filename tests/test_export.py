"""`protokoll export popolo` and `protokoll export oparl` (pipeline/export/): every object
validates against the published schemas shipped in tests/schemas/, ids are unique and every
reference resolves, two exports are the same bytes, and a round trip into a fresh SQLite
database with sqlite-utils keeps the counts.

The database is built from the project's own fixtures: two generated protocols with roll-call
votes (tests/votes), a samverkansråd protocol from raw/ whose members sit for their
municipalities, and three text protocols that hand one case from the arbetsutskott to the
council."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

import jsonschema
import pytest
import sqlite_utils
from click.testing import CliRunner
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3, DRAFT7

from pipeline.build import build
from pipeline.cli import cli
from pipeline.export import export_oparl, export_popolo, table_counts
from pipeline.export.oparl import term_dates, term_year

from .conftest import ROOT, get, running_datasette
from .test_serve_decision_record import write_case_thread
from .votes.make import build_document

SCHEMAS = Path(__file__).parent / "schemas"
BASE = "http://127.0.0.1:8001/oparl"

# Popolo collection -> its schema
POPOLO_SCHEMA = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
    "vote_events": "vote_event",
    "votes": "vote",
}


# --------------------------------------------------------------------------- the fixture database
@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    folder = tmp_path_factory.mktemp("export")
    raw = folder / "raw"
    raw.mkdir()
    for k in (0, 3):  # a nämnd's vote table, a kommunfullmäktige's roll call
        stem, pdf, _ = build_document(k)
        (raw / f"{stem}.pdf").write_bytes(pdf)
    shutil.copy(ROOT / "raw" / "ssr-folkhalsa_2024-03-08_protokoll.pdf", raw)
    write_case_thread(raw)
    path = folder / "protokoll.db"
    report = build(sorted(raw.iterdir()), path, cache_dir=extraction_cache, raw_root=raw, budget=None, ocr=False)
    assert not report.failed, report.failed
    return path


@pytest.fixture(scope="module")
def popolo(db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    out = tmp_path_factory.mktemp("popolo")
    export_popolo(db_path, out)
    return json.loads((out / "popolo.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def oparl_dir(db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oparl")
    export_oparl(db_path, out, BASE)
    return out


def read(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def oparl_objects(oparl_dir: Path) -> list[dict]:
    """Every object of the export, the ones written inside others too, each once per place."""
    found = [read(oparl_dir / "system.json")]
    for path in sorted(oparl_dir.glob("*.json")):
        if path.name != "system.json":
            found += read(path)["data"]
    inner = []
    for obj in found:
        for key in ("legislativeTerm", "membership", "agendaItem", "consultation"):
            inner += [x for x in obj.get(key, []) if isinstance(x, dict)]
        if isinstance(obj.get("resultsProtocol"), dict):
            inner.append(obj["resultsProtocol"])
    return found + inner


# --------------------------------------------------------------------------- validation
def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlparse(value)
    return parts.scheme in ("http", "https", "file") and bool(parts.netloc or parts.scheme == "file")


def _is_date_time(value: object) -> bool:
    """RFC 3339: a date, a time and an offset."""
    if not isinstance(value, str):
        return True
    try:
        return datetime.fromisoformat(value).tzinfo is not None and "T" in value
    except ValueError:
        return False


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


FORMATS = jsonschema.FormatChecker()
FORMATS.checks("url")(_is_url)  # OParl's own format name
FORMATS.checks("uri")(_is_url)
FORMATS.checks("date-time")(_is_date_time)
FORMATS.checks("date")(_is_date)


def popolo_validators() -> dict[str, jsonschema.protocols.Validator]:
    """One Draft 3 validator per Popolo schema; the schemas' $refs resolve to the shipped files
    (they name one another both with and without www.)."""
    schemas = {p.stem: read(p) for p in sorted((SCHEMAS / "popolo").glob("*.json"))}
    resources = []
    for name, schema in schemas.items():
        for host in ("http://www.popoloproject.com", "http://popoloproject.com"):
            resources.append((f"{host}/schemas/{name}.json", Resource(contents=schema, specification=DRAFT3)))
    registry = Registry().with_resources(resources)
    return {
        name: jsonschema.Draft3Validator(schema, registry=registry, format_checker=FORMATS)
        for name, schema in schemas.items()
    }


def oparl_validators() -> dict[str, jsonschema.protocols.Validator]:
    """Type URL (https://schema.oparl.org/1.1/Person) -> a Draft 7 validator of its schema."""
    registry = Registry()
    out = {}
    for path in sorted((SCHEMAS / "oparl").glob("*.json")):
        schema = read(path)
        registry = registry.with_resource(schema["$id"], Resource(contents=schema, specification=DRAFT7))
        out[schema["$id"]] = jsonschema.Draft7Validator(schema, format_checker=FORMATS)
    return out


def undeclared(obj: dict, schema: dict) -> set[str]:
    """The keys of `obj` its schema does not define: an export invents no properties."""
    return set(obj) - set(schema["properties"])


def test_the_shipped_schemas_are_the_published_ones_and_valid_schemas():
    for name, validator in popolo_validators().items():
        jsonschema.Draft3Validator.check_schema(validator.schema)
        assert validator.schema["id"].endswith(f"popoloproject.com/schemas/{name}.json#")
    for type_url, validator in oparl_validators().items():
        jsonschema.Draft7Validator.check_schema(validator.schema)
        assert type_url.startswith("https://schema.oparl.org/1.1/")
        assert validator.schema["properties"]["type"]["const"] == type_url
    assert (SCHEMAS / "README.md").is_file()


def test_every_popolo_object_validates_against_its_schema(popolo):
    validators = popolo_validators()
    assert list(popolo) == list(POPOLO_SCHEMA)
    for collection, name in POPOLO_SCHEMA.items():
        validator = validators[name]
        assert popolo[collection], f"no {collection} exported"
        for obj in popolo[collection]:
            errors = [e.message for e in validator.iter_errors(obj)]
            assert not errors, (collection, obj, errors)
            assert not undeclared(obj, validator.schema), (collection, obj)
    for event in popolo["vote_events"]:
        for count in event["counts"]:
            validators["count"].validate(count)
            assert not undeclared(count, validators["count"].schema)


def test_a_wrong_object_fails_validation():
    """The validators can fail: a required property missing, a wrong type, a bad date."""
    popolo_v, oparl_v = popolo_validators(), oparl_validators()
    assert not popolo_v["count"].is_valid({"option": "yes"})
    assert not popolo_v["membership"].is_valid({"id": "m", "start_date": "8 mars 2024"})
    assert not popolo_v["vote_event"].is_valid({"id": "v", "counts": [{"option": "yes", "value": "7"}]})
    assert not oparl_v["https://schema.oparl.org/1.1/File"].is_valid(
        {"id": f"{BASE}/file/x", "type": "https://schema.oparl.org/1.1/File"}
    )  # no accessUrl
    assert not oparl_v["https://schema.oparl.org/1.1/Meeting"].is_valid(
        {"id": f"{BASE}/meeting/x", "type": "https://schema.oparl.org/1.1/Meeting", "start": "2024-03-08"}
    )  # a date is not a date-time
    assert not oparl_v["https://schema.oparl.org/1.1/Person"].is_valid(
        {"id": "person/x", "type": "https://schema.oparl.org/1.1/Person"}
    )  # an id is a URL


def test_every_oparl_object_validates_against_its_schema(oparl_dir):
    validators = oparl_validators()
    objects = oparl_objects(oparl_dir)
    kinds = Counter(o["type"] for o in objects)
    for name in (
        "System",
        "Body",
        "LegislativeTerm",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
        "Consultation",
        "File",
    ):
        assert kinds[f"https://schema.oparl.org/1.1/{name}"], f"no {name} exported"
    for obj in objects:
        validator = validators[obj["type"]]
        errors = [e.message for e in validator.iter_errors(obj)]
        assert not errors, (obj["id"], errors)
        assert not undeclared(obj, validator.schema), obj["id"]


def test_every_oparl_list_is_in_the_paginated_form_at_the_path_its_url_names(oparl_dir):
    system = read(oparl_dir / "system.json")
    assert system["id"] == BASE and system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    lists = [system["body"]] + [
        body[key]
        for body in read(oparl_dir / "body.json")["data"]
        for key in ("organization", "person", "meeting", "paper", "membership", "agendaItem", "consultation", "file")
    ]
    everywhere = {o["id"]: o for p in oparl_dir.glob("*.json") if p.name != "system.json" for o in read(p)["data"]}
    for url in lists:
        path = oparl_dir / (url.removeprefix(BASE + "/") + ".json")
        page = read(path)
        assert page["pagination"]["totalElements"] == len(page["data"]) and page["pagination"]["totalPages"] == 1
        assert page["links"] == {}
        for obj in page["data"]:  # a Body's list holds the very objects of the type's list
            assert everywhere[obj["id"]] == obj
    kumla = read(oparl_dir / "body" / "kumla-kommun" / "meeting.json")["data"]
    assert len(kumla) == 3 and all("Kumla kommun" in m["name"] for m in kumla)


# --------------------------------------------------------------------------- ids and references
def test_popolo_ids_are_unique_and_every_reference_resolves(popolo):
    ids = {}
    for collection in ("persons", "organizations", "memberships", "posts", "events", "vote_events"):
        found = [o["id"] for o in popolo[collection]]
        assert len(found) == len(set(found)), f"{collection}: an id twice"
        ids[collection] = set(found)

    def resolves(value, collection):
        return value is None or value in ids[collection]

    for o in popolo["organizations"]:
        assert resolves(o.get("parent_id"), "organizations"), o
    for m in popolo["memberships"]:
        assert m["person_id"] in ids["persons"] and m["organization_id"] in ids["organizations"], m
        assert resolves(m.get("on_behalf_of_id"), "organizations") and resolves(m.get("post_id"), "posts"), m
    for p in popolo["posts"]:
        assert p["organization_id"] in ids["organizations"], p
    for e in popolo["events"]:
        assert resolves(e.get("organization_id"), "organizations"), e
    for e in popolo["vote_events"]:
        assert e["legislative_session_id"] in ids["events"] and e["organization_id"] in ids["organizations"], e
    for v in popolo["votes"]:
        assert v["vote_event_id"] in ids["vote_events"], v
        assert resolves(v.get("voter_id"), "persons") and resolves(v.get("party_id"), "organizations"), v
        assert v.get("voter_id") or v["voter"]["name"], v


def test_a_council_member_sits_on_behalf_of_their_municipality(popolo):
    orgs = {o["id"]: o for o in popolo["organizations"]}
    council = [m for m in popolo["memberships"] if m["organization_id"] == "specifika-samverkansradet-for-folkhalsa"]
    assert council
    municipalities = {orgs[m["on_behalf_of_id"]]["classification"] for m in council if m.get("on_behalf_of_id")}
    assert "kommun" in municipalities
    assert all(m.get("post_id") for m in council if m["role"] in ("ordförande", "ledamot", "ersättare"))


def test_each_vote_event_counts_its_votes(popolo):
    """The stated counts and the members' votes agree (the fixtures pass the self-check), in
    Popolo's options."""
    cast = Counter((v["vote_event_id"], v["option"]) for v in popolo["votes"])
    roll_calls = [e for e in popolo["vote_events"] if e["classification"] == "roll-call"]
    assert roll_calls
    for e in roll_calls:
        for count in e["counts"]:
            assert cast[(e["id"], count["option"])] == count["value"], (e["id"], count)
    assert {v["option"] for v in popolo["votes"]} <= {"yes", "no", "abstain", "absent"}
    assert {e.get("result") for e in popolo["vote_events"]} <= {"pass", "fail", None}


def test_oparl_ids_are_unique_urls_and_every_reference_resolves(oparl_dir):
    validators = oparl_validators()
    top = [read(oparl_dir / "system.json")] + [
        o for p in sorted(oparl_dir.glob("*.json")) if p.name != "system.json" for o in read(p)["data"]
    ]
    ids = Counter(o["id"] for o in top)
    assert max(ids.values()) == 1, [i for i, n in ids.items() if n > 1]
    assert all(i.startswith(BASE) for i in ids)
    kind_of = {o["id"]: o["type"].rsplit("/", 1)[1] for o in top}
    checked = 0
    for obj in oparl_objects(oparl_dir):
        for key, spec in validators[obj["type"]].schema["properties"].items():
            target = spec.get("references")
            if key not in obj or not target:
                continue
            values = obj[key] if isinstance(obj[key], list) else [obj[key]]
            for value in values:
                if target == "externalList":
                    assert (oparl_dir / (value.removeprefix(BASE + "/") + ".json")).is_file(), (obj["id"], key)
                else:
                    assert kind_of.get(value) == target, (obj["id"], key, value)
                checked += 1
    assert checked > 500


def test_an_agenda_item_belongs_to_its_meeting_and_a_case_is_one_paper_across_three_bodies(oparl_dir):
    meetings = {m["id"]: m for m in read(oparl_dir / "meeting.json")["data"]}
    for item in read(oparl_dir / "agendaItem.json")["data"]:
        inside = [i["id"] for i in meetings[item["meeting"]].get("agendaItem", [])]
        assert item["id"] in inside
    (paper,) = [p for p in read(oparl_dir / "paper.json")["data"] if p["reference"] == "KS 2024/123"]
    assert paper["body"] == f"{BASE}/body/kumla-kommun"
    assert len(paper["consultation"]) == 3 and len(paper["underDirectionOf"]) == 3
    files = read(oparl_dir / "file.json")["data"]
    assert all(f["accessUrl"].startswith("http://127.0.0.1:8001/raw/") for f in files)
    assert {f["mimeType"] for f in files} == {"application/pdf", "text/plain"}


@pytest.mark.parametrize(
    ("day", "year"),
    [("2022-10-14", 2018), ("2022-10-15", 2022), ("2024-03-08", 2022), ("2026-10-14", 2022), ("2026-10-15", 2026)],
)
def test_the_mandate_period_of_a_day(day, year):
    assert term_year(day) == year


def test_a_mandate_period_is_four_years_from_15_october():
    assert term_dates(2022) == ("2022-10-15", "2026-10-14")


def test_each_body_has_the_mandate_periods_of_its_meetings(oparl_dir):
    bodies = {b["name"]: b for b in read(oparl_dir / "body.json")["data"]}
    assert [t["name"] for t in bodies["Kumla kommun"]["legislativeTerm"]] == ["Mandatperioden 2022–2026"]
    assert [t["startDate"] for t in bodies["Lekebergs kommun"]["legislativeTerm"]] == ["2022-10-15"]


# --------------------------------------------------------------------------- stable, read-only, round trip
def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*.json"))
    }


def test_two_exports_are_the_same_bytes_and_leave_the_database_as_it_was(db_path, tmp_path):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for n in (1, 2):
        export_popolo(db_path, tmp_path / f"popolo{n}")
        export_oparl(db_path, tmp_path / f"oparl{n}", BASE)
    assert digest(tmp_path / "popolo1") == digest(tmp_path / "popolo2")
    assert digest(tmp_path / "oparl1") == digest(tmp_path / "oparl2")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_the_popolo_round_trip_keeps_the_counts(db_path, popolo, tmp_path):
    fresh = sqlite_utils.Database(tmp_path / "popolo.db")
    for collection, rows in popolo.items():
        fresh[collection].insert_all(rows)
    counts = table_counts(sqlite_utils.Database(db_path))
    assert fresh["persons"].count == counts["people"]
    assert (
        fresh.execute("select count(*) from organizations where classification != 'party'").fetchone()[0]
        == (counts["organizations"])
    )
    assert fresh["memberships"].count == counts["memberships"]
    assert fresh["events"].count == counts["meetings"]
    assert fresh["vote_events"].count == counts["vote_events"]
    assert fresh["votes"].count == counts["votes"]
    # the references join again in the re-imported tables
    joined = fresh.execute(
        "select count(*) from memberships m join persons p on p.id = m.person_id "
        "join organizations o on o.id = m.organization_id"
    ).fetchone()[0]
    assert joined == counts["memberships"]
    assert (
        fresh.execute(
            "select count(*) from votes v join vote_events e on e.id = v.vote_event_id join events m on m.id = e.legislative_session_id"
        ).fetchone()[0]
        == counts["votes"]
    )


def test_the_oparl_round_trip_keeps_the_counts(db_path, oparl_dir, tmp_path):
    fresh = sqlite_utils.Database(tmp_path / "oparl.db")
    for path in sorted(oparl_dir.glob("*.json")):
        if path.name != "system.json":
            fresh[path.stem].insert_all(read(path)["data"], pk="id")
    counts = table_counts(sqlite_utils.Database(db_path))
    assert fresh["person"].count == counts["people"]
    assert fresh["organization"].count == counts["organizations"]
    assert fresh["membership"].count == counts["memberships"]
    assert fresh["meeting"].count == counts["meetings"]
    assert fresh["agendaItem"].count == counts["agenda_items"]
    assert fresh["paper"].count == counts["cases"]
    assert fresh["file"].count == counts["documents"]
    linked = sqlite_utils.Database(db_path).execute("select count(*) from agenda_items where case_id is not null")
    assert fresh["consultation"].count == linked.fetchone()[0]
    assert (
        fresh.execute(
            "select count(*) from membership m join person p on p.id = m.person join organization o on o.id = m.organization"
        ).fetchone()[0]
        == counts["memberships"]
    )


# --------------------------------------------------------------------------- the commands
def test_the_export_commands_write_the_files_under_the_base_url_given(db_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "popolo", str(tmp_path / "p"), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "persons" in result.output and (tmp_path / "p" / "popolo.json").is_file()
    base = "https://data.example.org/protokoll/oparl"
    result = runner.invoke(
        cli, ["export", "oparl", str(tmp_path / "o"), "--db", str(db_path), "--base-url", base + "/"]
    )
    assert result.exit_code == 0, result.output
    bodies = read(tmp_path / "o" / "body.json")["data"]
    assert bodies and all(b["id"].startswith(base + "/body/") for b in bodies)
    assert read(tmp_path / "o" / "system.json")["id"] == base


def test_exporting_a_missing_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["export", "oparl", str(tmp_path / "o"), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.output and "protokoll build" in result.output
    assert not (tmp_path / "none.db").exists()


def test_ids_stay_when_the_database_is_rebuilt_with_other_documents(db_path, popolo, oparl_dir, tmp_path):
    """A database built again from two of the text protocols (the board's and the council's)
    exports their persons, organizations, memberships, posts, events and case under the same ids
    as the full one, though the stored membership ids (which count spells) differ."""
    texts = [db_path.parent / "raw" / name for name in ("kf.txt", "ks.txt")]
    small = tmp_path / "small.db"
    assert not build(texts, small, raw_root=db_path.parent / "raw", budget=None, ocr=False).failed
    export_popolo(small, tmp_path / "p")
    export_oparl(small, tmp_path / "o", BASE)
    again = read(tmp_path / "p" / "popolo.json")
    for collection in ("persons", "organizations", "memberships", "posts", "events"):
        full = {o["id"]: o for o in popolo[collection]}
        assert again[collection]
        for obj in again[collection]:
            assert full.get(obj["id"]) == obj, (collection, obj["id"])
    stored = {r["id"] for r in sqlite_utils.Database(small).query("select id from memberships")}
    assert stored - {r["id"] for r in sqlite_utils.Database(db_path).query("select id from memberships")}
    papers = {p["id"] for p in read(tmp_path / "o" / "paper.json")["data"]}
    assert papers == {f"{BASE}/paper/kumla-kommun%3AKS%202024%2F123"}
    assert papers <= {p["id"] for p in read(oparl_dir / "paper.json")["data"]}


@pytest.mark.integration
def test_the_links_open_on_the_real_server(db_path, tmp_path):
    """Served by `protokoll serve` (the real Datasette on 127.0.0.1), every File's accessUrl is
    its PDF or text, and a Person's, a Meeting's and a body's `web` and Popolo's source links
    open their pages."""
    with running_datasette(db_path, db_path.parent / "raw", tmp_path / "serve.log") as served:
        export_oparl(db_path, tmp_path / "o", served.url + "/oparl")
        export_popolo(db_path, tmp_path / "p", served.url + "/")
        files = read(tmp_path / "o" / "file.json")["data"]
        for f in files:
            status, kind, body = get(f["accessUrl"])
            assert status == 200 and kind == f["mimeType"], (f["accessUrl"], status, kind)
            assert body.startswith(b"%PDF-") == (kind == "application/pdf")
        pages = [
            read(tmp_path / "o" / "person.json")["data"][0]["web"],
            read(tmp_path / "o" / "meeting.json")["data"][0]["web"],
            next(o["web"] for o in read(tmp_path / "o" / "organization.json")["data"] if "web" in o),
        ]
        popolo = read(tmp_path / "p" / "popolo.json")
        pages += [popolo["persons"][0]["links"][0]["url"], popolo["vote_events"][0]["sources"][0]["url"]]
        for url in pages:
            status, kind, _ = get(url)
            assert status == 200, (url, status)


def test_a_database_with_nothing_in_it_exports_empty_lists_that_validate(tmp_path):
    path = tmp_path / "empty.db"
    sqlite_utils.Database(path)["unrelated"].insert({"id": 1})  # a database, without the pipeline's tables
    counts = export_popolo(path, tmp_path / "p")
    assert set(counts.values()) == {0}
    export_oparl(path, tmp_path / "o", BASE)
    validators = oparl_validators()
    for obj in oparl_objects(tmp_path / "o"):
        validators[obj["type"]].validate(obj)
    assert read(tmp_path / "o" / "body.json")["data"] == []
