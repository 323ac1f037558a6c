"""How robust the parser is to page geometry and type: the seen zoo under perturbed styles.

A script, not a test (it prints figures):

    .venv/bin/python -m benchmarks.bench_robustness
    .venv/bin/python -m benchmarks.bench_robustness --only size-0.85,left-110 --docs 2 --diff 5

Every seen variant (tests/zoo: VARIANTS minus HELD_OUT) is rendered with its own seeds, but
with every ``Style`` of the run changed in one way (font family swapped, body size scaled,
leading, a margin moved), then extracted (no OCR), parsed and scored against the gold the
renderer wrote for that very geometry.  A document whose perturbed rendering is nonsense (a
line printed past the page edge, a table cell starting on top of the text before it, where
the variant's own rendering has none; a character the swapped font cannot print) is skipped and counted, not scored: that is the
generator failing, not the parser.  Prints, per perturbation, the seen aggregate and the
worst variants; ``--diff N`` also prints what the N worst documents missed or added.
The held-out variants are never rendered here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

from tests.zoo.make import HELD_OUT, VARIANTS
from tests.zoo.perturb import PERTURBATIONS, build
from tests.zoo.predict import predict
from tests.zoo.score import norm_num, norm_text, score_doc, summary


def job(args: tuple[str, str, int, str]) -> tuple[str, str, dict | None, dict | None, str | None]:
    pert, name, k, tmp = args
    variant = next(v for v in VARIANTS if v.name == name)
    built = build(variant, k, PERTURBATIONS[pert])
    stem = f"{name}_{k + 1:02d}"
    if isinstance(built, str):
        return pert, stem, None, None, built
    pdf, gold = built
    path = Path(tmp) / f"{pert}__{stem}.pdf"
    path.write_bytes(pdf)
    try:
        pred = predict(path)
    except Exception as e:  # a crash scores zero, and is shown
        pred = {"error": f"{type(e).__name__}: {e}"}
    return pert, stem, gold, pred, None


def diff(gold: dict, pred: dict | None) -> list[str]:
    """What the prediction missed (-) or added (+): participants, items, titles, decisions."""
    pred = pred or {}
    out = []
    g = {(norm_text(p["name"]), p["role"]) for p in gold.get("participants") or []}
    q = {(norm_text(p.get("name")), p.get("role")) for p in pred.get("participants") or []}
    out += [f"  - part {x}" for x in sorted(g - q, key=str)]
    out += [f"  + part {x}" for x in sorted(q - g, key=str)]
    gi = {norm_num(i["number"]): i for i in gold.get("items") or []}
    pi = {norm_num(i["number"]): i for i in pred.get("items") or []}
    out += [f"  - item {n} {gi[n]['title'][:70]}" for n in gi.keys() - pi.keys()]
    out += [f"  + item {n} {pi[n]['title'][:70]}" for n in pi.keys() - gi.keys()]
    for n in gi.keys() & pi.keys():
        if norm_text(gi[n]["title"]) != norm_text(pi[n]["title"]):
            out.append(f"  ~ title {n}: {gi[n]['title'][:60]!r} vs {pi[n]['title'][:60]!r}")
        gd = [norm_text(d) for d in gi[n].get("decisions") or []]
        pd = [norm_text(d) for d in pi[n].get("decisions") or []]
        out += [f"  - dec {n}: {d[:110]}" for d in gd if d not in pd]
        out += [f"  + dec {n}: {d[:110]}" for d in pd if d not in gd]
    return out


def worst(s: dict[str, float]) -> float:
    return min(s["participants"], s["items"], s["decisions"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_robustness", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated perturbations (default: all)")
    parser.add_argument("--variants", help="comma-separated seen variants (default: all seen)")
    parser.add_argument("--docs", type=int, default=2, help="documents per variant (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--worst", type=int, default=5, help="worst variants listed per perturbation")
    parser.add_argument("--diff", type=int, default=0, help="print what the N worst documents got wrong")
    parser.add_argument("--keep", type=Path, help="write the PDFs here (default: a temporary directory)")
    args = parser.parse_args(argv)
    perts = args.only.split(",") if args.only else list(PERTURBATIONS)
    unknown = set(perts) - set(PERTURBATIONS)
    if unknown:
        parser.error(f"unknown perturbations: {', '.join(sorted(unknown))}")
    names = [v.name for v in VARIANTS if v.name not in HELD_OUT]
    if args.variants:
        names = [n for n in args.variants.split(",") if n in names]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="robust-") as scratch:
        tmp = str(args.keep or scratch)
        Path(tmp).mkdir(parents=True, exist_ok=True)
        jobs = [(p, n, k, tmp) for p in perts for n in names for k in range(args.docs)]
        if args.workers <= 1:
            results = [job(j) for j in jobs]
        else:
            with Pool(args.workers) as pool:
                results = pool.map(job, jobs, chunksize=1)
    print("| perturbation | docs | skipped | participants F1 | items F1 | decisions F1 | worst variants |")
    print("|---|---|---|---|---|---|---|")
    details = []
    for p in perts:
        mine = [r for r in results if r[0] == p]
        scored = [(stem, gold, pred) for _, stem, gold, pred, why in mine if why is None]
        skipped = [(stem, why) for _, stem, _, _, why in mine if why is not None]
        per_doc = [(stem, score_doc(gold, pred), gold, pred) for stem, gold, pred in scored]
        agg = summary([s for _, s, _, _ in per_doc])
        by_variant: dict[str, list[dict]] = {}
        for stem, s, _, _ in per_doc:
            by_variant.setdefault(stem.rsplit("_", 1)[0], []).append(s)
        ranked = sorted(((worst(summary(ss)), n) for n, ss in by_variant.items()))
        bad = ", ".join(f"{n} {w:.2f}" for w, n in ranked[: args.worst] if w < 0.999) or "-"
        print(
            f"| {p} | {len(scored)} | {len(skipped)} | {agg['participants']:.3f} | {agg['items']:.3f} "
            f"| {agg['decisions']:.3f} | {bad} |"
        )
        docs = sorted(per_doc, key=lambda t: worst(summary([t[1]])))
        for stem, s, gold, pred in docs[: args.diff]:
            if worst(summary([s])) < 0.999:
                details.append((p, stem, gold, pred))
        for stem, why in skipped:
            print(f"  skipped {p} {stem}: {why}", file=sys.stderr)
    for p, stem, gold, pred in details:
        print(f"\n{p} {stem}:" + (f" {pred['error']}" if pred and "error" in pred else ""))
        for line in diff(gold, pred)[:14]:
            print(line)
    print(f"\n{len(results)} documents in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
