"""The Dask executor: documents read on a cluster (a real LocalCluster here) and loaded by the one
writer give the database a local build gives, row for row."""

from __future__ import annotations

import hashlib
import shutil

import pytest
import sqlite_utils

from pipeline.build import build
from pipeline.store import TABLES

from .conftest import ROOT

distributed = pytest.importorskip("distributed")

# Columns that say when a row was written, not what it says.
WHEN = {"extracted_at", "recorded_at", "fetched_at", "started_at", "finished_at"}


def fingerprint(db_path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a hash of its rows (in key order, timestamps left out)."""
    db = sqlite_utils.Database(db_path)
    out = {}
    for table in TABLES:
        columns = [c.name for c in db[table].columns if c.name not in WHEN]
        rows = db.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}] order by 1, 2").fetchall()
        out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return out


@pytest.mark.integration
def test_a_build_on_a_dask_cluster_gives_the_database_a_local_build_gives(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    for pdf in sorted((ROOT / "raw").glob("*.pdf"))[:4]:
        shutil.copy(pdf, folder / pdf.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.5\n" + b"\x13\x37" * 500)  # a failure travels back too
    local = build([folder], tmp_path / "local.db", cache_dir=tmp_path / "local-cache", workers=1, raw_root=folder)
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = build(
            [folder], tmp_path / "dask.db", cache_dir=tmp_path / "dask-cache", scheduler=client, raw_root=folder
        )
    assert remote.loaded == local.loaded and len(remote.loaded) == 4
    assert [p for p, _ in remote.failed] == [p for p, _ in local.failed] and "corrupt" in remote.failed[0][1]
    assert (remote.extracted, remote.parsed) == (4, 4)
    assert fingerprint(tmp_path / "dask.db") == fingerprint(tmp_path / "local.db")


def test_the_dask_executor_needs_a_scheduler(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--executor", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output
