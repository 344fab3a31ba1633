"""The directory search engine: one function behind the search page, the map, the pathways and the API.

`search_services(params, *, queryset=None) -> SearchResults` is the contract other apps rely on. Scoring runs in
Python over an in-memory inverted index built from the SearchDocument table, identical on SQLite and PostgreSQL
(docs/decisions/0030-search-engine-own-index.md).
"""

import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, mul, sub

from django.db.models import Prefetch

from accroche.directory.choices import Scope, Tristate
from accroche.directory.models import Service, ServiceAtLocation
from accroche.geo.selectors import Place, distance_km, place_from_text, plateforme_for_commune

from .memindex import KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON, MemoryIndex, current_index, from_bits, to_bits
from .memo import remember
from .params import SearchParams
from .query import ParsedQuery, parse_query
from .text import fold

_WORD = re.compile(r"[^\W_]+")

FACET_DIMENSIONS = ("plateforme", "type", "besoin", "public", "gratuit", "anonyme", "sans_mandat", "ligne")
WIDE_SCOPE_KM = 20.0  # a province- or FWB-wide service counts as this near (it serves you, from afar)
NOT_LOCATED_KM = 999.0
PLACES_KEPT = 64  # per index: the distances from the places searched most recently (160 KB each on 20,000 services)
LOAD_CHUNK = 200


class Hit:
    """One ranked service; the Service row is loaded on first access (whole pages at a time)."""

    __slots__ = ("service_id", "_service", "score", "distance_km", "covers_place", "_loader", "card", "card_html")

    def __init__(self, service=None, score=0.0, distance_km=None, covers_place=False, *, service_id=None, loader=None):
        self._service = service
        self.service_id = service.pk if service is not None else service_id
        self.score = score
        self.distance_km = distance_km
        self.covers_place = covers_place
        self._loader = loader
        self.card = None  # the search page's result card and its HTML (cards.py), set by `HitList.with_cards()`
        self.card_html = ""

    @property
    def service(self) -> Service:
        if self._service is None and self._loader is not None:
            self._loader([self])
        return self._service

    @service.setter
    def service(self, value):
        self._service = value

    def __repr__(self):
        return f"Hit({self.service_id}, score={self.score:.2f}, distance_km={self.distance_km})"


class HitList(Sequence):
    """The ranked hits, a sequence that loads services in bulk only for the slices actually used."""

    def __init__(self, order: list[int], make_hit, queryset, *, cards: bool = False):
        self._order = order
        self._make_hit = make_hit
        self._queryset = queryset
        self._hits: dict[int, Hit] = {}
        self._cards = cards

    def with_cards(self) -> "HitList":
        """The same ranking, whose slices carry result cards (`hit.card`) instead of loading Service rows."""
        return HitList(self._order, self._make_hit, self._queryset, cards=True)

    def __len__(self):
        return len(self._order)

    def _hit(self, rank: int) -> Hit:
        if rank not in self._hits:
            self._hits[rank] = self._make_hit(self._order[rank], self.load)
        return self._hits[rank]

    def __getitem__(self, item):
        if isinstance(item, slice):
            hits = [self._hit(r) for r in range(*item.indices(len(self._order)))]
            if self._cards:
                return _with_cards(hits, self._queryset)
            self.load(hits)
            # A listing hidden or deleted since the index was last written (the worker catches up within seconds)
            # is left out at once: a hit handed out always has its service.
            return [h for h in hits if h._service is not None]
        if item < 0:
            item += len(self._order)
        if not 0 <= item < len(self._order):
            raise IndexError(item)
        return self._hit(item)

    def __iter__(self):
        for start in range(0, len(self._order), LOAD_CHUNK):
            yield from self[start : start + LOAD_CHUNK]

    def load(self, hits: list[Hit]) -> None:
        """Fetches the services of these hits in one query (with what a result card shows)."""
        missing = [h for h in hits if h._service is None]
        if not missing:
            return
        services = {s.pk: s for s in card_queryset(self._queryset).filter(pk__in=[h.service_id for h in missing])}
        for hit in missing:
            hit._service = services.get(hit.service_id)


def _with_cards(hits: list[Hit], queryset) -> list[Hit]:
    """Attaches their cards to hits; hidden or deleted listings (and those outside `queryset`) are left out."""
    from .cards import attach_cards

    if queryset is not None:
        allowed = set(queryset.filter(pk__in=[h.service_id for h in hits]).values_list("pk", flat=True))
        hits = [h for h in hits if h.service_id in allowed]
    return attach_cards(hits)


def card_queryset(queryset=None):
    """Returns services with what a result card needs, prefetched."""
    base = queryset if queryset is not None else Service.objects.public()
    return base.with_terms().prefetch_related(
        "phones",
        Prefetch("service_at_locations", queryset=ServiceAtLocation.objects.select_related("location")),
    )


@dataclass
class SearchResults:
    hits: Sequence[Hit]  # all matching services, ranked (paginate in the view)
    place: Place | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str = ""  # "Vouliez-vous dire …" (the query with typos corrected), or ""
    query: ParsedQuery = field(default_factory=ParsedQuery)
    place_from_query: bool = False  # the place came from a word of the query ("psy verviers")
    unknown_place: bool = False  # `lieu` named no known commune or postal code
    broader: Sequence[Hit] | None = None  # the same query without its filters (when asked and few results)

    @property
    def total(self) -> int:
        return len(self.hits)


def _nearest_commune(lat: float, lon: float):
    from accroche.geo.models import Commune

    rows = Commune.objects.values_list("pk", "latitude", "longitude")  # tuples: cheaper than 600 instances
    best = min(rows, key=lambda row: distance_km(lat, lon, row[1], row[2]), default=None)
    if best is not None and distance_km(lat, lon, best[1], best[2]) <= 12:
        return Commune.objects.filter(pk=best[0]).first()
    return None


def _place(text: str) -> Place | None:
    return remember("place", text.strip().lower(), lambda: place_from_text(text=text))


def resolve_place(params: SearchParams, parsed: ParsedQuery) -> tuple[Place | None, bool, bool]:
    """Returns (place, came from the query, unknown place asked) for the params and the parsed query."""
    if params.lat is not None and params.lon is not None:
        return Place("Ma position", params.lat, params.lon, _nearest_commune(params.lat, params.lon)), False, False
    if params.lieu:
        place = _place(params.lieu)
        return place, False, place is None
    if parsed.place_text:
        place = _place(parsed.place_text)
        return place, place is not None, False
    return None, False, False


def _filter_masks(params: SearchParams, index: MemoryIndex, age: int | None) -> dict[str, int]:
    masks = {}
    bits = index.bits
    if params.plateforme:
        masks["plateforme"] = bits.get(("plateforme", params.plateforme), 0)
    for dimension in ("type", "besoin", "public"):
        codes = getattr(params, dimension)
        if codes:
            mask = 0
            for code in codes:
                mask |= bits.get((dimension, code), 0)
            masks[dimension] = mask
    for dimension in ("gratuit", "anonyme", "sans_mandat"):
        if getattr(params, dimension):
            masks[dimension] = bits.get((dimension, "1"), 0)
    if params.ligne:
        masks["ligne"] = bits.get(("ligne", params.ligne), 0)
    if age is not None:
        masks["age"] = index.age_bits(age)
    return masks


def _facets(index: MemoryIndex, base: int, masks: dict[str, int]) -> dict[str, dict[str, int]]:
    """Counts per filter value, each dimension counted with every other active filter applied."""
    facets: dict[str, dict[str, int]] = {d: {} for d in FACET_DIMENSIONS}
    others = {}
    for dimension in FACET_DIMENSIONS:
        mask = base
        for name, value in masks.items():
            if name != dimension:
                mask &= value
        others[dimension] = mask
    for (dimension, value), bits in index.bits.items():
        if dimension in facets and value:
            count = (bits & others[dimension]).bit_count()
            if count:
                facets[dimension][value] = count
    return facets


def _merge_max(best: dict[int, float], other: dict[int, float]) -> dict[int, float]:
    """Returns the per-document maximum of two weight maps (C-speed on the non-overlapping part)."""
    merged = {**best, **other}
    common = best.keys() & other.keys()
    if common:
        merged.update(zip(common, map(max, map(best.__getitem__, common), map(other.__getitem__, common)), strict=True))
    return merged


def _score(parsed: ParsedQuery, index: MemoryIndex) -> dict[int, float]:
    """Sums, per document, the best weight × idf of each query slot; keeps documents matching enough slots."""
    scores: dict[int, float] = {}
    matched: Counter = Counter()
    summed_slots = 0
    common: set[int] = set()
    for slot in parsed.slots:
        best: dict[int, float] = {}
        for token, weight in slot:
            posting = index.postings.get(token)
            if not posting:
                continue
            if weight != 1.0:
                posting = dict(zip(posting, map(mul, posting.values(), repeat(weight)), strict=True))
            scaled = posting
            best = _merge_max(best, scaled) if best else dict(scaled)
        if not best:
            continue
        matched.update(best.keys())
        summed_slots += 1
        if not scores:
            scores = best
            continue
        common = scores.keys() & best.keys()
        summed = {**scores, **best}
        pairs = map(add, map(scores.__getitem__, common), map(best.__getitem__, common))
        summed.update(zip(common, pairs, strict=True))
        scores = summed
    n = len(parsed.slots)
    if n <= 1:
        return scores
    if n == 2 and summed_slots == 2:  # both slots needed, factor 1: the documents of both (C-speed)
        return dict(zip(common, map(scores.__getitem__, common), strict=True))
    need = n if n <= 2 else (n - 1 if n <= 4 else math.ceil(0.6 * n))
    return {i: s * (matched[i] / n) ** 2 for i, s in scores.items() if matched[i] >= need}


def _distances(index: MemoryIndex, place: Place) -> tuple[array, array, frozenset[int]]:
    """Returns (effective km, proximity factor of every document, the documents whose area covers the place).

    The proximity factor multiplies a text score: 1 within 3 km, falling towards 0.4 far away.

    The same for every search near this place while the index lasts: kept on the index (the last `PLACES_KEPT`
    places), so a search near a known postal code costs a lookup instead of a pass over every location.
    """
    key = (place.latitude, place.longitude, place.commune.nis_code if place.commune is not None else None)
    found = index.place_distances.get(key)
    if found is not None:
        return found
    px, py = place.longitude * KM_PER_DEGREE_LON, place.latitude * KM_PER_DEGREE_LAT
    dists = list(map(math.hypot, map(sub, index.point_x, repeat(px)), map(sub, index.point_y, repeat(py))))
    nearest = dict(zip(index.point_doc, dists, strict=True))  # right for services with one location…
    for i, points in index.multi_point_docs.items():  # …the few with several keep their nearest
        nearest[i] = min(dists[p] for p in points)
    effective = array("d", map(nearest.get, range(len(index.docs)), repeat(NOT_LOCATED_KM)))
    wide = set(index.wide_docs.get(Scope.FWB, ()))
    local: set[int] = set()
    if place.commune is not None:
        wide |= index.wide_docs.get(Scope.PROVINCE, set())
        local = set(index.area_docs.get(place.commune.nis_code, ()))
        local |= index.plateforme_wide_docs(place.commune.plateforme)
    for i in wide:
        if effective[i] > WIDE_SCOPE_KM:
            effective[i] = WIDE_SCOPE_KM
    for i in local:
        effective[i] = 0.0
    proximity = array("d", (0.4 + 0.6 / (1 + max(0.0, km - 3) / 12) for km in effective))
    found = (effective, proximity, frozenset(local | wide))
    if len(index.place_distances) >= PLACES_KEPT:
        index.place_distances.pop(next(iter(index.place_distances)))  # the oldest
    index.place_distances[key] = found
    return found


def search_services(params: SearchParams, *, queryset=None, broader_below: int = -1) -> SearchResults:
    """Returns the services matching the params, ranked by relevance or distance (public ones by default).

    `broader_below`: when the filters leave this many services or fewer, `results.broader` also ranks the services
    the same query finds without its filters (« En élargissant la recherche »), in the same pass over the index.
    """
    index = current_index()
    size = len(index.docs)
    parsed = parse_query(params.q, index) if params.q else ParsedQuery()
    place, place_from_query, unknown_place = resolve_place(params, parsed)
    base = index.public
    if queryset is not None:
        allowed = set(queryset.values_list("pk", flat=True))
        base = to_bits((index.position[pk] for pk in allowed if pk in index.position), size)
    scores: dict[int, float] = {}
    if params.q:
        scores = _score(parsed, index)
        base &= to_bits(scores, size)
    masks = _filter_masks(params, index, params.age if params.age is not None else parsed.age)
    facets = _facets(index, base, masks)
    selected = base
    for mask in masks.values():
        selected &= mask
    ranking = _Ranking(index, params, parsed, place, scores)
    positions = ranking.rank(from_bits(selected))
    broader = None
    if masks and len(positions) <= broader_below:
        broader = HitList(ranking.rank(from_bits(base & ~selected)), ranking.make_hit, queryset)
    suggestion = _suggestion(params.q, parsed, index) if parsed.corrections else ""
    return SearchResults(
        hits=HitList(positions, ranking.make_hit, queryset),
        place=place,
        facets=facets,
        suggestion=suggestion,
        query=parsed,
        place_from_query=place_from_query,
        unknown_place=unknown_place,
        broader=broader,
    )


class _Ranking:
    """Orders document positions for one query (relevance, boosts, proximity, sort) and makes their hits."""

    def __init__(self, index: MemoryIndex, params: SearchParams, parsed: ParsedQuery, place, scores):
        self.index, self.params, self.parsed, self.place, self.scores = index, params, parsed, place, scores
        self.final: dict[int, float] = {}
        self.covers: frozenset[int] = frozenset()

    def rank(self, positions: list[int]) -> list[int]:
        docs, parsed, place, scores = self.index.docs, self.parsed, self.place, self.scores
        effective: Sequence[float] = ()
        proximity: Sequence[float] = ()
        if place is not None:
            effective, proximity, self.covers = _distances(self.index, place)
        if scores:
            final = dict(zip(positions, map(scores.__getitem__, positions), strict=True))
        else:
            final = dict.fromkeys(positions, 0.0)
        if "free" in parsed.flags:
            for i in positions:
                free = docs[i].free
                final[i] *= 1.3 if free == Tristate.YES else (0.7 if free == Tristate.NO else 1.0)
        if "anonymous" in parsed.flags:
            for i in positions:
                if docs[i].anonymous == Tristate.YES:
                    final[i] *= 1.2
        if place is not None and scores:  # nearer is better: × 0.4 … 1 (see _distances)
            factors = map(proximity.__getitem__, final.keys())
            final = dict(zip(final.keys(), map(mul, final.values(), factors), strict=True))
        tri = self.params.tri
        home = plateforme_for_commune(place.commune) if place is not None else ""
        # A tie-break: the family's plateforme first among equals (the sorts below are stable).
        if home and tri != "name":
            positions.sort(key=self.index.away_from(home).__getitem__)
        if tri == "distance" and place is not None:
            positions.sort(key=final.__getitem__, reverse=True)  # equal distances: the most relevant first
            positions.sort(key=effective.__getitem__)
        elif tri == "name" or (not parsed.slots and place is None):
            pass  # documents are stored in name order
        elif not parsed.slots:
            positions.sort(key=effective.__getitem__)
        else:
            positions.sort(key=final.__getitem__, reverse=True)  # stable: equal scores stay in name order
        self.final.update(final)
        return positions

    def make_hit(self, i: int, loader) -> Hit:
        doc, place = self.index.docs[i], self.place
        distance = None
        if place is not None and doc.points:
            distance = min(distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in doc.points)
        return Hit(
            service_id=doc.service_id,
            score=round(self.final[i], 4),
            distance_km=distance,
            covers_place=i in self.covers,
            loader=loader,
        )


def _suggestion(q: str, parsed: ParsedQuery, index: MemoryIndex) -> str:
    """Returns the query as typed, with its misspelt words replaced by the known ones (accents restored)."""

    def replace_word(match):
        corrected = parsed.corrections.get(fold(match.group(0)))
        return index.display.get(corrected, corrected) if corrected else match.group(0)

    return _WORD.sub(replace_word, q)


def helplines(*, limit: int = 6) -> list:
    """Returns the result cards of the helplines that always apply, by name (the search page's « lignes d'aide »)."""
    from .cards import cards_for

    # Documents are stored in name order, so the first ones are the helplines by name.
    return list(cards_for(_helpline_ids(limit)).values())


def _helpline_ids(limit: int) -> list:
    index = current_index()
    return [index.docs[i].service_id for i in from_bits(index.helplines & index.public)][:limit]
