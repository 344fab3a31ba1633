"""Loads the seed pathways; --remplacer publishes the current seed content over existing ones (new revision)."""

from django.core.management.base import BaseCommand

from accroche.orientation.demo import load_demo


class Command(BaseCommand):
    help = "Charge les parcours de départ ; --remplacer publie le contenu de départ actuel sur les parcours existants."

    def add_arguments(self, parser):
        parser.add_argument("--remplacer", action="store_true", help="Remplace le contenu des parcours existants.")

    def handle(self, *args, remplacer=False, **options):
        load_demo(stdout=self.stdout, replace=remplacer)
