"""Reads for the HSDS API: filtered, ordered ids first, then one prefetched batch per page (no N+1)."""

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from accroche.directory.choices import Vocabulary
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.details import (
    Accessibility,
    Address,
    Contact,
    CostOption,
    Language,
    Phone,
    Schedule,
    ServiceArea,
)
from accroche.directory.models.taxonomy import Attribute, Taxonomy, TaxonomyTerm
from accroche.geo.selectors import Place, distance_km, place_from_text
from accroche.schools.hsds import school_areas
from accroche.search.engine import search_services
from accroche.search.params import SearchParams

from .attributes import FACT_FILTERS
from .params import ApiError, ListParams


def _grouped(queryset: QuerySet, key: str) -> dict:
    out: dict = defaultdict(list)
    for row in queryset:
        out[getattr(row, key)].append(row)
    return out


def attach_location_details(locations: list) -> None:
    """Loads the addresses, phones, schedules and accessibility of these locations: one query per table."""
    ids = [loc.id for loc in locations]
    tables = {
        "addresses": _grouped(Address.objects.filter(location_id__in=ids), "location_id"),
        "phones": _grouped(Phone.objects.filter(location_id__in=ids), "location_id"),
        "schedules": _grouped(Schedule.objects.filter(location_id__in=ids), "location_id"),
        "accessibilities": _grouped(Accessibility.objects.filter(location_id__in=ids), "location_id"),
    }
    for loc in locations:
        loc.api_related = {name: rows.get(loc.id, []) for name, rows in tables.items()}


def _service_at_locations(service_ids: list) -> dict:
    sals = list(
        ServiceAtLocation.objects.filter(service_id__in=service_ids)
        .select_related("location")
        .order_by("location__name", "id")
    )
    attach_location_details([sal.location for sal in sals])
    return _grouped(sals, "service_id")


def services_by_id(ids: list, *, full: bool) -> dict:
    """Returns {id: service} for these public services; the full form gets every related table in bulk.

    Related rows are fetched with one plain query per table and attached as `api_related` (cheaper than
    prefetch_related through modelcluster's managers); the serializers read them with `related()`.
    """
    services = {s.id: s for s in Service.objects.public().filter(id__in=ids).select_related("organization")}
    if full and services:
        ids = list(services)
        terms = defaultdict(list)
        for link in Service.terms.through.objects.filter(service_id__in=ids).select_related("taxonomyterm__taxonomy"):
            terms[link.service_id].append(link.taxonomyterm)
        tables = {
            "phones": _grouped(Phone.objects.filter(service_id__in=ids), "service_id"),
            "schedules": _grouped(Schedule.objects.filter(service_id__in=ids), "service_id"),
            "service_areas": _grouped(
                ServiceArea.objects.filter(service_id__in=ids).select_related("commune"), "service_id"
            ),
            "languages": _grouped(Language.objects.filter(service_id__in=ids), "service_id"),
            "cost_options": _grouped(CostOption.objects.filter(service_id__in=ids), "service_id"),
            "contacts": _grouped(Contact.objects.filter(service_id__in=ids), "service_id"),
            "service_at_locations": _service_at_locations(ids),
            "terms": terms,
        }
        for sid, areas in school_areas(ids).items():  # confirmed school links (decision 0135)
            tables["service_areas"][sid].extend(areas)
        for sid, service in services.items():
            service.api_related = {name: rows.get(sid, []) for name, rows in tables.items()}
            service.api_related["terms"].sort(key=lambda t: (t.taxonomy.name, t.sort_order, t.name))
    return services


def attribute_rows(ids: list, *, entity: str) -> dict:
    """Returns {link_id: [Attribute]} of the generic attributes attached to these objects."""
    rows: dict = {}
    for row in (
        Attribute.objects.filter(link_entity=entity, link_id__in=ids)
        .select_related("taxonomy_term__taxonomy")
        .order_by("id")
    ):
        rows.setdefault(row.link_id, []).append(row)
    return rows


def filtered_services(params: ListParams) -> QuerySet:
    """Returns the public services matching the filters (AND), without text search."""
    qs = Service.objects.public()
    if params.organization_id:
        qs = qs.filter(organization_id=params.organization_id)
    if params.modified_after:
        qs = qs.filter(modified_at__gte=params.modified_after)
    if params.taxonomy_term_id:
        term = TaxonomyTerm.objects.select_related("taxonomy").filter(id=params.taxonomy_term_id).first()
        if term is not None and term.taxonomy.vocabulary == Vocabulary.FACT:
            qs = qs.filter(FACT_FILTERS.get(term.code, Q(pk__in=[])))
        else:
            qs = qs.filter(id__in=Service.objects.filter(terms__id=params.taxonomy_term_id).values("id"))
    if params.taxonomy_id:
        taxonomy = Taxonomy.objects.filter(id=params.taxonomy_id).first()
        if taxonomy is None:
            qs = qs.none()
        elif taxonomy.vocabulary != Vocabulary.FACT:  # every service carries facts (at least its reliability)
            qs = qs.filter(id__in=Service.objects.filter(terms__taxonomy_id=params.taxonomy_id).values("id"))
    return qs


def _place(params: ListParams) -> Place | None:
    if not params.postcode:
        return None
    place = place_from_text(text=params.postcode)
    if place is None:
        raise ApiError(_("Paramètre invalide."), {"postcode": _("code postal ou commune inconnu")})
    return place


def _hit_id(hit):
    """Returns the service id of a search hit without loading the service when the engine gives it."""
    return getattr(hit, "service_id", None) or hit.service.pk


def ranked_service_ids(params: ListParams) -> list:
    """Returns the ids of the matching services: by relevance with `search` (shared engine), else by name."""
    qs = filtered_services(params)
    if params.search:
        results = search_services(SearchParams(q=params.search), queryset=qs)
        return [_hit_id(hit) for hit in results.hits]
    return list(qs.order_by("name", "id").values_list("id", flat=True))


@dataclass
class _SalRow:
    id: uuid.UUID
    rank: int
    covers: bool
    distance: float | None


def ranked_service_at_location_ids(params: ListParams) -> list:
    """Returns service_at_location ids: services' order, or with `postcode` the HSDS coverage/proximity rules.

    With a postcode, a row is kept when its service covers the place (service_area) or, for a service with no
    service area, always; with `proximity` (metres), rows whose location lies within it are kept too and the others
    (not covering) are dropped. Rows are ordered: covering services first, then by distance from the centroid.
    """
    place = _place(params)
    qs = filtered_services(params)
    hits = None
    if params.search or place is not None:
        search = SearchParams(
            q=params.search, lieu=params.postcode if place else "", tri="distance" if place else "relevance"
        )
        hits = search_services(search, queryset=qs).hits
        order = {_hit_id(hit): i for i, hit in enumerate(hits)}
        covers = {_hit_id(hit) for hit in hits if hit.covers_place}
    else:
        order = {sid: i for i, sid in enumerate(qs.order_by("name", "id").values_list("id", flat=True))}
        covers = set()
    rows = ServiceAtLocation.objects.filter(service_id__in=list(order)).values_list(
        "id", "service_id", "location__latitude", "location__longitude", "location__name"
    )
    with_areas = set()
    if place is not None:
        with_areas = set(ServiceArea.objects.filter(service_id__in=list(order)).values_list("service_id", flat=True))
    kept = []
    for sal_id, service_id, lat, lon, location_name in rows:
        distance = None
        if place is not None and lat is not None and lon is not None:
            distance = distance_km(place.latitude, place.longitude, lat, lon)
        row = _SalRow(sal_id, order[service_id], service_id in covers, distance)
        if place is not None:
            within = params.proximity_m is not None and distance is not None and distance * 1000 <= params.proximity_m
            if params.proximity_m is not None:
                if not (row.covers or within):
                    continue
            elif not (row.covers or service_id not in with_areas):
                continue
        kept.append((row, location_name or ""))
    if place is not None:
        kept.sort(key=lambda r: (not r[0].covers, math.inf if r[0].distance is None else r[0].distance, r[0].rank))
    else:
        kept.sort(key=lambda r: (r[0].rank, r[1], str(r[0].id)))
    return [row.id for row, _name in kept]


def service_at_locations_by_id(ids: list) -> dict:
    """Returns {id: service_at_location} with the location and its details loaded in bulk."""
    sals = list(
        ServiceAtLocation.objects.select_related("location").filter(id__in=ids, service__in=Service.objects.public())
    )
    attach_location_details([sal.location for sal in sals])
    return {sal.id: sal for sal in sals}


def public_organizations(params: ListParams) -> QuerySet:
    """Returns the organizations providing a public service; `search` matches their names or their services."""
    qs = Organization.objects.filter(id__in=Service.objects.public().values("organization_id"))
    if params.search:
        s = params.search
        hits = search_services(SearchParams(q=s)).hits
        providers = Service.objects.filter(id__in=[_hit_id(hit) for hit in hits]).values("organization_id")
        qs = qs.filter(
            Q(name__icontains=s) | Q(alternate_name__icontains=s) | Q(description__icontains=s) | Q(id__in=providers)
        )
    return qs.order_by("name", "id")


def is_public_organization(org_id) -> bool:
    """True when this organization provides at least one public service."""
    return Service.objects.public().filter(organization_id=org_id).exists()


def organizations_by_id(ids: list, *, full: bool) -> dict:
    """Returns {id: organization}; the full form gets its contacts, phones and public locations prefetched."""
    qs = Organization.objects.filter(id__in=ids)
    if full:
        public_locations = (
            Location.objects.prefetch_related("addresses", "phones", "schedules", "accessibilities")
            .filter(service_at_locations__service__in=Service.objects.public())
            .distinct()
            .order_by("name", "id")
        )
        qs = qs.prefetch_related(
            "contacts", "phones", Prefetch("locations", queryset=public_locations, to_attr="public_locations")
        )
    return {o.id: o for o in qs}


def organization_service_ids(org_ids: list) -> dict:
    """Returns {organization id: [public service ids by name]}."""
    out: dict = {}
    for sid, oid in (
        Service.objects.public()
        .filter(organization_id__in=org_ids)
        .order_by("name", "id")
        .values_list("id", "organization_id")
    ):
        out.setdefault(oid, []).append(sid)
    return out


def taxonomies(params: ListParams) -> QuerySet:
    """Returns the taxonomies, filtered by `search`."""
    qs = Taxonomy.objects.order_by("name", "id")
    if params.search:
        qs = qs.filter(Q(name__icontains=params.search) | Q(description__icontains=params.search))
    return qs


def taxonomy_terms(params: ListParams) -> QuerySet:
    """Returns the taxonomy terms with the HSDS filters (`taxonomy_id`, `parent_id`, `top_only`, `search`)."""
    qs = TaxonomyTerm.objects.select_related("taxonomy").order_by("taxonomy__name", "sort_order", "name", "id")
    if params.taxonomy_id:
        qs = qs.filter(taxonomy_id=params.taxonomy_id)
    if params.parent_id:
        qs = qs.filter(parent_id=params.parent_id)
    if params.top_only:
        qs = qs.filter(parent__isnull=True)
    if params.search:
        s = params.search
        qs = qs.filter(
            Q(name__icontains=s) | Q(code__icontains=s) | Q(description__icontains=s) | Q(synonyms__icontains=s)
        )
    return qs
