"""Coordinators' spreadsheet import: template, mapping, dry run, all-or-nothing commit, clear errors."""

import io

import pytest
from openpyxl import Workbook, load_workbook

from accroche.directory.models import Service
from accroche.opendata.spreadsheet.columns import guess_mapping
from accroche.opendata.spreadsheet.importer import import_sheet
from accroche.opendata.spreadsheet.reader import SpreadsheetError, read_spreadsheet
from accroche.opendata.spreadsheet.template import template_csv, template_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabularies(geo):
    from accroche.directory.services import taxonomy_ensure_vocabularies

    taxonomy_ensure_vocabularies()


def _filled_template(rows: list[dict]) -> bytes:
    workbook = load_workbook(io.BytesIO(template_xlsx()))
    sheet = workbook["Services"]
    headers = [c.value for c in sheet[1]]
    for row in rows:
        sheet.append([row.get(h, "") for h in headers])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _import(name: str, data: bytes, *, dry_run: bool, mapping=None):
    sheet = read_spreadsheet(name=name, data=data)
    return import_sheet(sheet=sheet, mapping=mapping or guess_mapping(sheet.headers), dry_run=dry_run)


SSM_HUY = {
    "nom": "Service de santé mentale de test",
    "type": "ssm",
    "publics": "jeunes; médecins",
    "code_postal": "4500",
    "telephone": "085 00 00 00",
    "gratuit": "partiel",
    "ages": "6-18",
    "source": "https://example.org/ssm",
}


def test_template_fill_dry_run_then_commit(vocabularies):
    data = _filled_template(
        [
            SSM_HUY,
            {
                "nom": "AMO de test",
                "type": "AMO",
                "commune": "Waremme",
                "publics": "jeunes;familles",
                "mandat": "libre_acces",
            },
        ]
    )
    report = _import("modele.xlsx", data, dry_run=True)
    assert report.errors == []
    assert [(a.row, a.action) for a in report.actions] == [(2, "create"), (3, "create")]
    assert Service.objects.count() == 0  # a dry run writes nothing
    report = _import("modele.xlsx", data, dry_run=False)
    assert report.created == 2
    ssm = Service.objects.get(name="Service de santé mentale de test")
    assert ssm.plateforme == "huy-waremme" and ssm.minimum_age == 6 and ssm.maximum_age == 18
    location = ssm.service_at_locations.get().location
    assert location.commune.name == "Huy" and location.latitude and location.geo_precision == "localite"
    assert {t.code for t in ssm.audiences} == {"jeunes", "medecins"}
    assert [t.code for t in ssm.service_types] == ["ssm"]
    assert ssm.needs  # the type's usual needs
    assert ssm.phones.get().number == "085 00 00 00"
    amo = Service.objects.get(name="AMO de test")
    assert amo.service_at_locations.get().location.geo_precision == "commune"
    # importing the same sheet again updates the same services
    again = _import("modele.xlsx", data, dry_run=True)
    assert [a.action for a in again.actions] == ["update", "update"]
    _import("modele.xlsx", data, dry_run=False)
    assert Service.objects.count() == 2 and ssm.phones.count() == 1


def test_row_numbered_errors_and_nothing_written(vocabularies):
    csv = (
        b"nom;type;code_postal;email;ages\n"
        b"Bon service;cpms;4000;;\n"
        b"Sans type;;4000;;\n"
        b"Mauvais;cpms;9999;pas-un-email;18-12\n"
    )
    report = _import("liste.csv", csv, dry_run=False)
    messages = [str(e) for e in report.errors]
    assert "ligne 3, colonne « type » : type de service manquant (voir la liste « Types » du modèle)" in messages
    assert "ligne 4, colonne « code_postal » : code postal belge inconnu « 9999 »" in messages
    assert "ligne 4, colonne « email » : adresse e-mail invalide" in messages
    assert "ligne 4, colonne « ages » : l'âge minimum dépasse l'âge maximum" in messages
    assert Service.objects.count() == 0


def test_missing_required_column_is_reported(vocabularies):
    report = _import("liste.csv", b"nom;code_postal\nUn service;4000\n", dry_run=True)
    assert [str(e) for e in report.errors] == [
        "ligne 1, colonne « Type de service » : colonne obligatoire : choisissez la colonne du fichier qui la contient"
    ]


def test_column_mapping_of_a_file_with_its_own_headers(vocabularies):
    csv = "Intitulé,Catégorie,CP,Public cible\nMaison de test,maison_ado,4800,jeunes\n".encode()
    sheet = read_spreadsheet(name="autre.csv", data=csv)
    mapping = guess_mapping(sheet.headers)
    assert mapping == {"nom": "Intitulé", "type": "Catégorie", "code_postal": "CP", "publics": "Public cible"}
    report = import_sheet(sheet=sheet, mapping=mapping, dry_run=False)
    assert report.errors == [] and Service.objects.get().plateforme == "verviers"


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("liste.csv", "nom;type\nCrèche;amo\n".encode("cp1252"), "Encodage non reconnu"),
        ("liste.csv", "nom;type\n".encode("utf-16"), "Encodage non reconnu"),
        ("liste.xlsx", b"PK\x03\x04 pas vraiment un classeur", "n'est pas un classeur Excel"),
        ("liste.xls", b"\xd0\xcf\x11\xe0", "enregistrez le classeur en .xlsx"),
        ("liste.csv", b"", "Le fichier est vide"),
    ],
)
def test_unreadable_files_give_clear_errors(vocabularies, name, data, message):
    with pytest.raises(SpreadsheetError, match=message):
        read_spreadsheet(name=name, data=data)


def test_huge_file_is_refused(vocabularies, settings):
    settings.IMPORT_LIMITS = {"file_bytes": 100}
    with pytest.raises(SpreadsheetError, match="trop volumineux"):
        read_spreadsheet(name="liste.csv", data=b"nom;type\n" + b"x;amo\n" * 50)


def test_templates_carry_every_column(vocabularies):
    header = template_csv().decode("utf-8-sig").strip().split(";")
    assert header[:3] == ["identifiant", "nom", "organisation"]
    workbook = load_workbook(io.BytesIO(template_xlsx()))
    assert workbook.sheetnames == ["Services", "Mode d'emploi", "Types", "Publics", "Besoins"]
    assert [c.value for c in workbook["Services"][1]] == header
    assert ("amo", "Service d'Action en Milieu Ouvert (AMO)") in [
        (r[0].value, r[1].value) for r in workbook["Types"].iter_rows(min_row=2)
    ]


def test_xlsx_with_numbers_and_dates(vocabularies):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["nom", "type", "code_postal", "verifie_le"])
    import datetime

    sheet.append(["CPMS chiffré", "cpms", 4000, datetime.datetime(2026, 3, 1)])
    out = io.BytesIO()
    workbook.save(out)
    report = _import("liste.xlsx", out.getvalue(), dry_run=False)
    assert report.errors == []
    assert str(Service.objects.get().assured_date) == "2026-03-01"


def _xlsx_with_sheet_xml(sheet_xml: str) -> bytes:
    """A minimal workbook whose first sheet is the given XML (as a hostile file would be built)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        base = io.BytesIO()
        Workbook().save(base)
        with zipfile.ZipFile(base) as original:
            for item in original.infolist():
                content = original.read(item)
                if item.filename == "xl/worksheets/sheet1.xml":
                    content = sheet_xml.encode()
                archive.writestr(item.filename, content)
    return buffer.getvalue()


def test_a_zip_bomb_workbook_is_refused_before_parsing(vocabularies):
    """One row of many thousand cells: tiny compressed, refused with a clear message before openpyxl builds it."""
    cells = "".join('<c r="A1" t="inlineStr"><is><t>x</t></is></c>' for _ in range(50_000))
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f'<row r="1">{cells}</row></sheetData></worksheet>'
    )
    data = _xlsx_with_sheet_xml(xml)
    assert len(data) < 100_000
    with pytest.raises(SpreadsheetError, match="trop volumineux une fois décompressé"):
        read_spreadsheet(name="bombe.xlsx", data=data)


def test_too_many_columns_and_overlong_cells_are_refused(vocabularies):
    with pytest.raises(SpreadsheetError, match="Trop de colonnes"):
        read_spreadsheet(name="l.csv", data=(";".join(f"c{i}" for i in range(300)) + "\n").encode())
    with pytest.raises(SpreadsheetError, match="dépasse 5000 caractères"):
        read_spreadsheet(name="l.csv", data=("nom;type\n" + "x" * 6000 + ";amo\n").encode())


def test_a_header_only_file_is_a_clear_error_not_a_crash(vocabularies, client):
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    with pytest.raises(SpreadsheetError, match="que la ligne des noms de colonnes"):
        read_spreadsheet(name="liste.csv", data=b"nom;type;code_postal\n")
    admin = get_user_model().objects.create_superuser("root@example.org", "root@example.org", "x-solide-123456")
    client.force_login(admin)
    from django.urls import reverse

    response = client.post(
        reverse("opendata_import_start"), {"file": SimpleUploadedFile("liste.csv", b"nom;type;code_postal\n")}
    )
    assert response.status_code == 200 and "que la ligne des noms de colonnes" in response.content.decode()


def test_the_locality_is_kept_as_given(vocabularies):
    """4910 covers Theux, La Reid and Polleur: « Theux » must not become « La Reid » (issue 14)."""
    data = _filled_template(
        [{"nom": "AMO de Theux", "type": "amo", "publics": "jeunes", "code_postal": "4910", "commune": "Theux"}]
    )
    report = _import("modele.xlsx", data, dry_run=False)
    assert report.errors == [] and report.created == 1
    address = Service.objects.get(name="AMO de Theux").service_at_locations.get().location.addresses.get()
    assert (address.postal_code, address.city) == ("4910", "Theux")
