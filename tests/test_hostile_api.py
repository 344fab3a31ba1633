"""Hostile input on the open API: schemathesis generates requests from our served OpenAPI document.

Every generated request (odd parameters, wrong types, huge numbers, unicode) must get a documented answer: never a
server error, and every response must match what the document declares. Bounded: 25 examples per operation.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings


@pytest.mark.django_db
def test_api_answers_every_generated_request_without_server_error(demo_directory):
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
