"""The event coder's data files, read once into frozen tables.

All are TSV files with a header line in ``hadath/data`` (lines starting with ``#`` are
comments). Arabic keys are normalized with :func:`hadath.text.normalize.normalize_ar`
when they are read, so the files can be written in ordinary spelling.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator

from hadath.model import PLOVER_TYPES
from hadath.text.normalize import normalize_ar

GAP = "…"
LONG_GAP = "……"  # a longer gap, for patterns whose parts rarely meet by chance
BLOCKER = "-"   # a trigger-table type: the phrase is no event and hides shorter triggers
# a trigger word written {name} stands for every word of class ``name`` in
# trigger_classes.tsv (نشر … {troops}: one row per kind of unit instead of one per pair)
CLASS_OPEN, CLASS_CLOSE = "{", "}"


class LexiconError(ValueError):
    """A bad row in a data file: names the file and line."""


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger pattern: ``words`` are normalized; ``GAP`` marks a gap of a few words."""
    words: tuple[str, ...]
    type: str
    cameo: str
    mode: str | None
    form: str           # v perfect verb, i imperfect, p passive, n noun/masdar
    flags: frozenset[str]
    text: str           # the pattern as written in the file


@dataclass(frozen=True, slots=True)
class AgentEntry:
    words: tuple[str, ...]
    sector: str
    country: str | None
    bare: bool


@dataclass(frozen=True, slots=True)
class OfficeTitle:
    words: tuple[str, ...]
    office: str
    form: str           # adjective, construct, body


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    office: str
    country: str | None
    org: str | None
    name_en: str
    name_ar: str
    start: str
    end: str | None

    def holds_on(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class PloverCode:
    cameo: str
    type: str
    mode: str | None
    context: str | None
    description: str


@dataclass(frozen=True, slots=True)
class EventLexicons:
    triggers: tuple[TriggerEntry, ...]
    agents: tuple[AgentEntry, ...]
    nationalities: dict[str, str]          # normalized form -> ISO3
    peoples: frozenset[str]                # plural forms that name people (الجزائريين)
    titles: tuple[OfficeTitle, ...]
    holders: tuple[OfficeHolder, ...]
    plover: dict[str, PloverCode]
    # adjectives that are also common words (المالية: Malian or financial), a country only
    # right after an agent or a title (السلطات المالية; nationalities_after_agent.tsv)
    after_agent: dict[str, str]
    # … and their plurals, a people only after من or a count (عشرات الآلاف من الماليين)
    shared_peoples: dict[str, str]
    # regional adjectives -> the org id of the region's body (regional_adjectives.tsv)
    regional: dict[str, str] = field(default_factory=dict)
    # … those that are the body's own and name it in any story (الأممية: the UN)
    anywhere: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "EventLexicons":
        plover = {r["cameo"]: PloverCode(r["cameo"], r["plover"], r["mode"] or None,
                                         r["context"] or None, r["description"])
                  for _, r in read_tsv("plover.tsv")}
        classes: dict[str, list[str]] = {}
        for _, r in read_tsv("trigger_classes.tsv"):
            classes.setdefault(r["class"], []).append(r["words"])
        triggers = tuple(_trigger(n, x, plover) for n, r in read_tsv("triggers.tsv")
                         for x in _expand(n, r, classes))
        agents = tuple(AgentEntry(_words(r["agent"]), r["sector"], r["country"] or None,
                                  r["bare"] == "yes") for _, r in read_tsv("agents.tsv"))
        nat_rows = [r for _, r in read_tsv("nationalities.tsv")]
        nats = {normalize_ar(r["form"]): r["country"] for r in nat_rows}
        peoples = frozenset(normalize_ar(r["form"]) for r in nat_rows
                            if r["grammar"].startswith(("m.pl", "pl.")))
        titles = tuple(OfficeTitle(_words(r["title"]), r["office"], r["form"])
                       for _, r in read_tsv("office_titles.tsv"))
        holders = tuple(OfficeHolder(r["office"], r["country"] or None, r["org"] or None,
                                     r["holder_en"], r["holder_ar"], r["start"], r["end"] or None)
                        for _, r in read_tsv("offices.tsv"))
        shared = [r for _, r in read_tsv("nationalities_after_agent.tsv")]
        after_agent = {normalize_ar(r["form"]): r["country"] for r in shared
                       if r["grammar"].endswith("sg.def")}
        shared_peoples = {normalize_ar(r["form"]): r["country"] for r in shared
                          if r["grammar"].startswith(("m.pl", "pl."))}
        regional_rows = [r for _, r in read_tsv("regional_adjectives.tsv")]
        regional = {normalize_ar(r["form"]): r["org"] for r in regional_rows}
        anywhere = frozenset(normalize_ar(r["form"]) for r in regional_rows
                             if r["anywhere"] == "yes")
        return cls(triggers, agents, nats, peoples, titles, holders, plover, after_agent,
                   shared_peoples, regional, anywhere)

    def holder(self, office: str, country: str | None, day: str | None,
               org: str | None = None) -> OfficeHolder | None:
        """Who held ``office`` of ``country`` (or body ``org``) on ``day``."""
        if day is None:
            return None
        for h in self.holders:
            if h.office == office and h.country == country and h.org == org and h.holds_on(day):
                return h
        return None

    def body_holder(self, office: str, day: str | None) -> OfficeHolder | None:
        """Who held ``office`` of an international body (no country) on ``day``."""
        return next((h for h in self.holders if h.office == office and h.country is None
                     and day and h.holds_on(day)), None)


def read_tsv(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a data file, comments skipped."""
    path = resources.files("hadath") / "data" / name
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    for (n, _), row in zip(lines[1:], reader):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"hadath/data/{name}:{n}: expected {len(reader.fieldnames)} "
                               f"tab-separated fields")
        yield n, {k: v.strip() for k, v in row.items()}


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize_ar(text).split())


def _expand(n: int, row: dict[str, str], classes: dict[str, list[str]]
            ) -> Iterator[dict[str, str]]:
    """The rows a trigger row stands for: one per member of each {class} it names (the
    members' own spelling goes into the pattern, so the row reads as if written out)."""
    words = row["trigger"].split()
    at = next((k for k, w in enumerate(words) if w.startswith(CLASS_OPEN)), None)
    if at is None:
        yield row
        return
    name = words[at].strip(CLASS_OPEN + CLASS_CLOSE)
    if name not in classes:
        raise LexiconError(f"hadath/data/triggers.tsv:{n}: unknown word class {name!r} "
                           f"(trigger_classes.tsv)")
    for member in classes[name]:
        text = " ".join(words[:at] + [member] + words[at + 1:])
        yield from _expand(n, {**row, "trigger": text}, classes)


def _trigger(n: int, row: dict[str, str], plover: dict[str, PloverCode]) -> TriggerEntry:
    if row["type"] == BLOCKER:
        return TriggerEntry(_words(row["trigger"]), BLOCKER, BLOCKER, None, row["form"],
                            frozenset(), row["trigger"])
    if row["type"] not in PLOVER_TYPES:
        raise LexiconError(f"hadath/data/triggers.tsv:{n}: unknown PLOVER type {row['type']!r}")
    if row["cameo"] not in plover:
        raise LexiconError(f"hadath/data/triggers.tsv:{n}: CAMEO code {row['cameo']!r} "
                           f"is not in plover.tsv")
    if row["form"] not in ("v", "i", "p", "n"):
        raise LexiconError(f"hadath/data/triggers.tsv:{n}: form must be v, i, p or n")
    mode = row["mode"] or plover[row["cameo"]].mode
    return TriggerEntry(_words(row["trigger"]), row["type"], row["cameo"], mode or None,
                        row["form"], frozenset(row["flags"].split()), row["trigger"])
