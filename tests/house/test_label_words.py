"""The words of the labels the housekeeping rounds gave one home: each site's test checks that it uses the home, this
one checks the home holds the words a clerk reads (the 2007 条例's outline and the workbook's columns)."""

from __future__ import annotations

from disclosure_rules._labels import (
    LEGACY_BREAKDOWN_NAMES,
    LEGACY_PROACTIVE_TOTAL_LABEL,
    LEGACY_SHARE_OF_ALL,
)
from disclosure_rules._sources import HOLIDAY_MEASURES_TITLE, REPORT_NAME, default_report_title
from disclosure_rules._supervise._dashboard import DASHBOARD_TITLE
from disclosure_rules._workbook._layout import FEE_AMOUNT_NAME


def test_the_legacy_report_labels_are_the_outline_s_words() -> None:
    assert LEGACY_PROACTIVE_TOTAL_LABEL == "主动公开信息总数"
    assert LEGACY_SHARE_OF_ALL == "全部公开信息"
    assert LEGACY_BREAKDOWN_NAMES["timeliness"] == "公开的及时性"


def test_the_workbook_s_fee_column_is_in_ten_thousand_yuan() -> None:
    assert FEE_AMOUNT_NAME == "收费金额（万元）"


def test_the_report_s_name_and_its_default_title() -> None:
    assert REPORT_NAME == "政府信息公开工作年度报告"
    assert default_report_title("青山县自然资源局", 2024) == "青山县自然资源局2024年政府信息公开工作年度报告"
    assert DASHBOARD_TITLE == "政府信息公开工作年度报告 检查结果"
    assert HOLIDAY_MEASURES_TITLE == "《全国年节及纪念日放假办法》"
