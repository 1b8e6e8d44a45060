"""Wordings and layouts met on reports the auditor had not seen (the generalisation corpus): each as a rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._audit._labels_index import lookup
from disclosure_rules._audit._normalize import parse_value

counts = st.integers(1, 99999)


def _page(sentence: str, *, year: int = 2022, heading: str = "一、总体情况") -> str:
    """A standard report cut off before its tables, stating one sentence in section 一."""
    return f"青山镇{year}年政府信息公开工作年度报告\n{heading}\n{sentence}\n二、主动公开政府信息情况\n"


def _figures(text: str) -> dict[str, object]:
    return {figure.name: figure.value for figure in audit(text, source="page").figures}


class TestProse:
    @settings(max_examples=20, deadline=None)
    @given(n=counts, unit=st.sampled_from(["件", "篇"]))
    def test_requests_in_pieces(self, n: int, unit: str) -> None:
        """Art. 50 report, section 一: "依申请公开18篇" states the requests received."""
        assert _figures(_page(f"政府信息主动公开170篇，依申请公开{n}{unit}。"))["requests_received"] == n

    @settings(max_examples=20, deadline=None)
    @given(n=counts)
    def test_accepted_requests(self, n: int) -> None:
        """ "全年共接受办理政府信息公开申请623件": 接受办理 is 受理 (requests received, maybe with carry-over)."""
        assert _figures(_page(f"全年共接受办理政府信息公开申请{n}件。"))["requests_received"] == n

    def test_no_requests_wordings(self) -> None:
        """ "2022年度未依申请公开" states that no request was received."""
        assert _figures(_page("2022年度未依申请公开。"))["requests_received"] == 0

    def test_no_review_no_lawsuit(self) -> None:
        """ "不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况" states 0 reviews and 0 lawsuits."""
        figures = _figures(_page("2021年我局不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"))
        assert figures["administrative_reviews"] == 0
        assert figures["lawsuits"] == 0

    @settings(max_examples=20, deadline=None)
    @given(n=counts, joiner=st.sampled_from(["、", "和", "及"]))
    def test_reviews_and_lawsuits_together_are_neither(self, n: int, joiner: str) -> None:
        """ "涉行政复议、行政诉讼案件743件" counts both: it is not the number of lawsuits (nor of reviews)."""
        figures = _figures(_page(f"涉行政复议{joiner}行政诉讼案件{n}件，结果维持1件。"))
        assert "lawsuits" not in figures
        assert "administrative_reviews" not in figures

    def test_a_list_of_channels_after_baokuo_is_summed(self) -> None:
        """ "382条，包括政府网站35条，…微信公众号2443条": the channels are the parts (text.count_mismatch)."""
        text = _page(
            "全年主动公开政务信息382条，包括政府网站35条，媒体上发布信息80条，“镇”微信公众号2443条。"
        )
        findings = [f for f in audit(text, source="page").findings if f.code == "text.count_mismatch"]
        assert findings
        assert "2558" in findings[0].message

    def test_another_channel_ends_a_qizhong_list(self) -> None:
        """ "发布信息95条，其中发布规范性文件2件，利用电子屏发布信息108条": 108 is another channel, not a part."""
        text = _page("利用办公网络平台发布信息95条，其中发布规范性文件2件，利用电子屏发布信息108条。")
        assert not [f for f in audit(text, source="page").findings if f.code == "text.count_mismatch"]


class TestLabelsAndFormat:
    @given(note=st.sampled_from(["(制度)", "（指2019年事项数）", "(设区的市、自治州人民政府应提供相关数据)"]))
    def test_label_with_a_note(self, note: str) -> None:
        """A label the page annotates in brackets is the official label (规章, 上一年项目数量 …)."""
        for label, code in (("规章", "规章"), ("上一年项目数量", "上一年项目数量")):
            found = lookup(label + note)
            assert found is not None
            assert any(meaning.code == code for meaning in found.meanings)

    def test_a_long_note_keeps_the_label(self) -> None:
        """The Hubei 2019 variant: a row label with a 90-character note still takes its row's values."""
        note = "（指行政许可以外的政务服务事项，含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项）"
        text = (
            "某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
            "第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
            "行政许可\t8\t5\t93\n"
            f"其他对外管理服务事项{note}\t117\t0\t165\n"
            "第二十条第（六）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
            "行政处罚\t90\t0\t22\n行政强制\t4\t4\t4\n"
        )
        table2 = audit(text, source="page").tables["table2"]
        assert table2["其他对外管理服务事项.处理决定数量"] == 165

    @given(year=st.integers(2020, 2025))
    def test_a_report_from_2020_on_is_standard_without_headings(self, year: int) -> None:
        """Every report from 2020 on uses the 60号/30号 format: one that starts at "（一）主动公开…" is not legacy."""
        text = f"芦庙乡人民政府{year}年政府信息公开工作年度报告\n（一）主动公开政府信息的情况\n全年共主动公开政府信息58条。\n"
        result = audit(text, source="page")
        assert result.format == ("2021" if year >= 2021 else "2019")  # 30号 applies from the 2021 reports

    def test_prose_label_words_are_no_format_evidence(self) -> None:
        """A 2022 page flattened into one line and cut before its tables: prose mentions of 规范性文件 (a 2019
        label) do not make it a 2019-format report."""
        sentence = "加强规范性文件清理，对规范性文件文号、成文日期等要素进行规范标注，规范性文件库集中公开现行有效文件。"
        text = _page(sentence * 3, year=2022).replace("\n", " ")
        assert audit(text, source="page").format == "2021"


class TestCellValues:
    @given(n=st.integers(1000, 999_999), unit=st.sampled_from(["件", "条", "份", ""]))
    def test_thousands_with_a_unit(self, n: int, unit: str) -> None:
        """A count written with thousands separators and its unit ("1,234件") is the count."""
        value = parse_value(f"{n:,}{unit}")
        assert value is not None
        assert value.number == n

    @given(marker=st.sampled_from(["（无）", "暂无", "N/A", "—", "／", "无"]))
    def test_more_not_filled_markers(self, marker: str) -> None:
        """Art. 50 tables: a cell left "（无）" or "暂无" is not filled — not 0 (reported as cell.not_filled)."""
        value = parse_value(marker)
        assert value is not None
        assert not value.filled


class TestAgencyName:
    @given(
        agency=st.sampled_from(["甘谷县人民政府办公室", "五常市民意乡", "西藏自治区审计厅"]),
        year=st.integers(2020, 2025),
    )
    def test_a_title_on_two_lines(self, agency: str, year: int) -> None:
        """Art. 50: the report names its agency; a title set as "agency / year…年度报告" on two lines names it."""
        text = f"{agency}\n{year}年政府信息公开工作年度报告\n一、总体情况\n本年度未收到政府信息公开申请。\n"
        assert audit(text, source="page").report.agency.name == agency

    def test_a_notice_cited_in_the_preamble_is_not_the_agency(self) -> None:
        """ "根据《…办公室关于做好2021年…年度报告…的通知》要求，现向社会公开上思县南屏瑶族乡2021年…报告": the
        agency is the one whose report is published, not the office that sent the notice."""
        text = (
            "一、总体情况\n根据《防城港市政务公开领导小组办公室关于做好2021年政府信息公开工作年度报告发布和报送工作的"
            "通知》要求，现向社会公开上思县南屏瑶族乡2021年政府信息公开工作年度报告。\n本年度未收到政府信息公开申请。\n"
        )
        assert audit(text, source="page").report.agency.name == "上思县南屏瑶族乡"

    def test_navigation_is_not_a_title(self) -> None:
        """A breadcrumb ("首页 >> … >> 2021年年报") is not the report's title."""
        text = (
            "首页 >> 政府信息公开平台 >> 2021年年报\n芦庙乡人民政府2021年政府信息公开工作年度报告\n"
            "（一）主动公开政府信息的情况\n全年共主动公开政府信息58条。\n"
        )
        assert audit(text, source="page").report.agency.name == "芦庙乡人民政府"
