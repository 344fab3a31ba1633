"""Reads for the geo reference: plateformes and territory, places from a postal code or a commune name, distances."""

import math
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .choices import VISITOR_PLACE_MAX_LENGTH, VisitorPlace, plateforme_choices
from .models import Commune, EmergencyNumber, Plateforme, PostalCode

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Place:
    """A point the user asked about: a postal code or a commune, with its centroid."""

    label: str
    latitude: float
    longitude: float
    commune: Commune | None


def place_from_text(*, text: str) -> Place | None:
    """Returns the place for a postal code ("4800") or a commune/locality name ("Verviers"), or None.

    When what was typed names several communes (a postal code shared by two communes, a locality name found in two
    communes), the tie-break of decision 0200 chooses the one whose plateforme comes first (`_preferred_row`).
    """
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        postal = _preferred_row(list(PostalCode.objects.filter(code=text).select_related("commune")))
        if postal is None:
            return None
        return Place(f"{postal.code} {postal.commune_name}", postal.latitude, postal.longitude, postal.commune)
    commune = Commune.objects.filter(slug=slugify(text)).first()
    if commune is not None:  # a commune's own name wins over a locality of the same name elsewhere
        return Place(commune.name, commune.latitude, commune.longitude, commune)
    postal = _preferred_row(list(PostalCode.objects.filter(locality__iexact=text).select_related("commune")))
    if postal is not None:
        return Place(f"{postal.code} {postal.locality}", postal.latitude, postal.longitude, postal.commune)
    return None


def _preferred_row(rows: list[PostalCode]) -> PostalCode | None:
    """Chooses among postal-code rows naming several communes (decision 0200):

    1. the plateforme holding the most of these rows (localities) comes first; rows outside every plateforme count
       only when no row has one;
    2. equal counts: the plateforme first in the administrators' order (`sort_order`, then name);
    3. within it, the commune with the most rows, then the first row in (code, locality) order.
    """
    if len(rows) <= 1 or len({row.commune_id for row in rows}) <= 1:
        return rows[0] if rows else None
    counts: dict[str, int] = {}
    for row in rows:
        slug = row.commune.plateforme if row.commune is not None else ""
        counts[slug] = counts.get(slug, 0) + 1
    order = {slug: position for position, slug in enumerate(plateforme_slugs())}
    named = [slug for slug in counts if slug]
    if named:
        winner = min(named, key=lambda slug: (-counts[slug], order.get(slug, len(order)), slug))
    else:
        winner = ""
    kept = [row for row in rows if (row.commune.plateforme if row.commune is not None else "") == winner]
    per_commune: dict = {}
    for row in kept:
        per_commune[row.commune_id] = per_commune.get(row.commune_id, 0) + 1
    best = max(per_commune.values())
    return next(row for row in kept if per_commune[row.commune_id] == best)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Returns the great-circle (haversine) distance between two WGS84 points, in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


# --- Plateformes and territory (decision 0170): every module reads them here, never from constants. ---


def plateformes() -> list[Plateforme]:
    """Returns the plateformes of this instance, in display order."""
    return list(Plateforme.objects.all())


def plateforme_slugs() -> list[str]:
    """Returns the identifiers of the plateformes (the values stored in every `plateforme` field)."""
    return [slug for slug, _name in plateforme_choices()]


def plateforme_labels() -> dict[str, str]:
    """Returns {slug: name} of the plateformes."""
    return dict(plateforme_choices())


def plateforme_label(slug: str) -> str:
    """Returns the name of a plateforme (the slug itself when unknown, "" for none)."""
    if not slug:
        return ""
    return plateforme_labels().get(slug, slug)


def plateforme_for_commune(commune: Commune | str | None) -> str:
    """Returns the slug of the plateforme a commune (object, NIS code or name) belongs to, or ""."""
    if commune is None or commune == "":
        return ""
    if isinstance(commune, Commune):
        return commune.plateforme
    found = Commune.objects.filter(Q(nis_code=commune) | Q(slug=slugify(commune))).values_list("plateforme", flat=True)
    return next(iter(found), "")


def plateforme_for_label(text: str) -> str:
    """Returns the slug of the plateforme a file names (« Huy-Waremme », « huy-waremme », an alias), or ""."""
    key = slugify(text or "")
    if not key:
        return ""
    for plateforme in Plateforme.objects.all():
        names = [plateforme.slug, plateforme.name, *plateforme.aliases.split(",")]
        if key in {slugify(name) for name in names if name.strip()}:
            return plateforme.slug
    return ""


def plateforme_communes(slug: str):
    """Returns the communes of a plateforme."""
    return Commune.objects.filter(plateforme=slug)


def plateforme_provinces() -> dict[str, str]:
    """Returns {slug: province} of the plateformes (from the cached territory: cheap to call per service)."""
    return {p.slug: p.province for p in territory().plateformes}


def served_provinces() -> list[str]:
    """Returns the provinces where this instance has a plateforme (« Liège » for the reference data)."""
    return sorted(set(Plateforme.objects.values_list("province", flat=True)))


def territory_label() -> str:
    """Returns how pages name the territory: « province de Liège », or the Federation when several provinces."""
    provinces = served_provinces()
    if len(provinces) == 1:
        return _("province de %(province)s") % {"province": provinces[0]}
    return _("Fédération Wallonie-Bruxelles")


@dataclass(frozen=True)
class MapView:
    """The map's default view: a centre and a zoom level."""

    latitude: float
    longitude: float
    zoom: int

    def as_dict(self) -> dict:
        return {"center": [self.latitude, self.longitude], "zoom": self.zoom}


BELGIUM_VIEW = MapView(50.64, 4.67, 7)


def _view_of(points: list[tuple[float, float]]) -> MapView:
    if not points:
        return BELGIUM_VIEW
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    span_km = max((max(lats) - min(lats)) * 111.0, (max(lons) - min(lons)) * 71.0, 1.0)
    # Web Mercator at 50.5° N: 2^z × 256 px span 40,075 km × cos(50.5°); a ~600 px wide map shows the whole span
    zoom = max(7, min(13, math.floor(math.log2(60000 / span_km))))
    return MapView(round((max(lats) + min(lats)) / 2, 4), round((max(lons) + min(lons)) / 2, 4), zoom)


def map_default_view(plateforme: str = "") -> MapView:
    """Returns the default view of the map: the plateforme's (set by an administrator or computed from its communes),
    else the view covering every plateforme's communes, else Belgium."""
    if plateforme:
        found = Plateforme.objects.filter(slug=plateforme).first()
        if found is not None and found.map_latitude is not None and found.map_longitude is not None:
            computed = _view_of(list(plateforme_communes(plateforme).values_list("latitude", "longitude")))
            return MapView(found.map_latitude, found.map_longitude, found.map_zoom or computed.zoom)
        if found is not None:
            return _view_of(list(plateforme_communes(plateforme).values_list("latitude", "longitude")))
    points = Commune.objects.exclude(plateforme="").values_list("latitude", "longitude")
    return _view_of(list(points))


def emergency_numbers(plateforme: str = "") -> list[tuple[str, str, str]]:
    """Returns (number, label, tel: URI) of the emergency numbers shown everywhere and for the plateforme."""
    rows = EmergencyNumber.objects.filter(Q(plateforme="") | Q(plateforme=plateforme))
    return [(row.number, row.label, row.uri) for row in rows]


def footer_emergency_numbers() -> list[EmergencyNumber]:
    """Returns the emergency numbers of the footer and of the printed covers (short labels)."""
    return list(EmergencyNumber.objects.filter(in_footer=True, plateforme=""))


def all_plateformes_label(names: list[str] | None = None) -> str:
    """Returns the label of the « every plateforme » choice of the filters, from the data (never « la province »)."""
    names = [name for _slug, name in plateforme_choices()] if names is None else names
    if len(names) == 1:
        return _("Toute la plateforme %(name)s") % {"name": names[0]}
    if not names:
        return _("Tout le territoire")
    return _("Toutes les plateformes")


def error_numbers_of(numbers: list[EmergencyNumber]) -> list[dict]:
    """Returns the plain data the error pages show for these numbers (no model instances: no database there)."""
    return [{"label": n.short_label or n.label, "number": n.number, "uri": n.uri} for n in numbers]


def names_text(names: list[str]) -> str:
    """Returns « Liège, Verviers et Huy-Waremme » for a list of names."""
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s et %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


@dataclass
class Territory:
    """What the pages say about the instance's territory: its plateformes, its name, the footer's numbers."""

    plateformes: list[Plateforme]
    label: str
    emergency_numbers: list[EmergencyNumber]

    @property
    def plateformes_text(self) -> str:
        return names_text([p.name for p in self.plateformes])

    @property
    def all_plateformes_label(self) -> str:
        return all_plateformes_label([p.name for p in self.plateformes])


TERRITORY_CACHE_KEY = "geo:territory:1"
TERRITORY_CACHE_SECONDS = 60  # other processes see an admin's change within a minute (this one at once)


def territory() -> Territory:
    """Returns the instance's territory, cached (pages read it lazily, in the footer of every page)."""
    found = cache.get(TERRITORY_CACHE_KEY)
    if found is None:
        found = Territory(plateformes(), territory_label(), footer_emergency_numbers())
        cache.set(TERRITORY_CACHE_KEY, found, TERRITORY_CACHE_SECONDS)
        cache.add(ERROR_PAGE_NUMBERS_KEY, error_numbers_of(found.emergency_numbers), None)  # after a cache flush
    return found


ERROR_PAGE_NUMBERS_KEY = "geo:error-page-numbers:1"


def error_page_numbers() -> list[dict] | None:
    """Returns the footer's emergency numbers as the error pages show them, from the cache only (no database).

    The 500 and 503 pages render when the database may be gone: they read the snapshot that
    `geo.services.snapshot_error_page_numbers` writes whenever the numbers change. None when there is no snapshot
    (or the cache itself fails): the page then shows the neutral line « En cas d’urgence : 112 »."""
    try:
        found = cache.get(ERROR_PAGE_NUMBERS_KEY)
    except Exception:  # noqa: BLE001 - an error page must render whatever the cache does
        return None
    return found if isinstance(found, list) and found else None


def forget_territory(**kwargs) -> None:
    """Drops the cached territory (connected to the saves and deletes of plateformes and emergency numbers)."""
    cache.delete(TERRITORY_CACHE_KEY)


def served_communes():
    """Returns the communes of the provinces where this instance has a plateforme."""
    return Commune.objects.filter(province__in=served_provinces())


def served_postal_codes():
    """Returns the postal codes of the communes of the provinces where this instance has a plateforme."""
    return PostalCode.objects.filter(commune__province__in=served_provinces())


@dataclass(frozen=True)
class VisitorPlateformes:
    """The plateformes in the order a visitor's commune puts them (decision 0200): theirs first, then the others."""

    text: str
    place: Place | None
    status: str
    first: Plateforme | None
    plateformes: list[Plateforme]

    @property
    def others(self) -> list[Plateforme]:
        return [p for p in self.plateformes if self.first is None or p.pk != self.first.pk]


def visitor_plateformes(text: str) -> VisitorPlateformes:
    """Returns every plateforme, the visitor's first, from a commune or postal code they typed (nothing is stored).

    A commune has at most one plateforme (`Commune.plateforme`); when the text names several communes, the place's
    tie-break (`_preferred_row`) has already chosen. A commune outside every plateforme, or an unknown text, puts none
    first: the page then shows the whole territory and says so.
    """
    text = (text or "").strip()[:VISITOR_PLACE_MAX_LENGTH]
    every = plateformes()
    if not text:
        return VisitorPlateformes("", None, VisitorPlace.NONE, None, every)
    place = place_from_text(text=text)
    if place is None:
        return VisitorPlateformes(text, None, VisitorPlace.UNKNOWN, None, every)
    slug = plateforme_for_commune(place.commune) if place.commune is not None else ""
    first = next((p for p in every if p.slug == slug), None)
    if first is None:
        return VisitorPlateformes(text, place, VisitorPlace.OUTSIDE, None, every)
    return VisitorPlateformes(text, place, VisitorPlace.FOUND, first, [first, *[p for p in every if p.pk != first.pk]])
