"""Write the series: every meeting's PDF and truth.json, the same bytes on every run.

    python -m tests.series OUT_DIR

The truth is written from the story (story.py) and from where the documents placed things
(documents.py) -- never from the parser.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from tests.zoo.render import register_fonts, write_pdf

from .documents import Document, items_count, render
from .story import BODIES, Plan, Sitting, Who, cast, replay


def file_of(plan: Plan) -> str:
    """ "ssr-folkhalsa_2023-02-10_protokoll.pdf"; the joint meeting names both councils."""
    body = BODIES[plan.body]
    kind = "minnesanteckningar" if body.family == "minutes" else "protokoll"
    if plan.joint:
        a, b = sorted((plan.body, plan.joint))
        return f"{BODIES[a].slug}-och-{BODIES[b].slug}_{plan.date}_gemensamt-{kind}.pdf"
    return f"{body.slug}_{plan.date}_{kind}.pdf"


def event_titles(plans: list[Plan]) -> int:
    return len(dict.fromkeys(a.item for p in plans for a in p.acts))


class Series:
    """The replayed story, its documents in order, and the first § number of each."""

    def __init__(self) -> None:
        self.people, initial = cast()
        self.sittings = replay(self.people, initial)
        self.files: dict[str, list[Sitting]] = {}
        for s in self.sittings:
            self.files.setdefault(file_of(s.plan), []).append(s)
        # §§ run on through a body's year; a joint meeting's numbers are its first body's
        self.first: dict[str, int] = {}
        counter: dict[tuple[str, int], int] = defaultdict(int)
        for file, sittings in self.files.items():
            plan = sittings[0].plan
            body = BODIES[plan.body]
            at = (plan.body, plan.day.year)
            self.first[file] = counter[at] + 1
            counter[at] += items_count(body.family, event_titles([s.plan for s in sittings]), plan.topics)

    def document(self, file: str) -> tuple[bytes, Document]:
        register_fonts()
        doc = render(file, self.files[file], self.people, self.first[file])
        doc.flow.paginate()
        pdf = write_pdf(doc.flow, doc.furniture, title=doc.title, author=doc.author)
        return pdf, doc


def spells(meetings: list[dict]) -> list[dict]:
    """Maximal runs of consecutive meetings of a body with the same (person, role, organisation)."""
    by_body: dict[str, list[dict]] = defaultdict(list)
    for m in meetings:
        by_body[m["body"]].append(m)
    out = []
    for body, ms in by_body.items():
        ms.sort(key=lambda m: m["date"])
        running: dict[tuple, dict] = {}
        for m in ms:
            here = {(s["person"], s["role"], s["organization"]): s for s in m["seats"]}
            for key in [k for k in running if k not in here]:
                out.append(running.pop(key))
            for key, s in here.items():
                if key in running:
                    running[key]["last"] = m["date"]
                else:
                    running[key] = {
                        "person": s["person"],
                        "name": s["name"],
                        "body": body,
                        "role": s["role"],
                        "organization": s["organization"],
                        "first": m["date"],
                        "last": m["date"],
                    }
        out.extend(running.values())
    return sorted(out, key=lambda s: (s["body"], s["first"], s["role"], s["person"], s["organization"]))


def seat_role(body: str, role: str) -> str:
    """The project's convention (tests/make_corpus.py, the zoo): the officials who make up a
    chefsgrupp are its ledamöter; officials attending a council or board are tjänstepersoner."""
    return "ledamot" if BODIES[body].kind == "chefsgrupp" and role == "tjänsteperson" else role


def dated_spells(meetings: list[dict], events: list[dict]) -> list[dict]:
    """The spells, where a change the text dates ("från och med 1 oktober 2023") starts the new
    seat's spell on that date rather than at the meeting that reports it."""
    runs = spells(meetings)
    for e in events:
        for spell in runs:
            if e.get("effective") and (spell["person"], spell["body"], spell["role"], spell["first"]) == (
                e["person"],
                e["body"],
                e["role"],
                e["date"],
            ):
                spell["first"] = e["effective"]
    return runs


def truth(series: Series, docs: dict[str, Document]) -> dict:
    people: dict[str, Who] = series.people
    meetings = []
    for file, sittings in series.files.items():
        for s in sittings:
            meetings.append(
                {
                    "file": file,
                    "body": BODIES[s.plan.body].name,
                    "date": s.plan.date,
                    "layout": s.plan.layout,
                    "seats": [
                        {
                            "person": h.key,
                            "name": people[h.key].name,
                            "role": seat_role(s.plan.body, h.role),
                            "organization": h.org,
                            "present": h.present,
                            "substitute_for": h.substitute_for,
                        }
                        for h in s.seats
                    ],
                }
            )
    forms: dict[str, set[str]] = defaultdict(set)
    for d in docs.values():
        for k, v in d.forms.items():
            forms[k] |= v
    seated = {s["person"] for m in meetings for s in m["seats"]}
    key_of = {b.name: k for k, b in BODIES.items()}
    events = [
        {
            "kind": e["kind"],
            "file": d.file,
            "page": ln.page,
            "date": e["date"],
            "body": e["body"],
            "person": e["person"],
            "role": e["role"] and seat_role(key_of[e["body"]], e["role"]),
            "replaces": e["replaces"],
            "quote": e["quote"],
            "effective": e.get("effective"),
        }
        for d in docs.values()
        for e, ln in d.events
    ]
    runs = dated_spells(meetings, events)
    return {
        "bodies": [
            {"name": b.name, "organization": b.organization, "kind": b.kind, "aliases": list(b.aliases)}
            for b in BODIES.values()
        ],
        "people": {
            k: {"name": people[k].name, "forms": sorted(forms[k]), "organization": people[k].org}
            for k in sorted(
                seated | {e["person"] for e in events if e["person"]} | {e["replaces"] for e in events if e["replaces"]}
            )
        },
        "meetings": meetings,
        "spells": runs,
        "events": events,
    }


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def build_series(out: Path) -> dict:
    """Write every PDF and truth.json under ``out``; returns the truth."""
    out.mkdir(parents=True, exist_ok=True)
    series = Series()
    docs = {}
    for file in series.files:
        pdf, docs[file] = series.document(file)
        (out / file).write_bytes(pdf)
    t = truth(series, docs)
    (out / "truth.json").write_text(dump(t), "utf-8")
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.series", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the PDFs and truth.json into")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    t = build_series(args.out)
    files = {m["file"] for m in t["meetings"]}
    print(
        f"{len(files)} documents, {len(t['meetings'])} meetings of {len(t['bodies'])} bodies, "
        f"{len(t['spells'])} spells, {len(t['events'])} events under {args.out} "
        f"in {time.perf_counter() - start:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
