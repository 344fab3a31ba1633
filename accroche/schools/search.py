"""Finding a school site by name, commune or postal code, accent- and typo-tolerant like the directory.

The words are folded by the search app's own functions (accroche.search.text) and misspellings corrected by its
own corrector (accroche.search.query); the vocabulary is the ~1,250 sites' words, read in one query.
"""

import bisect
from dataclasses import dataclass, field
from types import SimpleNamespace

from accroche.geo.selectors import Place, distance_km, place_from_text
from accroche.search.memo import remember
from accroche.search.query import _correct
from accroche.search.text import STOP_WORDS, words

from .models import SchoolSite

# Words that say what is looked for, not which school (« CPMS de l'Athénée de Verviers »).
ROLE_WORDS = frozenset("cpms pms centre centres pse spse service services psycho medico social sante".split())
SCHOOL_WORDS = frozenset(
    "ecole ecoles athenee lycee college institut academie cefa implantation fondamentale secondaire "
    "primaire maternelle".split()
)
PREFIX_MIN = 3


@dataclass
class SiteResults:
    sites: list  # ranked SchoolSite rows (paginate in the view)
    place: Place | None = None
    unknown_place: bool = False
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → known word
    ignored: list[str] = field(default_factory=list)  # words found in no school


def _vocabulary(rows) -> SimpleNamespace:
    counts: dict[str, int] = {}
    for _fase, text in rows:
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
    return SimpleNamespace(word_counts=counts, sorted_words=sorted(counts))


def _current_vocabulary() -> SimpleNamespace:
    return _vocabulary(SchoolSite.objects.current().values_list("fase", "search_words"))


def _alternatives(token: str, vocabulary, corrections: dict) -> set[str]:
    """The known words a query word stands for: itself, the words it begins (3+ letters), or its correction."""
    if token in vocabulary.word_counts:
        found = {token}
    else:
        found = set()
    if len(token) >= PREFIX_MIN and not token.isdigit():
        start = bisect.bisect_left(vocabulary.sorted_words, token)
        for word in vocabulary.sorted_words[start : start + 200]:
            if not word.startswith(token):
                break
            found.add(word)
    if not found:
        corrected = _correct(token, vocabulary)
        if corrected:
            corrections[token] = corrected
            found.add(corrected)
    return found


def search_sites(*, q: str = "", lieu: str = "", queryset=None) -> SiteResults:
    """Returns the current school sites matching every meaningful word of `q`, within the commune of `lieu`."""
    sites = queryset if queryset is not None else SchoolSite.objects.current()
    results = SiteResults(sites=[])
    if lieu:
        results.place = place_from_text(text=lieu)
        if results.place is None:
            results.unknown_place = True
            return results
        if results.place.commune is not None:
            sites = sites.filter(commune=results.place.commune)
        elif lieu.strip().isdigit():
            sites = sites.filter(postal_code=lieu.strip())
    tokens = [w for w in dict.fromkeys(words(q)) if w not in STOP_WORDS]
    rows = list(sites.values_list("fase", "search_words"))
    scores = {fase: 0.0 for fase, _ in rows}
    if tokens:
        vocabulary = _vocabulary(SchoolSite.objects.current().values_list("fase", "search_words"))
        for token in tokens:
            alternatives = _alternatives(token, vocabulary, results.corrections)
            if not alternatives:
                results.ignored.append(token)
                continue
            for fase, text in rows:
                if fase not in scores:
                    continue
                site_words = text.split()
                if token in site_words:
                    scores[fase] += 2.0
                elif alternatives.intersection(site_words):
                    scores[fase] += 1.0
                else:
                    del scores[fase]
    ranked = list(SchoolSite.objects.filter(fase__in=list(scores)).select_related("commune"))
    for site in ranked:  # a site *in* the commune or postal code asked for comes before one merely named after it
        place_words = set(words(f"{site.commune_name} {site.locality} {site.postal_code}"))
        scores[site.fase] += 3.0 * len(place_words.intersection(tokens))
    ordered = sorted(ranked, key=lambda s: (-scores[s.fase], s.name.casefold(), s.fase))
    if results.place is not None:
        ordered.sort(key=lambda s: _distance(results.place, s))  # stable: relevance kept at equal distance
    results.sites = ordered
    return results


def _distance(place: Place, site: SchoolSite) -> float:
    if not site.has_position:
        return 999.0
    return distance_km(place.latitude, place.longitude, site.latitude, site.longitude)


def schools_named_in(q: str, *, limit: int = 6) -> list:
    """The sites a directory query names (« CPMS de l'Athénée de Verviers »), or [] when it names no school.

    Only queries with a school word (école, athénée, institut…) or a CPMS/PSE word are read as naming a school;
    the role words are dropped and the rest must match a few sites, all words found.
    """
    tokens = [w for w in words(q) if w not in STOP_WORDS]
    if not tokens or not (set(tokens) & (ROLE_WORDS | SCHOOL_WORDS)):
        return []
    rest = [t for t in tokens if t not in ROLE_WORDS]
    if not rest or not (set(rest) - SCHOOL_WORDS):
        return []
    # A word no school has would be ignored below, and then no school is named: answer at once from the vocabulary
    # (kept per data version, decision 0205) instead of reading every site (« mon fils ne veut plus aller à l'école »).
    vocabulary = remember("school-vocabulary", None, _current_vocabulary)
    if any(not _alternatives(token, vocabulary, {}) for token in dict.fromkeys(rest)):
        return []
    results = search_sites(q=" ".join(rest))
    if results.ignored or not results.sites:
        return []
    return results.sites[:limit] if len(results.sites) <= limit * 2 else []
