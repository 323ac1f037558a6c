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

# What a document yields depends on the extractor (file -> pages of lines) and the parser (pages
# -> records), each versioned apart and bumped whenever a change to it changes what a document
# yields.  Extractions are cached by file, engine and EXTRACTOR_VERSION; parses by extraction and
# PARSER_VERSION, so a parser change re-parses from the extraction cache and never re-extracts.
EXTRACTOR_VERSION = "17"  # 2: OCR and font-map repair; 4: column edges, unmapped glyphs; 8: the PDFium engine by default; 9: font repair judges glyphs in a fixed order; 10: "Punkt 4" opening a page is no running header; 11: a "Beslutet" opening most pages is no running header; 12: a line's bold lead (run-in headings); 13: a row's lines left to right; 14: a line repeated on fewer pages than the running header is furniture only inside its band ("KS § 16 / Dnr …" under the header), "KS § 16" and "<Organ>s beslut" are headings; 15: a text file's table between bars ("| a | b |") is laid out as positioned cells; 16: bold from a face's weight (name words, descriptor, fill and stroke), relative to the body face; 17: a narrow gap cuts a line at a column edge only when wider than 1.5 times its row's word space (monospace, widened word spacing, justified lines), and rows that start at an edge count towards it (a margin label nearly reaching the text column), a gap of 0.5 em (and 1.5 word spaces) before a table column's edge that wide gaps set off cuts the cell (a label nearly reaching the next column), a row of three or more equal gaps is a justified line, not cells, however wide its spaces
PARSER_VERSION = "33"  # 3: § headings in the margin; 5: bare numbers not the page; 6: a § under its running header; 7: "10." opening a page; 8: amounts have a kind and repeats are marked; 9: the layout rules the zoo's combos.py exposed (issue 10); 10: names that wrap inside two columns stay two columns of names, a bold title goes on after "– yttrande"; 11: a numbered decision list inside a § item is no item, "Ek, Anna ordförande", a table of contents with dot leaders is cross-checked, a guest's agency below the roster heading is no publisher; 12: "Vakant" in running text is a seat of its own before a name too; 13: run-in headings, names cut at a line end; 14: a mark in a roster table's tick column ("Ledamot | Tjg ers | Ej tjg") gives the row's role; 15: a roster heading after the last item opens the attendance whatever its party groups' sizes, a party's name alone in a roster gives its group their party, "<Body>s förslag till <body>" is the body's own resolution; 16: a page column that goes on alone below the other is read to its end first, a table cell wrapped onto lines that read like column labels stays its row's; 17: an organisation's name alone on a roster line is its people's organisation; 18: a signature box before the items, its captions beside its heading; 19: an agenda table's cell is read as the paragraphs it wraps, not line by line; 20: a member whose seat a substitute took in an "Ersatt av" column was not there, an appendix roster is read once, "fr.o.m. § 47" after a name, "Vice ordf. Name", "title från Org", short items "1." over their titles are no agenda of a numbered list further down; 21: a bold heading's size compared with the body's in tenths of a point, a name cut after "och <given name>" or after a particle ("von", "af") at a line end is joined with the next line; 22: a roster list in two page columns that goes on over the page goes on the section of the column it lines up with, when that column ran to the foot and the other stopped short; 23: a numbered list of sentences longer than the agenda is no run of items, a table of contents' page column and heading are no items, "Efter diskussion beslutade rådet att …", a bold section label run into its text, the signature box ends the last decision, the running header's § of the page, "Regionala samverkansrådets beslut", a font heading "Remiss: …", a numbered run-in heading; 24: a function column beside the names ("Ordförande", "Tjg ersättare för Y") is no page column, a label wrapped over its entries' rows is one heading, "Ersätter Y" in a role cell is no person, "Ordf | Name" abbreviations, role rows under "Frånvarande" are absent, "Vid tangenterna", a job title in brackets, "Jan-Åke" after a family name, headings with a count or qualifier in brackets ("Ledamöter (9)", "Ersättare (ej tjänstgörande)"), "Name (S) tjg", "Kommundirektör: Name", a lone role word under its entry, a running list that opens "Efternamn, Förnamn", "(ersätter Y)" in brackets, a row of signature captions heads no names under it, a heading that ends a page column's tail heads what follows the columns, label rows at another x are no rows of the page columns, an organisation after a name ("Länsstyrelsen Örebro") is no person, "Närvarande | Frånvarande" side by side, a seat elsewhere ("ledamot i kommunfullmäktige") is a title, "Vid pennan"/"Antecknat av" note-takers, "sammankallande"/"mötesordförande" chairs; 25: a numbered agenda whose titles come again as lines of their own gives those lines as the items, a title after the case number on the line under the number ("Dnr SN 2025/578 Title"), a table header row "Datum | Beslut | Delegat" heads no decision section, a paragraph's space starts a new sentence, "Utskottet föreslår styrelsen besluta att" is of kind förslag, a numbered agenda listing the §§ further down (numbered apart) is no run of items, "Anteckningar" opening a heading names minutes, a roster line cut inside a span of items ("…, §" / "111, Name") goes on, "§ 47 a" / "47 a §" is an item of its own numbered "47 a" between § 47 and § 48, a title in small capitals goes on in the small letters' size; 26: a short line or a few words end their paragraph only when the next line's first word would have fitted after them (narrow columns), a line wrapped before a sentence's second "att" opens no att-clause; 27: an agreement party's organisation number and designation ("org.nr 212000-1835", "nedan kallad Kommunen") are no parties, caption rows ("Namnförtydligande") between a signatory's name and title are passed over, an organisation row tight under the titles owns the names above, "–" in a roster's presence column is absence, "del av § 48" and "kl. 13.00–14.30" after a name are attendance, remote participation ("(deltar på distans)", "– digitalt") as a vocabulary, a caption under "Underskrifter" in the last item is a signature and opens no attendance, a date only the first page's footer gives is the meeting's, a party block's detail lines (org.nr, address, "Kontaktperson:") go on the party list, party blocks side by side, dates a first page labels as another's ("Justerat", "Datum för anslag", "Anslaget tas ned", patterns/dates.yml) are not the meeting's, "4/3 2025" and "4/3-2025" are dates, "Sammanträde" is a date field, "Y (M) ersatt av X (M)" gives the substitute X replacing Y, "från kl 14" after a name, "närvarande på distans", an agreement party's part before its name ("Part 1:", "Beställare:", "A."), "å ena/andra sidan", a bare organisation number, "och" alone between parties, validity under a label ("Avtalstid:", "Giltighetstid" over the period) and its end after "löper ut"/"upphör att gälla", "2025-01-01--2026-12-31", absence in brackets after a name ("(anmält förhinder)") is absence, "Inte närvarande" and "Frånvarande utan ersättare" are absent headings, "Deltagande" a roster heading; 28: names in capitals ("ANNA EK", "Anna EK", "ÅSTRÖM-LUND" -> "Åström-Lund", "af"/"von" lower case) and with an initial ("Per J. Ek"), a justerare's substitute ("med Y som ersättare", ", ersättare Y") is no justerare, an election after an inline "Beslut:" label, a line ending in a preposition, a conjunction or a decision verb's finite form goes on, a line wrapped where the next word would not fit is no heading, a signature box's paragraphs wrapped under their label ("20–25") stand between a caption and its name, a name under a heading of another role is no caption's, the closing signature box is looked for after the last item's heading, "…, Örebro kommun och Bergendahl, Sixten" is two people, a roster table that goes on over a page under its repeated header row is one table (its presence column's marks); 29: running rosters whose entries put the role first ("…, Vice ordförande" / "Name (S), …", "…, Ledamot Given" / "Family (S), …") or end in a dash before the organisation ("Name –" / "Kumla kommun, …") go on over the line break, "Name – Organisation" starts an entry in running text, "Y, S, ersatt av X, S" with the party after a comma, a label beside a role-first entry ("Närvarande ledamöter | Ordförande Name, S") is no row of headings side by side; 30: a short label the vocabulary does not list, alone on its line over entries that read as people, is a roster heading (its role from stems: patterns/headings.yml unknown_heading_stems); 33: municipal companies (bolag, their owner) and kommunalförbund (their members) in patterns/organizations.yml, their boards "<organ> <organisation>" ("Styrelsen Karlskogahem AB", "Direktionen Nerikes Brandkår"), officials' groups and networks as bodies; a shipped group naming no organisation is its owner's and members naming none are the publisher's, "STYRELSEPROTOKOLL"/"Direktionen" name the organ, "(regionråd, ordf.)" and "(enhetschef kollektivtrafik)" in brackets, "Anteckningar: Name", "Från bolaget:", "(ersätter)" beside "Förhinder: Y", the note-taker among officials is both, a lone name word before "A. Family" or after "och" goes on, lekmannarevisor, "Nätverket"/"KC/RD beslutade"


def pipeline_version() -> str:
    """Both versions, as `documents.pipeline_version` records them ("8.7"): a document loaded by
    another extractor or parser is read again.  Read when called, so a changed version counts."""
    return f"{EXTRACTOR_VERSION}.{PARSER_VERSION}"


# Both, as they were when the package was imported (code that needs the value a monkeypatched
# version gives calls `pipeline_version()`).
PIPELINE_VERSION = pipeline_version()

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
__all__ = ["EXTRACTOR_VERSION", "PARSER_VERSION", "PIPELINE_VERSION", "__version__", "pipeline_version", *_API]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
