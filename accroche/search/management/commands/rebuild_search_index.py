"""Rebuilds the search index from the directory (also done by load_demo_data)."""

from django.core.management.base import BaseCommand

from accroche.search.indexing import rebuild_search_index


class Command(BaseCommand):
    help = "Reconstruit l'index de recherche de l'annuaire."

    def handle(self, *args, **options):
        count = rebuild_search_index()
        self.stdout.write(self.style.SUCCESS(f"Index de recherche reconstruit : {count} services."))
