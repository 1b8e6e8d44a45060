"""Pages as the web serves them, not as they were written: cut off, converted, mis-encoded, huge, or no report.

Each property runs on the real pages of the development corpus (``tests/data/published``): whatever happens to a
page on its way to the auditor, it reads the same numbers or says it could not — it never invents one.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, AuditResult, audit
from disclosure_rules._audit._charset import decode_page
from disclosure_rules._audit._variants import simplify
from disclosure_rules._classify._normalize import traditional_map

DATA = Path(__file__).resolve().parents[1] / "data" / "published"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in {".txt", ".html"})
STANDARD = [
    p for p in PAGES if json.loads(p.with_suffix(".reading.json").read_text("utf-8"))["format"] != "legacy"
]
# Pages about annual reports that are not reports (kept short: their openings, as sites publish them).
NOT_REPORTS = {
    "notice": (
        "关于认真做好2021年政府信息公开工作年度报告编制发布工作的通知\n各县市区人民政府，市直各单位：\n"
        "为规范做好2021年政府信息公开工作年度报告的编制和发布工作，现就有关事项通知如下：\n"
        "一、准确领会，认真部署\n二、按时报送，及时公布\n1.市直单位于2022年1月26日前提交年报。"
    ),
    "rule": (
        "政府信息公开年度报告制度（试行）\n第一条 为不断提高政府信息公开工作的质量和水平，制定本制度。\n"
        "第二条 各市人民政府应当于每年的3月31日前公布政府信息公开年度报告。\n"
        "第三条 年度报告应当包括下列内容：（一）概述；（二）主动公开政府信息情况；（三）依申请公开政府信息情况。"
    ),
    "half_year": (
        "2022年上半年政府信息公开数据统计\n一、公文类政府信息公开情况\n全区各级行政机关共制发公文707件，"
        "主动公开673件。\n二、依申请公开情况\n全区各行政机关共受理政府信息公开申请267件，答复263件。"
    ),
    "navigation": "<html><body><div>网站首页 政务公开 政务服务 互动交流</div><p>版权所有 2023</p></body></html>",
}


@cache
def _reference(page: Path) -> AuditResult:
    return audit(page.read_text(encoding="utf-8"), source=page.name)


def _numbers(result: AuditResult) -> dict[str, object]:
    """Every cell read, by address: table 二 keys, table 三 (row, column), table 四 position."""
    cells: dict[str, object] = dict(result.tables.get("table2", {}))
    for r, row in enumerate(result.tables.get("table3", [])):
        for c, value in enumerate(row):
            cells[f"t3[{r}][{c}]"] = value
    for i, value in enumerate(result.tables.get("table4", [])):
        cells[f"t4[{i}]"] = value
    return cells


def _as_number(value: object) -> Decimal | None:
    """A cell as a number: "251000元" (the 2019 采购总金额 is a text cell) counts by its digits."""
    match = re.match(r"-?[\d.]+", str(value))
    return Decimal(match.group(0)) if match else None


@cache
def _to_traditional() -> dict[int, str]:
    table: dict[int, str] = {}
    for traditional, simplified in traditional_map().items():
        if traditional != simplified and len(simplified) == 1:
            table.setdefault(ord(simplified), traditional)
    return table


class TestCutOff:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(page=st.sampled_from(STANDARD), share=st.floats(0.05, 0.999))
    def test_a_cut_page_reads_what_is_there(self, page: Path, share: float) -> None:
        """Issue 8: "a page cut off mid-table is a fair test of reading what is there" — every cell read from
        the cut page is the cell of the whole page (or not read), except the one number the cut may split."""
        text = page.read_text(encoding="utf-8")
        cut = text[: max(1, int(len(text) * share))]
        try:
            result = audit(cut, source=page.name)
        except AuditError as error:
            code = error.code
            assert code in {"audit.unrecognised_format", "audit.no_year"}, code
            return
        whole = _numbers(_reference(page))
        split = cut.rstrip()[-1:].isdigit()
        wrong = [
            key
            for key, value in _numbers(result).items()
            if value is not None
            and whole.get(key) is not None
            and _as_number(value) != _as_number(whole[key])
        ]
        assert len(wrong) <= int(split), f"{page.name} cut at {len(cut)}: cells read differently: {wrong}"


# Pages published in simplified characters (the ones already in traditional characters are the input, not
# the subject, of this check).
SIMPLIFIED_STANDARD = [page for page in STANDARD if not simplify(page.read_text(encoding="utf-8"))[1]]


class TestTraditionalMirrors:
    @pytest.mark.parametrize("page", SIMPLIFIED_STANDARD, ids=lambda p: p.stem)
    def test_a_traditional_copy_reads_the_same(self, page: Path) -> None:
        """Mirror sites serve reports in traditional characters: the converted page reads the same cells and
        the same prose figures, and says it was converted (``audit.traditional_characters``)."""
        text = page.read_text(encoding="utf-8")
        converted = text.translate(_to_traditional())
        result = audit(converted, source=page.name)
        reference = _reference(page)
        assert result.format == reference.format
        assert result.tables == reference.tables
        assert sorted((f.name, str(f.value)) for f in result.figures) == sorted(
            (f.name, str(f.value)) for f in reference.figures
        )
        assert "audit.traditional_characters" in {f.code for f in result.findings}

    def test_converter_words_come_back(self) -> None:
        """A zh-TW converter writes 規範性檔案 for 规范性文件: on a converted page the label is read back."""
        text, converted = simplify("規範性檔案（行政機關制定發布的決定、公告、通告）與規章的統計情況報告")
        assert converted
        assert text.startswith("规范性文件")

    def test_a_simplified_page_is_left_alone(self) -> None:
        """A simplified page quoting one traditional name is not converted."""
        text = "2022年本机关收到臺灣同胞来信一件。"
        assert simplify(text) == (text, False)


class TestEncodings:
    @pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
    def test_gbk_and_mixed_pages_decode_to_the_same_reading(self, page: Path) -> None:
        """Sites serve GBK, GB18030 and pages pasted together from UTF-8 and GBK pieces: each decodes to a
        page that reads the same cells as the UTF-8 original."""
        text = page.read_text(encoding="utf-8")
        half = len(text) // 2
        variants = [
            text.encode("gb18030"),
            text[:half].encode("utf-8") + text[half:].encode("gb18030"),
            text[:half].encode("gb18030") + text[half:].encode("utf-8"),
        ]
        reference = _reference(page)
        for data in variants:
            result = audit(decode_page(data, page.name), source=page.name)
            assert result.tables == reference.tables

    def test_big5_page(self) -> None:
        """A Big5 page with no charset declared is decoded as Big5 (it reads as a report only that way)."""
        page = DATA / "guangzhou_panyu_gwyj_2021.txt"
        text = page.read_text(encoding="utf-8")
        assert decode_page(text.encode("big5", errors="replace"), page.name).startswith("一、總體情況")


class TestNotAReport:
    @pytest.mark.parametrize("name", sorted(NOT_REPORTS))
    def test_pages_about_reports_are_refused(self, name: str) -> None:
        """Issue 8: "exit 2 when a file could not be read as a report (with the reason)" — notices, rules and
        part-year statistics talk about the annual report but are not one."""
        with pytest.raises(AuditError) as caught:
            audit(NOT_REPORTS[name], source=name)
        assert caught.value.code == "audit.unrecognised_format"
        assert name in str(caught.value)

    @settings(max_examples=60, deadline=None)
    @given(text=st.text(min_size=1, max_size=400))
    def test_arbitrary_text_never_crashes(self, text: str) -> None:
        """Any input either reads as a report or is refused with a stable code; nothing else escapes."""
        code = "read"
        try:
            audit(text, source="random")
        except AuditError as error:
            code = error.code
        assert code == "read" or code.startswith("audit.")


class TestLargePages:
    def test_navigation_padded_page(self) -> None:
        """A real page inside a megabyte of navigation links reads exactly as the bare page."""
        page = DATA / "pingtan_2021.html"
        html = page.read_text(encoding="utf-8")
        links = "".join(f"<li><a href='/a/{i}.html'>政务公开栏目{i}</a></li>" for i in range(8000))
        body = html.find("<body")
        padded = html[:body] + f"<body><ul>{links}</ul>" + html[body + 5 :] + f"<ul>{links}</ul>"
        assert len(padded.encode()) > 1_000_000
        assert audit(padded, source=page.name).tables == _reference(page).tables
