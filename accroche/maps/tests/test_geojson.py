"""The GeoJSON endpoint: same filters as the directory search, approximate positions, caching, clean 400s."""

import gzip
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from accroche.directory.choices import GeoPrecision
from accroche.directory.models import Location, Service

pytestmark = pytest.mark.django_db


def get_geojson(client, **params):
    response = client.get(reverse("maps:geojson"), params)
    return response, (json.loads(response.content) if response.status_code in (200, 400) else None)


def ids(body) -> set[str]:
    return {f["properties"]["id"] for f in body["features"]}


def test_located_public_services_are_points_with_popup_facts(client, map_services):
    response, body = get_geojson(client)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    assert body["type"] == "FeatureCollection"
    assert ids(body) == {"amo-verviers", "cpms-liege", "ssm-huy"}  # not the helpline (no place), not the hidden one
    assert body["meta"] == {"services": 4, "unplaced": 1}
    amo = next(f for f in body["features"] if f["properties"]["id"] == "amo-verviers")
    assert amo["geometry"] == {"type": "Point", "coordinates": [5.8624, 50.5891]}  # GeoJSON: [longitude, latitude]
    assert amo["properties"]["name"] == "AMO de Verviers"
    assert amo["properties"]["type"].startswith("Service d'Action en Milieu Ouvert")
    assert amo["properties"]["address"] == "Rue du Collège 4, 4800 Verviers"
    assert amo["properties"]["phone"] == "087 12 34 56"
    assert amo["properties"]["url"] == map_services["amo"].get_absolute_url()


def test_filters_are_the_directory_search_filters(client, map_services):
    assert ids(get_geojson(client, plateforme="verviers")[1]) == {"amo-verviers"}
    assert ids(get_geojson(client, plateforme="huy-waremme")[1]) == {"ssm-huy"}
    assert ids(get_geojson(client, gratuit="1")[1]) == {"amo-verviers", "cpms-liege"}
    assert ids(get_geojson(client, type="cpms")[1]) == {"cpms-liege"}
    assert ids(get_geojson(client, type=["cpms", "ssm"])[1]) == {"cpms-liege", "ssm-huy"}
    _, body = get_geojson(client, q="santé mentale")
    assert min(body["features"], key=lambda f: f["properties"]["rank"])["properties"]["id"] == "ssm-huy"


def test_a_place_ranks_the_nearest_first(client, map_services):
    _, body = get_geojson(client, lieu="Verviers")
    ranked = sorted(body["features"], key=lambda f: f["properties"]["rank"])
    assert ranked[0]["properties"]["id"] == "amo-verviers"


def test_approximate_positions_are_flagged(client, map_services):
    _, body = get_geojson(client)
    flags = {f["properties"]["id"]: f["properties"].get("approximate", False) for f in body["features"]}
    assert flags == {"amo-verviers": False, "cpms-liege": True, "ssm-huy": False}
    location = Location.objects.get(service_at_locations__service__slug="cpms-liege")
    location.geo_precision = GeoPrecision.ADDRESS  # geocoded to the street address: no longer approximate
    location.save()
    _, after = get_geojson(client)
    assert not any(f["properties"].get("approximate") for f in after["features"])


def test_caching_headers_and_conditional_get(client, map_services):
    url = reverse("maps:geojson")
    response = client.get(url, {"plateforme": "liege"})
    assert "max-age=" in response["Cache-Control"] and "public" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get(url, {"plateforme": "liege"}, headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    other = client.get(url, {"plateforme": "verviers"}, headers={"if-none-match": etag})
    assert other.status_code == 200 and other["ETag"] != etag


def test_an_edit_changes_the_etag_and_the_data(client, map_services):
    url = reverse("maps:geojson")
    etag = client.get(url)["ETag"]
    service = map_services["amo"]
    service.name = "AMO de Verviers (nouveau nom)"
    service.save()
    fresh = client.get(url, headers={"if-none-match": etag})
    assert fresh.status_code == 200 and fresh["ETag"] != etag
    assert "AMO de Verviers (nouveau nom)" in {f["properties"]["name"] for f in json.loads(fresh.content)["features"]}


def test_a_hidden_service_leaves_the_map(client, map_services):
    assert "ssm-huy" in ids(get_geojson(client)[1])
    Service.objects.filter(slug="ssm-huy").update(hidden_at=timezone.now(), modified_at=timezone.now())
    assert "ssm-huy" not in ids(get_geojson(client)[1])


@pytest.mark.parametrize(
    "params, field",
    [
        ({"age": "douze"}, "age"),
        ({"tri": "hasard"}, "tri"),
        ({"lat": "95", "lon": "5"}, "lat"),
        ({"plateforme": "bruxelles"}, "plateforme"),
        ({"ligne": "troisieme"}, "ligne"),
    ],
)
def test_bad_parameters_get_a_json_400(client, db, params, field):
    response, body = get_geojson(client, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert field in body["errors"] and body["error"]


def test_compressed_as_the_client_accepts(client, map_services):
    import brotli

    plain = client.get(reverse("maps:geojson"))
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    zipped = client.get(reverse("maps:geojson"), headers={"accept-encoding": "gzip, deflate"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    brotlied = client.get(reverse("maps:geojson"), headers={"accept-encoding": "gzip, deflate, br"})
    assert brotlied["Content-Encoding"] == "br"
    assert brotli.decompress(brotlied.content) == plain.content
