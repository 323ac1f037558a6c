"""How the parser reads people whose given names are not the zoo's own: the seen zoo variants,
generated with every given name of tests/zoo/people.py swapped for one a Swedish roster writes
that the first hand-kept list (pipeline/patterns/given_names.txt before it was generated) lacked.

    .venv/bin/python -m benchmarks.bench_given_names                 # one document a seen variant
    .venv/bin/python -m benchmarks.bench_given_names --per-variant 2

The zoo's invented people almost all have given names of that list, so the seen zoo cannot show
what an unknown given name costs (the name order, a name in capitals, a "Family, Given" pair in a
comma list).  Prints participants precision, recall and F1 over those documents, with the zoo's
own names and with the swapped ones, side by side.  Seen variants only; the held-out part is
never generated here.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import tests.zoo.people as zoo_people
from tests.zoo.make import HELD_OUT, VARIANTS, build_document
from tests.zoo.predict import predict_all
from tests.zoo.score import score_doc, total

# Given names outside the first hand-kept list: Swedish, Finland-Swedish and Finnish, and names
# common among Swedes of foreign background; as many as the zoo's own.
UNLISTED = (
    "Pernilla", "Gunvor", "Majvor", "Ingalill", "Lisbeth", "Ingela", "Ragnhild", "Bodil", "Solbritt",
    "Marléne", "Mikaela", "Josefine", "Elvira", "Alicia", "Nathalie", "Therése", "Jeanette", "Ingeborg",
    "Gullan", "Evy", "Päivi", "Sirpa", "Tuula", "Kaisa", "Outi", "Marjatta", "Gunhild", "Yvonne", "Hodan",
    "Zeynep", "Shirin", "Nasrin", "Leyla", "Milica", "Emina", "Jelena", "Maryam", "Zahra", "Katarzyna",
    "Ewa", "Agnieszka", "Hiba", "Rania", "Ayse", "Dijana", "Snezana", "Mirela", "Azra", "Samira",
    "Fadumo", "Saba", "Helmi", "Aune", "Sonja", "Viveca", "Rigmor", "Margit", "Sylvia", "Vivianne",
    "Ulrica", "Madelene", "Pirjo-Liisa", "Ronny", "Hampus", "Roine", "Torgny", "Assar", "Charlotta",
    "Jukka", "Reijo", "Raimo", "Tapio", "Heikki", "Veikko", "Dragan", "Hamid", "Reza", "Ibrahim",
    "Mustafa", "Goran", "Senad", "Zoran", "Kemal", "Yusuf", "Tomasz", "Piotr", "Tesfaye", "Mehdi",
    "Dariusz", "Nikola", "Milan", "Haris", "Emir", "Kenan", "Abdirahman", "Yonas", "Bilal",
    "Melvin", "Noah", "Liam", "Loke", "Vincent", "Jannike", "Glenn", "Kennet", "Ingvald", "Merja",
    "Halvar", "Sölve", "Torvald", "Satu", "Hilkka", "Raili", "Seija", "Pentti", "Esko", "Olavi", "Ragnvald",
)  # fmt: skip


def documents(out: Path, per_variant: int) -> list[Path]:
    paths = []
    for variant in VARIANTS:
        if variant.name in HELD_OUT:
            continue
        for k in range(per_variant):
            stem, pdf, gold = build_document(variant, k)
            (out / f"{stem}.pdf").write_bytes(pdf)
            paths.append(out / f"{stem}.pdf")
            (out / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return paths


def participants(folder: Path, per_variant: int, workers: int) -> tuple[int, float, float, float]:
    paths = documents(folder, per_variant)
    preds = predict_all(paths, workers=workers)
    scores = [
        score_doc(json.loads((folder / f"{p.stem}.gold.json").read_text("utf-8")), preds.get(p.stem)) for p in paths
    ]
    t = total(scores)["participants"]
    precision = t.tp / max(t.tp + t.fp, 1)
    recall = t.tp / max(t.tp + t.fn, 1)
    return len(paths), precision, recall, t.f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-variant", type=int, default=1, help="documents a seen variant (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="parse processes (default 2)")
    args = parser.parse_args(argv)
    own = zoo_people.GIVEN
    assert len(UNLISTED) >= len(own), "one swapped name for each of the zoo's"
    rows = []
    for label, names in (("zoo's own given names", own), ("given names outside the first list", UNLISTED[: len(own)])):
        zoo_people.GIVEN = tuple(names)
        try:
            with tempfile.TemporaryDirectory(prefix="bench-given-names-") as tmp:
                rows.append((label, *participants(Path(tmp), args.per_variant, args.workers)))
        finally:
            zoo_people.GIVEN = own
    print("| seen zoo documents | docs | participants P | participants R | participants F1 |")
    print("|---|---:|---:|---:|---:|")
    for label, n, p, r, f in rows:
        print(f"| {label} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
