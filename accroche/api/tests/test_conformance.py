"""Every object the API returns for the demo directory validates against the official HSDS 3.0 JSON Schemas."""

from accroche.directory.models import Service

from .hsds_schemas import errors

PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


def _all_pages(api, path: str, **params) -> list[dict]:
    items, page = [], 1
    while True:
        status, body = api(path, page=page, per_page=25, **params)
        assert status == 200, body
        assert set(body) == PAGE_KEYS
        items.extend(body["contents"])
        if body["last_page"]:
            assert body["page_number"] == body["total_pages"]
            assert len(items) == body["total_items"]
            return items
        page += 1


def _assert_valid(items: list[dict], schema: str):
    problems = {item.get("id"): errors(item, schema) for item in items}
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_service_full_page_is_valid_hsds(api):
    services = _all_pages(api, "services", full="true")
    assert len(services) == Service.objects.public().count() == 104
    _assert_valid(services, "service.json")
    # Nested objects validate through the $refs; check the facts and terms really are there.
    first = services[0]
    assert {a["link_entity"] for a in first["attributes"]} == {"service"}
    # The nested tables are really filled (not only valid because empty).
    assert sum(1 for s in services if s["phones"]) > 10
    assert sum(1 for s in services if s["service_areas"]) > 50
    addresses = [a for s in services for sal in s["service_at_locations"] for a in sal["location"]["addresses"]]
    assert len(addresses) > 50 and all(a["city"] for a in addresses)
    assert all(s["organization"]["id"] == s["organization_id"] for s in services)
    assert all(a["taxonomy_term"]["id"] == a["taxonomy_term_id"] for s in services for a in s["attributes"])


def test_every_service_list_item_and_detail_is_valid_hsds(api):
    items = _all_pages(api, "services")
    _assert_valid(items, "compiled/service_list.json")
    details = []
    for item in items:
        status, body = api(f"services/{item['id']}")
        assert status == 200
        details.append(body)
    _assert_valid(details, "service.json")
    _assert_valid([d["organization"] for d in details], "organization.json")


def test_every_organization_is_valid_hsds(api):
    items = _all_pages(api, "organizations")
    _assert_valid(items, "compiled/organization_list.json")
    full = _all_pages(api, "organizations", full="true", full_service="true")
    _assert_valid(full, "organization.json")
    _assert_valid([s for org in full for s in org["services"]], "service.json")
    assert sum(len(org["services"]) for org in full) == 104
    assert any(loc["addresses"] for org in full for loc in org["locations"])
    status, body = api(f"organizations/{items[0]['id']}")
    assert status == 200 and errors(body, "organization.json") == []


def test_every_service_at_location_is_valid_hsds(api):
    items = _all_pages(api, "service_at_locations")
    assert items, "the demo services have locations"
    _assert_valid(items, "compiled/service_at_location_list.json")
    _assert_valid([i["location"] for i in items], "location.json")
    full = _all_pages(api, "service_at_locations", full="true")
    _assert_valid(full, "service_at_location.json")
    _assert_valid([i["service"] for i in full], "service.json")
    for item in items:
        status, body = api(f"service_at_locations/{item['id']}")
        assert status == 200
        assert errors(body, "service_at_location.json") == [] and errors(body["service"], "service.json") == []


def test_every_taxonomy_and_term_is_valid_hsds(api):
    taxonomies = _all_pages(api, "taxonomies")
    assert len(taxonomies) >= 4  # service types, needs, audiences, facts
    _assert_valid(taxonomies, "taxonomy.json")
    terms = _all_pages(api, "taxonomy_terms")
    _assert_valid(terms, "taxonomy_term.json")
    for item in taxonomies:
        assert api(f"taxonomies/{item['id']}") == (200, item)
    for item in terms:
        status, body = api(f"taxonomy_terms/{item['id']}")
        assert status == 200 and errors(body, "taxonomy_term.json") == []


def test_schema_validation_catches_a_broken_service(api):
    """The validator is strict enough to fail: a bad status, a non-uuid id and a malformed URL are reported."""
    _status, body = api("services", per_page=1, full="true")
    broken = dict(body["contents"][0], status="open", id="not-a-uuid", url="pas une url")
    problems = " ".join(errors(broken, "service.json"))
    assert "'open' is not one of" in problems
    assert "not-a-uuid" in problems
    assert "pas une url" in problems
