"""Language of a dispatch, detected once for the whole text (not per word)."""

from __future__ import annotations

from functools import lru_cache

# The languages dispatches arrive in; restricting the model to them avoids rare-language noise.
SUPPORTED = ("fr", "en", "es", "de", "pt", "it", "nl")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    # A private identifier, so other users of py3langid keep its full language set.
    return _load_identifier(langs=list(SUPPORTED))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; English when the text says too little."""
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 8:
        return "en"
    lang, _ = _identifier().classify(sample)
    return lang
