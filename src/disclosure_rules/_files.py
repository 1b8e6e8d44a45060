"""Reading an input file whole, within a cap, with one coded Chinese error for each way it can fail.

The one home of bounded reading: the CLI, the calendar's schedule files and the batch checker of published pages
(``_supervise``) all read through here, so a missing file, a folder or a file over the cap reads the same in
every command and in every row of a batch. The codes keep the names they were given when only the command line
read files (``cli.not_found``, ``cli.is_directory``, ``cli.unreadable``): codes are stable, and a batch row and
a command's error line name the same problem the same way.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from pathlib import Path
from typing import IO, Any, Final

from disclosure_rules._errors import InputError
from disclosure_rules._limits import INPUT_BYTES, Limit, too_large
from disclosure_rules._messages import ERROR_MESSAGES_ZH


class FileReadError(InputError):
    """A file that cannot be read: missing, a folder, or refused by the system; the message names it."""

    code = "cli.unreadable"
    #: The system's refusal behind it (``unreadable`` sets it), for a reader that words it in its own sentence.
    os_error: OSError | None = None


# Why the system refused a file, in the words staff read (by errno); another reason keeps the system's words.
_OS_REASONS_ZH: Final = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "不允许此操作",
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "文件系统是只读的",
    errno.EISDIR: "这是文件夹",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EDQUOT: "超出磁盘配额",
    errno.ENAMETOOLONG: "文件名过长",
    errno.EIO: "读写设备出错",
    errno.EBUSY: "文件正被占用",
}


def os_reason_zh(exc: OSError) -> str:
    """Why the system refused a file, in Chinese (its own words for a reason not listed)."""
    reason = _OS_REASONS_ZH.get(exc.errno) if exc.errno is not None else None
    return reason or str(exc.strerror or exc)


def unreadable(path: str, exc: OSError) -> FileReadError:
    """The one-line error for a file that cannot be opened or read (``exc`` kept as its ``os_error``)."""
    # The sentences are the catalogue's (``_messages``): one home, the file named first.
    if isinstance(exc, FileNotFoundError):
        code = "cli.not_found"
        error = FileReadError(
            f"{path}: no such file", code=code, message_zh=f"{path}：{ERROR_MESSAGES_ZH[code]}"
        )
    elif isinstance(exc, IsADirectoryError):
        code = "cli.is_directory"
        error = FileReadError(
            f"{path}: is a directory, not a file", code=code, message_zh=f"{path}：{ERROR_MESSAGES_ZH[code]}"
        )
    else:
        code = "cli.unreadable"
        error = FileReadError(
            f"{path}: cannot be read ({exc.strerror})",
            code=code,
            message_zh=f"{path}：{ERROR_MESSAGES_ZH[code]}（{os_reason_zh(exc)}）",
        )
    error.os_error = exc
    return error


def read_bytes(path: str, limit: Limit = INPUT_BYTES) -> bytes:
    """The bytes of a file; a missing file, a directory or an unreadable file is a ``FileReadError`` naming it.

    At most ``limit`` bytes are read (``/dev/zero`` or a multi-gigabyte file is refused: ``limits.input_bytes``
    by default).
    """
    # A regular file within the cap is read through its descriptor (half the time of a file object, which
    # is most of the cost of reading a 10 KB report); anything else takes the file-object path below.
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except OSError:  # the name as pathlib reads it (``a.json/`` is ``a.json``) says what is wrong, as before
        return _read_bytes_by_path(path, limit)
    try:
        data = _read_regular(descriptor, path, limit)
        if data is None:  # a folder, a device, a pipe, a file over the cap
            with open(descriptor, "rb", closefd=False) as handle:
                return read_bounded(handle, path, limit)
    except OSError as exc:
        raise unreadable(path, exc) from None
    finally:
        os.close(descriptor)
    return data


_READ_FLAGS: Final = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)


def _read_regular(descriptor: int, name: str, limit: Limit = INPUT_BYTES) -> bytes | None:
    """A regular file's bytes, as ``read_bounded`` reads them; ``None`` for any other file or one over the cap."""
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        return None
    cap = limit.value  # after the open, as for a file object: a missing file is named before a bad override
    if info.st_size >= cap:
        return None
    want = info.st_size + 1
    data = _read_up_to(descriptor, want)
    if len(data) == want:  # the file grew since it was measured: read on, up to the cap
        data += _read_up_to(descriptor, cap + 1 - want)
    if len(data) > cap:
        raise too_large(name, limit)
    return data


def _read_up_to(descriptor: int, size: int) -> bytes:
    """``size`` bytes, or fewer at the end of the file (one read is not bound to return them all)."""
    data = os.read(descriptor, size)
    while data and len(data) < size:
        more = os.read(descriptor, size - len(data))
        if not more:
            break
        data += more
    return data


def _read_bytes_by_path(path: str, limit: Limit = INPUT_BYTES) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return read_bounded(handle, path, limit)
    except OSError as exc:
        raise unreadable(path, exc) from None


def read_bounded(handle: IO[bytes], name: str, limit: Limit = INPUT_BYTES) -> bytes:
    """Read a whole stream, refusing one longer than ``limit`` (a ``LimitError`` naming it and the cap)."""
    cap = limit.value
    # A regular file within the cap is read into a buffer of its own size: ``read(cap + 1)`` would set aside the
    # whole cap (16 MB) for every file, which takes longer than reading and parsing a 10 KB report.
    want = cap + 1
    with contextlib.suppress(OSError, ValueError):  # no descriptor (a stream in memory): read up to the cap
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size < cap:
            want = info.st_size + 1
    data = handle.read(want)
    if want <= cap and len(data) == want:  # the file grew since it was measured: read on, up to the cap
        data += handle.read(cap + 1 - want)
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
