"""Readers: every archive format yields SPEC input documents with their dates."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from hadath.io.readers import BadInput, InputDoc, read_documents

# Original sentences written for these tests (not taken from any outlet).
STORY = ("أعلن وزير الزراعة افتتاح سوق جديد للمزارعين في مدينة حمص صباح الأحد.\n"
         "وقال الوزير إن السوق سيخدم أكثر من ألف أسرة في الريف المجاور.")
OTHER = "استقبل رئيس البلدية وفدا من التجار لبحث أسعار الخبز في الأسواق الشعبية."


def docs(paths, **kw):
    items = list(read_documents([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, InputDoc)], [i for i in items
                                                           if isinstance(i, BadInput)]


def test_txt_file_name_is_the_id(tmp_path):
    (tmp_path / "homs-market.txt").write_text(STORY, encoding="utf-8")
    good, bad = docs([tmp_path / "homs-market.txt"], published="2023-03-05")
    assert not bad
    assert good[0].doc == {"id": "homs-market", "text": STORY, "published": "2023-03-05"}


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz", "a.ndjson"])
def test_jsonl_plain_and_gzipped(tmp_path, name):
    lines = [{"id": "m1", "text": STORY, "published": "2023-03-05"},
             {"id": "m2", "text": OTHER}]
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    good, bad = docs([path], published="2023-01-01")
    assert [g.doc["id"] for g in good] == ["m1", "m2"]
    # a document's own date wins; --published fills only the missing one
    assert [g.doc["published"] for g in good] == ["2023-03-05", "2023-01-01"]
    assert str(good[1].origin) == f"{path}:2"


def test_json_array_file(tmp_path):
    path = tmp_path / "day.json"
    path.write_text(json.dumps([{"id": "a1", "text": STORY}, {"id": "a2", "text": OTHER}],
                               ensure_ascii=False), encoding="utf-8")
    good, bad = docs([path])
    assert [g.doc["id"] for g in good] == ["a1", "a2"] and not bad
    assert str(good[1].origin) == f"{path}:2"


def test_bad_json_line_is_reported_with_its_line_and_reading_goes_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok1", "text": "نص"}\n{"id": "broken", \n'
                    '{"id": "ok2", "text": "نص آخر"}\n', encoding="utf-8")
    good, bad = docs([path])
    assert [g.doc["id"] for g in good] == ["ok1", "ok2"]
    assert str(bad[0].origin) == f"{path}:2" and "JSON" in bad[0].reason


def test_corrupt_gzip_is_a_bad_input_not_a_crash(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "x", "text": "t"}\n' * 50)[:30])
    good, bad = docs([path])
    assert bad and "gzip" in bad[-1].reason


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    good, bad = docs([tmp_path])
    assert [g.doc["id"] for g in good] == ["a", "z"] and not bad


HTML = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح سوق للمزارعين في حمص</title>
<meta property="article:published_time" content="2023-03-05T09:30:00+03:00">
<meta property="og:site_name" content="جريدة الاختبار">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>افتتاح سوق للمزارعين في حمص</h1>
<p>أعلن وزير الزراعة افتتاح سوق جديد للمزارعين في مدينة حمص صباح الأحد، في خطوة
قال إنها تهدف إلى خفض أسعار الخضار وتقليل عدد الوسطاء بين الحقل والمستهلك.</p>
<p>وقال الوزير إن السوق سيخدم أكثر من ألف أسرة في الريف المجاور، وإن الوزارة تدرس
افتتاح أسواق مماثلة في حماة وإدلب خلال الأشهر المقبلة إذا نجحت التجربة الأولى.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_main_text_and_published_date(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "homs.html"
    path.write_text(HTML, encoding="utf-8")
    good, bad = docs([path])
    assert not bad
    doc = good[0].doc
    assert doc["id"] == "homs" and doc["published"] == "2023-03-05"
    assert "سيخدم أكثر من ألف أسرة" in doc["text"]
    assert "الرئيسية" not in doc["text"] and "جميع الحقوق" not in doc["text"]
    assert doc["source"] == "جريدة الاختبار"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>http://news.test/</link>
<item><title>سوق للمزارعين</title><link>http://news.test/1</link><guid>news-test-1</guid>
<pubDate>Sun, 05 Mar 2023 09:30:00 GMT</pubDate>
<description>&lt;p&gt;أعلن وزير الزراعة افتتاح سوق جديد.&lt;/p&gt;&lt;p&gt;وقال إنه يخدم ألف أسرة.&lt;/p&gt;</description>
</item>
<item><title>الخبز</title><link>http://news.test/2</link>
<description>استقبل رئيس البلدية وفدا من التجار.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة الاختبار</title>
<entry><id>tag:news.test,2023:7</id><title>مياه</title>
<link href="http://news.test/7"/><updated>2023-04-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;بدأت البلدية إصلاح شبكة المياه في الحي الشرقي.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_with_dates_and_html_stripped(tmp_path):
    pytest.importorskip("feedparser")
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    good, bad = docs([path])
    assert not bad
    first, second = (g.doc for g in good)
    assert first["id"] == "news-test-1" and first["published"] == "2023-03-05"
    assert first["text"] == "أعلن وزير الزراعة افتتاح سوق جديد.\nوقال إنه يخدم ألف أسرة."
    assert first["source"] == "وكالة الاختبار" and first["url"] == "http://news.test/1"
    # no guid: the link is the id; no date: published stays null
    assert second["id"] == "http://news.test/2" and second["published"] is None


def test_atom_feed(tmp_path):
    pytest.importorskip("feedparser")
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    good, _ = docs([path])
    assert good[0].doc["published"] == "2023-04-02"
    assert good[0].doc["text"] == "بدأت البلدية إصلاح شبكة المياه في الحي الشرقي."


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")),
                http_headers=headers))


def test_warc_html_responses_only(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("http://news.test/homs", "text/html; charset=utf-8", HTML),
                 ("http://news.test/logo.css", "text/css", "body {color: red}")])
    good, bad = docs([path])
    assert len(good) == 1 and not bad
    doc = good[0].doc
    assert doc["url"] == "http://news.test/homs" and doc["published"] == "2023-03-05"
    assert doc["id"].startswith("urn:uuid:")
    assert "سوق جديد للمزارعين" in doc["text"]


def test_missing_file_is_reported(tmp_path):
    _, bad = docs([tmp_path / "nope.jsonl"])
    assert bad[0].reason == "no such file or directory"
