"""Behaviour of the HSDS API endpoints on the demo directory: Page envelope, filters, search, near a postcode."""

import json
import math
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accroche.directory.choices import Scope, Tristate, Vocabulary
from accroche.directory.models import Service, ServiceArea, TaxonomyTerm
from accroche.geo.selectors import distance_km, place_from_text


def test_root_gives_the_hsds_version_and_a_working_openapi_url(api):
    status, body = api("")
    assert status == 200 and body["version"] == "3.0"
    assert body["openapi_url"] == "http://testserver/api/hsds/openapi.json"
    response = api.client.get("/api/hsds/openapi.json")
    doc = response.json()
    assert doc["openapi"].startswith("3.1")
    assert "REQUIRED" not in json.dumps(doc["info"])
    assert doc["servers"] == [{"url": "http://testserver/api/hsds", "description": "Ensemble accrochons-nous"}]
    for path in (
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
        "/taxonomies",
        "/taxonomies/{id}",
        "/taxonomy_terms",
        "/taxonomy_terms/{id}",
    ):
        assert path in doc["paths"]
    operation_ids = [item["get"]["operationId"] for item in doc["paths"].values()]
    assert len(operation_ids) == len(set(operation_ids))


def test_page_envelope_and_pagination_cover_every_service_once(api):
    seen = []
    for page in range(1, 12):
        status, body = api("services", page=page, per_page=10)
        assert status == 200
        assert body["total_items"] == 104 and body["total_pages"] == math.ceil(104 / 10)
        assert body["page_number"] == page and body["size"] == len(body["contents"])
        assert body["first_page"] is (page == 1) and body["last_page"] is (page == 11)
        assert body["empty"] is False
        seen += [s["id"] for s in body["contents"]]
    assert len(seen) == len(set(seen)) == 104
    assert body["size"] == 4
    status, beyond = api("services", page=12, per_page=10)
    assert status == 200 and beyond["contents"] == [] and beyond["empty"] is True and beyond["size"] == 0


def test_list_items_are_flat_and_full_items_nested(api):
    _status, flat = api("services", per_page=3)
    assert all("attributes" not in s and "phones" not in s and s["organization"]["id"] for s in flat["contents"])
    _status, full = api("services", per_page=3, full="true")
    assert all("attributes" in s and "service_at_locations" in s for s in full["contents"])


def test_minimal_returns_every_service_id_and_date_in_one_page(api):
    status, body = api("services", minimal="true")
    assert status == 200 and body["total_pages"] == 1 and body["size"] == 104
    assert set(body["contents"][0]) == {"id", "modified_date"}


def test_ndjson_streams_every_item_without_pagination(api):
    response = api.client.get("/api/hsds/services", {"format": "ndjson", "per_page": 5})
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 104 and json.loads(lines[0])["id"]


def test_modified_after_returns_only_services_changed_since(api):
    changed = Service.objects.public().order_by("name")[3]
    Service.objects.exclude(pk=changed.pk).update(modified_at=timezone.now() - timedelta(days=30))
    Service.objects.filter(pk=changed.pk).update(modified_at=timezone.now())
    since = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    status, body = api("services", modified_after=since)
    assert status == 200 and [s["id"] for s in body["contents"]] == [str(changed.pk)]
    _status, by_day = api("services", modified_after=(timezone.localdate() - timedelta(days=1)).isoformat())
    assert by_day["total_items"] == 1
    _status, old = api("services", modified_after=(timezone.localdate() - timedelta(days=60)).isoformat())
    assert old["total_items"] == 104


def test_taxonomy_term_and_taxonomy_filters(api):
    harassment = TaxonomyTerm.objects.get(taxonomy__vocabulary=Vocabulary.NEED, code="harcelement")
    expected = set(Service.objects.public().filter(terms=harassment).values_list("id", flat=True))
    assert expected
    _status, body = api("services", taxonomy_term_id=str(harassment.id), per_page=100, full="true")
    assert {s["id"] for s in body["contents"]} == {str(i) for i in expected}
    assert all(any(a["taxonomy_term_id"] == str(harassment.id) for a in s["attributes"]) for s in body["contents"])
    _status, in_taxonomy = api("services", taxonomy_id=str(harassment.taxonomy_id), per_page=100)
    assert body["total_items"] <= in_taxonomy["total_items"] <= 104


def test_a_fact_term_filters_on_the_typed_field(api):
    free = TaxonomyTerm.objects.get(taxonomy__vocabulary=Vocabulary.FACT, code="gratuit")
    _status, body = api("services", taxonomy_term_id=str(free.id), per_page=100, full="true")
    expected = Service.objects.public().exclude(free=Tristate.UNKNOWN).count()
    assert body["total_items"] == expected > 0
    for service in body["contents"]:
        values = [a["value"] for a in service["attributes"] if a["taxonomy_term_id"] == str(free.id)]
        assert values and values[0] in ("oui", "non", "partiel")


def test_organization_id_filter(api):
    service = Service.objects.public().order_by("name").first()
    _status, body = api("services", organization_id=str(service.organization_id))
    assert body["total_items"] >= 1
    assert {s["organization_id"] for s in body["contents"]} == {str(service.organization_id)}


def test_search_uses_the_shared_engine(api):
    for query in ("harcelement", "harcèlement"):
        _status, body = api("services", search=query, full="true")
        assert body["total_items"] >= 1
        top = body["contents"][0]
        term_codes = {a["taxonomy_term"].get("code") for a in top["attributes"]}
        assert "harcelement" in term_codes or "harc" in top["description"].lower(), top["name"]
    _status, none = api("services", search="zzqxwv")
    assert none["total_items"] == 0 and none["empty"] is True


def test_organization_search_finds_providers_of_matching_services(api):
    _status, services = api("services", search="harcelement", per_page=100)
    _status, orgs = api("organizations", search="harcelement", per_page=100)
    assert {s["organization_id"] for s in services["contents"]} <= {o["id"] for o in orgs["contents"]}
    _status, by_name = api("organizations", search="AMO", per_page=100)
    assert by_name["total_items"] >= 1 and by_name["total_items"] < 104


def test_conditional_get_answers_304_when_unchanged(api):
    first = api.client.get("/api/hsds/services", {"per_page": 5})
    again = api.client.get("/api/hsds/services", {"per_page": 5}, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again["Access-Control-Allow-Origin"] == "*"
    other = api.client.get("/api/hsds/services", {"per_page": 6}, headers={"If-None-Match": first["ETag"]})
    assert other.status_code == 200


def test_hidden_services_are_not_published(api):
    hidden = Service.objects.public().order_by("name").first()
    Service.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    _status, body = api("services", minimal="true")
    assert body["total_items"] == 103 and str(hidden.pk) not in {s["id"] for s in body["contents"]}
    assert api(f"services/{hidden.pk}")[0] == 404
    for sal in hidden.service_at_locations.all():
        assert api(f"service_at_locations/{sal.pk}")[0] == 404


def _covers(service_id, place) -> bool:
    """The service declares it covers the place: its commune in the service areas, or a wide scope including it."""
    service = Service.objects.get(pk=service_id)
    if service.scope in (Scope.FWB, Scope.PROVINCE):
        return True
    if service.scope == Scope.PLATEFORME:
        return service.plateforme == place.commune.plateforme
    return ServiceArea.objects.filter(service_id=service_id, commune=place.commune).exists()


def test_postcode_and_proximity_keep_near_or_covering_services_nearest_first(api):
    place = place_from_text(text="4800")
    status, body = api("service_at_locations", postcode="4800", proximity="5000", per_page=100)
    assert status == 200 and body["total_items"] > 0
    distances, covering_done = [], False
    for item in body["contents"]:
        location = item["location"]
        distance = distance_km(place.latitude, place.longitude, location["latitude"], location["longitude"])
        if _covers(item["service_id"], place):
            assert not covering_done, "services covering the postcode come first"
            continue
        covering_done = True
        assert distance <= 5.0
        distances.append(distance)
    assert distances == sorted(distances)
    assert api("service_at_locations", postcode="4800", proximity="5km", per_page=100)[1] == body
    _status, wider = api("service_at_locations", postcode="4800", proximity="30000", per_page=100)
    assert wider["total_items"] > body["total_items"]
    assert {i["id"] for i in body["contents"]} <= {i["id"] for i in wider["contents"]}


def test_proximity_without_postcode_is_ignored(api):
    assert api("service_at_locations", proximity="1000", per_page=100) == api("service_at_locations", per_page=100)


def test_postcode_without_proximity_keeps_covering_services(api):
    place = place_from_text(text="4800")
    _status, body = api("service_at_locations", postcode="4800", per_page=100)
    assert body["total_items"] > 0
    for item in body["contents"]:
        areas = ServiceArea.objects.filter(service_id=item["service_id"])
        assert not areas.exists() or _covers(item["service_id"], place)


def test_cors_cache_headers_and_read_only(api):
    response = api.client.get("/api/hsds/services", {"per_page": 1})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert api.client.options("/api/hsds/services").status_code == 204
    post = api.client.post("/api/hsds/services", {})
    assert post.status_code == 405 and "error" in post.json()


def test_unknown_ids_and_paths_give_json_404(api):
    for path in ("services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"):
        status, body = api(f"{path}/00000000-0000-4000-8000-000000000000")
        assert status == 404 and body["error"]
    status, body = api("nowhere")
    assert status == 404 and body["error"]


def test_query_count_does_not_grow_with_page_size(api):
    counts = []
    for per_page in (5, 50):
        with CaptureQueriesContext(connection) as ctx:
            assert api("services", per_page=per_page, full="true")[0] == 200
        counts.append(len(ctx.captured_queries))
    assert counts[1] - counts[0] <= 3 and counts[1] < 35  # 10× the services, (almost) the same queries
    counts = []
    for per_page in (5, 50):
        with CaptureQueriesContext(connection) as ctx:
            assert api("service_at_locations", per_page=per_page, full="true")[0] == 200
        counts.append(len(ctx.captured_queries))
    assert counts[1] - counts[0] <= 3 and counts[1] < 45
