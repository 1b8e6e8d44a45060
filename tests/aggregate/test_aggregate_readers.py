"""Readers: CSV in UTF-8 / UTF-8 with BOM / GBK, JSON Lines, .xlsx; headers in English or Chinese."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from disclosure_rules._aggregate import (
    AggregateError,
    BadRowError,
    EncodingError,
    tally_items,
    tally_requests,
)
from disclosure_rules._aggregate._readers import detect_format
from tests.workbook.helpers import openpyxl  # a test dependency: missing, the tests fail (never skip)

YEAR = 2022
CHINESE = "编号,收到日期,申请人类型,办理结果,办结日期\n1,2022-03-01,自然人,予以公开,2022-03-09\n2,2022-03-02,商业企业,部分公开,2022-03-10\n"


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, like stdin."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _granted(data: bytes | io.RawIOBase, name: str = "requests.csv", **options: str) -> int:
    stream = io.BytesIO(data) if isinstance(data, bytes) else io.BufferedReader(data)
    tally, _ = tally_requests(stream, name, YEAR, **options)  # type: ignore[arg-type]
    return tally.cell("granted", "natural_person") + tally.cell("partially_granted", "commercial_enterprise")


class TestEncodings:
    """What Excel and WPS save on Chinese Windows: UTF-8, UTF-8 with BOM, GBK."""

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
    def test_detected(self, encoding: str) -> None:
        assert _granted(CHINESE.encode(encoding)) == 2

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
    def test_detected_on_a_pipe(self, encoding: str) -> None:
        assert _granted(_Pipe(CHINESE.encode(encoding))) == 2

    def test_given_encoding(self) -> None:
        assert _granted(CHINESE.encode("gbk"), encoding="GBK") == 2

    def test_utf16_is_named(self) -> None:
        with pytest.raises(EncodingError) as caught:
            _granted(CHINESE.encode("utf-16"))
        assert caught.value.code == "aggregate.encoding"
        assert "UTF-16" in caught.value.message

    def test_neither_utf8_nor_gbk_names_both(self) -> None:
        with pytest.raises(EncodingError) as caught:
            _granted(CHINESE.encode("utf-8") + b"\xff\xfe\xff\n")
        assert "UTF-8" in caught.value.message
        assert "GBK" in caught.value.message
        assert "line 4" in caught.value.message

    def test_a_bad_byte_late_on_a_pipe_names_the_line(self) -> None:
        rows = "".join(f"{i},2022-03-01,自然人,予以公开,2022-03-09\n" for i in range(5000))
        data = (CHINESE + rows).encode("utf-8") + "3,2022-03-01,自然人,予以公开,2022-03-09\n".encode("gbk")
        with pytest.raises(EncodingError) as caught:
            _granted(_Pipe(data))
        assert "UTF-8" in caught.value.message


class TestCsv:
    def test_tab_separated(self) -> None:
        assert _granted(CHINESE.replace(",", "\t").encode()) == 2

    def test_missing_column_is_named(self) -> None:
        with pytest.raises(AggregateError) as caught:
            _granted("编号,收到日期,申请人类型,办结日期\n".encode())
        assert caught.value.code == "aggregate.missing_column"
        assert "outcome" in caught.value.message

    def test_duplicate_column(self) -> None:
        with pytest.raises(AggregateError) as caught:
            _granted("id,received,受理日期,applicant_type,outcome,closed\n".encode())
        assert caught.value.code == "aggregate.duplicate_column"

    def test_unknown_columns_are_reported_not_used(self) -> None:
        data = CHINESE.replace("办结日期\n", "办结日期,备注\n", 1).encode()
        _, info = tally_requests(io.BytesIO(data), "r.csv", YEAR)
        assert info.ignored_columns == ("备注",)

    def test_xls_is_refused_with_advice(self) -> None:
        with pytest.raises(AggregateError) as caught:
            detect_format("export.xls")
        assert caught.value.code == "aggregate.format"


class TestJsonLines:
    def test_records_with_english_or_chinese_keys(self) -> None:
        lines = [
            {
                "id": "1",
                "received": "2022-03-01",
                "applicant_type": "natural_person",
                "outcome": "granted",
                "closed": "2022-03-09",
            },
            {
                "编号": "2",
                "收到日期": "2022-03-02",
                "申请人类型": "商业企业",
                "办理结果": "部分公开",
                "办结日期": "2022-03-10",
                "备注": "x",
            },
        ]
        data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n"
        tally, info = tally_requests(io.BytesIO(data.encode()), "requests.jsonl", YEAR)
        assert tally.cell("granted", "natural_person") == 1
        assert tally.cell("partially_granted", "commercial_enterprise") == 1
        assert info.ignored_columns == ("备注",)

    def test_a_line_that_is_not_json_is_a_bad_row(self) -> None:
        data = b'{"id": "1", "received": "2022-03-01", "applicant_type": "x", "outcome": "", "closed": ""}\nnot json\n'
        with pytest.raises(BadRowError) as caught:
            tally_requests(io.BytesIO(data), "r.jsonl", YEAR)
        assert caught.value.row.line == 1  # the first line is bad too: 'x' is no applicant column
        tally, _ = tally_requests(io.BytesIO(data), "r.jsonl", YEAR, skip_bad_rows=True)
        assert [(bad.line, bad.reason) for bad in tally.bad_rows] == [(1, "applicant"), (2, "json")]

    def test_events_make_the_engine_read_the_history(self) -> None:
        # Received 2022-03-04, due 2022-04-01; an approved and notified extension of 20 working days
        # (第三十三条第二款) makes a reply on 2022-04-20 timely.
        record = {
            "id": "1",
            "received": "2022-03-04",
            "applicant_type": "自然人",
            "outcome": "予以公开",
            "closed": "2022-04-20",
            "events": [
                {"kind": "extension_approved", "on": "2022-03-28", "working_days": 20},
                {"kind": "extension_notified", "on": "2022-03-29"},
                {"kind": "replied", "on": "2022-04-20"},
            ],
        }
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        tally, _ = tally_requests(io.BytesIO(data), "r.jsonl", YEAR)
        assert (tally.answered_on_time, tally.answered_late) == (1, 0)
        record["events"] = []
        tally, _ = tally_requests(io.BytesIO((json.dumps(record) + "\n").encode()), "r.jsonl", YEAR)
        assert (tally.answered_on_time, tally.answered_late) == (0, 1)


class TestXlsx:
    def test_a_workbook_with_date_cells(self) -> None:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["编号", "收到日期", "申请人类型", "办理结果", "办结日期"])
        sheet.append(
            [
                1,
                dt.datetime(2022, 3, 1, tzinfo=dt.UTC).replace(tzinfo=None),
                "自然人",
                "予以公开",
                dt.date(2022, 3, 9),
            ]
        )
        sheet.append([None, None, None, None, None])  # an empty row is not a record
        sheet.append([2, "2022-03-02", "商业企业", "部分公开", "2022/3/10"])
        sheet.append([3, dt.date(2022, 3, 2), "商业企业", "部分公开", "soon"])
        buffer = io.BytesIO()
        workbook.save(buffer)
        buffer.seek(0)
        tally, _ = tally_requests(buffer, "requests.xlsx", YEAR, skip_bad_rows=True)
        assert tally.cell("granted", "natural_person") == 1
        assert tally.cell("partially_granted", "commercial_enterprise") == 1
        assert [(bad.line, bad.column) for bad in tally.bad_rows] == [(5, "办结日期")]

    def test_not_a_workbook(self) -> None:
        with pytest.raises(AggregateError) as caught:
            tally_requests(io.BytesIO(b"not a zip"), "requests.xlsx", YEAR)
        assert caught.value.code == "aggregate.bad_xlsx"


class TestItems:
    """Items: 第二十六条 timeliness, categories and channels of the items published in the year."""

    def test_item_file(self) -> None:
        data = (
            "编号,标题,形成日期,公开日期,类别,公开渠道\n"
            "1,文件一,2022-03-01,2022-03-10,行政规范性文件,政府网站；公共查阅点\n"
            "2,文件二,2022-03-01,2022-05-10,财政预决算,政府网站\n"
            "3,文件三,2022-12-20,,工作计划,\n"
            "4,文件四,2021-03-01,2021-03-10,工作计划,政府网站\n"
        ).encode("gbk")
        tally, info = tally_items(io.BytesIO(data), "items.csv", YEAR)
        assert info.encoding == "gb18030"
        assert (tally.published, tally.published_on_time, tally.published_late) == (2, 1, 1)
        assert tally.by_channel == {"政府网站": 2, "公共查阅点": 1}
        assert tally.documents_issued == {"行政规范性文件": 1}
        assert (tally.pending, tally.outside_year, tally.records) == (1, 1, 4)

    def test_published_before_formed_is_a_bad_row(self) -> None:
        data = b"id,title,formed,published\n1,t,2022-03-10,2022-03-01\n"
        with pytest.raises(BadRowError) as caught:
            tally_items(io.BytesIO(data), "items.csv", YEAR)
        assert (caught.value.row.line, caught.value.row.column, caught.value.row.reason) == (
            2,
            "published",
            "order",
        )


def test_a_late_gbk_row_in_a_utf8_file_names_its_line() -> None:
    rows = "".join(f"{i},2022-03-01,自然人,予以公开,2022-03-09\n" for i in range(40_000))
    data = (CHINESE + rows).encode("utf-8") + "9,2022-03-01,自然人,予以公开,2022-03-09\n".encode("gbk")
    assert len(data) > 1 << 20  # beyond the first chunk the encoding is judged on
    with pytest.raises(EncodingError) as caught:
        _granted(data)
    assert "near line" in caught.value.message


def test_free_text_outcomes_need_the_classifier() -> None:
    data = "id,received,applicant_type,applicant_name,outcome,closed\n1,2022-03-01,,某某律师事务所,经检索，本机关未制作该信息,2022-03-09\n"
    with pytest.raises(BadRowError) as caught:
        tally_requests(io.BytesIO(data.encode()), "r.csv", YEAR)
    assert caught.value.row.reason == "outcome"
    tally, _ = tally_requests(io.BytesIO(data.encode()), "r.csv", YEAR, classify_free_text=True)
    assert tally.cell("unavailable_not_held", "legal_service_organization") == 1


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_pipe_sample_that_cuts_a_character_in_two(encoding: str) -> None:
    # Pipes are judged on their first 64 KiB, which may end inside a multi-byte character: not a bad byte.
    rows = "".join(f"{i},2022-03-01,自然人,予以公开,2022-03-09\n" for i in range(3000))
    for pad in range(4):  # shifts every byte after the header, so the 64 KiB mark falls inside a character
        data = (CHINESE + "A" * pad + rows).encode(encoding)
        assert _granted(_Pipe(data)) == 3002
