"""Issue 14, round 33: blind31's confident wrong answers and misses as classes (development data).

Titles: a named project's completion acceptance (…建设项目竣工验收结果公示) is as much item (十) as a licence (五), so it is
never a confident (五); a procedure document about acceptance work and a rule on acceptance keep their readings. A
field's standard catalogue whose field is another item's (重大建设项目领域基层政务公开标准目录) stays (十五) but is never
confident; a field that is no other item's keeps the decision. Replies: the study and discussion materials before a
decision (研究讨论材料) are process information (第十六条第二款). Applicants: the organ a request was addressed to
(向X局申请公开, 要求X局公开) is never the applicant's own body; a surname's Latin initial before 某 is a masked person.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_REGION = st.sampled_from(["宁阳县", "某某县", "平远县", "威宁自治县", "长春市"])
_YEAR = st.sampled_from(["", "2025年度", "2024年", "2019年第一批"])
# Han characters that name no organ, licence, item or field (the subject of a project or a request).
_PLACE = st.text(alphabet="东西南北山河湖桥塘岭村镇溪", min_size=1, max_size=6)
_ORGAN = st.sampled_from(
    ["A市公安局", "天津市规划局", "市自然资源局", "县人民政府", "区住房和城乡建设局", "省生态环境厅"]
)
_SURNAMED = st.sampled_from(["张志成", "王某", "李建国", "刘某某"])


@settings(deadline=None)
@given(
    _REGION,
    _YEAR,
    _PLACE,
    st.sampled_from(["高标准农田建设项目", "供水工程", "道路改造项目", "水库除险加固工程", "建设项目"]),
    st.sampled_from(["竣工验收结果公示", "竣工验收情况公示", "竣工验收公告", "竣工验收"]),
)
def test_a_projects_completion_acceptance_is_never_a_confident_licence(
    region: str, year: str, place: str, project: str, acceptance: str
) -> None:
    result = classify_content(f"{region}{year}{place}{project}{acceptance}")
    assert result.confidence is not Confidence.CLEAR
    assert result.category == "A20.10"
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.05"


@settings(deadline=None)
@given(_REGION, _PLACE, st.sampled_from(["关于进一步完善", "关于规范", "关于加强", "关于做好"]))
def test_a_procedure_document_on_project_acceptance_is_never_item_ten(
    region: str, place: str, opener: str
) -> None:
    result = classify_content(f"{region}{opener}{place}项目竣工验收工作的通知")
    assert result.confidence is not Confidence.CLEAR
    assert result.category == "A20.01"


@settings(deadline=None)
@given(_REGION, _PLACE, st.sampled_from(["办法", "管理办法", "实施细则"]))
def test_a_rule_on_project_acceptance_keeps_item_one(region: str, place: str, form: str) -> None:
    result = classify_content(f"关于印发《{region}{place}项目竣工验收{form}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


@settings(deadline=None)
@given(_REGION, st.sampled_from(["联合竣工验收情况公示", "竣工验收情况公示"]))
def test_a_buildings_acceptance_without_a_project_noun_keeps_its_licence(
    region: str, acceptance: str
) -> None:
    result = classify_content(f"{region}青少年活动实践中心一期{acceptance}")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(deadline=None)
@given(
    _REGION,
    st.sampled_from(
        [
            ("重大建设项目", "A20.10"),
            ("社会救助", None),
            ("卫生健康", None),
            ("涉农资金", None),
            ("规划和自然资源", None),
            ("扶贫", None),
        ]
    ),
    st.sampled_from(["领域基层政务公开标准目录", "领域政务公开标准目录"]),
    st.sampled_from(["", "（2023年版）", "(政务局部分)", "（试行）"]),
)
def test_a_catalogue_of_another_items_field_is_never_confident(
    region: str, field: tuple[str, str | None], catalogue: str, edition: str
) -> None:
    words, runner_up = field
    result = classify_content(f"{region}{words}{catalogue}{edition}")
    assert result.category == "A20.15"
    assert result.confidence is not Confidence.CLEAR
    if runner_up is not None:
        assert result.runner_up is not None
        assert result.runner_up.category == runner_up


@settings(deadline=None)
@given(_REGION, st.sampled_from(["政府文件信息", "政务公开", ""]))
def test_a_catalogue_of_no_other_items_field_stays_decided(region: str, field: str) -> None:
    result = classify_content(f"{region}{field}领域基层政务公开标准目录")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(["关于你所提项目的专家论证会记录", "你申请的会议发言记录", "你申请的初审意见"]),
    st.sampled_from(["系作出决定前的", "属于决策过程中形成的", "是"]),
    st.sampled_from(["研究讨论材料", "讨论材料", "研究论证材料"]),
    st.sampled_from(["依法可不予公开", "本机关不予公开", "不予提供"]),
)
def test_research_and_discussion_materials_are_process_information(
    subject: str, stage: str, materials: str, refusal: str
) -> None:
    result = classify_outcome(f"{subject}，{stage}{materials}，{refusal}。")
    assert (result.category, result.confidence) == ("withheld_process_information", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["不属于研究讨论材料", "并非研究讨论材料"]))
def test_materials_denied_to_be_discussion_are_no_process_information(denied: str) -> None:
    result = classify_outcome(f"你申请的信息{denied}，本机关予以公开。")
    assert result.category != "withheld_process_information"


@settings(deadline=None)
@given(
    _SURNAMED,
    _ORGAN,
    st.sampled_from(["向{organ}申请公开", "多次寄信要求{organ}公开", "要求{organ}公开", "向{organ}提出"]),
    st.sampled_from(["立案表", "《关于公寓建筑设计方案的请示》(规管字【1999】64)文件内容", "征收补偿方案"]),
)
def test_the_organ_a_request_was_sent_to_is_never_the_applicant(
    name: str, organ: str, request: str, subject: str
) -> None:
    result = classify_applicant(f"{name}（{request.format(organ=organ)}{subject}）")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(_ORGAN, st.sampled_from(["律师事务所", "有限公司", "村民委员会"]))
def test_an_organisation_applying_to_an_organ_keeps_its_own_kind(organ: str, kind: str) -> None:
    own = {
        "律师事务所": ApplicantType.LEGAL_SERVICE_ORGANIZATION,
        "有限公司": ApplicantType.COMMERCIAL_ENTERPRISE,
        "村民委员会": ApplicantType.OTHER,
    }[kind]
    result = classify_applicant(f"东山{kind}（向{organ}申请公开征收补偿方案）")
    assert result.category is own


@settings(deadline=None)
@given(
    st.sampled_from("ABCDEFGHJKLMNPQRSTWYZ"),
    st.sampled_from(["某", "某某"]),
    st.sampled_from(["", "（现在监狱服刑）", "（2005年因合同诈骗被判刑）"]),
)
def test_a_latin_initial_before_mou_is_a_masked_person(initial: str, mask: str, context: str) -> None:
    result = classify_applicant(f"{initial}{mask}{context}")
    assert result.category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(st.sampled_from("ABCZ"), st.sampled_from(["公司", "有限公司", "律师事务所"]))
def test_a_latin_initial_before_an_organisations_word_is_no_person(initial: str, kind: str) -> None:
    result = classify_applicant(f"{initial}{kind}")
    assert result.category is not ApplicantType.NATURAL_PERSON
