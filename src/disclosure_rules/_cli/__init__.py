"""Command-line interface: ``disclosure-rules SUBCOMMAND …`` or ``python -m disclosure_rules SUBCOMMAND …``.

Each subcommand lives in its own module with ``register(subparsers)``; this module wires them up and turns
every library error into one readable line and a non-zero exit, never a traceback.

Conventions every subcommand keeps: ``--version``; options before or after the positional arguments
(``check a.html --format json b.html``); ``-o/--output`` where it writes; usage and errors name the program as
it was invoked; an error is one line on stderr in Chinese with its stable code (``错误 [code]：…``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

from disclosure_rules._cli._common import (
    CliError,
    refuse_outputs_inside,
    refuse_overwriting_inputs,
)
from disclosure_rules._cli._signals import terminate_cleanly
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import os_reason_zh
from disclosure_rules._messages import ERROR_MESSAGES_ZH
from disclosure_rules._safe_text import NeutralStream, neutralise

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pydantic import ValidationError

PROG = "python -m disclosure_rules"
SCRIPT = "disclosure-rules"


def program_name(argv0: str | None = None) -> str:
    """The program as it was invoked: ``disclosure-rules`` when run as the script, else ``python -m …``."""
    name = Path(argv0 if argv0 is not None else (sys.argv[0] if sys.argv else "")).name
    return SCRIPT if name.startswith(SCRIPT) else PROG


# Every subcommand: its name, the module (``_cli/_<module>.py``, with ``register(subparsers, help_line)``) that
# defines and runs it, and its line in --help, in the order --help lists them. Only the module of the command
# being run is imported: --help, and each command, pay for no other command's machinery (pydantic models,
# holidays, Jinja2).
_SUBCOMMANDS: Final = (
    ("render", "render", "render a report as HTML, Markdown, text, Word (.docx) or PDF"),
    (
        "validate",
        "validate",
        "check a report JSON file (2021, 2019 or legacy format) against the rules of a correct report",
    ),
    (
        "template",
        "template",
        "write a blank report workbook (.xlsx) laid out as the official tables, to fill in",
    ),
    (
        "check",
        "check",
        "audit annual reports as published (HTML pages or copied text; files, folders, - for a list)",
    ),
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
    "notices",
)
_OUTPUT_ARGUMENTS = ("output", "stats", "dashboard", "left_out")


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
    from disclosure_rules._parsing import validation_summary  # noqa: PLC0415 - kept off the --help path

    return validation_summary(exc, top=exc.title, count=False)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit status 2.

    A parser without subcommands takes its options before, between or after its positional arguments
    (``parse_known_intermixed_args``); a parser with subcommands hands the rest to the chosen one.
    """

    _intermixing = False

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: 错误 [cli.usage]：{usage_message_zh(message)}（见 --help）\n")

    def parse_known_args(  # type: ignore[override]  # argparse's overloads; same behaviour for our callers
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse intermixed options and positionals where argparse allows it (no subcommands here)."""
        if self._subparsers is not None or self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return super().parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


# argparse's own complaints, in the words staff read; what argparse names (flags, values) is kept as written.
_USAGE_ZH: Final = (
    (re.compile(r"^the following arguments are required: (.+)$"), "缺少必填参数：{0}"),
    (re.compile(r"^unrecognized arguments: (.+)$"), "无法识别的参数：{0}"),
    (
        re.compile(r"^argument (\S+): invalid choice: (.+?) \(choose from (.+)\)$"),
        "参数 {0} 的取值 {1} 无效（可选：{2}）",
    ),
    (re.compile(r"^argument (\S+): expected one argument$"), "参数 {0} 缺少取值"),
    (re.compile(r"^argument (\S+): not allowed with argument (\S+)$"), "参数 {0} 不能与 {1} 同时使用"),
    (re.compile(r"^one of the arguments (.+) is required$"), "以下参数须给出其一：{0}"),
    (re.compile(r"^argument (\S+): invalid int value: (.+)$"), "参数 {0} 的取值 {1} 不是整数"),
    (re.compile(r"^argument (\S+): invalid \S+ value: (.+)$"), "参数 {0} 的取值 {1} 无效"),
    (re.compile(r"^argument (\S+): expected at most one argument$"), "参数 {0} 至多取一个值"),
    (re.compile(r"^argument (\S+): expected at least one argument$"), "参数 {0} 至少须有一个取值"),
    (re.compile(r"^argument (\S+): expected (\d+) arguments?$"), "参数 {0} 须有{1}个取值"),
    (re.compile(r"^argument (\S+): ignored explicit argument (.+)$"), "参数 {0} 不接受取值 {1}"),
    (re.compile(r"^ambiguous option: (\S+) could match (.+)$"), "选项 {0} 有歧义，可能是：{1}"),
    (re.compile(r"^argument (\S+): (.+)$"), "参数 {0}：{1}"),
)


def usage_message_zh(message: str) -> str:
    """Argparse's usage error in Chinese (flags and values as given); an unknown one is kept as it is."""
    for pattern, template in _USAGE_ZH:
        match = pattern.match(message)
        if match:
            return template.format(*match.groups())
    return message


def _add_version(parser: argparse.ArgumentParser) -> None:
    from disclosure_rules import __version__  # noqa: PLC0415 - the package is imported by now; no cycle at load

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:  # noqa: SLF001 - argparse exposes subcommands only this way
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001 - as above
            choices: dict[str, Any] = action.choices
            for child in choices.values():
                found.extend((child, *_subparsers(child)))
    return found


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand a command line names: its first argument that is not an option (the top level has only -h)."""
    return next((argument for argument in argv if not argument.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The top-level parser, with the subcommand ``argv`` names fully registered (every one when ``argv`` is None).

    The other subcommands are listed by name and help line only, so building the parser imports nothing but the
    module of the command being run.
    """
    parser = _Parser(
        prog=program_name(),
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
    for each in (parser, *_subparsers(parser)):
        _add_version(each)
    return parser


def _run(args: argparse.Namespace) -> int:
    refuse_overwriting_inputs(_paths(args, _OUTPUT_ARGUMENTS), _paths(args, _INPUT_ARGUMENTS))
    # A template folder is an input too: no output may land in it (it would replace the user's template).
    refuse_outputs_inside(_paths(args, _OUTPUT_ARGUMENTS), _paths(args, ("template_dir",)))
    # The command's module has imported pydantic already (when it uses models), so this costs nothing then.
    from pydantic import ValidationError  # noqa: PLC0415 - imported late so that --help never loads pydantic

    try:
        status: int = args.func(args)
    except ValidationError as exc:
        # A value from the command line that a model refuses, where no subcommand names the flag itself.
        from disclosure_rules._parsing import validation_summary_zh  # noqa: PLC0415 - kept off the --help path

        raise CliError(_validation_message(exc), message_zh=validation_summary_zh(exc, count=False)) from None
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
    arguments = sys.argv[1:] if argv is None else argv
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    prog = f"{parser.prog} {args.command}"
    try:
        status = _run(args)
    except DisclosureRulesError as exc:
        print(_error_line(f"{prog}: {error_line(exc)}"), file=sys.stderr)
        return exc.exit_status if isinstance(exc, CliError) else 2
    except KeyboardInterrupt:
        print(f"{prog}: {ERROR_MESSAGES_ZH['cli.interrupted']} [cli.interrupted]", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        return 0
    except (RecursionError, MemoryError) as exc:
        # Input nested or sized beyond what the readers bound: one line, never a traceback.
        print(f"{prog}: {_catalogue_line('limits.exhausted', type(exc).__name__)}", file=sys.stderr)
        return 2
    except OSError as exc:
        # The last net for the file system (disk full, permission denied): one line, never a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        detail = f"{where}{os_reason_zh(exc)}"
        print(_error_line(f"{prog}: {_catalogue_line('input.os_error', detail)}"), file=sys.stderr)
        return 2
    except Exception as exc:
        # The last net: a fault in the program, still one line (DISCLOSURE_RULES_DEBUG=1 shows the traceback).
        if os.environ.get("DISCLOSURE_RULES_DEBUG"):
            raise
        message = _error_line(f"{type(exc).__name__}: {exc}")[:300]
        print(f"{prog}: {_catalogue_line('internal.error', message)}", file=sys.stderr)
        return 2
    return status


def _catalogue_line(code: str, detail: str) -> str:
    """The stderr line of a failure caught by the last nets: the catalogue's sentence, the detail in brackets."""
    return f"错误 [{code}]：{ERROR_MESSAGES_ZH[code]}（{detail}）"


def error_line(exc: DisclosureRulesError) -> str:
    """The one stderr line for an error: its stable code and the Chinese message for staff."""
    return f"错误 [{exc.code}]：{exc.message_zh}"
