"""The notebooks run top to bottom, as a reader would run them, and draw or answer what they promise."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
import sqlite_utils
from nbclient import NotebookClient
from PIL import Image

from pipeline.build import build
from pipeline.queries import members_on

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    """Where the notebooks put the database (PROTOKOLL_NOTEBOOK_OUT): built here from raw/ first,
    with the kept extraction cache, so each notebook's own build finds every file unchanged."""
    folder = tmp_path_factory.mktemp("notebooks")
    report = build([ROOT / "raw"], folder / "protokoll.db", cache_dir=extraction_cache, raw_root=ROOT / "raw")
    assert not report.failed, report.failed
    return folder


def run(name: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run notebooks/`name` from notebooks/, as Jupyter would (120 s at most per cell); the text of
    every output.  The kernel inherits the environment: what it writes goes to `out`, not processed/."""
    monkeypatch.setenv("PROTOKOLL_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("IPYTHONDIR", str(out / "ipython"))
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return [
        str(o.get("text") or o.get("data", {}).get("text/html") or o.get("data", {}).get("text/plain", ""))
        for o in outputs
    ]


@pytest.mark.integration
def test_the_memberships_timeline_notebook_builds_the_database_and_draws_the_chart(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("memberships_timeline.ipynb", out, monkeypatch)
    assert (out / "protokoll.db").exists()
    figure = out / "memberships_timeline.png"
    assert figure.stat().st_size > 20_000
    with Image.open(figure) as image:
        width, height = image.size
        assert width > 1000 and height > 600  # one line per person of a body of ~40
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50  # a picture, not a flat colour


@pytest.mark.integration
def test_the_analyst_notebook_answers_the_four_questions(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = run("analyst.ipynb", out, monkeypatch)
    assert texts[0].startswith("0 loaded, 10 unchanged")  # the database built above, opened as it is
    answers = "\n".join(texts)
    # 1. the council's decisions about familjecentraler, and who presented them
    assert "Rådet beslutade att rekommendera parterna att godkänna överenskommelsen." in answers
    assert "Magnus Fors" in answers and "Ida Palm" in answers
    # 2. who sat on the council on 2024-03-08: what `protokoll members` says
    members = members_on(sqlite_utils.Database(out / "protokoll.db"), "samverkansrådet för folkhälsa", "2024-03-08")
    assert f"{len(members['members'])} members on 2024-03-08" in answers
    assert all(m["name"] in answers for m in members["members"])
    # 3. the amounts allocated in 2024, and 4. the agreements in force with their signatories
    assert "1 257 036,00 kronor" in answers and "Kommunstyrelsen Kumla kommun" in answers
    assert "Göran Åberg" in answers and "Uppdragsdirektiv för Chefsgrupp folkhälsa" in answers
