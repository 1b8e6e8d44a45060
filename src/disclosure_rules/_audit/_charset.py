"""Decode a page as saved from a government site: UTF-8, GBK/GB18030, Big5, or UTF-8 and GBK pasted together.

Part of the auditor's document reading, so that :func:`disclosure_rules.audit` accepts the bytes of a page
as well as its text; the ``check`` command reads files through the same function.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from disclosure_rules._errors import InputError

__all__ = ["decode_page"]

_META_CHARSET: Final = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Pages that declare one of these are decoded as GB18030, the superset every one of them fits in.
_CHINESE_CHARSETS: Final = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"})


def _gb_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode an invalid UTF-8 byte run as GB18030 (pages pasted together from UTF-8 and GBK sources)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, start = error.object, error.start
    for width in (2, 4):  # GB18030 characters are two or four bytes long
        try:
            return bytes(data[start : start + width]).decode("gb18030"), start + width
        except UnicodeDecodeError:
            continue
    return "\ufffd", start + 1


codecs.register_error("disclosure_rules.gb_fallback", _gb_fallback)
MIXED: Final = "utf-8+gb18030"
# How an input given without a file name is named: in the Chinese line, and in the English message.
UNNAMED_INPUT: Final = "输入"
UNNAMED_INPUT_EN: Final = "input"
# Characters every report repeats, in simplified and traditional forms: the decoding that yields most of
# them is the page's charset.
_COMMON: Final = frozenset("公开開政府信息資訊申请請报告報年度情况況行政")


def _decode_line(line: bytes) -> str:
    """One line of a page pasted together from UTF-8 and GBK pieces: UTF-8, else GB18030, else byte runs."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error.start
    # All GBK, or one switch from UTF-8 to GBK inside the line: the UTF-8 decoder may have read a few GBK
    # bytes as UTF-8 before it failed, so the switch is at most a few bytes before the first error.
    best: tuple[int, str] | None = None
    for split in (0, *range(first_error, max(first_error - _SWITCH_WINDOW, 0) - 1, -1)):
        try:
            text = line[:split].decode("utf-8") + line[split:].decode("gb18030")
        except UnicodeDecodeError:
            continue
        score = sum(1 for char in text if char in _COMMON)
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None:
        return best[1]
    return line.decode("utf-8", errors="disclosure_rules.gb_fallback")


_SWITCH_WINDOW: Final = 12


def _decode(data: bytes, charset: str) -> str | None:
    try:
        if charset == MIXED:
            return "\n".join(_decode_line(line) for line in data.split(b"\n"))
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_page(data: bytes, name: str | None = None) -> str:
    """Decode a saved page in the charset it reads best in.

    UTF-8 (with or without BOM) when the bytes are UTF-8; else the best of the ``<meta>`` charset, GB18030,
    UTF-8 lines mixed with GBK lines, and Big5 — the one in which the page holds most of the characters
    every report repeats.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    candidates = ["gb18030", MIXED, "big5"]
    if declared:
        charset = declared.group(1).decode("ascii", errors="ignore").lower()
        if charset not in _CHINESE_CHARSETS and charset not in {"utf-8", "utf8"}:
            candidates.insert(0, charset)
    best: tuple[int, str] | None = None
    for charset in candidates:
        text = _decode(data, charset)
        if text is None:
            continue
        score = sum(1 for char in text if char in _COMMON)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        raise InputError(
            f"{name or UNNAMED_INPUT_EN}: neither UTF-8 nor GBK/GB18030 text (cannot decode it)",
            code="input.undecodable",
            message_zh=f"“{name or UNNAMED_INPUT}”既不是 UTF-8 也不是 GBK/GB18030 编码的文本，无法解码",
        )
    return best[1]
