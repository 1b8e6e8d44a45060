"""A hostile applicant name is read in linear time.

The principal patterns (受X委托, 以X名义, 加盖X公章, 受援人X) once scanned to the end of the name from every opening word
when no closing word followed: a 50 000-character name of repeated openers took 20 s and more (quadratic). The
principal's name is now bounded, so each opener looks a bounded way ahead.
"""

from __future__ import annotations

import time

import pytest

from disclosure_rules._classify import classify_applicant
from disclosure_rules._labels import ApplicantType

SIZE = 50_000
SECONDS = 5  # quadratic: 6 to 25 s a piece before the bound; linear: well under a second


@pytest.mark.parametrize("piece", ["以", "受", "加盖", "受援人", "以其"])
def test_a_name_of_repeated_openers_is_read_in_linear_time(piece: str) -> None:
    started = time.monotonic()
    classify_applicant(piece * (SIZE // len(piece)))
    assert time.monotonic() - started < SECONDS


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张某（以某科技有限公司名义申请）", ApplicantType.COMMERCIAL_ENTERPRISE),
        ("李某（受某律师事务所委托）", ApplicantType.LEGAL_SERVICE_ORGANIZATION),
    ],
)
def test_a_principal_of_ordinary_length_is_still_read(name: str, expected: ApplicantType) -> None:
    assert classify_applicant(name).category is expected
