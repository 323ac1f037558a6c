"""The project's own series (issue 11): 22 meetings of four bodies over 2023-2025, with the truth.

    python -m tests.series OUT_DIR        # OUT_DIR/*.pdf and OUT_DIR/truth.json

Bodies: Specifika samverkansrådet för folkhälsa and Specifika samverkansrådet för social
välfärd samt vård och omsorg (samverkansråd, Region Örebro län), Kommunstyrelsen Lekebergs
kommun (styrelse) and Chefsgrupp folkhälsa (chefsgrupp).  The story (story.py) has an election
of a chair and of a vice chair, members replaced mid-term, an ersättare moving up to ledamot,
vacancies later filled (fyllnadsval, a municipality's appointment), tjänstgörande ersättare for
absent members, absences in the middle of a run, a joint meeting of the two councils, two
"Malin Hedin" from Kumla and Laxå, "Eva-Lotta Kronberg" also written "Eva Lotta Kronberg" and
"Kronberg, Eva-Lotta", an official whose title changes, people on two bodies at once, and a
roster that leaves one member's organisation out.  Thirteen roster layouts (documents.py).
People are invented (names from tests/zoo/people.py's lists); organisations and bodies are the
real ones of ``pipeline/patterns/organizations.yml``.  Every document has a fixed seed (its
file name), so every run writes the same bytes.

What the truth means:

* Elections, replacements and fyllnadsval take effect at the meeting that decides (or
  announces) them: that meeting's roster already shows the new roles, since the protocol is
  written afterwards.  A person who resigns ("har entledigats") at a meeting is not on that
  meeting's roster.  A date in the prose ("från och med 1 oktober 2023", before the meeting) is
  when the new seat began: the spell's ``first`` (members on a meeting date are unaffected).
* Seats are held in one of the roles ordförande, vice ordförande, ledamot, ersättare,
  tjänsteperson (officials attending a council or board) and sekreterare.  The officials who
  make up a chefsgrupp are its ledamöter, as in the bundled corpus and the zoo.  Justerare is a task within one meeting, not a seat;
  guests hold no seat (the series has none).
* A member listed as absent ("Frånvarande", "Anmält förhinder") still holds the seat on that
  date (``present`` false).  A tjänstgörande ersättare holds their ersättare seat, not a
  ledamot seat (``substitute_for`` names the member); the member stood in for keeps theirs.
* A spell is a maximal run of consecutive meetings of one body in which the person holds a
  seat in the same role for the same organisation; absences and being stood in for do not
  break it.  ``first`` is the date of the run's first meeting, ``last`` of its last.
* A seat's organisation is the truth even where a sloppy roster leaves it out (Östen
  Rydberg, Askersunds kommun, on 2025-02-14).
* The joint meeting is one PDF with two roster sections, each headed by its council's name;
  the meeting counts for both bodies (two entries in ``meetings``, one file), each person on
  the body whose section lists them.
* A person's ``name`` is the fullest form (given name first, hyphens kept); ``forms`` are the
  forms the documents print.  Two people with one name are two keys.
* An event's ``page`` is the page its sentence (or, for an absence or a substitution, the
  roster entry quoted) starts on; ``person`` and ``replaces`` are person keys or null.

truth.json: ``bodies`` (name, organization, kind, aliases), ``people`` (key -> name, forms,
organization), ``meetings`` (file, body, date, layout, seats: person, name, role,
organization, present, substitute_for), ``spells`` (person, name, body, role, organization,
first, last) and ``events`` (kind: election | replacement | resignation | vacancy | filled |
substitution | absence | announcement; file, page, date, body, person, role, replaces, quote).

Modules:

    story.py      bodies, people, the meetings and what happens at each; replay() -> seats
    documents.py  one meeting -> a laid-out document (the zoo's engine and parts), 13 roster layouts
    make.py       the PDFs and truth.json; spells from the meetings; the command line

benchmarks/bench_people.py builds the series with the CLI and scores the people-over-time layer.
"""
