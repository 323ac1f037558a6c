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
