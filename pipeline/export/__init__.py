"""Standard exports of the database: Popolo JSON and OParl 1.1 JSON.

    source.py   the database, read-only, -> a Snapshot of records (one query per table)
    popolo.py   Snapshot -> Popolo collections (popolo.json)
    oparl.py    Snapshot -> OParl 1.1 objects in the paginated list form, one file per list

Records in, records out: the formats are pure functions of a Snapshot; only `export_popolo`
and `export_oparl` open the database (read-only) and write files.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .oparl import DEFAULT_BASE_URL as OPARL_BASE_URL
from .oparl import to_oparl
from .popolo import COLLECTIONS, to_popolo
from .source import NoDatabase, Snapshot, open_readonly, read_snapshot, table_counts

POPOLO_BASE_URL = "http://127.0.0.1:8001/"  # where `protokoll serve` serves raw/ (pdf_url)

__all__ = [
    "COLLECTIONS",
    "OPARL_BASE_URL",
    "POPOLO_BASE_URL",
    "NoDatabase",
    "Snapshot",
    "export_oparl",
    "export_popolo",
    "read_snapshot",
    "table_counts",
    "to_oparl",
    "to_popolo",
    "write_json",
]


def write_json(path: Path, obj: Any) -> None:
    """Write `obj` as UTF-8 JSON (å, ä, ö as themselves), atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_popolo(db_path: Path, out_dir: Path, base_url: str = POPOLO_BASE_URL) -> dict[str, int]:
    """Write `out_dir/popolo.json`; return the number of objects per collection."""
    collections = to_popolo(read_snapshot(open_readonly(db_path)), base_url)
    write_json(out_dir / "popolo.json", collections)
    return {k: len(v) for k, v in collections.items()}


def export_oparl(db_path: Path, out_dir: Path, base_url: str = OPARL_BASE_URL) -> dict[str, int]:
    """Write the OParl files under `out_dir`; return the number of objects per top-level list."""
    files = to_oparl(read_snapshot(open_readonly(db_path)), base_url)
    for rel, obj in files.items():
        write_json(out_dir / rel, obj)
    return {
        rel.removesuffix(".json"): len(obj["data"]) for rel, obj in files.items() if "/" not in rel and "data" in obj
    }
