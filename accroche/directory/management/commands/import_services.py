"""Imports a services spreadsheet (CSV, the format of ../shared/data/services-liege.csv)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv
from accroche.imports.output import print_report


class Command(BaseCommand):
    help = "Importe un fichier CSV de services (tout ou rien ; --dry-run pour vérifier sans écrire)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEMO_FILE), help="Fichier CSV (défaut : données de démo)")
        parser.add_argument("--dry-run", action="store_true", help="Vérifie et compte sans rien enregistrer.")

    def handle(self, *args, path, dry_run, **options):
        if not Path(path).is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        report = import_services_csv(path=Path(path), dry_run=dry_run)
        print_report(self, report)
