"""Parsing: an extracted document's lines -> the facts it states.

Every module here is a pure function from records to records (no file is opened):

    text          the one text toolkit, on spaCy: sentences, lemmas, the decision-verb Matcher,
                  list markers, name shapes, number words
    layout        rows, columns and table rows from positions; the tolerances named once
    classify      document kind, title, body, date, time, place
    segment       lines -> front matter, roster sections, agenda items
    people        roster entries -> participants, names normalised
    decisions     item text -> decisions with kind, presenters, remarks
    events        item text and rosters -> seat events (elections, replacements, resignations,
                  vacancies, substitutions, absences)
    amounts       text -> amounts in SEK
    agreements    parties, validity and signatories of agreements and directives
    directives    a directive's sections -> rules
    organizations the region's organisations and bodies, canonical names
    bodies        a body's kind, canonical name and aliases; which body a typed name means
    dates         Swedish dates in every written form
    stages        the stages above, declared as data and run in order: `parse`, `to_json`
"""

from .stages import parse, to_json

__all__ = ["parse", "to_json"]
