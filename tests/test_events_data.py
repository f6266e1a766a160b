"""The event tables: the derived PLOVER table rebuilds unchanged, and the trigger,
agent, nationality and office tables are consistent and cover what they promise."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from hadath.events.lexicons import BLOCKER, EventLexicons
from hadath.model import PLOVER_TYPES
from hadath.text.normalize import normalize_ar

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"


@pytest.fixture(scope="module")
def lex():
    return EventLexicons.load()


def test_plover_table_rebuilds_unchanged():
    if not SOURCE.exists():
        pytest.skip(f"PLOVER source not found at {SOURCE}")
    spec = importlib.util.spec_from_file_location("build_plover", ROOT / "scripts" / "build_plover.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    committed = (ROOT / "hadath" / "data" / "plover.tsv").read_text(encoding="utf-8")
    assert mod.build(SOURCE) == committed


@pytest.mark.parametrize("cameo, ptype, mode", [
    ("042", "CONSULT", "visit"), ("0841", "RETREAT", "release"), ("173", "COERCE", "arrest"),
    ("195", "ASSAULT", "heavy-weapons"), ("141", "PROTEST", "demo"), ("161", "SANCTION", "withdraw"),
])
def test_plover_codes(lex, cameo, ptype, mode):
    code = lex.plover[cameo]
    assert (code.type, code.mode) == (ptype, mode)


def test_triggers_cover_all_sixteen_types(lex):
    assert {t.type for t in lex.triggers if t.type != BLOCKER} == set(PLOVER_TYPES)


@pytest.mark.parametrize("word, ptype", [
    ("توقيع", "AGREE"), ("غارات", "ASSAULT"), ("قصف", "ASSAULT"), ("اعتقال", "COERCE"),
    ("زيارة", "CONSULT"), ("محادثات", "CONSULT"), ("مساعدات", "AID"), ("إدانة", "ACCUSE"),
    ("تظاهرات", "PROTEST"), ("احتجاجات", "PROTEST"), ("عقوبات", "SANCTION"),
    ("إغلاق", "COERCE"), ("هجوم", "ASSAULT"), ("استهداف", "ASSAULT"), ("مقتل", "ASSAULT"),
    ("شن … غارات", "ASSAULT"), ("قطع … علاقاتها", "SANCTION"), ("حث … على", "REQUEST"),
    ("دعا … إلى", "REQUEST"), ("استدعاء … السفير", "ACCUSE"), ("رحب", "SUPPORT"),
    ("هدد", "THREATEN"), ("رفض", "REJECT"), ("الإفراج عن", "RETREAT"), ("عفو", "CONCEDE"),
    ("دورية مشتركة", "COOPERATE"), ("تعزيزات", "MOBILIZE"),
])
def test_trigger_table_has(lex, word, ptype):
    words = tuple(normalize_ar(word).split())
    assert ptype in {t.type for t in lex.triggers if t.words == words}


@pytest.mark.parametrize("form, iso", [
    ("الأمريكي", "USA"), ("الأميركي", "USA"), ("الامريكية", "USA"), ("أمريكيون", "USA"),
    ("السوري", "SYR"), ("السورية", "SYR"), ("الروس", "RUS"), ("الإسرائيليين", "ISR"),
])
def test_nationality_forms(lex, form, iso):
    assert lex.nationalities[normalize_ar(form)] == iso


@pytest.mark.parametrize("office, country, day, name", [
    ("president", "USA", "2017-05-13", "Donald Trump"),
    ("president", "USA", "2021-01-19", "Donald Trump"),
    ("president", "USA", "2021-01-20", "Joe Biden"),
    ("foreign_minister", "RUS", "2017-05-13", "Sergey Lavrov"),
    ("foreign_minister", "USA", "2022-01-21", "Antony Blinken"),
    ("prime_minister", "IRQ", "2019-10-06", "Adil Abdul-Mahdi"),
    ("president", "SYR", "2023-02-14", "Bashar al-Assad"),
])
def test_office_holders_by_date(lex, office, country, day, name):
    assert lex.holder(office, country, day).name_en == name


def test_every_agent_sector_is_known(lex):
    from hadath.model import SECTORS
    assert all(a.sector in SECTORS for a in lex.agents)
    assert all(len(c) == 3 for c in lex.nationalities.values())
