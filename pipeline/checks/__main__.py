"""python -m pipeline.checks [--readme | --docs | --list]: the README's table of verdicts, docs/checks.md's
list of checks, or the registry in order."""

from __future__ import annotations

import argparse

from . import CHECKS
from .reasons import checks_markdown, readme_table


def main(argv: list[str] | None = None) -> None:
    """Print the README's table (--readme), the checks' documentation (--docs) or the checks in order (--list)."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.checks", description=__doc__)
    parser.add_argument("--readme", action="store_true", help="the README's table of verdicts and reasons")
    parser.add_argument("--docs", action="store_true", help="docs/checks.md's list of the checks")
    parser.add_argument("--list", action="store_true", help="the checks in registry order: stage, name, reason")
    args = parser.parse_args(argv)
    if args.list or not (args.readme or args.docs):
        for item in CHECKS:
            print(f"{item.stage:<11} {item.name:<33} {item.verdict.value}/{item.reason.value}")
    if args.readme:
        print(readme_table())
    if args.docs:
        print(checks_markdown())


if __name__ == "__main__":
    main()
