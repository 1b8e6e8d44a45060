"""Title classifier: news — a report of an act, a meeting or visit, a line saying something came out — against an
item's own document.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_content,
)
from tests.classify.samples import ITEM_SUBJECTS, PLACES, YEARS, Shape, TitleShape, UnsureShape, shape_name

NEWS_SUBJECTS = ("“十四五”交通发展", "十五五规划", "防汛应急预案", "政府采购", "部门预算", "养老服务实施细则")


PLACES_R14 = ("玉门市", "镇沅县", "某县", "平潭综合实验区", "中山市")


PLACES_R15 = ("竹溪县", "山西省", "某市", "平潭综合实验区", "衡阳市")


# Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).


@settings(deadline=None)
@given(st.sampled_from(("市长", "区长", "副县长")), st.sampled_from(NEWS_SUBJECTS))
def test_attending_or_visiting_is_news(who: str, subject: str) -> None:
    """出席, 调研, 走访: an official's attendance is work news."""
    for verb in ("出席", "调研", "走访"):
        assert classify_content(f"{who}{verb}{subject}工作").category is None


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("开展", "组织开展")),
    st.sampled_from(("安全生产大检查", "低保专项治理")),
)
def test_a_line_that_reports_work_being_carried_out_is_news(place: str, verb: str, work: str) -> None:
    """某县开展…: news of work being done; 关于开展…的通知 is the notice."""
    assert classify_content(f"{place}{verb}{work}").category is None
    assert classify_content(f"关于{verb}{work}的通知").rule_id != "news.headline"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).


@settings(deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(("竣工验收情况公示", "竣工验收结果公示")))
def test_the_publication_of_an_acceptance_is_no_news(place: str, publication: str) -> None:
    """The acceptance published by the agency (…验收情况公示) is not a news report: the acceptance rule stays out."""
    result = classify_content(f"{place}污水处理厂建设项目通过{publication}")
    assert result.rule_id != "news.acceptance"


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("省食药监局", "市统计局", "县应急管理局")),
    st.sampled_from(("食品抽检公告", "统计公报", "公告")),
)
def test_an_agency_publishing_a_document_is_news_or_not_sure(agency: str, document: str) -> None:
    """The form "Agency publishes X" reports the publication: news, or at most the document's item with news as runner-up."""
    result = classify_content(f"{agency}发布{document}")
    assert result.category is None or result.confidence is Confidence.AMBIGUOUS


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("自然资源部与中国气象局", "应急管理部、水利部", "两部门")),
    st.sampled_from(("联合发布", "联合公布")),
    st.sampled_from(("地质灾害橙色预警", "山洪灾害气象预警", "森林火险预警")),
)
def test_a_joint_warning_reported_as_news_is_no_confident_item(organs: str, verb: str, warning: str) -> None:
    result = classify_content(f"{organs}{verb}{warning}")
    assert result.confidence is not Confidence.CLEAR or result.category is None


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R14),
    st.sampled_from(("风机叶片二期", "人防疏散基地", "污水处理厂", "城区道路改造")),
)
def test_a_project_that_started_is_news(place: str, project: str) -> None:
    assert classify_content(f"{place}{project}项目开工建设").category is None
    # The project's own record (an approval, a plan of starts) keeps its item.
    assert classify_content(f"{place}{project}项目开工建设计划").rule_id != "news.project_start"


@settings(deadline=None)
@given(
    st.sampled_from(("按时完成", "如期完成", "提前完成", "全面完成")),
    st.sampled_from(("中央预算内投资计划草案编制工作", "部门预算编制工作", "十四五规划编制工作")),
)
def test_work_done_on_time_is_news(done: str, work: str) -> None:
    result = classify_content(f"某县发改局{done}2025年{work}")
    assert result.category is None
    assert result.rule_id == "news.headline.done"
    # An order to finish the work is the organ's notice, not news.
    assert classify_content(f"关于确保{done}2025年{work}的通知").rule_id != "news.headline.done"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R15),
    st.sampled_from(YEARS),
    st.sampled_from(("公务员招录", "事业单位招聘", "考试录用公务员面试", "教师招聘")),
    st.sampled_from(("公告发布", "公告發布", "公告出炉", "公告正式发布")),
    st.sampled_from(("", " 考生需关注这些关键细节", ",速看")),
)
def test_a_notice_reported_issued_is_news(place: str, year: str, what: str, verb: str, tail: str) -> None:
    result = classify_content(f"{place}{year}年{what}{verb}{tail}")
    assert result.category is None
    assert result.rule_id == "news.headline.issued"
    # The notice itself (its issuer's own title) keeps its item.
    assert classify_content(f"{place}{year}年{what}公告").category == "A20.14"


@settings(deadline=None)
@given(
    st.sampled_from(("笔试", "面试", "体检")), st.sampled_from(("下半年考试计划", "年度考试计划", "首批试点"))
)
def test_a_line_reporting_what_was_put_in_a_plan_is_news(stage: str, plan: str) -> None:
    result = classify_content(f"中央机关及其直属机构2027年度考试录用公务员{stage}列入{plan}")
    assert result.category is None
    assert result.rule_id == "news.headline.listed"
    assert classify_content(f"关于将某项目列入{plan}的通知").rule_id != "news.headline.listed"


@settings(deadline=None)
@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(
        ("山西省2022年省级机关考试录用公务员面试公告", "某县2024年部门预算", "某市国土空间总体规划")
    ),
)
def test_a_date_followed_by_a_comma_opens_a_news_lead(month: int, day: int, title: str) -> None:
    assert classify_content(f"2022年{month}月{day}日,{title}").confidence is not Confidence.CLEAR
    # A catalogue that dates its title in a parenthesis keeps its decision.
    dated = classify_content(f"{title}（更新于2022年{month}月{day}日）")
    assert dated.confidence is classify_content(title).confidence


# Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("某县", "某市", "")),
    st.sampled_from(("重点项目清单", "政府采购目录", "行政事业性收费目录清单")),
    st.sampled_from(("（最新）.xlsx", "（最新）", "最新目录")),
)
def test_a_catalogue_marking_its_newest_version_is_not_news(place: str, record: str, mark: str) -> None:
    """A record noun or a file name beside 最新 keeps the line's reading (the news rule does not fire)."""
    assert classify_content(f"{place}{record}{mark}").rule_id != "news.headline.latest"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["郑州市金水区教体局", "某县教育局", "关于"]),
    st.sampled_from(["某某幼儿园", "某某职业培训学校", "某某民办小学"]),
)
def test_a_grant_to_found_a_school_is_no_work_news(issuer: str, school: str) -> None:
    """…准予举办…幼儿园的决定: 准予 is a grant's word; 举办 beside it is no event (item (五) first, never news)."""
    result = classify_content(f"{issuer}准予举办{school}的决定")
    assert result.rule_id != "news.work"
    assert result.category == "A20.05"


NEWS_SHAPES: Final[list[Shape]] = [
    # Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
    TitleShape(
        "a_meeting_report_is_news_whatever_plan_it_discusses",
        "某县召开“{topic}”{meeting}",
        {
            "topic": ("十四五", "国土空间", "交通", "教育"),
            "meeting": ("专项规划专题会议", "规划编制推进会议"),
        },
        None,
        rule_id="news.meeting",
        why="G4: 召开…会议 reports a meeting, not the plan it discusses.",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    TitleShape(
        "a_report_of_an_event_has_no_item",
        "{place}{subject}{event}",
        {
            "place": PLACES,
            "subject": NEWS_SUBJECTS,
            "event": ("成就综述", "新闻发布会实录", "工作综述", "新闻发布会"),
        },
        None,
        rule_id="news.event",
        why="A press conference or a review of achievements is news, whatever item its subject belongs to.",
    ),
    TitleShape(
        "a_news_claim_outranks_the_word_of_an_item",
        "{claim}{place}{subject}出炉",
        {"claim": ("喜报！", "全省首个", "全国首份", "全市首家"), "place": PLACES, "subject": NEWS_SUBJECTS},
        None,
        why="Good news and first-in-the-country claims report an event; 实施细则 or 预算 inside them decide nothing.",
    ),
    TitleShape(
        "an_activity_about_an_item_is_news",
        "{place}开展{subject}{activity}",
        {
            "place": PLACES,
            "subject": ("政府采购法", "部门预算公开", "应急预案", "行政许可"),
            "activity": ("宣传活动", "主题活动", "发展成就展"),
        },
        None,
        why="开展…活动: an activity that publicises an item's subject is work news, not that item's information.",
    ),
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    TitleShape(
        "an_inspection_visit_is_news",
        "{who}视察{subject}情况",
        {"who": ("县政协", "市人大常委会", "区政协委员"), "subject": ITEM_SUBJECTS},
        None,
        rule_id="news.event",
        why="视察 reports a visit (like 调研): no item, even when the subject is the handling of proposals.",
    ),
    TitleShape(
        "a_leader_leading_a_visit_is_news",
        "某县{who}带队{visit}",
        {"who": ("县领导", "局长", "副市长"), "visit": ("检查安全生产工作", "督导防汛工作", "调研重点项目")},
        None,
        why="带队检查, 带队督导: a report of a visit, not the 监督检查情况 of item (十三).",
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    TitleShape(
        "a_report_of_what_a_meeting_did_is_news",
        "{meeting}{verb}{subject}",
        {
            "meeting": ("国务院常务会议", "县政府常务会议", "区委常委会会议"),
            "verb": ("研究", "部署", "审议", "听取"),
            "subject": ("推进新型工业化有关工作", "2025年部门预算编制工作", "防汛应急预案修订工作"),
        },
        None,
        rule_id="news.meeting_report",
        why="常务会议研究…: news of the meeting, whatever item its subject belongs to.",
    ),
    TitleShape(
        "a_report_of_a_passed_acceptance_is_news",
        "{place}2024年{project}{passed}",
        {
            "place": PLACES,
            "project": ("高标准农田建设项目", "污水处理厂建设项目", "乡村道路工程"),
            "passed": ("通过竣工验收", "通过完工验收", "完成县级验收", "顺利完成验收"),
        },
        None,
        why="…项目通过竣工验收: news of the project; the acceptance's own publication keeps item (十).",
    ),
    TitleShape(
        "a_question_about_work_done_is_news",
        "{place}政府在{subject}中{question}",
        {
            "place": PLACES,
            "subject": ("安全生产监督检查计划", "防汛应急预案", "部门预算"),
            "question": ("采取了哪些措施?", "做了什么？", "取得了哪些成效？"),
        },
        None,
        rule_id="news.question_done",
        why="…计划中采取了哪些措施?: a question about what was done, not the plan.",
    ),
    TitleShape(
        "a_ministry_before_a_colon_is_the_news_form",
        "{ministry}:{what}",
        {
            "ministry": ("农业农村部", "商务部", "交通运输部"),
            "what": ("今年农机购置补贴实施进度远超往年", "一季度外贸进出口稳中向好"),
        },
        None,
        rule_id="news.headline.colon",
        why='某部：…: the news form "Agency: what happened", like 某局：….',
    ),
    # Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
    TitleShape(
        "a_project_start_reported_as_an_event_is_news",
        "{project}{start}",
        {
            "project": ("某社区老旧小区改造", "某路改造工程", "某县污水处理厂项目", "全市重点项目"),
            "start": ("正式开工", "顺利开工", "集中开工", "开工仪式举行", "破土动工"),
        },
        None,
        why="G4: 项目…启动/开工 is news of the project.",
    ),
    TitleShape(
        "an_enforcement_campaign_slogan_is_news",
        "{subject}监测，{slogan}违法行为",
        {
            "subject": ("考场舞弊", "违规收费", "电信诈骗", "食品安全违法"),
            "slogan": ("严查", "严打", "重拳出击", "零容忍"),
        },
        None,
        why="Publicity of a campaign (严查…, 重拳出击) is news, whatever field it names.",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    TitleShape(
        "news_verbs_are_news",
        "{place}{headline}",
        {
            "headline": (
                "政府机构改革正式拉开序幕",
                "打响大气污染防治攻坚战",
                "审批流程将更简化",
                "吹响集结号",
            ),
            "place": PLACES,
        },
        None,
    ),
    TitleShape(
        "the_first_person_of_a_news_column_is_news",
        "{voice}{event}",
        {
            "voice": ("我市", "我县", "我区"),
            "event": ("查处一批违法建设 罚款120万元", "下拨救济口粮20万公斤", "审批时间压缩至1天"),
        },
        None,
        rule_id="news.headline.first_person",
        why="G4: 我市/我县 is the voice of news; a document names its place.",
    ),
    # Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
    TitleShape(
        "a_past_tense_report_of_an_act_is_news",
        "{place}{line}",
        {
            "line": ("13个行业42张排污许可证已核发", "某局集中发放排污许可证", "全市颁发首张食品经营许可证"),
            "place": ("", "某市", "某县"),
        },
        None,
        why="A line that reports that an act happened is news of the act, not its record: no item.",
    ),
    # Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
    TitleShape(
        "a_line_saying_the_notice_period_has_passed_is_news",
        "{place}{subject}{period}",
        {
            "place": ("某地", "南京", ""),
            "subject": ("拟录用公务员", "拟聘用人员", "拟录用人民警察"),
            "period": ("公示期已过", "已过公示期", "公示期已满"),
        },
        None,
        rule_id="news.headline.past_period",
    ),
    # Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
    TitleShape(
        "a_line_saying_a_list_came_out_is_news",
        "{place}{subject}{verb}",
        {
            "place": ("奉节县", "某市", "全省"),
            "subject": ("2025年重点项目名单", "第三批示范村名单", "高考分数线", "低保标准"),
            "verb": ("出炉", "正式出炉", "新鲜出炉"),
        },
        None,
    ),
    # Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
    TitleShape(
        "a_meeting_held_is_news",
        "我县召开{meeting}",
        {
            "meeting": (
                "“十四五”规划纲要基本思路意见征求会",
                "国土空间总体规划论证会",
                "预算编制研讨会",
                "应急预案评审会",
            )
        },
        None,
        rule_id="news.meeting",
    ),
    # Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
    UnsureShape(
        "a_report_that_came_out_is_news",
        "嘉兴市2023年重点污染源{report}{verb}",
        {"verb": ("出爐", "出炉", "新鲜出炉"), "report": ("监测评价报告", "评估报告", "监测报告")},
        items=frozenset({None}),
    ),
    UnsureShape(
        "an_agency_publishing_a_navigation_notice_is_the_news_form",
        "{agency}发布航行通告",
        {"agency": ("巴彦淖尔市乌拉特前旗地方海事处", "某港海事处", "某县地方海事局")},
        items=frozenset({None}),
    ),
]


@pytest.mark.parametrize("shape", NEWS_SHAPES, ids=shape_name)
def test_each_news_shape_is_classified_as_its_row_says(shape: Shape) -> None:
    """Each row's titles, whatever words fill the template, are classified as the row says (never clear: `UnsureShape`)."""
    shape.check()
