"""The home page's plateformes: the visitor's first when they give a commune or a postal code (decision 0200)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from accroche.geo.models import Commune, Plateforme
from accroche.geo.services import plateforme_set_communes
from accroche.network.choices import EventStatus
from accroche.network.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_provinces(geo, content_site):
    namur = Plateforme.objects.create(
        slug="namur",
        name="Namur",
        province="Namur",
        sort_order=4,
        contact_name="Coordination de la plateforme de Namur",
        contact_email="coordination@namur.example",
        contact_phone="081 00 00 00",
    )
    plateforme_set_communes(plateforme=namur, communes=Commune.objects.filter(province="Namur"))
    now = timezone.now()
    for plateforme, title in (("namur", "Concertation namuroise"), ("liege", "Concertation liégeoise")):
        Event.objects.create(
            title=title,
            slug=plateforme,
            starts_at=now + timedelta(days=7),
            plateforme=plateforme,
            status=EventStatus.PUBLISHED,
        )
    return namur


def _sections(html: str) -> list[str]:
    return re.findall(r'data-plateforme="([^"]+)"', html)


def test_a_namur_postal_code_puts_namur_first_with_its_contact_and_events(client, two_provinces):
    html = client.get("/", {"lieu": "5000"}).content.decode()
    assert _sections(html) == ["namur", "liege", "verviers", "huy-waremme"]
    assert "Votre plateforme : Namur" in html and "fait partie de la plateforme Namur" in html
    first = html[html.index('data-plateforme="namur"') : html.index('data-plateforme="liege"')]
    assert "coordination@namur.example" in first and 'href="tel:081000000"' in first
    assert "Concertation namuroise" in first and "Concertation liégeoise" not in html
    assert "/annuaire/?lieu=5000" in first and "/donnees/repertoire.pdf?plateforme=namur" in first


def test_a_liege_postal_code_puts_liege_first(client, two_provinces):
    html = client.get("/", {"lieu": "4000"}).content.decode()
    assert _sections(html) == ["liege", "verviers", "huy-waremme", "namur"]
    assert "Votre plateforme : Liège" in html and "Concertation liégeoise" in html
    assert "coordination@namur.example" in html  # the others keep their public contact


def test_outside_every_plateforme_the_page_says_so_and_shows_them_all(client, two_provinces):
    html = client.get("/", {"lieu": "Arlon"}).content.decode()
    assert _sections(html) == ["liege", "verviers", "huy-waremme", "namur"]
    assert "Arlon ne fait partie d’aucune plateforme de ce site" in html
    html = client.get("/", {"lieu": "zzz"}).content.decode()
    assert "Nous ne connaissons pas la commune ou le code postal « zzz »" in html
    html = client.get("/").content.decode()
    assert "Les plateformes du réseau" in html and 'id="plateforme-lieu"' in html
    assert "Concertation" not in html  # no commune given: no plateforme's agenda pushed first
