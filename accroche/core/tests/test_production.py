"""Production behaviours: anonymous page cache with invalidation, request limits, admin status panel."""

import pytest
from django.core.cache import cache

from accroche.core.status import task_queue_state


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_anonymous_page_is_cached_then_invalidated_by_a_listing_change(client, page_cache, demo_directory):
    from accroche.directory.models import Service

    service = Service.objects.get(external_id="cpms-libres-verviers")
    url = "/a-propos-des-donnees/"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    service.name = "Centres PMS Libres de Verviers (nom corrigé)"
    service.save()
    assert client.get(url)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_visitors_with_cookies_and_admin_are_never_served_from_cache(client, page_cache, admin_user):
    client.get("/a-propos-des-donnees/")
    client.force_login(admin_user)
    assert "X-Page-Cache" not in client.get("/a-propos-des-donnees/")
    assert "X-Page-Cache" not in client.get("/admin/")


@pytest.mark.django_db
def test_oversized_upload_is_refused_with_a_french_message(client, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    response = client.post("/admin/login/", data={"x": "a" * 4096})
    assert response.status_code == 413
    assert "trop volumineux" in response.content.decode()


@pytest.mark.django_db
def test_api_rate_limit_answers_429_json(client, settings):
    settings.API_RATE_LIMIT = 3
    cache.clear()
    statuses = [client.get("/api/hsds/").status_code for _ in range(5)]
    assert statuses[-1] == 429
    assert statuses[:3].count(429) == 0
    cache.clear()


@pytest.mark.django_db
def test_admin_dashboard_shows_version_and_task_queue(admin_client):
    body = admin_client.get("/admin/").content.decode()
    assert "État de la plateforme" in body
    assert "Version" in body
    assert task_queue_state() == {}


@pytest.mark.django_db
def test_partial_and_full_renders_of_one_url_are_cached_apart(client, page_cache, demo_directory):
    url = "/annuaire/?q=harcelement"
    partial = client.get(url, headers={"X-Search-Partial": "1"})
    full = client.get(url)
    assert full["X-Page-Cache"] == "miss"
    assert "<html" in full.content.decode() and "<html" not in partial.content.decode()
    assert client.get(url, headers={"X-Search-Partial": "1"}).content == partial.content


@pytest.mark.django_db
def test_compressed_and_plain_answers_are_cached_apart(client, page_cache, demo_directory):
    brotli = client.get("/carte/donnees.geojson", headers={"Accept-Encoding": "br"})
    plain = client.get("/carte/donnees.geojson", headers={"Accept-Encoding": "identity"})
    assert brotli.get("Content-Encoding") == "br"
    assert plain.get("Content-Encoding") is None
    assert plain.json()["type"] == "FeatureCollection"
