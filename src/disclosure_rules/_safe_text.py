r"""Text the library writes for people (Markdown, plain text, stdout, stderr) with nothing that acts on a reader.

A report field, a file name or a page can hold terminal control characters (ESC sequences that move the
cursor or rewrite the title, BEL, the C1 controls) and Unicode bidi overrides that make ``txt.exe`` read as
``exe.txt``. :func:`neutralise` replaces each with its visible escape ``\u001b`` — the same six characters a
JSON string uses for it, so JSON output stays the same JSON — and keeps line breaks and tabs (or turns line
breaks into spaces where one line is wanted: a heading, a table cell, an error message).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final, TextIO

if TYPE_CHECKING:
    from collections.abc import Iterator

# C0 controls but tab, line feed and carriage return; DEL; C1; the Arabic letter mark; LRM/RLM; the bidi
# embeddings, overrides and isolates; the line and paragraph separators (read as line breaks by some viewers).
_CONTROLS: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAKS: Final = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
# The suffixes of output files written for people (and JSON, whose meaning the escapes keep).
PEOPLE_SUFFIXES: Final = (".md", ".markdown", ".txt", ".text", ".json", ".jsonl", ".csv", ".tsv")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def without_controls(text: str) -> str:
    """``text`` with control and bidi characters removed, for a published page or document.

    There an escape would be printed for the public to read, and the character itself is invisible (in XML,
    invalid).
    """
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def holds_controls(text: str) -> bool:
    """Whether ``text`` holds a character ``without_controls`` would remove."""
    return _CONTROLS.search(text) is not None


def neutralise(text: str, *, one_line: bool = False) -> str:
    r"""``text`` with every control and bidi character as its visible ``\uXXXX`` escape.

    With ``one_line``, line breaks (``\n``, ``\r``, U+2028 …) become spaces first.
    """
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    return _CONTROLS.sub(_escape, text)


class NeutralStream:
    """A text stream (stdout, stderr) that neutralises what is written through it; the rest is delegated."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        """Write ``text`` neutralised."""
        return self._inner.write(neutralise(text))

    def writelines(self, lines: Iterator[str]) -> None:
        """Write each line neutralised."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - delegates everything else (flush, isatty, buffer)
        return getattr(self._inner, name)
