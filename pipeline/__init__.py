"""protokoll: Swedish public-body PDFs (protocols, minutes, agreements, directives) to linked tables."""

__version__ = "0.1.0"

# What a document yields depends on the extractor (file -> pages of lines) and the parser (pages
# -> records), each versioned apart and bumped whenever a change to it changes what a document
# yields.  Extractions are cached by file, engine and EXTRACTOR_VERSION; parses by extraction and
# PARSER_VERSION, so a parser change re-parses from the extraction cache and never re-extracts.
EXTRACTOR_VERSION = "8"  # 2: OCR and font-map repair; 4: column edges, unmapped glyphs; 8: the PDFium engine by default
PARSER_VERSION = "7"  # 3: § headings in the margin; 5: bare numbers not the page; 6: a § under its running header; 7: "10." opening a page


def pipeline_version() -> str:
    """Both versions, as `documents.pipeline_version` records them ("8.7"): a document loaded by
    another extractor or parser is read again.  Read when called, so a changed version counts."""
    return f"{EXTRACTOR_VERSION}.{PARSER_VERSION}"
