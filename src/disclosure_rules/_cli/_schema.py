"""``schema``: print the JSON Schema of the report and record models."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from disclosure_rules._cli._common import CliError, write_output
from disclosure_rules._json_schema import SCHEMA_MODELS, model_schema

if TYPE_CHECKING:
    import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``schema`` subcommand."""
    parser = subparsers.add_parser(
        "schema",
        help=help_line,
        description=f"Models: {', '.join(SCHEMA_MODELS)}.",
    )
    parser.add_argument("model", nargs="?", metavar="MODEL", help="model name, e.g. AnnualReport2021")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one schema, or a mapping of every model name to its schema."""
    if args.model is None:
        payload: object = {name: model_schema(name) for name in SCHEMA_MODELS}
    else:
        if args.model not in SCHEMA_MODELS:
            raise CliError(
                f"unknown model {args.model!r}; choose one of {', '.join(SCHEMA_MODELS)}",
                code="cli.unknown_model",
                message_zh=f"没有数据模型“{args.model}”（可选：{'、'.join(SCHEMA_MODELS)}）",
            )
        payload = model_schema(args.model)
    write_output(args.output, json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return 0
