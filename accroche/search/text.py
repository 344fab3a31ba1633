"""French text analysis for the search engine: accent folding, stop words, stemming, phrase matching."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("french")
_WORD = re.compile(r"[a-z0-9]+")

# Words that carry no meaning for finding a service (accent-folded). "sans" and "plus" are kept out on purpose:
# they are meaningful inside phrases ("sans mandat", "ne veut plus aller") which are matched before stop words go.
STOP_WORDS = frozenset(
    """
    a ai as au aux avec c ca ce ces cet cette chez d dans de des du elle elles en est et etre il ils j je
    l la le les leur leurs lui m ma mais me mes moi mon n ne nos notre nous on ont ou par pas pour qu que qui
    quoi s sa se ses si son sont suis sur t ta te tes toi ton tu un une vos votre vous y
    plus tres trop bien aussi comme quand faire fait est-ce besoin cherche recherche trouver veux voudrais
    quel quelle quels quelles ici service services
    """.split()
)


def fold(text: str) -> str:
    """Returns the text lower-cased, without accents, ligatures expanded (œ → oe)."""
    text = (text or "").lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Returns the folded words of a text (letters and digits), stop words included."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Returns the French stem of a folded word (stemmed twice so "harcelee" and "harcelement" meet)."""
    if len(word) <= 3 or word.isdigit():
        return word
    return _STEMMER.stemWord(_STEMMER.stemWord(word))


def stems(text: str) -> list[str]:
    """Returns the stems of the meaningful words of a text, in order."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def phrase_key(text: str) -> tuple[str, ...]:
    """Returns the stem sequence that represents a phrase (synonym or everyday expression)."""
    return tuple(stems(text))


def find_phrases(sequence: list[str], phrases: dict[str, list[tuple[tuple[str, ...], object]]]):
    """Yields (start, end, value) for every known phrase found in a stem sequence.

    `phrases` maps a first stem to the (stem tuple, value) pairs that start with it (longest first).
    """
    for start, first in enumerate(sequence):
        for key, value in phrases.get(first, ()):
            end = start + len(key)
            if tuple(sequence[start:end]) == key:
                yield start, end, value
