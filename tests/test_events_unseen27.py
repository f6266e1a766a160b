"""Protests and crackdowns, which the twenty-seventh unseen set found wrong at first
sight: tear gas fired to disperse a crowd is coercion, not an assault, whoever the
security unit is (``وحدات الأمن``, ``قوى الأمن``, ``قوات مكافحة الشغب``)."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text", [
    "تونس - تجمع مئات المعطلين أمس أمام مقر الولاية، فيما استعملت وحدات الأمن الغاز المسيل "
    "للدموع لتفريقهم.",
    "تونس - وأطلقت قوى الأمن القنابل المسيلة للدموع لتفريق المحتجين قرب البرلمان أمس.",
    "تونس - واستعملت قوات مكافحة الشغب الغاز المسيل للدموع لمنع المتظاهرين من التقدم نحو "
    "القصبة أمس.",
])
def test_tear_gas_on_a_crowd_is_coercion(pipeline, text):
    got = rows(story(pipeline, text, "2021-01-19"))
    assert ("TUN", "COERCE", "TUN") in got
    assert ("TUN", "ASSAULT", "TUN") not in got

