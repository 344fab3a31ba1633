"""The directory exported as an HSDS 3.0 tabular data package validates against the official descriptor."""

import io
import zipfile

import pytest

from accroche.opendata.hsds import spec
from accroche.opendata.hsds.export import export_tables
from accroche.opendata.hsds.package import read_zip, v3_tables, write_zip
from accroche.opendata.hsds.validate import ERROR, validate_tables

pytestmark = pytest.mark.django_db


def _zip_of_directory() -> bytes:
    buffer = io.BytesIO()
    write_zip(export_tables(), buffer)
    return buffer.getvalue()


def test_exported_package_has_every_hsds_table_and_validates(demo_directory):
    data = _zip_of_directory()
    names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert {r["path"] for r in spec.resources().values()} | {"datapackage.json"} == names
    raw = read_zip(io.BytesIO(data))
    tables = v3_tables(raw)
    issues = validate_tables(tables, strict_headers=True)
    assert [str(i) for i in issues if i.severity == ERROR] == []
    assert len(tables["service"].rows) == 104
    assert raw.descriptor["profile"] == "tabular-data-package"


def test_export_carries_the_directory_facts_as_attributes(demo_directory):
    tables = export_tables()
    terms = {r["id"]: r for r in tables["taxonomy_term"]}
    service = next(r for r in tables["service"] if r["name"].startswith("AMO"))
    codes = {
        terms[a["taxonomy_term_id"]]["code"]: a["value"] for a in tables["attribute"] if a["link_id"] == service["id"]
    }
    assert codes["types-de-service:amo"] == ""
    assert codes["faits-du-service:ligne"] == "premiere_ligne"
    assert codes["faits-du-service:donnee-de-demonstration"] == "oui"
    assert codes["accroche-complements:service:page"]


def test_validator_reports_row_numbered_errors():
    from accroche.opendata.hsds.validate import Table

    table = Table(
        "service",
        "services.csv",
        spec.field_names("service"),
        [{"id": "not-a-uuid", "organization_id": "", "name": "X", "status": "open"}],
        [2],
    )
    messages = [str(i) for i in validate_tables({"service": table})]
    assert any("services.csv, ligne 2, colonne « id »" in m and "UUID" in m for m in messages)
    assert any("colonne « organization_id » : valeur obligatoire manquante" in m for m in messages)
    assert any("« open » n'est pas une valeur permise" in m for m in messages)
