#!/usr/bin/env python3
"""Build hadath/models/name_parts.tsv: Arabic-script given names and surnames.

Source: the name index shipped in the ``arabic-name-romanizer`` wheel (MIT package;
the index is derived from Wikidata labels and the Algerian Name Transcription
Corpus, both CC0 1.0). The NER features use it to recognise a person's name part
that the training data never showed. Run after ``pip install arabic-name-romanizer``:

    python scripts/build_name_parts.py > hadath/models/name_parts.tsv

Output: ``norm<TAB>given<TAB>surname`` (attestation counts), keys normalized with
hadath.text.normalize.normalize_ar, only parts attested at least twice.
"""
from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from importlib import resources

from hadath.text.normalize import normalize_ar


def main() -> int:
    db = resources.files("arabic_name_romanizer") / "resources" / "names.sqlite3"
    con = sqlite3.connect(str(db))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, role, n in con.execute("select arabic_key, role, sum(count) from units "
                                    "group by arabic_key, role"):
        for part in key.split():
            norm = normalize_ar(part)
            if role == "given":
                counts[norm][0] += n
            elif role == "surname":
                counts[norm][1] += n
    out = sys.stdout
    out.write("norm\tgiven\tsurname\n")
    for norm in sorted(counts):
        g, s = counts[norm]
        if g + s >= 2 and len(norm) >= 2:
            out.write(f"{norm}\t{g}\t{s}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
