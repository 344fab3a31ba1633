"""Site-wide behaviour: health check, security headers, French error and maintenance pages."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client


@pytest.mark.django_db
def test_health_reports_database_ok(client):
    response = client.get("/sante/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True}


@pytest.mark.django_db
def test_health_reports_503_when_database_fails(client):
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("connection refused")):
        response = client.get("/sante/")
    assert response.status_code == 503
    assert response.json()["database"] is False


@pytest.mark.django_db
def test_public_pages_carry_csp_without_inline_script(client):
    response = client.get("/a-propos-des-donnees/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "geolocation=(self)" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_admin_requires_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_about_data_credits_geonames_and_hsds(client):
    body = client.get("/a-propos-des-donnees/").content.decode()
    assert "GeoNames" in body and "CC BY 4.0" in body
    assert "HSDS" in body


@pytest.mark.django_db
def test_unknown_page_gives_french_404(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "introuvable" in response.content.decode()


@pytest.mark.django_db
def test_database_outage_gives_french_503_then_recovers(client, demo_directory):
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("server closed the connection")):
        response = client.get("/annuaire/")
    assert response.status_code == 503
    assert "momentanément indisponible" in response.content.decode()
    assert response["Retry-After"] == "30"
    # The next request works again, without restarting anything.
    assert client.get("/annuaire/").status_code == 200


@pytest.mark.django_db
def test_api_outage_answers_json_503(demo_directory):
    client = Client(raise_request_exception=False)  # as in production: errors become responses
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("could not connect")):
        response = client.get("/api/hsds/services")
    assert response.status_code == 503
    assert response.json()["status"] == 503
