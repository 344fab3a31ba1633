"""Coordinators (not superusers) in the Wagtail admin: listings of their plateformes, creation, spreadsheet import."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accroche.directory.models import Service
from accroche.opendata.models import SpreadsheetUpload
from accroche.opendata.spreadsheet.template import template_xlsx

pytestmark = pytest.mark.django_db


def _inline_management(prefix: str, total: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def _blank_service_data(form, **values) -> dict:
    data = {}
    for name, field in form.fields.items():
        initial = form.initial.get(name, field.initial)
        if initial not in (None, False, [], "") and not hasattr(initial, "pk"):
            data[name] = initial
    for prefix in form.formsets:
        data.update(_inline_management(prefix))
    data.update(values)
    return data


def test_a_coordinator_enters_the_admin_and_sees_only_their_plateformes_listings(client, world):
    assert not world.coord_liege.is_superuser and not world.coord_liege.is_staff
    client.force_login(world.coord_liege)
    assert client.get("/admin/").status_code == 200
    listing = client.get(reverse("wagtailsnippets_directory_service:list")).content.decode()
    assert "Accrochage A" in listing and "Écoute B" not in listing
    own = client.get(reverse("wagtailsnippets_directory_service:edit", args=[world.service_a.pk]))
    assert own.status_code == 200
    other = client.get(reverse("wagtailsnippets_directory_service:edit", args=[world.service_b.pk]))
    assert other.status_code in (302, 403) and other.get("Location", "/admin/") == "/admin/"  # refused
    # A partner (no coordination) stays out of the admin.
    client.force_login(world.partner_a)
    assert client.get("/admin/").status_code in (302, 403)


def test_a_coordinator_creates_a_listing_of_their_plateforme_only(client, world):
    from accroche.directory.choices import Vocabulary
    from accroche.directory.services import taxonomy_ensure_vocabularies

    terms = taxonomy_ensure_vocabularies()
    assert terms[Vocabulary.FACT] and terms[Vocabulary.NEED]
    client.force_login(world.coord_liege)
    url = reverse("wagtailsnippets_directory_service:add")
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["form"]
    choices = [value for value, _label in form.fields["plateforme"].choices]
    assert "liege" in choices and "verviers" not in choices
    # The themes are grouped by vocabulary; the internal facets vocabulary is not offered.
    html = page.content.decode()
    fact = next(iter(terms[Vocabulary.FACT].values()))
    need = next(iter(terms[Vocabulary.NEED].values()))
    assert f'value="{need.pk}"' in html and f'value="{fact.pk}"' not in html
    assert need.taxonomy.name in html
    data = _blank_service_data(
        form, name="Nouvelle AMO", slug="nouvelle-amo", organization=str(world.org_a.pk), plateforme="verviers"
    )
    refused = client.post(url, data)
    assert refused.status_code == 200 and not Service.objects.filter(slug="nouvelle-amo").exists()
    data["plateforme"] = "liege"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    created = Service.objects.get(slug="nouvelle-amo")
    assert created.plateforme == "liege" and created.assured_date is None  # created is not « vérifié »


def _sheet(rows: list[dict]):
    """The network's template with these rows ({column heading: value}; a heading it lacks is an error)."""
    workbook = load_workbook(io.BytesIO(template_xlsx()))
    sheet = workbook["Services"]
    column_of = {cell.value: cell.column for cell in sheet[1]}
    for row in rows:
        sheet.append({column_of[heading]: value for heading, value in row.items()})
    out = io.BytesIO()
    workbook.save(out)
    out.name = "services.xlsx"
    out.seek(0)
    return out


def test_a_coordinator_imports_a_spreadsheet_for_their_plateforme(client, world, geo):
    from accroche.directory.services import taxonomy_ensure_vocabularies

    taxonomy_ensure_vocabularies()
    client.force_login(world.coord_liege)
    assert client.get("/admin/donnees/import/").status_code == 200
    out = _sheet(
        [{"nom": "AMO de Theux", "type": "amo", "publics": "jeunes", "code_postal": "4910", "commune": "Theux"}]
    )
    response = client.post("/admin/donnees/import/", {"file": out})
    upload = SpreadsheetUpload.objects.get()
    # Theux is in the Verviers plateforme: a coordinator of Liège gets a row-numbered error, nothing written.
    check = client.post(f"/admin/donnees/import/{upload.pk}/", {**upload.mapping, "action": "check"})
    assert "ligne 2" in check.content.decode() and "que vous ne coordonnez pas" in check.content.decode()
    assert not Service.objects.filter(name="AMO de Theux").exists()
    # The coordinator of Verviers imports it.
    client.force_login(world.coord_verviers)
    response = client.post(
        "/admin/donnees/import/",
        {
            "file": _sheet(
                [{"nom": "AMO de Theux", "type": "amo", "publics": "jeunes", "code_postal": "4910", "commune": "Theux"}]
            )
        },
    )
    assert response.status_code == 302
    upload = SpreadsheetUpload.objects.filter(uploaded_by=world.coord_verviers).get()
    client.post(f"/admin/donnees/import/{upload.pk}/", {**upload.mapping, "action": "check"})
    response = client.post(f"/admin/donnees/import/{upload.pk}/", {**upload.mapping, "action": "import"})
    assert response.status_code == 302
    theux = Service.objects.get(name="AMO de Theux")
    assert theux.plateforme == "verviers"
    assert theux.service_at_locations.get().location.addresses.get().city == "Theux"
