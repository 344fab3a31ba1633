"""French words that exist: the spelling suggestion never « corrects » one of them (issue 13).

The word list is pyspellchecker's French dictionary (MIT licence, built from OpenSubtitles word frequencies),
folded like the search index folds words (no accents), loaded once per process.
"""

from functools import lru_cache

from .text import fold


@lru_cache(maxsize=1)
def _french_words() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(fold(word) for word in SpellChecker(language="fr").word_frequency.dictionary)


def is_french_word(word: str) -> bool:
    """True when the folded word is a French word (« sens », « mal », « mourir »), whatever the directory holds."""
    return fold(word) in _french_words()
