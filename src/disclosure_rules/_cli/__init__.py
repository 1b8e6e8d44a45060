"""Command-line interface: ``python -m disclosure_rules SUBCOMMAND …``.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires them up and turns
every library error into one readable line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from pydantic import ValidationError

from disclosure_rules._cli._common import CliError, refuse_outputs_inside, refuse_overwriting_inputs
from disclosure_rules._cli._signals import terminate_cleanly
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._safe_text import NeutralStream, neutralise

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


# The argument names (argparse ``dest``) under which subcommands take files they read and files they write:
# an output that is one of the inputs is refused before anything is read.
_INPUT_ARGUMENTS = (
    "input",
    "report",
    "previous",
    "files",
    "requests",
    "items",
    "figures",
    "rules",
    "calendar_file",
    "scheme",
    "reports",
)
_OUTPUT_ARGUMENTS = ("output", "stats")


def _paths(args: argparse.Namespace, names: Sequence[str]) -> list[str]:
    paths: list[str] = []
    for name in names:
        value = getattr(args, name, None)
        if isinstance(value, str):
            paths.append(value)
        elif isinstance(value, list):
            paths.extend(item for item in value if isinstance(item, str))
    return paths


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or exc.title
    return f"{where}: {first['msg']}"


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


def _run(args: argparse.Namespace) -> int:
    refuse_overwriting_inputs(_paths(args, _OUTPUT_ARGUMENTS), _paths(args, _INPUT_ARGUMENTS))
    # A template folder is an input too: no output may land in it (it would replace the user's template).
    refuse_outputs_inside(_paths(args, _OUTPUT_ARGUMENTS), _paths(args, ("template_dir",)))
    try:
        status: int = args.func(args)
    except ValidationError as exc:
        # A value from the command line that a model refuses, where no subcommand names the flag itself.
        raise CliError(_validation_message(exc)) from None
    return status


def main(argv: Sequence[str] | None = None) -> int:
    r"""Run the CLI and return its exit status (0 ok, 1 findings/errors in the input, 2 unusable input).

    Everything written to stdout and stderr passes through :func:`neutralise`: a control character or bidi
    override from a report, a page or a file name is shown as its ``\uXXXX`` escape, never acted on.
    """
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = NeutralStream(stdout), NeutralStream(stderr)
    try:
        with terminate_cleanly(PROG):
            return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _error_line(text: str) -> str:
    return neutralise(text, one_line=True)


def _main(argv: Sequence[str] | None) -> int:  # noqa: PLR0911 - one exit per kind of failure
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = _run(args)
    except CliError as exc:
        print(_error_line(f"{PROG} {args.command}: error: {exc}"), file=sys.stderr)
        return exc.exit_status
    except DisclosureRulesError as exc:
        print(_error_line(f"{PROG} {args.command}: error [{exc.code}]: {exc.message}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        return 0
    except (RecursionError, MemoryError) as exc:
        # Input nested or sized beyond what the readers bound: one line, never a traceback.
        print(f"{PROG} {args.command}: error [limits.exhausted]: {type(exc).__name__}", file=sys.stderr)
        return 2
    except Exception as exc:
        # The last net: a fault in the program, still one line (DISCLOSURE_RULES_DEBUG=1 shows the traceback).
        if os.environ.get("DISCLOSURE_RULES_DEBUG"):
            raise
        message = _error_line(f"{type(exc).__name__}: {exc}")[:300]
        print(f"{PROG} {args.command}: internal error [{message}]; please report it", file=sys.stderr)
        return 2
    except OSError as exc:
        # The last net for the file system (disk full, permission denied): one line, never a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(_error_line(f"{PROG} {args.command}: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return 2
    return status
