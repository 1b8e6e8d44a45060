"""Helpers shared by the CLI subcommands: errors, reading input, writing output atomically."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


class CliError(Exception):
    """A problem with the command line or its files, reported as one line; exit status 2 by default."""

    def __init__(self, message: str, *, exit_status: int = 2) -> None:
        super().__init__(message)
        self.exit_status = exit_status


def read_text(path: str) -> str:
    """Read a UTF-8 text file (``-`` is stdin); a missing or undecodable file is a ``CliError`` naming it."""
    if path == "-":
        return sys.stdin.read()
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None


def read_json(path: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Read a JSON file; a syntax error names the file, line and column."""
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def write_output(path: str | None, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temp file + rename), or to stdout for ``None`` or ``-``.

    A failure leaves no partial file behind: the temporary file is removed and the target is untouched.
    The written file gets the permissions of the file it replaces, or the usual ones for a new file
    (0666 less the umask), so a web server can serve a published report.
    """
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise CliError(f"{path}: is a directory; give a file name for the output")
    directory = target.parent
    if not directory.is_dir():
        raise CliError(f"{path}: directory {directory} does not exist")
    mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).chmod(mode)
        Path(tmp_name).replace(target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp_name).unlink()
        raise CliError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp_name).unlink()
        raise


def _new_file_mode() -> int:
    # The umask can only be read by setting it; set it straight back.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
