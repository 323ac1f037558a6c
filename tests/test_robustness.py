"""Rules found by rendering the seen zoo under another page geometry and type
(benchmarks/bench_robustness.py): each on a zoo document drawn with a perturbed ``Style``,
and on a table of lines or sentences."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.parse.people import _cut_after_particle, parse_roster
from pipeline.records import Line, RosterSection
from tests.zoo.make import VARIANTS
from tests.zoo.perturb import PERTURBATIONS, build
from tests.zoo.predict import predict
from tests.zoo.score import score_doc, summary


def scored(tmp_path, variant: str, perturbation: str, k: int = 0) -> dict[str, float]:
    v = next(v for v in VARIANTS if v.name == variant)
    built = build(v, k, PERTURBATIONS[perturbation])
    assert not isinstance(built, str), built
    pdf, gold = built
    path = tmp_path / f"{variant}.pdf"
    path.write_bytes(pdf)
    return summary([score_doc(gold, predict(path))])


def test_bold_headings_of_a_body_size_between_tenths_are_headings(tmp_path):
    # 9.5 pt × 0.85 = 8.07 pt: the body's size is measured in tenths (8.1), so is the heading's
    s = scored(tmp_path, "minutes_bold_headings", "size-0.85")
    assert s["items"] == 1.0 and s["decisions"] == 1.0


@pytest.mark.parametrize(
    ("variant", "perturbation"),
    [
        ("board_one_line_header", "size-1.2"),  # "… (MP) och Tyra" / "Hermansson (M)."
        ("board_one_line_header", "left-40"),  # "…, Alfred von" / "Bergfors (M), …"
    ],
)
def test_names_cut_at_a_line_end_are_one_name(tmp_path, variant, perturbation):
    assert scored(tmp_path, variant, perturbation)["participants"] == 1.0


@pytest.mark.parametrize(
    ("prev", "text", "cut"),
    [
        ("Carola Tell (C), Alfred von", "Bergfors (M), Ronja Westin (V)", True),
        ("Beslutande: Matilda af", "Sandeberg (SD), ordförande", True),
        ("Kim Ek (S), Sigrid de", "Lind (SD).", True),
        ("Kim Ek (S), Per Berg (M)", "Anna Ek (V)", False),  # no particle
        ("Ordföranden hälsade alla de", "Närvarande välkomna", False),  # "de" after a lower-case word
        ("Kim Ek (S), Alfred von", "(M) Bergfors", False),  # the next line opens with no name word
    ],
)
def test_a_particle_never_ends_a_name(prev, text, cut):
    assert _cut_after_particle(prev, text) is cut


def test_a_name_cell_cut_after_its_particle_goes_on_in_the_row_below():
    # a ruled "Namn | Parti | Funktion" row whose cells wrap: "Matilda af" / "Sandeberg"
    def cell(text, x0, top):
        return Line(text=text, page=1, x0=x0, top=top, x1=x0 + 5 * len(text), bottom=top + 10, size=10.0)

    lines = (
        cell("Namn", 158, 100),
        cell("Parti", 254, 100),
        cell("Funktion", 286, 100),
        cell("Algot Tornberg", 158, 113),
        cell("M", 254, 113),
        cell("ledamot", 286, 113),
        cell("Matilda af", 158, 126),
        cell("SD", 254, 126),
        cell("2:e vice", 286, 126),
        cell("Sandeberg", 158, 139),
        cell("ordförande", 286, 139),
        cell("Edit Hedin", 158, 152),
        cell("SD", 254, 152),
        cell("ledamot", 286, 152),
    )
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role) for p in people] == [
        ("Algot Tornberg", "ledamot"),
        ("Matilda af Sandeberg", "vice ordförande"),
        ("Edit Hedin", "ledamot"),
    ]


def test_the_perturbations_keep_the_variants_own_sizes_apart():
    # scaling the body's size scales the headings' sizes with it (the harness's own rule)
    from tests.zoo import render
    from tests.zoo.perturb import perturbed

    with perturbed(lambda s: dataclasses.replace(s, size=s.size * 2)):
        f = render.Flow(render.Style("vera", size=10))
        heading = f.line("Rubrik", size=14)
        body = f.para("Text")[0]
    assert (heading.size, body.size) == (28.0, 20.0)


@pytest.mark.parametrize("perturbation", ["leading-1.6", "size-1.2"])
def test_a_left_roster_column_going_on_over_the_page_keeps_its_section(tmp_path, perturbation):
    # "Ledamöter" down the left column, "Tjänstgörande" / "Ej tjänstgörande ersättare" down the
    # right: the left column's last members at the top of page 2 are members, not ersättare
    assert scored(tmp_path, "fullmaktige_named_votes", perturbation, k=1)["participants"] == 1.0


LEFT = ["Ledamöter", "Kim Ek (S)", "Per Ahl (M)", "Eva Berg (C)", "Siri Lind (V)", "Ola Holm (L)", "Åsa Nord (S)"]
RIGHT = ["Tjänstgörande ersättare", "Kim Berg (M)", "Ej tjänstgörande ersättare", "Lo Ek (V)", "Bo Ahl (C)"]


@pytest.mark.parametrize(
    ("left", "right", "spilled_into"),
    [
        # the right column stops short: it is complete, the left one goes on over the page
        ([*LEFT, "Ulla Rehn (MP)", "Ebba Fält (KD)"], RIGHT, "Ledamöter"),
        # both columns run to the foot: the list flows on from the right column, the last read
        (LEFT, [*RIGHT, "Gun Ask (SD)", "Nils Öhrn (M)"], "Ej tjänstgörande ersättare"),
    ],
)
def test_a_line_spilled_onto_the_next_page_goes_on_the_section_of_its_column(left, right, spilled_into):
    from pipeline.parse.segment import find_roster

    def cell(text, x0, top, page=1):
        return Line(text=text, page=page, x0=x0, top=top, x1=x0 + 5 * len(text), bottom=top + 10, size=10.0)

    lines = [
        c
        for k in range(max(len(left), len(right)))
        for c in (
            *([cell(left[k], 58, 100 + 15 * k)] if k < len(left) else []),
            *([cell(right[k], 306, 100 + 15 * k)] if k < len(right) else []),
        )
    ]
    spilled = ["Tor Berg (KD)", "Siv Ahl (L)"]
    lines += [cell(spilled[0], 58, 90, page=2), cell(spilled[1], 58, 105, page=2)]
    lines += [cell("Övriga närvarande", 58, 130, page=2), cell("Eva Lind, kanslichef", 58, 145, page=2)]
    sections = {s.heading: [ln.text for ln in s.lines] for s in find_roster(lines)}
    assert sections["Ledamöter"] == [*left[1:], *(spilled if spilled_into == "Ledamöter" else [])]
    assert sections["Ej tjänstgörande ersättare"] == [*right[3:], *(spilled if spilled_into != "Ledamöter" else [])]
    assert sections["Övriga närvarande"] == ["Eva Lind, kanslichef"]
    assert list(sections) == ["Ledamöter", "Tjänstgörande ersättare", "Ej tjänstgörande ersättare", "Övriga närvarande"]


def test_a_single_column_roster_going_on_over_the_page_stays_in_its_last_section():
    from pipeline.parse.segment import find_roster

    def cell(text, top, page=1):
        return Line(text=text, page=page, x0=58, top=top, x1=58 + 5 * len(text), bottom=top + 10, size=10.0)

    lines = [cell("Ledamöter", 100), cell("Kim Ek (S)", 115), cell("Ersättare", 130), cell("Lo Berg (M)", 145)]
    lines += [cell("Siv Ahl (L)", 90, page=2)]
    sections = {s.heading: [ln.text for ln in s.lines] for s in find_roster(lines)}
    assert sections == {"Ledamöter": ["Kim Ek (S)"], "Ersättare": ["Lo Berg (M)", "Siv Ahl (L)"]}


@pytest.mark.parametrize(
    ("variant", "perturbation"),
    [
        ("council_narvarande", "word-space-0.3"),  # Courier, word spaces widened: "Isak" / "Östlund," at edges
        ("board_finnish", "word-space-0.3"),
        ("combo_board", "justified"),  # "§" / "183 Svar på motion …" stretched to the margin
    ],
)
def test_wide_word_spaces_are_no_column_edges(tmp_path, variant, perturbation):
    s = scored(tmp_path, variant, perturbation)
    assert s["participants"] == 1.0 and s["items"] == 1.0 and s["decisions"] == 1.0


def _word(text, x0, top, size=10.0):
    return {"text": text, "x0": x0, "x1": x0 + 0.5 * size * len(text), "top": top, "bottom": top + size}


def _words(rows):
    return [
        {**_word(text, x0, 100 + 14 * k), "fontname": "Helvetica", "size": 10.0}
        for k, row in enumerate(rows)
        for text, x0 in row
    ]


def test_a_justified_line_is_not_cut_where_its_words_meet_an_edge_by_chance():
    from pipeline.extract.engines import _words_to_lines

    # every word space stretched to 1 em (10 pt): "att" starts at 160 on three rows, after a gap
    # as wide as every other gap of its row
    rows = [
        [("Nämnden", 70), ("beslutar", 120), ("att", 160), ("bevilja", 185), ("bidraget", 230)],
        [("och", 70), ("ger", 95), ("förvaltningen", 125), ("att", 160), ("redovisa", 185)],
        [("Beslutet", 70), ("gäller", 120), ("att", 160), ("från", 185), ("maj", 215)],
    ]
    texts = [ln.text for ln in _words_to_lines(_words(rows), 1)]
    assert texts == [" ".join(t for t, _ in row) for row in rows]


def test_a_narrow_gap_wider_than_the_rows_word_spaces_still_cuts_at_an_edge():
    from pipeline.extract.engines import _words_to_lines

    # a two-column list whose word spaces are 2 pt: a 9 pt gap before the right column's edge
    rows = [
        [("Kim", 70), ("Ek", 87), ("(S)", 99), ("Per", 200), ("Ahl", 217), ("(M)", 234)],
        [("Eva", 70), ("Berg", 87), ("(C)", 109), ("Siv", 200), ("Ek", 217), ("(V)", 229)],
        [("Ola", 70), ("Lindqvist", 87), ("(L),", 134), ("ledamot", 156), ("Åsa", 200), ("Nord", 217)],
    ]
    texts = [ln.text for ln in _words_to_lines(_words(rows), 1)]
    assert texts[-2:] == ["Ola Lindqvist (L), ledamot", "Åsa Nord"]


@pytest.mark.parametrize(
    ("lines", "sentences"),
    [
        # a narrow column: each line is short because the next word did not fit after it
        (
            [
                "Bygg- och miljönämnden väljer",
                "Gerd Hammar till ersättare i",
                "arbetsutskottet för resten av",
                "perioden.",
            ],
            ["Bygg- och miljönämnden väljer Gerd Hammar till ersättare i arbetsutskottet för resten av perioden."],
        ),
        (
            ["Nämnden beslutar att utse", "Emanuel Qvist (MP) att jämte", "ordföranden justera protokollet."],
            ["Nämnden beslutar att utse Emanuel Qvist (MP) att jämte ordföranden justera protokollet."],
        ),
        # a heading of a few words: the first word after it would have fitted, so it ends there
        (
            ["Överenskommelse om friskvård", "Nämnden godkänner överenskommelsen för perioden 2025–2026."],
            ["Överenskommelse om friskvård", "Nämnden godkänner överenskommelsen för perioden 2025–2026."],
        ),
        # a short line in a wide column still ends its paragraph
        (
            ["Se tidigare protokoll via länk", "Protokollet justeras av ordföranden och Kim Ek den 5 maj 2025."],
            ["Se tidigare protokoll via länk", "Protokollet justeras av ordföranden och Kim Ek den 5 maj 2025."],
        ),
    ],
)
def test_a_line_ends_its_paragraph_only_if_the_next_word_would_have_fitted(lines, sentences):
    from pipeline.parse.text import sentences_of_lines

    got = [s for s, _ in sentences_of_lines([Line(text=t, page=1) for t in lines])]
    assert [" ".join(s.split()) for s in got] == sentences


def test_a_decision_wrapped_in_a_narrow_column_is_one_decision(tmp_path):
    # "Bygg- och miljönämnden väljer" / "Gerd Hammar till ersättare i" beside a "Beslut:" label
    assert scored(tmp_path, "board_number_margin", "right-160")["decisions"] == 1.0


@pytest.mark.parametrize(
    ("texts", "decisions"),
    [
        # a narrow column wraps a sentence before its second "att": no att-list
        (
            [
                "Beslut",
                "Vård- och omsorgsnämnden beslutar att godkänna",
                "lokalförsörjningsplanen.",
                "Vård- och omsorgsnämnden beslutar att uppdra åt förvaltningen",
                "att årligen revidera planen.",
            ],
            [
                "Vård- och omsorgsnämnden beslutar att godkänna lokalförsörjningsplanen.",
                "Vård- och omsorgsnämnden beslutar att uppdra åt förvaltningen att årligen revidera planen.",
            ],
        ),
        # an att-list's clauses that end in "och" stay clauses
        (
            [
                "Beslut",
                "Kommunstyrelsen beslutar",
                "att anta yttrandet enligt förvaltningens förslag, och",
                "att skicka yttrandet till Region Örebro län.",
            ],
            [
                "Kommunstyrelsen beslutar att anta yttrandet enligt förvaltningens förslag",
                "Kommunstyrelsen beslutar att skicka yttrandet till Region Örebro län",
            ],
        ),
    ],
)
def test_a_line_wrapped_before_att_opens_no_att_clause(texts, decisions):
    from pipeline.parse.decisions import find_decisions

    got = find_decisions([Line(text=t, page=1) for t in texts], body="Kommunstyrelsen Kumla kommun")
    assert [d.text for d in got] == decisions


def test_a_margin_label_nearly_reaching_the_text_column_is_cut_off_it():
    from pipeline.extract.engines import _words_to_lines

    # "Dnr VON 2024/293" in the margin, 1.5 em before the text column that the other rows start in
    rows = [
        [("§", 70), ("164", 78), ("Riktlinjer", 175), ("för", 222), ("stödet", 240)],
        [("Dnr", 70), ("VON", 90), ("2024/293", 115), ("Riktlinjerna", 175), ("har", 237), ("setts", 255)],
        [("reviderade", 175), ("riktlinjer", 230), ("förtydligar", 285)],
        [("bedömningen", 175), ("av", 235)],
        [("Beslutsunderlag", 175)],
    ]
    texts = [ln.text for ln in _words_to_lines(_words(rows), 1)]
    assert texts[2:4] == ["Dnr VON 2024/293", "Riktlinjerna har setts"]


@pytest.mark.parametrize(
    ("variant", "perturbation", "k", "field"),
    [
        ("board_margin_headings", "leading-1.6", 2, "items"),  # "Dnr …" beside the text column
        ("board_margin_headings", "left-110", 2, "decisions"),  # "… förvaltningen" / "att årligen …"
        ("board_function_column", "size-1.2", 1, "participants"),
    ],
)
def test_margin_columns_under_another_geometry(tmp_path, variant, perturbation, k, field):
    assert scored(tmp_path, variant, perturbation, k=k)[field] == 1.0


@pytest.mark.parametrize("perturbation", ["family-swap", "tracking-0.05"])
def test_a_table_label_nearly_reaching_the_next_column_is_cut_off_it(tmp_path, perturbation):
    # "Övriga närvarande" 5.5 pt before the "Namn" column of a ruled roster table (Times, or
    # letter-spaced): its members are guests, not ersättare of the section above
    assert scored(tmp_path, "board_wrapping_cells", perturbation)["participants"] == 1.0


def test_a_narrow_gutter_before_a_tables_column_cuts_the_cell():
    from pipeline.extract.engines import _words_to_lines

    # "Namn" / "Titel" columns set off by wide gaps on most rows; the label's gap is 0.6 em, its
    # own word space 0.3 em
    rows = [
        [("Beslutande", 62), ("Namn", 158), ("Titel", 300)],
        [("Kim", 158), ("Ek", 180), ("ordförande", 300)],
        [("Ersättare", 62), ("Namn", 158), ("Titel", 300)],
        [("Per", 158), ("Ahl", 180), ("ersättare", 300)],
        [("Sekreterare", 62), ("Siv", 158), ("Berg", 180), ("nämndsekreterare", 300)],
        [("Övriga", 69), ("närvarande", 102), ("Namn", 158), ("Titel", 300)],
        [("Eva", 158), ("Lind", 180), ("kanslichef", 300)],
    ]
    texts = [ln.text for ln in _words_to_lines(_words(rows), 1)]
    assert "Övriga närvarande" in texts and "Övriga närvarande Namn" not in texts


def test_a_size_derived_from_the_body_keeps_its_distance_scaled():
    # "f.style.size + 2" under size-0.85 at 9.5 pt: (9.5 + 2) × 0.85, not (9.5 × 0.85 + 2) × 0.85
    from tests.zoo import render
    from tests.zoo.perturb import perturbed

    with perturbed(PERTURBATIONS["size-0.85"]):
        f = render.Flow(render.Style("vera", size=9.5))
        heading = f.line("Rubrik", size=f.style.size + 2)
        small = f.line("Dnr", size=f.style.size - 1)
        body = f.para("Text")[0]
        literal = f.line("Protokoll", size=14)
    # the scale is the rounded body size's, 8.07 / 9.5
    assert (heading.size, small.size, body.size, literal.size) == pytest.approx((9.78, 7.22, 8.07, 11.9), abs=0.015)


def test_a_justified_line_with_few_words_keeps_its_wide_spaces():
    from pipeline.extract.engines import _words_to_lines

    # stretched to the margin before a long word: four gaps of 2.7 em, one line; a table row's
    # unequal wide gaps are cells
    rows = [
        [("Tjänstepersoner:", 70), ("Conny", 177), ("Berglind,", 229), ("socialchef;", 301), ("Sune", 383)],
        [("Kim", 70), ("Ek", 90), ("S", 160), ("ordförande", 230)],
    ]
    texts = [ln.text for ln in _words_to_lines(_words(rows), 1)]
    assert texts == ["Tjänstepersoner: Conny Berglind, socialchef; Sune", "Kim Ek", "S", "ordförande"]


def test_a_justified_roster_paragraph_is_read_as_its_entries(tmp_path):
    assert scored(tmp_path, "board_item_per_page", "justified")["participants"] == 1.0
