"""Generated protocols with the whole decision record, and the gold their generator wrote.

    python -m tests.votes DIR [--documents N]     # DIR/pdfs/*.pdf and DIR/gold/*.json

Municipal board and council meetings (the zoo's engine, model and parts: tests/zoo) whose topics
carry motions (yrkanden), a propositionsordning, roll-call votes, reservations, protocol notes
and jäv, each in one of several printed forms, so every rule of pipeline/parse/votes.py and
proposals.py meets its forms in real PDFs:

    votes          a positioned table "Ledamot | Ja | Nej | Avstår" (marks, a Summa row, over a
                   page break for a kommunfullmäktige), the same with a "Parti" column, lists in
                   running text ("Följande ledamöter röstar ja: …"), labelled lists one name a
                   line ("Ja-röster:"), counts only ("Med 7 ja-röster mot 4 nej-röster …"), "med
                   sju röster mot fyra", a tie decided by the chair's casting vote
    propositions   "Ja för …, nej för …", "Ja-röst för bifall till …", "Den som vill bifalla …
                   röstar ja …"
    motions        bifall, avslag, återremiss, an own wording, "instämmer i …s yrkande",
                   "med instämmande av …"
    reservations   "X reserverar sig mot beslutet till förmån för eget yrkande", two people, a
                   party's members, "Mot beslutet reserverar sig …", a "Reservation" section
                   naming people only, a written reservation ("bilaga")
    jäv            "anmäler jäv och deltar inte i handläggningen", "lämnar sammanträdet på grund
                   av jäv", "På grund av jäv deltar inte …", a "Jäv" section, a sentence beside
                   the roster naming the §
    notes          "lämnar följande anteckning till protokollet: …", a "Protokollsanteckning"
                   section with "Name (P): text"

The gold is the zoo's (document, participants, items with decisions, amounts) plus
``vote_events`` (item, counts, result, votes: name and option), ``proposals`` (item, name,
kind, outcome), ``reservations`` (item, name or null, party), ``conflicts_of_interest`` (item,
name) and ``protocol_notes`` (item, name or null, party), each with the page it was printed on
-- written as the generator prints, never from the parser.  Every vote's listed votes add up
to its counts.  People are invented (tests/zoo/people.py).  Each document has a fixed seed.

    make.py     the documents and their gold; the command line
    score.py    F1 per member vote, per reservation, per jäv …, and the share of votes that
                pass the parser's self-check
"""
