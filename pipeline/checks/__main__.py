"""python -m pipeline.checks [--readme | --list]: the README's table of verdicts, or the registry."""

from __future__ import annotations

import argparse

from . import CHECKS
from .reasons import readme_table


def main(argv: list[str] | None = None) -> None:
    """Print the README's table of verdicts and reasons (--readme) or the checks in order (--list)."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.checks", description=__doc__)
    parser.add_argument("--readme", action="store_true", help="the README's table of verdicts and reasons")
    parser.add_argument("--list", action="store_true", help="the checks in registry order: stage, name, reason")
    args = parser.parse_args(argv)
    if args.list or not args.readme:
        for item in CHECKS:
            print(f"{item.stage:<11} {item.name:<33} {item.verdict.value}/{item.reason.value}")
    if args.readme:
        print(readme_table())


if __name__ == "__main__":
    main()
