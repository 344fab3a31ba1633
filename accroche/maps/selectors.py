"""Reads for the map: the searched services as compact map entries and their GeoJSON, cached per directory version."""

import gzip
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.core.cache import cache
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

from accroche.directory.choices import GeoPrecision, Scope, Vocabulary
from accroche.directory.models import Address, Phone, Service, ServiceAtLocation
from accroche.directory.selectors import directory_version, filter_terms
from accroche.search.engine import search_services
from accroche.search.params import SearchParams

CHUNK = 500  # ids per IN (...) query: well under SQLite's and PostgreSQL's parameter limits
WHOLE_SCAN_FROM = 2000  # from this many ids, scan the table once instead of IN (...) queries
CACHE_SECONDS = 600
DATA_VERSION = "1"  # bump when the shape of the entries or of the GeoJSON changes
APPROXIMATE = {GeoPrecision.POSTAL_CODE, GeoPrecision.COMMUNE}
LOCAL_ENTRIES = 8  # recent map data kept in this process, unpickled (the whole province is a few MB)
_LOCAL: OrderedDict = OrderedDict()
_LOCAL_LOCK = threading.Lock()


@dataclass
class MapData:
    """The searched services ready for the map: ranked entries, the asked place, and the GeoJSON body."""

    entries: list[dict]
    place: dict | None = None
    geojson: bytes = b""
    fingerprint: str = ""
    placed_count: int = 0
    unplaced: list[dict] = field(default_factory=list)
    compressed: dict[str, bytes] = field(default_factory=dict)


def _chunks(ids: list) -> list[list]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def data_fingerprint() -> str:
    """Returns the directory version (decision 0140) with the shape version of the map data: what the ETag keys on."""
    return f"{DATA_VERSION}.{directory_version()}"


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
        directory = reverse("search:directory")
        return lambda slug, name: f"{directory}?{urlencode({'q': name})}"
    return lambda slug, name: template.replace(marker, slug)


def _rows(queryset, field: str, ids: list, *columns: str):
    """Yields the value rows of `queryset` whose `field` is in `ids`.

    Many ids (a map of everything): one unfiltered scan, filtered in Python, beats dozens of IN (500 params)
    queries. Few ids: chunked IN queries.
    """
    if len(ids) > WHOLE_SCAN_FROM:
        wanted = set(ids)
        for row in queryset.values_list(field, *columns):
            if row[0] in wanted:
                yield row
        return
    for chunk in _chunks(ids):
        yield from queryset.filter(**{f"{field}__in": chunk}).values_list(field, *columns)


def _entries(hits) -> list[dict]:
    """Builds one compact entry per hit, in rank order, with its located places (a few queries, no N+1)."""
    hits = [hits[i] for i in range(len(hits))]  # integer indexing: the engine loads no Service row for these
    ids = [h.service_id for h in hits]
    rows = {row[0]: row for row in _rows(Service.objects.public(), "id", ids, "slug", "name", "is_helpline", "scope")}
    places: dict = {}
    location_ids = []
    types: dict = {}
    phones: dict = {}
    addresses: dict = {}
    links = ServiceAtLocation.objects.all()
    for service_id, location_id, lat, lon, precision in _rows(
        links,
        "service_id",
        ids,
        "location_id",
        "location__latitude",
        "location__longitude",
        "location__geo_precision",
    ):
        places.setdefault(service_id, []).append((location_id, lat, lon, precision))
        location_ids.append(location_id)
    service_types = Service.terms.through.objects.filter(
        taxonomyterm__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE
    ).order_by("taxonomyterm__sort_order", "taxonomyterm__name")
    for service_id, name in _rows(service_types, "service_id", ids, "taxonomyterm__name"):
        types.setdefault(service_id, name)
    for service_id, number in _rows(Phone.objects.order_by("sort_order"), "service_id", ids, "number"):
        phones.setdefault(service_id, number)
    with_video = _services_with_video(ids)
    address_rows = _rows(
        Address.objects.order_by("sort_order"),
        "location_id",
        location_ids,
        "address_1",
        "address_2",
        "postal_code",
        "city",
    )
    for location_id, address_1, address_2, postal_code, city in address_rows:
        if location_id not in addresses:
            addresses[location_id] = Address.one_line(
                SimpleNamespace(address_1=address_1, address_2=address_2, postal_code=postal_code, city=city)
            )
    url = _url_maker()
    scopes = dict(Scope.choices)
    entries = []
    for hit in hits:
        row = rows.get(hit.service_id)
        if row is None:  # hidden or closed since the search index was built
            continue
        row = dict(zip(("id", "slug", "name", "is_helpline", "scope"), row, strict=True))
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
                "video": hit.service_id in with_video,
                "scope": scopes.get(row["scope"], ""),
                "distance_km": round(hit.distance_km, 1)
                if hit.distance_km is not None and hit.distance_km < 900
                else None,
                "points": points,
            }
        )
    return entries


def _services_with_video(ids) -> set:
    """Ids of the services that have a public presentation video (content app, decision 0115)."""
    from accroche.content.models import ServiceVideo

    return {row[0] for row in _rows(ServiceVideo.objects.public(), "service_id", ids)}


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
            if entry.get("video"):
                properties["video"] = True
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
    data = _local_get(key)
    if data is not None:
        return data
    data = cache.get(key)
    if data is not None:
        _local_set(key, data)
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
    _local_set(key, data)
    return data


def compressed_geojson(data: MapData, encoding: str) -> bytes:
    """Returns the GeoJSON compressed with gzip or br, computed once per map data (not once per request)."""
    if encoding not in data.compressed:
        if encoding == "br":
            import brotli

            data.compressed[encoding] = brotli.compress(data.geojson, quality=5)
        else:
            data.compressed[encoding] = gzip.compress(data.geojson, compresslevel=6, mtime=0)
    return data.compressed[encoding]


def _local_get(key: str):
    with _LOCAL_LOCK:
        data = _LOCAL.get(key)
        if data is not None:
            _LOCAL.move_to_end(key)
        return data


def _local_set(key: str, data: MapData) -> None:
    with _LOCAL_LOCK:
        _LOCAL[key] = data
        _LOCAL.move_to_end(key)
        while len(_LOCAL) > LOCAL_ENTRIES:
            _LOCAL.popitem(last=False)


def clear_local_cache() -> None:
    """Empties this process's memo of recent map data (tests)."""
    with _LOCAL_LOCK:
        _LOCAL.clear()


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """Returns the (code, label) choices of the type, need and audience filters, from TaxonomyTerm."""
    return {name: list(terms.items()) for name, terms in filter_terms().items()}
