"""Word lists the actor finder (:mod:`hadath.events.actors`) reads, in normalized spelling
(``hadath.text.normalize``: a list word must equal a normalized token to ever match)."""
from __future__ import annotations

# counts before a plural nationality that make it people (آلاف الجزائريين)
PEOPLE_COUNTS = frozenset({"عشرات", "مءات", "الاف", "الف", "الالاف", "ملايين", "عدد", "اغلب",
                           "معظم"})
LED_BY = frozenset({"بقياده", "بزعامه"})
# offices whose title holds a body the entity lexicon also names (رئيس هيئة الأركان: the
# General Staff): the title, not the body, is the actor
OVER_BODY_OFFICES = frozenset({"chief_of_staff"})
# dual nouns that name the two parties of a story of two countries
# (not الرئيسين/الرئيسان: written so they never matched, and matched they cost 0.125 events
# F1 over 33 sets, for "the two presidents" is often not the story's two main countries)
PAIR_WORDS = frozenset({"البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان",
                        "الوفدين", "الوفدان", "الزعيمين", "الزعيمان", "الدولتين", "الدولتان"})
# two envoys: the parties of the last bilateral act (استقبل الوزيرين after their
# agreement), never a guess from the story's most named countries
ENVOY_PAIR_WORDS = frozenset({"الوزيرين", "الوزيران"})
