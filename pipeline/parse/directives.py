"""A directive's (uppdragsdirektiv) numbered sections -> rules as rows: the group's tasks,
who sits in it and who appoints them, how it meets, how it reports.  For an agreement
(överenskommelse), its follow-up duties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import patterns
from ..records import RULE_KINDS, DirectiveRule, Line, RuleKind
from .segment import find_items
from .text import number_value, number_word_pattern, sentences_of_lines

_NUMBER = r"\b(?P<count>\d+|" + number_word_pattern() + r")\b"
# "en person per länsdel", "en chef … från varje kommun", "fyra gånger per år", "fyra representanter"
COUNT_PER = re.compile(
    _NUMBER + r"\s+(?:[\wåäö-]+\s+){0,8}?(?:per|från varje|från respektive|i varje|varje|vardera från)\s+"
    r"(?P<per>kommun|länsdel|organisation|år|termin|kvartal|månad|part)\b",
    re.I,
)
COUNT_ONLY = re.compile(_NUMBER + r"\s+(?P<what>representanter|representant|linjechefer|chefer|chef|personer)\b", re.I)
APPOINTS = re.compile(r"^(?P<who>[A-ZÅÄÖ].{2,120}?)\s+utser\b")  # the subject, from the sentence start


@cache
def _section_kinds() -> tuple[tuple[RuleKind, re.Pattern[str]], ...]:
    kinds: list[tuple[RuleKind, re.Pattern[str]]] = []
    for kind, pattern in patterns.load("directives")["section_kinds"]:
        if kind not in RULE_KINDS:
            raise ValueError(f"patterns/directives.yml: {kind!r} is not a rule kind ({', '.join(RULE_KINDS)})")
        kinds.append((kind, re.compile(pattern, re.I)))
    return tuple(kinds)


def section_kind(title: str) -> RuleKind:
    """What a section is about: "Sammansättning chefsgrupp" -> "composition"."""
    for kind, pattern in _section_kinds():
        if pattern.search(title):
            return kind
    return "other"


def _count(text: str) -> tuple[int | None, str | None]:
    m = COUNT_PER.search(text) or COUNT_ONLY.search(text)
    if not m:
        return None, None
    return number_value(m.group("count")), m.groupdict().get("per")


def find_directive_rules(lines: Sequence[Line], doc_id: str = "") -> list[DirectiveRule]:
    """Every sentence or bullet of a directive's numbered sections, as a rule of its kind."""
    rules = []
    for section in find_items(lines):
        kind = section_kind(section.title)
        for text, line in sentences_of_lines(section.lines):
            text = text.strip()
            if len(text) < 8 or text.endswith(":"):
                continue  # a lead-in ("Chefsgruppen ska:") is not a rule; its bullets are
            count, per = _count(text) if kind in ("composition", "meeting", "followup") else (None, None)
            who = APPOINTS.search(text) if kind == "composition" else None
            rules.append(
                DirectiveRule(
                    section=section.title.rstrip(". "),
                    kind=kind,
                    text=text,
                    appointed_by=who.group("who").strip() if who else None,
                    count=count,
                    per=per,
                    doc_id=doc_id,
                    page=line.page,
                )
            )
    return rules


DUTY = re.compile(
    r"\b(?:ska|skall|ansvarar|genomför|genomförs|rapporterar|redovisar|följer upp)\b", re.I
)  # a duty, not a heading
FOLLOW_UP = re.compile(
    r"\b(?:uppföljning|följa upp|följs upp|utvärder\w*|återrapport\w*|rapportera\w*|redovis\w*)", re.I
)


def find_followup_duties(lines: Sequence[Line], doc_id: str = "") -> list[DirectiveRule]:
    """An agreement's follow-up duties: the sentences that say who follows up, evaluates or
    reports what ("Region Örebro län ansvarar för uppföljning och utvärdering …")."""
    return [
        DirectiveRule(section="Uppföljning", kind="followup", text=text.strip(), doc_id=doc_id, page=line.page)
        for text, line in sentences_of_lines(lines)
        if FOLLOW_UP.search(text) and DUTY.search(text) and not text.rstrip().endswith(":")
    ]
