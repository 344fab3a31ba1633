from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "accroche.search"
    label = "search"
