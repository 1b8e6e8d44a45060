"""Helpers shared by the CLI subcommands: errors, reading input, writing output atomically."""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._models import AgencyLevel
from disclosure_rules._parsing import ParseError, load_json, load_structured, parse_date
from disclosure_rules._records import RequestChannel

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence


class CliError(DisclosureRulesError):
    """A problem with the command line or its files, reported as one line; exit status 2 by default."""

    code = "cli.invalid_input"

    def __init__(
        self, message: str, *, exit_status: int = 2, code: str | None = None, message_zh: str | None = None
    ) -> None:
        super().__init__(message, code=code, message_zh=message_zh)
        self.exit_status = exit_status


# --------------------------------------------------------------------------------------------------
# Argument types: what staff type (Chinese dates and names) is read the way the models and readers read it
# --------------------------------------------------------------------------------------------------


def date_argument(value: str) -> dt.date:
    """A date typed as 2024-09-27, 2024/9/27 or 2024年9月27日 (``parse_date``); else a usage error naming it."""
    try:
        return parse_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} 不是日期（应写作 2024-09-27 或 2024年9月27日）"
        ) from None


def level_argument(value: str) -> AgencyLevel:
    """An agency level by its Chinese name (县级政府, 县人民政府, 街道办事处 …) or English name."""
    level = AgencyLevel.parse(value)
    if level is None:
        known = "、".join(level.value for level in AgencyLevel)
        raise argparse.ArgumentTypeError(f"{value!r} 不是机关层级（可选：{known}）")
    return level


def channel_argument(value: str) -> RequestChannel:
    """A request channel by its code (``online``) or Chinese name (网上申请, 当面, 信函 …)."""
    channel = RequestChannel.parse(value)
    if channel is None:
        known = "、".join(f"{item.label}（{item.value}）" for item in RequestChannel)
        raise argparse.ArgumentTypeError(f"{value!r} 不是申请方式（可选：{known}）")
    return channel


def flagged(where: str, exc: DisclosureRulesError) -> CliError:
    """A library error about a flag or file of the command line: its code and Chinese message kept, ``where`` first."""
    prefix, prefix_zh = (f"{where}: ", f"{where}：") if where else ("", "")
    return CliError(
        f"{prefix}{exc.message} [{exc.code}]", code=exc.code, message_zh=prefix_zh + exc.message_zh
    )


def cannot_write(path: str | Path, exc: OSError) -> CliError:
    """The one-line error for an output that cannot be written."""
    return CliError(
        f"{path}: cannot write ({exc.strerror})",
        code="cli.cannot_write",
        message_zh=f"{path}：无法写入（{exc.strerror}）",
    )


def read_text(path: str) -> str:
    """Read a UTF-8 text file (``-`` is stdin); a missing or undecodable file is a ``CliError`` naming it."""
    if path == "-":
        return _decode(_read_stdin_bytes(), "<stdin>")
    return _decode(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a file; a missing file, a directory or an unreadable file is a ``CliError`` naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: str, exc: OSError) -> CliError:
    """The one-line error for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return CliError(f"{path}: no such file", code="cli.not_found", message_zh=f"{path}：文件不存在")
    if isinstance(exc, IsADirectoryError):
        return CliError(
            f"{path}: is a directory, not a file",
            code="cli.is_directory",
            message_zh=f"{path}：这是文件夹，不是文件",
        )
    return CliError(
        f"{path}: cannot be read ({exc.strerror})",
        code="cli.unreadable",
        message_zh=f"{path}：文件无法读取（{exc.strerror}）",
    )


def _read_stdin_bytes() -> bytes:
    # The raw bytes, so that stdin is decoded (and its errors reported) exactly like a file.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CliError(
            f"{name}: UTF-16 text; save it as UTF-8",
            code="cli.not_utf8",
            message_zh=f"{name}：文件是 UTF-16 编码，请另存为 UTF-8",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start})",
            code="cli.not_utf8",
            message_zh=f"{name}：不是 UTF-8 编码的文本（第{exc.start}字节无法解码），请另存为 UTF-8",
        ) from None


def parse_json(text: str, source: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Parse JSON text; a syntax error, a repeated key or absurd nesting is a ``CliError`` naming the source."""
    try:
        return load_json(text)
    except ParseError as exc:
        raise CliError(
            f"{source}: {exc}", code=_syntax_code(exc), message_zh=f"{source}：{exc.message_zh}"
        ) from None


def _syntax_code(exc: ParseError) -> str:
    if exc.kind == "duplicate_key":
        return "input.duplicate_key"
    return "cli.invalid_toml" if exc.syntax == "TOML" else "cli.invalid_json"


def read_json(path: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Read a JSON file; a syntax error names the file, line and column."""
    return parse_json(read_text(path), path)


def read_json_or_toml(path: str) -> Any:  # noqa: ANN401 - raw JSON/TOML, validated by the consumer
    """Read a ``.toml`` file as TOML and anything else as JSON; a syntax error names the file."""
    try:
        return load_structured(read_text(path), "toml" if path.lower().endswith(".toml") else "json")
    except ParseError as exc:
        raise CliError(
            f"{path}: {exc}", code=_syntax_code(exc), message_zh=f"{path}：{exc.message_zh}"
        ) from None


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
        raise CliError(
            f"{what}: {repeats[0]}; its records would be counted twice",
            code="cli.repeated_input",
            message_zh=f"{what}：{repeats[0]}，其中的记录会被重复计算",
        )


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
                    raise CliError(
                        f"{output}: is also an input file; write the output to another file",
                        code="cli.output_is_input",
                        message_zh=f"{output}：输出文件也是输入文件，请另选输出文件",
                    )


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
            raise CliError(
                f"{target}: given for two outputs; give each its own file", code="cli.output_is_input"
            )
    direct = [(path, text) for path, text in outputs if path is None or path == "-" or _is_special(path)]
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in outputs:
            if path is not None and (path, text) not in direct:
                staged.append((_stage(path, text), Path(os.path.realpath(path))))
        for tmp, target in staged:
            try:
                tmp.replace(target)
            except OSError as exc:
                raise cannot_write(target, exc) from None
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    for path, text in direct:
        _write_direct(path, text)


def _write_direct(path: str | None, text: str) -> None:
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise cannot_write(path, exc) from None


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
        raise CliError(
            f"{path}: is a directory; give a file name for the output",
            code="cli.cannot_write",
            message_zh=f"{path}：这是文件夹，请给出输出文件名",
        )
    target = Path(os.path.realpath(path))  # through a symbolic link, to the file it names
    directory = target.parent
    if not directory.is_dir():
        raise CliError(
            f"{path}: directory {directory} does not exist",
            code="cli.cannot_write",
            message_zh=f"{path}：文件夹 {directory} 不存在",
        )
    mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise cannot_write(path, exc) from None
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
        raise cannot_write(path, exc) from None
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
