"""normalize_ar_with_offsets: its fast path gives exactly the per-character result."""
import pytest

from hadath.text.normalize import _DROP, _MAP, normalize_ar_with_offsets


def reference(text: str) -> tuple[str, tuple[int, ...]]:
    out, index = [], []
    for i, ch in enumerate(text):
        if ch not in _DROP:
            out.append(_MAP.get(ch, ch))
            index.append(i)
    index.append(len(text))
    return "".join(out), tuple(index)


@pytest.mark.parametrize("text", [
    "", "abc", "ً", "ًًa", "aًb", "قال الرئيسُ المصريّ عبد الفتّاح السيسي",
    "الأمــم المتّحدة ١٢٣ «سانا»", "دومًا وأبدًا", "إيران\u200fوتركيا",
])
def test_fast_path_matches_the_reference(text):
    nt = normalize_ar_with_offsets(text)
    assert (nt.text, nt.index) == reference(text)
