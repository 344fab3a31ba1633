"""Confirmed school links reach the HSDS export and API as service areas, valid against the official schemas."""

import pytest
from django.urls import reverse

from accroche.api.tests.hsds_schemas import errors
from accroche.directory.models import Service
from accroche.opendata.hsds.export import export_tables
from accroche.opendata.hsds.validate import ERROR, Table, validate_tables

pytestmark = pytest.mark.django_db


def test_confirmed_links_are_hsds_service_areas_in_the_export_and_the_api(
    client, demo_directory, schools, confirm_link
):
    cpms = Service.objects.get(slug="cpms-provincial-huy-1")
    link = confirm_link(site_id=3478, service=cpms)
    tables = export_tables()
    rows = [r for r in tables["service_area"] if r["uri"].endswith("/ecoles/3478/")]
    assert len(rows) == 1 and rows[0]["service_id"] == str(cpms.id) and "Ampsin" in rows[0]["name"]
    assert link.confirmed_by_name not in rows[0]["description"]  # open data: the source and the date, not the person
    checked = {
        name: Table(name, f"{name}.csv", list(rows[0]) if name == "service_area" else list(t[0]) if t else [], t, [])
        for name, t in tables.items()
        if name in ("service", "service_area")
    }
    for table in checked.values():
        table.line_numbers = list(range(2, len(table.rows) + 2))
    assert [str(i) for i in validate_tables(checked) if i.severity == ERROR and i.kind != "foreign-key"] == []
    body = client.get(reverse("api:service", kwargs={"pk": cpms.id})).json()
    areas = [a for a in body["service_areas"] if a.get("uri", "").endswith("/ecoles/3478/")]
    assert len(areas) == 1 and errors(body, "service.json") == []
