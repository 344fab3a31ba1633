"""The directory search engine: one function behind the search page, the map, the pathways and the API.

INTERIM VERSION (contract only): the search helper replaces the ranking with French stemming, synonyms and typo
tolerance. The signature and the result types below are the contract other apps rely on.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from accroche.directory.choices import Line, Mandate, Tristate, Vocabulary
from accroche.directory.models import Service
from accroche.geo.selectors import Place, distance_km, place_from_text

from .params import SearchParams


@dataclass
class Hit:
    service: Service
    score: float = 0.0
    distance_km: float | None = None  # from the asked place to the nearest location of the service
    covers_place: bool = False  # the service's area includes the asked commune


@dataclass
class SearchResults:
    hits: list[Hit]  # all matching services, ranked (paginate in the view)
    place: Place | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str = ""


def _place(params: SearchParams) -> Place | None:
    if params.lat is not None and params.lon is not None:
        return Place("Ma position", params.lat, params.lon, None)
    return place_from_text(text=params.lieu) if params.lieu else None


def search_services(params: SearchParams, *, queryset=None) -> SearchResults:
    """Returns the public services matching the params, ranked by relevance or distance."""
    qs = (queryset if queryset is not None else Service.objects.public()).with_terms().prefetch_related(
        "service_at_locations__location", "service_areas"
    )
    if params.q:
        qs = qs.filter(Q(name__icontains=params.q) | Q(description__icontains=params.q)
                       | Q(terms__name__icontains=params.q)).distinct()
    if params.plateforme:
        qs = qs.filter(Q(plateforme=params.plateforme) | Q(plateforme=""))
    for name, vocabulary in (("type", Vocabulary.SERVICE_TYPE), ("besoin", Vocabulary.NEED),
                             ("public", Vocabulary.AUDIENCE)):
        codes = getattr(params, name)
        if codes:
            qs = qs.filter(terms__taxonomy__vocabulary=vocabulary, terms__code__in=codes).distinct()
    if params.age is not None:
        qs = qs.filter(Q(minimum_age__isnull=True) | Q(minimum_age__lte=params.age))
        qs = qs.filter(Q(maximum_age__isnull=True) | Q(maximum_age__gte=params.age))
    if params.gratuit:
        qs = qs.filter(free=Tristate.YES)
    if params.anonyme:
        qs = qs.filter(anonymous=Tristate.YES)
    if params.sans_mandat:
        qs = qs.filter(mandate=Mandate.FREE_ACCESS)
    if params.ligne:
        qs = qs.filter(line__in=[params.ligne, Line.MIXED])
    place = _place(params)
    hits = []
    for service in qs:
        hit = Hit(service=service, score=1.0)
        if place is not None:
            distances = [
                distance_km(place.latitude, place.longitude, sal.location.latitude, sal.location.longitude)
                for sal in service.service_at_locations.all() if sal.location.has_position
            ]
            hit.distance_km = min(distances) if distances else None
            hit.covers_place = place.commune is not None and any(
                a.commune_id == place.commune.nis_code for a in service.service_areas.all()
            )
        hits.append(hit)
    if place is not None and params.tri in ("distance", "relevance"):
        hits.sort(key=lambda h: (not h.covers_place and h.distance_km is None,
                                 0 if h.covers_place else (h.distance_km or 0)))
    return SearchResults(hits=hits, place=place)
