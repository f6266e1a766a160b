#!/usr/bin/env python3
"""Does hadath's tokenization cost the NER model anything against ANERcorp's own?

Each ANERcorp test sentence is joined with spaces, re-tokenized the way the ``ner``
stage does (``hadath.text.segment.tokenize`` words plus one token per punctuation
character, ``hadath.ner.spans.model_tokens``), tagged, and each ANERcorp token takes
the tag of the hadath token that starts where it starts. Prints how many sentences
tokenize identically and both F1 figures.

    python bench/ner_tokenization.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = ROOT.parent / "shared" / "data" / "anercorp" / "test.txt"


def main() -> int:
    from hadath.ner.conll import read_conll_file, ConllSentence
    from hadath.ner.spans import model_tokens
    from hadath.text.segment import tokenize
    from hadath.ner.tagger import CrfTagger
    from hadath.evaluate import score_conll
    gold = read_conll_file(str(TEST))
    t = CrfTagger()
    same = 0; ours_sents = []; spans_all = []
    for s in gold:
        text = " ".join(s.tokens)
        toks = model_tokens(text, tokenize(text), 0, len(text))
        same += [x.text for x in toks] == list(s.tokens)
        ours_sents.append([x.text for x in toks]); spans_all.append(toks)
    tags = t.tag_many(ours_sents)
    pred = []
    for s, toks, tg in zip(gold, spans_all, tags):
        # ANERcorp token i starts at offset pos; take the tag of our token starting there
        start_tag = {x.start: g for x, g in zip(toks, tg)}
        pos = 0; out = []
        for tok in s.tokens:
            out.append(start_tag.get(pos, "O")); pos += len(tok) + 1
        pred.append(ConllSentence(s.tokens, tuple(out), s.line))
    print("sentences tokenized identically:", same, "of", len(gold))
    base = score_conll(gold, [ConllSentence(s.tokens, tuple(x), s.line) for s, x in zip(gold, t.tag_many([s.tokens for s in gold]))])
    print("ANERcorp tokens F1", base["all"]["f1"], "| hadath tokens F1", score_conll(gold, pred)["all"]["f1"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
