"""Demonstrations and tests: the reference content plus the invented examples (= load_reference_content
--with-examples). `make run` uses load_reference_content, without examples (decision 0112)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Contenu de référence + exemples inventés (démonstrations et tests ; refusé en production)."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true")

    def handle(self, *args, if_empty=False, **options):
        call_command("load_reference_content", with_examples=True, if_empty=if_empty, stdout=self.stdout)
