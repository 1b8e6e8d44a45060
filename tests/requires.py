"""What a test needs from the machine: missing, it skips on a developer's machine and FAILS under ``CI=true``.

``.ci/run`` installs every system tool the tests use (its apt-get line), so a skip in CI would hide a broken
set-up; on a developer's machine without, say, LibreOffice, the rest of the suite still runs. ``CI`` is read
case-insensitively (``true``, ``True`` and ``TRUE`` are all CI, as runners spell it differently).
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def under_ci() -> bool:
    """Whether the tests run in CI (``CI=true`` in any case), where nothing they need may be missing."""
    return os.environ.get("CI", "").strip().lower() == "true"


def unavailable(reason: str) -> NoReturn:
    """Stop the test for a missing need: ``pytest.fail`` under CI, ``pytest.skip`` otherwise."""
    if under_ci():
        pytest.fail(f"{reason} (CI=true: a test may not skip for it)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The path of the system tool ``name`` on ``PATH``; :func:`unavailable` when it is not installed."""
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed (Debian: see the apt-get line in .ci/run)")
    return path
