from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "accroche.search"
    label = "search"
    verbose_name = "Recherche"

    def ready(self):
        from . import signals

        signals.connect()
