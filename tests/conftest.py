"""Shared fixtures: where ../shared lives, and small PDFs written on the spot with reportlab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
REAL = SHARED / "corpus" / "real"

# One text run on a page: (text, x, y from the top, font size, bold)
Run = tuple[str, float, float, float, bool]


def write_pdf(path: Path, pages: Sequence[Sequence[Run]], *, encrypt: str | None = None) -> Path:
    """Write a PDF whose pages hold exactly the given text runs (Helvetica covers å ä ö)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    width, height = A4
    for runs in pages:
        for text, x, y, size, bold in runs:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """make_pdf("name.pdf", [[("Protokoll", 72, 80, 14, True), …], …]) -> path of a new PDF."""

    def make(name: str, pages: Sequence[Sequence[Run]], **kwargs: object) -> Path:
        return write_pdf(tmp_path / name, pages, **kwargs)  # type: ignore[arg-type]

    return make


def require(path: Path) -> Path:
    """Skip the test when a file from ../shared is not on this machine."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
