"""The /annuaire/ page without JavaScript: GET form, filters, chips, pagination, errors, zero results and the log."""

import pytest
from django.contrib.auth.models import Permission, User

from accroche.directory.models import Service
from accroche.search.models import SearchLog

pytestmark = pytest.mark.django_db
URL = "/annuaire/"


def test_without_a_query_the_page_lists_every_service_by_page(demo_directory, client):
    response = client.get(URL)
    assert response.status_code == 200
    total = Service.objects.public().count()
    assert response.context["total"] == total
    assert len(response.context["page"].object_list) == 20
    assert b'method="get"' in response.content and b'name="q"' in response.content
    assert b"?page=2" in response.content
    second = client.get(URL, {"page": 2})
    first_names = {h.service.name for h in response.context["page"].object_list}
    assert not first_names & {h.service.name for h in second.context["page"].object_list}


def test_a_search_shows_cards_chips_counts_and_the_map_link(demo_directory, client):
    response = client.get(URL, {"q": "harcelement", "lieu": "4800", "gratuit": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "AMO CAP" in html or "Oxyjeunes" in html
    assert "couvre votre commune" in html
    assert "À vérifier" in html  # demo listings are flagged (badges: one casing, decision 0160)
    assert 'href="/carte/?q=harcelement&amp;lieu=4800&amp;gratuit=1"' in html
    # Each chip removes its own criterion and keeps the others.
    assert 'href="?q=harcelement&amp;lieu=4800"' in html  # removes "gratuit"
    assert 'href="?lieu=4800&amp;gratuit=1"' in html  # removes the query
    assert 'class="search-filters__count"' in html
    assert "checked" in html


def test_the_result_card_links_to_the_service_page_with_phone_and_badges(demo_directory, client):
    response = client.get(URL, {"q": "écoute enfants"})
    html = response.content.decode()
    service = Service.objects.get(slug="ecoute-enfants-103")
    assert f'href="{service.get_absolute_url()}"' in html
    assert 'href="tel:103"' in html
    assert "Gratuit" in html and "Anonyme possible" in html


@pytest.mark.parametrize(
    "query_string",
    [
        "age=douze",
        "age=300",
        "page=0",
        "page=abc",
        "lat=91&lon=5",
        "lat=50",
        "tri=hasard",
        "ligne=troisieme",
        "type=inconnu",
        "besoin=zzz",
        "public=martiens",
        "plateforme=namur",
        "lon=abc&lat=2",
    ],
)
def test_bad_parameters_give_a_clear_french_400(db, client, query_string):
    response = client.get(f"{URL}?{query_string}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Certains critères de recherche ne sont pas valables." in html
    assert "attendu" in html or "inconnu" in html or "vont ensemble" in html


def test_an_unknown_place_is_explained_not_an_error(demo_directory, client):
    response = client.get(URL, {"q": "amo", "lieu": "Atlantide"})
    assert response.status_code == 200
    assert "Nous ne connaissons pas la commune" in response.content.decode()
    assert response.context["total"] > 0


def test_zero_results_still_help_and_are_logged_anonymously(demo_directory, client):
    response = client.get(URL, {"q": "Xqzwv Trucmuche", "gratuit": "1"})
    html = response.content.decode()
    assert response.context["total"] == 0
    assert "Ces lignes d’aide répondent toujours" in html
    assert "Écoute-Enfants (103)" in html
    client.get(URL, {"q": "xqzwv trucmuche", "gratuit": "1"})
    log = SearchLog.objects.get()
    assert (log.query, log.filters, log.result_count, log.count) == ("xqzwv trucmuche", "gratuit", 0, 2)
    assert not {f.name for f in SearchLog._meta.fields} & {"ip", "user", "lat", "lon", "session"}


def test_a_filtered_search_without_result_offers_the_broader_one(demo_directory, client):
    response = client.get(URL, {"q": "harcelement", "type": "cpas"})
    html = response.content.decode()
    assert response.context["total"] == 0
    assert "En élargissant la recherche (sans les filtres)" in html
    assert "Les mots de Tom" in html
    assert 'href="?q=harcelement"' in html


def test_a_typo_suggests_the_right_spelling(demo_directory, client):
    html = client.get(URL, {"q": "psycologue"}).content.decode()
    assert "Vouliez-vous dire" in html and 'href="?q=psychologue"' in html


def test_live_typing_renders_the_regions_only_and_logs_nothing(demo_directory, client):
    response = client.get(URL, {"q": "xqzw"}, HTTP_X_SEARCH_PARTIAL="1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="search-results"' in html and 'id="search-filters"' in html
    assert not SearchLog.objects.exists()
    client.get(URL, {"q": "xqzw"}, HTTP_X_SEARCH_PARTIAL="1", HTTP_X_SEARCH_LOG="1")
    assert SearchLog.objects.get().query == "xqzw"


def test_found_searches_are_not_logged(demo_directory, client):
    client.get(URL, {"q": "amo"})
    client.get(URL)
    assert not SearchLog.objects.exists()


def test_coordinators_see_the_unmet_needs_report_by_plateforme(demo_directory, client):
    client.get(URL, {"q": "trampoline", "lieu": "4800"})
    client.get(URL, {"q": "licorne", "lieu": "4500"})
    assert set(SearchLog.objects.values_list("plateforme", flat=True)) == {"verviers", "huy-waremme"}
    user = User.objects.create_user("coordination", password="un mot de passe long")
    client.force_login(user)
    assert client.get("/admin/recherche/besoins-non-trouves/").status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="view_searchlog"))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = client.get("/admin/recherche/besoins-non-trouves/", {"plateforme": "verviers"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "trampoline" in html and "licorne" not in html
