"""Issue 14, round 23: the classes blind21 missed (development data since its one measurement), and a data check.

Applicants: a unit named under an enterprise (矿业's 物资采供中心) takes the enterprise's kind; a volunteer team is an
NGO whether or not it registered; a town's deputies' delegation (代表团) is 其他; a person who comes in person (自己出面) is
a natural person whatever trade the context names; a romanised name with diacritics (Trần Văn Minh) is a person's, and so
is a nationality followed by what the person is (越南籍边民); a website's name (冰豆网) and a four-character shape with a
single surname (乌哈旅游) are never confidently a person. Titles: a company's own tender result is never a clear item (九).
Replies: a stated 属于过程性信息 decides over the generic 不属于政府信息公开的范畴 after it.

The data check: every line of every labelled file holds values of its schema (JSON null, never the string "null"), and
the evaluator refuses an unknown label with one message naming the file and line.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._labels import ApplicantType
from tests.classify.samples import PLACES
from tests.scripts import load_script

if TYPE_CHECKING:
    from collections.abc import Mapping

_PLACES = st.sampled_from(PLACES)
DATA = Path(__file__).resolve().parents[1] / "data" / "classify"
LABELLED = sorted(DATA.rglob("*.jsonl"))


# Applicants (scheme 2021.24).
@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["矿业", "煤业", "实业", "控股", "钢铁"]),
    st.sampled_from(["物资采供", "物资供应", "技术", "培训", "信息", "调度"]),
    st.sampled_from(["中心", "服务中心"]),
)
def test_a_unit_named_under_an_enterprise_takes_its_kind(
    place: str, parent: str, unit: str, ending: str
) -> None:
    """淮南矿业物资采供中心: the 中心 of a business is its unit, no public body."""
    result = classify_applicant(f"{place}{parent}{unit}{ending}")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(_PLACES, st.sampled_from(["投资促进中心", "政务服务中心", "疾病预防控制中心", "融媒体中心"]))
def test_a_public_centre_without_an_enterprise_before_it_stays_other(place: str, body: str) -> None:
    """The unit rule needs a business's word before the ending: a public centre keeps 其他."""
    assert classify_applicant(f"{place}{body}").category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(["守望童心", "阳光伙伴", "蒲公英", "微光行动", "山水同行"]),
    _PLACES,
    st.sampled_from(["关爱留守儿童", "护河", "助老", "环保"]),
    st.sampled_from(["志愿团队", "志愿团体", "志愿者团队"]),
    st.sampled_from(["，未登记", "，未登记组织形式", ""]),
)
def test_a_volunteer_team_is_a_public_interest_organisation(
    name: str, place: str, cause: str, team: str, registered: str
) -> None:
    """守望童心（毕节关爱留守儿童志愿团队，未登记）: a volunteers' group is an NGO, registered or not."""
    result = classify_applicant(f"{name}（{place}{cause}{team}{registered}）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["百善镇", "城关镇", "双桥乡", "新华街道"]),
    st.sampled_from(["代表团", "人大代表团"]),
)
def test_a_deputies_delegation_is_other(place: str, town: str, delegation: str) -> None:
    """濉溪县百善镇代表团: a delegation of deputies to a people's congress is a body of the 人大: 其他."""
    result = classify_applicant(f"{place}{town}{delegation}")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(["*俭", "王某", "李**", "张某某"]),
    st.sampled_from(["养殖场经营者", "加工厂业主", "超市店主", "个体工商户"]),
    st.sampled_from(["自己出面", "本人出面", "亲自出面"]),
    st.sampled_from(["要求查看采样原始记录", "申请公开检测报告", ""]),
)
def test_a_person_acting_in_person_is_a_natural_person(
    name: str, trade: str, person: str, request: str
) -> None:
    """*俭（养殖场经营者，自己出面…）: the capacity the context states decides over the trade it names."""
    result = classify_applicant(f"{name}（{trade}，{person}{request}）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["Trần", "Nguyễn", "Phạm", "Lê", "Đặng", "Vũ"]),
    st.sampled_from(["Văn", "Thị", "Đức", "Hữu"]),
    st.sampled_from(["Minh", "Hùng", "Lan", "Hương", "Dũng"]),
    st.sampled_from(["", "（越南籍边民，申请公开边民互市点名单）", "（越南籍，申请公开口岸通关时间）"]),
)
def test_a_romanised_name_with_diacritics_is_a_person(
    family: str, middle: str, given_name: str, context: str
) -> None:
    """Trần Văn Minh: the letters of a Latin alphabet with diacritics make a romanised name as plain letters do."""
    result = classify_applicant(f"{family} {middle} {given_name}{context}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["Nguyễn Thị Ngọc Ánh", "Trần Thị Thu Hà", "Lê Văn Quốc Bảo"]),
    st.sampled_from(["越南籍边民", "越南籍公民", "老挝籍人士", "缅甸籍务工人员"]),
)
def test_a_nationality_followed_by_what_the_person_is_states_a_person(name: str, nationality: str) -> None:
    """A four-word name no shape reads, beside 越南籍边民: a nationality is a person's (round 11), written so too."""
    result = classify_applicant(f"{name}（{nationality}，申请公开边民互市点名单）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.nationality"


@settings(deadline=None)
@given(st.sampled_from(["冰豆", "蜂鸟", "果壳", "豆丁", "猪八戒", "赶集"]))
def test_a_website_name_is_never_a_person(word: str) -> None:
    """冰豆网: a name that ends as a website's is run by an organisation, never a person by its shape."""
    result = classify_applicant(f"{word}网")
    assert result.category is not ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(["乌", "白", "金", "海", "田"]),
    st.text(alphabet="哈兰达拉木图尔泉湾", min_size=3, max_size=3),
)
def test_a_single_surname_and_three_characters_is_never_a_confident_person(surname: str, rest: str) -> None:
    """乌哈旅游: a one-character surname and a three-character given name is a trade name's shape too: weak."""
    result = classify_applicant(f"{surname}{rest}")
    assert not (result.category is ApplicantType.NATURAL_PERSON and result.confidence is Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["乌哈", "云端", "金海", "白鹭", "田园"]))
def test_a_travel_business_short_name_is_an_enterprise(brand: str) -> None:
    """乌哈旅游: 旅游 ends a travel business's short name as 科技 ends a tech company's."""
    assert classify_applicant(f"{brand}旅游").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Titles (scheme 2019.25).
@settings(deadline=None)
@given(
    st.sampled_from(
        ["淮南矿业（集团）有限责任公司物资采供中心", "某能源集团有限公司", "某某建设集团股份有限公司"]
    ),
    st.sampled_from(["智能干选机升级改造", "办公楼维修", "井下皮带机更换", "年度劳保用品"]),
    st.sampled_from(["中标结果公告", "中标公告", "成交结果公告", "成交公告"]),
)
def test_a_company_s_own_tender_result_is_never_a_clear_procurement(
    company: str, subject: str, notice: str
) -> None:
    """政府采购法 第二条: an enterprise's own purchase, no organ named, is no government procurement (九): never clear."""
    assert classify_content(f"{company}{subject}{notice}").confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    _PLACES,
    st.sampled_from(["人民政府办公室", "教育局", "卫生健康委员会"]),
    st.sampled_from(["办公楼维修", "年度办公用品"]),
)
def test_an_organ_s_tender_result_stays_item_nine(place: str, organ: str, subject: str) -> None:
    """An organ's procurement result keeps item (九)."""
    assert classify_content(f"{place}{organ}{subject}中标结果公告").category == "A20.09"


# Replies (scheme 2021.20).
@settings(deadline=None)
@given(
    st.sampled_from(["根据《条例》第二条规定，", "经审查，", ""]),
    st.sampled_from(["你们所描述的内容", "您申请的会议讨论记录", "该请示件"]),
    st.sampled_from(["属于过程性信息", "系过程性信息", "为过程性信息"]),
    st.sampled_from(["，不属于政府信息公开的范畴。", "，不属于政府信息公开范畴。", "，不属于政府信息。"]),
)
def test_a_stated_process_information_decides_over_not_government_information(
    ground: str, subject: str, stated: str, consequence: str
) -> None:
    """…属于过程性信息，不属于政府信息公开的范畴: the stated class (第十六条第二款) is the reply's reason."""
    result = classify_outcome(f"{ground}{subject}{stated}{consequence}")
    assert result.category == "withheld_process_information"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(["不属于过程性信息", "并非过程性信息"]))
def test_a_denied_process_information_is_no_such_statement(denied: str) -> None:
    """你申请的信息{denied}，不属于政府信息: the denial names no ground of 第十六条 — the rule stays silent."""
    result = classify_outcome(f"你申请的内容{denied}，亦不属于政府信息。")
    assert result.rule_id != "outcome.withheld_process_information.stated"


# The data check.
@pytest.mark.parametrize("path", LABELLED, ids=lambda path: str(path.relative_to(DATA)))
def test_every_labelled_line_holds_values_of_its_schema(path: Path) -> None:
    """Every field the evaluator reads holds a value of the schema; a blind set's lines carry its folder's split."""
    evaluate = load_script("classify_evaluate")
    rows = evaluate.read_labelled(path)
    assert rows
    splits: Mapping[str, str] = dict(evaluate.BLIND_SETS)
    if path.parent.name in splits:
        assert {row["split"] for row in rows} == {splits[path.parent.name]}


_GOOD_TITLE = {
    "title": "某县人民政府关于印发某办法的通知",
    "agency_level": "县级政府",
    "expected_art20": "A20.01",
    "expected_art21": None,
    "clear": True,
    "source": "synthetic",
    "split": "dev",
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("expected_art20", "null"),
        ("expected_art20", "A20.16"),
        ("expected_art21", "None"),
        ("agency_level", "县政府"),
        ("clear", 1),
        ("clear", "true"),
    ],
)
def test_the_evaluator_refuses_an_unknown_title_label(tmp_path: Path, field: str, value: object) -> None:
    """A slip such as the string "null" stops the run with a message naming the file, the line and the field."""
    evaluate = load_script("classify_evaluate")
    path = tmp_path / "titles.jsonl"
    bad = {**_GOOD_TITLE, field: value}
    lines = [json.dumps(_GOOD_TITLE, ensure_ascii=False), json.dumps(bad, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(evaluate.LabelError, match=rf"titles\.jsonl:2: field '{field}'"):
        evaluate.read_labelled(path)


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("reasons.jsonl", {"text": "已主动公开。", "expected_row": "null", "format": "2021", "split": "dev"}),
        (
            "reasons.jsonl",
            {"text": "已主动公开。", "expected_row": "granted", "format": "2019", "split": "dev"},
        ),
        ("applicants.jsonl", {"name": "张三", "declared_type": "null", "expected": "自然人", "split": "dev"}),
        ("applicants.jsonl", {"name": "张三", "declared_type": None, "expected": "个人", "split": "dev"}),
        ("applicants.jsonl", {"name": "", "declared_type": None, "expected": "自然人", "split": "dev"}),
    ],
)
def test_the_evaluator_refuses_an_unknown_reply_or_applicant_label(
    tmp_path: Path, name: str, row: dict[str, object]
) -> None:
    """Row codes and applicant types are checked as item codes are."""
    evaluate = load_script("classify_evaluate")
    path = tmp_path / name
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(evaluate.LabelError, match=re.escape(f"{name}:1: ")):
        evaluate.read_labelled(path)


def test_the_evaluator_exits_with_one_line_on_an_unknown_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``classify_evaluate.py`` on a file with a slip: exit status 2 and one stderr line naming the file and line."""
    evaluate = load_script("classify_evaluate")
    bad = {**_GOOD_TITLE, "expected_art20": "null"}
    (tmp_path / "titles.jsonl").write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(evaluate, "DATA", tmp_path)
    monkeypatch.setattr("sys.argv", ["classify_evaluate.py", "--splits", "dev"])
    assert evaluate.main() == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "titles.jsonl:1: field 'expected_art20' holds \"null\"" in err
    assert 'not the string "null"' in err
