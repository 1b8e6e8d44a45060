"""Auditor on messy pages: pages and reports embedded in Word documents.

The tests come from the messy-page rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules import AnnualReport2021, render
from disclosure_rules._audit import audit
from disclosure_rules._limits import LimitError
from tests.scripts import load_script
from tests.strategies import consistent_reports_2021

if TYPE_CHECKING:
    from collections.abc import Callable


ROOT = Path(__file__).resolve().parents[2]


altchunk_docx: Callable[..., bytes] = load_script("audit_altchunk_docx").altchunk_docx


_PAGES = ("pingtan_2021.html", "shanghai_office_2019.html")


# Round 8 (formerly test_audit_messy_round8.py; see MESSY_ROUNDS.md).
@pytest.mark.parametrize("name", _PAGES)
@pytest.mark.parametrize("charset", ["utf-8", "gb18030"])
@pytest.mark.parametrize("as_mht", [False, True], ids=["html", "mht"])
def test_a_page_embedded_in_word_reads_as_the_page(name: str, charset: str, *, as_mht: bool) -> None:
    # the part is decoded as a saved page is (a GB18030 page whose meta still says utf-8 included)
    page = (ROOT / "tests" / "data" / "published" / name).read_bytes()
    expected = audit(page, source=name)
    embedded = page.decode("utf-8").encode(charset)
    got = audit(altchunk_docx(embedded, as_mht=as_mht), source="报告.docx")
    assert (got.format, got.year, got.tables) == (expected.format, expected.year, expected.tables)
    assert sorted(f.code for f in got.findings) == sorted(f.code for f in expected.findings)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=consistent_reports_2021(), as_mht=st.booleans())
def test_any_rendered_report_embedded_in_word_reads_back(report: AnnualReport2021, *, as_mht: bool) -> None:
    page = render(report, "html").encode("utf-8")
    got = audit(altchunk_docx(page, as_mht=as_mht, before="附件"), source="报告.docx")
    assert got.tables == audit(page, source="报告.html").tables
    assert got.format == "2021"


def test_an_embedded_part_counts_against_the_document_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (ROOT / "tests" / "data" / "published" / "pingtan_2021.html").read_bytes()
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_DOCUMENT_XML_BYTES", str(len(page) // 2))
    with pytest.raises(LimitError) as caught:
        audit(altchunk_docx(page), source="报告.docx")
    assert caught.value.code == "limits.document_xml_bytes"
