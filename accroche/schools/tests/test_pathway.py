"""The doctors' pathway started from a school: its CPMS first (confirmed or « à confirmer »), on the sheet too."""

import re

import pytest

from accroche.directory.models import Service

pytestmark = pytest.mark.django_db
OUTCOME = "/orientation/medecins/etape/"
SHEET = "/orientation/medecins/fiche/"
PATH = "1.3.3.4"  # doctors: learning or orientation difficulties → an outcome that asks for the CPMS


@pytest.fixture
def pathways(demo_directory, schools):
    from accroche.orientation.demo import load_demo

    load_demo()


def test_outcome_and_sheet_name_the_schools_confirmed_cpms_first(client, pathways, confirm_link):
    cpms = Service.objects.get(slug="cpms-libre-huy-1")  # deliberately not the candidate: a confirmed link wins
    confirm_link(site_id=3478, service=cpms)
    html = client.get(OUTCOME, {"r": PATH, "ecole": "3478"}).content.decode()
    names = re.findall(r'<h3 class="orientation-service__name">(?:<a[^>]*>)?([^<]+)<', html)
    assert names[0] == cpms.name and names.count(cpms.name) == 1
    assert "Ecole fondamentale communale Amay 2 (Ampsin)" in html
    assert re.search(rf'name="s" value="{cpms.id}" id="school-s-1" checked', html)
    assert 'name="ecole" value="3478"' in html  # the state stays in the URL, nothing is stored
    sheet = client.get(SHEET, {"r": PATH, "ecole": "3478"}).content.decode()
    assert "Le centre PMS et le service PSE de l’école" in sheet and cpms.name in sheet


def test_without_a_confirmed_link_the_candidates_come_first_marked_and_distances_from_the_school(client, pathways):
    html = client.get(OUTCOME, {"r": PATH, "ecole": "ampsin communale"}).content.decode()
    names = re.findall(r'<h3 class="orientation-service__name">(?:<a[^>]*>)?([^<]+)<', html)
    assert names[0] == "Centre PMS provincial de Huy 1"
    assert "à confirmer" in html and "distances sont mesurées depuis l’école" in html
    assert "Qui appeler près de Ecole fondamentale communale Amay 2" in html
    several = client.get(OUTCOME, {"r": PATH, "ecole": "amay"}).content.decode()
    assert "Plusieurs écoles correspondent" in several and "ecole=3478" in several
    sheet = client.get(SHEET, {"r": PATH, "ecole": "3478"}).content.decode()
    assert "Centre PMS provincial de Huy 1 (à confirmer auprès de l’école)" in sheet
