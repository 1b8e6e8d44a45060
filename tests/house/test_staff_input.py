"""What staff type is read one way in the models, the CSV readers and the CLI: dates, channels, types, levels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from disclosure_rules import (
    Agency,
    AgencyLevel,
    ApplicantType,
    InformationRequest,
    RequestChannel,
    parse_date,
)
from disclosure_rules._aggregate._matching import applicant_index
from disclosure_rules._labels import CHANNEL_ALIASES, CHANNEL_LABELS, TABLE3_APPLICANT_COLUMNS
from disclosure_rules._models import _LEVEL_ALIASES, AMBIGUOUS_LEVEL_WORDS
from disclosure_rules._parsing import as_china_date

dates = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2100, 12, 31))


@given(dates)
def test_a_date_reads_the_same_in_every_way_staff_write_it(day: dt.date) -> None:
    y, m, d = day.year, day.month, day.day
    for text in (
        day.isoformat(),
        f"{y}年{m}月{d}日",
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
        f" {y}年{m:02d}月{d:02d}日 ",
    ):
        assert parse_date(text) == day
    assert parse_date(f"{day.isoformat()} 09:30") == day


# hypothesis takes naive bounds and attaches the drawn zone itself.
_FROM, _TO = dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)  # noqa: DTZ001 - see above


@given(st.datetimes(min_value=_FROM, max_value=_TO, timezones=st.timezones()))
def test_an_aware_datetime_is_its_day_in_china(moment: dt.datetime) -> None:
    """Oracle: the UTC instant shifted by eight hours, then its calendar day (China has no summer time)."""
    offset = moment.utcoffset()
    assert offset is not None
    utc = moment.replace(tzinfo=None) - offset
    assert as_china_date(moment) == (utc + dt.timedelta(hours=8)).date()


def test_not_a_date() -> None:
    for text in ("2024-02-30", "2024年13月1日", "明天", ""):
        with pytest.raises(ValueError, match="is not a date"):
            parse_date(text)


@pytest.mark.parametrize("channel", list(RequestChannel))
def test_a_channel_by_any_of_its_names(channel: RequestChannel) -> None:
    words = (channel.value, CHANNEL_LABELS[channel.value], *CHANNEL_ALIASES[channel.value])
    assert {RequestChannel.parse(word) for word in words} == {channel}
    assert channel.label == CHANNEL_LABELS[channel.value]


def test_channel_names_do_not_overlap() -> None:
    words = [word for aliases in CHANNEL_ALIASES.values() for word in aliases]
    assert len(words) == len(set(words))
    assert RequestChannel.parse("飞鸽传书") is None


@pytest.mark.parametrize("level", list(AgencyLevel))
def test_a_level_by_its_value_and_english_name(level: AgencyLevel) -> None:
    assert AgencyLevel.parse(level.value) is level
    assert AgencyLevel.parse(level.name.lower()) is level
    assert Agency(name="某机关", level=level.value).level is level  # type: ignore[arg-type]  # text is read too


def test_common_chinese_level_names() -> None:
    assert AgencyLevel.parse("县人民政府") is AgencyLevel.COUNTY_GOVERNMENT
    assert AgencyLevel.parse("街道办事处") is AgencyLevel.TOWNSHIP
    assert AgencyLevel.parse("省 人民政府") is AgencyLevel.PROVINCIAL_GOVERNMENT
    assert AgencyLevel.parse("村委会") is None


@given(st.sampled_from([(level, word) for level, words in _LEVEL_ALIASES.items() for word in words]))
def test_every_alias_names_its_one_level(pair: tuple[AgencyLevel, str]) -> None:
    """第四十九条 sets the report's chain by level: a word staff type reads as exactly one level, spaced or not."""
    level, word = pair
    assert AgencyLevel.parse(word) is level
    assert AgencyLevel.parse(f" {' '.join(word)} ") is level
    assert AgencyLevel.ambiguity(word) is None


@pytest.mark.parametrize(
    ("word", "level"),
    [
        ("区政府", AgencyLevel.COUNTY_GOVERNMENT),  # a 市辖区
        ("县级市人民政府", AgencyLevel.COUNTY_GOVERNMENT),
        ("旗人民政府", AgencyLevel.COUNTY_GOVERNMENT),
        ("设区的市人民政府", AgencyLevel.CITY_GOVERNMENT),
        ("自治州人民政府", AgencyLevel.CITY_GOVERNMENT),
        ("自治区人民政府", AgencyLevel.PROVINCIAL_GOVERNMENT),
        ("街道办", AgencyLevel.TOWNSHIP),
        ("镇", AgencyLevel.TOWNSHIP),
    ],
)
def test_level_names_follow_the_administrative_divisions(word: str, level: AgencyLevel) -> None:
    assert AgencyLevel.parse(word) is level


@given(st.sampled_from(["市", "市政府", "市人民政府", " 市 人民政府 "]))
def test_a_city_government_of_either_level_is_refused_not_guessed(word: str) -> None:
    """A 县级市 is county level (its reports close by 20 February), a 设区的市 city level (10 March): 市人民政府
    alone names neither, and a guess could put a deadline 18 days late."""
    assert AgencyLevel.parse(word) is None
    why = AgencyLevel.ambiguity(word)
    assert why is not None
    assert "县级市" in why
    assert "设区的市" in why


def test_a_report_with_an_ambiguous_level_says_what_to_write() -> None:
    with pytest.raises(ValidationError, match="县级市人民政府"):
        Agency(name="某市人民政府", level="市人民政府")  # type: ignore[arg-type]  # text is read too


def test_no_word_is_both_an_alias_and_ambiguous() -> None:
    aliases = {AgencyLevel.parse(word) for words in _LEVEL_ALIASES.values() for word in words}
    assert None not in aliases
    assert all(AgencyLevel.parse(word) is None for word in AMBIGUOUS_LEVEL_WORDS)


@pytest.mark.parametrize("column", TABLE3_APPLICANT_COLUMNS, ids=lambda column: column.code)
def test_an_applicant_type_by_label_code_or_under_its_header(column: object) -> None:
    code, label = getattr(column, "code"), getattr(column, "label")  # noqa: B009 - ColumnSpec is a dataclass
    kind = ApplicantType(label)
    for text in (label, code, f"法人或其他组织-{label}", f"法人或其他组织—{label}"):
        if text.startswith("法人或其他组织") and kind is ApplicantType.NATURAL_PERSON:
            continue
        assert ApplicantType.parse(text) is kind
    assert applicant_index(label) == [c.code for c in TABLE3_APPLICANT_COLUMNS].index(code)


@given(dates, st.sampled_from(list(RequestChannel)))
def test_the_model_reads_chinese_like_iso(day: dt.date, channel: RequestChannel) -> None:
    chinese = InformationRequest(
        id="1",
        received=f"{day.year}年{day.month}月{day.day}日",  # type: ignore[arg-type]  # the field also reads text
        channel=channel.label,  # type: ignore[arg-type]  # … and the channel's Chinese name
        confirmed=day if channel.needs_confirmation else None,
    )
    assert chinese == InformationRequest(
        id="1", received=day, channel=channel, confirmed=day if channel.needs_confirmation else None
    )


def test_the_model_takes_an_aware_datetime_as_its_china_day() -> None:
    late_evening_utc = dt.datetime(2024, 9, 27, 20, 0, tzinfo=dt.UTC)  # 2024-09-28 04:00 in Beijing
    request = InformationRequest(id="1", received=late_evening_utc)
    assert request.received == dt.date(2024, 9, 28)
