"""A Word file's embedded HTML part (w:altChunk) of many ``<body>`` tags and no ``</body>`` is read in linear time.

The page's body was found by one pattern, ``<body[^>]*>(.*)</body>``, which from every ``<body`` scanned to the
end of the part and back for a ``</body>`` that never came: quadratic (10 s for 120 KB, hours for the document
limit). The body's start and end are now found once each.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from disclosure_rules._audit import audit
from disclosure_rules._audit._documents import _chunk_html
from disclosure_rules._audit._result import AuditError
from tests.scripts import load_script

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
altchunk_docx: Callable[..., bytes] = load_script("audit_altchunk_docx").altchunk_docx
SECONDS = 10  # quadratic: about 25 s before the fix; linear: well under a second


@pytest.mark.parametrize("opener", [b"<body>", b"<BODY class=x>", b"<body"])
def test_many_body_tags_without_an_end_are_read_in_linear_time(opener: bytes) -> None:
    part = b"<html><p>x</p>" + opener * (200_000 // len(opener))
    started = time.monotonic()
    with pytest.raises(AuditError):  # no report in it: one coded error, soon
        audit(altchunk_docx(part), source="报告.docx")
    assert time.monotonic() - started < SECONDS


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<title>T</title><body a=1>甲</body>", "<title>T</title>甲"),
        ("<BODY>甲</body>乙</BODY>", "甲</body>乙"),  # the last end tag closes the body
        ("<body>甲", "<body>甲"),  # no end: the whole page
        ("<body 甲</body>", "<body 甲</body>"),  # no '>' after <body: the whole page
        ("<body><body>甲</body>", "<body>甲"),
        ("<p>x</body><body>甲", "<p>x</body><body>甲"),  # an end only before the start: the whole page
    ],
)
def test_the_body_of_an_embedded_page(page: str, expected: str) -> None:
    assert _chunk_html(page.encode(), "x") == expected
