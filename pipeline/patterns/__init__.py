"""Vocabularies and rule patterns as data files a maintainer can read and extend."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same data, ten times faster than PyYAML's
# own (the vocabularies are read once a process, a good share of its first document's time).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> Any:
    """The parsed YAML file `name`.yml of this folder (cached: the files never change at run time)."""
    return yaml.load(resources.files(__name__).joinpath(f"{name}.yml").read_text("utf-8"), Loader=_LOADER)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of the word list `name`.txt of this folder, casefolded ('#' starts a comment)."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(ln.strip().casefold() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
