"""The public open-data pages and downloads: /donnees/, HSDS package and JSON, search exports, PDFs."""

import csv
import io
import json
import zipfile

import pytest
from pypdf import PdfReader

from accroche.opendata.hsds.package import read_zip, v3_tables
from accroche.opendata.hsds.validate import ERROR, validate_tables
from accroche.opendata.models import PosterTemplate
from accroche.opendata.nested import validate_json

pytestmark = pytest.mark.django_db


def test_donnees_page_explains_licence_and_formats(client, demo_directory):
    response = client.get("/donnees/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CC BY 4.0" in html and "HSDS 3.0" in html and "datapackage.json" in html
    assert 'action="/donnees/repertoire.pdf"' in html


def test_downloaded_package_validates_against_hsds(client, demo_directory):
    response = client.get("/donnees/annuaire-hsds-3.0.zip")
    assert response["Content-Type"] == "application/zip"
    raw = read_zip(io.BytesIO(response.content))
    issues = validate_tables(v3_tables(raw), strict_headers=True)
    assert [str(i) for i in issues if i.severity == ERROR] == []
    assert "services.csv" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_downloaded_json_validates_against_the_service_schema(client, demo_directory):
    document = json.loads(client.get("/donnees/annuaire-hsds-3.0.json").content)
    assert document["total_items"] == 104
    assert validate_json(document) == []


def test_search_export_csv_uses_the_search_parameters(client, demo_directory):
    response = client.get("/donnees/export.csv", {"plateforme": "verviers", "public": "medecins"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows and all(r["plateforme"] in ("Verviers", "") for r in rows)
    assert all("Médecins" in r["publics"] for r in rows)
    everything = client.get("/donnees/export.csv").content.decode("utf-8-sig").count("\r\n") - 1
    assert everything == 104 > len(rows)


def test_search_export_geojson(client, demo_directory):
    data = json.loads(client.get("/donnees/export.geojson", {"plateforme": "huy-waremme"}).content)
    assert data["type"] == "FeatureCollection" and data["features"]
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 49 < lat < 51.6 and 2.5 < lon < 6.5


def test_bad_search_parameter_is_a_400_not_a_500(client, demo_directory):
    response = client.get("/donnees/export.csv", {"age": "abc"})
    assert response.status_code == 400
    assert "age" in response.content.decode()


def test_repertoire_pdf_view_and_bad_choice(client, demo_directory):
    response = client.get("/donnees/repertoire.pdf", {"plateforme": "huy-waremme", "public": "medecins"})
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Répertoire pour les médecins — Huy-Waremme" in " ".join(text.split())
    assert client.get("/donnees/repertoire.pdf", {"plateforme": "mars"}).status_code == 400


@pytest.mark.parametrize("size, width_mm", [("a4", 210), ("a3", 297), ("a5", 148)])
def test_poster_pdf_has_its_size_title_and_qr_target(client, db, size, width_mm):
    from accroche.directory.services import taxonomy_ensure_vocabularies

    taxonomy_ensure_vocabularies()  # the audience's label comes from its TaxonomyTerm (decision 0143)
    poster = PosterTemplate.objects.create(
        title="Votre enfant ne veut plus aller à l'école ?",
        text="Des services gratuits peuvent aider.",
        audience="familles",
        plateforme="verviers",
    )
    response = client.get(f"/donnees/affiches/{poster.pk}/{size}.pdf")
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width) * 25.4 / 72) == width_mm
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Votre enfant ne veut plus aller à l'école ?" in text
    assert "Pour : Parents et familles" in text
    assert "http://testserver/annuaire/?public=familles&plateforme=verviers" in "".join(text.split())
    assert client.get(f"/donnees/affiches/{poster.pk}/a2.pdf").status_code == 404
