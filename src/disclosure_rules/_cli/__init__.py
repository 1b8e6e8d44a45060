"""Command-line interface: ``python -m disclosure_rules SUBCOMMAND …``.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires them up and turns
every library error into one readable line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING, Final, NoReturn

from disclosure_rules._cli._common import CliError, refuse_overwriting_inputs
from disclosure_rules._errors import DisclosureRulesError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pydantic import ValidationError

PROG = "python -m disclosure_rules"

# Every subcommand: its name, the module (``_cli/_<module>.py``, with ``register(subparsers, help_line)``) that
# defines and runs it, and its line in --help, in the order --help lists them. Only the module of the command
# being run is imported: --help, and each command, pay for no other command's machinery (pydantic models,
# holidays, Jinja2).
_SUBCOMMANDS: Final = (
    ("render", "render", "render a report as HTML, Markdown or text"),
    (
        "validate",
        "validate",
        "check a report JSON file (2021, 2019 or legacy format) against the rules of a correct report",
    ),
    ("check", "check", "audit annual reports as published (HTML pages or copied text)"),
    (
        "deadline",
        "deadline",
        "statutory deadlines: request replies, proactive disclosure, annual reports, fees",
    ),
    ("calendar", "calendar", "show the working-day calendar's coverage, or a year's rest and working days"),
    (
        "classify",
        "classify",
        "classify item titles, reply reasons or applicant names, explaining each decision",
    ),
    (
        "aggregate",
        "aggregate",
        "count a year's request and item records into the annual report (2021 format) JSON",
    ),
    (
        "roll-up",
        "roll_up",
        "sum many agencies' 2021-format reports of one year into a regional summary report",
    ),
    ("schema", "schema", "print the JSON Schema of a model (all models when none is named)"),
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


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand a command line names: its first argument that is not an option (the top level has only -h)."""
    return next((argument for argument in argv if not argument.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The top-level parser, with the subcommand ``argv`` names fully registered (every one when ``argv`` is None).

    The other subcommands are listed by name and help line only, so building the parser imports nothing but the
    module of the command being run.
    """
    parser = _Parser(
        prog=PROG,
        description="Rules, calendar, deadlines and reports for 政府信息公开 (Open Government Information).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    chosen = None if argv is None else _command_in(argv)
    for name, module, help_line in _SUBCOMMANDS:
        if argv is None or name == chosen:
            importlib.import_module(f"disclosure_rules._cli._{module}").register(subparsers, help_line)
        else:
            subparsers.add_parser(name, help=help_line)
    return parser


def _run(args: argparse.Namespace) -> int:
    refuse_overwriting_inputs(_paths(args, _OUTPUT_ARGUMENTS), _paths(args, _INPUT_ARGUMENTS))
    # The command's module has imported pydantic already (when it uses models), so this costs nothing then.
    from pydantic import ValidationError  # noqa: PLC0415 - imported late so that --help never loads pydantic

    try:
        status: int = args.func(args)
    except ValidationError as exc:
        # A value from the command line that a model refuses, where no subcommand names the flag itself.
        raise CliError(_validation_message(exc)) from None
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (0 ok, 1 findings/errors in the input, 2 unusable input)."""
    arguments = sys.argv[1:] if argv is None else argv
    args = build_parser(arguments).parse_args(arguments)
    try:
        status = _run(args)
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
