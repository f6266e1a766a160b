#!/usr/bin/env python3
"""Build hadath/models/word_freq.tsv.gz: how common each Arabic word form is.

Source: the ``large_ar`` word list of the ``wordfreq`` package (Robyn Speer et al.;
code Apache-2.0, data CC BY-SA 4.0, built from Wikipedia, OPUS subtitles, news,
web text and Twitter). The NER features read it to tell everyday words from names
the training data never showed: a name seldom takes the article or a possessive
suffix, so ``بوش`` is common while ``البوش``/``بوشه`` are not, unlike ``كتاب``
(``hadath.ner.features``). Run after ``pip install wordfreq``:

    python scripts/build_word_freq.py hadath/models/word_freq.tsv.gz

Output (gzip, fixed timestamp so a rebuild is byte-identical): ``norm<TAB>zipf×10``,
keys normalized with hadath.text.normalize.normalize_ar (frequencies of forms that
normalize alike summed), Arabic letters only, Zipf ≥ 1.5 (about 300,000 forms).
Derived data: CC BY-SA 4.0, attribution in DATA_SOURCES.md.
"""
from __future__ import annotations

import gzip
import math
import re
import sys
from collections import Counter

from hadath.text.normalize import normalize_ar

_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
MIN_ZIPF = 1.5


def main(argv=None) -> int:
    from wordfreq import get_frequency_dict
    out = (argv or sys.argv[1:] or ["hadath/models/word_freq.tsv.gz"])[0]
    freq: Counter = Counter()
    for word, f in get_frequency_dict("ar", "large").items():
        norm = normalize_ar(word)
        if _ARABIC_WORD.match(norm):
            freq[norm] += f
    lines = []
    for norm in sorted(freq):
        zipf = math.log10(freq[norm]) + 9
        if zipf >= MIN_ZIPF:
            lines.append(f"{norm}\t{round(zipf * 10)}\n")
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                               filename="") as f:
        f.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} forms -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
