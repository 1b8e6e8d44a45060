"""Information-processing fees (信息处理费) of 国办函〔2020〕109号, progressive by excess (超额累进), as data.

Art. 3: per request (按件计收) or per volume (按量计收), never both for one request. Art. 4: requests of one applicant
in one calendar month — 1-10 free, 11-30 at 100 yuan each, then bands of 10 requests, each band 100 yuan per request
more than the last. Art. 5: pages of one request — 1-30 free, 31-100 at 10 yuan, 101-200 at 20 yuan, 201 and more at
40 yuan a page.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, model_validator

from disclosure_rules._deadlines._errors import DeadlineError
from disclosure_rules._messages import unrecognised_zh
from disclosure_rules._sources import FEE_MEASURES_TITLE

__all__ = [
    "PER_REQUEST_SCHEDULE",
    "PER_VOLUME_SCHEDULE",
    "FeeBand",
    "FeeLine",
    "FeeMethod",
    "FeeResult",
    "FeeSchedule",
    "processing_fee",
]

_FEE_SOURCE: Final = FEE_MEASURES_TITLE
# Per-request charging breaks down into one line per band of 10 requests (第四条), so the month count is bounded:
# 100,000 requests (10,000 lines) is far beyond any real applicant and keeps an absurd input from exhausting memory.
MAX_REQUESTS_PER_MONTH: Final = 100_000


class FeeMethod(StrEnum):
    """How the fee is counted (Art. 3): by the applicant's requests in a month, or by the pages of one request."""

    PER_REQUEST = "per_request"  # 按件计收 (Art. 4)
    PER_VOLUME = "per_volume"  # 按量计收 (Art. 5)


# The fee methods, in the words of an error message.
_METHOD_WORDS_ZH: Final = {FeeMethod.PER_REQUEST: "按件计收", FeeMethod.PER_VOLUME: "按量计收"}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FeeBand(_Frozen):
    """Units ``first``..``last`` (inclusive; ``last`` None = no upper end) cost ``rate_yuan`` each.

    An open band with ``step`` set repeats: every ``step`` units the rate rises by ``step_increase_yuan``.
    """

    first: int = Field(ge=1)
    last: int | None = None
    rate_yuan: int = Field(ge=0)
    step: int | None = Field(default=None, ge=1)
    step_increase_yuan: int = Field(default=0, ge=0)


class FeeSchedule(_Frozen):
    """A progressive fee schedule: contiguous bands from unit 1, the last one open-ended."""

    method: FeeMethod
    unit: str
    article: str
    source: str = _FEE_SOURCE
    bands: tuple[FeeBand, ...]

    @model_validator(mode="after")
    def _contiguous(self) -> FeeSchedule:
        expected = 1
        for band in self.bands:
            if band.first != expected:
                raise ValueError(f"band starting at {band.first} should start at {expected}")
            if band.last is None:
                break
            expected = band.last + 1
        if self.bands[-1].last is not None:
            raise ValueError("the last band must be open-ended")
        return self

    def rate_of(self, unit_number: int) -> tuple[int, int, int | None]:
        """The rate of the ``unit_number``-th unit, with the first and last unit of the band it falls in."""
        for band in self.bands:
            if band.last is not None and unit_number > band.last:
                continue
            if band.step is None:
                return band.rate_yuan, band.first, band.last
            index = (unit_number - band.first) // band.step
            first = band.first + index * band.step
            return band.rate_yuan + index * band.step_increase_yuan, first, first + band.step - 1
        msg = "unreachable: the last band is open-ended"  # pragma: no cover
        raise AssertionError(msg)  # pragma: no cover


PER_REQUEST_SCHEDULE: Final = FeeSchedule(
    method=FeeMethod.PER_REQUEST,
    unit="件",
    article="第四条",
    bands=(
        FeeBand(first=1, last=10, rate_yuan=0),  # 1-10件（含10件）: 免费
        FeeBand(first=11, last=30, rate_yuan=100),  # 11-30件（含30件）: 100元/件
        # 31件以上: 以10件为一档，每增加一档，收费标准提高100元/件 (31-40: 200, 41-50: 300, …)
        FeeBand(first=31, rate_yuan=200, step=10, step_increase_yuan=100),
    ),
)

PER_VOLUME_SCHEDULE: Final = FeeSchedule(
    method=FeeMethod.PER_VOLUME,
    unit="页",
    article="第五条",
    bands=(
        FeeBand(first=1, last=30, rate_yuan=0),  # 30页以下（含30页）: 免费
        FeeBand(first=31, last=100, rate_yuan=10),  # 31-100页（含100页）: 10元/页
        FeeBand(first=101, last=200, rate_yuan=20),  # 101-200页（含200页）: 20元/页
        FeeBand(first=201, rate_yuan=40),  # 201页以上: 40元/页
    ),
)


class FeeLine(_Frozen):
    """One band of the breakdown: units ``first``..``last`` at ``rate_yuan`` each."""

    first: int
    last: int
    units: int
    rate_yuan: int
    subtotal_yuan: int


class FeeResult(_Frozen):
    """The fee with its breakdown by band; ``amount_yuan`` is the sum of the subtotals."""

    method: FeeMethod
    quantity: int
    prior_units: int
    amount_yuan: int
    breakdown: tuple[FeeLine, ...]
    article: str
    source: str

    def describe(self) -> str:
        """The computation as a clerk writes it, e.g. ``第11-25件：15件×100元=1500元；合计1500元``."""
        unit = "件" if self.method is FeeMethod.PER_REQUEST else "页"
        parts = [
            f"第{line.first}-{line.last}{unit}：{line.units}{unit}×{line.rate_yuan}元={line.subtotal_yuan}元"
            for line in self.breakdown
            if line.rate_yuan
        ]
        head = "；".join(parts) if parts else f"均在免费范围内（{self.source}{self.article}）"
        return f"{head}；合计{self.amount_yuan}元"


def processing_fee(
    method: FeeMethod | str,
    quantity: int,
    *,
    prior_requests_this_month: int = 0,
    schedule: FeeSchedule | None = None,
) -> FeeResult:
    """The information-processing fee, progressive by excess, with its breakdown.

    ``per_request``: ``quantity`` requests of one applicant charged now, after ``prior_requests_this_month``
    earlier requests of the same applicant in the same calendar month (Art. 4 counts 同一申请人一个自然月内累计);
    so 25 requests in a month cost 1,500 yuan and the 25th alone (``prior_requests_this_month=24``) 100 yuan.
    ``per_volume``: ``quantity`` pages of one request (Art. 5); the month count does not apply.
    """
    try:
        chosen = FeeMethod(method)
    except ValueError:
        raise DeadlineError(
            f"fee method {method!r} is neither 'per_request' nor 'per_volume'",
            code="fee.unknown_method",
            field="method",
            message_zh=unrecognised_zh(
                "计费方式", "method", method, "per_request（按件）或 per_volume（按量）"
            ),
        ) from None
    counts = (
        ("quantity", quantity, "计费数量"),
        ("prior_requests_this_month", prior_requests_this_month, "本月此前已申请件数"),
    )
    for name, value, words in counts:
        if value < 0:
            raise DeadlineError(
                f"{name} {value} is negative",
                code="fee.negative_quantity",
                field=name,
                message_zh=f"{words}（{name}）{value}不能为负数",
            )
    if chosen is FeeMethod.PER_VOLUME and prior_requests_this_month:
        raise DeadlineError(
            "per-volume fees count the pages of one request; prior_requests_this_month does not apply",
            code="fee.prior_with_per_volume",
            field="prior_requests_this_month",
            message_zh="按量计费只计一件申请的页数，不能填写本月此前已申请件数（prior_requests_this_month）",
        )
    if chosen is FeeMethod.PER_REQUEST and prior_requests_this_month + quantity > MAX_REQUESTS_PER_MONTH:
        raise DeadlineError(
            f"{prior_requests_this_month + quantity} requests in one month is more than this calculator accepts "
            f"({MAX_REQUESTS_PER_MONTH}); check the count",
            code="fee.quantity_too_large",
            field="quantity",
            message_zh=f"一个月内{prior_requests_this_month + quantity}件申请，超过本计算器接受的上限"
            f"（{MAX_REQUESTS_PER_MONTH}件），请核对计费数量（quantity）",
        )
    table = schedule or (PER_REQUEST_SCHEDULE if chosen is FeeMethod.PER_REQUEST else PER_VOLUME_SCHEDULE)
    if table.method is not chosen:
        raise DeadlineError(
            f"schedule is for {table.method.value}, not {chosen.value}",
            code="fee.schedule_mismatch",
            field="schedule",
            message_zh=f"收费标准（schedule）适用于{_METHOD_WORDS_ZH[table.method]}，与计费方式"
            f"{_METHOD_WORDS_ZH[chosen]}不符",
        )
    lines: list[FeeLine] = []
    unit = prior_requests_this_month + 1
    end = prior_requests_this_month + quantity
    while unit <= end:
        rate, _, band_last = table.rate_of(unit)
        last = end if band_last is None else min(end, band_last)
        count = last - unit + 1
        lines.append(FeeLine(first=unit, last=last, units=count, rate_yuan=rate, subtotal_yuan=count * rate))
        unit = last + 1
    return FeeResult(
        method=chosen,
        quantity=quantity,
        prior_units=prior_requests_this_month,
        amount_yuan=sum(line.subtotal_yuan for line in lines),
        breakdown=tuple(lines),
        article=table.article,
        source=table.source,
    )
