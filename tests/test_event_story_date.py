"""Acts the text does not date take the story's date, marked with date_basis "story"."""
from hadath.events.story_dates import date_undated, story_date
from hadath.model import Actor, Article, Event, Span, TimeExpr

TEXT = "أعلنت الحكومة أمس الاثنين قطع العلاقات. وأرسلت قطر مساعدات إلى غزة."


def _article(published, times):
    return Article(id="t", text=TEXT, published=published, times=tuple(times))


def _event(date, start):
    return Event(type="AID", mode=None, cameo="070", source=Actor(country="QAT"),
                 target=(Actor(country="PSE"),), date=date, location=None, sentence=1,
                 trigger=Span(start, start + 6, TEXT[start:start + 6]), confidence=0.8)


YESTERDAY = TimeExpr(TEXT.index("أمس"), TEXT.index("أمس") + 10, "أمس الاثنين", "2017-06-05")


def test_undated_act_takes_the_lead_date_and_says_so():
    article = _article("2017-06-06", [YESTERDAY])
    dated, undated = date_undated([_event("2017-06-04", 0), _event(None, 45)], article)
    assert (dated.date, dated.date_basis) == ("2017-06-04", "text")
    assert (undated.date, undated.date_basis) == ("2017-06-05", "story")
    assert undated.to_dict()["date_basis"] == "story"


def test_without_publication_date_an_undated_act_stays_undated():
    article = _article(None, [YESTERDAY])
    (event,) = date_undated([_event(None, 45)], article)
    assert event.date is None and event.date_basis is None


def test_a_date_far_from_publication_is_not_the_story_date():
    old = TimeExpr(0, 5, "أعلنت", "2011-03-15")
    assert story_date(_article("2017-06-06", [old])) is None
