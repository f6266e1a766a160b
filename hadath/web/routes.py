"""The API routes. Each returns what the store returns: the dashboard's JSON twins."""
from __future__ import annotations

import hmac
from datetime import date
from typing import Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from pydantic import BaseModel, Field

from hadath.model import PLOVER_TYPES, InputError
from hadath.store import EventFilter
from hadath.web.errors import ApiError

router = APIRouter()


def _date(value: str | None, name: str) -> str | None:
    """A date filter as given (YYYY-MM-DD, YYYY-MM or YYYY), checked to be a real date."""
    if not value:
        return None
    padding = {10: "", 7: "-01", 4: "-01-01"}.get(len(value))
    try:
        if padding is None:
            raise ValueError
        date.fromisoformat(value + padding)
    except ValueError:
        raise ApiError(400, f"{name}={value!r} is not a date; write YYYY-MM-DD, YYYY-MM or "
                            "YYYY") from None
    return value


def event_filter(q: str | None = Query(None, description="words to find (spelling variants "
                                                          "and clitics match)"),
                 actor: str | None = Query(None, description="actor key, e.g. RUS or UN"),
                 type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT"),
                 country: str | None = Query(None, description="ISO3 of the event location"),
                 place: str | None = Query(None, description="location name, e.g. Aleppo"),
                 since: str | None = Query(None, description="from this date (YYYY-MM-DD)"),
                 until: str | None = Query(None, description="to this date, inclusive"),
                 article: str | None = Query(None, description="one article's id"),
                 ) -> EventFilter:
    if type and type.upper() not in PLOVER_TYPES:
        raise ApiError(400, f"type={type!r} is not a PLOVER type; use one of "
                            f"{', '.join(PLOVER_TYPES)}")
    return EventFilter.of(q=q, actor=actor, type=type, country=country, place=place,
                          since=_date(since, "since"), until=_date(until, "until"),
                          article=article)


def _store(request: Request):
    return request.app.state.store


Limit = Query(50, ge=1, le=500)
Offset = Query(0, ge=0)


@router.get("/articles", summary="Articles matching words and event filters, newest first")
def list_articles(request: Request, f: EventFilter = Depends(event_filter),
                  limit: int = Query(20, ge=1, le=200), offset: int = Offset):
    return _store(request).articles(f, limit, offset)


@router.get("/articles/{doc_id:path}", summary="One article with its entities, times, quotes, events")
def get_article(request: Request, doc_id: str):
    doc = _store(request).article(doc_id)
    if doc is None:
        raise ApiError(404, f"no article with id {doc_id!r}")
    return doc


@router.get("/events", summary="Events matching the filters, newest first, paged")
def list_events(request: Request, f: EventFilter = Depends(event_filter), limit: int = Limit,
                offset: int = Offset):
    return _store(request).events(f, limit, offset)


@router.get("/actors", summary="Actor keys with their numbers of events")
def list_actors(request: Request, f: EventFilter = Depends(event_filter),
                limit: int = Query(100, ge=1, le=1000)):
    return {"actors": _store(request).actors(f, limit)}


@router.get("/actors/{key}", summary="One actor: names, events over time, partners")
def get_actor(request: Request, key: str, f: EventFilter = Depends(event_filter),
              interval: str = Query("month", pattern="^(day|month|year)$")):
    found = _store(request).actor(key, f, interval)
    if found is None:
        raise ApiError(404, f"no events with actor {key!r} (keys are ISO3 codes or org ids "
                            "like UN; see /api/actors)")
    return found


@router.get("/places", summary="Event locations with coordinates and counts")
def list_places(request: Request, f: EventFilter = Depends(event_filter),
                limit: int = Query(500, ge=1, le=5000)):
    return {"places": _store(request).places(f, limit)}


@router.get("/timeseries", summary="Event counts per period by type or by source actor")
def timeseries(request: Request, f: EventFilter = Depends(event_filter),
               by: str = Query("type", pattern="^(type|actor)$"),
               interval: str = Query("month", pattern="^(day|month|year)$")):
    return _store(request).timeseries(f, by, interval)


@router.get("/network", summary="Who acts on whom: actor nodes, edges weighted by events")
def network(request: Request, f: EventFilter = Depends(event_filter),
            limit: int = Query(60, ge=1, le=500)):
    return _store(request).network(f, limit)


@router.get("/stats", summary="How many articles, entities, events, quotes, times are stored")
def stats(request: Request):
    return {"counts": _store(request).counts(), "writable": bool(request.app.state.token)}


class ExtractRequest(BaseModel):
    text: str = Field(..., min_length=1, description="the story, Arabic text")
    published: str | None = Field(None, description="publication date YYYY-MM-DD")
    id: str = "doc"
    source: str | None = None
    title: str | None = None
    url: str | None = None


def _pipeline(request: Request):
    state = request.app.state
    if state.pipeline is None:
        with state.pipeline_lock:
            if state.pipeline is None:
                from hadath.pipeline import Pipeline
                state.pipeline = Pipeline.default()
    return state.pipeline


def _extract(request: Request, doc: dict) -> dict:
    try:
        return _pipeline(request)(doc).to_dict()
    except InputError as e:
        raise ApiError(400, str(e)) from None


@router.post("/extract", summary="Extract one text to SPEC JSON (nothing is stored)")
def extract(request: Request, body: ExtractRequest):
    return _extract(request, body.model_dump())


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.token
    if not token:
        raise ApiError(403, "this server is read-only: start it with --token or "
                            "HADATH_API_TOKEN to allow ingest")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")


@router.post("/articles", summary="Ingest stories (needs the token); extracted=true stores "
                                  "SPEC JSON as it is", status_code=201)
def ingest(request: Request, body: Any = Body(..., description="one document or a list"),
           extracted: bool = Query(False, description="body is SPEC JSON from hadath extract"),
           authorization: str | None = Header(None)):
    _check_token(request, authorization)
    docs = body if isinstance(body, list) else [body]
    results = []
    for i, doc in enumerate(docs):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ApiError(400, f"document {i}: expected an object with a 'text' string")
        if "id" not in doc:
            raise ApiError(400, f"document {i}: add an 'id'")
        spec = doc if extracted else _extract(request, doc)
        try:
            status = _store(request).add(spec)
        except (KeyError, TypeError, ValueError) as e:
            raise ApiError(400, f"document {i} ({doc.get('id')!r}) is not valid SPEC JSON: "
                                f"{e!r}") from None
        results.append({"id": spec["id"], "status": status})
    return {"results": results}
