"""``read_line_blocks`` gives the lines, and the errors, of splitting every line of ``read_lines``, a block at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._cli import _common
from disclosure_rules._cli._common import read_line_blocks, read_lines
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._limits import RECORD_LINE_BYTES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    import pytest

# Pieces a file is made of: text, every line break str.splitlines knows, a byte order mark, a bad byte.
_PIECES = st.sampled_from(
    [
        b"a",
        "预算".encode(),
        b"\n",
        b"\r",
        b"\r\n",
        b"\x0b",
        b"\x0c",
        b"\x1c",
        "\u2028".encode(),
        "\x85".encode(),
        b" ",
        b"\xef\xbb\xbf",
        b"\xff",
        b"{}",
    ]
)


def _outcome(lines: Callable[[], Iterable[list[str]]]) -> tuple[list[str], str | None, str | None]:
    """Every line given before an error, and the error's message and code (``None`` when there was none)."""
    seen: list[str] = []
    try:
        for group in lines():
            seen.extend(group)
    except DisclosureRulesError as exc:
        return seen, str(exc), exc.code
    return seen, None, None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(_PIECES, max_size=40),
    bom=st.booleans(),
    sizes=st.tuples(st.integers(1, 12), st.integers(1, 20)),
)
def test_the_lines_and_errors_of_reading_line_by_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pieces: list[bytes],
    bom: bool,
    sizes: tuple[int, int],
) -> None:
    """Any bytes, any block size, any line limit: the same lines in order, then the same error if any."""
    block, longest = sizes  # bytes read at a time, the line limit
    assert RECORD_LINE_BYTES.env is not None
    monkeypatch.setenv(RECORD_LINE_BYTES.env, str(longest))
    monkeypatch.setattr(_common, "_BLOCK", block)
    path = tmp_path / "in.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"".join(pieces))
    expected = _outcome(lambda: (line.splitlines() for line in read_lines(str(path))))
    assert _outcome(lambda: read_line_blocks(str(path))) == expected


def test_a_utf16_file_is_refused_the_same_way_by_every_reader(tmp_path: Path) -> None:
    # Excel's "Unicode text" is UTF-16: each reader names the file, in Chinese too, with one code.
    path = tmp_path / "titles.txt"
    path.write_bytes("\ufeff预算公开\n".encode("utf-16-le"))
    readers: list[Callable[[str], Iterable[object]]] = [read_lines, read_line_blocks]
    for reader in readers:
        error: DisclosureRulesError | None = None
        try:
            list(reader(str(path)))
        except DisclosureRulesError as exc:
            error = exc
        assert error is not None
        assert error.code == "cli.not_utf8"
        assert "UTF-16" in (error.message_zh or "")
        assert str(path) in (error.message_zh or "")
