"""Optional geocoding of street addresses with a Nominatim-compatible service (decision 0162).

Never called while serving a request: only by `manage.py geocode_locations`, run by hand or by an operator's cron on
an instance with internet access. Requests are rate-limited (one per GEOCODER_MIN_INTERVAL seconds, Nominatim's
usage policy asks for at most one per second), answers are cached in a JSON file (an address is asked once), and a
point is accepted only if it lies near the postal-code centroid already known (a wrong homonym is refused).
"""

import json
import logging
import math
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from .choices import GeoPrecision
from .models import Location

logger = logging.getLogger(__name__)
MAX_DISTANCE_KM = 15  # a street point farther than this from the postal-code centroid is refused


@dataclass
class GeocodeReport:
    """Counts of one geocoding run."""

    asked: int = 0
    cached: int = 0
    placed: int = 0
    refused: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Returns the great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


class Geocoder:
    """Represents a rate-limited, cached client of a Nominatim-compatible /search endpoint."""

    def __init__(
        self,
        *,
        url: str,
        user_agent: str,
        cache_path: Path,
        min_interval: float = 1.0,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.url = url
        self.user_agent = user_agent
        self.cache_path = Path(cache_path)
        self.min_interval = min_interval
        self.timeout = timeout
        self.clock = clock
        self.sleep = sleep
        self._last_request: float | None = None
        self.cache: dict[str, list[float] | None] = {}
        if self.cache_path.is_file():
            self.cache = json.loads(self.cache_path.read_text(encoding="utf-8"))

    def save_cache(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        self.cache_path.write_text(json.dumps(self.cache, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    def _wait_turn(self) -> None:
        if self._last_request is not None:
            remaining = self.min_interval - (self.clock() - self._last_request)
            if remaining > 0:
                self.sleep(remaining)
        self._last_request = self.clock()

    def lookup(self, *, street: str, postal_code: str, city: str) -> tuple[tuple[float, float] | None, bool]:
        """Returns ((lat, lon) or None, from_cache) for a Belgian street address."""
        key = f"{street}|{postal_code}|{city}".lower()
        if key in self.cache:
            point = self.cache[key]
            return (tuple(point) if point else None), True
        query = urllib.parse.urlencode(
            {
                "street": street,
                "postalcode": postal_code,
                "city": city,
                "country": "Belgique",
                "countrycodes": "be",
                "format": "jsonv2",
                "limit": 1,
            }
        )
        self._wait_turn()
        request = urllib.request.Request(f"{self.url}?{query}", headers={"User-Agent": self.user_agent})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (configured URL)
            results = json.loads(response.read().decode("utf-8"))
        point = None
        if results:
            point = (float(results[0]["lat"]), float(results[0]["lon"]))
        self.cache[key] = list(point) if point else None
        return point, False


def geocoder_from_settings() -> Geocoder | None:
    """Returns the configured geocoder, or None when GEOCODER_URL is empty (the default: no outside request)."""
    if not settings.GEOCODER_URL:
        return None
    return Geocoder(
        url=settings.GEOCODER_URL,
        user_agent=settings.GEOCODER_USER_AGENT,
        cache_path=Path(settings.GEOCODER_CACHE_PATH),
        min_interval=settings.GEOCODER_MIN_INTERVAL,
    )


def locations_to_geocode(limit: int | None = None):
    """Returns the physical locations with a street address whose position is only approximate (or missing)."""
    qs = (
        Location.objects.exclude(geo_precision=GeoPrecision.ADDRESS)
        .filter(addresses__address_1__gt="")
        .prefetch_related("addresses")
        .distinct()
        .order_by("pk")
    )
    return qs[:limit] if limit else qs


def geocode_locations(*, geocoder: Geocoder, dry_run: bool = False, limit: int | None = None) -> GeocodeReport:
    """Places each approximate location at its street address when the geocoder finds it near its centroid."""
    report = GeocodeReport()
    try:
        for location in locations_to_geocode(limit):
            address = next((a for a in location.addresses.all() if a.address_1), None)
            label = f"{address.address_1}, {address.postal_code} {address.city}"
            point, from_cache = geocoder.lookup(
                street=address.address_1, postal_code=address.postal_code, city=address.city
            )
            report.cached += from_cache
            report.asked += not from_cache
            if point is None:
                report.not_found.append(label)
                continue
            if location.has_position and distance_km(location.latitude, location.longitude, *point) > MAX_DISTANCE_KM:
                report.refused.append(label)
                continue
            report.placed += 1
            if not dry_run:
                with transaction.atomic():
                    location.latitude, location.longitude = round(point[0], 6), round(point[1], 6)
                    location.geo_precision = GeoPrecision.ADDRESS
                    location.full_clean()
                    location.save(update_fields=["latitude", "longitude", "geo_precision", "modified_at"])
    finally:
        geocoder.save_cache()
    return report
