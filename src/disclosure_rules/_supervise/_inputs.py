"""Which files a batch reads: files named, folders walked (recursively, in name order), ``-`` = paths on stdin.

In a folder, only files that can hold a saved report page or a filed report are read (by their suffix:
``.html``, ``.htm``, ``.shtml``, ``.txt``, ``.pdf``, ``.docx`` …); the others — a README, the ``.reading.json`` files next to the pages, images — are
passed over with a note. A file named on the command line is always tried: the auditor then says whether it
is a report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

#: Suffixes of files that can hold a saved report page, a copied report text or a filed document (a PDF or a
#: Word file; an old .doc/.wps is read to say it cannot be, which a supervising office wants to know).
PAGE_SUFFIXES: Final = frozenset(
    {".html", ".htm", ".shtml", ".xhtml", ".txt", ".text", ".pdf", ".docx", ".doc", ".wps"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A path to read, or a path passed over and why (``note``)."""

    path: str
    note: str | None = None


#: Why a file found in a folder is passed over: in Chinese (``note``, what staff read) and in English (logs).
NOT_A_PAGE_ZH = "不是报告页面（文件类型不是 HTML、文本、PDF 或 Word）"
NOT_A_PAGE_EN = "not a report page (its file type is not HTML, text, PDF or Word)"


def _walk(folder: str) -> Iterator[Candidate]:
    for root, folders, files in os.walk(folder):
        folders.sort()
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in sorted(files):
            path = str(Path(root) / name)
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in PAGE_SUFFIXES:
                yield Candidate(path)
            else:
                yield Candidate(path, note=NOT_A_PAGE_ZH)


def candidates(arguments: Iterable[str], stdin: TextIO | None = None) -> Iterator[Candidate]:
    """Every file the arguments stand for, in order; ``-`` reads one path a line from ``stdin``."""
    for argument in arguments:
        if argument == "-":
            if stdin is None:
                continue
            for line in stdin:
                path = line.rstrip("\r\n")
                if path.strip():
                    yield from candidates([path])
        elif Path(argument).is_dir():
            yield from _walk(argument)
        else:
            yield Candidate(argument)
