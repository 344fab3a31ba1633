"""Territories as data: the reference loader, the selectors every app reads, the footer's numbers."""

import pytest

from accroche.geo.models import Commune, EmergencyNumber, Plateforme, PostalCode
from accroche.geo.selectors import (
    emergency_numbers,
    map_default_view,
    place_from_text,
    plateforme_for_commune,
    plateforme_for_label,
    plateforme_label,
    plateforme_slugs,
    territory_label,
)
from accroche.geo.services import geo_load_reference

pytestmark = pytest.mark.django_db


def test_every_belgian_commune_is_known_and_liege_keeps_its_plateformes(geo):
    assert plateforme_slugs() == ["liege", "verviers", "huy-waremme"]
    assert Commune.objects.count() > 570  # 578 of Belgium's 581 are named by the postal-code file
    assert Commune.objects.filter(province="Liège").count() == 84
    assert Commune.objects.exclude(plateforme="").count() == 84
    assert place_from_text(text="5000").commune.name == "Namur"  # « près de chez vous » works outside Liège
    assert place_from_text(text="Arlon").commune.province == "Luxembourg"
    assert place_from_text(text="Saint-Nicolas").commune.province == "Liège"  # the province's one keeps its slug
    assert Commune.objects.filter(name="Saint-Nicolas").count() == 2
    assert set(Commune.objects.filter(german_speaking=True).values_list("province", flat=True)) == {"Liège"}
    assert PostalCode.objects.filter(code="1000").first().commune.province == "Bruxelles-Capitale"
    assert plateforme_for_commune("Waremme") == "huy-waremme"
    assert plateforme_for_commune("Namur") == ""
    assert plateforme_for_label("Huy-Waremme") == plateforme_for_label("waremme") == "huy-waremme"
    assert plateforme_for_label("Namur") == ""
    assert plateforme_label("verviers") == "Verviers"
    assert territory_label() == "province de Liège"


def test_the_loader_keeps_what_an_administrator_changed(geo):
    Plateforme.objects.filter(slug="liege").update(name="Liège-Ville", map_latitude=50.64, map_longitude=5.57)
    EmergencyNumber.objects.filter(number="107").delete()
    geo_load_reference()
    assert Plateforme.objects.get(slug="liege").name == "Liège-Ville"
    assert not EmergencyNumber.objects.filter(number="107").exists()
    view = map_default_view("liege")
    assert (view.latitude, view.longitude) == (50.64, 5.57)


def test_default_map_view_is_computed_from_the_communes(geo):
    view = map_default_view()
    assert 50.3 < view.latitude < 50.8 and 5.3 < view.longitude < 6.2 and 8 <= view.zoom <= 11
    assert map_default_view("verviers").zoom >= view.zoom


def test_emergency_numbers_are_data_shown_in_the_footer(geo, client):
    assert [n for n, _label, _uri in emergency_numbers()][:3] == ["112", "0800 32 123", "103"]
    EmergencyNumber.objects.create(
        number="0800 99 999",
        label="Ligne test",
        short_label="Ligne test",
        uri="tel:080099999",
        in_footer=True,
        sort_order=9,
    )
    html = client.get("/annuaire/").content.decode()
    assert "Ligne test 0800 99 999" in html and "Écoute-Enfants 103" in html
