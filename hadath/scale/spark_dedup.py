"""Story de-duplication in the Spark job: what ``hadath batch --dedup`` does, at scale.

The batch runner reads its inputs in order, skips a text it has seen (same
:func:`~hadath.scale.dedup.content_hash`), then groups the extracted articles into
stories with MinHash LSH and merges their events (:class:`~hadath.scale.dedup.StoryDeduper`).
The Spark job gives every document its place in the input before anything is
shuffled, so that it can do the same in the same order:

1. **Exact repeats** are found with one ``reduceByKey`` over content hashes (the
   first copy in input order wins) and are never extracted: extraction is the costly
   part, and it stays on the executors.
2. **Stories**: the executors compute each article's content hash, MinHash signature
   and events along with its extraction; the driver streams them in input order
   (``toLocalIterator``) into the very deduper the batch runner uses, then adds the
   exact repeats, as the batch runner does. The driver holds one signature per article
   (128 numbers), not the texts. The outcome is the batch run's, line for line.

The stories and merged events go to ``OUTPUT/_stories`` and ``OUTPUT/_events`` (text
files of JSON lines; the leading underscore keeps them out of Parquet reads).
"""
from __future__ import annotations

STORIES_DIR = "_stories"
EVENTS_DIR = "_events"


def text_key(doc) -> str | None:
    """The content hash of a document's text; None for what the pipeline will refuse."""
    from hadath.scale.dedup import content_hash
    if isinstance(doc, dict) and isinstance(doc.get("text"), str):
        return content_hash(doc["text"])
    return None


def split_repeats(records):
    """``(where, doc, n)`` records → (records to extract, exact repeats as
    ``(n, id, id of the first copy, source)``)."""
    keyed = records.map(lambda r: (text_key(r[1]), r))
    texts = keyed.filter(lambda kv: kv[0] is not None)
    first = texts.mapValues(lambda r: (r[2], str(r[1].get("id")))).reduceByKey(min)
    joined = texts.join(first)          # (key, (record, (n of the first, its id)))
    originals = joined.filter(lambda kv: kv[1][0][2] == kv[1][1][0]).map(lambda kv: kv[1][0])
    others = keyed.filter(lambda kv: kv[0] is None).map(lambda kv: kv[1])
    repeats = joined.filter(lambda kv: kv[1][0][2] != kv[1][1][0]).map(
        lambda kv: (kv[1][0][2], str(kv[1][0][1].get("id")), kv[1][1][1],
                    kv[1][0][1].get("source")))
    return originals.union(others), repeats


def write_stories(spark, good, repeats, output: str) -> tuple[int, int]:
    """Group the extracted articles (the job's rows, with ``n``, ``digest``,
    ``signature`` and ``events``) and the repeats into stories; write both files.
    Returns (exact repeats, stories)."""
    import orjson

    from hadath.scale.dedup import StoryDeduper

    deduper = StoryDeduper()
    rows = good.select("n", "id", "source", "digest", "signature", "events").orderBy("n")
    for row in rows.toLocalIterator():
        deduper.add_hashed(row["id"], row["source"], orjson.loads(row["events"]),
                           row["digest"], list(row["signature"]))
    found = sorted(repeats.collect())
    for _, dup_id, of_id, source in found:
        deduper.add_duplicate(dup_id, of_id, source)
    groups = deduper.groups()
    base = output.rstrip("/")
    _write_lines(spark, f"{base}/{STORIES_DIR}", [g.to_dict() for g in groups])
    _write_lines(spark, f"{base}/{EVENTS_DIR}", [e.to_dict() for e in deduper.merged_events()])
    return len(found), len(groups)


def _write_lines(spark, path: str, records: list[dict]) -> None:
    """One text file of JSON lines at ``path/part-00000`` (any Hadoop file system)."""
    import orjson
    lines = [orjson.dumps(r).decode("utf-8") for r in records]
    spark.sparkContext.parallelize(lines, 1).saveAsTextFile(path)
