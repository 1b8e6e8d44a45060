"""Issue 14, round 50: replies read by their parts, not their phrases; several items in one reply; two title classes.

A grant that points to where a document is published is a PLACE (网站, 专栏, 公报, 平台 …) with a PUBLISHED state (公开, 发布,
挂在, 放到, 上传 …) or a WAY to get it (查阅, 检索, 下载, 网址, 路径 …); a correction that still names nothing is a
correction word with a still-unclear word; information another organ holds is "not ours" with a referral; nothing kept is
a nothing-held word with a record; 第十四条 is a law's title with a forbidding word; 第三十八条 in plain speech is a making
verb with nothing ready-made. A reply that gives one item and refuses, redacts or never made another is 部分公开 (the
format counts a divided answer only there). Titles: the annual report named without 公开 is (十五); a Party committee's
工作要点 has no item (G5). ``VARIANTS`` were written before the classifier ran on them (46 of 64 right on round 49's
schemes); the property tests fail on round 49's schemes, the guards hold on both.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import ClassifyError, Confidence, classify_content, classify_outcome
from disclosure_rules._classify._scheme import scheme_from_mapping
from tests.classify.samples import fired_rules

# Staff's own wording of the rows whose misses recur (plain speech, official sentences, a judgment's narration),
# labelled by tests/data/classify/README.md's guidelines.
VARIANTS: tuple[tuple[str, str], ...] = (
    # granted: a PLACE + a PUBLISHED state or an ACCESS verb (第三十六条第（一）项)
    ("你要的文件已在区政府门户网站“政策文件”栏目公开，可在该栏目按文号检索。", "granted"),
    ("该信息我局已于2024年3月在本局官方网站发布，网址附后，你可自行下载。", "granted"),
    ("你申请的年度报告已经挂在镇政府网站上了，在“信息公开”专栏里就能搜到。", "granted"),
    ("经查，该通知已刊登在《市人民政府公报》2023年第5期，你可到公报上查阅。", "granted"),
    ("所申请的征收补偿方案已张贴于村公示栏，并在县政府信息公开平台同步公布，可登录平台查阅。", "granted"),
    ("本机关已将该文件上传至本局微信公众号，关注后在历史消息中即可浏览。", "granted"),
    ("本院查明，被告答复称：原告所申请信息已在县政府网站政务公开专栏主动公开，并告知了获取途径。", "granted"),
    ("这份规划早就放在我们局网站上了，首页“规划计划”栏目点进去就是，链接附后。", "granted"),
    ("你要的采购结果公告已在中国政府采购网公布，可通过项目编号检索查看。", "granted"),
    ("该批复已登载于省政府门户网站，下载路径：首页—政务公开—文件。", "granted"),
    ("申请的信息属于已主动公开的政府信息，已贴在本局一楼政务公开栏，你可随时来看。", "granted"),
    ("你问的那个预算表我们已经在财政局网站的预决算公开平台公布了，按单位名称搜索就能找到。", "granted"),
    # unavailable_unclear_after_correction: a CORRECTION word + a STILL-UNCLEAR word (第二十九条第三款, 第三十条)
    (
        "你补正后的申请仍未说明所需信息的名称、文号，本机关无法确定你要的是哪份文件，故不予处理。",
        "unavailable_unclear_after_correction",
    ),
    (
        "收到补正材料后我们看了，你写的还是“所有相关文件”，具体是哪一份仍然不清楚，本申请终止办理。",
        "unavailable_unclear_after_correction",
    ),
    (
        "经补正，你所描述的内容依旧不明确，本机关无法据此检索，特此告知。",
        "unavailable_unclear_after_correction",
    ),
    (
        "你在规定期限内提交了补正，但补充的内容仍不能指向特定的政府信息，本机关无法提供。",
        "unavailable_unclear_after_correction",
    ),
    (
        "补正后的申请内容仍然模糊，无法确定所指信息，本次申请不再处理。",
        "unavailable_unclear_after_correction",
    ),
    (
        "本院查明，原告补正后仍未明确所申请信息的具体内容，被告遂告知其申请内容不明确，不予处理。",
        "unavailable_unclear_after_correction",
    ),
    (
        "你第二次寄来的补充说明我们收到了，但到底要哪一年、哪个项目的材料，我们还是看不明白，只好结案。",
        "unavailable_unclear_after_correction",
    ),
    (
        "虽已补正，但所要的“违建处理材料”依然无法特定化，本机关无从查找。",
        "unavailable_unclear_after_correction",
    ),
    (
        "补正后申请描述仍不清楚，我机关不能确定具体信息，按规定不予处理。",
        "unavailable_unclear_after_correction",
    ),
    (
        "经我局告知补正，你补正的内容仍无法确定申请的政府信息，本申请办结。",
        "unavailable_unclear_after_correction",
    ),
    (
        "你交来的补正材料仍没说清楚是哪份文件，我们依然没法确定你要什么，只能就此办结。",
        "unavailable_unclear_after_correction",
    ),
    (
        "申请人补正后，申请内容仍不具体、不明确，本机关无法作出答复，该申请视为办结。",
        "unavailable_unclear_after_correction",
    ),
    # unavailable_not_held: ANOTHER BODY holds it, or a SEARCH found NOTHING (第三十六条第（四）、（五）项)
    ("你要的营业执照档案不归我们镇政府管，应当向县市场监督管理局申请。", "unavailable_not_held"),
    ("该信息不是本机关制作或保存的，建议你向县自然资源局申请。", "unavailable_not_held"),
    ("经检索本机关档案，未发现你所申请的会议纪要，该信息不存在。", "unavailable_not_held"),
    ("这份合同我们单位从来没有签过，也就没有这份材料。", "unavailable_not_held"),
    (
        "本院查明，被告答复称原告申请的信息由县住建局制作保存，被告并不持有，并告知其向县住建局申请。",
        "unavailable_not_held",
    ),
    ("你所说的那份批复本局从未收到过，也没有留存，无法提供。", "unavailable_not_held"),
    (
        "你申请的户籍信息由公安机关掌握，不在本机关职责范围内，请向户籍所在地派出所申请。",
        "unavailable_not_held",
    ),
    ("我们翻遍了2019年以来的档案，都没有这个文件。", "unavailable_not_held"),
    ("该项目的环评报告由市生态环境局审批保管，我局手里没有，你可以去那边申请。", "unavailable_not_held"),
    ("经查，本机关未制作也未获取过你所称的“拆迁补偿标准细则”，该信息不存在。", "unavailable_not_held"),
    ("你要的房屋登记簿由不动产登记中心保管，不属于本机关保存的信息，请向其申请。", "unavailable_not_held"),
    ("档案里查不到这份通知，我们也问了经办科室，都说没有发过。", "unavailable_not_held"),
    # withheld_prohibited_by_law: a LAW's name + a FORBIDDING/CONFIDENTIAL word (第十四条)
    (
        "根据《中华人民共和国统计法》第三十九条，统计调查中获得的单个调查对象的资料不得对外提供，故不予公开。",
        "withheld_prohibited_by_law",
    ),
    ("涉及未成年人的犯罪记录，依照《未成年人保护法》应当封存，不得向你提供。", "withheld_prohibited_by_law"),
    (
        "纳税人的涉税信息，依《税收征收管理法》第八条应予保密，我局不能对外提供。",
        "withheld_prohibited_by_law",
    ),
    (
        "你申请的是他人的病历，按《医疗纠纷预防和处理条例》的规定不能提供给患者以外的人，我们不能给你。",
        "withheld_prohibited_by_law",
    ),
    ("该信息属于《反间谍法》规定禁止公开的事项，依法不予公开。", "withheld_prohibited_by_law"),
    (
        "本院查明，被告以所申请信息属于《统计法》规定应予保密的统计资料为由，答复不予公开。",
        "withheld_prohibited_by_law",
    ),
    (
        "人口普查的个人登记表，按照《全国人口普查条例》的规定只能用于普查目的，不得对外提供。",
        "withheld_prohibited_by_law",
    ),
    (
        "个人所得税的申报资料，根据《个人所得税法》的规定属于依法保密的信息，不能公开。",
        "withheld_prohibited_by_law",
    ),
    (
        "该未成年人案件材料，《预防未成年人犯罪法》明确规定不得公开，所以无法提供给你。",
        "withheld_prohibited_by_law",
    ),
    (
        "根据《反洗钱法》，履行反洗钱职责获得的客户身份资料和交易信息应当予以保密，不得向任何单位和个人提供。",
        "withheld_prohibited_by_law",
    ),
    (
        "你要的是法律、行政法规禁止公开的信息，依据条例第十四条，本机关依法不公开。",
        "withheld_prohibited_by_law",
    ),
    (
        "依照《中华人民共和国档案法》和《统计法》的保密规定，这些原始调查表严禁对外提供。",
        "withheld_prohibited_by_law",
    ),
    # unavailable_needs_creation: NOT READY-MADE + a MAKING/PROCESSING word (第三十八条)
    (
        "你要的全县十年来各村征地面积对比表，我们没有现成的，需要把各年资料重新统计汇总才能做出来，按规定可以不予提供。",
        "unavailable_needs_creation",
    ),
    ("本机关没有你所说的统计表，需要另行制作，不属于应当提供的政府信息。", "unavailable_needs_creation"),
    (
        "你要求按照你设计的格式重新编制一份分析报告，这需要对现有信息加工处理，本机关不予提供。",
        "unavailable_needs_creation",
    ),
    ("这种各乡镇排名的数据我们从来没做过，要做得专门去算，这个我们不提供。", "unavailable_needs_creation"),
    (
        "你申请的“近五年违法建设变化趋势分析”需本机关收集、整理、分析大量数据后另行制作，依第三十八条不予提供。",
        "unavailable_needs_creation",
    ),
    (
        "本院查明，被告答复称原告申请的信息需要对现有政府信息进行汇总、分析后才能形成，依法可以不予提供。",
        "unavailable_needs_creation",
    ),
    (
        "现有的资料分散在各个项目档案里，你要的汇总清单需要我们重新整理编制，不属于政府信息公开的范围。",
        "unavailable_needs_creation",
    ),
    ("该数据需经统计、比对后才能得出，属于需要重新制作的信息，我局不予提供。", "unavailable_needs_creation"),
    ("我们没有按月份分类的这种表格，得重新做一张，按规定不用提供。", "unavailable_needs_creation"),
    ("你要的对比数据需要对原始记录加工处理才能产生，本机关依法不予提供。", "unavailable_needs_creation"),
    (
        "该报表需从多个系统中提取数据再重新计算，属于对现有信息的加工，不予提供。",
        "unavailable_needs_creation",
    ),
    (
        "你要的那份分乡镇统计我们手上没有现成的，得从台账里一条一条汇总出来，这个不在公开的范围里。",
        "unavailable_needs_creation",
    ),
    # partially_granted: items answered differently (the format: 区分处理的，只计这一情形)
    (
        "你申请的三项信息：第一项征收决定已随函提供；第二项补偿台账涉及他人隐私，不予公开；第三项会议纪要本机关未制作。",
        "partially_granted",
    ),
    (
        "两份文件中，规划批复我们给你复印了一份附后；另一份图纸本局没有保存，请向县住建局申请。",
        "partially_granted",
    ),
    (
        "你要的四样材料，前两样已经寄给你了，第三样属于内部讨论稿不提供，第四样我们没做过。",
        "partially_granted",
    ),
    ("申请的合同文本已提供给你，其中涉及企业报价的部分属于商业秘密，已作遮盖处理。", "partially_granted"),
)


def test_every_variant_is_read_as_its_row() -> None:
    """The 64 variants, each its labelled row (round 49's schemes: 46 of 64)."""
    misses = [(text, row, classify_outcome(text).category) for text, row in VARIANTS]
    assert [miss for miss in misses if miss[1] != miss[2]] == []


_DOCUMENT = st.sampled_from(["该文件", "你要的批复", "这份年度报告", "申请的会议纪要", "你问的办理复文"])
_PLACE = st.sampled_from(
    [
        "县政府门户网站“政策文件”栏目",
        "本局官网",
        "县融媒体客户端",
        "区政务公开平台",
        "镇政府微信公众号",
        "镇政务公开栏",
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    _DOCUMENT,
    _PLACE,
    st.sampled_from(["公开", "发布", "刊登", "挂在", "放到", "上传", "公布"]),
    st.sampled_from(["", "，你可自行查阅", "，按文号就能搜到", "，网址附后", "，下载路径见附件"]),
)
def test_a_place_with_a_published_state_is_granted(document: str, place: str, state: str, way: str) -> None:
    """第三十六条第（一）项: the place and the state (or the way), in any order of words, are 予以公开."""
    text = (
        f"{document}已{state}在{place}上{way}。"
        if state in {"挂在", "放到"}
        else f"{document}已在{place}{state}{way}。"
    )
    result = classify_outcome(text)
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    _DOCUMENT,
    _PLACE,
    st.sampled_from(
        ["经检索没有找到", "在网站上查不到", "尚未在网站公开", "暂未发布", "属于国家秘密，不予公开"]
    ),
)
def test_a_place_beside_nothing_found_or_not_published_is_no_grant(
    document: str, place: str, failed: str
) -> None:
    """Guard: a place with nothing found, a publication not yet made or a refusal is never a grant."""
    result = classify_outcome(f"{document}我们在{place}{failed}。")
    assert result.category != "granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["收到你的补正材料后", "你补正后", "你交来的补充说明", "经补正"]),
    st.sampled_from(
        ["还是没说清楚要哪份文件", "依然没法确定所指信息", "仍然不清楚具体是哪一年的", "描述依旧模糊"]
    ),
    st.sampled_from(["，本申请就此办结。", "，只能终止办理。", "，本机关无法提供。"]),
)
def test_a_correction_that_still_names_nothing_is_unclear(made: str, unclear: str, end: str) -> None:
    """第三十条: a correction word and a still-unclear word are 补正后申请内容仍不明确."""
    result = classify_outcome(f"{made}{unclear}{end}")
    assert result.category == "unavailable_unclear_after_correction"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["房屋产权登记档案", "户籍信息", "不动产登记资料", "营业执照档案", "环评报告"]),
    st.sampled_from(["不归我们镇政府管", "不在本机关职责范围内", "我局手里没有", "本单位并不持有"]),
    st.sampled_from(["应当向县不动产登记中心申请", "请向县公安局申请", "可以向市生态环境局申请"]),
)
def test_information_another_organ_holds_is_not_held(record: str, not_ours: str, referral: str) -> None:
    """第三十六条第（五）项: "not ours" with a referral is not held, over a record's name that reads 行政查询."""
    result = classify_outcome(f"你要的{record}{not_ours}，{referral}。")
    assert (result.category, result.confidence) == ("unavailable_not_held", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["不动产登记资料", "婚姻登记档案", "企业登记资料"]), st.sampled_from(["请向", "应当向"])
)
def test_an_inquiry_procedure_stays_administrative_inquiry(record: str, referral: str) -> None:
    """Guard: a reply that names the inquiry procedure (查询事项) keeps 行政查询 even beside a referral."""
    result = classify_outcome(
        f"你申请的{record}属于行政查询事项，不在本机关职责范围内，{referral}登记机构办理查询。"
    )
    assert result.category == "withheld_administrative_inquiry"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["村集体收支账目", "村民小组会议记录"]),
    st.sampled_from(["请向村民委员会申请", "应当向村委会申请"]),
)
def test_a_village_committees_records_stay_other(record: str, referral: str) -> None:
    """Guard: a self-governing body's own records referred to it stay other_other (blind27's class)."""
    result = classify_outcome(
        f"你申请的{record}属于村务公开事项，不是本机关制作或保存的政府信息，{referral}。"
    )
    assert result.category == "other_other"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["医疗纠纷预防和处理条例", "个人所得税法", "反洗钱法", "出口管制法", "血液制品管理条例"]),
    st.sampled_from(["依法保密", "不能提供给当事人以外的人", "只能用于法定目的", "严禁对外提供"]),
)
def test_a_laws_title_with_a_forbidding_word_is_prohibited(law: str, forbidding: str) -> None:
    """第十四条 by its parts: any law's or regulation's title with a forbidding word."""
    result = classify_outcome(f"你要的资料按照《{law}》的规定属于{forbidding}的信息，我们不能给你。")
    assert result.category == "withheld_prohibited_by_law"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["第十五条", "第三十二条"]))
def test_the_ogi_regulations_title_is_not_a_law_ground(article: str) -> None:
    """Guard: the OGI Regulations' own name with 不得公开 and a trade secret keeps the third party's row."""
    result = classify_outcome(
        f"该信息涉及商业秘密，依据《中华人民共和国政府信息公开条例》{article}，不得公开。"
    )
    assert result.category == "withheld_third_party_rights"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["各乡镇排名表", "按月份分类的统计", "十年对比数据"]),
    st.sampled_from(["我们没有现成的", "我们从来没做过", "本机关没有这种表格"]),
    st.sampled_from(["得重新做一张", "需要专门去算", "要重新整理编制才能做出来"]),
)
def test_information_to_be_made_in_plain_speech_needs_creation(record: str, none: str, make: str) -> None:
    """第三十八条 in plain speech: a making verb with nothing ready-made is 需要另行制作."""
    result = classify_outcome(f"你要的{record}，{none}，{make}，按规定不予提供。")
    assert result.category == "unavailable_needs_creation"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["对比表", "排名表"]), st.sampled_from(["已做好", "已经做好了"]))
def test_material_made_and_given_is_no_needs_creation(record: str, ready: str) -> None:
    """Guard: material that had to be made and is made and given (重新做…已做好，附后) is never needs-creation."""
    result = classify_outcome(f"你要的{record}原本需要重新做一张，我们{ready}，附后提供给你。")
    assert result.category != "unavailable_needs_creation"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["补偿方案已经寄给你了", "第一项批复已随函提供给你", "前两份文件现予提供"]),
    st.sampled_from(["第二项属于内部讨论稿不提供", "另一份图纸我们没做过", "评估报告里的身份证号我们遮掉了"]),
)
def test_items_answered_differently_are_partially_granted(given_part: str, other_part: str) -> None:
    """The format: a divided answer counts only as 部分公开 — a part given beside a part refused, never made or redacted."""
    result = classify_outcome(f"你一共要了几样材料：{given_part}；{other_part}。")
    assert result.category == "partially_granted"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["凌云县", "岚县", "丹寨县", "平潭县"]),
    st.sampled_from(["2024", "2025"]),
    st.sampled_from(["政府信息年度工作报告", "政务信息工作年度报告"]),
)
def test_the_annual_report_named_without_disclosure_is_item_fifteen(
    place: str, year: str, report: str
) -> None:
    """第五十条's annual report, whatever its word order: (十五)."""
    result = classify_content(f"{place}{year}年{report}")
    assert result.category == "A20.15"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["中共丹寨县委", "中共凌云县委", "中共福鼎市委", "中共新林区委"]),
    st.sampled_from(["2025", "2026"]),
    st.sampled_from(["工作要点", "工作计划"]),
)
def test_a_party_committees_work_plan_has_no_item(committee: str, year: str, plan: str) -> None:
    """G5: a Party committee's own plan is no administrative organ's information — no category."""
    result = classify_content(f"{committee}{year}年{plan}")
    assert result.category is None


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["凌云县", "岚县"]), st.sampled_from(["2025", "2026"]))
def test_a_joint_plan_with_the_government_is_not_the_party_rule(place: str, year: str) -> None:
    """Guard: a plan of the Party committee and the government together is not read as the Party's own plan."""
    assert "none.not_government.congress_work_plan" not in fired_rules(
        f"中共{place}委 {place}人民政府关于印发{place}{year}年重点工作方案的通知"
    )


def _scheme_with(words: list[str], classes: dict[str, list[str]]) -> dict[str, object]:
    rule = {"id": "r", "phrases": words}
    category = {"code": "granted", "label": "予以公开", "rules": [rule]}
    axis = {"name": "row", "title": "办理结果", "categories": [category]}
    return {
        "name": "s",
        "version": "1",
        "kind": "outcome",
        "title": "t",
        "source": "s",
        "word_classes": classes,
        "axes": [axis],
    }


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["网站", "专栏", "公众号", "平台", "公告栏"]), min_size=1, max_size=4, unique=True
    )
)
def test_a_word_class_is_expanded_where_a_rule_names_it(words: list[str]) -> None:
    """The scheme feature: ``@name`` in a rule stands for the class's words, each once, in their order."""
    scheme = scheme_from_mapping(_scheme_with(["@place", words[0]], {"place": words}))
    assert scheme.axes[0].categories[0].rules[0].phrases == tuple(words)


def test_an_unknown_word_class_is_refused() -> None:
    """A rule naming a class the scheme does not define is refused with a stable code and a Chinese message."""
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(_scheme_with(["@nowhere"], {"place": ["网站"]}))
    assert caught.value.code == "classify.invalid_scheme"
    assert "未定义的词类" in caught.value.message_zh
    # The refusal names where the word class is named, in both languages, as the other scheme refusals name a field.
    where = "axes.0.categories.0.rules.0.phrases"
    assert where in caught.value.message_zh
    assert where in str(caught.value)
