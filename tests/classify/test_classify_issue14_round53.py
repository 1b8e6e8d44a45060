"""Issue 14, round 53: no confident wrong answer where a form or act word alone decided a doubtful title.

Titles: an organ's own housekeeping rules (固定资产管理, 考勤管理 … in a 制度/办法) are no category first with (一) the
runner-up; a notice setting up a leading group (关于成立…领导小组) is (二) first with no category the runner-up; an
area's air quality for a month or a period is (四) first against (十三); a 通告 issued by 发布 is (一) first, never
decided on the form word alone. Replies: the document sent with the notice (随本告知书一并寄出, 随函附上) is granted; 遮挡
of a neighbour's building is no redaction. The property tests fail on round 52's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_ORGANS = ["某片区管理局", "某县财政局", "某镇人民政府", "某区住房和城乡建设局"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_ORGANS),
    st.sampled_from(["固定资产管理", "考勤管理", "差旅费管理", "办公用品管理", "公务接待"]),
    st.sampled_from(["制度", "制度（试行）", "办法", "规定", "实施细则"]),
)
def test_an_organs_housekeeping_rules_are_never_a_clear_item_one(organ: str, subject: str, form: str) -> None:
    """第十六条 (内部事务) against 第二十条第（一）项 by form: never the confident (一) of 印发 + 制度."""
    result = classify_content(f"{organ}关于印发《{organ}{subject}{form}》的通知")
    assert result.confidence is not Confidence.CLEAR
    assert result.category in {None, "A20.01"}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某镇", "某区管委会", "某市市场监督管理局", ""]),
    st.sampled_from(["保护文化和自然遗产", "信访维稳工作", "年报公示工作", "创建文明城市工作"]),
    st.sampled_from(["领导小组", "工作领导小组", "工作专班", "指挥部"]),
)
def test_a_leading_group_set_up_by_a_notice_is_two_readings(organ: str, task: str, body: str) -> None:
    """A 议事协调机构 set up by a notice: (二) first with no category the runner-up, never decided."""
    result = classify_content(f"{organ}关于成立{task}{body}的通知")
    assert result.category == "A20.02"
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.runner_up is not None
    assert result.runner_up.category == "none.internal"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["2023年10月及1-10月", "2024年3月", "2025年第一季度", "2024年上半年", "2023年12月"]),
    st.sampled_from(["平潭", "某县", "某市城区"]),
    st.sampled_from(["环境空气质量", "空气质量状况", "空气质量", "环境质量状况"]),
)
def test_a_periodic_air_quality_figure_is_statistics_against_supervision(
    period: str, place: str, what: str
) -> None:
    """A month's or a period's air quality: (四) first, (十三) the runner-up, never decided."""
    result = classify_content(f"{period}{place}{what}")
    assert (result.category, result.confidence) == ("A20.04", Confidence.AMBIGUOUS)
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.13"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某县自然资源局", "某区人民政府", "某市林业局"]),
    st.sampled_from(["发布", "印发"]),
    st.sampled_from(["野生动物迁徙通道范围", "禁猎区和禁猎期", "城区禁止燃放烟花爆竹区域", "某河段禁渔期"]),
)
def test_a_notice_by_its_form_word_alone_is_never_clear(organ: str, act: str, subject: str) -> None:
    """A 通告 with 发布 or 印发 and nothing else deciding: (一) first, never decided."""
    result = classify_content(f"{organ}关于{act}{subject}的通告")
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["农村集体资产管理办法", "农村集体经济组织财务管理办法", "行政规范性文件管理办法", "城市绿化管理办法"]
    ),
    st.sampled_from(["某区人民政府", "某县人民政府办公室"]),
)
def test_a_rule_for_others_stays_a_clear_item_one(measures: str, organ: str) -> None:
    """Guard: a 管理办法 that binds others (a village collective, the public) keeps the confident (一)."""
    result = classify_content(f"{organ}关于印发《某县{measures}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["某县", "某市", "某区"]), st.sampled_from(["环境空气质量", "空气质量"]))
def test_air_quality_inspection_stays_supervision(place: str, what: str) -> None:
    """Guard: air quality without a period stays (十三), as it was."""
    assert classify_content(f"{place}{what}").category == "A20.13"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["第45号提案办理答复", "《2024年城区供水管网改造实施方案》", "该项目的环评批复"]),
    st.sampled_from(["全文（共三页）", "", "复印件"]),
    st.sampled_from(["随本告知书一并寄出", "随告知书一并寄出", "随本答复书一并寄出", "随函附上"]),
)
def test_the_document_sent_with_the_notice_is_granted(document: str, extent: str, sent: str) -> None:
    """第三十六条第（二）项: what is sent with the letter is the information given."""
    result = classify_outcome(f"关于你要求公开的{document}，本局已将{extent}{sent}。")
    assert result.category == "granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["加盖三楼", "违建围墙", "新建厂房"]),
    st.sampled_from(["遮挡你家采光", "遮挡了您家窗户", "遮挡住院子的阳光"]),
    st.sampled_from(["综合行政执法队", "城市管理局"]),
)
def test_a_neighbours_building_blocking_light_is_no_redaction(
    building: str, blocking: str, referee: str
) -> None:
    """遮挡 of a building is no 遮盖 of the document: a complaint sent as a request stays a petition."""
    result = classify_outcome(
        f"你在申请表中反映邻居私自{building}、{blocking}，并要求我局予以拆除。这属于投诉举报事项，"
        f"不作为政府信息公开申请处理，我局已将该线索转交{referee}依法处理。"
    )
    assert result.category == "not_processed_petition"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["询问笔录", "现场检查笔录", "处罚决定书"]),
    st.sampled_from(["已作遮挡处理", "已进行遮挡", "已予以遮挡"]),
)
def test_a_redacted_document_stays_partially_granted(record: str, masked: str) -> None:
    """Guard: 遮挡 of the document's parts (第三十七条) is still a divided answer."""
    result = classify_outcome(
        f"现向你提供{record}，其中当事人的姓名、住址等个人信息{masked}，其余内容予以公开。"
    )
    assert result.category == "partially_granted"
