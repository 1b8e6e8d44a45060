"""Message fragments written once: a value outside a closed list (``_messages.not_one_of_zh``) and the byte a text
stops decoding at (``_parsing.bad_byte_at``). Every site that says either says it in those words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    AgencyLevel,
    ApplicantType,
    ClassifyError,
    WorkbookError,
    workbook_template,
)
from disclosure_rules._classify._applicant import declared_applicant_type
from disclosure_rules._classify._content import _LEVEL_ALIASES, agency_level
from disclosure_rules._cli._common import CliError, _decode_line
from disclosure_rules._messages import not_one_of_zh
from disclosure_rules._parsing import ParseError, bad_byte_at, load_json
from disclosure_rules._workbook._reader import _given_info

# Words that are no level and no applicant type in any spelling the library accepts.
UNKNOWN = st.sampled_from(["火星级", "外星人", "某某组织", "第九级", "不详类别"])
# No NUL: ``json.loads`` sniffs bytes whose first or second byte is NUL as UTF-16/32 (RFC 8259's detection), so a
# NUL right after the opening quote would make the JSON reader report a syntax error, not the bad byte.
ASCII = st.binary(max_size=40).map(
    lambda data: bytes(byte & 0x7F for byte in data).replace(b'"', b"a").replace(b"\x00", b"a")
)


@settings(max_examples=10, deadline=None)
@given(value=UNKNOWN)
def test_every_closed_list_refuses_a_value_in_the_same_words(value: str) -> None:
    with pytest.raises(ClassifyError) as level:
        agency_level(value)
    assert (
        level.value.message_zh
        == f"机关层级 agency_level{not_one_of_zh(value, sorted(set(_LEVEL_ALIASES.values())))}"
    )
    with pytest.raises(ClassifyError) as applicant:
        declared_applicant_type(value)
    assert (
        applicant.value.message_zh
        == f"申请人类型{not_one_of_zh(value, (member.value for member in ApplicantType))}"
    )
    levels = [item.value for item in AgencyLevel]
    with pytest.raises(WorkbookError) as template:
        workbook_template(year=2024, agency="青山县自然资源局", level=value)
    assert template.value.message_zh == f"机关层级{not_one_of_zh(value, levels)}"
    with pytest.raises(WorkbookError) as given_level:
        _given_info("填报.xlsx", None, value, None)
    assert given_level.value.message_zh == f"“填报.xlsx”：给出的机关层级{not_one_of_zh(value, levels)}"


def test_the_closed_list_words() -> None:
    assert not_one_of_zh("甲", ["乙", "丙"]) == "“甲”不是以下之一：乙、丙"


@settings(max_examples=20, deadline=None)
@given(head=ASCII, offset=st.integers(0, 10_000))
def test_every_reader_of_bytes_names_the_bad_byte_in_the_same_words(head: bytes, offset: int) -> None:
    where, where_zh = bad_byte_at(len(head) + 1)
    with pytest.raises(ParseError) as parsed:
        load_json(b'"' + head + b'\xff"')
    assert where in str(parsed.value)
    assert where_zh in parsed.value.message_zh
    where, where_zh = bad_byte_at(offset + len(head))
    with pytest.raises(CliError) as line:
        _decode_line(head + b"\xff", "记录.csv", offset)
    assert where in str(line.value)
    assert where_zh in line.value.message_zh


def test_the_bad_byte_words() -> None:
    assert bad_byte_at(7) == ("bad byte at offset 7", "第7字节无法解码")
