"""Aid told by what carries it (hadath.events.carriers): a vehicle loaded with aid is the
giver's (the nationality or owner named on it), going where it arrives; an airdrop of aid
is its subject's, falling on the place after على or فوق; a military landing is no aid."""
from __future__ import annotations

import pytest

from tests.test_events import rows, story


@pytest.mark.parametrize("text,row", [
    ("وصلت إلى مطار بيروت اليوم طائرة تابعة للقوات الجوية القطرية محملة بأطنان من "
     "المساعدات الطبية.", ("QAT", "AID", "LBN")),
    ("وصلت إلى المفرق أمس قافلة سعودية تضم 30 شاحنة محملة بالمواد الغذائية.",
     ("SAU", "AID", "JOR")),
    ("وصلت إلى مطار الخرطوم أمس طائرتان عسكريتان قطريتان تحملان 30 طنا من المساعدات "
     "الطبية.", ("QAT", "AID", "SDN")),
])
def test_a_loaded_vehicle_is_aid_from_its_owner(pipeline, text, row):
    got = rows(story(pipeline, text, "2024-03-03"))
    assert row in got
    assert (row[2], "AID", row[0]) not in got


@pytest.mark.parametrize("text,row", [
    ("نفذت القوات المسلحة الأردنية اليوم الأحد، بمشاركة طائرات من مصر وفرنسا، أربعة "
     "إنزالات جوية جديدة لمساعدات غذائية على شمال قطاع غزة.", ("JOR", "AID", "PSE")),
    ("نفذت الولايات المتحدة أمس أول عملية إنزال جوي لها فوق غزة، ألقت خلالها ثلاث طائرات "
     "أكثر من 30 ألف وجبة.", ("USA", "AID", "PSE")),
])
def test_an_airdrop_of_aid_is_aid_to_where_it_falls(pipeline, text, row):
    got = rows(story(pipeline, text, "2024-03-03"))
    assert row in got
    assert ("PSE", "AID", row[0]) not in got


def test_a_military_airborne_landing_is_no_aid(pipeline):
    got = rows(story(pipeline, "نفذت مروحيات أمريكية عملية إنزال جوي في دير الزور واعتقلت "
                               "قياديا في تنظيم داعش.", "2024-03-03"))
    assert not [r for r in got if r[1] == "AID"]


def test_an_air_bridge_is_aid(pipeline):
    got = rows(story(pipeline, "أطلقت دولة قطر أمس جسرا جويا لإغاثة السودان.", "2024-03-03"))
    assert ("QAT", "AID", "SDN") in got


@pytest.mark.parametrize("text", [
    "قتل عشرات المدنيين الفلسطينيين الذين كانوا ينتظرون المساعدات في غزة برصاص القوات "
    "الإسرائيلية أمس.",
    "قالت الأمم المتحدة أمس إن نحو مليون سوداني بحاجة إلى المساعدات الغذائية.",
])
def test_aid_awaited_or_needed_is_no_aid(pipeline, text):
    got = rows(story(pipeline, text, "2024-03-03"))
    assert not [r for r in got if r[1] == "AID"]


@pytest.mark.parametrize("text,row", [
    ("عبرت قافلة لبرنامج الأغذية العالمي تضم 30 شاحنة معبر أدري الحدودي نحو دارفور أمس.",
     ("UN", "AID", "SDN")),
    ("أرسلت مصر السبت الماضي قافلة جديدة تضم 40 شاحنة من المساعدات الغذائية إلى غزة.",
     ("EGY", "AID", "PSE")),
    ("دخلت قافلة شاحنات عراقية إلى سوريا عبر منفذ البوكمال أمس.", ("IRQ", "AID", "SYR")),
])
def test_a_convoy_of_trucks_is_aid_from_its_owner_or_sender(pipeline, text, row):
    got = rows(story(pipeline, text, "2024-03-03"))
    assert row in got


def test_a_military_convoy_is_no_aid(pipeline):
    got = rows(story(pipeline, "دخلت قافلة عسكرية تركية تضم 30 شاحنة إلى إدلب أمس.",
                     "2024-03-03"))
    assert not [r for r in got if r[1] == "AID"]


@pytest.mark.parametrize("text", [
    "غزة - وأرسلت الإمارات قافلة بوساطة مصرية تضم 40 شاحنة إلى غزة.",
    "غزة - وأرسلت الإمارات قافلة برعاية مصرية تضم 40 شاحنة إلى قطاع غزة.",
])
def test_the_go_between_of_a_convoy_is_not_its_giver(pipeline, text):
    """``قافلة بوساطة مصرية``: Egypt brokered the convoy's passage (hadath.events.sponsors);
    the giver is the state that sent it."""
    got = rows(story(pipeline, text, "2024-03-10"))
    assert ("ARE", "AID", "PSE") in got
    assert ("EGY", "AID", "PSE") not in got
