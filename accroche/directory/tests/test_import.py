"""The seed import: the real file, all-or-nothing validation with row numbers, idempotent re-runs, dry run."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from accroche.directory.choices import GeoPrecision, Mandate, Scope, Tristate, Vocabulary
from accroche.directory.importers.services_csv import DEMO_FILE, RowError, import_services_csv
from accroche.directory.models import Location, Organization, Phone, Service, ServiceArea, ServiceAtLocation
from accroche.geo.models import Commune, PostalCode

from .conftest import SAMPLE_IDS, seed_rows

pytestmark = pytest.mark.django_db


def _edit(text: str, changes: dict[tuple[str, str], str]) -> str:
    """Returns the CSV text with some cells changed: {(row id, column): new value}."""
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        for (row_id, column), value in changes.items():
            if row["id"] == row_id:
                row[column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _counts():
    return (
        Service.objects.count(),
        Organization.objects.count(),
        Location.objects.count(),
        Phone.objects.count(),
        ServiceArea.objects.count(),
        ServiceAtLocation.objects.count(),
    )


def test_the_real_seed_file_imports_104_services_with_terms_places_and_areas(demo_directory):
    assert demo_directory.created == 104 and demo_directory.updated == 0
    assert Service.objects.count() == 104
    assert Service.objects.public().count() == 104
    assert all(s.is_demo and s.assured_date is None for s in Service.objects.all())  # shown « à vérifier »
    for service in Service.objects.prefetch_related("terms__taxonomy"):
        assert len(service.service_types) == 1, service
        assert service.audiences, service
        assert service.source_url, service
    assert Service.objects.filter(
        terms__taxonomy__vocabulary=Vocabulary.NEED, terms__code="refus-scolaire-anxieux"
    ).exists()
    assert ServiceAtLocation.objects.count() == Location.objects.count() > 60
    assert not ServiceArea.objects.filter(commune__isnull=True, service__scope=Scope.LOCAL).exists()
    assert Service.objects.filter(service_areas__isnull=True).count() < 10  # only services without any commune


def test_only_a_postal_code_places_the_service_at_its_centroid_flagged_approximate(sample_directory):
    location = Location.objects.get(external_identifier="import:cpms-provincial-huy-1")
    assert location.geo_precision == GeoPrecision.POSTAL_CODE and location.is_approximate
    text = _edit(
        seed_rows({"cpms-provincial-huy-1"}),
        {
            ("cpms-provincial-huy-1", "latitude"): "",
            ("cpms-provincial-huy-1", "longitude"): "",
            ("cpms-provincial-huy-1", "geo_precision"): "",
        },
    )
    assert not import_services_csv(text=text).errors
    location.refresh_from_db()
    centroid = PostalCode.objects.filter(code="4500").first()
    assert (location.latitude, location.longitude) == (centroid.latitude, centroid.longitude)
    assert location.geo_precision == GeoPrecision.POSTAL_CODE


def test_field_rules_are_applied(sample_directory):
    assert Service.objects.get(external_id="ecoute-enfants-103").anonymous == Tristate.YES  # says « anonyme »
    assert Service.objects.get(external_id="amo-la-teignouse").anonymous == Tristate.UNKNOWN  # confidential only
    assert Service.objects.get(external_id="amo-la-teignouse").mandate == Mandate.FREE_ACCESS
    assert Service.objects.get(external_id="spj-liege").mandate == Mandate.CONSTRAINED
    assert Service.objects.get(external_id="saj-verviers").mandate == Mandate.CONSENTED  # the CSV says « non »
    assert Service.objects.get(external_id="ecoute-enfants-103").is_helpline
    saj = Service.objects.get(external_id="saj-verviers")
    covered = {a.commune for a in saj.service_areas.all()}
    plateforme = set(Commune.objects.filter(plateforme="verviers", german_speaking=False))
    assert covered == plateforme and len(covered) > 10


def test_bad_rows_give_row_numbered_errors_and_import_nothing(geo):
    text = _edit(
        seed_rows(SAMPLE_IDS),
        {
            ("cpms-libres-verviers", "type"): "psy-magique",
            ("saj-verviers", "email"): "pas-une-adresse",
            ("spj-liege", "postal_code"): "9999",
        },
    )
    report = import_services_csv(text=text)
    assert report.created == report.updated == 0
    by_field = {e.field: e for e in report.errors}
    assert set(by_field) == {"type", "email", "postal_code"}
    rows = [r["id"] for r in csv.DictReader(io.StringIO(text))]
    assert by_field["type"].row == rows.index("cpms-libres-verviers") + 2  # the header is row 1
    assert by_field["email"].row == rows.index("saj-verviers") + 2
    assert "9999" in by_field["postal_code"].message
    assert str(by_field["type"]).startswith(f"ligne {by_field['type'].row}, colonne « type »")
    assert _counts() == (0, 0, 0, 0, 0, 0)


def test_one_bad_row_keeps_the_existing_data_unchanged(sample_directory):
    before = _counts()
    text = _edit(
        seed_rows(SAMPLE_IDS),
        {("ecoute-enfants-103", "description_fr"): "Changé", ("spj-liege", "confidence"): "très sûr"},
    )
    report = import_services_csv(text=text)
    assert [(e.field) for e in report.errors] == ["confidence"]
    assert _counts() == before
    assert Service.objects.get(external_id="ecoute-enfants-103").description != "Changé"


def test_reimport_updates_and_never_duplicates(sample_directory):
    before = _counts()
    ids = dict(Service.objects.values_list("external_id", "id"))
    locations = set(Location.objects.values_list("id", flat=True))
    text = _edit(seed_rows(SAMPLE_IDS), {("ecoute-enfants-103", "description_fr"): "Nouvelle description."})
    report = import_services_csv(text=text)
    assert (report.created, report.updated, report.errors) == (0, len(SAMPLE_IDS), [])
    assert _counts() == before
    assert dict(Service.objects.values_list("external_id", "id")) == ids  # stable HSDS ids
    assert set(Location.objects.values_list("id", flat=True)) == locations
    assert Service.objects.get(external_id="ecoute-enfants-103").description == "Nouvelle description."


def test_reimport_keeps_a_revision_only_when_something_changed(sample_directory):
    service = Service.objects.get(external_id="ecoute-enfants-103")
    assert service.revisions.count() == 1  # the import's first version
    import_services_csv(text=seed_rows(SAMPLE_IDS))
    assert service.revisions.count() == 1
    import_services_csv(text=_edit(seed_rows(SAMPLE_IDS), {("ecoute-enfants-103", "website"): "https://103ecoute.be/"}))
    assert service.revisions.count() == 2


def test_ids_are_the_same_on_every_machine(geo):
    import_services_csv(text=seed_rows({"ecoute-enfants-103"}))
    first = Service.objects.get().id
    Service.objects.all().delete()
    import_services_csv(text=seed_rows({"ecoute-enfants-103"}))
    assert Service.objects.get().id == first


def test_dry_run_validates_counts_and_writes_nothing(geo):
    report = import_services_csv(text=seed_rows(SAMPLE_IDS), dry_run=True)
    assert report.dry_run and report.created == len(SAMPLE_IDS) and not report.errors
    assert _counts() == (0, 0, 0, 0, 0, 0)


def test_wrong_encoding_is_reported(geo, tmp_path):
    path = tmp_path / "services.csv"
    path.write_bytes(seed_rows({"cpms-libres-verviers"}).encode("cp1252"))
    report = import_services_csv(path=path)
    assert report.errors and "UTF-8" in report.errors[0].message
    assert Service.objects.count() == 0


def test_missing_header_is_reported_before_any_row(geo):
    text = seed_rows(SAMPLE_IDS).replace(",type,", ",kind,", 1)
    report = import_services_csv(text=text)
    assert report.errors == [RowError(1, "type", "colonne obligatoire absente")]
    assert Service.objects.count() == 0


def test_duplicate_ids_are_rejected(geo):
    text = seed_rows({"ecoute-enfants-103"})
    text += text.splitlines(keepends=True)[1]
    report = import_services_csv(text=text)
    assert [(e.row, e.field) for e in report.errors] == [(3, "id")]


def test_semicolon_separated_file_is_read(geo):
    rows = list(csv.reader(io.StringIO(seed_rows({"ecoute-enfants-103"}))))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    assert import_services_csv(text=out.getvalue()).created == 1


def test_command_dry_run_and_errors(geo, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(seed_rows(SAMPLE_IDS), encoding="utf-8")
    out = io.StringIO()
    call_command("import_services", str(good), "--dry-run", stdout=out)
    assert "Simulation" in out.getvalue() and Service.objects.count() == 0
    call_command("import_services", str(good), stdout=out)
    assert Service.objects.count() == len(SAMPLE_IDS)
    bad = tmp_path / "bad.csv"
    bad.write_text(_edit(seed_rows(SAMPLE_IDS), {("spj-liege", "line"): "troisieme"}), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="rien n'a été importé"):
        call_command("import_services", str(bad), stderr=err)
    assert "colonne « line »" in err.getvalue()
    with pytest.raises(CommandError, match="introuvable"):
        call_command("import_services", str(tmp_path / "absent.csv"))


def test_demo_file_is_the_default(geo):
    assert DEMO_FILE.name == "services-liege.csv" and DEMO_FILE.is_file()
