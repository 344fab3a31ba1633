"""Imports (or refreshes) the school sites from a FASE export; default: the bundled file."""

import hashlib
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accroche.imports.output import print_report
from accroche.schools.choices import FASE_EXPORT_DATE
from accroche.schools.importers.fase import BUNDLED_FILE, import_fase
from accroche.schools.models import SchoolImport


class Command(BaseCommand):
    help = "Importe la signalétique FASE des écoles (tout ou rien ; une liste plus récente met à jour sur place)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(BUNDLED_FILE), help="Fichier CSV (défaut : liste fournie)")
        parser.add_argument("--dry-run", action="store_true", help="Vérifie et compte sans rien enregistrer.")
        parser.add_argument(
            "--if-changed", action="store_true", help="Ne fait rien si ce fichier est déjà le dernier importé."
        )
        parser.add_argument("--export-date", default="", help="Date de l'export ODWB (AAAA-MM-JJ), affichée en source.")

    def handle(self, *args, path, dry_run, export_date, if_changed=False, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        last = SchoolImport.objects.first()
        if if_changed and last is not None and last.sha256 == hashlib.sha256(file.read_bytes()).hexdigest():
            self.stdout.write("Écoles : liste déjà chargée, rien à faire.")
            return
        if not export_date and file.resolve() == BUNDLED_FILE.resolve():
            export_date = FASE_EXPORT_DATE
        report = import_fase(data=file.read_bytes(), file_name=file.name, dry_run=dry_run, export_date=export_date)
        print_report(self, report)
