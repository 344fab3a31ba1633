"""Imports an HSDS data package (3.0, or 1.1 through the documented mapping) into the directory, all or nothing."""

from django.core.management.base import BaseCommand, CommandError

from accroche.opendata.hsds.load import import_hsds


class Command(BaseCommand):
    help = "Importe un paquet HSDS (zip ou dossier de CSV) dans l'annuaire : tout ou rien, erreurs numérotées."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive .zip ou dossier contenant les fichiers CSV (et datapackage.json)")
        parser.add_argument("--dry-run", action="store_true", help="Vérifier seulement, ne rien écrire")

    def handle(self, *args, path, dry_run=False, **options):
        report = import_hsds(path=path, dry_run=dry_run)
        for warning in report.warnings:
            self.stdout.write(f"Avertissement : {warning}")
        if report.errors:
            for error in report.errors[:200]:
                self.stderr.write(f"Erreur : {error}")
            raise CommandError(f"{len(report.errors)} erreur(s) : rien n'a été importé.")
        prefix = "Essai (rien n'est écrit) — " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}HSDS {report.version} : {report.summary()}"))
