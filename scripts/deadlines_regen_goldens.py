"""Write the golden files of tests/deadlines/ from worked examples computed by hand.

Each case below is an input (a request history or an item) with the answer worked out by hand from the
State Council holiday notices and the articles — never by running the engine. The hand computation is written
into the ``explanation`` column. The CSV files are what tests/deadlines/test_deadline_goldens.py checks the engine
against. The clerk's notes under golden/notes/ are snapshots of the engine's text output (regression only: review
the diff before committing).

Run:  .venv/bin/python scripts/deadlines_regen_goldens.py
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_rules._deadlines import clerk_note, example_local_rules, proactive_deadline, request_deadline
from disclosure_rules._records import (
    ConsultationAnswered,
    ConsultationSent,
    ConsultedParty,
    CorrectedRequestReceived,
    CorrectionPeriodLapsed,
    CorrectionRequested,
    ExtensionApproved,
    ExtensionNotified,
    FeeNoticeSent,
    FeePaid,
    FeePaymentLapsed,
    InformationRequest,
    ProactiveItem,
    Replied,
    RequestChannel,
)

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "deadlines" / "golden"
D = dt.date


@dataclass(frozen=True)
class Outcome:
    """The answer worked out by hand: the deadline, the status, and the working days allowed, used and late."""

    deadline: dt.date | None
    status: str
    allowed: int
    used: int | None = None
    late: int | None = None


@dataclass(frozen=True)
class Case:
    name: str
    record: InformationRequest | ProactiveItem
    outcome: Outcome
    explanation: str
    findings: tuple[str, ...] = ()
    regime: str = "2019"
    options: dict[str, str] = field(default_factory=dict)


def _request(case_id: str, received: dt.date, *events: object, **extra: object) -> InformationRequest:
    return InformationRequest.model_validate({"id": case_id, "received": received, "events": events, **extra})


REQUEST_CASES = (
    Case(
        "before_2019_change",
        _request("R-2019-0514", D(2019, 5, 14), Replied(on=D(2019, 6, 5))),
        Outcome(D(2019, 6, 4), "answered_late", 15, used=16, late=1),
        "收到2019-05-14（早于2019-05-15）→2007年条例第二十四条15个工作日。自5-15起数：5-15/16/17(3) 5-20至24(8) "
        "5-27至31(13) 6-3(14) 6-4(15)→6-4。6-5答复，晚1个工作日。",
        findings=("deadline.reply_late",),
        regime="2007",
    ),
    Case(
        "on_2019_change",
        _request("R-2019-0515", D(2019, 5, 15), Replied(on=D(2019, 6, 5))),
        Outcome(D(2019, 6, 13), "answered_on_time", 20, used=15),
        "收到2019-05-15（当日起适用2019年条例）→第三十三条20个工作日。5-16/17(2) 5-20至24(7) 5-27至31(12) "
        "6-3至6(16) 6-7端午休 6-10至13(20)→6-13。6-5答复：5-16至6-5共15个工作日。",
    ),
    Case(
        "forced_2019_regime",
        _request("R-2019-0514F", D(2019, 5, 14)),
        Outcome(D(2019, 6, 12), "open", 20),
        "收到2019-05-14但调用方指定2019年条例→20个工作日：5-15/16/17(3) 5-20至24(8) 5-27至31(13) 6-3至6(17) "
        "6-7端午休 6-10/11/12(20)→6-12。",
        options={"regime": "2019"},
    ),
    Case(
        "spring_festival_2024",
        _request("R-2024-0208", D(2024, 2, 8)),
        Outcome(D(2024, 3, 13), "open", 20),
        "2024-02-08（周四）收到。2-9(1) 2-10至17春节休 2-18周日调休上班(2) 2-19至23(7) 2-26至3-1(12) 3-4至8(17) "
        "3-11/12/13(20)→3-13。",
    ),
    Case(
        "national_day_2024_late",
        _request("R-2024-0927", D(2024, 9, 27), Replied(on=D(2024, 10, 31))),
        Outcome(D(2024, 10, 30), "answered_late", 20, used=21, late=1),
        "2024-09-27（周五）收到。9-29周日调休上班(1) 9-30(2) 10-1至7国庆休 10-8至11(6) 10-12周六调休上班(7) "
        "10-14至18(12) 10-21至25(17) 10-28/29/30(20)→10-30。10-31答复，晚1个工作日。",
        findings=("deadline.reply_late",),
    ),
    Case(
        "correction_restarts_period",
        _request(
            "R-2023-0301",
            D(2023, 3, 1),
            CorrectionRequested(on=D(2023, 3, 9), period_end=D(2023, 3, 24)),
            CorrectedRequestReceived(on=D(2023, 3, 20)),
            Replied(on=D(2023, 4, 14)),
        ),
        Outcome(D(2023, 4, 18), "answered_on_time", 20, used=18),
        "3-1收到；补正告知限7个工作日：3-2/3(2) 3-6至10(7)→3-10，3-9告知未超期。3-20收到补正申请，重新起算20个"
        "工作日：3-21至24(4) 3-27至31(9) 4-3/4(11) 4-5清明休 4-6/7(13) 4-10至14(18) 4-17/18(20)→4-18。4-14答复，"
        "用时3-21至4-14共18个工作日。",
    ),
    Case(
        "correction_notice_late_then_lapsed",
        _request(
            "R-2023-0301L",
            D(2023, 3, 1),
            CorrectionRequested(on=D(2023, 3, 13), period_end=D(2023, 3, 24)),
            CorrectionPeriodLapsed(on=D(2023, 3, 27)),
        ),
        Outcome(None, "abandoned", 20),
        "补正告知应在3-10（收到后第7个工作日）前发出，3-13（周一）才发出，迟延1个工作日→违法发现"
        "deadline.correction_notice_late。补正期限至3-24，3-27逾期未补正→视为放弃申请，无答复期限。",
        findings=("deadline.correction_notice_late",),
    ),
    Case(
        "consultations_overlap",
        _request(
            "R-2023-0601",
            D(2023, 6, 1),
            ConsultationSent(on=D(2023, 6, 5), ref="T1"),
            ConsultationSent(on=D(2023, 6, 8), party=ConsultedParty.AGENCY, ref="A1"),
            ConsultationAnswered(on=D(2023, 6, 12), ref="T1"),
            ConsultationAnswered(on=D(2023, 6, 15), party=ConsultedParty.AGENCY, ref="A1"),
            Replied(on=D(2023, 7, 12)),
        ),
        Outcome(D(2023, 7, 12), "answered_on_time", 20, used=20),
        "6-1收到。基础期限：6-2(1) 6-5至9(6) 6-12至16(11) 6-19/20/21(14) 6-22至24端午休 6-25周日调休上班(15) "
        "6-26至30(20)→6-30。征求第三方(6-5发,6-12复)与其他机关(6-8发,6-15复)重叠，合并为6-5之后至6-15："
        "6-6至9、6-12至15共8个工作日不计入（第三十三条第三款）。6-30后顺延8个：7-3至7(5) 7-10/11/12(8)→7-12。"
        "7-12答复按期；用时28-8=20个工作日。",
    ),
    Case(
        "extension_across_national_day_2022",
        _request(
            "R-2022-0926",
            D(2022, 9, 26),
            ExtensionApproved(on=D(2022, 10, 20), working_days=15),
            ExtensionNotified(on=D(2022, 10, 20)),
            Replied(on=D(2022, 11, 18)),
        ),
        Outcome(D(2022, 11, 17), "answered_late", 35, used=36, late=1),
        "9-26收到。9-27至30(4) 10-1至7国庆休 10-8周六上班(5) 10-9周日上班(6) 10-10至14(11) 10-17至21(16) "
        "10-24至27(20)→10-27。10-20经批准并告知延长15个工作日：10-28(1) 10-31至11-4(6) 11-7至11(11) "
        "11-14至17(15)→11-17。11-18答复，晚1个工作日。",
        findings=("deadline.reply_late",),
    ),
    Case(
        "received_on_makeup_saturday",
        _request("R-2023-1007", D(2023, 10, 7), Replied(on=D(2023, 11, 2))),
        Outcome(D(2023, 11, 2), "answered_on_time", 20, used=20),
        "2023-10-07是国庆调休上班的周六，当日收到（不计入）。10-8周日调休上班(1) 10-9至13(6) 10-16至20(11) "
        "10-23至27(16) 10-30/31(18) 11-1/2(20)→11-2，当日答复按期。",
    ),
    Case(
        "online_confirmed_on_makeup_saturday",
        _request(
            "R-2023-0928",
            D(2023, 9, 28),
            channel=RequestChannel.ONLINE,
            confirmed=D(2023, 10, 7),
        ),
        Outcome(D(2023, 11, 2), "open", 20),
        "网上申请9-28提交，10-7（调休上班的周六）双方确认→以确认之日为收到申请之日（第三十一条第（三）项），"
        "期限同上例→11-2。",
    ),
    Case(
        "fee_paid_pauses",
        _request(
            "R-2023-0504",
            D(2023, 5, 4),
            FeeNoticeSent(on=D(2023, 5, 10), received_by_applicant=D(2023, 5, 11), amount_yuan=1500),
            FeePaid(on=D(2023, 5, 17)),
            Replied(on=D(2023, 6, 7)),
        ),
        Outcome(D(2023, 6, 7), "answered_on_time", 20, used=20),
        "5-4收到。5-5(1) 5-6周六调休上班(2) 5-8至12(7) 5-15至19(12) 5-22至26(17) 5-29/30/31(20)→5-31。"
        "5-10发收费通知、5-17缴费：5-11/12、5-15/16/17共5个工作日不计入（规则集默认暂停）。顺延5个："
        "6-1/2(2) 6-5/6/7(5)→6-7。当日答复按期，用时25-5=20。",
    ),
    Case(
        "fee_unpaid_abandoned",
        _request(
            "R-2023-0504U",
            D(2023, 5, 4),
            FeeNoticeSent(on=D(2023, 5, 10), received_by_applicant=D(2023, 5, 11)),
            FeePaymentLapsed(on=D(2023, 6, 9)),
        ),
        Outcome(D(2023, 6, 30), "abandoned", 20),
        "申请人5-11收到收费通知，自次日起20个工作日：5-12(1) 5-15至19(6) 5-22至26(11) 5-29至6-2(16) "
        "6-5至8(20)→6-8前缴费。6-9逾期未缴→视为放弃申请。暂停5-10之后至6-8共21个工作日，原期限5-31顺延21个："
        "6-1/2(2) 6-5至9(7) 6-12至16(12) 6-19/20/21(15) 6-22至24端午休 6-25周日上班(16) 6-26至30(21)→6-30。",
    ),
    Case(
        "consultation_2007_regime",
        _request(
            "R-2016-0926",
            D(2016, 9, 26),
            ConsultationSent(on=D(2016, 10, 10)),
            ConsultationAnswered(on=D(2016, 10, 21)),
            Replied(on=D(2016, 11, 2)),
        ),
        Outcome(D(2016, 11, 2), "answered_on_time", 15, used=15),
        "2007年条例15个工作日：9-27至30(4) 10-1至7国庆休 10-8周六上班(5) 10-9周日上班(6) 10-10至14(11) "
        "10-17至20(15)→10-20。征求第三方10-10发、10-21复：10-11至14、10-17至21共9个工作日不计入"
        "（2007年第二十四条第三款，无答复期限上限）。顺延9个：10-21(1) 10-24至28(6) 10-31/11-1/11-2(9)→11-2。",
        regime="2007",
    ),
    Case(
        "overdue_over_new_year",
        _request("R-2024-1202", D(2024, 12, 2)),
        Outcome(D(2024, 12, 30), "overdue", 20, used=28, late=8),
        "12-3至6(4) 12-9至13(9) 12-16至20(14) 12-23至27(19) 12-30(20)→12-30。截至2025-01-10未答复：12-31(1) "
        "1-1元旦休 1-2/3(3) 1-6至10(8)，逾期8个工作日。",
        findings=("deadline.reply_overdue",),
        options={"as_of": "2025-01-10"},
    ),
    Case(
        "late_third_party_answer_capped",
        _request(
            "R-2024-0304",
            D(2024, 3, 4),
            ConsultationSent(on=D(2024, 3, 5), received_by_party=D(2024, 3, 6)),
            ConsultationAnswered(on=D(2024, 4, 10)),
            Replied(on=D(2024, 4, 24)),
        ),
        Outcome(D(2024, 4, 24), "answered_on_time", 20, used=20),
        "基础期限：3-5至8(4) 3-11至15(9) 3-18至22(14) 3-25至29(19) 4-1(20)→4-1。第三方3-6收到征求意见书，"
        "15个工作日至3-27（第三十二条）；4-10才答复，暂停只算到3-27：3-6至8、3-11至15、3-18至22、3-25至27"
        "共16个工作日。顺延16个：4-2/3(2) 4-4至6清明休 4-7周日上班(3) 4-8至12(8) 4-15至19(13) 4-22/23/24(16)"
        "→4-24。",
    ),
)

PROACTIVE_CASES = (
    Case(
        "formed_before_2019_change",
        ProactiveItem(id="P-2019-0514", title="示例文件", formed=D(2019, 5, 14), published=D(2019, 6, 20)),
        Outcome(D(2019, 6, 12), "published_late", 20, used=26, late=6),
        "5-14形成→2007年条例第十八条20个工作日：5-15至17(3) 5-20至24(8) 5-27至31(13) 6-3至6(17) 6-7端午休 "
        "6-10/11/12(20)→6-12。6-20公开：6-13/14/17/18/19/20，晚6个工作日。",
        findings=("deadline.proactive_late",),
        regime="2007",
    ),
    Case(
        "national_day_2024_proactive",
        ProactiveItem(id="P-2024-0920", title="示例文件", formed=D(2024, 9, 20), published=D(2024, 10, 30)),
        Outcome(D(2024, 10, 23), "published_late", 20, used=25, late=5),
        "9-20形成→第二十六条20个工作日：9-23至27(5) 9-29周日上班(6) 9-30(7) 10-1至7国庆休 10-8至11(11) "
        "10-12周六上班(12) 10-14至18(17) 10-21/22/23(20)→10-23。10-30公开，晚5个工作日。",
        findings=("deadline.proactive_late",),
    ),
    Case(
        "changed_item_on_time",
        ProactiveItem(
            id="P-2023-0925",
            title="示例文件（修订）",
            formed=D(2023, 1, 5),
            changed=D(2023, 9, 25),
            published=D(2023, 10, 20),
        ),
        Outcome(D(2023, 10, 27), "published_on_time", 20, used=15),
        "9-25变更，自变更之日起算：9-26/27/28(3) 9-29至10-6中秋国庆休 10-7周六上班(4) 10-8周日上班(5) "
        "10-9至13(10) 10-16至20(15) 10-23至27(20)→10-27。10-20公开，用时15个工作日。",
    ),
    Case(
        "reading_point_local_rule_2017",
        ProactiveItem(
            id="P-2017-0120",
            title="示例文件",
            formed=D(2017, 1, 20),
            published=D(2017, 3, 8),
            channels=("公共查阅点",),
        ),
        Outcome(D(2017, 3, 8), "published_on_time", 30, used=30),
        "地方规则：生成后30个工作日内报送公共查阅点。1-22周日调休上班(1) 1-23至26(5) 1-27至2-2春节休 2-3(6) "
        "2-4周六上班(7) 2-6至10(12) 2-13至17(17) 2-20至24(22) 2-27至3-3(27) 3-6/7/8(30)→3-8，当日报送按期。",
        regime="2007",
        options={"limit": "reading_point_delivery", "rules": "example_local"},
    ),
)

COLUMNS = (
    "case",
    "input",
    "options",
    "regime",
    "deadline",
    "status",
    "working_days_allowed",
    "working_days_used",
    "working_days_late",
    "findings",
    "explanation",
)


def _row(case: Case) -> dict[str, str]:
    return {
        "case": case.name,
        "input": json.dumps(case.record.model_dump(mode="json", exclude_none=True), ensure_ascii=False),
        "options": json.dumps(case.options, ensure_ascii=False, sort_keys=True),
        "regime": case.regime,
        "deadline": case.outcome.deadline.isoformat() if case.outcome.deadline else "",
        "status": case.outcome.status,
        "working_days_allowed": str(case.outcome.allowed),
        "working_days_used": "" if case.outcome.used is None else str(case.outcome.used),
        "working_days_late": "" if case.outcome.late is None else str(case.outcome.late),
        "findings": " ".join(case.findings),
        "explanation": case.explanation,
    }


def _write_csv(path: Path, cases: tuple[Case, ...]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for case in cases:
            writer.writerow(_row(case))


def _note(case: Case) -> str:
    as_of = dt.date.fromisoformat(case.options["as_of"]) if "as_of" in case.options else None
    regime = case.options.get("regime")
    if isinstance(case.record, InformationRequest):
        return clerk_note(request_deadline(case.record, regime=regime, as_of=as_of))
    rules = example_local_rules() if case.options.get("rules") == "example_local" else None
    limit = case.options.get("limit", "proactive")
    if rules is None:
        return clerk_note(proactive_deadline(case.record, regime=regime, limit=limit, as_of=as_of))
    return clerk_note(proactive_deadline(case.record, regime=regime, limit=limit, as_of=as_of, rules=rules))


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    _write_csv(GOLDEN / "request_cases.csv", REQUEST_CASES)
    _write_csv(GOLDEN / "proactive_cases.csv", PROACTIVE_CASES)
    notes = GOLDEN / "notes"
    notes.mkdir(exist_ok=True)
    for case in (*REQUEST_CASES, *PROACTIVE_CASES):
        (notes / f"{case.name}.txt").write_text(_note(case), encoding="utf-8")
    print(f"wrote {len(REQUEST_CASES)} request and {len(PROACTIVE_CASES)} proactive cases to {GOLDEN}")


if __name__ == "__main__":
    main()
