"""Story de-duplication: reprints of one wire story become one story, one event."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("datasketch")

from hadath.scale.batch import BatchConfig, run_batch  # noqa: E402
from hadath.scale.dedup import content_hash, dedup_stories  # noqa: E402

from wire_story import OUTLETS, REPRINTS, STORY, UNRELATED  # noqa: E402


def consult(sentence: int = 0) -> dict:
    """The event the story reports, as the events stage codes it (SPEC shape)."""
    return {"type": "CONSULT", "mode": "visit", "cameo": "042",
            "source": {"entity": "e1", "name_en": "Sergey Lavrov", "country": "RUS",
                       "sector": "GOV", "org": None},
            "target": [{"entity": "e3", "name_en": "Mevlut Cavusoglu", "country": "TUR",
                        "sector": "GOV", "org": None}],
            "date": "2023-03-07", "location": "e2", "sentence": sentence,
            "trigger": {"start": 0, "end": 3, "text": "وصل"}, "confidence": 0.8}


def story_docs(events=True) -> list[dict]:
    texts = [STORY, *REPRINTS]
    return [{"id": f"copy-{i}", "source": OUTLETS[i], "published": "2023-03-07",
             "text": text, "events": [consult()] if events else []}
            for i, text in enumerate(texts)]


def test_reprints_form_one_story_and_an_unrelated_story_stays_apart():
    docs = story_docs() + [{"id": "school", "source": "جريدة الشرق", "text": UNRELATED,
                            "events": []}]
    result = dedup_stories(docs)
    assert [g.articles for g in result.groups] == [
        ("copy-0", "copy-1", "copy-2", "copy-3"), ("school",)]
    assert result.exact_duplicates == 0


def test_story_and_three_reprints_give_one_event_with_four_articles():
    result = dedup_stories(story_docs())
    assert len(result.events) == 1
    event = result.events[0].to_dict()
    assert event["type"] == "CONSULT" and event["story"] == "copy-0"
    assert (event["NumArticles"], event["NumSources"], event["NumMentions"]) == (4, 4, 4)


def test_counts_mentions_sources_and_articles_like_gdelt():
    docs = story_docs()
    docs[1]["events"].append(consult(sentence=1))     # the story says it twice
    docs[2]["source"] = docs[0]["source"]             # one outlet printed it twice
    event = dedup_stories(docs).events[0]
    assert (event.num_mentions, event.num_sources, event.num_articles) == (5, 3, 4)


@pytest.mark.parametrize("variant", [
    STORY.replace("وزير", "وَزِير"),                  # diacritics
    STORY.replace(" ", "  ").replace("\n", "\n\n"),  # spacing
    STORY.replace("أنقرة", "انقرة"),                   # hamza spelling
])
def test_exact_repeats_share_a_content_hash(variant):
    assert content_hash(variant) == content_hash(STORY)
    result = dedup_stories([{"id": "a", "text": STORY, "events": [consult()]},
                            {"id": "b", "text": variant, "events": [consult()]}])
    assert result.groups[0].exact_duplicates == ("b",)
    assert result.events[0].num_articles == 2


def test_pipeline_events_of_reprints_merge(pipeline):
    articles = [pipeline({k: d[k] for k in ("id", "source", "published", "text")}).to_dict()
                for d in story_docs(events=False)]
    assert all(a["events"] for a in articles), "the pipeline codes the story's visit"
    result = dedup_stories(articles)
    assert len(result.groups) == 1
    assert max(e.num_articles for e in result.events) == 4


def test_batch_dedup_skips_exact_repeats_and_writes_stories(tmp_path):
    inputs = tmp_path / "wire.jsonl"
    docs = story_docs(events=False)
    docs.append({"id": "copy-4", "source": "قناة الخبر", "published": "2023-03-07",
                 "text": STORY.replace("لافروف", "لافروف ")})       # an exact repeat
    docs.append({"id": "school", "text": UNRELATED, "published": "2023-03-06"})
    inputs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                      encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchConfig(inputs=(str(inputs),), out_dir=str(out), workers=1,
                                    chunk_size=2, dedup=True))
    assert (summary.articles, summary.duplicates, summary.stories) == (5, 1, 2)
    stories = [json.loads(x) for x in (out / "stories.jsonl").read_text().splitlines()]
    assert stories[0]["num_articles"] == 5 and stories[0]["exact_duplicates"] == ["copy-4"]
    assert (out / "events.jsonl").exists()


def test_merged_events_export_with_counts(tmp_path):
    pd = pytest.importorskip("pandas")
    from hadath.io.export import write_merged_csv
    from hadath.scale.manifest import ChunkRecord, Manifest

    run = tmp_path / "run"
    run.mkdir()
    Manifest(str(run)).append(ChunkRecord(0, "part-00000.jsonl", ()))
    result = dedup_stories(story_docs())
    (run / "events.jsonl").write_text(
        "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result.events),
        encoding="utf-8")
    with (tmp_path / "stories.csv").open("w", encoding="utf-8", newline="") as f:
        assert write_merged_csv(str(run), f) == 1
    table = pd.read_csv(tmp_path / "stories.csv")
    row = table.iloc[0]
    assert (row["num_articles"], row["num_sources"], row["source_country"],
            row["target_country"]) == (4, 4, "RUS", "TUR")
    assert row["articles"] == "copy-0;copy-1;copy-2;copy-3"


def test_repeat_without_its_own_outlet_counts_under_the_first_copys_outlet():
    from hadath.scale.dedup import StoryDeduper
    deduper = StoryDeduper()
    deduper.add({"id": "wire-1", "source": "وكالة الأنباء الأولى", "text": STORY,
                 "events": [consult()]})
    deduper.add_duplicate("wire-1", "wire-1", None)   # the same story under the same id
    event = deduper.merged_events()[0]
    assert (event.num_articles, event.num_sources) == (2, 1)
