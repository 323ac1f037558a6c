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
