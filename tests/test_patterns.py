"""The vocabularies in pipeline/patterns/ are well formed: every file loads, every regex
compiles, and every role or kind they name is one the records allow."""

from __future__ import annotations

import re
from importlib import resources
from typing import get_args

import pytest

from pipeline import patterns
from pipeline.records import ROLES, RULE_KINDS, DecisionKind

FILES = sorted(
    f.name.removesuffix(".yml") for f in resources.files("pipeline.patterns").iterdir() if f.name.endswith(".yml")
)


@pytest.mark.parametrize("name", FILES)
def test_every_vocabulary_loads(name):
    assert patterns.load(name) is not None


@pytest.mark.parametrize("section", ["roster", "roster_before_name", "inline_roles", "letterhead_roles"])
def test_every_role_a_heading_names_is_a_role(section):
    roles = patterns.load("headings")[section]
    unknown = {v for v in roles.values() if v is not None and v not in ROLES}
    assert not unknown, f"headings.yml {section}: {unknown}"


def test_every_decision_kind_is_a_kind_and_its_pattern_compiles():
    for kind, pattern in patterns.load("decisions")["kinds"]:
        assert kind in get_args(DecisionKind), kind
        re.compile(pattern)


def test_the_body_kinds_are_the_kinds_issue_11_names():
    kinds = set(patterns.load("bodies")["kinds"].values())
    assert kinds <= {
        "fullmäktige",
        "styrelse",
        "nämnd",
        "utskott",
        "samverkansråd",
        "chefsgrupp",
        "arbetsgrupp",
        "nätverk",
        "beredning",
        "råd",
    }


def test_every_directive_section_kind_is_a_rule_kind_and_its_pattern_compiles():
    for kind, pattern in patterns.load("directives")["section_kinds"]:
        assert kind in RULE_KINDS, kind
        re.compile(pattern)
