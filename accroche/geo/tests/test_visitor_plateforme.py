"""One instance, several plateformes: the family's commune decides which plateforme comes first (decision 0200)."""

import pytest

from accroche.geo.choices import VisitorPlace
from accroche.geo.models import Commune, Plateforme
from accroche.geo.selectors import all_plateformes_label, place_from_text, visitor_plateformes
from accroche.geo.services import plateforme_set_communes

pytestmark = pytest.mark.django_db


@pytest.fixture
def namur(geo):
    plateforme = Plateforme.objects.create(slug="namur", name="Namur", province="Namur", sort_order=4)
    plateforme_set_communes(plateforme=plateforme, communes=Commune.objects.filter(province="Namur"))
    return plateforme


def test_the_visitors_commune_puts_its_plateforme_first(namur):
    found = visitor_plateformes("5000")
    assert found.status == VisitorPlace.FOUND
    assert [p.slug for p in found.plateformes] == ["namur", "liege", "verviers", "huy-waremme"]
    assert [p.slug for p in found.others] == ["liege", "verviers", "huy-waremme"]
    assert visitor_plateformes("Gembloux").first.slug == "namur"
    assert visitor_plateformes("4000").first.slug == "liege"
    assert visitor_plateformes(" waremme ").first.slug == "huy-waremme"


def test_outside_every_plateforme_or_unknown_the_whole_territory_in_order(namur):
    for text, status in (
        ("1000", VisitorPlace.OUTSIDE),
        ("Arlon", VisitorPlace.OUTSIDE),
        ("Zzz", VisitorPlace.UNKNOWN),
    ):
        found = visitor_plateformes(text)
        assert found.status == status and found.first is None
        assert [p.slug for p in found.plateformes] == ["liege", "verviers", "huy-waremme", "namur"]
    assert visitor_plateformes("").status == VisitorPlace.NONE
    assert visitor_plateformes("x" * 5000).text == "x" * 100  # bounded, never an error


def test_a_postal_code_of_two_communes_goes_to_the_plateforme_holding_most_of_its_localities(geo):
    # 4800 covers Verviers (Ensival, Lambermont, Petit-Rechain, Verviers) and Theux (Polleur).
    localities = {c: n for c, n in Commune.objects.filter(postal_codes__code="4800").values_list("name", "nis_code")}
    assert set(localities) == {"Verviers", "Theux"}
    assert place_from_text(text="4800").commune.name == "Verviers"
    # An administrator moves Theux to a new plateforme placed first in the order: Verviers keeps 4800 (4 localities
    # against 1) — the order only breaks equal counts.
    ardenne = Plateforme.objects.create(slug="ardenne", name="Ardenne", province="Liège", sort_order=0)
    Commune.objects.filter(name="Theux").update(plateforme="ardenne")
    assert visitor_plateformes("4800").first.slug == "verviers"
    # Equal counts (one locality each once Verviers keeps only one): the plateforme first in the order wins.
    from accroche.geo.models import PostalCode

    PostalCode.objects.filter(code="4800").exclude(locality__in=["Verviers", "Polleur"]).delete()
    assert visitor_plateformes("4800").first == ardenne
    Plateforme.objects.filter(slug="ardenne").update(sort_order=9)
    assert visitor_plateformes("4800").first.slug == "verviers"


def test_a_locality_name_found_in_two_communes_goes_to_the_one_with_a_plateforme(geo):
    # « Haren » is a locality of Bruxelles and of two communes of Limburg; none has a plateforme: the first row.
    assert visitor_plateformes("Haren").status == VisitorPlace.OUTSIDE
    # A commune's own name wins over a locality of the same name elsewhere (« Forest » the commune of Brussels).
    assert place_from_text(text="Forest").commune.province == "Bruxelles-Capitale"


def test_the_all_plateformes_choice_is_named_from_the_data(geo):
    assert all_plateformes_label() == "Toutes les plateformes"
    Plateforme.objects.exclude(slug="liege").delete()
    assert all_plateformes_label() == "Toute la plateforme Liège"
    Plateforme.objects.all().delete()
    assert all_plateformes_label() == "Tout le territoire"
