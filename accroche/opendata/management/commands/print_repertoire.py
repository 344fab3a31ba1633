"""Writes the printable répertoire (PDF) of a plateforme and an audience."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accroche.opendata.printing.repertoire import RepertoireError, build_repertoire


class Command(BaseCommand):
    help = "Génère le répertoire imprimable (PDF) pour une plateforme et un public, à partir des données du moment."

    def add_arguments(self, parser):
        parser.add_argument("--plateforme", default="", help="identifiant de la plateforme (vide : toutes)")
        parser.add_argument("--public", default="", help="jeunes, familles, ecoles, medecins ou professionnels")
        parser.add_argument("--output", default="", help="Fichier PDF (par défaut : nom généré)")

    def handle(self, *args, plateforme="", public="", output="", **options):
        try:
            name, pdf = build_repertoire(plateforme=plateforme, audience=public)
        except RepertoireError as exc:
            raise CommandError(str(exc)) from None
        path = Path(output or name)
        path.write_bytes(pdf)
        self.stdout.write(self.style.SUCCESS(f"{path} ({len(pdf) // 1024} Ko)"))
