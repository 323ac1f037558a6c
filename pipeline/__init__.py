"""protokoll: Swedish public-body PDFs (protocols, minutes, agreements, directives) to linked tables."""

__version__ = "0.1.0"

# Bumped whenever a change to extraction or parsing changes what a document yields, so cached
# extractions and loaded documents made by an older pipeline are redone.
PIPELINE_VERSION = "8"  # 2: OCR and font-map repair; 3: § headings in the margin; 4: column edges, unmapped glyphs; 5: bare numbers that are not the page; 6: a § under its running header; 7: "10." opening a page; 8: the PDFium engine by default
