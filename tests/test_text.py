import pytest

from hadath.text.layout import find_byline, find_dateline
from hadath.text.normalize import normalize_ar, normalize_ar_with_offsets
from hadath.text.segment import split_sentences, strip_proclitics, tokenize


@pytest.mark.parametrize("raw,norm", [
    ("أمريكا", "امريكا"), ("إيران", "ايران"), ("آذار", "اذار"),
    ("مصطفى", "مصطفي"), ("الحكومةُ", "الحكومه"), ("الأمــم", "الامم"),
    ("١٠ رمضان ١٤٣٨", "10 رمضان 1438"), ("۲۰ اسفند", "20 اسفند"), ("«سانا»", '"سانا"'),
])
def test_normalize_collapses_spelling_variants(raw, norm):
    assert normalize_ar(raw) == norm


def test_normalized_spans_map_back_to_original_text():
    text = "قال الرئيسُ المصريّ عبد الفتّاح السيسي"
    nt = normalize_ar_with_offsets(text)
    i = nt.text.index("عبد الفتاح")
    s, e = nt.to_original(i, i + len("عبد الفتاح"))
    assert text[s:e] == "عبد الفتّاح"


def test_sentences_split_at_stops_and_lines_but_not_inside_quotes():
    text = 'قال لافروف: "نحن توافقنا. وسنواصل". ثم غادر.\nوأضاف أن 3.5 مليون نزحوا'
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans == ['قال لافروف: "نحن توافقنا. وسنواصل".', "ثم غادر.",
                     "وأضاف أن 3.5 مليون نزحوا"]


def test_tokens_split_hyphenated_dateline_and_keep_offsets():
    text = "دمشق-سانا: وصل"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["دمشق", "سانا", "وصل"]
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize("word,stem,plen", [
    ("ولافروف", "لافروف", 1), ("بالرئيس", "رئيس", 3), ("للامم", "الامم", 1),
    ("وللامم", "الامم", 2), ("والنظام", "نظام", 3),
])
def test_proclitic_candidates_include_the_stem(word, stem, plen):
    assert (plen, stem) in strip_proclitics(word)


def test_byline_on_last_line_is_found():
    text = "قال لافروف إن الاتفاق صامد.\nسيريانيوز"
    start, outlet = find_byline(text)
    assert outlet == "سيريانيوز" and text[start:] == "سيريانيوز"


def test_a_last_sentence_is_not_a_byline():
    assert find_byline("قال لافروف.\nوأضاف أن الاتفاق صامد.") is None


@pytest.mark.parametrize("text,place,outlet", [
    ("دمشق - سانا: وصل الوفد", "دمشق", "سانا"),
    ("بيروت - أ ف ب: قتل مصور", "بيروت", "أ ف ب"),
    ("جدة - ٦ - ٦ (كونا) -- وصل الأمير", "جدة", "كونا"),
])
def test_dateline_parts(text, place, outlet):
    dl = find_dateline(text)
    assert dl["place"].text == place and dl["outlet"].text == outlet


@pytest.mark.parametrize("text,place,outlet", [
    ("تونس 17 جويلية 2023 (وات) - وقعت تونس والاتحاد الأوروبي مذكرة.", "تونس", "وات"),
    ("الرياض 6 رمضان 1443 هـ (سبأ) - أعلن الرئيس نقل صلاحياته.", "الرياض", "سبأ"),
    ("الرباط في 7 نونبر 2023 - مدار21\nأكد الملك أن المغرب ماض.", "الرباط", "مدار21"),
])
def test_datelines_with_a_written_date(text, place, outlet):
    from hadath.text.layout import find_dateline
    dl = find_dateline(text)
    assert (dl["place"].text, dl["outlet"].text) == (place, outlet)
