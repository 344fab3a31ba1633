"""The 500 and 503 pages show the territory's emergency numbers without touching the database (decision 0201)."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import RequestFactory

from accroche.core.views import server_error
from accroche.geo.models import EmergencyNumber
from accroche.geo.services import geo_load_reference

pytestmark = pytest.mark.django_db

DATABASE_DOWN = OperationalError("server closed the connection")


def _maintenance_page(client) -> str:
    with mock.patch.object(CursorWrapper, "execute", side_effect=DATABASE_DOWN):
        response = client.get("/annuaire/")
    assert response.status_code == 503
    return response.content.decode()


def _server_error_page() -> str:
    request = RequestFactory().get("/annuaire/")
    with mock.patch.object(CursorWrapper, "execute", side_effect=DATABASE_DOWN):  # any query would fail the page
        response = server_error(request)
    assert response.status_code == 500
    return response.content.decode()


def test_error_pages_show_the_numbers_of_the_data_and_follow_an_edit(client, django_capture_on_commit_callbacks):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        geo_load_reference()
    for html in (_maintenance_page(client), _server_error_page()):
        assert 'href="tel:080032123"><strong>0800 32 123</strong>' in html
        assert "Centre de prévention du suicide" in html and "Écoute-Enfants" in html
        assert "Télé-Accueil" not in html  # not a footer number in the data
    # An administrator changes a label and moves 107 to the footer: the error pages follow, still without a database.
    with django_capture_on_commit_callbacks(execute=True):
        EmergencyNumber.objects.filter(number="107").update(in_footer=True)  # bulk: no signal…
        EmergencyNumber.objects.get(number="103").save()  # …the next save snapshots the whole list
    with django_capture_on_commit_callbacks(execute=True):
        number = EmergencyNumber.objects.get(number="103")
        number.short_label = "Écoute-Enfants (103)"
        number.save()
    html = _maintenance_page(client)
    assert "Écoute-Enfants (103)" in html and "Télé-Accueil" in html
    with django_capture_on_commit_callbacks(execute=True):
        EmergencyNumber.objects.filter(in_footer=True).exclude(number="112").delete()
    html = _server_error_page()
    assert "112" in html and "103" not in html and "0800 32 123" not in html


def test_without_a_snapshot_the_error_pages_give_the_neutral_line(client):
    cache.clear()  # nothing was ever snapshotted (fresh cache, no numbers loaded)
    for html in (_maintenance_page(client), _server_error_page()):
        assert 'En cas d’urgence : <a href="tel:112"><strong>112</strong></a>.' in html
        assert "103" not in html


def test_a_failing_cache_still_gives_the_neutral_line(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        geo_load_reference()
    with mock.patch.object(cache, "get", side_effect=ConnectionError("redis down")):
        html = _server_error_page()
    assert 'En cas d’urgence : <a href="tel:112"><strong>112</strong></a>.' in html


def test_the_snapshot_comes_back_after_a_cache_flush(client, geo):
    cache.clear()
    client.get("/annuaire/")  # any page with the footer reads the territory and puts the snapshot back
    assert "0800 32 123" in _server_error_page()
