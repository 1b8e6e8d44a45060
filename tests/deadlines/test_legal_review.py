"""The legal review of the deadline engine (issue 15): each fix with the document it follows, in the API and the CLI.

Sources (texts in docs/deadlines.md):

* 国办公开办函〔2015〕207号, 一、关于“收到信息公开申请”的时点确定问题 (items 1–5): receipt under the 2007 text.
* Receipt on a rest day: practice and the 2017 case 杨某诉某行政机关 (Sunday 2017-06-18 e-mail, reply mailed on
  2017-07-10 held timely), reported by 史书明, 《法定休息日或节假日以电子邮件方式申请政府信息公开“收到申请之日”的确定》.
* 《民法通则》第一百五十四条 (before 2017-10-01), 《民法总则》第二百零一条 (from 2017-10-01), 《民法典》第二百零一条
  (from 2021-01-01): the first day of a period is not counted.
* 国办函〔2020〕109号: "申请人应当在收到收费通知次日起20个工作日内缴纳费用" (quoted; the article number could not be read).
* 国办公开办函〔2019〕60号: township reports on 2019–2020 (tested in test_deadline_rules_reports_fees.py).
* 国办发明电〔2020〕1号 dated 2020-01-26; 2020-01-30 a 调休 rest day set by 国办发明电〔2019〕16号.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    DeadlineError,
    FeeNoticeSent,
    FeePaid,
    InformationRequest,
    Regime,
    Replied,
    RequestChannel,
    WorkingDayCalendar,
    clerk_note,
    request_deadline,
)
from disclosure_rules._cli import main
from disclosure_rules._deadlines._rules import NATIONAL_RULES

if TYPE_CHECKING:
    from pathlib import Path

CAL = WorkingDayCalendar.china()
AS_RECEIVED = NATIONAL_RULES.extend("休息日按收到日", rest_day_receipt="as_received")


def _request(
    received: dt.date, channel: RequestChannel, confirmed: dt.date | None = None
) -> InformationRequest:
    return InformationRequest(id="r", received=received, channel=channel, confirmed=confirmed)


# -- (a) the 2007 regime: 国办公开办函〔2015〕207号 --------------------------------------------------


def test_2007_online_request_needs_no_confirmation_day(capsys: pytest.CaptureFixture[str]) -> None:
    """207号 一、3: an e-mail to the published mailbox is received the day the mail system receives it."""
    assert main(["deadline", "request", "--received", "2017-06-14", "--channel", "online"]) == 0
    note = capsys.readouterr().out
    assert "国办公开办函〔2015〕207号第一部分第3项" in note
    assert "自电子邮件系统接收之日为收到申请之日" in note
    result = request_deadline(_request(dt.date(2017, 6, 14), RequestChannel.ONLINE))
    assert result.regime is Regime.R2007
    assert result.start == dt.date(2017, 6, 14)


def test_2007_online_with_a_confirmation_day_is_another_published_channel() -> None:
    """207号 一、5: other published channels (a web form) count from the day both sides confirm."""
    result = request_deadline(_request(dt.date(2017, 6, 14), RequestChannel.ONLINE, dt.date(2017, 6, 16)))
    assert result.start == dt.date(2017, 6, 16)
    assert result.trace[0].article == "国办公开办函〔2015〕207号第一部分第5项"


@pytest.mark.parametrize(
    ("channel", "item"),
    [(RequestChannel.FAX, "第一部分第4项"), (RequestChannel.POST_UNSIGNED, "第一部分第2项")],
)
def test_2007_fax_and_ordinary_letters_still_need_the_confirmation_day(
    channel: RequestChannel, item: str
) -> None:
    """207号 一、4 (fax: received and confirmed by both sides) and 一、2 (ordinary letter: phone confirmation)."""
    with pytest.raises(DeadlineError) as caught:
        request_deadline(_request(dt.date(2017, 6, 14), channel))
    assert caught.value.code == "deadline.confirmation_missing"
    assert item in caught.value.message
    result = request_deadline(_request(dt.date(2017, 6, 14), channel, dt.date(2017, 6, 15)))
    assert result.start == dt.date(2017, 6, 15)
    assert result.trace[0].article == f"国办公开办函〔2015〕207号{item}"


def test_2007_in_person_and_post_cite_207() -> None:
    for channel, item in (
        (RequestChannel.IN_PERSON, "第一部分第1项"),
        (RequestChannel.POST, "第一部分第2项"),
    ):
        result = request_deadline(_request(dt.date(2016, 3, 1), channel))
        assert result.trace[0].article == f"国办公开办函〔2015〕207号{item}"


def test_2019_online_still_needs_the_confirmation_day() -> None:
    """第三十一条第（三）项 from 2019-05-15: online requests are received the day both sides confirm."""
    with pytest.raises(DeadlineError) as caught:
        request_deadline(_request(dt.date(2023, 6, 14), RequestChannel.ONLINE))
    assert caught.value.code == "deadline.confirmation_missing"


# -- (b) receipt on a rest day -----------------------------------------------------------------------


def test_the_2017_sunday_email_case_is_reproduced(capsys: pytest.CaptureFixture[str]) -> None:
    """Sunday 2017-06-18 e-mail, reply mailed Monday 2017-07-10: timely, as the court held; the trace says why."""
    argv = [
        "deadline",
        "request",
        "--received",
        "2017-06-18",
        "--channel",
        "online",
        "--replied",
        "2017-07-10",
    ]
    assert main(argv) == 0
    note = capsys.readouterr().out
    assert "答复期限：2017年7月10日" in note
    assert "按期答复" in note
    assert "2017年6月18日为休息日，按2017年6月19日收到计算" in note
    assert "杨某" in note


def test_the_other_reading_is_a_rule_set_choice() -> None:
    """rest_day_receipt="as_received": the Sunday is the receipt day; the first working day after it is day 1."""
    request = _request(dt.date(2017, 6, 18), RequestChannel.ONLINE)
    result = request_deadline(request, rules=AS_RECEIVED)
    assert result.deadline == dt.date(2017, 7, 7)
    assert any("仍以该日为收到之日" in (entry.what or "") for entry in result.trace)


def test_rule_set_file_takes_the_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"name": "本地", "rest_day_receipt": "as_received"}), encoding="utf-8")
    assert (
        main(["deadline", "request", "--received", "2023-03-18", "--rules", str(path), "--format", "json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["deadline"] == "2023-04-17"
    path.write_text(json.dumps({"name": "本地", "rest_day_receipt": "monday"}), encoding="utf-8")
    assert main(["deadline", "request", "--received", "2023-03-18", "--rules", str(path)]) == 2
    assert "rules.malformed" in capsys.readouterr().err


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2019, 5, 15), max_value=dt.date(2026, 6, 30)))
def test_saturday_receipt_is_one_working_day_later_than_friday(friday: dt.date) -> None:
    """A rest-day receipt counts as made on the next working day: never the same answer as the working day before."""
    received = friday + dt.timedelta(days=1)
    if CAL.is_working_day(received) or not CAL.is_working_day(friday):
        return
    on_friday = request_deadline(_request(friday, RequestChannel.IN_PERSON), calendar=CAL).deadline
    on_saturday = request_deadline(_request(received, RequestChannel.IN_PERSON), calendar=CAL).deadline
    assert on_friday is not None
    assert on_saturday == CAL.add_working_days(on_friday, 1)
    same = request_deadline(_request(received, RequestChannel.IN_PERSON), calendar=CAL, rules=AS_RECEIVED)
    assert same.deadline == on_friday


# -- (c) the counting rule cited by date --------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "law"),
    [
        (dt.date(2017, 9, 29), "《中华人民共和国民法通则》第一百五十四条第二款"),
        (dt.date(2017, 10, 9), "《中华人民共和国民法总则》第二百零一条"),
        (dt.date(2020, 12, 31), "《中华人民共和国民法总则》第二百零一条"),
        (dt.date(2021, 1, 4), "《中华人民共和国民法典》第二百零一条"),
    ],
)
def test_counting_rule_is_the_one_in_force_on_the_receipt_day(received: dt.date, law: str) -> None:
    """A 2017 request must not cite the Civil Code (in force 2021-01-01)."""
    result = request_deadline(_request(received, RequestChannel.IN_PERSON))
    note = clerk_note(result)
    assert law in note
    others = {"民法通则", "民法总则", "民法典"} - {law[len("《中华人民共和国") : law.index("》")]}
    assert not any(other in note for other in others)


def test_late_by_zero_cites_the_end_rule_in_force() -> None:
    """A reply on the rest day after the due date: late by 0 working days, 24:00 rule of the law then in force."""
    received = dt.date(2018, 3, 1)
    due = request_deadline(_request(received, RequestChannel.IN_PERSON)).deadline
    while due is None or CAL.is_working_day(due + dt.timedelta(days=1)):
        received += dt.timedelta(days=1)
        due = request_deadline(_request(received, RequestChannel.IN_PERSON)).deadline
    request = InformationRequest(id="r", received=received, events=(Replied(on=due + dt.timedelta(days=1)),))
    late = request_deadline(request)
    assert late.findings[0].code == "deadline.reply_late"
    assert "《中华人民共和国民法总则》第二百零三条第二款" in late.findings[0].message


# -- (d) the fee payment period ----------------------------------------------------------------------


def test_fee_period_cites_the_measures_and_no_placeholder(capsys: pytest.CaptureFixture[str]) -> None:
    """国办函〔2020〕109号: 20 working days from the day after the fee notice arrives; no 条次待核 in any output."""
    request = InformationRequest(
        id="f",
        received=dt.date(2023, 5, 4),
        events=(FeeNoticeSent(on=dt.date(2023, 5, 10)), FeePaid(on=dt.date(2023, 5, 17))),
    )
    result = request_deadline(request)
    text = clerk_note(result) + result.model_dump_json()
    assert "待核" not in text
    assert "申请人应当在收到收费通知次日起20个工作日内缴纳费用" in text
    argv = [
        "deadline",
        "request",
        "--received",
        "2023-05-04",
        "--fee-notice",
        "2023-05-10",
        "--fee-paid",
        "2023-05-17",
    ]
    for form in ("text", "json"):
        assert main([*argv, "--format", form]) == 0
        assert "待核" not in capsys.readouterr().out


# -- (f) the 2020 labels -------------------------------------------------------------------------------


def test_2020_extension_is_dated_and_30_january_is_a_tiaoxiu_rest_day() -> None:
    """国办发明电〔2020〕1号 is dated 2020-01-26; 2020-01-30 is a rest day of 国办发明电〔2019〕16号's 调休 span."""
    notices = {notice.number: notice.date for notice in CAL.coverage().years[2020 - 2008].notices}
    assert notices["国办发明电〔2020〕1号"] == dt.date(2020, 1, 26)
    name = CAL.day_name(dt.date(2020, 1, 30))
    assert name is not None
    assert "补假" not in name
    assert "国办发明电〔2019〕16号" in name


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2026, 6, 30)))
def test_property_the_counting_rule_cited_is_the_one_in_force(received: dt.date) -> None:
    """Whatever the receipt day, the note cites exactly the civil-law rule in force that day, and no other."""
    if received < dt.date(2017, 10, 1):
        law = "民法通则"
    elif received < dt.date(2021, 1, 1):
        law = "民法总则"
    else:
        law = "民法典"
    note = clerk_note(request_deadline(_request(received, RequestChannel.IN_PERSON)))
    assert f"《中华人民共和国{law}》" in note
    assert sum(f"《中华人民共和国{name}》" in note for name in ("民法通则", "民法总则", "民法典")) == 1


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(2008, 5, 1), max_value=dt.date(2019, 5, 14)))
def test_property_2007_email_is_received_the_day_it_arrives(received: dt.date) -> None:
    """207号 一、3: before 2019-05-15 an online request needs no confirmation and is received the day it arrives."""
    result = request_deadline(_request(received, RequestChannel.ONLINE))
    assert result.regime is Regime.R2007
    assert result.start == received
    assert result.trace[0].article == "国办公开办函〔2015〕207号第一部分第3项"
