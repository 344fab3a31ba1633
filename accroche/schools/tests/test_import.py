"""The FASE import: all sites, keyed on the implantation number, all-or-nothing, refresh in place."""

import pytest
from django.core.management import CommandError, call_command

from accroche.schools.importers.fase import BUNDLED_FILE, import_fase
from accroche.schools.models import SchoolImport, SchoolSite, SiteTeaching

pytestmark = pytest.mark.django_db

HEADER = BUNDLED_FILE.read_text(encoding="utf-8").splitlines()[0]


def _lines(*fase_numbers: str) -> list[str]:
    lines = BUNDLED_FILE.read_text(encoding="utf-8").splitlines()[1:]
    return [line for line in lines if any(f",{n}," in line for n in fase_numbers)]


def test_bundled_export_gives_every_site_with_teaching_reseau_and_position(schools):
    assert SchoolSite.objects.count() == 1245
    ampsin = SchoolSite.objects.get(fase=3478)
    assert ampsin.name == "Ecole fondamentale communale Amay 2"
    assert ampsin.locality_label == "Ampsin" and ampsin.commune.name == "Amay"
    assert ampsin.reseau == "Subventionné communal" and ampsin.reseau_family == "officiel"
    assert (ampsin.latitude, ampsin.longitude) == (50.541022, 5.2864784)
    assert sorted(ampsin.teachings.values_list("teaching", flat=True)) == ["Maternel ordinaire", "Primaire ordinaire"]
    # CEFA, special secondary and promotion sociale are kept (they matter for young people who drop out).
    kept = set(SiteTeaching.objects.values_list("teaching", flat=True))
    assert {"Secondaire CEFA", "Secondaire spécialisé", "Promotion sociale secondaire"} <= kept
    # A site shared by two establishments keeps both.
    assert SiteTeaching.objects.filter(site_id=10476).values("establishment").distinct().count() == 2
    assert SchoolImport.objects.get().sites_created == 1245


def test_reimport_is_idempotent_and_a_newer_export_updates_in_place(schools):
    data = BUNDLED_FILE.read_bytes()
    again = import_fase(data=data, file_name="again.csv")
    assert (again.created, again.updated, again.unchanged, again.withdrawn) == (0, 0, 1245, 0)
    assert SchoolSite.objects.count() == 1245 and SiteTeaching.objects.count() == 1914
    newer = [HEADER] + [line.replace("Rue Aux Chevaux 7", "Rue Aux Chevaux 9") for line in _lines("3478", "3471")]
    report = import_fase(data="\n".join(newer).encode(), file_name="newer.csv")
    assert not report.errors and (report.updated, report.unchanged, report.withdrawn) == (1, 1, 1243)
    ampsin = SchoolSite.objects.get(fase=3478)
    assert ampsin.address == "Rue Aux Chevaux 9" and ampsin.withdrawn_at is None
    assert SchoolSite.objects.current().count() == 2  # the others keep their page, marked withdrawn
    assert SchoolSite.objects.count() == 1245


def test_bad_rows_are_reported_by_number_and_nothing_is_written(geo):
    good = _lines("3478")
    bad = good[0].replace(",3478,", ",trois,").replace(",4540,AMPSIN", ",45,AMPSIN")
    report = import_fase(data="\n".join([HEADER, good[1], bad]).encode(), file_name="bad.csv")
    assert [(e.row, e.column) for e in report.errors] == [
        (3, "N° FASE de l'implantation"),
        (3, "Code postal de l'implantation"),
    ]
    assert not SchoolSite.objects.exists() and not SchoolImport.objects.exists()


def test_missing_column_and_dry_run(geo, tmp_path):
    report = import_fase(data=b"Nom de l'\xc3\xa9tablissement\nx\n", file_name="x.csv")
    assert any(e.row == 1 and e.column == "N° FASE de l'implantation" for e in report.errors)
    call_command("import_schools", "--dry-run", verbosity=0)
    assert not SchoolSite.objects.exists()
    path = tmp_path / "latin1.csv"
    path.write_bytes("Réseau".encode("latin-1"))
    with pytest.raises(CommandError, match="rien n'a été importé"):
        call_command("import_schools", str(path), verbosity=0)
