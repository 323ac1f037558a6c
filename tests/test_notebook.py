"""The notebooks run top to bottom, as a reader would run them, and draw what they promise."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from PIL import Image

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "memberships_timeline.ipynb"


@pytest.mark.integration
def test_the_memberships_timeline_notebook_builds_the_database_and_draws_the_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel inherits the environment: the database and the figure go to tmp_path, not processed/.
    monkeypatch.setenv("PROTOKOLL_NOTEBOOK_OUT", str(tmp_path))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Run from notebooks/, as Jupyter would, so its relative paths resolve; 120 s at most per cell.
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()

    errors = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert not errors
    assert (tmp_path / "protokoll.db").exists()
    figure = tmp_path / "memberships_timeline.png"
    assert figure.stat().st_size > 20_000
    with Image.open(figure) as image:
        width, height = image.size
        assert width > 1000 and height > 600  # one line per person of a body of ~40
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50  # a picture, not a flat colour
