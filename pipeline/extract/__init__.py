"""Extract: a file -> an `ExtractedDocument` of pages of positioned lines.  The only layer that
opens documents; it never imports the parser.

    doc = extract(Path("raw/protokoll.pdf"))
    doc.pages[0].lines[0].text

`files` refuses what cannot be a document; an engine (`engines.ENGINES`) reads raw pages;
`choose` keeps each page's best text (text layer, `repair`ed font map or `ocr`, scored by
`quality`); `furniture` splits off running headers and page labels; `document` ties them
together and caches the result.
"""

from .choose import warn_without_ocr
from .document import cached_extraction, extract, extract_cached, extraction_key, write_atomically
from .engines import DEFAULT_ENGINE, ENGINES, RawPage, engine_version
from .files import (
    MAX_BYTES,
    MAX_PAGES,
    MAX_TEXT_BYTES,
    TEXT_SUFFIXES,
    CorruptPDF,
    EmptyFile,
    EncryptedPDF,
    ExtractionError,
    NotAPDF,
    NotText,
    TooLarge,
    UnsupportedFile,
    check_file,
    decode_text,
    path_text,
    sha256_file,
)
from .furniture import rejoin_hyphenation

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "MAX_BYTES",
    "MAX_PAGES",
    "MAX_TEXT_BYTES",
    "TEXT_SUFFIXES",
    "CorruptPDF",
    "EmptyFile",
    "EncryptedPDF",
    "ExtractionError",
    "NotAPDF",
    "NotText",
    "RawPage",
    "TooLarge",
    "UnsupportedFile",
    "cached_extraction",
    "check_file",
    "decode_text",
    "engine_version",
    "extract",
    "extract_cached",
    "extraction_key",
    "path_text",
    "rejoin_hyphenation",
    "sha256_file",
    "warn_without_ocr",
    "write_atomically",
]
