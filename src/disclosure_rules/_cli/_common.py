"""Helpers shared by the CLI subcommands: errors, reading text input, writing output atomically.

Reading a file's bytes within a cap is the core's (``disclosure_rules._files``): the CLI uses it from there.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import os_reason_zh, read_bounded, read_bytes, unreadable
from disclosure_rules._limits import (
    INPUT_BYTES,
    RECORD_FILE_BYTES,
    RECORD_LINE_BYTES,
    part_too_large,
    too_large,
)
from disclosure_rules._messages import ERROR_MESSAGES_ZH, NOT_UTF8_ZH
from disclosure_rules._parsing import (
    DATE_PROBLEM_ZH,
    ParseError,
    bad_byte_at,
    load_json,
    load_structured,
    parse_date,
)
from disclosure_rules._safe_text import PEOPLE_SUFFIXES, neutralise

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from disclosure_rules._models import AgencyLevel
    from disclosure_rules._records import RequestChannel


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
        raise argparse.ArgumentTypeError(not_a_date_zh(value)) from None


def level_argument(value: str) -> AgencyLevel:
    """An agency level by its Chinese name (县级政府, 县人民政府, 街道办事处 …) or English name."""
    from disclosure_rules._models import AgencyLevel  # noqa: PLC0415 - models (pydantic) only when a level is given

    level = AgencyLevel.parse(value)
    if level is None:
        raise argparse.ArgumentTypeError(not_a_level_zh(value))
    return level


def jobs_argument(value: str) -> int:
    """``--jobs N``: a number of processes, 0 (one per CPU core) or more; else a usage error in Chinese."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{value!r} 不是进程数（应为 0 或正整数；0：每个 CPU 核一个进程）")
    return jobs


def not_a_date_zh(value: object) -> str:
    """Why ``value`` is not a date, in Chinese: the text as typed, then the models' sentence on how to write one."""
    return f"{value!r} {DATE_PROBLEM_ZH}"


def not_a_level_zh(value: object) -> str:
    """Why ``value`` is not an agency level, in Chinese: a word naming two levels says what to write instead."""
    from disclosure_rules._models import AgencyLevel  # noqa: PLC0415 - models (pydantic) only when a level is given

    if isinstance(value, str) and (why := AgencyLevel.ambiguity(value)) is not None:
        return f"“{value}”{why}"
    known = "、".join(level.value for level in AgencyLevel)
    return f"{value!r} 不是机关层级（可选：{known}）"


def channel_argument(value: str) -> RequestChannel:
    """A request channel by its code (``online``) or Chinese name (网上申请, 当面, 信函 …)."""
    from disclosure_rules._records import RequestChannel  # noqa: PLC0415 - models only when a channel is given

    channel = RequestChannel.parse(value)
    if channel is None:
        known = "、".join(f"{item.label}（{item.value}）" for item in RequestChannel)
        raise argparse.ArgumentTypeError(f"{value!r} 不是申请方式（可选：{known}）")
    return channel


def flagged(where: str, exc: DisclosureRulesError, *, where_zh: str | None = None) -> CliError:
    """A library error about a flag or file of the command line: its code and Chinese message kept, ``where`` first.

    ``where_zh`` is ``where`` as the Chinese line writes it, when it differs (``报告.json：table2``).
    """
    where_zh = where if where_zh is None else where_zh
    prefix, prefix_zh = (f"{where}: " if where else "", f"{where_zh}：" if where_zh else "")
    return CliError(
        f"{prefix}{exc.message} [{exc.code}]", code=exc.code, message_zh=prefix_zh + exc.message_zh
    )


def same_output_twice(path: str) -> CliError:
    """The one-line error for a file named as two outputs (the second would replace the first)."""
    return CliError(
        f"{path}: given for two outputs; give each its own file",
        code="cli.same_output_twice",
        message_zh=f"{path}：{ERROR_MESSAGES_ZH['cli.same_output_twice']}",
    )


def cannot_write(path: str | Path, exc: OSError) -> CliError:
    """The one-line error for an output that cannot be written."""
    return CliError(
        f"{path}: cannot write ({exc.strerror})",
        code="cli.cannot_write",
        message_zh=f"{path}：无法写入（{os_reason_zh(exc)}）",
    )


def read_text(path: str) -> str:
    """Read a UTF-8 text file (``-`` is stdin); an undecodable file is a ``CliError`` naming it.

    A missing, unreadable or too large file is the core's error (``FileReadError``, ``LimitError``: ``_files``).
    """
    if path == "-":
        return _decode(_read_stdin_bytes(), "<stdin>")
    return _decode(read_bytes(path), path)


def _read_stdin_bytes() -> bytes:
    # The raw bytes, so that stdin is decoded (and its errors reported) exactly like a file.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return read_bounded(buffer, "<stdin>")
    text = sys.stdin.read(INPUT_BYTES.value + 1)
    if len(text) > INPUT_BYTES.value:
        raise too_large("<stdin>", INPUT_BYTES)
    return text.encode("utf-8")


_UTF16_MARKS: Final = (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, name: str) -> str:
    if data.startswith(_UTF16_MARKS):
        raise utf16_refused(name)
    return _decode_line(data, name, 0, codec="utf-8-sig")


def utf16_refused(name: str) -> CliError:
    """The one error for a UTF-16 file (Excel's "Unicode text"): every reader refuses it the same way."""
    return CliError(
        f"{name}: UTF-16 text; save it as UTF-8",
        code="cli.not_utf8",
        message_zh=f"{name}：文件是 UTF-16 编码，请另存为 UTF-8",
    )


def read_lines(path: str) -> Iterator[str]:
    """The lines of a UTF-8 text file (``-``: stdin) as they are read, each with its line end, in constant memory.

    Errors are those of :func:`read_text`, with a bad byte named by its offset in the file. A file is checked
    whole before its first line is given (one quick pass, in blocks), so a file that is not UTF-8 text is refused
    before any of it is used, as when it was read at once; stdin, which cannot be read twice, is checked as it
    comes.
    """
    if path != "-":
        _check_utf8(path)
    return _lines(path)


_BLOCK: Final = 1 << 20


def _check_utf8(path: str) -> None:
    """Raise the error :func:`_lines` would raise if ``path`` is not UTF-8 text; read in blocks cut at line ends.

    Bounded like the line-by-line pass: a file over ``record_file_bytes`` or a line over ``record_line_bytes``
    (``/dev/zero``) is refused, never held.
    """
    total = 0
    try:
        with Path(path).open("rb") as handle:
            carry = b""
            while block := handle.read(_BLOCK):
                total += len(block)
                if total > RECORD_FILE_BYTES.value:
                    raise too_large(path, RECORD_FILE_BYTES)
                data = carry + block
                cut = data.rfind(b"\n") + 1  # UTF-8 never splits a character across a line end
                data[:cut].decode("utf-8")
                carry = data[cut:]
                if len(carry) > RECORD_LINE_BYTES.value:
                    raise part_too_large(path, "一行", "a line", RECORD_LINE_BYTES)
            carry.decode("utf-8")
            return
    except UnicodeDecodeError:
        pass  # find where, and word it, exactly as reading line by line does
    except OSError as exc:
        raise unreadable(path, exc) from None
    for _ in _lines(path):
        pass
    raise CliError(  # pragma: no cover - the line-by-line pass raises first
        f"{path}: not UTF-8 text",
        code="cli.not_utf8",
        message_zh=f"{path}：{NOT_UTF8_ZH}",
    )


def _lines(path: str) -> Iterator[str]:
    try:
        handle: IO[bytes] = sys.stdin.buffer if path == "-" else Path(path).open("rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise unreadable(path, exc) from None
    name = "<stdin>" if path == "-" else path
    offset = 0
    longest = RECORD_LINE_BYTES.value
    most = RECORD_FILE_BYTES.value  # read once: each .value looks the environment up (0.2 s a million lines)
    try:
        while raw := handle.readline(longest + 1):
            if len(raw) > longest and not raw.endswith(b"\n"):
                raise part_too_large(name, "一行", "a line", RECORD_LINE_BYTES)
            if offset == 0:
                if raw.startswith(_UTF16_MARKS):
                    raise utf16_refused(name)
                skip = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
                line = _decode_line(raw[skip:], name, offset + skip)
            else:
                line = _decode_line(raw, name, offset)
            offset += len(raw)
            if offset > most:
                raise too_large(name, RECORD_FILE_BYTES)
            yield line
    except OSError as exc:
        raise unreadable(path, exc) from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_line_blocks(path: str) -> Iterator[list[str]]:
    """The lines of a UTF-8 text file (``-``: stdin) as ``str.splitlines`` splits each line of it, a block at a time.

    The same lines, in the same order, with the same errors as splitting every line of :func:`read_lines`, but a
    file is read, decoded and split a block (about 1 MB) at a time rather than a line at a time, which takes a
    third of the time for a million short lines. Splitting a block at once splits it as splitting each of its
    lines does: every line but the file's last ends with a line feed, and no line break spans one. Stdin comes line
    by line, as :func:`read_lines` reads it.
    """
    return (text.splitlines() for text in read_text_blocks(path))


def read_text_blocks(path: str) -> Iterator[str]:
    """The text of a UTF-8 text file (``-``: stdin) a block of whole lines at a time, as :func:`read_line_blocks`.

    Each text is what :func:`read_line_blocks` splits into one block's lines (with the same errors, at the same
    moments): it ends with a line feed, save the file's last, and no line break spans two of them. For a reader
    that splits the text itself, or need not split all of it.
    """
    if path == "-":
        return _lines(path)
    _check_utf8(path)
    return _text_blocks(path)


def _text_blocks(path: str) -> Iterator[str]:
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise unreadable(path, exc) from None
    longest, most = RECORD_LINE_BYTES.value, RECORD_FILE_BYTES.value
    offset, carry = 0, b""  # offset: where ``carry`` starts in the file
    try:
        with handle:
            while block := handle.read(_BLOCK):
                data = carry + block
                skip = _byte_order_mark(data, path) if offset == 0 else 0  # data starts the file
                cut = data.rfind(b"\n") + 1
                if offset + cut > most:
                    raise too_large(path, RECORD_FILE_BYTES)
                if cut > longest + 1 and max(map(len, data[:cut].split(b"\n"))) > longest:
                    yield from _lines_up_to_a_long_one(data[:cut], path, (offset, skip), longest)
                yield _decode_line(data[skip:cut], path, offset + skip)
                offset, carry = offset + cut, data[cut:]
                if len(carry) > longest:
                    raise part_too_large(path, "一行", "a line", RECORD_LINE_BYTES)
            if carry:
                if offset + len(carry) > most:
                    raise too_large(path, RECORD_FILE_BYTES)
                skip = _byte_order_mark(carry, path) if offset == 0 else 0
                yield _decode_line(carry[skip:], path, offset + skip)
    except OSError as exc:
        raise unreadable(path, exc) from None


def _byte_order_mark(start: bytes, path: str) -> int:
    """The bytes of a UTF-8 byte order mark at the start of a file (skipped); a UTF-16 one is refused."""
    if start.startswith(_UTF16_MARKS):
        raise utf16_refused(path)
    return 3 if start.startswith(b"\xef\xbb\xbf") else 0


def _lines_up_to_a_long_one(data: bytes, path: str, where: tuple[int, int], longest: int) -> Iterator[str]:
    """The lines of ``data`` (whole lines) before its first line over ``longest`` bytes, then that line's error.

    ``where``: the offset of ``data`` in the file, and the bytes of a byte order mark it starts with.
    """
    offset, skip = where
    for raw in data[:-1].split(b"\n"):
        if len(raw) > longest:
            break
        yield _decode_line(raw[skip:] + b"\n", path, offset + skip)
        offset, skip = offset + len(raw) + 1, 0
    raise part_too_large(path, "一行", "a line", RECORD_LINE_BYTES)


def _decode_line(raw: bytes, name: str, offset: int, *, codec: str = "utf-8") -> str:
    """``raw`` as UTF-8 text; a bad byte is a ``cli.not_utf8`` error naming its offset in the file."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        where, where_zh = bad_byte_at(offset + exc.start)
        raise CliError(
            f"{name}: not UTF-8 text ({where})",
            code="cli.not_utf8",
            message_zh=f"{name}：不是 UTF-8 编码的文本（{where_zh}），请另存为 UTF-8",
        ) from None


def parse_json(text: str, source: str) -> Any:  # noqa: ANN401 - JSON is untyped until a model validates it
    """Parse JSON text; a syntax error, a repeated key or absurd nesting is a ``CliError`` naming the source."""
    try:
        return load_json(text)
    except ParseError as exc:
        raise CliError(
            f"{source}: {exc}", code=syntax_code(exc), message_zh=f"{source}：{exc.message_zh}"
        ) from None


def syntax_code(exc: ParseError) -> str:
    """The code of a JSON or TOML text that cannot be parsed: a repeated key, or bad syntax of either."""
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
            f"{path}: {exc}", code=syntax_code(exc), message_zh=f"{path}：{exc.message_zh}"
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
            message_zh=f"{what}：{repeats[0]}，其中的记录会被重复计入",
        )


def refuse_repeated_content(what: str, paths: Iterable[str]) -> None:
    """Refuse two files with the same bytes where records are added up: a copy of a report is the same report."""
    seen = RepeatedContent(what)
    for path in paths:
        if path != "-":
            seen.check(path, RepeatedContent.digest(read_bytes(path)))


class RepeatedContent:
    """The files' contents met so far, by digest: :meth:`check` refuses a file whose bytes came before.

    For a command that reads each file once anyway: it hands over each file's digest as it reads the file (in
    order, on any process), and the first file repeated is named as :func:`refuse_repeated_content` names it.
    """

    def __init__(self, what: str) -> None:
        self._what = what
        self._seen: dict[bytes, str] = {}

    @staticmethod
    def digest(data: bytes) -> bytes:
        """What two files with the same bytes have in common (SHA-256)."""
        return hashlib.sha256(data).digest()

    def check(self, path: str, digest: bytes) -> None:
        """Refuse ``path`` if a file read before it had the same digest (``cli.repeated_input``)."""
        first = self._seen.get(digest)
        if first is not None:
            what = self._what
            raise CliError(
                f"{what}: {path} has the same content as {first}; it would be counted twice",
                code="cli.repeated_input",
                message_zh=f"{what}：{path} 与 {first} 内容相同，会被重复计入",
            )
        self._seen[digest] = path


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


def refuse_outputs_inside(outputs: Iterable[str | None], folders: Iterable[str]) -> None:
    """Refuse an output inside an input folder (a template folder): the run would replace what it reads."""
    roots = [Path(os.path.realpath(folder)) for folder in folders]
    for output in outputs:
        if output is None or output == "-":
            continue
        real = Path(os.path.realpath(output))
        for root in roots:
            if real == root or real.is_relative_to(root):
                raise CliError(
                    f"{output}: inside the template folder {root}; it would replace a template",
                    code="cli.output_is_input",
                    message_zh=f"{output}：位于模板文件夹 {root} 内，会覆盖模板；请把输出写到别处",
                )


def write_output(path: str | None, text: str | bytes) -> None:
    """Write ``text`` (or the bytes of a document) to ``path`` atomically (temp file + rename), or to stdout for ``None`` or ``-``.

    A failure leaves no partial file behind: the temporary file is removed and the target is untouched.
    The written file gets the permissions of the file it replaces, or the usual ones for a new file
    (0666 less the umask), so a web server can serve a published report.
    """
    write_outputs([(path, text)])


def write_outputs(outputs: Sequence[tuple[str | None, str | bytes]]) -> None:
    """Write several outputs all or nothing: every file is staged first, then all are renamed into place.

    An output that cannot be written (read-only folder, disk full) leaves none of the others behind. A device,
    pipe or ``/dev/stdout`` is written to directly: it cannot be replaced, and must not be. A symbolic link is
    written through: the file it points to is replaced, the link stays.
    """
    targets = [Path(path) for path, _ in outputs if path is not None and path != "-"]
    for number, target in enumerate(targets):
        if any(_same_path(target, other) for other in targets[:number]):
            raise same_output_twice(str(target))
    direct = [(path, text) for path, text in outputs if path is None or path == "-" or _is_special(path)]
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in outputs:
            if path is not None and (path, text) not in direct:
                # Files for people (and JSON, whose meaning the escapes keep) get no control characters.
                shown = (
                    neutralise(text)
                    if isinstance(text, str) and path.lower().endswith(PEOPLE_SUFFIXES)
                    else text
                )
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
                raise cannot_write(str(target), exc) from None
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


@contextlib.contextmanager
def streamed_bytes_output(path: str | None) -> Iterator[Callable[[bytes], object]]:
    """Write an output piece by piece (UTF-8 bytes), for outputs too large to hold in memory.

    ``with streamed_bytes_output(path) as write: write(piece)``. Stdout (``None`` or ``-``), a device or a pipe is
    written as the pieces come. A file is written to a temporary file next to it and renamed into place when
    the block ends without an error, as :func:`write_output` does: a failure, here or in the block, leaves no
    partial file and the target untouched.
    """
    if path is None or path == "-":
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream put in place of stdout
            yield lambda piece: sys.stdout.write(piece.decode("utf-8"))
        else:
            yield buffer.write
            buffer.flush()
        return
    if _is_special(path):
        try:
            with Path(path).open("wb") as handle:
                yield handle.write
        except OSError as exc:
            raise cannot_write(path, exc) from None
        return
    target, mode = _staging_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle.write
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(target)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def streamed_output(path: str | None) -> Iterator[TextSink]:
    """A text stream to write a long output into piece by piece, committed atomically when the block ends.

    The text form of :func:`streamed_bytes_output` (UTF-8): the text never has to be held whole, and a failure
    leaves no partial file.
    """
    with streamed_bytes_output(path) as write:
        yield TextSink(write)


class TextSink:
    """A writable text stream (``write(str)``, enough for ``csv.writer``) over a writer of UTF-8 bytes."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write

    def write(self, text: str) -> int:
        """Write ``text`` as UTF-8; return the number of characters written, as text streams do."""
        self._write(text.encode("utf-8"))
        return len(text)


def _write_direct(path: str | None, text: str | bytes) -> None:
    if path is None or path == "-":
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
            return
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        if isinstance(text, bytes):
            Path(path).write_bytes(text)
            return
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


def _stage(path: str, text: str | bytes) -> Path:
    """Write ``text`` to a temporary file next to ``path``, with the target's permissions; return its path."""
    target, mode = _staging_target(path)
    try:
        # A short temporary name: a target whose name is near the file system's limit must still work.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:32]}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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


def _staging_target(path: str) -> tuple[Path, int]:
    """The file an output path names (through a symbolic link) and the permissions the written file gets."""
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
    return target, mode


def _new_file_mode() -> int:
    # The umask can only be read by setting it; set it straight back.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_binary_output(path: str, data: bytes) -> None:
    """Write ``data`` (a workbook, a document) to a file, atomically as :func:`write_output` does.

    Binary output never goes to a terminal or stdout: ``-`` and a folder are refused.
    """
    if path == "-" or Path(path).is_dir():
        raise CliError(
            f"{path}: give a file name for the output (binary output cannot go to a terminal)",
            code="cli.cannot_write",
            message_zh=f"{path}：请给出输出文件名（二进制文件不能输出到终端）",
        )
    write_output(path, data)
