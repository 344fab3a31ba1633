"""Creates a full backup (all tables as portable JSON + media) in var/backups/ or --output-dir."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from accroche.core.backup import backup_create


class Command(BaseCommand):
    help = "Sauvegarde complète : toutes les données (JSON portable) et les fichiers déposés."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(Path(settings.BASE_DIR) / "var" / "backups"))

    def handle(self, *args, output_dir, **options):
        path = backup_create(output_dir=Path(output_dir))
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde écrite : {path}"))
