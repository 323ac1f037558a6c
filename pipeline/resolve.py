"""People across documents: one identity per person, whatever form their name is written in.

`person_id` folds the formatting differences that never distinguish two people (case,
whitespace, hyphen spacing, "Family, Given" order is already undone by `people`).
"""

from __future__ import annotations

from .load import slug
from .people import name_key


def person_id(name: str, organization: str | None = None) -> str:
    """The stable id of the person called `name`: "Pia-Maria Johansson" -> "pia-maria-johansson"."""
    return slug(name_key(name))
