"""How right the decision record is, against the fixtures' gold (make.py).

Micro-averaged over documents, each a multiset match:
  votes           (item, name, option) of every per-member vote: F1 per member;
  vote_events     (item, ja, nej, avstår) of every vote: F1;
  self_check      the share of the parser's votes that pass its own count self-check
                  (``consistent`` not false);
  proposals       (item, name, kind, outcome);
  reservations    (item, name or "", party);
  conflicts       (item, name): jäv;
  notes           (item, name or "", party): protocol notes.
Names are compared folded (case, whitespace, hyphens).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from tests.zoo.score import PRF

METRICS = ("votes", "vote_events", "proposals", "reservations", "conflicts", "notes")


def fold(name: str | None) -> str:
    return " ".join((name or "").replace("-", " ").split()).casefold()


def prf(gold: Iterable, pred: Iterable) -> PRF:
    g, p = Counter(gold), Counter(pred)
    both = sum((g & p).values())
    return PRF(both, sum(p.values()) - both, sum(g.values()) - both)


def _keys(facts: list[dict], key: Callable[[dict], tuple]) -> list[tuple]:
    return [key(x) for x in facts]


def score_doc(gold: dict, pred: dict) -> dict[str, PRF]:
    """The scores of one document (``pred`` is ``protokoll parse --json``)."""

    def counts(v: dict) -> tuple:
        c = v.get("counts") or {}
        return (str(v.get("item")), c.get("ja"), c.get("nej"), c.get("avstår") or 0)

    def votes(events: list[dict]) -> list[tuple]:
        return [(str(e.get("item")), fold(x["name"]), x["option"]) for e in events for x in e.get("votes") or []]

    return {
        "votes": prf(votes(gold["vote_events"]), votes(pred.get("vote_events") or [])),
        "vote_events": prf(_keys(gold["vote_events"], counts), _keys(pred.get("vote_events") or [], counts)),
        "proposals": prf(
            _keys(gold["proposals"], lambda p: (p["item"], fold(p["name"]), p["kind"], p["outcome"])),
            _keys(pred.get("proposals") or [], lambda p: (p["item"], fold(p["name"]), p["kind"], p["outcome"])),
        ),
        "reservations": prf(
            _keys(gold["reservations"], lambda r: (r["item"], fold(r["name"]), r["party"])),
            _keys(pred.get("reservations") or [], lambda r: (r["item"], fold(r["name"]), r["party"])),
        ),
        "conflicts": prf(
            _keys(gold["conflicts_of_interest"], lambda c: (c["item"], fold(c["name"]))),
            _keys(pred.get("conflicts_of_interest") or [], lambda c: (c["item"], fold(c["name"]))),
        ),
        "notes": prf(
            _keys(gold["protocol_notes"], lambda n: (n["item"], fold(n["name"]), n["party"])),
            _keys(pred.get("protocol_notes") or [], lambda n: (n["item"], fold(n["name"]), n["party"])),
        ),
    }


def summary(pairs: Iterable[tuple[dict, dict]]) -> dict[str, float]:
    """F1 of every metric over (gold, pred) documents, and the share of the parser's votes
    that pass its self-check."""
    total = {k: PRF() for k in METRICS}
    checked = passed = 0
    for gold, pred in pairs:
        for k, v in score_doc(gold, pred).items():
            total[k].add(v)
        for e in pred.get("vote_events") or []:
            checked += 1
            passed += e.get("consistent") is not False
    out = {k: v.f1 for k, v in total.items()}
    out["self_check"] = passed / checked if checked else 1.0
    out["vote_events_read"] = float(checked)
    return out
