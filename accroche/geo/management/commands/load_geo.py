"""Loads the communes of the province and the Belgian postal codes."""

from django.core.management.base import BaseCommand

from accroche.geo.services import geo_load_reference


class Command(BaseCommand):
    help = "Charge les communes de la province de Liège et les codes postaux belges."

    def handle(self, *args, **options):
        communes, postal_codes = geo_load_reference()
        self.stdout.write(f"{communes} communes, {postal_codes} codes postaux.")
