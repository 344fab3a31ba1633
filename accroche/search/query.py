"""Reading a query as people type it: places, ages, "gratuit", typos, synonym phrases → weighted query slots."""

import bisect
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .lexicon import is_french_word
from .memindex import MemoryIndex
from .synonyms import FLAG_WORDS
from .text import STOP_WORDS, find_phrases, stem, words

PREFIX_LIMIT = 40
SYNONYM_WEIGHT = 1.0
PREFIX_WEIGHT = 0.7
FUZZY_WEIGHT = 0.85
NESTED_WEIGHT = 0.9


@dataclass
class ParsedQuery:
    """What the engine understood from the query box."""

    normalized: str = ""  # folded words, for the anonymous log
    slots: list[list[tuple[str, float]]] = field(default_factory=list)  # each: alternative tokens and weights
    flags: set[str] = field(default_factory=set)  # free, anonymous, no_mandate
    place_text: str = ""  # a commune, locality or postal code typed in the query
    age: int | None = None  # "14 ans"
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → known word
    ignored: list[str] = field(default_factory=list)  # words found nowhere

    @property
    def has_text(self) -> bool:
        return bool(self.slots)


def _take_place(tokens: list[str], index: MemoryIndex) -> tuple[list[str], str]:
    for size in range(min(index.max_place_words, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            key = tuple(tokens[start : start + size])
            if key in index.places:
                if key == ("ans",) and start and tokens[start - 1].isdigit():
                    continue  # "14 ans" is an age, not the commune of Ans
                return tokens[:start] + tokens[start + size :], index.places[key]
    return tokens, ""


def _correct(word: str, index: MemoryIndex) -> str | None:
    """Returns the closest known word (1 edit for short words, 2 for long ones), the most frequent on ties.

    A real French word is never « corrected » (« je me sens mal » is not « je me sans mal »).
    """
    if len(word) < 4 or word.isdigit() or is_french_word(word):
        return None
    max_distance = 1 if len(word) < 7 else 2
    matches = process.extract(word, index.sorted_words, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=8)
    if not matches:
        return None
    best = min(matches, key=lambda m: (m[1], -index.word_counts.get(m[0], 0)))
    return best[0]


def _prefix_stems(prefix: str, index: MemoryIndex) -> list[str]:
    start = bisect.bisect_left(index.sorted_words, prefix)
    found = []
    for word in index.sorted_words[start : start + PREFIX_LIMIT * 4]:
        if not word.startswith(prefix):
            break
        token = stem(word)
        if token in index.postings and token not in found:
            found.append(token)
        if len(found) >= PREFIX_LIMIT:
            break
    return found


def parse_query(q: str, index: MemoryIndex) -> ParsedQuery:
    """Turns the query box into slots of alternative tokens (concepts, stems, corrections, prefixes)."""
    parsed = ParsedQuery()
    tokens = words(q)
    parsed.normalized = " ".join(tokens)[:200]
    for i in range(len(tokens) - 1):
        if tokens[i].isdigit() and tokens[i + 1] in ("an", "ans") and int(tokens[i]) <= 30:
            parsed.age = int(tokens[i])
            tokens = tokens[:i] + tokens[i + 2 :]
            break
    for i, token in enumerate(tokens):
        if len(token) == 4 and token.isdigit() and 1000 <= int(token) <= 9999:
            parsed.place_text = token
            tokens = tokens[:i] + tokens[i + 1 :]
            break
    if not parsed.place_text:
        tokens, parsed.place_text = _take_place(tokens, index)
    kept = []
    for i, token in enumerate(tokens):
        if token in FLAG_WORDS:
            parsed.flags.add(FLAG_WORDS[token])
        elif token == "mandat" and i and tokens[i - 1] == "sans":
            parsed.flags.add("no_mandate")
            if kept and kept[-1] == "sans":
                kept.pop()
        else:
            kept.append(token)
    typing_last = bool(q) and not q[-1].isspace()
    content = [t for t in kept if t not in STOP_WORDS]
    prefixes: dict[int, list[str]] = {}
    for i, token in enumerate(content):
        if index.knows(token) or token.isdigit():
            continue
        if typing_last and i == len(content) - 1 and len(token) >= 3:
            found = _prefix_stems(token, index)
            if found:
                prefixes[i] = found
                continue
        corrected = _correct(token, index)
        if corrected:
            content[i] = corrected
            if not (corrected.startswith(token) or token.startswith(corrected)):
                parsed.corrections[token] = corrected  # a typo, not a plural: worth a "Vouliez-vous dire"
    sequence = [stem(t) for t in content]
    spans, taken = [], set()
    matches = sorted(find_phrases(sequence, index.thesaurus.phrases), key=lambda s: (-(s[1] - s[0]), s[0]))
    for start, end, concepts in matches:
        if taken.isdisjoint(range(start, end)):
            spans.append((start, end, concepts))
            taken.update(range(start, end))
    slots: list[tuple[int, list[tuple[str, float]]]] = []
    for start, end, concepts in list(spans):
        if end - start > 1 and not any(c in index.postings for c in concepts):
            spans.remove((start, end, concepts))  # an unknown expression: its words count one by one
            taken.difference_update(range(start, end))
    for start, end, concepts in spans:
        slot = [(c, SYNONYM_WEIGHT) for c in concepts]
        for inner_start, inner_end, inner in matches:  # "décrochage scolaire" also means "décrochage"
            if start <= inner_start and inner_end <= end and (inner_start, inner_end) != (start, end):
                slot += [(c, NESTED_WEIGHT) for c in inner if c not in concepts]
        if end - start == 1:
            slot.append((sequence[start], 1.0))
        slots.append((start, slot))
    for i, token in enumerate(sequence):
        if i in taken:
            continue
        weight = 1.0 if content[i] in kept else FUZZY_WEIGHT
        slot = [(token, weight)] + [(p, PREFIX_WEIGHT) for p in prefixes.get(i, []) if p != token]
        slots.append((i, slot))
    for position, slot in sorted(slots, key=lambda s: s[0]):
        if any(token in index.postings for token, _ in slot):
            parsed.slots.append(slot)
        else:
            parsed.ignored.append(content[position])
    return parsed
