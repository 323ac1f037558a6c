"""Generate the layout zoo: every variant's documents as PDFs with their gold JSON.

    python -m tests.zoo DIR [--per-variant N]

writes ``DIR/seen/pdfs/<variant>_NN.pdf`` and ``DIR/seen/gold/<variant>_NN.json`` for the seen
variants (layouts.py, combos.py, fresh.py, items2.py, items3.py, rosters2.py, rosters3.py,
leftovers.py, rostermix.py, house4a.py, house4b.py, house6.py, house7.py and house8.py), and the same under ``DIR/heldout/`` for the held-out ones
(heldout.py, heldout3.py, heldout4a.py, heldout4b.py, heldout5a.py and heldout5b.py).
Every document has its own fixed seed, so the bytes are the same on every run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from pathlib import Path

from .combos import COMBOS
from .fresh import FRESH
from .heldout import HELD_OUT_VARIANTS
from .heldout3 import HELD_OUT3_VARIANTS
from .heldout4a import HELD_OUT4A_VARIANTS
from .heldout4b import HELD_OUT4B_VARIANTS
from .heldout5a import HELD_OUT5A_VARIANTS
from .heldout5b import HELD_OUT5B_VARIANTS
from .house4a import HOUSE4A
from .house4b import HOUSE4B
from .house6 import HOUSE6
from .house7 import HOUSE7
from .house8 import HOUSE8
from .items2 import ITEMS2
from .items3 import ITEMS3
from .layouts import SEEN, Variant
from .leftovers import LEFTOVERS
from .render import register_fonts, write_pdf
from .rostermix import ROSTERMIX
from .rosters2 import ROSTERS2
from .rosters3 import ROSTERS3

PER_VARIANT = 5
VARIANTS: list[Variant] = [
    *SEEN,
    *COMBOS,
    *FRESH,
    *ITEMS2,
    *ITEMS3,
    *ROSTERS2,
    *ROSTERS3,
    *LEFTOVERS,
    *ROSTERMIX,
    *HOUSE4A,
    *HOUSE4B,
    *HOUSE6,
    *HOUSE7,
    *HOUSE8,
    *HELD_OUT_VARIANTS,
    *HELD_OUT3_VARIANTS,
    *HELD_OUT4A_VARIANTS,
    *HELD_OUT4B_VARIANTS,
    *HELD_OUT5A_VARIANTS,
    *HELD_OUT5B_VARIANTS,
]
# The held-out part: measured, never looked at while writing parser rules.
HELD_OUT = frozenset(
    v.name
    for v in [
        *HELD_OUT_VARIANTS,
        *HELD_OUT3_VARIANTS,
        *HELD_OUT4A_VARIANTS,
        *HELD_OUT4B_VARIANTS,
        *HELD_OUT5A_VARIANTS,
        *HELD_OUT5B_VARIANTS,
    ]
)


def part_of(variant: Variant) -> str:
    return "heldout" if variant.name in HELD_OUT else "seen"


def seed(variant: Variant, k: int) -> int:
    return zlib.crc32(f"{variant.name}:{k}".encode())


def build_document(variant: Variant, k: int) -> tuple[str, bytes, dict]:
    """Document k of a variant: its file stem, PDF bytes and gold."""
    register_fonts()
    r = variant.render(random.Random(seed(variant, k)))
    r.flow.paginate()
    pdf = write_pdf(r.flow, r.furniture, title=r.title or variant.name, author=r.author)
    gold = r.flow.gold(r.kind, r.title, r.body, r.date, r.agreement)
    return f"{variant.name}_{k + 1:02d}", pdf, gold


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def build_zoo(out: Path, per_variant: int = PER_VARIANT, variants: list[Variant] | None = None) -> dict[str, int]:
    """Write every document and its gold under ``out``; returns the number written per part."""
    counts = {"seen": 0, "heldout": 0}
    for v in variants or VARIANTS:
        part = part_of(v)
        for sub in ("pdfs", "gold"):
            (out / part / sub).mkdir(parents=True, exist_ok=True)
        for k in range(per_variant):
            stem, pdf, gold = build_document(v, k)
            (out / part / "pdfs" / f"{stem}.pdf").write_bytes(pdf)
            (out / part / "gold" / f"{stem}.json").write_text(dump(gold), "utf-8")
            counts[part] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.zoo", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write seen/ and heldout/ into")
    parser.add_argument("--per-variant", type=int, default=PER_VARIANT, help="documents per variant (default 5)")
    parser.add_argument("--variants", help="comma-separated variant names (default: all)")
    args = parser.parse_args(argv)
    chosen = VARIANTS
    if args.variants:
        names = set(args.variants.split(","))
        chosen = [v for v in VARIANTS if v.name in names]
        unknown = names - {v.name for v in chosen}
        if unknown:
            parser.error(f"unknown variants: {', '.join(sorted(unknown))}")
    start = time.perf_counter()
    counts = build_zoo(args.out, args.per_variant, chosen)
    held = len(HELD_OUT & {v.name for v in chosen})
    print(
        f"{len(chosen)} variants ({held} held out): {counts['seen']} seen and {counts['heldout']} held-out "
        f"documents under {args.out} in {time.perf_counter() - start:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
