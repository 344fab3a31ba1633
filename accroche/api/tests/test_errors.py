"""Bad parameters give HTTP 400 with a JSON error naming the parameter, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BAD = [
    ("services", {"page": "x"}, "page"),
    ("services", {"page": "0"}, "page"),
    ("services", {"per_page": "-3"}, "per_page"),
    ("services", {"per_page": "1000"}, "per_page"),
    ("services", {"full": "peut-être"}, "full"),
    ("services", {"minimal": "2"}, "minimal"),
    ("services", {"modified_after": "hier"}, "modified_after"),
    ("services", {"modified_after": "2025-13-45"}, "modified_after"),
    ("services", {"taxonomy_term_id": "abc"}, "taxonomy_term_id"),
    ("services", {"taxonomy_id": "123"}, "taxonomy_id"),
    ("services", {"organization_id": "' OR 1=1"}, "organization_id"),
    ("services", {"format": "xml"}, "format"),
    ("services", {"search": "x" * 500}, "search"),
    ("service_at_locations", {"postcode": "9999"}, "postcode"),
    ("service_at_locations", {"postcode": "Atlantide"}, "postcode"),
    ("service_at_locations", {"postcode": "4800", "proximity": "-1"}, "proximity"),
    ("service_at_locations", {"postcode": "4800", "proximity": "loin"}, "proximity"),
    ("service_at_locations", {"postcode": "4800", "proximity": "nan"}, "proximity"),
    ("service_at_locations", {"postcode": "4800", "proximity": "5 miles"}, "proximity"),
    ("service_at_locations", {"postcode": "4800", "proximity": "2000km"}, "proximity"),
    ("taxonomy_terms", {"parent_id": "zz"}, "parent_id"),
    ("taxonomy_terms", {"top_only": "oui-non"}, "top_only"),
    ("organizations", {"full_service": "x"}, "full_service"),
    ("services/not-a-uuid", {}, "id"),
    ("services", {"search": "harc\x00lement"}, "search"),
    ("service_at_locations", {"postcode": "48\x0000"}, "postcode"),
]


@pytest.mark.parametrize(("path", "params", "name"), BAD)
def test_bad_parameter_gives_400_naming_it(api, path, params, name):
    status, body = api(path, **params)
    assert status == 400
    assert body["error"] and name in body["details"]


@pytest.mark.parametrize(
    "value",
    [
        "2000-01-01t00:00:00z",
        "1990-12-31T23:59:60Z",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-23:59",
        "2025-01-31",
        "2025-01-31T08:00:00.123456789+01:00",
    ],
)
def test_every_rfc3339_modified_after_is_accepted(api, value):
    status, body = api("services", modified_after=value, minimal="true")
    assert status == 200, body


def test_several_bad_parameters_are_all_reported(api):
    status, body = api("services", page="a", per_page="b", modified_after="c")
    assert status == 400 and set(body["details"]) == {"page", "per_page", "modified_after"}


ENDPOINTS = [
    "",
    "services",
    "organizations",
    "service_at_locations",
    "taxonomies",
    "taxonomy_terms",
    "services/00000000-0000-4000-8000-000000000000",
]
NAMES = [
    "page",
    "per_page",
    "full",
    "minimal",
    "modified_after",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "search",
    "postcode",
    "proximity",
    "format",
    "parent_id",
    "top_only",
    "full_service",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    endpoint=st.sampled_from(ENDPOINTS),
    params=st.dictionaries(st.sampled_from(NAMES), st.text(max_size=30), max_size=4),
)
def test_random_query_strings_never_give_a_server_error(api, endpoint, params):
    response = api.client.get(f"/api/hsds/{endpoint}", params)
    assert response.status_code in (200, 400, 404)
    if response.status_code != 200:
        assert "error" in response.json()
