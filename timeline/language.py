"""Language of a dispatch, detected once for the whole text (not per word).

Most dispatches say which language they are in with their first few hundred characters of
function words (`le`, `the`, `der`, `que`...): counting those is fast and, when one language
clearly leads, as reliable as a statistical model. When languages that share many of them
(French and Spanish: `de`, `la`, `en`, `que`) come close, the words only one language has
decide. Short or mixed texts, where still no language leads, go to py3langid (over the
first 4000 characters), which is about twenty times slower.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# The languages dispatches arrive in; restricting the model to them avoids rare-language noise.
SUPPORTED = ("fr", "en", "es", "de", "pt", "it", "nl")

# Frequent function words, each a strong sign of its language (words shared by two languages,
# like `de` or `a`, count for both; the margin below makes them harmless).
FUNCTION_WORDS = {
    "fr": "le la les de des du d l qu un une et en à est dans pour que qui sur au aux avec "
    "par pas ce cette "
    "il elle ils ont sont été était mais ou leur leurs plus se sa son ses nous vous où "
    "aussi après avant depuis entre sous selon lors tout très fait",
    "en": "the and of to in is that for on with was were said by as at from has have had s "
    "its it this which be are but not an will would been their they he she who after "
    "over about than more into",
    "es": "el la los las del que y en por con una para es se al lo como más pero sus su "
    "fue han ha este esta entre sobre también según desde sin muy hasta cuando ya",
    "de": "der die das und ist nicht den dem ein eine zu mit von auf für sich des im sie "
    "es auch bei nach aus wie wird wurde werden hat haben war sind noch nur über vor "
    "zum zur einer einem eines",
    "pt": "o os as do da dos das em no na nos nas para com uma não por que ao à mais mas "
    "foi são seu sua como também pelo pela entre sobre até quando já após segundo",
    "it": "il di che è la per un una del della dei delle con non sono nel nella gli al "
    "alla anche più ma come dopo tra questo questa stato essere ha hanno",
    "nl": "de het een en van in is op dat niet met voor zijn aan door bij ook maar dan "
    "naar om nog wordt werd worden heeft hebben als uit tot over dit deze",
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in _words.split():
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)
# Lower-case words of the Latin alphabets (ß to ÿ: the accented letters of Latin-1).
WORD = re.compile(r"[a-zß-ÿ]+")
# The fast path cuts the same words out of Latin-1 bytes (every other character a "?"): each
# byte of a letter of WORD kept, every other byte a space, split() does the rest.
_LETTERS_ONLY = bytes(b if ord("a") <= b <= ord("z") or b >= ord("ß") else 32 for b in range(256))
_LANGS_OF_BYTES = {word.encode("latin-1"): langs for word, langs in _LANGS_OF.items()}

SAMPLE = 700  # characters read by the fast path
MIN_HITS = 12  # function words the leading language must have
MARGIN = 2.0  # ... at least this many times as many as the next one
DISTINCTIVE_MARGIN = 3.0  # ... counting only words of one language, which are rarer
LONG_SAMPLE = 4000  # characters read when the first ones do not settle it


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    # A private identifier, so other users of py3langid keep its full language set.
    return _load_identifier(langs=list(SUPPORTED))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; English when the text says too little."""
    fast = _by_function_words(text[:SAMPLE])
    if fast is not None:
        return fast
    # Spanish, Portuguese and Italian share many function words with French: their own
    # words (`el`, `y`, `los`; `não`, `os`) still tell them apart, over a longer sample if need be.
    for size in (SAMPLE, LONG_SAMPLE):
        distinctive = _by_distinctive_words(text[:size])
        if distinctive is not None:
            return distinctive
    sample = text[:LONG_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 8:
        return "en"
    lang, _ = _identifier().classify(sample)
    return lang


def _function_word_hits(sample: str, distinctive_only: bool = False) -> dict[str, int]:
    """How many function words of each language the sample has (`distinctive_only`: only
    the words that belong to one language)."""
    hits = dict.fromkeys(FUNCTION_WORDS, 0)
    words = sample.lower().encode("latin-1", "replace").translate(_LETTERS_ONLY).split()
    # counted by the languages they belong to: fewer kinds than words
    for langs, count in Counter(map(_LANGS_OF_BYTES.get, words)).items():
        if langs is not None and not (distinctive_only and len(langs) > 1):
            for lang in langs:
                hits[lang] += count
    return hits


def _leader(hits: dict[str, int], margin: float) -> str | None:
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= MIN_HITS and top >= margin * second:
        return best
    return None


def _by_function_words(sample: str) -> str | None:
    """The language whose function words clearly dominate the sample, or None."""
    return _leader(_function_word_hits(sample), MARGIN)


def _by_distinctive_words(sample: str) -> str | None:
    """The language whose own function words (shared by no other) clearly dominate."""
    return _leader(_function_word_hits(sample, distinctive_only=True), DISTINCTIVE_MARGIN)
