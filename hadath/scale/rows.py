"""One row layout for processed articles, shared by batch Parquet output and Spark.

An article's annotations nest several levels deep and grow optional fields as the
stages improve (SPEC.md only ever adds fields), so a fully typed nested Parquet schema
would change with every release and differ between chunks whose articles happen to
lack a field. The row keeps the columns people filter on (id, dates, outlet, counts)
typed, and the whole SPEC object as one JSON string in ``doc``; ``hadath export``
turns that into flat event tables. ``month`` (``YYYY-MM`` or ``unknown``) is the
partition column of the Spark output.
"""
from __future__ import annotations

import orjson

COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("published", "string"),
    ("month", "string"),
    ("source", "string"),
    ("url", "string"),
    ("title", "string"),
    ("n_sentences", "int"),
    ("n_events", "int"),
    ("doc", "string"),
)
UNKNOWN_MONTH = "unknown"


def month_of(published: str | None) -> str:
    return published[:7] if published and len(published) >= 7 else UNKNOWN_MONTH


def article_row(doc: dict) -> dict:
    """The row of one SPEC output object."""
    return {"id": doc["id"], "published": doc.get("published"),
            "month": month_of(doc.get("published")), "source": doc.get("source"),
            "url": doc.get("url"), "title": doc.get("title"),
            "n_sentences": len(doc.get("sentences") or ()),
            "n_events": len(doc.get("events") or ()),
            "doc": orjson.dumps(doc).decode("utf-8")}


def arrow_schema():
    import pyarrow as pa
    types = {"string": pa.string(), "int": pa.int32()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def spark_schema():
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType
    types = {"string": StringType(), "int": IntegerType()}
    return StructType([StructField(name, types[kind], True) for name, kind in COLUMNS])


def write_parquet(rows: list[dict], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), path)
