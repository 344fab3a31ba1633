"""The optional geocoding command against a local stub of a Nominatim-compatible service (127.0.0.1, no internet)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.management import CommandError, call_command

from accroche.directory.choices import GeoPrecision
from accroche.directory.geocoding import Geocoder, geocode_locations
from accroche.directory.models import Address, Location

pytestmark = pytest.mark.django_db

ANSWERS = {
    "rue laoureux 32": [{"lat": "50.5893", "lon": "5.8641", "display_name": "Rue Laoureux 32, Verviers"}],
    "rue de liège 1": [{"lat": "51.2000", "lon": "4.4000", "display_name": "Rue de Liège 1, Anvers"}],  # homonym
}


@pytest.fixture
def stub():
    """A Nominatim-compatible /search endpoint on 127.0.0.1 that records the queries it receives."""
    queries = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
            queries.append(query | {"user_agent": self.headers.get("User-Agent")})
            body = json.dumps(ANSWERS.get(query.get("street", "").lower(), [])).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/search", queries
    server.shutdown()


def place(street, postal_code, city, lat, lon):
    location = Location.objects.create(name=street, latitude=lat, longitude=lon, geo_precision=GeoPrecision.POSTAL_CODE)
    Address.objects.create(location=location, address_1=street, postal_code=postal_code, city=city)
    return location


def test_the_command_places_known_addresses_and_refuses_far_homonyms(stub, settings, tmp_path):
    url, queries = stub
    settings.GEOCODER_URL = url
    settings.GEOCODER_MIN_INTERVAL = 0
    settings.GEOCODER_CACHE_PATH = str(tmp_path / "cache.json")
    verviers = place("Rue Laoureux 32", "4800", "Verviers", 50.5891, 5.8624)
    homonym = place("Rue de Liège 1", "4020", "Liège", 50.64, 5.58)
    unknown = place("Rue Inconnue 9", "4000", "Liège", 50.64, 5.57)
    without_street = Location.objects.create(name="Centroïde", latitude=50.5, longitude=5.5, geo_precision="commune")

    call_command("geocode_locations")

    verviers.refresh_from_db()
    assert (verviers.latitude, verviers.longitude, verviers.geo_precision) == (50.5893, 5.8641, GeoPrecision.ADDRESS)
    assert not verviers.is_approximate
    homonym.refresh_from_db()
    assert homonym.geo_precision == GeoPrecision.POSTAL_CODE and homonym.latitude == 50.64  # 100 km away: refused
    unknown.refresh_from_db()
    assert unknown.is_approximate
    without_street.refresh_from_db()
    assert without_street.geo_precision == "commune"
    assert len(queries) == 3
    assert {q["countrycodes"] for q in queries} == {"be"} and all(q["user_agent"] for q in queries)

    # Cached: a second run asks the service nothing again.
    call_command("geocode_locations")
    assert len(queries) == 3
    assert "rue inconnue 9|4000|liège" in json.loads((tmp_path / "cache.json").read_text())


def test_requests_are_spaced_by_the_minimum_interval(stub, tmp_path):
    url, queries = stub
    now = [100.0]
    waits = []
    geocoder = Geocoder(
        url=url,
        user_agent="test",
        cache_path=tmp_path / "c.json",
        min_interval=1.0,
        clock=lambda: now[0],
        sleep=lambda seconds: waits.append(seconds),
    )
    place("Rue Laoureux 32", "4800", "Verviers", 50.5891, 5.8624)
    place("Rue Inconnue 9", "4000", "Liège", 50.64, 5.57)
    geocode_locations(geocoder=geocoder, dry_run=True)
    assert len(queries) == 2
    assert waits == [1.0]  # the clock did not move between the two: the second waited a full interval
    assert Location.objects.filter(geo_precision=GeoPrecision.ADDRESS).count() == 0  # dry run writes nothing


def test_without_a_configured_service_the_command_refuses_clearly(settings):
    settings.GEOCODER_URL = ""
    with pytest.raises(CommandError, match="GEOCODER_URL"):
        call_command("geocode_locations")
