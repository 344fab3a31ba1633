"""Faults: an import interrupted half-way (crash, killed worker, lost connection) leaves the data as before."""

from unittest import mock

import pytest
from django.db import OperationalError

from accroche.directory.importers import services_csv
from accroche.directory.models import Location, Organization, Phone, Service

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        sorted(Service.objects.values_list("id", "name", "modified_at")),
        Organization.objects.count(),
        Location.objects.count(),
        Phone.objects.count(),
    )


def test_seed_import_interrupted_half_way_changes_nothing(demo_directory):
    csv_text = services_csv.DEMO_FILE.read_text(encoding="utf-8").replace(
        "Centre PMS provincial de Huy 1", "Centre PMS provincial de Huy 1 (renommé)"
    )
    before = _snapshot()
    real_load_row = services_csv.load_row
    calls = {"n": 0}

    def crash_after_50_rows(**kwargs):
        calls["n"] += 1
        if calls["n"] == 50:
            raise OperationalError("server closed the connection unexpectedly")
        return real_load_row(**kwargs)

    with mock.patch.object(services_csv, "load_row", side_effect=crash_after_50_rows):
        with pytest.raises(OperationalError):
            services_csv.import_services_csv(text=csv_text)

    assert calls["n"] == 50
    assert _snapshot() == before
    assert not Service.objects.filter(name__endswith="(renommé)").exists()


def test_spreadsheet_import_interrupted_half_way_changes_nothing(geo):
    from accroche.directory.services import taxonomy_ensure_vocabularies
    from accroche.opendata.spreadsheet import importer
    from accroche.opendata.spreadsheet.columns import guess_mapping
    from accroche.opendata.spreadsheet.reader import read_spreadsheet

    taxonomy_ensure_vocabularies()
    rows = "\n".join(f"Service {i},amo,4800,jeunes" for i in range(30))
    sheet = read_spreadsheet(name="services.csv", data=f"nom,type,code_postal,publics\n{rows}\n".encode())
    before = _snapshot()
    with mock.patch.object(importer, "_write_children", side_effect=OperationalError("connection lost")):
        with pytest.raises(OperationalError):
            importer.import_sheet(sheet=sheet, mapping=guess_mapping(sheet.headers), dry_run=False)
    assert _snapshot() == before
    assert Service.objects.count() == 0
