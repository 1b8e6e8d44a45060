"""``read_bytes`` reads a regular file through its descriptor with the same bytes and refusals as a file object.

The descriptor path (issue 16: half the time of a file object for a 10 KB report) must give what the file-object
path gives (``_read_bytes_by_path``, the code before it) for every name: the bytes, or the same coded error with
the same message — a folder, a missing file, a name with a trailing slash, a device, a file over the cap, a bad
override of the cap — and read a file whole however few bytes one ``read`` returns.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import _read_bytes_by_path, read_bytes
from disclosure_rules._limits import INPUT_BYTES

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

CAP = 64


def _outcome(read: Callable[[str], bytes], path: str) -> bytes | tuple[str, str, str]:
    try:
        return read(path)
    except DisclosureRulesError as exc:
        return (exc.code, exc.message, exc.message_zh)


def _same(path: str) -> bytes | tuple[str, str, str]:
    fast, before = _outcome(read_bytes, path), _outcome(_read_bytes_by_path, path)
    assert fast == before
    return fast


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3 * CAP), grown=st.integers(0, 3 * CAP), chunk=st.integers(1, 2 * CAP))
def test_every_size_is_read_whole_or_refused_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, grown: int, chunk: int
) -> None:
    """A file measured ``grown`` bytes smaller than it is, read ``chunk`` bytes at most a call."""
    assert INPUT_BYTES.env is not None
    monkeypatch.setenv(INPUT_BYTES.env, str(CAP))
    path = tmp_path / "f.json"
    path.write_bytes(data)
    expected = data if len(data) <= CAP else "limits.input_bytes"
    outcome = _same(str(path))
    assert (outcome if isinstance(outcome, bytes) else outcome[0]) == expected

    real_fstat, real_read = os.fstat, os.read

    def measured_early(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        fields = list(info)
        fields[6] = max(0, info.st_size - grown)  # st_size
        return os.stat_result(fields)

    def short_read(fd: int, size: int) -> bytes:
        return real_read(fd, min(size, chunk))

    monkeypatch.setattr(os, "fstat", measured_early)
    monkeypatch.setattr(os, "read", short_read)
    outcome = read_bytes(str(path)) if len(data) <= CAP else _outcome(read_bytes, str(path))
    assert (outcome if isinstance(outcome, bytes) else outcome[0]) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("folder", "cli.is_directory"),
        ("folder/", "cli.is_directory"),
        ("missing.json", "cli.not_found"),
        ("f.json/", None),  # pathlib drops the trailing slash: the file is read, as before
        ("f.json/x", "cli.unreadable"),
        ("", "cli.is_directory"),  # pathlib reads "" as "."
    ],
)
def test_odd_names_read_or_fail_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: str | None
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "f.json").write_bytes(b"{}")
    monkeypatch.chdir(tmp_path)
    outcome = _same(name)
    assert (outcome == b"{}") if code is None else (outcome[0] == code)


def test_a_device_is_read_as_before() -> None:
    assert _same(os.devnull) == b""


@pytest.mark.parametrize(
    ("name", "code"),
    [("f.json", "limits.bad_override"), ("missing.json", "cli.not_found"), ("folder", "cli.is_directory")],
)
def test_a_bad_override_of_the_cap_is_reported_after_the_open_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: str
) -> None:
    """A missing file or a folder is named before the override is read; a file meets the bad override."""
    assert INPUT_BYTES.env is not None
    monkeypatch.setenv(INPUT_BYTES.env, "lots")
    (tmp_path / "f.json").write_bytes(b"{}")
    (tmp_path / "folder").mkdir()
    outcome = _same(str(tmp_path / name))
    assert outcome[0] == code
