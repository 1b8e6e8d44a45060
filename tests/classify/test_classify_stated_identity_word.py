"""The word stating what an applicant really is (实为 …) never reads a job after it, whatever precedes the word.

Found in review (session 9): ``_stated_word`` tested the words BEFORE 实为 when there were any, so in
``经核实为某公司员工`` (核实为 contains 实为) it took 经核 for the subject and missed the job. The job is what follows.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._classify._applicant import ApplicantClassifier

_CLASSIFIER = ApplicantClassifier()
_PREFIX = st.sampled_from(["", "经核", "据核", "经查", "据了解其"])
_WORD = st.sampled_from(["实为", "实际为", "实际上是", "其实是"])
_EMPLOYER = st.sampled_from(["某公司", "某科技有限公司", "某超市有限公司", "某集团"])
_JOB = st.sampled_from(["员工", "职工", "总经理", "工作人员", "股东"])
_BUSINESS = st.sampled_from(["一家超市有限公司", "某贸易有限公司", "一家连锁餐饮企业"])


@given(prefix=_PREFIX, word=_WORD, employer=_EMPLOYER, job=_JOB)
def test_a_job_after_the_word_is_never_the_stated_identity(
    prefix: str, word: str, employer: str, job: str
) -> None:
    assert _CLASSIFIER._stated_word(f"{prefix}{word}{employer}{job}", shaped=True) is None


@given(prefix=_PREFIX, word=_WORD, business=_BUSINESS)
def test_guard_a_business_after_the_word_is_stated(prefix: str, word: str, business: str) -> None:
    assert _CLASSIFIER._stated_word(f"{prefix}{word}{business}", shaped=True) is not None
