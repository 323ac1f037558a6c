"""The layout zoo: generated protocols, minutes and agreements in many layouts, with gold.

    python -m tests.zoo DIR          # DIR/seen/{pdfs,gold}/ and DIR/heldout/{pdfs,gold}/

Each variant is a layout (fonts, columns, tables, item numbering, roster forms, decision forms,
header forms) that covers some of the phenomena issue 10 lists; five documents are drawn from
each with fixed seeds, so every run writes the same bytes.  The gold of a document is written
from what its renderer placed on the page -- never from the parser -- in the shape that
``../shared/tools/score.py`` reads, with the conventions of the dev set (see parts.py).
Unnumbered items (minutes with headings set apart by font only) are numbered 1, 2, … in
reading order.  People are invented (people.py); organisations and bodies are the real ones of
``pipeline/patterns/organizations.yml``.

Modules:

    people.py    invented names, parties, titles; a Cast hands out people for one document
    content.py   organisations, bodies, dates in every Swedish form, agenda topics, decision verbs
    model.py     the facts of one meeting or agreement, drawn from a seeded random.Random
    render.py    the layout engine: lines -> pages -> PDF, recording the gold as it places text
    parts.py     roster entries, tables, item headings, decisions, signature boxes, furniture
    layouts.py   the SEEN variants, each one house style
    combos.py    SEEN variants that draw every layout dimension on its own, document by document
    fresh.py     more SEEN variants, in house styles the first ones did not print
    items2.py    SEEN variants for item headings and decision forms in layouts not printed before
    items3.py    SEEN variants for standing items, agendas before the items, underlined headings, dash att-clauses
    heldout.py   the HELD-OUT variants: not to be read while writing parser rules
    heldout3.py  more HELD-OUT variants (the same rule), bringing the held-out share back to a third
    make.py      builds the zoo (VARIANTS, HELD_OUT) and the command line
    predict.py   the parser's JSON for zoo files (extraction without OCR, worker processes)
    score.py     score.py's definitions, small, so the tests need nothing from ../shared
"""
