"""Reading JSON and TOML text, and saying in one line what pydantic refused: written once for every reader.

Each reader (rule sets, schedules, schemes, reports, the CLI's files, the aggregator's rows) wraps a
:class:`ParseError` in its own error type and prefixes the file or row it read; the wording of the problem
itself is the same everywhere: ``not valid JSON (line 3, column 7: Expecting value)``.
"""

from __future__ import annotations

import json
import tomllib
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = [
    "DuplicateKeyError",
    "ParseError",
    "first_error",
    "load_json",
    "load_structured",
    "load_toml",
    "unique_object",
    "validation_summary",
]


class ParseError(ValueError):
    """Text that is not valid JSON or TOML; ``str()`` is the reason without the source (the caller adds it).

    ``kind`` is ``"syntax"`` (bad text or absurd nesting) or ``"duplicate_key"``; ``syntax`` is ``"JSON"`` or
    ``"TOML"``; ``line``/``column`` locate a syntax error when the parser says where (1-based).
    """

    def __init__(
        self,
        reason: str,
        *,
        syntax: Literal["JSON", "TOML"],
        kind: Literal["syntax", "duplicate_key"] = "syntax",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(reason)
        self.syntax = syntax
        self.kind = kind
        self.line = line
        self.column = column


class DuplicateKeyError(ValueError):
    """A key given twice in one JSON object (raised by :func:`unique_object`)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key {key!r} appears twice in one object")
        self.key = key


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for ``json.loads``: a key given twice in one object is a :class:`DuplicateKeyError`.

    JSON parsers silently keep the last value, so a figure typed twice would be lost without a word.
    """
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return mapping


def load_json(text: str | bytes, *, unique_keys: bool = True) -> Any:  # noqa: ANN401 - untyped until validated
    """Parse JSON; a syntax error, absurd nesting or (with ``unique_keys``) a repeated key is a ParseError."""
    try:
        return json.loads(text, object_pairs_hook=unique_object if unique_keys else None)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            syntax="JSON",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ParseError("not valid JSON (nested too deeply)", syntax="JSON") from None
    except DuplicateKeyError as exc:
        raise ParseError(str(exc), syntax="JSON", kind="duplicate_key") from None
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 text (bad byte at offset {exc.start})", syntax="JSON") from None


def load_toml(text: str) -> Any:  # noqa: ANN401 - untyped until validated
    """Parse TOML; a syntax error or absurd nesting is a :class:`ParseError`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParseError(f"not valid TOML ({exc})", syntax="TOML") from None
    except RecursionError:
        raise ParseError("not valid TOML (nested too deeply)", syntax="TOML") from None


def load_structured(text: str, syntax: Literal["json", "toml"]) -> Any:  # noqa: ANN401 - untyped until validated
    """:func:`load_toml` for ``"toml"``, :func:`load_json` (repeated keys refused) for ``"json"``."""
    return load_toml(text) if syntax == "toml" else load_json(text)


def first_error(exc: ValidationError, *, skip: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Where pydantic's first complaint is (dotted field path, ``""`` at the top) and what it says.

    ``skip`` drops location parts that are not fields a user wrote (a tagged union's tag). pydantic's
    ``Value error, `` prefix is dropped: the message is the validator's own sentence.
    """
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if str(part) not in skip)
    return where, str(first["msg"]).removeprefix("Value error, ")


def validation_summary(exc: ValidationError, *, top: str = "(top level)", count: bool = True) -> str:
    """One line for a refused input: ``field.path: message`` and, with ``count``, ``(and N more)``."""
    where, message = first_error(exc)
    more = exc.error_count() - 1
    tail = f" (and {more} more)" if count and more else ""
    return f"{where or top}: {message}{tail}"
