"""Loads the demo data of every app, in dependency order (geo, directory, pathways, site, network)."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each module exposes `load_demo(stdout) -> None`, idempotent. Missing modules are skipped.
DEMO_MODULES = [
    "accroche.geo.demo",
    "accroche.directory.demo",
    "accroche.search.demo",
    "accroche.orientation.demo",
    "accroche.content.demo",
    "accroche.network.demo",
    "accroche.opendata.demo",
]


class Command(BaseCommand):
    help = "Charge les données de démonstration (référentiel géographique, annuaire, parcours, site)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Ne fait rien si l'annuaire contient déjà des services."
        )

    def handle(self, *args, if_empty=False, **options):
        from accroche.directory.models import Service

        if if_empty and Service.objects.exists():
            self.stdout.write("Base déjà remplie : données de démonstration non rechargées.")
            return
        for path in DEMO_MODULES:
            try:
                module = importlib.import_module(path)
            except ModuleNotFoundError as exc:
                if exc.name != path:
                    raise
                continue
            with transaction.atomic():
                module.load_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Données de démonstration chargées."))
