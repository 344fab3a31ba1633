"""The one write path and the one version (decision 0140): what changes reaches every page at once, GETs never write."""

import re
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from accroche.directory.choices import Vocabulary
from accroche.directory.models import Service, Taxonomy, TaxonomyTerm
from accroche.directory.selectors import directory_version
from accroche.directory.services import directory_batch, services_hide
from accroche.search.models import PendingReindex, SearchDocument

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
# Tables of directory or index data that no GET may write (analytics such as the search log may be counted).
PROTECTED_TABLES = re.compile(
    r'\b(INSERT INTO|UPDATE|DELETE FROM)\s+"?(directory_\w+|search_(searchdocument|pendingreindex|searchindexstate))'
)


def _saj():
    return Service.objects.get(external_id="saj-verviers")


def test_a_term_added_in_the_admin_filters_the_directory_and_the_map(admin_client, client, sample_directory):
    taxonomy = Taxonomy.objects.get(vocabulary=Vocabulary.NEED)
    response = admin_client.post(
        reverse("wagtailsnippets_directory_taxonomyterm:add"),
        {"taxonomy": taxonomy.pk, "code": "sommeil", "name": "Troubles du sommeil", "sort_order": 99},
    )
    assert response.status_code == 302, response.content[:2000]
    term = TaxonomyTerm.objects.get(code="sommeil")
    saj = _saj()
    saj.terms.add(term)

    page = client.get(reverse("search:directory"), {"besoin": "sommeil"})
    assert page.status_code == 200
    assert saj.get_absolute_url() in page.content.decode()
    assert "Troubles du sommeil" in page.content.decode()  # a filter and a chip, labelled from the term
    map_page = client.get(reverse("maps:map"), {"besoin": "sommeil"})
    assert map_page.status_code == 200 and "Troubles du sommeil" in map_page.content.decode()
    geojson = client.get(reverse("maps:geojson"), {"besoin": "sommeil"})
    assert geojson.status_code == 200
    assert client.get(reverse("search:directory"), {"besoin": "inconnu"}).status_code == 400


@override_settings(TASKS=DUMMY_TASKS)
def test_a_listing_hidden_by_freshness_leaves_search_map_and_outcomes_at_once(client, sample_directory):
    from accroche.geo.selectors import Place
    from accroche.orientation.selection import select_services

    saj = _saj()
    area = saj.service_areas.exclude(commune=None).select_related("commune").first()
    place = Place(area.commune.name, area.commune.latitude, area.commune.longitude, area.commune) if area else None
    before = directory_version()
    services_hide(service_ids=[saj.pk])  # the worker has not re-indexed yet (dummy backend): the index is stale
    assert directory_version() != before
    assert PendingReindex.objects.filter(service_id=saj.pk).exists()

    page = client.get(reverse("search:directory"), {"q": "saj verviers"})
    assert page.status_code == 200 and saj.get_absolute_url() not in page.content.decode()
    geojson = client.get(reverse("maps:geojson"))
    assert geojson.status_code == 200 and saj.slug not in geojson.content.decode()
    entries = select_services(["saj"], place=place)  # pathway outcomes (issue 13: kinds of help)
    assert saj.pk not in {o.service.pk for e in entries for o in e.offers + e.incomplete}


def test_an_approved_partner_edit_shows_on_every_page_and_in_the_api(client, sample_directory, django_user_model):
    from accroche.network.services.moderation import change_request_approve, change_request_submit_service
    from accroche.network.tests.factories import make_coordinator, make_partner

    saj = _saj()
    partner = make_partner(saj.organization, username="partenaire@example.org")
    coordinator = make_coordinator(saj.plateforme, username="coord@example.org")
    change = change_request_submit_service(service=saj, payload={"name": "SAJ de Verviers (renommé)"}, user=partner)
    change_request_approve(change_request=change, reviewer=coordinator)

    saj.refresh_from_db()
    assert saj.name == "SAJ de Verviers (renommé)"
    assert "renommé" in client.get(saj.get_absolute_url()).content.decode()
    assert "renommé" in client.get(reverse("search:directory"), {"q": "renommé"}).content.decode()
    assert "renommé" in client.get(reverse("maps:geojson")).content.decode()
    assert "renommé" in client.get(reverse("api:service", args=[saj.pk])).content.decode()


def test_no_get_request_writes_directory_or_index_data(client, sample_directory):
    saj = _saj()
    saj.description += " Modifié."
    saj.save()
    urls = [
        reverse("search:directory"),
        reverse("search:directory") + "?q=harcelement&lieu=4800",
        reverse("search:directory") + "?q=zzzzqqq",  # few results: the anonymous log counts it (allowed)
        reverse("maps:map"),
        reverse("maps:geojson"),
        saj.get_absolute_url(),
        reverse("api:services"),
    ]
    with CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert client.get(url).status_code == 200, url
    writes = [q["sql"][:120] for q in queries.captured_queries if PROTECTED_TABLES.search(q["sql"])]
    assert writes == []


@override_settings(TASKS=DUMMY_TASKS)
def test_a_search_on_a_stale_index_uses_the_last_good_one(client, sample_directory):
    saj = _saj()
    saj.name = "Service renommé en attente"
    saj.save()  # queued; the worker (dummy here) has not run
    assert PendingReindex.objects.exists()
    page = client.get(reverse("search:directory"), {"q": "saj"})
    assert page.status_code == 200
    assert PendingReindex.objects.exists()  # the GET did not re-index
    from accroche.search.tasks import reindex_pending_task

    reindex_pending_task.call()  # what the worker does
    assert not PendingReindex.objects.exists()
    assert "renommé en attente" in client.get(reverse("search:directory"), {"q": "attente"}).content.decode()


def test_re_indexing_twice_never_collides_on_the_primary_key(sample_directory):
    from accroche.search.indexing import process_pending, reindex_services

    ids = list(Service.objects.values_list("pk", flat=True))
    assert SearchDocument.objects.count() == len(ids)
    assert reindex_services(service_ids=ids) == len(ids)  # documents already there: replaced, not inserted again
    assert reindex_services() == len(ids)
    with directory_batch():
        for service in Service.objects.all():
            service.save()
    assert not process_pending()  # the batch was processed once, at its end
    assert SearchDocument.objects.count() == len(ids)


@pytest.mark.django_db(transaction=True)
def test_concurrent_re_indexing_in_threads(sample_directory):
    if connection.vendor != "postgresql":
        pytest.skip("threads share no in-memory SQLite database; CI runs this on PostgreSQL")
    from accroche.search.indexing import mark_all_dirty, process_pending

    errors = []

    def work():
        try:
            mark_all_dirty()
            process_pending()
        except Exception as exc:  # noqa: BLE001 — collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert SearchDocument.objects.count() == Service.objects.count()


def test_analytics_writes_never_invalidate_cached_pages(client, settings, sample_directory):
    from accroche.core.pagecache import data_versions
    from accroche.search.services import search_log_record

    settings.PAGE_CACHE_SECONDS = 60
    before = data_versions()
    from accroche.search.params import SearchParams

    search_log_record(normalized_query="rien", params=SearchParams(q="rien"), plateforme="", result_count=0)
    assert data_versions() == before
    saj = _saj()
    saj.save()
    assert data_versions() != before


def test_unknown_parameters_and_headers_share_the_cached_page(client, settings, sample_directory):
    from django.core.cache import cache

    cache.clear()
    settings.PAGE_CACHE_SECONDS = 60
    url = reverse("search:directory")
    first = client.get(url, {"q": "saj", "x": "1"}, headers={"X-Anything": "a"})
    assert first["X-Page-Cache"] == "miss"
    second = client.get(url, {"q": "saj", "x": "2"}, headers={"X-Anything": "b"})
    assert second["X-Page-Cache"] == "hit"
    assert client.get(url, {"q": "saj"})["X-Page-Cache"] == "hit"
    assert client.get(url, {"q": "saj"}, headers={"X-Search-Partial": "1"})["X-Page-Cache"] == "miss"
    cache.clear()
