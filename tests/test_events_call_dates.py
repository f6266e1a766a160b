"""A call for an act to come (``دعا إلى إضراب عام يوم الخميس المقبل``) is news the day it
is made: the time after it dates the act called for, not the call, even when it is the
sentence's only time, so the call is not dropped as planned (hadath.events.dates)."""
from __future__ import annotations

import pytest

from tests.test_events import story

TUNIS = ("تونس - شهدت العاصمة التونسية أمس مظاهرات حاشدة احتجاجا على غلاء الأسعار.\n{call}")
KHARTOUM = ("الخرطوم - واصل آلاف المحتجين السودانيين اعتصامهم أمام مقر القيادة العامة للجيش "
            "في الخرطوم أمس.\nورفض تجمع المهنيين السودانيين بيان المجلس العسكري، {call}.")


def _requests(article):
    return [(e.source.key if e.source else None, [t.key for t in e.target], e.date)
            for e in article.events if e.type == "REQUEST"]


@pytest.mark.parametrize("text,key", [
    (TUNIS.format(call="ودعا الاتحاد العام التونسي للشغل إلى إضراب عام يوم الخميس المقبل."),
     "TUN"),
    (KHARTOUM.format(call="داعيا إلى عصيان مدني شامل يبدأ غدا"), "SDN"),
    (KHARTOUM.format(call="مطالبا بإضراب عام يبدأ غدا"), "SDN"),
])
def test_a_call_for_an_act_to_come_is_kept_and_not_dated_by_that_act(pipeline, text, key):
    got = _requests(story(pipeline, text, "2019-01-14"))
    assert got and all(src == key and targets == [key] for src, targets, _ in got)
    assert all(date is None or date <= "2019-01-14" for _, _, date in got)


def test_a_call_still_to_be_made_is_not_an_event(pipeline):
    text = TUNIS.format(call="وقال الاتحاد العام التونسي للشغل إنه سيدعو إلى إضراب عام يوم "
                             "الخميس المقبل.")
    assert _requests(story(pipeline, text, "2019-01-14")) == []
