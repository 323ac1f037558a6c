"""Directives as rows: tasks, composition and meeting rules."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.parse.directives import find_directive_rules, find_followup_duties, section_kind
from pipeline.records import Line

from .conftest import ROOT, SEEDS, require


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Uppgifter", "task"),
        ("Sammansättning chefsgrupp", "composition"),
        ("Samarbetsformer", "meeting"),
        ("Verksamhetsplan och uppföljning", "followup"),
        ("Ekonomi med mera", "economy"),
        ("Ändringar av denna överenskommelse", "validity"),
        ("Något annat", "other"),
    ],
)
def test_section_kinds(title, kind):
    assert section_kind(title) == kind


def test_rules_with_counts_and_who_appoints():
    lines = [
        Line(text=t, page=1)
        for t in (
            "1. Uppgifter",
            "Gruppen ska:",
            "• bereda ärenden",
            "• följa upp överenskommelser",
            "2. Sammansättning",
            "Kommunerna utser en representant per länsdel.",
            "3. Samarbetsformer",
            "Gruppen träffas minst fyra gånger per år.",
        )
    ]
    rules = [(r.kind, r.text, r.appointed_by, r.count, r.per) for r in find_directive_rules(lines)]
    assert rules == [
        ("task", "bereda ärenden", None, None, None),
        ("task", "följa upp överenskommelser", None, None, None),
        ("composition", "Kommunerna utser en representant per länsdel.", "Kommunerna", 1, "länsdel"),
        ("meeting", "Gruppen träffas minst fyra gånger per år.", None, 4, "år"),
    ]


def test_the_bundled_directive_and_a_seed_directive():
    rules = find_directive_rules(extract(ROOT / "raw" / "uppdragsdirektiv_chefsgrupp-folkhalsa.pdf").lines)
    assert sum(r.kind == "task" for r in rules) == 5
    assert any(r.kind == "meeting" and r.count == 4 and r.per == "år" for r in rules)
    seed = find_directive_rules(extract(require(SEEDS / "001_4ffd4444d918d7b8.txt")).lines)
    assert any(r.kind == "composition" and r.count == 4 and "linjechefer" in r.text for r in seed)


def test_an_agreements_follow_up_duties():
    lines = [
        Line(text=t, page=2)
        for t in (
            "Uppföljning och utvärdering av överenskommelsen",
            "• Parterna ska årligen genomföra uppföljning av samverkansplanen.",
            "• Region Örebro län ansvarar för utvärdering av överenskommelsen.",
            "• Parterna ska samverka med länets övriga kommuner.",
        )
    ]
    assert [(r.kind, r.text, r.page) for r in find_followup_duties(lines)] == [
        ("followup", "Parterna ska årligen genomföra uppföljning av samverkansplanen.", 2),
        ("followup", "Region Örebro län ansvarar för utvärdering av överenskommelsen.", 2),
    ]
