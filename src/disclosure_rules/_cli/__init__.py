"""Command-line interface: ``python -m disclosure_rules SUBCOMMAND …``.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires them up and turns
every library error into one readable line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING, NoReturn

from disclosure_rules._cli._common import CliError
from disclosure_rules._errors import DisclosureRulesError

if TYPE_CHECKING:
    from collections.abc import Sequence

PROG = "python -m disclosure_rules"

# Subcommand modules, in the order --help lists them.
_SUBCOMMAND_MODULES = (
    "render",
    "validate",
    "check",
    "deadline",
    "calendar",
    "classify",
    "aggregate",
    "roll_up",
    "schema",
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every subcommand registered."""
    parser = _Parser(
        prog=PROG,
        description="Rules, calendar, deadlines and reports for 政府信息公开 (Open Government Information).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name in _SUBCOMMAND_MODULES:
        importlib.import_module(f"disclosure_rules._cli._{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (0 ok, 1 findings/errors in the input, 2 unusable input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except CliError as exc:
        print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except DisclosureRulesError as exc:
        print(f"{PROG} {args.command}: error [{exc.code}]: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        return 0
    except OSError as exc:
        # The last net for the file system (disk full, permission denied): one line, never a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{PROG} {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    return status
