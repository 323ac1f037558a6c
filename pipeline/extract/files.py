"""Files before they are documents: the checks that refuse what cannot be one (empty, not a PDF,
too large, an unknown type), the errors that name the file and the reason, file names as text
and text files decoded by their byte-order mark or charset."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
MAX_PAGES = 2000
MAX_BYTES = 300 * 1024 * 1024
MAX_TEXT_BYTES = 5 * 1024 * 1024  # a protocol as text is well under 1 MB


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored and shown: bytes of a file name that are not UTF-8 (a
    name made on another system) are written as escapes ("protokoll-\\xff.pdf"), never an error.

    >>> path_text(os.fsdecode(b"in/m\\xf6te.pdf"))
    'in/m\\\\xf6te.pdf'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class ExtractionError(Exception):
    """A file could not be read as a document.  The message names the file and the reason."""

    reason = "unreadable"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = path_text(path)
        self.detail = detail
        super().__init__(f"{path}: {self.reason}" + (f" ({detail})" if detail else ""))


class EmptyFile(ExtractionError):
    reason = "empty file (0 bytes)"


class NotAPDF(ExtractionError):
    reason = "not a PDF (the file does not start with %PDF-)"


class EncryptedPDF(ExtractionError):
    reason = "encrypted PDF: it needs a password to open"


class CorruptPDF(ExtractionError):
    reason = "corrupt PDF: the file could not be parsed"


class TooLarge(ExtractionError):
    reason = "too large"


class UnsupportedFile(ExtractionError):
    reason = "unsupported file type (expected .pdf, .txt or .md)"


class NotText(ExtractionError):
    reason = "not text in a known encoding (UTF-8, UTF-16 or Windows-1252/Latin-1)"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# Byte-order marks, longest first (UTF-32's begins with UTF-16's).
BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def decode_text(raw: bytes) -> str | None:
    """The text of a text file, by its byte-order mark, else UTF-8, else UTF-16 without a mark
    (every other byte NUL), else Windows-1252/Latin-1 (Swedish exports from Windows); None
    when the bytes are no text in any of them (control bytes, NULs).

    >>> [decode_text(t) for t in ("Möte".encode("utf-16"), "Möte".encode("cp1252"), "Möte".encode())]
    ['Möte', 'Möte', 'Möte']
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                return None
    candidates = ["utf-8"]
    if len(raw) >= 2 and raw.count(0) * 3 >= len(raw):  # UTF-16 without a mark: ASCII's high bytes are NUL
        candidates = ["utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"]
    for encoding in [*candidates, "cp1252", "latin-1"]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not re.search(r"[\x00-\x08\x0e-\x1f\x7f]", text):
            return text
    return None


def check_file(path: Path) -> None:
    """Raise a specific `ExtractionError` for files that cannot be documents, before parsing."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | {".pdf"}:
        raise UnsupportedFile(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path)
    if size > MAX_BYTES:
        raise TooLarge(path, f"{size // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB")
    if suffix in TEXT_SUFFIXES and size > MAX_TEXT_BYTES:
        raise TooLarge(
            path, f"{size / (1024 * 1024):.1f} MiB of text; the limit is {MAX_TEXT_BYTES // (1024 * 1024)} MiB"
        )
    if suffix == ".pdf":
        with path.open("rb") as f:
            head = f.read(1024)
        if b"%PDF-" not in head:
            raise NotAPDF(path)
