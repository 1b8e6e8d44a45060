"""Helpers shared by the CLI subcommands: errors, reading input, writing output atomically."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import stat
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from disclosure_rules._limits import INPUT_BYTES, Limit, too_large
from disclosure_rules._safe_text import PEOPLE_SUFFIXES, neutralise

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


class CliError(Exception):
    """A problem with the command line or its files, reported as one line; exit status 2 by default."""

    def __init__(self, message: str, *, exit_status: int = 2) -> None:
        super().__init__(message)
        self.exit_status = exit_status


def read_text(path: str) -> str:
    """Read a UTF-8 text file (``-`` is stdin); a missing or undecodable file is a ``CliError`` naming it."""
    if path == "-":
        return _decode(_read_stdin_bytes(), "<stdin>")
    return _decode(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a file; a missing file, a directory or an unreadable file is a ``CliError`` naming it.

    At most ``INPUT_BYTES`` are read (``/dev/zero`` or a multi-gigabyte file is refused, ``limits.input_bytes``).
    """
    try:
        with Path(path).open("rb") as handle:
            return read_bounded(handle, path)
    except OSError as exc:
        raise unreadable(path, exc) from None


def read_bounded(handle: IO[bytes], name: str, limit: Limit = INPUT_BYTES) -> bytes:
    """Read a whole stream, refusing one longer than ``limit`` (a ``LimitError`` naming it and the cap)."""
    cap = limit.value
    data = handle.read(cap + 1)
    if len(data) > cap:
        raise too_large(name, limit)
    return data


class _BoundedRaw(io.RawIOBase):
    """A stream that refuses to deliver more than ``limit`` bytes (a pipe or a device has no size to check)."""

    def __init__(self, inner: IO[bytes], name: str, limit: Limit) -> None:
        super().__init__()
        self._inner = inner
        self.name = name
        self._limit = limit
        self._cap = limit.value
        self._delivered = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # noqa: ANN401 - the buffer protocol has no precise type here
        data = self._inner.read(min(len(buffer), self._cap + 1 - self._delivered))
        self._delivered += len(data)
        if self._delivered > self._cap:
            raise too_large(self.name, self._limit)
        buffer[: len(data)] = data
        return len(data)


def bounded_stream(handle: IO[bytes], name: str, limit: Limit) -> IO[bytes]:
    """``handle`` itself when it is a regular file within ``limit``, else a stream that stops at the limit.

    A regular file over the limit is refused at once (``limits.<name>``); a pipe, a device (``/dev/zero``) or
    stdin is read until it ends or passes the limit, so a record file streamed row by row is bounded too.
    """
    try:
        info = os.fstat(handle.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        if info.st_size > limit.value:
            raise too_large(name, limit, info.st_size)
        return handle
    return io.BufferedReader(_BoundedRaw(handle, name, limit))


def unreadable(path: str, exc: OSError) -> CliError:
    """The one-line error for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return CliError(f"{path}: no such file")
    if isinstance(exc, IsADirectoryError):
        return CliError(f"{path}: is a directory, not a file")
    return CliError(f"{path}: cannot be read ({exc.strerror})")


def _read_stdin_bytes() -> bytes:
    # The raw bytes, so that stdin is decoded (and its errors reported) exactly like a file.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return read_bounded(buffer, "<stdin>")
    text = sys.stdin.read(INPUT_BYTES.value + 1)
    if len(text) > INPUT_BYTES.value:
        raise too_large("<stdin>", INPUT_BYTES)
    return text.encode("utf-8")


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CliError(f"{name}: UTF-16 text; save it as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for ``json.loads``: a key given twice in one object is a ``ValueError`` naming it.

    JSON parsers silently keep the last value, so a figure typed twice would be lost without a word.
    """
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                msg = f"key {key!r} appears twice in one object"
                raise ValueError(msg)
            seen.add(key)
    return mapping


def parse_json(text: str, source: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Parse JSON text; a syntax error, a repeated key or absurd nesting is a ``CliError`` naming the source."""
    try:
        return json.loads(text, object_pairs_hook=unique_object)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise CliError(f"{source}: not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # a repeated key
        raise CliError(f"{source}: {exc}") from None


def read_json(path: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Read a JSON file; a syntax error names the file, line and column."""
    return parse_json(read_text(path), path)


def read_json_or_toml(path: str) -> Any:  # noqa: ANN401 - raw JSON/TOML, validated by the consumer
    """Read a ``.toml`` file as TOML and anything else as JSON; a syntax error names the file."""
    text = read_text(path)
    if not path.lower().endswith(".toml"):
        return parse_json(text, path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CliError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise CliError(f"{path}: not valid TOML (nested too deeply)") from None


def repeated_inputs(paths: Iterable[str]) -> list[str]:
    """The files given a second time (by any name), each as "PATH given twice" or "PATH is the same file as …"."""
    seen: dict[tuple[int, int], str] = {}
    repeats: list[str] = []
    for path in paths:
        if path == "-":
            continue
        try:
            info = Path(path).stat()
        except OSError:
            continue  # reading it reports the problem
        key = (info.st_dev, info.st_ino)
        if key in seen:
            first = seen[key]
            repeats.append(f"{path} given twice" if first == path else f"{path} is the same file as {first}")
        else:
            seen[key] = path
    return repeats


def refuse_repeated_inputs(what: str, paths: Iterable[str]) -> None:
    """Refuse a file given twice where every file's records are added up: they would be counted twice."""
    repeats = repeated_inputs(paths)
    if repeats:
        raise CliError(f"{what}: {repeats[0]}; its records would be counted twice")


def refuse_repeated_content(what: str, paths: Iterable[str]) -> None:
    """Refuse two files with the same bytes where records are added up: a copy of a report is the same report."""
    seen: dict[str, str] = {}
    for path in paths:
        if path == "-":
            continue
        digest = hashlib.sha256(read_bytes(path)).hexdigest()
        if digest in seen:
            raise CliError(f"{what}: {path} 与 {seen[digest]} 内容相同，会被重复计入")
        seen[digest] = path


def refuse_overwriting_inputs(outputs: Iterable[str | None], inputs: Iterable[str]) -> None:
    """Refuse an output path that is one of the input files: the run would destroy what it reads."""
    sources = [Path(name) for name in inputs if name != "-"]
    for output in outputs:
        if output is None or output == "-":
            continue
        target = Path(output)
        if not target.is_file():
            continue
        for source in sources:
            with contextlib.suppress(OSError):
                if source.is_file() and target.samefile(source):
                    raise CliError(f"{output}: is also an input file; write the output to another file")


def refuse_outputs_inside(outputs: Iterable[str | None], folders: Iterable[str]) -> None:
    """Refuse an output inside an input folder (a template folder): the run would replace what it reads."""
    roots = [Path(os.path.realpath(folder)) for folder in folders]
    for output in outputs:
        if output is None or output == "-":
            continue
        real = Path(os.path.realpath(output))
        for root in roots:
            if real == root or real.is_relative_to(root):
                raise CliError(f"{output}：位于模板文件夹 {root} 内，会覆盖模板；请把输出写到别处")


def write_output(path: str | None, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temp file + rename), or to stdout for ``None`` or ``-``.

    A failure leaves no partial file behind: the temporary file is removed and the target is untouched.
    The written file gets the permissions of the file it replaces, or the usual ones for a new file
    (0666 less the umask), so a web server can serve a published report.
    """
    write_outputs([(path, text)])


def write_outputs(outputs: Sequence[tuple[str | None, str]]) -> None:
    """Write several outputs all or nothing: every file is staged first, then all are renamed into place.

    An output that cannot be written (read-only folder, disk full) leaves none of the others behind. A device,
    pipe or ``/dev/stdout`` is written to directly: it cannot be replaced, and must not be. A symbolic link is
    written through: the file it points to is replaced, the link stays.
    """
    targets = [Path(path) for path, _ in outputs if path is not None and path != "-"]
    for number, target in enumerate(targets):
        if any(_same_path(target, other) for other in targets[:number]):
            raise CliError(f"{target}: given for two outputs; give each its own file")
    direct = [(path, text) for path, text in outputs if path is None or path == "-" or _is_special(path)]
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in outputs:
            if path is not None and (path, text) not in direct:
                # Files for people (and JSON, whose meaning the escapes keep) get no control characters.
                shown = neutralise(text) if path.lower().endswith(PEOPLE_SUFFIXES) else text
                staged.append((_stage(path, shown), Path(os.path.realpath(path))))
        # A device or stdout cannot be taken back: write it before any file is committed, so that a failing
        # device (/dev/full) leaves the files untouched.
        for path, text in direct:
            _write_direct(path, text)
        _commit(staged)
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _commit(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename every staged file into place; if one rename fails, the ones before it are put back.

    A file that existed is kept as a hard link beside it until all renames succeeded; a new file is removed.
    """
    done: list[tuple[Path, Path | None, bool]] = []  # target, backup of its old content, whether it existed
    try:
        for tmp, target in staged:
            existed = target.is_file()
            backup = _keep_old(target) if existed else None
            try:
                tmp.replace(target)
            except OSError as exc:
                _drop(backup)
                raise CliError(f"{target}: cannot write ({exc.strerror})") from None
            done.append((target, backup, existed))
    except BaseException:
        for target, backup, existed in done:
            with contextlib.suppress(OSError):
                if backup is not None:
                    backup.replace(target)
                elif not existed:
                    target.unlink()
        raise
    for _, backup, _ in done:
        _drop(backup)


def _keep_old(target: Path) -> Path | None:
    """A hard link to the file about to be replaced, or ``None`` where the file system has none."""
    backup = target.with_name(f".{target.name[:32]}.{os.getpid()}.bak")
    try:
        os.link(target, backup)
    except OSError:
        return None
    return backup


def _drop(backup: Path | None) -> None:
    if backup is not None:
        with contextlib.suppress(FileNotFoundError):
            backup.unlink()


def _write_direct(path: str | None, text: str) -> None:
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror})") from None


def _is_special(path: str) -> bool:
    """A device, pipe or socket, or a name for one of the process's own descriptors: never a file to replace."""
    real = os.path.realpath(path)
    if real.startswith(("/dev/", "/proc/")):
        return Path(path).exists()
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _same_path(left: Path, right: Path) -> bool:
    if left.exists() and right.exists():
        with contextlib.suppress(OSError):
            return left.samefile(right)
    return left.resolve() == right.resolve()


def _stage(path: str, text: str) -> Path:
    """Write ``text`` to a temporary file next to ``path``, with the target's permissions; return its path."""
    if Path(path).is_dir():
        raise CliError(f"{path}: is a directory; give a file name for the output")
    target = Path(os.path.realpath(path))  # through a symbolic link, to the file it names
    directory = target.parent
    if not directory.is_dir():
        raise CliError(f"{path}: directory {directory} does not exist")
    mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
    try:
        # A short temporary name: a target whose name is near the file system's limit must still work.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:32]}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror})") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise CliError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return tmp


def _new_file_mode() -> int:
    # The umask can only be read by setting it; set it straight back.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
