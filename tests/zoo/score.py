"""A small scorer with the definitions of ../shared/tools/score.py, so the project's tests need
nothing from ../shared (when that script is there, the benchmark uses it instead).

Micro-averaged over documents:
  participants  P/R/F1 on (casefolded, whitespace-collapsed name, role); ``org`` is the share of
                matched participants whose organisation is right;
  items         an item is right when its number matches a gold item's and its title has a
                difflib ratio >= 0.8;
  decisions     per number-matched item, greedy one-to-one matching of decisions with ratio
                >= 0.8; decisions of unmatched items are misses / false positives;
  amounts       multiset match on value_sek;
  kind, date, body  accuracy per document (body normalised as score.py's norm_body);
  agreements    F1 over parties, signatories (by name) and the non-null validity dates.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

THRESH = 0.8


def norm_ws(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\xad", "").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def norm_text(s) -> str | None:
    return norm_ws(s).casefold() if isinstance(s, str) else None


def norm_org(s) -> str | None:
    if not isinstance(s, str):
        return None
    return re.sub(r"\s*\([^)]*\)\s*$", "", norm_ws(s)).casefold() or None


def norm_body(s) -> str | None:
    if not isinstance(s, str):
        return None
    s = re.sub(r"[,.;:–\-/()]", " ", norm_ws(s).casefold())
    return " ".join(t for t in s.split() if t != "i") or None


def norm_num(x) -> str | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int):
        return str(x)
    if not isinstance(x, str):
        return None
    s = re.sub(r"^(§+|punkt|p\.)\s*", "", norm_ws(x).casefold())
    return s.rstrip(".").strip() or None


def ratio(a, b) -> float:
    if a is None or b is None:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, o: PRF) -> PRF:
        self.tp, self.fp, self.fn = self.tp + o.tp, self.fp + o.fp, self.fn + o.fn
        return self

    @property
    def f1(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Acc:
    ok: int = 0
    n: int = 0

    def hit(self, good: bool) -> None:
        self.n += 1
        self.ok += bool(good)

    def add(self, o: Acc) -> Acc:
        self.ok, self.n = self.ok + o.ok, self.n + o.n
        return self

    @property
    def acc(self) -> float:
        return self.ok / self.n if self.n else 1.0


def multiset(gold: list, pred: list) -> list[tuple[int, int]]:
    pool: dict = {}
    for j, k in enumerate(pred):
        if k is not None:
            pool.setdefault(k, []).append(j)
    return [(i, pool[k].pop(0)) for i, k in enumerate(gold) if k is not None and pool.get(k)]


def greedy(gold: list, pred: list) -> int:
    cand = sorted(
        (-ratio(g, p), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if g is not None and p is not None and ratio(g, p) >= THRESH
    )
    used_g, used_p = set(), set()
    for _, i, j in cand:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


METRICS = ("participants", "org", "items", "decisions", "amounts", "kind", "date", "body", "agreements")


def score_doc(gold: dict, pred: dict | None) -> dict:
    """Scores of one document; ``pred`` None (missing or unreadable) scores zero."""
    pred = pred if isinstance(pred, dict) else {}
    S = {k: (Acc() if k in ("org", "kind", "date", "body") else PRF()) for k in METRICS}
    gd, pd = gold.get("document") or {}, pred.get("document") or {}
    S["kind"].hit(pd.get("kind") == gd.get("kind"))
    S["date"].hit(pd.get("date") == gd.get("date"))
    S["body"].hit(norm_body(pd.get("body")) == norm_body(gd.get("body")))

    gp, pp = gold.get("participants") or [], [p for p in pred.get("participants") or [] if isinstance(p, dict)]
    pairs = multiset(
        [(norm_text(p["name"]), p["role"]) for p in gp],
        [
            (norm_text(p.get("name")), norm_text(p.get("role")))
            if isinstance(p.get("name"), str) and p.get("name") and isinstance(p.get("role"), str)
            else None
            for p in pp
        ],
    )
    S["participants"] = PRF(len(pairs), len(pp) - len(pairs), len(gp) - len(pairs))
    for i, j in pairs:
        S["org"].hit(norm_org(gp[i].get("organization")) == norm_org(pp[j].get("organization")))

    gi, pi = gold.get("items") or [], [p for p in pred.get("items") or [] if isinstance(p, dict)]
    ipairs = multiset([norm_num(x.get("number")) for x in gi], [norm_num(x.get("number")) for x in pi])
    right, dec = 0, PRF()
    for i, j in ipairs:
        right += ratio(norm_text(gi[i].get("title")), norm_text(pi[j].get("title"))) >= THRESH
        g = [norm_text(d) for d in gi[i].get("decisions") or []]
        p = [norm_text(d) for d in pi[j].get("decisions") or []]
        n = greedy(g, p)
        dec.add(PRF(n, len(p) - n, len(g) - n))
    matched_g, matched_p = {i for i, _ in ipairs}, {j for _, j in ipairs}
    dec.fn += sum(len(x.get("decisions") or []) for k, x in enumerate(gi) if k not in matched_g)
    dec.fp += sum(len(x.get("decisions") or []) for k, x in enumerate(pi) if k not in matched_p)
    S["items"] = PRF(right, len(pi) - right, len(gi) - right)
    S["decisions"] = dec

    def value(x):
        v = x.get("value_sek") if isinstance(x, dict) else None
        return round(float(v), 2) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    ga, pa = [value(x) for x in gold.get("amounts") or []], [value(x) for x in pred.get("amounts") or []]
    n = len(multiset(ga, pa))
    S["amounts"] = PRF(n, len(pa) - n, len(ga) - n)

    gag = gold.get("agreement") if isinstance(gold.get("agreement"), dict) else None
    pag = pred.get("agreement") if isinstance(pred.get("agreement"), dict) else None
    gpart = {norm_org(x) for x in (gag or {}).get("parties") or []}
    ppart = {norm_org(x) for x in (pag or {}).get("parties") or []} - {None}
    facts = PRF(len(gpart & ppart), len(ppart - gpart), len(gpart - ppart))
    gs = Counter(norm_text(s.get("name")) for s in (gag or {}).get("signatories") or [])
    ps = Counter(norm_text(s.get("name")) for s in (pag or {}).get("signatories") or [] if isinstance(s, dict))
    both = sum((gs & ps).values())
    facts.add(PRF(both, sum(ps.values()) - both, sum(gs.values()) - both))
    for key in ("valid_from", "valid_to"):
        g, p = (gag or {}).get(key), (pag or {}).get(key)
        if g is not None:
            facts.add(PRF(1, 0, 0) if p == g else PRF(0, int(p is not None), 1))
        elif p is not None:
            facts.fp += 1
    S["agreements"] = facts
    return S


def total(scores: list[dict]) -> dict:
    out = {k: (Acc() if k in ("org", "kind", "date", "body") else PRF()) for k in METRICS}
    for S in scores:
        for k in METRICS:
            out[k].add(S[k])
    return out


def summary(scores: list[dict]) -> dict[str, float]:
    """The headline figures: F1 for participants, items, decisions, amounts, agreements;
    accuracy for org, kind, date, body."""
    T = total(scores)
    return {k: (T[k].acc if isinstance(T[k], Acc) else T[k].f1) for k in METRICS}
