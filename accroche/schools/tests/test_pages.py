"""The public school pages: search (no JavaScript), a site's page with its centres, the open-data CSVs."""

import csv
import io

import pytest
from django.urls import reverse

from accroche.schools.models import SchoolSite

pytestmark = pytest.mark.django_db


def _listed(response) -> set[int]:
    return {site.fase for site in response.context["page"].paginator.object_list}


def test_search_amay_lists_every_amay_site_first(client, schools):
    response = client.get(reverse("schools:index"), {"q": "amay"})
    assert response.status_code == 200
    amay = set(SchoolSite.objects.filter(commune__name="Amay").values_list("fase", flat=True))
    assert amay and amay <= _listed(response)
    first = response.context["page"].paginator.object_list[: len(amay)]
    assert {s.fase for s in first} == amay  # sites in Amay before sites merely named after it
    assert "Rue Aux Chevaux 7, 4540 Ampsin" in response.content.decode()


def test_search_tolerates_accents_typos_and_postal_codes(client, schools):
    typo = client.get(reverse("schools:index"), {"q": "athenée vervier"})
    names = [s.name for s in typo.context["page"].paginator.object_list]
    assert "ATHENEE ROYAL VERDI" in names and all("VERVIERS" in s.upper() or "VERDI" in s for s in names)
    corrected = client.get(reverse("schools:index"), {"q": "ecole communale amai"})
    assert 3478 in _listed(corrected) and corrected.context["corrected"] == "ecole communale amay"
    by_code = client.get(reverse("schools:index"), {"lieu": "4540"})
    assert 3478 in _listed(by_code) and all(s.commune_name == "Amay" for s in by_code.context["page"].object_list)
    unknown = client.get(reverse("schools:index"), {"q": "école", "lieu": "Atlantis"})
    assert "Commune ou code postal inconnu" in unknown.content.decode()
    second = client.get(reverse("schools:index"), {"q": "liège", "page": "2"})
    assert second.context["page"].number == 2 and 'rel="prev"' in second.content.decode()


def test_site_page_shows_address_reseau_teaching_and_honest_cpms_pse_section(client, demo_directory, schools):
    response = client.get(reverse("schools:detail", kwargs={"fase": 3478}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ecole fondamentale communale Amay 2" in html and "Rue Aux Chevaux 7, 4540 Ampsin" in html
    assert "Subventionné communal" in html and "Maternel ordinaire" in html and "Primaire ordinaire" in html
    # No confirmed link: « non renseigné » and the likely centres, marked « à confirmer ».
    assert html.count("Non renseigné") >= 2 and "à confirmer" in html
    cpms = next(s for s in response.context["sections"] if s.role == "cpms")
    assert [c.service.slug for c in cpms.candidates] == ["cpms-provincial-huy-1"]  # officiel réseau, Huy-Waremme
    pse = next(s for s in response.context["sections"] if s.role == "pse")
    assert [c.service.slug for c in pse.candidates][0] == "pse-province-huy"
    assert "signalétique FASE" in html and "2023-10-20" in html
    assert 'id="school-map"' in html and "openstreetmap.org/?mlat=50.541022" in html  # map, and its no-JS link
    assert client.get(reverse("schools:detail", kwargs={"fase": 1})).status_code == 404


def test_libre_school_gets_a_libre_centre_as_candidate(client, demo_directory, schools):
    site = SchoolSite.objects.filter(commune__name="Verviers", reseau="Libre confessionnel").first()
    response = client.get(site.get_absolute_url())
    cpms = next(s for s in response.context["sections"] if s.role == "cpms")
    assert [c.service.slug for c in cpms.candidates] == ["cpms-libres-verviers"]


def test_sites_csv_is_open_data_with_its_source(client, schools):
    response = client.get(reverse("schools:sites_csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1245
    ampsin = next(r for r in rows if r["fase_implantation"] == "3478")
    assert ampsin["commune"] == "Amay" and ampsin["plateforme"] == "Huy-Waremme" and ampsin["cpms_confirmes"] == ""
    assert "signalétique FASE" in ampsin["source"]


def test_directory_search_names_the_school_and_its_centres(client, demo_directory, schools):
    response = client.get(reverse("search:directory"), {"q": "CPMS de l'école communale d'Ampsin"})
    hints = response.context["school_hints"]
    assert [h.site.fase for h in hints] == [3478]
    assert [s.slug for s in hints[0].cpms] == ["cpms-provincial-huy-1"] and not hints[0].cpms_confirmed
    html = response.content.decode()
    assert "École reconnue dans votre recherche" in html and "à confirmer" in html
    verviers = client.get(reverse("search:directory"), {"q": "CPMS de l'Athénée de Verviers"})
    assert {h.site.name for h in verviers.context["school_hints"]} == {
        "ATHENEE ROYAL THIL LORRAIN VERVIERS I",
        "ATHENEE ROYAL VERDI",
    }
    assert client.get(reverse("search:directory"), {"q": "psy verviers"}).context["school_hints"] == []
