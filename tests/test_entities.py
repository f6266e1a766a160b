"""Stage ``entities``: dictionary names with clitics, longest match, coreference, datelines."""
import pickle

import pytest

from hadath.model import Article, check_offsets
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline.default(["segment", "entities"])

    def _run(text: str, published: str | None = "2017-05-13", source: str | None = None):
        return pipe(Article(id="t", text=text, published=published, source=source))
    return _run


def mentions(article) -> set[tuple[str, str]]:
    return {(m.text, e.type) for e in article.entities for m in e.mentions}


@pytest.mark.parametrize("text,mention,etype", [
    ("وقال ولافروف إن الوضع صعب", "لافروف", "PER"),
    ("واجتمع بالرئيس بوتين في موسكو", "بوتين", "PER"),
    ("وجه رسالة للأمم المتحدة أمس", "لأمم المتحدة", "ORG"),
    ("ودعت والأمم المتحدة الأطراف", "الأمم المتحدة", "ORG"),
    ("وصل إلى دمشق وبدمشق التقى الوزير", "دمشق", "LOC"),
    ("شكرا للمملكة العربية السعودية على دعمها", "لمملكة العربية السعودية", "LOC"),
    ("اتهمت حركة حماس إسرائيل", "حماس", "ORG"),
    ("أعلن تنظيم داعش مسؤوليته", "داعش", "ORG"),
    ("شارك وفد حركة النهضة", "حركة النهضة", "ORG"),
    ("قصفت طائرات مواقع حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG"),
    ("سقطت قذائف على محافظة إدلب", "إدلب", "LOC"),
    ("عبرت القوات نهر الفرات", "الفرات", "LOC"),
    ("وصل الوفد إلى مدينة الباب", "الباب", "LOC"),
    # a nationality adjective after a group's name, a descriptive قوات: not the name
    ("انتشر عناصر من مجموعة فاغنر الروسية في المدينة", "فاغنر", "ORG"),
    ("تقدمت قوات البيشمركة نحو البلدة", "البيشمركة", "ORG"),
])
def test_clitics_and_descriptive_type_words(run, text, mention, etype):
    assert (mention, etype) in mentions(run(text))


def test_longest_match_wins_and_mentions_do_not_overlap(run):
    art = run("أعلنت وزارة الخارجية الروسية أن مجلس الأمن الدولي سيجتمع")
    got = mentions(art)
    assert ("وزارة الخارجية الروسية", "ORG") in got
    assert ("مجلس الأمن الدولي", "ORG") in got
    assert ("مجلس الأمن", "ORG") not in got
    spans = sorted((m.start, m.end) for e in art.entities for m in e.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_family_name_joins_the_full_name_named_earlier(run):
    art = run("التقى سيرغي لافروف نظيره. وقال لافروف إن الحوار مستمر.")
    lavrov = [e for e in art.entities if e.name_en == "Sergey Lavrov"]
    assert len(lavrov) == 1
    assert [m.text for m in lavrov[0].mentions] == ["سيرغي لافروف", "لافروف"]
    assert lavrov[0].name == "سيرغي لافروف"


def test_family_name_alone_needs_the_full_name_first(run):
    # عبد العاطي is only a short form of محمد عبد العاطي: alone it is not linked
    assert not run("قال عبد العاطي إن المفاوضات متعثرة").entities
    art = run("تلقى محمد عبد العاطي اتصالا. وأكد عبد العاطي موقف بلاده.")
    assert ("عبد العاطي", "PER") in mentions(art)


def test_entity_fields_from_the_lexicon(run):
    art = run("قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستعمل مع موسكو")
    trump = next(e for e in art.entities if e.name_en == "Donald Trump")
    assert (trump.type, trump.country, trump.sector, trump.origin) == ("PER", "USA", "GOV", "lexicon")
    assert trump.lexicon_id == "p.trump"
    washington = next(e for e in art.entities if e.name_en == "Washington")
    assert washington.geo is not None and washington.country == "USA"
    assert [e.id for e in art.entities] == [f"e{i}" for i in range(1, len(art.entities) + 1)]


@pytest.mark.parametrize("published,sector", [("2017-05-13", "GOV"), ("2022-05-13", None)])
def test_sector_is_the_one_valid_on_the_publication_date(run, published, sector):
    art = run("قال دونالد ترامب إن الاتفاق سيء", published=published)
    assert art.entities[0].sector == sector


@pytest.mark.parametrize("text,place,outlet", [
    ("دمشق - سانا:\nوصلت طائرة مساعدات إلى المطار", "دمشق", "سانا"),
    ("بيروت - أ ف ب: قتل صحافي في غارة", "بيروت", "أ ف ب"),
    ("بيت لحم- معا- أفرجت سلطات الاحتلال عن أسرى", "بيت لحم", "معا"),
])
def test_dateline_place_and_outlet_are_mentions(run, text, place, outlet):
    got = mentions(run(text))
    assert (place, "LOC") in got and (outlet, "ORG") in got


def test_outlet_known_only_for_datelines_is_linked(run):
    art = run("بيت لحم- معا- أفرجت سلطات الاحتلال عن أسرى")
    maan = next(e for e in art.entities if e.type == "ORG")
    assert maan.name_en == "Ma'an News Agency" and maan.country == "PSE"


@pytest.mark.parametrize("text", [
    "نحن معا في هذا الطريق وأن الأمل كبير",
    "صدر بيان يوم الخميس عن وقف إطلاق النار في إطار الاتفاق",
    "قال إن فتح المعابر ضروري والباب مفتوح",
    'وأجرت القوات مناورات "حماة النيل" المشتركة',
    "كان جمال وسلام وأمل في المدينة",
    "كسرت الشرطة الباب ولازمت القوات مواقعها",
    "توجه الحجاج لحج بيت الله الحرام",
    "كان دومًا إلى جانب أبيه وأم أولاده، وحضر لفيف من المسؤولين",
])
def test_no_false_hits_on_common_words(run, text):
    assert run(text).entities == ()


def test_ministry_without_country_takes_it_from_the_sentence(run):
    art = run("أعربت الدوحة عن أسفها، ورفضت في بيان لوزارة الخارجية الاتهامات")
    mofa = next(e for e in art.entities if e.type == "ORG")
    assert mofa.country == "QAT" and mofa.name_en == "Ministry of Foreign Affairs (Qatar)"


def test_byline_is_not_a_mention(run):
    art = run("قال لافروف إن الحوار مستمر.\nسيريانيوز")
    assert ("سيريانيوز", "ORG") not in mentions(art)


def test_offsets_always_match_the_text(run, dev_gold):
    for doc in dev_gold:
        art = run(doc["text"], published=doc.get("published"), source=doc.get("source"))
        assert check_offsets(art) == [], doc["id"]


def test_dev_set_entities_are_found(run, dev_gold):
    """Most gold mentions of the dev set are found (it is tuning data: a floor, not a score)."""
    tp = fn = 0
    for doc in dev_gold:
        art = run(doc["text"], published=doc.get("published"))
        got = mentions(art)
        for g in doc["entities"]:
            if (g["text"], g["type"]) in got:
                tp += 1
            else:
                fn += 1
    assert tp / (tp + fn) > 0.9


def test_stage_pickles_and_still_works(run):
    from hadath.annotate.entities import EntityStage
    stage = pickle.loads(pickle.dumps(EntityStage()))
    seg = Pipeline.default(["segment"])
    art = stage(seg(Article(id="t", text="زار أردوغان القاهرة", published="2024-02-14")))
    assert {e.name_en for e in art.entities} == {"Recep Tayyip Erdoğan", "Cairo"}


@pytest.mark.parametrize("text,mention,etype,name_en,country", [
    ("هبطت الطائرة في مطار الدوحة الدولي مساء أمس", "مطار الدوحة الدولي", "LOC",
     "Doha International Airport", "QAT"),
    ("قال رئيس جامعة دمشق إن الدراسة مستمرة", "جامعة دمشق", "ORG", "Damascus University", "SYR"),
    ("وصلت الشاحنات بمطار القاهرة", "مطار القاهرة", "LOC", "Cairo International Airport", "EGY"),
    ("وتجمع المحتجون في شارع بغداد وسط المدينة", "شارع بغداد", "LOC", "Baghdad Street", "IRQ"),
    ("افتتح الوزير جناحا جديدا في متحف دمشق الوطني", "متحف دمشق الوطني", "LOC",
     "Damascus National Museum", "SYR"),
    ("لجأ آلاف المدنيين إلى جبل سنجار هربا من القصف", "جبل سنجار", "LOC", "Mount Sinjar", "IRQ"),
])
def test_facility_names_keep_their_head_noun(run, text, mention, etype, name_en, country):
    art = run(text)
    ent = next(e for e in art.entities if any(m.text == mention for m in e.mentions))
    assert (ent.type, ent.name_en, ent.country) == (etype, name_en, country)
    assert len(art.entities) == 1  # the city inside is not a mention of its own


@pytest.mark.parametrize("text", [
    "أدانت الإمارات الهجوم الذي شنته ميليشيا الحوثي على منشآت مدنية",
    "وقصفت مليشيات الحوثي أحياء سكنية في تعز",
    "وقالت جماعة الحوثي إنها استهدفت المطار",
])
def test_the_houthi_militia_is_the_group_not_a_surname(run, text):
    art = run(text)
    group = next(e for e in art.entities if any(m.text == "الحوثي" for m in e.mentions))
    assert (group.type, group.name_en, group.country) == ("ORG", "Houthis", "YEM")


def test_family_name_prefers_the_person_named_in_the_article(run):
    # بشار الجعفري is listed as الجعفري alone; after إبراهيم الجعفري it means him
    art = run("قال إبراهيم الجعفري إن بغداد ترفض التدخل. وأضاف الجعفري أن الحوار ضروري.")
    jaafari = next(e for e in art.entities if e.type == "PER")
    assert jaafari.name_en == "Ibrahim al-Jaafari"
    assert [m.text for m in jaafari.mentions] == ["إبراهيم الجعفري", "الجعفري"]


def test_family_name_does_not_take_over_a_place(run):
    art = run("قال مظلوم كوباني إن الهجوم على كوباني مستمر")
    kobani = [e for e in art.entities if e.type == "LOC"]
    assert kobani and kobani[0].name_en == "Kobani"


def test_outlet_in_dateline_is_the_outlet_even_if_it_names_a_region(run):
    art = run("هلسنكي: «الشرق الأوسط»\nقال مسؤول إن الشرق الأوسط يمر بمرحلة صعبة")
    types = {(m.text, e.type, m.start) for e in art.entities for m in e.mentions}
    assert ("الشرق الأوسط", "ORG", 9) in types
    assert any(t == ("الشرق الأوسط", "LOC") for t, _ in
               [((m.text, e.type), m.start) for e in art.entities for m in e.mentions])


def test_unknown_first_line_is_not_taken_for_a_dateline(run):
    art = run("عاجل - مصادر: انفجار في المدينة الصناعية")
    assert art.entities == ()


@pytest.mark.parametrize("text,found,not_found", [
    # a place that needs its type word alone is a place inside a list of places
    ("قصفت الطائرات مواقع في صنعاء وعمران وحجة أمس", "حجة", None),
    ("سقطت قذائف على تعز، حجة وصعدة", "حجة", None),
    # … but not alone, where it is a common word
    ("قدم المحامي حجة قوية أمام المحكمة", None, "حجة"),
    ("وقال إن حجة الحكومة ضعيفة في صنعاء", None, "حجة"),
])
def test_bare_place_names_count_inside_a_list_of_places(run, text, found, not_found):
    got = {m for m, t in mentions(run(text)) if t == "LOC"}
    if found:
        assert found in got
    if not_found:
        assert not_found not in got


@pytest.mark.parametrize("text,mention,name_en", [
    # عبد + name written joined or apart
    ("وصل عبدالعزيز بن سعود إلى الرياض", "عبدالعزيز بن سعود", "Abdulaziz bin Saud bin Nayef"),
    ("استقبل عبد الله بن زايد الوفد", "عبد الله بن زايد", "Abdullah bin Zayed Al Nahyan"),
    # a kunya declines after a preposition
    ("وهو المعروف بأبي محمد الجولاني منذ سنوات", "أبي محمد الجولاني", "Ahmed al-Sharaa"),
    # a double family name with a spaced hyphen
    ("وقالت جينين هينيس - بلاسخارت إن الانتخابات جرت بهدوء",
     "جينين هينيس - بلاسخارت", "Jeanine Hennis-Plasschaert"),
])
def test_person_names_in_their_other_spellings(run, text, mention, name_en):
    art = run(text)
    got = {m.text: e.name_en for e in art.entities for m in e.mentions}
    assert got.get(mention) == name_en


def test_family_name_with_a_dynastic_particle_joins_the_full_name(run):
    art = run("التقى الرئيس عبد القادر بن صالح الوفد. وقال بن صالح إن الحوار ضروري.")
    people = [e for e in art.entities if e.type == "PER"]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} == {"عبد القادر بن صالح", "بن صالح"}


@pytest.mark.parametrize("text,absent", [
    ("أطلقت الشرطة القنابل المسيلة للدموع على المحتجين", "المسيلة"),
    ("وصلت المساعدات إلى المنطقة الشرقية في ليبيا", "المنطقة الشرقية"),
    ("أعيد فتح المعبر في الجولان المحتل", "الجولان المحتل"),
])
def test_common_phrases_and_descriptors_are_not_names(run, text, absent):
    assert absent not in {m for m, _ in mentions(run(text))}


def test_royal_is_named_by_title_and_first_name_after_the_full_name(run):
    art = run("التقى عبد الله بن زايد آل نهيان نظيره الأردني. وقال الشيخ عبد الله إن اللقاء مثمر.")
    ent = next(e for e in art.entities if e.name_en == "Abdullah bin Zayed Al Nahyan")
    assert "عبد الله" in {m.text for m in ent.mentions}
    # without the full name first, the title and first name name nobody
    alone = run("وقال الشيخ عبد الله إن اللقاء مثمر.")
    assert not any(e.name_en == "Abdullah bin Zayed Al Nahyan" for e in alone.entities)


@pytest.mark.parametrize("text,mention,name_en,country", [
    # a generic name takes its country from the sentence, then the country's own entry
    ("انتقد نواب لبنانيون في بيروت أداء مجلس النواب أمس", "مجلس النواب",
     "Parliament of Lebanon", "LBN"),
    ("عقد مجلس الأمة جلسة في الجزائر لمناقشة القانون", "مجلس الأمة",
     "Council of the Nation", "DZA"),
    # a country named right after the name is its country too
    ("وقال المتحدث باسم حزب العدالة والتنمية الحاكم في تركيا إن أنقرة لن تتراجع",
     "حزب العدالة والتنمية", "Justice and Development Party (Turkey)", "TUR"),
])
def test_generic_names_take_the_national_entry(run, text, mention, name_en, country):
    art = run(text)
    ent = next(e for e in art.entities if mention in {m.text for m in e.mentions})
    assert (ent.name_en, ent.country) == (name_en, country)


@pytest.mark.parametrize("text,place,outlet,name_en", [
    # a first line of its own: place, dash or slash, outlet
    ("الموصل / واع\nأعلنت القوات العراقية السيطرة على الحي", "الموصل", "واع", "Iraqi News Agency"),
    ("عمان - الغد\nقررت الحكومة فتح المعبر", "عمان", "الغد", "Al-Ghad"),
    ("الخرطوم – سودان تربيون\nأعلنت السلطات حظر التجول", "الخرطوم", "سودان تربيون",
     "Sudan Tribune"),
])
def test_short_first_line_dateline(run, text, place, outlet, name_en):
    art = run(text)
    assert (place, "LOC") in mentions(art) and (outlet, "ORG") in mentions(art)
    assert next(e for e in art.entities if e.type == "ORG").name_en == name_en


def test_a_headline_is_not_a_dateline(run):
    art = run("الرئيس يستقبل الوفد\nاستقبل الرئيس الوفد في القصر")
    assert not any(e.origin == "dateline" for e in art.entities)


@pytest.mark.parametrize("text,outlet,name_en", [
    ("تونس (وات) - أعلنت وزارة الداخلية إيقاف مشتبه بهم.", "وات", "Tunis Afrique Presse"),
    ("وأفاد مصدر أمني (واع) بأن الطريق أعيد فتحه.", "واع", "Iraqi News Agency"),
    ("المنامة في 3 مايو /بنا/ افتتح وزير الصحة مستشفى جديدا.", "بنا", "Bahrain News Agency"),
    # the slash right after the place, and an outlet written with its vowel signs
    ("الموصل/ واع/ افتتحت وزارة النقل جسرا جديدا.", "واع", "Iraqi News Agency"),
    ("صحار في 9 مارس /العُمانية/ افتتح وزير النقل ميناء جديدا.", "العُمانية", "Oman News Agency"),
])
def test_outlet_in_brackets_is_the_outlet(run, text, outlet, name_en):
    art = run(text)
    got = {m.text: e.name_en for e in art.entities for m in e.mentions}
    assert got.get(outlet) == name_en
    span = next(m for e in art.entities for m in e.mentions if m.text == outlet)
    assert text[span.start:span.end] == outlet


def test_a_bare_outlet_name_in_running_text_is_a_common_word(run):
    assert "وات" not in {m for m, _ in mentions(run("زادت القدرة إلى مئة كيلو وات"))}


@pytest.mark.parametrize("text,mention,name_en", [
    ('تصدرت قائمة ائتلاف «دولة القانون» النتائج', "دولة القانون", "State of Law Coalition"),
    ('وقال زعيم تحالف "الفتح" إن النتائج مزورة', "الفتح", "Fatah Alliance"),
])
def test_quoted_name_after_its_type_word(run, text, mention, name_en):
    got = {m.text: e.name_en for e in run(text).entities for m in e.mentions}
    assert got.get(mention) == name_en


@pytest.mark.parametrize("text,mention,country", [
    ("قصفت الطائرات أطراف مخمور جنوب أربيل", "مخمور", "IRQ"),
    ("اندلعت اشتباكات في لودر بمحافظة أبين", "لودر", "YEM"),
    ("نزح آلاف المدنيين من كبكابية إلى الفاشر", "كبكابية", "SDN"),
    ("اقتحمت القوات بلدة قباطية جنوب جنين", "قباطية", "PSE"),
    ("سقطت قذائف على أطراف حاصبيا في الجنوب", "حاصبيا", "LBN"),
    ("وصلت التعزيزات إلى تاجوراء شرق طرابلس", "تاجوراء", "LBY"),
])
def test_towns_of_the_region_are_places_with_their_country(run, text, mention, country):
    art = run(text)
    ent = next(e for e in art.entities if mention in {m.text for m in e.mentions})
    assert (ent.type, ent.country) == ("LOC", country)


@pytest.mark.parametrize("text,name,kept", [
    ('وأكد الوزير أن العراق يدعم "وحدة السودان" وسيادته', "السودان", True),
    ('اختتمت القوات مناورات "حماة النيل" المشتركة', "النيل", False),
])
def test_names_in_quoted_titles_only_after_a_title_word(run, text, name, kept):
    assert (name in {m for m, _ in mentions(run(text))}) == kept


@pytest.mark.parametrize("text,country", [
    ("اشتباكات في طرابلس بين فصائل مسلحة قرب مصراتة", "LBY"),
    ("اشتباكات في طرابلس شمال لبنان قرب عكار", "LBN"),
])
def test_ambiguous_place_follows_the_countries_of_the_article(run, text, country):
    tripoli = next(e for e in run(text).entities if e.name == "طرابلس")
    assert tripoli.country == country


@pytest.mark.parametrize("text,mention,name_en", [
    # a family name that is also a common word, once the full name came and it stands
    # where only a name can (after إن or a speech verb)
    ("التقى الموفد رئيس المجلس نبيه بري. وبحسب مصادر، فإن بري أبلغ الموفد موقفه.",
     "بري", "Nabih Berri"),
    ("بحث محمد شياع السوداني مع بايدن العلاقات، فيما شدد السوداني على السيادة.",
     "السوداني", "Mohammed Shia al-Sudani"),
    # or after a verb of visiting
    ("استقبل محمد شياع السوداني وفدا أمس. ويزور السوداني القاهرة الأسبوع المقبل.",
     "السوداني", "Mohammed Shia al-Sudani"),
    # or as the genitive of an indefinite noun: his office, his government
    ("استقبل محمد شياع السوداني وفدا أمس، فيما نفى مكتب السوداني الأنباء.",
     "السوداني", "Mohammed Shia al-Sudani"),
])
def test_common_word_family_name_after_the_full_name(run, text, mention, name_en):
    found = {(m.text, e.name_en) for e in run(text).entities for m in e.mentions}
    assert (mention, name_en) in found


@pytest.mark.parametrize("text,word", [
    # no full name before: the adjective stays an adjective
    ("شدد السوداني على أن الجيش السوداني مستعد.", "السوداني"),
    # after the full name, but as an adjective after a definite noun
    ("وصل محمد شياع السوداني. وأعلن الجيش السوداني التعبئة.", "السوداني"),
    ("زار نبيه بري الجنوب. وتوقف النقل البري تماما.", "البري"),
    ("وصل محمد شياع السوداني. واستقبل المكتب السوداني الوفد.", "السوداني"),
])
def test_common_word_stays_a_word(run, text, word):
    art = run(text)
    pos = text.rfind(word)
    assert not any(m.start <= pos < m.end for e in art.entities for m in e.mentions)


def test_royal_first_name_does_not_take_another_persons_name(run):
    art = run("هنأ ولي العهد الأمير محمد بن سلمان الأمير. "
              "ونقلت الوكالة عن الشيخ محمد عبد الله المبارك قوله إن العزاء ثلاثة أيام.")
    mbs = [m.text for e in art.entities if e.name_en == "Mohammed bin Salman" for m in e.mentions]
    assert mbs == ["محمد بن سلمان"]


@pytest.mark.parametrize("text,other", [
    # a family name alone after another given name is another person (an unknown
    # محمود الصفدي is not the minister Ayman Safadi)
    ("وقال أيمن الصفدي إن عمان ترفض. وقال النائب محمود الصفدي إن الشارع غاضب.", "الصفدي"),
    ("وقال بشار الأسد إن الحرب انتهت. واعتقل محمد الأسد في اللاذقية.", "الأسد"),
])
def test_family_name_after_another_given_name_is_someone_else(run, text, other):
    art = run(text)
    pos = text.rfind(other)
    assert not any(m.start <= pos < m.end for e in art.entities for m in e.mentions)


def test_family_name_after_a_title_or_the_fathers_name_is_the_person(run):
    art = run("وقال أيمن الصفدي إن عمان ترفض. وأضاف الوزير الصفدي أن الحرب مستمرة.")
    assert [m.text for e in art.entities if e.name_en == "Ayman Safadi" for m in e.mentions] \
        == ["أيمن الصفدي", "الصفدي"]


@pytest.mark.parametrize("text,source,mention,name_en,country", [
    # a nationality adjective earlier in the sentence gives a context-country body its country
    ("وترأس الوفد الإسرائيلي رئيس مجلس الأمن القومي تساحي هنغبي.", None,
     "مجلس الأمن القومي", "National Security Council (Israel)", "ISR"),
    # a plural head takes the feminine adjective
    ("وشارك رئيس المخابرات العامة المصرية عباس كامل.", None,
     "المخابرات العامة المصرية", "General Intelligence Directorate (Egypt)", "EGY"),
    # عمان of the dateline is Amman when the outlet is Jordanian
    ("عمان - عمون\nوقال الناطق باسم وزارة الخارجية إن الاجتماع ضروري.", "عمون",
     "وزارة الخارجية", "Ministry of Foreign Affairs (Jordan)", "JOR"),
    # a country joined by و is a partner, not the body's country
    ("طرابلس - ليبيا الأحرار\nوقعت حكومة الوحدة الوطنية وتركيا مذكرة تفاهم.", "ليبيا الأحرار",
     "حكومة الوحدة الوطنية", "Government of National Unity (Libya)", "LBY"),
])
def test_country_of_a_context_country_body(run, text, source, mention, name_en, country):
    art = run(text, source=source)
    got = {m.text: (e.name_en, e.country) for e in art.entities for m in e.mentions}
    assert got.get(mention) == (name_en, country)


@pytest.mark.parametrize("text,mention,name_en", [
    ("يربط المشروع ميناء الفاو الكبير بالحدود التركية.", "ميناء الفاو الكبير", "Grand Al-Faw Port"),
    ("وصلت الطائرة إلى ميناء الفاو.", "ميناء الفاو", "Port of Al-Faw"),
])
def test_place_that_needs_a_type_word_after_a_facility_head(run, text, mention, name_en):
    got = {(m.text, e.name_en) for e in run(text).entities for m in e.mentions}
    assert (mention, name_en) in got


@pytest.mark.parametrize("text,mention,name_en", [
    ("خرجت القوافل باتجاه ريف حلب الغربي، حاملة الجرحى.", "ريف حلب الغربي",
     "Western Aleppo countryside"),
    ("هبطت الطائرة في مطار البحرين الدولي صباحا.", "مطار البحرين الدولي",
     "Bahrain International Airport"),
])
def test_places_built_on_a_place(run, text, mention, name_en):
    got = {(m.text, e.name_en) for e in run(text).entities for m in e.mentions}
    assert (mention, name_en) in got


def test_and_that_after_a_list_of_places_is_no_town(run):
    art = run("تتواصل العمليات في صحراء الأنبار وسلسلة جبال حمرين، وأن البلدين سيعززان التعاون.")
    assert "وأن" not in {m.text for e in art.entities for m in e.mentions}


@pytest.mark.parametrize("text,source,mention,etype", [
    # a dateline with a written date between place and outlet
    ("الرباط في 7 نونبر 2023 - مدار21\nأكد الملك محمد السادس أن المغرب ماض في خياره.", None,
     "مدار21", "ORG"),
    ("مسقط في 8 ذي القعدة 1444 هـ الموافق 28 مايو 2023 م (العمانية)\nتوجه السلطان اليوم.", None,
     "العمانية", "ORG"),
    # an outlet written in digits
    ("بغداد - 964\nأعلنت حكومة إقليم كردستان وقف ضخ النفط.", None, "964", "ORG"),
    # a federal body: the adjective belongs to the name
    ("بغداد - 964\nوقالت وزارة النفط الاتحادية إن القرار يؤكد موقف العراق.", None,
     "وزارة النفط الاتحادية", "ORG"),
    ("بدأ الجيش التحرك نحو ريف حلب الشمالي الشرقي مساء أمس.", None,
     "ريف حلب الشمالي الشرقي", "LOC"),
])
def test_datelines_federal_bodies_and_directions(run, text, source, mention, etype):
    assert (mention, etype) in mentions(run(text, source=source))


def test_a_sentence_is_no_dated_dateline():
    from hadath.text.layout import find_dateline
    assert find_dateline("قال وزير الخارجية في بيان يوم 5 مارس 2020 إن الاتفاق سار\nوأضاف") is None


@pytest.mark.parametrize("text,found", [
    ("أكد أن المغرب ماض في تعزيز مغربية الصحراء.", True),
    ("اعترفت واشنطن بسيادة المغرب على الصحراء.", True),
    ("عبر المهاجرون الصحراء الكبرى.", False),
    ("زحفت الرمال من الصحراء إلى المدن.", False),
])
def test_the_sahara_of_moroccan_politics(run, text, found):
    names = {e.name_en for e in run(text).entities}
    assert ("Western Sahara" in names) == found


def test_an_unknown_dateline_outlet_is_at_home_in_the_dateline_country(run):
    art = run("الخرطوم - باج نيوز\nوقع المجلس العسكري الانتقالي الوثيقة الدستورية أمس.")
    outlet = next(e for e in art.entities if e.type == "ORG" and e.name == "باج نيوز")
    assert outlet.country == "SDN"


@pytest.mark.parametrize("text,mention,name_en", [
    # a father's name between first and family name
    ("وكان السفير عادل بن أحمد الجبير قد أعلن بدء العملية.", "عادل بن أحمد الجبير", "Adel al-Jubeir"),
    # the regime, forces or government of a leader name the leader
    ("أكد أن واشنطن لن تطبع علاقاتها مع نظام الأسد.", "الأسد", "Bashar al-Assad"),
])
def test_names_inside_longer_phrases(run, text, mention, name_en):
    got = {(m.text, e.name_en) for e in run(text, published="2015-03-26").entities for m in e.mentions}
    assert (mention, name_en) in got


@pytest.mark.parametrize("text,expected", [
    # a common-word family name after a title of the dead or a participle cue
    ("أعلن مصرع الرئيس إبراهيم رئيسي. وقال مخبر: سنواصل نهج الشهيد رئيسي.",
     {("إبراهيم رئيسي", "PER"), ("رئيسي", "PER")}),
    ("قدم بوتين تعازيه بوفاة إبراهيم رئيسي، واصفا رئيسي بأنه صديق حقيقي.",
     {("إبراهيم رئيسي", "PER"), ("رئيسي", "PER")}),
    # but not as the adjective "main"
    ("أعلن مصرع إبراهيم رئيسي. وهذا هو السبب الرئيسي للأزمة.", {("إبراهيم رئيسي", "PER")}),
])
def test_a_common_word_family_name_where_only_a_name_stands(run, text, expected):
    got = {m for m in mentions(run(text, "2024-05-21")) if m[1] == "PER" and "رئيسي" in m[0]}
    assert got == expected


def test_a_province_named_after_a_country_is_not_the_country(run):
    art = run("تحطمت المروحية في محافظة أذربيجان الشرقية شمال غرب إيران.", "2024-05-21")
    assert ("أذربيجان الشرقية", "LOC") in mentions(art)
    assert ("أذربيجان", "LOC") not in mentions(art)


def test_a_common_word_after_a_title_is_still_an_adjective(run):
    art = run("التقى محمد شياع السوداني نظيره. وقال الرئيس السوداني إن اللقاء مثمر.", "2024-05-21")
    assert ("السوداني", "PER") not in mentions(art)


@pytest.mark.parametrize("text,absent,present", [
    # عرفات alone is the mount of the Hajj; the late president needs his name or title
    ("نفر الحجاج إلى مزدلفة عقب الوقوف بعرفات أمس.", ("عرفات", "PER"), None),
    ("وزار الوفد ضريح الرئيس الراحل عرفات في رام الله.", None, ("عرفات", "PER")),
])
def test_a_one_word_name_that_is_also_a_place(run, text, absent, present):
    got = mentions(run(text, "2023-06-28"))
    assert absent is None or absent not in got
    assert present is None or present in got


def test_a_city_police_is_an_organization(run):
    art = run("وأوضحت شرطة أبوظبي أن حريقا اندلع في ثلاث صهاريج.", "2022-01-18")
    ents = {(m.text, e.type, e.name_en) for e in art.entities for m in e.mentions}
    assert ("شرطة أبوظبي", "ORG", "Abu Dhabi Police") in ents


@pytest.mark.parametrize("text,found", [
    # any country's junta: the bare name is no entity of its own
    ("وأعلن المجلس العسكري في النيجر إغلاق الحدود.", False),
    # after Sudan's council was named in full, the short name is that council
    ("التقى المجلس العسكري الانتقالي وفد المعارضة، ثم أعلن المجلس العسكري تعليق "
     "المفاوضات.", True),
])
def test_generic_short_name_counts_only_after_the_full_name(run, text, found):
    art = run(text)
    assert (("المجلس العسكري", "ORG") in mentions(art)) is found


@pytest.mark.parametrize("text,mention,name_en,country", [
    ("وصل الرئيس النيجيري بولا تينوبو إلى أبوجا مساء أمس.", "بولا تينوبو", "Bola Tinubu", "NGA"),
    ("وأعلن الحزب الديمقراطي الكردستاني الإيراني مقتل اثنين من عناصره.",
     "الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan", "IRN"),
    ("وعبرت الشاحنات معبر جابر نحو الأراضي السورية.", "معبر جابر", "Jaber border crossing", "JOR"),
])
def test_added_actors_and_places(run, text, mention, name_en, country):
    ent = next(e for e in run(text).entities if any(m.text == mention for m in e.mentions))
    assert (ent.name_en, ent.country) == (name_en, country)


def test_a_european_given_name_is_no_algerian_town(run):
    # GeoNames lists باسكال as another name of Salah Bey
    assert not run("وقال الجنرال باسكال دوران إن القوات ستنسحب.").entities


@pytest.mark.parametrize("text,country", [
    ("وقالت الحكومة المالية إن وزارة الخارجية استدعت السفير.", "MLI"),
    ("وقال المسؤول عن الدعم المالي إن وزارة الخارجية استدعت السفير.", "MAR"),
])
def test_ministry_takes_malian_only_after_an_agent(run, text, country):
    art = run(text, source="هسبريس")
    ent = next(e for e in art.entities if e.name == "وزارة الخارجية")
    assert ent.country == country


def test_agencies_in_the_dateline_are_no_outlet(run):
    art = run("يريفان - وكالات: تظاهر آلاف في العاصمة")
    assert mentions(art) == {("يريفان", "LOC")}


@pytest.mark.parametrize("text,name,country", [
    # the dateline's place is no country of the sentence's bodies
    ("الرباط - هسبريس: أعلن المجلس الأعلى للأمن في الجزائر إغلاق المجال الجوي.",
     "المجلس الأعلى للأمن", "DZA"),
    # the holder named right after the body gives its country
    ("وتوصلت هيئة العمل الفلسطيني المشترك إلى اتفاق برعاية رئيس مجلس النواب نبيه بري.",
     "مجلس النواب", "LBN"),
])
def test_body_without_country_in_context(run, text, name, country):
    ent = next(e for e in run(text).entities if e.name == name)
    assert ent.country == country


def test_a_body_without_its_country_is_one_per_country_it_is_near(run):
    text = ("وترأس الوفد الأردني وكيل وزارة الخارجية سامر الخليل، فيما ترأس الوفد العراقي "
            "الأمين العام لوزارة الخارجية فهد العلي.")
    got = sorted(e.country for e in run(text).entities if "الخارجية" in e.name)
    assert got == ["IRQ", "JOR"]


@pytest.mark.parametrize("text,mention", [
    ("خرج آلاف المتظاهرين في ميانمار ضد الانقلاب العسكري.", "ميانمار"),
    ("قمعت السلطات العسكرية في بورما احتجاجات جديدة.", "بورما"),
])
def test_a_country_named_by_either_of_its_cldr_names(run, text, mention):
    # CLDR writes «ميانمار (بورما)»: each name alone is the country, not only the pair
    art = run(text, "2021-03-01")
    assert (mention, "LOC") in mentions(art)
    ent = next(e for e in art.entities if e.name == mention)
    assert ent.country == "MMR"


# the Sahel and West Africa: presidents of the ECOWAS states, the armed groups of Mali,
# its towns, the region's name, the continental bodies and the national agencies
@pytest.mark.parametrize("text,published,mention,name_en,country", [
    ("استقبل الرئيس ماكي سال وفدا من رجال الأعمال في داكار.", "2016-03-02",
     "ماكي سال", "Macky Sall", "SEN"),
    ("وصل الرئيس الغيني ألفا كوندي إلى باماكو للمشاركة في القمة.", "2015-06-10",
     "ألفا كوندي", "Alpha Condé", "GIN"),
    ("التقى الرئيس الإيفواري الحسن واتارا نظيره الغاني في أكرا.", "2019-05-04",
     "الحسن واتارا", "Alassane Ouattara", "CIV"),
    ("هاجم مسلحون من جماعة أنصار الدين نقطة للجيش شمال البلاد.", "2012-11-20",
     "أنصار الدين", "Ansar Dine", "MLI"),
    ("تبنت حركة التوحيد والجهاد في غرب إفريقيا الهجوم على الثكنة.", "2013-05-23",
     "حركة التوحيد والجهاد في غرب إفريقيا", "Movement for Oneness and Jihad in West Africa", "MLI"),
    ("فر آلاف المدنيين من دوانزا بعد المعارك الأخيرة.", "2013-01-20",
     "دوانزا", "Douentza", "MLI"),
    ("استعاد الجيش السيطرة على مدينة كونا وسط البلاد.", "2013-01-20",
     "كونا", "Konna", "MLI"),
    ("تشهد دول غرب إفريقيا موجة جفاف غير مسبوقة.", "2021-04-01",
     "غرب إفريقيا", "West Africa", None),
    ("انتقد رئيس البرلمان قرار الجماعة الاقتصادية لدول غرب إفريقيا فرض عقوبات.", "2022-01-10",
     "الجماعة الاقتصادية لدول غرب إفريقيا", "Economic Community of West African States", None),
    ("انسحب البلد من منظمة الوحدة الإفريقية قبل عقود.", "2017-02-01",
     "منظمة الوحدة الإفريقية", "Organisation of African Unity", None),
    ("وصل مئات المهاجرين إلى جزر الكناري خلال الأسبوع.", "2020-11-10",
     "جزر الكناري", "Canary Islands", "ESP"),
    ("فر آلاف الماليين إلى مخيم امبره شرق البلاد.", "2022-05-01",
     "مخيم امبره", "Mbera refugee camp", "MRT"),
    ("أفادت الوكالة الموريتانية للأنباء بأن الحكومة عقدت اجتماعها الأسبوعي.", "2022-01-10",
     "الوكالة الموريتانية للأنباء", "Agence Mauritanienne d'Information", "MRT"),
    ("طالبت الحكومة بتسليم قادة حركة الماك المقيمين في الخارج.", "2021-08-20",
     "الماك", "Movement for the Self-Determination of Kabylie", "DZA"),
    ("هاجم الرئيس الفرنسي فرانسوا أولاند سياسات خصمه في الانتخابات.", "2014-03-01",
     "فرانسوا أولاند", "François Hollande", "FRA"),
    ("طالبت منظمة الموانئ والملاحة البحرية السفن بتغيير مسارها.", "2019-07-20",
     "منظمة الموانئ والملاحة البحرية", "Ports and Maritime Organization", "IRN"),
])
def test_west_africa_and_the_sahel_are_in_the_lexicons(run, text, published, mention,
                                                       name_en, country):
    art = run(text, published=published)
    ent = next((e for e in art.entities if any(m.text == mention for m in e.mentions)), None)
    assert ent is not None and ent.name_en == name_en and ent.country == country


def test_the_agencies_short_name_is_a_dateline_outlet_only(run):
    art = run("طرابلس 08 مايو 2020 (وال) - أعلنت وزارة الصحة إجراءات جديدة.\nوال الحكم.")
    outlets = [m for e in art.entities if e.name_en == "Libya News Agency" for m in e.mentions]
    assert [m.text for m in outlets] == ["وال"]


@pytest.mark.parametrize("text,mention,name_en", [
    # a president's family name that is also a word (سأل "asked" normalizes to سال)
    ("التقى ماكي سال الوفد، ثم سال الصحفيون عن موعد الانتخابات.", "سال", None),
    ("أعدم رجل الدين نمر النمر، وخرجت مظاهرات تندد بإعدام الشيخ النمر.", "النمر", "Nimr al-Nimr"),
])
def test_short_names_that_are_words(run, text, mention, name_en):
    got = {m.text: e.name_en for e in run(text, published="2016-01-03").entities
           for m in e.mentions}
    assert got.get(mention) == name_en


@pytest.mark.parametrize("text,count", [
    # السعودية after a definite feminine or plural noun is "Saudi", not the country
    ("اقتحم محتجون مبنى السفارة السعودية في العاصمة.", 0),
    ("وجاء في بيان للسفارة السعودية أن الوضع هادئ.", 0),
    ("وأكدت الحكومة السعودية أن القوات السعودية لم تشارك.", 0),
    # a verb, a name or a masculine noun before it: the country
    ("وأعلنت السعودية استئناف الرحلات.", 1),
    ("ودعت الولايات المتحدة السعودية إلى الحوار.", 1),
    ("زار الوزير السعودية مرتين هذا العام.", 1),
    # after an adjective chain it stays, for the events stage reads the country from it
    ("اعترضت الدفاعات الجوية السعودية صاروخين.", 1),
])
def test_saudi_as_an_adjective_is_not_the_country(run, text, count):
    found = [m for e in run(text).entities for m in e.mentions if m.text == "السعودية"]
    assert len(found) == count
