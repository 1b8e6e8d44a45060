"""A long sentence of counts is read in linear time (issue: ``part_of_an_earlier_count`` was quadratic).

The pattern ``\\d+\\s*[件…][^。]*?其中`` scanned from every count to the sentence's end for a 其中 that never came:
120 KB of "1件" before a request count took 29 s. It is now found a sentence at a time, with the same answers.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._audit._narrative import part_of_an_earlier_count

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "tests" / "data" / "published" / "anhui_szf_2015.txt").read_text(encoding="utf-8")
SECONDS = 10  # quadratic: about 29 s before the fix; linear: well under a second
# The pattern as it was, the reference for the answers.
_REFERENCE = re.compile(r"\d+\s*[件个条次宗份例起项][^。]*?其中")


def test_a_long_sentence_of_counts_is_read_in_linear_time() -> None:
    started = time.monotonic()
    audit(PAGE + "\n" + "1件" * 60_000 + "共收到政府信息公开申请5件\n")
    assert time.monotonic() - started < SECONDS


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["1", "23", " ", "件", "条", "其中", "其", "中", "。", "共", "申请", "\n"])
    ),
    data=st.data(),
)
def test_the_same_answers_as_the_pattern(pieces: list[str], data: st.DataObject) -> None:
    s = "".join(pieces)
    at = data.draw(st.integers(0, len(s)))
    assert part_of_an_earlier_count(s, at) is (_REFERENCE.search(s, 0, at) is not None)


def test_a_long_run_of_digits_is_read_in_linear_time() -> None:
    # spaced digits ("1 1 1 …") are read as one run once the spaces go: each digit no longer starts a scan of it
    started = time.monotonic()
    assert not part_of_an_earlier_count("1" * 100_000 + "共收到申请5件", 100_000 + 5)
    assert time.monotonic() - started < SECONDS


def test_spaced_digits_are_read_in_linear_time() -> None:
    # "1 1 1 …" is one run of digits once the spaces go: cut as the page's own runs are (60 KB took 6 s, quadratic)
    started = time.monotonic()
    audit(PAGE + "\n" + "1 " * 50_000 + "共收到政府信息公开申请5件\n")
    assert time.monotonic() - started < SECONDS
