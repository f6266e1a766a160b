"""The pipeline: composes the stages in order. The only place that knows the order.

A stage is a callable ``Article -> Article`` with a ``name``, the article fields it
``requires`` and those it ``assigns`` (the idea of spaCy's ``Language.__call__`` and
component metadata). Stages load their lexicons once, when the pipeline is built,
and hold only picklable data, so a pipeline can be shipped to Spark executors or
worker processes.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from hadath.model import Article


def _segment():
    from hadath.annotate.segment import Segmenter
    return Segmenter()


def _entities():
    from hadath.annotate.entities import EntityStage
    return EntityStage()


def _ner():
    from hadath.annotate.ner import NerStage
    return NerStage()


def _roles():
    from hadath.annotate.roles import RoleCountry
    return RoleCountry()


def _seats():
    from hadath.annotate.seats import SeatsActing
    return SeatsActing()


def _times():
    from hadath.annotate.times import TimeTagger
    return TimeTagger()


def _quotes():
    from hadath.annotate.quotes import QuoteFinder
    return QuoteFinder()


def _events():
    from hadath.annotate.events import EventStage
    return EventStage()


# name -> factory; the default order of a full pipeline
STAGE_FACTORIES: dict[str, Callable[[], Any]] = {
    "segment": _segment,
    "entities": _entities,
    "ner": _ner,
    "roles": _roles,     # a model-found person's country from the title before the name
    "seats": _seats,     # a seat of power that speaks is its body (قال البيت الأبيض)
    "times": _times,
    "quotes": _quotes,
    "events": _events,   # keep last: it reads entities, times and quotes
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_FACTORIES)


class Pipeline:
    def __init__(self, stages: Iterable[Any]):
        self.stages = list(stages)
        have: set[str] = set()
        for stage in self.stages:
            missing = [r for r in getattr(stage, "requires", ()) if r not in have]
            if missing:
                raise ValueError(f"stage {stage.name!r} needs {missing} from an earlier stage")
            have.update(getattr(stage, "assigns", ()))

    @classmethod
    def default(cls, stages: Iterable[str] | None = None, **options: Any) -> "Pipeline":
        names = list(stages) if stages is not None else list(DEFAULT_STAGES)
        unknown = [n for n in names if n not in STAGE_FACTORIES]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {list(STAGE_FACTORIES)}")
        return cls(STAGE_FACTORIES[n]() for n in names)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Article | dict) -> Article:
        article = doc if isinstance(doc, Article) else Article.from_input(doc)
        for stage in self.stages:
            article = stage(article)
        return article

    def pipe(self, docs: Iterable[Article | dict]) -> Iterator[Article]:
        for doc in docs:
            yield self(doc)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process on first use."""
    return Pipeline.default()


def extract(text: str, published: str | None = None, doc_id: str = "doc",
            source: str | None = None) -> Article:
    """Run the default pipeline on one text."""
    return default_pipeline()({"id": doc_id, "text": text, "published": published,
                               "source": source})
