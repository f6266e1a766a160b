"""Hand-written SPEC documents for the store, API and dashboard tests.

The sentences are original (written for these tests, not taken from any corpus). A
document is described by its strings; :func:`build` finds the offsets, so every
span satisfies ``text[start:end] == span["text"]`` as SPEC.md requires.
"""
from __future__ import annotations

from hadath.text.segment import split_sentences

GEO = {
    "Damascus": (33.513, 36.292, "city"), "Washington": (38.895, -77.036, "city"),
    "Gaza": (31.502, 34.467, "city"), "Beirut": (33.893, 35.501, "city"),
    "Jordan": (31.0, 36.0, "country"), "Iraq": (33.0, 44.0, "country"),
}

# id, published, title, text, entities, times, quotes, events
DOCS = [
    dict(id="t-damascus-talks", published="2023-03-10", title="لافروف في دمشق",
         text="دمشق - وكالات: استقبل الرئيس السوري بشار الأسد وزير الخارجية الروسي سيرغي لافروف "
              "في دمشق يوم الخميس، وبحثا سبل تعزيز التعاون بين البلدين.\n"
              "وقال لافروف: \"روسيا ستواصل دعم سوريا في إعادة الإعمار\".\n"
              "وأعلنت الولايات المتحدة فرض عقوبات جديدة على مسؤولين سوريين.",
         entities=[("LOC", "Damascus", "SYR", None, None, ["دمشق", ("دمشق", 1)]),
                   ("PER", "Bashar al-Assad", "SYR", "GOV", None, ["بشار الأسد"]),
                   ("PER", "Sergey Lavrov", "RUS", "GOV", None, ["سيرغي لافروف", ("لافروف", 1)]),
                   ("LOC", "Russia", "RUS", None, None, ["روسيا"]),
                   ("LOC", "Syria", "SYR", None, None, ["سوريا"]),
                   ("LOC", "United States", "USA", None, None, ["الولايات المتحدة"])],
         times=[("يوم الخميس", "2023-03-09")],
         quotes=[("Sergey Lavrov", "وقال", "روسيا ستواصل دعم سوريا في إعادة الإعمار")],
         events=[("CONSULT", "Bashar al-Assad", ["Sergey Lavrov"], "استقبل", "2023-03-09",
                  "Damascus"),
                 ("SANCTION", "United States", [{"country": "SYR", "sector": "GOV",
                                                 "name_en": None, "text": "مسؤولين سوريين"}],
                  "فرض عقوبات", "2023-03-10", None)]),
    dict(id="t-trump-gaza", published="2023-04-02", title=None,
         text="واشنطن: أكد الرئيس الأمريكي دونالد ترامب أن بلاده ستقدم مساعدات إنسانية إلى غزة "
              "خلال الأسبوع المقبل.\nوانتقدت حركة حماس تصريحات لترامب واتهمت واشنطن بالانحياز.\n"
              "وتظاهر آلاف الفلسطينيين في غزة يوم السبت احتجاجا على الحصار.",
         entities=[("LOC", "Washington", "USA", None, None, ["واشنطن", ("واشنطن", 1)]),
                   ("PER", "Donald Trump", "USA", "GOV", None, ["دونالد ترامب", ("ترامب", 1)]),
                   ("LOC", "Gaza", "PSE", None, None, ["غزة", ("غزة", 1)]),
                   ("ORG", "Hamas", None, "REB", "HAMAS", ["حماس"])],
         times=[("الأسبوع المقبل", None), ("يوم السبت", "2023-04-01")],
         quotes=[],
         events=[("AID", "Donald Trump", [{"country": "PSE", "text": "غزة", "name_en": "Gaza"}],
                  "ستقدم مساعدات", None, "Gaza"),
                 ("ACCUSE", "Hamas", ["Washington"], "واتهمت", "2023-04-02", None),
                 ("PROTEST", {"country": "PSE", "sector": "CVL", "text": "آلاف الفلسطينيين"},
                  [], "وتظاهر", "2023-04-01", ("Gaza", 1))]),
    dict(id="t-script", published="2023-05-01",
         title="<img src=x onerror=\"window.__pwned=2\">",
         text="بيروت: نشر موقع إخباري رسالة تقول <script>window.__pwned = 1</script> "
              "و<b>عاجل</b> ثم حذفها.\nوهدد حزب الله إسرائيل بالرد على أي هجوم.",
         entities=[("LOC", "Beirut", "LBN", None, None, ["بيروت"]),
                   ("ORG", "Hezbollah", None, "REB", "HEZBOLLAH", ["حزب الله"]),
                   ("LOC", "Israel", "ISR", None, None, ["إسرائيل"])],
         times=[], quotes=[],
         events=[("THREATEN", "Hezbollah", ["Israel"], "وهدد", "2023-05-01", "Beirut")]),
    dict(id="t-spelling", published="2023-02-20", title=None,
         text="أعلنت الأمم المتحدة إرسال قافلة المســاعدات إلى اللاجئين في الأردن.\n"
              "وقال مسؤول في المنظمة إن مستشفى ميدانيًا سيُقام قرب الحدود مع إسرائيل.",
         entities=[("ORG", "United Nations", None, "IGO", "UN", ["الأمم المتحدة"]),
                   ("LOC", "Jordan", "JOR", None, None, ["الأردن"]),
                   ("LOC", "Israel", "ISR", None, None, ["إسرائيل"])],
         times=[], quotes=[(None, "وقال", "إن مستشفى ميدانيًا سيُقام قرب الحدود مع إسرائيل")],
         events=[("AID", "United Nations", ["Jordan"], "إرسال", "2023-02-20", "Jordan")]),
    dict(id="t-ankara", published="2023-01-15", title=None,
         text="أنقرة - رويترز: شنت القوات التركية غارات على مواقع لحزب العمال الكردستاني في شمال "
              "العراق.\nوقالت وزارة الدفاع التركية إن العملية ستستمر حتى تحقيق أهدافها.",
         entities=[("ORG", "Turkish Armed Forces", "TUR", "MIL", None, ["القوات التركية"]),
                   ("ORG", "PKK", None, "REB", "PKK", ["حزب العمال الكردستاني"]),
                   ("LOC", "Iraq", "IRQ", None, None, ["العراق"]),
                   ("ORG", "Turkish Ministry of Defense", "TUR", "MIL", None,
                    ["وزارة الدفاع التركية"])],
         times=[],
         quotes=[("Turkish Ministry of Defense", "وقالت", "إن العملية ستستمر حتى تحقيق أهدافها")],
         events=[("ASSAULT", "Turkish Armed Forces", ["PKK"], "شنت", "2023-01-14", "Iraq")]),
]


def _find(text: str, what, after: int = 0) -> dict:
    s, nth = (what, 0) if isinstance(what, str) else what
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            raise ValueError(f"{s!r} (occurrence {nth}) not in text")
    return {"start": pos, "end": pos + len(s), "text": s}


def build(spec: dict) -> dict:
    """A SPEC output document from a description in :data:`DOCS`."""
    text = spec["text"]
    sentences = split_sentences(text)
    entities, by_name = [], {}
    for i, (typ, name_en, country, sector, org, mentions) in enumerate(spec["entities"], 1):
        spans = [_find(text, m) for m in mentions]
        lat_lon = GEO.get(name_en)
        ent = {"id": f"e{i}", "type": typ, "name": spans[0]["text"], "name_en": name_en,
               "country": country, "sector": sector, "org": org,
               "geo": {"lat": lat_lon[0], "lon": lat_lon[1], "geonameid": None,
                       "kind": lat_lon[2]} if lat_lon else None,
               "mentions": spans, "origin": "lexicon"}
        entities.append(ent)
        by_name[name_en] = ent

    def actor(a):
        if isinstance(a, dict):
            return {"entity": None, "name_en": a.get("name_en"), "country": a.get("country"),
                    "sector": a.get("sector"), "org": a.get("org"), "text": a.get("text")}
        ent = by_name[a]
        return {"entity": ent["id"], "name_en": ent["name_en"], "country": ent["country"],
                "sector": ent["sector"], "org": ent["org"]}

    events = []
    for typ, src, targets, trigger, date, loc in spec["events"]:
        trig = _find(text, trigger)
        sent = next(i for i, s in enumerate(sentences) if s.start <= trig["start"] < s.end)
        loc_name = loc[0] if isinstance(loc, tuple) else loc
        events.append({"type": typ, "mode": None, "cameo": None, "source": actor(src),
                       "target": [actor(t) for t in targets], "date": date,
                       "location": by_name[loc_name]["id"] if loc_name else None,
                       "sentence": sent, "trigger": trig, "confidence": 0.9})
    quotes = []
    for speaker, cue, said in spec["quotes"]:
        quote = _find(text, said)
        quotes.append({"speaker": by_name[speaker]["id"] if speaker else None,
                       "cue": _find(text, cue), **quote})
    return {"id": spec["id"], "published": spec["published"], "source": None, "url": None,
            "title": spec["title"], "text": text,
            "sentences": [{"start": s.start, "end": s.end} for s in sentences],
            "entities": entities,
            "times": [{**_find(text, t), "value": v, "type": "DATE"} for t, v in spec["times"]],
            "quotes": quotes, "events": events}


def spec_docs() -> list[dict]:
    return [build(d) for d in DOCS]
