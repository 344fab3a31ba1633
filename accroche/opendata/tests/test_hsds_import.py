"""HSDS packages import into the directory: round trip, the official samples, and bad packages."""

import io
import zipfile
from pathlib import Path

import pytest

from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.details import Accessibility, Address, Phone, Schedule
from accroche.directory.models.taxonomy import TaxonomyTerm
from accroche.opendata.hsds.export import export_tables
from accroche.opendata.hsds.load import import_hsds
from accroche.opendata.hsds.package import csv_text, write_zip

pytestmark = pytest.mark.django_db(transaction=False)
FIXTURES = Path(__file__).parent / "fixtures"


def _zip(tables) -> io.BytesIO:
    buffer = io.BytesIO()
    write_zip(tables, buffer)
    buffer.seek(0)
    return buffer


def _wipe_directory():
    for model in (ServiceAtLocation, Service, Location, Organization):
        model.objects.all().delete()
    TaxonomyTerm.objects.all().delete()
    from accroche.directory.models import Taxonomy

    Taxonomy.objects.all().delete()


def test_round_trip_export_import_export_gives_the_same_data(demo_directory):
    first = export_tables()
    _wipe_directory()
    assert Service.objects.count() == 0
    report = import_hsds(fileobj=_zip(first))
    assert report.errors == []
    assert report.created == report.counts["service"].created == 104
    second = export_tables()
    for name in first:
        assert second[name] == first[name], name
    # the typed facts and the audiences came back, not only the HSDS columns
    amo = Service.objects.get(slug="amo-oxyjeunes-verviers")
    assert amo.line == "premiere_ligne" and amo.is_demo and amo.plateforme == "verviers"
    assert {"jeunes", "familles", "ecoles"} <= {t.code for t in amo.audiences}
    assert [t.code for t in amo.service_types] == ["amo"]
    assert amo.service_at_locations.first().location.commune_id


def test_official_hsds_3_sample_imports_cleanly(geo):
    report = import_hsds(path=FIXTURES / "hsds-3.0-sample")
    assert report.errors == []
    service = Service.objects.get(id="ac148810-d857-441c-9679-408f346de14b")
    assert service.name == "Community Counselling" and service.minimum_age == 12
    assert service.organization.name == "Example Organization Inc."
    assert sorted(Schedule.objects.filter(service=service).values_list("byday", flat=True)) == ["FR", "TH"]
    assert Address.objects.get().city == "MyCity"
    assert Accessibility.objects.count() == 1
    assert Phone.objects.filter(service=service).count() == 1
    assert service.cost_options.get().amount == 35
    # the sample's impossible coordinates (100, 101) are reported, not stored
    assert Location.objects.get().latitude is None
    assert any("coordonnées impossibles" in str(w) for w in report.warnings)


def test_hsds_1_1_sample_imports_through_the_mapping(geo):
    report = import_hsds(path=FIXTURES / "hsds-1.1-sample")
    assert report.errors == [], [str(e) for e in report.errors]
    assert report.version == "1.1"
    assert Organization.objects.count() == 10
    assert Service.objects.count() == 13
    helpline = Service.objects.get(name="Never Homeless Helpline")
    assert helpline.eligibility_description == "adult"
    assert "cash" in helpline.fees_description
    # weekday 1, 2, 3 read as ISO 8601 (1 = Monday)
    assert sorted(Schedule.objects.filter(service=helpline).values_list("byday", flat=True)) == ["MO", "TU", "WE"]
    assert Address.objects.filter(address_type="postal").count() == 1
    assert any("holiday_schedules.csv" in str(w) for w in report.warnings)


def test_dry_run_writes_nothing(geo):
    report = import_hsds(path=FIXTURES / "hsds-3.0-sample", dry_run=True)
    assert report.errors == [] and report.created == report.counts["service"].created == 1
    assert Service.objects.count() == 0


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"this is not a zip", "n'est pas une archive zip valide"),
        (b"", "n'est pas une archive zip valide"),
    ],
)
def test_malformed_package_gives_a_clear_error(geo, payload, message):
    report = import_hsds(fileobj=io.BytesIO(payload))
    assert [message in str(e) for e in report.errors] == [True]
    assert Service.objects.count() == 0


def _package(files: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_wrong_encoding_is_reported_and_nothing_imported(geo):
    text = "id,name,description\n3f1c2f5e-1b0a-4c9e-9d7a-0a1b2c3d4e5f,Équipe,Crèche\n"
    report = import_hsds(fileobj=_package({"organizations.csv": text.encode("cp1252")}))
    assert any("organizations.csv" in str(e) and "UTF-8" in str(e) for e in report.errors)
    assert Organization.objects.count() == 0


def test_one_bad_row_imports_nothing_and_names_the_row(geo):
    org = "3f1c2f5e-1b0a-4c9e-9d7a-0a1b2c3d4e5f"
    organizations = csv_text(["id", "name", "description"], [{"id": org, "name": "Asbl", "description": "d"}])
    services = csv_text(
        ["id", "organization_id", "name", "status", "email"],
        [
            {
                "id": "11111111-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
                "organization_id": org,
                "name": "Bon",
                "status": "active",
                "email": "",
            },
            {
                "id": "22222222-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
                "organization_id": org,
                "name": "Mauvais",
                "status": "active",
                "email": "pas-un-email",
            },
        ],
    )
    report = import_hsds(
        fileobj=_package({"organizations.csv": organizations.encode(), "services.csv": services.encode()})
    )
    assert [str(e) for e in report.errors] == [
        "services.csv, ligne 3, colonne « email » : « pas-un-email » n'est pas une adresse e-mail"
    ]
    assert Organization.objects.count() == 0 and Service.objects.count() == 0


def test_missing_required_column_and_dangling_organization(geo):
    services = csv_text(
        ["id", "organization_id", "status"],
        [
            {
                "id": "11111111-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
                "organization_id": "3f1c2f5e-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
                "status": "active",
            }
        ],
    )
    report = import_hsds(fileobj=_package({"services.csv": services.encode()}))
    messages = [str(e) for e in report.errors]
    assert "services.csv, ligne 1, colonne « name » : colonne obligatoire absente" in messages
    assert any("organization_id" in m and "ne correspond à aucun enregistrement" in m for m in messages)
    assert Service.objects.count() == 0


def test_zip_bomb_is_refused(geo, settings):
    settings.IMPORT_LIMITS = {"uncompressed_bytes": 1000}
    report = import_hsds(fileobj=_package({"services.csv": b"id\n" + b"x" * 5000}))
    assert any("trop volumineux une fois décompressé" in str(e) for e in report.errors)


def test_source_id_taken_by_another_listing_is_dropped_not_a_crash(geo):
    from accroche.opendata.hsds.facts import FACTS, attribute_id

    fact = next(f for f in FACTS if f.entity == "service" and f.code == "identifiant-source")
    org, first, second = (
        "3f1c2f5e-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
        "11111111-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
        "22222222-1b0a-4c9e-9d7a-0a1b2c3d4e5f",
    )
    organizations = csv_text(["id", "name", "description"], [{"id": org, "name": "Asbl", "description": "d"}])

    def package(service_id):
        services = csv_text(
            ["id", "organization_id", "name", "status"],
            [{"id": service_id, "organization_id": org, "name": "Service", "status": "active"}],
        )
        attributes = csv_text(
            ["id", "link_id", "taxonomy_term_id", "link_entity", "value"],
            [
                {
                    "id": str(attribute_id(entity="service", link_id=service_id, code=fact.code)),
                    "link_id": service_id,
                    "taxonomy_term_id": str(fact.term_id),
                    "link_entity": "service",
                    "value": "amo-x",
                }
            ],
        )
        return _package(
            {
                "organizations.csv": organizations.encode(),
                "services.csv": services.encode(),
                "attributes.csv": attributes.encode(),
            }
        )

    assert import_hsds(fileobj=package(first)).errors == []
    report = import_hsds(fileobj=package(second))
    assert report.errors == []
    assert any("déjà pris" in str(w) for w in report.warnings)
    assert Service.objects.get(id=first).external_id == "amo-x"
    assert Service.objects.get(id=second).external_id is None
