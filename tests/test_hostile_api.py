"""Hostile input on the open API: schemathesis generates requests from our served OpenAPI document.

Every generated request (odd parameters, wrong types, huge numbers, unicode) must get a documented answer: never a
server error, and every response must match what the document declares. Bounded: 25 examples per operation.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings


@pytest.fixture
def keep_test_connection():
    """Keeps the test transaction's connection open across WSGI calls, as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
def test_api_answers_every_generated_request_without_server_error(demo_directory, keep_test_connection):
    schema = schemathesis.openapi.from_wsgi("/api/hsds/openapi.json", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11  # the HSDS read endpoints

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
            case.validate_response(response)

        check()


@pytest.mark.django_db
def test_every_ref_of_the_served_openapi_document_is_local(client):
    import re

    body = client.get("/api/hsds/openapi.json").content.decode()
    refs = set(re.findall(r'"\$ref":\s*"([^"]+)"', body))
    assert refs and all(ref.startswith("#/") for ref in refs), [r for r in refs if not r.startswith("#/")]
