"""protokoll: Swedish public-body PDFs (protocols, minutes, agreements, directives) to linked tables.

The public API, one name per stage (imported when first used, so `import pipeline` stays cheap):

    from pipeline import extract_document, parse_document, to_json, ensure_db_shape, save_document
    doc = extract_document(Path("raw/protokoll.pdf"))
    print(to_json(parse_document(doc))["items"])

The stages are the subpackages and modules themselves: `pipeline.extract`, `pipeline.parse`,
`pipeline.resolve` and `pipeline.memberships` (people over time), `pipeline.store`, and the
batch and serving modules (`build`, `update`, `serve`).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Bumped whenever a change to extraction or parsing changes what a document yields, so cached
# extractions and loaded documents made by an older pipeline are redone.
PIPELINE_VERSION = "7"  # 2: OCR and font-map repair; 3: § headings in the margin; 4: column edges, unmapped glyphs; 5: bare numbers that are not the page; 6: a § under its running header; 7: "10." opening a page

# name -> (module, attribute).  Names that are also a module's (extract, parse, build, update)
# get the stage's verb as their own name here, so the module stays reachable as pipeline.<name>.
_API: dict[str, tuple[str, str]] = {
    "extract_document": ("pipeline.extract", "extract"),
    "extract_cached": ("pipeline.extract", "extract_cached"),
    "ExtractionError": ("pipeline.extract", "ExtractionError"),
    "parse_document": ("pipeline.parse", "parse"),
    "to_json": ("pipeline.parse", "to_json"),
    "read_document": ("pipeline.read", "read_document"),
    "ensure_db_shape": ("pipeline.store", "ensure_db_shape"),
    "save_document": ("pipeline.store", "save_document"),
    "build_database": ("pipeline.build", "build"),
    "update_database": ("pipeline.update", "update"),
    "ExtractedDocument": ("pipeline.records", "ExtractedDocument"),
    "ParsedDocument": ("pipeline.records", "ParsedDocument"),
    "EXAMPLE_EXTRACTED": ("pipeline.records", "EXAMPLE_EXTRACTED"),
    "EXAMPLE_PROTOCOL": ("pipeline.records", "EXAMPLE_PROTOCOL"),
}
__all__ = ["PIPELINE_VERSION", "__version__", *_API]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
