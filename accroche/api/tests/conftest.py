"""The demo directory loaded ONCE for the API tests (importing it takes a minute), rolled back at the end."""

import pytest
from django.db import transaction
from django.test import Client


@pytest.fixture(scope="package")
def hsds_demo(django_db_setup, django_db_blocker):
    """Loads what the root `demo_directory` fixture loads (geo reference + 104 services) inside one transaction."""
    from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv
    from accroche.geo.services import geo_load_reference

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            geo_load_reference()
            report = import_services_csv(path=DEMO_FILE)
            assert not report.errors, report.errors
            yield report
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def api(db, hsds_demo):
    """Returns a GET helper on /api/hsds/ that decodes JSON: api("services", page=2) → (status, body)."""
    client = Client()

    def get(path: str = "", **params):
        response = client.get(f"/api/hsds/{path}", params)
        return response.status_code, response.json()

    get.client = client
    return get
