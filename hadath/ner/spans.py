"""From article tokens to model tokens, and from tagged tokens to mention spans.

ANERcorp, which the model learns from, writes punctuation as tokens of its own and
keeps clitics attached (``ولبنان``). hadath's article tokens are word runs only, so
``model_tokens`` adds every non-space character between two words as its own token,
the tokenization the model was trained on.

A tagged span keeps its clitics (ANERcorp's convention); GUIDELINES.md wants them
off: ``ولافروف`` → ``لافروف``, ``والأمم المتحدة`` → ``الأمم المتحدة``, and
``للأمم المتحدة`` → ``لأمم المتحدة`` (only the preposition goes). ``clitic_length``
decides how many leading characters of a span's first token to drop.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from hadath.model import Token
from hadath.text.normalize import normalize_ar, normalize_ar_with_offsets


@dataclass(frozen=True, slots=True)
class ModelToken:
    start: int
    end: int
    text: str


def model_tokens(text: str, words: Sequence[Token], start: int, end: int) -> list[ModelToken]:
    """The words of ``text[start:end]`` with each punctuation character between them."""
    out: list[ModelToken] = []
    pos = start
    for w in words:
        out.extend(_punct(text, pos, w.start))
        out.append(ModelToken(w.start, w.end, w.text))
        pos = w.end
    out.extend(_punct(text, pos, end))
    return out


def _punct(text: str, a: int, b: int) -> list[ModelToken]:
    return [ModelToken(i, i + 1, text[i]) for i in range(a, b) if not text[i].isspace()]


# (normalized prefix, letters to drop) where the article follows: keep ال, and of
# the contracted لل (ل + ال without its alef) keep the article's ل
_BEFORE_ARTICLE = (("وبال", 2), ("فبال", 2), ("وكال", 2), ("وال", 1), ("فال", 1),
                   ("بال", 1), ("كال", 1), ("ولل", 2), ("فلل", 2), ("لل", 1))
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def clitic_length(norm: str, known: Callable[[str], bool]) -> int:
    """Normalized letters of proclitics to drop from the first token of a name.

    Before the article the clitics always go (``لل`` keeps one ``ل``). Otherwise a
    conjunction (و ف) goes when the rest is at least three letters and the whole word
    is not itself a known name (``وليد``, ``واشنطن``); ``ف``, which starts many names
    (``فلسطين``, ``فيصل``), and a preposition (ب ل ك, maybe after و/ف) go only when the
    rest is a known name and the whole word is not (``لبنان`` stays, ``بلبنان`` →
    ``لبنان``).
    """
    for prefix, drop in _BEFORE_ARTICLE:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            return drop
    if known(norm):
        return 0
    for n in (2, 1):
        head, rest = norm[:n], norm[n:]
        if len(rest) < 3:
            continue
        if n == 2 and head[0] in _CONJ and head[1] in _PREP and known(rest):
            return 2
        if n == 1 and head in _PREP + ("ف",) and known(rest):
            return 1
        if n == 1 and head == "و":
            return 1
    return 0


def strip_clitics(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """New start of the span ``text[start:end]`` once its first token lost its clitics."""
    first_end = start
    while first_end < end and not text[first_end].isspace():
        first_end += 1
    nt = normalize_ar_with_offsets(text[start:first_end])
    drop = clitic_length(nt.text, known)
    if drop <= 0 or drop >= len(nt.text):
        return start
    return start + nt.index[drop]


def split_conjoined_names(words: Sequence[str], a: int, b: int,
                          parts: dict[str, str]) -> list[tuple[int, int, bool]]:
    """A person span ``words[a:b]`` cut before every word that is و + a given name.

    The model, trained on ANERcorp, runs two coordinated persons together
    (``حسن سلطان وعلي الأسود`` as one name, romanized "… Ouali Al Aswad"); a word
    inside the span that is the conjunction و before a given name (``وعلي``,
    ``ومحمد``, ``وعبد``) starts a second person. A word that is itself a given name
    (``وليد``, ``وسام``, ``وديع``) is left alone. ``parts`` maps a normalized word to
    ``g``/``s``/``gs`` (given name, surname), as in the model's ``name_parts.tsv``.
    Each piece is (start, end, whether its first word begins with that و), the
    conjunction the caller leaves out of the mention even where the whole word is a
    known surname (``وعلي`` is one in the Maghreb).
    """
    def conjoined(word: str) -> bool:
        norm = normalize_ar(word)
        rest = norm[1:]
        return norm.startswith("و") and len(rest) >= 3 and "g" in parts.get(rest, "") \
            and "g" not in parts.get(norm, "")

    cuts = [a] + [i for i in range(a + 1, b) if conjoined(words[i])] + [b]
    return [(x, y, conjoined(words[x])) for x, y in zip(cuts, cuts[1:]) if y > x]
