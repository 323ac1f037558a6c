"""Vocabularies and rule patterns as data files a maintainer can read and extend."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """The parsed YAML file `name`.yml of this folder (cached: the files never change at run time)."""
    return yaml.safe_load(resources.files(__name__).joinpath(f"{name}.yml").read_text("utf-8"))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of the word list `name`.txt of this folder, casefolded ('#' starts a comment)."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(ln.strip().casefold() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
