"""``read_bounded`` reads a regular file into a buffer of its own size, with the same bytes and the same refusals.

A file is read whole when it holds at most the cap and refused (``limits.input_bytes``) when it holds more,
whether it is a regular file measured first, a stream with no descriptor, or a file that grew after it was
measured.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._files import read_bounded
from disclosure_rules._limits import INPUT_BYTES, LimitError

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

CAP = 64


def _expect(data: bytes, read: object) -> None:
    if len(data) <= CAP:
        assert read == data
    else:
        assert isinstance(read, LimitError)
        assert read.code == "limits.input_bytes"


def _read(handle: io.BufferedReader | io.BytesIO) -> bytes | LimitError:
    try:
        return read_bounded(handle, "f.json")
    except LimitError as exc:
        return exc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3 * CAP), grown=st.integers(0, 3 * CAP))
def test_every_size_is_read_whole_or_refused_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, grown: int
) -> None:
    """A regular file, a stream in memory, and a file measured ``grown`` bytes smaller than it is read."""
    assert INPUT_BYTES.env is not None
    monkeypatch.setenv(INPUT_BYTES.env, str(CAP))
    path = tmp_path / "f.json"
    path.write_bytes(data)
    with path.open("rb") as handle:
        _expect(data, _read(handle))
    _expect(data, _read(io.BytesIO(data)))

    real_fstat = os.fstat

    def measured_early(fd: int) -> os.stat_result:  # the size before the file grew by ``grown`` bytes
        info = real_fstat(fd)
        fields = list(info)
        fields[6] = max(0, info.st_size - grown)  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", measured_early)
    with path.open("rb") as handle:
        _expect(data, _read(handle))
