"""Loads the network's real reference content; invented examples only with --with-examples (never in production)."""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Each module exposes `load_demo(stdout)` — the real reference content, idempotent — and may expose
# `load_examples(stdout)` — invented examples flagged « exemple ». Missing modules are skipped.
REFERENCE_MODULES = [
    "accroche.geo.demo",
    "accroche.directory.demo",
    "accroche.search.demo",
    "accroche.orientation.demo",
    "accroche.content.demo",
    "accroche.review.demo",
    "accroche.network.demo",
    "accroche.opendata.demo",
]


def _modules():
    for path in REFERENCE_MODULES:
        try:
            yield importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise


class Command(BaseCommand):
    help = (
        "Charge le contenu de référence du réseau (services, parcours, règles, projet, outils réels). "
        "--with-examples ajoute des exemples inventés pour les tests et démonstrations (refusé en production)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Ne fait rien si l'annuaire contient déjà des services."
        )
        parser.add_argument(
            "--with-examples",
            action="store_true",
            help="Ajoute des exemples inventés (actualités, événements, affiches…), marqués « exemple ».",
        )

    def handle(self, *args, if_empty=False, with_examples=False, **options):
        from accroche.directory.models import Service

        if with_examples and not settings.ALLOW_EXAMPLE_CONTENT:
            raise CommandError("Exemples refusés : ces réglages sont ceux de la production (ALLOW_EXAMPLE_CONTENT).")
        if if_empty and Service.objects.exists():
            self.stdout.write("Base déjà remplie : contenu de référence non rechargé.")
            return
        modules = list(_modules())
        for module in modules:
            load = getattr(module, "load_demo", None)
            if load is not None:
                with transaction.atomic():
                    load(stdout=self.stdout)
        if with_examples:
            for module in modules:
                load = getattr(module, "load_examples", None)
                if load is not None:
                    with transaction.atomic():
                        load(stdout=self.stdout)
        done = "Contenu de référence chargé" + (" avec des exemples inventés." if with_examples else ", sans exemple.")
        self.stdout.write(self.style.SUCCESS(done))
