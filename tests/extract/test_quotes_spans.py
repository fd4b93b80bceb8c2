"""QuotedSpans answers containment and overlap questions exactly as a scan of the spans would."""

from __future__ import annotations

import random

from warta.extract.quotes_speakers import QuotedSpans


def test_quoted_spans_agree_with_a_plain_scan() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(1, 30)))  # nested and overlapping spans included
        quoted = QuotedSpans(spans)
        for _ in range(40):
            start = rng.randint(0, 90)
            end = start + rng.randint(0, 20)
            assert quoted.covers(start, end) == any(a <= start and end <= b for a, b in spans)
            assert quoted.overlaps(start, end) == any(a < end and start < b for a, b in spans)
            assert quoted.holds(start) == any(a <= start < b for a, b in spans)


def test_no_spans_hold_nothing() -> None:
    quoted = QuotedSpans([])
    assert not quoted.covers(0, 1) and not quoted.overlaps(0, 5) and not quoted.holds(0)
