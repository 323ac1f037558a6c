"""Is the output of this checkout the same as another's? A check for work that should change
only speed: `parse --json` byte for byte, each extraction as records, and the database table by
table.

    .venv/bin/python -m benchmarks.same_output snapshot /tmp/before [ZOO/seen]   # on main
    .venv/bin/python -m benchmarks.same_output compare /tmp/before [ZOO/seen]    # on the branch

Files: raw/, ../shared/corpus/dev/pdfs, ../shared/corpus/real and, when given, a folder of
generated zoo documents (`python -m tests.zoo OUT`, then OUT/seen).  Each file is read with OCR
off as `protokoll parse --json` reads it, twice: through an empty cache and again from that
cache, so a change to the caches' format is checked too.  The databases are those `build` makes
of raw/ and of the dev set (in this process, OCR off): per table its row count and a hash of its
rows (times of day left out), and the schema.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

from pipeline.build import build
from pipeline.parse import to_json
from pipeline.read import read_document
from pipeline.records import to_data

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = {"raw": ROOT / "raw", "dev": CORPUS / "dev" / "pdfs", "real": CORPUS / "real"}
DATABASES = ("raw", "dev")
# Columns that hold the time of the run, not what was read.
WHEN = {"extracted_at", "recorded_at", "fetched_at", "loaded_at", "superseded_at", "started_at", "finished_at"}
SUFFIXES = {".pdf", ".txt", ".md"}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_hashes(path: Path, cache: Path) -> dict[str, str]:
    """The hashes of what `parse --json` prints and of the extraction, cold and warm cache."""
    out: dict[str, str] = {}
    for label in ("cold", "warm"):
        try:
            reading = read_document(path, cache, ocr=False, engine="pdfium")
        except Exception as e:  # an unreadable file must stay unreadable, with the same message
            out[label] = f"error: {type(e).__name__}: {e}"
            continue
        data = to_json(reading.parsed, real_pages=reading.extracted.has_real_pages)
        out[f"{label} json"] = sha(json.dumps(data, ensure_ascii=False, indent=1))
        out[f"{label} extraction"] = sha(repr(to_data(reading.extracted)))
    return out


def fingerprint(db_path: Path) -> dict[str, object]:
    """Per table: (rows, hash of the rows in order of their text, hash in stored order); the schema."""
    con = sqlite3.connect(db_path)
    out: dict[str, object] = {}
    tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table' order by name")]
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        columns = [c[1] for c in con.execute(f"pragma table_xinfo([{table}])") if c[1] not in WHEN]
        try:
            rows = con.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]").fetchall()
        except sqlite3.Error as e:  # a virtual table's shadow, say
            out[table] = str(e)
            continue
        out[table] = [len(rows), sha(repr(sorted(rows, key=repr))), sha(repr(rows))]
    schema = con.execute("select type, name, tbl_name, sql from sqlite_master order by name").fetchall()
    out["(schema)"] = sha(repr(schema))
    con.close()
    return out


def snapshot(work: Path, zoo: Path | None) -> dict[str, object]:
    """Everything compared, made in `work` (emptied first: a database records its files' paths)."""
    sets = dict(SETS)
    if zoo is not None:
        sets["zoo"] = zoo
    result: dict[str, object] = {}
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name, folder in sets.items():
        cache = work / f"cache-{name}"
        for path in files_of(folder):
            result[f"{name}/{path.relative_to(folder)}"] = read_hashes(path, cache)
    for name in DATABASES:
        folder = work / f"in-{name}"
        folder.mkdir()
        for path in files_of(SETS[name]):
            shutil.copy(path, folder / path.name)
        db = work / f"{name}.db"
        build([folder], db, cache_dir=work / f"build-cache-{name}", ocr=False, budget=None, raw_root=folder)
        result[f"database {name}"] = fingerprint(db)
    return result


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[0] not in ("snapshot", "compare"):
        print(__doc__)
        return 2
    where = Path(argv[1])
    now = snapshot(where / "work", Path(argv[2]) if len(argv) == 3 else None)
    if argv[0] == "snapshot":
        where.mkdir(parents=True, exist_ok=True)
        (where / "same_output.json").write_text(json.dumps(now, indent=1, sort_keys=True))
        print(
            f"{sum(1 for k in now if not k.startswith('database'))} files and {len(DATABASES)} databases kept in {where}"
        )
        return 0
    before = json.loads((where / "same_output.json").read_text())
    differ = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
    for key in differ:
        old, new = before.get(key), now.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            parts = [p for p in sorted(set(old) | set(new)) if old.get(p) != new.get(p)]
            print(f"DIFFERS {key}: {', '.join(parts)}")
        else:
            print(f"DIFFERS {key}: {'missing now' if new is None else 'new'}")
    files = sum(1 for k in now if not k.startswith("database"))
    print(f"{files} files, {len(DATABASES)} databases: " + ("IDENTICAL" if not differ else f"{len(differ)} DIFFER"))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
