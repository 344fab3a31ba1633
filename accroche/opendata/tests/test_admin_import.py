"""The Done-when story: a coordinator downloads the template, fills it, dry-runs, imports, prints the répertoire."""

import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from pypdf import PdfReader

from accroche.directory.models import Service
from accroche.opendata.hsds.package import read_zip, v3_tables
from accroche.opendata.hsds.validate import ERROR, validate_tables
from accroche.opendata.models import SpreadsheetUpload

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, demo_directory):
    user = get_user_model().objects.create_superuser("coordinatrice", "coord@example.org", "pw")
    client.force_login(user)
    return client


def test_coordinator_story_template_to_printed_repertoire(coordinator):
    client = coordinator
    # 1. download the template
    response = client.get("/admin/donnees/modele.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["Services"]
    headers = [c.value for c in sheet[1]]
    # 2. fill it: two new services for doctors in Huy-Waremme
    for values in (
        {
            "nom": "Consultation ado de Hannut",
            "type": "ssm",
            "publics": "médecins; jeunes",
            "code_postal": "4280",
            "telephone": "019 00 00 00",
            "gratuit": "oui",
        },
        {"nom": "Espace parents de Waremme", "type": "amo", "publics": "medecins;familles", "commune": "Waremme"},
    ):
        sheet.append([values.get(h, "") for h in headers])
    out = io.BytesIO()
    workbook.save(out)
    out.name = "services-huy-waremme.xlsx"
    # 3. upload: nothing imported yet, the dry run page shows the mapping
    out.seek(0)
    response = client.post("/admin/donnees/import/", {"file": out})
    assert response.status_code == 302, response.content.decode()[-3000:]
    upload = SpreadsheetUpload.objects.get()
    mapping = {key: value for key, value in upload.mapping.items()}
    assert mapping["nom"] == "nom" and mapping["code_postal"] == "code_postal"
    response = client.post(f"/admin/donnees/import/{upload.pk}/", {**mapping, "action": "check"})
    html = response.content.decode()
    assert "Aucune erreur" in html and "sera créé" in html and "Consultation ado de Hannut" in html
    assert not Service.objects.filter(name="Consultation ado de Hannut").exists()
    # 4. import
    response = client.post(f"/admin/donnees/import/{upload.pk}/", {**mapping, "action": "import"})
    assert response.status_code == 302
    hannut = Service.objects.get(name="Consultation ado de Hannut")
    assert hannut.plateforme == "huy-waremme"
    assert hannut.service_at_locations.get().location.latitude is not None
    # 5. print the répertoire for the doctors of Huy-Waremme: the new services are in it
    response = client.get("/donnees/repertoire.pdf", {"plateforme": "huy-waremme", "public": "medecins"})
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Répertoire pour les médecins — Huy-Waremme" in text
    assert "Consultation ado de Hannut" in text and "Espace parents de Waremme" in text
    # 6. the data package of /donnees/ (with the new services) validates against HSDS 3.0
    raw = read_zip(io.BytesIO(client.get("/donnees/annuaire-hsds-3.0.zip").content))
    tables = v3_tables(raw)
    assert [str(i) for i in validate_tables(tables, strict_headers=True) if i.severity == ERROR] == []
    assert "Consultation ado de Hannut" in {r["name"] for r in tables["service"].rows}


def test_upload_errors_are_shown_not_500(coordinator):
    bad = io.BytesIO("nom;type\nCrèche;amo\n".encode("cp1252"))
    bad.name = "liste.csv"
    response = coordinator.post("/admin/donnees/import/", {"file": bad})
    assert response.status_code == 200
    assert "Encodage non reconnu" in response.content.decode()
    broken = io.BytesIO(b"PK\x03\x04garbage")
    broken.name = "liste.xlsx"
    response = coordinator.post("/admin/donnees/import/", {"file": broken})
    assert (
        "n&#x27;est pas un classeur Excel" in response.content.decode()
        or "n'est pas un classeur Excel" in response.content.decode()
    )
    assert SpreadsheetUpload.objects.count() == 0


def test_dry_run_lists_row_numbered_errors(coordinator):
    data = io.BytesIO(b"nom;type;code_postal\nBon;cpms;4000\nMauvais;licorne;4000\n")
    data.name = "liste.csv"
    coordinator.post("/admin/donnees/import/", {"file": data})
    upload = SpreadsheetUpload.objects.get()
    response = coordinator.post(f"/admin/donnees/import/{upload.pk}/", {**upload.mapping, "action": "check"})
    html = response.content.decode()
    assert "ligne 3, colonne « type » : type de service inconnu « licorne »" in html
    assert "Importer tout" not in html
    # forcing the import anyway imports nothing
    coordinator.post(f"/admin/donnees/import/{upload.pk}/", {**upload.mapping, "action": "import"})
    assert not Service.objects.filter(name="Bon").exists()


def test_import_pages_need_directory_rights(client, db):
    user = get_user_model().objects.create_user("lecteur", "l@example.org", "pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/donnees/import/").status_code in (302, 403)


def test_poster_snippet_listing_links_to_the_pdfs(coordinator):
    from accroche.opendata.models import PosterTemplate

    poster = PosterTemplate.objects.create(title="Affiche de test", text="Texte", audience="jeunes")
    html = coordinator.get("/admin/donnees/affiches/").content.decode()
    assert "Affiche de test" in html
    assert f'href="/donnees/affiches/{poster.pk}/a3.pdf"' in html
