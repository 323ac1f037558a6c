"""`python -m pipeline …` is the `protokoll` command, for when the console script is not on PATH."""

from .cli import cli

if __name__ == "__main__":
    cli(prog_name="protokoll")
