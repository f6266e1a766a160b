"""Office titles beyond heads of state and foreign/defence ministers: interior ministers,
chiefs of staff, the heads of the Arab League, the AU Commission, the GCC and the OIC, and
the UN envoys for Syria, Yemen and Libya. A title and the article's date name the holder
(``وزير الداخلية المصري`` in May 2016 is Magdy Abdel Ghaffar); a date no known holder
covers names no one, and the actor keeps only its country or body."""
from __future__ import annotations

import pytest

from hadath.events.lexicons import EventLexicons
from hadath.lexicons.tsv import DATA_DIR
from hadath.model import Article


@pytest.fixture(scope="module")
def lex():
    return EventLexicons.load()


def story(pipeline, text, published):
    return pipeline(Article.from_input({"id": "t", "text": text, "published": published}))


def sources(article):
    return [(e.type, e.source.name_en, e.source.key) for e in article.events]


@pytest.mark.parametrize("text, day, etype, name, key", [
    ("زار وزير الداخلية المصري الرياض.", "2016-05-03", "CONSULT", "Magdy Abdel Ghaffar", "EGY"),
    ("زار وزير الداخلية المصري الرياض.", "2020-05-03", "CONSULT", "Mahmoud Tawfik", "EGY"),
    ("زار وزير الداخلية التركي بغداد.", "2019-02-10", "CONSULT", "Süleyman Soylu", "TUR"),
    ("زار وزير الداخلية السعودي القاهرة.", "2015-02-10", "CONSULT", "Muhammad bin Nayef", "SAU"),
    ("زار وزير الداخلية العراقي طهران.", "2021-03-01", "CONSULT", "Othman al-Ghanmi", "IRQ"),
    ("زار وزير الداخلية الإيراني بغداد.", "2022-06-01", "CONSULT", "Ahmad Vahidi", "IRN"),
    ("هدد رئيس أركان الجيش الإسرائيلي حزب الله.", "2019-05-03", "THREATEN", "Aviv Kochavi", "ISR"),
    ("هدد رئيس الأركان الإسرائيلي حزب الله.", "2024-01-10", "THREATEN", "Herzi Halevi", "ISR"),
    ("زار رئيس هيئة الأركان الإيراني دمشق.", "2019-05-03", "CONSULT", "Mohammad Bagheri", "IRN"),
    ("زار رئيس أركان الجيش المصري الخرطوم.", "2015-05-03", "CONSULT", "Mahmoud Hegazy", "EGY"),
    ("انتقد الأمين العام لجامعة الدول العربية إسرائيل.", "2019-05-03", "ACCUSE",
     "Ahmed Aboul Gheit", "ARAB_LEAGUE"),
    ("انتقد الأمين العام للجامعة العربية إسرائيل.", "2013-05-03", "ACCUSE", "Nabil Elaraby",
     "ARAB_LEAGUE"),
    ("زار رئيس مفوضية الاتحاد الأفريقي الخرطوم.", "2019-05-03", "CONSULT", "Moussa Faki", "AU"),
    ("زار رئيس مفوضية الاتحاد الأفريقي الخرطوم.", "2014-05-03", "CONSULT",
     "Nkosazana Dlamini-Zuma", "AU"),
    ("زار الأمين العام لمجلس التعاون الخليجي الكويت.", "2019-05-03", "CONSULT",
     "Abdullatif bin Rashid Al Zayani", "GCC"),
    ("زار الأمين العام لمنظمة التعاون الإسلامي جاكرتا.", "2019-05-03", "CONSULT",
     "Yousef Al-Othaimeen", "OIC"),
    ("زار المبعوث الأممي إلى اليمن صنعاء.", "2019-05-03", "CONSULT", "Martin Griffiths", "UN"),
    ("زار المبعوث الأممي إلى اليمن صنعاء.", "2023-05-03", "CONSULT", "Hans Grundberg", "UN"),
    ("زار المبعوث الأممي إلى سوريا دمشق.", "2016-05-03", "CONSULT", "Staffan de Mistura", "UN"),
    ("زار المبعوث الأممي إلى ليبيا طرابلس.", "2018-05-03", "CONSULT", "Ghassan Salamé", "UN"),
])
def test_a_title_and_the_date_name_the_holder(pipeline, text, day, etype, name, key):
    assert (etype, name, key) in sources(story(pipeline, text, day))


@pytest.mark.parametrize("text, day", [
    ("زار وزير الداخلية المصري الرياض.", "1990-05-03"),
    ("زار رئيس هيئة الأركان الإيراني دمشق.", "1985-05-03"),
    ("انتقد الأمين العام لجامعة الدول العربية إسرائيل.", "1995-05-03"),
    ("زار المبعوث الأممي إلى اليمن صنعاء.", "2005-05-03"),
])
def test_a_date_no_holder_covers_names_no_one(pipeline, lex, text, day):
    people = {h.name_en for h in lex.holders}
    got = sources(story(pipeline, text, day))
    assert not [name for _, name, _ in got if name in people], got


def test_out_of_office_the_title_keeps_its_country(pipeline):
    got = sources(story(pipeline, "زار وزير الداخلية المصري الرياض.", "1990-05-03"))
    assert [key for _, _, key in got] == ["EGY"], got


@pytest.mark.parametrize("office, country, org, day, name", [
    ("interior_minister", "SAU", None, "2012-08-01", "Ahmed bin Abdulaziz Al Saud"),
    ("interior_minister", "LBN", None, "2016-05-01", "Nohad Machnouk"),
    ("interior_minister", "MAR", None, "2015-05-01", "Mohamed Hassad"),
    ("interior_minister", "ISR", None, "2018-05-01", "Aryeh Deri"),
    ("interior_minister", "LBY", None, "2019-06-01", "Fathi Bashagha"),
    ("interior_minister", "TUN", None, "2022-06-01", "Taoufik Charfeddine"),
    ("chief_of_staff", "TUR", None, "2016-07-15", "Hulusi Akar"),
    ("chief_of_staff", "DZA", None, "2019-04-02", "Ahmed Gaid Salah"),
    ("chief_of_staff", "USA", None, "2020-01-03", "Mark Milley"),
    ("gcc_secretary_general", None, "GCC", "2021-06-01", "Nayef Falah Mubarak Al-Hajraf"),
    ("oic_secretary_general", None, "OIC", "2015-06-01", "Iyad Madani"),
    ("un_envoy_libya", None, "UN", "2016-06-01", "Martin Kobler"),
])
def test_holders_by_date(lex, office, country, org, day, name):
    got = lex.holder(office, country, day, org)
    assert got is not None and got.name_en == name


@pytest.mark.parametrize("office, country, org, day", [
    ("interior_minister", "EGY", None, "1990-01-01"),
    ("interior_minister", "ISR", None, "2015-06-01"),     # Silvan Shalom's months: not listed
    ("interior_minister", "TUN", None, "2021-06-01"),     # the premier acting: not listed
    ("chief_of_staff", "ISR", None, "2000-01-01"),
    ("al_secretary_general", None, "ARAB_LEAGUE", "1999-01-01"),
    ("un_envoy_libya", None, "UN", "2022-08-01"),        # between Williams (adviser) and Bathily
])
def test_a_date_outside_every_period_names_no_one(lex, office, country, org, day):
    assert lex.holder(office, country, day, org) is None


def test_every_holder_of_these_offices_is_a_person_of_the_lexicon(lex):
    people = {}
    with (DATA_DIR / "actors.tsv").open(encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[1] == "PER":
                people.setdefault(row[2], set()).add(row[4])
    offices = {"interior_minister", "chief_of_staff", "al_secretary_general", "auc_chair",
               "gcc_secretary_general", "oic_secretary_general", "un_envoy_syria",
               "un_envoy_yemen", "un_envoy_libya"}
    holders = [h for h in lex.holders if h.office in offices]
    assert len(holders) > 100
    missing = [h.name_en for h in holders if h.name_en not in people]
    assert not missing
    # a national office's holder is a person of that country
    wrong = [h.name_en for h in holders if h.country and h.country not in people[h.name_en]]
    assert not wrong
