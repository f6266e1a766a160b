"""Scores of SPEC.md ("Scores"): hadath output against gold, and CoNLL tag files.

The figures are those of the shared ``eval/score.py`` (a test checks they agree on
the dev set and on a CoNLL file), computed here so that ``hadath evaluate`` works
from an installed package:

- entities: distinct (mention text, type) pairs per document, micro P/R/F1; linking
  and country accuracy over the matched gold entities that have them;
- times: distinct mention texts, a prediction matching a gold text it equals, else
  one it overlaps (one to one); value accuracy over matched non-optional times;
- quotes: distinct speakers by English name, fuzzy (ratio ≥ 0.85);
- events: distinct (source key, type, target key) rows; date accuracy;
- CoNLL: exact token spans, micro over all types and per type (``PERS`` = ``PER``).
Optional gold items count neither when missed nor when predicted.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Mapping, Sequence

from hadath.ner.conll import ConllSentence, bio_spans


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter, pred: Counter) -> None:
        common = gold & pred
        self.tp += sum(common.values())
        self.fp += sum((pred - common).values())
        self.fn += sum((gold - common).values())

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Share:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    def value(self) -> dict:
        return {"acc": round(self.right / self.total, 4) if self.total else None, "n": self.total}


def latin_key(name: str | None) -> str:
    if not name:
        return ""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


def same_name(a: str | None, b: str | None) -> bool:
    """English names that SPEC counts as the same (case, hyphens, spacing, ≥ 0.85)."""
    a, b = latin_key(a), latin_key(b)
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.85


def _actor_key(actor) -> str | None:
    if actor is None or isinstance(actor, str):
        return actor
    return actor.get("country") or actor.get("org") or None


class GoldError(ValueError):
    """A gold document that breaks SPEC's gold format."""


def _check_gold(doc: dict) -> None:
    text = doc["text"]
    for kind in ("entities", "times"):
        for item in doc.get(kind, []):
            if item["text"] not in text:
                raise GoldError(f"gold {doc['id']}: {kind} text not in document: {item['text']!r}")


def _entities(gold: dict, pred: dict, ents: Tally, linking: Share, country: Share) -> None:
    p_ents: dict = {}
    for ent in pred.get("entities", []):
        for m in ent.get("mentions", []):
            p_ents.setdefault((m["text"].strip(), ent.get("type")), ent)
    g_ents = {(e["text"].strip(), e["type"]): e for e in gold.get("entities", [])}
    ents.add(Counter(g_ents.keys()), Counter(p_ents.keys()))
    for key, g in g_ents.items():
        p = p_ents.get(key)
        if p is None:
            continue
        if g.get("name_en"):
            linking.add(same_name(g["name_en"], p.get("name_en")))
        if g.get("country"):
            country.add(g["country"] == p.get("country"))


def _times(gold: dict, pred: dict, times: Tally, tvalue: Share) -> None:
    g_times = {t["text"].strip(): t for t in gold.get("times", [])}
    p_times: dict = {}
    for t in pred.get("times", []):
        p_times.setdefault(t["text"].strip(), t)
    free = list(p_times)
    for exact in (True, False):
        for gtext, g in list(g_times.items()):
            hit = next((pt for pt in free
                        if (pt == gtext if exact else (gtext in pt or pt in gtext))), None)
            if hit is None:
                continue
            free.remove(hit)
            del g_times[gtext]
            if g.get("optional"):
                continue
            times.tp += 1
            tvalue.add(str(g.get("value")) == str(p_times[hit].get("value")))
    times.fn += sum(1 for g in g_times.values() if not g.get("optional"))
    times.fp += len(free)


def _quotes(gold: dict, pred: dict, quotes: Tally) -> None:
    by_id = {e.get("id"): e for e in pred.get("entities", [])}
    p_speakers: list[str] = []
    for q in pred.get("quotes", []):
        ent = by_id.get(q.get("speaker")) or {}
        name = ent.get("name_en") or ent.get("name")
        if name and not any(same_name(name, s) for s in p_speakers):
            p_speakers.append(name)
    g_speakers: list[str] = []
    g_optional: list[str] = []
    for q in gold.get("quotes", []):
        bucket = g_optional if q.get("optional") else g_speakers
        if not any(same_name(q["speaker_en"], s) for s in bucket):
            bucket.append(q["speaker_en"])
    tp = 0
    free = list(p_speakers)
    for g in g_speakers:
        hit = next((s for s in free if same_name(g, s)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    free = [s for s in free if not any(same_name(s, o) for o in g_optional)]
    quotes.tp += tp
    quotes.fn += len(g_speakers) - tp
    quotes.fp += len(free)


def _events(gold: dict, pred: dict, events: Tally, edate: Share) -> None:
    p_rows: dict = {}
    for e in pred.get("events", []):
        targets = e.get("target") or [None]
        if isinstance(targets, (dict, str)):
            targets = [targets]
        for t in targets:
            p_rows.setdefault((_actor_key(e.get("source")), e.get("type"), _actor_key(t)),
                              e.get("date"))
    required: dict = {}
    optional: set = set()
    for e in gold.get("events", []):
        row = (e.get("source"), e["type"], e.get("target"))
        if e.get("optional"):
            optional.add(row)
        else:
            required.setdefault(row, e.get("date"))
    tp = 0
    for row, gdate in required.items():
        if row in p_rows:
            tp += 1
            if gdate:
                edate.add(p_rows[row] == gdate)
    events.tp += tp
    events.fn += len(required) - tp
    events.fp += sum(1 for row in p_rows if row not in required and row not in optional)


def score_documents(gold_docs: Mapping[str, dict], pred_docs: Mapping[str, dict]) -> dict:
    """All SPEC figures for gold and predicted documents keyed by id."""
    ents, times, quotes, events = Tally(), Tally(), Tally(), Tally()
    linking, country, tvalue, edate = Share(), Share(), Share(), Share()
    missing = 0
    for doc_id, gold in gold_docs.items():
        _check_gold(gold)
        pred = pred_docs.get(doc_id)
        if pred is None:
            missing += 1
            pred = {}
        _entities(gold, pred, ents, linking, country)
        _times(gold, pred, times, tvalue)
        _quotes(gold, pred, quotes)
        _events(gold, pred, events, edate)
    return {
        "documents": len(gold_docs), "missing_predictions": missing,
        "entities": ents.prf(), "entity_linking": linking.value(),
        "entity_country": country.value(),
        "times": times.prf(), "time_value": tvalue.value(),
        "quotes": quotes.prf(),
        "events": events.prf(), "event_date": edate.value(),
    }


class ConllMismatch(ValueError):
    """Gold and predicted CoNLL files that do not hold the same tokens."""


def score_conll(gold: Sequence[ConllSentence], pred: Sequence[ConllSentence]) -> dict:
    """Exact-span micro P/R/F1 over all types (``all``) and per type."""
    if len(gold) != len(pred):
        raise ConllMismatch(f"sentence counts differ: gold {len(gold)}, predicted {len(pred)}")
    total = Tally()
    by_type: dict[str, Tally] = {}
    for n, (g, p) in enumerate(zip(gold, pred)):
        if list(g.tokens) != list(p.tokens):
            raise ConllMismatch(f"sentence {n + 1} (gold line {g.line}): tokens differ "
                                f"between gold and prediction")
        gs, ps = set(bio_spans(g.tags)), set(bio_spans(p.tags))
        total.add(Counter(gs), Counter(ps))
        for kind in {s[2] for s in gs | ps}:
            by_type.setdefault(kind, Tally()).add(Counter(s for s in gs if s[2] == kind),
                                                  Counter(s for s in ps if s[2] == kind))
    return {"sentences": len(gold), "all": total.prf(),
            **{k: v.prf() for k, v in sorted(by_type.items())}}


def format_scores(result: dict) -> Iterable[str]:
    """Lines as score.py prints them."""
    for name, value in result.items():
        if isinstance(value, dict):
            yield f"{name:16} " + "  ".join(f"{k}={v}" for k, v in value.items())
        else:
            yield f"{name:16} {value}"
