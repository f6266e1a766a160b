"""Is an attack or a protest the news of its sentence, or only what the sentence is about?

:mod:`hadath.events.realis` drops acts that did not happen (plots, warnings, trials,
disasters). This module drops acts that may well have happened but that the sentence
does not report as an incident. Annotators of real newswire (OEDA's Arabic gold
standard) reject these, and they are no event of the day:

- a charge, a denial or a rumour governs the act in its clause (``رد على اتهامات …
  بقتل``, ``نفت أن يكونا تعرضا للتعذيب``, ``حسب شائعة فإن دبابة أطلقت``; the ب of a
  charge reaches over a comma), and an act joined by و to such an act shares its fate
  (``بقتل طفلين وتعذيبهما``);
- a reaction, a topic or a description governs it (``عن انزعاجه لهذا الهجوم``, ``حول
  عدد الضحايا في تفجيرات``, ``يصف التقرير هجوما``, ``مسلسل الاغتيالات``);
- it is the reference point of what the sentence reports (``على خلفية التفجيرات``,
  ``بعد ثلاثة أسابيع من خطفه``, ``اللتين تعرضتا لاعتداء``), with the dead of such an
  attack (``بعد هجوم … مما أسفر عن سقوط 35 قتيلا``) — unless the sentence tells its
  date or its dead, when the background is itself reported;
- the sentence opens with another act (a meeting, an arrest) and names the violence
  as its background;
- the words are figurative (``شن النائب هجوما عنيفا على``, ``اغتصاب حق``, ``قتلت
  كل بصيص أمل``) or general (``من قتل وذبح وخطف``, a plural ``الاعتداءات`` with no
  date and no victims counted, a lone ``انتحاري`` naming people);
- a result verb joined by و to an attack told before it (``… وأدت إلى مقتل``) counts that
  attack's dead, it is no second act;
- the act is still to come, stopped or wished (``ستتعرض لهجوم``, ``منعت … تظاهرة``,
  ``نريد انتفاضة``), or of a past decade (``في الثمانينات``), or an attack in a sentence
  whose dates all lie years back (``في 11 مارس 2004`` in 2007);
- an attack verb in the imperfect with no date (``يقتلون العراقيين``) tells a habit, and
  a beating or a torture with no date (``تعرض للتعذيب``) an account of treatment;
- a weapon is held, not used (``تمتلك إيران صواريخ بالستية``), or fired in a test, an
  exercise or into space (``صاروخا في تجربة``, ``صاروخا يحمل قمرا صناعيا``);
- a "protest" is things gathering or a complaint voiced (``تجمعت مئات السيارات``,
  ``احتجت مصر رسميا لدى إيران``, ``أعلنت احتجاجها``, ``استدعت سفيرها احتجاجا``), a road
  closed by security forces (``قطع الجيش الطريق``), or a gathering named by its masdar
  (``موقع تجمع المتظاهرين``), or a movement (``حركة الاحتجاج``), asked of
  :mod:`hadath.events.crowds`;
- a protest or attack noun that no verb tells took place, with no date in its clause
  and no count of its people (``فرقت الشرطة مظاهرة``, ``بسبب احتجاجات``, ``خط
  الهجوم``), asked of :mod:`hadath.events.named`;
- the sentence is commentary or a question (``في رأيي``, ``تعقيبا على خبر``, ``…؟``).
- the act is dated to an earlier year or half a year back (``… العام الماضي``);
- a "protest" is a funeral or a celebration (``محتفلين بالفوز``), rioting (``أعمال
  شغب``, unrest rather than a demonstration), or the scene of what befell protesters
  (``النار على متظاهرين يحتجون``).
- the act is first named deep in a long sentence about something else, and the
  sentence tells neither its date nor (for an attack) its dead
  (:func:`hadath.events.lead.aside`), or an attack past the first words of a sentence
  of fifty words or more comes with no date or dead of its own (``lead.buried``), or
  describes the noun before it (``مهندسين خطفهم مسلحون``: ``lead.attributive``), or
  tells what had happened before the news (``جثث … كان مسلحون قد خطفوهم``).

Two helpers let old or bare reports through instead: :func:`hadath.events.clause.chronicle`
(a chronology entry opens with its date, ``* 12 ديسمبر 2005: اغتيال …``) and
:meth:`SpecificityCues.counts_its_victims` (``قتل سبعة أشخاص``: the count by the
trigger makes a report even with no date, place or named party). Where the act stands
in its clause (relative clauses, dates and counts after it, another act opening the
sentence) is read by :mod:`hadath.events.clause`.

The words are data (``hadath/data/specificity.tsv``, one kind per rule), matched after
proclitics are stripped and written normalized like ``Token.norm``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.events.clause import (chronicle, clause_before, coordinated_with, dated,
                                  dated_after, elaborated, long_past, old_relative, other_news,
                                  passive_habit, past_season, question, relative,
                                  tally_since, undated_harm)
from hadath.events.clause import stems as _stems
from hadath.events.crowds import ceremony_of, crowd, movement, no_crowd, scene
from hadath.events.lead import (aside, attributive, buried, head_of, pluperfect, purpose_of_violence,
                                qualified)
from hadath.events.lexicons import read_tsv
from hadath.events.named import named_only
from hadath.events.realis import unreal_violence
from hadath.events.reporting import casualties, counted_casualties
from hadath.events.triggers import TriggerHit
from hadath.model import Article, Token
from hadath.text.normalize import normalize_ar

__all__ = ["GOVERNOR_REACH", "SpecificityCues", "chronicle", "dated"]

# adjectives that make an "attack" one of words whoever launches it (هجوما لاذعا)
_WORDS_ONLY = frozenset({"لاذعا", "لاذع", "كلاميا", "اعلاميا", "حادا", "حاد"})
# how many words before the trigger a governing accusation or denial may stand
GOVERNOR_REACH = 8
# participles of a charge that make a preceding هاجم one of words
_CHARGING = frozenset({"متهما", "متهمه", "واصفا", "واصفه", "معتبرا", "معتبره"})
# how many words before the trigger a topic or reaction word may stand
STANCE_REACH = 3
_KINDS = ("accuse", "deny", "stance", "verbal", "generic", "possess", "arsenal", "weapon",
          "sequel", "opinion", "thing", "official", "plural", "toll", "act", "after", "rumour",
          "count", "protester", "large", "abstract", "future", "voiced", "prevent",
          "bomber", "era", "happening", "force", "trial", "speech", "ceremony", "held", "carried",
          "concept", "judgement")


@dataclass(frozen=True, slots=True)
class SpecificityCues:
    """The word lists of ``specificity.tsv``, one frozenset per kind; picklable."""
    accuse: frozenset[str]
    deny: frozenset[str]
    stance: frozenset[str]
    verbal: frozenset[str]
    generic: frozenset[str]
    possess: frozenset[str]
    arsenal: frozenset[str]
    weapon: frozenset[str]
    sequel: frozenset[str]
    opinion: frozenset[str]
    thing: frozenset[str]
    official: frozenset[str]
    plural: frozenset[str]
    toll: frozenset[str]
    act: frozenset[str]
    after: frozenset[str]
    rumour: frozenset[str]
    count: frozenset[str]
    protester: frozenset[str]
    large: frozenset[str]
    abstract: frozenset[str]
    future: frozenset[str]
    voiced: frozenset[str]
    prevent: frozenset[str]
    bomber: frozenset[str]
    era: frozenset[str]
    happening: frozenset[str]
    force: frozenset[str]
    trial: frozenset[str]
    speech: frozenset[str]
    ceremony: frozenset[str]
    held: frozenset[str]
    carried: frozenset[str]
    concept: frozenset[str]
    judgement: frozenset[str]

    @classmethod
    def load(cls) -> "SpecificityCues":
        words: dict[str, set[str]] = {k: set() for k in _KINDS}
        for n, row in read_tsv("specificity.tsv"):
            if row["kind"] not in words:
                raise ValueError(f"hadath/data/specificity.tsv:{n}: unknown kind {row['kind']!r}")
            words[row["kind"]].add(normalize_ar(row["word"]))
        return cls(**{k: frozenset(v) for k, v in words.items()})

    def talked_about(self, article: Article, toks: list[Token], hit: TriggerHit,
                     hits: Sequence[TriggerHit] = ()) -> bool:
        """Should an ASSAULT or PROTEST trigger be dropped as told about, not reported?
        ``hits`` are the sentence's other triggers."""
        if hit.entry.mode == "riot" and hit.entry.form == "n":
            return True     # أعمال شغب: unrest named by the authorities, no demonstration
        partner = coordinated_with(toks, hit, hits)
        if partner is not None and self.talked_about(article, toks, partner, hits):
            return True     # بقتل طفلين وتعذيبهما: the charge governs both
        head = head_of(hit, hits)
        if head is not None and (unreal_violence(toks, head, True)
                                 or self.talked_about(article, toks, head, hits)):
            return True     # اللتين تعرضتا لاعتداء انتحاري: the adjective goes with its noun
        if hit.entry.type == "ASSAULT" and hit.entry.form == "i" and not dated(article, toks):
            return True     # يقتلون العراقيين ويبكون: a habit (تستهدف … منذ أمس: going on)
        if purpose_of_violence(hit, hits):
            return True     # قتل شخص في مصادمات … احتجاجا على: the violence is the news
        act = qualified(hit, hits)
        if act is not None and self.talked_about(article, toks, act, hits):
            return True     # يتجمع متظاهرون أمامه احتجاجا على: the scene's purpose
        if hit.entry.form == "n" and other_news(toks, hit, hits) \
                and not elaborated(article, toks, hit):
            return True
        if self.governed(article, toks, hit) or self.war_of_words(article, toks, hit) \
                or self.prevented(article, toks, hit) or self.bomber_alone(toks, hit) \
                or self.kind_of_happening(toks, hit) or old_relative(article, toks, hit) \
                or tally_since(toks, hit) or self.toll_of_earlier(toks, hit, hits) \
                or any(_stems(t) & self.era for t in toks) \
                or self.general(toks, hit) or self.concept_of(article, toks, hit) \
                or self.held_weapon(toks, hit) \
                or self.test_launch(toks, hit) \
                or self.commentary(toks) or self.rumoured(article, toks, hit) \
                or question(article, toks) or passive_habit(toks, hit) \
                or no_crowd(self, article, toks, hit) or self.figurative(toks, hit) or self.to_come(toks, hit) \
                or past_season(article, toks, hit) or undated_harm(article, toks, hit) \
                or long_past(article, toks, hit) \
                or ceremony_of(self, toks, hit) or movement(toks, hit) \
                or named_only(self, article, toks, hit, hits) \
                or scene(self, toks, hit) or attributive(toks, hit) or pluperfect(toks, hit):
            return True
        if self.many(toks, hit) and not dated(article, toks) and not counted_casualties(toks) \
                and not (hit.entry.type == "PROTEST" and crowd(self, toks)):
            return True
        if self.toll_of_background(toks, hit) and not dated_after(article, toks, hit):
            return True
        if buried(article, toks, hit) and not dated_after(article, toks, hit) \
                and not self.counts_its_victims(toks, hit):
            return True     # an attack told inside a long sentence with no date or dead of its own
        if aside(article, toks, hit) and hit.entry.type == "PROTEST" \
                and not dated_after(article, toks, hit):
            return True     # a count of dead tells a violent act, not a protest
        return (self.stance_of(article, toks, hit) or self.after_span(toks, hit)
                or relative(toks, hit) or aside(article, toks, hit)) \
            and not elaborated(article, toks, hit)

    def after_span(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``بعد يوم من مقتل``, ``بعد حوالي الأسبوعين من اختطافه``: the act is the point
        from which the sentence counts time to what it reports."""
        before = [t.norm for t in toks[max(0, hit.first - 5):hit.first]]
        if not before or before[-1] not in ("من", "علي"):
            return False
        for k, w in enumerate(before[:-1]):
            if w.lstrip("و") in ("بعد", "قبل", "خلال") and any(
                    _stems(t) & self.sequel for t in toks[hit.first - len(before) + k + 1:hit.first - 1]):
                return True
        return False

    def many(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``الاعتداءات المستمرة على مدن الضفة``, ``تفجيرات في لبنان``: a plural act noun
        names a run of acts; with no date and no count of victims it tells no incident."""
        return hit.entry.form == "n" and bool(_stems(toks[hit.first]) & self.plural)

    def counts_its_victims(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``قتل سبعة أشخاص``, ``اختطف مسلحون 15 شخصا``, ``هجمات … أسفرت عن مقتل 12``:
        the count stands by the trigger or by its toll word after it, so the sentence
        reports one act with its victims, even with no date, place or named party. A
        count elsewhere in the sentence belongs to something else."""
        def number(t: Token) -> bool:
            return any(c.isdigit() for c in t.norm) or bool(_stems(t) & self.count)
        if any(number(t) for t in toks[hit.last + 1:hit.last + 4]):
            return True
        after = toks[hit.last + 1:hit.last + 13]
        return any(_stems(a) & self.toll and number(b) for a, b in zip(after, after[1:]))

    def figurative(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``اغتصاب حق تسويق الفلافل``, ``قتلت كل بصيص ضوء``, ``هاجم … اضرابات
        الموظفين``: the object right after the act is a right, a hope or a policy, so the
        verb means usurp, crush or criticize; ``تستهدف مضاعفة الإيرادات``, ``خطف موهبة
        النادي``: an aim or a prize, so it means aim at or win."""
        if hit.entry.type != "ASSAULT" or hit.entry.form not in ("v", "n", "i") \
                or hit.last + 1 >= len(toks):
            return False
        if toks[hit.last + 1].norm.lstrip("و") == "بحق":
            return False    # مجزرة بحق مدنيين: بحق is "against", not a right
        return bool(_stems(toks[hit.last + 1]) & self.abstract)

    def to_come(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``ستتعرض لهجوم جديد``, ``سيارة مفخخة ستدخل المدينة``: an act still to come."""
        near = toks[max(0, hit.first - 2):hit.first] + toks[hit.last + 1:hit.last + 3]
        return any(t.norm.lstrip("و") in self.future for t in near)

    def commentary(self, toks: list[Token]) -> bool:
        """``في رأيي``, ``تعقيبا على خبر``: a reader's or writer's comment, no report."""
        return any(_stems(t) & self.opinion for t in toks)

    def rumoured(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """``وحسب شائعة فإن دبابة أطلقت``, ``تقارير غير مؤكدة عن أن … تعرضوا``: the act
        is only rumoured."""
        before = list(reversed(clause_before(article, toks, hit, GOVERNOR_REACH)))
        pairs = {f"{a.norm} {b.norm}" for a, b in zip(before, before[1:])}
        return any(_stems(t) & self.rumour for t in before) or bool(pairs & self.rumour)

    def toll_of_background(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``بعد هجوم انتحاري في كابل مما أسفر عن سقوط 35 قتيلا``: the dead of an attack
        named as a reference point (after بعد, غداة, إثر, تدين) are that attack's, told as
        background too."""
        if not any(_stems(toks[i]) & self.toll for i in hit.matched):
            return False
        for k in range(max(0, hit.first - 12), hit.first):
            if _stems(toks[k]) & self.act and any(
                    _stems(t) & self.after for t in toks[max(0, k - 2):k]):
                return True
        return False

    def toll_of_earlier(self, toks: list[Token], hit: TriggerHit,
                        hits: Sequence[TriggerHit]) -> bool:
        """``الغارة التي استهدفت القنصلية … وأدت إلى مقتل قادة``: a result verb joined by
        و to an attack told before it in the sentence counts that attack's dead; it is
        no second act (and no act at all when the first is only background)."""
        if hit.entry.form != "v" or not toks[hit.first].norm.startswith("و") \
                or not any(_stems(toks[i]) & self.toll for i in hit.matched[1:]):
            return False
        return any(h.entry.type == "ASSAULT" and h.last < hit.first for h in hits)

    def governed(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """A charge or a denial a few words before, in the same clause: ``نفت … أن
        يكونا تعرضا للتعذيب``, ``رد على اتهامات … بقتل``."""
        if any(_stems(t) & (self.accuse | self.deny)
               for t in clause_before(article, toks, hit, GOVERNOR_REACH)):
            return True
        # اتهامات وجهها التيار للشرطة، بقتل طفلين: the ب of a charge reaches over a comma
        return toks[hit.first].norm.lstrip("و").startswith("ب") and any(
            _stems(t) & self.accuse for t in toks[max(0, hit.first - GOVERNOR_REACH):hit.first])

    def prevented(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """``منعت قوات الأمن مساء أمس تظاهرة``, ``نريد انتفاضة سلمية``: the act was
        stopped, or is only wished for."""
        reach = GOVERNOR_REACH if hit.entry.form == "n" else 2     # يريدون قتلي
        return any(t.norm.lstrip("و") in self.prevent
                   for t in clause_before(article, toks, hit, reach))

    def kind_of_happening(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``لما يجري في العراق من قتل``, ``ما حدث على الحدود من تفجير الجدار``: ``من``
        after ``ما`` + a verb of happening names the kind of what happens."""
        if hit.first == 0 or toks[hit.first - 1].norm.lstrip("و") != "من":
            return False
        before = [t.norm.lstrip("وفل") for t in toks[max(0, hit.first - 8):hit.first - 1]]
        return any(a in ("ما", "لما", "مما") and b in self.happening
                   for a, b in zip(before, before[1:]))

    def bomber_alone(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``فرقا انتحارية``, ``أحد انتحاريي 11 سبتمبر``, ``40 انتحاريا جاءوا من ليبيا``:
        a lone انتحاري with no word of an attack near it names people or units."""
        if hit.entry.words != ("انتحاري",):
            return False
        near = toks[max(0, hit.first - 3):hit.first] + toks[hit.last + 1:hit.last + 4]
        return not any(_stems(t) & self.bomber for t in near)

    def stance_of(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """``انزعاج … لهذا الهجوم``, ``حول … تفجيرات``: a reaction to or a topic of talk."""
        # a verb-looking word right after one is its masdar (سيناريو خطف)
        reach = STANCE_REACH if hit.entry.form in ("n", "p") else 1
        return any(_stems(t) & self.stance for t in clause_before(article, toks, hit, reach))

    def war_of_words(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """``شن النائب وليد جنبلاط هجوماً عنيفاً على حزب الله``: a named person launches
        a strong "attack" and no one is hurt, so it is one of words. (Armed attacks are
        launched by forces and groups: ``شن مسلحون هجوما عنيفا على مركز للشرطة``.) So is
        one ``هاجم`` with a charge right after it (``هاجم … الحكومة، متهما إياها``), and
        an attack followed by the words it was made of (``وقال في تغريدة``, ``مخاطبا``)."""
        if hit.entry.words[0] in ("هاجم", "يهاجم") and not casualties(toks) and any(
                t.norm.lstrip("و") in _CHARGING for t in toks[hit.last + 1:hit.last + 9]):
            return True        # هاجم نتنياهو الحكومة، متهما إياها بالاستسلام: words
        if any(w.startswith(("هاجم", "يهاجم")) or "هجوم" in w for w in hit.entry.words) \
                and not counted_casualties(toks) \
                and any(_stems(t) & self.speech for t in toks[hit.last + 1:]):
            return True        # هاجم … الاتحاد الكويتي … وقال في تغريدة: words
        if not any("هجوم" in w for w in hit.entry.words):
            return False
        after = toks[hit.last + 1:hit.last + 3]
        if any(t.norm in _WORDS_ONLY for t in after) and not counted_casualties(toks):
            return True        # شن الرئيس هجوما لاذعا: whoever launches it, it is words
        if not any(_stems(t) & self.verbal for t in after) or casualties(toks):
            return False
        start, end = toks[0].start, toks[hit.last].start
        return any(e.type == "PER" and any(start <= m.start < end for m in e.mentions)
                   for e in article.entities)

    def general(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``من قتل وذبح وخطف``: bare masdars in a row name violence in general."""
        if hit.entry.form not in ("n", "v") or counted_casualties(toks):
            return False
        i, j = hit.first, hit.last
        if not _stems(toks[i]) & self.generic:
            return False
        # one adjective may stand between two of them (القتل المتعمد والاغتيالات)
        prev_generic = toks[i].norm.startswith("و") and any(
            _stems(t) & self.generic for t in toks[max(0, i - 2):i])
        next_generic = any(t.norm.startswith("و") and _stems(t) & self.generic
                           for t in toks[j + 1:j + 3])
        return prev_generic or next_generic

    def concept_of(self, article: Article, toks: list[Token], hit: TriggerHit) -> bool:
        """``آلة القتل``, ``وجوب قتلهم``, ``قتل النفس يعد من الكبائر``, ``قتل الأطفال جريمة
        ضد الإنسانية``: a bare masdar of violence that a noun before it makes a concept, or
        that a judgement two or three words on rules on, names no incident; with a date or
        a count of dead the sentence tells one (``قتل الجناة الضحية في جريمة``: the
        judgement word comes after a preposition, it is no predicate)."""
        if hit.entry.type != "ASSAULT" or hit.entry.words[0] not in self.generic \
                or dated(article, toks) or counted_casualties(toks):
            return False
        if hit.first and _stems(toks[hit.first - 1]) & self.concept:
            return True
        head = toks[hit.first].norm.lstrip("و")
        if head not in self.generic:
            return False      # قتلوا, قتلهم: a verb or a masdar with its doer, told
        after = toks[hit.last + 2:hit.last + 5]
        return any(_stems(t) & self.judgement for t in after)

    def test_launch(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``أطلقت كوريا الشمالية صاروخا في تجربة``, ``صاروخا يحمل قمرا صناعيا``,
        ``تجربة على إطلاق صواريخ``: a missile fired in a test, an exercise or into
        space hits no one."""
        if not any(w.startswith(("صاروخ", "صواريخ", "قذائف", "قذيفه")) for w in hit.entry.words):
            return False
        return any(_stems(t) & self.trial for t in toks)

    def held_weapon(self, toks: list[Token], hit: TriggerHit) -> bool:
        """``تمتلك صواريخ بالستية``: a weapon named, not used."""
        if hit.entry.form != "n" or " ".join(hit.entry.words) not in self.weapon:
            return False
        before = toks[max(0, hit.first - 3):hit.first]
        after = toks[hit.last + 1:hit.last + 3]
        return any(_stems(t) & self.possess for t in before) \
            or any(_stems(t) & self.arsenal for t in after)

