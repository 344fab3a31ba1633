"""Public service and organization pages: what a person needs to act, honest verification, 404s."""

import json
import re
from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accroche.directory.choices import ServiceStatus, Weekday
from accroche.directory.models import Organization, Schedule, Service

pytestmark = pytest.mark.django_db


def _get(client, external_id):
    service = Service.objects.get(external_id=external_id)
    return service, client.get(service.get_absolute_url())


def test_service_url_is_readable_french(sample_directory):
    assert reverse("directory:service_detail", kwargs={"slug": "ecoute-enfants-103"}) == "/annuaire/ecoute-enfants-103/"
    assert reverse("directory:organization_detail", kwargs={"slug": "x"}) == "/annuaire/organisations/x/"


def test_service_page_shows_what_to_do_and_how_to_call(client, sample_directory):
    service, response = _get(client, "ecoute-enfants-103")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<h1 id="service-title">{service.name}' in html
    assert service.description[:60] in html
    assert 'href="tel:103"' in html
    assert "Anonyme" in html and "sans donner votre nom" in html
    assert "Accueil" in html and 'href="/annuaire/"' in html  # breadcrumbs
    assert f'href="/annuaire/{service.slug}/signaler/"' in html
    assert "Toute la Fédération Wallonie-Bruxelles" in html  # area of an FWB-wide line


def test_service_page_shows_demo_data_as_to_be_verified_with_its_source(client, sample_directory):
    service, response = _get(client, "cpms-libres-verviers")
    html = response.content.decode()
    assert service.is_demo and service.assured_date is None
    assert "À vérifier" in html
    assert "n’a pas encore été vérifiée" in html
    assert f'href="{service.source_url}"' in html


def test_verified_service_says_when(client, sample_directory):
    service = Service.objects.get(external_id="cpms-libres-verviers")
    service.assured_date = timezone.localdate() - timedelta(days=12)
    service.save()
    html = client.get(service.get_absolute_url()).content.decode()
    assert "il y a 12 jours" in html
    assert "À vérifier" not in html


def test_old_verification_is_flagged(client, sample_directory):
    service = Service.objects.get(external_id="cpms-libres-verviers")
    service.assured_date = timezone.localdate() - timedelta(days=400)
    service.save()
    html = client.get(service.get_absolute_url()).content.decode()
    assert "À revérifier" in html and "plus d’un an" in html


def test_centroid_position_is_called_approximate(client, sample_directory):
    service, response = _get(client, "cpms-provincial-huy-1")
    html = response.content.decode()
    assert "Position approximative" in html
    assert "4500 Huy" in html


def test_plateforme_wide_service_lists_its_communes(client, sample_directory):
    service = Service.objects.get(external_id="saj-verviers")
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Communes desservies" in html
    assert "Spa" in html and "Welkenraedt" in html
    assert "Eupen" not in html  # German-speaking Community: not covered by FWB services


def test_mandate_is_explained_in_plain_french(client, sample_directory):
    spj = Service.objects.filter(terms__code="spj").first()
    html = client.get(spj.get_absolute_url()).content.decode()
    assert "Aide contrainte" in html
    assert "tribunal de la jeunesse" in html
    amo = Service.objects.filter(terms__code="amo").first()
    assert "de vous-même" in client.get(amo.get_absolute_url()).content.decode()
    saj = Service.objects.get(external_id="saj-verviers")
    html = client.get(saj.get_absolute_url()).content.decode()
    assert "Aide consentie" in html and "sans son accord" in html  # SAJ: voluntary help, by law


def test_age_text_adds_only_what_the_range_does_not_say(client, sample_directory):
    service = Service.objects.get(external_id="amo-la-teignouse")
    assert service.age_description == "0-18 (jusqu'à 22 ans selon le service)"
    html = client.get(service.get_absolute_url()).content.decode().replace("&#x27;", "'")
    assert "De 0 à 18 ans (jusqu'à 22 ans selon le service)" in html
    assert "placé au centre du code postal, pas à l’adresse" in html  # street known, map point approximate


def test_opening_hours_and_ages_are_shown(client, sample_directory):
    service = Service.objects.get(external_id="cpms-libres-verviers")
    service.minimum_age, service.maximum_age = 12, 18
    service.save()
    Schedule.objects.create(service=service, byday=Weekday.TU, opens_at=time(14), closes_at=time(17, 30))
    Schedule.objects.create(service=service, byday=Weekday.MO, opens_at=time(9), closes_at=time(12))
    html = client.get(service.get_absolute_url()).content.decode()
    assert "De 12 à 18 ans" in html
    assert html.index("Lundi") < html.index("Mardi")
    assert "09:00–12:00" in html and "14:00–17:30" in html


def test_open_now_follows_the_opening_hours(client, sample_directory):
    service = Service.objects.get(external_id="ecoute-enfants-103")
    today = timezone.localtime().weekday()
    other_day = list(Weekday)[(today + 3) % 7]
    Schedule.objects.create(service=service, byday=other_day, opens_at=time(0), closes_at=time(23, 59, 59, 999999))
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Fermé en ce moment" in html and "Ouvert en ce moment" not in html
    Schedule.objects.create(
        service=service, byday=list(Weekday)[today], opens_at=time(0), closes_at=time(23, 59, 59, 999999)
    )
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Ouvert en ce moment" in html


def test_service_page_has_valid_json_ld(client, sample_directory):
    service, response = _get(client, "ecoute-enfants-103")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "Service" and data["name"] == service.name
    assert data["availableChannel"]["servicePhone"][0]["telephone"] == "103"
    assert data["url"] == "http://testserver/annuaire/ecoute-enfants-103/"  # SITE_URL of the test settings
    assert f'<meta property="og:title" content="{service.name}">' in response.content.decode()


@pytest.mark.parametrize("status", [ServiceStatus.DEFUNCT, ServiceStatus.INACTIVE])
def test_non_public_services_are_404(client, sample_directory, status):
    service = Service.objects.get(external_id="ecoute-enfants-103")
    service.status = status
    service.save()
    assert client.get(service.get_absolute_url()).status_code == 404


def test_hidden_service_is_404(client, sample_directory):
    service = Service.objects.get(external_id="ecoute-enfants-103")
    Service.objects.filter(pk=service.pk).update(hidden_at=timezone.now())
    assert client.get(service.get_absolute_url()).status_code == 404


def test_unknown_slugs_are_404(client, db):
    assert client.get("/annuaire/nexiste-pas/").status_code == 404
    assert client.get("/annuaire/organisations/nexiste-pas/").status_code == 404


def test_organization_page_lists_its_public_services(client, sample_directory):
    organization = Organization.objects.get(slug="cpms-libres-verviers")
    response = client.get(organization.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert organization.name in html
    assert 'href="/annuaire/cpms-libres-verviers/"' in html
    Service.objects.filter(organization=organization).update(status=ServiceStatus.DEFUNCT)
    html = client.get(organization.get_absolute_url()).content.decode()
    assert 'href="/annuaire/cpms-libres-verviers/"' not in html


def test_service_page_query_count_is_bounded(client, sample_directory, django_assert_max_num_queries):
    service = Service.objects.filter(terms__code="saj").first()
    other = Service.objects.public().exclude(pk=service.pk).first()
    client.get(other.get_absolute_url())  # site-wide parts (footer pages, territory) are read once, then cached
    with django_assert_max_num_queries(20):
        assert client.get(service.get_absolute_url()).status_code == 200
