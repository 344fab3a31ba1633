"""Imports an HSDS data package (3.0, or 1.1 through the documented mapping) into the directory, all or nothing."""

from django.core.management.base import BaseCommand

from accroche.imports.output import print_report
from accroche.opendata.hsds.load import import_hsds


class Command(BaseCommand):
    help = "Importe un paquet HSDS (zip ou dossier de CSV) dans l'annuaire : tout ou rien, erreurs numérotées."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive .zip ou dossier contenant les fichiers CSV (et datapackage.json)")
        parser.add_argument("--dry-run", action="store_true", help="Vérifier seulement, ne rien écrire")

    def handle(self, *args, path, dry_run=False, **options):
        report = import_hsds(path=path, dry_run=dry_run)
        print_report(self, report)
