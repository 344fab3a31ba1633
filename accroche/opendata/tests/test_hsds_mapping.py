"""The one HSDS mapping (decision 0185): out and back give the same values, a person's e-mail never goes out."""

import json
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from accroche.directory.models import Organization, Service, details
from accroche.directory.models.core import Location, ServiceAtLocation
from accroche.opendata.hsds import mapping
from accroche.opendata.hsds.export import export_tables, fmt

DOCS = Path(__file__).resolve().parents[3] / "docs" / "data-model.md"


def test_the_data_model_doc_shows_the_mapping_of_the_module():
    text = DOCS.read_text(encoding="utf-8")
    documented = text.split("<!-- mapping-table:start -->\n")[1].split("\n<!-- mapping-table:end -->")[0]
    assert documented == mapping.markdown_table()


@pytest.fixture
def records(db):
    org = Organization.objects.create(name="AMO Essai", slug="amo-essai", description="Aide en milieu ouvert.")
    service = Service.objects.create(
        organization=org,
        name="Permanence",
        slug="permanence",
        minimum_age=12,
        maximum_age=18,
        assured_date=date(2026, 3, 1),
        assurer_email="marie.dupont@example.org",
    )
    location = Location.objects.create(organization=org, name="Bureau", latitude=50.6, longitude=5.57)
    return {
        "organization": org,
        "service": service,
        "location": location,
        "service_at_location": ServiceAtLocation.objects.create(service=service, location=location, description="x"),
        "address": details.Address.objects.create(location=location, address_1="", postal_code="4000", city="Liège"),
        "phone": details.Phone.objects.create(service=service, number="04 123 45 67", extension=12, type="fax"),
        "contact": details.Contact.objects.create(service=service, name="Accueil", email="accueil@example.org"),
        "schedule": details.Schedule.objects.create(
            service=service, byday="WE", opens_at=time(9, 30), closes_at=time(12), valid_from=date(2026, 1, 1)
        ),
        "language": details.Language.objects.create(service=service, name="Néerlandais", code="nl"),
        "accessibility": details.Accessibility.objects.create(location=location, description="rampe"),
        "cost_option": details.CostOption.objects.create(service=service, option="séance", amount=Decimal("12.50")),
        "service_area": details.ServiceArea.objects.create(service=service, name="Quartier Nord"),
    }


def _model_values(name, obj) -> dict:
    return {f.field: getattr(obj, f.field) for f in mapping.OBJECTS[name] if f.read_back and f.field}


def _comparable(values: dict) -> dict:
    return {k: str(v) if k == "id" or k.endswith("_id") else v for k, v in values.items()}


@pytest.mark.parametrize("form", ["json", "csv"])
def test_every_object_read_back_gives_the_model_values(records, form):
    for name, obj in records.items():
        out = mapping.values(name, obj)
        if form == "json":
            data = json.loads(json.dumps(mapping.as_json(name, obj)))
        else:
            data = {key: fmt(value) for key, value in out.items()}
        expected = _model_values(name, obj)
        if name == "service":
            expected["assurer_email"] = ""  # never published: nothing comes back
        assert _comparable(mapping.values_from(name, data)) == _comparable(expected), name


def test_a_person_s_e_mail_is_never_published(records):
    service = records["service"]
    assert "assurer_email" not in mapping.as_json("service", service)
    tables = export_tables()
    assert [row["assurer_email"] for row in tables["service"]] == [""]
    assert "marie.dupont" not in json.dumps(tables)


def test_a_street_less_address_says_so_and_reads_back_empty(records):
    address = records["address"]
    assert mapping.as_json("address", address)["address_1"] == mapping.NO_STREET
    assert mapping.values_from("address", mapping.as_json("address", address))["address_1"] == ""
