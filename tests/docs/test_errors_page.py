"""docs/errors.md lists every code of the command line with the catalogue's own Chinese sentence."""

from __future__ import annotations

import re
from pathlib import Path

from disclosure_rules._messages import ERROR_MESSAGES_ZH

PAGE = Path(__file__).resolve().parents[2] / "docs" / "errors.md"
# Printed by the CLI's last nets (Ctrl-C aside, which is a cli.* code), not raised as the command's own error.
LAST_NETS = frozenset({"input.os_error", "limits.exhausted", "internal.error"})


def _rows() -> dict[str, str]:
    """The page's table: code → the sentence it quotes."""
    rows = re.findall(
        r"^\| `([a-z_]+\.[a-z0-9_]+)` \| ([^|]+) \|", PAGE.read_text(encoding="utf-8"), re.MULTILINE
    )
    return {code: sentence.strip() for code, sentence in rows}


def test_the_page_lists_every_code_of_the_command_line() -> None:
    listed = _rows()
    wanted = {code for code in ERROR_MESSAGES_ZH if code.startswith("cli.")} | LAST_NETS
    assert len(wanted) > 15  # the catalogue was read
    assert sorted(wanted - listed.keys()) == []


def test_the_page_quotes_the_catalogue() -> None:
    """A sentence changed in the catalogue and not here (or the reverse) fails: the catalogue is the one home."""
    listed = _rows()
    assert {
        code: sentence for code, sentence in listed.items() if ERROR_MESSAGES_ZH.get(code) != sentence
    } == {}
