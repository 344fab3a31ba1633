"""The management commands export_hsds, import_hsds and print_repertoire."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accroche.directory.models import Service

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def test_export_then_import_dry_run(demo_directory, tmp_path, capsys):
    target = tmp_path / "annuaire.zip"
    call_command("export_hsds", str(target))
    assert "104 services exportés" in capsys.readouterr().out and target.stat().st_size > 0
    call_command("export_hsds", str(tmp_path / "annuaire.json"))
    call_command("import_hsds", str(target), "--dry-run")
    assert "Simulation" in capsys.readouterr().out


def test_import_command_reports_errors(geo, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="rien n'a été importé"):
        call_command("import_hsds", str(bad))
    call_command("import_hsds", str(FIXTURES / "hsds-3.0-sample"))
    assert Service.objects.count() == 1


def test_print_repertoire_command(demo_directory, tmp_path):
    target = tmp_path / "rep.pdf"
    call_command("print_repertoire", "--plateforme", "verviers", "--public", "medecins", "--output", str(target))
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(CommandError):
        call_command("print_repertoire", "--plateforme", "paris")
