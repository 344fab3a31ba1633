"""Restores a backup made by `manage.py backup`: replaces every table (all or nothing) and the media files."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accroche.core.backup import backup_restore


class Command(BaseCommand):
    help = "Restaure une sauvegarde (remplace toutes les données)."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--yes", action="store_true", help="Ne pas demander de confirmation.")

    def handle(self, *args, path, yes, **options):
        if not Path(path).is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        if not yes and input("Toutes les données actuelles seront remplacées. Continuer ? [oui/non] ") != "oui":
            raise CommandError("Restauration annulée.")
        try:
            count = backup_restore(path=Path(path))
        except (ValueError, OSError) as exc:
            raise CommandError(str(exc))
        self.stdout.write(self.style.SUCCESS(f"{count} objets restaurés depuis {path}."))
