"""A likely duplicate case: the same petitioner and subject within a day."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from minwon_desk.domain.duplicates import CaseKey, likely_duplicate
from minwon_desk.domain.timeutil import SEOUL

T = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)
EARLIER = CaseKey("홍길동", "010-2345-6789", "업종 기준 해석 요청", T)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (CaseKey("홍길동", "", "업종 기준 해석 요청", T + timedelta(minutes=1)), True),
        (CaseKey("홍 길동", "", "업종기준 해석 요청.", T + timedelta(hours=23)), True),  # spacing, stop
        (CaseKey("홍길동", "", "업종 기준 해석 요청", T + timedelta(days=1)), True),  # the edge
        (CaseKey("홍길동", "", "업종 기준 해석 요청", T + timedelta(days=1, seconds=1)), False),
        (CaseKey("홍길동", "", "업종 기준 해석 요청", T - timedelta(hours=3)), True),  # received earlier
        (CaseKey("김영희", "010-2345-6789", "업종 기준 해석 요청", T), False),  # another person
        (CaseKey("", "01023456789", "업종 기준 해석 요청", T), True),  # no name: the same number
        (CaseKey("", "", "업종 기준 해석 요청", T), False),  # nobody to compare
        (CaseKey("홍길동", "", "업종 기준 해석 이의", T), False),  # another subject
        (CaseKey("홍길동", "", "", T), False),
    ],
)
def test_a_likely_duplicate(key: CaseKey, expected: bool) -> None:
    assert likely_duplicate(key, EARLIER) is expected
