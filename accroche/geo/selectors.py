"""Reads for the geo reference: places from a postal code or a commune name, distances."""

import math
from dataclasses import dataclass

from django.utils.text import slugify

from .models import Commune, PostalCode

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Place:
    """A point the user asked about: a postal code or a commune, with its centroid."""

    label: str
    latitude: float
    longitude: float
    commune: Commune | None


def place_from_text(*, text: str) -> Place | None:
    """Returns the place for a postal code ("4800") or a commune/locality name ("Verviers"), or None."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        postal = PostalCode.objects.filter(code=text).select_related("commune").first()
        if postal is None:
            return None
        return Place(f"{postal.code} {postal.commune_name}", postal.latitude, postal.longitude, postal.commune)
    commune = Commune.objects.filter(slug=slugify(text)).first()
    if commune is not None:
        return Place(commune.name, commune.latitude, commune.longitude, commune)
    postal = PostalCode.objects.filter(locality__iexact=text).select_related("commune").first()
    if postal is not None:
        return Place(f"{postal.code} {postal.locality}", postal.latitude, postal.longitude, postal.commune)
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Returns the great-circle (haversine) distance between two WGS84 points, in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
