"""The README and --help stay true to the CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command):
    assert f"`protokoll {command}" in README


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_help_ends_in_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"protokoll {command}" in result.output.split("Example:")[1]


def test_the_readme_quick_start_has_the_two_commands_ci_runs():
    assert "make run" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")


def _readme_tree() -> str:
    """The `pipeline/` tree block under "How it works"."""
    section = README.split("## How it works", 1)[1]
    return section.split("```", 2)[1]


@pytest.mark.parametrize(
    "module",
    sorted(
        str(p.relative_to(ROOT / "pipeline"))
        for p in (ROOT / "pipeline").rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py") and p.parent.name != "patterns"
    ),
)
def test_the_readme_tree_names_every_module(module):
    """`ls pipeline/` and the README's "How it works" agree: every module is in the tree, a
    module of a subpackage under its package's line or in that package's description."""
    tree = _readme_tree()
    *package, name = module.split("/")
    assert name in tree, f"{module} is missing from the README's tree"
    if package:
        assert f"{package[0]}/" in tree
