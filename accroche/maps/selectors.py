"""Reads for the map: the searched services as compact map entries, their GeoJSON, and a cheap data fingerprint."""

import hashlib
import json
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max
from django.urls import NoReverseMatch
from django.utils.http import urlencode

from accroche.directory.choices import GeoPrecision, Scope, Vocabulary
from accroche.directory.models import Address, Location, Phone, Service, ServiceAtLocation, TaxonomyTerm
from accroche.search.engine import search_services
from accroche.search.params import SearchParams

CHUNK = 500  # ids per IN (...) query: well under SQLite's and PostgreSQL's parameter limits
CACHE_SECONDS = 600
DATA_VERSION = "1"  # bump when the shape of the entries or of the GeoJSON changes
APPROXIMATE = {GeoPrecision.POSTAL_CODE, GeoPrecision.COMMUNE}


@dataclass
class MapData:
    """The searched services ready for the map: ranked entries, the asked place, and the GeoJSON body."""

    entries: list[dict]
    place: dict | None = None
    geojson: bytes = b""
    fingerprint: str = ""
    placed_count: int = 0
    unplaced: list[dict] = field(default_factory=list)


def _chunks(ids: list) -> list[list]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def data_fingerprint() -> str:
    """Returns a short hash that changes whenever a public service, a location or an address changes."""
    services = Service.objects.public().aggregate(n=Count("id"), m=Max("modified_at"))
    locations = Location.objects.aggregate(n=Count("id"), m=Max("modified_at"))
    links = ServiceAtLocation.objects.aggregate(n=Count("id"))
    addresses = Address.objects.aggregate(n=Count("id"))
    phones = Phone.objects.aggregate(n=Count("id"))
    raw = "|".join(
        str(v)
        for v in (
            DATA_VERSION,
            services["n"],
            services["m"],
            locations["n"],
            locations["m"],
            links["n"],
            addresses["n"],
            phones["n"],
        )
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def last_modified():
    """Returns the latest modification time of the public services and locations (or None)."""
    values = [
        Service.objects.public().aggregate(m=Max("modified_at"))["m"],
        Location.objects.aggregate(m=Max("modified_at"))["m"],
    ]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def canonical_query(params: SearchParams) -> str:
    """Returns the map-relevant URL parameters in a stable order (the page number is left out)."""
    qd = params.to_querydict()
    qd.pop("page", None)
    return "&".join(f"{k}={','.join(sorted(qd.getlist(k)))}" for k in sorted(qd))


def _url_maker():
    """Returns slug -> service page URL, built once from Service.get_absolute_url (not one reverse() per row)."""
    marker = "slug-placeholder-0"
    try:
        template = Service(slug=marker).get_absolute_url()
    except NoReverseMatch:  # the directory's service page is not routed: fall back to the directory search
        return lambda slug, name: f"/annuaire/?{urlencode({'q': name})}"
    return lambda slug, name: template.replace(marker, slug)


def _entries(hits) -> list[dict]:
    """Builds one compact entry per hit, in rank order, with its located places (a few queries, no N+1)."""
    hits = [hits[i] for i in range(len(hits))]  # integer indexing: the engine loads no Service row for these
    ids = [h.service_id for h in hits]
    rows: dict = {}
    places: dict = {}
    location_ids = []
    types: dict = {}
    phones: dict = {}
    addresses: dict = {}
    for chunk in _chunks(ids):
        for row in Service.objects.public().filter(pk__in=chunk).values("id", "slug", "name", "is_helpline", "scope"):
            rows[row["id"]] = row
        for service_id, location_id, lat, lon, precision in ServiceAtLocation.objects.filter(
            service_id__in=chunk
        ).values_list(
            "service_id", "location_id", "location__latitude", "location__longitude", "location__geo_precision"
        ):
            places.setdefault(service_id, []).append((location_id, lat, lon, precision))
            location_ids.append(location_id)
        for service_id, name in (
            Service.terms.through.objects.filter(
                service_id__in=chunk, taxonomyterm__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE
            )
            .order_by("taxonomyterm__sort_order", "taxonomyterm__name")
            .values_list("service_id", "taxonomyterm__name")
        ):
            types.setdefault(service_id, name)
        for service_id, number in (
            Phone.objects.filter(service_id__in=chunk).order_by("sort_order").values_list("service_id", "number")
        ):
            phones.setdefault(service_id, number)
    for chunk in _chunks(location_ids):
        for address in (
            Address.objects.filter(location_id__in=chunk)
            .order_by("sort_order")
            .only("location_id", "address_1", "address_2", "postal_code", "city")
        ):
            addresses.setdefault(address.location_id, address.one_line())
    url = _url_maker()
    scopes = dict(Scope.choices)
    entries = []
    for hit in hits:
        row = rows.get(hit.service_id)
        if row is None:  # hidden or closed since the search index was built
            continue
        located = places.get(hit.service_id, [])
        points = [
            {
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "approximate": precision in APPROXIMATE,
                "address": addresses.get(location_id, ""),
            }
            for location_id, lat, lon, precision in located
            if lat is not None and lon is not None
        ]
        phone = phones.get(hit.service_id, "")
        entries.append(
            {
                "slug": row["slug"],
                "name": row["name"],
                "url": url(row["slug"], row["name"]),
                "type": types.get(hit.service_id, ""),
                "phone": phone,
                "tel": "tel:" + "".join(c for c in phone if c.isdigit() or c == "+"),
                "address": next((addresses[loc] for loc, *_ in located if addresses.get(loc)), ""),
                "is_helpline": row["is_helpline"],
                "scope": scopes.get(row["scope"], ""),
                "distance_km": round(hit.distance_km, 1)
                if hit.distance_km is not None and hit.distance_km < 900
                else None,
                "points": points,
            }
        )
    return entries


def geojson_bytes(entries: list[dict]) -> bytes:
    """Returns the GeoJSON FeatureCollection (one Point per located place) of the entries, compact JSON."""
    features = []
    for rank, entry in enumerate(entries):
        for point in entry["points"]:
            properties = {
                "id": entry["slug"],
                "rank": rank,
                "name": entry["name"],
                "type": entry["type"],
                "address": point["address"],
                "phone": entry["phone"],
                "url": entry["url"],
            }
            if point["approximate"]:
                properties["approximate"] = True
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [point["lon"], point["lat"]]},
                    "properties": properties,
                }
            )
    unplaced = sum(1 for e in entries if not e["points"])
    body = {"type": "FeatureCollection", "features": features, "meta": {"services": len(entries), "unplaced": unplaced}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def map_data(params: SearchParams) -> MapData:
    """Returns the map data for these search params; cached per data fingerprint and query."""
    fingerprint = data_fingerprint()
    query = canonical_query(params)
    key = "maps:data:" + hashlib.sha256(f"{fingerprint}|{query}".encode()).hexdigest()
    data = cache.get(key)
    if data is not None:
        return data
    results = search_services(params)
    entries = _entries(results.hits)
    place = None
    if results.place is not None:
        place = {"label": results.place.label, "lat": results.place.latitude, "lon": results.place.longitude}
    data = MapData(
        entries=entries,
        place=place,
        geojson=geojson_bytes(entries),
        fingerprint=hashlib.sha256(f"{fingerprint}|{query}".encode()).hexdigest()[:24],
        placed_count=sum(1 for e in entries if e["points"]),
        unplaced=[e for e in entries if not e["points"]],
    )
    cache.set(key, data, CACHE_SECONDS)
    return data


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """Returns the (code, label) choices of the type, need and audience filters, from the vocabularies in use."""
    choices: dict[str, list[tuple[str, str]]] = {"type": [], "besoin": [], "public": []}
    names = {Vocabulary.SERVICE_TYPE: "type", Vocabulary.NEED: "besoin", Vocabulary.AUDIENCE: "public"}
    for vocabulary, code, name in (
        TaxonomyTerm.objects.filter(taxonomy__vocabulary__in=names)
        .order_by("taxonomy__vocabulary", "sort_order", "name")
        .values_list("taxonomy__vocabulary", "code", "name")
    ):
        choices[names[vocabulary]].append((code, name))
    return choices
