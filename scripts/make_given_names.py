"""Regenerate pipeline/patterns/given_names.txt: given names in use in Sweden and the Nordic
countries, one a line, from the names-dataset package and the hand-kept names above them.

Run once by hand when the list should change; the text file is committed and read at run
time, so neither package below is a dependency of the pipeline (pyproject's `wordlists` extra
names them):

    python -m venv /tmp/gn && /tmp/gn/bin/pip install names-dataset spacy-lookups-data   # or: pip install -e ".[wordlists]"
    /tmp/gn/bin/python scripts/make_given_names.py

names-dataset ranks the first names of each country by how many people bear them (counted
from a large set of social-network profiles).  A name is taken when it ranks high enough in
Sweden, Finland, Norway or Denmark, or among the most common names of the countries Swedes of
foreign background most often come from, and then only when it is a plausible name: one word
(or two joined by a hyphen) of letters of the Latin alphabet, three letters or more, not a
Swedish word (spaCy's Swedish lemma table knows it in lower case: "vilja", "fröken", "korv"),
not a word of protocols (protocol_words.txt), not a country or a Nordic region, and not more
common as a family name than as a given name in the Nordic countries ("Lund", "Björk",
"Andersson").  The hand-kept names (the HAND block of the file) are always kept, whatever
these filters say: "Per", "Bo", "Liv" are words too, and "Nora" a municipality, but they are
names a roster writes.
"""

from __future__ import annotations

import gzip
import json
import pickle
import re
import unicodedata
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

PATTERNS = Path(__file__).resolve().parents[1] / "pipeline" / "patterns"
OUT = PATTERNS / "given_names.txt"

# Countries and the rank (1 = most common) down to which their first names are taken.
NORDIC_RANKS = {"SE": 4000, "FI": 1500, "NO": 1500, "DK": 1000}
# The countries of birth most common among Swedes born abroad (SCB's statistics), and the
# international names any of them share: only their most common names.
ORIGIN_RANK = 400
ORIGINS = ("IQ", "SY", "IR", "PL", "BA", "SO", "TR", "DE", "RS", "HR", "ER", "AF", "TH", "GB", "US", "CL", "ET")
# Names common in several Western countries ("Noah", "Vincent", "Elvira"): the dataset ranks a
# name only in the ten countries most of its bearers live in, which leaves Sweden out of them.
WESTERN = ("GB", "US", "DE", "NL", "FR", "IT", "ES")
WESTERN_RANK, WESTERN_COUNT = 1000, 2
NORDIC = tuple(NORDIC_RANKS)
MIN_LETTERS = 3
FREQUENT_WORDS = 5_000  # the head of swedish_words.txt, kept there without the lemma table's check

NAME = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]{2,})?$")
VOWEL = re.compile(r"[aeiouyåäöæøéèáàíóúüý]", re.I)  # "Brf", "Gbg", "Frk": abbreviations

# Words the dataset holds as first names that no filter above catches: places, companies,
# words of other languages written as a profile's first name.  Found by reading the output.
NOT_NAMES = frozenset(
    [
        "Avesta",
        "Malmö",
        "Uppsala",
        "Stockholm",
        "Peli",
        "Bamse",
        "Tja",
        "Moi",
        "Abd",
        "Apartman",
        "Apartmani",
        "Prodaja",
        "Prodajem",
        "Abyssinia",
        "Genesis",
    ]
)

HAND_START = "# --- hand-kept names (always kept) ---"
HAND_END = "# --- generated names ---"


def latin(word: str) -> bool:
    """Every letter of `word` is a letter of the Latin alphabet (with its diacritics)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") or ch == "-" for ch in word)


def plausible(name: str) -> bool:
    if not NAME.match(name) or not latin(name):
        return False
    parts = name.split("-")
    if not all(VOWEL.search(p) for p in parts):
        return False
    if sum(len(p) for p in parts) < MIN_LETTERS:
        return False
    # written as a name: a capital, then lower case ("McDonald" is rare among Nordic given names)
    return all(p[:1].isupper() and p[1:].islower() for p in parts)


def hand_names() -> list[str]:
    """The hand-kept block of the current file (or, the first time, the whole of it)."""
    lines = OUT.read_text("utf-8").splitlines()
    if HAND_START in lines:
        lines = lines[lines.index(HAND_START) + 1 : lines.index(HAND_END)]
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def country_words() -> set[str]:
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            out.add(str(getattr(c, attr, "") or "").casefold())
    for code in NORDIC:
        for s in pycountry.subdivisions.get(country_code=code) or []:
            out.add(s.name.casefold())
    return out | {"sverige", "norge", "danmark", "suomi", "syrien", "irak", "iran", "turkiet", "somalia", "eritrea"}


def swedish_words() -> set[str]:
    """Swedish words: the lemma table's entries written in lower case (its capitalised entries
    are names and abbreviations), and the most frequent words of swedish_words.txt that the
    lemma table lacks ("inte", "och") and does not know as a name either."""
    table = json.loads(
        gzip.decompress(files("spacy_lookups_data").joinpath("data/sv_lemma_lookup.json.gz").read_bytes())
    )
    entries = {w for pair in table.items() for w in pair}
    lower = {w for w in entries if w.islower()}
    named = {w.casefold() for w in entries if w[:1].isupper()}
    text = (PATTERNS / "swedish_words.txt").read_text("utf-8").splitlines()
    frequent = [w.strip() for w in text if w.strip() and not w.startswith("#")][:FREQUENT_WORDS]
    return lower | {w for w in frequent if w not in named}


def load(kind: str) -> dict:
    spec = find_spec("names_dataset")
    assert spec and spec.origin, "pip install names-dataset"
    path = Path(spec.origin).parent / "v3" / f"{kind}_names.pkl.gz"
    with gzip.open(path) as f:
        return pickle.load(f)


def best_rank(ranks: dict, countries: tuple[str, ...]) -> float:
    found = [r for c, r in ranks.items() if c in countries and r]
    return min(found) if found else float("inf")


def more_a_family_name(first_ranks: dict, last_ranks: dict) -> bool:
    """Ranked better as a family name than as a given name: in the Nordic countries, or, for a
    name the Nordic lists do not rank, in the countries of origin ("Hassan")."""
    countries = NORDIC if best_rank(first_ranks, NORDIC) < float("inf") else ORIGINS
    return best_rank(last_ranks, countries) < best_rank(first_ranks, countries)


def main() -> None:
    hand = hand_names()
    words = swedish_words()
    protocol = {ln.strip().casefold() for ln in (PATTERNS / "protocol_words.txt").read_text("utf-8").splitlines()}
    places = country_words()
    first = load("first")
    last = {n: v["rank"] for n, v in load("last").items() if any(v.get("rank", {}).get(c) for c in NORDIC + ORIGINS)}

    def taken(ranks: dict) -> bool:
        return (
            any((ranks.get(c) or 10**9) <= cut for c, cut in NORDIC_RANKS.items())
            or any((ranks.get(c) or 10**9) <= ORIGIN_RANK for c in ORIGINS)
            or sum((ranks.get(c) or 10**9) <= WESTERN_RANK for c in WESTERN) >= WESTERN_COUNT
        )

    dropped: dict[str, list[str]] = {}
    names: set[str] = set()
    for name, info in first.items():
        ranks = info.get("rank") or {}
        if not taken(ranks):
            continue
        why = (
            "shape"
            if not plausible(name)
            else "word"
            if name.casefold() in words or name.casefold() in protocol
            else "place"
            if name.casefold() in places or name in NOT_NAMES
            else "family name"
            if more_a_family_name(ranks, last.get(name, {}))
            else None
        )
        if why:
            dropped.setdefault(why, []).append(name)
        else:
            names.add(name)
    hand_folded = {h.casefold() for h in hand}
    generated = sorted((n for n in names if n.casefold() not in hand_folded), key=lambda n: n.casefold())
    header = (
        "# Given names in use in Sweden and the Nordic countries, one a line: used to tell a name's order\n"
        '# ("Berg Lundell Siri" -> "Siri Berg Lundell"), a person\'s name in capitals from a heading, a\n'
        "# family name and a given name apart in a comma list.  The hand-kept names are edited here; the\n"
        "# generated ones come from scripts/make_given_names.py (names-dataset, filtered by spaCy's Swedish\n"
        "# lemma table and protocol_words.txt): rerun it rather than editing them.\n"
        "# Sources and licences: names-dataset (Philippe Remy), Apache-2.0; spacy-lookups-data, MIT.\n"
    )
    OUT.write_text(header + "\n".join([HAND_START, *hand, HAND_END, *generated]) + "\n", "utf-8")
    print(f"{OUT}: {len(hand)} hand-kept + {len(generated)} generated names")
    for why, dropped_names in sorted(dropped.items()):
        print(f"dropped ({why}): {len(dropped_names)}, e.g. {', '.join(sorted(dropped_names)[:25])}")


if __name__ == "__main__":
    main()
