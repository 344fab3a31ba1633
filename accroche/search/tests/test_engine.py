"""The engine over the real demo directory: each filter, counts, distance order, service-area coverage, index upkeep."""

import pytest
from django.http import QueryDict
from django.utils import timezone

from accroche.directory.choices import Line, Mandate, Tristate
from accroche.directory.models import Service
from accroche.search.engine import search_services
from accroche.search.params import SearchParams, params_from_querydict
from accroche.search.text import fold

pytestmark = pytest.mark.django_db


def search(query_string: str, **kwargs):
    return search_services(params_from_querydict(QueryDict(query_string)), **kwargs)


def codes(service, kind):
    return {t.code for t in getattr(service, kind)}


FILTERS = [
    ("plateforme=verviers", "plateforme", "verviers", lambda s: s.plateforme in ("verviers", "")),
    ("type=amo", "type", "amo", lambda s: "amo" in codes(s, "service_types")),
    ("besoin=harcelement", "besoin", "harcelement", lambda s: "harcelement" in codes(s, "needs")),
    ("public=medecins", "public", "medecins", lambda s: "medecins" in codes(s, "audiences")),
    ("gratuit=1", "gratuit", "1", lambda s: s.free == Tristate.YES),
    ("anonyme=1", "anonyme", "1", lambda s: s.anonymous == Tristate.YES),
    ("sans_mandat=1", "sans_mandat", "1", lambda s: s.mandate == Mandate.FREE_ACCESS),
    ("ligne=deuxieme_ligne", "ligne", "deuxieme_ligne", lambda s: s.line in (Line.SECOND, Line.MIXED)),
]


def test_each_filter_keeps_exactly_the_matching_services_and_counts_them(demo_directory, subtests):
    everything = search("")
    public = list(Service.objects.public())
    assert everything.total == len(public)
    for query_string, facet, value, matches in FILTERS:
        with subtests.test(filter=query_string):
            results = search(query_string)
            found = {h.service.pk for h in results.hits}
            expected = {s.pk for s in public if matches(s)}
            assert found == expected
            assert 0 < len(found) < len(public)
            assert everything.facets[facet][value] == len(found)  # the count shown next to the filter


def test_age_filter_keeps_services_open_to_that_age(demo_directory):
    results = search("age=22")
    assert results.total > 0
    for hit in results.hits:
        service = hit.service
        assert service.minimum_age is None or service.minimum_age <= 22
        assert service.maximum_age is None or service.maximum_age >= 22
    assert search("age=22").total < search("").total


def test_filters_combine_and_each_count_applies_the_other_filters(demo_directory):
    results = search("q=psy&plateforme=liege&gratuit=1")
    assert results.total > 0
    for hit in results.hits:
        assert hit.service.free == Tristate.YES and hit.service.plateforme in ("liege", "")
    # Counts of another plateforme tell what choosing it instead would give.
    assert results.facets["plateforme"]["verviers"] == search("q=psy&plateforme=verviers&gratuit=1").total


def test_sort_by_distance_puts_covering_and_near_services_first(demo_directory):
    results = search("lieu=4800&tri=distance")
    assert results.place.commune.name == "Verviers"
    hits = list(results.hits)
    covering = [h for h in hits if h.covers_place]
    assert covering and hits[: len(covering)] != []
    local = [h for h in hits if not h.covers_place and h.distance_km is not None]
    distances = [h.distance_km for h in local]
    assert distances == sorted(distances)
    assert hits[0].covers_place


def test_a_service_covering_the_commune_counts_as_near_even_with_its_office_elsewhere(demo_directory):
    results = search("lieu=4845&tri=distance")  # Jalhay: the SAJ of Verviers covers it from Verviers
    hits = list(results.hits)
    saj = next(h for h in hits if h.service.slug == "saj-verviers")
    assert saj.covers_place and saj.distance_km > 3
    farther_rank = next(i for i, h in enumerate(hits) if not h.covers_place)
    assert hits.index(saj) < farther_rank
    assert not next(h for h in hits if h.service.slug == "saj-huy").covers_place


def test_relevance_with_a_place_prefers_the_near_service(demo_directory):
    near_huy = [h.service.slug for h in search("q=saj&lieu=4500").hits[:1]]
    near_liege = [h.service.slug for h in search("q=saj&lieu=4000").hits[:1]]
    assert near_huy == ["saj-huy"] and near_liege == ["saj-liege"]


def test_browser_position_sorts_by_distance_and_finds_the_commune(demo_directory):
    results = search("lat=50.5189&lon=5.2328&tri=distance")  # Huy
    assert results.place.commune is not None and results.place.commune.name == "Huy"
    assert results.hits[0].distance_km is not None or results.hits[0].covers_place


def test_index_follows_the_directory(demo_directory):
    assert search("q=zanzibar").total == 0
    service = Service.objects.get(slug="amo-la-teignouse")
    service.name = "AMO Zanzibar"
    service.save()
    assert [h.service.slug for h in search("q=zanzibar").hits] == ["amo-la-teignouse"]
    service.hidden_at = timezone.now()
    service.save()
    assert search("q=zanzibar").total == 0
    Service.objects.filter(slug="cpms-ville-de-liege").delete()
    assert "cpms-ville-de-liege" not in {h.service.slug for h in search("q=pms").hits}


def test_queryset_limits_the_candidates(demo_directory):
    queryset = Service.objects.public().filter(plateforme="huy-waremme")
    results = search_services(SearchParams(q="aide"), queryset=queryset)
    assert results.total > 0
    assert all(h.service.plateforme == "huy-waremme" for h in results.hits)


def test_hits_load_services_by_page(demo_directory, django_assert_max_num_queries):
    results = search("")
    with django_assert_max_num_queries(12):
        page = results.hits[20:40]
        names = [h.service.name for h in page]
    assert len(names) == 20 and [fold(n) for n in names] == sorted(fold(n) for n in names)
